from minutes_app.app import main

raise SystemExit(main())

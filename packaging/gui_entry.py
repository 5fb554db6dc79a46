"""The frozen app's window (no console): the same entry as the `minutes` gui-script."""

from minutes_app.window_main import main

raise SystemExit(main())

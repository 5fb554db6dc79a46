import gc

# The program's modules make ~125,000 objects that all live on: the cycle collector would walk
# them again and again while they load (~50 ms of a start). The window's start turns it back on
# once the window is ready (ui/startup.py), the command line at once (app.main).
gc.disable()

from minutes_app.app import main  # noqa: E402

raise SystemExit(main())

"""The entry of the `minutes` gui-script: the window, with no console on Windows.

Windows starts a gui-script with pythonw.exe, which has no standard streams: `sys.stdout` and
`sys.stderr` are None and any write to them (a warning, a message of the command line) would
raise. They get a null device instead; what matters goes to the log and to dialogs.
"""

import gc
import os
import sys


def main() -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    # The program's modules make ~125,000 objects that all live on: no cycle collection
    # while they load (~50 ms of a start); back on once the window is ready (ui/startup.py).
    gc.disable()
    from minutes_app.app import main as run  # after the streams: importing may warn

    return run(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())

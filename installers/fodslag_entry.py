"""PyInstaller entry point: the frozen ``fodslag`` and ``fodslag-cli`` executables start here.

A separate script (not ``desktop/__main__.py``) so the package is analysed as a package
and ``multiprocessing`` freeze support is in place before anything else runs.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # The windowed Windows build has no console: stdout/stderr are None there, and a
    # stray print() must not crash the app.
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from desktop.cli import main

    sys.exit(main(sys.argv[1:]))

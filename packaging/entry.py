"""Entry point of the frozen program (PyInstaller runs this as ``__main__``).

``multiprocessing.freeze_support()`` must run first: the renderer's worker
processes (spawn context) start this same executable, and this call turns
such a start into the worker instead of a second command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from editor_app.cli import main

    sys.exit(main())

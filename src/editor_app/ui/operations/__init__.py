"""Every change to the library is one operation on the single store worker.

``Operations`` runs reads and writes on the store worker (never the GUI
thread); after each write it emits ``library_changed(Changes)`` on the GUI
thread, and the panels that show the library subscribe to it.
"""

from editor_app.ui.operations.changes import Change, Changes
from editor_app.ui.operations.library import Operations

__all__ = ["Change", "Changes", "Operations"]

"""The one place in ui/ that starts background threads.

A window creates one ``Workers``; every panel and controller receives the
worker it needs from it instead of starting its own:

- ``store``: the single serial worker every store call goes through (reads and
  writes in order, as Anki's taskman); see ``ui.operations``;
- ``render``: builds preview pages (the renderer's child process is started by
  the app's ``GuardedRenderer``), so a slow render never delays a save;
- ``backup``: backups through their own read-only connection, so a long backup
  never holds up saves;
- ``export``: exports, which can take minutes for a whole library;
- ``imports``: reads and converts files to import (each article is then
  stored through ``store``), with the converter processes of :meth:`converter`;
- :meth:`Workers.start_thread`: a long-lived loop of its own (the
  single-instance channel's listener), stopped by its owner;
- :meth:`Workers.reveal`: the system's file manager showing a file (a process
  of its own, not waited for).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from editor_app.ui.operations.tasks import TaskRunner


class Workers(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store = TaskRunner("store", self)
        self.render = TaskRunner("render", self)
        self.backup = TaskRunner("backup", self)
        self.export = TaskRunner("export", self)
        self.imports = TaskRunner("import", self)
        self.threads: list[threading.Thread] = []

    def converter(self):
        """Guarded child processes converting Word files and web pages (one import's;
        the caller closes it)."""
        from editor_app.core.importing.converter import Converter

        return Converter()

    def start_thread(self, loop: Callable[[], None], name: str) -> threading.Thread:
        """Run ``loop`` on a daemon thread of its own (its owner makes it return)."""
        thread = threading.Thread(target=loop, name=name, daemon=True)
        thread.start()
        self.threads.append(thread)
        return thread

    @staticmethod
    def reveal(path) -> bool:
        """Show ``path`` selected in Explorer (Windows) or Finder (macOS); False elsewhere
        (the caller opens its folder) or when that cannot be started."""
        import subprocess
        import sys

        args = (["explorer", f"/select,{path}"] if sys.platform == "win32"
                else ["open", "-R", str(path)] if sys.platform == "darwin" else None)
        if args is None:
            return False
        try:
            subprocess.Popen(args)
        except OSError:
            return False
        return True

    def shutdown(self) -> None:
        """Finish the queued store work (saves) and stop every thread."""
        self.export.shutdown(wait=False)
        self.imports.shutdown(wait=False)
        self.render.shutdown(wait=False)
        self.backup.shutdown(wait=True)
        self.store.shutdown(wait=True)

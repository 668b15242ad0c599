"""Loading the store's write machinery just after the window shows.

The store reads in plain SQL, so the window starts without SQLAlchemy; the
first write imports it. That happens here, on the store's thread, shortly
after the window is first shown, rather than at the first autosave.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

WARM_UP_MS = 700  # after the window is first shown


def load_orm(store) -> None:
    """Import SQLAlchemy for the store's writes, without a full garbage collection.

    The import allocates ~100k objects, which set off a collection of the whole
    heap (~85 ms holding the GIL: the window froze mid-typing). The collector is
    paused meanwhile, and everything loaded by then is frozen out of later full
    collections (``gc.freeze``), which makes those cheaper too.
    """
    gc.disable()
    try:
        store.prepare_writes()
    finally:
        gc.freeze()
        gc.enable()


def schedule_warm_up(owner: QObject, runner, store, delay_ms: int = WARM_UP_MS) -> None:
    """Queue :func:`load_orm` on ``runner`` after ``delay_ms`` (dropped if ``owner`` goes)."""
    def start() -> None:
        try:
            runner.run(load_orm, store)
        except RuntimeError:  # the runner is closed: the window is going away
            pass

    QTimer.singleShot(delay_ms, owner, start)

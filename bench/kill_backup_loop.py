"""Edits an article and makes backups in a loop until killed (driven by ``kill_harness.py``).

    python bench/kill_backup_loop.py LIBRARY [--seed N]

Opens the library as the application does (``Store.open``), then repeats:
append a sentence to the first article and save it, then
``backups.make_backup(library, connection)``. Printed at once, in order:

    READY <article id>
    SAVED <article id> <length of the body> <sha256 of the body>   (after the commit)
    BACKUP <path> <articles>                                         (after make_backup returned)

Exits 3 with ``NO-BACKUPS <reason>`` when ``editor_app.core.library.backups`` cannot
be imported.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import replace
from pathlib import Path


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        from editor_app.core.library import backups
    except ImportError as exc:
        _say(f"NO-BACKUPS {exc}")
        return 3
    from editor_app.core.library.store import Store

    rng = random.Random(args.seed)
    store = Store.open(args.library)
    article = store.get_article(store.list_ids()[0])
    _say(f"READY {article.id}")
    connection = getattr(getattr(store, "_opened", None), "connection", None)
    while True:
        body = article.body + f"\n\nCâu thêm {rng.randrange(10**6)} trước bản sao lưu."
        article = store.save_article(replace(article, body=body), reason="edit")
        _say(f"SAVED {article.id} {len(article.body)} "
             f"{hashlib.sha256(article.body.encode('utf-8')).hexdigest()}")
        with store._lock:  # the store's one connection, not used by another thread meanwhile
            info = backups.make_backup(args.library, connection)
        if info is not None:
            _say(f"BACKUP {info.path} {info.articles}")


if __name__ == "__main__":
    raise SystemExit(main())

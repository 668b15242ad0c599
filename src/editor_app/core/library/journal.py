"""Edits not yet in the library, kept on this computer (the local journal).

When a save cannot reach the library (its server went away, or the article is in
conflict with another editor's save), the article as typed goes here, one file per
article, written atomically (a temporary file, fsynced, renamed): a crash or a power
cut meanwhile loses nothing. When the save goes through, the file goes. A window that
opens the library finds what is left and sends it, under the same conflict rules
(each entry keeps the version it was based on).

Files live in the user data folder, per library: ``journal/<key>/<article id>.json``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from platformdirs import user_data_path

from editor_app.core.dto import ArticleData
from editor_app.core.library.backup_files import fsync_dir, fsync_file

APP_NAME = "editor-app"
log = logging.getLogger(__name__)


class KeptEdit(NamedTuple):
    article: ArticleData          # as typed, with its id and the version it was based on
    base: ArticleData | None      # that version, as read (for a three-way merge)


def folder(location, root: Path | None = None) -> Path:
    """This library's journal folder (named by a hash of where the library is)."""
    key = hashlib.sha256(str(location).encode("utf-8")).hexdigest()[:16]
    return (root or user_data_path(APP_NAME, appauthor=False) / "journal") / key


def keep(location, data: ArticleData, why: str, root: Path | None = None,
         base: ArticleData | None = None) -> Path:
    """Write ``data`` (with its id and base version) for later, atomically."""
    where = folder(location, root)
    where.mkdir(parents=True, exist_ok=True)
    target = where / f"{data.id}.json"
    tmp = target.with_name(target.name + ".tmp")
    entry = {"library": str(location), "id": data.id, "uuid": data.uuid, "version": data.version,
             "why": why, "kept_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
             "article": data.content_dict(), "base": base.content_dict() if base is not None else None}
    tmp.write_text(json.dumps(entry, ensure_ascii=False, indent=1), encoding="utf-8")
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(where)
    return target


def drop(location, article_id: int, root: Path | None = None) -> None:
    (folder(location, root) / f"{article_id}.json").unlink(missing_ok=True)


def pending(location, root: Path | None = None) -> list[KeptEdit]:
    """What is kept for this library, oldest first; an unreadable file is left in place."""
    where = folder(location, root)
    if not where.is_dir():
        return []
    out = []
    for path in sorted(where.glob("*.json"), key=lambda p: p.stat().st_mtime):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            data = ArticleData.from_content_dict(entry["article"])
            data.id, data.uuid, data.version = int(entry["id"]), entry.get("uuid", ""), int(entry["version"])
            base = ArticleData.from_content_dict(entry["base"]) if entry.get("base") else None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("%s: a kept edit cannot be read (%s); left in place", path, exc)
            continue
        out.append(KeptEdit(data, base))
    return out

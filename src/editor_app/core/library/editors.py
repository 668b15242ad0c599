"""Several editors on one library: who saves, what a conflict says, and who has which
article open (``presence``: one row per open window, refreshed by a heartbeat).

Statements in SQLAlchemy Core, dialect-neutral, run by the store in its transactions.
"""

from __future__ import annotations

import getpass
import os
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select, update

from editor_app.core.dto import ArticleData
from editor_app.core.errors import ConflictError
from editor_app.core.library.schema import articles, presence
from editor_app.core.text import clean_line

P = presence.c
# a window says it is there every HEARTBEAT seconds; one silent for PRESENCE_TTL is gone
HEARTBEAT = 30
PRESENCE_TTL = 95


def default_editor() -> str:
    """Who this program saves as: $EDITOR_APP_EDITOR, else the login name."""
    name = os.environ.get("EDITOR_APP_EDITOR", "").strip()
    if name:
        return clean_line(name)[:200]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service account)
        return ""


def conflict(path, theirs: ArticleData, expected: int) -> ConflictError:
    who = theirs.updated_by or "another editor"
    when = theirs.updated_at.strftime("%Y-%m-%d %H:%M") if theirs.updated_at else "?"
    return ConflictError(f"{path}: '{theirs.slug}' was changed by {who} at {when} (UTC) since this "
                         f"version was read; nothing was overwritten", theirs=theirs, base_version=expected)


def heartbeat(conn: Connection, session: str, editor: str, article_id: int | None, now: datetime) -> None:
    """This window is here, showing ``article_id`` (None: no article); stale windows go."""
    values = {"editor": editor, "article_id": article_id, "seen_at": now}
    if not conn.execute(update(presence).where(P.session == session).values(**values)).rowcount:
        conn.execute(insert(presence).values(session=session, **values))
    conn.execute(delete(presence).where(P.seen_at < now - timedelta(seconds=PRESENCE_TTL * 10)))


def leave(conn: Connection, session: str) -> None:
    conn.execute(delete(presence).where(P.session == session))


def open_elsewhere(conn: Connection, session: str, now: datetime) -> dict[int, list[str]]:
    """{article id: the editors who have it open in another window}, heard from lately."""
    rows = conn.execute(select(P.article_id, P.editor).where(
        P.session != session, P.article_id.is_not(None),
        P.seen_at >= now - timedelta(seconds=PRESENCE_TTL)).order_by(P.editor))
    out: dict[int, list[str]] = {}
    for article_id, editor in rows:
        names = out.setdefault(article_id, [])
        if editor not in names:
            names.append(editor or "?")
    return out


_STAMP = select(func.count(articles.c.id), func.max(articles.c.updated_at), func.max(articles.c.deleted_at),
                func.count(articles.c.deleted_at))


def change_stamp(conn: Connection) -> tuple:
    """What changes when anybody creates, saves, trashes, restores or purges an article
    (compared between heartbeats: the list reloads when another editor changed the library)."""
    return tuple(conn.execute(_STAMP).one())

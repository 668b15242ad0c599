"""The statements of review rounds, review notes and status changes (SQLAlchemy Core).

Each function runs on the store's connection inside its transaction (see
``core.reviewing.desk`` for the operations built on them).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from editor_app.core.library.schema import new_uuid, review_notes, review_rounds, status_changes, utcnow


@dataclass
class RoundRow:
    id: int
    article_id: int
    uuid: str
    base_revision: str
    base_body: str
    sent_at: datetime
    sent_by: str
    returned_at: datetime | None
    reviewer_name: str
    reviewer_email: str
    recommendation: str | None
    summary: str


@dataclass
class NoteRow:
    id: int | None
    article_id: int
    kind: str
    quote: str = ""
    new_text: str = ""
    text: str = ""
    prefix: str = ""
    suffix: str = ""
    hint: int = 0
    detached: bool = False
    author: str = ""
    created_at: datetime | None = None
    state: str = "open"
    round_id: int | None = None
    reply_to: int | None = None
    source_key: str | None = None


_NOTE_COLUMNS = [f.name for f in fields(NoteRow)]
_ROUND_COLUMNS = [f.name for f in fields(RoundRow)]


def add_round(c: Connection, article_id: int, base_body: str, base_revision: str, sent_by: str,
              sent_at: datetime | None = None) -> RoundRow:
    values = dict(article_id=article_id, uuid=new_uuid(), base_revision=base_revision, base_body=base_body,
                  sent_at=sent_at or utcnow(), sent_by=sent_by, returned_at=None, reviewer_name="",
                  reviewer_email="", recommendation=None, summary="")
    new_id = c.execute(insert(review_rounds).values(**values).returning(review_rounds.c.id)).scalar_one()
    return RoundRow(id=new_id, **values)


def rounds(c: Connection, article_id: int) -> list[RoundRow]:
    rows = c.execute(select(*[review_rounds.c[n] for n in _ROUND_COLUMNS])
                     .where(review_rounds.c.article_id == article_id).order_by(review_rounds.c.id))
    return [RoundRow(*row) for row in rows]


def round_for(c: Connection, article_id: int, base_revision: str) -> RoundRow | None:
    """The newest round of the article that sent this body."""
    row = c.execute(select(*[review_rounds.c[n] for n in _ROUND_COLUMNS])
                    .where(review_rounds.c.article_id == article_id, review_rounds.c.base_revision == base_revision)
                    .order_by(review_rounds.c.id.desc()).limit(1)).first()
    return RoundRow(*row) if row else None


def return_round(c: Connection, round_id: int, reviewer_name: str, reviewer_email: str,
                 recommendation: str | None, summary: str, when: datetime | None = None) -> None:
    c.execute(update(review_rounds).where(review_rounds.c.id == round_id).values(
        returned_at=when or utcnow(), reviewer_name=reviewer_name, reviewer_email=reviewer_email,
        recommendation=recommendation, summary=summary))


def add_note(c: Connection, note: NoteRow) -> int:
    values = {n: getattr(note, n) for n in _NOTE_COLUMNS if n != "id"}
    values["created_at"] = values["created_at"] or utcnow()
    return c.execute(insert(review_notes).values(**values).returning(review_notes.c.id)).scalar_one()


def known_keys(c: Connection, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        found.update(c.execute(select(review_notes.c.source_key)
                               .where(review_notes.c.source_key.in_(keys[i:i + 500]))).scalars())
    return found


def notes(c: Connection, article_id: int) -> list[NoteRow]:
    rows = c.execute(select(*[review_notes.c[n] for n in _NOTE_COLUMNS])
                     .where(review_notes.c.article_id == article_id).order_by(review_notes.c.id))
    return [NoteRow(*row) for row in rows]


def notes_by_id(c: Connection, ids: list[int]) -> list[NoteRow]:
    rows = c.execute(select(*[review_notes.c[n] for n in _NOTE_COLUMNS]).where(review_notes.c.id.in_(ids)))
    return [NoteRow(*row) for row in rows]


def set_note(c: Connection, note_id: int, **values) -> None:
    c.execute(update(review_notes).where(review_notes.c.id == note_id).values(**values))


def add_status_change(c: Connection, article_id: int, status: str, by: str, when: datetime | None = None) -> None:
    c.execute(insert(status_changes).values(article_id=article_id, status=status, changed_by=by,
                                            changed_at=when or utcnow()))


def status_history(c: Connection, article_id: int) -> list[tuple[str, str, datetime]]:
    rows = c.execute(select(status_changes.c.status, status_changes.c.changed_by, status_changes.c.changed_at)
                     .where(status_changes.c.article_id == article_id).order_by(status_changes.c.id))
    return [tuple(r) for r in rows]

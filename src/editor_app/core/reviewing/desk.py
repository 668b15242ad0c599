"""A review round on a library: pack an article for a reviewer, merge what comes back,
show the comments and suggestions on the current body, accept or reject suggestions.

Notes are stored anchored by their words (``review_notes``); wherever they are shown
or acted on they are first found again in the body as it is now
(:func:`placed_notes`), so the editor may keep working between rounds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.errors import N_, InputError
from editor_app.core.library import review_records as rr
from editor_app.core.library.store import Store
from editor_app.core.reviewing import criticmarkup as cm
from editor_app.core.reviewing.anchoring import Anchor, locate
from editor_app.core.reviewing.merge import Placed, base_of, plan
from editor_app.core.reviewing.review_file import SUFFIX, ReviewFileError, body_revision, pack, read


@dataclass
class MergeResult:
    slug: str
    comments: int = 0
    suggestions: int = 0
    detached: int = 0
    already: bool = False   # this very file was merged before: nothing changed


@dataclass
class ShownNote:
    row: rr.NoteRow
    start: int | None      # in the current body; None: detached or on the whole article
    end: int | None
    quote: str


@dataclass
class Review:
    """What ``review show`` gives: the body and the notes on it now."""

    slug: str
    body: str
    rounds: list[rr.RoundRow]
    notes: list[ShownNote] = field(default_factory=list)
    statuses: list[tuple] = field(default_factory=list)   # (status, by whom, when), oldest first


# -- pack -----------------------------------------------------------------------------
def pack_article(store: Store, slug: str, out_dir: Path) -> Path:
    from editor_app.core.publishing.export import write_atomic

    article = store.get_by_slug(slug)
    if article is None or article.deleted_at is not None:
        raise InputError(f"{slug}: no such article" + (" (it is in the trash)" if article else ""))
    assets = {a.filename: store.get_asset(article.id, a.filename)[1] for a in store.assets(article.id)}
    data = pack(article, assets, store.get_profile().name)
    with store.writing() as c:
        rr.add_round(c, article.id, article.body, body_revision(article.body), store.editor)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{article.slug}{SUFFIX}"
    write_atomic(path, data)
    return path


# -- merge ----------------------------------------------------------------------------
def merge_file(store: Store, path: Path) -> MergeResult:
    """Merge one returned review file; ReviewFileError/InputError say why it is refused
    (the library is then unchanged)."""
    from editor_app.core.importing.textfile import read_bytes

    review = read(read_bytes(path, 200 * 1024 * 1024))
    article = store.get_by_uuid(review.article_uuid)
    if article is None:
        raise ReviewFileError(N_("this review is of an article this library does not have ({manifest}, "
                                 "{article_uuid})",
                                 manifest=review.manifest['slug'][:80], article_uuid=review.article_uuid[:40]))
    if article.deleted_at is not None:
        raise ReviewFileError(N_("the article {slug} is in the trash; restore it, then merge", slug=article.slug))
    with store.writing() as c:
        sent = rr.round_for(c, article.id, review.base_revision)
        placed = plan(review, base_of(review, sent.base_body if sent else None), article.body)
        known = rr.known_keys(c, [p.key for p in placed])
        result = MergeResult(article.slug)
        same_round = sent is not None and sent.returned_at is not None and (
            sent.reviewer_name, sent.reviewer_email, sent.recommendation, sent.summary) == (
            review.reviewer_name, review.reviewer_email, review.recommendation, review.summary)
        if len(known) == len(placed) and (placed or same_round):
            result.already = True
            return result
        if sent is None:
            sent = rr.add_round(c, article.id, base_of(review, None), review.base_revision, "")
        rr.return_round(c, sent.id, review.reviewer_name, review.reviewer_email, review.recommendation,
                        review.summary)
        ids: dict[str, int] = {}
        for note in placed:
            if note.key in known:
                continue
            note_id = rr.add_note(c, _row(article.id, sent.id, note, ids))
            if note.file_id:
                ids[note.file_id] = note_id
            result.detached += note.detached
            result.comments += note.kind == cm.COMMENT
            result.suggestions += note.kind != cm.COMMENT
    return result


def _row(article_id: int, round_id: int, note: Placed, ids: dict[str, int]) -> rr.NoteRow:
    anchor = note.anchor
    return rr.NoteRow(
        id=None, article_id=article_id, kind=note.kind, quote=note.quote, new_text=note.new_text,
        text=note.text, prefix=anchor.prefix if anchor else "", suffix=anchor.suffix if anchor else "",
        hint=anchor.hint if anchor else -1, detached=note.detached, author=note.author, round_id=round_id,
        reply_to=ids.get(note.reply_to), source_key=note.key)


# -- show -----------------------------------------------------------------------------
def placed_notes(body: str, rows: list[rr.NoteRow]) -> list[ShownNote]:
    """Each note found again in ``body`` (start/end None when it is detached or is a
    remark on the whole article)."""
    shown = []
    for row in rows:
        if row.detached or row.hint < 0:
            shown.append(ShownNote(row, None, None, row.quote))
            continue
        found = locate(Anchor(row.quote, row.prefix, row.suffix, row.hint), body)
        if found is None:
            shown.append(ShownNote(row, None, None, row.quote))
        else:
            shown.append(ShownNote(row, found[0], found[1], body[found[0]:found[1]]))
    return shown


def show(store: Store, slug: str) -> Review:
    return review_of(store, _article(store, slug))


def review_of(store: Store, article) -> Review:
    """The review of ``article`` (as read, or as being edited: the notes are found
    again in ``article.body``)."""
    with store.reading() as c:
        rounds = rr.rounds(c, article.id)
        rows = rr.notes(c, article.id)
        statuses = rr.status_history(c, article.id)
    return Review(article.slug, article.body, rounds, placed_notes(article.body, rows), statuses)


def _article(store: Store, slug: str):
    article = store.get_by_slug(slug)
    if article is None:
        raise InputError(N_("{slug}: no such article", slug=slug))
    return article


def set_state(store: Store, note_id: int, state: str) -> None:
    """A comment resolved or reopened, a suggestion accepted (already applied to the
    text by the caller) or rejected."""
    if state not in ("open", "resolved", "accepted", "rejected"):
        raise ValueError(state)
    with store.writing() as c:
        rr.set_note(c, note_id, state=state)


def reply(store: Store, note_id: int, words: str, author: str) -> int:
    """A reply to a comment (on the same passage)."""
    with store.writing() as c:
        parent = next((n for n in rr.notes_by_id(c, [note_id])), None)
        if parent is None:
            raise InputError(N_("that comment no longer exists"))
        return rr.add_note(c, rr.NoteRow(
            id=None, article_id=parent.article_id, kind=cm.COMMENT, quote=parent.quote, text=words.strip(),
            prefix=parent.prefix, suffix=parent.suffix, hint=parent.hint, detached=parent.detached,
            author=author, round_id=parent.round_id, reply_to=parent.id))


# -- accept and reject ------------------------------------------------------------------
def decide(store: Store, slug: str, ids: list[int] | None, accept: bool) -> tuple[list[int], list[str]]:
    """Accept (apply to the body, one revision) or reject the open suggestions ``ids``
    (all when None). Returns (the ids decided, one-line reasons for those that were not)."""
    article = _article(store, slug)
    with store.reading() as c:
        rows = [r for r in rr.notes(c, article.id) if r.kind != cm.COMMENT]
    by_id = {r.id: r for r in rows}
    wanted = [r.id for r in rows if r.state == "open"] if ids is None else ids
    problems = [f"{i}: no such suggestion on {article.slug}" for i in wanted if i not in by_id]
    problems += [f"{i}: already {by_id[i].state}" for i in wanted if i in by_id and by_id[i].state != "open"]
    chosen = [by_id[i] for i in wanted if i in by_id and by_id[i].state == "open"]
    if not accept:
        with store.writing() as c:
            for row in chosen:
                rr.set_note(c, row.id, state="rejected")
        return [r.id for r in chosen], problems
    placed = placed_notes(article.body, chosen)
    applicable = [p for p in placed if p.start is not None]
    problems += [f"{p.row.id}: its passage is no longer in the text" for p in placed if p.start is None]
    applicable.sort(key=lambda p: (p.start, p.end))
    kept, last_end = [], -1
    for p in applicable:   # two suggestions on one passage: the first one wins
        if p.start < last_end or (p.start == last_end and p.start == p.end and kept and kept[-1].start == p.start):
            problems.append(f"{p.row.id}: it overlaps suggestion {kept[-1].row.id}; accept that one first")
            continue
        kept.append(p)
        last_end = p.end
    body = article.body
    for p in reversed(kept):
        body = body[:p.start] + p.row.new_text + body[p.end:]
    if not kept:
        return [], problems
    article.body = body

    def mark(c) -> None:
        for p in kept:
            rr.set_note(c, p.row.id, state="accepted")

    store.save_article(article, reason="review: suggestions accepted", also=mark)
    return [p.row.id for p in kept], problems

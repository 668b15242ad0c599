"""A review merged three ways: the body as sent (base), the reviewer's marked copy and
the body as it is now (the editor kept working).

1. The reviewer's ``article.md`` is read into its text before the marks and the marks
   (CriticMarkup). Where the reviewer changed the text itself, without marks (in any
   text editor), each change becomes a suggestion too.
2. Every mark is carried from the reviewer's text to the base, then from the base to
   the current body, through their differences (diff-match-patch); where the passage
   is no longer found at the carried place it is looked for by its words and the words
   around it (:mod:`.anchoring`).
3. A mark whose passage is gone is kept as a *detached* comment with its original
   words (a suggestion's in CriticMarkup: ``{~~old~>new~~}``): nothing is dropped.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from editor_app.core.library.merging import edits
from editor_app.core.reviewing import criticmarkup as cm
from editor_app.core.reviewing.anchoring import Anchor, anchor_at, carry, locate
from editor_app.core.reviewing.review_file import ReviewFile


@dataclass
class Placed:
    """A reviewer's mark placed on the current body (or detached)."""

    kind: str            # comment, insert, delete, replace
    quote: str           # the passage now (or, detached, as the reviewer saw it)
    new_text: str
    text: str            # a comment's words
    anchor: Anchor | None   # None: detached, or a remark on the whole article
    key: str             # the same mark of the same file always has the same key
    detached: bool = False
    file_id: str = ""    # a review.json comment's own id (replies name it)
    reply_to: str = ""
    author: str = ""
    created_at: str = ""


def reviewer_body(review: ReviewFile) -> str:
    from editor_app.core.importing.frontmatter import split_front_matter   # YAML: only for a review file

    _meta, body = split_front_matter(review.article_md)
    return body


def file_key(review: ReviewFile) -> str:
    """One review file's identity: the same content merged again is recognised."""
    digest = hashlib.sha256()
    digest.update(review.base_revision.encode())
    digest.update(review.article_md.encode("utf-8"))
    digest.update(json.dumps(review.review_json(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:40]


def base_of(review: ReviewFile, known_base: str | None) -> str:
    """The body as sent: from the library's round, else the reviewer's text before its
    marks when it is exactly what was sent (its SHA-256 is ``base_revision``)."""
    if known_base is not None:
        return known_base
    return cm.parse(reviewer_body(review)).text


def plan(review: ReviewFile, base: str, current: str) -> list[Placed]:
    """The review's marks and comments placed on ``current``, in the file's order."""
    key = file_key(review)
    marked = cm.parse(reviewer_body(review))
    marks = _in_base(marked.marks, marked.text, base)
    if marked.text != base:
        marks += _direct_edits(base, marked.text, marks)
    placed = []
    for index, mark in enumerate(marks):
        placed.append(_place(mark, base, current, f"{key}:{index}", review.reviewer_name))
    for index, comment in enumerate(review.comments):
        placed.append(_remark(comment, current, f"{key}:c{index}", review.reviewer_name))
    return placed


def _direct_edits(base: str, reviewed: str, marks: list[cm.Mark]) -> list[cm.Mark]:
    """The reviewer's changes to the text made without marks, as suggestions (in the base)."""
    out = []
    for edit in edits(base, reviewed):
        if any(m.start < edit.end and edit.start < m.end or m.start == edit.start for m in marks):
            continue   # where a mark is: the mark says it
        old = base[edit.start:edit.end]
        kind = cm.INSERT if not old else cm.DELETE if not edit.text else cm.REPLACE
        out.append(cm.Mark(kind, edit.start, edit.end, old=old, new=edit.text))
    return out


def _in_base(marks: list[cm.Mark], reviewed: str, base: str) -> list[cm.Mark]:
    """Marks moved from the reviewer's text to the base."""
    if reviewed == base:
        return marks
    moved = carry(reviewed, base, [p for m in marks for p in (m.start, m.end)])
    out = []
    for i, mark in enumerate(marks):
        start, end = moved[2 * i], moved[2 * i + 1]
        if mark.kind in (cm.DELETE, cm.REPLACE, cm.COMMENT) and base[start:end] != mark.old:
            found = base.find(mark.old, max(0, start - 200)) if mark.old else -1
            start, end = (found, found + len(mark.old)) if found >= 0 else (start, start + len(mark.old))
        out.append(cm.Mark(mark.kind, start, max(start, end), mark.old, mark.new, mark.text))
    return out


def _place(mark: cm.Mark, base: str, current: str, key: str, author: str) -> Placed:
    old = mark.old if mark.kind != cm.INSERT else ""
    anchor = anchor_at(base, mark.start, mark.start + len(old))
    anchor.quote = old
    start, end = carry(base, current, [mark.start, mark.start + len(old)])
    if current[start:end] == old and (old or _point_fits(current, start, anchor)):
        found: tuple[int, int] | None = (start, end)
    else:
        anchor.hint = start
        found = locate(anchor, current)
    if found is None:
        return _detached(mark, key, author)
    return Placed(mark.kind, current[found[0]:found[1]], mark.new, mark.text,
                  anchor_at(current, *found), key, author=author)


def _point_fits(text: str, at: int, anchor: Anchor) -> bool:
    """An insertion point carried to ``at``: are its neighbours still about it?"""
    near = 8
    return (not anchor.prefix or text[max(0, at - near):at] == anchor.prefix[-near:]) or \
        (not anchor.suffix or text[at:at + near] == anchor.suffix[:near])


def _detached(mark: cm.Mark, key: str, author: str) -> Placed:
    if mark.kind == cm.COMMENT:
        return Placed(cm.COMMENT, mark.old, "", mark.text, None, key, detached=True, author=author)
    change = cm.write(mark.old if mark.kind != cm.INSERT else "", [cm.Mark(
        mark.kind, 0, len(mark.old) if mark.kind != cm.INSERT else 0, mark.old, mark.new)])
    words = f"{change} {mark.text}".strip()
    return Placed(cm.COMMENT, mark.old, "", words, None, key, detached=True, author=author)


def _remark(comment, current: str, key: str, author: str) -> Placed:
    """A comment of review.json: on a passage when it quotes one that still exists."""
    anchor = None
    detached = False
    if comment.quote:
        at = current.find(comment.quote)
        if at >= 0:
            anchor = anchor_at(current, at, at + len(comment.quote))
        else:
            detached = True
    return Placed(cm.COMMENT, comment.quote if anchor is None else anchor.quote, "", comment.text, anchor, key,
                  detached=detached, file_id=comment.id, reply_to=comment.reply_to,
                  author=comment.author or author, created_at=comment.created_at)

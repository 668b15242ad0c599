"""Three-way merge of two editors' versions of an article, from the version both started from.

Text is merged with diff-match-patch: each side's changes to the base become edits in
the base's coordinates (a range and its replacement); edits that touch different parts
merge on their own, identical edits count once, and edits to the same part conflict.
A conflicting part is given both ways between markers, for the editor to settle::

    <<<<<<< mine
    my text
    =======
    their text
    >>>>>>> theirs (Lan)

Fields merge one by one: a field only one side changed takes that side's value; a
one-line field or a list (authors, keywords...) both changed differently is a
conflict and keeps mine.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from diff_match_patch import diff_match_patch

from editor_app.core.dto import ArticleData

TEXT_FIELDS = ("body", "summary")   # merged by passage; the other fields whole
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 2.0


@dataclass
class Edit:
    start: int   # in the base
    end: int
    text: str


def edits(base: str, other: str) -> list[Edit]:
    """``other``'s changes to ``base`` as edits in base coordinates, in order."""
    diffs = _DMP.diff_main(base, other)
    _DMP.diff_cleanupSemantic(diffs)
    out: list[Edit] = []
    pos = 0
    for op, text in diffs:
        if op == 0:
            pos += len(text)
            continue
        start, end, new = (pos, pos + len(text), "") if op == -1 else (pos, pos, text)
        if op == -1:
            pos += len(text)
        if out and out[-1].end == start:   # a deletion and an insertion at one place: one replacement
            out[-1].end, out[-1].text = end, out[-1].text + new
        else:
            out.append(Edit(start, end, new))
    return out


def _touch(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:   # two insertions: at the same place
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return max(a.start, b.start) < min(a.end, b.end)


@dataclass
class TextMerge:
    text: str
    conflicts: int = 0


def merge_text(base: str, mine: str, theirs: str, theirs_label: str = "theirs") -> TextMerge:
    """``mine`` and ``theirs`` merged from ``base``; overlapping changes between markers."""
    if mine == theirs or theirs == base:
        return TextMerge(mine)
    if mine == base:
        return TextMerge(theirs)
    queue = sorted([(e, 0) for e in edits(base, mine)] + [(e, 1) for e in edits(base, theirs)],
                   key=lambda x: (x[0].start, x[0].end, x[1]))
    out: list[str] = []
    pos = conflicts = 0
    i = 0
    while i < len(queue):
        group = [queue[i]]
        start, end = queue[i][0].start, queue[i][0].end
        i += 1
        while i < len(queue) and any(_touch(queue[i][0], g[0]) for g in group):
            group.append(queue[i])
            end = max(end, queue[i][0].end)
            i += 1
        sides = {0: [g[0] for g in group if g[1] == 0], 1: [g[0] for g in group if g[1] == 1]}
        if not sides[0] or not sides[1] or _apply(base, start, end, sides[0]) == _apply(base, start, end, sides[1]):
            out.append(base[pos:start])   # one side's change, or the same change on both sides
            out.append(_apply(base, start, end, sides[0] or sides[1]))
            pos = end
            continue
        # a conflict: shown as whole lines (with every change made to them)
        start = max(pos, base.rfind("\n", 0, start) + 1)
        while True:
            line_end = base.find("\n", end)
            end = len(base) if line_end < 0 else line_end
            if i < len(queue) and queue[i][0].start < end or (i < len(queue) and queue[i][0].start == end
                                                               and queue[i][0].end > end):
                sides[queue[i][1]].append(queue[i][0])
                end = max(end, queue[i][0].end)
                i += 1
                continue
            break
        out.append(base[pos:start])
        pos = end
        mine_part, theirs_part = _apply(base, start, end, sides[0]), _apply(base, start, end, sides[1])
        conflicts += 1
        out.append(f"<<<<<<< mine\n{mine_part}\n=======\n{theirs_part}\n>>>>>>> {theirs_label}")
    out.append(base[pos:])
    return TextMerge("".join(out), conflicts)


def _apply(base: str, start: int, end: int, changes: list[Edit]) -> str:
    """The base's ``[start, end)`` with one side's edits (all inside it) applied."""
    out, pos = [], start
    for e in sorted(changes, key=lambda e: (e.start, e.end)):
        out.append(base[pos:e.start])
        out.append(e.text)
        pos = max(pos, e.end)
    out.append(base[pos:end])
    return "".join(out)


@dataclass
class ArticleMerge:
    article: ArticleData
    conflicts: list[str] = field(default_factory=list)   # the fields both sides changed differently

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_articles(base: ArticleData, mine: ArticleData, theirs: ArticleData,
                   theirs_label: str = "theirs") -> ArticleMerge:
    """Mine and theirs merged field by field; the result is based on theirs' version
    (saving it does not conflict again unless someone saved meanwhile)."""
    merged = copy.deepcopy(mine)
    merged.version = theirs.version
    merged.updated_at, merged.updated_by = theirs.updated_at, theirs.updated_by
    conflicts: list[str] = []
    for name in ArticleData.EDITABLE:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if m == t or t == b:
            continue
        if m == b:
            setattr(merged, name, copy.deepcopy(t))
        elif name in TEXT_FIELDS:
            result = merge_text(b, m, t, theirs_label)
            setattr(merged, name, result.text)
            if result.conflicts:
                conflicts.append(name)
        else:
            conflicts.append(name)   # keeps mine
    return ArticleMerge(merged, conflicts)

"""CriticMarkup: a reviewer's comments and suggested changes written in the text.

- ``{==passage==}{>>comment<<}``: a comment on a passage (``{==passage==}`` alone
  marks it without words; ``{>>comment<<}`` alone comments on a point);
- ``{++added++}``, ``{--removed--}``, ``{~~old~>new~~}``: suggested changes.

:func:`parse` reads marked text into the text as it was before the reviewer's
marks (additions left out, removals and old text kept, passages unwrapped,
comments taken out) and the marks, with their places in that text. A commented
passage may hold suggested changes (``{==a {++b++} c==}``): both are kept. A mark that
is never closed is left as the characters it is. :func:`write` does the reverse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# kinds of marks
COMMENT, INSERT, DELETE, REPLACE = "comment", "insert", "delete", "replace"
SUGGESTIONS = (INSERT, DELETE, REPLACE)

_OPENERS = re.compile(r"\{(==|>>|\+\+|--|~~)")
_CLOSERS = {"==": "==}", ">>": "<<}", "++": "++}", "--": "--}", "~~": "~~}"}


@dataclass
class Mark:
    kind: str            # comment, insert, delete or replace
    start: int           # in the text before the marks
    end: int
    old: str = ""        # the passage (comment), or the text removed or replaced
    new: str = ""        # the text added (insert, replace)
    text: str = ""       # the comment's words


@dataclass
class Marked:
    text: str            # the text without the marks, as it was before them
    marks: list[Mark]


def parse(marked: str) -> Marked:
    out: list[str] = []
    marks: list[Mark] = []
    pos = 0          # in ``marked``
    length = 0       # of the text written so far
    last_passage: Mark | None = None   # the mark a {>>comment<<} right after it speaks of
    while True:
        found = _OPENERS.search(marked, pos)
        if found is None:
            break
        kind = found.group(1)
        close = marked.find(_CLOSERS[kind], found.end())
        if close < 0:   # never closed: the characters as they are
            out.append(marked[pos:found.end()])
            length += found.end() - pos
            pos = found.end()
            continue
        before = marked[pos:found.start()]
        out.append(before)
        length += len(before)
        inner = marked[found.end():close]
        pos = close + len(_CLOSERS[kind])
        if before:
            last_passage = None
        if kind == ">>":
            if last_passage is not None and last_passage.kind == COMMENT and not last_passage.text:
                last_passage.text = inner
            elif last_passage is not None:   # why a change is suggested: a comment on its passage
                marks.append(Mark(COMMENT, last_passage.start, last_passage.end, old=last_passage.old, text=inner))
            else:
                marks.append(Mark(COMMENT, length, length, text=inner))
            last_passage = None
            continue
        if kind == "++":
            marks.append(Mark(INSERT, length, length, new=inner))
            last_passage = marks[-1]
            continue
        if kind == "==":   # a passage may hold suggestions of its own (the reviewer window writes them)
            nested = parse(inner)
            marks.extend(Mark(m.kind, m.start + length, m.end + length, m.old, m.new, m.text)
                         for m in nested.marks)
            inner = nested.text
        old, new = (inner.split("~>", 1) + [""])[:2] if kind == "~~" else (inner, "")
        if kind == "~~" and "~>" not in inner:
            old, new = inner, inner   # no arrow: nothing is suggested
        out.append(old)
        mark = Mark({"==": COMMENT, "--": DELETE, "~~": REPLACE}[kind], length, length + len(old), old=old, new=new)
        length += len(old)
        if kind == "~~" and old == new:
            last_passage = None
            continue
        marks.append(mark)
        last_passage = mark
    out.append(marked[pos:])
    return Marked("".join(out), marks)


def write(text: str, marks: list[Mark]) -> str:
    """``text`` with ``marks`` written in (marks in text order, not overlapping)."""
    out: list[str] = []
    pos = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        if mark.start < pos:
            continue
        out.append(text[pos:mark.start])
        passage = text[mark.start:mark.end]
        if mark.kind == COMMENT:
            out.append(f"{{=={passage}==}}{{>>{mark.text}<<}}" if passage else f"{{>>{mark.text}<<}}")
        elif mark.kind == INSERT:
            out.append(f"{passage}{{++{mark.new}++}}")
        elif mark.kind == DELETE:
            out.append(f"{{--{passage}--}}")
        else:
            out.append(f"{{~~{passage}~>{mark.new}~~}}")
        pos = mark.end
    out.append(text[pos:])
    return "".join(out)

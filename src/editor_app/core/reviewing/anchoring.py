"""Where a reviewer's mark belongs in a text that has changed since.

An :class:`Anchor` remembers a passage by its words (``quote``), the words around
it (``prefix``, ``suffix``) and where it was (``hint``). :func:`locate` finds it
again in a new version of the text:

1. at the hint, when the passage and its surroundings are still there;
2. else the occurrence of the passage whose surroundings match best, the nearest
   to the hint among equals;
3. else, a passage the editor has reworded since: diff-match-patch's fuzzy match
   (Bitap) finds its first and last words near where they were, and the passage
   between them is taken if it is about as long as it was;
4. else None: the passage no longer exists (the mark becomes *detached*).

:func:`carry` moves a position from one version of a text to the next through
their difference (diff-match-patch), for a whole set of marks at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

CONTEXT = 32          # characters of context kept on each side
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 2.0
_DMP.Match_Threshold = 0.35   # how different a reworded passage's ends may be (0 exact .. 1 anything)
_DMP.Match_Distance = 2000    # how far from where it was it may have moved
_BITS = _DMP.Match_MaxBits    # Bitap matches at most 32 characters


@dataclass
class Anchor:
    quote: str
    prefix: str
    suffix: str
    hint: int

    def to_dict(self) -> dict:
        return {"quote": self.quote, "prefix": self.prefix, "suffix": self.suffix, "hint": self.hint}


def anchor_at(text: str, start: int, end: int) -> Anchor:
    return Anchor(text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], start)


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of the remembered context still surround ``text[start:end]``."""
    score = 0
    before = text[max(0, start - len(anchor.prefix)):start]
    for a, b in zip(reversed(before), reversed(anchor.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(text[end:end + len(anchor.suffix)], anchor.suffix):
        if a != b:
            break
        score += 1
    return score


def _occurrences(text: str, needle: str, limit: int = 500) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where ``anchor`` is in ``text`` now: (start, end), or None when it is gone."""
    quote = anchor.quote
    if not quote:
        return _locate_point(anchor, text)
    hint = min(max(anchor.hint, 0), len(text))
    full = len(anchor.prefix) + len(anchor.suffix)
    if text.startswith(quote, hint) and _context_score(text, hint, hint + len(quote), anchor) == full:
        return hint, hint + len(quote)
    found = _occurrences(text, quote)
    if found:
        best = max(found, key=lambda at: (_context_score(text, at, at + len(quote), anchor), -abs(at - hint)))
        return best, best + len(quote)
    return _fuzzy(anchor, text, hint)


def _locate_point(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """A point between two passages: where its prefix ends and its suffix starts."""
    if not anchor.prefix and not anchor.suffix:
        return (0, 0) if not text else None
    both = anchor.prefix + anchor.suffix
    found = _occurrences(text, both)
    if found:
        best = min(found, key=lambda at: abs(at + len(anchor.prefix) - anchor.hint))
        return best + len(anchor.prefix), best + len(anchor.prefix)
    for side in ("prefix", "suffix"):
        words = getattr(anchor, side)[-_BITS:] if side == "prefix" else getattr(anchor, side)[:_BITS]
        if len(words.strip()) < 8:
            continue
        at = _match(text, words, anchor.hint - (len(words) if side == "prefix" else 0))
        if at is not None:
            point = at + len(words) if side == "prefix" else at
            return point, point
    return None


def _match(text: str, pattern: str, near: int) -> int | None:
    if not pattern or not text:
        return None
    at = _DMP.match_main(text, pattern, min(max(near, 0), len(text)))
    return None if at < 0 else at


def _fuzzy(anchor: Anchor, text: str, hint: int) -> tuple[int, int] | None:
    """The passage reworded: its first and last words found near where they were."""
    quote = anchor.quote
    if len(quote.strip()) < 8:
        return None   # a word or two: too little to recognise once changed
    head, tail = quote[:_BITS], quote[-_BITS:]
    start = _match(text, head, hint)
    if start is None:
        return None
    tail_at = _match(text, tail, start + len(quote) - len(tail))
    if tail_at is None or tail_at < start:
        return None
    end = tail_at + len(tail)
    if not 0.5 * len(quote) <= end - start <= 1.5 * len(quote) + 16:
        return None
    return start, end


def carry(old: str, new: str, positions: list[int]) -> list[int]:
    """Each position in ``old`` moved to the same place in ``new`` (through their diff)."""
    if old == new:
        return list(positions)
    diffs = _DMP.diff_main(old, new)
    _DMP.diff_cleanupSemantic(diffs)
    return [_DMP.diff_xIndex(diffs, p) for p in positions]

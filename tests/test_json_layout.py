"""The CLI's JSON writer gives exactly what json.dumps(ensure_ascii=False, indent=2) gives."""

from __future__ import annotations

import enum
import json
import random
import string

import pytest

from editor_app.core.library import json_layout
from editor_app.core.status import Status

ODD = "ạđĐữ\u2028\x7f\x00\x01\x1f\b\f\"\\é😀\u200b\ufeff"


def _text(rng: random.Random) -> str:
    n = rng.choice([rng.randrange(0, 30), rng.randrange(400, 3000)])  # both sides of a long string
    alphabet = string.printable + ODD if rng.random() < 0.3 else 'abc ạđ\n\t\r"\\'
    return "".join(rng.choice(alphabet) for _ in range(n))


def _value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind in (0, 5):
        return _text(rng)
    if kind == 1:
        return rng.randrange(-10**15, 10**15)
    if kind == 2:
        return None
    if kind == 3:
        return rng.random() < 0.5
    if kind == 4:
        return rng.random() * 1e5
    if kind in (6, 7):
        return [_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return {_text(rng)[:20]: _value(rng, depth + 1) for _ in range(rng.randrange(0, 4))}


def _flat(rng: random.Random) -> dict:
    """An article-like dict: strings, numbers, null, lists of strings or of flat dicts."""
    return {_text(rng)[:12] or "k": rng.choice([_text(rng), None, rng.randrange(10**9), [],
                                               [_text(rng) for _ in range(rng.randrange(1, 4))],
                                               [{"name": _text(rng), "n": 1}]])
            for _ in range(rng.randrange(0, 8))}


@pytest.mark.parametrize("seed", range(4))
def test_same_bytes_as_the_standard_library(seed):
    rng = random.Random(seed)
    for _ in range(500):
        items = [_value(rng) for _ in range(rng.randrange(0, 4))]
        assert json_layout.encode(items) == (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode()
        listing = [_flat(rng) for _ in range(rng.randrange(0, 6))]   # the quick path of list --json
        assert json_layout.encode(listing) == (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode()


def test_every_control_character_and_enums():
    class Level(enum.IntEnum):
        HIGH = 3

    every = "".join(map(chr, range(0, 0x80))) * 10  # long: the bytes path
    value = {"long": every, "short": every[:40], "status": Status.DRAFT, "level": Level.HIGH}
    assert json_layout.encode(value) == (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def test_a_lone_surrogate_is_escaped_not_a_crash():
    for text in ("a\udc80b", "x" * 1000 + "\ud800"):
        assert json_layout.encode([text]) == (json.dumps([text], ensure_ascii=False, indent=2) + "\n").encode(
            "utf-8", "backslashreplace")


@pytest.mark.parametrize("parts", [[], [0], [3], [1, 2, 0, 4], [5, 5, 5]])
def test_an_array_written_in_parts_is_the_array_written_at_once(parts):
    rng = random.Random(len(parts))
    chunks = [[_flat(rng) | {"n": k} for _ in range(size)] for k, size in enumerate(parts)]
    writes = []
    out = json_layout.ArrayWriter(writes.append)
    for chunk in chunks:
        out.write([text.encode() for text in json_layout.array_items(chunk)])
    out.close()
    everything = [item for chunk in chunks for item in chunk]
    assert b"".join(writes) == (json.dumps(everything, ensure_ascii=False, indent=2) + "\n").encode()
    assert len(writes) == max(1, sum(1 for c in chunks if c))   # one write per non-empty part

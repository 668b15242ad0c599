"""Seeded generators of hostile identifier and text fields (DOI, language, ORCID, title).

Each generator mixes well-formed values (so that valid ones with unusual
characters reach the page), near misses and garbage: markup, quotes, URL
delimiters, controls, format and private-use characters, non-ASCII digits,
non-characters, long strings.  No hypothesis here: ``random.Random(seed)``
gives the same cases on every run.
"""

from __future__ import annotations

import random
import string

from editor_app.core.validate import orcid_check_digit

NASTY = list('<>"\'{}|\\^`%#?&+ /.:;@[]=!$*(),~') + [
    "\x00", "\x1b", "\x7f", "\x85", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ue000",
    "\ufdd0", "\U0001fffe", "\ufffd", "\u00a0", "\t", "\n", "ế", "đ", "Ω", "😀", "٣", "１",
    "&amp;", "&#0;", "</a>", "<script>", "javascript:", "\"><b>", "]]>", "<!--",
]
LETTERS = string.ascii_letters + string.digits + "-._"


def _noise(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(NASTY) if rng.random() < 0.4 else rng.choice(LETTERS) for _ in range(length))


def doi(rng: random.Random) -> str:
    prefix = rng.choice(["", "", "doi:", "DOI: ", "https://doi.org/", "http://dx.doi.org/", "info:doi/",
                         "https://www.doi.org/", "https://example.org/", "doi.org/", " "])
    registrant = rng.choice(["1000", "1234", "12345.6", "1000.10.2", "12", "١٢٣٤", "1000.", "", "abcd",
                             "9999999999"])
    sep = rng.choice(["/", "/", "/", "", "//", " / "])
    suffix = rng.choice([
        _noise(rng, rng.randint(0, 30)), "xyz123", "./x", "..", "a/../b", "(SICI)1097-4571(199806)49:8<>",
        "<x>\"{}|", "100%25", "x#y?z", "tiếng-việt", "a b", "ABC.2024" + _noise(rng, 3),
    ])
    if rng.random() < 0.4:  # well formed: a valid DOI, whatever its suffix holds
        return prefix.replace("https://example.org/", "") + "10.1000/" + suffix.strip(" \t\n") + "x"
    return prefix + rng.choice(["10.", "10.", "11.", "10,", ""]) + registrant + sep + suffix


LANGS = ["vi", "en", "EN-us", "en_GB", "vie", "eng", "zh-Hant-TW", "zh-cmn-Hans-CN", "sr-Latn", "de-CH-1996",
         "sl-rozaj-biske-1994", "en-u-ca-gregory", "en-a-bbb", "x-klingon", "i-klingon", "qaa-Latn", "und",
         "art-lojban", "en-Latn-US", "es-419", "fr-FR-x-priv", "english", "Vietnamese", "tiếng Việt", "vn",
         "en--US", "en-", "-en", "e", "toolongsubtag", "en-US-", "ｅｎ", "en\u200b", "<script>",
         'en" onload="x', "", "   ", "en-US" * 30, "zz", "en-ZZZ", "123", "en-Qaaa-QM", "ja-Latn-hepburn"]


def language(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.6:
        tag = rng.choice(LANGS)
    elif choice < 0.8:  # random letters shaped like a tag
        tag = "-".join("".join(rng.choices(string.ascii_letters, k=rng.choice([2, 2, 3, 4, 8])))
                       for _ in range(rng.randint(1, 3)))
    else:
        tag = _noise(rng, rng.randint(0, 12))
    return "".join(c.upper() if rng.random() < 0.2 else c for c in tag) if rng.random() < 0.3 else tag


def orcid(rng: random.Random) -> str:
    base = "".join(rng.choices(string.digits, k=15))
    check = orcid_check_digit(base)
    if rng.random() < 0.4:  # a wrong check character
        check = rng.choice([c for c in "0123456789X" if c != check])
    digits = base + check
    text = "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    variant = rng.random()
    if variant < 0.15:
        text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))  # Arabic-Indic digits
    elif variant < 0.3:
        text = text.replace("-", rng.choice(["", " ", "\u2011", "--", "<"]))
    elif variant < 0.45:
        text = text[:rng.randint(0, 18)] + _noise(rng, 3)
    elif variant < 0.55:
        text = "-" * 19
    prefix = rng.choice(["", "", "https://orcid.org/", "http://orcid.org/", "orcid.org/", "https://evil.org/",
                         "javascript:"])
    return prefix + text


def title(rng: random.Random) -> str:
    parts = [_noise(rng, rng.randint(0, 40)), "Đổi mới báo chí", "</title><script>alert(1)</script>",
             '"><img src=x onerror=alert(1)>', "<!-- x", "]]>", "\u202eevil", "a" * rng.choice([1, 300, 5000])]
    return " ".join(rng.sample(parts, rng.randint(1, 4)))

"""Spelling: Vietnamese orthography, and English words left alone (no Qt).

A Vietnamese word (a syllable) is an onset, a rhyme and a tone. :func:`is_syllable`
checks it by the rules of the orthography rather than a dictionary:

- the onset is one of b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v
  x (or none); gh, ngh and k go only before i, e, ê (y, iê); c, g, ng never do;
- the rhyme is one of the rhymes Vietnamese writes (``RHYMES``: nucleus with its
  glide and final consonant, e.g. "oanh", "ương", "uyêt");
- a syllable ending in -p, -t, -c or -ch carries only the sắc or nặng tone.

Where the tone mark sits (hoá/hóa) is not a spelling matter here (see tone_marks).

Other words: a word of ASCII letters that is a Vietnamese syllable written without
marks ("cho", "tin"), an English word (the bundled SCOWL list, ``resources/spelling``),
a name or abbreviation (capitalised or upper case), a letter, two ASCII letters,
or one in the library's own word list is correct. Words with letters Vietnamese does
not write (ü, ñ, ç...) are left alone.

:func:`misspelled` finds the misspelled words of a text (with their places);
:func:`suggestions` proposes corrections, tone and letter variants first.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache

from editor_app.core.resources import resource_path
from editor_app.core.tone_marks import TONES

ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
FRONT = ("i", "e", "ê", "y", "iê", "yê")      # what gh, ngh and k go before (and c, g, ng never)
_PLAIN_RHYMES = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet
uâ uân uâng uât uây uê uêch uên uênh uêt uy uya uych uyên uyêt uyn uynh uyp uyt uơ
""".split()
RHYMES = frozenset(_PLAIN_RHYMES)
# after qu the u is the glide: the rhyme is what follows it ("quê" = qu + ê, "quyết" = qu + yêt)
QU_RHYMES = frozenset("""
a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch ên ênh êt y ych yn ynh yp yt yêt yên ya i in inh it ơ ôc
""".split())
FOLDED_RHYMES = frozenset(r.translate(str.maketrans("ăâêôơư", "aaeoou")) for r in RHYMES)
FOLDED_QU_RHYMES = frozenset(r.translate(str.maketrans("ăâêôơư", "aaeoou")) for r in QU_RHYMES)
STOPPED = ("p", "t", "c", "ch")
SHARP, HEAVY = "\u0301", "\u0323"
VIETNAMESE_LETTERS = set("aăâbcdđeêghiklmnoôơpqrstuưvxy")
WORD = re.compile(r"[^\W\d_]+")
# every letter Vietnamese (or English) writes: the 29 letters, f j w z, and the vowels with a tone
WRITTEN_LETTERS = frozenset(VIETNAMESE_LETTERS | set("fjwz") | {
    unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy" for tone in TONES})


def _split(word: str) -> tuple[str, str]:
    """The word without its tone mark (lower case, NFC), and the mark ("" if none)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in TONES]
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    return bare, (tones[0] if len(tones) == 1 else ("?" if tones else ""))


def _rhyme_ok(onset: str, rhyme: str, folded: bool = False) -> bool:
    """``folded``: the word was typed without any mark (ASCII), compared with the rhymes
    stripped of theirs ("chuyen" as chuyên)."""
    rhymes, qu_rhymes = (FOLDED_RHYMES, FOLDED_QU_RHYMES) if folded else (RHYMES, QU_RHYMES)
    if onset == "qu":
        return rhyme in qu_rhymes
    if onset == "gi" and rhyme.startswith("ê" if not folded else "e") and rhyme not in rhymes:
        return "i" + rhyme in rhymes   # giếng, giết: gi + (i)êng, the i written once
    if rhyme not in rhymes:
        return False
    front = rhyme.startswith(FRONT)
    if onset in ("gh", "ngh", "k"):
        return front
    if onset in ("c", "g", "ng"):
        return not front
    if rhyme.startswith("y") and onset and rhyme.startswith("yê"):
        return onset == "" or onset in ("kh", "ng", "h")   # khuyên is u-glide; "yê" after an onset is rare
    return True


@lru_cache(maxsize=65536)
def is_syllable(word: str, strict: bool = False) -> bool:
    """Whether ``word`` (one word, any case, any mark placement) is a Vietnamese syllable.

    A word of ASCII letters passes when it is a syllable with its marks left out ("chuyen");
    ``strict`` takes it as written ("ngat" is then not a syllable: -t needs sắc or nặng)."""
    bare, tone = _split(word)
    if tone == "?" or not bare or not set(bare) <= VIETNAMESE_LETTERS:
        return False
    for onset in ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset):]
        if onset == "gi" and rhyme == "":
            rhyme_ok = True   # "gì", "gi"
        elif not rhyme:
            continue
        else:
            rhyme_ok = _rhyme_ok(onset, rhyme, folded=bare.isascii() and not strict)
        if onset == "g" and rhyme.startswith("i") and not rhyme.startswith(("iê", "ie")):
            rhyme_ok = rhyme in RHYMES or rhyme in FOLDED_RHYMES   # gì, gìn: g + i
        if not rhyme_ok:
            continue
        if rhyme.endswith(STOPPED) and tone not in (SHARP, HEAVY) and (tone or strict or not bare.isascii()):
            continue   # -p -t -c -ch: sắc or nặng only (a word typed without any mark is let through)
        return True
    return False


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    with gzip.open(resource_path("spelling", "english-words.txt.gz"), "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split())


def _english(word: str) -> bool:
    words = english_words()
    low = word.lower()
    return low in words or (low.endswith("s") and low[:-1] in words)


def is_correct(word: str, own: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``word`` is spelled right (see the module's description)."""
    if len(word) == 1 or (len(word) == 2 and word.isascii()) or word.lower() in own or word in own:
        return True
    if not set(unicodedata.normalize("NFC", word.lower())) <= WRITTEN_LETTERS:
        return True                                    # letters of another language (ñ, ü, ç...)
    if is_syllable(word):
        return True
    if word.isascii():
        return _english(word) or word[0].isupper() or word.isupper()
    return False


def misspelled(text: str, own: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, word) of each misspelled word of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text) if not is_correct(m.group(), own)]


_VARIANTS = {"a": "ăâ", "ă": "aâ", "â": "aă", "e": "ê", "ê": "e", "o": "ôơ", "ô": "oơ", "ơ": "oô",
             "u": "ư", "ư": "u", "d": "đ", "đ": "d", "i": "y", "y": "i"}
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def _with_tone(bare: str, tone: str) -> str:
    """``bare`` with ``tone`` on the vowel the new style puts it on."""
    from editor_app.core.tone_marks import NEW, restyle

    if not tone:
        return bare
    vowels = [i for i, c in enumerate(bare) if c in "aăâeêioôơuưy"]
    if not vowels:
        return bare
    modified = [i for i in vowels if bare[i] in "ăâêôơư"]
    if modified:
        at = modified[-1]
    elif bare.endswith(tuple("cmnpt")) or bare.endswith(("ch", "ng", "nh")) or len(vowels) == 1:
        at = vowels[-1]
    else:
        at = vowels[-2] if len(vowels) >= 2 else vowels[-1]
    if bare.startswith(("qu", "gi")) and at == 1 and len(vowels) > 1:
        at = vowels[-1]
    marked = bare[:at] + unicodedata.normalize("NFC", bare[at] + tone) + bare[at + 1:]
    return restyle(marked, NEW)


def _case_like(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {c: "".join(other for r2, row2 in enumerate(_ROWS) for i2, other in enumerate(row2)
                          if other != c and abs(r2 - r) <= 1 and abs(i2 - i - (r - r2) * 0.5) <= 1)
               for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
_BASE = str.maketrans("ăâđêôơư", "aadeoou")
_ONSET_RULES = (("gh", "g"), ("ngh", "ng"), ("g", "gh"), ("ng", "ngh"), ("c", "k"), ("k", "c"), ("q", "qu"))


def _edits(bare: str) -> list[tuple[int, str]]:
    """Words one edit from ``bare``, each with a rank: 1 for the orthography's own slips
    (gh/g, c/k, a/ă/â, d/đ...), 2 for a neighbouring key, a swap or a doubled letter, 3 for
    any other letter added, removed or changed."""
    edits: list[tuple[int, str]] = []
    for wrong, right in _ONSET_RULES:
        if bare.startswith(wrong) and not bare.startswith(right if len(right) > len(wrong) else "\0"):
            edits.append((1, right + bare[len(wrong):]))
    for i, ch in enumerate(bare):
        edits += [(1, bare[:i] + other + bare[i + 1:]) for other in _VARIANTS.get(ch, "")]
    for i, ch in enumerate(bare):
        near = _NEIGHBOURS.get(ch.translate(_BASE), "")
        for c in _ALPHABET:
            if c != ch:
                rank = 2 if c.translate(_BASE) in near else 3
                edits.append((rank, bare[:i] + c + bare[i + 1:]))
        doubled = i + 1 < len(bare) and bare[i + 1] == ch
        edits.append((2 if doubled else 3, bare[:i] + bare[i + 1:]))
        if i + 1 < len(bare):
            edits.append((2, bare[:i] + bare[i + 1] + bare[i] + bare[i + 2:]))
    for i in range(len(bare) + 1):
        edits += [(3, bare[:i] + c + bare[i:]) for c in _ALPHABET]
    edits.sort(key=lambda e: e[0])   # stable: within a rank, from the first letter on
    return edits


_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_TELEX_LETTERS = (("uow", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"),
                  ("uw", "ư"), ("dd", "đ"), ("w", "ư"))


def _from_telex(word: str) -> str:
    """What a word of ASCII letters reads as when it was typed in Telex with the input
    method off ("vieetj" is "việt"); "" when it is not Telex."""
    low = word.lower()
    tone = _TELEX_TONES.get(low[-1:], "") if len(low) > 2 else ""
    bare = low[:-1] if tone else low
    for telex, letter in _TELEX_LETTERS:
        bare = bare.replace(telex, letter)
    if bare == low or not bare.isalpha():
        return ""
    return _with_tone(bare, tone)


def suggestions(word: str, limit: int = 8) -> list[str]:
    """Corrections: the same letters with another tone, then the orthography's own slips
    (gh/g, c/k, a ↔ ă ↔ â, d ↔ đ...), then a neighbouring key, a swap or a doubled letter,
    then any one letter added, removed or changed; properly marked Vietnamese syllables,
    or English words for a word of ASCII letters."""
    bare, tone = _split(word)
    tone = "" if tone == "?" else tone
    ranked: list[tuple[int, str]] = []
    seen = {word.lower()}

    def offer(rank: int, candidate: str) -> None:
        if candidate and candidate not in seen:
            seen.add(candidate)
            ranked.append((rank, candidate))

    telex = _from_telex(word) if word.isascii() else ""
    if telex and is_syllable(telex, strict=True):
        offer(0, telex)
    for t in ("", *TONES):
        if t != tone and is_syllable(_with_tone(bare, t), strict=True):
            offer(0, _with_tone(bare, t))
    ascii_word = word.isascii()
    for rank, candidate in _edits(bare):
        if len(ranked) >= limit * 3:
            break
        marked = _with_tone(candidate, tone)
        if is_syllable(marked, strict=True):
            offer(rank, marked)
        elif ascii_word and candidate.isascii() and _english(candidate):
            offer(rank, candidate)
    ranked.sort(key=lambda r: r[0])
    return [_case_like(word, w) for _rank, w in ranked[:limit]]


_NOT_PROSE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|https?://\S+|\[\^?[^\]\n]*\]:|"
                        r"\{[#.][^}\n]*\}", re.S)


def prose(body: str) -> str:
    """``body`` with code, link targets, HTML tags and addresses blanked out (same length:
    places stay the same): what the spelling check reads."""
    return _NOT_PROSE.sub(lambda m: " " * len(m.group()), body)

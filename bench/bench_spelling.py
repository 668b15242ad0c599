"""What the spelling marks cost in the editor, and the spelling check of a whole article.

    python bench/bench_spelling.py [--words 50000] [--runs 5]

A generated article (``generate.py``'s vocabulary, a few typos sown in) of about
``--words`` words, in a real QPlainTextEdit with the Markdown highlighter, offscreen:

- highlighting the whole document with the marks on, against the same with them off
  (the baseline, measured in the same run), caches cold and warm;
- one line re-highlighted as the user types in it (what each keystroke costs);
- ``core.spelling.misspelled`` over the whole text (the check report), cold and warm.

Prints a Markdown table of medians and ratios to the baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fmt_ms, fmt_ratio, log, machine, median, now, ratio, stamp, table  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPOS = ("gế", "cem", "nghã", "ngàt", "dẻp", "thơt", "bockchain")


def make_text(words: int, seed: int = 3) -> str:
    from generate import generate_items

    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    for item in generate_items(10_000, seed=seed):
        body = item["body"]
        parts.append(body)
        count += len(body.split())
        if count >= words:
            break
    text = "\n\n".join(parts)
    tokens = text.split(" ")
    for _ in range(max(1, words // 500)):          # a typo every ~500 words
        tokens[rng.randrange(len(tokens))] = rng.choice(TYPOS)
    return " ".join(tokens)


def clear_caches() -> None:
    from editor_app.core import spelling

    spelling.is_syllable.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from editor_app.core.spelling import english_words, misspelled
    from editor_app.ui.editor.highlighter import MarkdownHighlighter

    app = QApplication.instance() or QApplication([])
    text = make_text(args.words)
    lines = text.count("\n") + 1
    log(f"article: {len(text.split()):,} words, {lines:,} lines, {len(text):,} characters")
    english_words()                                   # the word list loads once per program

    edit = QPlainTextEdit()
    edit.setPlainText(text)
    highlighter = MarkdownHighlighter(edit.document())
    doc = edit.document()
    block = max((doc.findBlockByNumber(i) for i in range(0, doc.blockCount(), 7)), key=lambda b: len(b.text()))

    results: dict[str, list[float]] = {k: [] for k in (
        "whole, marks off", "whole, marks on (cold)", "whole, marks on (warm)",
        "one line, marks off", "one line, marks on", "check report (cold)", "check report (warm)")}
    for _ in range(args.runs):          # interleaved, so drift hits every case alike
        highlighter.spelling.enabled = False
        t = now(); highlighter.rehighlight(); results["whole, marks off"].append(now() - t)
        t = now(); [highlighter.rehighlightBlock(block) for _ in range(100)]
        results["one line, marks off"].append((now() - t) / 100)
        highlighter.spelling.enabled = True
        clear_caches()
        t = now(); highlighter.rehighlight(); results["whole, marks on (cold)"].append(now() - t)
        t = now(); highlighter.rehighlight(); results["whole, marks on (warm)"].append(now() - t)
        t = now(); [highlighter.rehighlightBlock(block) for _ in range(100)]
        results["one line, marks on"].append((now() - t) / 100)
        clear_caches()
        t = now(); found = misspelled(text); results["check report (cold)"].append(now() - t)
        t = now(); misspelled(text); results["check report (warm)"].append(now() - t)
    base = {"whole": median(results["whole, marks off"]), "one line": median(results["one line, marks off"]),
            "check": median(results["whole, marks off"])}
    rows = []
    for name, values in results.items():
        key = name.split(",")[0].split(" (")[0]
        key = "check" if key.startswith("check") else key
        rows.append([name, fmt_ms(median(values)), fmt_ratio(ratio(median(values), base[key]))])
    print(f"\n{stamp()} · {machine()} · {args.runs} runs · {len(text.split()):,} words, "
          f"{len(found)} words flagged, longest line {len(block.text())} characters\n")
    print(table(["case", "median", "× marks off"], rows,
                title="Spelling marks in the editor (ratios: to the same highlighting without marks)"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

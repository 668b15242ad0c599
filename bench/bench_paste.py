"""Pasting 20,000 words copied from Word into the editor: is it smooth?

Measures, through the real ``MarkdownEditor`` and the real clipboard (offscreen Qt):

- **paste, Word HTML**: Ctrl+V of ~20,000 words as Word puts them on the clipboard
  (CF_HTML with ``mso-`` styles, spans, bold runs, headings, a list, a table), converted
  to Markdown and inserted as one undo step;
- **paste, plain text** (baseline, same run): the same words as plain text;
- **conversion only**: ``html_to_markdown`` on that HTML, without the editor;
- **keystroke after**: one character typed in the middle of the pasted text (the
  editor must stay responsive once the text is in).

Medians of ``--runs`` (default 5) and the ratio to the plain-text paste, printed as a
Markdown table::

    .venv/bin/python bench/bench_paste.py [--words 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import fmt_ratio, log, machine, median, now, stamp, table  # noqa: E402

WORDS = ("ngoại giao công chúng là một bộ phận quan trọng của chính sách đối ngoại Việt Nam "
         "trong thời kỳ hội nhập quốc tế sâu rộng văn hoá báo chí truyền thông").split()


def word_html(words: int, seed: int = 1) -> tuple[str, str]:
    """(CF_HTML as Word writes it, the same text as plain text) of about ``words`` words."""
    rnd = random.Random(seed)
    parts, plain, count, n = [], [], 0, 0
    while count < words:
        n += 1
        w = [rnd.choice(WORDS) for _ in range(75)]
        count += 75
        if n % 20 == 1:
            parts.append(f"<h2><span lang=VI style='mso-ansi-language:VI'>Phần {n}<o:p></o:p></span></h2>")
            plain.append(f"Phần {n}")
        parts.append("<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;line-height:115%'>"
                     f"<span lang=VI style='font-size:13.0pt;line-height:115%;mso-bidi-font-family:Arial'>"
                     f"{' '.join(w[:30])} </span><b><span lang=VI style='font-size:13.0pt'>{' '.join(w[30:34])}"
                     f"</span></b><span lang=VI style='font-size:13.0pt'> {' '.join(w[34:])}<o:p></o:p></span></p>")
        plain.append(" ".join(w))
        if n % 40 == 0:
            parts.append("<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                         "<![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>"
                         "<![endif]><span lang=VI>mục một<o:p></o:p></span></p>")
            parts.append("<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Năm</p></td>"
                         "<td><p class=MsoNormal>Sự kiện</p></td></tr><tr><td>2020</td><td>x</td></tr></table>")
    body = "\n".join(parts)
    html = ("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000000\r\nStartFragment:0000000000\r\n"
            "EndFragment:0000000000\r\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<style>p.MsoNormal{mso-style-parent:\"\";margin:0cm;font-size:11.0pt}</style></head>"
            f"<body lang=VI><!--StartFragment-->{body}<!--EndFragment--></body></html>")
    return html, "\n\n".join(plain)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor_app.core.importing.html_markdown import html_to_markdown
    from editor_app.ui.editor import EditorArea

    app = QApplication.instance() or QApplication([])
    area = EditorArea(store_image=lambda p: p.name)
    area.resize(1000, 800)
    area.show()
    editor = area.editor()
    html, plain = word_html(args.words)
    log(f"{len(html):,} characters of Word HTML, {len(plain.split()):,} words")

    def paste(html_text: str | None) -> float:
        editor.set_markdown("")
        data = QMimeData()
        if html_text is not None:
            data.setHtml(html_text)
        data.setText(plain)
        QGuiApplication.clipboard().setMimeData(data)
        app.processEvents()
        start = now()
        QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()   # the paint and the highlighting of what is visible
        return now() - start

    def keystroke() -> float:
        cursor = editor.textCursor()
        cursor.setPosition(len(editor.markdown()) // 2)
        editor.setTextCursor(cursor)
        app.processEvents()
        start = now()
        QTest.keyClick(editor, Qt.Key.Key_A)
        app.processEvents()
        return now() - start

    results: dict[str, list[float]] = {k: [] for k in ("plain", "word", "convert", "key")}
    words_in = 0
    for run in range(args.runs + 1):   # the first run warms up (imports, fonts)
        plain_s = paste(None)
        word_s = paste(html)
        words_in = len(editor.markdown().split())
        key_s = keystroke()
        convert_s = -now()
        html_to_markdown(html)
        convert_s += now()
        if run:
            for key, value in (("plain", plain_s), ("word", word_s), ("convert", convert_s), ("key", key_s)):
                results[key].append(value)
    base = median(results["plain"])
    rows = [
        ("paste, plain text (baseline)", f"{base * 1000:,.0f}", fmt_ratio(1.0)),
        ("paste, Word HTML", f"{median(results['word']) * 1000:,.0f}", fmt_ratio(median(results["word"]) / base)),
        ("conversion only", f"{median(results['convert']) * 1000:,.0f}", fmt_ratio(median(results["convert"]) / base)),
        ("keystroke after the paste", f"{median(results['key']) * 1000:,.1f}", fmt_ratio(median(results["key"]) / base)),
    ]
    print(f"# Paste of {args.words:,} words from Word ({stamp()}; {machine()})\n")
    print(table(("case", "median ms", "vs plain paste"), rows))
    print(f"\n{words_in:,} words in the editor after the Word paste; {args.runs} runs each.")
    area.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

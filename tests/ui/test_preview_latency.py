"""Keystroke-to-preview latency on a 5,000-word article (target: p95 within 250 ms).

Each sample types a short burst of keystrokes (40 ms apart) into a 5,000-word
article made from the sample articles, stops, and measures from the last
keystroke to the updated page being loaded and positioned in the pane
(``PreviewPane.rendered``). The test bound is looser than the target
(``EDITOR_APP_PREVIEW_P95_MS``, default 500 ms) because the test machine is
shared; the figures are printed (``pytest -s``) for the benchmark.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import dataclasses  # noqa: E402
import html  # noqa: E402
import statistics  # noqa: E402
from pathlib import Path  # noqa: E402

import markdown  # noqa: E402
import pytest  # noqa: E402
import shiboken6  # noqa: E402

from editor_app.core.dto import ArticleData  # noqa: E402
from editor_app.core.text import count_words  # noqa: E402
from editor_app.ui.preview.pane import PreviewPane  # noqa: E402
from editor_app.ui.preview.scheduler import DEFAULT_DEBOUNCE_MS  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
BOUND_MS = float(os.environ.get("EDITOR_APP_PREVIEW_P95_MS", "500"))
SAMPLES_N = 20
WORDS = 5000


def _bodies() -> list[str]:
    bodies = []
    for path in sorted((SAMPLES / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, _, body = text.partition("\n---\n")  # after the front matter
        if body.strip():
            bodies.append(body.strip())
    return bodies


def long_article() -> ArticleData:
    parts, n, bodies = [], 0, _bodies()
    while count_words("\n\n".join(parts)) < WORDS:
        body = bodies[n % len(bodies)]
        parts.append(f"## Phần {n + 1}\n\n{body}")
        n += 1
    body = "\n\n".join(parts)
    return ArticleData(title="Bài dài để đo", slug="bai-dai", language="vi", body=body)


def template_page(data: ArticleData) -> str:
    """A fake-but-realistic page builder: Python-Markdown plus a page template."""
    body = markdown.markdown(data.body, extensions=["tables", "footnotes", "toc", "smarty",
                                                    "def_list", "abbr", "sane_lists"])
    return (f"<!DOCTYPE html><html lang=\"{data.language}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(data.title)}</title><style>body{{max-width:40em;margin:auto;"
            "font:17px/1.6 serif}}</style></head><body><article>"
            f"<h1>{html.escape(data.title)}</h1>{body}</article></body></html>")


def measure(qtbot, build_page, article: ArticleData) -> list[float]:
    from editor_app.ui.operations.tasks import TaskRunner

    runner = TaskRunner("render")
    pane = PreviewPane(build_page, runner=runner)
    pane.resize(900, 700)
    pane.show()
    try:
        with qtbot.waitSignal(pane.rendered, timeout=60_000):
            pane.show_article(article)  # warm-up (starts a render child, if any)
        latencies: list[float] = []
        pane.rendered.connect(latencies.append)
        results = []
        for sample in range(SAMPLES_N):
            latencies.clear()
            body = article.body
            for key in range(5):  # a short burst of typing, then a pause
                body = body + (" đ" if key == 0 else "ư")
                pane.request(dataclasses.replace(article, body=body + f" mốc{sample}"))
                qtbot.wait(40)
            qtbot.waitUntil(lambda s=sample: not pane.scheduler.is_busy()
                            and f"đưưưư mốc{s}" in (pane.current_html() or "")
                            and len(latencies) > 0, timeout=30_000)
            qtbot.wait(30)
            results.append(latencies[-1])
        return results
    finally:
        pane.shutdown()
        pane.close()
        shiboken6.delete(pane)
        runner.shutdown(wait=True)


def report(name: str, values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    print(f"\n{name}: n={len(values)} median={median:.0f} ms p95={p95:.0f} ms "
          f"max={ordered[-1]:.0f} ms")
    return median, p95


def test_latency_with_a_template_page_builder(qtbot):
    article = long_article()
    assert count_words(article.body) >= WORDS
    median, p95 = report("template build_page", measure(qtbot, template_page, article))
    assert median >= DEFAULT_DEBOUNCE_MS  # includes the debounce: the measurement is of the real path
    assert p95 < BOUND_MS


def test_latency_with_the_real_export_page(qtbot, tmp_path):
    export = pytest.importorskip("editor_app.core.publishing.export")
    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.core.library.store import Store

    store = Store.open(tmp_path / "library.sqlite")
    renderer = GuardedRenderer()
    try:
        article = store.create_article(long_article())

        def build_page(data: ArticleData) -> str:
            return export.page_for_article(store, data, renderer.render(data.body,
                                                                        language=data.language))

        assert "Bài dài để đo" in build_page(article)
        median, p95 = report("export.page_for_article + GuardedRenderer",
                             measure(qtbot, build_page, article))
        assert median >= DEFAULT_DEBOUNCE_MS
        assert p95 < BOUND_MS
    finally:
        renderer.close()
        store.close()

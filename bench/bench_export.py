"""Benchmark of the HTML export and of rendering one very long article.

    python bench/bench_export.py                          # generates 1,000 articles if needed
    python bench/bench_export.py --library PATH [--runs 3] [--workers 2]

1. Export throughput: ``export_articles`` of the whole library into a fresh
   folder, ``--runs`` times (target: 1,000 typical articles in <= 20 s on a
   2-core machine, using both cores through the render pool).
2. Page weight: what the template and stylesheet add to each page (page size
   minus the rendered body and the metadata text), target <= 20 KB.
3. A 50,000-word article: ``render_markdown`` (our extensions + sanitizer),
   the guarded renderer (worker process) and the complete page, against bare
   ``markdown.markdown()`` on the same text in the same run, interleaved.

Prints Markdown tables with medians and ratios on stdout, progress on stderr.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    OUT_DIR, fmt_bytes, fmt_ms, fmt_ratio, log, machine, median, now, ratio, stamp, status_mark, table,
)

EXPORT_TARGET_S = 20.0
OVERHEAD_TARGET = 20 * 1024
DEFAULT_LIBRARY = OUT_DIR / "lib-export-1k.sqlite"


def ensure_library(path: Path | None, articles: int) -> Path:
    if path is not None:
        if not path.exists():
            sys.exit(f"no library at {path}")
        return path
    if not DEFAULT_LIBRARY.exists():
        from generate import build_library

        log(f"generating {articles:,} articles into {DEFAULT_LIBRARY}")
        build_library(DEFAULT_LIBRARY, articles)
    return DEFAULT_LIBRARY


def bench_export(store, runs: int, workers: int | None) -> tuple[list[float], list[tuple], int, Path]:
    from editor_app.core.publishing.export import export_articles

    times, cpu, count = [], [], 0
    keep = Path(tempfile.mkdtemp(prefix="bench-export-"))
    for run in range(runs):
        out = keep / f"run{run}"
        before = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
        t0 = now()
        report = export_articles(store, out, all_statuses=True, workers=workers)
        times.append(now() - t0)
        after = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
        cpu.append(tuple(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before)))
        count = len(report.written) - 1
        log(f"  export run {run + 1}: {count:,} pages in {times[-1]:.1f} s (CPU: main {cpu[-1][0]:.1f} s, "
            f"renderers {cpu[-1][1]:.1f} s), {len(report.errors)} errors")
        for failure in report.errors[:5]:
            log(f"    {failure}")
        if run < runs - 1:
            shutil.rmtree(out)
    return times, cpu, count, keep / f"run{runs - 1}"


def page_overheads(store, out: Path, sample: int = 50) -> list[int]:
    """Bytes each page adds beyond its rendered body and metadata text (first ``sample`` pages)."""
    from editor_app.core.publishing.render import render_markdown

    sizes = []
    for article in store.all_articles():
        page = out / f"{article.slug}.html"
        if not page.exists():
            continue
        body = render_markdown(article.body, language=article.language).html
        meta = [article.title, article.subtitle, article.summary, article.source, article.section,
                *article.keywords, *(a.name + a.affiliation for a in article.authors)]
        related = sum(len((v.title + v.summary).encode()) for v in store.related_articles(article) if v.exists)
        sizes.append(page.stat().st_size - len(body.encode()) - sum(len(m.encode()) for m in meta) - related)
        if len(sizes) >= sample:
            break
    return sizes


def long_text(words: int) -> str:
    from generate import Writer, _vocab
    import random

    from editor_app.core.text import count_words

    writer = Writer(_vocab(1), random.Random(50_000))
    parts, total = [], 0
    while total < words:
        body = writer.body(5000)
        parts.append(body)
        total += count_words(body)
    return "\n\n".join(parts)


def bench_long_article(store, words: int, runs: int) -> list[list[str]]:
    import markdown

    from editor_app.core.dto import ArticleData
    from editor_app.core.publishing.export import page_for_article
    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.core.publishing.render import render_markdown
    from editor_app.core.text import count_words

    text = long_text(words)
    log(f"long article: {count_words(text):,} words, {len(text.encode()):,} bytes")
    article = ArticleData(title="Bài rất dài", slug="bai-rat-dai", body=text)
    samples: dict[str, list[float]] = {"bare": [], "render": [], "guarded": [], "page": []}
    with GuardedRenderer(timeout=120) as guarded:
        guarded.render("warm up")
        for _ in range(runs):
            t0 = now(); markdown.markdown(text); samples["bare"].append(now() - t0)
            t0 = now(); rendered = render_markdown(text); samples["render"].append(now() - t0)
            t0 = now(); guarded.render(text); samples["guarded"].append(now() - t0)
            t0 = now(); page_for_article(store, article, rendered); samples["page"].append(now() - t0)
    base = median(samples["bare"])
    names = {"bare": "markdown.markdown() bare (baseline)", "render": "render_markdown (extensions + sanitizer)",
             "guarded": "GuardedRenderer.render (worker process)", "page": "page_for_article (from Rendered)"}
    return [[names[k], fmt_ms(median(v)), fmt_ratio(ratio(median(v), base))] for k, v in samples.items()]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--library", type=Path, help="library to export (default: generate 1,000 articles)")
    p.add_argument("--articles", type=int, default=1000, help="how many to generate when no --library")
    p.add_argument("--runs", type=int, default=3, help="export runs")
    p.add_argument("--workers", type=int, default=None, help="render processes (default: all cores)")
    p.add_argument("--words", type=int, default=50_000, help="size of the long article")
    p.add_argument("--render-runs", type=int, default=5)
    a = p.parse_args(argv)

    from editor_app.core.library.store import Store

    library = ensure_library(a.library, a.articles)
    store = Store.open(library, readonly=True)
    try:
        log(f"exporting {store.count():,} articles from {library}, {a.runs} runs")
        times, cpu, pages, out = bench_export(store, a.runs, a.workers)
        overheads = page_overheads(store, out)
        long_rows = bench_long_article(store, a.words, a.render_runs)
    finally:
        store.close()
    exported = median(times)
    print(f"# Export benchmark, {stamp()}\n\n{machine()}\n")
    print(table(["measure", "median", "target", "status"], [
        [f"export {pages:,} pages (+ index), {a.runs} runs", f"{exported:.2f} s", f"<= {EXPORT_TARGET_S:.0f} s",
         status_mark(exported / max(pages, 1) * 1000, EXPORT_TARGET_S)],
        ["per page", fmt_ms(exported / max(pages, 1)), "", ""],
        ["CPU: main process (pages, writes)", f"{median([c[0] for c in cpu]):.2f} s", "", ""],
        ["CPU: render worker processes", f"{median([c[1] for c in cpu]):.2f} s", "", ""],
        [f"CPU total / {os.cpu_count()} cores (wall time on an idle machine, at best)",
         f"{median([sum(c) for c in cpu]) / (os.cpu_count() or 1):.2f} s", "", ""],
        ["pages per second", f"{pages / exported:,.0f}", "", ""],
        [f"template + CSS per page ({len(overheads)} pages)", fmt_bytes(int(median(overheads))),
         fmt_bytes(OVERHEAD_TARGET), status_mark(max(overheads), OVERHEAD_TARGET)],
        ["largest template + CSS share", fmt_bytes(max(overheads)), "", ""],
    ], "Export throughput and page weight"))
    print(table(["rendering one article", "median", "ratio to bare"], long_rows,
                f"A {a.words:,}-word article, {a.render_runs} interleaved runs"))
    log(f"pages of the last run kept in {out.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

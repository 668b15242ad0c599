"""Bulk import: a whole library of .md files imported into a new library.

    python bench/bench_bulk_import.py [--articles 100000] [--seed 7] [--keep]

Writes N generated articles as ``.md`` files with YAML front matter into
``bench/out/files-<N>-<seed>/`` (once; reused by later runs, not timed), then
imports all of them with ``importer.import_files`` (what ``editor-app import``
runs) into a new library, as an editor moving a journal's archive in would.
The report gives the overall rate, the rate over each tenth of the import (the
library grows from 0 to N, so later tenths write into a larger index), the
CPU time of the writer and of the preparing worker, the writer's peak memory
and the library's size.

Baseline in the same run: the files read and parsed alone (``prepare_files``
of the first tenth, in this process), the floor of any import of these files.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT_DIR, fmt_bytes, log, machine, stamp, table  # noqa: E402


def corpus(n: int, seed: int) -> list[Path]:
    import generate

    folder = OUT_DIR / f"files-{n}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        log(f"writing {n:,} article files into {folder} (once)")
        step = 5000
        for start in range(0, n, step):
            items = list(generate.generate_items(min(step, n - start), seed=seed, start=start, jobs=2))
            sub = folder / f"{start // step:03d}"
            generate.write_article_files(items, sub)
        done.write_text(str(n))
    return sorted(folder.glob("*/*.md"))


def run(files: list[Path], library: Path) -> dict:
    from editor_app.core.importing import importer
    from editor_app.core.importing.prepare import prepare_files
    from editor_app.core.library.store import Store

    n = len(files)
    tenth = n // 10
    t0 = time.perf_counter()
    prepare_files([str(p) for p in files[:tenth]])
    parse_rate = tenth / (time.perf_counter() - t0)

    points: list[tuple[float, int]] = []  # (time, articles written so far)
    original = Store.create_articles

    def counting(self, items, **kw):
        out = original(self, items, **kw)
        points.append((time.perf_counter(), (points[-1][1] if points else 0) + len(items)))
        return out

    Store.create_articles = counting
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        with Store.open(library) as store:
            c0, w0 = time.process_time(), time.perf_counter()
            report = importer.import_files(store, files)
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            count = store.count()
    finally:
        Store.create_articles = original
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    points.insert(0, (w0, 0))
    edges = [next(p for p in points if p[1] >= k * tenth) for k in range(10)] + [points[-1]]
    return {
        "n": n, "imported": len(report.imported), "failed": len(report.failed), "count": count,
        "wall": wall, "rate": n / wall, "writer_cpu": cpu,
        "worker_cpu": children.ru_utime + children.ru_stime - before.ru_utime - before.ru_stime,
        # (with batches of 500, a tenth under ~5,000 articles spans whole batches only)
        "tenths": [(b[1] - a[1]) / (b[0] - a[0]) if b[0] > a[0] else None for a, b in zip(edges, edges[1:])],
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "bytes": library.stat().st_size, "parse_rate": parse_rate,
    }


def render(r: dict, env: str) -> str:
    rows = [
        ["files imported into a new library", f"{r['rate']:,.0f}/s", f"{r['wall']:.1f} s",
         "ok" if r["rate"] >= 1000 else "MISSED"],
        ["baseline: reading + parsing the first tenth only (one process)", f"{r['parse_rate']:,.0f}/s", "", ""],
    ]
    rows += [[f"tenth {i + 1} (library at {i * r['n'] // 10:,} → {(i + 1) * r['n'] // 10:,})",
              f"{rate:,.0f}/s" if rate else "", "", ""] for i, rate in enumerate(r["tenths"])]
    out = [f"## Bulk import: {r['n']:,} files into a new library\n\n{env}",
           table(["measure", "articles/s", "time", "≥ 1,000/s"], rows, "Throughput"),
           f"Imported {r['imported']:,}, failed {r['failed']}, articles in the library {r['count']:,}. "
           f"CPU: writer {r['writer_cpu']:.1f} s, preparing worker {r['worker_cpu']:.1f} s "
           f"(wall {r['wall']:.1f} s on 2 cores). Writer peak memory {fmt_bytes(r['peak_rss'])}; "
           f"library {fmt_bytes(r['bytes'])}."]
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--keep", action="store_true", help="keep the imported library")
    a = p.parse_args(argv)
    files = corpus(a.articles, a.seed)
    library = OUT_DIR / f"bulk-{a.articles}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    load0 = os.getloadavg()
    log(f"importing {len(files):,} files")
    r = run(files, library)
    env = (f"{stamp()} on {machine()}; load average {load0[0]:.1f} at start, "
           f"{os.getloadavg()[0]:.1f} at end")
    print(render(r, env))
    (OUT_DIR / f"bulk-{a.articles}.json").write_text(json.dumps(r, indent=1))
    if not a.keep:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{library}{suffix}").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

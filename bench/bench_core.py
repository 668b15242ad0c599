"""Benchmarks of the library core: import, open + first page, search, file size.

    python bench/bench_core.py --library bench/out/lib-10k.sqlite
    python bench/bench_core.py --articles 10000          # generate first if missing
    python bench/bench_core.py --articles 10000 --only cli  # the command line (see _cli.py)
    python bench/bench_core.py --articles 100000 --postgres auto  # and on PostgreSQL (see _pg.py)

Prints Markdown tables (medians, p95, ratios to bare SQLite baselines) on
stdout, progress on stderr, and writes the figures as JSON beside the library
(``<library>.bench.json``) unless ``--json`` names another file.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _cli import bench_cli, render_cli  # noqa: E402
from _common import (  # noqa: E402
    OUT_DIR, fmt_bytes, fmt_ms, fmt_ratio, load, log, machine, median, now, p95, ratio, stamp,
    status_mark, summary, table,
)

TARGET_OPEN = 0.100      # s, open + first page at 100k
TARGET_SEARCH_P95 = 0.050  # s, search p95 at 100k
TARGET_IMPORT = 1000.0   # articles/s at 100k
PREFIXES = ("ng", "ch", "tr", "th", "ph", "nh", "kh", "gi", "qu", "đô", "đa", "vi", "ba", "ho",
            "ma", "cô", "xã", "lu", "hi", "tô", "ti", "mi", "ki", "sư", "bả", "dư", "hộ", "ưu", "ân", "lý")
NOHIT = ("zqxw", "blockchainx", "qwrtp lkj", "xyz 123 abc", "jjjj", "wkrp", "fffq zzz", "pqpq",
         "kvxm", "zzyzx")
PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
from editor_app.core.library.store import Store
if len(sys.argv) > 2:
    sys.path.insert(0, sys.argv[2].rsplit("/", 1)[0])
    __import__(sys.argv[2].rsplit("/", 1)[1][:-3]).apply()
t1 = time.perf_counter()
store = Store.open(sys.argv[1])
t2 = time.perf_counter()
ids = store.list_ids(sort="updated")
t3 = time.perf_counter()
rows = store.rows(ids[:50])
t4 = time.perf_counter()
fut = getattr(getattr(store, "_opened", None), "integrity", None)
bg = fut is not None and not fut.done()
if fut is not None:
    fut.result()
t5 = time.perf_counter()
assert len(rows) == min(50, len(ids))
store.close()
print(json.dumps({"imports": t1 - t0, "open": t2 - t1, "list_ids": t3 - t2, "rows": t4 - t3,
                  "first_page": t4 - t2, "total": t4 - t1, "check_done": t5 - t1,
                  "background_check": bg, "n_ids": len(ids)}))
"""
BARE_PROBE = r"""
import json, sqlite3, sys, time
t0 = time.perf_counter()
c = sqlite3.connect(sys.argv[1])
c.execute("SELECT id FROM articles ORDER BY updated_at DESC LIMIT 50").fetchall()
t1 = time.perf_counter()
c.execute("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC").fetchall()
t2 = time.perf_counter()
print(json.dumps({"bare_first50": t1 - t0, "bare_all_live_ids": t2 - t1}))
"""


# -- open + first page (fresh process each run) -------------------------------------
PATCH: Path | None = None  # --patch: a module whose apply() monkeypatches the store


def load_patch(path: Path) -> None:
    """Import ``path`` and call its ``apply()`` (to measure a proposed change)."""
    global PATCH
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    module.apply()
    PATCH = path.resolve()


def _probe(code: str, path: Path, cold: bool) -> dict:
    if cold:
        subprocess.run(["sync"], check=False)
        try:
            Path("/proc/sys/vm/drop_caches").write_text("1\n")
        except OSError:
            pass
    extra = [str(PATCH)] if PATCH and code is PROBE else []
    out = subprocess.run([sys.executable, "-c", code, str(path), *extra], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_open(path: Path, runs: int, cold: bool = False) -> dict:
    log(f"open + first page: {runs} fresh processes{' (cold cache)' if cold else ''}")
    _probe(PROBE, path, False)  # one untimed run (first access after generation)
    app = [_probe(PROBE, path, cold) for _ in range(runs)]
    bare = [_probe(BARE_PROBE, path, cold) for _ in range(runs)]
    med = {k: median([r[k] for r in app]) for k in app[0] if k != "background_check"}
    med.update({k: median([r[k] for r in bare]) for k in bare[0]})
    med["background_check"] = any(r["background_check"] for r in app)
    med["runs"] = runs
    return med


def bench_sorts(path: Path, runs: int = 3) -> dict:
    """Warm, in-process list_ids per sort key, and with a status filter."""
    from editor_app.core.library.store import Store
    from editor_app.core.library.queries import SORT_COLUMNS

    out = {}
    with Store.open(path) as store:
        _wait_for_check(store)  # not racing the background quick_check
        for key in SORT_COLUMNS:
            out[key] = median(repeat_ms(lambda: store.list_ids(sort=key), runs))
        out["updated, status=draft"] = median(repeat_ms(lambda: store.list_ids(status="draft"), runs))
    return out


def _wait_for_check(store) -> None:
    """Wait for the integrity check of a large library (run in the background by db.py)."""
    fut = getattr(getattr(store, "_opened", None), "integrity", None)
    if fut is not None:
        fut.result()


def repeat_ms(fn, runs: int) -> list[float]:
    fn()
    times = []
    for _ in range(runs):
        t0 = now()
        fn()
        times.append(now() - t0)
    return times


# -- search ------------------------------------------------------------------------
def make_queries(store, n: int, seed: int) -> list[tuple[str, str]]:
    """(class, query) pairs sampled from the library itself."""
    from editor_app.core.text import fold

    rng = random.Random(seed)
    ids = store.list_ids(sort="created")
    per = max(1, n // 8)
    sample = [store.get_article(i) for i in rng.sample(ids, min(len(ids), per * 3))]
    titles = [a.title.replace(":", "").split() for a in sample]
    titles = [t for t in titles if len(t) >= 3]
    phrases = []
    for words in titles:
        k = rng.choice((2, 3))
        s = rng.randrange(0, len(words) - k + 1)
        phrases.append(" ".join(words[s:s + k]))
    qs = [("prefix2", p) for p in (PREFIXES * per)[:per]]
    qs += [("word", rng.choice([w for w in rng.choice(titles) if len(w) > 1])) for _ in range(per)]
    qs += [("phrase", p) for p in phrases[:per]]
    qs += [("folded", fold(p)) for p in phrases[per:2 * per]]
    qs += [("upper", p.upper()) for p in phrases[2 * per:3 * per]]
    qs += [("author", rng.choice(a.authors).name) for a in sample[:per] if a.authors]
    qs += [("keyword", rng.choice(a.keywords)) for a in sample[per:2 * per] if a.keywords]
    qs += [("nohit", q) for q in (NOHIT * per)[:per]]
    rng.shuffle(qs)
    return qs


def bench_search(path: Path, n_queries: int, seed: int, search_fn=None) -> dict:
    """Latency of what the list calls, ``Store.list_ids(search_text=q)`` (which ranks with
    ``Store.search``), or of ``search_fn(store, q)``, per query and class."""
    from editor_app.core.library import search_fts5 as fts
    from editor_app.core.library.store import Store

    store = Store.open(path)
    try:
        queries = make_queries(store, n_queries, seed)
        fn = search_fn or (lambda st, q: st.list_ids(search_text=q))
        for _, q in queries[:20]:
            fn(store, q)  # warm-up
        log(f"search: {len(queries)} queries")
        times, hits = [], []
        for _, q in queries:
            t0 = now()
            found = fn(store, q)
            times.append(now() - t0)
            hits.append(len(found))
    finally:
        store.close()
    bare = _bare_search(path, [fts.match_expression(q) for _, q in queries])
    report = _search_report(queries, times, hits, bare)
    report["queries"] = queries
    return report


def _bare_search(path: Path, exprs: list[str | None]) -> dict[str, list[float]]:
    """Bare FTS5 MATCH (all rowids, unranked) and ranked top 50, per query."""
    conn = sqlite3.connect(path)
    out: dict[str, list[float]] = {"match": [], "rank50": []}
    try:
        for kind, sql in (("match", "SELECT rowid FROM article_search WHERE article_search MATCH ?"),
                          ("rank50", "SELECT rowid FROM article_search WHERE article_search MATCH ? "
                                     "ORDER BY rank LIMIT 50")):
            for e in exprs:
                t0 = now()
                if e:
                    conn.execute(sql, (e,)).fetchall()
                out[kind].append(now() - t0)
    finally:
        conn.close()
    return out


def _search_report(queries, times, hits, bare) -> dict:
    classes: dict[str, list[int]] = {}
    for i, (cls, _) in enumerate(queries):
        classes.setdefault(cls, []).append(i)
    by_class = {}
    for cls, idx in sorted(classes.items()):
        t = [times[i] for i in idx]
        by_class[cls] = {**summary(t), "hits_median": median([hits[i] for i in idx]),
                         "bare_match_median": median([bare["match"][i] for i in idx]),
                         "bare_rank50_median": median([bare["rank50"][i] for i in idx]),
                         "example": queries[idx[0]][1]}
    slowest = sorted(range(len(times)), key=lambda i: -times[i])[:5]
    return {"all": {**summary(times), "bare_match_median": median(bare["match"]),
                    "bare_match_p95": p95(bare["match"]), "bare_rank50_median": median(bare["rank50"])},
            "by_class": by_class,
            "slowest": [(queries[i][0], queries[i][1], times[i], hits[i]) for i in slowest]}


# -- import ------------------------------------------------------------------------
def bench_import(n: int, runs: int, seed: int, at_size: Path | None) -> dict:
    """Articles/s of create_articles batches and of import_files, fresh and at size.

    Every run imports articles of its own seed, so no run's slugs clash with an
    earlier run's (a clash takes the slower suffix path; that is not measured here).
    """
    import generate
    from editor_app.core.importing.importer import import_files
    from editor_app.core.library.store import Store

    work = Path(tempfile.mkdtemp(prefix="bench-import-", dir=OUT_DIR))
    made = iter(range(10**6))

    def fresh_items() -> list[dict]:
        return list(generate.generate_items(n, seed=seed + 1000 + next(made), start=0, jobs=1))

    def api(store: Store) -> tuple[float, float]:
        items = fresh_items()
        batches = [[generate.to_article_data(it, []) for it in items[s:s + 200]] for s in range(0, n, 200)]
        t0, c0 = now(), time.process_time()
        for b in batches:
            store.create_articles(b, reason="imported")
        return now() - t0, time.process_time() - c0

    def files_(store: Store) -> tuple[float, float]:
        shutil.rmtree(work / "files", ignore_errors=True)
        files = generate.write_article_files(fresh_items(), work / "files")  # writing: not timed
        t0, c0 = now(), time.process_time()
        report = import_files(store, files)
        dt, cpu = now() - t0, time.process_time() - c0
        assert not report.failed, report.failed[:3]
        return dt, cpu

    def rates(name: str, secs: list[tuple[float, float]], where: str) -> None:
        res[f"{name}_{where}_rate"] = n / median([w for w, _ in secs])
        res[f"{name}_{where}_cpu_rate"] = n / median([c for _, c in secs])
        res[f"{name}_{where}_rates"] = [round(n / w) for w, _ in secs]

    res: dict = {"n": n, "runs": runs}
    try:
        for name, fn in (("api", api), ("files", files_)):
            secs = []
            for r in range(runs):
                with Store.open(work / f"{name}-{r}.sqlite") as st:
                    secs.append(fn(st))
            rates(name, secs, "fresh")
            log(f"import {name} into a fresh library: {res[f'{name}_fresh_rate']:.0f} articles/s")
        if at_size is not None:
            copy = work / "at-size.sqlite"
            shutil.copyfile(at_size, copy)
            with Store.open(copy) as st:
                _wait_for_check(st)  # a write waits for the background quick_check: not timed
                res["at_size_articles"] = st.count()
                # api and files runs alternate on the same copy, which grows by n each run;
                # the search index merges its segments at unpredictable moments: medians
                secs: dict[str, list] = {"api": [], "files": []}
                for _ in range(runs):
                    for name, fn in (("api", api), ("files", files_)):
                        secs[name].append(fn(st))
                for name in secs:
                    rates(name, secs[name], "at_size")
                res["at_size_articles_end"] = st.count()
            log(f"import at {res['at_size_articles']:,}: api {res['api_at_size_rates']}/s, "
                f"files {res['files_at_size_rates']}/s")
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- report ------------------------------------------------------------------------
def render(r: dict) -> str:
    lib, out = r["library"], []
    out.append(f"## Core benchmarks: {lib['count']:,} articles ({fmt_bytes(lib['bytes'])})\n\n"
               f"{r['date']} on {r['machine']}; load average {r['load']}; library `{lib['path']}`"
               + (f"; **patched with `{r['patch']}`**" if r.get("patch") else ""))
    if "import" in r:
        im = r["import"]
        def rate(key: str, target: bool = False) -> list[str]:
            wall, cpu = im[f"{key}_rate"], im[f"{key}_cpu_rate"]
            mark = status_mark(wall, TARGET_IMPORT, lower_is_better=False) if target else ""
            each = ", ".join(f"{x:,}" for x in im.get(f"{key}_rates", []))
            return [f"{wall:,.0f}/s", each, f"{cpu:,.0f}/s", mark]

        rows = [["create_articles (batches of 200), fresh library", *rate("api_fresh")],
                ["import_files (.md + front matter), fresh library", *rate("files_fresh")]]
        if "api_at_size_rate" in im:
            n = f"{im['at_size_articles']:,}"
            grown = f" (growing to {im['at_size_articles_end']:,})" if "at_size_articles_end" in im else ""
            rows += [[f"create_articles into the {n}-article library{grown}", *rate("api_at_size", True)],
                     [f"import_files into the {n}-article library{grown}", *rate("files_at_size", True)]]
        if lib.get("generator"):
            g = lib["generator"]
            rows.append([f"generator build ({g['added']:,} via create_articles, when the library was made; last 10%)",
                         f"{g['import_rate']:,.0f}/s ({g['import_rate_last_10pct']:,.0f}/s)", "", "", ""])
        out.append(table(["import", f"articles/s wall (n={im['n']}, median of {im['runs']})", "each run",
                          "articles/s of CPU time", "≥ 1,000/s"], rows, "Import throughput"))
    if "open" in r:
        o = r["open"]
        rows = [["Store.open (incl. integrity check" + (", in background)" if o["background_check"] else ")"),
                 fmt_ms(o["open"]), ""],
                ["list_ids(sort='updated') (all ids)", fmt_ms(o["list_ids"]), ""],
                ["rows(first 50)", fmt_ms(o["rows"]), ""],
                ["open + first page", fmt_ms(o["total"]), status_mark(o["total"], TARGET_OPEN)],
                ["(integrity check finished)", fmt_ms(o["check_done"]), ""],
                ["(python imports of the store, not counted)", fmt_ms(o["imports"]), ""],
                ["baseline: sqlite3 connect + first 50 by updated_at", fmt_ms(o["bare_first50"]),
                 fmt_ratio(ratio(o["total"], o["bare_first50"])) + " (app/bare)"],
                ["baseline: all live ids by updated_at (bare SQL)", fmt_ms(o["bare_all_live_ids"]), ""]]
        out.append(table(["step", f"median of {o['runs']} fresh processes", "≤ 100 ms"], rows,
                         "Open and first page of the list"))
    if "sorts" in r:
        out.append(table(["list_ids sort key", "median (warm, in-process)"],
                         [[k, fmt_ms(v)] for k, v in r["sorts"].items()], "Article list by sort key"))
    if "search" in r:
        s = r["search"]
        a = s["all"]
        rows = [["all", a["n"], fmt_ms(a["median"]), fmt_ms(a["p95"]), fmt_ms(a["max"]), "",
                 fmt_ms(a["bare_match_median"]), fmt_ratio(ratio(a["median"], a["bare_match_median"])), ""]]
        for cls, c in s["by_class"].items():
            rows.append([cls, c["n"], fmt_ms(c["median"]), fmt_ms(c["p95"]), fmt_ms(c["max"]),
                         f"{c['hits_median']:,.0f}", fmt_ms(c["bare_match_median"]),
                         fmt_ratio(ratio(c["median"], c["bare_match_median"])), f"`{c['example']}`"])
        out.append(table(["class", "n", "median", "p95", "max", "hits (median)", "bare MATCH median",
                          "ratio", "example"], rows, "Search (list_ids(search_text=q) → Store.search): "
                          f"p95 target ≤ 50 ms — "
                          f"{status_mark(a['p95'], TARGET_SEARCH_P95)}"))
        out.append("\nSlowest: " + "; ".join(f"`{q}` ({cls}) {fmt_ms(t)}, {h:,} hits"
                                             for cls, q, t, h in s["slowest"]))
    if "cli" in r:
        out.append(table(["command (fresh process, output to a file)", f"median of {r['cli']['runs']}",
                          "over --version", "ratio", "peak RSS", "output", "target"],
                         render_cli(r["cli"]), "Command line"))
    if "postgres" in r:
        out.append(render_postgres(r))
    return "\n".join(out) + "\n"


def bench_postgres(a, path: Path, count: int, only: set, queries) -> dict:
    """open + first page, search and import on a server copy of the library (``_pg.py``)."""
    import _pg

    server = _pg.Server(a.postgres)
    try:
        out: dict = {"server": server.version()}
        url, out["copy_seconds"] = _pg.library_copy(server, path, count)
        if "open" in only:
            # the driver and its dialect are imported before the clock starts, as SQLite's are
            # with the store (import times are reported apart, not counted, for both)
            out["open"] = _pg.bench_open(url, a.runs, PROBE.replace(
                "from editor_app.core.library.store import Store",
                "from editor_app.core.library.store import Store\nimport psycopg, sqlalchemy.dialects.postgresql.psycopg"))
        if "search" in only:
            if queries is None:
                from editor_app.core.library.store import Store

                with Store.open(path, readonly=True) as store:
                    queries = make_queries(store, a.queries, a.seed)
            out["search"] = _pg.bench_search(url, queries)
        if "import" in only:
            out["import"] = _pg.bench_import(server, url, a.import_n, a.import_runs, a.seed)
        return out
    finally:
        server.close()


def render_postgres(r: dict) -> str:
    """SQLite and PostgreSQL side by side, with the targets."""
    pg, rows = r["postgres"], []
    if "open" in pg and "open" in r:
        o, q = r["open"], pg["open"]
        rows.append(["open + first page (fresh process)", fmt_ms(o["total"]), fmt_ms(q["total"]),
                     fmt_ratio(ratio(q["total"], q["bare_first50"])) + " of bare psycopg",
                     status_mark(q["total"], TARGET_OPEN) + " ≤ 100 ms"])
        rows.append(["  bare: connect + first 50 ids", fmt_ms(o["bare_first50"]), fmt_ms(q["bare_first50"]), "", ""])
        rows.append(["  (imports of the store and driver, not counted)", fmt_ms(o["imports"]), fmt_ms(q["imports"]),
                     "", ""])
    if "search" in pg and "search" in r:
        s, q = r["search"]["all"], pg["search"]["all"]
        rows.append(["search median", fmt_ms(s["median"]), fmt_ms(q["median"]),
                     fmt_ratio(ratio(q["median"], q["bare_match_median"])) + " of bare match", ""])
        rows.append(["search p95", fmt_ms(s["p95"]), fmt_ms(q["p95"]), "",
                     status_mark(q["p95"], TARGET_SEARCH_P95) + " ≤ 50 ms"])
        rows.append(["  bare match median", fmt_ms(s["bare_match_median"]), fmt_ms(q["bare_match_median"]), "", ""])
    if "import" in pg:
        i, q = r.get("import", {}), pg["import"]
        for key, label in (("api_fresh", "import create_articles, empty library"),
                           ("files_fresh", "import .md files, empty library"),
                           ("api_at_size", "import create_articles, at size"),
                           ("files_at_size", "import .md files, at size")):
            if f"{key}_rate" in q:
                mark = status_mark(q[f"{key}_rate"], TARGET_IMPORT, lower_is_better=False) + " ≥ 1,000/s" \
                    if "at_size" in key else ""
                here = i.get(f"{key}_rate")
                if "at_size" in key:
                    label += f" ({q['at_size_articles']:,} growing to {q['at_size_articles_end']:,})"
                rows.append([label, f"{here:,.0f}/s" if here else "", f"{q[f'{key}_rate']:,.0f}/s",
                             fmt_ratio(ratio(q[f"{key}_rate"], here)) + " of SQLite" if here else "", mark])
    if pg.get("copy_seconds"):
        rows.append(["editor-app copy of the library to the server", "", f"{pg['copy_seconds']:.0f} s", "", ""])
    return table(["figure", "SQLite file", f"PostgreSQL {pg['server']}", "ratio", "target (PostgreSQL)"],
                 rows, "SQLite and PostgreSQL, same library, same run")


def resolve_library(args) -> Path:
    if args.library:
        return args.library
    path = OUT_DIR / f"lib-{args.articles // 1000}k.sqlite" if args.articles >= 1000 \
        else OUT_DIR / f"lib-{args.articles}.sqlite"
    if not path.exists():
        import generate
        log(f"generating {args.articles:,} articles into {path}")
        generate.build_library(path, args.articles, seed=args.seed)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--library", type=Path, help="an existing library file")
    src.add_argument("--articles", type=int, help="use (or generate) bench/out/lib-<N>.sqlite")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=7, help="fresh processes for the open bench")
    p.add_argument("--queries", type=int, default=240, help="search queries (8 classes)")
    p.add_argument("--import-n", type=int, default=10_000,
                   help="articles per import run (a bulk import: the worker's start is amortised)")
    p.add_argument("--import-runs", type=int, default=3)
    p.add_argument("--no-import-at-size", action="store_true", help="skip importing into a copy")
    p.add_argument("--only", choices=("import", "open", "search", "cli"), action="append")
    p.add_argument("--cold", action="store_true", help="drop the OS page cache before each open")
    p.add_argument("--json", type=Path, help="where to write the figures")
    p.add_argument("--patch", type=Path, help="module whose apply() monkeypatches the store first")
    p.add_argument("--postgres", metavar="URL|auto",
                   help="the same figures on a team library: a server URL that may create databases, "
                        "or 'auto' for a private cluster (scripts/pg-cluster.sh)")
    a = p.parse_args(argv)
    if a.patch:
        load_patch(a.patch)
    path = resolve_library(a)
    only = set(a.only or ("import", "open", "search", "cli"))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
        count = c.execute("SELECT count(*) FROM articles WHERE deleted_at IS NULL").fetchone()[0]
    meta = path.with_suffix(".meta.json")
    r = {"date": stamp(), "machine": machine(), "load_start": load(),
         "patch": str(a.patch) if a.patch else None,
         "library": {"path": str(path), "count": count, "bytes": path.stat().st_size,
                     "generator": json.loads(meta.read_text()) if meta.exists() else None}}
    OUT_DIR.mkdir(exist_ok=True)
    if "import" in only:
        r["import"] = bench_import(a.import_n, a.import_runs, a.seed,
                                   None if a.no_import_at_size else path)
    if "open" in only:
        r["open"] = bench_open(path, a.runs, a.cold)
        r["sorts"] = bench_sorts(path)
    if "search" in only:
        r["search"] = bench_search(path, a.queries, a.seed)
    if "cli" in only:
        r["cli"] = bench_cli(path, a.runs)
    if a.postgres:
        r["postgres"] = bench_postgres(a, path, count, only, r.get("search", {}).get("queries"))
    r["load"] = f"{r.pop('load_start')} at start, {load()} at end"
    print(render(r))
    (a.json or path.with_suffix(".bench.json")).write_text(json.dumps(r, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The same core figures on a team library (PostgreSQL), for ``bench_core.py --postgres``.

The server is the one given (an admin URL that may create databases), or with ``auto`` a
private cluster started by ``scripts/pg-cluster.sh`` (stopped at the end). The library
under test is a copy of the SQLite library made with ``editor-app copy`` (the program's
own path from a file to a server: every row, then the search index built by the
program), kept between runs as database ``bench_<N>`` when its count matches.

Figures, each beside a bare baseline measured in the same run:
- open + first page: a fresh process opens the URL, lists all ids, reads the first 50
  rows (bare: psycopg connect + the first 50 ids by updated_at);
- search: the list's search (``Store.list_ids(search_text=q)``) on the queries of the
  SQLite run (bare: the tsquery match alone, unranked, through psycopg);
- import: ``create_articles`` batches and ``import_files``, into an empty database and
  into the library at size.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from _common import log, median, now, summary

REPO = Path(__file__).resolve().parents[1]


class Server:
    """An admin URL, and the private cluster behind it when this run started one."""

    def __init__(self, spec: str):
        self.folder = None
        if spec == "auto":
            out = subprocess.run(["bash", str(REPO / "scripts" / "pg-cluster.sh"), "start"], check=True,
                                 capture_output=True, text=True).stdout
            env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
            self.admin, self.folder = env["EDITOR_APP_TEST_PG"], env["PG_CLUSTER_DIR"]
            log(f"postgres: private cluster at {self.admin}")
        else:
            self.admin = spec

    def url(self, db: str) -> str:
        return self.admin.rsplit("/", 1)[0] + "/" + db

    def execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as conn:
            for s in statements:
                conn.execute(s)

    def fresh(self, db: str) -> str:
        self.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", f"CREATE DATABASE {db}")
        return self.url(db)

    def version(self) -> str:
        import psycopg

        with psycopg.connect(self.admin) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]

    def close(self) -> None:
        if self.folder:
            subprocess.run(["bash", str(REPO / "scripts" / "pg-cluster.sh"), "stop", self.folder], check=False)


def library_copy(server: Server, sqlite_path: Path, count: int) -> tuple[str, float | None]:
    """The server copy of ``sqlite_path`` (made now, or kept from an earlier run); seconds to copy."""
    from editor_app.core.library.copying import copy_library
    from editor_app.core.library.store import Store

    db = f"bench_{count}"
    url = server.url(db)
    try:
        with Store.open(url, readonly=True) as s:
            if s.count() == count:
                log(f"postgres: reusing {db} ({count:,} articles)")
                return url, None
    except Exception:  # noqa: BLE001 - missing or different: made again
        pass
    server.fresh(db)
    log(f"postgres: copying {count:,} articles into {db} (editor-app copy)")
    t0 = now()
    copy_library(sqlite_path, url)
    seconds = now() - t0
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return url, seconds


BARE_OPEN = r"""
import json, sys, time
import psycopg
t0 = time.perf_counter()
c = psycopg.connect(sys.argv[1])
c.execute("SELECT id FROM articles ORDER BY updated_at DESC LIMIT 50").fetchall()
t1 = time.perf_counter()
c.execute("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC").fetchall()
t2 = time.perf_counter()
print(json.dumps({"bare_first50": t1 - t0, "bare_all_live_ids": t2 - t1}))
"""


def bench_open(url: str, runs: int, probe: str) -> dict:
    def run(code: str) -> dict:
        import json

        out = subprocess.run([sys.executable, "-c", code, url], check=True, capture_output=True, text=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    log(f"postgres: open + first page, {runs} fresh processes")
    run(probe)
    app = [run(probe) for _ in range(runs)]
    bare = [run(BARE_OPEN) for _ in range(runs)]
    med = {k: median([r[k] for r in app]) for k in app[0] if k != "background_check"}
    med.update({k: median([r[k] for r in bare]) for k in bare[0]})
    med["runs"] = runs
    return med


def bench_search(url: str, queries: list[tuple[str, str]]) -> dict:
    """The list's search on the server, per query, beside the bare tsquery match."""
    import psycopg

    from editor_app.core.library.search_pg import tsquery
    from editor_app.core.library.store import Store

    times, hits = [], []
    with Store.open(url) as store:
        for _, q in queries[:20]:
            store.list_ids(search_text=q)
        log(f"postgres: search, {len(queries)} queries")
        for _, q in queries:
            t0 = now()
            found = store.list_ids(search_text=q)
            times.append(now() - t0)
            hits.append(len(found))
    bare = []
    with psycopg.connect(url) as conn:
        for _, q in queries:
            expr = tsquery(q)
            t0 = now()
            if expr:
                conn.execute("SELECT article_id FROM article_search WHERE doc @@ to_tsquery('simple', %s)",
                             (expr,)).fetchall()
            bare.append(now() - t0)
    return {"all": {**summary(times), "bare_match_median": median(bare)},
            "hits_median": median(hits)}


def bench_import(server: Server, url: str, n: int, runs: int, seed: int) -> dict:
    """Articles/s of create_articles (batches of 200) and import_files, into an empty
    database and into the library at size (which grows by n each run)."""
    import shutil
    import tempfile

    import generate
    from editor_app.core.importing.importer import import_files
    from editor_app.core.library.store import Store

    work = Path(tempfile.mkdtemp(prefix="bench-pg-import-"))
    made = iter(range(10**6))

    def items():
        return list(generate.generate_items(n, seed=seed + 5000 + next(made), start=0, jobs=1))

    def api(store) -> float:
        its = items()
        batches = [[generate.to_article_data(it, []) for it in its[s:s + 200]] for s in range(0, n, 200)]
        t0 = now()
        for b in batches:
            store.create_articles(b, reason="imported")
        return now() - t0

    def files(store) -> float:
        shutil.rmtree(work / "files", ignore_errors=True)
        paths = generate.write_article_files(items(), work / "files")
        t0 = now()
        report = import_files(store, paths)
        assert not report.failed, report.failed[:3]
        return now() - t0

    res: dict = {"n": n, "runs": runs}
    try:
        for name, fn in (("api", api), ("files", files)):
            secs = []
            for r in range(runs):
                with Store.open(server.fresh(f"bench_import_{r}")) as st:
                    secs.append(fn(st))
            res[f"{name}_fresh_rate"] = n / median(secs)
            res[f"{name}_fresh_rates"] = [round(n / s) for s in secs]
        with Store.open(url) as st:
            res["at_size_articles"] = st.count()
            secs = {"api": [], "files": []}
            for _ in range(runs):
                for name, fn in (("api", api), ("files", files)):
                    secs[name].append(fn(st))
            for name, s in secs.items():
                res[f"{name}_at_size_rate"] = n / median(s)
                res[f"{name}_at_size_rates"] = [round(n / x) for x in s]
            res["at_size_articles_end"] = st.count()
        log(f"postgres import: {res}")
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for r in range(runs):
            server.execute(f"DROP DATABASE IF EXISTS bench_import_{r} WITH (FORCE)")

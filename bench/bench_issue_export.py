"""Exporting a 20-article issue in the three formats, from the command line.

    python bench/bench_issue_export.py [--articles 20] [--runs 3]

A library of generated articles (``generate.py``: typical length, authors with
ORCID iDs, keywords, related articles), all published with a date and put in one
issue; then ``editor-app export --issue KEY --format html|jats|pdf`` as a user runs
it, each a fresh process, interleaved ``--runs`` times. Beside them in the same
run, the bare ``editor-app --version`` (the interpreter and imports: the floor).
Prints a Markdown table: the median wall time of each format, its ratio to the
HTML export, and the files written.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fmt_ms, fmt_ratio, log, machine, median, now, ratio, stamp, table  # noqa: E402


def make_issue(folder: Path, articles: int) -> tuple[Path, str]:
    from generate import build_library

    from editor_app.core.dto import ProfileData
    from editor_app.core.library import issues
    from editor_app.core.library.store import Store

    path = folder / "issue-library.sqlite"
    build_library(path, articles, jobs=1)
    with Store.open(path) as store:
        store.set_profile(ProfileData(name="Tạp chí Thử nghiệm", issn="2815-6315", publisher="NXB Thử nghiệm",
                                      base_url="https://tapchi.example.vn/"))
        slugs = []
        for article in store.all_articles():
            article.status = "published"
            article.published_on = article.published_on or date(2026, 12, 1)
            article.related = [s for s in article.related if store.get_by_slug(s) is not None]
            for author in article.authors:
                from editor_app.core.validate import orcid_problem

                if orcid_problem(author.orcid):
                    author.orcid = ""
            article.doi = ""
            store.save_article(article)
            slugs.append(article.slug)
        key = issues.create(store, "12", "4", 2026, "Số thử nghiệm").key
        issues.add(store, key, slugs)
    return path, key


def run(args: list[str]) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = now()
    proc = subprocess.run([sys.executable, "-m", "editor_app.cli", *args], capture_output=True, env=env)
    seconds = now() - t0
    if proc.returncode != 0:
        log(proc.stderr.decode(errors="replace")[-2000:])
    return seconds, proc.returncode


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=20)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-issue-") as tmp:
        folder = Path(tmp)
        log(f"generating {a.articles} articles and an issue")
        library, key = make_issue(folder, a.articles)
        times: dict[str, list[float]] = {"--version": [], "html": [], "jats": [], "pdf": []}
        files: dict[str, int] = {}
        for r in range(a.runs):
            times["--version"].append(run(["--version"])[0])
            for fmt in ("html", "jats", "pdf"):
                out = folder / f"{fmt}-{r}"
                seconds, code = run(["--library", str(library), "export", "--issue", key, "--format", fmt,
                                     "--out", str(out)])
                if code != 0:
                    sys.exit(f"export --format {fmt} failed ({code})")
                times[fmt].append(seconds)
                files[fmt] = sum(1 for f in out.rglob("*") if f.is_file())
                log(f"run {r + 1}: {fmt} {seconds:.2f} s")
        base = median(times["html"])
        rows = [[name, fmt_ms(median(v)), fmt_ratio(ratio(median(v), base)), files.get(name, "")]
                for name, v in times.items()]
        print(f"# Exporting a {a.articles}-article issue ({stamp()}; {machine()})\n")
        print(table(["command", f"median of {a.runs}", "× html", "files written"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

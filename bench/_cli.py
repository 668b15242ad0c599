"""The command line at scale, for ``bench_core.py --only cli``.

Each figure is a fresh ``python -m editor_app.cli`` process, timed from start
to exit with its output going to a file (as ``> out.json``), next to the same
number of bare ``--version`` calls in the same run (the interpreter's start
and the CLI's imports: the baseline the targets are measured from). Peak
memory is the process's maximum resident set (``wait4``; it counts the
benchmark's own few MB too, which it had when it started the process, so
the output is checked in a process of its own). Linux/macOS only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import fmt_ms, log, median, now

TARGET_LIST_OVER_VERSION = 0.400  # s, list --json on 10k articles
TARGET_SEARCH_OVER_VERSION = 0.300  # s, list --search X --json
SEARCH = "đổi mới"


def _run(args: list[str], out_path: Path) -> tuple[float, int, int]:
    """(seconds, exit status, peak RSS in bytes) of one CLI process."""
    with open(out_path, "wb") as out:
        t0 = now()
        proc = subprocess.Popen([sys.executable, "-m", "editor_app.cli", *args],
                                stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = now() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return seconds, proc.returncode, peak


def _count_items(path: Path) -> int:
    """The length of the JSON array in ``path`` (parsed in another process: this one stays small)."""
    code = "import json, sys; print(len(json.loads(open(sys.argv[1], 'rb').read())))"
    return int(subprocess.run([sys.executable, "-c", code, str(path)], check=True,
                              capture_output=True, text=True).stdout)


def bench_cli(library: Path, runs: int) -> dict:
    cases = {"version": ["--version"],
             "list_json": ["list", "--library", str(library), "--json"],
             "search_json": ["list", "--library", str(library), "--search", SEARCH, "--json"],
             "list_plain": ["list", "--library", str(library)]}
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    res: dict = {"runs": runs, "search": SEARCH}
    try:
        for name, args in cases.items():  # one untimed run each; the output is checked once
            _, code, _ = _run(args, work / "out")
            if name.endswith("json"):
                res[f"{name}_items"] = _count_items(work / "out")
                res[f"{name}_bytes"] = (work / "out").stat().st_size
            res[f"{name}_exit"] = code
        log(f"cli: {runs} runs of {', '.join(cases)} (interleaved)")
        times: dict[str, list] = {name: [] for name in cases}
        peaks: dict[str, list] = {name: [] for name in cases}
        for _ in range(runs):
            for name, args in cases.items():
                seconds, _, peak = _run(args, work / "out")
                times[name].append(seconds)
                peaks[name].append(peak)
        for name in cases:
            res[name] = median(times[name])
            res[f"{name}_all"] = times[name]
            res[f"{name}_rss"] = max(peaks[name])
    finally:
        for p in work.iterdir():
            p.unlink()
        work.rmdir()
    return res


def render_cli(c: dict) -> list[list[str]]:
    base = c["version"]

    def line(name: str, label: str, target: float | None) -> list[str]:
        over = c[name] - base
        mark = "" if target is None else ("ok" if over <= target else "MISSED") + f" (≤ {target * 1000:.0f} ms)"
        items = f"{c[name + '_items']:,} articles, {c[name + '_bytes'] / 2**20:,.0f} MB" \
            if name + "_items" in c else ""
        return [label, fmt_ms(c[name]), f"+{fmt_ms(over)}" if name != "version" else "",
                f"×{c[name] / base:.1f}" if name != "version" else "", f"{c[name + '_rss'] / 2**20:,.0f} MB",
                items, mark]

    return [line("version", "editor-app --version (baseline)", None),
            line("list_json", "list --json (every field but the text)", TARGET_LIST_OVER_VERSION),
            line("search_json", f"list --search '{c['search']}' --json", TARGET_SEARCH_OVER_VERSION),
            line("list_plain", "list (id, status, slug, title)", None)]

"""Shared helpers for the benchmarks: timing, order statistics, tables, machine.

Used by ``bench_core.py`` and meant to be reused by the export and window
benches. Nothing here imports the application.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"


# -- timing -------------------------------------------------------------------
def now() -> float:
    """A monotonic clock in seconds (perf_counter)."""
    return time.perf_counter()


@contextmanager
def stopwatch():
    """``with stopwatch() as sw: ...`` then ``sw.seconds`` / ``sw.ms``."""
    sw = _Stopwatch()
    sw.start = now()
    try:
        yield sw
    finally:
        sw.seconds = now() - sw.start


class _Stopwatch:
    start = 0.0
    seconds = 0.0

    @property
    def ms(self) -> float:
        return self.seconds * 1000.0


def time_call(fn: Callable[[], object]) -> tuple[float, object]:
    """(seconds, result) of one call."""
    t0 = now()
    result = fn()
    return now() - t0, result


def repeat(fn: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Seconds of ``runs`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    return [time_call(fn)[0] for _ in range(runs)]


# -- statistics -----------------------------------------------------------------
def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100), nearest-rank on the sorted values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def summary(values: Sequence[float]) -> dict[str, float]:
    """n, median, p95, min and max of a sample."""
    return {
        "n": len(values),
        "median": median(values),
        "p95": p95(values),
        "min": min(values) if values else math.nan,
        "max": max(values) if values else math.nan,
    }


def ratio(value: float, base: float) -> float:
    return value / base if base else math.inf


# -- formatting -----------------------------------------------------------------
def fmt_ms(seconds: float) -> str:
    """Seconds shown as milliseconds with sensible precision."""
    if seconds is None or math.isnan(seconds):
        return "-"
    ms = seconds * 1000.0
    if ms >= 100:
        return f"{ms:,.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    return f"{ms:.2f} ms"


def fmt_ratio(value: float) -> str:
    if value is None or math.isnan(value) or math.isinf(value):
        return "-"
    return f"×{value:,.1f}" if value >= 10 else f"×{value:.2f}"


def fmt_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{n} B"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "") -> str:
    """A Markdown table (pipes), columns padded so it also reads in a terminal."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [f"\n### {title}\n"] if title else []
    out.append(line(headers))
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def status_mark(value: float, target: float, lower_is_better: bool = True) -> str:
    ok = value <= target if lower_is_better else value >= target
    return "ok" if ok else "MISSED"


# -- environment -------------------------------------------------------------------
def machine() -> str:
    """One line naming the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for ln in fh:
                if ln.startswith("model name"):
                    cpu = ln.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return (f"{os.cpu_count()} cores ({cpu}){mem}, {platform.system()} {platform.release()}, "
            f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")


def load() -> str:
    """The 1/5/15-minute load averages (other work on this shared machine skews figures)."""
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        return "?"


def stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


def log(msg: str) -> None:
    """Progress on stderr, so that stdout stays the report."""
    print(msg, file=sys.stderr, flush=True)

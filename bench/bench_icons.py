"""Icons: qtawesome's fonts drawn by ``editor_app.ui.icons`` versus ``import qtawesome``.

    python bench/bench_icons.py [--runs 7]

Each run is a fresh child process (this file with ``--child PATH``), offscreen.
The child first does what the window has done by the time its first icon is
made (imports QtCore, QtGui, QtWidgets and QtWebEngineWidgets, creates the
QApplication and a QMainWindow holding a QWebEngineView; not timed), then times, for every icon name in the program's
source (``fa5s.*``/``mdi6.*``...), making the icon and drawing it at 16 and
24 px:

* ``fonts``: ``from editor_app.ui import icons`` + ``icons.icon(name)``; the
  run fails if any icon fell back to qtawesome (``icons.fallbacks()``);
* ``qtawesome``: ``import qtawesome`` (qtpy, then all twelve fonts on the
  first icon) + ``qtawesome.icon(name)``.

The two paths alternate, ``--runs`` of each (default 7); the table shows
medians (min-max of the total) and the ratio to the font path. Issue 10 says
to prefer plain qtawesome when the difference is negligible (< 20 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT_DIR, REPO, fmt_ms, fmt_ratio, load, log, machine, median, stamp, table  # noqa: E402

SRC = REPO / "src" / "editor_app"
NEGLIGIBLE = 0.020  # seconds
SIZES = (16, 24)


def used_icon_names() -> list[str]:
    """Every "prefix.name" string in the program's source, for any font qtawesome bundles."""
    import qtawesome  # only in the parent: the children time it

    prefixes = "|".join(sorted({font[0] for font in qtawesome._BUNDLED_FONTS}, key=len, reverse=True))
    pattern = re.compile(r"[\"']((?:%s)\.[a-z0-9-]+)[\"']" % prefixes)
    return sorted({n for p in SRC.rglob("*.py") for n in pattern.findall(p.read_text(encoding="utf-8"))})


def child(path: str, names: list[str]) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtCore, QtGui, QtWebEngineWidgets, QtWidgets

    app = QtWidgets.QApplication([])  # noqa: F841 - icons need it
    # what the window has done before its first icon: PySide6 builds its enums and
    # types lazily, on first use, and either path would otherwise pay for that here
    window = QtWidgets.QMainWindow()
    window.setCentralWidget(QtWebEngineWidgets.QWebEngineView())
    _ = (QtCore.Qt.AlignmentFlag.AlignCenter, QtGui.QIcon.Mode.Normal, QtGui.QPalette.ColorGroup.Active)
    t0 = time.perf_counter()
    if path == "fonts":
        from editor_app.ui import icons

        make = icons.icon
    else:
        import qtawesome

        make = qtawesome.icon
    t1 = time.perf_counter()
    for name in names:
        icon = make(name, color="#204080")
        for size in SIZES:
            icon.pixmap(size, size).toImage()
    t2 = time.perf_counter()
    fallbacks = sorted(icons.fallbacks()) if path == "fonts" else []
    return {"import": t1 - t0, "draw": t2 - t1, "total": t2 - t0, "fallbacks": fallbacks,
            "qtawesome_imported": "qtawesome" in sys.modules}


def run_child(path: str, names: list[str]) -> dict:
    # compiled once, as an installed program is (qtawesome's .pyc come with its wheel)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(SRC.parent),
           "PYTHONPYCACHEPREFIX": str(OUT_DIR / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run([sys.executable, __file__, "--child", path], input=json.dumps(names),
                          capture_output=True, text=True, timeout=300, env=env)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"child {path} failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
    result = json.loads(lines[-1])
    if result["fallbacks"] or (path == "fonts" and result["qtawesome_imported"]):
        raise SystemExit(f"the font path fell back to qtawesome for {result['fallbacks']}: figures meaningless")
    return result


def report(results: dict[str, list[dict]], names: list[str], runs: int) -> str:
    base = median([r["total"] for r in results["fonts"]])
    rows = []
    for path, label in (("fonts", "fonts (editor_app.ui.icons)"), ("qtawesome", "import qtawesome")):
        totals = [r["total"] for r in results[path]]
        rows.append([label, fmt_ms(median([r["import"] for r in results[path]])),
                     fmt_ms(median([r["draw"] for r in results[path]])), fmt_ms(median(totals)),
                     f"{fmt_ms(min(totals))}–{fmt_ms(max(totals))}", fmt_ratio(median(totals) / base)])
    diff = median([r["total"] for r in results["qtawesome"]]) - base
    verdict = ("negligible: prefer plain qtawesome" if diff < NEGLIGIBLE
               else f"not negligible (≥ {NEGLIGIBLE * 1000:.0f} ms): keep the font path")
    head = (f"## Icons: fonts vs qtawesome ({stamp()})\n\n{machine()}; load {load()}\n"
            f"{len(names)} icons, each drawn at {' and '.join(map(str, SIZES))} px; "
            f"median of {runs} fresh processes per path")
    columns = ["path", "import", f"make + draw {len(names)} icons", "total", "total min–max", "ratio"]
    return (f"{head}\n{table(columns, rows)}\n\n"
            f"qtawesome − fonts: {diff * 1000:+.0f} ms, {verdict}.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=["fonts", "qtawesome"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, json.loads(sys.stdin.read()))))
        return 0
    names = used_icon_names()
    results: dict[str, list[dict]] = {"fonts": [], "qtawesome": []}
    for i in range(args.runs):
        for path in results:
            results[path].append(run_child(path, names))
        log(f"run {i + 1}/{args.runs}: fonts {results['fonts'][-1]['total'] * 1000:.0f} ms, "
            f"qtawesome {results['qtawesome'][-1]['total'] * 1000:.0f} ms")
    print(report(results, names, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

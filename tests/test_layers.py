"""The layering (README, "Layers") holds: import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "editor_app"


def test_the_import_contracts_are_kept():
    pytest.importorskip("importlinter")
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint) if lint.exists() else "lint-imports", "--no-cache"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "Contracts: 4 kept, 0 broken." in out.stdout


def test_the_contracts_fail_on_a_forbidden_import(tmp_path):
    """The check can fail: a core module importing Qt breaks it (on a copy of the sources)."""
    pytest.importorskip("importlinter")
    import shutil

    copy = tmp_path / "tree"
    shutil.copytree(SRC, copy / "src" / "editor_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / "src" / "editor_app" / "core" / "text.py").write_text(
        (SRC / "core" / "text.py").read_text(encoding="utf-8") + "\nimport PySide6.QtCore  # noqa\n",
        encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    env = {"PYTHONPATH": str(copy / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([str(lint) if lint.exists() else "lint-imports", "--no-cache"], cwd=copy,
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode != 0 and "The core never imports Qt BROKEN" in out.stdout, out.stdout[-3000:]


def test_core_holds_at_most_twelve_modules_directly():
    modules = [p.name for p in (SRC / "core").glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= 12, sorted(modules)


def test_one_place_in_ui_starts_threads_and_processes():
    """``ui/operations/workers.py`` makes every worker of a window (``TaskRunner`` holds the
    pool it wraps); no panel starts a thread or a process of its own."""
    import re

    starts = re.compile(r"\b(TaskRunner|ThreadPoolExecutor|ProcessPoolExecutor|QThread|QThreadPool|"
                        r"threading\.Thread|multiprocessing\.\w+|subprocess\.\w+|QProcess)\(")
    found = {}
    for path in (SRC / "ui").rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        hits = starts.findall(path.read_text(encoding="utf-8"))
        if hits:
            found[rel] = sorted(set(hits))
    assert found == {"ui/operations/workers.py": ["TaskRunner", "subprocess.Popen", "threading.Thread"],
                     "ui/operations/tasks.py": ["TaskRunner", "ThreadPoolExecutor"]}, found  # its class line

"""`pip install .` (a real wheel, not the editable tree) carries everything read at run time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(REPO)], check=True, timeout=300)
    wheel = next(out.glob("editor_app-*.whl"))
    target = out / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    return wheel, target


def test_wheel_contains_migrations_and_resources(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("editor_app/migrations/env.py", "editor_app/migrations/versions/0001_initial.py",
                   "editor_app/resources/templates/article.html", "editor_app/resources/css/page.css",
                   "editor_app/resources/translations/editor_app_vi.qm",
                   "editor_app/resources/icons/editor-app.png"):
        assert needed in names


def test_installed_copy_imports_lists_and_exports(installed, tmp_path, sample_files):
    _, site = installed
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "editor_app.cli", *a], capture_output=True,  # noqa: E731
                                    text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
    where = subprocess.run([sys.executable, "-c", "import editor_app; print(editor_app.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    assert where.stdout.strip().startswith(str(site))
    lib = str(tmp_path / "l.sqlite")
    assert run("import", "--library", lib, *map(str, sample_files)).returncode == 0
    listed = json.loads(run("list", "--library", lib, "--json").stdout)
    main = next(a for a in listed if a["slug"] == "ngoai-giao-cong-chung-trong-ky-nguyen-so")
    assert len(main["related"]) == 5
    out = run("export", "--library", lib, "--out", str(tmp_path / "site"), "--all-statuses")
    assert out.returncode == 0, out.stderr
    assert len(list((tmp_path / "site").glob("*.html"))) == 7

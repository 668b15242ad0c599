"""Names, version and paths shared by the PyInstaller spec and ``build.py``.

Kept free of third-party imports so the spec, the build script and the
tests can all load it.
"""

from __future__ import annotations

import platform
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "editor-app.spec"
NSIS_SCRIPT = PACKAGING / "windows" / "installer.nsi"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
MASTER_ICON = ROOT / "resources" / "icons" / "editor-app.png"
BUILD = ROOT / "build"
ICON_DIR = BUILD / "icons"  # generated .ico / .icns (not committed)
DIST = ROOT / "dist"

EXE_NAME = "editor-app"  # the frozen program; editor-app.exe on Windows
CONSOLE_TWIN = "editor-app.com"  # Windows: console build of the same program (see the spec)
APP_NAME = "Editor App"  # shown in menus, the Start menu, Finder, Apps & features
BUNDLE_ID = "org.editor-app.desktop"
PUBLISHER = "Editor App contributors"
DESCRIPTION = "Editorial workstation for journal articles"

# Chromium UI locales (qtwebengine_locales/*.pak) and Qt translations (*.qm) that are kept.
KEEP_WEBENGINE_LOCALES = frozenset({"vi", "en-US", "en-GB"})
KEEP_QT_LANGUAGES = frozenset({"vi", "en"})


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """``[project] version`` from pyproject.toml."""
    with pyproject.open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants ("1.2.3rc1" -> (1, 2, 3, 0))."""
    numbers = [int(m.group()) for m in (re.match(r"\d+", part) for part in version.split(".")[:4]) if m]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def system() -> str:
    """``windows``, ``macos`` or ``linux``."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def arch() -> str:
    """``x86_64`` or ``arm64`` (normalised across systems)."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def bundle_dir(dist: Path = DIST) -> Path:
    """The one-folder bundle PyInstaller writes (on macOS, the folder next to the .app)."""
    return dist / EXE_NAME


def app_bundle(dist: Path = DIST) -> Path:
    """macOS only: the ``.app``."""
    return dist / f"{APP_NAME}.app"


def frozen_executable(dist: Path = DIST) -> Path:
    """The program to run for the smoke tests (console build on Windows)."""
    sysname = system()
    if sysname == "windows":
        return bundle_dir(dist) / CONSOLE_TWIN
    if sysname == "macos":
        return app_bundle(dist) / "Contents" / "MacOS" / EXE_NAME
    return bundle_dir(dist) / EXE_NAME


def artifact_name(version: str, kind: str) -> str:
    """File name of an installer in ``dist/``: kind is ``linux``, ``windows``, ``macos`` or ``nsis-check``."""
    if kind == "linux":
        return f"{EXE_NAME}-{version}-linux-{arch()}.tar.gz"
    if kind == "windows":
        return f"{EXE_NAME}-{version}-windows-{arch()}-setup.exe"
    if kind == "macos":
        return f"{EXE_NAME}-{version}-macos-{arch()}.dmg"
    if kind == "nsis-check":
        return f"{EXE_NAME}-{version}-setup-check.exe"
    raise ValueError(kind)

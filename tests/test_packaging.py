"""Packaging recipe checks that run in seconds (the real bundle is built by .ci/run).

The spec is executed with stand-ins for PyInstaller's build targets, so its
own logic is tested: which files go in, which Qt parts are left out, the
version and the macOS Info.plist. The NSIS script is compiled for real
around a tiny fake bundle when makensis is installed.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import buildinfo as info  # noqa: E402

pytest.importorskip("PyInstaller")

QT = "PySide6/Qt"


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# -- version and names ---------------------------------------------------------------
def test_version_comes_from_pyproject():
    assert info.read_version() == _pyproject_version()


@pytest.mark.parametrize("version, quad", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2.0rc1", (2, 0, 0, 0)), ("3", (3, 0, 0, 0)),
])
def test_numeric_version_for_windows(version, quad):
    assert info.numeric_version(version) == quad


def test_artifact_names_carry_version_system_and_arch():
    assert info.artifact_name("1.2.0", "linux") == f"editor-app-1.2.0-linux-{info.arch()}.tar.gz"
    assert info.artifact_name("1.2.0", "nsis-check") == "editor-app-1.2.0-setup-check.exe"
    assert info.artifact_name("1.2.0", "macos").endswith(".dmg")
    with pytest.raises(ValueError):
        info.artifact_name("1.2.0", "solaris")


# -- the spec, run with stand-ins for Analysis/EXE/COLLECT/BUNDLE --------------------
FAKE_QT_DATAS = [
    f"{QT}/translations/qtwebengine_locales/{name}.pak" for name in ("vi", "en-US", "en-GB", "fr", "de", "zh-CN")
] + [
    f"{QT}/translations/{name}.qm" for name in ("qtbase_en", "qtbase_de", "qt_help_pt_BR", "qtwebengine_vi", "qt_zh_CN")
] + [f"{QT}/resources/icudtl.dat", f"{QT}/resources/qtwebengine_resources.pak",
     f"{QT}/resources/qtwebengine_devtools_resources.pak"]
FAKE_QT_BINARIES = [f"{QT}/plugins/platforms/{name}" for name in
                    ("libqxcb.so", "libqoffscreen.so", "libqeglfs.so", "libqvnc.so", "libqwayland.so")] + [
    f"{QT}/plugins/imageformats/{name}" for name in ("libqjpeg.so", "libqsvg.so", "libqpdf.so", "libqtiff.so")
] + [f"{QT}/plugins/platformthemes/libqgtk3.so", f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so",
     f"{QT}/libexec/QtWebEngineProcess", f"{QT}/lib/libQt6WebEngineCore.so.6"]


class _Recorder:
    """Stand-in for a PyInstaller build target: remembers how it was called."""

    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).calls.append(self)


def _qt_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def _fake_binaries() -> list[tuple[str, str, str]]:
    """Plugin entries; where this machine has the real files (Linux wheels), their real paths,
    plus the libraries the GTK 3 theme links, so the orphan pruning runs on real ldd output."""
    qt = _qt_dir()
    entries = []
    for dest in FAKE_QT_BINARIES:
        real = qt / dest.removeprefix(f"{QT}/") if qt else None
        entries.append((dest, str(real) if real and real.exists() else "/nonexistent/" + dest, "BINARY"))
    gtk_theme = qt / "plugins/platformthemes/libqgtk3.so" if qt else None
    if sys.platform.startswith("linux") and gtk_theme and gtk_theme.exists():
        from PyInstaller.depend.bindepend import get_imports

        for name, full in get_imports(str(gtk_theme)):
            if full and not Path(name).name.startswith(("libc.", "libm.", "libpthread", "libdl.", "ld-linux")):
                entries.append((Path(full).name, full, "BINARY"))
    return entries


def _run_spec(monkeypatch, tmp_path, system: str) -> SimpleNamespace:
    class Analysis(_Recorder):
        calls = []

        def __init__(self, scripts, **kwargs):
            super().__init__(scripts, **kwargs)
            self.datas = [(dest, src, "DATA") for src, dest_dir in kwargs["datas"]
                          for dest in [str(Path(dest_dir) / Path(src).name)]]
            self.datas += [(dest, "/nonexistent/" + dest, "DATA") for dest in FAKE_QT_DATAS]
            self.binaries = _fake_binaries()
            self.pure, self.scripts = [], []

    targets = {name: type(name, (_Recorder,), {"calls": []}) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    monkeypatch.setattr(info, "system", lambda: system)
    dist = tmp_path / "dist"
    (dist / "editor-app").mkdir(parents=True)
    (dist / "editor-app" / "editor-app-console.exe").write_bytes(b"MZ")
    spec = info.SPEC.read_text(encoding="utf-8")
    namespace = {"SPECPATH": str(info.PACKAGING), "DISTPATH": str(dist), "Analysis": Analysis,
                 "__file__": str(info.SPEC), "__name__": "__main__", **targets}
    exec(compile(spec, str(info.SPEC), "exec"), namespace)  # noqa: S102 - our own build recipe
    return SimpleNamespace(a=namespace["a"], dist=dist, **{k: v.calls for k, v in targets.items()})


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        yield _run_spec(mp, tmp_path_factory.mktemp("spec"), "linux")
    finally:
        mp.undo()


def test_spec_bundles_resources_and_migration_sources(linux_spec):
    dests = {Path(dest).as_posix() for dest, _src, _type in linux_spec.a.datas}
    for template in (ROOT / "resources" / "templates").glob("*.html"):
        assert f"resources/templates/{template.name}" in dests
    assert "resources/icons/editor-app.png" in dests
    assert "editor_app/migrations/env.py" in dests
    assert "editor_app/migrations/script.py.mako" in dests
    versions = {p.name for p in (ROOT / "src/editor_app/migrations/versions").glob("0*.py")}
    assert versions and all(f"editor_app/migrations/versions/{v}" in dests for v in versions)
    assert not any("__pycache__" in d for d in dests)
    assert any(d.startswith("editor_app-") and ".dist-info" in d for d in dests)  # __version__


def test_spec_keeps_only_vietnamese_and_english_locales(linux_spec):
    dests = {Path(dest).as_posix() for dest, _src, _type in linux_spec.a.datas}
    locales = {Path(d).stem for d in dests if "qtwebengine_locales" in d}
    assert locales == {"vi", "en-US", "en-GB"}
    qms = {Path(d).stem for d in dests if d.startswith(f"{QT}/translations/") and d.endswith(".qm")}
    assert qms == {"qtbase_en", "qtwebengine_vi"}
    assert f"{QT}/resources/icudtl.dat" in dests
    assert f"{QT}/resources/qtwebengine_resources.pak" in dests
    assert f"{QT}/resources/qtwebengine_devtools_resources.pak" not in dests


def test_spec_leaves_out_unused_plugins_but_keeps_the_needed_ones(linux_spec):
    names = {Path(dest).name for dest, _src, _type in linux_spec.a.binaries}
    assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so", "libqjpeg.so", "libqsvg.so",
            "libqxdgdesktopportal.so", "QtWebEngineProcess", "libQt6WebEngineCore.so.6"} <= names
    assert not names & {"libqeglfs.so", "libqvnc.so", "libqpdf.so", "libqtiff.so", "libqgtk3.so"}


def test_spec_drops_libraries_only_the_dropped_plugins_needed(linux_spec):
    qt = _qt_dir()
    if not (sys.platform.startswith("linux") and qt and (qt / "plugins/platformthemes/libqgtk3.so").exists()):
        pytest.skip("needs the Linux PySide6 wheel")
    names = {Path(dest).name for dest, _src, _type in linux_spec.a.binaries}
    assert not any(n.startswith(("libgtk-3", "libgdk-3")) for n in names)
    # libQt6Gui is linked by the GTK theme and by the platform plugins that stay: it stays.
    assert any(n.startswith("libQt6Gui") for n in names)


def test_spec_analysis_settings(linux_spec):
    analysis = type(linux_spec.a).calls[-1]
    assert analysis.args[0] == [str(info.PACKAGING / "entry.py")]
    hidden, excludes = analysis.kwargs["hiddenimports"], analysis.kwargs["excludes"]
    assert {"PySide6.QtWebEngineWidgets", "editor_app.cli", "editor_app.selftest", "alembic.op"} <= set(hidden)
    assert {"PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtMultimedia", "tkinter", "PyQt5"} <= set(excludes)
    assert "PySide6.QtWebEngineCore" not in excludes


def test_spec_one_folder_linux_executable(linux_spec):
    (exe,) = linux_spec.EXE
    assert exe.kwargs["name"] == "editor-app" and exe.kwargs["exclude_binaries"] is True
    assert exe.kwargs["upx"] is False
    (coll,) = linux_spec.COLLECT
    assert coll.kwargs["name"] == "editor-app"
    assert not linux_spec.BUNDLE


def _fake_versioninfo() -> ModuleType:
    """PyInstaller's version-info classes import Windows-only modules; record their arguments instead."""
    module = ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                 "VarFileInfo", "VarStruct"):
        setattr(module, name, type(name, (_Recorder,), {"calls": []}))
    return module


def test_spec_windows_windowed_exe_with_console_twin(monkeypatch, tmp_path):
    fake = _fake_versioninfo()
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", fake)
    import PyInstaller.utils.win32 as win32

    monkeypatch.setattr(win32, "versioninfo", fake, raising=False)
    spec = _run_spec(monkeypatch, tmp_path, "windows")
    windowed, console = spec.EXE
    assert (windowed.kwargs["name"], windowed.kwargs["console"]) == ("editor-app", False)
    assert console.kwargs["console"] is True
    assert windowed.kwargs["icon"].endswith("editor-app.ico")
    quad = info.numeric_version(_pyproject_version())
    (fixed,) = fake.FixedFileInfo.calls[:1]
    assert fixed.kwargs == {"filevers": quad, "prodvers": quad}
    strings = {c.args[0]: c.args[1] for c in fake.StringStruct.calls}
    assert strings["ProductVersion"] == _pyproject_version()
    assert strings["OriginalFilename"] == "editor-app.exe"
    bundle = spec.dist / "editor-app"
    assert (bundle / "editor-app.com").read_bytes() == b"MZ"
    assert not (bundle / "editor-app-console.exe").exists()


def test_spec_macos_app_bundle_info_plist(monkeypatch, tmp_path):
    spec = _run_spec(monkeypatch, tmp_path, "macos")
    (bundle,) = spec.BUNDLE
    plist = bundle.kwargs["info_plist"]
    assert bundle.kwargs["name"] == "Editor App.app"
    assert bundle.kwargs["icon"].endswith(".icns")
    assert plist["CFBundleShortVersionString"] == _pyproject_version()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleLocalizations"] == ["vi", "en"]
    assert spec.EXE[0].kwargs["entitlements_file"] == str(info.ENTITLEMENTS)
    (doc_type,) = plist["CFBundleDocumentTypes"]   # a double-clicked .review opens in the program
    assert doc_type["CFBundleTypeExtensions"] == ["review"] and doc_type["LSHandlerRank"] == "Owner"
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] in doc_type["LSItemContentTypes"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["review"]


def test_nsis_script_registers_review_files():
    script = (ROOT / "packaging" / "windows" / "installer.nsi").read_text("utf-8")
    assert 'WriteRegStr HKCU "Software\\Classes\\.review" "" "${REVIEW_CLASS}"' in script
    assert '\\shell\\open\\command" "" \'"${APP_EXE}" "%1"\'' in script
    assert 'DeleteRegKey HKCU "Software\\Classes\\${REVIEW_CLASS}"' in script


# -- icons ------------------------------------------------------------------------------
def test_master_icon_is_a_small_1024_png():
    data = info.MASTER_ICON.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1024, 1024)
    assert len(data) < 200_000


def test_platform_icons_are_made_from_the_master(tmp_path):
    image = pytest.importorskip("PIL.Image")
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_icons import make_platform_icons

    ico, icns = make_platform_icons(tmp_path)
    with image.open(ico) as img:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(img.info["sizes"])
    with image.open(icns) as img:
        assert img.size == (1024, 1024)


# -- NSIS -------------------------------------------------------------------------------
@pytest.mark.parametrize("check_build", [False, True], ids=["release", "check-build"])
def test_nsis_script_compiles_around_a_bundle(tmp_path, check_build):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis (NSIS) is not installed")
    bundle = tmp_path / "editor-app"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "editor-app.exe").write_bytes(b"MZ fake")
    (bundle / "_internal" / "data.txt").write_text("Tạp chí", encoding="utf-8")
    out = tmp_path / "editor-app-1.2.3-windows-x86_64-setup.exe"
    icon = ROOT / "resources" / "icons" / "editor-app.png"
    cmd = [makensis, "-V2", "-INPUTCHARSET", "UTF8", "-WX",  # warnings are errors
           "-DVERSION=1.2.3", "-DVERSION_QUAD=1.2.3.0", f"-DBUNDLE_DIR={bundle}", f"-DOUTFILE={out}",
           str(info.NSIS_SCRIPT)]
    if check_build:
        cmd.insert(-1, "-DCHECK_BUILD=1")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert icon.exists()


def test_nsis_script_registers_an_uninstall_entry():
    text = info.NSIS_SCRIPT.read_text(encoding="utf-8")
    assert text.lstrip(";").find("Unicode true") >= 0
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "UninstallString", "EstimatedSize"):
        assert f'"{value}"' in text
    assert r"$LOCALAPPDATA\Programs" in text and "RequestExecutionLevel user" in text
    assert 'MUI_LANGUAGE "Vietnamese"' in text and 'MUI_LANGUAGE "English"' in text


# -- self-test ----------------------------------------------------------------------------
def test_self_test_reports_the_failing_step_without_traceback(monkeypatch, tmp_path, capsys):
    from editor_app import selftest

    work = tmp_path / "work"
    (work / "self-test.sqlite").mkdir(parents=True)  # a folder where the library file should go
    monkeypatch.setattr(selftest.tempfile, "mkdtemp", lambda prefix="": str(work))
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert out.startswith("FAILED: library: ") and "Traceback" not in out
    assert not work.exists()  # the temporary folder is cleaned up


def test_self_test_passes_in_this_environment():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    proc = subprocess.run([sys.executable, "-c", "from editor_app.selftest import run_self_test; "
                           "raise SystemExit(run_self_test())"],
                          capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert proc.stdout.splitlines() == ["ok: library", "ok: render", "ok: export", "ok: preview", "ok: icons",
                                     "ok: team", "ok: manuscripts"]

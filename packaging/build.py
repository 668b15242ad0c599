"""Build editor-app for the system this runs on, check it, and make its installer.

    python packaging/build.py                # bundle + smoke test + installer into dist/
    python packaging/build.py --nsis-check   # Linux/macOS: also compile the Windows NSIS
                                             # script around this bundle (proves it builds)
    python packaging/build.py --skip-build   # reuse dist/ from the last build
    python packaging/build.py --samples ../shared/samples/articles
                                             # also import + export those with the frozen program

Steps: icons (build/icons), PyInstaller with packaging/editor-app.spec,
``editor-app --version`` and ``--self-test`` of the frozen program (must exit
0; offscreen Qt), then the installer: Linux .tar.gz, Windows NSIS setup.exe,
macOS .dmg (signed and notarized when the secrets are in the environment).
Ends with a size and start-time report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import buildinfo as info  # noqa: E402
import installers  # noqa: E402

SELF_TEST_TIMEOUT = 300


def make_icons() -> Path | None:
    """build/icons/editor-app.ico and .icns from the master PNG; the .ico path (None without Pillow on Linux)."""
    try:
        from make_icons import make_platform_icons
    except ImportError as exc:  # Pillow missing
        if info.system() != "linux":
            raise SystemExit(f"{exc}: install the package extra (pip install .[package])") from exc
        print(f"warning: {exc}; building without .ico/.icns (only the NSIS check build uses one on Linux)")
        return None
    ico, icns = make_platform_icons(info.ICON_DIR)
    for path in (ico, icns):
        print(f"icon: {path.relative_to(info.ROOT)}")
    return ico


def freeze(clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(info.DIST), "--workpath", str(info.BUILD / "pyinstaller"), str(info.SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    installers.run(cmd, cwd=info.ROOT)


def frozen_env() -> dict[str, str]:
    """Environment for running the frozen program headless."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    return env


def timed_run(exe: Path, *args: str, timeout: float = SELF_TEST_TIMEOUT,
              env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run([str(exe), *args], env={**frozen_env(), **(env or {})}, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    return time.perf_counter() - start, proc


def smoke_test(exe: Path, version: str) -> dict[str, float]:
    """``--version`` prints the version and ``--self-test`` exits 0; their wall times."""
    times = {}
    elapsed, proc = timed_run(exe, "--version", timeout=120)
    times["--version"] = elapsed
    if proc.returncode != 0 or version not in proc.stdout:
        raise SystemExit(f"frozen --version failed (exit {proc.returncode}): {proc.stdout}{proc.stderr}")
    print(f"frozen --version: {proc.stdout.strip()} ({elapsed:.2f} s)")
    elapsed, proc = timed_run(exe, "--self-test")
    times["--self-test"] = elapsed
    print(proc.stdout, end="")
    if proc.returncode != 0:
        print(proc.stderr[-4000:], file=sys.stderr)
        raise SystemExit(f"frozen --self-test failed (exit {proc.returncode})")
    print(f"frozen --self-test: passed ({elapsed:.2f} s)")
    return times


def smoke_samples(exe: Path, samples: Path) -> dict[str, float]:
    """The frozen program imports every article in ``samples`` into a new library, exports
    them (a full proof: they are drafts) and prints one to PDF."""
    files = sorted(p for p in samples.iterdir() if p.suffix in {".md", ".txt"})
    if not files:
        raise SystemExit(f"no .md or .txt files in {samples}")
    times = {}
    with tempfile.TemporaryDirectory(prefix="editor-app-smoke-") as tmp:
        library, site, proofs = Path(tmp) / "library.sqlite", Path(tmp) / "site", Path(tmp) / "pdf"
        steps = (("import", ["import", "--library", str(library), *map(str, files)]),
                 ("export", ["export", "--library", str(library), "--out", str(site), "--all-statuses"]),
                 ("PDF proof", ["export", "--library", str(library), "--out", str(proofs), "--format", "pdf"]))
        first_slug = None
        for name, args in steps:  # the variable too, so the user's own library is never touched
            if name == "PDF proof":
                args = [*args, first_slug]
            elapsed, proc = timed_run(exe, *args, env={"EDITOR_APP_LIBRARY": str(library)})
            times[f"{name} of {len(files)} samples" if name != "PDF proof" else "PDF proof of 1 sample"] = elapsed
            if proc.returncode != 0:
                raise SystemExit(f"frozen {name} failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
            if name == "import":   # "id<TAB>slug<TAB>title" per article
                first_slug = proc.stdout.splitlines()[0].split("\t")[1]
        pages = sorted(p.name for p in site.glob("*.html"))
        if "index.html" not in pages or len(pages) != len(files) + 1:
            raise SystemExit(f"frozen export wrote {pages} for {len(files)} articles")
        pdfs = [p for p in proofs.glob("*.pdf") if p.stat().st_size > 1000]   # the shipped fonts, printed
        if len(pdfs) != 1 or not pdfs[0].read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"frozen PDF export wrote {sorted(p.name for p in proofs.glob('*'))}")
    print(f"frozen import + export + PDF proof of {len(files)} samples: ok")
    return times


# -- report ----------------------------------------------------------------------
def _sizes(root: Path) -> tuple[dict[Path, int], dict[Path, int]]:
    """File sizes and folder sizes (symlinks not followed, not counted)."""
    files, dirs = {}, {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            files[path] = size
            for parent in path.relative_to(root).parents:
                if parent != Path("."):
                    dirs[root / parent] = dirs.get(root / parent, 0) + size
    return files, dirs


def _mb(n: int) -> str:
    return f"{n / 1e6:8.1f} MB"


def _folders_worth_listing(dirs: dict[Path, int]) -> list[tuple[Path, int]]:
    """Folders, without those that are just a wrapper around one big child (e.g. _internal)."""
    shown = []
    for path, size in dirs.items():
        children = [s for p, s in dirs.items() if p.parent == path]
        if children and max(children) >= 0.9 * size:
            continue
        shown.append((path, size))
    return sorted(shown, key=lambda item: -item[1])


def size_report(bundle: Path, artifacts: list[Path], times: dict[str, float]) -> None:
    files, dirs = _sizes(bundle)
    print("\n== size report ==")
    print(f"bundle {bundle.relative_to(info.ROOT)}: {_mb(sum(files.values()))} in {len(files)} files")
    for art in artifacts:
        print(f"{art.name}: {_mb(art.stat().st_size)}")
    print("largest files:")
    for path, size in sorted(files.items(), key=lambda item: -item[1])[:15]:
        print(f"  {_mb(size)}  {path.relative_to(bundle)}")
    print("largest folders:")
    for path, size in _folders_worth_listing(dirs)[:15]:
        print(f"  {_mb(size)}  {path.relative_to(bundle)}/")
    for name, seconds in times.items():
        print(f"frozen {name}: {seconds:.2f} s wall")


# -- installers ------------------------------------------------------------------
def make_installers(version: str, nsis_check: bool, ico: Path | None) -> list[Path]:
    sysname, bundle = info.system(), info.bundle_dir()
    made = []
    if sysname == "linux":
        made.append(installers.make_tarball(bundle, version))
    elif sysname == "windows":
        made.append(installers.make_nsis(bundle, version, info.DIST / info.artifact_name(version, "windows"), ico))
    else:
        app = info.app_bundle()
        installers.codesign_app(app)
        dmg = installers.make_dmg(app, version)
        installers.notarize(dmg)
        made.append(dmg)
    if nsis_check and sysname != "windows":
        start = time.perf_counter()
        made.append(installers.make_nsis(bundle, version, info.DIST / info.artifact_name(version, "nsis-check"),
                                         ico, check=True))
        print(f"NSIS check build: {time.perf_counter() - start:.1f} s")
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nsis-check", action="store_true",
                        help="also compile the NSIS script around this (non-Windows) bundle")
    parser.add_argument("--skip-build", action="store_true", help="reuse the bundle already in dist/")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--samples", type=Path, metavar="DIR",
                        help="also import and export the articles in DIR with the frozen program")
    args = parser.parse_args(argv)

    version = info.read_version()
    print(f"editor-app {version} for {info.system()}-{info.arch()}")
    started = time.perf_counter()
    ico = make_icons()
    if not args.skip_build:
        for stale in (info.bundle_dir(), info.app_bundle()):
            shutil.rmtree(stale, ignore_errors=True)
        freeze(args.clean)
        print(f"PyInstaller: {time.perf_counter() - started:.1f} s")
    times = smoke_test(info.frozen_executable(), version)
    if args.samples:
        times.update(smoke_samples(info.frozen_executable(), args.samples))
    artifacts = make_installers(version, args.nsis_check, ico)
    size_report(info.app_bundle() if info.system() == "macos" else info.bundle_dir(), artifacts, times)
    print(f"total build time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Take the README screenshot: the real window on a library of the sample articles.

    python scripts/screenshot.py [--samples DIR] [--out docs/screenshot.png]
                                 [--lang vi|en] [--dark] [--size 1600x960]

(``docs/screenshot.png`` is this command with no options.)

The sample articles (``../shared/samples/articles/*.md`` by default) are
imported with ``editor_app.core.importing.importer.import_files`` into a temporary
library with a made-up journal profile; the window opens on the article
``ngoai-giao-cong-chung-trong-ky-nguyen-so`` and, once its preview page is
shown, the window is captured from the screen (``QScreen.grabWindow``).

When DISPLAY is unset and Xvfb is installed, the script starts its own Xvfb
(and stops it); otherwise it falls back to Qt's offscreen platform, where the
capture is ``QWidget.grab()``. Settings live in a temporary ini file, so the
user's own settings are neither read nor changed.
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

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SAMPLES = REPO.parent / "shared" / "samples"
MAIN_SLUG = "ngoai-giao-cong-chung-trong-ky-nguyen-so"
MAX_BYTES = 1_000_000
# Made up for the picture (the ISSN has a valid check digit but belongs to no journal).
PROFILE = dict(name="Tạp chí Thử nghiệm Biên tập", issn="2815-6315",
               publisher="Nhà xuất bản Thử nghiệm", base_url="https://tapchi-thunghiem.example/",
               default_license="CC BY 4.0")


def start_display(screen: str = "1920x1080") -> subprocess.Popen | None:
    """Our own Xvfb when there is no display; else None (and offscreen if no Xvfb)."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if not shutil.which("Xvfb"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    n = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            os.environ.update(DISPLAY=f":{n}", QT_QPA_PLATFORM="xcb")
            return proc
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.terminate()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return None


def make_library(path: Path, samples: Path):
    """A library holding the sample articles and a journal profile."""
    from editor_app.core.dto import ProfileData
    from editor_app.core.importing.importer import import_files
    from editor_app.core.library.store import Store

    folder = samples / "articles" if (samples / "articles").is_dir() else samples
    files = sorted(folder.glob("*.md"))
    if not files:
        raise SystemExit(f"no sample articles (*.md) in {folder}")
    store = Store.open(path)
    report = import_files(store, files)
    for failed, why in report.failed:
        print(f"not imported: {failed.name}: {why}", file=sys.stderr)
    store.set_profile(ProfileData(**PROFILE))
    return store


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2d30"), (roles.WindowText, "#dfe1e5"), (roles.Base, "#1e1f22"),
                        (roles.AlternateBase, "#26282b"), (roles.ToolTipBase, "#3c3f41"),
                        (roles.ToolTipText, "#dfe1e5"), (roles.Text, "#dfe1e5"), (roles.Button, "#393b40"),
                        (roles.ButtonText, "#dfe1e5"), (roles.BrightText, "#ff6b68"),
                        (roles.Link, "#6fa8ff"), (roles.Highlight, "#2f65ca"),
                        (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#8c8f94"),
                        (roles.Mid, "#45484d"), (roles.Dark, "#1a1b1e"), (roles.Light, "#4e5157")):
        p.setColor(role, QColor(color))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f737a"))
    return p


def wait_until(app, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def capture(app, window, out: Path) -> Path:
    """The window as it is on the screen (xcb), or as it paints itself (offscreen)."""
    window.raise_()
    wait_until(app, lambda: False, 0.3)
    if app.platformName() == "offscreen":
        pixmap = window.grab()
    else:
        pixmap = window.screen().grabWindow(window.winId())
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG", 0):  # 0: the strongest PNG compression
        raise SystemExit(f"could not write {out}")
    shrink(out)
    return out


def shrink(out: Path) -> None:
    """Keep the file under 1 MB: strip metadata, then fewer colours if still needed."""
    convert = shutil.which("convert")
    if out.stat().st_size <= MAX_BYTES or convert is None:
        return
    for colors in (256, 128):
        subprocess.run([convert, str(out), "-strip", "-colors", str(colors), str(out)], check=False)
        if out.stat().st_size <= MAX_BYTES:
            return


def take(args, tmp: Path) -> Path:
    from PySide6.QtCore import QSettings

    from editor_app.app import make_application
    from editor_app.ui.preview.page_builder import page_builder as make_page_builder
    from editor_app.ui.window.host import dispose_window
    from editor_app.core.publishing.guard import GuardedRenderer
    from editor_app.ui.i18n import SETTING, chosen_language, install_translators
    from editor_app.ui.window.main_window import MainWindow

    app = make_application(sys.argv[:1])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, args.lang)
    install_translators(app, chosen_language(settings))
    store = make_library(tmp / "library.sqlite", args.samples)
    renderer = GuardedRenderer()
    renderer.start()
    try:
        window = MainWindow(store, make_page_builder(store, renderer), settings)
        if not args.screen:   # --screen: the size the program picks on that screen
            width, height = (int(v) for v in args.size.lower().split("x"))
            window.resize(width, height)
        window.move(0, 0)
        window.show()
        article = store.get_by_slug(args.slug)
        if article is None:
            raise SystemExit(f"the samples have no article {args.slug}")
        shown = []
        window.preview.rendered.connect(shown.append)
        window.list_panel.select_article(article.id)
        window.open_article(article.id)
        if not wait_until(app, lambda: shown and not window.preview.scheduler.is_busy(), 60):
            print("warning: the preview did not render within 60 s", file=sys.stderr)
        window.editor.setFocus()
        if args.find:   # the caret on the first place the text is found, scrolled into view
            wait_until(app, lambda: args.find in window.editor.toPlainText(), 10)
            window.editor.find(args.find)
            cursor = window.editor.textCursor()
            cursor.clearSelection()
            window.editor.setTextCursor(cursor)
            window.editor.centerCursor()
        wait_until(app, lambda: False, 1.0)  # list rows, outline and fonts settle
        path = capture(app, window, args.out)
        window.close()
        dispose_window(app, window)
    finally:
        renderer.close()
        store.close()
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES,
                   help="folder of sample articles (or its parent holding articles/)")
    p.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    p.add_argument("--lang", choices=("vi", "en"), default="vi",
                   help="interface language (default vi, the journal's, whatever the machine's locale)")
    p.add_argument("--dark", action="store_true", help="Fusion style with a dark palette")
    p.add_argument("--size", default="1600x960", help="window size, WIDTHxHEIGHT")
    p.add_argument("--slug", default=MAIN_SLUG, help="the article to open")
    p.add_argument("--screen", default="", help="a screen of this size, WIDTHxHEIGHT (e.g. 1280x720): "
                                                  "the window opens at the size the program picks")
    p.add_argument("--find", default="", help="put the caret on this text in the editor")
    args = p.parse_args(argv)
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    xvfb = start_display(args.screen or "1920x1080")
    try:
        with tempfile.TemporaryDirectory(prefix="editor-app-shot-") as tmp:
            path = take(args, Path(tmp))
        print(f"{path} ({path.stat().st_size / 1024:.0f} KB, platform "
              f"{os.environ.get('QT_QPA_PLATFORM', 'default')})")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

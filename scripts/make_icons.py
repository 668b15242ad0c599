"""Draw the application icon and turn it into the Windows ``.ico`` and macOS ``.icns``.

One master image is committed: ``resources/icons/editor-app.png`` (1024x1024):
a rounded square in the journal's deep blue with a white page of text and a
gold pen nib writing on it. The platform icons are derived from it at build
time (``packaging/build.py`` calls :func:`make_platform_icons`).

    python scripts/make_icons.py draw            # redraw the master PNG
    python scripts/make_icons.py convert DIR     # write DIR/editor-app.ico and .icns

Needs Pillow (the ``package`` extra).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
MASTER = ROOT / "resources" / "icons" / "editor-app.png"
SIZE = 1024
SCALE = 4  # drawn at 4x and downsampled: smooth edges without an antialiasing API
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

BLUE_TOP, BLUE_BOTTOM = (38, 84, 140), (21, 50, 92)
PAGE, PAGE_SHADOW, LINE = (250, 250, 246), (12, 32, 62), (176, 190, 210)
GOLD, GOLD_DARK, INK, SILVER = (240, 178, 62), (196, 130, 30), (21, 50, 92), (214, 222, 234)


def _s(v: float) -> int:
    return round(v * SCALE)


def _box(x0: float, y0: float, x1: float, y1: float) -> list[int]:
    return [_s(x0), _s(y0), _s(x1), _s(y1)]


def _background(img: Image.Image) -> None:
    """Rounded square with a vertical blue gradient (macOS-style 10% margin)."""
    big = SIZE * SCALE
    gradient = Image.new("RGB", (1, 256))
    for y in range(256):
        t = y / 255
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(BLUE_TOP, BLUE_BOTTOM)))
    gradient = gradient.resize((big, big), Image.Resampling.BILINEAR)
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).rounded_rectangle(_box(100, 100, 924, 924), radius=_s(185), fill=255)
    img.paste(gradient, (0, 0), mask)


def _page(draw: ImageDraw.ImageDraw) -> None:
    """A sheet with a folded corner, a heading bar and lines of text."""
    x0, y0, x1, y1, fold = 262, 212, 702, 812, 96
    outline = [(x0, y0 + 28), (x0 + 28, y0), (x1 - fold, y0), (x1, y0 + fold),
               (x1, y1 - 28), (x1 - 28, y1), (x0 + 28, y1), (x0, y1 - 28)]
    draw.polygon([(_s(x + 12), _s(y + 16)) for x, y in outline], fill=PAGE_SHADOW + (110,))
    draw.polygon([(_s(x), _s(y)) for x, y in outline], fill=PAGE)
    draw.polygon([(_s(x1 - fold), _s(y0)), (_s(x1 - fold), _s(y0 + fold)), (_s(x1), _s(y0 + fold))],
                 fill=LINE)
    draw.rounded_rectangle(_box(322, 300, 560, 340), radius=_s(20), fill=INK)
    for i, right in enumerate((642, 642, 600, 642, 560, 470)):
        y = 410 + i * 64
        draw.rounded_rectangle(_box(322, y, right, y + 22), radius=_s(11), fill=LINE)


def _rotated(points: list[tuple[float, float]], angle_deg: float, cx: float, cy: float,
             k: float = 0.85) -> list[tuple[int, int]]:
    """``points`` scaled by ``k``, turned by ``angle_deg`` and moved to (cx, cy), in drawing pixels."""
    a = math.radians(angle_deg)
    cos, sin = math.cos(a) * k, math.sin(a) * k
    return [(_s(cx + x * cos - y * sin), _s(cy + x * sin + y * cos)) for x, y in points]


def _nib(draw: ImageDraw.ImageDraw) -> None:
    """A fountain-pen nib, tip down-left, writing at the end of the last line."""
    angle, cx, cy = 40.0, 648, 563  # local +y (the tip) points down-left after rotation
    body = [(-112, -150), (112, -150), (112, 10), (0, 290), (-112, 10)]
    collar = [(-128, -250), (128, -250), (128, -168), (-128, -168)]
    shade = [(0, -150), (112, -150), (112, 10), (0, 290)]
    draw.polygon(_rotated(collar, angle, cx, cy), fill=SILVER)
    draw.polygon(_rotated(body, angle, cx, cy), fill=GOLD)
    draw.polygon(_rotated(shade, angle, cx, cy), fill=GOLD_DARK)
    (hx, hy), (tx, ty) = _rotated([(0, -10), (0, 282)], angle, cx, cy)
    draw.line([(hx, hy), (tx, ty)], fill=INK, width=_s(10))
    r = _s(26)
    draw.ellipse([hx - r, hy - r, hx + r, hy + r], fill=INK)


def draw_master(path: Path = MASTER) -> Path:
    """Draw the 1024x1024 master icon to ``path`` (RGBA PNG, about 60 kB)."""
    big = SIZE * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    _background(img)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    _page(draw)
    _nib(draw)
    img.alpha_composite(layer)
    img = img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, optimize=True)
    return path


def make_platform_icons(out_dir: Path, master: Path = MASTER) -> tuple[Path, Path]:
    """Write ``editor-app.ico`` (16-256 px) and ``editor-app.icns`` (16-1024 px) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    img = Image.open(master).convert("RGBA")
    if img.size != (SIZE, SIZE):
        raise ValueError(f"{master} must be {SIZE}x{SIZE}, not {img.size[0]}x{img.size[1]}")
    ico, icns = out_dir / "editor-app.ico", out_dir / "editor-app.icns"
    img.save(ico, format="ICO", sizes=ICO_SIZES)
    img.save(icns, format="ICNS")
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("draw", help=f"redraw {MASTER.relative_to(ROOT)}")
    conv = sub.add_parser("convert", help="write editor-app.ico and editor-app.icns")
    conv.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "draw":
        print(draw_master())
    else:
        for path in make_platform_icons(args.out_dir):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

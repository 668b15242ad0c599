"""Where the page templates and stylesheets (``resources/``) live.

The wheel maps the repository's ``resources/`` to ``editor_app/resources/``;
a source checkout (or an editable install) keeps it at the repository root;
a PyInstaller bundle unpacks it to ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # .../editor_app


def resource_roots() -> list[Path]:
    """The folders searched for resources, in order of preference."""
    roots = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    return roots


def resource_root() -> Path:
    return _first_existing(tuple(resource_roots()))


@lru_cache(maxsize=4)
def _first_existing(roots: tuple[Path, ...]) -> Path:
    for root in roots:
        if (root / "templates").is_dir():
            return root
    searched = ", ".join(str(r) for r in roots)
    raise FileNotFoundError(f"the application's resources folder is missing (searched {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``, e.g. ``resource_path("css", "page.css")``."""
    return resource_root().joinpath(*parts)

"""Where the default library lives."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "editor-app"


def default_library_path() -> Path:
    env = os.environ.get("EDITOR_APP_LIBRARY")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"

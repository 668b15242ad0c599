"""Where the default library lives."""

from __future__ import annotations

import os

from platformdirs import user_data_path

from editor_app.core.library.location import Location, parse_location

APP_NAME = "editor-app"


def default_library_path() -> Location:
    """``EDITOR_APP_LIBRARY`` (a path or a server URL), else the file in the user data folder."""
    env = os.environ.get("EDITOR_APP_LIBRARY")
    if env:
        return parse_location(env)
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"

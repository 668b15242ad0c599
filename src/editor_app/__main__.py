"""``python -m editor_app [--library PATH] [subcommand ...]``: the same as ``editor-app``."""

from editor_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

"""Command line: ``editor-app [import|list|export] ...``; no subcommand opens the window.

Errors are one line on stderr with a non-zero exit status (2 for usage or a
library that cannot be opened), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from editor_app import __version__
from editor_app.core.dto import ArticleData
from editor_app.core.errors import LibraryError
from editor_app.core.paths import default_library_path

EXIT_FAILED, EXIT_USAGE = 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _library_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # subcommands must not reset a --library given before them
    p.add_argument("--library", metavar="PATH", type=Path,
                   default=None if top else argparse.SUPPRESS,
                   help="library file (default: $EDITOR_APP_LIBRARY or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="editor-app", description="Editorial workstation for journal articles.")
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    _library_arg(parser, top=True)
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (library, render, export, preview)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    imp = sub.add_parser("import", help="import Markdown (.md with front matter) or .txt files")
    _library_arg(imp)
    imp.add_argument("--update", action="store_true", help="update articles whose slug exists")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    lst = sub.add_parser("list", help="list articles")
    _library_arg(lst)
    lst.add_argument("--search", metavar="TEXT")
    lst.add_argument("--status", metavar="STATUS")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    exp = sub.add_parser("export", help="write publish-ready HTML pages")
    _library_arg(exp)
    exp.add_argument("--out", required=True, type=Path, metavar="DIR")
    exp.add_argument("slugs", nargs="*", metavar="SLUG")
    return parser


def _open(args, readonly: bool = False):
    from editor_app.core.store import Store

    path = args.library or default_library_path()
    return Store.open(path, readonly=readonly, create=not readonly)


def cmd_import(args) -> int:
    from editor_app.core.importer import import_files

    with _open(args) as store:
        report = import_files(store, args.files, update=args.update)
    for _path, art in report.imported:
        print(f"{art.id}\t{art.slug}\t{art.title}")
    for path, reason in report.failed:
        print(f"editor-app: {path}: {reason}", file=sys.stderr)
    return EXIT_FAILED if report.failed else 0


def article_json(art: ArticleData) -> dict:
    data = art.content_dict()
    data.update(id=art.id, uuid=art.uuid, word_count=art.word_count,
                created_at=art.created_at.isoformat() if art.created_at else None,
                updated_at=art.updated_at.isoformat() if art.updated_at else None)
    return data


def cmd_list(args) -> int:
    from editor_app.core.status import Status

    status = None
    if args.status:
        try:
            status = Status.parse(args.status).value
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            print(f"editor-app: unknown status '{args.status}' (use one of: {allowed})", file=sys.stderr)
            return EXIT_USAGE
    path = args.library or default_library_path()
    if not path.exists():
        print("[]" if args.json else "", end="\n" if args.json else "")
        return 0
    with _open(args, readonly=True) as store:
        ids = store.list_ids(status=status, search_text=args.search)
        articles = [store.get_article(i) for i in ids]
    if args.json:
        json.dump([article_json(a) for a in articles], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for a in articles:
            print(f"{a.id}\t{a.status}\t{a.slug}\t{a.title}")
    return 0


def cmd_export(args) -> int:
    from editor_app.core.export import export_articles

    with _open(args, readonly=True) as store:
        report = export_articles(store, args.out, args.slugs or None)
    for path in report.written:
        print(path)
    for failure in report.errors:
        print(f"editor-app: {failure.slug}: {failure.message}", file=sys.stderr)
    return EXIT_FAILED if report.errors else 0


COMMANDS = {"import": cmd_import, "list": cmd_list, "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app's render workers start through here
    logging.basicConfig(level=logging.WARNING, format="editor-app: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from editor_app.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from editor_app.app import main as gui_main

            return gui_main(library=args.library)
        return COMMANDS[args.command](args)
    except LibraryError as exc:
        print(f"editor-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback for a user
        logging.getLogger("editor_app").debug("unexpected error", exc_info=True)
        print(f"editor-app: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())

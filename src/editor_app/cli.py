"""Command line: ``editor-app [import|list|export|copy|review|check|issue] ...``; no subcommand opens the window.

Errors are one line on stderr with a non-zero exit status (2 for usage or a
library that cannot be opened), never a traceback.
"""

from __future__ import annotations

import argparse
import os
import logging
import sqlite3
import sys
from pathlib import Path

from editor_app import __version__
from editor_app.cli_output import SafeFormatter, one_line, row, say, terminal_safe
from editor_app.cli_text import HelpFormatter, install_argparse, localize, translate
from editor_app.core.dto import ArticleData
from editor_app.core.errors import N_, LibraryError, Text
from editor_app.core.library.location import ServerLocation, parse_location
from editor_app.core.library.paths import default_library_path

EXIT_FAILED, EXIT_USAGE = 1, 2


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)   # help in the system's language
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, translate("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


def location(value: str):
    """A ``--library`` value: a file path, or a team library's postgresql:// URL."""
    try:
        return parse_location(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(localize(exc)) from None


def _library_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # subcommands must not reset a --library given before them
    p.add_argument("--library", metavar="PATH|URL", type=location,
                   default=None if top else argparse.SUPPRESS,
                   help=N_("library file, or a team library's postgresql://user@host:port/dbname "
                           "(default: $EDITOR_APP_LIBRARY or the user data folder)"))


def build_parser() -> argparse.ArgumentParser:
    install_argparse()
    parser = _Parser(prog="editor-app", description=N_("Editorial workstation for journal articles."))
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    _library_arg(parser, top=True)
    parser.add_argument("--self-test", action="store_true",
                        help=N_("check that this installation works (library, render, export, preview)"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    imp = sub.add_parser("import", help=N_("import Markdown (.md with front matter), .txt, Word (.docx) or web page (.html) files"))
    _library_arg(imp)
    imp.add_argument("--update", action="store_true", help=N_("update articles whose slug exists"))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    lst = sub.add_parser("list", help=N_("list articles"))
    _library_arg(lst)
    lst.add_argument("--search", metavar="TEXT", help=N_("only the articles that match (case and diacritics ignored)"))
    lst.add_argument("--status", metavar="STATUS", help=N_("only the articles with this status"))
    lst.add_argument("--json", action="store_true",
                     help=N_("print a JSON array: every field of each article but its text"))
    lst.add_argument("--body", action="store_true", help=N_("with --json: each article's text too"))
    lst.add_argument("--sort", choices=("updated", "title", "status"), default="updated",
                     help=N_("newest first (default), titles in Vietnamese alphabetical order, "
                             "or statuses in the order of the work (a search ranks its matches)"))
    exp = sub.add_parser("export", help=N_("write publish-ready HTML pages"))
    _library_arg(exp)
    exp.add_argument("--out", required=True, type=Path, metavar="DIR")
    exp.add_argument("--issue", metavar="KEY", help=N_("an issue: its page as index.html and its articles that are ready"))
    exp.add_argument("--format", choices=("html", "pdf", "jats"), default="html",
                     help=N_("html: pages and index.html; pdf: A4 proofs; jats: JATS 1.3 XML (default: html)"))
    exp.add_argument("--all-statuses", action="store_true",
                     help=N_("without SLUGs: every article, not only the published ones (a full proof)"))
    exp.add_argument("slugs", nargs="*", metavar="SLUG",
                     help=N_("these articles whatever their status (default: the published ones)"))
    cp = sub.add_parser("copy", help=N_("copy a whole library to another (a file to a team library's server)"))
    _library_arg(cp)
    cp.add_argument("--to", required=True, type=location, metavar="PATH|URL",
                    help=N_("the new library: an empty database (postgresql://...) or a new file"))
    from editor_app import cli_issue, cli_review

    cli_review.add_parser(sub, _library_arg)
    cli_issue.add_parsers(sub, _library_arg)
    return parser


def _open(args, readonly: bool = False):
    import gc

    from editor_app.core.library.store import Store

    gc.freeze()   # what the imports made lives as long as the process: no collection need walk it again
    path = args.library or default_library_path()
    return Store.open(path, readonly=readonly, create=not readonly)


def _tell_notices(store) -> None:
    """What opening or using the library did that the user must know."""
    for notice in store.notices:
        say(N_("warning: {message}", message=notice.message))


def cmd_import(args) -> int:
    from editor_app.core.importing.importer import ImportStopped, import_files

    def committed(_path, art) -> None:  # printed as soon as it is saved: a kill loses no line
        print(row(art.id, art.slug, art.title), flush=True)

    from editor_app.core.errors import LibraryLockedError

    stopped = None
    try:
        store = _open(args)
    except LibraryLockedError:   # a window holds the library: hand it the files
        handed = _hand_to_window(args)
        if handed is None:
            raise
        return handed
    with store:
        try:
            report = import_files(store, args.files, update=args.update, on_imported=committed)
        except ImportStopped as exc:  # the library failed: what was committed is listed already
            stopped, report = exc, exc.report
        finally:
            _tell_notices(store)
    for path, note in report.notes:
        say(N_("{path}: note: {note}", path=path, note=note))
    for path, reason in report.failed:
        say(N_("{path}: {reason}", path=path, reason=reason))
    if stopped is not None:
        say(N_("{reason}; the import stopped (the articles listed above were saved)", reason=one_line(stopped)))
        return EXIT_USAGE
    return EXIT_FAILED if report.failed else 0


def _hand_to_window(args) -> int | None:
    """Give the files to the window that holds the library; its report printed as
    ours. None when no window listens (the library is busy in another program)."""
    from editor_app.core.library.handoff import hand_over

    path = args.library or default_library_path()
    files = [str(Path(f).absolute()) for f in args.files]
    reply = hand_over(path, {"op": "import", "files": files, "update": bool(args.update)},
                      sent=lambda: say(N_("the library is open in a window; {count:,} files were handed to it", count=len(files))))
    if reply is None:
        return None
    for _path, art_id, slug, title in reply.get("imported", []):
        print(row(art_id, slug, title), flush=True)
    for file, _note, note in reply.get("notes", []):
        say(N_("{path}: note: {note}", path=file, note=Text.from_json(note)))
    for file, _reason, reason in reply.get("failed", []):
        say(N_("{path}: {reason}", path=file, reason=Text.from_json(reason)))
    if reply.get("stopped"):
        say(Text.from_json(reply["stopped"]))
        return EXIT_FAILED
    return EXIT_FAILED if reply.get("failed") else 0


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
            say(N_("unknown status '{status}' (use one of: {allowed})", status=args.status, allowed=allowed))
            return EXIT_USAGE
    path = args.library or default_library_path()
    if not isinstance(path, ServerLocation) and not path.exists():
        print("[]" if args.json else "", end="\n" if args.json else "")
        return 0
    from editor_app.core.library.json_layout import ArrayWriter

    damaged: list = []
    out = ArrayWriter(_write_bytes) if args.json else None

    def show(part: list) -> None:   # 10,000 articles a part: one write for each
        if out is not None:
            out.write(part)
        else:
            for article_id, status_, slug, title in part:
                print(row(article_id, status_, slug, title))

    with _open(args, readonly=True) as store:
        try:   # one statement: every field but the body (see core/library/listing.py)
            store.listing(show, status=status, search_text=args.search, body=args.body, brief=not args.json,
                          on_damaged=damaged.append, sort=args.sort)
        finally:
            _tell_notices(store)
    if out is not None:
        out.close()
    for exc in damaged:
        say(N_("{reason} (left out)", reason=one_line(exc)))
    return EXIT_FAILED if damaged else 0


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is None:   # a text-only stream (tests)
        sys.stdout.write(data.decode("utf-8"))
    else:
        out.write(data)
        out.flush()


def cmd_export(args) -> int:
    from editor_app.core.publishing.export import export_articles

    if args.out.exists() and not args.out.is_dir():
        say(N_("{path}: this is a file, not a folder; choose a folder for --out", path=args.out))
        return EXIT_USAGE
    if args.issue and args.slugs:
        say(N_("give either --issue or article slugs, not both"))
        return EXIT_USAGE
    def pages(store, out: Path, fmt: str):
        if args.issue:
            from editor_app.core.publishing.issue_export import export_issue

            done = export_issue(store, args.issue, out, fmt=fmt)
            return done.report, done.held
        return export_articles(store, out, args.slugs or None, all_statuses=args.all_statuses, fmt=fmt), []

    with _open(args, readonly=True) as store:
        try:
            if args.format == "pdf":   # the HTML pages, printed by QtWebEngine off screen
                from editor_app.ui.printing.pdf_export import export_pdf

                report, held = export_pdf(store, args.out, lambda folder: pages(store, folder, "html"),
                                          _offscreen_application, with_index=bool(args.issue))
            else:
                report, held = pages(store, args.out, args.format)
        finally:
            _tell_notices(store)
    for path in report.written:
        print(terminal_safe(path))
    for failure in held:
        say(N_("{slug}: held back: {reason}", slug=failure.slug, reason=failure.message))
    for failure in report.errors:
        say(N_("{slug}: {reason}", slug=failure.slug, reason=failure.message))
    return EXIT_FAILED if report.errors or held else 0


def _offscreen_application():
    """The QApplication QtWebEngine needs to print, without a window on any screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor_app.app import make_application

    return make_application(["editor-app"])


def cmd_copy(args) -> int:
    from editor_app.core.library.copying import copy_library

    source = args.library or default_library_path()
    report = copy_library(source, args.to, progress=lambda table, n: say(N_("{table}: {count:,} rows copied", table=table, count=n)))
    for table, (here, there) in report.counts.items():
        print(row(table, here, there))
    if report.mismatches:
        say(N_("the copy differs from the library: {tables}", tables=", ".join(report.mismatches)))
        return EXIT_FAILED
    say(N_("copied {count:,} articles to {library}; the counts match on both sides", count=report.articles, library=args.to))
    return 0


def cmd_review(args) -> int:
    from editor_app.cli_review import cmd_review as run

    return run(args)


def cmd_check(args) -> int:
    from editor_app.cli_issue import cmd_check as run

    return run(args)


def cmd_issue(args) -> int:
    from editor_app.cli_issue import cmd_issue as run

    return run(args)


COMMANDS = {"import": cmd_import, "list": cmd_list, "export": cmd_export, "copy": cmd_copy, "review": cmd_review,
            "check": cmd_check, "issue": cmd_issue}


def _utf8_output() -> None:
    """Print UTF-8 whatever the console or pipe would choose (Windows picks the
    ANSI code page for a pipe, and Vietnamese titles do not fit in cp1252)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            try:
                reconfigure(encoding="utf-8", errors="backslashreplace")
            except (OSError, ValueError):
                pass


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):   # the frozen app's render and import children start here
        import multiprocessing   # (PyInstaller hooks freeze_support; elsewhere it does nothing)

        multiprocessing.freeze_support()
    _utf8_output()
    handler = logging.StreamHandler()
    handler.setFormatter(SafeFormatter("editor-app: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    given = sys.argv[1:] if argv is None else argv
    if len(given) == 1 and given[0].lower().endswith(".review") and not given[0].startswith("-"):
        from editor_app.app import review_main   # a reviewer opens the file (or double-clicks it)

        return review_main(Path(given[0]))
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from editor_app.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from editor_app.app import main as gui_main

            return gui_main(library=args.library)
        return _ending(COMMANDS[args.command](args))
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:  # noqa: BLE001 - never a traceback for a user
        return _fail(exc)


def _ending(status: int) -> int:
    """``status``, the command done: the objects made so far (SQLAlchemy's, at import, most
    of them) are left out of the interpreter's last collection, which would walk them all
    as the process ends (some 35 ms, a tenth of ``list --json`` on 10,000 articles; the
    collections while it ran skipped them too, see ``_open``)."""
    import gc

    gc.freeze()
    return status


def _fail(exc: BaseException) -> int:
    """One line for an error that ended the command, and its exit status."""
    from editor_app.core.errors import ConflictError, InputError, ServerUnavailableError

    if isinstance(exc, SystemExit):
        raise exc
    if isinstance(exc, (ServerUnavailableError, ConflictError)):   # the library is sound: try again
        say(one_line(exc))
        return EXIT_FAILED
    if isinstance(exc, LibraryError):
        say(one_line(exc))
        return EXIT_USAGE
    if isinstance(exc, InputError):
        say(one_line(exc))
        return EXIT_FAILED
    if isinstance(exc, OSError):
        where = exc.filename or ""
        reason = exc.strerror or one_line(exc)
        say(N_("{path}: {reason}", path=where, reason=reason) if where else reason)
        return EXIT_FAILED
    if isinstance(exc, MemoryError):
        say(N_("not enough memory to finish; nothing more was changed"))
        return EXIT_FAILED
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy"):
        say(N_("the library could not be used: {reason}", reason=one_line(getattr(exc, "orig", None) or exc)))
        return EXIT_FAILED
    logging.getLogger("editor_app").debug("unexpected error", exc_info=True)
    say(N_("unexpected error: {kind}: {reason}", kind=exc.__class__.__name__, reason=one_line(exc)))
    return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())

"""``editor-app check`` and ``editor-app issue``: pre-publish checks and the journal's issues.

    editor-app check  [--library L] [SLUG...] [--json]     every problem; exit 1 when one is an error
    editor-app issue create [--library L] --volume V --number N --year Y [--title T] [--date D] [--note TEXT]
                                                           prints the new issue's key on its last line
    editor-app issue add    [--library L] KEY SLUG...      appends the articles in the order given
    editor-app issue remove [--library L] KEY SLUG...
    editor-app issue list   [--library L] --json
    editor-app issue show   [--library L] KEY --json
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from editor_app.core.errors import N_

EXIT_FAILED = 1


def add_parsers(sub, library_arg) -> None:
    check = sub.add_parser("check", help=N_("pre-publish checks of articles and the journal profile"))
    library_arg(check)
    check.add_argument("slugs", nargs="*", metavar="SLUG", help=N_("the articles (default: all)"))
    check.add_argument("--json", action="store_true", help=N_("print a JSON array of problems"))
    issue = sub.add_parser("issue", help=N_("issues of the journal: volume, number, year and their articles"))
    library_arg(issue)
    actions = issue.add_subparsers(dest="action", required=True, parser_class=type(issue))
    create = actions.add_parser("create", help=N_("a new issue (its key is printed)"))
    library_arg(create)
    create.add_argument("--volume", required=True, metavar="V")
    create.add_argument("--number", required=True, metavar="N")
    create.add_argument("--year", required=True, type=int, metavar="Y")
    create.add_argument("--title", default="", metavar="T")
    create.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    create.add_argument("--note", default="", metavar="TEXT", help=N_("the editor's note"))
    for name, what in (("add", N_("append articles to an issue, in the order given")),
                       ("remove", N_("take articles out of an issue"))):
        p = actions.add_parser(name, help=what)
        library_arg(p)
        p.add_argument("key", metavar="KEY")
        p.add_argument("slugs", nargs="+", metavar="SLUG")
    lst = actions.add_parser("list", help=N_("the issues, newest first"))
    library_arg(lst)
    lst.add_argument("--json", action="store_true", required=True)
    show = actions.add_parser("show", help=N_("an issue and its articles in order"))
    library_arg(show)
    show.add_argument("key", metavar="KEY")
    show.add_argument("--json", action="store_true", required=True)


def cmd_check(args: argparse.Namespace) -> int:
    from editor_app.cli import _open
    from editor_app.cli_output import row, say
    from editor_app.cli_text import localize
    from editor_app.core.publishing.checks import has_errors
    from editor_app.core.publishing.gate import check_library

    with _open(args, readonly=True) as store:
        problems, missing = check_library(store, args.slugs or None)
    for slug in missing:
        say(N_("{slug}: no article with this slug in the library", slug=slug))
    if args.json:
        print(json.dumps([p.as_json() for p in problems], ensure_ascii=False, indent=1))
    else:
        for p in problems:
            print(row(p.severity, p.slug or localize(N_("(journal)")), p.kind, localize(p.message)), flush=True)
    return EXIT_FAILED if has_errors(problems) or missing else 0


def cmd_issue(args: argparse.Namespace) -> int:
    from editor_app.cli import _open
    from editor_app.cli_output import say, terminal_safe
    from editor_app.core.library import issues

    with _open(args, readonly=args.action in ("list", "show")) as store:
        if args.action == "create":
            made = issues.create(store, args.volume, args.number, args.year, args.title, args.date, args.note)
            print(terminal_safe(made.label() + (f": {made.title}" if made.title else "")))
            print(made.key)
        elif args.action == "add":
            added = issues.add(store, args.key, args.slugs)
            for slug in args.slugs:
                if slug not in added:
                    say(N_("{slug}: already in the issue {key}; it stays where it is", slug=slug, key=args.key))
        elif args.action == "remove":
            removed = issues.remove(store, args.key, args.slugs)
            for slug in args.slugs:
                if slug not in removed:
                    say(N_("{slug}: not in the issue {key}", slug=slug, key=args.key))
            if len(removed) < len(dict.fromkeys(args.slugs)):
                return EXIT_FAILED
        elif args.action == "list":
            print(json.dumps([i.as_json(with_articles=False) for i in issues.all_issues(store)],
                             ensure_ascii=False, indent=1))
        else:
            found = issues.get(store, args.key)
            if found is None:
                say(N_("no issue '{key}' in the library (see: editor-app issue list)", key=args.key))
                return EXIT_FAILED
            print(json.dumps(found.as_json(), ensure_ascii=False, indent=1))
    return 0

"""``editor-app review``: a review round from the command line.

    editor-app review pack   [--library L] --out DIR SLUG...    one .review per article; prints each path
    editor-app review merge  [--library L] FILE...              exit 0, or 1 with a line per refused file
    editor-app review show   [--library L] SLUG --json          the body and the notes on it now
    editor-app review accept [--library L] SLUG (--all | --id ID...)
    editor-app review reject [--library L] SLUG (--all | --id ID...)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor_app.core.errors import N_

EXIT_FAILED = 1


def add_parser(sub, library_arg) -> None:
    review = sub.add_parser("review", help=N_("send articles to reviewers as .review files and merge them back"))
    library_arg(review)
    actions = review.add_subparsers(dest="action", required=True, parser_class=type(review))
    pack = actions.add_parser("pack", help=N_("write one .review file per article (printing its path)"))
    library_arg(pack)
    pack.add_argument("--out", required=True, type=Path, metavar="DIR")
    pack.add_argument("slugs", nargs="+", metavar="SLUG")
    merge = actions.add_parser("merge", help=N_("merge returned .review files into the library"))
    library_arg(merge)
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    show = actions.add_parser("show", help=N_("an article's review: comments and suggestions on its text now"))
    library_arg(show)
    show.add_argument("slug", metavar="SLUG")
    show.add_argument("--json", action="store_true", required=True, help=N_("print it as JSON"))
    for name, what in (("accept", N_("apply suggestions to the text")), ("reject", N_("turn suggestions down"))):
        decide = actions.add_parser(name, help=what)
        library_arg(decide)
        decide.add_argument("slug", metavar="SLUG")
        which = decide.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help=N_("every open suggestion"))
        which.add_argument("--id", dest="ids", type=int, nargs="+", metavar="ID")


def cmd_review(args: argparse.Namespace) -> int:
    return {"pack": _pack, "merge": _merge, "show": _show, "accept": _decide, "reject": _decide}[args.action](args)


def _pack(args) -> int:
    from editor_app.cli import _open
    from editor_app.cli_output import say, terminal_safe
    from editor_app.core.errors import InputError
    from editor_app.core.reviewing.desk import pack_article

    failed = False
    with _open(args) as store:
        for slug in args.slugs:
            try:
                print(terminal_safe(pack_article(store, slug, args.out)), flush=True)
            except InputError as exc:
                say(str(exc))
                failed = True
    return EXIT_FAILED if failed else 0


def _merge(args) -> int:
    from editor_app.cli import _open
    from editor_app.cli_output import one_line, say, terminal_safe
    from editor_app.cli_text import localize
    from editor_app.core.errors import InputError
    from editor_app.core.reviewing.desk import merge_file

    failed = False
    with _open(args) as store:
        for path in args.files:
            try:
                result = merge_file(store, path)
            except (InputError, OSError) as exc:
                say(N_("{path}: {reason}", path=path, reason=one_line(exc)))
                failed = True
                continue
            if result.already:
                said = N_("{path}: already merged into {slug}; nothing changed", path=path, slug=result.slug)
            else:
                said = N_("{path}: merged into {slug}: {comments} comments, {suggestions} suggestions "
                          "({detached} detached: their passage is gone)", path=path, slug=result.slug,
                          comments=result.comments, suggestions=result.suggestions, detached=result.detached)
            print(terminal_safe(localize(said)), flush=True)
    return EXIT_FAILED if failed else 0


def _show(args) -> int:
    from editor_app.cli import _open
    from editor_app.core.reviewing.desk import show

    with _open(args, readonly=True) as store:
        review = show(store, args.slug)
    print(json.dumps(show_json(review), ensure_ascii=False, indent=1))
    return 0


def show_json(review) -> dict:
    """The contract of ``review show --json``."""
    from editor_app.core.reviewing.criticmarkup import COMMENT

    last = next((r for r in reversed(review.rounds) if r.returned_at is not None), None)
    comments, suggestions = [], []
    for note in review.notes:
        row = note.row
        if row.kind == COMMENT:
            comments.append({"id": row.id, "quote": note.quote, "text": row.text, "start": note.start,
                             "end": note.end, "author": row.author, "resolved": row.state == "resolved",
                             "created_at": row.created_at.isoformat(timespec="seconds") + "Z"})
        elif row.state == "open":
            suggestions.append({"id": row.id, "kind": row.kind, "old": note.quote, "new": row.new_text,
                                "start": note.start, "end": note.end, "author": row.author})
    return {
        "slug": review.slug, "body": review.body,
        "recommendation": last.recommendation if last else None,
        "reviewer": {"name": last.reviewer_name, "email": last.reviewer_email} if last else None,
        "rounds": [{"sent_at": _when(r.sent_at), "sent_by": r.sent_by, "returned_at": _when(r.returned_at),
                    "reviewer": {"name": r.reviewer_name, "email": r.reviewer_email},
                    "recommendation": r.recommendation, "summary": r.summary} for r in review.rounds],
        "comments": comments, "suggestions": suggestions,
    }


def _when(value) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


def _decide(args) -> int:
    from editor_app.cli import _open
    from editor_app.cli_output import say
    from editor_app.core.reviewing.desk import decide

    accept = args.action == "accept"
    with _open(args) as store:
        done, problems = decide(store, args.slug, None if args.all else args.ids, accept)
    for note_id in done:
        print(note_id)
    for problem in problems:
        say(problem)
    return EXIT_FAILED if problems else 0

#!/usr/bin/env python3
"""Update the interface translations (Qt Linguist) and build the ``.qm`` files.

    python scripts/update_translations.py           # update .ts, build .qm
    python scripts/update_translations.py --check   # verify only (CI, tests)

``pyside6-lupdate`` extracts the messages of every ``.py`` under
``src/editor_app/ui/``, ``src/editor_app/app.py`` and
``src/editor_app/core/validate.py`` (its ``QT_TRANSLATE_NOOP("validate", ...)``
messages) into ``resources/translations/editor_app_vi.ts`` (every message) and
``editor_app_en.ts`` (plural messages only: the English source text is used
as is, except that "%n page(s)" needs its English singular and plural forms).
``pyside6-lrelease`` then compiles each ``.ts`` into its ``.qm``.

Qt ships no Vietnamese translation of its own strings (standard dialog
buttons, text-field context menus), so ``qt_strings_vi.ts`` holds the few the
program shows, written by hand (lupdate never touches it); lrelease compiles
it into ``editor_app_vi.qm`` together with the program's messages.

The translations themselves are edited in the ``.ts`` files (Qt Linguist:
``pyside6-linguist resources/translations/editor_app_vi.ts``).

``--check`` changes nothing and exits 1 when a ``.ts`` file is out of date
with the sources (lupdate is run on temporary copies; the ``<location>``
line references are ignored), when a message is unfinished, empty, or drops
a placeholder or an accelerator, or when a ``.qm`` differs from what
lrelease builds from its ``.ts`` now.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = Path("resources", "translations")
SOURCE_DIRS = (Path("src", "editor_app", "ui"), Path("src", "editor_app", "core"))
SOURCE_FILES = (Path("src", "editor_app", "app.py"), Path("src", "editor_app", "cli.py"),
                Path("src", "editor_app", "cli_issue.py"), Path("src", "editor_app", "cli_review.py"),
                Path("src", "editor_app", "cli_text.py"))
# core.errors.N_("...", **values): a message of the core or the command line, context ""
ALIASES = ["-tr-function-alias", "QT_TR_NOOP+=N_"]
# language -> extra lupdate options
LANGUAGES = {"vi": [], "en": ["-pluralonly"]}
# language -> hand-written .ts files compiled into the same .qm (Qt's own strings)
QT_STRINGS = {"vi": ["qt_strings_vi.ts"]}
PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{\w*(?:![rsa])?(?::[^{}]*)?\}|%\(\w+\)[rsd]|%[rsd]")
ACCELERATOR = re.compile(r"&(?=[^&\s])")   # applied after removing "&&" (a literal &)


# -- tools ---------------------------------------------------------------------
def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: next to this Python, else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


def run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed ({result.returncode}):\n"
                         f"{result.stdout}{result.stderr}")


# -- paths -----------------------------------------------------------------------
def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files scanned for messages, relative to ``root``."""
    files = {p.relative_to(root) for d in SOURCE_DIRS for p in (root / d).rglob("*.py")}
    files.update(f for f in SOURCE_FILES if (root / f).exists())
    return sorted(files)


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"editor_app_{language}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"editor_app_{language}.qm"


# -- lupdate / lrelease ----------------------------------------------------------------
def lupdate(language: str, ts_file: Path, root: Path = ROOT) -> None:
    """Merge the sources' messages into ``ts_file`` (created when missing)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    args = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
            "-source-language", "en", "-target-language", language, *LANGUAGES[language], *ALIASES,
            *(str(p) for p in source_files(root)), "-ts", str(ts_file)]
    run(args, cwd=root)


def qt_strings(language: str, root: Path = ROOT) -> list[Path]:
    return [root / TRANSLATIONS / name for name in QT_STRINGS.get(language, [])]


def lrelease(ts_files: list[Path], qm_file: Path) -> None:
    """Compile ``ts_files`` (the program's, then Qt's strings) into one ``.qm``."""
    run([tool("pyside6-lrelease"), "-silent", *(str(p) for p in ts_files), "-qm", str(qm_file)],
        cwd=qm_file.parent)


# -- reading .ts files ------------------------------------------------------------------
def messages(ts_file: Path) -> list[tuple]:
    """(context, source, comment, numerus, translation type, forms) of each message,
    in file order; locations are left out (line numbers are not content)."""
    out = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = ()
            kind = "missing"
            if translation is not None:
                kind = translation.get("type") or "finished"
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
            out.append((name, message.findtext("source") or "", message.findtext("comment") or "",
                        message.get("numerus") == "yes", kind, forms))
    return out


def message_problems(ts_file: Path) -> list[str]:
    """Unfinished or empty translations, lost placeholders or accelerators."""
    problems = []
    for context, source, _comment, _numerus, kind, forms in messages(ts_file):
        where = f"{ts_file.name}: [{context}] {source!r}"
        if kind != "finished":
            problems.append(f"{where}: translation is {kind}")
            continue
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"{where}: empty translation")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            if found != wanted and not (wanted == ["%n"] and not found):
                problems.append(f"{where}: placeholders {found} instead of {wanted} in {form!r}")
            if _accelerators(source) != _accelerators(form):
                problems.append(f"{where}: accelerator (&) lost or doubled in {form!r}")
    return problems


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text.replace("&&", "")))


# -- the two modes --------------------------------------------------------------------------
def update(root: Path = ROOT) -> list[str]:
    """Update every .ts and rebuild every .qm; returns the open translation problems."""
    problems = []
    for language in LANGUAGES:
        ts_file = ts_path(language, root)
        lupdate(language, ts_file, root)
        lrelease([ts_file, *qt_strings(language, root)], qm_path(language, root))
        for path in (ts_file, *qt_strings(language, root)):
            problems += message_problems(path)
        print(f"{ts_file.relative_to(root)}: {len(messages(ts_file))} messages")
    return problems


def check(root: Path = ROOT) -> list[str]:
    """Everything that is out of date or unfinished (empty when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="translations-") as tmp:
        for language in LANGUAGES:
            ts_file, qm_file = ts_path(language, root), qm_path(language, root)
            if not ts_file.exists():
                problems.append(f"{ts_file.relative_to(root)} is missing")
                continue
            fresh = Path(tmp, ts_file.name)
            shutil.copyfile(ts_file, fresh)
            lupdate(language, fresh, root)
            if messages(fresh) != messages(ts_file):
                problems.append(f"{ts_file.relative_to(root)} is out of date with the sources "
                                f"(run scripts/update_translations.py)")
            for path in (ts_file, *qt_strings(language, root)):
                problems += message_problems(path)
            built = Path(tmp, qm_file.name)
            lrelease([ts_file, *qt_strings(language, root)], built)
            if not qm_file.exists():
                problems.append(f"{qm_file.relative_to(root)} is missing")
            elif qm_file.read_bytes() != built.read_bytes():
                problems.append(f"{qm_file.relative_to(root)} is older than its .ts "
                                f"(run scripts/update_translations.py)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts/.qm is out of date or unfinished")
    args = parser.parse_args(argv)
    problems = check() if args.check else update()
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.check:
        print("translations: " + (f"{len(problems)} problem(s)" if problems else "up to date"))
        return 1 if problems else 0
    if problems:
        print(f"{len(problems)} message(s) still need translating", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

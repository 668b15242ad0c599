"""A minimal element tree for sanitized HTML: parse nh3's output, serialize it back.

nh3 (html5ever) serializes every tag as ``<name attr="value" ...>`` with ``"``
escaped inside values and ``<`` escaped in text, so every ``<`` in its output
starts a tag :data:`TAG` matches in full, attribute values included, and the
tags are properly nested.  That makes a regular-expression tokenizer exact
here (and several times faster than ``html.parser``).  Text nodes stay in
their escaped form; attributes stay as serialized text (``' name="value"'``).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata

__all__ = [
    "TAG", "VOID", "Element", "Node", "has_content", "is_blank", "parse", "serialize",
    "tag_attributes", "visible",
]

TAG = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
_ATTR = re.compile(r'\s([^\s"\'>/=]+)(?:="([^"]*)")?')
_ID_ATTR = re.compile(r'\sid="[^"]*"')
VOID = frozenset({"br", "hr", "img"})
# Letters that render as nothing (Hangul fillers, braille blank).
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


def tag_attributes(attr_text: str) -> dict[str, str]:
    """Attributes of one tag of sanitized output, entity-decoded."""
    return {name: _html.unescape(value or "") for name, value in _ATTR.findall(attr_text)}


class Element:
    __slots__ = ("name", "attrs", "children")

    def __init__(self, name: str, attrs: str = "", children: list[Node] | None = None) -> None:
        self.name = name
        self.attrs = attrs  # as serialized: ' name="value"...'
        self.children: list[Node] = [] if children is None else children

    def __repr__(self) -> str:  # for test failures
        return f"<{self.name}{self.attrs}>{self.children!r}"


Node = Element | str


def parse(html: str) -> list[Node]:
    """The nodes of nh3 output; a stray end tag is ignored."""
    root: list[Node] = []
    stack: list[Element] = []
    children = root
    pos = 0
    for match in TAG.finditer(html):
        if match.start() > pos:
            children.append(html[pos:match.start()])
        pos = match.end()
        closing, name, attrs = match.groups()
        if closing:
            if stack and stack[-1].name == name:
                stack.pop()
            elif any(open_.name == name for open_ in stack):
                while stack.pop().name != name:
                    pass
            else:
                continue
            children = stack[-1].children if stack else root
        else:
            element = Element(name, attrs)
            children.append(element)
            if name not in VOID:
                stack.append(element)
                children = element.children
    if pos < len(html):
        children.append(html[pos:])
    return root


def serialize(nodes: list[Node], out: list[str], ids: set[str]) -> None:
    """Append the HTML of *nodes* to *out*, dropping an ``id`` already in *ids*."""
    for node in nodes:
        if type(node) is str:
            out.append(node.replace("<", "&lt;") if "<" in node else node)
            continue
        attrs = node.attrs
        if ' id="' in attrs:
            value = tag_attributes(attrs).get("id", "")
            if value in ids:
                attrs = _ID_ATTR.sub("", attrs)
            ids.add(value)
        out.append(f"<{node.name}{attrs}>")
        if node.name not in VOID:
            serialize(node.children, out, ids)
            out.append(f"</{node.name}>")


def is_blank(text: str) -> bool:
    """True for inter-element whitespace (ASCII whitespace only)."""
    return not text.strip(" \t\n\r\f")


def visible(text: str) -> bool:
    """True if the (escaped) *text* shows a character: not only spaces, controls, fillers."""
    if "&" in text:
        text = _html.unescape(text)
    return any(
        not ch.isspace() and ch not in _BLANK_LETTERS and unicodedata.category(ch)[0] not in "CZ"
        for ch in text
    )


def has_content(nodes: list[Node]) -> bool:
    """True if *nodes* hold visible text or an image with a visible ``alt``."""
    pending = list(nodes)
    while pending:
        node = pending.pop()
        if type(node) is str:
            if visible(node):
                return True
        elif node.name == "img":
            if visible(tag_attributes(node.attrs).get("alt", "")):
                return True
        else:
            pending.extend(node.children)
    return False

"""Parsing article files: Markdown with YAML front matter, and plain text.

Whatever a file holds, parsing ends in ArticleData or an InputError whose
message says what is wrong. The YAML is bounded: at most ``FRONT_MATTER_MAX``
characters, no aliases (a few hundred bytes of nested aliases expand to
gigabytes), and every scalar stays the text it was written as (no timestamps
that ``2024-02-30`` breaks, no 5,000-digit integers, no binary).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.errors import N_, InputError
from editor_app.core.limits import FRONT_MATTER_MAX
from editor_app.core.status import Status
from editor_app.core.text import one_line
from editor_app.core.importing.textfile import decode_bytes, read_bytes

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"}
SCALAR_KEYS = ("title", "subtitle", "slug", "language", "section", "summary", "source", "doi", "license")
AUTHOR_KEYS = ("name", "affiliation", "orcid", "email")
# libyaml's safe loader (in the PyYAML wheels) is ~6x faster than the pure-Python one
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FIRST_HEADING = re.compile(r"^# (.*)", re.M)
_TOP_KEY = re.compile(r"^([^\s#:'\"{\[\-?][^:\n]*):", re.M)
# YYYY-MM-DD, optionally with a time as YAML writes timestamps (the time must be valid too)
_ISO_DATE = re.compile(r"(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?"
                       r"(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?\Z")
_OTHER_DATES = ("%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y")


class _Loader(_BASE_LOADER):
    """Safe YAML whose scalars stay text: ints, floats, booleans, timestamps and
    binary are the characters written; sets and ordered maps are refused."""


def _as_text(loader: _Loader, node: yaml.Node) -> str:
    return loader.construct_scalar(node)


def _refused(loader: _Loader, node: yaml.Node):
    raise yaml.constructor.ConstructorError(
        None, None, f"the type {node.tag.rsplit(':', 1)[-1]!r} is not supported", node.start_mark)


for _tag in ("int", "float", "bool", "timestamp", "binary"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)
for _tag in ("set", "omap", "pairs"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refused)


def _refuse_aliases(root: yaml.Node) -> None:
    """InputError when a node is reached twice (an alias, '*name')."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise InputError(N_("the front matter uses a YAML alias ('*name'); write the value out instead"))
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += (key, value)


def load_yaml(raw: str):
    """The YAML document in ``raw`` (None if empty); InputError if it cannot be read."""
    try:
        loader = _Loader(raw)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if "*" in raw:  # no '*': no alias (the check costs a walk over every node)
                _refuse_aliases(node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = N_(" (line {line})", line=mark.line + 2) if mark is not None else ""
        problem = getattr(exc, "problem", None)
        why = f": {one_line(problem, 120)}" if problem else ""   # PyYAML's words
        raise InputError(N_("the front matter is not valid YAML{where}{why}", where=where, why=why)) from None
    except RecursionError:
        raise InputError(N_("the front matter is nested too deeply")) from None


def _largest_key(raw: str) -> str:
    """'; 'summary' takes 70,000 of them': the top-level key whose lines are longest."""
    keys = [(m.start(), m.group(1).strip()) for m in _TOP_KEY.finditer(raw)]
    if not keys:
        return ""
    ends = [start for start, _ in keys[1:]] + [len(raw)]
    size, key = max((end - start, key) for (start, key), end in zip(keys, ends))
    return f"; '{one_line(key, 40)}' takes {size:,} of them"


def split_front_matter(text: str) -> tuple[dict, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.startswith("---\n"):
        return {}, text
    end = -1
    for marker in ("\n---\n", "\n...\n"):
        pos = text.find(marker, 3)
        if pos != -1 and (end == -1 or pos < end):
            end = pos
    if end == -1:
        if text.rstrip().endswith("\n---"):
            end = text.rstrip().rfind("\n---")
        else:
            raise InputError(N_("the front matter starting with '---' is never closed"))
    raw_meta, body = text[4:end], text[end + 5:]
    if len(raw_meta) > FRONT_MATTER_MAX:
        raise InputError(N_("the front matter is too long ({count:,} characters; at most "
                            "{FRONT_MATTER_MAX:,}){raw_meta}",
                            count=len(raw_meta), FRONT_MATTER_MAX=FRONT_MATTER_MAX, raw_meta=_largest_key(raw_meta)))
    meta = load_yaml(raw_meta) if raw_meta.strip() else None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(N_("the front matter must be a list of 'key: value' lines"))
    return meta, body.lstrip("\n")


def _kind(value) -> str:
    return N_("a list") if isinstance(value, list) else N_("'key: value' pairs") if isinstance(value, dict) \
        else N_("not text")


def _text(value, what: str) -> str:
    """A scalar of the front matter as text ("" for none); InputError for a list or mapping."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    raise InputError(N_("{what} must be text, not {value}", what=what, value=_kind(value)))


def _date(value) -> dt.date | None:
    text = _text(value, "'date'").strip()
    if not text:
        return None
    if m := _ISO_DATE.match(text):
        try:
            return dt.datetime(*(int(g) if g else 0 for g in m.groups())).date()
        except ValueError as exc:
            raise InputError(N_("the date '{text}' is not a valid date ({exc})", text=one_line(text, 60), exc=exc)) from None
    for fmt in _OTHER_DATES:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InputError(N_("the date '{text}' is not a date (use YYYY-MM-DD)", text=one_line(text, 60)))


def _str_list(value, key: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [_text(v, N_("each entry of '{key}'", key=key)) for v in value if v is not None and v != ""]
    raise InputError(N_("'{key}' must be a list or text, not {value}", key=key, value=_kind(value)))


def _author(item) -> AuthorData:
    if isinstance(item, str) and item.strip():
        return AuthorData(name=item)
    if isinstance(item, dict):
        fields = {k: _text(item.get(k), N_("an author's '{key}'", key=k)) for k in AUTHOR_KEYS}
        if fields["name"].strip():
            return AuthorData(**fields)
    raise InputError(N_("each author needs at least a name"))


def _authors(value) -> list[AuthorData]:
    if value is None or value == "":
        return []
    return [_author(item) for item in (value if isinstance(value, list) else [value])]


def _status(value) -> str:
    text = _text(value, "'status'")
    try:
        return Status.parse(text).value
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise InputError(N_("unknown status '{text}' (use one of: {allowed})",
                            text=one_line(text, 60), allowed=allowed)) from None


def article_from_meta(meta: dict, body: str, fallback_title: str) -> ArticleData:
    data = ArticleData(body=body)
    for key in SCALAR_KEYS:
        value = meta.get(key)
        if value is not None:
            setattr(data, key, _text(value, f"'{key}'"))
    if not data.title:
        first = _FIRST_HEADING.search(body)
        data.title = (first.group(1).strip() if first else "") or fallback_title
    if meta.get("status"):
        data.status = _status(meta["status"])
    data.published_on = _date(meta.get("date", meta.get("published")))
    data.keywords = _str_list(meta.get("keywords"), "keywords")
    data.related = _str_list(meta.get("related"), "related")
    data.authors = _authors(meta.get("authors"))
    return data


def parse_article_file(path: Path) -> ArticleData:
    """Read one file into ArticleData; InputError says what is wrong with it."""
    suffix = path.suffix.lower()
    if suffix not in MARKDOWN_SUFFIXES | TEXT_SUFFIXES:
        raise InputError(N_("unsupported file type (use .md, .markdown, .txt, .docx, .html or .htm)"))
    text = decode_bytes(read_bytes(path))
    if suffix in TEXT_SUFFIXES:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            raise InputError(N_("the file is empty"))
        return ArticleData(title=lines[0].strip(), body="\n".join(lines[1:]).strip("\n") + "\n")
    meta, body = split_front_matter(text)
    if not meta and not body.strip():
        raise InputError(N_("the file is empty"))
    return article_from_meta(meta, body, fallback_title=path.stem)

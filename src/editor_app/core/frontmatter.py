"""Parsing article files: Markdown with YAML front matter, and plain text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from editor_app.core.dto import ArticleData, AuthorData
from editor_app.core.errors import InputError
from editor_app.core.status import Status

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"}
# libyaml's safe loader (in the PyYAML wheels) is ~6x faster than the pure-Python one
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SCALAR_KEYS = ("title", "subtitle", "slug", "language", "section", "summary", "source", "doi", "license")


def decode_bytes(raw: bytes) -> str:
    """UTF-8 with or without BOM; NUL bytes or invalid UTF-8 raise InputError."""
    if not raw.strip():
        raise InputError("the file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError("this is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} on line {line}); "
            "save it as UTF-8 and import it again"
        ) from None


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
            raise InputError("the front matter starting with '---' is never closed")
    raw_meta, body = text[4:end], text[end + 5:]
    try:
        meta = yaml.load(raw_meta, Loader=_YAML_LOADER) if raw_meta.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(f"the front matter is not valid YAML{where}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("the front matter must be a list of 'key: value' lines")
    return meta, body.lstrip("\n")


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InputError(f"the date '{text}' is not a date (use YYYY-MM-DD)")


def _str_list(value, key: str) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    raise InputError(f"'{key}' must be a list")


def _authors(value) -> list[AuthorData]:
    out = []
    for item in _listify(value):
        if isinstance(item, str):
            out.append(AuthorData(name=item))
        elif isinstance(item, dict) and item.get("name"):
            out.append(AuthorData(**{k: str(item.get(k) or "") for k in ("name", "affiliation", "orcid", "email")}))
        else:
            raise InputError("each author needs at least a name")
    return out


def _listify(value) -> list:
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def article_from_meta(meta: dict, body: str, fallback_title: str) -> ArticleData:
    data = ArticleData(body=body)
    for key in SCALAR_KEYS:
        value = meta.get(key)
        if value is not None and not isinstance(value, (dict, list)):
            setattr(data, key, str(value))
    if not data.title:
        first = next((l for l in body.splitlines() if l.startswith("# ")), "")
        data.title = first[2:].strip() or fallback_title
    if meta.get("status"):
        try:
            data.status = Status.parse(str(meta["status"])).value
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            raise InputError(f"unknown status '{meta['status']}' (use one of: {allowed})") from None
    data.published_on = _date(meta.get("date", meta.get("published")))
    data.keywords = _str_list(meta.get("keywords"), "keywords")
    data.related = _str_list(meta.get("related"), "related")
    data.authors = _authors(meta.get("authors"))
    return data


def parse_article_file(path: Path) -> ArticleData:
    """Read one file into ArticleData; InputError says what is wrong with it."""
    suffix = path.suffix.lower()
    if suffix not in MARKDOWN_SUFFIXES | TEXT_SUFFIXES:
        raise InputError("unsupported file type (use .md, .markdown or .txt)")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from None
    text = decode_bytes(raw)
    if suffix in TEXT_SUFFIXES:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            raise InputError("the file is empty")
        return ArticleData(title=lines[0].strip(), body="\n".join(lines[1:]).strip("\n") + "\n")
    meta, body = split_front_matter(text)
    if not meta and not body.strip():
        raise InputError("the file is empty")
    return article_from_meta(meta, body, fallback_title=path.stem)

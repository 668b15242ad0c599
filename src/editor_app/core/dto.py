"""Plain data objects passed between the store and its users (CLI, UI, export).

They carry no database session, so they can cross threads freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from editor_app.core.status import Status


@dataclass
class AuthorData:
    name: str
    affiliation: str = ""
    orcid: str = ""
    email: str = ""


_AUTHOR_FIELDS = tuple(f.name for f in fields(AuthorData))  # what dataclasses.asdict gives, without its copies


@dataclass
class ArticleData:
    title: str = ""
    subtitle: str = ""
    slug: str = ""
    language: str = "vi"
    summary: str = ""
    body: str = ""
    section: str = ""
    status: str = Status.DRAFT.value
    published_on: date | None = None
    source: str = ""
    doi: str = ""
    license: str = ""
    authors: list[AuthorData] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    # set by the store
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    word_count: int = 0
    deleted_at: datetime | None = None
    # the stored version this content is based on (0: not read from a library), and who
    # saved that version
    version: int = 0
    updated_by: str = ""

    EDITABLE = (
        "title", "subtitle", "slug", "language", "summary", "body", "section", "status",
        "published_on", "source", "doi", "license", "authors", "keywords", "related",
    )

    def content_dict(self) -> dict:
        """The editable content and metadata, JSON-ready (for revisions and --json)."""
        data = {name: getattr(self, name) for name in self.EDITABLE}
        data["authors"] = [{f: getattr(a, f) for f in _AUTHOR_FIELDS} for a in self.authors]
        data["published_on"] = self.published_on.isoformat() if self.published_on else None
        return data

    @classmethod
    def from_content_dict(cls, data: dict) -> "ArticleData":
        kwargs = {k: v for k, v in data.items() if k in cls.EDITABLE}
        kwargs["authors"] = [AuthorData(**a) for a in data.get("authors", [])]
        if kwargs.get("published_on"):
            kwargs["published_on"] = date.fromisoformat(kwargs["published_on"])
        return cls(**kwargs)

    def same_content(self, other: "ArticleData") -> bool:
        return self.content_dict() == other.content_dict()


@dataclass(frozen=True)
class ArticleRow:
    """What the article list shows for one article."""

    id: int
    uuid: str
    slug: str
    title: str
    status: str
    section: str
    language: str
    updated_at: datetime | None
    word_count: int
    damaged: str = ""  # why the row could not be read ("" when it is sound)


@dataclass(frozen=True)
class RelatedView:
    """A related-article link as the export shows it (target may be missing)."""

    slug: str
    exists: bool
    title: str = ""
    summary: str = ""
    body: str = ""


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    article_id: int
    created_at: datetime
    reason: str
    named: bool


@dataclass(frozen=True)
class AssetInfo:
    id: int
    article_id: int
    filename: str
    mime_type: str
    sha256: str
    size: int


@dataclass
class ProfileData:
    name: str = ""
    issn: str = ""
    publisher: str = ""
    base_url: str = ""
    default_license: str = ""
    tone_style: str = ""        # "old" (hoá, thuỷ), "new" (hóa, thủy) or "" (none chosen)

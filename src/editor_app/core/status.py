"""The editorial status of an article (no SQLAlchemy here: import workers use it)."""

from __future__ import annotations

import enum


class Status(str, enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value: str) -> "Status":
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            if key in (member.value, member.name.lower()):
                return member
        raise ValueError(f"unknown status {value!r}")

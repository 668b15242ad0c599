"""What an operation changed in the library (``Operations.library_changed``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Change(str, Enum):
    CREATE = "create"
    DUPLICATE = "duplicate"
    SAVE = "save"
    TRASH = "trash"
    RESTORE = "restore"
    PURGE = "purge"
    ASSET = "asset"
    PROFILE = "profile"
    IMPORT = "import"
    REVIEW = "review"   # a review's notes changed (merged, decided, replied to)
    ISSUE = "issue"     # an issue of the journal was made, changed or reordered
    WORDS = "words"     # the library's own word list (spelling) changed


#: changes that add or remove rows of the article list (a save only updates its row)
LIST_CHANGES = frozenset({Change.CREATE, Change.DUPLICATE, Change.TRASH, Change.RESTORE,
                          Change.PURGE, Change.IMPORT})


@dataclass(frozen=True)
class Changes:
    """One operation's effect: its kind and the ids of the articles concerned."""

    kind: Change
    ids: tuple[int, ...] = ()

    @property
    def changes_list(self) -> bool:
        """True when rows were added to or removed from the article list."""
        return self.kind in LIST_CHANGES

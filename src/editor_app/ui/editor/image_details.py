"""Asked when a picture is inserted: its description for readers who cannot see it
(the alt text) and an optional caption (a figure with its figcaption on the page)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget,
)

THUMBNAIL = 160


@dataclass(frozen=True)
class ImageDetails:
    alt: str
    caption: str = ""


class ImageDetailsDialog(QDialog):
    """Insert is enabled once the picture is described, or marked as decorative."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imageDetails")
        self.setWindowTitle(self.tr("Insert image"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        picture = QLabel(self)
        pixmap = QPixmap(str(path))   # header and pixels of a local file the user chose
        if not pixmap.isNull():
            picture.setPixmap(pixmap.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            picture.setText(path.name)
        form.addRow(picture)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.alt_edit.setPlaceholderText(self.tr("What the picture shows"))
        self.alt_edit.setAccessibleName(self.tr("Description (alt text)"))
        form.addRow(self.tr("&Description:"), self.alt_edit)
        hint = QLabel(self.tr("Read aloud to readers who cannot see the picture, and shown when it "
                              "cannot be loaded."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.decorative = QCheckBox(self.tr("De&corative only: nothing to describe"), self)
        form.addRow(self.decorative)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(self.tr("Optional: shown under the picture"))
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        form.addRow(self.tr("C&aption:"), self.caption_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.insert_button = self.buttons.addButton(self.tr("&Insert"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.insert_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.alt_edit.textChanged.connect(self._update)
        self.decorative.toggled.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        self.alt_edit.setEnabled(not self.decorative.isChecked())
        self.insert_button.setEnabled(self.decorative.isChecked() or bool(self.alt_edit.text().strip()))

    def details(self) -> ImageDetails:
        alt = "" if self.decorative.isChecked() else " ".join(self.alt_edit.text().split())
        return ImageDetails(alt, " ".join(self.caption_edit.text().split()))


def ask(path: Path, parent: QWidget | None = None) -> ImageDetails | None:
    """The picture's details, or None when the user cancelled."""
    dialog = ImageDetailsDialog(path, parent)
    try:
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

"""File → Open team library…: the server's URL and the password.

The password goes to the system keychain when "Remember" is ticked (never to the
settings or the library); the URL is remembered without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from editor_app.core.library.location import ServerLocation, is_server_url
from editor_app.ui.i18n import localized

PLACEHOLDER = "postgresql://user@host:5432/dbname"


class TeamLibraryDialog(QDialog):
    def __init__(self, url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamLibraryDialog")
        self.setWindowTitle(self.tr("Open team library"))
        self.setMinimumWidth(560)
        self.location: ServerLocation | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A library shared by the editorial office on a PostgreSQL server. "
                               "Ask the journal's administrator for its address."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setPlaceholderText(PLACEHOLDER)
        self.url_edit.setAccessibleName(self.tr("Server address"))
        form.addRow(self.tr("&Address:"), self.url_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("(kept in the keychain, or none)"))
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keychain"), self)
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problem = QLabel(self)
        self.problem.setObjectName("teamLibraryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        text = self.url_edit.text().strip()
        if not is_server_url(text):
            self.problem.setText(self.tr("Give an address like {example}.").format(example=PLACEHOLDER))
            return
        try:
            location = ServerLocation.parse(text)
        except ValueError as exc:
            self.problem.setText(localized(exc))
            return
        password = self.password_edit.text()
        if password:
            location = location.with_password(password)
            if self.remember.isChecked():
                from editor_app.core.library import keychain

                if not keychain.set_password(location, password):
                    self.problem.setText(self.tr("This computer has no keychain to keep the password in; "
                                                 "it will be asked for again next time."))
        self.location = location
        self.accept()

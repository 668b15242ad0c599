"""A team library's password in the operating system's keychain (``keyring``): Windows
Credential Manager, the macOS Keychain, the Secret Service on Linux.

Never in the library, the settings, a URL that is shown or the logs. A machine without
a usable keychain (a headless server) simply has none: the lookups return None and
the caller asks, or libpq finds it (``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import logging

from editor_app.core.library.location import ServerLocation

SERVICE = "editor-app"
log = logging.getLogger(__name__)


def _keyring():
    try:
        import keyring
        return keyring
    except Exception:  # noqa: BLE001 - no keyring module or no backend: no keychain
        return None


def get_password(location: ServerLocation) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, location.keychain_key)
    except Exception as exc:  # noqa: BLE001 - a locked or missing keychain is not an error here
        log.info("no password from the keychain (%s)", type(exc).__name__)
        return None


def set_password(location: ServerLocation, password: str) -> bool:
    """Keep the password; False when this machine has no keychain to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, location.keychain_key, password)
        return True
    except Exception as exc:  # noqa: BLE001
        log.info("the keychain cannot keep the password (%s)", type(exc).__name__)
        return False


def delete_password(location: ServerLocation) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, location.keychain_key)
    except Exception:  # noqa: BLE001 - nothing was kept
        pass

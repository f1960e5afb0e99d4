"""Where this PC keeps its database server setting: QSettings (per user and PC), the password apart.

The password goes to the operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret
Service on a Linux desktop) through the `keyring` library, when one is available: that is the store the OS
protects with the user's sign-in. Where there is none (a Linux PC without a desktop keyring), it is kept in
QSettings *obfuscated* (XOR with a fixed key, then base64): not readable at a glance, in a screenshot of the
settings file or by a search for the password, but not encryption — anyone who can read this user's files
and this source can recover it, which is why the keyring comes first. `password_store` records which was
used. The password is never logged, never in the audit (which records `user@host:port/database` only) and
never on screen after it was typed.
"""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QSettings

from app.dbserver import DEFAULT_PORT, ServerSettings

GROUP = "database_server"
KEYRING_SERVICE = "CommunityDesk database server"
_KEY = b"CommunityDesk/obfuscation/not-encryption"
log = logging.getLogger(__name__)


def _obfuscate(text: str) -> str:
    data = text.encode()
    return base64.b64encode(bytes(b ^ _KEY[i % len(_KEY)] for i, b in enumerate(data))).decode()


def _clarify(text: str) -> str:
    data = base64.b64decode(text.encode())
    return bytes(b ^ _KEY[i % len(_KEY)] for i, b in enumerate(data)).decode()


def _keyring():
    """The keyring module when a real OS keyring backs it, else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no keyring is a normal case, not an error
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def _account(s: ServerSettings) -> str:
    return s.label()


def load() -> tuple[bool, ServerSettings | None]:
    """(in use, the saved settings with their password) — (False, None) when nothing was saved."""
    qs = QSettings()
    qs.beginGroup(GROUP)
    try:
        if not qs.contains("host"):
            return False, None
        enabled = str(qs.value("enabled", "false")).lower() == "true"
        settings = ServerSettings(
            str(qs.value("host", "")),
            int(qs.value("port", DEFAULT_PORT) or DEFAULT_PORT),
            str(qs.value("database", "")),
            str(qs.value("user", "")),
        )
        store = str(qs.value("password_store", ""))
        password = ""
        if store == "keyring":
            kr = _keyring()
            try:
                password = (kr.get_password(KEYRING_SERVICE, _account(settings)) if kr else None) or ""
            except Exception:  # noqa: BLE001 - a locked keyring: connect without, the server then says so
                log.warning("the OS keyring could not be read")
        elif store == "obfuscated":
            try:
                password = _clarify(str(qs.value("password", "")))
            except ValueError:
                password = ""
        return enabled, ServerSettings(settings.host, settings.port, settings.database, settings.user, password)
    finally:
        qs.endGroup()


def save(settings: ServerSettings, *, enabled: bool) -> str:
    """Keep `settings` for the next start; returns where the password went: "keyring", "obfuscated" or ""."""
    qs = QSettings()
    _enabled, old = load()
    qs.beginGroup(GROUP)
    try:
        qs.setValue("enabled", "true" if enabled else "false")
        qs.setValue("host", settings.host)
        qs.setValue("port", int(settings.port))
        qs.setValue("database", settings.database)
        qs.setValue("user", settings.user)
        qs.remove("password")
        store = ""
        kr = _keyring()
        if old is not None and kr is not None and _account(old) != _account(settings):
            try:
                kr.delete_password(KEYRING_SERVICE, _account(old))
            except Exception:  # noqa: BLE001 - nothing stored there
                pass
        if settings.password:
            if kr is not None:
                try:
                    kr.set_password(KEYRING_SERVICE, _account(settings), settings.password)
                    store = "keyring"
                except Exception:  # noqa: BLE001 - fall back to the obfuscated copy
                    log.warning("the OS keyring could not be written; the password is kept obfuscated")
            if not store:
                qs.setValue("password", _obfuscate(settings.password))
                store = "obfuscated"
        qs.setValue("password_store", store)
    finally:
        qs.endGroup()
    qs.sync()
    return store


def saved_url() -> str | None:
    """The URL of the saved database server when it is switched on, else None (the local file is used)."""
    enabled, settings = load()
    return settings.url() if enabled and settings is not None else None

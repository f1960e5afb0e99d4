"""Translation hook for the Qt-free layers.

`app/` must not import Qt, yet its messages (validation errors, PDF text) reach users in their
language. Call sites write ``translate("Context", "English source")`` which pyside6-lupdate
extracts like ``QCoreApplication.translate``; the UI installs Qt's translator as the backend at
start-up. Without a backend (tests, command line) the English source is returned, unless a
catalogue has been loaded from the shipped ``.ts`` files (see :func:`load_ts_catalogue`).
"""

from __future__ import annotations

import contextlib
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

_backend: Callable[[str, str], str] | None = None
_catalogue: dict[tuple[str, str], str] = {}
_lock = threading.Lock()
_language = "en"


def set_backend(backend: Callable[[str, str], str] | None) -> None:
    """Route every `translate` through `backend(context, source)` (the UI passes Qt's)."""
    global _backend
    _backend = backend


_fixed = threading.local()  # .texts: the words of a document being printed on this thread (see `fixed_texts`)


def translate(context: str, source: str) -> str:
    texts = getattr(_fixed, "texts", None)
    if texts is not None:
        key = f"{context}\x04{source}"
        text = texts.get(key)
        if text is None:
            text = texts[key] = _translate(context, source)
        return text
    return _translate(context, source)


def _translate(context: str, source: str) -> str:
    if _backend is not None:
        return _backend(context, source)
    if _catalogue:
        return _catalogue.get((context, source), source)
    return source


@contextlib.contextmanager
def fixed_texts(texts: dict[str, str]) -> Iterator[dict[str, str]]:
    """Inside the block, on this thread only, `translate` answers from `texts` ({"context\x04source": text}) and
    adds to it every text it looks up that is missing there, in the current language.

    A document that must print the same words whenever it is printed again (the district report pack, issued once
    and re-issued from its snapshot, perhaps by a command line in another language) is rendered the first time with
    an empty dict, which it stores, and later with the stored one. Other threads (the UI) are not affected."""
    previous = getattr(_fixed, "texts", None)
    _fixed.texts = texts
    try:
        yield texts
    finally:
        _fixed.texts = previous


def current_language() -> str:
    return _language


def load_ts_catalogue(language: str, directory: Path | None = None) -> None:
    """Load translations straight from the `.ts` sources, for use without Qt (command line, PDFs in tests)."""
    global _language
    from app.resources import resource_path

    directory = directory or resource_path("translations")
    catalogue: dict[tuple[str, str], str] = {}
    if language != "en":
        for ts in sorted(directory.glob(f"*_{language}.ts")):
            root = ET.parse(ts).getroot()
            for ctx in root.iter("context"):
                name = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    src = msg.findtext("source") or ""
                    tr_el = msg.find("translation")
                    if (
                        tr_el is not None
                        and tr_el.text
                        and tr_el.get("type") not in ("unfinished", "obsolete", "vanished")
                    ):
                        catalogue[(name, src)] = tr_el.text
    with _lock:
        _catalogue.clear()
        _catalogue.update(catalogue)
        _language = language


def set_language_name(language: str) -> None:
    global _language
    _language = language

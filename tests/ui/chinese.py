"""The Chinese a user sees, in a UI test, including the translations added on a branch before the lead regenerates the
.ts/.qm files: `with chinese(): ...` installs the shipped zh_CN .qm files, then the branch's
`resources/translations/src/*_zh_CN.<branch>.json` files named in `sources` over them (Qt asks the translator
installed last first), and English again afterwards."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations" / "src"


class _JsonTranslator(QTranslator):
    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt API
        return self.texts.get((context, source))  # None (a null string) = not here: Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self.texts


def branch_texts(*suffixes: str) -> dict[tuple[str, str], str]:
    texts: dict[tuple[str, str], str] = {}
    for suffix in suffixes:
        for path in sorted(SOURCES.glob(f"*_zh_CN.{suffix}.json")):
            for context, pairs in json.loads(path.read_text(encoding="utf-8")).items():
                texts.update({(context, source): text for source, text in pairs.items()})
    return texts


@contextlib.contextmanager
def chinese(*sources: str) -> Iterator[None]:
    from ui import i18n

    i18n.install_language("zh_CN")
    overlay = _JsonTranslator(branch_texts(*sources))
    QCoreApplication.installTranslator(overlay)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(overlay)
        i18n.install_language("en")

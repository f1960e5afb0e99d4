"""One word for one thing (issue 16, item 8): the Chinese the desk shows and the documents we write use the domain's
term (shared DOMAIN.md: a department 签收 / 退单 a dispatched request; a child 自行离开 with a guardian's consent), never
a second word for the same thing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# variant → the term used everywhere instead
VARIANTS = {"独自离开": "自行离开", "（独自）": "（自行离开）", "部门接单": "部门签收", "接单": "签收"}


def _texts() -> list[tuple[str, str]]:
    out = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*_zh_CN.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            out.append((f"{ts.name}: {message.findtext('source')}", message.findtext("translation") or ""))
    for pattern in ("README.md", "docs/**/*.md", "app/**/*.py", "ui/**/*.py", "db/**/*.py", "resources/help/**/*"):
        for path in ROOT.glob(pattern):
            if path.is_file():
                out.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")))
    return out


def test_one_term_for_one_thing():
    found = [
        f"{where}: “{variant}” (use “{term}”)"
        for where, text in _texts()
        for variant, term in VARIANTS.items()
        if variant in text
    ]
    assert not found, "\n".join(found)

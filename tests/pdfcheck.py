"""Checks every generated PDF must pass: sound structure, the CJK font embedded, text that extracts."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def _as_file(pdf: bytes | Path) -> Path:
    if isinstance(pdf, Path):
        return pdf
    fh = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    fh.write(pdf)
    fh.close()
    return Path(fh.name)


def extract_text(pdf: bytes | Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(_as_file(pdf)))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_count(pdf: bytes | Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(_as_file(pdf))).pages)


def assert_pdf_ok(pdf: bytes | Path, *expected: str) -> str:
    """qpdf --check passes, every font is embedded, and each expected string is in the text. Returns the text."""
    path = _as_file(pdf)
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, "no fonts in the PDF"
        for row in rows:
            assert " yes " in row.split("WQY", 1)[-1] or "yes" in row.split()[-5:], f"font not embedded: {row}"
    text = extract_text(path)
    squashed = "".join(text.split())
    for s in expected:
        assert "".join(s.split()) in squashed, f"{s!r} not found in PDF text: {text[:500]!r}"
    return text


def render_png(pdf: bytes | Path, dpi: int = 150, first: int = 1, last: int = 1) -> list[Path]:
    path = _as_file(pdf)
    out = Path(tempfile.mkdtemp()) / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(first), "-l", str(last), "-png", str(path), str(out)], check=True
    )
    return sorted(out.parent.glob("page*.png"))


def decode_qr(png: Path) -> list[str]:
    """Every QR payload zbarimg finds in the image."""
    result = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
    return [line for line in result.stdout.splitlines() if line]


def dark_fraction(png: Path) -> float:
    """Share of dark pixels: a page of boxes or blanks instead of glyphs has almost none outside the QR."""
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    dark = total = 0
    for y in range(0, img.height(), 3):
        for x in range(0, img.width(), 3):
            total += 1
            if img.pixelColor(x, y).lightness() < 128:
                dark += 1
    return dark / max(total, 1)

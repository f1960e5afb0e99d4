"""The fast QR encoder makes exactly reportlab's code (mask 0), module for module."""

import pytest
from reportlab.graphics.barcode import qrencoder

from app.documents.qrfast import qr_matrix

PAYLOADS = [
    "CDKC:1:2026-11-27",
    "CDKC:12345:2026-11-27",
    "T-2026-000123",
    "20261127-L-0042",
    "2026-000123",
    "12345678901234567890",
    "hello world, lower case",
    "张三 李四",
    "https://example.com/r?id=42&x=%20",
    "a" * 150,
    "A",
]


def reportlab_matrix(payload: str) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return [[bool(m) for m in row] for row in code.modules]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_same_modules_as_reportlab(payload):
    assert qr_matrix(payload) == reportlab_matrix(payload)


def test_sheet_payloads_of_every_length():
    for i in range(0, 100_000, 997):
        p = f"CDKC:{i}:2026-11-27"
        assert qr_matrix(p) == reportlab_matrix(p)

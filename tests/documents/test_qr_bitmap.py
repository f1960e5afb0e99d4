"""QR codes as 1-bit images (the childcare sheet draws hundreds of them): the very modules of reportlab's code."""

import random

import pytest

from app.documents import qrfast
from tests.bench.test_qrfast import PAYLOADS, reportlab_matrix


def rows_of(n: int, bitmap: bytes) -> list[list[bool]]:
    per_row = (n + 7) // 8
    assert len(bitmap) == n * per_row
    return [[bool(bitmap[r * per_row + c // 8] >> (7 - c % 8) & 1) for c in range(n)] for r in range(n)]


@pytest.mark.parametrize("payload", [*PAYLOADS, "CC:1:2026-11-30", "CC:123456789:2026-11-30", "x" * 400])
def test_bitmap_is_reportlabs_code(payload):
    n, bitmap = qrfast.qr_bitmap(payload)
    assert rows_of(n, bitmap) == reportlab_matrix(payload)


def test_row_padding_stays_light():
    n, bitmap = qrfast.qr_bitmap("CC:42:2026-11-30")
    per_row = (n + 7) // 8
    spare = per_row * 8 - n
    assert spare  # 21 or 25 modules: the last byte of a row is padded
    assert all(bitmap[r * per_row + per_row - 1] & ((1 << spare) - 1) == 0 for r in range(n))


def slow_ecc(data: list[int], n: int) -> list[int]:
    """Reed-Solomon remainder by plain polynomial division (what the shift register must equal)."""
    gen = qrfast._generator(n)
    res = list(data) + [0] * n
    for i in range(len(data)):
        if res[i]:
            lc = qrfast._LOG[res[i]]
            for j, g in enumerate(gen, 1):
                res[i + j] ^= qrfast._EXP[lc + g]
    return res[len(data) :]


def test_error_correction_equals_polynomial_division():
    rnd = random.Random(5)
    for _ in range(500):
        n = rnd.choice([7, 10, 13, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30])
        data = [rnd.randrange(256) for _ in range(rnd.randint(1, 120))]
        assert qrfast._ecc(data, n) == slow_ecc(data, n)

"""QR matrices fast enough for a sheet of 300 codes: the same code reportlab makes with mask 0, in a tenth of the time.

reportlab's encoder builds its bit buffer one bit at a time and does the Reed-Solomon division with polynomial
objects (~1.5 ms a code). Here reportlab still chooses the mode and writes the segment (so the content is exactly
what it would encode), but into an integer bit buffer; the error correction uses log/antilog tables; and the
function patterns and the order of the data modules are taken once per version from reportlab itself.
`tests` compare the result with reportlab's matrix module for module.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder as Q

EC_M = Q.QRErrorCorrectLevel.M
MASK = 0  # (row + col) % 2 == 0: any mask gives a valid code; a fixed one spares trying all eight

_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


class _Bits:
    """The interface reportlab's segments write to (put, putBit, getLengthInBits), kept in one integer."""

    __slots__ = ("value", "length")

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 - reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return self.length


@lru_cache(maxsize=64)
def _generator(n: int) -> tuple[int, ...]:
    """log of the coefficients of the RS generator polynomial of degree n (leading 1 dropped)."""
    g = [1]
    for i in range(n):
        nxt = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            nxt[j] ^= c
            if c:
                nxt[j + 1] ^= _EXP[_LOG[c] + i]
        g = nxt
    return tuple(_LOG[c] for c in g[1:])


@lru_cache(maxsize=64)
def _ecc_table(n: int) -> tuple[int, ...]:
    """For every leading coefficient f, f times the generator (without its leading 1) as one n-byte integer."""
    gen = _generator(n)
    table = [0]
    for f in range(1, 256):
        lf = _LOG[f]
        v = 0
        for g in gen:
            v = (v << 8) | _EXP[lf + g]
        table.append(v)
    return tuple(table)


def _ecc(data: list[int], n: int) -> list[int]:
    """The n error correction bytes of `data`: the polynomial division as a shift register in one integer
    (one table look-up per data byte instead of n multiplications)."""
    table = _ecc_table(n)
    shift = 8 * (n - 1)
    keep = (1 << shift) - 1
    reg = 0
    for b in data:
        reg = ((reg & keep) << 8) ^ table[b ^ (reg >> shift)]
    return list(reg.to_bytes(n, "big"))


@lru_cache(maxsize=16)
def _layout(version: int, level: int):
    """Function patterns (as rows), data module positions with their mask bit, and the RS blocks of a version."""
    code = Q.QRCode(version, level)
    code.addData("0")
    code.version = version
    code.makeImpl(False, MASK)
    mask = Q.QRUtil.getMask(MASK)
    n = code.moduleCount
    order = [(row, col) for col, row in code._dataPosIterator()]
    flat_index = [row * n + col for row, col in order]
    masks = [bool(mask(row, col)) for row, col in order]
    blocks = [(b.dataCount, b.totalCount - b.dataCount) for b in Q.QRRSBlock.getRSBlocks(version, level)]
    template = [bool(m) for r in code.modules for m in r]
    return n, template, flat_index, masks, blocks


@lru_cache(maxsize=64)
def _version_for(kind: type, length: int, level: int) -> int:
    code = Q.QRCode(None, level)
    code.dataList.append(kind("0" * length) if kind is not Q.QR8bitByte else kind(b"0" * length))
    return code.calculate_version()


_ALNUM = {ch: i for i, ch in enumerate(Q.QRAlphaNum.chars)}


def _write(segment, bits: _Bits, version: int) -> None:
    """segment.write(bits, version), with the alphanumeric mode (sheet and receipt codes) written in one integer."""
    if type(segment) is not Q.QRAlphaNum:
        segment.write(bits, version)
        return
    data, idx = segment.data, _ALNUM
    length_bits = segment.getLengthBits(version)
    value = (segment.mode << length_bits) | len(data)
    for i in range(0, len(data) - 1, 2):
        value = (value << 11) | (45 * idx[data[i]] + idx[data[i + 1]])
    if len(data) % 2:
        value = (value << 6) | idx[data[-1]]
    bits.put(value, 4 + length_bits + 11 * (len(data) // 2) + 6 * (len(data) % 2))


def _segment(payload: str):
    """The segment reportlab's QRCode.addData makes for `payload` (the first mode that takes it), without building
    a QRCode."""
    for conv in (Q.QRNumber, Q.QRAlphaNum, Q.QRKanji, Q.QR8bitByte):
        try:
            return conv(payload)
        except ValueError:
            pass
    raise ValueError(payload)


def _codewords(payload: str, level: int) -> tuple[int, bytes]:
    """The version and the final codeword stream (data and error correction, interleaved)."""
    segment = _segment(payload)
    try:
        version = _version_for(type(segment), segment.getLength(), level)
    except Exception:  # noqa: BLE001 - an unusual segment: let reportlab size it
        version = _reportlab_version(payload, level)
    n, template, flat_index, masks, blocks = _layout(version, level)
    bits = _Bits()
    _write(segment, bits, version)
    capacity = sum(d for d, _ in blocks) * 8
    if bits.length > capacity:
        version = _reportlab_version(payload, level)
        n, template, flat_index, masks, blocks = _layout(version, level)
        bits = _Bits()
        _write(segment, bits, version)
        capacity = sum(d for d, _ in blocks) * 8
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    if bits.length % 8:
        bits.put(0, 8 - bits.length % 8)
    data = list(bits.value.to_bytes(bits.length // 8, "big")) if bits.length else []
    pad = (Q.QRCode.PAD0, Q.QRCode.PAD1)
    data += [pad[i % 2] for i in range(capacity // 8 - len(data))]
    if len(blocks) == 1:
        return version, bytes(data + _ecc(data, blocks[0][1]))
    dc, ec, offset = [], [], 0
    for n_data, n_ec in blocks:
        block = data[offset : offset + n_data]
        offset += n_data
        dc.append(block)
        ec.append(_ecc(block, n_ec))
    stream: list[int] = []
    for group in (dc, ec):
        stream.extend(x for column in zip_longest(*group) for x in column if x is not None)
    return version, bytes(stream)


def _reportlab_version(payload: str, level: int) -> int:
    probe = Q.QRCode(None, level)
    probe.addData(payload)
    return probe.calculate_version()


def _bitstring(payload: str, level: int) -> tuple[int, str]:
    """The version and the final codeword stream (data and error correction, interleaved) as '0'/'1' text."""
    version, stream = _codewords(payload, level)
    return version, format(int.from_bytes(stream, "big"), f"0{len(stream) * 8}b")


def qr_matrix(payload: str, level: int = EC_M) -> list[list[bool]]:
    """The modules of `payload` (True = dark), exactly reportlab's QRCode(...).makeImpl(False, 0)."""
    version, bitstring = _bitstring(payload, level)
    n, template, flat_index, masks, _blocks = _layout(version, level)
    nbits = len(bitstring)
    flat = list(template)
    for i, ch, m in zip(flat_index, bitstring, masks, strict=False):
        flat[i] = (ch == "1") is not m
    for i, m in zip(flat_index[nbits:], masks[nbits:], strict=True):
        flat[i] = m
    return [flat[r * n : (r + 1) * n] for r in range(n)]


@lru_cache(maxsize=16)
def _bitmap_plan(version: int, level: int) -> tuple[int, int, tuple[tuple[int, ...], ...], int]:
    """A version's 1-bit image (rows padded to whole bytes) as integers: the function patterns with the mask of
    the data modules already applied, and for each codeword byte a table of its 256 values placed at their modules
    (so an image is one look-up and one OR per codeword)."""
    n, template, flat_index, masks, blocks = _layout(version, level)
    nbytes = sum(d + e for d, e in blocks)
    nbits = nbytes * 8
    row_bits = (n + 7) // 8 * 8
    total = n * row_bits
    data = set(flat_index)
    base = 0
    for r in range(n):
        for c in range(n):
            if template[r * n + c] and r * n + c not in data:
                base |= 1 << (total - 1 - (r * row_bits + c))
    places = [0] * nbits
    for k, (i, m) in enumerate(zip(flat_index, masks, strict=True)):
        pos = 1 << (total - 1 - ((i // n) * row_bits + i % n))
        if k < nbits:  # remainder bits (k >= nbits) are 0, then masked
            places[k] = pos
        if m:
            base ^= pos  # the data modules start at 0, so the mask is a XOR on the base
    tables = []
    for j in range(nbytes):
        table = [0]
        for bit in range(8):  # bit 7 of the byte is codeword bit 8j, the first placed
            place = places[8 * j + 7 - bit]
            table += [v | place for v in table]
        tables.append(tuple(table))
    return n, base, tuple(tables), total // 8


def qr_bitmap(payload: str, level: int = EC_M) -> tuple[int, bytes]:
    """The same code as `qr_matrix`, as (n, the rows of a 1-bit image: 1 = dark, each row padded to whole bytes).

    Each codeword byte is placed by one table look-up (`_bitmap_plan`), for drawing hundreds of codes as image
    masks (the childcare sheet)."""
    version, stream = _codewords(payload, level)
    n, value, tables, size = _bitmap_plan(version, level)
    for table, byte in zip(tables, stream, strict=True):
        value ^= table[byte]
    return n, value.to_bytes(size, "big")

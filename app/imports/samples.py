"""A realistic residents' sheet of any size, for the benchmark ("2,000 residents from one sheet in at most 5 s",
issue 17) and the 100,000-row check: a title row, a header, and rows the way a 花名册 holds them (ID numbers as
text, phones with spaces, one address column, category tags). Deterministic for a seed; written streaming
(openpyxl write-only), so a large sheet needs little memory.

    from app.imports.samples import write_residents_sheet
    from app.imports.service import run_import
    path = write_residents_sheet(tmp / "2000.xlsx", 2000)   # outside the timing
    start = time.perf_counter()
    summary = run_import(db, admin, "residents", str(path))  # one unit of work, as the dialog and the CLI do
    seconds = time.perf_counter() - start                    # the figure: at most 5 s (issue 17)
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from app.demo import make_id_number, make_name, make_phone

_TAGS = ("", "", "", "", "低保", "独居", "党员（第一支部）", "残疾二级", "空巢、退役军人", "特困")


def write_residents_sheet(path: str | Path, n: int, seed: int = 17, today: dt.date | None = None) -> Path:
    """Write an .xlsx (or .csv, by the suffix) of `n` residents with distinct ID numbers and phones; the path."""
    import csv

    from openpyxl import Workbook

    rng = random.Random(seed)
    today = today or dt.date(2026, 11, 30)
    path = Path(path)
    header = ["序号", "姓名", "性别", "身份证号", "出生日期", "联系电话", "住址", "类别"]
    seen_ids: set[str] = set()
    seen_phones: set[str] = set()

    def rows():
        for i in range(1, n + 1):
            gender = rng.choice("MF")
            birth = today - dt.timedelta(days=rng.randint(20 * 365, 95 * 365))
            number = make_id_number(rng, birth, gender)
            while number in seen_ids:
                number = make_id_number(rng, birth, gender)
            seen_ids.add(number)
            phone = make_phone(rng)
            while phone in seen_phones:
                phone = make_phone(rng)
            seen_phones.add(phone)
            spaced = f"{phone[:3]} {phone[3:7]} {phone[7:]}" if i % 3 == 0 else phone
            address = f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
            yield [i, make_name(rng), "男" if gender == "M" else "女", number, birth.strftime("%Y.%m.%d"), spaced,
                   address, rng.choice(_TAGS)]  # fmt: skip

    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["幸福里社区居民花名册"])
            w.writerow(header)
            w.writerows(rows())
        return path
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["幸福里社区居民花名册"])
    ws.append(header)
    for row in rows():
        ws.append(row)
    wb.save(path)
    return path

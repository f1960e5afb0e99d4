import datetime as dt

from app import clock
from app.childcare import service as cc
from app.childcare.sheets import QR_MM, render_daily_sheet
from tests.pdfcheck import assert_pdf_ok, decode_qr, extract_text, page_count, render_png

LONG = "欧阳买买提·艾力克斯·长长的名字测试"


def teacher(db, admin):
    """A childcare account, 刘老师, as the approver of an override (what ask_approval returns)."""
    from app.accounts.approval import verify_approver
    from app.accounts.service import create_user

    create_user(db, admin, "liu", "刘老师", "teacher-password-1", ["childcare"])
    return verify_approver(db, "liu", "teacher-password-1", ("childcare",), "test")


def codes_on_page(png, tmp_path) -> set[str]:
    """Decode the QR column the way a hand scanner meets it: one code at a time. zbarimg on a whole A4 page of
    stacked codes and grid lines misses one now and then depending on where the pixels fall, so the code column
    is cut into overlapping windows, each decoded on its own."""
    from PIL import Image

    img = Image.open(png)
    dpi = 150
    code_px = int(QR_MM / 25.4 * dpi)
    strip = img.crop((img.width - int(60 / 25.4 * dpi), 0, img.width, img.height))
    found: set[str] = set()
    step = code_px  # a window is two codes tall, so every code lies wholly inside one
    for i, top in enumerate(range(0, strip.height - code_px, step)):
        window = tmp_path / f"w{i}.png"
        strip.crop((0, top, strip.width, min(strip.height, top + 2 * code_px))).save(window)
        found.update(decode_qr(window))
    return found


def test_sheet_for_40_children_blank_and_filled(db, admin, world, tmp_path):
    pid = world["program"]
    kids = [world["child"]]
    for i in range(39):
        name = LONG if i == 0 else f"学生{i:02d}"
        c = cc.create_child(
            db, admin, cc.ChildInput(name=name, allergy_note="鸡蛋过敏" if i % 5 == 0 else "", medical_note="保密病史")
        )
        cc.enrol(db, admin, c, pid, group="一年级")
        kids.append(c)
    day = clock.today()
    blank = render_daily_sheet(db, admin, pid, day, "一年级")
    text = assert_pdf_ok(blank, "四点半课堂", "王小明", "花生过敏", "欧阳买买提", "长长的名字测试")
    assert "保密病史" not in text and "哮喘" not in text  # the medical note never prints
    pages = page_count(blank)
    codes = set()
    for n in range(1, pages + 1):
        for png in render_png(blank, dpi=150, first=n, last=n):
            codes.update(codes_on_page(png, tmp_path))
    assert codes == {cc.qr_payload(k, day) for k in kids}
    # the code on the sheet is accepted by the sign-in
    child_id, qday = cc.parse_qr(cc.qr_payload(kids[5], day))
    cc.sign_in(db, admin, child_id, method="qr")
    cc.sign_in(db, admin, world["child"], world["contacts"]["guardian"])
    clock.freeze(clock.now() + dt.timedelta(minutes=30))
    cc.sign_out(
        db,
        admin,
        world["child"],
        world["contacts"]["emergency"],
        approver=teacher(db, admin),
        override_reason="警察在场",
    )
    filled = render_daily_sheet(db, admin, pid, day, "一年级", filled=True)
    text = assert_pdf_ok(filled, "王建国", "16:30", "17:00", "刘老师")
    assert "哮喘" not in text


def test_weekly_summary_flags_missing_sign_out(db, admin, world, frozen):
    from app.childcare.sheets import build_weekly_summary, render_weekly_summary

    c, g = world["child"], world["contacts"]["guardian"]
    cc.sign_in(db, admin, c, g)  # Monday: signed in, never signed out
    frozen(dt.datetime(2026, 12, 1, 16, 10))
    cc.sign_in(db, admin, c, g)
    frozen(dt.datetime(2026, 12, 1, 18, 0))
    cc.sign_out(db, admin, c, g)
    frozen(dt.datetime(2026, 12, 2, 16, 0))
    cc.mark_absent(db, admin, c, "sick")
    frozen(dt.datetime(2026, 12, 7, 9, 0))
    sheet = build_weekly_summary(db, admin, world["program"], dt.date(2026, 11, 30))
    [row] = sheet.rows
    assert row[:4] == ["王小明", "no sign-out", "✓", "absent"] and row[-1] == "2"
    assert "Missing sign-outs: 1" in sheet.footer_lines[0]
    assert_pdf_ok(render_weekly_summary(db, admin, world["program"], dt.date(2026, 11, 30)), "王小明", "✓")


# --- layout of the directly drawn sheet ----------------------------------------------------------------------------

LONGEST = "欧阳买买提·艾力克斯·Maximilian-Worthington·长长的名字测试再长一点还要更长些"  # 50 characters
LONG_ALLERGY = "花生、坚果、芒果、海鲜（虾蟹贝类）、鸡蛋和牛奶过敏；误食后立即使用肾上腺素笔并拨打120急救电话联系家长"


def words(pdf: bytes, tmp_path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word pdftotext finds, per page, with its box in PDF points from the page's top left."""
    import re
    import subprocess

    src = tmp_path / "words.pdf"
    src.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(src), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        found = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in found])
    return pages


def column_edges(sheet) -> list[float]:
    """x of every column edge: the table is centred on the A4 page."""
    from app.documents.sheet import MM

    widths = [c.width_mm * MM for c in sheet.columns]
    edges = [(595.28 - sum(widths)) / 2]
    for w in widths:
        edges.append(edges[-1] + w)
    return edges


def enrol_many(db, admin, pid, n, group="一年级", special=None):
    kids = []
    for i in range(n):
        name, allergy = (special or {}).get(i, (f"学生{i:03d}", "鸡蛋过敏" if i % 5 == 0 else ""))
        c = cc.create_child(db, admin, cc.ChildInput(name=name, allergy_note=allergy, medical_note="保密病史"))
        cc.enrol(db, admin, c, pid, group=group)
        kids.append(c)
    return kids


def test_longest_name_and_allergy_note_wrap_inside_their_cells(db, admin, world, tmp_path):
    from app.childcare.sheets import build_daily_sheet

    assert len(LONGEST) == 50 and len(LONG_ALLERGY) <= cc.ALLERGY_MAX
    pid = world["program"]
    enrol_many(db, admin, pid, 3, special={1: (LONGEST, LONG_ALLERGY)})
    day = clock.today()
    pdf = render_daily_sheet(db, admin, pid, day, "一年级")
    text = assert_pdf_ok(pdf, LONGEST, LONG_ALLERGY)  # every character printed, in order
    assert "保密病史" not in text and "哮喘" not in text
    edges = column_edges(build_daily_sheet(db, admin, pid, day, "一年级", filled=False))
    [page] = words(pdf, tmp_path)
    head = next(w for w in page if w[4] == "No.")[3]
    foot = next(w for w in page if w[4] == "Staff")[1]
    body = [w for w in page if head < w[1] and w[3] < foot]  # the table's rows

    def centred_in(col: int):
        return [
            w
            for w in body
            if edges[col] < (w[0] + w[2]) / 2 < edges[col + 1] and not w[4].startswith("学生") and w[4] != "王小明"
        ]

    name_words, allergy_words = centred_in(1), [w for w in centred_in(2) if w[4] not in ("鸡蛋过敏", "花生过敏")]
    assert "".join(w[4] for w in name_words) == LONGEST  # wrapped onto lines, nothing lost
    assert "".join(w[4] for w in allergy_words) == LONG_ALLERGY
    # a latin word is kept whole where it fits; a hyphenated one may break after its hyphen
    assert any(w[4].endswith("Maximilian-") for w in name_words)
    assert any(w[4].startswith("Worthington") for w in name_words)
    assert len({round(w[1]) for w in name_words}) >= 3 and len({round(w[1]) for w in allergy_words}) >= 3
    for x0, _y0, x1, _y1, _w in name_words:
        assert edges[1] < x0 and x1 < edges[2]  # inside the Child column
    for x0, _y0, x1, _y1, _w in allergy_words:
        assert edges[2] < x0 and x1 < edges[3]  # inside the Allergy column
    # no text runs into other text, nothing leaves the page
    for i, a in enumerate(page):
        assert 0 < a[0] and a[2] < 595.3 and 0 < a[1] and a[3] < 841.9
        for b in page[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # the tall row keeps its QR code whole and readable
    codes = set()
    for png in render_png(pdf, dpi=150):
        codes.update(codes_on_page(png, tmp_path))
    assert len(codes) == 4


def test_every_page_repeats_the_header_row_and_names_program_day_and_group(db, admin, world, tmp_path):
    from app.childcare.sheets import build_daily_sheet

    pid = world["program"]
    enrol_many(db, admin, pid, 39)  # 40 with the world's child: the capacity
    day = clock.today()
    pdf = render_daily_sheet(db, admin, pid, day, "一年级")
    edges = column_edges(build_daily_sheet(db, admin, pid, day, "一年级", filled=False))
    pages = words(pdf, tmp_path)
    assert len(pages) == page_count(pdf) >= 3
    numbers = []
    for n, page in enumerate(pages, 1):
        texts = [w[4] for w in page]
        assert texts.count("Signature") == 2 and "Collected" in texts and "Code" in texts  # the header row
        assert f"{day.isoformat()}" in texts  # the title (first page) or the running title (later pages)
        assert "四点半课堂" in texts and "一年级" in "".join(texts)
        assert texts[texts.index("Page") + 1] == str(n)
        numbers += [int(w[4]) for w in page if w[4].isdigit() and edges[0] < w[0] and w[2] < edges[1]]
    assert numbers == list(range(1, 41))  # every child once, in order


def test_filled_sheet_wraps_override_and_keeps_the_record(db, admin, world, tmp_path, frozen):
    pid, child = world["program"], world["child"]
    enrol_many(db, admin, pid, 15)
    cc.sign_in(db, admin, child, world["contacts"]["guardian"])
    frozen(dt.datetime(2026, 11, 30, 17, 45))
    cc.sign_out(
        db,
        admin,
        child,
        world["contacts"]["emergency"],
        approver=teacher(db, admin),
        override_reason="警察在场，家长授权",
    )
    filled = render_daily_sheet(db, admin, pid, clock.today(), "一年级", filled=True)
    (tmp_path / "filled.pdf").write_bytes(filled)
    text = assert_pdf_ok(
        filled, "16:30", "王建国", "17:45", "张舅舅", "[override approved by 刘老师: 警察在场，家长授权]", "override: 1"
    )
    assert "哮喘" not in text and "保密病史" not in text
    blank = render_daily_sheet(db, admin, pid, clock.today(), "一年级")
    blank_text = extract_text(blank)
    assert "16:30" not in blank_text and "王建国" not in blank_text and "override" not in blank_text


def test_the_sheets_second_line_reads_with_its_parts_apart(db, admin, world, zh):
    """Fresh clerk test: the sign-in sheet printed "2026-12-01 星期二分组：—" (the PDF's line breaking dropped the
    spaces between Chinese parts). Its parts are apart, and a sheet of every group says so."""
    import subprocess
    import tempfile
    from pathlib import Path

    from app.childcare import sheets

    pdf = sheets.render_daily_sheet(db, admin, world["program"], dt.date(2026, 12, 1), None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "2026-12-01 星期二 · 分组：全部 · 时间：16:00–18:30 · 人数：1" in text

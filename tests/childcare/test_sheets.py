import datetime as dt

from app import clock
from app.childcare import service as cc
from app.childcare.sheets import QR_MM, render_daily_sheet
from tests.pdfcheck import assert_pdf_ok, decode_qr, page_count, render_png

LONG = "欧阳买买提·艾力克斯·长长的名字测试"


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
    blank = render_daily_sheet(db, pid, day, "一年级")
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
        db, admin, world["child"], world["contacts"]["blocked"], override_staff="刘老师", override_reason="警察在场"
    )
    filled = render_daily_sheet(db, pid, day, "一年级", filled=True)
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
    sheet = build_weekly_summary(db, world["program"], dt.date(2026, 11, 30))
    [row] = sheet.rows
    assert row[:4] == ["王小明", "no sign-out", "✓", "absent"] and row[-1] == "2"
    assert "Missing sign-outs: 1" in sheet.footer_lines[0]
    assert_pdf_ok(render_weekly_summary(db, world["program"], dt.date(2026, 11, 30)), "王小明", "✓")

"""Layouts that stay put and texts that show whole (issue 16): the resident form's fields do not move when an error
appears, the residents search hint shows whole, small lists size their columns to their texts, date edits draw one
down arrow, and PDF previews are titled for people, not with file names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QSpinBox, QTimeEdit

from app.childcare import service as cc
from tests.backends import widgets_only
from tests.helpers import type_text
from ui.residents.form import ResidentForm
from ui.residents.page import ResidentsPage

pytestmark = widgets_only()


def settle() -> None:
    """Let Qt finish the layouts that the last change asked for, so positions are measured as drawn."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _positions(form):
    settle()
    fields = [form.name, form.id_number, form.gender, form.birth, form.phone, form.building, form.household]
    fields += [form.is_local, form.emergency_contact, form.emergency_phone, form.notes, form.save_button, form.buttons]
    return [(w.objectName(), w.mapTo(form, QPoint(0, 0)), w.size()) for w in fields]


def test_resident_form_fields_stay_put_when_an_error_appears(qtbot, ctx, no_dialogs, zh):
    form = ResidentForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    type_text(qtbot, form.name, "王小明")
    before = _positions(form)
    qtbot.keyClicks(form.phone, "123")
    assert form.error_labels["phone"].isVisible()
    assert form.phone.property("invalid")  # a red frame, same size
    assert _positions(form) == before  # a message of one line: nothing moves
    form.phone.clear()
    assert not form.error_labels["phone"].isVisible()
    assert _positions(form) == before


def test_a_long_error_message_is_shown_whole_wrapped_under_its_field(qtbot, ctx, no_dialogs):
    """Fresh clerk test: the ID number's check-digit message was cut ("身份证号最后一位校验码不符，…") on a
    1366×768 screen. Every reserved error line (ui/common/layout.py reserve_line: the resident and childcare forms)
    shows its whole message, wrapped onto the lines it needs, each line inside the label."""
    form = ResidentForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.id_number, "110105195003040013")  # wrong check character
    label = form.error_labels["id_number"]
    qtbot.waitUntil(label.isVisible)
    message = label.property("fullText")
    assert "last character" in message and label.text() == message  # not elided
    metrics = label.fontMetrics()
    need = metrics.boundingRect(0, 0, label.width(), 1000, Qt.TextFlag.TextWordWrap, message).height()
    assert need > metrics.height()  # wrapped
    # every line has its room, above the next field
    qtbot.waitUntil(
        lambda: (
            label.height() >= need
            and label.mapTo(form, QPoint(0, label.height())).y() <= form.gender.mapTo(form, QPoint(0, 0)).y()
        )
    )


def test_residents_search_hint_shows_whole(qtbot, ctx):
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 16, 600)
    page.show()
    qtbot.waitExposed(page)
    search = page.search
    needed = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() >= needed + 16


def test_programs_and_qualifications_columns_hold_their_texts(qtbot, ctx, admin):
    from ui.childcare.programs import ProgramsPanel
    from ui.volunteers.page import VolunteersTab

    cc.create_program(
        ctx.db,
        admin,
        cc.ProgramInput(
            name="幸福里社区暑期托管班（七月至八月）",
            kind="summer",
            starts_on=dt.date(2026, 7, 1),
            ends_on=dt.date(2026, 8, 31),
            open_min=8 * 60,
            close_min=17 * 60,
            capacity=40,
            groups=["低年级", "高年级"],
        ),
    )
    panel = ProgramsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 400)
    panel.show()
    tab = VolunteersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    tab.qual_name.setText("红十字会急救员证（初级）")
    tab.qual_expiry.setDate(QDate(2027, 6, 30))
    tab.add_qualification()
    for table in (panel.table, tab.quals):
        model, metrics = table.model(), table.fontMetrics()
        assert model.rowCount() == 1
        for column in range(model.columnCount() - 1):  # the last column stretches
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal)), model.index(0, column).data() or ""]
            assert table.columnWidth(column) >= max(metrics.horizontalAdvance(t) for t in texts), (table, column)


def _arrows(widget, qtbot) -> list[int]:
    """The dark shapes in the buttons' strip of a spin box or date edit, as pixel counts (one per arrow)."""
    qtbot.addWidget(widget)
    widget.resize(220, 40)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    dark = {
        (x, y) for x in range(w - 40, w) for y in range(h - 4) if QColor(image.pixel(x, y)).lightness() < 170
    }  # the bottom border line left out
    shapes = []
    while dark:
        stack, size = [dark.pop()], 0
        while stack:
            x, y = stack.pop()
            size += 1
            for p in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if p in dark:
                    dark.remove(p)
                    stack.append(p)
        shapes.append(size)
    return shapes


def test_spin_boxes_and_date_edits_draw_one_arrow_each_way(qtbot, qapp):
    for cls in (QSpinBox, QDoubleSpinBox, QTimeEdit, QDateEdit):
        shapes = _arrows(cls(), qtbot)
        assert len(shapes) == 2 and max(shapes) < 1.5 * min(shapes), (cls.__name__, shapes)  # ▲ and ▼, not ▼▼
    popup = QDateEdit()
    popup.setCalendarPopup(True)
    assert len(_arrows(popup, qtbot)) == 1


def test_preview_is_titled_from_the_document_not_the_file(qtbot, ctx, tmp_path, zh):
    from app.documents.receipt import Receipt, render_receipt
    from app.settings import center_info
    from ui.common.documents import PdfPreviewDialog

    path = tmp_path / "X-2026-11-30-shouyin.pdf"
    path.write_bytes(render_receipt(Receipt(title="X 报表").pair("售出", "12"), center_info(ctx.db)))
    dialog = PdfPreviewDialog(path, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "X 报表"
    assert "shouyin" not in dialog.windowTitle() and ".pdf" not in dialog.windowTitle()
    untitled = tmp_path / "untitled.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(untitled))
    canvas.showPage()
    canvas.save()
    bare = PdfPreviewDialog(untitled, None)
    qtbot.addWidget(bare)
    assert bare.windowTitle() == "Document preview"


def test_day_record_pdf_is_titled_as_a_record(db, admin, frozen, zh):
    from app.childcare.sheets import build_daily_sheet

    frozen(dt.datetime(2026, 11, 30, 16, 30))
    pid = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="四点半课堂",
            kind="after_school",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=16 * 60,
            close_min=18 * 60 + 30,
            capacity=40,
        ),
    )
    blank = build_daily_sheet(db, admin, pid, dt.date(2026, 11, 30), None, filled=False)
    record = build_daily_sheet(db, admin, pid, dt.date(2026, 11, 30), None, filled=True)
    assert "签到表" in blank.title
    assert "签到表" not in record.title and "记录" in record.title


def test_main_window_fits_the_screen_and_remembers_its_size(qtbot, ctx):
    from PySide6.QtCore import QSettings

    from ui.common.layout import available_size
    from ui.main_window import MainWindow

    QSettings().remove("ui/geometry/mainWindow")
    try:
        first = MainWindow(ctx)
        qtbot.addWidget(first)
        room = available_size(first)
        assert first.width() <= room.width() and first.height() <= room.height()  # never 1280×800 on a small screen
        first.resize(760, 660)
        first.close()
        again = MainWindow(ctx)
        qtbot.addWidget(again)
        assert (again.width(), again.height()) == (760, 660)
    finally:
        QSettings().remove("ui/geometry/mainWindow")

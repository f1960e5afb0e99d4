"""Open every window and dialog class of ui/ on a 1366×768 screen and report their sizes (issue 16, item 1).

Run by tests/ui/test_screen_fit.py in its own process, because the screen must be a counter PC's:
`python -m tests.ui.screen_fit_check DB_URL LANG…` prints one JSON object per line:
{"lang", "name", "shown": [w, h], "hint": [w, h], "minimum": [w, h], "cut": [...]}, plus {"missing": [...]} for
window classes the table below does not cover, and {"error": ...} when one could not be built. "cut" names the
buttons and boxes on screen that their window or a scroll area cuts short on the left or right (a part scrolled out
of view up or down is not cut: the user scrolls to it). A message box or question opened while a window is built or
shown (a page that warns as it loads) is closed at once and reported as that window's error, naming the page that
opened it and its text: nobody is at the keyboard here to answer it, and waiting for an answer hung the check.

Every QDialog/QMainWindow/QWizard subclass found by walking the ui package needs an entry in FACTORIES (how to
build it, with realistic data); every other QWidget subclass is a part of one of them (COMPONENTS says whose).
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

CONFIG = {
    "synchronousWindowSystem": True,
    "windowFrameMargins": False,
    "screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}],
}

# Window classes that are only bases of others, never shown themselves.
ABSTRACT = {
    "ui.childcare.forms.FormDialog": "the base of the childcare dialogs",
    "ui.community.dialogs._ServiceDialog": "the base of the buildings-and-visits dialogs",
}

# Widgets that are parts of a window checked here, not windows of their own.
COMPONENTS = {
    "ui.admin.dbserver.DatabaseServerForm": "in DatabaseServerDialog and the settings dialog",
    "ui.admin.audit.AuditDetail": "in AuditDialog",
    "ui.admin.audit.AuditViewer": "in AuditDialog",
    "ui.wizard.CenterPage": "a page of FirstRunWizard",
    "ui.wizard.AdminPage": "a page of FirstRunWizard",
    "ui.wizard.DemoPage": "a page of FirstRunWizard",
    "ui.canteen.page.SaleScreen": "a page of the main window",
    "ui.common.numbers.NumberEdit": "a field of the volunteers' hours and roster forms",
    "ui.canteen.page.CanteenPage": "a page of the main window",
    "ui.canteen.bookings_view.BookingView": "a page of the main window",
    "ui.canteen.settings_dialog.SlotEditor": "in CanteenSettingsDialog",
    "ui.canteen.settings_dialog.RuleEditor": "in CanteenSettingsDialog",
    "ui.childcare.page.ChildcarePage": "a page of the main window",
    "ui.childcare.board.BoardWidget": "in the childcare page",
    "ui.childcare.programs.ProgramsPanel": "in the childcare page",
    "ui.common.resident_picker.ResidentPicker": "in ContactDialog, ChildDialog and the other counters' forms",
    "ui.childcare.children.ChildrenPanel": "in the childcare page",
    "ui.childcare.forms.WeekdayBoxes": "in ProgramDialog",
    "ui.requests.page.RequestsPage": "a page of the main window",
    "ui.alerts.page.AlertsPage": "a page of the main window",
    "ui.requests.report.ReportPanel": "in the requests page",
    "ui.requests.intake.IntakeForm": "in the requests page",
    "ui.requests.station.StationPanel": "in the requests page",
    "ui.requests.queue.RequestDetailView": "in the requests page",
    "ui.requests.queue.RequestQueue": "in the requests page",
    "ui.requests.queue._Timeline": "in RequestDetailView",
    "ui.requests.catalogue.CataloguePanel": "in the requests page",
    "ui.residents.page.ResidentsPage": "a page of the main window",
    "ui.community.page.CommunityPage": "a page of the main window",
    "ui.community.page.HouseholdsTab": "in the buildings-and-visits page",
    "ui.community.page.BoardTab": "in the buildings-and-visits page",
    "ui.community.page.VisitsTab": "in the buildings-and-visits page",
    "ui.community.page.CouncilsTab": "in the buildings-and-visits page",
    "ui.community.dialogs._TaskRow": "in MeetingDialog",
    "ui.residents.profile.ResidentProfile": "in the residents page",
    "ui.accounts.lock.LockScreen": "in the main window",
    "ui.volunteers.page.RosterTab": "in the volunteers page",
    "ui.volunteers.page.HoursTab": "in the volunteers page",
    "ui.volunteers.page.VolunteersTab": "in the volunteers page",
    "ui.volunteers.page.VolunteersPage": "a page of the main window",
    "ui.reports.page.StatisticsPage": "a page of the main window",
    "ui.reports.page.MonthPicker": "in StatisticsPage",
    "ui.reports.page.CounterFigures": "in StatisticsPage",
    "ui.reports.panels.FigurePanel": "in StatisticsPage and the counters' 统计 sub-tabs",
    "ui.reports.panels.RequestsPanel": "in StatisticsPage and the requests page",
    "ui.reports.panels.CanteenPanel": "in StatisticsPage and the canteen page",
    "ui.reports.panels.ChildcarePanel": "in StatisticsPage and the childcare page",
    "ui.reports.panels.VolunteersPanel": "in StatisticsPage and the volunteers page",
    "ui.reports.section.LazyFigures": "a sub-tab of each counter page",
    "ui.common.lazy.Placeholder": "stands in a tab until its page is built; draws nothing",
    "ui.requests.intake.DescriptionEdit": "in the requests page",
    "ui.library.page.LibraryPage": "a page of the main window",
    "ui.library.desk.LibraryDeskTab": "in the book room page",
    "ui.library.catalogue.LibraryCatalogueTab": "in the book room page",
    "ui.library.lists.LibraryHoldsTab": "in the book room page",
    "ui.library.lists.LibraryOverdueTab": "in the book room page",
    "ui.library.lists.LibrarySettingsTab": "in the book room page",
    "ui.library.fines.LibraryFinesTab": "in the book room page",
    "ui.library.sip_pending.SipPendingPanel": "the District library sub-tab of the book room page",
    "ui.library.sip_pending.LinkSettingsBox": "in SipPendingPanel",
    "ui.health.page.HealthPage": "a page of the main window",
    "ui.health.page.RecordsTab": "in the health page",
    "ui.health.page.RecordPanel": "in the health page",
    "ui.health.page.DueTab": "in the health page",
}


def discover() -> tuple[set[str], set[str]]:
    """(window classes, other widget classes) defined in the ui package."""
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget, QWizard

    import ui

    windows, widgets = set(), set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name in ("ui.__main__", "ui.main"):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != info.name or not issubclass(cls, QWidget):
                continue
            qualified = f"{info.name}.{name}"
            (windows if issubclass(cls, QDialog | QMainWindow | QWizard) else widgets).add(qualified)
    return windows, widgets


def _sample_pdfs(db, actor, folder: Path) -> dict[str, Path]:
    """A4 pages (a childcare day's record) and a narrow receipt, as the previews show them."""
    from app import clock
    from app.childcare import service as cc
    from app.childcare.sheets import render_daily_sheet
    from app.documents.receipt import Receipt, render_receipt
    from app.settings import center_info

    program = cc.list_programs(db)[0]
    a4 = folder / "sheet.pdf"
    a4.write_bytes(render_daily_sheet(db, actor, program.id, clock.today(), filled=True))
    receipt = folder / "receipt.pdf"
    receipt.write_bytes(
        render_receipt(Receipt(title="受理回执").pair("编号", "2026-000001").text("诉求内容"), center_info(db))
    )
    return {"a4": a4, "receipt": receipt}


def _book(db, actor):
    """A copy in the catalogue (the book room's form for an existing record)."""
    from app.library import catalogue

    rows = catalogue.page_copies(db, "", None, 1)
    if not rows:
        catalogue.add_copy(
            db, actor, catalogue.CopyInput("SF100001", "中华人民共和国成立以来的社区图书馆发展史（修订版）", "编写组")
        )
        rows = catalogue.page_copies(db, "", None, 1)
    return rows[0]


def _first_course(ctx):
    from app.activities import service as activities

    return next(c for c in activities.list_courses(ctx.db) if c.teacher_kind == "partner")


def _profile_window(ctx, main_window):
    """The main window on the residents page with a resident's profile open: one with an ID number (the reveal
    button shows) and the most counter sections, as an administrator sees it."""
    from db.models import Resident
    from ui.residents.page import ResidentsPage

    window = main_window(ctx)
    window.resize(1366 - 16, 728 - 39)  # the client area the screen leaves (tests/ui/test_screen_fit.ROOM)
    window.show()
    window.show_page("residentsPage")
    page = window.findChildren(ResidentsPage)[0]
    with ctx.db.read() as s:
        ids = s.query(Resident.id).filter(Resident.id_number.isnot(None), Resident.id_number != "").all()
    best = max((r for (r,) in ids), key=lambda rid: len(_profile_sections(ctx, rid)))
    page.open_resident(best)
    return window


def _profile_sections(ctx, resident_id) -> list:
    from ui.pages import profile_section_factories

    out = []
    for factory in profile_section_factories():
        section = factory(ctx, resident_id)
        if section is not None:
            out.append(section)
            section.deleteLater()
    return out


def cut_widgets(window) -> list[str]:
    """Buttons and input boxes shown in `window` whose left or right part is cut off by an ancestor (a scroll
    area's viewport, a splitter pane, the window's edge)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

    cut = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
            continue
        if not widget.isVisible() or widget.width() <= 1:
            continue
        shown = widget.visibleRegion().boundingRect()
        if shown.isEmpty():
            continue  # scrolled out of view, or behind a tab: the user gets to it
        if shown.width() < widget.width():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            cut.append(f"{widget.objectName() or type(widget).__name__} {text}".strip())
    return sorted(set(cut))


class ModalWatch:
    """Closes any message box or question (a modal dialog) that opens inside `with watch:`, noting the page that
    opened it and its text in `seen`: the check has nobody to answer it, so `exec()` would wait forever."""

    def __init__(self, interval_ms: int = 20) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self.window = None  # the window being checked: not a question, even when it is modal
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)  # runs in the dialog's own event loop too
        self.timer.timeout.connect(self.close_questions)

    def __enter__(self) -> ModalWatch:
        self.seen, self.window = [], None
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.close_questions()
        self.timer.stop()

    def close_questions(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in boxes and modal is not self.window:
            if not isinstance(modal, QProgressDialog):  # work going on, not a question
                boxes.append(modal)
        for box in boxes:
            self.seen.append(f"{type(box).__name__} from {opened_by(box)}: {question_text(box)}")
            if isinstance(box, QDialog):
                box.done(QDialog.DialogCode.Rejected)
            else:
                box.close()

    def report(self) -> str:
        return "asked a question nobody answers while it was built and shown: " + " | ".join(self.seen)


def opened_by(dialog) -> str:
    """The named widgets `dialog` was opened from, outermost first ("MainWindow › libraryPage › libraryFinesTab")."""
    names = []
    widget = dialog.parentWidget()
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " › ".join(reversed(names)) or "no parent"


def question_text(dialog) -> str:
    """What `dialog` says: a message box's text (and its details line), a question's label, else its labels."""
    from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

    if isinstance(dialog, QMessageBox):
        return " ".join(x for x in (dialog.text(), dialog.informativeText()) if x)
    if isinstance(dialog, QInputDialog):
        return dialog.labelText()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    return " ".join([dialog.windowTitle(), *texts]).strip()


def measure(name: str, build, watch: ModalWatch) -> dict:
    """Build the window (`build()`), show it, let it settle and measure it: the line `main` prints for it."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    window = None
    try:
        with watch:
            window = watch.window = build()
            window.show()
            for _ in range(5):
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if watch.seen:
                return {"name": name, "error": watch.report()}
            hint, minimum, shown = window.sizeHint(), window.minimumSizeHint(), window.size()
            return {
                "name": name,
                "shown": [shown.width(), shown.height()],
                "hint": [hint.width(), hint.height()],
                "minimum": [minimum.width(), minimum.height()],
                "cut": cut_widgets(window),
            }
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        error = f"{type(exc).__name__}: {exc}"
        return {"name": name, "error": f"{watch.report()}; then {error}" if watch.seen else error}
    finally:
        if window is not None:
            window.close()
            window.deleteLater()


def factories(ctx, host, folder: Path, demo) -> dict[str, list]:
    """How to build each window class: a list of (label, callable) — a new record and an existing one where they
    differ."""
    from app.accounts.service import list_accounts
    from app.childcare import service as cc
    from app.demo import demo_accounts
    from ui.accounts.approval import ApprovalDialog
    from ui.accounts.login import LoginDialog
    from ui.accounts.password import ChangePasswordDialog
    from ui.activities.course_form import CourseDialog
    from ui.admin.accounts import AccountForm, AccountsDialog, ResetPasswordDialog
    from ui.admin.audit import AuditDialog
    from ui.admin.dbserver import DatabaseServerDialog
    from ui.admin.settings import SettingsDialog
    from ui.alerts.reason_dialog import ReasonDialog
    from ui.alerts.rules_dialog import RulesDialog
    from ui.backup.dialog import BackupDialog
    from ui.backup.startup import DamagedDialog
    from ui.canteen.card_dialog import MealCardDialog
    from ui.canteen.day_close import DayCloseDialog
    from ui.canteen.settings_dialog import CanteenSettingsDialog
    from ui.canteen.settlement_dialog import SettlementDialog
    from ui.childcare.children import ChildDialog, ContactDialog, EnrolmentDialog
    from ui.childcare.programs import ProgramDialog
    from ui.childcare.release import ReleaseDialog
    from ui.common.documents import PdfPreviewDialog
    from ui.help import HelpDialog, ShortcutsDialog
    from ui.imports.dialog import ImportDialog
    from ui.library.catalogue import LibraryCopyDialog
    from ui.main_window import MainWindow
    from ui.residents.form import ResidentForm
    from ui.wizard import DemoAccountsDialog, FirstRunWizard

    db, actor = ctx.db, ctx.actor
    community = _community_dialogs(ctx, host, demo)
    account = list_accounts(db, actor)[0]
    resident = demo.resident_ids[0]
    child = max(cc.list_children(db, actor), key=lambda c: len(cc.list_contacts(db, actor, c.id)))
    contact = cc.list_contacts(db, actor, child.id)[0]
    program = cc.list_programs(db)[0]
    pdfs = _sample_pdfs(db, actor, folder)
    windows: list = []

    def _window():  # one main window for the help dialogs, which read its keys
        if not windows:
            windows.append(MainWindow(ctx))
        return windows[0]

    return {
        "ui.admin.accounts.AccountForm": [
            ("new", lambda: AccountForm(ctx, host)),
            ("existing", lambda: AccountForm(ctx, host, account)),
        ],
        "ui.admin.accounts.ResetPasswordDialog": [("", lambda: ResetPasswordDialog(host, account))],
        "ui.admin.accounts.AccountsDialog": [("", lambda: AccountsDialog(ctx, host))],
        "ui.admin.settings.SettingsDialog": [("", lambda: SettingsDialog(ctx, host))],
        "ui.alerts.rules_dialog.RulesDialog": [("", lambda: RulesDialog(ctx, host))],
        "ui.alerts.reason_dialog.ReasonDialog": [
            ("", lambda: ReasonDialog(host, "忽略这条提醒", "忽略的原因（必填）：" + "很长的原因" * 20))
        ],
        "ui.admin.dbserver.DatabaseServerDialog": [("", lambda: DatabaseServerDialog(host))],
        "ui.admin.audit.AuditDialog": [("", lambda: AuditDialog(ctx, host))],
        "ui.wizard.FirstRunWizard": [("", lambda: FirstRunWizard(db, host))],
        "ui.wizard.DemoAccountsDialog": [("", lambda: DemoAccountsDialog(host, demo_accounts(demo)))],
        "ui.main_window.MainWindow": [
            ("", lambda: MainWindow(ctx)),
            ("resident profile", lambda: _profile_window(ctx, MainWindow)),
        ],
        "ui.activities.course_form.CourseDialog": [
            ("new", lambda: CourseDialog(ctx, host)),
            ("existing", lambda: CourseDialog(ctx, host, _first_course(ctx))),
        ],
        "ui.common.documents.PdfPreviewDialog": [
            ("A4", lambda: PdfPreviewDialog(pdfs["a4"], host)),
            ("receipt", lambda: PdfPreviewDialog(pdfs["receipt"], host)),
        ],
        "ui.canteen.card_dialog.MealCardDialog": [("", lambda: MealCardDialog(ctx, resident, host))],
        "ui.canteen.settings_dialog.CanteenSettingsDialog": [("", lambda: CanteenSettingsDialog(ctx, host))],
        "ui.canteen.settlement_dialog.SettlementDialog": [("", lambda: SettlementDialog(ctx, host))],
        "ui.canteen.day_close.DayCloseDialog": [("", lambda: DayCloseDialog(ctx, host))],
        "ui.childcare.release.ReleaseDialog": [("", lambda: ReleaseDialog(ctx, host, child.id, child.name, None))],
        "ui.childcare.programs.ProgramDialog": [
            ("new", lambda: ProgramDialog(ctx, host)),
            ("existing", lambda: ProgramDialog(ctx, host, program.id)),
        ],
        "ui.childcare.children.ContactDialog": [
            ("new", lambda: ContactDialog(ctx, host, child.id)),
            ("existing", lambda: ContactDialog(ctx, host, child.id, contact.id)),
        ],
        "ui.childcare.children.EnrolmentDialog": [("", lambda: EnrolmentDialog(ctx, host, child.id))],
        "ui.childcare.children.ChildDialog": [
            ("new", lambda: ChildDialog(ctx, host)),
            ("existing", lambda: ChildDialog(ctx, host, child.id)),
        ],
        "ui.residents.form.ResidentForm": [
            ("new", lambda: ResidentForm(ctx, host)),
            ("existing", lambda: ResidentForm(ctx, host, resident)),
        ],
        "ui.backup.dialog.BackupDialog": [("", lambda: BackupDialog(ctx, host))],
        "ui.imports.dialog.ImportDialog": [("", lambda: ImportDialog(ctx, host))],
        "ui.library.catalogue.LibraryCopyDialog": [
            ("new", lambda: LibraryCopyDialog(ctx, host)),
            ("existing", lambda: LibraryCopyDialog(ctx, host, _book(db, actor))),
        ],
        "ui.help.HelpDialog": [("canteen", lambda: HelpDialog(_window(), "canteen"))],
        "ui.help.ShortcutsDialog": [("", lambda: ShortcutsDialog(_window()))],
        "ui.backup.startup.DamagedDialog": [
            ("", lambda: DamagedDialog(folder / "desk.sqlite3", "database disk image is malformed", None, [folder]))
        ],
        "ui.accounts.login.LoginDialog": [("", lambda: LoginDialog(db, "幸福里社区党群服务中心"))],
        "ui.accounts.password.ChangePasswordDialog": [("", lambda: ChangePasswordDialog(db, actor, host))],
        "ui.accounts.approval.ApprovalDialog": [
            ("", lambda: ApprovalDialog(ctx, host, "作废餐券 X-2026-000123：顾客退餐", ("admin",)))
        ],
        **community,
    }


def _community_dialogs(ctx, host, demo) -> dict[str, list]:
    """The buildings-and-visits dialogs, on a household of the demo residents and a council of its building."""
    from app.community import households as H
    from app.community import service as C
    from ui.community.dialogs import CouncilDialog, LinkDialog, MeetingDialog, SeatDialog, VisitDialog

    db, actor = ctx.db, ctx.actor
    key = H.household_of(db, actor, demo.resident_ids[0])
    household = H.get_household(db, actor, *key)
    council_id = C.create_council(db, actor, "理事会", key[0])
    C.add_council_member(db, actor, council_id, demo.resident_ids[0], "chair")
    council = next(c for c in C.list_councils(db, actor) if c.id == council_id)
    return {
        "ui.community.dialogs.VisitDialog": [("", lambda: VisitDialog(ctx, host, household))],
        "ui.community.dialogs.LinkDialog": [("", lambda: LinkDialog(ctx, host, household))],
        "ui.community.dialogs.CouncilDialog": [("", lambda: CouncilDialog(ctx, host))],
        "ui.community.dialogs.SeatDialog": [("", lambda: SeatDialog(ctx, host, council_id))],
        "ui.community.dialogs.MeetingDialog": [("", lambda: MeetingDialog(ctx, host, council))],
    }


def main(url: str, langs: list[str]) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + _config_file()
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from ui.application import create_qapplication

    create_qapplication(["screen-fit"], lang=langs[0], theme="light")
    sys.excepthook = sys.__excepthook__  # a failure is printed for the test, not shown in a dialog
    from app.accounts.service import actor_for
    from app.database import open_database
    from app.demo import populate
    from db.models import User
    from ui import i18n
    from ui.context import AppContext

    db = open_database(url)
    demo = populate(db, residents=30, counters=False, log=lambda _line: None)
    for name in ("app.childcare.demo", "app.volunteers.demo", "app.activities.demo"):
        importlib.import_module(name).populate(db, demo)
    with db.read() as s:
        admin_id = s.query(User.id).filter(User.username == "admin").scalar()
    actor = actor_for(db, admin_id)
    windows, widgets = discover()
    folder = Path(tempfile.mkdtemp(prefix="screen-fit-"))
    watch = ModalWatch()

    def emit(**record) -> None:
        print(json.dumps(record, ensure_ascii=False), flush=True)

    for lang in langs:
        i18n.install_language(lang)
        ctx = AppContext(db, actor)
        host = QWidget()
        table = factories(ctx, host, folder, demo)
        missing = sorted((windows - set(table) - set(ABSTRACT)) | (widgets - set(COMPONENTS) - set(table)))
        emit(lang=lang, missing=missing)
        for name in sorted(table):
            for label, build in table[name]:
                emit(lang=lang, **measure(f"{name}{' ' + label if label else ''}", build, watch))
        host.deleteLater()
        QCoreApplication.processEvents()
    db.dispose()
    return 0


def _config_file() -> str:
    path = Path(tempfile.mkdtemp(prefix="screen-")) / "screen.json"
    path.write_text(json.dumps(CONFIG), encoding="utf-8")
    return str(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))

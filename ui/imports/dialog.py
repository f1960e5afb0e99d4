"""The import dialog (Admin → Import from a spreadsheet…): pick the file and sheet, check the column mapping, see
every row checked with its errors per cell, import the good rows, save the bad ones to fix and import again.

Checking and importing run off the UI thread (`ui.common.tasks.run_task`) with a progress bar and a Cancel
button; a cancelled import writes nothing (the service's one unit of work rolls back). The preview keeps the first
`PREVIEW_ROWS` rows on screen; the rows with errors, however many, stream into a spreadsheet kept in a private
temporary folder until the user saves it.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.imports import service as imp
from app.imports.errorsheet import ErrorSheet
from app.imports.fields import KINDS, kind_label
from db.files import copy_private, make_private_dir
from ui.common import dialogs
from ui.common.delegate import RoleColourDelegate
from ui.common.layout import fit_window
from ui.common.tasks import run_task
from ui.context import AppContext
from ui.imports.models import MappingModel, PreviewModel

PREVIEW_ROWS = 2000
SHEET_FILTER = "*.xlsx *.xls *.ods *.csv"


def ask_open_path(parent: QWidget) -> str | None:
    """The spreadsheet to import (tests replace this)."""
    title = QCoreApplication.translate("ImportDialog", "Choose the spreadsheet to import")
    kinds = QCoreApplication.translate("ImportDialog", "Spreadsheets")
    name, _f = QFileDialog.getOpenFileName(parent, title, "", f"{kinds} ({SHEET_FILTER})")
    return name or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save the rows with errors (tests replace this)."""
    title = QCoreApplication.translate("ImportDialog", "Save the rows to fix")
    kinds = QCoreApplication.translate("ImportDialog", "Excel workbook")
    name, _f = QFileDialog.getSaveFileName(parent, title, suggested, f"{kinds} (*.xlsx)")
    return name or None


class _Bridge(QObject):
    """Carries the worker's progress to the UI thread (a queued signal)."""

    progress = Signal(int, int)


class FieldDelegate(QStyledItemDelegate):
    """The "imported as" column edits with a list of the kind's fields."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        combo.setObjectName("importFieldEditor")
        combo.setAccessibleName(QCoreApplication.translate("ImportDialog", "Imported as"))
        for code, label in index.model().choices():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str = imp.RESIDENTS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        fit_window(self, 1300, 700)  # less where the screen is smaller (1366×768 less the taskbar)
        self.path: str | None = None
        self.layout_info: imp.SheetLayout | None = None
        self.summary: imp.ImportSummary | None = None
        self.task = None
        self._cancel = threading.Event()
        self._tmp = make_private_dir(Path(tempfile.mkdtemp(prefix="import-")))
        self.error_sheet: Path | None = None
        self.error_rows = 0  # the rows really written to `error_sheet` (what saving it reports)
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)

        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        self.kind.setAccessibleName(self.tr("What to import"))
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.file = QLineEdit(self)
        self.file.setObjectName("importFile")
        self.file.setAccessibleName(self.tr("Spreadsheet file"))
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr(".xlsx, .xls, .ods or .csv"))
        self.browse = QPushButton(self.tr("Choose file…"), self)
        self.browse.setObjectName("importBrowse")
        self.browse.setAccessibleName(self.tr("Choose file"))
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.duplicates = QComboBox(self)
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setAccessibleName(self.tr("Someone already registered"))
        self.duplicates.addItem(self.tr("Skip them"), imp.SKIP)
        self.duplicates.addItem(self.tr("Update their record"), imp.UPDATE)
        self.duplicates.addItem(self.tr("Keep both (never for the same ID number)"), imp.KEEP_BOTH)

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        top.addRow(self.tr("Import"), self.kind)
        top.addRow(self.tr("File"), file_row)
        pick = QHBoxLayout()
        pick.addWidget(self.sheet, 1)
        pick.addWidget(QLabel(self.tr("Someone already registered or listed twice:"), self))
        pick.addWidget(self.duplicates, 1)
        top.addRow(self.tr("Sheet"), pick)

        self.mapping_model = MappingModel(self)
        self.mapping_view = QTableView(self)
        self.mapping_view.setObjectName("importMapping")
        self.mapping_view.setAccessibleName(self.tr("Columns and what they are imported as"))
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.mapping_view.verticalHeader().setDefaultSectionSize(26)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("Rows checked"))
        self.preview.setModel(self.preview_model)
        self.preview.setItemDelegate(RoleColourDelegate(self.preview))  # the theme would hide the red cells
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(26)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("Columns (double-click to change)"), left))
        left_box.addWidget(self.mapping_view)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self.tr("Choose a file: its rows are checked before anything is imported."), right)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        right_box.addWidget(self.summary_label)
        right_box.addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 900])

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the check or the import"))
        self.cancel_button.setVisible(False)
        self.check_button = QPushButton(self.tr("Check again"), self)
        self.check_button.setObjectName("importCheck")
        self.check_button.setAccessibleName(self.tr("Check the rows again"))
        self.run_button = QPushButton(self.tr("Import the good rows"), self)
        self.run_button.setObjectName("importRun")
        self.run_button.setAccessibleName(self.tr("Import the good rows"))
        self.save_button = QPushButton(self.tr("Save rows with errors…"), self)
        self.save_button.setObjectName("importSaveErrors")
        self.save_button.setAccessibleName(self.tr("Save rows with errors"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        for button in (self.browse, self.cancel_button, self.check_button, self.run_button, self.save_button,
                       self.close_button):  # fmt: skip
            button.setAutoDefault(False)  # Enter never starts an import nor closes the dialog: each is a click
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(buttons)

        self.browse.clicked.connect(self.choose_file)
        self.kind.currentIndexChanged.connect(lambda _i: self._reload_layout())
        self.sheet.activated.connect(lambda _i: self._reload_layout(self.sheet.currentText()))
        self.duplicates.currentIndexChanged.connect(lambda _i: self.check())
        self.check_button.clicked.connect(self.check_again)
        self.run_button.clicked.connect(self.run_import)
        self.save_button.clicked.connect(self.save_errors)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button.clicked.connect(self.reject)
        self.mapping_model.dataChanged.connect(lambda *_a: self._mapping_changed())
        self._update_buttons()

    # -------------------------------------------------------------------------------------------- choosing

    @property
    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def choose_file(self) -> None:
        path = ask_open_path(self)
        if path:
            self.open_file(path)

    def open_file(self, path: str, sheet: str | None = None) -> None:
        """Read `path`'s sheets and header, then check its rows."""
        self.path = path
        self.file.setText(path)
        self._reload_layout(sheet)

    def _reload_layout(self, sheet: str | None = None) -> None:
        if not self.path or self.busy:
            return
        try:
            info = imp.read_layout(self.ctx.db, self.kind_code, self.path, sheet)
        except UserError as exc:
            self.layout_info = None
            self.mapping_model.load(self.kind_code, (), (), ())
            self.preview_model.load((), (), [])
            self.summary = None
            self.summary_label.setText(exc.message)
            self._update_buttons()
            dialogs.show_user_error(self, exc)
            return
        self.layout_info = info
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(info.sheet_names))
        self.sheet.setCurrentText(info.sheet)
        self.sheet.blockSignals(False)
        self.mapping_model.load(self.kind_code, info.header.titles, info.header.mapping, info.sample)
        self.check()

    def _mapping_changed(self) -> None:
        self.summary_label.setText(self.tr("The columns changed: check the rows again before importing."))
        self.summary = None
        self._update_buttons()

    # -------------------------------------------------------------------------------------------- work

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _start(self, dry_run: bool) -> None:
        assert self.layout_info is not None and self.path is not None
        self._cancel.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        kept: list[imp.RowOutcome] = []
        sheet_path = self._tmp / ("errors-check.xlsx" if dry_run else "errors-import.xlsx")
        errors = ErrorSheet(sheet_path, self.layout_info.header.titles)
        db, actor, kind, path = self.ctx.db, self.ctx.actor, self.kind_code, self.path
        sheet, mapping, policy = self.layout_info.sheet, list(self.mapping_model.mapping), self.duplicates.currentData()
        bridge, cancel = self._bridge, self._cancel

        def on_row(outcome: imp.RowOutcome) -> None:
            if len(kept) < PREVIEW_ROWS:
                kept.append(outcome)
            if outcome.status == imp.REFUSED:
                errors.add(outcome.cells, outcome.message, dict(outcome.errors))

        def report(done: int, total: int, _text: str = "") -> None:
            try:
                bridge.progress.emit(done, total)
            except RuntimeError:  # the dialog is gone: nobody waits for this work any more
                cancel.set()

        def work(_progress) -> tuple[imp.ImportSummary, list[imp.RowOutcome], Path | None, int]:
            try:
                summary = imp.run_import(
                    db,
                    actor,
                    kind,
                    path,
                    sheet=sheet,
                    mapping=mapping,
                    policy=policy,
                    dry_run=dry_run,
                    progress=report,
                    cancelled=cancel.is_set,
                    on_row=on_row,
                )
            except BaseException:
                errors.discard()  # cancelled or refused: no sheet of errors, closed cleanly
                raise
            return summary, kept, errors.close() if errors.rows else errors.discard(), errors.rows

        self.task = run_task(self, work, on_done=self._done, on_error=self._failed)
        self._update_buttons()

    def check_again(self) -> None:
        """The clerk corrected the file and checks it again: read it again (its sheets, header and first row), keeping
        the columns as the clerk mapped them when the header is the same, then check every row."""
        if not self.path or self.busy:
            return
        try:
            info = imp.read_layout(self.ctx.db, self.kind_code, self.path, self.sheet.currentText() or None)
        except UserError:
            self._reload_layout(self.sheet.currentText() or None)  # says what is wrong, as on opening
            return
        model = self.mapping_model
        same = self.layout_info is not None and info.header.titles == self.layout_info.header.titles
        kept = list(model.mapping) if same and model.edited else None
        self.layout_info = info
        model.load(self.kind_code, info.header.titles, info.header.mapping, info.sample)
        if kept is not None:
            model.beginResetModel()
            model.mapping, model.edited = kept, True
            model.endResetModel()
        self.check()

    def check(self) -> None:
        """Check every row (a dry run: nothing is written) and show them."""
        if self.layout_info is None or self.busy:
            return
        self.summary_label.setText(self.tr("Checking the rows…"))
        self._start(dry_run=True)

    def run_import(self) -> None:
        if self.summary is None or self.busy:
            return
        s = self.summary
        question = self.tr(
            "Import {new} new and update {updated} records from {file}? {refused} rows with errors, {skipped} "
            "skipped rows and {already} rows already registered are left out. The good rows are written together: "
            "if the import is cancelled or fails part-way, none of them is written."
        ).format(
            new=s.imported,
            updated=s.updated,
            file=s.file_name,
            refused=s.refused,
            skipped=s.skipped,
            already=s.already,
        )
        if not dialogs.confirm(self, question):
            return
        if self.mapping_model.edited and self.layout_info is not None:
            try:
                imp.remember_mapping(
                    self.ctx.db,
                    self.ctx.actor,
                    self.kind_code,
                    list(self.layout_info.header.titles),
                    list(self.mapping_model.mapping),
                )
            except UserError as exc:
                dialogs.show_user_error(self, exc)
                return
        self.summary_label.setText(self.tr("Importing…"))
        self._start(dry_run=False)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def _done(self, result) -> None:
        summary, kept, error_sheet, error_rows = result
        self._finish()
        self.summary = summary
        self.error_sheet, self.error_rows = error_sheet, error_rows if error_sheet is not None else 0
        self.preview_model.load(summary.titles, summary.mapping, kept)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        self.summary_label.setText(self._summary_text(summary))
        if not summary.dry_run:
            self.summary = None  # imported: checking again would count them as already registered
        self._update_buttons()
        if not summary.dry_run:
            text = self._summary_text(summary)
            if error_rows:
                text += " " + self.tr("The {n} refused rows can be saved to fix and import again.").format(n=error_rows)
            dialogs.inform(self, text)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, imp.ImportCancelled):
            self.summary = None
            self.summary_label.setText(exc.message)
            self._update_buttons()
            return
        if isinstance(exc, UserError):
            self.summary = None
            self.summary_label.setText(exc.message)
            self._update_buttons()
            dialogs.show_user_error(self, exc)
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _summary_text(self, s: imp.ImportSummary) -> str:
        if s.dry_run:
            text = self.tr(
                "{read} rows read from {file} (sheet {sheet}, header on line {line}): {new} new, {updated} to "
                "update, {skipped} to skip, {already} already registered (nothing to change), {refused} with "
                "errors (shown in red: point at a cell to see why)."
            )
        else:
            text = self.tr(
                "Done: {read} rows read from {file} (sheet {sheet}): {new} imported, {updated} updated, "
                "{skipped} skipped, {already} already registered (nothing changed), {refused} refused."
            )
        text = text.format(
            read=s.read,
            file=s.file_name,
            sheet=s.sheet,
            line=s.header_line,
            new=s.imported,
            updated=s.updated,
            skipped=s.skipped,
            already=s.already,
            refused=s.refused,
        )
        if s.read > PREVIEW_ROWS:
            text += " " + self.tr("The first {n} rows are shown.").format(n=PREVIEW_ROWS)
        return text

    def save_errors(self) -> None:
        """Save the rows with errors (and a column saying what to fix) to import again once fixed."""
        if self.error_sheet is None or not self.error_sheet.exists():
            return
        stem = Path(self.path or "import").stem
        target = ask_save_path(self, str(Path(self.path or ".").with_name(f"{stem}-待修改.xlsx")))
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        try:
            copy_private(self.error_sheet, Path(target))
        except OSError as exc:
            dialogs.warn(self, self.tr("The file could not be saved: {error}").format(error=exc.strerror or exc))
            return
        # The rows in the file itself: after an import `summary` is gone (checking again would count differently)
        dialogs.inform(self, self.tr("{n} rows to fix were saved to {path}.").format(n=self.error_rows, path=target))

    def _update_buttons(self) -> None:
        ready = self.summary is not None and self.summary.dry_run and not self.busy
        self.run_button.setEnabled(ready and (self.summary.imported + self.summary.updated) > 0)
        self.save_button.setEnabled(not self.busy and self.error_sheet is not None)
        self.check_button.setEnabled(not self.busy and self.layout_info is not None)
        self.browse.setEnabled(not self.busy)
        self.kind.setEnabled(not self.busy)
        self.sheet.setEnabled(not self.busy)
        self.duplicates.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    def reject(self) -> None:
        if self.busy:
            self._cancel.set()
            return
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().reject()

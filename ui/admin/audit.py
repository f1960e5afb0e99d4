"""The audit trail for admins: newest first, paged from the database, filtered in SQL, with the values
before and after a change shown side by side; a red banner when the trail's hash chain is broken (checked in the
background each time the viewer opens or is refreshed)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import audit_text, clock
from app.accounts import audit_log
from app.accounts.audit_log import AuditFilter, AuditRow
from app.accounts.permissions import VIEW_AUDIT
from app.actor import Actor
from app.audit import ChainCheck
from db.engine import Database
from ui.common import export as list_export
from ui.common.layout import fit_window, size_columns_when_filled
from ui.common.paged_model import Column, KeysetTableModel, ListTableModel
from ui.context import AppContext

# Actions, record kinds, field names and summaries are worded by app.audit_text in the reader's language.
action_label = audit_text.action_label
field_label = audit_text.field_label


class AuditModel(KeysetTableModel):
    CONTEXT = "AuditModel"
    AT, USER, ACTION, ENTITY, SUMMARY, WORKSTATION = range(6)
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("AuditModel", "When")),
        Column("user", QT_TRANSLATE_NOOP("AuditModel", "Who")),
        Column("action", QT_TRANSLATE_NOOP("AuditModel", "Action")),
        Column("entity", QT_TRANSLATE_NOOP("AuditModel", "Record")),
        Column("summary", QT_TRANSLATE_NOOP("AuditModel", "Summary")),
        Column("workstation", QT_TRANSLATE_NOOP("AuditModel", "Workstation")),
    )
    PAGE = 100
    EXPORT_KINDS = {"at": "datetime"}  # app.exports.DATETIME

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.filter = AuditFilter()

    def export_rows(self, actor=None):
        """Every entry the current filter selects (a snapshot of it), a page at a time: for ui.common.export."""
        db, who, flt = self.db, self.actor, self.filter

        def rows():
            after = None
            while True:
                page = audit_log.page_audit(db, who, flt, after, 1000)
                yield from (row for _key, row in page)
                if len(page) < 1000:
                    return
                after = page[-1][0]

        return rows

    def export_value(self, row: AuditRow, column: int):
        if column == self.AT:
            return row.at
        if column == self.SUMMARY:
            return row.summary_text()
        return self.display(row, column)

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch_page(self, after: Any, limit: int) -> list[tuple[Any, AuditRow]]:
        return audit_log.page_audit(self.db, self.actor, self.filter, after, limit)

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.AT:
            local = clock.to_local(row.at)
            return local.strftime("%Y-%m-%d %H:%M:%S") if local else ""
        if column == self.USER:
            return row.who()
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.ENTITY:
            return row.record()
        if column == self.SUMMARY:
            # One line in the table; the full text is in the detail pane and the tooltip.
            return row.summary_text().replace("\n", " ")[:200]
        if column == self.WORKSTATION:
            return row.workstation
        return ""

    def sort_value(self, row: AuditRow, column: int):
        if column == self.AT:
            return row.id
        return self.display(row, column)

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == self.ENTITY and row.entity_id:
            return f"{row.entity} {row.entity_id}"  # the stored reference, for anyone tracing it in the database
        return row.summary_text() if column == self.SUMMARY and row.summary else None


class ChangesModel(ListTableModel):
    """Field, value before, value after: one line per field of a change."""

    CONTEXT = "ChangesModel"
    COLUMNS = (
        Column("field", QT_TRANSLATE_NOOP("ChangesModel", "Field")),
        Column("before", QT_TRANSLATE_NOOP("ChangesModel", "Before")),
        Column("after", QT_TRANSLATE_NOOP("ChangesModel", "After")),
    )

    entity = ""  # the record kind of the entry shown, for wording its values

    def display(self, row: tuple[str, str, str], column: int) -> str:
        if column == 0:
            return field_label(row[0])
        return audit_text.value_label(self.entity, row[0], row[column]) if 0 <= column < 3 else ""

    def tooltip(self, row: tuple[str, str, str], column: int) -> str | None:
        return row[column] if 0 <= column < 3 and row[column] else None


class AuditDetail(QWidget):
    """One entry: who, when, what, and a field / before / after table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDetail")
        self.heading = QLabel(self)
        self.heading.setObjectName("auditHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_model = ChangesModel(self)
        self.changes = QTableView(self)
        self.changes.setObjectName("auditChanges")
        self.changes.setAccessibleName(self.tr("Values before and after"))
        self.changes.setModel(self.changes_model)
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.changes, 1)

    def show_row(self, row: AuditRow | None) -> None:
        if row is None:
            self.heading.clear()
            self.changes_model.set_rows([])
            return
        local = clock.to_local(row.at)
        lines = [
            self.tr("{when} · {user} · {action}").format(
                when=local.strftime("%Y-%m-%d %H:%M:%S") if local else "",
                user=row.who() or "—",
                action=action_label(row.action),
            ),
            self.tr("Record: {record}").format(record=row.record() or "—"),
        ]
        if row.summary:
            lines.append(row.summary_text())
        if row.workstation:
            lines.append(self.tr("Workstation: {name}").format(name=row.workstation))
        self.heading.setText("\n".join(lines))
        self.changes_model.entity = row.entity
        self.changes_model.set_rows(audit_log.format_changes(row.before, row.after))
        self.changes.resizeRowsToContents()


class AuditViewer(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self.ctx = ctx
        self.user = self._combo("auditUserFilter", self.tr("User"), self.tr("Everyone"))
        self.action = self._combo("auditActionFilter", self.tr("Action"), self.tr("All actions"))
        self.entity = self._combo("auditEntityFilter", self.tr("Record type"), self.tr("All records"))
        self.use_dates = QCheckBox(self.tr("From"), self)
        self.use_dates.setObjectName("auditUseDates")
        self.use_dates.setAccessibleName(self.tr("Filter by date"))
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("auditFrom")
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("auditTo")
        self.date_to.setAccessibleName(self.tr("To"))
        today = clock.today()
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate(today.year, today.month, today.day))
            w.setEnabled(False)
        self.date_from.setDate(self.date_from.date().addDays(-7))
        self.text = QLineEdit(self)
        self.text.setObjectName("auditText")
        self.text.setAccessibleName(self.tr("Search the audit trail"))
        self.text.setPlaceholderText(self.tr("Text in the summary or the values"))
        self.text.setClearButtonEnabled(True)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.refresh.setObjectName("auditRefresh")
        self.refresh.setAccessibleName(self.tr("Refresh"))
        self.model = AuditModel(ctx.db, ctx.actor, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        list_export.install(
            self.table,
            "audit",
            ctx=ctx,
            filter_text=list_export.filter_of(
                self.user, self.action, self.entity, self.use_dates, self.date_from, self.date_to
            ),
            permission=VIEW_AUDIT,
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # A big history: columns from the header and the first rows, never every entry (issue 16)
        size_columns_when_filled(self.table, stretch=AuditModel.SUMMARY)
        self.detail = AuditDetail(self)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.count.setProperty("role", "hint")
        self.chain_banner = QLabel(self)
        self.chain_banner.setObjectName("auditChainBanner")
        self.chain_banner.setAccessibleName(self.tr("Audit trail check"))
        self.chain_banner.setWordWrap(True)
        self.chain_banner.setProperty("role", "banner")
        self.chain_banner.hide()
        self.chain_check: ChainCheck | None = None
        self.chain_task = None

        filters = QHBoxLayout()
        for w in (self.user, self.action, self.entity, self.use_dates, self.date_from):
            filters.addWidget(w)
        filters.addWidget(QLabel("—", self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.refresh)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_banner)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self.apply_filter)
        self.refresh.clicked.connect(self.reload_all)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(lambda: self.detail.show_row(None))
        self.reload_all()

    def _combo(self, name: str, accessible: str, everyone: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everyone, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def check_chain(self) -> None:
        """Recompute the hash chain off the UI thread; a broken chain shows the red banner."""
        from app.audit import verify_chain
        from ui.common.tasks import run_task

        db = self.ctx.db
        self.chain_task = run_task(self, lambda _p: verify_chain(db), on_done=self._chain_checked)

    def _chain_checked(self, check: ChainCheck) -> None:
        if not shiboken6.isValid(self):  # closed before the check ended
            return
        self.chain_check = check
        if check.ok:
            self.chain_banner.hide()
            return
        self.chain_banner.setText(
            self.tr(
                "The audit trail has been tampered with: {problem} Entries shown may be incomplete or altered."
            ).format(problem=check.message())
        )
        self.chain_banner.show()

    def reload_all(self) -> None:
        self.check_chain()
        users, actions, entities = audit_log.filter_choices(self.ctx.db, self.ctx.actor)
        for combo, values, label in (
            (self.user, users, None),
            (self.action, actions, action_label),
            (self.entity, entities, audit_text.entity_label),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value) if label else value, value)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        day_from = day_to = None
        if self.use_dates.isChecked():
            day_from = self.date_from.date().toPython()
            day_to = self.date_to.date().toPython()
        return AuditFilter(
            username=self.user.currentData() or "",
            action=self.action.currentData() or "",
            entity=self.entity.currentData() or "",
            day_from=day_from,
            day_to=day_to,
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        more = self.model.canFetchMore()
        n = self.model.rowCount()
        self.count.setText(
            self.tr("{n} entries shown; scroll for more.").format(n=n) if more else self.tr("{n} entries.").format(n=n)
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_row(self.model.row_at(current.row()) if current.isValid() else None)


class AuditDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        fit_window(self, 1100, 700)
        self.viewer = AuditViewer(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer)

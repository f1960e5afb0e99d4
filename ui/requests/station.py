"""The service station (新就业群体服务驿站): a button per service, today's counts, undo, and the month's tally."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import UserError
from app.requests import station as ST
from ui.common import dialogs
from ui.common import export as list_export
from ui.context import AppContext
from ui.requests.models import TallyModel


class StationPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPanel")
        self.ctx = ctx
        ST.ensure_default_services(ctx.db, ctx.actor)
        self.grid = QGridLayout()
        self.buttons: dict[int, QPushButton] = {}
        self.undo = QPushButton(self.tr("Undo last click"), self)
        self.undo.setObjectName("stationUndo")
        self.undo.setAccessibleName(self.tr("Undo last click"))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("stationNewService")
        self.new_name.setAccessibleName(self.tr("New service"))
        self.new_name.setPlaceholderText(self.tr("Add a service…"))
        self.status = QLabel(self)
        self.status.setObjectName("stationStatus")
        self.month_model = TallyModel(self)
        self.month_table = QTableView(self)
        self.month_table.setObjectName("stationMonth")
        self.month_table.setAccessibleName(self.tr("This month"))
        self.month_table.setModel(self.month_model)
        list_export.install(self.month_table, "station", ctx=ctx, filter_text=lambda: self.month_label.text())
        self.month_table.verticalHeader().hide()
        self.month_table.horizontalHeader().setStretchLastSection(True)
        self.month_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.undo)
        row.addWidget(self.new_name, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One click per service given today:"), self))
        layout.addLayout(self.grid)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.month_label)
        layout.addWidget(self.month_table, 1)
        self.undo.clicked.connect(self.undo_last)
        self.new_name.returnPressed.connect(self.add_service)
        self.refresh()

    def refresh(self) -> None:
        today = clock.today()
        counts = ST.tally(self.ctx.db, today, today)
        for i, c in enumerate(counts):
            b = self.buttons.get(c.id)
            if b is None:
                b = QPushButton(self)
                b.setObjectName(f"station_{c.id}")
                b.setAccessibleName(c.name)
                b.setMinimumHeight(56)
                b.clicked.connect(lambda _=False, sid=c.id: self.click(sid))
                self.buttons[c.id] = b
                self.grid.addWidget(b, i // 4, i % 4)
            b.setText(self.tr("{name}\n{count} today").format(name=c.name, count=c.count))
        first = today.replace(day=1)
        self.month_label.setText(self.tr("This month ({month}):").format(month=first.strftime("%Y-%m")))
        self.month_model.set_rows(ST.tally(self.ctx.db, first, today))

    def click(self, service_id: int) -> None:
        try:
            ST.record_visit(self.ctx.db, self.ctx.actor, service_id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.refresh()

    def undo_last(self) -> None:
        try:
            name = ST.undo_last(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.status.setText(self.tr("Undone: {name}").format(name=name))
        self.refresh()

    def add_service(self) -> None:
        try:
            ST.add_service(self.ctx.db, self.ctx.actor, self.new_name.text())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.new_name.clear()
        self.refresh()

"""Departments, partners (红色合伙人) and categories with their deadlines: the counter's own settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.requests import service as S
from ui.common import dialogs
from ui.common.paged_model import Column, ListTableModel
from ui.context import AppContext


class CategoryModel(ListTableModel):
    CONTEXT = "CategoryModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("CategoryModel", "Category")),
        Column("days", QT_TRANSLATE_NOOP("CategoryModel", "Deadline (working days)")),
        Column("department", QT_TRANSLATE_NOOP("CategoryModel", "Default department")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.department_names: dict[int, str] = {}

    def display(self, row: S.CategoryRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return str(row.deadline_days)
        return self.department_names.get(row.default_department_id or 0, "")


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class CataloguePanel(QWidget):
    def __init__(self, ctx: AppContext, on_change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestCatalogue")
        self.ctx = ctx
        self.on_change = on_change
        self.dep_name = _named(QLineEdit(self), "newDepartmentName", self.tr("Department name"))
        self.dep_partner = _named(
            QCheckBox(self.tr("Partner organisation (红色合伙人)"), self),
            "newDepartmentPartner",
            self.tr("Partner organisation"),
        )
        self.dep_phone = _named(QLineEdit(self), "newDepartmentPhone", self.tr("Department phone"))
        self.dep_add = _named(QPushButton(self.tr("Add department"), self), "addDepartment", self.tr("Add department"))
        self.cat_name = _named(QLineEdit(self), "newCategoryName", self.tr("Category name"))
        self.cat_days = _named(QSpinBox(self), "newCategoryDays", self.tr("Deadline in working days"))
        self.cat_days.setRange(0, 60)
        self.cat_days.setValue(5)
        self.cat_department = _named(QComboBox(self), "newCategoryDepartment", self.tr("Default department"))
        self.cat_add = _named(QPushButton(self.tr("Add category"), self), "addCategory", self.tr("Add category"))
        self.model = CategoryModel(self)
        self.table = _named(QTableView(self), "categoryTable", self.tr("Categories"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        dep_box = QGroupBox(self.tr("New department or partner"), self)
        dep_form = QFormLayout(dep_box)
        dep_form.addRow(self.tr("Name"), self.dep_name)
        dep_form.addRow(self.tr("Phone"), self.dep_phone)
        row = QHBoxLayout()
        row.addWidget(self.dep_partner)
        row.addWidget(self.dep_add)
        dep_form.addRow("", row)
        cat_box = QGroupBox(self.tr("New category"), self)
        cat_form = QFormLayout(cat_box)
        cat_form.addRow(self.tr("Name"), self.cat_name)
        cat_form.addRow(self.tr("Deadline (working days)"), self.cat_days)
        cat_form.addRow(self.tr("Default department"), self.cat_department)
        cat_form.addRow("", self.cat_add)
        boxes = QHBoxLayout()
        boxes.addWidget(dep_box)
        boxes.addWidget(cat_box)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 1)
        self.dep_add.clicked.connect(self.add_department)
        self.dep_name.returnPressed.connect(self.add_department)
        self.cat_add.clicked.connect(self.add_category)
        self.cat_name.returnPressed.connect(self.add_category)
        self.refresh()

    def refresh(self) -> None:
        deps = S.departments(self.ctx.db)
        self.model.department_names = {d.id: d.name for d in deps}
        self.cat_department.clear()
        self.cat_department.addItem(self.tr("(none)"), None)
        for d in deps:
            self.cat_department.addItem(d.name, d.id)
        self.model.set_rows(S.categories(self.ctx.db))

    def add_department(self) -> None:
        try:
            S.create_department(
                self.ctx.db,
                self.ctx.actor,
                self.dep_name.text(),
                is_partner=self.dep_partner.isChecked(),
                phone=self.dep_phone.text(),
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.dep_name.clear()
        self.dep_phone.clear()
        self.dep_partner.setChecked(False)
        self.refresh()
        self.on_change()

    def add_category(self) -> None:
        try:
            S.create_category(
                self.ctx.db,
                self.ctx.actor,
                self.cat_name.text(),
                deadline_days=self.cat_days.value(),
                default_department_id=self.cat_department.currentData(),
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.cat_name.clear()
        self.refresh()
        self.on_change()

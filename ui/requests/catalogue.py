"""Departments, partners (红色合伙人) and categories with their deadlines: the counter's own settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.requests import service as S
from ui.common import dialogs
from ui.common.layout import size_columns_always
from ui.common.paged_model import Column, ListTableModel
from ui.common.saving import one_click
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


class DepartmentModel(ListTableModel):
    CONTEXT = "DepartmentModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("DepartmentModel", "Department or partner")),
        Column("kind", QT_TRANSLATE_NOOP("DepartmentModel", "Type")),
        Column("phone", QT_TRANSLATE_NOOP("DepartmentModel", "Phone")),
        Column("categories", QT_TRANSLATE_NOOP("DepartmentModel", "Categories handled")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.category_names: dict[int, str] = {}

    def display(self, row: S.DepartmentRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            if row.is_partner:
                return QCoreApplication.translate("DepartmentModel", "partner (红色合伙人)")
            return QCoreApplication.translate("DepartmentModel", "department")
        if column == 2:
            return row.phone
        return "、".join(self.category_names[c] for c in row.category_ids if c in self.category_names)


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

        self.dep_model = DepartmentModel(self)
        self.dep_table = _named(QTableView(self), "departmentTable", self.tr("Departments and partners"))
        self.dep_table.setModel(self.dep_model)
        self.dep_table.verticalHeader().hide()
        self.dep_table.horizontalHeader().setStretchLastSection(True)
        self.dep_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dep_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.handled = _named(QListWidget(self), "departmentCategories", self.tr("Categories handled"))
        self.save_handled = _named(
            QPushButton(self.tr("Save categories handled"), self),
            "saveDepartmentCategories",
            self.tr("Save categories handled"),
        )
        self.dep_archive = _named(
            QPushButton(self.tr("Archive department…"), self), "archiveDepartment", self.tr("Archive department")
        )
        self.cat_archive = _named(
            QPushButton(self.tr("Archive category…"), self), "archiveCategory", self.tr("Archive category")
        )
        dep_list = QGroupBox(self.tr("Departments and partners"), self)
        dl = QVBoxLayout(dep_list)
        dl.addWidget(self.dep_table, 2)
        dl.addWidget(QLabel(self.tr("Categories the selected one handles (offered when dispatching):"), self))
        dl.addWidget(self.handled, 1)
        dep_buttons = QHBoxLayout()
        dep_buttons.addWidget(self.save_handled)
        dep_buttons.addStretch(1)
        dep_buttons.addWidget(self.dep_archive)
        dl.addLayout(dep_buttons)
        cat_list = QGroupBox(self.tr("Categories"), self)
        cl = QVBoxLayout(cat_list)
        cl.addWidget(self.table, 1)
        cat_buttons = QHBoxLayout()
        cat_buttons.addStretch(1)
        cat_buttons.addWidget(self.cat_archive)
        cl.addLayout(cat_buttons)
        for table in (self.table, self.dep_table):
            size_columns_always(table)  # headers whole (issue 16)
        lists = QHBoxLayout()
        lists.addWidget(dep_list, 3)
        lists.addWidget(cat_list, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addLayout(lists, 1)
        self.dep_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_handled())
        self.save_handled.clicked.connect(self.save_categories_handled)
        self.dep_archive.clicked.connect(self.archive_department)
        self.cat_archive.clicked.connect(self.archive_category)
        self.dep_add.clicked.connect(self.add_department)
        self.dep_name.returnPressed.connect(self.add_department)
        self.cat_add.clicked.connect(self.add_category)
        one_click(self.save_handled, self.dep_add, self.cat_add)  # a double click presses once (ui.common.saving)
        self.cat_name.returnPressed.connect(self.add_category)
        self.refresh()

    def refresh(self) -> None:
        deps = S.departments(self.ctx.db)
        self.model.department_names = {d.id: d.name for d in deps}
        self.cat_department.clear()
        self.cat_department.addItem(self.tr("(none)"), None)
        for d in deps:
            self.cat_department.addItem(d.name, d.id)
        cats = S.categories(self.ctx.db)
        self.model.set_rows(cats)
        self.dep_model.category_names = {c.id: c.name for c in cats}
        self.dep_model.set_rows(deps)
        self.show_handled()

    def selected_department(self) -> S.DepartmentRow | None:
        idx = self.dep_table.currentIndex()
        return self.dep_model.row_at(idx.row()) if idx.isValid() else None

    def selected_category(self) -> S.CategoryRow | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def show_handled(self) -> None:
        dep = self.selected_department()
        self.handled.clear()
        for c in S.categories(self.ctx.db) if dep is not None else []:
            item = QListWidgetItem(c.name, self.handled)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in dep.category_ids else Qt.CheckState.Unchecked)
        for w in (self.handled, self.save_handled, self.dep_archive):
            w.setEnabled(dep is not None)

    def save_categories_handled(self) -> None:
        dep = self.selected_department()
        if dep is None:
            return
        ids = [
            self.handled.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.handled.count())
            if self.handled.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            S.set_department_categories(self.ctx.db, self.ctx.actor, dep.id, ids)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._refresh_keeping(dep.id)
        self.on_change()

    def _refresh_keeping(self, department_id: int | None) -> None:
        self.refresh()
        for row in range(self.dep_model.rowCount()):
            if self.dep_model.row_at(row).id == department_id:
                self.dep_table.selectRow(row)
                break

    def archive_department(self) -> None:
        dep = self.selected_department()
        if dep is None:
            return
        reason = dialogs.ask_text(
            self, self.tr("Archive department"), self.tr("Why is {name} archived?").format(name=dep.name)
        )
        if reason is None:
            return
        try:
            S.archive_department(self.ctx.db, self.ctx.actor, dep.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.refresh()
        self.on_change()

    def archive_category(self) -> None:
        cat = self.selected_category()
        if cat is None:
            dialogs.warn(self, self.tr("Choose a category in the list first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Archive category"), self.tr("Why is {name} archived?").format(name=cat.name)
        )
        if reason is None:
            return
        try:
            S.archive_category(self.ctx.db, self.ctx.actor, cat.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.refresh()
        self.on_change()

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

"""Importing records from spreadsheets (issue 17): the menu entry; the dialog loads when it is opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def import_action(ctx, parent: QWidget, owner: QObject) -> QAction:
    """Admin → "Import from a spreadsheet…": opens `ui.imports.dialog.ImportDialog`."""
    action = QAction(QCoreApplication.translate("ImportDialog", "&Import from a spreadsheet…"), owner)
    action.setObjectName("importAction")

    def open_dialog() -> None:
        from ui.imports.dialog import ImportDialog

        ImportDialog(ctx, parent).open()

    action.triggered.connect(open_dialog)
    return action

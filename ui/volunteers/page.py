"""The volunteers counter's page (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.placeholder import coming_page
from ui.context import AppContext


def create_page(ctx: AppContext) -> QWidget:
    return coming_page(QCoreApplication.translate("MainWindow", "Volunteers"))

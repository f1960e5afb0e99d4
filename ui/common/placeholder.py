"""A page for a counter whose issue has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def coming_page(title: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(QCoreApplication.translate("Placeholder", "{title}: coming soon").format(title=title), page)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setProperty("role", "big")
    label.setAccessibleName(title)
    layout.addWidget(label)
    return page

"""Colours that survive the theme: the qt-material stylesheet sets every table item's text colour and ignores the
model's background, so an overdue request, a voided ticket, a child not signed out at closing time or a blocked adult would
look like any other row. This delegate paints the model's BackgroundRole under the item and draws ForegroundRole text
itself, in bold (the FontRole, e.g. struck out, kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class RoleColourDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(option.rect, background)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(foreground, QBrush):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(foreground.color())
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(opt.displayAlignment), elided)
        painter.restore()

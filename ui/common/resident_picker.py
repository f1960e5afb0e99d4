"""The resident search box every counter uses to choose a person: type a name, pinyin initials, a phone or the last
digits of an ID number (or scan a card), pick from the matches; `resident_id` is the one chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.accounts import privacy
from app.errors import ValidationError
from app.residents.service import get_resident, search_residents
from ui.common.nothing_found import nothing_found_text
from ui.context import AppContext


class ResidentPicker(QWidget):
    """Find a resident by name, pinyin, phone or ID digits; `resident_id` is the one chosen (or None).

    Keys: Enter picks the single match (or the highlighted one) and moves on (`entered`); with several matches and
    none highlighted it goes down into the list; Down moves into the list too. Enter never saves the dialog from
    the search box."""

    changed = Signal()
    entered = Signal()  # a resident was picked with Enter: the form moves to its next field

    def __init__(self, ctx: AppContext, name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id: int | None = None
        self._chosen_name = ""
        self.search = QLineEdit(self, objectName=f"{name}Search")
        self.search.setAccessibleName(accessible)
        self.search.setPlaceholderText(self.tr("Name, pinyin, phone or last digits of the ID"))
        self.results = QListWidget(self, objectName=f"{name}Results")
        self.results.setAccessibleName(self.tr("Matching residents"))
        self.results.setMaximumHeight(110)
        self.chosen = QLabel(self, objectName=f"{name}Chosen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self.results.hide()
        self.search.textEdited.connect(self._search)
        self.results.currentItemChanged.connect(self._pick)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self._show_chosen("")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.results and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.results.currentItem() is not None:
                    self._pick(self.results.currentItem())
                    self.entered.emit()
                return True
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter()
                return True  # the search box's Enter is the picker's, never the dialog's default button
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(obj, event)

    def enter(self) -> None:
        """Enter in the search box: one match (or a highlighted one) is picked; several: into the list."""
        if self.search.text().strip() and self.results.property("query") != self.search.text():
            self._search(self.search.text())
        if self.results.count() == 1 and self.results.item(0).data(Qt.ItemDataRole.UserRole) is None:
            return  # the note that nothing (or too long a text) was found: nobody to pick, the clerk types again
        if self.results.count() == 1:
            if self.results.currentRow() != 0:
                self.results.setCurrentRow(0)
            else:
                self._pick(self.results.item(0))
            self.entered.emit()
        elif self.results.currentItem() is not None:
            self.entered.emit()
        elif self.results.count() > 1:
            self.results.setFocus()

    def _search(self, text: str) -> None:
        self.results.setProperty("query", text)
        self.results.clear()
        try:
            found = search_residents(self.ctx.db, text, limit=8)
        except ValidationError as exc:  # an over-long paste: say so under the box instead of a crash
            self.results.addItem(QListWidgetItem(exc.message))  # no resident id: cannot be picked
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.setVisible(True)
            return
        for r in found:
            item = QListWidgetItem(
                " · ".join(
                    x for x in (r.name, r.masked_id, privacy.shown_phone(self.ctx.actor, r.phone), r.address) if x
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if not found and text.strip():  # said where the matches would be; no resident id: cannot be picked
            self.results.addItem(QListWidgetItem(nothing_found_text(text)))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.setVisible(self.results.count() > 0)

    def _pick(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self.set_resident(int(item.data(Qt.ItemDataRole.UserRole)))

    def set_resident(self, resident_id: int | None) -> None:
        self.resident_id = resident_id
        self._chosen_name = ""
        if resident_id is None:
            self._show_chosen("")
        else:
            d = get_resident(self.ctx.db, resident_id)
            self._chosen_name = d.row.name
            self._show_chosen(f"{d.row.name} {d.row.masked_id}".strip())
        self.changed.emit()

    def chosen_name(self) -> str:
        """The chosen resident's name ("" when nobody is chosen)."""
        return self._chosen_name if self.resident_id is not None else ""

    def reset(self) -> None:
        """Ready for the next person: no one chosen, the search box and the list of matches empty."""
        self.search.clear()
        self.results.clear()
        self.results.setProperty("query", None)
        self.results.hide()
        self.set_resident(None)

    def _show_chosen(self, text: str) -> None:
        self.chosen.setText(self.tr("Chosen: {who}").format(who=text) if text else self.tr("Nobody chosen yet."))

    def fix(self) -> None:
        """Editing an existing contact: the adult stays the same."""
        self.search.hide()
        self.results.hide()

"""What a search box says when it finds nothing: "没有找到“…”。", never an empty list that looks like a slow one.

One wording for every counter (`nothing_found_text`), shown where the answer would have been: over the list or
table (`NothingFound`), as the empty choice of a combo box (`note_empty_combo`), or in the counter's own message
line. The query shown is the one searched (an Enter-driven finder passes it once it has searched), not what is
being typed meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit
from shiboken6 import isValid

QUERY_SHOWN = 40  # a long paste is cut in the note (the box itself holds all of it)


def nothing_found_text(query: str) -> str:
    """ "Nothing found for “…”." in the user's language, the query cut to a readable length."""
    q = " ".join((query or "").split())
    if len(q) > QUERY_SHOWN:
        q = q[: QUERY_SHOWN - 1] + "…"
    return QCoreApplication.translate("Search", "Nothing found for “{query}”.").format(query=q)


class NothingFound(QObject):
    """A note over `view`'s rows, "Nothing found for “…”.", shown when a search left the view without rows and
    hidden as soon as it has rows again or the query is empty. The query is `search`'s text when the model's rows
    change (a list filtered by a search box: its answer resets the model), or the one given to `update`."""

    def __init__(self, view: QAbstractItemView, search: QLineEdit | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.search = search
        self.query = ""
        self._port = view.viewport()
        self.label = QLabel(self._port)
        self.label.setObjectName(f"{view.objectName() or 'view'}NothingFound")
        self.label.setProperty("role", "muted")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        self._port.installEventFilter(self)
        self._model = None
        self._watch()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._refresh)

    def update(self, query: str) -> None:
        """The search for `query` has been answered: say so when it found nothing."""
        self.query = (query or "").strip()
        self._watch()
        self._refresh()

    def is_shown(self) -> bool:
        return not self.label.isHidden()

    def _refresh(self, *_args) -> None:
        if not isValid(self.label) or (self.search is not None and not isValid(self.search)):
            return  # the screen is being taken down (a list widget's rows go as it is destroyed)
        if self.search is not None:
            self.query = self.search.text().strip()
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        if not (self.query and empty):
            self.label.hide()
            return
        self.label.setText(nothing_found_text(self.query))
        self._place()
        self.label.show()

    def _place(self) -> None:
        port = self._port
        height = self.label.heightForWidth(port.width() - 16)
        height = max(height, self.label.sizeHint().height()) + 16
        self.label.setGeometry(8, 0, max(port.width() - 16, 0), min(height, max(port.height(), height)))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        # the event's type first: nothing of the view is asked while it is being destroyed
        if event.type() == QEvent.Type.Resize and obj is self._port and not self.label.isHidden():
            self._place()
        return False


def note_empty_combo(combo: QComboBox, query: str) -> None:
    """A combo box filled by a search: with no item, its empty choice says that nothing was found for `query`."""
    own = combo.property("placeholderOfItsOwn")  # "Choose a party member…": given back once something is found
    if own is None:
        own = combo.placeholderText()
        combo.setProperty("placeholderOfItsOwn", own)
    combo.setPlaceholderText(nothing_found_text(query) if combo.count() == 0 and (query or "").strip() else own)
    if combo.count() == 0:
        combo.setCurrentIndex(-1)

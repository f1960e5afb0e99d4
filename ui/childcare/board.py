"""The live board: who is in now, by group, as cards with allergy badges; headcount against capacity and against
the ratio for the staff on duty; who is expected and not yet here; and, from closing time on, a banner and red
cards for every child not signed out, until each is resolved. The page refreshes it (and a timer re-evaluates it).

The cards are cells of a table drawn by a delegate (BoardModel, CardDelegate): only the cards on screen are asked
for and painted, so a program of 300 children opens as fast as one of 20."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.childcare import service as cc
from ui.theme import set_look

COLUMNS = 5
RED = "#b00020"
ORANGE = "#e65100"

STATE_COLOURS = {  # background, border, border width, dashed
    "in": ("#e8f5e9", "#66bb6a", 1, False),
    "out": ("#f5f5f5", "#bdbdbd", 1, False),
    "absent": ("#fafafa", "#bdbdbd", 1, True),
    "expected": ("#fff8e1", "#ffca28", 1, False),
    "not_out": ("#ffebee", RED, 3, False),
    "unexplained": ("#fff3e0", ORANGE, 2, False),
}
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # (DayRow, alert, state text) of a card cell
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a group's title row
CARD_HEIGHT = 78
HEADER_HEIGHT = 30


class BoardModel(QAbstractTableModel):
    """The board's grid: for each group a title row, then its cards COLUMNS to a row. The view asks only for the
    cells on screen (a big program's 300 cards used to be 300 framed widgets built on every refresh)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, object]] = []  # ("group", title) or ("cards", [(DayRow, alert, text), …])

    def set_rows(self, rows: list[tuple[str, object]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else COLUMNS

    def card(self, index) -> tuple | None:
        kind, value = self.rows[index.row()]
        if kind != "cards" or index.column() >= len(value):
            return None
        return value[index.column()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        kind, value = self.rows[index.row()]
        if kind == "group":
            if role == HEADER_ROLE:
                return True
            return value if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if index.column() >= len(value):
            return None
        row, alert, text = value[index.column()]
        if role == CARD_ROLE:
            return value[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name} · {text}" + (f" · ⚠ {row.allergy_note}" if row.allergy_note else "")
        if role == Qt.ItemDataRole.ToolTipRole and row.allergy_note:
            return row.allergy_note
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class CardDelegate(QStyledItemDelegate):
    """Paints a card: its state's colours, the name in bold, the state, and a red allergy badge. A card's first
    paint draws it on the screen, and it is drawn into a pixmap on the next turn of the event loop (after the
    board has appeared: a pixmap of each card made during the board's first paint doubled its cost); the pixmap
    is what a later repaint (the board shown again, a scroll) puts on screen: drawing each card again in Python
    made showing the board again cost as much as building it. The cache holds the cards of the board as it is: it
    is emptied whenever the board is redrawn (`clear`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._later: dict[tuple, tuple] = {}  # key -> (card, size, ratio, option): drawn on screen, pixmap to make

    def clear(self) -> None:
        self._pixmaps.clear()
        self._later.clear()

    def paint(self, painter, option, index) -> None:
        if index.data(HEADER_ROLE):
            self._paint_header(painter, option, index)
            return
        card = index.data(CARD_ROLE)
        if card is None:
            return
        row, alert, text = card
        ratio = painter.device().devicePixelRatioF()
        size = option.rect.size()
        key = (row.child_id, row.name, row.state, row.allergy_note, alert, text, size.width(), size.height(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            painter.drawPixmap(option.rect.topLeft(), pixmap)
            return
        self._paint_card(painter, option, card)  # on the screen now; into its pixmap after this paint
        if not self._later:
            QTimer.singleShot(0, self, self._make_pixmaps)
        self._later[key] = (card, size, ratio, QStyleOptionViewItem(option))

    def _make_pixmaps(self) -> None:
        """Draw into their pixmaps the cards drawn on screen by the last paint (see the class docstring)."""
        later, self._later = self._later, {}
        for key, (card, size, ratio, option) in later.items():
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            inner = QPainter(pixmap)
            option.rect = QRect(QPoint(0, 0), size)
            self._paint_card(inner, option, card)
            inner.end()
            self._pixmaps[key] = pixmap

    def _paint_header(self, painter, option, index) -> None:
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(option.rect.adjusted(4, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter), index.data())
        painter.restore()

    def _paint_card(self, painter, option, card) -> None:
        row, alert, text = card
        background, border, width, dashed = STATE_COLOURS[alert or row.state]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(3 + width / 2, 3 + width / 2, -3 - width / 2, -3 - width / 2)
        pen = QPen(QColor(border), width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(8, 4, -8, -4).toRect()
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(15)
        painter.setFont(font)
        painter.setPen(QColor("#212121"))
        line = painter.fontMetrics().height()
        painter.drawText(inner.adjusted(0, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft), _elide(painter, row.name, inner))
        y = inner.top() + line + 2
        font = QFont(option.font)
        font.setBold(bool(alert))
        painter.setFont(font)
        painter.setPen(QColor(RED if alert == "not_out" else ORANGE if alert else "#424242"))
        painter.drawText(
            inner.left(), y, inner.width(), line, int(Qt.AlignmentFlag.AlignLeft), _elide(painter, text, inner)
        )
        if row.allergy_note:
            y += painter.fontMetrics().height() + 2
            badge = "⚠ " + row.allergy_note
            font.setBold(True)
            painter.setFont(font)
            w = min(inner.width(), painter.fontMetrics().horizontalAdvance(badge) + 12)
            h = painter.fontMetrics().height() + 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(RED))
            painter.drawRoundedRect(QRectF(inner.left(), y, w, h), 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(
                inner.left() + 6, y, w - 12, h, int(Qt.AlignmentFlag.AlignVCenter), _elide(painter, badge, inner)
            )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(150, HEADER_HEIGHT if index.data(HEADER_ROLE) else CARD_HEIGHT)


def _elide(painter: QPainter, text: str, rect) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(10, rect.width() - 12))


class BoardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childcareBoard")
        self.setAccessibleName(self.tr("Live board"))
        self.inside = QLabel(self, objectName="boardInside")
        self.inside.setProperty("role", "big")
        self.ratio = QLabel(self, objectName="boardRatio")
        self.ratio.setProperty("role", "big")
        self.counts = QLabel(self, objectName="boardCounts")
        self.closing = QLabel(self, objectName="boardClosingAlert")
        self.closing.setWordWrap(True)
        self.closing.setProperty("role", "alarm")
        self.closing.hide()
        self.late = QLabel(self, objectName="boardUnexplained")
        self.late.setWordWrap(True)
        self.late.setProperty("role", "warning")
        self.late.hide()
        top = QHBoxLayout()
        top.addWidget(self.inside)
        top.addSpacing(24)
        top.addWidget(self.ratio)
        top.addStretch(1)
        top.addWidget(self.counts)
        self.model = BoardModel(self)
        self.scroll = QTableView(self, objectName="boardScroll")  # the cards; only those on screen are drawn
        self.scroll.setAccessibleName(self.tr("Children on the board"))
        self.scroll.setModel(self.model)
        self.cards = CardDelegate(self.scroll)
        self.scroll.setItemDelegate(self.cards)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setShowGrid(False)
        self.scroll.horizontalHeader().hide()
        self.scroll.verticalHeader().hide()
        self.scroll.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scroll.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.scroll.verticalHeader().setDefaultSectionSize(CARD_HEIGHT)
        self.scroll.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scroll.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scroll.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.closing)
        layout.addWidget(self.late)
        layout.addWidget(self.scroll, 1)
        self.alerts: dict[int, str] = {}
        self.states: dict[int, str] = {}  # child → the state its card shows ("not_out", "in", …)
        self.badges: dict[int, str] = {}  # child → the allergy badge's text, for every child with an allergy note
        self.group_titles: dict[str, str] = {}

    def show_day(
        self,
        program: cc.ProgramRow | None,
        rows: list[cc.DayRow],
        alerts: dict[int, str],
        summary: cc.BoardSummary | None,
    ) -> None:
        self.alerts = dict(alerts)
        self.states, self.badges, self.group_titles = {}, {}, {}
        if program is None or summary is None:
            self.inside.setText(self.tr("No program"))
            self.ratio.clear()
            self.counts.clear()
            self.closing.hide()
            self.late.hide()
            self.cards.clear()
            self.model.set_rows([])
            return
        self.inside.setText(self.tr("In now {n} / {cap}").format(n=summary.inside, cap=summary.capacity))
        set_look(self.inside, "over", bool(summary.over_capacity))
        self.ratio.setText(
            self.tr("Staff {on} · needed {need} (1:{ratio})").format(
                on=summary.staff_on_duty, need=summary.staff_needed, ratio=program.ratio
            )
        )
        set_look(self.ratio, "over", bool(summary.under_staffed))
        self.counts.setText(
            self.tr("Expected {exp} · absent {abs} · gone home {gone}").format(
                exp=summary.expected, abs=summary.absent, gone=summary.gone
            )
        )
        not_out = [r.name for r in rows if alerts.get(r.child_id) == "not_out"]
        if not_out:
            self.closing.setText(
                self.tr("Closing time {time} has passed: {n} not signed out — {names}").format(
                    time=cc.hhmm(program.close_min), n=len(not_out), names="、".join(not_out)
                )
            )
        self.closing.setVisible(bool(not_out))
        late = [r.name for r in rows if alerts.get(r.child_id) == "unexplained"]
        if late:
            self.late.setText(self.tr("Not arrived, no absence recorded: {names}").format(names="、".join(late)))
        self.late.setVisible(bool(late))
        by_group: dict[str, list[cc.DayRow]] = {}
        for r in rows:
            by_group.setdefault(r.group, []).append(r)
        order = {"not_out": 0, "in": 1, "unexplained": 2, "expected": 3, "absent": 4, "out": 5}
        grid: list[tuple[str, object]] = []
        for group, inside, total in summary.by_group:
            title = self.tr("{group}: in {n} of {total}").format(group=group or self.tr("All"), n=inside, total=total)
            self.group_titles[group] = title
            grid.append(("group", title))
            members = sorted(by_group.get(group, []), key=lambda r: (order[alerts.get(r.child_id) or r.state], r.name))
            cards = []
            for r in members:
                alert = alerts.get(r.child_id, "")
                cards.append((r, alert, self._state_text(r, alert)))
                self.states[r.child_id] = alert or r.state
                if r.allergy_note:
                    self.badges[r.child_id] = "⚠ " + r.allergy_note
            grid += [("cards", cards[i : i + COLUMNS]) for i in range(0, len(cards), COLUMNS)]
        self.cards.clear()
        self.model.set_rows(grid)
        self.scroll.clearSpans()
        for i, (kind, _value) in enumerate(grid):
            if kind == "group":
                self.scroll.setSpan(i, 0, 1, COLUMNS)
                self.scroll.setRowHeight(i, HEADER_HEIGHT)

    def _state_text(self, r: cc.DayRow, alert: str) -> str:
        def hm(at) -> str:
            local = clock.to_local(at)
            return local.strftime("%H:%M") if local else ""

        if alert == "not_out":
            return self.tr("NOT SIGNED OUT (in since {time})").format(time=hm(r.in_at))
        if alert == "unexplained":
            return self.tr("Not arrived, no absence recorded")
        if r.state == "in":
            return self.tr("In since {time}").format(time=hm(r.in_at))
        if r.state == "out":
            who = self.tr("alone") if r.out_alone else r.out_adult
            text = self.tr("Gone {time} · {who}").format(time=hm(r.out_at), who=who)
            return text + (" · " + self.tr("override") if r.override else "")
        if r.state == "absent":
            return self.tr("Absent")
        return self.tr("Expected")

    def card_alert(self, child_id: int) -> str:
        return self.alerts.get(child_id, "")

    def card_state(self, child_id: int) -> str:
        """What the child's card shows: "not_out" / "unexplained" (red / orange) or the state ("in", "out", …)."""
        return self.states.get(child_id, "")

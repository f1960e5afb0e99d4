"""The 今日关注 table: the day's alerts grouped by rule, a heading row per rule ("Regular diner absent (3)").

The list (app.alerts.service.AlertList) may hold thousands of alerts; the model keeps positions only and words a
row (name, reason, state) when the view asks for it, keeping the few hundred rows it has drawn."""

from __future__ import annotations

from itertools import repeat

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.alerts import rules as R
from app.alerts import service as A

Index = QModelIndex | QPersistentModelIndex

NAME, ADDRESS, REASON, SINCE, STATUS = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("AlertsModel", "Who"),
    QT_TRANSLATE_NOOP("AlertsModel", "Address"),
    QT_TRANSLATE_NOOP("AlertsModel", "Why"),
    QT_TRANSLATE_NOOP("AlertsModel", "Since"),
    QT_TRANSLATE_NOOP("AlertsModel", "Done"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALERT_ROLE = Qt.ItemDataRole.UserRole + 2  # the AlertRow (None on a heading row)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertsModel", text)


class AlertsModel(QAbstractTableModel):
    """Rows: for each rule with alerts, a heading (its label and count), then its alerts in the list's order."""

    CACHE = 600  # worded rows kept

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._alerts: A.AlertList | list = []
        self._rows: list[tuple[str, int]] = []  # ("group", rule index) | ("alert", position in the list)
        self._labels: list[tuple[str, int]] = []  # per group: (rule code, count)
        self._cache: dict[int, A.AlertRow] = {}
        self._worded: dict[int, dict[int, list]] = {}  # row -> role -> a value per column

    def set_alerts(self, alerts: A.AlertList | list) -> None:
        self.beginResetModel()
        self._alerts = alerts
        self._cache = {}
        self._worded = {}
        counts = alerts.counts() if hasattr(alerts, "counts") else _counts(alerts)
        rows: list[tuple[str, int]] = []
        labels: list[tuple[str, int]] = []
        position = 0
        for spec in R.RULES:
            n = counts.get(spec.code, 0)
            if not n:
                continue
            rows.append(("group", len(labels)))
            labels.append((spec.code, n))
            rows.extend(zip(repeat("alert"), range(position, position + n)))
            position += n
        self._rows = rows
        self._labels = labels
        self.endResetModel()

    def alert_at(self, row: int) -> A.AlertRow | None:
        if not 0 <= row < len(self._rows):
            return None
        kind, value = self._rows[row]
        if kind != "alert":
            return None
        found = self._cache.get(value)
        if found is None:
            if len(self._cache) > self.CACHE:
                self._cache.clear()
            found = self._alerts[value]
            self._cache[value] = found
        return found

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][0] == "group"

    def heading_rows(self) -> list[int]:
        return [i for i, (kind, _v) in enumerate(self._rows) if kind == "group"]

    def row_of_alert(self, alert_id: int) -> int | None:
        for i in range(len(self._rows)):
            a = self.alert_at(i)
            if a is not None and a.id == alert_id:
                return i
        return None

    # --- Qt model API ---------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return _tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Answered from the row's worded cells (per role, a value per column), worded once when first asked: a
        repaint asks about seven roles of every cell on screen, each answer from Python costs microseconds."""
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        cells = self._worded.get(r)
        if cells is None:
            cells = self._word(r)
        values = cells.get(role)
        return None if values is None else values[index.column()]

    def _word(self, r: int) -> dict[int, list]:
        if len(self._worded) > self.CACHE:
            self._worded.clear()
        kind, value = self._rows[r]
        n = len(COLUMNS)
        if kind == "group":
            code, count = self._labels[value]
            cells: dict[int, list] = {
                _DISPLAY: [f"{R.rule_label(code)}（{count}）"] + [None] * (n - 1),
                _FONT: [_bold()] * n,
                _BACKGROUND: [QBrush(QColor("#eef3f8"))] * n,
                SORT_ROLE: [(value, -1)] * n,
            }
        else:
            alert = self.alert_at(r)
            if alert is None:
                cells = {}
            else:
                shown = [self._display(alert, col) for col in range(n)]
                cells = {
                    _DISPLAY: shown,
                    ALERT_ROLE: [alert] * n,
                    SORT_ROLE: [(r, col) for col in range(n)],
                    _TOOLTIP: [shown[col] if col in (REASON, STATUS) else None for col in range(n)],
                }
                if alert.state != A.OPEN:
                    cells[_FOREGROUND] = [QBrush(QColor("#6b7280"))] * n
        self._worded[r] = cells
        return cells

    def _display(self, a: A.AlertRow, col: int) -> str:
        if col == NAME:
            return a.name
        if col == ADDRESS:
            return a.address
        if col == REASON:
            return a.reason
        if col == SINCE:
            return a.since.isoformat() if a.since else "—"
        if col == STATUS:
            return status_text(a)
        return ""


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def status_text(a: A.AlertRow) -> str:
    if a.state == A.ACTED and a.request_number:
        return QCoreApplication.translate("AlertsModel", "Visit request {number} ({state})").format(
            number=a.request_number, state=a.request_status or ""
        )
    if a.state == A.DISMISSED:
        return QCoreApplication.translate("AlertsModel", "Dismissed by {who}: {why}").format(
            who=a.handled_by, why=a.note
        )
    return a.state_label


def _counts(alerts) -> dict[str, int]:
    out: dict[str, int] = {}
    for a in alerts:
        out[a.rule] = out.get(a.rule, 0) + 1
    return out

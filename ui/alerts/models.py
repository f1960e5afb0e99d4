"""The 今日关注 table: the day's alerts grouped by rule, a heading row per rule ("Regular diner absent (3)").

The list (app.alerts.service.AlertList) may hold thousands of alerts; the model keeps positions only and words a
row (name, reason, state) when the view asks for it, keeping the few hundred rows it has drawn."""

from __future__ import annotations

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

    def set_alerts(self, alerts: A.AlertList | list) -> None:
        self.beginResetModel()
        self._alerts = alerts
        self._cache = {}
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
            rows.extend(("alert", p) for p in range(position, position + n))
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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = index.row()
        if not index.isValid() or not 0 <= r < len(self._rows):
            return None
        kind, value = self._rows[r]
        col = index.column()
        if kind == "group":
            code, n = self._labels[value]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{R.rule_label(code)}（{n}）" if col == NAME else None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eef3f8"))
            if role == SORT_ROLE:
                return (value, -1)
            return None
        alert = self.alert_at(r)
        if alert is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(alert, col)
        if role == ALERT_ROLE:
            return alert
        if role == SORT_ROLE:
            return (r, col)
        if role == Qt.ItemDataRole.ForegroundRole and alert.state != A.OPEN:
            return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (REASON, STATUS):
            return self._display(alert, col)
        return None

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

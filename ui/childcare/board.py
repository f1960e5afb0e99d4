"""The live board: who is in now, by group, as cards with allergy badges; headcount against capacity and against
the ratio for the staff on duty; who is expected and not yet here; and, from closing time on, a banner and red
cards for every child not signed out, until each is resolved. The page refreshes it (and a timer re-evaluates it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.childcare import service as cc

COLUMNS = 5
RED = "#b00020"
ORANGE = "#e65100"

CARD_STYLE = {
    "in": "QFrame#{name} {{ background: #e8f5e9; border: 1px solid #66bb6a; border-radius: 6px; }}",
    "out": "QFrame#{name} {{ background: #f5f5f5; border: 1px solid #bdbdbd; border-radius: 6px; }}",
    "absent": "QFrame#{name} {{ background: #fafafa; border: 1px dashed #bdbdbd; border-radius: 6px; }}",
    "expected": "QFrame#{name} {{ background: #fff8e1; border: 1px solid #ffca28; border-radius: 6px; }}",
    "not_out": "QFrame#{name} {{ background: #ffebee; border: 3px solid " + RED + "; border-radius: 6px; }}",
    "unexplained": "QFrame#{name} {{ background: #fff3e0; border: 2px solid " + ORANGE + "; border-radius: 6px; }}",
}


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
        self.closing.setStyleSheet(
            f"background: {RED}; color: white; font-size: 18px; font-weight: bold; padding: 8px; border-radius: 4px;"
        )
        self.closing.hide()
        self.late = QLabel(self, objectName="boardUnexplained")
        self.late.setWordWrap(True)
        self.late.setStyleSheet(f"color: {ORANGE}; font-weight: bold;")
        self.late.hide()
        top = QHBoxLayout()
        top.addWidget(self.inside)
        top.addSpacing(24)
        top.addWidget(self.ratio)
        top.addStretch(1)
        top.addWidget(self.counts)
        self.scroll = QScrollArea(self, objectName="boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.closing)
        layout.addWidget(self.late)
        layout.addWidget(self.scroll, 1)
        self.cards: dict[int, QFrame] = {}
        self.badges: dict[int, QLabel] = {}
        self.alerts: dict[int, str] = {}

    def show_day(
        self,
        program: cc.ProgramRow | None,
        rows: list[cc.DayRow],
        alerts: dict[int, str],
        summary: cc.BoardSummary | None,
    ) -> None:
        self.alerts = dict(alerts)
        content = QWidget()
        content.setObjectName("boardContent")
        v = QVBoxLayout(content)
        self.cards, self.badges = {}, {}
        if program is None or summary is None:
            self.inside.setText(self.tr("No program"))
            self.ratio.clear()
            self.counts.clear()
            self.closing.hide()
            self.late.hide()
            v.addStretch(1)
            self.scroll.setWidget(content)
            return
        self.inside.setText(self.tr("In now {n} / {cap}").format(n=summary.inside, cap=summary.capacity))
        self.inside.setStyleSheet(f"color: {RED};" if summary.over_capacity else "")
        self.ratio.setText(
            self.tr("Staff {on} · needed {need} (1:{ratio})").format(
                on=summary.staff_on_duty, need=summary.staff_needed, ratio=program.ratio
            )
        )
        self.ratio.setStyleSheet(f"color: {RED};" if summary.under_staffed else "")
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
        for group, inside, total in summary.by_group:
            title = self.tr("{group}: in {n} of {total}").format(group=group or self.tr("All"), n=inside, total=total)
            box = QGroupBox(title, content)
            box.setObjectName(f"boardGroup_{group}" if group else "boardGroup")
            grid = QGridLayout(box)
            members = sorted(by_group.get(group, []), key=lambda r: (order[alerts.get(r.child_id) or r.state], r.name))
            for i, r in enumerate(members):
                grid.addWidget(self._card(r, alerts.get(r.child_id, ""), box), i // COLUMNS, i % COLUMNS)
            for c in range(COLUMNS):
                grid.setColumnStretch(c, 1)
            v.addWidget(box)
        v.addStretch(1)
        self.scroll.setWidget(content)

    def _card(self, r: cc.DayRow, alert: str, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        name = f"boardCard{r.child_id}"
        card.setObjectName(name)
        card.setStyleSheet(CARD_STYLE[alert or r.state].format(name=name))
        card.setMinimumWidth(150)
        v = QVBoxLayout(card)
        v.setContentsMargins(8, 6, 8, 6)
        v.setSpacing(2)
        title = QLabel(r.name, card)
        title.setStyleSheet("font-weight: bold; font-size: 15px;")
        title.setWordWrap(True)
        v.addWidget(title)
        state = QLabel(self._state_text(r, alert), card)
        state.setWordWrap(True)
        if alert:
            state.setStyleSheet(f"color: {RED if alert == 'not_out' else ORANGE}; font-weight: bold;")
        v.addWidget(state)
        if r.allergy_note:
            badge = QLabel("⚠ " + r.allergy_note, card)
            badge.setObjectName(f"allergyBadge{r.child_id}")
            badge.setToolTip(self.tr("Allergy"))
            badge.setWordWrap(True)
            badge.setStyleSheet(
                f"background: {RED}; color: white; font-weight: bold; border-radius: 8px; padding: 1px 6px;"
            )
            v.addWidget(badge)
            self.badges[r.child_id] = badge
        self.cards[r.child_id] = card
        return card

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

"""At 1366×768 in Chinese the follow-up outcome showed "未联系上（无人接听" — its closing bracket under the arrow. The
outcome picker, closed and open, is wide enough for its widest choice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from app.requests import service as S
from ui.common.layout import text_width
from ui.requests.page import RequestsPage


@pytest.fixture
def zh_ui(qapp):
    from ui import i18n as ui_i18n

    ui_i18n.install_language("zh_CN")
    yield
    ui_i18n.install_language("en")


def test_every_follow_up_outcome_is_shown_whole(qtbot, ctx, clerk, catalogue, no_dialogs, monday, zh_ui):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了，晚上看不见路"))
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 16, 700)
    page.show()
    qtbot.waitExposed(page)
    page.setCurrentWidget(page.queue)
    page.open_request(r.id)
    qtbot.wait(20)
    combo = page.queue.detail.rating
    texts = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert "未联系上（无人接听）" in texts
    widest = max(text_width(combo, t) for t in texts)
    assert combo.width() >= widest + 48, (combo.width(), widest)  # the text, the padding and the arrow
    assert combo.view().minimumWidth() >= widest + 32
    combo.setCurrentIndex(combo.findText("未联系上（无人接听）"))
    page.grab().save("/tmp/polish4_outcome.png")


def test_every_health_follow_up_outcome_is_shown_whole(qtbot, ctx, zh_ui):
    from ui.common.steps import finish_under
    from ui.health.page import HealthPage

    page = HealthPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 16, 700)
    page.show()
    qtbot.waitExposed(page)
    finish_under(page)  # the sub-tabs' later steps
    combo = page.findChild(QComboBox, "healthFollowUpOutcome")
    assert combo is not None
    widest = max(text_width(combo, combo.itemText(i)) for i in range(combo.count()))
    assert combo.minimumWidth() >= widest + 48 and combo.view().minimumWidth() >= widest + 32

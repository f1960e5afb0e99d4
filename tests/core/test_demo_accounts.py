"""The demo passwords are shown with each account's role (issue 16, found 8): whoever sets up the center knows which
password opens which counter."""

from __future__ import annotations

from app import demo
from app.accounts.service import role_label


def test_each_demo_password_comes_with_its_role(db, zh):
    ctx = demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    accounts = demo.demo_accounts(ctx)
    staff = {u: (d, roles) for u, d, roles in demo.STAFF}
    assert accounts and {a.username for a in accounts} == set(ctx.passwords)
    for a in accounts:
        display, roles = staff[a.username]
        assert a.password == ctx.passwords[a.username] and a.display_name == display
        assert a.roles == "、".join(role_label(r) for r in roles) and a.roles
    assert {a.username: a.roles for a in accounts}["qiantai"] == "前台"


def test_the_first_run_message_names_the_role(qapp, db):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n as ui_i18n
    from ui.application import demo_account_line

    account = demo.DemoAccount("shouyin", "收银 张强", "收银员", "AivtDpBeeOM")
    try:
        ui_i18n.install_language("zh_CN")
        line = demo_account_line(account)
        assert "shouyin" in line and "AivtDpBeeOM" in line and "收银员" in line and "收银 张强" in line
        assert QCoreApplication.translate("Application", "Demo accounts") != "Demo accounts"
    finally:
        ui_i18n.install_language("en")

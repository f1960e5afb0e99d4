"""The demo passwords are shown with each account's role (issue 16, found 8): whoever sets up the center knows which
password opens which counter."""

from __future__ import annotations

from app import demo
from app.accounts.service import role_label


def test_each_demo_password_comes_with_its_role(db, zh):
    ctx = demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    accounts = demo.demo_accounts(ctx)
    staff = {ctx.logins[u]: (d, roles) for u, d, roles in demo.STAFF}  # "admin2" when "admin" was taken
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
        assert QCoreApplication.translate("Application", "{user}: {password} ({roles} · {name})").startswith("{user}")
    finally:
        ui_i18n.install_language("en")


def test_demo_passwords_have_no_look_alikes_and_keep_their_strength(db):
    """Found: "ahlVWYTiYGY, MdAVlEL_1wI, ijhnXdxuJ1I" were hard to copy (l/I/1, 0/O). Now groups of a look-alike-free
    alphabet, at least the 64 bits of the token_urlsafe(8) they replace, and each one signs in."""
    import re

    from app.accounts import passwords, service
    from app.accounts.login import login

    ctx = demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    assert passwords.readable_password_bits() >= 64
    assert not set(passwords.READABLE_ALPHABET) & set("0Oo1lIi|_-")
    shape = re.compile(r"[23456789abcdefghjkmnpqrstuvwxyz]{5}(-[23456789abcdefghjkmnpqrstuvwxyz]{5}){2}")
    assert ctx.passwords and all(shape.fullmatch(p) for p in ctx.passwords.values())
    assert len(set(ctx.passwords.values())) == len(ctx.passwords)
    password = ctx.passwords[ctx.logins["qiantai"]]
    assert service.validate_password(password) is None
    assert login(db, ctx.logins["qiantai"], password).user_id == ctx.staff["qiantai"]
    many = {passwords.readable_password() for _ in range(2000)}
    assert len(many) == 2000 and set("".join(many)) == set(passwords.READABLE_ALPHABET) | {"-"}


def test_the_demo_accounts_dialog_shows_fixed_width_passwords_with_copy_buttons(qtbot, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontInfo, QGuiApplication
    from PySide6.QtWidgets import QLabel

    from ui.wizard import DemoAccountsDialog

    accounts = [
        demo.DemoAccount("qiantai", "前台 李敏", "前台", "k7m2q-x4dhp-9tnwe"),
        demo.DemoAccount("shouyin", "收银 张强", "收银员", "a3b4c-d5e6f-g7h8j"),
    ]
    dialog = DemoAccountsDialog(None, accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.findChild(QLabel, "demoPassword_shouyin")
    assert label.text() == "a3b4c-d5e6f-g7h8j" and QFontInfo(label.font()).fixedPitch()
    qtbot.mouseClick(dialog.copy_buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "a3b4c-d5e6f-g7h8j" and dialog.copied.text()
    qtbot.mouseClick(dialog.copy_all_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "k7m2q-x4dhp-9tnwe" in copied and "a3b4c-d5e6f-g7h8j" in copied and "qiantai" in copied

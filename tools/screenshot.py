"""Screenshots of the main window for README and for looking at the UI as a user would.

    xvfb-run -a .venv/bin/python -m tools.screenshot --db /tmp/x.db --lang zh_CN --theme light --tab residentsPage \
        --search zsq --out docs/screenshot.png
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--lang", default="zh_CN")
    p.add_argument("--theme", default="light")
    p.add_argument("--tab", default="residentsPage")
    p.add_argument("--search", default="")
    p.add_argument("--user", default="admin")
    p.add_argument("--out", required=True)
    p.add_argument("--size", default="1280x800")
    args = p.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer
    from sqlalchemy import select

    from app.accounts.service import actor_for
    from app.database import open_database
    from app.paths import resolve_database
    from db.models import User
    from ui.application import create_qapplication
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = create_qapplication(lang=args.lang, theme=args.theme)
    db = open_database(resolve_database(args.db))
    with db.read() as s:
        uid = s.execute(select(User.id).where(User.username == args.user)).scalar_one()
    window = MainWindow(AppContext(db, actor_for(db, uid)))
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w, h)
    window.show()
    window.show_page(args.tab)
    page = window.page(args.tab)
    if args.search and hasattr(page, "search"):
        page.search.setText(args.search)
        if hasattr(page, "on_enter"):
            page.on_enter()
    loop = QEventLoop()
    QTimer.singleShot(600, loop.quit)
    loop.exec()
    window.grab().save(args.out)
    print(args.out)
    window.close()
    db.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`community-desk report district --month YYYY-MM --as USER [--out DIR]`: issue (or re-issue) the month's district
report pack and write its PDF and workbook.

Who issues it: the pack says "issued by …" to the street office and the audit trail keeps who sent which month, so the
command acts as a named staff account (`--as USER`, the account's user name), which must be active and hold the
right to issue the report, exactly as the 统计 page's button does. Not the operating system's user: a center's PC
is usually one shared Windows login ("Administrator", "前台"), which names no one; and not an anonymous "system",
which is what the first version printed on the report. The OS user is still noted as the workstation in the audit
trail. A month not over yet gives a draft (marked 草稿 on every page, not issued)."""

from __future__ import annotations

import argparse
import re

from app.i18n import translate


def add_parser(sub) -> None:
    report = sub.add_parser(
        "report",
        help=translate("CommandLine", "make the month's district report (PDF and Excel)"),
        description=translate(
            "CommandLine",
            "Make the month's report for the street office as a PDF and an Excel workbook. A month issued before "
            "is printed again from the figures stored when it was first issued, identical to what was sent.",
        ),
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True, parser_class=sub._parser_class)
    district = kinds.add_parser(
        "district",
        help=translate("CommandLine", "the monthly report pack for the street office"),
        description=translate("CommandLine", "The monthly report pack for the street office (街道月报)."),
    )
    district.add_argument(
        "--month", required=True, metavar="YYYY-MM", help=translate("CommandLine", "the month, e.g. 2026-11")
    )
    district.add_argument(
        "--out", metavar="DIR", default=".", help=translate("CommandLine", "folder for the files (default: here)")
    )
    district.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        required=True,
        help=translate("CommandLine", "the staff account (user name) issuing the report; it is named on the report"),
    )


def issuer(db, username: str):
    """The Actor of the active staff account `username` (UserError when there is none), its workstation noted as
    the command line and the operating system's user."""
    import getpass
    import socket

    from sqlalchemy import select

    from app.accounts.service import actor_for
    from app.errors import UserError
    from db.models import User

    with db.read() as s:
        row = s.execute(select(User.id, User.active).where(User.username == username.strip())).first()
    if row is None or not row.active:
        raise UserError(
            translate("CommandLine", "There is no active staff account {user}: give --as the user name of one.").format(
                user=username
            )
        )
    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):
        os_user = "?"
    workstation = f"{socket.gethostname()} (command line, {os_user})"[:100]
    return actor_for(db, row.id, workstation)


def run(args: argparse.Namespace, open_db) -> int:
    from app.errors import UserError
    from app.reports import district

    found = re.fullmatch(r"(\d{4})-(\d{1,2})", args.month.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise UserError(translate("CommandLine", "--month must be a month such as 2026-11."))
    db = open_db(args)
    try:
        actor = issuer(db, args.as_user)
        issued = district.issue_pack(db, actor, int(found.group(1)), int(found.group(2)))
    finally:
        db.dispose()
    paths = district.write_files(issued, args.out)
    if issued.reissued:
        print(
            translate("CommandLine", "Re-issued {month} as first issued on {at} by {who}:").format(
                month=issued.label, at=issued.pack.issued_at, who=issued.pack.issued_by
            )
        )
        if not issued.identical:
            print(
                translate(
                    "CommandLine",
                    "The figures are those first issued; this version of the program lays the pages out differently.",
                )
            )
    elif issued.draft:
        print(
            translate("CommandLine", "{month} is not over yet: a draft (marked on every page), not issued:").format(
                month=issued.label
            )
        )
    else:
        print(translate("CommandLine", "Issued {month}:").format(month=issued.label))
    for path in paths:
        print(f"  {path}")
    return 0

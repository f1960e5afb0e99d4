"""`community-desk report district --month YYYY-MM [--out DIR]`: issue (or re-issue) the month's district report
pack and write its PDF and workbook. The command acts as the system account (an administrator), like the other
commands run at the center's PC; the audit trail records it."""

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


def run(args: argparse.Namespace, open_db) -> int:
    from app.actor import SYSTEM
    from app.errors import UserError
    from app.reports import district

    found = re.fullmatch(r"(\d{4})-(\d{1,2})", args.month.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise UserError(translate("CommandLine", "--month must be a month such as 2026-11."))
    db = open_db(args)
    try:
        issued = district.issue_pack(db, SYSTEM, int(found.group(1)), int(found.group(2)))
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
    else:
        print(translate("CommandLine", "Issued {month}:").format(month=issued.label))
    for path in paths:
        print(f"  {path}")
    return 0

"""Command line: `community-desk [--db PATH_OR_URL] [--lang zh_CN|en] [init|demo|backup|restore|verify-audit|import|selfcheck]`.

The parser and the commands that need no window live here. The program's entry point is `ui.main:main` (the top
layer): it passes in what starts the window (no subcommand) and the Qt self-check, because app/ imports nothing
from ui/. Errors are one line on stderr and a non-zero exit. Heavy imports (SQLAlchemy, Qt) happen only inside
the command that needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app import __version__
from app.errors import UserError
from app.i18n import translate

LANGUAGES = ("zh_CN", "en")


class CliError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit status 2
        label = translate("CommandLine", "error")
        sys.stderr.write(f"{self.prog}: {label}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="community-desk",
        description=translate("CommandLine", "Community Desk: the front desk of a community service center."),
    )
    parser.add_argument("--version", action="version", version=f"community-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "CommandLine",
            "database file or SQLAlchemy URL (default: $COMMUNITY_DESK_DB, else a file in the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CommandLine", "interface language (default: the saved choice, else zh_CN)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser(
        "init",
        help=translate("CommandLine", "create the database or bring it up to date"),
        description=translate("CommandLine", "Create the database or bring its schema up to date."),
    )
    demo = sub.add_parser(
        "demo",
        help=translate("CommandLine", "fill the database with demo data"),
        description=translate("CommandLine", "Fill the database with realistic demo data (deterministic for a seed)."),
    )
    demo.add_argument(
        "--residents",
        type=int,
        default=2000,
        metavar="N",
        help=translate("CommandLine", "number of residents (default 2000)"),
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help=translate("CommandLine", "random seed (default 1)")
    )
    backup = sub.add_parser(
        "backup",
        help=translate("CommandLine", "make a consistent copy of the database"),
        description=translate(
            "CommandLine",
            "Copy the database safely, even while the app is open. A PostgreSQL server database is copied with "
            "pg_dump (custom format, a .dump file).",
        ),
    )
    backup.add_argument(
        "dest", nargs="?", metavar="DEST", help=translate("CommandLine", "file or folder (default: the backups folder)")
    )
    restore = sub.add_parser(
        "restore",
        help=translate("CommandLine", "replace the database with a backup"),
        description=translate(
            "CommandLine",
            "Replace the database with a backup, after checking the backup. A PostgreSQL .dump is loaded with "
            "pg_restore into an empty database only.",
        ),
    )
    restore.add_argument("file", metavar="FILE", help=translate("CommandLine", "the backup file"))
    restore.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CommandLine", "restore even when the backup's audit trail is damaged (recorded in the audit trail)"
        ),
    )
    sub.add_parser(
        "verify-audit",
        help=translate("CommandLine", "check that the audit trail was not changed (exit status 1 if it was)"),
        description=translate(
            "CommandLine",
            "Recompute the audit trail's hash chain and report the first broken link; exit status 0 when intact.",
        ),
    )
    imp = sub.add_parser(
        "import",
        help=translate("CommandLine", "import residents, children or volunteers from a spreadsheet"),
        description=translate(
            "CommandLine",
            "Import residents (with their category tags), children with the adults who may collect them, or "
            "volunteers from an .xlsx, .xls, .ods or .csv file, each row checked like the forms do. The good rows "
            "are imported; a row with errors is refused and left out (with --errors, written to a spreadsheet that "
            "says what to fix, to correct and import again). The good rows are written together: a failure part-way "
            "writes none of them. Prints what was read, imported, updated, skipped and refused (with reasons); exit "
            "status 1 when the file cannot be read.",
        ),
    )
    imp.add_argument("kind", choices=("residents", "children", "volunteers"), metavar="residents|children|volunteers")
    imp.add_argument("file", metavar="FILE", help=translate("CommandLine", "the spreadsheet"))
    imp.add_argument("--sheet", metavar="NAME", help=translate("CommandLine", "the sheet to read (default: the first)"))
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLine", "check every row and write nothing")
    )
    imp.add_argument(
        "--duplicates",
        choices=("skip", "update", "both"),
        default="skip",
        help=translate("CommandLine", "what to do with someone already registered or listed twice (default: skip)"),
    )
    imp.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        help=translate("CommandLine", "write the refused rows, with what to fix, to this spreadsheet"),
    )
    sub.add_parser(
        "selfcheck",
        help=translate("CommandLine", "check that this installation works (reads the database, writes nothing)"),
        description=translate(
            "CommandLine",
            "Check the fonts, translations and drawing, that every counter is installed, that the app's folders "
            "are writable, that the database is reachable and its schema current (read only) and that a receipt "
            "renders; exit status 0 when everything works.",
        ),
    )
    from app.reports.cli import add_parser as add_report_parser

    add_report_parser(sub)
    return parser


def _language(arg: str | None) -> str:
    if arg:
        return arg
    env = os.environ.get("COMMUNITY_DESK_LANG")
    return env if env in LANGUAGES else "zh_CN"


def _peek_lang(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in LANGUAGES:
            return a.split("=", 1)[1]
    return None


def main(
    argv: list[str] | None = None,
    *,
    window: Callable[[argparse.Namespace], int] | None = None,
    selfcheck: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run one command; the exit status. `window` opens the desktop window (no subcommand), `selfcheck` runs
    `selfcheck`: both are given by the top layer (`ui.main`); without them those two commands exit 1 with a
    message."""
    from db.files import restrict_process_umask

    restrict_process_umask()  # everything this process writes (database, backups, exports, logs) is owner-only
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language(_peek_lang(argv))
    if argv and lang != "en":
        # Command-line text is translated from the shipped .ts files (no Qt needed). The GUI (no
        # arguments) loads Qt's translator instead, so its start is not slowed by parsing XML.
        from app.i18n import load_ts_catalogue

        load_ts_catalogue(lang)
    args = build_parser().parse_args(argv)
    try:
        top = {None: window, "selfcheck": selfcheck}
        if args.command in top:
            run = top[args.command]
            if run is None:
                raise CliError(translate("CommandLine", "This command needs the window part: run community-desk."))
            return run(args)
        return COMMANDS[args.command](args)
    except CliError as exc:
        sys.stderr.write(f"community-desk: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user, the details in the log
        from app.errors import UserError

        if isinstance(exc, UserError):
            sys.stderr.write(f"community-desk: {exc.message}\n")
            return 1
        from app.logs import log_exception, redacted_error

        where = log_exception(exc)
        sys.stderr.write(
            translate("CommandLine", "community-desk: unexpected error: {error} (details in {path})").format(
                error=redacted_error(exc), path=where
            )
            + "\n"
        )
        return 70


def _open(args: argparse.Namespace):
    from app.database import open_database
    from app.paths import resolve_database

    return open_database(resolve_database(args.db), official_calendar=True)


def cmd_init(args: argparse.Namespace) -> int:
    from app.audit import write_anchor
    from app.database import database_label

    db = _open(args)
    try:
        write_anchor(db, "init")
    finally:
        db.dispose()
    print(translate("CommandLine", "Database ready: {where}").format(where=database_label(db.url)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import populate

    if not 0 <= args.residents <= 1_000_000:
        raise CliError(translate("CommandLine", "--residents must be between 0 and 1000000."))
    db = _open(args)
    ctx = populate(db, residents=args.residents, seed=args.seed)
    print(translate("CommandLine", "Demo data written: {n} residents.").format(n=args.residents))
    if ctx.passwords:
        print(
            translate("CommandLine", "Demo accounts (write these passwords down; they are not stored anywhere else):")
        )
        from app.demo import demo_accounts

        for account in demo_accounts(ctx):
            print(f"  {account.username:10s} {account.password:14s} {account.roles} ({account.display_name})")
    db.dispose()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backup import backup_to
    from app.paths import resolve_database
    from db.engine import sqlite_path

    url = resolve_database(args.db)
    path = sqlite_path(url)
    if path is None:
        return _backup_server(url, args.dest)
    if args.dest or not path.exists():  # a missing database is refused by backup_to, before anything is created
        out = backup_to(path, args.dest or ".")
        _anchor(args, "backup")
    else:  # the folder and number kept from the settings, as the app's own backups
        from app import autobackup
        from app.actor import SYSTEM

        db = _open(args)
        try:
            plan = autobackup.BackupPlan.load(db)
            done = autobackup.make_backup(plan, autobackup.MANUAL)
            autobackup.record(db, SYSTEM, done)
        finally:
            db.dispose()
        out = done.path
    print(translate("CommandLine", "Backup written: {path}").format(path=out))
    return 0


def _anchor(args: argparse.Namespace, event: str) -> None:
    """Append the audit chain's head to the outside anchor (app.audit.write_anchor)."""
    from app.audit import write_anchor

    db = _open(args)
    try:
        write_anchor(db, event)
    finally:
        db.dispose()


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup after checking it and its audit chain; a damaged chain only with --force, audited."""
    from app.backup import check_backup_chain, inspect_backup, restore_from
    from app.paths import resolve_database
    from db.engine import sqlite_path

    url = resolve_database(args.db)
    path = sqlite_path(url)
    if path is None:
        return _restore_server(url, Path(args.file))
    info = inspect_backup(Path(args.file))
    chain = check_backup_chain(info.path)
    kept = restore_from(info.path, path, force=args.force)
    db = _open(args)  # puts back missing append-only triggers, and audits that they were missing
    try:
        if chain is not None and not chain.ok:
            _audit_forced_restore(db, info.path, chain)
            sys.stderr.write(
                "community-desk: "
                + translate("CommandLine", "Restored with a damaged audit trail (--force): {problem}").format(
                    problem=chain.message()
                )
                + "\n"
            )
    finally:
        db.dispose()
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
    print(translate("CommandLine", "Restored {file} ({counts}).").format(file=info.path, counts=counts))
    if kept:
        print(translate("CommandLine", "The database it replaced is kept at {path}").format(path=kept))
    return 0


def _audit_forced_restore(db, backup: Path, chain) -> None:
    import dataclasses

    from app import audit
    from app.actor import SYSTEM

    with db.write() as s:
        audit.record(
            s,
            SYSTEM,
            "restore",
            "database",
            None,
            audit.message("audit.restored_damaged", problem=dataclasses.asdict(chain)),
            None,
            {"file": str(backup), "chain_problem": chain.problem, "at_id": chain.at_id, "forced": True},
        )


def _server_url(url: str) -> str:
    from db.engine import normalise_url

    url = normalise_url(url)
    if not url.startswith("postgresql"):
        raise CliError(
            translate("CommandLine", "backup and restore work on a SQLite file or a PostgreSQL server database.")
        )
    return url


def _backup_server(url: str, dest: str | None) -> int:
    """A server database: pg_dump's custom format (app/pgbackup.py)."""
    from app import pgbackup

    info = pgbackup.backup(_server_url(url), dest)
    from app.audit import write_anchor
    from app.database import open_database

    try:  # the backup is written: anchoring the trail is a second step that must not turn it into a failure
        db = open_database(url, migrate=False)
        try:
            write_anchor(db, "backup")
        finally:
            db.dispose()
    except UserError as exc:
        sys.stderr.write(f"community-desk: {exc.message}\n")
    print(translate("CommandLine", "Backup written: {path}").format(path=info.path))
    return 0


def _restore_server(url: str, file: Path) -> int:
    """A server database: into an empty database only, after checking the dump (app/pgbackup.py)."""
    from app import pgbackup

    info = pgbackup.restore(file, _server_url(url))
    from app.audit import write_anchor
    from app.database import open_database

    db = open_database(url)  # puts back missing append-only triggers (audited)
    try:
        write_anchor(db, "restore")  # the restored trail is the new baseline
    finally:
        db.dispose()
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
    print(translate("CommandLine", "Restored {file} ({counts}).").format(file=info.path, counts=counts))
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from app.audit import verify_chain

    db = _open(args)
    try:
        check = verify_chain(db)
    finally:
        db.dispose()
    if check.ok:
        print(check.message())
        return 0
    sys.stderr.write(f"community-desk: {check.message()}\n")
    return 1


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.cli import run

    return run(args, _open)


def cmd_import(args: argparse.Namespace) -> int:
    """`community-desk import residents|children|volunteers FILE [--sheet NAME] [--dry-run]`: one unit of work."""
    from app.actor import SYSTEM
    from app.imports.errorsheet import ErrorSheet
    from app.imports.service import REFUSED, read_layout, run_import

    db = _open(args)
    errors = None
    try:
        if args.errors:
            errors = ErrorSheet(args.errors, read_layout(db, args.kind, args.file, args.sheet).header.titles)

        def keep(outcome) -> None:
            if errors is not None and outcome.status == REFUSED:
                errors.add(outcome.cells, outcome.message, dict(outcome.errors))

        summary = run_import(
            db,
            SYSTEM,
            args.kind,
            args.file,
            sheet=args.sheet,
            policy=args.duplicates,
            dry_run=args.dry_run,
            on_row=keep,
        )
    except BaseException:
        if errors is not None:
            errors.discard()
        raise
    finally:
        db.dispose()
    print(_import_summary(summary))
    if errors is not None and errors.rows:
        errors.close()
        print(translate("CommandLine", "{n} refused rows written to {path}").format(n=errors.rows, path=args.errors))
    elif errors is not None:
        errors.discard()  # nothing refused: no file, and no half-open sheet for the interpreter to trip over
    return 0


def _import_summary(summary) -> str:
    lines = [
        (
            translate("CommandLine", "Dry run of {file} (sheet {sheet}): nothing was written.")
            if summary.dry_run
            else translate("CommandLine", "Imported from {file} (sheet {sheet}).")
        ).format(file=summary.file_name, sheet=summary.sheet),
        translate("CommandLine", "Rows read: {n}").format(n=summary.read),
        translate("CommandLine", "Imported: {n}").format(n=summary.imported),
        translate("CommandLine", "Updated: {n}").format(n=summary.updated),
        translate("CommandLine", "Skipped: {n}").format(n=summary.skipped),
        translate("CommandLine", "Refused: {n}").format(n=summary.refused),
        translate("CommandLine", "Already registered, nothing changed: {n}").format(n=summary.already),
    ]
    for line, note in summary.registered:
        lines.append("  " + translate("CommandLine", "line {line}: {reason}").format(line=line, reason=note))
    for line, note in summary.skips:
        lines.append("  " + translate("CommandLine", "line {line}: skipped: {reason}").format(line=line, reason=note))
    for line, reason in summary.refusals:
        lines.append("  " + translate("CommandLine", "line {line}: {reason}").format(line=line, reason=reason))
    if summary.refused > len(summary.refusals):
        lines.append(
            "  " + translate("CommandLine", "… and {n} more").format(n=summary.refused - len(summary.refusals))
        )
    return "\n".join(lines)


COMMANDS = {
    "import": cmd_import,
    "init": cmd_init,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "verify-audit": cmd_verify_audit,
    "report": cmd_report,
}

"""The program's entry point (`community-desk`, `python -m ui`): the command line of app.cli, plus the two
commands that need Qt — the desktop window (no subcommand) and `selfcheck` — which live in this top layer."""

from __future__ import annotations

import argparse


def _window(args: argparse.Namespace) -> int:
    from ui.display import explain_missing_display

    if explain_missing_display(args.lang):  # no screen: say so and how to run, instead of Qt's abort
        return 2
    from ui.application import run_gui

    return run_gui(db_arg=args.db, lang=args.lang)


def _selfcheck(args: argparse.Namespace) -> int:
    from ui.selfcheck import run

    return run(lang=args.lang, db_arg=args.db)


def main(argv: list[str] | None = None) -> int:
    from app import cli

    return cli.main(argv, window=_window, selfcheck=_selfcheck)

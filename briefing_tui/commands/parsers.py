"""The desk's subcommands (``export``, ``add``, ``completion``): their options and their dispatch.

Kept apart from cli.py so the quick-lookup commands stay short there; every module behind these
commands is imported only when the command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

AddParser = Callable[..., argparse.ArgumentParser]


def add_desk_commands(add: AddParser, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``export``, ``add``, ``sync``, ``remove`` and ``completion`` on the subcommand parser."""
    from briefing_tui.commands.completion import SHELLS
    from briefing_tui.commands.export import add_export_parser

    add_export_parser(add, common)
    from briefing_tui.commands.add import add_add_parser

    add_add_parser(add)
    from briefing_tui.commands.shared import add_remove_parser, add_sync_parser

    add_sync_parser(add, common)
    add_remove_parser(add, common)
    p = add("completion", help="print a shell completion script (bash, zsh or fish)")
    p.add_argument("shell", choices=SHELLS, help="the shell to complete for")


def run_desk_command(command: str, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int | None:
    """Run a desk subcommand; None when ``command`` is not one of them."""
    if command == "export":
        from briefing_tui.commands.export import run_export

        return run_export(args)
    if command == "add":
        from briefing_tui.commands.add import run_add

        return run_add(args)
    if command == "sync":
        from briefing_tui.commands.shared import run_sync

        return run_sync(args)
    if command == "remove":
        from briefing_tui.commands.shared import run_remove

        return run_remove(args)
    if command == "completion":
        from briefing_tui.commands.completion import run_completion

        return run_completion(args, parser)
    return None

"""``briefing serve``: the same app in a web browser, through textual-serve, for a colleague without a terminal.

textual-serve starts one ``python -m briefing_tui`` process per browser tab with Textual's web driver
(``TEXTUAL_DRIVER`` set); the CLI sees that variable and opens the app instead of printing the table.
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys

DEFAULT_HOST = "127.0.0.1"  # loopback: article text is not offered to the network unless asked for
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (``localhost``, ``127.x.x.x``, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def app_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, this package, the same corpus."""
    command = [sys.executable, "-m", "briefing_tui"]
    for path in args.corpus or []:
        command += ["--corpus", str(path)]
    if getattr(args, "theme", None):
        command += ["--theme", args.theme]
    if getattr(args, "index", None):
        command += ["--index", str(args.index)]
    if getattr(args, "no_cache", False):
        command.append("--no-cache")
    return shlex.join(command)


def run_serve(args: argparse.Namespace) -> int:
    """Serve the app on ``http://HOST:PORT`` until Ctrl+C (the caller has checked that the corpus has articles)."""
    if not is_loopback(args.host):
        print(f"briefing: serving on {args.host}: anyone who can reach it can read these articles",
              file=sys.stderr)
    from textual_serve.server import Server

    Server(app_command(args), host=args.host, port=args.port, title="briefing").serve()
    return 0

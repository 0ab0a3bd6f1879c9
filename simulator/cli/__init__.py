"""The command line: the scripting face of the service (trainers' and HR's scripts rely on it).

With no arguments it starts the window. Exit codes: 0 success, 1 a check failed
(e.g. ``validate``), 2 a usage error or a choice that cannot be taken, 3 the
data could not be read or written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from simulator.cli import common

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_DATA = 0, 1, 2, 3


def _optional_modules() -> list:  # type: ignore[type-arg]
    """Command groups written by other layers; each is optional so a partial build still runs."""
    found = []
    for name in ("store_cmds", "records_cmds", "gui_cmd"):
        try:
            found.append(__import__(f"simulator.cli.{name}", fromlist=["register"]))
        except ImportError as exc:  # pragma: no cover - only while a layer is missing
            logging.getLogger(__name__).debug("command group %s unavailable: %s", name, exc)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simulator", description="Customer-experience role-play trainer. Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {common.version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from simulator.cli import scenario_cmds  # here, not at import: `simulator gui` must not pay for it

    for module in [scenario_cmds, *_optional_modules()]:
        module.register(sub, common.parent_parser())
    return parser


_TOP_LEVEL = ("-h", "--help", "--version")


def command_first(args: Sequence[str]) -> list[str]:
    """Move the options shared by every command after the command; no command means the window.

    ``simulator --data-dir D export ...`` then works like ``simulator export --data-dir D ...`` (people and
    scripts write both), and ``simulator --data-dir D`` opens the window (desktop shortcuts).
    """
    leading: list[str] = []
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] not in _TOP_LEVEL:
        takes_value = rest[0] == "--data-dir" and len(rest) > 1
        leading, rest = leading + rest[:1 + takes_value], rest[1 + takes_value:]
    return [*rest, *leading] if rest else ["gui", *leading]  # at the end: the leaf parser (db check) has them


def main(argv: Sequence[str] | None = None) -> int:
    args_list = command_first(sys.argv[1:] if argv is None else argv)
    if args_list[0] == "gui":  # fast path: the window needs none of the other command groups (fpdf, ...)
        from simulator.cli import gui_cmd

        return gui_cmd.main(args_list[1:])
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    common.configure_logging(args)
    try:
        return int(args.handler(args))
    except common.CliError as exc:
        print(f"simulator: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130

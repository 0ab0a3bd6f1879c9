"""``simulator gui``: open the window (the default when no command is given).

Qt is imported only when the command runs, so the rest of the command line
works on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

_STARTED = time.perf_counter()


def build_parser(parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="simulator gui", parents=[parent], description="Open the window.")
    _add_options(parser)
    return parser


def _add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--smoke", action="store_true",
                   help="build the window with the real scenarios and store, print the startup time, exit")
    p.set_defaults(handler=cmd_gui)


def main(argv: list[str]) -> int:
    """``simulator gui ...`` without building the whole command line (faster start)."""
    from simulator.cli import common

    args = build_parser(common.parent_parser()).parse_args(argv)
    common.configure_logging(args)
    return cmd_gui(args)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    _add_options(sub.add_parser("gui", parents=[parent], help="open the window (default)"))


def no_screen_reason(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> str:
    """Why the window cannot open here, in plain words ("" when a screen is there).

    Without this, Qt aborts the process with a message about platform plugins that means nothing to a trainer.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("No screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. "
            "Start the simulator from the desktop session; the other commands work anywhere (simulator --help).")


def cmd_gui(args: argparse.Namespace) -> int:
    reason = no_screen_reason()
    if reason:
        print(f"simulator: {reason}", file=sys.stderr)
        return 2
    _import_qt_free_parts()
    from simulator.ui.app import Options, run

    return run(Options(data_dir=args.data_dir, smoke=args.smoke, started=_STARTED))


def _import_qt_free_parts() -> None:
    """Import what the window needs from the Qt-free layers before PySide6 itself.

    Once PySide6 is imported, its import hook reads the source of every module imported
    after it (``inspect.getsource``, looking for "PySide6"); importing these first keeps
    that cost (about 30 ms) out of the time to the first frame.
    """
    import simulator.scenario.loader  # noqa: F401
    import simulator.service  # noqa: F401
    import simulator.store  # noqa: F401

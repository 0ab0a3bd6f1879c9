"""``simulator gui``: open the window (the default when no command is given).

Qt is imported only when the command runs, so the rest of the command line
works on machines without a display.
"""

from __future__ import annotations

import argparse
import time

_STARTED = time.perf_counter()


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[parent], help="open the window (default)")
    p.add_argument("--smoke", action="store_true",
                   help="build the window with the real scenarios and store, print the startup time, exit")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from simulator.ui.app import Options, run

    return run(Options(data_dir=args.data_dir, smoke=args.smoke, started=_STARTED))

"""What every command shares: options, loading the catalogue, opening the store, printing JSON."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any


class CliError(Exception):
    """A plain-words failure with the exit code to return."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def version() -> str:
    from importlib import metadata  # ~30 ms: only --version and exports need it, not the window's startup

    try:
        return metadata.version("simulator")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def parent_parser() -> argparse.ArgumentParser:
    """Options accepted by every command, after the command name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", metavar="DIR",
                        help="folder of the progress database (default: $SIMULATOR_DATA_DIR or the user data folder)")
    parent.add_argument("--verbose", "-v", action="store_true", help="log details to stderr")
    return parent


def configure_logging(args: argparse.Namespace) -> None:
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def load_catalogue(paths: list[str] | None = None):  # type: ignore[no-untyped-def]
    """Load scenario files (default: the installed ones); bad files are reported, not fatal."""
    from simulator.paths import scenarios_dir
    from simulator.scenario.loader import load_folder

    targets = [Path(p) for p in paths] if paths else [scenarios_dir()]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        raise CliError(f"No such file or folder: {', '.join(missing)}", 2)
    return load_folder(targets)


def data_dir(args: argparse.Namespace) -> Path:
    from simulator.store.location import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the progress database, telling the user on stderr if it had to be repaired."""
    from simulator.store import Store, StoreError

    try:
        store = Store.open(data_dir(args))
    except StoreError as exc:
        raise CliError(str(exc), 3) from exc
    notice = getattr(store, "repaired", None)
    if notice:
        print(f"simulator: {notice}", file=sys.stderr)
    return store

"""Where the record book lives: ``--data-dir``, else ``SIMULATOR_DATA_DIR``, else the per-user data folder.

Kept apart from the store so the CLI can tell the user which folder it uses before anything is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "SIMULATOR_DATA_DIR"
DB_NAME = "simulator.sqlite"
BACKUP_DIR = "backups"


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder to use: the command-line value wins, then the environment, then the platform default.

    The folder is not created here (opening the store does it), so a typo in ``--data-dir`` costs nothing.
    """
    for value in (cli_value, os.environ.get(ENV_VAR)):
        if value and value.strip():
            return Path(value.strip()).expanduser().absolute()
    return Path(user_data_dir("simulator", appauthor=False))


def db_path(data_dir: Path) -> Path:
    """The one SQLite file of an installation."""
    return data_dir / DB_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR

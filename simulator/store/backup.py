"""Verified backups of the record book, and putting one back.

A backup is taken with SQLite's online backup API (a consistent copy even while the file is in use), written
under a temporary name, checked with ``PRAGMA integrity_check`` and only then given its final name
``backups/simulator-YYYYmmdd-HHMMSS.sqlite``. So every file with a final name was verified; a copy that fails
the check is deleted. Only the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from .core import read_only
from .location import backup_dir, db_path

log = logging.getLogger(__name__)

KEEP = 14
_NAME = re.compile(r"^simulator-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S"


def stamp(moment: datetime | None = None) -> str:
    """Local time as used in backup and set-aside names (the trainer reads them)."""
    return (moment or datetime.now()).strftime(_STAMP)


def _key(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    return (match.group(1), int(match.group(2) or 0)) if match else ("", 0)


def list_backups(data_dir: Path) -> list[Path]:
    """Verified backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=_key, reverse=True)


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken, read from its name."""
    match = _NAME.match(path.name)
    return datetime.strptime(match.group(1), _STAMP) if match else None


def has_backup_today(data_dir: Path) -> bool:
    today = stamp()[:8]
    return any(_key(p)[0].startswith(today) for p in list_backups(data_dir))


def is_sound(path: Path, quick: bool = False) -> bool:
    """True when ``path`` is an SQLite file that passes the integrity check (read-only, never writes to it)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with read_only(path) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as error:
        log.warning("%s is not usable: %s", path, error)
        return False
    return rows == [("ok",)]


def _free_name(data_dir: Path) -> Path:
    """A new name that sorts after every backup taken in the same second (even pruned ones' successors)."""
    now = stamp()
    same = [_key(p)[1] for p in list_backups(data_dir) if _key(p)[0] == now]
    n = max(same) + 1 if same else 0
    return backup_dir(data_dir) / (f"simulator-{now}.sqlite" if n == 0 else f"simulator-{now}-{n}.sqlite")


def make_backup(conn: sqlite3.Connection, data_dir: Path, keep: int = KEEP) -> Path | None:
    """Copy the open database into a verified backup; returns its path, or None if the copy failed the check."""
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"partial-{os.getpid()}.tmp"
    with closing(sqlite3.connect(partial)) as copy:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    if not is_sound(partial):
        log.error("backup copy %s failed its integrity check; deleted", partial)
        partial.unlink(missing_ok=True)
        return None
    target = _free_name(data_dir)
    os.replace(partial, target)
    prune(data_dir, keep)
    log.info("verified backup written to %s", target)
    return target


def prune(data_dir: Path, keep: int = KEEP) -> None:
    """Delete all but the ``keep`` newest backups."""
    for old in list_backups(data_dir)[keep:]:
        old.unlink(missing_ok=True)


def set_aside(data_dir: Path, label: str) -> Path | None:
    """Rename the database (and its -wal/-shm) to ``simulator.sqlite.<stamp>.<label>``; returns the new name.

    Renaming, not copying: nothing is written into a file we do not trust, and nothing is deleted.
    """
    main = db_path(data_dir)
    if not main.exists():
        return None
    aside = main.with_name(f"{main.name}.{stamp()}.{label}")
    n = 0
    while aside.exists():
        n += 1
        aside = main.with_name(f"{main.name}.{stamp()}-{n}.{label}")
    for suffix in ("-wal", "-shm"):
        side = main.with_name(main.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(main, aside)
    log.warning("record book set aside as %s", aside)
    return aside


def put_back(data_dir: Path, backup: Path) -> None:
    """Copy ``backup`` into place as the database (via a temporary file, so a crash leaves no half copy)."""
    main = db_path(data_dir)
    temp = main.with_name(main.name + ".restoring")
    shutil.copyfile(backup, temp)
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, main)
    log.warning("record book restored from %s", backup)


def newest_sound(data_dir: Path) -> Path | None:
    """The newest backup that still passes the check (a backup can rot on disk too)."""
    for candidate in list_backups(data_dir):
        if is_sound(candidate, quick=True):
            return candidate
    return None

"""Checking the file before it is trusted, and putting the last good backup in place of a damaged one.

The check runs on a read-only connection, so a damaged file is never written to: it is renamed aside as
``simulator.sqlite.<stamp>.corrupt`` (with its -wal/-shm) and kept for the IT support, and the newest backup that
still passes its own check is copied in its place. The caller gets a ``RepairNotice`` saying all that in plain words.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .backup import backup_time, newest_sound, put_back, set_aside
from .core import read_only
from .location import db_path

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RepairNotice:
    """What the store did about a damaged file, to show the user once."""

    message: str
    problem: str
    set_aside: Path | None
    backup: Path | None
    backup_taken: datetime | None


def problem_with(path: Path) -> str | None:
    """Why ``path`` cannot be trusted, or None when it is sound or does not exist yet (read-only check)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        if handle.read(len(HEADER)) != HEADER:
            return "the file is not a database (its first bytes are damaged)"
    try:
        with read_only(path, timeout=10) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            return None  # another process holds it: not damage; the normal open will wait or say so
        return f"the file cannot be read ({error})"
    return None if rows == ["ok"] else "the quick check found damage: " + "; ".join(rows[:3])


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else "an unknown date"


def repair(data_dir: Path, problem: str) -> RepairNotice:
    """Set the damaged file aside and restore the newest sound backup (or start empty if there is none)."""
    log.error("record book %s is damaged: %s", db_path(data_dir), problem)
    aside = set_aside(data_dir, "corrupt")
    backup = newest_sound(data_dir)
    kept = f"The damaged file was kept as {aside}." if aside else ""
    if backup is None:
        message = (f"The record book was damaged ({problem}) and no backup was found, so a new, empty record "
                   f"book was started. {kept}")
        return RepairNotice(message.strip(), problem, aside, None, None)
    put_back(data_dir, backup)
    taken = backup_time(backup)
    message = (f"The record book was damaged ({problem}). The backup from {_when(taken)} was restored: "
               f"anything done after that moment is missing. {kept}")
    return RepairNotice(message.strip(), problem, aside, backup, taken)

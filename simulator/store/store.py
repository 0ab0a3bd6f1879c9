"""The ``Store``: one SQLite file per installation, opened safely, migrated, backed up and repaired.

Opening runs, in order: a read-only check of the file (a damaged one is set aside and the last good backup put in
its place, see ``repair.py``), a refusal of files from a newer simulator, the durability pragmas read back, the
pending migrations (after a backup) in one transaction, and the first backup of the day. Closing takes a backup
when something changed. The rest of the API lives in the mixins: ``attempts.py`` (play), ``dashboard.py`` (trainer
views), ``extras.py`` (reviews, audit, outbox, meta, privacy deletes).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import backup as backups
from . import schema
from .attempts import AttemptsMixin
from .core import configure, connect, read_only
from .dashboard import DashboardMixin
from .errors import StoreError, readonly_error, translate
from .extras import ExtrasMixin
from .location import db_path
from .repair import RepairNotice, problem_with, repair

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    """Result of ``Store.check``: ``ok`` and a plain text to print."""

    ok: bool
    integrity: list[str]
    foreign_keys: list[str]

    @property
    def text(self) -> str:
        if self.ok:
            return "The record book is sound (integrity and links checked)."
        lines = ["The record book has problems:", *self.integrity[:20], *self.foreign_keys[:20]]
        return "\n".join(lines)


def _ensure_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise translate(error, data_dir) from error
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise readonly_error(data_dir, "open the record book")


def _refuse_newer(path: Path) -> None:
    """Read ``user_version`` before any pragma writes to the file, and refuse a newer format untouched."""
    if not path.exists():
        return
    with read_only(path) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > schema.CURRENT_VERSION:
        raise StoreError(f"The record book in {path.parent} was written by a newer version of the simulator "
                         f"(format {version}; this version knows up to {schema.CURRENT_VERSION}). Install the newer "
                         f"version, or use another folder with --data-dir. The file was not changed.", kind="newer",
                         where=path.parent, code="newer_format", version=version, known=schema.CURRENT_VERSION)


class Store(AttemptsMixin, DashboardMixin, ExtrasMixin):
    """The record book. Create with ``Store.open(data_dir)``; every method is Qt-free and thread-safe."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, repaired: RepairNotice | None) -> None:
        self.data_dir = data_dir
        self._attach(db_path(data_dir), conn)
        self.repaired = repaired
        self.upgrade_backup: Path | None = None
        self._backing_up = threading.Lock()  # one backup at a time: the day's, on its thread, or any other
        self._daily: threading.Thread | None = None
        self._after_daily: list[threading.Thread] = []

    @classmethod
    def open(cls, data_dir: Path, *, daily_backup: bool = True) -> Store:
        """Open (creating, repairing or migrating as needed) the record book in ``data_dir``."""
        data_dir = Path(data_dir)
        _ensure_folder(data_dir)
        path = db_path(data_dir)
        problem = problem_with(path)
        notice = repair(data_dir, problem) if problem else None
        _refuse_newer(path)
        store = cls(data_dir, connect(path), notice)
        try:
            store._prepare(daily_backup)
        except BaseException:
            store.conn.close()
            raise
        return store

    def _prepare(self, daily_backup: bool) -> None:
        configure(self.conn, self.path)
        self._migrate()
        if daily_backup and not backups.has_backup_today(self.data_dir):
            self.backup()
        self.changed = False

    def _migrate(self) -> None:
        if not schema.pending(self.conn):
            return
        if schema.user_version(self.conn) > 0:
            self.upgrade_backup = self.backup()
            if self.upgrade_backup is None:
                raise StoreError(f"The record book in {self.data_dir} could not be backed up before its upgrade, "
                                 "so it was left as it is. Run `simulator db check` for details.",
                                 where=self.data_dir, code="upgrade_unsaved")
        with self.write("upgrade the record book"):
            done = schema.apply_all(self.db)
        log.info("record book %s migrated to v%s", self.path, done[-1] if done else schema.user_version(self.db))

    def backup(self) -> Path | None:
        """A verified backup now; returns its path (None if the copy failed its check and was deleted)."""
        with self._lock, self._backing_up:
            try:
                return backups.make_backup(self.conn, self.data_dir)
            except (sqlite3.Error, OSError) as error:
                raise translate(error, self.data_dir / "backups", "make a backup") from error

    def start_daily_backup(self) -> threading.Thread | None:
        """The first backup of the day, if not taken yet, on its own thread and its own read connection.

        For the window (open it with ``daily_backup=False``): copying and checking a large record book
        takes seconds, and the trainee's choices are saved meanwhile (WAL lets a reader and a writer work
        at once). ``close`` waits for it.
        """
        if backups.has_backup_today(self.data_dir):
            return None
        self._daily = threading.Thread(target=self._daily_backup, name="daily-backup", daemon=True)
        self._daily.start()
        return self._daily

    def after_daily_backup(self, name: str, work: Callable[[], object]) -> threading.Thread:
        """Run ``work`` on its own thread once the day's backup (if any) is done; ``close`` waits for it.

        For upkeep that deletes (the retention setting): the backup keeps what it deletes for a while."""
        daily = self._daily

        def run() -> None:
            if daily is not None:
                daily.join()
            work()

        thread = threading.Thread(target=run, name=name, daemon=True)
        self._after_daily.append(thread)
        thread.start()
        return thread

    def _daily_backup(self) -> None:
        try:
            with self._backing_up, read_only(self.path) as source:
                backups.make_backup(source, self.data_dir)
        except (sqlite3.Error, OSError):  # the next start tries again; the log says why
            log.exception("the daily backup of %s failed", self.path)

    def backups(self) -> list[Path]:
        """Verified backups, newest first."""
        return backups.list_backups(self.data_dir)

    def check(self) -> CheckReport:
        """Full integrity check and foreign-key check of the open file."""
        integrity = [str(r["integrity_check"]) for r in self._select("PRAGMA integrity_check")]
        fks = [f"{r['table']} row {r['rowid']} points to a missing {r['parent']}"
               for r in self._select("PRAGMA foreign_key_check")]
        return CheckReport(integrity == ["ok"] and not fks, [] if integrity == ["ok"] else integrity, fks)

    def restore(self, backup: Path | None = None) -> Path | None:
        """Replace the record book by ``backup`` (default: the newest sound one); the current file is set aside.

        Returns where the replaced file was kept. The store stays open on the restored file.
        """
        if backup is not None and not backups.is_sound(Path(backup)):
            raise StoreError(f"{backup} is not a usable backup of the record book (missing, damaged or not a "
                             "database); nothing was changed.", kind="missing", where=Path(backup),
                             code="unusable_backup")
        chosen = backup or backups.newest_sound(self.data_dir)
        if chosen is None:
            raise StoreError(f"No usable backup was found in {self.data_dir / 'backups'}; nothing was changed.",
                             kind="missing", where=self.data_dir / "backups", code="no_backup")
        with self._lock:
            self._execute_or_raise("PRAGMA wal_checkpoint(TRUNCATE)", "prepare the restore")
            self.conn.close()
            aside = backups.set_aside(self.data_dir, "replaced")
            backups.put_back(self.data_dir, Path(chosen))
            self._attach(self.path, connect(self.path))
            self._prepare(daily_backup=False)
        return aside

    def close(self, backup: bool = True) -> None:
        """Close the file, taking a backup first when something was written since opening."""
        for thread in [self._daily, *self._after_daily]:
            if thread is not None:
                thread.join()
        with self._lock:
            if backup and self.changed:
                try:
                    self.backup()
                except StoreError:
                    log.exception("backup on close failed")
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""The connection under the store: durability pragmas checked at every open, and the one way to write.

The connection is opened with ``isolation_level=None`` so Python never starts or ends a transaction behind our
back; every write goes through ``write()``, which takes ``BEGIN IMMEDIATE`` (the write lock is taken up front, so
a read-then-write cannot fail half-way on a lock) and returns only after ``COMMIT``. A failed commit is rolled
back and reported as a ``StoreError``: nothing is ever reported as saved that is not on disk.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import names
from .errors import StoreError, translate

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
MIN_BUSY_TIMEOUT_MS = 5_000
_SETUP = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA fullfsync = ON",  # macOS: make fsync really reach the disk; ignored elsewhere
    "PRAGMA checkpoint_fullfsync = ON",
    "PRAGMA cache_size = -32768",  # 32 MB: the dashboard's index scans stay in memory
)


def read_only(path: Path, timeout: float = 5.0) -> closing[sqlite3.Connection]:
    """A connection that can never write to ``path`` (checks, backups, a file that may be damaged), closed on exit."""
    # as_uri() escapes what a URI would misread in a folder name ("#", "?", "%", spaces).
    return closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=timeout))


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection in autocommit mode (we issue BEGIN/COMMIT ourselves)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.create_function(names.SQL_FOLD, 1, names.folded, deterministic=True)
    return conn


def configure(conn: sqlite3.Connection, path: Path) -> dict[str, Any]:
    """Set the durability pragmas and read them back; refuse a connection where one did not take."""
    try:
        for sql in _SETUP:
            conn.execute(sql)
        found = read_pragmas(conn)
    except sqlite3.Error as error:
        raise translate(error, path.parent, "open the record book") from error
    wanted = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
    wrong = [k for k, v in wanted.items() if found[k] != v]
    if found["busy_timeout"] < MIN_BUSY_TIMEOUT_MS:
        wrong.append("busy_timeout")
    if wrong:
        raise StoreError(f"The record book in {path.parent} cannot be used safely on this drive "
                         f"({', '.join(wrong)} could not be set). Use a folder on a local disk with --data-dir.",
                         where=path.parent, code="unsafe_drive")
    return found


def read_pragmas(conn: sqlite3.Connection) -> dict[str, Any]:
    names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


class Core:
    """Connection, lock and transaction helpers shared by the store's parts."""

    path: Path
    conn: sqlite3.Connection
    _db: Database | None = None

    def _attach(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path, self.conn = path, conn
        self._db = None  # a restore attaches a new connection: the sqlite-utils view must follow it
        self._lock = threading.RLock()
        self.changed = False

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, made on first use (importing sqlite-utils costs ~0.1 s,
        which the window's startup does not need to pay: its first reads go through the raw connection)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def write(self, doing: str = "save your work") -> Iterator[Database]:
        """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``; returns only once committed.

        Nested use joins the outer transaction. Any failure rolls back and raises ``StoreError`` (plain words).
        """
        with self._lock:
            if self.conn.in_transaction:
                yield self.db
                return
            self._execute_or_raise("BEGIN IMMEDIATE", doing)
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except BaseException as error:
                self._rollback()
                if isinstance(error, sqlite3.Error | OSError):
                    raise translate(error, self.path.parent, doing) from error
                raise
            self.changed = True

    def _execute_or_raise(self, sql: str, doing: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlite3.Error as error:
            raise translate(error, self.path.parent, doing) from error

    def _rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:  # the failure may have ended the transaction already
            log.exception("rollback failed")

    def _select(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts; a read failure is a ``StoreError`` too."""
        keys, rows = self._fetch(sql, params)
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def _tuples(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, for reads of tens of thousands of rows where dicts would cost."""
        return self._fetch(sql, params)[1]

    def _fetch(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        with self._lock:
            try:
                cursor = self.conn.execute(sql, params)
                return [d[0] for d in cursor.description], cursor.fetchall()
            except sqlite3.Error as error:
                raise translate(error, self.path.parent, "read the record book") from error

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self._select(sql, params)
        return rows[0] if rows else None

    def pragmas(self) -> dict[str, Any]:
        """The durability settings as SQLite reports them now (for ``check`` and the tests)."""
        with self._lock:
            return read_pragmas(self.conn)

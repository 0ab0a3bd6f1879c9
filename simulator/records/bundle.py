"""Franchise collection without a server: a bundle file carries one shop PC's records to another, merged by UUID.

A bundle is a small SQLite file (trainees, attempts, choices, reviews) with a ``manifest`` table naming the format.
Importing validates every row first and refuses the whole file on any problem (nothing half-imported), then merges
in one transaction: a trainee or attempt already present (same UUID) is left as is — except an attempt still in
progress here that the bundle has finished —, so importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import errno
import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.store.records import now_iso
from simulator.store.schema import bulk_load

from . import queries
from .common import Filters, Progress, RecordsError, atomic_path, tick
from .xapi import install_id

log = logging.getLogger(__name__)

FORMAT, FORMAT_VERSION = "simulator-bundle", 1
COLUMNS: dict[str, tuple[str, ...]] = {
    "trainees": ("id", "display_name", "employee_id", "shop", "created", "demo"),
    "attempts": ("id", "trainee_id", "scenario_id", "scenario_version", "persona", "mode", "lang", "started",
                 "finished", "status", "empathy", "adaptation", "interest", "overall", "passed", "outcome",
                 "ending", "demo"),
    "choices": ("attempt_id", "seq", "node_id", "reply_id", "position", "chosen_at", "elapsed_ms"),
    "reviews": ("attempt_id", "trainer", "note", "signed_off_at", "created"),
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SELECT = {
    "trainees": "SELECT DISTINCT {cols} FROM src.trainees t JOIN src.attempts a ON a.trainee_id = t.id WHERE {w}",
    "attempts": "SELECT {cols} FROM src.attempts a JOIN src.trainees t ON t.id = a.trainee_id WHERE {w}",
    "choices": "SELECT {cols} FROM src.choices c JOIN src.attempts a ON a.id = c.attempt_id "
               "JOIN src.trainees t ON t.id = a.trainee_id WHERE {w}",
    "reviews": "SELECT {cols} FROM src.reviews r JOIN src.attempts a ON a.id = r.attempt_id "
               "JOIN src.trainees t ON t.id = a.trainee_id WHERE {w}",
}
_ALIAS = {"trainees": "t", "attempts": "a", "choices": "c", "reviews": "r"}


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    in_bundle: dict[str, int] = field(default_factory=dict)


def export_bundle(store: Any, target: Path, filters: Filters, progress: Progress | None = None) -> int:
    """Write the attempts matching ``filters`` (with their trainees, choices, reviews); returns attempts written."""
    where, params = queries.where_clause(filters)
    with atomic_path(target) as tmp, _full_disk_as_os_error(tmp), \
            closing(sqlite3.connect(tmp, isolation_level=None, uri=True)) as out:
        out.execute(f"ATTACH DATABASE 'file:{store.path}?mode=ro' AS src")
        out.execute("BEGIN")
        for done, (table, cols) in enumerate(COLUMNS.items()):
            tick(progress, done, len(COLUMNS))
            alias = _ALIAS[table]
            out.execute(f"CREATE TABLE main.{table} ({', '.join(cols)})")
            select = _SELECT[table].format(cols=", ".join(f"{alias}.{c}" for c in cols), w=where)
            out.execute(f"INSERT INTO main.{table} {select}", params)
        counts = {t: out.execute(f"SELECT COUNT(*) FROM main.{t}").fetchone()[0] for t in COLUMNS}
        _write_manifest(out, counts, install_id(store))
        out.execute("COMMIT")
        out.execute("DETACH DATABASE src")
    tick(progress, len(COLUMNS), len(COLUMNS))
    return int(counts["attempts"])


@contextmanager
def _full_disk_as_os_error(tmp: Path) -> Iterator[None]:
    """SQLite says "database or disk is full" where a file write says ENOSPC; only the bundle is written here."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp)) from error
        raise


def _write_manifest(out: sqlite3.Connection, counts: dict[str, int], install: str) -> None:
    out.execute("CREATE TABLE main.manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    values = {"format": FORMAT, "format_version": str(FORMAT_VERSION), "created": now_iso(),
              "source_install": install, "counts": json.dumps(counts)}
    out.executemany("INSERT INTO main.manifest VALUES (?, ?)", list(values.items()))


def _open_bundle(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise RecordsError(f"There is no file {path}.", code="no_file", file=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        conn.row_factory = sqlite3.Row
        manifest = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
    except sqlite3.DatabaseError:
        raise RecordsError(f"{path} is not a simulator bundle (it cannot be read as one).", code="not_a_bundle",
                           file=path) from None
    if manifest.get("format") != FORMAT:
        raise RecordsError(f"{path} is not a simulator bundle (its manifest names no bundle format).",
                           code="not_a_bundle", file=path)
    if int(manifest.get("format_version", "0")) > FORMAT_VERSION:
        raise RecordsError(f"{path} was made by a newer simulator; update this one to import it.",
                           code="bundle_newer", file=path)
    return conn


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cols = COLUMNS[table]
    try:
        yield from queries.stream(conn, f"SELECT {', '.join(cols)} FROM {table}", [])
    except sqlite3.DatabaseError as exc:
        raise RecordsError(f"The bundle's {table} table is missing or incomplete ({exc}).",
                           code="bundle_damaged") from None


def _problem(table: str, row: dict[str, Any], attempt_ids: set[str], trainee_ids: set[str]) -> str | None:
    """What is wrong with one bundle row, or None."""
    ok: bool
    if table == "trainees":
        ok = bool(_UUID.match(str(row["id"]))) and isinstance(row["display_name"], str) and bool(row["display_name"])
    elif table == "attempts":
        ok = (bool(_UUID.match(str(row["id"]))) and row["trainee_id"] in trainee_ids
              and row["mode"] in ("practice", "assessment") and row["status"] in ("in_progress", "finished",
                                                                                   "abandoned")
              and all(row[k] is None or (isinstance(row[k], int) and 0 <= row[k] <= 100)
                      for k in ("empathy", "adaptation", "interest", "overall")))
    else:
        ok = row["attempt_id"] in attempt_ids
    return None if ok else f"{table}: a row is invalid or points to nothing ({_short(row)})"


def _short(row: dict[str, Any]) -> str:
    return ", ".join(f"{k}={str(v)[:40]}" for k, v in list(row.items())[:4])


class _Ticker:
    """Progress over every row read, ticked every ``EVERY`` rows: a bundle from a whole franchise holds
    hundreds of thousands, and the bar stood still for half a minute between tables."""

    EVERY = 2000

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def rows(self, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            self.done += 1
            if self.done % self.EVERY == 0:
                tick(self.progress, min(self.done, self.total), self.total)
            yield row


def _row_count(conn: sqlite3.Connection) -> int:
    try:
        return sum(int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]) for table in COLUMNS)
    except sqlite3.DatabaseError:
        return 0  # validate() says what is missing


def validate(conn: sqlite3.Connection, ticker: _Ticker | None = None) -> dict[str, int]:
    """Check every row; raise ``RecordsError`` naming the first problems. Returns the row counts."""
    ticker = ticker or _Ticker(None, 0)
    trainee_ids = {r["id"] for r in _rows(conn, "trainees")}
    attempt_ids = {r["id"] for r in _rows(conn, "attempts")}
    problems: list[str] = []
    counts: dict[str, int] = {}
    for table in COLUMNS:
        counts[table] = 0
        for row in ticker.rows(_rows(conn, table)):
            counts[table] += 1
            problem = _problem(table, row, attempt_ids, trainee_ids)
            if problem and len(problems) < 5:
                problems.append(problem)
    if problems:
        raise RecordsError("The bundle was not imported, nothing was changed: " + "; ".join(problems),
                           code="bundle_invalid")
    return counts


_INSERT = {
    "trainees": "INSERT OR IGNORE INTO trainees ({cols}) VALUES ({marks})",
    "attempts": "INSERT INTO attempts ({cols}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates} "
                "WHERE attempts.status = 'in_progress' AND excluded.status != 'in_progress'",
    "choices": "INSERT OR IGNORE INTO choices ({cols}) VALUES ({marks})",
    "reviews": "INSERT INTO reviews ({cols}) SELECT {marks} WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE "
               "attempt_id = ? AND trainer = ? AND note = ? AND created = ?)",
}


def _statement(table: str) -> str:
    cols = COLUMNS[table]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return _INSERT[table].format(cols=", ".join(cols), marks=", ".join("?" * len(cols)), updates=updates)


def _params(table: str, row: dict[str, Any]) -> list[Any]:
    values = [row[c] for c in COLUMNS[table]]
    if table == "reviews":
        values += [row["attempt_id"], row["trainer"], row["note"], row["created"]]
    return values


def _count(store: Any, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def import_bundle(store: Any, path: Path, progress: Progress | None = None, actor: str = "") -> ImportResult:
    """Merge a bundle into the store in one transaction; returns the rows added per table."""
    result = ImportResult()
    with closing(_open_bundle(Path(path))) as conn:
        ticker = _Ticker(progress, 2 * _row_count(conn))  # every row is read twice: checked, then merged
        tick(progress, 0, ticker.total)
        result.in_bundle = validate(conn, ticker)
        with store.write("import the bundle"), bulk_load(store.db):
            for table in COLUMNS:
                before = _count(store, table)
                rows = ticker.rows(_rows(conn, table))
                store.conn.executemany(_statement(table), (_params(table, r) for r in rows))
                result.added[table] = _count(store, table) - before
            store._audit("import", actor, f"bundle {Path(path).name}: added {json.dumps(result.added)}")
    tick(progress, ticker.total, ticker.total)
    return result

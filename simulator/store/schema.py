"""The schema as a list of numbered migrations, applied in one transaction and recorded in ``PRAGMA user_version``.

sqlite-utils has no migration runner in its core, so this is a small one: each migration is a function of the
``Database``; ``migrate`` runs every pending one inside a single ``BEGIN IMMEDIATE`` … ``COMMIT`` and then sets
``user_version``. A file written by a newer simulator is refused rather than guessed at.

v1 was the first shipped shape (trainees, attempts, choices, audit). v2 added the time spent on each choice,
trainer reviews, the outbox for records still to send, the key/value meta table and the dashboard indexes;
v3 the trigger-kept progress summary behind the dashboard matrix.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


log = logging.getLogger(__name__)

_V1 = [
    """CREATE TABLE trainees (
        id TEXT PRIMARY KEY, display_name TEXT NOT NULL, employee_id TEXT, shop TEXT,
        created TEXT NOT NULL, demo INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE attempts (
        id TEXT PRIMARY KEY,
        trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL, persona TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'assessment')), lang TEXT NOT NULL,
        started TEXT NOT NULL, finished TEXT,
        status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finished', 'abandoned')),
        empathy INTEGER, adaptation INTEGER, interest INTEGER, overall INTEGER, passed INTEGER,
        outcome TEXT, ending TEXT, demo INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE choices (
        attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, node_id TEXT NOT NULL, reply_id TEXT NOT NULL, position INTEGER NOT NULL,
        chosen_at TEXT NOT NULL, PRIMARY KEY (attempt_id, seq)) WITHOUT ROWID""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX attempts_trainee ON attempts (trainee_id)",
]

_V2 = [
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        trainer TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', signed_off_at TEXT, created TEXT NOT NULL)""",
    """CREATE TABLE outbox (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, created TEXT NOT NULL,
        sent_at TEXT, tries INTEGER NOT NULL DEFAULT 0, last_error TEXT)""",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    "DROP INDEX attempts_trainee",
    # Covering index for the trainees × scenarios matrix and a trainee's history.
    """CREATE INDEX attempts_matrix ON attempts
        (trainee_id, scenario_id, status, passed, overall, started)""",
    "CREATE INDEX attempts_scenario ON attempts (scenario_id, status, overall)",
    "CREATE INDEX attempts_started ON attempts (started)",
    "CREATE INDEX trainees_shop ON trainees (shop)",
    "CREATE INDEX trainees_employee ON trainees (employee_id)",
    "CREATE INDEX reviews_attempt ON reviews (attempt_id)",
    "CREATE INDEX audit_at ON audit (at)",
    "CREATE INDEX outbox_pending ON outbox (created) WHERE sent_at IS NULL",
]


_GROUP = """
    SELECT trainee_id, scenario_id, MAX(status = 'finished' AND passed = 1),
           MAX(CASE WHEN status = 'finished' THEN overall END), SUM(status = 'finished'),
           SUM(status = 'in_progress'), SUM(status != 'abandoned'), MAX(started)
    FROM attempts {where} GROUP BY trainee_id, scenario_id"""


def _refresh(key: str) -> str:
    """Trigger body part: recompute the progress row of one trainee × scenario (gone when no attempt is left)."""
    where = f"WHERE trainee_id = {key}.trainee_id AND scenario_id = {key}.scenario_id"
    return f"DELETE FROM progress {where}; INSERT INTO progress {_GROUP.format(where=where)};"


# v3: a summary per trainee × scenario kept by triggers, so the dashboard matrix reads 40,000 small rows instead
# of grouping 200,000 attempts, whoever writes the attempts (play, import, purge, cascaded erase).
_TRIGGERS = [
    f"CREATE TRIGGER progress_on_insert AFTER INSERT ON attempts BEGIN {_refresh('NEW')} END",
    f"CREATE TRIGGER progress_on_delete AFTER DELETE ON attempts BEGIN {_refresh('OLD')} END",
    f"""CREATE TRIGGER progress_on_update AFTER UPDATE OF trainee_id, scenario_id, status, passed, overall, started
        ON attempts BEGIN {_refresh('OLD')} {_refresh('NEW')} END""",
]
_REBUILD = ["DELETE FROM progress", f"INSERT INTO progress {_GROUP.format(where='')}"]
_V3 = [
    """CREATE TABLE progress (
        trainee_id TEXT NOT NULL, scenario_id TEXT NOT NULL, any_passed INTEGER, best INTEGER,
        finished INTEGER NOT NULL, open INTEGER NOT NULL, n INTEGER NOT NULL, last_at TEXT,
        PRIMARY KEY (trainee_id, scenario_id)) WITHOUT ROWID""",
    *_REBUILD,
    *_TRIGGERS,
]


@contextmanager
def bulk_load(db: Database) -> Iterator[None]:
    """Inside the caller's write transaction: drop the progress triggers, let the caller insert many attempts,
    then rebuild the summary once and put the triggers back (other connections never see them missing)."""
    for name in ("progress_on_insert", "progress_on_delete", "progress_on_update"):
        db.execute(f"DROP TRIGGER {name}")
    yield
    _run(_REBUILD + _TRIGGERS)(db)


def _run(statements: list[str]) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        for sql in statements:
            db.execute(sql)

    return apply


def _v2(db: Database) -> None:
    db["choices"].add_column("elapsed_ms", int)  # type: ignore[union-attr]
    _run(_V2)(db)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "trainees, attempts, choices, audit", _run(_V1)),
    Migration(2, "elapsed time, reviews, outbox, meta, dashboard indexes", _v2),
    Migration(3, "progress summary for the dashboard matrix", _run(_V3)),
)
CURRENT_VERSION = MIGRATIONS[-1].version


def user_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: Database | sqlite3.Connection, target: int = CURRENT_VERSION) -> list[Migration]:
    """Migrations not yet applied to this file, oldest first."""
    current = user_version(db)
    return [m for m in MIGRATIONS if current < m.version <= target]


def apply_all(db: Database, target: int = CURRENT_VERSION) -> list[int]:
    """Apply pending migrations; the caller holds the write transaction. Returns the versions applied.

    ``user_version`` is read again here, inside the transaction, so two processes opening a fresh file at once
    cannot both migrate it.
    """
    done = []
    for migration in pending(db, target):
        log.info("migrating the record book to v%d (%s)", migration.version, migration.name)
        migration.apply(db)
        done.append(migration.version)
    if done:
        db.execute(f"PRAGMA user_version = {int(done[-1])}")
    return done

"""The schema as a list of numbered migrations, applied in one transaction and recorded in ``PRAGMA user_version``.

sqlite-utils has no migration runner in its core, so this is a small one: each migration is a function of the
``Database``; ``migrate`` runs every pending one inside a single ``BEGIN IMMEDIATE`` … ``COMMIT`` and then sets
``user_version``. A file written by a newer simulator is refused rather than guessed at.

v1 was the first shipped shape (trainees, attempts, choices, audit). v2 added the time spent on each choice,
trainer reviews, the outbox for records still to send, the key/value meta table and the dashboard indexes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

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
)
CURRENT_VERSION = MIGRATIONS[-1].version


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: Database, target: int = CURRENT_VERSION) -> list[Migration]:
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

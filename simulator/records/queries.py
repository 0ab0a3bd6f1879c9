"""SQL the records layer needs beyond the store's API: the completion query, a snapshot reader, trainee lookup.

Exports read through their own read-only connection inside one transaction: a consistent snapshot (WAL lets
trainees keep playing meanwhile), streamed row by row so memory does not grow with the data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from simulator.store.names import SQL_FOLD, folded

from .common import Filters, RecordsError

# One row per trainee × scenario. Time spent is the sum of the time taken on each choice (pauses excluded).
COMPLETION_SQL = """
SELECT t.id AS trainee_id, t.display_name AS trainee, t.employee_id AS employee_id, t.shop AS shop,
  a.scenario_id AS scenario_id, MAX(a.scenario_version) AS scenario_version,
  CASE WHEN MAX(a.status = 'finished' AND a.passed = 1) THEN 'passed'
       WHEN MAX(a.status = 'finished') THEN 'failed' ELSE 'in_progress' END AS status,
  MIN(CASE WHEN a.status = 'finished' THEN a.finished END) AS first_completed,
  MAX(CASE WHEN a.status = 'finished' THEN a.overall END) AS best_overall,
  MAX(CASE WHEN a.status = 'finished' THEN a.empathy END) AS best_empathy,
  MAX(CASE WHEN a.status = 'finished' THEN a.adaptation END) AS best_adaptation,
  MAX(CASE WHEN a.status = 'finished' THEN a.interest END) AS best_interest,
  COUNT(*) AS attempts,
  SUM((SELECT SUM(c.elapsed_ms) FROM choices c WHERE c.attempt_id = a.id)) AS time_ms,
  (SELECT r.trainer FROM reviews r JOIN attempts a2 ON a2.id = r.attempt_id
    WHERE a2.trainee_id = a.trainee_id AND a2.scenario_id = a.scenario_id AND r.signed_off_at IS NOT NULL
    ORDER BY r.signed_off_at DESC LIMIT 1) AS signed_off_by,
  (SELECT MAX(r.signed_off_at) FROM reviews r JOIN attempts a2 ON a2.id = r.attempt_id
    WHERE a2.trainee_id = a.trainee_id AND a2.scenario_id = a.scenario_id) AS signed_off_at
FROM attempts a JOIN trainees t ON t.id = a.trainee_id
WHERE a.status != 'abandoned' AND {where}
GROUP BY a.trainee_id, a.scenario_id
ORDER BY t.display_name COLLATE NOCASE, t.id, a.scenario_id
"""

COUNT_SQL = """
SELECT COUNT(*) FROM (SELECT 1 FROM attempts a JOIN trainees t ON t.id = a.trainee_id
WHERE a.status != 'abandoned' AND {where} GROUP BY a.trainee_id, a.scenario_id)
"""

TRAINEE_MATCH = "(t.id = ? OR t.employee_id = ? OR t.display_name = ? COLLATE NOCASE)"


def where_clause(filters: Filters) -> tuple[str, list[Any]]:
    """The WHERE part (on ``attempts a`` joined to ``trainees t``) for the export filters."""
    clauses: list[str] = []
    params: list[Any] = []
    since, until = filters.since_dt(), filters.until_dt()
    if since is not None:
        clauses, params = clauses + ["a.started >= ?"], params + [since.isoformat(timespec="milliseconds")]
    if until is not None:
        clauses, params = clauses + ["a.started < ?"], params + [until.isoformat(timespec="milliseconds")]
    if filters.shop is not None:
        clauses, params = clauses + ["t.shop = ?"], params + [filters.shop]
    if filters.trainee_ids is not None:
        marks = ", ".join("?" * len(filters.trainee_ids)) or "NULL"
        clauses, params = clauses + [f"t.id IN ({marks})"], params + list(filters.trainee_ids)
    elif filters.trainee is not None:
        clauses, params = clauses + [TRAINEE_MATCH], params + [filters.trainee] * 3
    return " AND ".join(clauses) or "1", params


@contextmanager
def snapshot(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection holding one read transaction: every query sees the same moment."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
    with closing(conn):
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")


def stream(conn: sqlite3.Connection, sql: str, params: list[Any], batch: int = 500) -> Iterator[dict[str, Any]]:
    """Rows as dicts, fetched in batches (constant memory)."""
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(batch):
        yield from (dict(r) for r in rows)


def find_trainees(store: Any, text: str) -> list[dict[str, Any]]:
    """Trainees matching a name (any case, any script: Python case folding), an employee id or a trainee id."""
    t = text.strip()
    found = store._select("SELECT * FROM trainees WHERE id = ? OR employee_id = ? ORDER BY created", [t, t])
    seen = {r["id"] for r in found}
    named = store._select(f"SELECT * FROM trainees WHERE {SQL_FOLD}(display_name) = ? ORDER BY created", [folded(t)])
    return found + [r for r in named if r["id"] not in seen]


def resolve(store: Any, filters: Filters) -> Filters:
    """Turn the ``trainee`` text filter into the matching trainee ids (a plain error when nobody matches)."""
    if filters.trainee is None or filters.trainee_ids is not None:
        return filters
    ids = tuple(r["id"] for r in find_trainees(store, filters.trainee))
    if not ids:
        raise RecordsError(f'No trainee called "{filters.trainee}" is in the record book.', code="no_trainee",
                           name=filters.trainee)
    return replace(filters, trainee_ids=ids)


def one_trainee(store: Any, text: str) -> dict[str, Any]:
    """Exactly one trainee for ``text``, else a plain error that says how to be more precise."""
    found = find_trainees(store, text)
    if not found:
        raise RecordsError(f'No trainee called "{text}" is in the record book.', code="no_trainee", name=text)
    if len(found) > 1:
        ids = ", ".join(f"{r['id']} ({r['employee_id'] or 'no employee id'}, {r['shop'] or 'no shop'})"
                        for r in found)
        raise RecordsError(f'Several trainees are called "{text}": {ids}. Give the employee id or trainee id.',
                           code="several_trainees", name=text)
    return found[0]

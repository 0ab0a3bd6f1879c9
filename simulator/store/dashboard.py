"""The trainer's read-only views: the trainees × scenarios matrix, per-reply statistics, filtered attempt lists.

The matrix reads the trigger-kept ``progress`` summary (one row per trainee × scenario, see ``schema.py``);
with a period or mode filter it groups the attempts live on a covering index. The Python side only fills the
squares nobody has started yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from simulator.bulk import collector_paused

from .attempts import trainees_sql
from .core import Core
from .errors import StoreError
from .records import CELL_STATUSES, Attempt, ChoiceStat, MatrixCell, iso

_ATTEMPT_COLS = ", ".join(f"a.{name}" for name in Attempt.__dataclass_fields__)

_STATUS = ("CASE WHEN n = 0 THEN 'new' WHEN any_passed THEN 'passed' WHEN finished > 0 THEN 'failed' "
           "ELSE 'in_progress' END")
_LIVE_SQL = f"""
SELECT trainee_id, scenario_id, {_STATUS}, best, n, last_at FROM (
  SELECT a.trainee_id, a.scenario_id, MAX(a.status = 'finished' AND a.passed = 1) AS any_passed,
         MAX(CASE WHEN a.status = 'finished' THEN a.overall END) AS best, SUM(a.status = 'finished') AS finished,
         SUM(a.status != 'abandoned') AS n, MAX(a.started) AS last_at
  FROM attempts a WHERE {{where}} GROUP BY a.trainee_id, a.scenario_id)
"""
_SUMMARY_SQL = f"SELECT trainee_id, scenario_id, {_STATUS}, best, n, last_at FROM progress"
Group = tuple  # (scenario_id, status, best_overall, attempts, last_at): the tail of a MatrixCell
Person = tuple  # (trainee_id, display_name, shop): the head of a MatrixCell
_NEW = ("new", None, 0, None)


def _period(since: datetime | None, until: datetime | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses, params = clauses + ["a.started >= ?"], params + [iso(since)]
    if until is not None:
        clauses, params = clauses + ["a.started < ?"], params + [iso(until)]
    return clauses, params


def _cells(people: Sequence[Person], columns: Sequence[str],
           groups: dict[str, dict[str, Group]]) -> list[MatrixCell]:
    """Person by person, a square per column: their group, or 'new' where nobody has started."""
    unstarted = [(sid, *_NEW) for sid in columns]
    make, nothing, cells = tuple.__new__, dict[str, Group](), list[MatrixCell]()
    for person in people:
        started = groups.get(person[0], nothing).get
        # tuple.__new__ skips NamedTuple's Python-level __new__: it matters for 40,000 cells.
        cells.extend([make(MatrixCell, person + (started(new[0]) or new)) for new in unstarted])
    return cells


class DashboardMixin(Core):
    """Queries behind the trainer's screens and the exports."""

    def matrix(self, scenario_ids: Sequence[str] | None = None, shop: str | None = None,
               since: datetime | None = None, until: datetime | None = None, status: str | None = None,
               include_demo: bool = True, mode: str | None = None) -> list[MatrixCell]:
        """Every trainee × scenario with status (new/in_progress/passed/failed) and best finished score.

        ``scenario_ids`` are the columns (default: every scenario seen); the period filters on the start time.
        """
        if status is not None and status not in CELL_STATUSES:
            raise StoreError(f"Unknown status {status!r}: use one of {', '.join(CELL_STATUSES)}.", kind="invalid")
        with collector_paused():
            people = self._people(shop, include_demo)
            groups = self._matrix_groups(since, until, mode)
            columns = list(scenario_ids) if scenario_ids is not None else sorted(
                {sid for per in groups.values() for sid in per})
            cells = _cells(people, columns, groups)
        return cells if status is None else [c for c in cells if c.status == status]

    def _people(self, shop: str | None, include_demo: bool) -> list[Person]:
        """(id, name, shop) of each trainee in the matrix: plain rows, not ``Trainee`` objects (2,000 of those
        cost 9 ms to build)."""
        return self._tuples(*trainees_sql("id, display_name, shop", shop, include_demo))

    def _matrix_groups(self, since: datetime | None, until: datetime | None,
                       mode: str | None) -> dict[str, dict[str, Group]]:
        """Per trainee × scenario aggregates: from the trigger-kept summary, or live when filtering by period."""
        if since is None and until is None and mode is None:
            sql, params = _SUMMARY_SQL, list[Any]()
        else:
            clauses, params = _period(since, until)
            if mode is not None:
                clauses, params = clauses + ["a.mode = ?"], params + [mode]
            sql = _LIVE_SQL.format(where=" AND ".join(clauses))
        groups: dict[str, dict[str, Group]] = {}
        for row in self._tuples(sql, params):
            groups.setdefault(row[0], {})[row[1]] = row[1:]
        return groups

    def sign_offs(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Per (trainee, scenario): who signed off last and when, the way the completion records say it."""
        # CROSS JOIN keeps reviews (a few) as the outer loop: left to itself SQLite walked every attempt.
        # The bare column (trainer) comes from the row holding the MAX: the latest sign-off's trainer.
        rows = self._select(
            "SELECT a.trainee_id AS trainee_id, a.scenario_id AS scenario_id, r.trainer AS trainer, "
            "MAX(r.signed_off_at) AS at FROM reviews r CROSS JOIN attempts a ON a.id = r.attempt_id "
            "WHERE r.signed_off_at IS NOT NULL GROUP BY a.trainee_id, a.scenario_id")
        return {(r["trainee_id"], r["scenario_id"]): (r["trainer"], r["at"]) for r in rows}

    def choice_stats(self, scenario_id: str, scenario_version: int | None = None,
                     include_demo: bool = True) -> list[ChoiceStat]:
        """Per decision point: how many attempts chose each reply, and their average overall score."""
        where, params = "a.scenario_id = ?", list[Any]([scenario_id])
        if scenario_version is not None:
            where, params = where + " AND a.scenario_version = ?", params + [scenario_version]
        if not include_demo:
            where += " AND a.demo = 0"
        rows = self._select(
            "SELECT c.node_id AS node_id, c.reply_id AS reply_id, COUNT(*) AS count, AVG(a.overall) AS avg_overall "
            f"FROM attempts a JOIN choices c ON c.attempt_id = a.id WHERE {where} "
            "GROUP BY c.node_id, c.reply_id ORDER BY c.node_id, count DESC, c.reply_id", params)
        return [ChoiceStat(**r) for r in rows]

    def attempts_where(self, *, scenario_id: str | None = None, trainee_id: str | None = None,
                       shop: str | None = None, status: str | None = None, since: datetime | None = None,
                       until: datetime | None = None, include_demo: bool = True) -> list[Attempt]:
        """Attempts matching every given filter, oldest first (for exports and reports)."""
        clauses, params = _period(since, until)
        for column, value in (("a.scenario_id", scenario_id), ("a.trainee_id", trainee_id),
                              ("a.status", status), ("t.shop", shop)):
            if value is not None:
                clauses, params = clauses + [f"{column} = ?"], params + [value]
        if not include_demo:
            clauses.append("a.demo = 0")
        rows = self._select(f"SELECT {_ATTEMPT_COLS} FROM attempts a JOIN trainees t ON t.id = a.trainee_id "
                            f"WHERE {' AND '.join(clauses) or '1'} ORDER BY a.started", params)
        return [Attempt.from_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table (for ``simulator status`` and the tests)."""
        tables = ("trainees", "attempts", "choices", "reviews", "audit", "outbox", "meta")
        return {t: int(self._select(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]) for t in tables}


"""The trainer's read-only views: the trainees × scenarios matrix, per-reply statistics, filtered attempt lists.

Each is one grouped query on a covering index (see ``schema.py``), so they stay fast with hundreds of thousands
of attempts; the Python side only fills the squares nobody has started yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .core import Core
from .errors import StoreError
from .records import CELL_STATUSES, Attempt, ChoiceStat, MatrixCell, Trainee, iso

_ATTEMPT_COLS = ", ".join(f"a.{name}" for name in Attempt.__dataclass_fields__)

_MATRIX_SQL = """
SELECT a.trainee_id AS trainee_id, a.scenario_id AS scenario_id,
       MAX(a.status = 'finished' AND a.passed = 1) AS any_passed,
       MAX(a.status = 'finished') AS any_finished,
       MAX(a.status = 'in_progress') AS any_open,
       MAX(CASE WHEN a.status = 'finished' THEN a.overall END) AS best,
       SUM(a.status != 'abandoned') AS n, MAX(a.started) AS last_at
FROM attempts a WHERE {where} GROUP BY a.trainee_id, a.scenario_id
"""


def _period(since: datetime | None, until: datetime | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses, params = clauses + ["a.started >= ?"], params + [iso(since)]
    if until is not None:
        clauses, params = clauses + ["a.started < ?"], params + [iso(until)]
    return clauses, params


def _cell_status(row: dict[str, Any] | None) -> str:
    if row is None or not row["n"]:
        return "new"
    if row["any_passed"]:
        return "passed"
    return "failed" if row["any_finished"] else "in_progress"


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
        people = self.trainees(shop=shop, include_demo=include_demo)  # type: ignore[attr-defined]
        groups = self._matrix_groups(shop, since, until, include_demo, mode)
        columns = list(scenario_ids) if scenario_ids is not None else sorted({k[1] for k in groups})
        cells = (self._cell(person, sid, groups.get((person.id, sid))) for person in people for sid in columns)
        return [c for c in cells if status is None or c.status == status]

    def _matrix_groups(self, shop: str | None, since: datetime | None, until: datetime | None,
                       include_demo: bool, mode: str | None) -> dict[tuple[str, str], dict[str, Any]]:
        clauses, params = _period(since, until)
        if shop is not None:
            clauses, params = clauses + ["a.trainee_id IN (SELECT id FROM trainees WHERE shop = ?)"], params + [shop]
        if not include_demo:
            clauses.append("a.demo = 0")
        if mode is not None:
            clauses, params = clauses + ["a.mode = ?"], params + [mode]
        rows = self._select(_MATRIX_SQL.format(where=" AND ".join(clauses) or "1"), params)
        return {(r["trainee_id"], r["scenario_id"]): r for r in rows}

    @staticmethod
    def _cell(person: Trainee, scenario_id: str, row: dict[str, Any] | None) -> MatrixCell:
        return MatrixCell(person.id, person.display_name, person.shop, scenario_id, _cell_status(row),
                          row["best"] if row else None, int(row["n"] or 0) if row else 0,
                          row["last_at"] if row else None)

    def choice_stats(self, scenario_id: str, scenario_version: int | None = None,
                     include_demo: bool = True) -> list[ChoiceStat]:
        """Per decision point: how many attempts chose each reply, and their average overall score."""
        where, params = "a.scenario_id = ?", [scenario_id]
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

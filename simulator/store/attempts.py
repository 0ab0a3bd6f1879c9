"""Trainees, attempts and choices: the writes made while a trainee plays, and the reads that resume a run."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .core import Core
from .errors import StoreError
from .names import SQL_FOLD, canonical, folded
from .records import MODES, SCORE_KEYS, Attempt, ChoiceRow, Trainee, new_id, now_iso

log = logging.getLogger(__name__)

_ATTEMPT_COLS = ", ".join(Attempt.__dataclass_fields__)


def _trainee(row: dict) -> Trainee:
    return Trainee(**{**row, "demo": bool(row["demo"])})


def trainees_sql(columns: str, shop: str | None, include_demo: bool) -> tuple[str, list[Any]]:
    """The trainees of one shop (or all), with or without demo data, sorted by name."""
    sql, params = f"SELECT {columns} FROM trainees WHERE 1", list[Any]()
    if shop is not None:
        sql, params = sql + " AND shop = ?", [shop]
    if not include_demo:
        sql += " AND demo = 0"
    return sql + " ORDER BY display_name COLLATE NOCASE", params


class AttemptsMixin(Core):
    """Writes during play, each committed before the caller goes on."""

    def ensure_trainee(self, display_name: str, employee_id: str | None = None,
                       shop: str | None = None) -> Trainee:
        """The trainee with this employee id (or, without one, this name), created if new."""
        name = canonical(display_name)
        if not name:
            raise StoreError("A trainee needs a name.", kind="invalid")
        with self.write("save the trainee"):
            found = self._find_trainee(name, employee_id)
            if found is None:
                found = Trainee(new_id(), name, employee_id, shop, now_iso(), False)
                self.db.table("trainees").insert(found.__dict__ | {"demo": 0})
            elif shop and not found.shop:
                self.db.execute("UPDATE trainees SET shop = ? WHERE id = ?", [shop, found.id])
                found = Trainee(**{**found.__dict__, "shop": shop})
        return found

    def _find_trainee(self, name: str, employee_id: str | None) -> Trainee | None:
        if employee_id:
            row = self._one("SELECT * FROM trainees WHERE employee_id = ?", [employee_id])
        else:
            row = self._one(f"SELECT * FROM trainees WHERE {SQL_FOLD}(display_name) = ? "
                            "AND employee_id IS NULL AND demo = 0 ORDER BY created LIMIT 1", [folded(name)])
        return _trainee(row) if row else None

    def trainee(self, trainee_id: str) -> Trainee:
        row = self._one("SELECT * FROM trainees WHERE id = ?", [trainee_id])
        if row is None:
            raise StoreError("This trainee is not in the record book (erased?).", kind="missing",
                             code="trainee_missing")
        return _trainee(row)

    def trainees(self, shop: str | None = None, include_demo: bool = True) -> list[Trainee]:
        """Trainees sorted by name, optionally of one shop and without demo data."""
        sql, params = trainees_sql("*", shop, include_demo)
        return [_trainee(r) for r in self._select(sql, params)]

    def shops(self) -> list[str]:
        return [r["shop"] for r in self._select(
            "SELECT DISTINCT shop FROM trainees WHERE shop IS NOT NULL ORDER BY shop")]

    def start_attempt(self, trainee_id: str, scenario_id: str, scenario_version: int, persona: str | None,
                      mode: str, lang: str) -> str:
        """A new in-progress attempt; returns its UUID once committed."""
        if mode not in MODES:
            raise StoreError(f"Unknown mode {mode!r}: use practice or assessment.", kind="invalid")
        attempt_id = new_id()
        row = {"id": attempt_id, "trainee_id": trainee_id, "scenario_id": scenario_id,
               "scenario_version": scenario_version, "persona": persona, "mode": mode, "lang": lang,
               "started": now_iso(), "status": "in_progress", "demo": 0}
        with self.write("start the attempt"):
            if self._one("SELECT 1 AS x FROM trainees WHERE id = ?", [trainee_id]) is None:
                raise StoreError("This trainee is not in the record book (erased?).", kind="missing",
                                 code="trainee_missing")
            self.db.table("attempts").insert(row)
        return attempt_id

    def record_choice(self, attempt_id: str, seq: int, node_id: str, reply_id: str, position: int,
                      elapsed_ms: int | None = None) -> None:
        """Save one choice; returns only after COMMIT, so the consequence may be shown."""
        with self.write("save your last choice"):
            cursor = self.db.execute(
                "INSERT INTO choices (attempt_id, seq, node_id, reply_id, position, chosen_at, elapsed_ms) "
                "SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
                "(SELECT 1 FROM attempts WHERE id = ? AND status = 'in_progress') "
                "AND NOT EXISTS (SELECT 1 FROM choices WHERE attempt_id = ? AND seq = ?)",
                [attempt_id, seq, node_id, reply_id, position, now_iso(), elapsed_ms, attempt_id,
                 attempt_id, seq])
            if cursor.rowcount != 1:
                raise self._why_not_recorded(attempt_id, seq)

    def _why_not_recorded(self, attempt_id: str, seq: int) -> StoreError:
        if self._one("SELECT 1 AS x FROM choices WHERE attempt_id = ? AND seq = ?", [attempt_id, seq]):
            return StoreError(f"Choice number {seq} of this attempt was already saved.", kind="invalid",
                              code="choice_saved_twice", seq=seq)
        return StoreError("This attempt is finished or no longer in the record book; the choice was not saved.",
                          kind="missing", code="attempt_gone")

    def finish_attempt(self, attempt_id: str, scores: Mapping[str, int], passed: bool, outcome: str,
                       ending: str) -> None:
        """Close an attempt with its scores (keys empathy, adaptation, interest, overall)."""
        values = [int(scores[key]) for key in SCORE_KEYS]
        self._close(attempt_id, "finished", "save the result",
                    ", empathy = ?, adaptation = ?, interest = ?, overall = ?, passed = ?, outcome = ?, ending = ?",
                    [*values, int(bool(passed)), outcome, ending])

    def abandon_attempt(self, attempt_id: str) -> None:
        """Mark an unfinished attempt as given up (it no longer offers to resume)."""
        self._close(attempt_id, "abandoned", "abandon the attempt", "", [])

    def _close(self, attempt_id: str, status: str, doing: str, extra: str, params: list) -> None:
        with self.write(doing):
            cursor = self.db.execute(
                f"UPDATE attempts SET status = ?, finished = ?{extra} WHERE id = ? AND status = 'in_progress'",
                [status, now_iso(), *params, attempt_id])
            if cursor.rowcount != 1:
                raise StoreError("This attempt is already closed or no longer in the record book.", kind="missing",
                                 code="attempt_closed")

    def attempt(self, attempt_id: str) -> Attempt:
        row = self._one(f"SELECT {_ATTEMPT_COLS} FROM attempts WHERE id = ?", [attempt_id])
        if row is None:
            raise StoreError("This attempt is not in the record book.", kind="missing", code="attempt_missing")
        return Attempt.from_row(row)

    def attempts_of(self, trainee_id: str) -> list[Attempt]:
        """One trainee's history, newest first."""
        rows = self._select(f"SELECT {_ATTEMPT_COLS} FROM attempts WHERE trainee_id = ? "
                            "ORDER BY started DESC", [trainee_id])
        return [Attempt.from_row(r) for r in rows]

    def unfinished_attempts(self, trainee_id: str) -> list[Attempt]:
        """Attempts to offer for resuming, newest first."""
        return [a for a in self.attempts_of(trainee_id) if a.status == "in_progress"]

    def choices(self, attempt_id: str) -> list[ChoiceRow]:
        """The choices of an attempt in order (the engine replays their reply ids to resume)."""
        rows = self._select("SELECT attempt_id, seq, node_id, reply_id, position, chosen_at, elapsed_ms "
                            "FROM choices WHERE attempt_id = ? ORDER BY seq", [attempt_id])
        return [ChoiceRow(**r) for r in rows]

    def reply_ids(self, attempt_id: str) -> list[str]:
        return [c.reply_id for c in self.choices(attempt_id)]

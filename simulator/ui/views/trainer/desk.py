"""What the trainer views ask for, in the shapes they draw: a thin layer over ``TrainerService`` (no Qt, no SQL).

Every method here may be slow on a big record book, so views call them through ``worker.run``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from simulator.records import privacy
from simulator.records.common import Filters, Progress, RecordsError, tick
from simulator.records.lrs import LrsConfig
from simulator.trainer.service import TrainerService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Square:
    """One trainee × scenario square: what the matrix shows."""

    status: str  # new | in_progress | passed | failed
    best: int | None
    attempts: int
    signed_by: str = ""  # who validated it ("" when nobody has)
    signed_at: str = ""


@dataclass
class MatrixRow:
    trainee_id: str
    name: str
    shop: str
    squares: dict[str, Square] = field(default_factory=dict)


@dataclass(frozen=True)
class MatrixQuery:
    shop: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None


class TrainerDesk:
    """The trainer window's one door to the records: dashboard, pages, review, exports, privacy, LRS."""

    def __init__(self, service: TrainerService, lang: str = "fr") -> None:
        self.service, self.lang = service, lang

    @property
    def scenario_ids(self) -> list[str]:
        return sorted(self.service.scenarios)

    def title(self, scenario_id: str) -> str:
        return self.service.title(scenario_id, self.lang) or scenario_id

    def matrix(self, query: MatrixQuery) -> list[MatrixRow]:
        """Rows of the dashboard, with each square's latest sign-off."""
        cells = self.service.matrix(query.shop, query.since, query.until, query.status)
        signed = self.service.sign_offs()
        rows: dict[str, MatrixRow] = {}
        for cell in cells:
            row = rows.setdefault(cell.trainee_id, MatrixRow(cell.trainee_id, cell.display_name, cell.shop or ""))
            by, at = signed.get((cell.trainee_id, cell.scenario_id), ("", ""))
            row.squares[cell.scenario_id] = Square(cell.status, cell.best_overall, cell.attempts, by, at)
        return list(rows.values())

    def shops(self) -> list[str]:
        return self.service.shops()

    def trainees(self) -> list[Any]:
        return list(self.service.store.trainees())

    def trainee_page(self, trainee_id: str) -> Any:
        return self.service.trainee_page(trainee_id)

    def replay(self, attempt_id: str) -> Any:
        return self.service.replay(attempt_id, self.lang)

    def review(self, attempt_id: str, trainer: str, note: str, sign_off: bool) -> Any:
        self.service.review(attempt_id, trainer, note, sign_off)
        return self.service.replay(attempt_id, self.lang)

    def analytics(self, scenario_id: str) -> list[Any]:
        return self.service.scenario_analytics(scenario_id, self.lang)

    # -- records and privacy ----------------------------------------------------------
    def export(self, fmt: str, target: Path, filters: Filters, separator: str, progress: Progress) -> Any:
        return self.service.export(fmt, target, filters, progress, separator, self.lang)

    def import_bundle(self, path: Path, progress: Progress) -> Any:
        return self.service.import_bundle(path, progress)

    def save_trainee_data(self, trainee_id: str, target: Path) -> int:
        """Everything about one trainee as a JSON file (written whole or not at all); returns the attempts."""
        return self.service.save_trainee_data(trainee_id, target)

    def erase(self, trainee_id: str) -> dict[str, int]:
        return self.service.erase(trainee_id)

    def pc_shop(self) -> str | None:
        return self.service.pc_shop()

    def set_pc_shop(self, shop: str) -> str | None:
        self.service.set_pc_shop(shop)
        return self.service.pc_shop()

    def retention(self) -> int | None:
        return privacy.retention_months(self.service.store)

    def set_retention(self, months: int | None) -> None:
        privacy.set_retention(self.service.store, months)

    def purge(self) -> int:
        return self.service.purge()

    def lrs_config(self) -> LrsConfig:
        """The saved LRS settings (an empty address when none is saved yet)."""
        try:
            return self.service.lrs_config()
        except RecordsError:
            return LrsConfig("")

    def save_lrs(self, config: LrsConfig) -> None:
        self.service.save_lrs_config(config)

    def push(self, config: LrsConfig, progress: Progress) -> Any:
        self.service.save_lrs_config(config)
        return self.service.push(config, progress)


def counted(work: Callable[[], Any], progress: Progress) -> Any:
    """Run a call that has no progress of its own between a 0 % and a 100 % tick."""
    tick(progress, 0, 1)
    result = work()
    tick(progress, 1, 1)
    return result

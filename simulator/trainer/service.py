"""``TrainerService``: the one facade the trainer window and the trainer commands use. Qt-free.

Reads go through the store's queries and ``simulator.records``; long operations (exports, push, imports) take a
``progress(done, total) -> bool`` callback so a worker thread can drive a progress bar and cancel.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from simulator.engine.scoring import weakest_criterion
from simulator.records import bundle, lrs, privacy, xapi
from simulator.records.common import Filters, Progress, atomic_path
from simulator.records.export import ExportResult, export
from simulator.scenario.model import CRITERIA, Scenario

from .auth import TrainerAuth
from .views import DecisionPoint, Replay, ReplayLine, ReplyStat, ScorePoint, TraineePage

log = logging.getLogger(__name__)

SORT_KEYS = {"name": lambda c: (c.display_name.casefold(), c.scenario_id),
             "shop": lambda c: ((c.shop or "").casefold(), c.display_name.casefold(), c.scenario_id),
             "scenario": lambda c: (c.scenario_id, c.display_name.casefold()),
             "status": lambda c: (c.status, c.display_name.casefold()),
             "best": lambda c: (c.best_overall if c.best_overall is not None else -1, c.display_name.casefold()),
             "last": lambda c: (c.last_at or "", c.display_name.casefold())}

_OUTCOME_SQL = """
SELECT c.node_id AS node_id, c.reply_id AS reply_id, a.outcome AS outcome, COUNT(*) AS n
FROM attempts a JOIN choices c ON c.attempt_id = a.id
WHERE a.scenario_id = ? AND a.status = 'finished' GROUP BY c.node_id, c.reply_id, a.outcome
"""


def _day(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


class TrainerService:
    """Dashboard, trainee page, replay, review, analytics, exports, LRS, bundles and privacy for trainers."""

    def __init__(self, store: Any, scenarios: Mapping[str, Scenario], actor: str = "trainer",
                 auth: TrainerAuth | None = None) -> None:
        self.store, self.scenarios, self.actor = store, scenarios, actor
        self.auth = auth or TrainerAuth(store)

    # -- dashboard ------------------------------------------------------------
    def matrix(self, shop: str | None = None, since: date | None = None, until: date | None = None,
               status: str | None = None, sort: str = "name", descending: bool = False) -> list[Any]:
        """Trainees × installed scenarios: status and best score per square, filtered and sorted."""
        columns = sorted(self.scenarios) or None
        cells = self.store.matrix(scenario_ids=columns, shop=shop, since=_day(since), until=_day(until),
                                  status=status)
        return sorted(cells, key=SORT_KEYS.get(sort, SORT_KEYS["name"]), reverse=descending)

    def sign_offs(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(trainee id, scenario id) -> (trainer, when) of the latest sign-off."""
        return self.store.sign_offs()  # type: ignore[no-any-return]

    def pc_shop(self) -> str | None:
        return self.store.pc_shop()

    def set_pc_shop(self, shop: str | None) -> None:
        """Name the shop this PC belongs to: profiles created here from now on belong to it."""
        self.store.set_pc_shop(shop)
        self.store.audit("settings", self.actor, "shop of this PC changed")

    def shops(self) -> list[str]:
        return list(self.store.shops())

    def title(self, scenario_id: str, lang: str = "fr") -> str:
        scenario = self.scenarios.get(scenario_id)
        return scenario.title.get(lang) if scenario else scenario_id

    # -- one trainee ----------------------------------------------------------
    def trainee_page(self, trainee_id: str) -> TraineePage:
        """A trainee's attempts, their scores over time and the criterion to work on."""
        attempts = self.store.attempts_of(trainee_id)
        done = sorted((a for a in attempts if a.status == "finished"), key=lambda a: a.finished or "")
        series = [ScorePoint(a.finished or a.started, a.scenario_id, a.scores) for a in done]
        averages = {c: sum(getattr(a, c) or 0 for a in done) / len(done) for c in CRITERIA} if done else {}
        weakest = weakest_criterion(averages) if averages else None
        return TraineePage(self.store.trainee(trainee_id), attempts, series, averages, weakest)

    def replay(self, attempt_id: str, lang: str = "fr") -> Replay:
        """The transcript of an attempt: what the customer said, what was chosen, the feedback, the time taken."""
        attempt = self.store.attempt(attempt_id)
        scenario = self.scenarios.get(attempt.scenario_id)
        lines = [self._line(scenario, attempt.persona or "", c, lang) for c in self.store.choices(attempt_id)]
        ending = scenario.endings.get(attempt.ending or "") if scenario else None
        return Replay(attempt, self.store.trainee(attempt.trainee_id), self.title(attempt.scenario_id, lang),
                      lines, ending.text.get(lang) if ending else "", self.store.reviews(attempt_id))

    @staticmethod
    def _line(scenario: Scenario | None, persona: str, choice: Any, lang: str) -> ReplayLine:
        node = scenario.nodes.get(choice.node_id) if scenario else None
        reply = next((r for r in node.replies if r.id == choice.reply_id), None) if node else None
        feedback = reply.feedback_for(persona) if reply else None
        return ReplayLine(choice.seq, choice.node_id, node.says.get(lang) if node else "", choice.reply_id,
                          reply.text.get(lang) if reply else choice.reply_id,
                          feedback.principle if feedback else "", feedback.text.get(lang) if feedback else "",
                          reply.effects_for(persona).as_dict() if reply else {}, choice.elapsed_ms)

    def review(self, attempt_id: str, trainer: str, note: str = "", sign_off: bool = False) -> int:
        """Save a trainer's note, optionally signing the attempt off ("validated by ..., on ...")."""
        self.store.attempt(attempt_id)  # a plain error if it is gone
        review_id = int(self.store.add_review(attempt_id, trainer.strip() or self.actor, note, sign_off))
        if sign_off:
            self.store.audit("sign_off", self.actor, f"attempt {attempt_id} signed off")
        return review_id

    # -- analytics ------------------------------------------------------------
    def scenario_analytics(self, scenario_id: str, lang: str = "fr") -> list[DecisionPoint]:
        """At each decision point: how often each reply was chosen, its average score and where it led."""
        stats = self.store.choice_stats(scenario_id)
        outcomes: dict[tuple[str, str], dict[str, int]] = {}
        for row in self.store._select(_OUTCOME_SQL, [scenario_id]):
            outcomes.setdefault((row["node_id"], row["reply_id"]), {})[row["outcome"] or ""] = int(row["n"])
        scenario = self.scenarios.get(scenario_id)
        order = list(scenario.nodes) if scenario else []
        nodes = sorted({s.node_id for s in stats}, key=lambda n: (order.index(n) if n in order else len(order), n))
        return [self._point(scenario, n, [s for s in stats if s.node_id == n], outcomes, lang) for n in nodes]

    @staticmethod
    def _point(scenario: Scenario | None, node_id: str, stats: list[Any],
               outcomes: dict[tuple[str, str], dict[str, int]], lang: str) -> DecisionPoint:
        node = scenario.nodes.get(node_id) if scenario else None
        texts = {r.id: r.text.get(lang) for r in node.replies} if node else {}
        reached = sum(s.count for s in stats)
        replies = [ReplyStat(s.reply_id, texts.get(s.reply_id, s.reply_id), s.count, s.count / reached,
                             s.avg_overall, outcomes.get((node_id, s.reply_id), {})) for s in stats]
        return DecisionPoint(node_id, node.says.get(lang) if node else "", reached, replies)

    # -- records --------------------------------------------------------------
    def export(self, fmt: str, target: Path, filters: Filters | None = None, progress: Progress | None = None,
               separator: str = ";", lang: str = "fr") -> ExportResult:
        return export(self.store, fmt, Path(target), filters or Filters(), self.scenarios, progress, separator,
                      self.actor, lang)

    def import_bundle(self, path: Path, progress: Progress | None = None) -> bundle.ImportResult:
        return bundle.import_bundle(self.store, Path(path), progress, self.actor)

    def queue_missing(self, progress: Progress | None = None) -> int:
        return xapi.queue_missing(self.store, self.scenarios, progress)

    def lrs_config(self, **overrides: str | None) -> lrs.LrsConfig:
        return lrs.config_from(self.store, **overrides)

    def save_lrs_config(self, config: lrs.LrsConfig) -> None:
        lrs.save_config(self.store, config)

    def push(self, config: lrs.LrsConfig | None = None, progress: Progress | None = None,
             **options: Any) -> lrs.PushResult:
        """Queue what is missing, then send every queued statement to the LRS."""
        self.queue_missing()
        result = lrs.push(self.store, config or self.lrs_config(), progress, **options)
        self.store.audit("lrs_push", self.actor, f"{result.sent} sent, {result.pending} still queued")
        return result

    # -- privacy --------------------------------------------------------------
    def trainee_data(self, who: str) -> dict[str, Any]:
        data = privacy.trainee_data(self.store, who)
        self.store.audit("export", self.actor, f"personal data of trainee {data['trainee']['id']}")
        return data

    def save_trainee_data(self, who: str, target: Path) -> int:
        """Everything about one trainee as a JSON file, written whole or not at all; returns the attempts."""
        data = self.trainee_data(who)
        with atomic_path(target) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        return len(data["attempts"])

    def erase(self, who: str) -> dict[str, int]:
        return privacy.erase(self.store, who, self.actor)

    def purge(self, months: int | None = None) -> int:
        return privacy.purge(self.store, months, self.actor)

"""The one facade both faces use (the window and the command line).

It owns the loaded catalogue and the store, and turns a trainee's key press into
an engine step that is committed to disk before anything is shown. Qt-free.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator import engine
from simulator.scenario.model import Scenario
from simulator.scenario.principles import PRINCIPLES
from simulator.store.names import canonical

if TYPE_CHECKING:
    from simulator.engine import Debrief, Run, Step

log = logging.getLogger(__name__)

MODES = ("practice", "assessment")
NAME_MAX = 80


class ServiceError(Exception):
    """An expected problem, with a message in plain words for the trainee or trainer.

    ``code`` and ``params`` say which problem it is, so the window can word it in its own language.
    """

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Option:
    position: int  # 1-based, what the trainee types
    reply_id: str
    text: str


@dataclass(frozen=True)
class FeedbackView:
    principle: str  # key
    label: str  # the principle's name in the session's language
    good: bool  # a principle followed (True) or an anti-pattern (False)
    text: str
    effects: dict[str, int]


@dataclass(frozen=True)
class View:
    """Everything the play screen shows at one moment."""

    scenario_id: str
    title: str
    setting: str
    persona_id: str
    persona_name: str
    avatar: str
    voice: str
    mood: int
    says: str
    does: str
    options: tuple[Option, ...]
    finished: bool
    step_number: int
    feedback: FeedbackView | None = None  # on the choice just made
    ending_text: str = ""
    outcome: str = ""


@dataclass
class Session:
    """One attempt being played: its run, and where it is recorded."""

    run: Run
    mode: str
    lang: str
    attempt_id: str | None = None
    trainee_id: str | None = None
    shown_at: float = field(default_factory=time.monotonic)

    @property
    def scenario(self) -> Scenario:
        return self.run.scenario


def clean_name(raw: str) -> str:
    """A display name as people type it: trimmed, single spaces, no control characters."""
    name = canonical(raw)
    if not name:
        raise ServiceError("Please type a name.", "name_missing")
    if len(name) > NAME_MAX:
        raise ServiceError(f"This name is too long ({len(name)} characters, at most {NAME_MAX}).", "name_too_long",
                           count=len(name), limit=NAME_MAX)
    return name


def feedback_view(step: Step, lang: str) -> FeedbackView:
    principle = PRINCIPLES.get(step.feedback.principle)
    label = principle.label(lang) if principle else step.feedback.principle
    good = principle.good if principle else sum(step.effects.as_dict().values()) > 0
    return FeedbackView(step.feedback.principle, label, good, step.feedback.text.get(lang),
                        step.effects.as_dict())


def build_view(session: Session, last: Step | None = None) -> View:
    run, lang = session.run, session.lang
    scenario, persona = run.scenario, run.persona
    node, ending = run.node, run.ending
    speaker = scenario.persona(node.speaker) if node and node.speaker else persona
    return View(
        scenario_id=scenario.id, title=scenario.title.get(lang),
        setting=scenario.setting.get(lang) if scenario.setting else "",
        persona_id=persona.id, persona_name=speaker.name.get(lang), avatar=speaker.avatar or "woman",
        voice=speaker.voice, mood=run.mood,
        says=node.says.get(lang) if node else "", does=node.does.get(lang) if node and node.does else "",
        options=tuple(Option(i, r.id, r.text.get(lang)) for i, r in enumerate(run.offered(), start=1)),
        finished=run.finished, step_number=len(run.history) + 1,
        feedback=feedback_view(last, lang) if last else None,
        ending_text=ending.text.get(lang) if ending else "", outcome=str(ending.outcome) if ending else "",
    )


@dataclass(frozen=True)
class CatalogueEntry:
    scenario: Scenario
    status: str  # new | in_progress | passed | to_retry
    best_overall: int | None
    resumable_attempt: str | None


class Service:
    """Start, resume, choose, finish: the trainee's flow, recorded as it happens."""

    def __init__(self, scenarios: dict[str, Scenario], store=None, load_errors=()) -> None:  # type: ignore[no-untyped-def]
        self.scenarios = scenarios
        self.store = store
        self.load_errors = list(load_errors)

    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            known = ", ".join(sorted(self.scenarios)) or "none"
            raise ServiceError(f'There is no scenario "{scenario_id}". Installed: {known}.') from None

    # -- profiles ---------------------------------------------------------
    def profiles(self) -> list:  # type: ignore[type-arg]
        return self._require_store().trainees()

    def ensure_profile(self, name: str, employee_id: str | None = None, shop: str | None = None):  # type: ignore[no-untyped-def]
        store = self._require_store()
        return store.ensure_trainee(clean_name(name), employee_id or None, shop or store.pc_shop())

    def catalogue_for(self, trainee_id: str) -> list[CatalogueEntry]:
        attempts = self._require_store().attempts_of(trainee_id)
        return [self._entry(s, [a for a in attempts if a.scenario_id == s.id]) for s in self._ordered()]

    def _ordered(self) -> list[Scenario]:
        return sorted(self.scenarios.values(), key=lambda s: s.title.get("fr"))

    @staticmethod
    def _entry(scenario: Scenario, attempts: list) -> CatalogueEntry:  # type: ignore[type-arg]
        finished = [a for a in attempts if a.status == "finished"]
        open_ = [a for a in attempts if a.status == "in_progress"]
        best = max((a.overall for a in finished if a.overall is not None), default=None)
        if open_:
            status = "in_progress"
        elif any(a.passed for a in finished):
            status = "passed"
        else:
            status = "to_retry" if finished else "new"
        return CatalogueEntry(scenario, status, best, open_[-1].id if open_ else None)

    # -- playing ------------------------------------------------------------
    def start(self, scenario_id: str, persona_id: str | None = None, mode: str = "practice",
              lang: str = "fr", trainee_id: str | None = None) -> Session:
        scenario = self.scenario(scenario_id)
        if persona_id is not None and persona_id not in scenario.persona_ids:
            raise ServiceError(f'Scenario "{scenario_id}" has no persona "{persona_id}". '
                               f"Choose one of: {', '.join(scenario.persona_ids)}.")
        if mode not in MODES:
            raise ServiceError(f'Unknown mode "{mode}": use practice or assessment.')
        session = Session(engine.Run(scenario, persona_id), mode, lang, trainee_id=trainee_id)
        if trainee_id is not None:
            session.attempt_id = self._require_store().start_attempt(
                trainee_id, scenario.id, scenario.version, session.run.persona.id, mode, lang)
        return session

    def resume(self, attempt_id: str, lang: str | None = None) -> Session:
        """Rebuild an interrupted attempt from its recorded choices."""
        store = self._require_store()
        attempt = store.attempt(attempt_id)
        scenario = self.scenario(attempt.scenario_id)
        reply_ids = [c.reply_id for c in store.choices(attempt_id)]
        run = engine.Run.replay(scenario, attempt.persona, reply_ids)
        session = Session(run, attempt.mode, lang or attempt.lang, attempt_id, attempt.trainee_id)
        if run.finished:  # every choice was saved but the end was not (e.g. the disk filled up right then)
            self._finish(session)
        return session

    def unfinished(self, trainee_id: str) -> list:  # type: ignore[type-arg]
        return [a for a in self._require_store().unfinished_attempts(trainee_id) if a.scenario_id in self.scenarios]

    def abandon(self, attempt_id: str) -> None:
        """Close an unfinished attempt the trainee chose not to resume (its choices stay recorded)."""
        self._require_store().abandon_attempt(attempt_id)

    def view(self, session: Session) -> View:
        return build_view(session)

    def choose(self, session: Session, position: int) -> View:
        """Take a choice; it is on disk before this returns, so before the customer answers."""
        node_id = session.run.state
        step = session.run.choose(position)
        elapsed_ms = int((time.monotonic() - session.shown_at) * 1000)
        if session.attempt_id is not None:
            self._record_or_step_back(session, node_id, step, elapsed_ms)
            if session.run.finished:
                # The choice is saved: if finishing fails, resuming the attempt finishes it (see resume()).
                self._finish(session)
        session.shown_at = time.monotonic()
        return build_view(session, step)

    def _record_or_step_back(self, session: Session, node_id: str, step: Step, elapsed_ms: int) -> None:
        """Save the choice; if it cannot be saved, the run forgets it too, so nothing unsaved is shown."""
        assert session.attempt_id is not None
        try:
            self._require_store().record_choice(session.attempt_id, len(session.run.history), node_id,
                                                step.reply_id, step.position, elapsed_ms)
        except Exception:
            session.run = engine.Run.replay(session.scenario, session.run.persona.id,
                                     [s.reply_id for s in session.run.history[:-1]])
            raise

    def _finish(self, session: Session) -> None:
        scores, ending = session.run.scores(), session.run.ending
        assert ending is not None and session.attempt_id is not None
        self._require_store().finish_attempt(session.attempt_id, scores.as_dict(), scores.passed,
                                             str(ending.outcome), ending.id)
        self._queue_statements(session.attempt_id)

    def _queue_statements(self, attempt_id: str) -> None:
        """Queue the attempt's xAPI statements; a failure here must never cost the trainee the attempt.

        Anything missed is queued again by ``queue_missing`` before the next LRS push.
        """
        from simulator.records.xapi import queue_attempt_statements

        try:
            queue_attempt_statements(self._require_store(), attempt_id, self.scenarios)
        except Exception:
            log.exception("could not queue xAPI statements for attempt %s (will retry before the next push)",
                          attempt_id)

    def apply_retention(self) -> int:
        """Delete the attempts past the retention period a trainer set (once a day); returns how many.

        Never raises: the window runs it in the background at start, and the next start tries again."""
        from simulator.records.privacy import purge_due

        try:
            deleted = purge_due(self._require_store())
        except Exception:
            log.exception("the retention setting could not be applied (the next start tries again)")
            return 0
        if deleted:
            log.info("retention setting: %d attempts past the period were deleted", deleted)
        return deleted

    def debrief(self, session: Session) -> Debrief:
        return session.run.debrief()

    def _require_store(self):  # type: ignore[no-untyped-def]
        if self.store is None:
            raise ServiceError("No progress database is open.")
        return self.store

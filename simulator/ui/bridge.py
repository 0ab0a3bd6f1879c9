"""The window's one door to the service: calls in, past-tense signals out.

Views call the bridge's methods and listen to its signals; they never see the
store or the engine's objects being mutated. The speaker's callbacks arrive on
its worker thread and are re-emitted as Qt signals, which Qt queues to the GUI
thread, so no widget is ever touched from a worker.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from simulator.engine.errors import ChoiceError
from simulator.service import Service, ServiceError, Session, View
from simulator.store.errors import StoreError
from simulator.ui.texts import error_text

if TYPE_CHECKING:  # the speech modules load with the speaker, after the first frame
    from simulator.speech import SpeakerProtocol

log = logging.getLogger(__name__)
EXPECTED = (ServiceError, ChoiceError, StoreError)


class Bridge(QObject):
    """Holds who is training and the attempt being played; everything else is the service's."""

    profile_chosen = Signal(object)  # Trainee
    profile_failed = Signal(str)
    attempt_started = Signal(object)  # View (first step)
    step_shown = Signal(object)  # View, after a choice was saved
    attempt_finished = Signal(object)  # Debrief
    choice_failed = Signal(str)
    start_failed = Signal(str)
    speech_started = Signal(int)
    speech_finished = Signal(int)
    speech_failed = Signal(str)
    speech_status_known = Signal(bool, str)  # available, reason in plain words
    _status_found = Signal(bool, str)  # from the worker that asked; remembered, then told on the GUI thread

    def __init__(self, service: Service, speaker: SpeakerProtocol | None = None) -> None:
        super().__init__()
        self.service = service
        self.speaker = speaker
        self.speech_status: tuple[bool, str] | None = None  # the last one known, for views built later
        self._status_found.connect(self._remember_speech_status)
        self.trainee: Any = None
        self.session: Session | None = None
        self.view: View | None = None
        self.speech_wanted = True
        self.speech_rate: int | None = None
        self._status_lang: str | None = None
        if speaker is not None:
            self.attach_speaker(speaker)

    def attach_speaker(self, speaker: SpeakerProtocol) -> None:
        """Use this speaker from now on (the real one is started after the first frame)."""
        self.speaker = speaker
        speaker.on_started = self.speech_started.emit
        speaker.on_finished = self.speech_finished.emit
        speaker.on_error = self.speech_failed.emit
        speaker.set_muted(not self.speech_wanted)
        if self.speech_rate is not None:
            speaker.set_rate(self.speech_rate)
        if self._status_lang is not None:
            self.check_speech(self._status_lang)

    # -- profiles -------------------------------------------------------------------
    def profiles(self) -> list[Any]:
        return self.service.profiles()

    def choose_profile(self, trainee: Any) -> None:
        self.trainee = trainee
        self.profile_chosen.emit(trainee)

    def create_profile(self, name: str, employee_id: str = "") -> None:
        """Create (or find) the profile; a plain message on ``profile_failed`` when the name is not usable."""
        try:
            trainee = self.service.ensure_profile(name, employee_id.strip() or None)
        except EXPECTED as exc:
            self.profile_failed.emit(error_text(exc))
            return
        self.choose_profile(trainee)

    # -- catalogue --------------------------------------------------------------------
    def catalogue(self) -> list[Any]:
        return self.service.catalogue_for(self.trainee.id) if self.trainee else []

    def unfinished(self) -> list[Any]:
        return self.service.unfinished(self.trainee.id) if self.trainee else []

    # -- playing ------------------------------------------------------------------------
    def start(self, scenario_id: str, persona_id: str | None, mode: str, lang: str) -> None:
        trainee_id = self.trainee.id if self.trainee else None
        self._open(lambda: self.service.start(scenario_id, persona_id, mode, lang, trainee_id))

    def resume(self, attempt_id: str, lang: str | None = None) -> None:
        self._open(lambda: self.service.resume(attempt_id, lang))

    def abandon(self, attempt_id: str) -> None:
        """Give up an unfinished attempt (the trainee chose to start over)."""
        try:
            self.service.abandon(attempt_id)
        except EXPECTED as exc:
            log.warning("Could not abandon attempt %s: %s", attempt_id, exc)

    def _open(self, make: Any) -> None:
        try:
            self.session = make()
        except EXPECTED as exc:
            self.start_failed.emit(error_text(exc))
            return
        assert self.session is not None
        self.view = self.service.view(self.session)
        if self.session.run.finished:  # resumed at its very end (the end itself could not be saved then)
            self.finish()
            return
        self.attempt_started.emit(self.view)

    def choose(self, position: int) -> None:
        """Take a reply: the service saves it, then the customer's answer is shown and read."""
        if self.session is None or self.session.run.finished:
            return
        try:
            self.view = self.service.choose(self.session, position)
        except EXPECTED as exc:
            self.choice_failed.emit(error_text(exc))
            return
        self.step_shown.emit(self.view)

    def finish(self) -> None:
        """Announce the debrief of the attempt just ended."""
        if self.session is not None and self.session.run.finished:
            self.stop_speech()
            self.attempt_finished.emit(self.service.debrief(self.session))

    def leave(self) -> None:
        """Back to the catalogue: the attempt stays saved and can be resumed."""
        self.stop_speech()
        self.session, self.view = None, None

    @property
    def mode(self) -> str:
        return self.session.mode if self.session else "practice"

    @property
    def lang(self) -> str:
        return self.session.lang if self.session else "fr"

    # -- speech -----------------------------------------------------------------------
    def speak(self, view: View) -> None:
        """Read the customer's line: the previous line is cut first."""
        if self.speaker is None or not view.says or view.finished:
            return
        self.speaker.stop()
        if self.speech_wanted:
            self.speaker.say(view.says, self.lang, view.voice)

    def replay(self) -> None:
        if self.speaker is not None and self.view is not None and self.view.says:
            self.speaker.stop()
            self.speaker.say(self.view.says, self.lang, self.view.voice)

    def stop_speech(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()

    def set_speech(self, on: bool) -> None:
        self.speech_wanted = on
        if self.speaker is not None:
            self.speaker.set_muted(not on)

    def set_rate(self, words_per_minute: int) -> None:
        self.speech_rate = words_per_minute
        if self.speaker is not None:
            self.speaker.set_rate(words_per_minute)

    def _remember_speech_status(self, available: bool, reason: str) -> None:
        """On the GUI thread: a view built later reads it, a view already there hears it."""
        self.speech_status = (available, reason)
        self.speech_status_known.emit(available, reason)

    def check_speech(self, lang: str) -> None:
        """Find out off the GUI thread whether speech works (the speaker may take a while to start)."""
        speaker, self._status_lang = self.speaker, lang
        if speaker is None:  # not started yet: asked again once it is attached
            return

        def ask() -> None:
            status = speaker.status()
            self._status_found.emit(status.available, status.reason_in(lang))

        threading.Thread(target=ask, name="speech-status", daemon=True).start()

    def close(self) -> None:
        if self.speaker is not None:
            self.speaker.close(timeout=1.0)

"""Speech availability in plain words, and the fake speaker the UI tests will use."""

from __future__ import annotations

import threading

import pytest

from simulator.speech import (
    NO_ENGINE,
    NO_PLAYER,
    OK,
    FakeSpeaker,
    Speaker,
    SpeakerProtocol,
    SpeechStatus,
    availability,
    status,
)


def test_missing_engine_library(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(status.sys, "platform", "linux")
    monkeypatch.setattr(status.ctypes.util, "find_library", lambda name: None)
    result = availability()
    assert (result.available, result.code) == (False, NO_ENGINE)
    assert "espeak-ng" in result.reason
    assert "n'est pas installé" in result.reason_in("fr")


def test_missing_player(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(status.sys, "platform", "linux")
    monkeypatch.setattr(status.ctypes.util, "find_library", lambda name: "libespeak-ng.so.1")
    monkeypatch.setattr(status.shutil, "which", lambda name: None)
    assert availability().code == NO_PLAYER


def test_everything_present(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(status.ctypes.util, "find_library", lambda name: "libespeak-ng.so.1")
    monkeypatch.setattr(status.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert availability() == SpeechStatus.of(OK)


def test_fake_speaker_records_on_its_own_thread():
    fake = FakeSpeaker()
    started: list[int] = []
    fake.on_started = started.append
    first = fake.say("Bonjour.", "fr", "female")
    fake.set_rate(300)
    again = fake.replay()
    fake.stop()
    assert fake.wait_idle()
    assert [line.text for line in fake.said] == ["Bonjour.", "Bonjour."]
    assert started == [first, again]
    assert {line.thread_id for line in fake.said} == {fake._thread.ident} != {threading.get_ident()}
    assert fake.stops == 1
    assert fake.close()


def test_fake_speaker_mute_and_off_status():
    off = FakeSpeaker(status=SpeechStatus.of(NO_PLAYER))
    off.say("Rien.", "fr", "")
    muted = FakeSpeaker()
    muted.set_muted(True)
    muted.say("Rien.", "fr", "")
    assert off.wait_idle() and muted.wait_idle()
    assert off.said == [] and muted.said == []
    assert not off.status().available and muted.stops == 1
    assert off.close() and muted.close()


def test_real_and_fake_speakers_offer_every_protocol_member():
    members = [name for name in SpeakerProtocol.__dict__ if not name.startswith("_")]
    members += list(SpeakerProtocol.__annotations__)
    fake = FakeSpeaker()
    real = Speaker(synth_factory=lambda: None)  # type: ignore[arg-type,return-value]
    try:
        for speaker in (fake, real):
            missing = [name for name in members if not hasattr(speaker, name)]
            assert missing == [], f"{type(speaker).__name__} lacks {missing}"
        typed: list[SpeakerProtocol] = [fake, real]  # mypy checks the signatures here
        assert len(typed) == 2
    finally:
        assert fake.close() and real.close()

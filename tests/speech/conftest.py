"""Fixtures for the speech tests: a fake synthesiser, a callback recorder, a stand-in aplay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from speech_helpers import SLEEPING_APLAY, Events, FakeSynth, install_player

from simulator.speech import Speaker


@pytest.fixture
def sleeping_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in aplay that sleeps 30 s; returns its pid log."""
    return install_player(tmp_path, monkeypatch, SLEEPING_APLAY)


@pytest.fixture
def synth() -> FakeSynth:
    """A fresh fake synthesiser."""
    return FakeSynth()


@pytest.fixture
def events() -> Events:
    """A fresh callback recorder."""
    return Events()


@pytest.fixture
def speaker(synth: FakeSynth, events: Events, sleeping_player: Path) -> Iterator[Speaker]:
    """A Speaker on the fake synthesiser and the sleeping stand-in player."""
    spk = Speaker(synth_factory=lambda: synth)
    events.attach(spk)
    assert spk.status().available
    yield spk
    spk.close()

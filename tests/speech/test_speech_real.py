"""Real pyttsx3 + espeak-ng through the Speaker's worker (skipped where espeak-ng is missing).

One Speaker for the whole module: pyttsx3 keeps one engine per driver name, and two live
engines share espeak's callback (the older one then hangs, notes §3c).
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from speech_helpers import WAIT_S

from simulator.speech import Speaker
from simulator.speech.player import wav_seconds
from simulator.speech.status import engine_library_found
from simulator.speech.synth import Pyttsx3Synth

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not engine_library_found(), reason="espeak-ng not installed"
)

FRENCH = "Bonjour, je voudrais parler au responsable du magasin, s'il vous plaît."
ENGLISH = "Hello, I would like to speak to the manager of the shop, please."


@pytest.fixture(scope="module")
def real() -> Iterator[Speaker]:
    """The one real speaker of this module."""
    speaker = Speaker(rate=175)
    yield speaker
    assert speaker.close(timeout=10.0)


def test_engine_starts_on_the_worker(real: Speaker):
    assert real.status(timeout=WAIT_S).code in ("ok", "no_player")


def test_french_line_to_wav(real: Speaker, tmp_path: Path, capfd: pytest.CaptureFixture[str]):
    out = real.write_wav(FRENCH, "fr", "female", tmp_path / "fr.wav")
    assert wav_seconds(out) > 0.5
    assert "Audio saved" not in capfd.readouterr().out  # pyttsx3's print goes to the debug log


def test_voice_chosen_on_the_real_engine():
    synth = Pyttsx3Synth()
    assert synth.settings_for("fr", "female", 175).voice_id == "roa/fr+f3"
    assert synth.settings_for("en", "child", 175).voice_id == "gmw/en+f4"


def test_english_line_to_wav(real: Speaker, tmp_path: Path):
    out = real.write_wav(ENGLISH, "en", "male", tmp_path / "en.wav")
    assert wav_seconds(out) > 0.5


def test_successive_files_each_hold_their_own_line(real: Speaker, tmp_path: Path):
    short = real.write_wav("Merci.", "fr", "male", tmp_path / "short.wav")
    long = real.write_wav(FRENCH + " " + FRENCH, "fr", "male", tmp_path / "long.wav")
    assert wav_seconds(short) > 0.1
    assert wav_seconds(long) > 4 * wav_seconds(short)  # not the previous line again (first-runAndWait trap)


def test_slower_rate_gives_a_longer_file(real: Speaker, tmp_path: Path):
    real.set_rate(300)
    fast = real.write_wav(FRENCH, "fr", "female", tmp_path / "fast.wav")
    real.set_rate(120)
    slow = real.write_wav(FRENCH, "fr", "female", tmp_path / "slow.wav")
    real.set_rate(175)
    assert wav_seconds(slow) / wav_seconds(fast) > 1.6  # 300/120 = 2.5 in theory; measured ~2.3


def test_two_speakers_share_one_engine_safely(real: Speaker, tmp_path: Path):
    other = Speaker()
    try:
        first = real.write_wav("Merci.", "fr", "male", tmp_path / "first.wav")
        size = first.stat().st_size
        second = other.write_wav(FRENCH, "fr", "female", tmp_path / "second.wav")
        assert wav_seconds(second) > 2 * wav_seconds(first)
        assert first.stat().st_size == size  # starting the second did not rewrite the first file
    finally:
        assert other.close(timeout=10.0)


def test_real_say_with_real_aplay_does_not_hang(real: Speaker):
    if shutil.which("aplay") is None:
        pytest.skip("aplay not installed")
    finished = threading.Event()
    errors: list[str] = []
    real.on_finished = lambda line_id: finished.set()
    real.on_error = errors.append
    try:
        real.say("Bonjour madame.", "fr", "female")
        assert finished.wait(WAIT_S)  # with no sound card aplay fails at once; with one it plays 1 s
        assert real.speaking_thread_id == real.worker_thread_id != threading.get_ident()
        assert real.last_synth_ms is not None
    finally:
        real.on_finished = real.on_error = None
    assert all("sound could not be played" in message for message in errors)

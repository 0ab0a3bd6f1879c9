"""The Speaker's threading and interruption rules, with a fake synthesiser and player."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from speech_helpers import (
    FAILING_APLAY,
    WAIT_S,
    Events,
    FakeSynth,
    install_player,
    needs_posix,
    pid_alive,
    pid_gone,
    player_pids,
)

from simulator.speech import INIT_FAILED, NO_PLAYER, Speaker, SpeechError

pytestmark = needs_posix


def test_say_returns_while_the_line_is_still_being_made(speaker: Speaker, synth: FakeSynth, events: Events):
    synth.gate.clear()
    line_id = speaker.say("Bonjour.", "fr", "female")
    assert synth.entered.wait(WAIT_S)
    assert events.started == []  # say() came back while the worker was still synthesising
    synth.gate.set()
    assert events.event("started", line_id).wait(WAIT_S)


def test_say_returns_while_the_player_still_runs(speaker: Speaker, events: Events, sleeping_player: Path):
    line_id = speaker.say("Bonjour.", "fr", "female")
    assert events.event("started", line_id).wait(WAIT_S)
    shell_pid, sleep_pid = player_pids(sleeping_player, 2)
    assert pid_alive(shell_pid) and pid_alive(sleep_pid)
    assert events.finished == []


def test_new_line_kills_the_previous_player_group(speaker: Speaker, events: Events, sleeping_player: Path):
    first = speaker.say("Premier.", "fr", "male")
    assert events.event("started", first).wait(WAIT_S)
    shell_pid, sleep_pid = player_pids(sleeping_player, 2)
    second = speaker.say("Second.", "fr", "male")
    assert events.event("started", second).wait(WAIT_S)
    assert pid_gone(shell_pid)
    assert pid_gone(sleep_pid)  # the player's own child too: the whole group was killed
    assert events.finished[0] == first
    assert events.started == [first, second]


def test_latest_line_wins_over_queued_ones(speaker: Speaker, synth: FakeSynth, events: Events):
    synth.gate.clear()
    first = speaker.say("Un.", "fr", "")
    assert synth.entered.wait(WAIT_S)
    speaker.say("Deux.", "fr", "")
    speaker.say("Trois.", "fr", "")
    last = speaker.say("Quatre.", "fr", "")
    synth.gate.set()
    assert events.event("started", last).wait(WAIT_S)
    assert synth.texts == ["Un.", "Quatre."]  # Deux and Trois were replaced before being made
    assert first not in events.started  # Un was made but superseded before it could play


def test_speaking_thread_is_the_worker_not_the_caller(speaker: Speaker, synth: FakeSynth, events: Events):
    line_id = speaker.say("Bonjour.", "fr", "")
    assert events.event("started", line_id).wait(WAIT_S)
    caller = threading.get_ident()
    assert synth.calls[0][4] != caller
    assert synth.calls[0][4] == speaker.worker_thread_id == speaker.speaking_thread_id
    assert events.threads == {speaker.worker_thread_id}


def test_stop_cuts_the_line(speaker: Speaker, events: Events, sleeping_player: Path):
    line_id = speaker.say("Bonjour.", "fr", "")
    assert events.event("started", line_id).wait(WAIT_S)
    shell_pid, _ = player_pids(sleeping_player, 2)
    speaker.stop()
    assert events.event("finished", line_id).wait(WAIT_S)
    assert pid_gone(shell_pid)
    assert events.errors == []  # a stop is not an error


def test_mute_stops_and_ignores_lines_then_replay_after_unmute(speaker: Speaker, synth: FakeSynth, events: Events):
    first = speaker.say("Bonjour.", "fr", "female")
    assert events.event("started", first).wait(WAIT_S)
    speaker.set_muted(True)
    assert events.event("finished", first).wait(WAIT_S)
    speaker.say("Pendant la sourdine.", "fr", "female")
    assert speaker.muted
    assert speaker.replay() is not None
    speaker.set_muted(False)
    again = speaker.replay()
    assert again is not None
    assert events.event("started", again).wait(WAIT_S)
    assert synth.texts == ["Bonjour.", "Pendant la sourdine."]


def test_replay_says_the_last_line_again(speaker: Speaker, synth: FakeSynth, events: Events):
    assert speaker.replay() is None
    first = speaker.say("Encore une fois.", "fr", "child")
    assert events.event("started", first).wait(WAIT_S)
    again = speaker.replay()
    assert again is not None and again != first
    assert events.event("started", again).wait(WAIT_S)
    assert synth.texts == ["Encore une fois.", "Encore une fois."]
    assert synth.calls[1][1:3] == ("fr", "child")


def test_rate_is_kept_clamped_and_used(speaker: Speaker, synth: FakeSynth, events: Events):
    speaker.set_rate(20)
    assert speaker.rate == 80
    speaker.set_rate(260)
    line_id = speaker.say("Vite.", "fr", "")
    assert events.event("started", line_id).wait(WAIT_S)
    assert synth.calls[0][3] == 260


def test_long_text_is_cut(speaker: Speaker, synth: FakeSynth, events: Events):
    line_id = speaker.say("mot " * 5000, "fr", "")
    assert events.event("started", line_id).wait(WAIT_S)
    assert 2000 < len(synth.texts[0]) <= 4000


def test_empty_text_is_not_sent_to_the_engine(speaker: Speaker, synth: FakeSynth, events: Events):
    speaker.say("   ", "fr", "")
    last = speaker.say("Fin.", "fr", "")
    assert events.event("started", last).wait(WAIT_S)
    assert synth.texts == ["Fin."]


def test_a_failing_callback_does_not_kill_the_worker(speaker: Speaker):
    boom_called, second_started = threading.Event(), threading.Event()

    def boom(line_id: int) -> None:
        boom_called.set()
        raise ValueError("UI bug")

    speaker.on_started = boom
    speaker.say("Un.", "fr", "")
    assert boom_called.wait(WAIT_S)
    speaker.on_started = lambda i: second_started.set()
    speaker.say("Deux.", "fr", "")
    assert second_started.wait(WAIT_S)


def test_close_ends_the_worker_and_the_player(speaker: Speaker, events: Events, sleeping_player: Path):
    line_id = speaker.say("Bonjour.", "fr", "")
    assert events.event("started", line_id).wait(WAIT_S)
    shell_pid, _ = player_pids(sleeping_player, 2)
    assert speaker.close() is True
    assert pid_gone(shell_pid)
    assert speaker.worker_thread_id not in {t.ident for t in threading.enumerate()}
    speaker.say("Après la fermeture.", "fr", "")  # must not raise
    with pytest.raises(SpeechError):
        speaker.write_wav("Trop tard.", "fr", "", Path("unused.wav"))


def test_write_wav_goes_through_the_worker(speaker: Speaker, synth: FakeSynth, tmp_path: Path):
    out = speaker.write_wav("Diagnostic.", "en", "male", tmp_path / "out.wav")
    assert out.stat().st_size > 44
    assert synth.calls[0][4] == speaker.worker_thread_id


def test_player_failure_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    install_player(tmp_path, monkeypatch, FAILING_APLAY)
    events = Events()
    spk = Speaker(synth_factory=FakeSynth)
    events.attach(spk)
    line_id = spk.say("Bonjour.", "fr", "")
    assert events.error_seen.wait(WAIT_S)
    assert "audio open error" in events.errors[0]
    assert events.finished == [line_id]
    assert spk.close()


def test_no_player_on_path_turns_speech_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    synth = FakeSynth()
    spk = Speaker(synth_factory=lambda: synth)
    status = spk.status()
    assert (status.available, status.code) == (False, NO_PLAYER)
    assert "aplay" in status.reason
    spk.say("Bonjour.", "fr", "")
    assert spk.write_wav("Fichier.", "fr", "", tmp_path / "x.wav").exists()  # files still work
    assert synth.texts == ["Fichier."]  # the spoken line was never synthesised
    assert spk.close()


def test_engine_that_cannot_start_leaves_the_app_running(tmp_path: Path, sleeping_player: Path):
    def broken() -> FakeSynth:
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    spk = Speaker(synth_factory=broken)
    status = spk.status()
    assert (status.available, status.code) == (False, INIT_FAILED)
    assert "eSpeak" not in status.reason  # plain words, no raw exception text
    spk.say("Bonjour.", "fr", "")
    with pytest.raises(SpeechError):
        spk.write_wav("Bonjour.", "fr", "", tmp_path / "y.wav")
    assert spk.close()

"""Each customer line goes to the speaker, a new line cuts the previous one, and the GUI thread never speaks."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from simulator.speech import NO_ENGINE, FakeSpeaker, SpeechStatus


def play_to_step(qtbot: Any, window: Any, keys: list[int]) -> list[str]:
    """Open the first scenario and press these reply numbers; returns the lines shown."""
    window.bridge.service.ensure_profile("Camille Test")
    window.show_profiles()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    shown = [window.bridge.view.says]
    for key in keys:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + key))
        if window.bridge.view.finished:
            break
        shown.append(window.bridge.view.says)
    return shown


def test_each_line_is_spoken_off_the_gui_thread(qtbot: Any, make_window: Any, speaker: FakeSpeaker) -> None:
    window = make_window(mode="assessment")
    started: list[int] = []
    window.bridge.speech_started.connect(started.append)
    shown = play_to_step(qtbot, window, [1, 1])
    assert speaker.wait_idle()
    assert [line.text for line in speaker.said] == shown
    assert all(line.lang == window.bridge.lang for line in speaker.said)
    assert speaker.stops >= len(shown), "every new line stops the one before"
    gui = threading.main_thread().ident
    assert all(line.thread_id != gui for line in speaker.said)
    qtbot.waitUntil(lambda: len(started) == len(shown))  # callbacks came back as queued signals


def test_practice_reads_the_answer_after_the_feedback(qtbot: Any, make_window: Any, speaker: FakeSpeaker) -> None:
    window = make_window(mode="practice")
    play_to_step(qtbot, window, [1])
    assert speaker.wait_idle()
    assert len(speaker.said) == 1, "the customer answers once the trainee has read the feedback"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert speaker.wait_idle()
    assert speaker.said[-1].text == window.bridge.view.says


def test_mute_and_replay(qtbot: Any, make_window: Any, speaker: FakeSpeaker) -> None:
    window = make_window(mode="assessment")
    play_to_step(qtbot, window, [])
    qtbot.mouseClick(window.play.replay_button, Qt.MouseButton.LeftButton)
    assert speaker.wait_idle() and len(speaker.said) == 2
    qtbot.mouseClick(window.play.mute_button, Qt.MouseButton.LeftButton)
    assert speaker.muted and not window.settings.speech_on
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert speaker.wait_idle() and len(speaker.said) == 2
    assert window.play.speech_note.text()


def test_speech_off_says_why(qtbot: Any, tmp_path: Any, catalogue: Any) -> None:
    from simulator.ui.app import build_window

    fake = FakeSpeaker(SpeechStatus.of(NO_ENGINE))
    window = build_window(tmp_path, fake, catalogue)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "espeak" in window.play.speech_note.text())
    assert not window.play.replay_button.isEnabled()
    window.bridge.service.store.close()
    fake.close()

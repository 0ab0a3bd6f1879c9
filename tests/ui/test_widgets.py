"""The persona picture follows the mood; the mood gauge and the score chart say what they show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from simulator.ui.widgets.mood import MoodIndicator
from simulator.ui.widgets.persona import PersonaPicture, expression, picture_path
from simulator.ui.widgets.score_chart import ScoreChart


@pytest.mark.parametrize(("mood", "face"), [(-3, "upset"), (-1, "upset"), (0, "neutral"), (1, "happy"), (3, "happy")])
def test_expression_follows_mood(mood: int, face: str) -> None:
    assert expression(mood) == face


def test_picture_falls_back_to_plain_avatar_then_to_drawn_face(tmp_path: Path) -> None:
    (tmp_path / "man--happy.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "man.svg").write_text("<svg/>", encoding="utf-8")
    assert picture_path("man", 2, tmp_path) == tmp_path / "man--happy.svg"
    assert picture_path("man", -2, tmp_path) == tmp_path / "man.svg"
    assert picture_path("ghost", 0, tmp_path) is None


def test_picture_widget_paints_a_broken_svg_without_failing(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    (tmp_path / "broken--neutral.svg").write_text("not an svg", encoding="utf-8")
    monkeypatch.setattr("simulator.ui.widgets.persona.asset", lambda *_: tmp_path)
    picture = PersonaPicture()
    qtbot.addWidget(picture)
    picture.show_persona("broken", 0, "Someone")
    picture.grab()  # paints: the drawn face replaces the unreadable file
    assert picture.current_path == tmp_path / "broken--neutral.svg"


def test_installed_avatars_have_pictures() -> None:
    from simulator.paths import scenarios_dir
    from simulator.scenario.loader import load_folder

    avatars = {p.avatar for s in load_folder([scenarios_dir()]).scenarios.values() for p in s.personas if p.avatar}
    assert avatars
    assert all(picture_path(a, m) is not None for a in avatars for m in (-2, 0, 2)), avatars


def test_mood_indicator_says_the_mood_in_words(qtbot: Any) -> None:
    mood = MoodIndicator()
    qtbot.addWidget(mood)
    mood.set_mood(-3)
    low = mood.text
    mood.set_mood(9)  # clamped
    assert mood.mood == 3 and mood.text != low and mood.accessibleName() == mood.text


def test_score_chart_keeps_the_figures_it_draws(qtbot: Any) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_scores([("Empathy", 80, 60), ("Overall", 55, 70)])
    chart.grab()
    assert chart.values() == {"Empathy": 80, "Overall": 55}
    assert "80/100" in chart.accessibleName()

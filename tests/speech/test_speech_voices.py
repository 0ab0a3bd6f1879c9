"""Voice choice from scenario language and persona hint (no engine needed)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from simulator.speech.voices import Hint, choose_voice, clamp_rate, voice_gender, voices_for


def voice(voice_id: str, lang: str, name: str = "", gender: str | None = "Male") -> SimpleNamespace:
    """A pyttsx3-like Voice."""
    return SimpleNamespace(id=voice_id, name=name or voice_id, languages=[lang], gender=gender)


ESPEAK = [
    voice("gmw/en", "en-gb"), voice("gmw/en-us", "en-us"), voice("roa/fr-be", "fr-be"),
    voice("roa/fr", "fr-fr"), voice("roa/fr-ch", "fr-ch"), voice("gmw/de", "de"),
]
SAPI5 = [
    voice("HKLM\\Paul", "fr-FR", "Microsoft Paul - French (France)", "Male"),
    voice("HKLM\\Hortense", "fr-FR", "Microsoft Hortense - French (France)", "Female"),
    voice("HKLM\\Zira", "en-US", "Microsoft Zira - English (United States)", "Female"),
]


@pytest.mark.parametrize(
    ("lang", "hint", "expected"),
    [
        ("fr", "female", "roa/fr+f3"),
        ("fr", "male", "roa/fr"),
        ("fr", "child", "roa/fr+f4"),
        ("fr", "", "roa/fr"),
        ("en", "female+fast", "gmw/en+f3"),
        ("en-US", "male", "gmw/en-us"),
        ("fr_CH", "male", "roa/fr-ch"),
        ("de", "male", "gmw/de"),
    ],
)
def test_espeak_voice_by_language_and_hint(lang: str, hint: str, expected: str):
    assert choose_voice(ESPEAK, lang, hint, 175, "espeak").voice_id == expected


def test_french_prefers_france_over_belgium_listed_first():
    assert voices_for(ESPEAK, "fr")[0].id == "roa/fr"


def test_child_is_higher_pitched_and_old_slower_and_lower():
    child = choose_voice(ESPEAK, "fr", "child", 175, "espeak")
    old = choose_voice(ESPEAK, "fr", "male+old", 175, "espeak")
    plain = choose_voice(ESPEAK, "fr", "male", 175, "espeak")
    assert child.pitch is not None and plain.pitch is not None and old.pitch is not None
    assert child.pitch > plain.pitch > old.pitch
    assert old.rate < plain.rate


def test_slow_and_fast_change_the_rate_within_bounds():
    assert choose_voice(ESPEAK, "fr", "female+slow", 200, "espeak").rate == 160
    assert choose_voice(ESPEAK, "fr", "female+fast", 200, "espeak").rate == 240
    assert choose_voice(ESPEAK, "fr", "female+fast", 440, "espeak").rate == 450


def test_unknown_language_keeps_the_default_voice(caplog: pytest.LogCaptureFixture):
    settings = choose_voice(ESPEAK, "xx", "female", 175, "espeak")
    assert settings.voice_id is None
    assert "No voice for language" in caplog.text


def test_sapi5_picks_by_gender_without_espeak_variants():
    assert choose_voice(SAPI5, "fr", "female", 175, "sapi5").voice_id == "HKLM\\Hortense"
    assert choose_voice(SAPI5, "fr", "male", 175, "sapi5").voice_id == "HKLM\\Paul"
    assert choose_voice(SAPI5, "fr", "child", 175, "sapi5").pitch is None


def test_gender_read_from_driver_or_name():
    assert voice_gender(voice("a", "fr", gender="VoiceGenderFemale")) == "female"
    assert voice_gender(voice("b", "fr", name="Amélie female", gender=None)) == "female"
    assert voice_gender(voice("c", "fr", gender="Male")) == "male"
    assert voice_gender(voice("d", "fr", name="Thomas", gender=None)) == ""


def test_hint_parsing_and_rate_clamp():
    assert Hint.parse("Female + Slow") == Hint("female", frozenset({"slow"}))
    assert Hint.parse("robot").base == "male"
    assert clamp_rate(10) == 80 and clamp_rate(1000) == 450

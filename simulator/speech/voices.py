"""Pick a voice from the scenario language and the persona's hint.

pyttsx3 reports one language per voice (``languages[0]``), in forms that differ by
driver: ``fr-fr`` (espeak), ``fr-FR`` (SAPI5), ``fr_FR`` (macOS). espeak rejects its own
``fr-fr`` code as a voice name *without raising*, so we always pass the voice ``id``.
espeak has no female voices in its list: they are variants appended with ``+`` (``+f3``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: Region preferred when the scenario gives a bare language code.
PREFERRED_REGION = {"en": "en-gb", "fr": "fr-fr", "de": "de-de", "es": "es-es", "it": "it-it", "pt": "pt-pt"}
#: espeak variants per base hint (median F0 measured: +f3 210 Hz, +f4 180 Hz, plain 102 Hz).
ESPEAK_VARIANTS = {"female": "+f3", "child": "+f4", "male": ""}
#: espeak pitch (0-100, default 50) per base hint and modifier.
ESPEAK_PITCH = {"child": 80, "old": 35}
#: Rate multipliers for the optional modifiers of a hint.
RATE_FACTORS = {"slow": 0.8, "fast": 1.2, "old": 0.9}
MIN_RATE, MAX_RATE = 80, 450


@dataclass(frozen=True)
class VoiceSettings:
    """What to set on the engine for one line: ``voice_id`` None keeps the engine default."""

    voice_id: str | None
    rate: int
    pitch: int | None = None


@dataclass(frozen=True)
class Hint:
    """A parsed persona hint such as ``female+slow``."""

    base: str
    modifiers: frozenset[str]

    @classmethod
    def parse(cls, text: str) -> Hint:
        """Split ``female+slow+old`` into base and modifiers; unknown bases act as ``male``."""
        parts = [p.strip().lower() for p in (text or "").split("+") if p.strip()]
        base = parts[0] if parts and parts[0] in ESPEAK_VARIANTS else "male"
        return cls(base=base, modifiers=frozenset(parts[1:] if parts else ()))


def clamp_rate(words_per_minute: float) -> int:
    """espeak treats rates under 80 as 80; keep every rate in the range it honours."""
    return max(MIN_RATE, min(MAX_RATE, round(words_per_minute)))


def norm_lang(code: Any) -> str:
    """``fr_FR`` / ``fr-FR`` / ``b'fr-fr'`` -> ``fr-fr``."""
    if isinstance(code, bytes):
        code = code.decode("utf-8", errors="ignore")
    return str(code or "").strip().lower().replace("_", "-")


def voice_lang(voice: Any) -> str:
    """The first language pyttsx3 reports for a voice, normalised."""
    languages = getattr(voice, "languages", None) or [""]
    return norm_lang(languages[0])


def voices_for(voices: Sequence[Any], lang: str) -> list[Any]:
    """Voices for ``lang``: the preferred region first, then any of the same base language."""
    wanted = norm_lang(lang)
    base = wanted.split("-")[0]
    preferred = wanted if "-" in wanted else PREFERRED_REGION.get(base, f"{base}-{base}")
    exact = [v for v in voices if voice_lang(v) == preferred]
    loose = [v for v in voices if voice_lang(v).split("-")[0] == base and v not in exact]
    return exact + loose


def voice_gender(voice: Any) -> str:
    """``female``/``male``/"" from the driver's gender, else from words in the voice name."""
    for text in (getattr(voice, "gender", None), getattr(voice, "name", None)):
        words = str(text or "").lower().replace("voicegender", "")
        if "female" in words or "woman" in words:
            return "female"
        if "male" in words.split() or words == "male":
            return "male"
    return ""


def _by_gender(candidates: list[Any], hint: Hint) -> Any:
    """On SAPI5/macOS, prefer a voice of the hinted gender (a child is voiced as female)."""
    wanted = "male" if hint.base == "male" else "female"
    matching = [v for v in candidates if voice_gender(v) == wanted]
    return (matching or candidates)[0]


def choose_voice(voices: Sequence[Any], lang: str, hint_text: str, rate: int, driver: str) -> VoiceSettings:
    """Settings for one line; falls back to the engine's default voice with a log line."""
    hint = Hint.parse(hint_text)
    factor = 1.0
    for modifier in hint.modifiers:
        factor *= RATE_FACTORS.get(modifier, 1.0)
    candidates = voices_for(voices, lang)
    if not candidates:
        log.warning("No voice for language %r among %d voices; using the default voice", lang, len(voices))
        return VoiceSettings(None, clamp_rate(rate * factor))
    if driver != "espeak":
        return VoiceSettings(str(_by_gender(candidates, hint).id), clamp_rate(rate * factor))
    pitch = ESPEAK_PITCH.get(hint.base, ESPEAK_PITCH["old"] if "old" in hint.modifiers else 50)
    voice_id = f"{candidates[0].id}{ESPEAK_VARIANTS[hint.base]}"
    return VoiceSettings(voice_id, clamp_rate(rate * factor), pitch)

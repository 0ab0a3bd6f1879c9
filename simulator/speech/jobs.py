"""Small records passed from callers to the speech worker."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Line:
    """One customer line to speak; ``said_at`` (perf_counter) measures say() -> WAV ready."""

    line_id: int
    text: str
    lang: str
    voice_hint: str
    said_at: float = 0.0


@dataclass
class WavJob:
    """A diagnostic synthesis to a file; the caller waits on ``done``."""

    text: str
    lang: str
    voice_hint: str
    path: Path
    done: threading.Event = field(default_factory=threading.Event)
    error: str = ""


def clip_text(text: str, max_chars: int) -> str:
    """Strip, and cut texts past ``max_chars`` at a word boundary (20,000 chars segfaulted espeak)."""
    text = (text or "").strip()
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", 0, max_chars)
    clipped = text[: cut if cut > max_chars // 2 else max_chars]
    log.warning("Speech text of %d characters cut to %d", len(text), len(clipped))
    return clipped

"""The committed ``.qm`` files match their ``.ts``, and every translation keeps its placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from simulator.ui.i18n import build

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_committed_qm_is_up_to_date(tmp_path: Path, lang: str) -> None:
    build.compile_all(tmp_path)
    fresh = (tmp_path / f"simulator_{lang}.qm").read_bytes()
    committed = build.HERE / f"simulator_{lang}.qm"
    assert committed.exists(), "run: python -m simulator.ui.i18n.build"
    assert committed.read_bytes() == fresh, "the .qm is older than its .ts: run python -m simulator.ui.i18n.build"


def messages(lang: str) -> list[tuple[str, str, str | None, str | None]]:
    root = ET.parse(build.HERE / f"simulator_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation.text, translation.get("type")))
    return found


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = []
    for context, source, text, kind in messages(lang):
        if not text or kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_french_uses_french_punctuation() -> None:
    for _context, _source, text, _kind in messages("fr"):
        assert not re.search(r"\S[:?!](\s|$)", text or ""), f"a no-break space is missing before the sign: {text!r}"


def test_the_window_speaks_french_by_default_and_english_on_request(make_window: Any) -> None:
    window = make_window()
    assert window.profiles.continue_button.text() == "C\u2019est moi, continuer"
    french_catalogue = window.catalogue  # built before the switch: must be built again in English
    window.settings.language = "en"
    assert window.profiles.continue_button.text() == "That's me, continue"
    assert window.stack.currentWidget() is window.settings_view
    assert window.catalogue is not french_catalogue and window.stack.indexOf(window.catalogue) >= 0
    assert window.stack.indexOf(french_catalogue) == -1

"""The PDF summary and certificate are for people: in the chosen language, with dates on this PC's clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from records.factory import SCENARIOS
from simulator.records.common import Filters
from simulator.records.export import export

LATE_EVENING_UTC = "2026-03-01T23:30:00.000+00:00"  # already 2 March in Paris


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This PC's clock in Paris (a POSIX rule: no time zone database needed)."""
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _passed_late_in_the_evening(store) -> None:  # type: ignore[no-untyped-def]
    with store.write():
        store.db.execute("UPDATE attempts SET finished = ? WHERE passed = 1", [LATE_EVENING_UTC])


@pytest.mark.parametrize(("lang", "expected", "day"), [
    ("fr", ["Attestation de formation", "réussie le", "validée par", "Tiny (fr)"], "02/03/2026"),
    ("en", ["Certificate of training", "completed on", "validated by", "Tiny"], "2026-03-02"),
])
def test_the_certificate_speaks_the_chosen_language_and_the_local_day(
        store, tmp_path: Path, paris: None, lang: str, expected: list[str], day: str) -> None:  # type: ignore[no-untyped-def]
    _passed_late_in_the_evening(store)
    out = tmp_path / f"certificate-{lang}.pdf"
    assert export(store, "pdf", out, Filters(trainee="Alice Martin"), SCENARIOS, lang=lang).count >= 1
    text = _text(out)
    for words in expected:
        assert words in text, (words, text)
    assert day in text and "2026-03-01" not in text and "01/03/2026" not in text, text


@pytest.mark.parametrize(("lang", "expected", "absent"), [
    ("fr", ["Bilan des formations", "Par situation", "Par boutique", "ont réussi", "Autre scénario é (fr)", "aucun"],
     "Completion summary"),
    ("en", ["Completion summary", "By scenario", "By shop", "passed", "Autre scénario é"], "Bilan des formations"),
])
def test_the_summary_speaks_the_chosen_language(store, tmp_path: Path, lang: str, expected: list[str],  # type: ignore[no-untyped-def]
                                                absent: str) -> None:
    out = tmp_path / f"summary-{lang}.pdf"
    export(store, "pdf", out, Filters(), SCENARIOS, lang=lang)
    text = _text(out)
    for words in expected:
        assert words in text, (words, text)
    assert absent not in text

"""The trainer screens say things in words, in French and English: weakest criterion, mistakes, erasure."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from trainer_helpers import wait_idle

from simulator.ui.i18n import build

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_trainer_catalogue_is_complete_and_compiled(tmp_path: Path, lang: str) -> None:
    source = build.HERE / f"trainer_{lang}.ts"
    for message in ET.parse(source).getroot().iter("message"):
        translation, original = message.find("translation"), message.findtext("source") or ""
        assert translation is not None and translation.get("type") is None, original
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if message.get("numerus") == "yes":  # one form per plural rule of the language, each with its number
            assert len(forms) == 2 and all("%n" in form for form in forms), original
        for text in forms:
            assert text and sorted(PLACEHOLDER.findall(original)) == sorted(PLACEHOLDER.findall(text)), original
    fresh = tmp_path / "fresh.qm"
    subprocess.run([build.lrelease(), "-silent", str(source), "-qm", str(fresh)], check=True, timeout=60)
    assert (build.HERE / f"trainer_{lang}.qm").read_bytes() == fresh.read_bytes(), "recompile the trainer .qm"


def test_french_and_english_screens(qtbot: Any, logged_in: Callable[..., Any]) -> None:
    window = logged_in(language="en")
    screens = window.trainer.screens
    assert screens.tabs.tabText(0) == "&Dashboard"
    window.trainer.leave()
    window.settings.language = "fr"  # the views are rebuilt in French
    window.open_trainer_area()
    assert window.trainer.gate.submit.text() == "Ouvrir l’espace formateur"


def test_trainee_page_and_analytics_say_it_in_words(qtbot: Any, logged_in: Callable[..., Any]) -> None:
    window = logged_in(language="en")
    screens = window.trainer.screens
    screens.open_trainee(screens.dashboard.model.rows[0].trainee_id)
    wait_idle(qtbot, screens.trainee)
    assert screens.trainee.weakest.text().startswith("To work on first:")
    assert screens.trainee.attempts.rowCount() > 0 and len(screens.trainee.chart.points) > 0
    title = screens.trainee.attempts.item(0, 1)
    assert title.toolTip() == title.text() != ""  # whole even when the column cuts it
    screens.show_tabs()
    screens.tabs.setCurrentWidget(screens.analytics)
    qtbot.waitUntil(lambda: "Loading" not in screens.analytics.summary.text() and
                    screens.analytics.summary.text() != "", timeout=10_000)
    assert "go wrong most" in screens.analytics.summary.text() or "stands out" in screens.analytics.summary.text()


def test_erasing_a_trainee_needs_the_typed_name(qtbot: Any, logged_in: Callable[..., Any], monkeypatch: Any) -> None:
    window = logged_in(language="en")
    screens = window.trainer.screens
    screens.tabs.setCurrentWidget(screens.records)
    records = screens.records
    wait_idle(qtbot, records)
    before = records.person.count()
    victim = records.person.currentData()
    monkeypatch.setattr(records, "confirm_erase", lambda name: False)
    records.erase_button.click()
    assert "Nothing was erased" in records.message.text()
    monkeypatch.setattr(records, "confirm_erase", lambda name: name == victim.display_name)
    records.erase_button.click()
    qtbot.waitUntil(lambda: records.person.count() == before - 1, timeout=10_000)
    assert all(r.trainee_id != victim.id for r in screens.dashboard.model.rows) or screens.dashboard.job
    assert not [t for t in window.bridge.service.profiles() if t.id == victim.id]


def test_the_shop_of_this_pc_is_set_by_the_trainer_and_given_to_new_profiles(
        qtbot: Any, logged_in: Callable[..., Any]) -> None:
    window = logged_in(language="fr")
    screens = window.trainer.screens
    screens.tabs.setCurrentWidget(screens.records)
    records = screens.records
    wait_idle(qtbot, records)
    records.pc_shop.clear()
    qtbot.keyClicks(records.pc_shop, "Lyon  Part-Dieu")
    records._on_pc_shop_saved()
    wait_idle(qtbot, records)
    assert records.pc_shop.text() == "Lyon Part-Dieu" and "Lyon Part-Dieu" in records.message.text()
    trainee = window.bridge.service.ensure_profile("Nouvelle Recrue")
    assert trainee.shop == "Lyon Part-Dieu"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_matrix_shows_all_five_scenarios_at_1366_px_without_cutting_a_square(
        qtbot: Any, logged_in: Callable[..., Any], demo_data: Path, language: str) -> None:
    from PySide6.QtCore import Qt

    from simulator.store import Store
    from simulator.ui.views.trainer.matrix import FIXED, SHOP_COLUMN

    with Store.open(demo_data, daily_backup=False) as store:  # squares that say "Not started", a long name
        store.ensure_trainee("Marie-Amélie Lefèvre-Dubois")
    window = logged_in(language=language)
    table, model = window.trainer.screens.dashboard.table, window.trainer.screens.dashboard.model
    assert model.columnCount() == FIXED + 5 and model.rowCount() > 0
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    widths = [table.columnWidth(column) for column in range(model.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths  # no sideways scrolling
    for column in range(FIXED, model.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column  # no square cut short
    room = table.viewport().width() - sum(widths[FIXED:])
    for column in range(FIXED):  # names are cut only when they do not fit beside the squares
        assert table.columnWidth(column) >= min(table.sizeHintForColumn(column), room // 2), column
    for column, attribute in ((0, "name"), (SHOP_COLUMN, "shop")):
        longest = max((getattr(row, attribute) or "" for row in model.rows), key=len)
        row = next(i for i, r in enumerate(model.rows) if getattr(r, attribute) == longest)
        assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == longest  # a cut name is whole here
    square = next(model.index(r, FIXED) for r in range(model.rowCount()) if model.square(model.index(r, FIXED)))
    assert len(square.data(Qt.ItemDataRole.AccessibleTextRole)) > len(square.data())  # screen readers get a sentence


def test_names_share_the_room_left_beside_the_squares() -> None:
    from simulator.ui.views.trainer.dashboard import share

    assert share([100, 200], 400, 50) == [100, 200]  # room enough: nothing cut
    assert share([100, 300], 300, 50) == [100, 200]  # the short one whole, the long one gets the rest
    assert share([300, 400], 300, 50) == [150, 150]
    assert share([300, 400], 40, 60) == [60, 60]  # never narrower than the floor: the table scrolls instead

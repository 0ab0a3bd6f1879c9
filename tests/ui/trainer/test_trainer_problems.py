"""The trainer area's problems (exports, bundles, the LRS) are told in the window's language.

The records layer names each problem with a code; a code the window does not know would reach the trainer
in English, so a test reads every code in the source.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from trainer_helpers import wait_idle

from simulator.cli import main
from simulator.records.bundle import import_bundle
from simulator.records.common import RecordsError
from simulator.store import Store
from simulator.ui import i18n
from simulator.ui.views.trainer.problems import _sentences, trainer_error_text

RECORDS = Path(__file__).resolve().parents[3] / "simulator" / "records"


def test_every_problem_code_of_the_records_layer_is_worded_by_the_window() -> None:
    used: set[str] = set()
    for path in RECORDS.rglob("*.py"):
        used |= set(re.findall(r'code="([a-z_]+)"', path.read_text("utf-8")))
        used |= set(re.findall(r'"(lrs_[a-z_]+)"', path.read_text("utf-8")))
    assert {"disk_full", "not_a_bundle", "lrs_unreachable", "lrs_login_refused"} <= used
    assert used <= set(_sentences()), sorted(used - set(_sentences()))


def test_a_file_that_is_not_a_bundle_is_refused_in_french(qapp: Any, tmp_path: Path) -> None:
    fake = tmp_path / "vacances.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    store = Store.open(tmp_path / "data", daily_backup=False)
    i18n.use_language("fr", "trainer")
    try:
        with pytest.raises(RecordsError) as caught:
            import_bundle(store, fake)
        shown = trainer_error_text(caught.value)
    finally:
        i18n.use_language("en", "trainer")
        store.close(backup=False)
    assert shown == f"{fake} n’est pas un paquet créé par le simulateur\u202f; rien n’a été importé.", shown


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_lrs_is_told_in_french_and_nothing_is_lost(
        qtbot: Any, logged_in: Callable[..., Any], demo_data: Path) -> None:
    """It said 'The LRS did not answer' for every failure, a refused password included."""
    assert main(["play", "forgotten-cap", "--trainee", "Léa", "--choices", "1,1,1", "--data-dir", str(demo_data)]) == 0
    window = logged_in()
    screens = window.trainer.screens
    screens.tabs.setCurrentWidget(screens.records)
    records = screens.records
    wait_idle(qtbot, records)
    endpoint = f"http://127.0.0.1:{_closed_port()}/xAPI"
    records.endpoint.setText(endpoint)
    qtbot.mouseClick(records.push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.job is None, timeout=30_000)
    shown = records.lrs_message.text()
    assert "0 déclaration envoyée, " in shown, shown  # French: 0 and 1 take the singular
    assert f"Le LRS à l’adresse {endpoint} est injoignable" in shown and "en attente" in shown, shown
    assert "cannot reach" not in shown, shown
    assert records.push_progress.value() == 0 < records.push_progress.maximum(), "nothing was sent: not 100 %"


def test_a_bundle_import_shows_how_far_it_is_then_what_it_added(
        qtbot: Any, logged_in: Callable[..., Any], tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    from simulator.records import bundle

    shop_b = tmp_path / "shop-b"
    assert main(["play", "forgotten-cap", "--trainee", "Inès", "--choices", "1,1,1,1", "--data-dir", str(shop_b)]) == 0
    assert main(["export", "--format", "bundle", "--out", str(tmp_path / "b.simbundle"),
                 "--data-dir", str(shop_b)]) == 0
    monkeypatch.setattr(bundle._Ticker, "EVERY", 2)  # a small bundle: tick often enough to be seen
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.simbundle"), ""))
    window = logged_in()
    screens = window.trainer.screens
    screens.tabs.setCurrentWidget(screens.records)
    records = screens.records
    wait_idle(qtbot, records)
    said: list[str] = []
    shown = records.say

    def spy(text: str, role: str = "muted") -> None:
        said.append(text)
        shown(text, role)

    monkeypatch.setattr(records, "say", spy)
    qtbot.mouseClick(records.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.job is None and bool(said) and said[-1].startswith("Paquet"), timeout=30_000)
    percents = [int(m.group(1)) for text in said if (m := re.match(r"Import en cours… (\d+)\u202f%", text))]
    assert any(0 < p < 100 for p in percents) and percents == sorted(percents), said
    assert said[-1].startswith("Paquet importé\u202f: 1 nouvelle tentative ("), said[-1]  # singular


def test_counts_take_the_singular_or_the_plural_of_each_language(qapp: Any) -> None:
    """'1 nouvelles tentatives', '0 résultats validés': French takes the singular for 0 and 1, English for 1."""
    from PySide6.QtCore import QCoreApplication

    def said(n: int) -> str:
        return QCoreApplication.translate("DashboardView", "%n validated result(s).", "", n)

    try:
        i18n.use_language("fr", "trainer")
        assert [said(n) for n in (0, 1, 2)] == ["0 résultat validé.", "1 résultat validé.", "2 résultats validés."]
        i18n.use_language("en", "trainer")
        assert [said(n) for n in (0, 1, 2)] == ["0 validated results.", "1 validated result.", "2 validated results."]
    finally:
        i18n.use_language("en", "trainer")

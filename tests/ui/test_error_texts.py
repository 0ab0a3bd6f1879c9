"""Expected errors reach the trainee in the window's language, saying what could not be done and where.

The layers below the window speak English (the command line's and the log's language) and say which
problem it is; ``texts.error_text`` words it again. A store error whose "could not ..." is not known to
the window would be shown half in English, so a test reads every such phrase in the source.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from simulator.service import ServiceError, clean_name
from simulator.store.errors import StoreError, readonly_error, translate
from simulator.ui import i18n
from simulator.ui.texts import _doings, error_text
from tests.ui.test_playthrough import SCENARIOS, open_scenario

SOURCE = Path(__file__).resolve().parents[2] / "simulator"
WHERE = Path("/srv/magasin-12")


@pytest.fixture
def lang(request: Any, qapp: Any) -> Any:
    i18n.use_language(request.param)
    yield request.param
    i18n.use_language("fr")


def _full() -> StoreError:
    return translate(sqlite3.OperationalError("database or disk is full"), WHERE, "save your last choice")


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "Le disque est plein\u00a0: le simulateur n’a pas pu enregistrer votre dernier choix."),
    ("en", "The disk is full: the simulator could not save your last choice."),
], indirect=["lang"])
def test_a_full_disk_is_worded_in_the_window_language(lang: str, expected: str) -> None:
    text = error_text(_full())
    assert text.startswith(expected) and str(WHERE) in text


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
@pytest.mark.parametrize(("error", "words"), [
    (translate(sqlite3.OperationalError("database is locked"), WHERE, "start the attempt"),
     "commencer la partie"),
    (readonly_error(WHERE, "save the trainee"), "enregistrer le stagiaire"),
    (translate(sqlite3.DatabaseError("file is not a database"), WHERE, "read the record book"),
     "lire le registre des résultats"),
    (StoreError(f"The disk that holds {WHERE} is full. Free some space and try again.", kind="full", where=WHERE),
     "Le disque qui contient"),
], ids=["locked", "readonly", "corrupt", "full-without-doing"])
def test_each_store_problem_a_trainee_can_meet_is_in_french(lang: str, error: StoreError, words: str) -> None:
    text = error_text(error)
    assert words in text and str(WHERE) in text and text != str(error)


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_name_problems_are_in_french(lang: str) -> None:
    for raw, expected in (("   ", "Veuillez taper votre nom."),
                          ("x" * 81, "Ce nom est trop long (81 caractères, 80 au plus).")):
        with pytest.raises(ServiceError) as caught:
            clean_name(raw)
        assert error_text(caught.value) == expected


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_an_error_the_window_does_not_know_is_shown_as_it_is(lang: str) -> None:
    unknown_doing = translate(sqlite3.OperationalError("database is locked"), WHERE, "juggle")
    assert error_text(unknown_doing) == str(unknown_doing)  # never half French, half English
    assert error_text(ServiceError('There is no scenario "x".')) == 'There is no scenario "x".'


def test_every_could_not_phrase_of_the_store_is_known_to_the_window() -> None:
    used = {"save your work"}  # the default of translate() and readonly_error()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text("utf-8")
        used |= set(re.findall(r'\.write\("([a-z][a-z ]+)"\)', text))  # store.write("...") transactions
        used |= set(re.findall(r'translate\(error, [^\n]*?, "([a-z][a-z ]+)"\)', text))
    assert {"save your last choice", "open the record book", "read the record book"} <= used
    assert used <= set(_doings()), sorted(used - set(_doings()))


def test_a_choice_that_cannot_be_saved_says_why_in_french(qtbot: Any, make_window: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.bridge.service.ensure_profile("Camille Test")
    window.show_profiles()
    open_scenario(qtbot, window, SCENARIOS[0].id)
    store = window.bridge.service.store

    def disk_full(*_args: Any, **_kwargs: Any) -> None:
        raise translate(sqlite3.OperationalError("database or disk is full"), store.path.parent,
                        "save your last choice")

    monkeypatch.setattr(store, "record_choice", disk_full)
    window.resize(1366, 600)  # a short screen: the message falls below the replies
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.play.error.isVisibleTo(window.play)
    shown = window.play.error.text()
    assert shown.startswith("Votre réponse n’a pas pu être enregistrée") and "Le disque est plein" in shown, shown
    assert "enregistrer votre dernier choix" in shown and str(store.path.parent) in shown, shown
    viewport, error = window.play.scroll_area.viewport(), window.play.error
    qtbot.waitUntil(lambda: error.mapTo(viewport, QPoint(0, error.height())).y() <= viewport.height())  # all in view

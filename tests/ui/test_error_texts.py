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
        used |= set(re.findall(r'_execute_or_raise\("[^"]+", "([a-z][a-z ]+)"\)', text))
        used |= set(re.findall(r'_close\(attempt_id, "[a-z]+", "([a-z][a-z ]+)"', text))  # the attempt's last write
    assert {"save your last choice", "open the record book", "read the record book", "save the result",
            "prepare the restore"} <= used
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


def _store_problems(folder: Path) -> dict[str, StoreError]:
    """Each problem the record book can raise during play, caused for real on a fresh one."""
    from simulator.store import Store

    store = Store.open(folder)
    caught: dict[str, StoreError] = {}

    def catch(code: str, action: Any) -> None:
        with pytest.raises(StoreError) as error:
            action()
        assert error.value.code == code, error.value
        caught[code] = error.value

    trainee = store.ensure_trainee("Inès")
    attempt = store.start_attempt(trainee.id, "cap", 1, None, "practice", "fr")
    store.record_choice(attempt, 1, "arrival", "greet", 1)
    catch("trainee_missing", lambda: store.start_attempt("no-such-id", "cap", 1, None, "practice", "fr"))
    catch("choice_saved_twice", lambda: store.record_choice(attempt, 1, "arrival", "greet", 1))
    store.abandon_attempt(attempt)
    catch("attempt_gone", lambda: store.record_choice(attempt, 2, "arrival", "greet", 1))
    catch("attempt_closed", lambda: store.abandon_attempt(attempt))
    catch("attempt_missing", lambda: store.attempt("no-such-attempt"))
    store.close(backup=False)
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    catch("newer_format", lambda: Store.open(folder))
    return caught


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_the_record_books_other_problems_are_in_french(lang: str, tmp_path: Path) -> None:
    expected = {
        "trainee_missing": "Ce stagiaire n’est plus dans le registre",
        "choice_saved_twice": "Le choix numéro 1 de cette partie était déjà enregistré",
        "attempt_gone": "votre choix n’a pas été enregistré",
        "attempt_closed": "Cette partie était déjà close",
        "attempt_missing": "Cette partie n’est plus dans le registre",
        "newer_format": "une version plus récente du simulateur (format 999",
    }
    problems = _store_problems(tmp_path / "data")
    assert set(problems) == set(expected)
    for code, error in problems.items():
        assert expected[code] in error_text(error), (code, error_text(error))
    assert str(tmp_path / "data") in error_text(problems["newer_format"])


def test_every_problem_code_of_the_store_is_known_to_the_window() -> None:
    from simulator.ui.texts import _store_code_sentences

    used: set[str] = set()
    for path in (SOURCE / "store").rglob("*.py"):
        used |= set(re.findall(r'code="([a-z_]+)"', path.read_text("utf-8")))
    assert {"trainee_missing", "attempt_gone", "newer_format", "failed"} <= used
    assert used <= set(_store_code_sentences()), sorted(used - set(_store_code_sentences()))


@pytest.mark.parametrize("lang", ["fr"], indirect=True)
def test_an_unforeseen_store_failure_still_says_what_could_not_be_done_in_french(lang: str) -> None:
    error = translate(sqlite3.OperationalError("no such table: choices"), WHERE, "save your last choice")
    text = error_text(error)
    assert text.startswith("Le simulateur n’a pas pu enregistrer votre dernier choix dans") and str(WHERE) in text
    assert "no such table: choices" in text  # the detail stays, for whoever helps


def test_a_repaired_record_book_is_announced_in_french_on_the_first_screen(make_window: Any, tmp_path: Path) -> None:
    from simulator.store import Store

    store = Store.open(tmp_path)
    store.ensure_trainee("Ana")
    store.close()  # the backup of the day is taken on close
    store = Store.open(tmp_path)
    store.ensure_trainee("Ben")
    store.close(backup=False)
    with open(store.path, "r+b") as handle:
        handle.write(bytes(b ^ 0xFF for b in handle.read(16)))
    window = make_window()
    shown = window.profiles.notice.text()
    assert window.profiles.notice.isVisibleTo(window.profiles)
    assert shown.startswith("Le registre des résultats était endommagé. La sauvegarde du "), shown
    assert "a été restaurée" in shown and ".corrupt" in shown and "RepairNotice" not in shown, shown
    assert [t.display_name for t in window.bridge.service.store.trainees()] == ["Ana"]


@pytest.mark.parametrize(("lang", "expected", "day"), [("fr", "02/03/2026 00:30", "02/03/2026"),
                                                      ("en", "2026-03-02 00:30", "2026-03-02")], indirect=["lang"])
def test_moments_are_shown_on_this_pcs_clock_the_languages_way(lang: str, expected: str, day: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from simulator.ui.texts import local_time

    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")  # Paris, without a time zone database
    time.tzset()
    try:
        assert local_time("2026-03-01T23:30:00.000+00:00") == expected  # stored in UTC
        assert local_time("2026-03-01T23:30:00.000+00:00", with_time=False) == day
        assert local_time("2026-03-01T23:30:00") == expected  # a naive stored value is UTC too
        assert local_time(None) == "" and local_time("not a date") == "not a date"
    finally:
        monkeypatch.undo()
        time.tzset()

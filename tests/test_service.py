"""The facade both faces use: recording before showing, rollback on a failed save, resume, xAPI queueing."""

from __future__ import annotations

import pytest

from simulator.engine import Run
from simulator.engine.paths import all_paths
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder
from simulator.service import Service, ServiceError, clean_name
from simulator.store import Store, StoreError

SCENARIOS = load_folder([scenarios_dir()]).scenarios


@pytest.fixture
def service(tmp_path):
    store = Store.open(tmp_path, daily_backup=False)
    yield Service(SCENARIOS, store)
    store.close(backup=False)


def best_path(scenario_id: str) -> tuple[str, ...]:
    scenario = SCENARIOS[scenario_id]
    return max(all_paths(scenario), key=lambda p: Run.replay(scenario, None, p).scores().overall)


def test_each_choice_is_on_disk_when_choose_returns(service):
    trainee = service.ensure_profile("Inès")
    session = service.start("none-left", trainee_id=trainee.id)
    for count, reply_id in enumerate(best_path("none-left"), start=1):
        position = [r.id for r in session.run.offered()].index(reply_id) + 1
        view = service.choose(session, position)
        assert len(service.store.choices(session.attempt_id)) == count
    attempt = service.store.attempt(session.attempt_id)
    assert view.finished and attempt.status == "finished" and attempt.passed
    assert attempt.overall == session.run.scores().overall == 100


def test_finished_attempt_queues_xapi_statements(service):
    trainee = service.ensure_profile("Hugo")
    session = service.start("pool-bar", trainee_id=trainee.id)
    path = best_path("pool-bar")
    for reply_id in path:
        service.choose(session, [r.id for r in session.run.offered()].index(reply_id) + 1)
    pending = service.store.pending(limit=1000)
    # attempted, one "answered" per choice, completed, passed
    assert len(pending) == len(path) + 3
    assert all(item.kind == "xapi" for item in pending)


def test_a_failed_save_is_not_shown_and_the_run_steps_back(service, monkeypatch):
    trainee = service.ensure_profile("Noé")
    session = service.start("phone-call", trainee_id=trainee.id)
    service.choose(session, 1)

    def disk_full(*_args, **_kwargs):
        raise StoreError("The disk is full: your last choice could not be saved.", kind="full")

    monkeypatch.setattr(service.store, "record_choice", disk_full)
    with pytest.raises(StoreError, match="disk is full"):
        service.choose(session, 1)
    assert len(session.run.history) == 1 and len(service.store.choices(session.attempt_id)) == 1


def test_resume_rebuilds_the_same_run(service):
    trainee = service.ensure_profile("Lina")
    session = service.start("forgotten-cap", "daughter", "assessment", "en", trainee.id)
    for position in (1, 1):
        service.choose(session, position)
    (open_attempt,) = service.unfinished(trainee.id)
    again = service.resume(open_attempt.id)
    assert again.run.history == session.run.history and again.run.persona.id == "daughter"
    assert again.mode == "assessment" and again.lang == "en"
    assert service.view(again).options == service.view(session).options


@pytest.mark.parametrize("raw", ["", "   ", "\t\n", "\x00\x07"])
def test_empty_names_are_refused(raw):
    with pytest.raises(ServiceError):
        clean_name(raw)


def test_strange_names_are_cleaned_not_refused():
    assert clean_name("  Zoé\u200b  =1+2 ") == "Zoé =1+2"
    assert clean_name("李小龙") == "李小龙"
    with pytest.raises(ServiceError, match="too long"):
        clean_name("x" * 81)


def test_unknown_scenario_persona_or_mode_is_a_plain_error(service):
    with pytest.raises(ServiceError, match="no scenario"):
        service.start("nope")
    with pytest.raises(ServiceError, match="persona"):
        service.start("forgotten-cap", "grandpa")
    with pytest.raises(ServiceError, match="mode"):
        service.start("forgotten-cap", mode="exam")


def test_new_profiles_belong_to_the_shop_of_this_pc(service):
    assert service.ensure_profile("Avant").shop is None
    service.store.set_pc_shop("  Nice   Masséna ")
    assert service.store.pc_shop() == "Nice Masséna"
    assert service.ensure_profile("Après").shop == "Nice Masséna"
    assert service.ensure_profile("Ailleurs", shop="Lille").shop == "Lille"
    service.store.set_pc_shop("   ")
    assert service.store.pc_shop() is None


def test_an_end_that_could_not_be_saved_is_finished_on_resume(service, monkeypatch):
    trainee = service.ensure_profile("Maëlle")
    session = service.start("none-left", trainee_id=trainee.id)
    path = best_path("none-left")
    for reply_id in path[:-1]:
        service.choose(session, [r.id for r in session.run.offered()].index(reply_id) + 1)

    def disk_full(*_args, **_kwargs):
        raise StoreError("The disk is full.", kind="full")

    monkeypatch.setattr(service.store, "finish_attempt", disk_full)
    with pytest.raises(StoreError):
        service.choose(session, [r.id for r in session.run.offered()].index(path[-1]) + 1)
    assert len(service.store.choices(session.attempt_id)) == len(path)  # the last choice itself was saved
    assert service.store.attempt(session.attempt_id).status == "in_progress"
    monkeypatch.undo()
    resumed = service.resume(session.attempt_id)
    attempt = service.store.attempt(session.attempt_id)
    assert resumed.run.finished and attempt.status == "finished" and attempt.overall == 100

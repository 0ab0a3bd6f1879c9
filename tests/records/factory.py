"""Test data for the records and trainer tests: a small scenario built in code and attempts played through the
real service, so the rows look exactly like the ones a trainee produces."""

from __future__ import annotations

from pathlib import Path

from simulator.scenario.model import Effects, Ending, Feedback, Node, Outcome, Persona, Reply, Scenario, Text
from simulator.service import Service
from simulator.store import Store


def t(s: str) -> Text:
    return Text.of(fr=s + " (fr)", en=s)


def reply(rid: str, nxt: str, e: int, a: int, i: int) -> Reply:
    return Reply(rid, t("say " + rid), Effects(e, a, i), Feedback("acknowledge_feeling", t("fb " + rid)), nxt)


def tiny(scenario_id: str = "tiny", title: str = "Tiny") -> Scenario:
    greet = Node("greet", t("Hello"), (reply("warm", "ask", 3, 3, 3), reply("cold", "ask", -2, -2, -2),
                                       reply("rude", "gone", -3, -3, -3)))
    ask = Node("ask", t("Can you check?"), (reply("check", "back", 3, 3, 3), reply("no", "silent", -1, -1, -2)))
    endings = {"back": Ending("back", Outcome.RETURNS, t("comes back")),
               "silent": Ending("silent", Outcome.SILENT, t("silent")),
               "gone": Ending("gone", Outcome.LEAVES, t("leaves"))}
    return Scenario(id=scenario_id, version=2, languages=("fr", "en"), title=t(title), place=t("Here"),
                    brief=t("Brief"), personas=(Persona("adult", t("Adult"), t("d")),), start="greet",
                    nodes={"greet": greet, "ask": ask}, endings=endings)


SCENARIOS = {"tiny": tiny(), "other": tiny("other", "Autre scénario é")}
GOOD, BAD, RUDE = [1, 1], [2, 2], [3]


def play(service: Service, name: str, positions: list[int], scenario_id: str = "tiny",
         employee_id: str | None = None, shop: str | None = None) -> str:
    """One recorded attempt by ``name``; returns the attempt id."""
    trainee = service.ensure_profile(name, employee_id, shop) if employee_id or shop else None
    trainee_id = trainee.id if trainee else service.ensure_profile(name).id
    session = service.start(scenario_id, trainee_id=trainee_id)
    for position in positions:
        service.choose(session, position)
    assert session.attempt_id is not None
    return session.attempt_id


def filled_store(data_dir: Path, names: list[str] | None = None) -> Store:
    """A store with a few trainees, each with a good and a bad attempt on ``tiny`` and one on ``other``."""
    store = Store.open(data_dir, daily_backup=False)
    service = Service(SCENARIOS, store)
    for n, name in enumerate(names or ["Alice Martin", "Bob Durand"]):
        play(service, name, GOOD, shop=f"Shop {n % 2}")
        play(service, name, BAD)
        play(service, name, RUDE, "other")
    return store

"""A small scenario built in code, so engine tests do not depend on the YAML loader."""

from __future__ import annotations

import pytest

from simulator.scenario.model import (
    Condition,
    Effects,
    Ending,
    Feedback,
    Node,
    Outcome,
    Persona,
    Reply,
    Scenario,
    Text,
)


def t(s: str) -> Text:
    return Text.of(fr=s, en=s)


def reply(rid: str, nxt: str, e: int, a: int, i: int, mood: int = 0, **kw) -> Reply:  # type: ignore[no-untyped-def]
    return Reply(rid, t(rid), Effects(e, a, i), Feedback("acknowledge_feeling", t("fb " + rid)), nxt, mood, **kw)


@pytest.fixture
def tiny() -> Scenario:
    greet = Node("greet", t("Hello"), (
        reply("warm", "ask", 2, 2, 1, mood=1),
        reply("cold", "ask", -2, -1, -1, mood=-1),
        reply("rude", "gone", -3, -3, -3, mood=-3),
        # For the child, speaking to her directly is what adaptation asks for.
        reply("to-child", "ask", 2, 1, 1, when=Condition(personas=("child",)),
              persona_effects={"child": Effects(2, 3, 2)}),
    ))
    ask = Node("ask", t("Can you check?"), (
        reply("check", "contact", 1, 1, 3),
        reply("no", "silent-end", -1, -1, -2),
        reply("later", "contact", 0, 0, 1),
    ), mood=0)
    contact = Node("contact", t("Will you call me?"), (
        reply("take-number", "back", 1, 1, 2),
        reply("bye", "silent-end", 0, 0, -1),
        # Only meaningful if the trainee actually checked with the staff before.
        reply("promise", "back", 1, 2, 2, when=Condition(chose=("ask.check",))),
    ))
    endings = {
        "back": Ending("back", Outcome.RETURNS, t("comes back")),
        "silent-end": Ending("silent-end", Outcome.SILENT, t("silent")),
        "gone": Ending("gone", Outcome.LEAVES, t("leaves")),
    }
    return Scenario(
        id="tiny", version=1, languages=("fr", "en"), title=t("Tiny"), place=t("Here"), brief=t("Brief"),
        personas=(Persona("adult", t("Adult"), t("d"), mood=-1), Persona("child", t("Child"), t("d"), mood=0)),
        start="greet", nodes={"greet": greet, "ask": ask, "contact": contact}, endings=endings,
    )

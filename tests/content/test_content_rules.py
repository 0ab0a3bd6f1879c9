"""The issue's content rules, checked on the installed scenario files.

Why: the five field cases are the product's substance; these tests keep them
teachable (enough decision points and replies, every fate reachable, a best
path that scores 100 on every criterion, a path that fails, persona adaptation
that really changes the best reply) and bilingual, whatever edits come later.
"""

from __future__ import annotations

from pathlib import Path

import check_content as cc
import pytest

EXPECTED = {"forgotten-cap", "shrunk-sweater", "phone-call", "none-left", "pool-bar"}
FILES = cc.scenario_files()
IDS = [f.stem for f in FILES]
EXPRESSIONS = ("upset", "neutral", "happy")


def test_the_five_field_cases_are_installed() -> None:
    assert set(IDS) >= EXPECTED


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_structure_is_sound(path: Path) -> None:
    doc = cc.load(path)
    assert doc["id"] == path.stem
    assert cc.structure_problems(doc) == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_starts_with_the_schema_comment(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../simulator/scenario/scenario.schema.json"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_text_in_french_and_english(path: Path) -> None:
    doc = cc.load(path)
    assert {"fr", "en"} <= set(doc["languages"])
    assert [p for where, v in cc.all_texts(doc) for p in cc.text_problems(doc, where, v)] == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_endings_cover_the_three_outcomes(path: Path) -> None:
    endings = cc.load(path)["endings"]
    assert len(endings) >= 3
    assert {e["outcome"] for e in endings.values()} == cc.OUTCOMES


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_three_or_more_replies_per_decision_point(path: Path) -> None:
    nodes = cc.load(path)["nodes"]
    assert all(len(node["replies"]) >= 3 for node in nodes.values())


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_best_path_is_perfect_long_enough_and_some_path_fails(path: Path) -> None:
    doc = cc.load(path)
    for persona in cc.persona_ids(doc):
        results = cc.scored_paths(doc, persona)
        perfect = [steps for r, steps, _e in results if all(r[c] == 100 for c in cc.CRITERIA)]
        assert perfect, f"{persona}: no path reaches 100 on every criterion"
        assert min(len(s) for s in perfect) >= 4, f"{persona}: best path has fewer than 4 decision points"
        assert any(not cc.passes(doc, r) for r, _s, _e in results), f"{persona}: no path fails"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_best_path_ends_well_and_each_outcome_is_reachable(path: Path) -> None:
    doc = cc.load(path)
    for persona in cc.persona_ids(doc):
        found = cc.scored_paths(doc, persona)
        best = [end for r, _s, end in found if r["overall"] == 100]
        assert {doc["endings"][e]["outcome"] for e in best} == {"returns"}
        assert {doc["endings"][e]["outcome"] for _r, _s, e in found} == cc.OUTCOMES


def test_two_scenarios_where_the_best_reply_depends_on_the_persona() -> None:
    adapted = set()
    for path in FILES:
        doc = cc.load(path)
        personas = cc.persona_ids(doc)
        for node in doc["nodes"].values():
            bests = [cc.best_reply_ids(node, p) for p in personas]
            if len(bests) >= 2 and any(a and b and not a & b for a in bests for b in bests):
                adapted.add(doc["id"])
    assert len(adapted) >= 2, adapted


def test_a_reply_depends_on_an_earlier_choice_somewhere() -> None:
    docs = [cc.load(p) for p in FILES]
    assert any((r.get("when") or {}).get("chose") for d in docs for n in d["nodes"].values() for r in n["replies"])


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_avatars_exist_with_their_three_expressions(path: Path) -> None:
    for persona in cc.load(path)["personas"]:
        name = persona["avatar"]
        assert (cc.AVATAR_DIR / f"{name}.svg").is_file()
        for mood in EXPRESSIONS:
            assert (cc.AVATAR_DIR / f"{name}--{mood}.svg").is_file()


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_project_loader_accepts_the_file(path: Path) -> None:
    loader = pytest.importorskip("simulator.scenario.loader")
    scenario = loader.load_scenario(path)
    assert scenario.id == path.stem


@pytest.mark.parametrize("svg", sorted(cc.AVATAR_DIR.glob("*.svg")), ids=lambda p: p.name)
def test_avatars_stay_within_svg_tiny(svg: Path) -> None:
    text = svg.read_text(encoding="utf-8")
    assert 'baseProfile="tiny"' in text
    for forbidden in ("<text", "<filter", "<style", "style=", "<image", "<script"):
        assert forbidden not in text, forbidden


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_engine_agrees_the_best_path_is_perfect(path: Path) -> None:
    loader = pytest.importorskip("simulator.scenario.loader")
    engine = pytest.importorskip("simulator.engine")
    scenario, doc = loader.load_scenario(path), cc.load(path)
    for persona in cc.persona_ids(doc):
        steps = next(s for r, s, _e in cc.scored_paths(doc, persona) if r["overall"] == 100)
        run = engine.Run.replay(scenario, persona, [reply["id"] for _n, reply in steps])
        result = run.scores()
        assert (result.empathy, result.adaptation, result.interest, result.passed) == (100, 100, 100, True)

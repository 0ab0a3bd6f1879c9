"""Demo data: a realistic synthetic training history, marked ``demo`` so it can be told apart and deleted.

Scores are not invented: each attempt replays a path really played with the engine (random walks through the
scenario, scored by ``Run.scores``), and trainees get better with practice by picking better paths over time.
Everything is written in one transaction with bulk inserts, so 200,000 attempts take seconds, not minutes.
``scenarios`` above the catalogue's size cycles the installed scenarios under suffixed ids (``forgotten-cap~07``),
whose demo titles are kept in the meta key ``demo_scenarios``.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from simulator.engine import Run
from simulator.scenario.model import Scenario
from simulator.store import Store
from simulator.store.schema import bulk_load

log = logging.getLogger(__name__)

FIRST = ("Léa", "Hugo", "Chloé", "Lucas", "Manon", "Louis", "Camille", "Gabriel", "Inès", "Jules", "Sarah",
         "Arthur", "Jade", "Nathan", "Lina", "Raphaël", "Zoé", "Théo", "Emma", "Noah", "Louise", "Adam", "Alice",
         "Ethan", "Clara", "Paul", "Margaux", "Tom", "Anaïs", "Maxime", "Océane", "Yanis", "Élise", "Bastien")
LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand")
SHOPS = ("Paris Opéra", "Paris Bastille", "Lyon Part-Dieu", "Marseille Vieux-Port", "Bordeaux Sainte-Catherine",
         "Lille Grand-Place", "Nantes Commerce", "Toulouse Capitole", "Nice Masséna", "Strasbourg Kléber")
WALKS_PER_PERSONA = 40
ATTEMPT_COLS = ("id", "trainee_id", "scenario_id", "scenario_version", "persona", "mode", "lang", "started",
                "finished", "status", "empathy", "adaptation", "interest", "overall", "passed", "outcome",
                "ending", "demo")
CHOICE_COLS = ("attempt_id", "seq", "node_id", "reply_id", "position", "chosen_at", "elapsed_ms")


@dataclass(frozen=True)
class Played:
    """One complete path really played with the engine, with its result."""

    steps: tuple[tuple[str, str, int], ...]  # (node_id, reply_id, position)
    scores: tuple[int, int, int, int]  # empathy, adaptation, interest, overall
    passed: bool
    outcome: str
    ending: str


@dataclass(frozen=True)
class DemoSummary:
    trainees: int
    attempts: int
    choices: int
    scenario_ids: tuple[str, ...]


def play_random(scenario: Scenario, persona: str, rng: random.Random) -> Played:
    """Walk the scenario picking random offered replies until an ending (bounded by the node count)."""
    run = Run(scenario, persona)
    for _ in range(len(scenario.nodes) + 1):
        if run.finished:
            break
        run.choose(rng.randint(1, len(run.offered())))
    scores, ending = run.scores(), run.ending
    steps = tuple((s.node_id, s.reply_id, s.position) for s in run.history)
    return Played(steps, (scores.empathy, scores.adaptation, scores.interest, scores.overall), scores.passed,
                  str(ending.outcome) if ending else "", ending.id if ending else "")


def path_pools(catalogue: Sequence[Scenario], rng: random.Random) -> dict[tuple[str, str], list[Played]]:
    """Per (scenario, persona): played paths sorted from worst to best overall."""
    pools = {}
    for scenario in catalogue:
        for persona in scenario.persona_ids:
            walks = [play_random(scenario, persona, rng) for _ in range(WALKS_PER_PERSONA)]
            pools[scenario.id, persona] = sorted(walks, key=lambda p: p.scores[3])
    return pools


def demo_columns(catalogue: Sequence[Scenario], count: int | None) -> list[tuple[str, Scenario]]:
    """Scenario ids to fill: the installed ones, then suffixed copies (``id~07``) up to ``count``."""
    n = len(catalogue) if count is None else count
    return [(base.id if i < len(catalogue) else f"{base.id}~{i:02d}", base)
            for i, base in ((i, catalogue[i % len(catalogue)]) for i in range(n))]


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


class _Generator:
    """Builds the rows; kept as tuples (sqlite-utils list mode) so 1M choices fit in memory comfortably."""

    def __init__(self, catalogue: Sequence[Scenario], columns: list[tuple[str, Scenario]], attempts: int,
                 seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools = path_pools(catalogue, self.rng)
        self.columns, self.per_cell, self.now = columns, attempts, datetime.now(UTC)
        self.attempts: list[tuple] = []
        self.paths: dict[str, tuple[Played, int]] = {}  # attempt id -> (path, steps taken)
        self._days: dict[int, str] = {}

    def trainee(self, number: int) -> dict:
        rng = self.rng
        created = self.now - timedelta(days=rng.uniform(20, 180))
        trainee_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        skill = rng.uniform(0.0, 0.6)
        for scenario_id, base in self.columns:
            self._cell(trainee_id, scenario_id, base, created, skill)
        return {"id": trainee_id, "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "employee_id": f"DEMO-{number:05d}", "shop": rng.choice(SHOPS), "created": _iso(created), "demo": 1}

    def _cell(self, trainee_id: str, scenario_id: str, base: Scenario, created: datetime, skill: float) -> None:
        span = (self.now - created).total_seconds()
        starts = sorted(created + timedelta(seconds=self.rng.uniform(0, span)) for _ in range(self.per_cell))
        for k, started in enumerate(starts):
            self._attempt(trainee_id, scenario_id, base, started, skill + 0.5 * k / max(self.per_cell - 1, 1),
                          last=k == self.per_cell - 1)

    def _attempt(self, trainee_id: str, scenario_id: str, base: Scenario, started: datetime, level: float,
                 last: bool) -> None:
        rng = self.rng
        persona = rng.choice(base.persona_ids)
        pool = self.pools[base.id, persona]
        played = pool[int(max(0.0, min(1.0, level + rng.gauss(0, 0.15))) * (len(pool) - 1))]
        status = rng.choices(("finished", "in_progress", "abandoned"), (91, 6, 3))[0] if last else "finished"
        taken = len(played.steps) if status == "finished" else rng.randint(1, max(1, len(played.steps) - 1))
        attempt_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        done = status == "finished"
        finished = _iso(started + timedelta(seconds=20 * taken + 30)) if status != "in_progress" else None
        lang = "en" if "en" in base.languages and rng.random() < 0.15 else base.languages[0]
        self.attempts.append((attempt_id, trainee_id, scenario_id, base.version, persona,
                              "assessment" if last and self.per_cell > 1 else "practice", lang, _iso(started),
                              finished, status, *(played.scores if done else (None,) * 4),
                              int(played.passed) if done else None, played.outcome if done else None,
                              played.ending if done else None, 1))
        self.paths[attempt_id] = (played, taken)

    def choices(self) -> Iterator[tuple]:
        """Choice rows in primary-key order (attempt id, seq), so the bulk insert appends to the B-tree."""
        for row in self.attempts:
            played, taken = self.paths[row[0]]
            moment = int(datetime.fromisoformat(row[7]).timestamp() * 1000)
            for seq, (node_id, reply_id, position) in enumerate(played.steps[:taken], start=1):
                elapsed = 2_000 + int(self.rng.random() * 23_000)
                moment += elapsed
                yield (row[0], seq, node_id, reply_id, position, self._iso_ms(moment), elapsed)

    def _iso_ms(self, epoch_ms: int) -> str:
        """Same text as ``_iso`` for a UTC epoch in ms, several times faster (a million of them are needed)."""
        day, ms = divmod(epoch_ms, 86_400_000)
        date = self._days.get(day)
        if date is None:
            date = self._days[day] = datetime.fromtimestamp(day * 86_400, UTC).date().isoformat()
        sec, milli = divmod(ms, 1000)
        return f"{date}T{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}.{milli:03d}+00:00"


def fill_demo(store: Store, catalogue_scenarios: Sequence[Scenario], trainees: int = 20,
              attempts_per_trainee: int = 3, seed: int = 1, scenarios: int | None = None,
              batch_size: int = 5_000) -> DemoSummary:
    """Add ``trainees`` demo trainees, each with ``attempts_per_trainee`` attempts on each of ``scenarios``.

    ``scenarios`` defaults to the catalogue's size; more cycles the catalogue with suffixed ids.
    """
    if not catalogue_scenarios:
        raise ValueError("no scenario installed: demo data needs at least one")
    columns = demo_columns(catalogue_scenarios, scenarios)
    gen = _Generator(catalogue_scenarios, columns, attempts_per_trainee, seed)
    people = [gen.trainee(n) for n in range(1, trainees + 1)]
    gen.attempts.sort()
    counter = _Counter(gen.choices())
    with store.write("add the demo data"):
        store.db.execute("PRAGMA cache_size = -262144")  # 256 MB while indexing 200,000 attempts
        store.db.table("trainees").insert_all(people, batch_size=batch_size)
        with bulk_load(store.db):
            _bulk(store, "attempts", ATTEMPT_COLS, iter(gen.attempts))
        _bulk(store, "choices", CHOICE_COLS, iter(counter))
        _remember_titles(store, columns, len(catalogue_scenarios))
        store._audit("import", "demo", f"{trainees} demo trainees, {len(gen.attempts)} attempts")
    store.db.execute("PRAGMA cache_size = -32768")
    log.info("demo data: %d trainees, %d attempts, %d choices", trainees, len(gen.attempts), counter.n)
    return DemoSummary(trainees, len(gen.attempts), counter.n, tuple(sid for sid, _ in columns))


def _bulk(store: Store, table: str, columns: tuple[str, ...], rows: Iterator[tuple]) -> None:
    """``executemany`` for the big tables: sqlite-utils' ``insert_all`` checks every value for JSON (~3 µs each),
    which alone would take most of a minute for a million choices. The caller holds the transaction."""
    marks = ", ".join("?" * len(columns))
    store.db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


class _Counter:
    """Counts rows as the bulk insert consumes them."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self.rows, self.n = rows, 0

    def __iter__(self) -> Iterator[tuple]:
        for row in self.rows:
            self.n += 1
            yield row


def _remember_titles(store: Store, columns: list[tuple[str, Scenario]], installed: int) -> None:
    """Titles for the synthetic scenario ids, marked demo, for screens that list scenarios from the store."""
    known = json.loads(store.get_meta("demo_scenarios") or "{}")
    for i, (scenario_id, base) in enumerate(columns[installed:], start=installed):
        known[scenario_id] = {"base": base.id, "title": {
            lang: f"{base.title.get(lang)} ({'démo' if lang == 'fr' else 'demo'} {i:02d})" for lang in base.languages}}
    store.db.execute("INSERT INTO meta (key, value) VALUES ('demo_scenarios', ?) ON CONFLICT (key) DO UPDATE "
                     "SET value = excluded.value", [json.dumps(known, ensure_ascii=False)])


def demo_scenario_titles(store: Store) -> dict[str, dict]:
    """Synthetic demo scenario ids -> {"base": installed id, "title": {lang: text}}."""
    return dict(json.loads(store.get_meta("demo_scenarios") or "{}"))

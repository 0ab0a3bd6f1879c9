"""Prove the built bundle works on its own: ``python packaging/check_bundle.py [--dist dist] [--build]``.

The bundle is copied to a temporary folder outside the source tree and run with
a clean environment (no venv on PATH, no PYTHONPATH, Qt offscreen, a temporary
data folder), so it cannot lean on the checkout or the developer's Python. It
runs ``gui --smoke``, ``validate`` and a headless ``play --json`` to the end of a
scenario; any failure makes the exit code 1. Exit 2: no bundle to check.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_lists as lists  # noqa: E402

log = logging.getLogger(__name__)
TIMEOUT_S = 120
MAX_STEPS = 40  # no scenario is longer; bounds the play loop
FIRST_FRAME = re.compile(r"first frame after (\d+(?:\.\d+)?) ms")


class CheckFailed(Exception):
    """One check of the bundle failed; the message says which and why."""


@dataclass
class Report:
    """What the checks found: used for the printed summary and by bench/run_all.py."""

    bundle: Path
    size_bytes: int = 0
    figures: dict[str, Any] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def executable_name() -> str:
    return "simulator.exe" if sys.platform == "win32" else "simulator"


def find_bundle(dist: Path) -> Path:
    """Accept either ``dist/`` or ``dist/simulator/``."""
    for candidate in (dist / lists.APP_NAME, dist):
        if (candidate / executable_name()).is_file():
            return candidate
    raise FileNotFoundError(f"no {executable_name()} in {dist} or {dist / lists.APP_NAME}: build it first")


def clean_env(home: Path) -> dict[str, str]:
    """Only what a shop PC would have: system PATH, a home, Qt offscreen, our data folder in the temp dir."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "SIMULATOR_DATA_DIR": str(home / "data"),
           "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(home / "run"), "XDG_CONFIG_HOME": str(home / "config")}
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=system_root, PATH=rf"{system_root}\System32;{system_root}",
                   TEMP=str(home), TMP=str(home), USERPROFILE=str(home), APPDATA=str(home / "config"))
    else:
        env["PATH"] = "/usr/bin:/bin"
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def run_exe(exe: Path, args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the bundled executable from its own folder's parent; returns the result and wall-clock seconds."""
    started = time.perf_counter()
    try:
        result = subprocess.run([str(exe), *args], env=env, cwd=exe.parent.parent, capture_output=True,
                                text=True, encoding="utf-8", timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"`simulator {' '.join(args)}` did not finish within {TIMEOUT_S} s") from exc
    return result, time.perf_counter() - started


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip()[-800:]
        raise CheckFailed(f"`{what}` exited with {result.returncode}: {tail}")


def check_smoke(exe: Path, env: dict[str, str], report: Report) -> None:
    """The window opens offscreen with the real scenarios and store, then exits 0."""
    result, seconds = run_exe(exe, ["gui", "--smoke"], env)
    expect_ok(result, "simulator gui --smoke")
    report.figures["smoke_wall_s"] = round(seconds, 2)
    found = FIRST_FRAME.search(result.stdout + result.stderr)
    if found:
        report.figures["first_frame_ms"] = float(found.group(1))


def check_validate(exe: Path, env: dict[str, str], report: Report) -> None:
    """Every bundled scenario passes the bundled JSON Schema and lint."""
    result, _ = run_exe(exe, ["validate", "--json"], env)
    expect_ok(result, "simulator validate")
    result, _ = run_exe(exe, ["scenarios", "--json"], env)
    expect_ok(result, "simulator scenarios")
    rows = json.loads(result.stdout)
    if not rows:
        raise CheckFailed("the bundle lists no scenarios: scenarios/ was not packaged")
    report.figures["scenarios"] = len(rows)
    report.figures["first_scenario"] = rows[0]["id"]


def play_json(exe: Path, env: dict[str, str], scenario: str, choices: list[int], extra: list[str]) -> dict[str, Any]:
    args = ["play", scenario, "--choices", ",".join(map(str, choices)), "--json", *extra]
    result, _ = run_exe(exe, args, env)
    expect_ok(result, "simulator " + " ".join(args))
    try:
        return dict(json.loads(result.stdout))
    except json.JSONDecodeError as exc:
        raise CheckFailed(f"`simulator play` printed something that is not JSON: {result.stdout[:200]!r}") from exc


def check_play(exe: Path, env: dict[str, str], report: Report) -> None:
    """Take the first offered reply until the end, then replay it recorded for a trainee (SQLite in the bundle)."""
    scenario = str(report.figures["first_scenario"])
    choices: list[int] = []
    state = play_json(exe, env, scenario, choices, [])
    while not state["finished"] and len(choices) < MAX_STEPS:
        if not state["options"]:
            raise CheckFailed(f"{scenario}: not finished but no reply offered after {choices}")
        choices.append(1)
        state = play_json(exe, env, scenario, choices, [])
    final = play_json(exe, env, scenario, choices, ["--trainee", "Bundle Check"])
    problems = _play_problems(final, choices)
    if problems:
        raise CheckFailed(f"play {scenario} {choices}: " + "; ".join(problems))
    report.figures["play_steps"] = len(choices)


def _play_problems(result: dict[str, Any], choices: list[int]) -> list[str]:
    problems = []
    if not result.get("finished") or not result.get("ending"):
        problems.append("the conversation did not reach an ending")
    if len(result.get("steps", [])) != len(choices):
        problems.append(f"{len(result.get('steps', []))} steps recorded for {len(choices)} choices")
    if set(result.get("scores", {})) < {"empathy", "adaptation", "interest"}:
        problems.append(f"scores incomplete: {result.get('scores')}")
    if result.get("attempt") is None:
        problems.append("no attempt was saved for the trainee")
    return problems


def check(bundle: Path) -> Report:
    """Copy the bundle outside the source tree and run every check; failures are collected, not raised."""
    report = Report(bundle=bundle, size_bytes=lists.folder_size(bundle))
    with tempfile.TemporaryDirectory(prefix="simulator-bundle-") as tmp:
        copy = Path(tmp) / "app" / lists.APP_NAME
        if lists.ROOT in copy.resolve().parents:
            raise RuntimeError(f"the temporary folder {tmp} is inside the source tree; set TMPDIR elsewhere")
        shutil.copytree(bundle, copy, symlinks=True)
        env = clean_env(Path(tmp) / "home")
        for step in (check_smoke, check_validate, check_play):
            try:
                step(copy / executable_name(), env, report)
            except CheckFailed as exc:
                report.failures.append(f"{step.__name__}: {exc}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check that the one-folder bundle runs on its own.")
    parser.add_argument("--dist", type=Path, default=lists.ROOT / "dist", help="dist/ folder or the bundle itself")
    parser.add_argument("--build", action="store_true", help="build first (python packaging/build.py)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.build:
        import build

        if build.main(["--dist", str(args.dist)]) != 0:
            return 1
    try:
        bundle = find_bundle(args.dist)
    except FileNotFoundError as exc:
        print(f"check_bundle: {exc}", file=sys.stderr)
        return 2
    report = check(bundle)
    print(json.dumps({"bundle": str(bundle), "size_mib": round(report.size_bytes / 2**20, 1), **report.figures,
                      "failures": report.failures}, indent=2))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

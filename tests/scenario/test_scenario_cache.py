"""The cache of checked files: a hit gives the same scenario, a bad entry is ignored, bad files are never cached."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from simulator.paths import scenarios_dir
from simulator.scenario import cache, pipeline, schema
from simulator.scenario.loader import load_folder, load_scenario
from simulator.scenario.yamlsafe import read_document

HERE = Path(__file__).parent
VALID_FILES = sorted((HERE / "valid").glob("*.yaml")) + sorted(scenarios_dir().glob("*.yaml"))
BROKEN = HERE / "broken"


@pytest.fixture
def cache_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "cache"))
    return tmp_path / "cache" / "scenarios"


def _copy_valid(folder: Path) -> Path:
    folder.mkdir()
    for source in (HERE / "valid").glob("*.yaml"):
        shutil.copy(source, folder / source.name)
    return folder


def _entries(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*") if not p.name.startswith(".")) if root.is_dir() else []


def _refuse_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(data: bytes, file: str) -> None:
        raise AssertionError(f"{file} was checked again instead of read from the cache")
    monkeypatch.setattr(pipeline, "_checked", fail)


def test_miss_then_hit_gives_the_same_scenarios(cache_root: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_valid(tmp_path / "files")
    first = load_folder([folder])
    assert len(_entries(cache_root)) == len(first.scenarios) == 2
    _refuse_checking(monkeypatch)
    second = load_folder([folder])
    assert second.scenarios == first.scenarios and not second.errors
    assert [n.line for s in second.scenarios.values() for n in s.nodes.values()] == \
        [n.line for s in first.scenarios.values() for n in s.nodes.values()]


def test_changed_bytes_miss_the_cache(cache_root: Path, tmp_path: Path) -> None:
    folder = _copy_valid(tmp_path / "files")
    load_folder([folder])
    path = folder / "cap.yaml"
    path.write_text(re.sub(r"^version: \d+", "version: 7", path.read_text("utf-8"), flags=re.M), "utf-8")
    assert load_scenario(path).version == 7
    assert len(_entries(cache_root)) == 3


@pytest.mark.parametrize("damage", ["garbage", "truncated", "altered", "not-a-mapping", "empty", "directory"])
def test_a_bad_entry_is_ignored_and_replaced(cache_root: Path, tmp_path: Path, damage: str) -> None:
    folder = _copy_valid(tmp_path / "files")
    expected = load_folder([folder], use_cache=False).scenarios
    path = folder / "cap.yaml"
    entry = cache_root / cache.key(path.read_bytes())
    load_scenario(path)
    good = entry.read_bytes()
    entry.unlink()
    if damage == "directory":
        entry.mkdir()
    else:
        entry.write_bytes(_damaged(good, damage))
    assert load_folder([folder]).scenarios == expected
    if damage != "directory":
        assert entry.read_bytes() == good  # rewritten by the full check


def _damaged(good: bytes, damage: str) -> bytes:
    digest, _, payload = good.partition(b"\n")
    if damage == "garbage":
        return b"\x00\xff not an entry"
    if damage == "truncated":
        return good[: len(good) // 2]
    if damage == "altered":
        return digest + b"\n" + payload.replace(b"Paris", b"Lyon ")
    if damage == "not-a-mapping":
        payload = cache.marshal.dumps({"data": [1], "marks": {}, "keys": {}})
        return cache.hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    return b""


def test_broken_files_are_never_cached(cache_root: Path) -> None:
    catalogue = load_folder([BROKEN])
    assert catalogue.errors and _entries(cache_root) == []


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV_VAR, "")
    assert cache.cache_dir() is None
    assert len(load_folder([_copy_valid(tmp_path / "files")]).scenarios) == 2


def test_an_unwritable_cache_is_not_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker))
    catalogue = load_folder([_copy_valid(tmp_path / "files")])
    assert len(catalogue.scenarios) == 2 and not catalogue.errors


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda p: p.name)
def test_a_cached_document_equals_the_checked_one(cache_root: Path, path: Path) -> None:
    """Same data and, for every position an entry keeps, the same line and column as the exact reader."""
    load_scenario(path)
    fresh = read_document(path, str(path))
    assert schema.check(fresh) == []  # as in loading: fastjsonschema fills in the schema's defaults
    cached = cache.fetch(cache_root, path.read_bytes(), str(path))
    assert cached is not None
    kept = cache.trimmed(fresh)
    assert cached.data == fresh.data and cached.marks == kept.marks and cached.key_marks == kept.key_marks
    assert ("id",) in cached.marks and any(p[-2:-1] == ("replies",) for p in cached.marks)


@pytest.mark.parametrize("text", ['"Quoi ! Déjà ? & *pas* ça !"', "Quoi ! Déjà ? Marie & Paul *ici*"])
def test_french_punctuation_in_texts_is_not_a_tag_or_alias(cache_root: Path, tmp_path: Path, text: str) -> None:
    source = (HERE / "valid" / "cap.yaml").read_text("utf-8")
    line = '        text: {fr: "Nous n\'avons rien trouvé.", en: "We found nothing."}'
    assert line in source
    path = tmp_path / "cap.yaml"
    path.write_text(source.replace(line, f"        text:\n          fr: {text}\n          en: Found nothing"), "utf-8")
    for _ in range(2):  # checked, then from the cache
        scenario = load_scenario(path)
        said = [r.text.get("fr") for n in scenario.nodes.values() for r in n.replies if "Quoi" in r.text.get("fr")]
        assert said and said[0].startswith("Quoi ! Déjà ? ")


@pytest.mark.parametrize("start", ["spawn", "fork"] if sys.platform.startswith("linux") else ["spawn"])
def test_parallel_checking_gives_what_one_by_one_gives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       cache_root: Path, start: str) -> None:
    folder = _copy_valid(tmp_path / "files")
    for name in ("custom-tag.yaml", "duplicate-key.yaml", "cycle.yaml", "empty.yaml"):
        shutil.copy(BROKEN / name, folder / name)
    serial = load_folder([folder], use_cache=False)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "_start_method", lambda: start)
    parallel = load_folder([folder])
    assert parallel.scenarios == serial.scenarios
    assert [str(e) for e in parallel.errors] == [str(e) for e in serial.errors] and len(serial.errors) == 4
    assert len(_entries(cache_root)) == 2  # the workers stored the valid files' entries
    assert load_folder([folder]).scenarios == serial.scenarios


_PARENT, _CHECK_ONE = os.getpid(), pipeline.check_one


def _dies_in_a_worker(item: pipeline.Item) -> object:
    if os.getpid() != _PARENT:
        os._exit(3)
    return _CHECK_ONE(item)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a forked worker carries the patched function")
def test_workers_that_die_leave_the_rest_to_be_checked_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _copy_valid(tmp_path / "files")
    for name in ("custom-tag.yaml", "cycle.yaml"):
        shutil.copy(BROKEN / name, folder / name)
    serial = load_folder([folder], use_cache=False)
    monkeypatch.setattr(pipeline, "check_one", _dies_in_a_worker)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline, "_start_method", lambda: "fork")
    parallel = load_folder([folder], use_cache=False)
    assert parallel.scenarios == serial.scenarios and len(parallel.errors) == 2


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc
    folder = _copy_valid(tmp_path / "files")
    assert gc.isenabled()
    load_folder([folder], use_cache=False)
    assert gc.isenabled()
    gc.disable()
    try:
        load_folder([folder], use_cache=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _age(path: Path, days: float) -> None:
    moment = path.stat().st_mtime - days * 86_400
    os.utime(path, (moment, moment))


def test_entries_nobody_reads_are_dropped_and_those_in_use_kept(cache_root: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_valid(tmp_path / "files")
    load_folder([folder])
    cap, other = folder / "cap.yaml", next(p for p in folder.iterdir() if p.name != "cap.yaml")
    in_use, unread = cache_root / cache.key(cap.read_bytes()), cache_root / cache.key(other.read_bytes())
    other.unlink()  # nothing will read its entry again
    old_temp, new_temp = cache_root / f"{cache.TEMP_PREFIX}cut-short", cache_root / f"{cache.TEMP_PREFIX}being-written"
    old_temp.write_bytes(b"half an entry")
    new_temp.write_bytes(b"another process is writing")
    for path, days in ((in_use, cache.KEEP_DAYS + 1), (unread, cache.KEEP_DAYS + 1), (old_temp, 2)):
        _age(path, days)
    monkeypatch.setattr(cache, "_pruned", set())  # as in a new process
    load_folder([folder])  # a hit on cap's entry: read, so dated today
    assert unread.exists()  # reading alone never deletes
    cap.write_text(re.sub(r"^version: \d+", "version: 7", cap.read_text("utf-8"), flags=re.M), "utf-8")
    assert load_scenario(cap).version == 7  # a miss: its write prunes
    assert in_use.exists() and new_temp.exists() and (cache_root / cache.key(cap.read_bytes())).exists()
    assert not unread.exists() and not old_temp.exists()

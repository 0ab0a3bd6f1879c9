"""The quick reading of valid files: same data and kept positions as the careful reading, and a
step aside (None) for everything the careful reading must refuse or word."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.paths import scenarios_dir
from simulator.scenario.cache import trimmed
from simulator.scenario.yamlquick import read_plain
from simulator.scenario.yamlsafe import parse_document

HERE = Path(__file__).parent
FILES = sorted(scenarios_dir().glob("*.yaml")) + sorted((HERE / "valid").glob("*.yaml"))
SMALL = b"id: cap\nversion: 1\nnodes:\n  start:\n    replies:\n      - id: a\n        next: end\n"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_valid_files_read_the_same_both_ways(path: Path) -> None:
    data = path.read_bytes()
    quick, careful = read_plain(data, str(path)), parse_document(data, str(path))
    assert quick is not None and careful.refusals == []
    kept, quick_kept = trimmed(careful), trimmed(quick)
    assert quick.data == careful.data
    assert quick_kept.marks == kept.marks and quick_kept.key_marks == kept.key_marks
    assert quick.marks.items() <= careful.marks.items() and quick.key_marks.items() <= careful.key_marks.items()
    assert ("nodes", "start") in quick.key_marks or ("nodes",) in quick.marks


def test_a_byte_order_mark_is_read_as_by_the_careful_reading() -> None:
    quick = read_plain(b"\xef\xbb\xbf" + SMALL, "f.yaml")
    assert quick is not None and quick.data == parse_document(b"\xef\xbb\xbf" + SMALL, "f.yaml").data


@pytest.mark.parametrize("data", [
    SMALL.replace(b"id: cap", b"id: !!str cap"),
    SMALL.replace(b"id: cap", b"id: &x cap"),
    SMALL + b"again: *x\n",
    SMALL + b"version: 2\n",
    SMALL + b"---\nid: other\n",
    SMALL + b"? [a, b]\n: c\n",
    SMALL.replace(b"id: cap", b"id: c\x07ap"),
    SMALL.replace(b"id: cap", b"id: 'cap"),
    SMALL.decode().encode("utf-16"),
    b"- a list\n- not a scenario\n",
    b"just text\n",
    b"",
    b"a:" + b"\n" + b"".join(b"  " * i + b"- \n" for i in range(1, 50)),
], ids=["tag", "anchor", "alias", "repeated key", "second document", "list as key", "control character",
        "open quote", "utf-16", "list root", "text root", "empty", "too deep"])
def test_anything_unusual_is_left_to_the_careful_reading(data: bytes) -> None:
    assert read_plain(data, "f.yaml") is None

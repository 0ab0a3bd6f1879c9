from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from records.factory import filled_store

from simulator.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = filled_store(tmp_path / "data")
    yield s
    s.close(backup=False)

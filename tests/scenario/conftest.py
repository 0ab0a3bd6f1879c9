"""Shared paths for the scenario tests."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent
VALID = HERE / "valid"
BROKEN = HERE / "broken"


@pytest.fixture
def valid_dir() -> Path:
    return VALID


@pytest.fixture
def broken_dir() -> Path:
    return BROKEN

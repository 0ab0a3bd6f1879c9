"""Shared bits of the trainer-area tests (imported by name: the test folders are not packages)."""

from __future__ import annotations

from typing import Any

PASSWORD = "correct horse"


def wait_idle(qtbot: Any, view: Any, timeout: int = 10_000) -> None:
    """Until the view's worker job has reported back."""
    qtbot.waitUntil(lambda: view.job is None, timeout=timeout)

"""Where the product's own files are, from source and inside a PyInstaller bundle.

The one place that knows the layout: scenarios, assets and translations sit next
to the package in the source tree, and under ``sys._MEIPASS`` in a frozen build.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_root() -> Path:
    """The folder holding ``scenarios/`` and ``assets/`` (the repository, or the bundle)."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return PACKAGE_DIR.parent


def scenarios_dir() -> Path:
    return resource_root() / "scenarios"


def assets_dir() -> Path:
    return resource_root() / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def translations_dir() -> Path:
    return PACKAGE_DIR / "ui" / "i18n" if not is_frozen() else resource_root() / "simulator" / "ui" / "i18n"


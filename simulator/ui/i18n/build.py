"""Compile the interface translations (``.ts`` → ``.qm``) with Qt's ``lrelease``.

The ``.qm`` files are committed (so a fresh checkout runs without a build step);
a test recompiles them to a temporary folder and checks they are up to date.
Run ``python -m simulator.ui.i18n.build`` after editing a ``.ts`` file, and
``python -m simulator.ui.i18n.build --update`` after changing interface texts in the code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "en")


def lrelease() -> str:
    """The lrelease program: next to the venv's python, on PATH, or inside the PySide6 package."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    import PySide6

    for candidate in Path(PySide6.__file__).parent.rglob("lrelease*"):
        return str(candidate)
    raise FileNotFoundError("lrelease was not found (install PySide6 in this environment)")


def lupdate() -> str:
    return lrelease().replace("lrelease", "lupdate")


def sources() -> list[Path]:
    """The window's Python files (the trainer area keeps its own translation files)."""
    ui = HERE.parent
    return sorted(p for p in ui.rglob("*.py") if "trainer" not in p.relative_to(ui).parts)


def update_sources() -> None:
    """Refresh the ``.ts`` from the code (new texts appear as unfinished, to translate in Qt Linguist)."""
    targets = [str(HERE / f"simulator_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([lupdate(), "-silent", "-no-obsolete", "-source-language", "en",
                    *map(str, sources()), "-ts", *targets], check=True, timeout=120)


def compile_all(out_dir: Path = HERE) -> list[Path]:
    """Compile every language's ``.ts`` into ``out_dir``; returns the ``.qm`` paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        target = out_dir / f"simulator_{lang}.qm"
        subprocess.run([lrelease(), "-silent", str(HERE / f"simulator_{lang}.ts"), "-qm", str(target)],
                       check=True, timeout=60)
        written.append(target)
    return written


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in compile_all():
        print(path)

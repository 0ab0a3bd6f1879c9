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


CATALOGUES = ("simulator", "trainer")  # the trainee's screens; the trainer area (views/trainer/)


def sources(catalogue: str = "simulator") -> list[Path]:
    """The Python files whose texts go into ``catalogue``."""
    ui = HERE.parent
    files = sorted(ui.rglob("*.py"))
    in_trainer = [p for p in files if "trainer" in p.relative_to(ui).parts]
    return in_trainer if catalogue == "trainer" else [p for p in files if p not in in_trainer]


def update_sources() -> None:
    """Refresh the ``.ts`` from the code (new texts appear as unfinished, to translate in Qt Linguist)."""
    for catalogue in CATALOGUES:
        targets = [str(HERE / f"{catalogue}_{lang}.ts") for lang in LANGUAGES]
        subprocess.run([lupdate(), "-silent", "-no-obsolete", "-source-language", "en",
                        *map(str, sources(catalogue)), "-ts", *targets], check=True, timeout=120)


def compile_all(out_dir: Path = HERE) -> list[Path]:
    """Compile every catalogue's ``.ts`` in every language into ``out_dir``; returns the ``.qm`` paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for catalogue in CATALOGUES:
        for lang in LANGUAGES:
            target = out_dir / f"{catalogue}_{lang}.qm"
            subprocess.run([lrelease(), "-silent", str(HERE / f"{catalogue}_{lang}.ts"), "-qm", str(target)],
                           check=True, timeout=60)
            written.append(target)
    return written


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in compile_all():
        print(path)

"""Build the one-folder bundle: ``python packaging/build.py`` -> ``dist/simulator/``.

Runs PyInstaller on ``simulator.spec`` with the Python that runs this script (use
the project's venv, which has PyInstaller from the ``dev`` extra), then adds the
desktop-integration files next to the executable and prints version, size and
build time. The same command works on Windows (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_lists as lists  # noqa: E402

log = logging.getLogger(__name__)
SPEC = lists.ROOT / "packaging" / "simulator.spec"


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    """PyInstaller as a child process, so a failed build gives its own log and a non-zero exit."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    log.info("running %s", " ".join(command))
    subprocess.run(command, check=True, cwd=lists.ROOT)


def add_desktop_files(bundle: Path) -> None:
    """Menu entry, icon and installer script beside the executable (Linux); the icon is useful everywhere."""
    shutil.copy2(lists.icon_file("png"), bundle / "simulator.png")
    if sys.platform.startswith("linux"):
        for name in ("simulator.desktop", "install.sh"):
            shutil.copy2(lists.ROOT / "packaging" / "linux" / name, bundle / name)


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Build and return the bundle folder (``dist/simulator``)."""
    run_pyinstaller(dist, work, clean)
    bundle = dist / lists.APP_NAME
    add_desktop_files(bundle)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder simulator bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=lists.ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=lists.ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    try:
        bundle = build(args.dist, args.work, args.clean)
    except subprocess.CalledProcessError as exc:
        print(f"build failed: PyInstaller exited with {exc.returncode} (its messages are above)", file=sys.stderr)
        return 1
    size_mib = lists.folder_size(bundle) / 2**20
    print(f"simulator {lists.version()} built in {time.perf_counter() - started:.0f} s: {bundle} ({size_mib:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

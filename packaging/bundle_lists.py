"""What goes into the PyInstaller bundle and what stays out, kept apart from the spec so it can be tested.

The spec (``simulator.spec``) imports this module. Everything here is plain data
or pure functions of the platform name and the repository root, so a test can
check the lists without running PyInstaller.
"""

from __future__ import annotations

import posixpath
import tomllib
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "simulator"

# pyttsx3's driver.py imports its driver by name (importlib), so PyInstaller cannot see it.
_SPEECH_COMMON = ["pyttsx3.drivers", "pyttsx3.drivers.dummy", "pyttsx3.drivers.espeak", "pyttsx3.drivers._espeak"]
_SPEECH_BY_PLATFORM = {
    "win32": ["pyttsx3.drivers.sapi5", "comtypes", "comtypes.client", "comtypes.stream", "pythoncom"],
    "darwin": ["pyttsx3.drivers.nsss", "pyttsx3.drivers.avspeech", "objc", "AppKit", "Foundation",
               "PyObjCTools", "AVFoundation", "CoreFoundation"],
}

# Qt modules the product does not use (only QtCore, QtGui, QtWidgets, QtSvg, QtSvgWidgets are).
QT_UNUSED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtBluetooth",
    "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]
# Python packages that must never ship: GUI toolkits we do not use, test and build tools.
PY_UNUSED = ["tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "openpyxl", "mypy", "ruff",
             "PyInstaller", "setuptools", "pip", "IPython", "numpy", "matplotlib", "pydoc_data",
             "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageTk", "PIL.ImageQt"]

# Collected files (PyInstaller's Qt hooks add these) that the product never loads; matched on the path
# inside the bundle. Libraries are kept only if a kept module links them (PyInstaller resolves that).
DROP_PREFIXES = [
    "PySide6/Qt/qml",
    "PySide6/Qt/plugins/designer", "PySide6/Qt/plugins/qmltooling", "PySide6/Qt/plugins/qmllint",
    "PySide6/Qt/plugins/sqldrivers", "PySide6/Qt/plugins/printsupport", "PySide6/Qt/plugins/networkinformation",
    "PySide6/Qt/plugins/tls", "PySide6/Qt/plugins/egldeviceintegrations",
    "PySide6/Qt/plugins/platforms/libqvnc", "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqeglfs", "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay", "PySide6/Qt/plugins/generic",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin",
    # GTK theme: it would load the system's GTK against the bundled GLib (a known crash); Fusion is used instead.
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    "PySide6/Qt/lib/libQt6Quick", "PySide6/Qt/lib/libQt6Qml", "PySide6/Qt/lib/libQt6Pdf",
    "PySide6/Qt/lib/libQt6EglFs", "PySide6/Qt/lib/libQt6EglFS", "PySide6/Qt/lib/libQt6Network",
    "PySide6/Qt/lib/libQt6WlShellIntegration",
]


def version() -> str:
    """The product version, from the one place it is written (pyproject.toml)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def check_installed_version() -> str:
    """The bundle's ``--version`` comes from the installed metadata; refuse to build if it lags pyproject.toml."""
    wanted = version()
    try:
        installed = metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:
        installed = "not installed"
    if installed != wanted:
        raise SystemExit(f"pyproject.toml says version {wanted} but the installed package is {installed}: "
                         "run `pip install -e .` in this environment, then build again.")
    return wanted


def icon_file(kind: str) -> Path:
    """The product icon (``svg``, ``png`` or ``ico``), from ``assets/``."""
    candidate = ROOT / "assets" / f"icon.{kind}"
    if not candidate.exists():
        raise FileNotFoundError(f"assets/icon.{kind} is missing")
    return candidate


def folder_size(folder: Path) -> int:
    """Bytes on disk, symlinks counted once (as ``du`` does)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def hidden_imports(platform: str) -> list[str]:
    """Speech drivers for this platform (others would only drag in missing dependencies)."""
    return [*_SPEECH_COMMON, *_SPEECH_BY_PLATFORM.get(platform, [])]


def excludes() -> list[str]:
    return [f"PySide6.{name}" for name in QT_UNUSED] + PY_UNUSED


def datas() -> list[tuple[str, str]]:
    """(source, folder in bundle) pairs; the bundle layout mirrors the repository (see simulator/paths.py).

    Only the compiled translations (``*.qm``) ship, not the ``.ts`` sources or the build script beside them.
    """
    pairs = [("scenarios", "scenarios"), ("assets", "assets"), ("simulator/ui/i18n/*.qm", "simulator/ui/i18n"),
             ("simulator/scenario/scenario.schema.json", "simulator/scenario")]
    return [(str(ROOT / src), dest) for src, dest in pairs if any(ROOT.glob(src))]


def keep(dest_name: str) -> bool:
    """False for collected Qt files the product never loads (QML, Quick, WebEngine, extra platforms...)."""
    name = dest_name.replace("\\", "/")
    name = name.removeprefix("_internal/")
    if name.startswith("PySide6/Qt/translations/") and not _qt_translation_kept(name):
        return False
    return not any(name.startswith(prefix) for prefix in DROP_PREFIXES)


def is_prunable_library(dest_name: str) -> bool:
    """A shared library (not a plugin or Python extension) that is only there because something linked it."""
    name = dest_name.replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    in_lib_dir = "/" not in name or name.startswith("PySide6/Qt/lib/")
    return in_lib_dir and base.startswith("lib") and ".so" in base and not base.startswith("libpython")


def prune_orphans(binaries: list[tuple[str, str, str]],
                  imports_of: Callable[[str], Iterable[str]]) -> list[tuple[str, str, str]]:
    """Drop linked libraries nothing kept needs any more (after ``keep`` removed the plugins that wanted them).

    ``imports_of`` gives the names a binary links; on Linux PyInstaller reads them with ldd, which is
    transitive, so one pass over the kept plugins, extensions and the Python library is enough.
    """
    needed: set[str] = set()
    for dest, src, _kind in binaries:
        if not is_prunable_library(dest):
            needed.update(name.rsplit("/", 1)[-1] for name in imports_of(src))
    return [entry for entry in binaries
            if not is_prunable_library(entry[0]) or entry[0].rsplit("/", 1)[-1] in needed]


def drop_dangling_links(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Remove the top-level symlinks PyInstaller makes to Qt libraries that were dropped above."""
    real = {posixpath.normpath(dest.replace("\\", "/")) for dest, _src, kind in entries if kind != "SYMLINK"}

    def target(dest: str, src: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), src))

    return [(dest, src, kind) for dest, src, kind in entries if kind != "SYMLINK" or target(dest, src) in real]


def _qt_translation_kept(name: str) -> bool:
    """Only Qt's own French and English strings (standard dialog buttons) are shown to users."""
    stem = name.rsplit("/", 1)[-1]
    return stem.startswith(("qt_fr", "qt_en", "qtbase_fr", "qtbase_en"))

"""What goes into the bundle, checked without running PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_lists as lists  # noqa: E402


def test_version_comes_from_pyproject() -> None:
    line = next(x for x in (ROOT / "pyproject.toml").read_text("utf-8").splitlines() if x.startswith("version ="))
    assert line == f'version = "{lists.version()}"'


def test_speech_drivers_are_hidden_imports_for_each_platform() -> None:
    linux, windows, mac = (lists.hidden_imports(p) for p in ("linux", "win32", "darwin"))
    assert {"pyttsx3.drivers.espeak", "pyttsx3.drivers._espeak", "pyttsx3.drivers.dummy"} <= set(linux)
    assert "pyttsx3.drivers.sapi5" not in linux and "comtypes" not in linux
    assert {"pyttsx3.drivers.sapi5", "comtypes.client"} <= set(windows)
    assert {"pyttsx3.drivers.nsss", "pyttsx3.drivers.avspeech"} <= set(mac)


def test_data_mirrors_the_source_layout_that_paths_expects() -> None:
    dests = {dest for _src, dest in lists.datas()}
    assert {"scenarios", "simulator/scenario"} <= dests
    for src, _dest in lists.datas():
        assert list(Path(src).parent.glob(Path(src).name)), src
    assert all(not src.endswith((".ts", ".py")) for src, _dest in lists.datas())


def test_unused_qt_and_test_packages_are_excluded_but_the_used_ones_are_not() -> None:
    excluded = set(lists.excludes())
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtNetwork", "tkinter", "pytest"} <= excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"} & excluded


def test_keep_drops_qml_and_foreign_translations_but_keeps_platforms() -> None:
    assert not lists.keep("PySide6/Qt/qml/QtQuick/qmldir")
    assert not lists.keep("PySide6/Qt/translations/qt_de.qm")
    assert lists.keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert lists.keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert lists.keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not lists.keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")


def test_prune_orphans_drops_libraries_only_a_dropped_plugin_needed() -> None:
    binaries = [("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
                ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
                ("libpango-1.0.so.0", "/s/libpango-1.0.so.0", "BINARY"),
                ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY")]
    imports = {"/s/libqxcb.so": ["libxcb-cursor.so.0"]}
    kept = lists.prune_orphans(binaries, lambda src: imports.get(src, []))
    names = [dest for dest, _src, _kind in kept]
    assert names == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb-cursor.so.0", "libpython3.11.so.1.0"]


def test_dangling_symlinks_to_dropped_libraries_are_removed() -> None:
    entries = [("PySide6/Qt/lib/libQt6Core.so.6", "/s/core", "BINARY"),
               ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
               ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK")]
    assert [e[0] for e in lists.drop_dangling_links(entries)] == ["PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]


def test_an_icon_exists_for_every_platform() -> None:
    for kind in ("svg", "png", "ico"):
        assert lists.icon_file(kind).stat().st_size > 0

"""Small pieces several trainer screens share: an optional day field, a shop chooser, a table look."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QTableView, QWidget

NO_DAY = QDate(2000, 1, 1)


def day_edit(name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field whose lowest value means "no limit" (shown as "any day")."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DAY)
    edit.setSpecialValueText(QCoreApplication.translate("TrainerParts", "any day"))
    edit.setDate(NO_DAY)
    edit.setAccessibleName(name)
    return edit


def day_value(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DAY else date(value.year(), value.month(), value.day())


def shop_combo(name: str, shops: list[str], parent: QWidget | None = None) -> QComboBox:
    """Every shop, "all shops" first (its data is None)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("TrainerParts", "All shops"), None)
    for shop in shops:
        combo.addItem(shop, shop)
    return combo


def set_shops(combo: QComboBox, shops: list[str]) -> None:
    """Refill a shop chooser, keeping the current choice when it still exists."""
    current = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for shop in shops:
        combo.addItem(shop, shop)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))


def plain_table(table: QTableView, name: str) -> None:
    """Whole-row selection, keyboard-friendly, no editing, columns sized to their text."""
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)

"""Interface words used by several views (statuses, outcomes, criteria), translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.records.common import local_moment
from simulator.service import ServiceError
from simulator.store.errors import StoreError
from simulator.store.repair import RepairNotice


def status_label(status: str, best: int | None) -> str:
    """The trainee's status on a scenario, in words."""
    if status == "in_progress":
        return QCoreApplication.translate("Texts", "In progress")
    if status == "passed":
        return QCoreApplication.translate("Texts", "Passed, best score {score}").format(score=best)
    if status == "to_retry":
        return QCoreApplication.translate("Texts", "To work on again, best score {score}").format(
            score=best if best is not None else 0
        )
    return QCoreApplication.translate("Texts", "New")


def outcome_sentence(outcome: str) -> str:
    """What happens to the relationship (the doctrine's three fates)."""
    return {
        "returns": QCoreApplication.translate("Texts", "The customer will come back and speak well of you."),
        "silent": QCoreApplication.translate(
            "Texts", "The customer stays silently unhappy: the competition's best prospect."
        ),
        "leaves": QCoreApplication.translate("Texts", "The customer leaves, and will tell others."),
    }.get(outcome, outcome)


def criterion_label(criterion: str) -> str:
    return {
        "empathy": QCoreApplication.translate("Texts", "Empathy"),
        "adaptation": QCoreApplication.translate("Texts", "Adaptation"),
        "interest": QCoreApplication.translate("Texts", "Interest"),
        "overall": QCoreApplication.translate("Texts", "Overall"),
    }.get(criterion, criterion)


def mode_label(mode: str) -> str:
    return (
        QCoreApplication.translate("Texts", "Assessment")
        if mode == "assessment"
        else QCoreApplication.translate("Texts", "Practice")
    )


def duration_label(minutes: int) -> str:
    return QCoreApplication.translate("Texts", "about {minutes} min").format(minutes=minutes)


def local_time(stored: str | None, *, with_time: bool = True) -> str:
    """A stored moment on this PC's clock, written the window's language's way (``21/11/2026 11:47``)."""
    moment = local_moment(stored)
    if moment is None:
        return stored or ""
    return moment.strftime(_moment_pattern() if with_time else QCoreApplication.translate("Texts", "%Y-%m-%d"))


def _moment_pattern() -> str:
    return QCoreApplication.translate("Texts", "%Y-%m-%d %H:%M")


def error_text(error: BaseException) -> str:
    """An expected error in the window's language.

    The Qt-free layers speak English (the language of the command line and of the log) and say which
    problem it is; those a trainee or a trainer can meet in the window are worded again here. Any other
    is shown as it is.
    """
    worded = None
    if isinstance(error, StoreError):
        worded = _store_error_text(error)
    elif isinstance(error, ServiceError):
        worded = _service_error_text(error)
    return worded or str(error)


def _service_error_text(error: ServiceError) -> str | None:
    if error.code == "name_missing":
        return QCoreApplication.translate("Texts", "Please type your name.")
    if error.code == "name_too_long":
        return QCoreApplication.translate(
            "Texts", "This name is too long ({count} characters, at most {limit})."
        ).format(**error.params)
    return None


def _store_error_text(error: StoreError) -> str | None:
    if error.code:
        return _store_code_text(error)
    if error.where is None:
        return None
    if error.doing is None:
        if error.kind != "full":
            return None
        return QCoreApplication.translate(
            "Texts", "The disk that holds {where} is full. Free some space and try again."
        ).format(where=error.where)
    sentence = _store_sentences().get(error.kind)
    doing = _doings().get(error.doing)
    return sentence.format(where=error.where, doing=doing) if sentence and doing else None


def _store_code_text(error: StoreError) -> str | None:
    """The store's problems that are not about the disk, each in the window's words."""
    sentence = _store_code_sentences().get(error.code)
    if sentence is None:
        return None
    doing = _doings().get(error.doing or "")
    if "{doing}" in sentence and doing is None:
        return None  # never half in one language, half in the other
    return sentence.format(where=error.where, doing=doing, **error.params)


def _store_code_sentences() -> dict[str, str]:
    return {
        "trainee_missing": QCoreApplication.translate(
            "Texts", "This trainee is no longer in the record book (a trainer may have erased them). "
            "Go back to the list of names and choose again."),
        "attempt_gone": QCoreApplication.translate(
            "Texts", "This attempt is finished or no longer in the record book, so your choice was not saved. "
            "Go back to the catalogue and start the scenario again."),
        "choice_saved_twice": QCoreApplication.translate(
            "Texts", "Choice number {seq} of this attempt was already saved (is the scenario open in another "
            "window?). Go back to the catalogue and resume it from there."),
        "attempt_closed": QCoreApplication.translate(
            "Texts", "This attempt was already closed or is no longer in the record book. Go back to the "
            "catalogue: your saved choices are kept."),
        "attempt_missing": QCoreApplication.translate("Texts", "This attempt is no longer in the record book."),
        "newer_format": QCoreApplication.translate(
            "Texts", "The record book in {where} was written by a newer version of the simulator (format "
            "{version}; this version knows up to {known}). Install the newer version. The file was not changed."),
        "upgrade_unsaved": QCoreApplication.translate(
            "Texts", "The record book in {where} could not be backed up before its upgrade, so it was left as "
            "it is. Ask your trainer to run \"simulator db check\"."),
        "no_backup": QCoreApplication.translate(
            "Texts", "No usable backup was found in {where}; nothing was changed."),
        "unusable_backup": QCoreApplication.translate(
            "Texts", "{where} is not a usable backup of the record book (missing, damaged or not a database); "
            "nothing was changed."),
        "unsafe_drive": QCoreApplication.translate(
            "Texts", "The record book in {where} cannot be kept safely on this drive (a network drive?). Ask "
            "your trainer to choose a folder on this computer's own disk."),
        "failed": QCoreApplication.translate(
            "Texts", "The simulator could not {doing} in {where} ({detail})."),
        "unusable": QCoreApplication.translate("Texts", "The simulator could not use {where} ({detail})."),
        "not_a_folder": QCoreApplication.translate(
            "Texts", "{where} is a file, not a folder: ask your trainer to choose a folder for the record book."),
    }


def repair_text(notice: RepairNotice) -> str:
    """What the store did about a damaged record book, in the window's language (shown once at start)."""
    kept = QCoreApplication.translate("Texts", "The damaged file was kept as {file}.").format(
        file=notice.set_aside) if notice.set_aside else ""
    if notice.backup is None:
        said = QCoreApplication.translate(
            "Texts", "The record book was damaged and no backup was found, so a new, empty record book was "
            "started.")
    else:
        when = notice.backup_taken.strftime(_moment_pattern()) if notice.backup_taken else "?"
        said = QCoreApplication.translate(
            "Texts", "The record book was damaged. The backup from {when} was restored: anything done after "
            "that moment is missing.").format(when=when)
    return f"{said} {kept}".strip()


def _store_sentences() -> dict[str, str]:
    return {
        "full": QCoreApplication.translate(
            "Texts", "The disk is full: the simulator could not {doing}. Free some space on the drive that holds "
            "{where} and try again; nothing else was lost."),
        "locked": QCoreApplication.translate(
            "Texts", "The record book in {where} stayed busy (another copy of the simulator is probably open), "
            "so the simulator could not {doing}. Close the other copy and try again."),
        "readonly": QCoreApplication.translate(
            "Texts", "The folder {where} cannot be written to, so the simulator could not {doing}. Ask your "
            "trainer to choose another folder, or to give write access to this one."),
        "corrupt": QCoreApplication.translate(
            "Texts", "The record book in {where} is damaged, so the simulator could not {doing}. Restart the "
            "simulator: it will repair the file from the latest backup."),
    }


def _doings() -> dict[str, str]:
    """What could not be done, as the store says it (the keys) and as the window says it."""
    return {
        "save your work": QCoreApplication.translate("Doing", "save your work"),
        "save the trainee": QCoreApplication.translate("Doing", "save the trainee"),
        "start the attempt": QCoreApplication.translate("Doing", "start the attempt"),
        "save your last choice": QCoreApplication.translate("Doing", "save your last choice"),
        "open the record book": QCoreApplication.translate("Doing", "open the record book"),
        "read the record book": QCoreApplication.translate("Doing", "read the record book"),
        "upgrade the record book": QCoreApplication.translate("Doing", "upgrade the record book"),
        "make a backup": QCoreApplication.translate("Doing", "make a backup"),
        "save the review": QCoreApplication.translate("Doing", "save the review"),
        "write the audit log": QCoreApplication.translate("Doing", "write the audit log"),
        "queue the record": QCoreApplication.translate("Doing", "queue the record"),
        "queue the records to send": QCoreApplication.translate("Doing", "queue the records to send"),
        "mark records as sent": QCoreApplication.translate("Doing", "mark records as sent"),
        "note the failed send": QCoreApplication.translate("Doing", "note the failed send"),
        "save a setting": QCoreApplication.translate("Doing", "save a setting"),
        "erase the trainee": QCoreApplication.translate("Doing", "erase the trainee"),
        "purge old attempts": QCoreApplication.translate("Doing", "purge old attempts"),
        "delete the demo data": QCoreApplication.translate("Doing", "delete the demo data"),
        "add the demo data": QCoreApplication.translate("Doing", "add the demo data"),
        "import the bundle": QCoreApplication.translate("Doing", "import the bundle"),
        "open the trainer area": QCoreApplication.translate("Doing", "open the trainer area"),
        "count the wrong password": QCoreApplication.translate("Doing", "count the wrong password"),
        "save the result": QCoreApplication.translate("Doing", "save the result"),
        "abandon the attempt": QCoreApplication.translate("Doing", "abandon the attempt"),
        "prepare the restore": QCoreApplication.translate("Doing", "prepare the restore"),
    }

"""The trainer area's expected problems (exports, bundles, the LRS, personal data) in the window's language.

The records layer speaks English, the command line's and the log's language, and names each problem with a
code; this module words it again. A problem without a code, or with one unknown here, falls back to
``texts.error_text`` (never half in one language, half in the other).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from simulator.records.common import Worded
from simulator.ui.texts import error_text


def trainer_error_text(error: BaseException) -> str:
    """What went wrong, in a sentence a trainer can act on."""
    if isinstance(error, Worded) and error.code in _sentences():
        return _sentences()[error.code].format(**error.params)
    if isinstance(error, OSError):
        return QCoreApplication.translate("TrainerProblems", "The file {file} could not be used ({reason}).").format(
            file=error.filename or "?", reason=error.strerror or error)
    return error_text(error)


def _sentences() -> dict[str, str]:
    return {
        "disk_full": QCoreApplication.translate(
            "TrainerProblems", "The disk is full: {file} could not be written. Free some space or choose another "
                               "drive; nothing was changed there."),
        "write_denied": QCoreApplication.translate(
            "TrainerProblems", "{file} cannot be written there (no permission, or a read-only drive). Choose another "
                               "folder; nothing was changed there."),
        "write_failed": QCoreApplication.translate(
            "TrainerProblems", "{file} could not be written ({reason}); nothing was changed there."),
        "folder_missing": QCoreApplication.translate(
            "TrainerProblems", "The folder {folder} does not exist; choose another place to save the file."),
        "no_trainee": QCoreApplication.translate(
            "TrainerProblems", "No trainee called \"{name}\" is in the record book."),
        "several_trainees": QCoreApplication.translate(
            "TrainerProblems", "Several trainees are called \"{name}\". Give the employee id instead."),
        "retention_too_short": QCoreApplication.translate(
            "TrainerProblems", "The retention period must be at least 1 month."),
        "retention_not_set": QCoreApplication.translate(
            "TrainerProblems", "No retention period is set yet: choose a number of months and save it first."),
        "no_file": QCoreApplication.translate(
            "TrainerProblems", "There is no file {file}."),
        "not_a_bundle": QCoreApplication.translate(
            "TrainerProblems", "{file} is not a bundle made by the simulator; nothing was imported."),
        "bundle_newer": QCoreApplication.translate(
            "TrainerProblems", "{file} was made by a newer version of the simulator; update this one to import it. "
                               "Nothing was imported."),
        "bundle_damaged": QCoreApplication.translate(
            "TrainerProblems", "This bundle is damaged or incomplete; nothing was imported."),
        "bundle_invalid": QCoreApplication.translate(
            "TrainerProblems", "Some records in this bundle are not valid, so nothing was imported. The details are in "
                               "the log file."),
        "no_lrs_address": QCoreApplication.translate(
            "TrainerProblems", "No LRS address is set: type it above, then send."),
        "lrs_login_refused": QCoreApplication.translate(
            "TrainerProblems", "The LRS at {endpoint} refused the user name or password (HTTP {status}). Check them; "
                               "the statements stay queued."),
        "lrs_unreachable": QCoreApplication.translate(
            "TrainerProblems", "The LRS at {endpoint} cannot be reached (no network, or a wrong address). The "
                               "statements stay queued and will be sent next time."),
        "lrs_failing": QCoreApplication.translate(
            "TrainerProblems", "The LRS at {endpoint} kept failing (HTTP {status}). The statements stay queued and "
                               "will be sent next time."),
    }

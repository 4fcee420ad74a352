"""Nothing fails silently in the window: an action that fails says why in French (a message box naming
the cause: full disk, read-only file, a busy or damaged database...), and its traceback goes to the log
only (cmer_desk.services.failures). Every menu action is run through ``guarded``; anything else that
escapes a slot reaches the same message through ``install_excepthook``."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmer_desk.services.failures import describe, log_failure

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("FailureReport", text)


def report(parent: QWidget | None, error: BaseException, what: str = "") -> None:
    """Log ``error`` (traceback, no data) and tell the person why, in French."""
    log_failure(error, what or "window action")
    reason = describe(error)
    text = tr("L'opération n'a pas pu se faire : {0}.").format(reason)
    QMessageBox.critical(parent, tr("Opération impossible"), text)


def guarded(slot: Callable, parent: QWidget | None, what: str = "") -> Callable:
    """``slot``, reporting any exception instead of letting it escape into Qt."""

    @functools.wraps(slot)
    def run(*args, **kwargs):
        try:
            return slot(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - every failure of an action is reported, none is silent
            report(parent, error, what or getattr(slot, "__qualname__", "action"))
            return None

    return run


def install_excepthook() -> None:
    """The last resort for an exception raised in a slot: the same message, never a bare traceback."""

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        window = QApplication.activeWindow()
        try:
            report(window, error, "slot")
        except Exception:  # noqa: BLE001 - reporting must never raise in its turn
            log.exception("could not report a failure")

    sys.excepthook = hook

"""What the steward sees after each badge or name in check-in mode: in large type, who it is and whether
they may come in; for those who may not, why, and the supervisor's "admit anyway" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cmer_desk.domain import i18n as words
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.services.door import DoorOutcome, DoorResult, arrival_time

RESULT_POINT_SIZE = 22

# background, text colour
GOOD = ("#d7f5dd", "#0b5d1e")
WARN = ("#fff1c7", "#6b4d00")
BAD = ("#fde0e0", "#8a0010")


def _t(text: str) -> str:
    return QCoreApplication.translate("DoorPanel", text)


def refusal_words(status: AccreditationStatus) -> str:
    """Why someone may not come in, as shown in large type."""
    return {
        AccreditationStatus.REFUSED: _t("ACCRÉDITATION REFUSÉE"),
        AccreditationStatus.CANCELLED: _t("ACCRÉDITATION ANNULÉE"),
        AccreditationStatus.WAITING: _t("SUR LISTE D'ATTENTE : pas encore confirmée"),
        AccreditationStatus.REQUESTED: _t("DEMANDE NON CONFIRMÉE"),
    }.get(status, words.label(status).upper())


class DoorPanel(QWidget):
    """Shows a DoorResult; ``admit_requested(accreditation_id)`` when the supervisor's button is pressed."""

    admit_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: DoorResult | None = None
        self.label = QLabel()
        self.label.setObjectName("door_result")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(_t("Résultat de l'accueil"))
        font = QFont(self.label.font())
        font.setPointSize(RESULT_POINT_SIZE)
        font.setBold(True)
        self.label.setFont(font)
        self.admit_button = QPushButton(_t("Admettre quand même (responsable)…"))
        self.admit_button.setAccessibleName(self.admit_button.text())
        self.admit_button.clicked.connect(self._admit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.admit_button)
        self.clear()

    def clear(self) -> None:
        self.result = None
        self.label.clear()
        self.label.hide()
        self.admit_button.hide()

    def show_result(self, result: DoorResult) -> None:
        self.result = result
        text, (background, colour) = self._words(result)
        self.label.setText(text)
        self.label.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; padding: 10px; "
                                 f"border-radius: 4px; }}")
        self.label.show()
        self.admit_button.setVisible(result.outcome is DoorOutcome.NOT_ADMITTED)

    def _words(self, result: DoorResult) -> tuple[str, tuple[str, str]]:
        row = result.row
        if row is None:
            if result.outcome is DoorOutcome.OTHER_EVENT:
                return _t("BADGE D'UN AUTRE ÉVÉNEMENT : {0}").format(result.other_event), BAD
            return _t("INCONNU : aucune accréditation ne correspond à « {0} »").format(result.typed.strip()), BAD
        who = _t("N° {0} · {1}").format(row.number, row.name) + (f" — {row.outlet}" if row.outlet else "")
        at = arrival_time(row.arrived_at)
        if result.outcome is DoorOutcome.ARRIVED:
            return f"✓ {who}\n" + _t("Entrée à {0}").format(at), GOOD
        if result.outcome is DoorOutcome.ALREADY:
            return f"{who}\n" + _t("DÉJÀ ENTRÉ(E) à {0}").format(at), WARN
        if result.outcome is DoorOutcome.UNDONE:
            return f"{who}\n" + _t("Arrivée annulée"), WARN
        why = refusal_words(row.status_value)
        if row.decision_reason:
            why += "\n" + _t("Motif : {0}").format(row.decision_reason)
        return f"✗ {who}\n{why}", BAD

    def _admit(self) -> None:
        if self.result is not None and self.result.row is not None:
            self.admit_requested.emit(self.result.row.id)

"""The export dialog's calm note of the readiness blockers still open: shown above the
form, it never stops an export."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from delegator.domain.readiness import Finding, Severity
from delegator.gui.form_widgets import WrappingLabel
from delegator.text.readiness_text import finding_text


class BlockersBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        box = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate(
                "ExportDialog", "Open points before a handover — export stays possible"
            )
        )
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        box.addWidget(heading)
        self.blocker_list = WrappingLabel("", self)
        box.addWidget(self.blocker_list)
        self.setVisible(False)

    def show_findings(self, findings: Sequence[Finding], currency: str) -> None:
        """List the blockers among *findings*; hidden when there are none."""
        lines = [
            f"• {finding_text(f, currency).message}"
            for f in findings
            if f.severity is Severity.BLOCKER
        ]
        self.blocker_list.setText("\n".join(lines))
        self.setVisible(bool(lines))

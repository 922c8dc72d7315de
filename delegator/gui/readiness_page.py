"""The Readiness page: am I ready to hand work over?

The verdict with one line of explanation, the article's three questions as pillars
(each with its score and a painted bar, see readiness_gauges), and every finding grouped
by severity: what is missing, why it matters and how to fix it, with a **Fix** button
(see finding_list).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.readiness import Finding, Pillar, Report, Verdict
from delegator.gui.describe_dialog import undescribed
from delegator.gui.finding_list import FindingList
from delegator.gui.form_widgets import WrappingLabel, frameless_scroll
from delegator.gui.readiness_gauges import PillarCard, VerdictDot
from delegator.gui.readiness_style import scaled_font
from delegator.text.readiness_text import FindingText, finding_text, verdict_label

_NAME_MARK = "\ue000"  # a private-use character standing in for a subject's name


class ReadinessPage(QWidget):
    """The readiness check: verdict, three pillar scores and the findings to fix.

    ``set_report`` shows a Report; the window calls it again whenever the plan changes
    (fast enough for every edit: see bench/readiness.py).

    Signals:
        fix_requested(object): the user wants to fix a finding (its Fix button, or
            Enter on it); carries the Finding, whose subject and field say what to open.
        mindset_requested: the "Take the mindset check" button was clicked.
        describe_requested: the button to describe the to-dos in a row was clicked
            (shown while delegated to-dos lack their description).
    """

    fix_requested = Signal(object)
    mindset_requested = Signal()
    describe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._currency = "EUR"
        self._templates: dict[tuple[str, object, str], tuple[FindingText, bool]] = {}
        self._build_widgets()
        self._wire()
        self.findings.attach(self.scroll_area, self.mindset_button)
        self._retranslate()
        self.findings.hide()
        self.nothing_to_fix.hide()

    # Construction -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.content = QWidget()
        self.verdict_dot = VerdictDot(16, self.content)
        self.verdict_label = QLabel(self.content)
        self.verdict_label.setFont(scaled_font(self.font(), 1.8, QFont.Weight.DemiBold))
        self.verdict_explanation = WrappingLabel("", self.content)
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(10)
        verdict_row.addWidget(self.verdict_dot, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_row.addWidget(self.verdict_label, 0, Qt.AlignmentFlag.AlignVCenter)
        verdict_row.addStretch(1)

        self.pillar_cards = {pillar: PillarCard(pillar, self.content) for pillar in Pillar}
        self.mindset_button = QPushButton(self.content)
        letting_go = self.pillar_cards[Pillar.LETTING_GO]
        letting_go.box.addWidget(self.mindset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pillars = pillars = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        pillars.setSpacing(12)
        for card in self.pillar_cards.values():
            card.box.addStretch(1)
            pillars.addWidget(card, 1)

        self.describe_button = QPushButton(self.content)
        self.describe_button.hide()
        self.findings = FindingList(self.content)
        self.nothing_to_fix = QLabel(self.content)
        self.nothing_to_fix.setWordWrap(True)
        self.nothing_to_fix.setFont(scaled_font(self.font(), 1.15, QFont.Weight.Normal))
        self.nothing_to_fix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_to_fix.setContentsMargins(0, 24, 0, 24)

        self.content_layout = layout = QVBoxLayout(self.content)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(6)
        layout.addLayout(verdict_row)
        layout.addWidget(self.verdict_explanation)
        layout.addSpacing(12)
        layout.addLayout(pillars)
        layout.addSpacing(10)
        layout.addWidget(self.describe_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.findings)
        layout.addWidget(self.nothing_to_fix)
        layout.addStretch(1)

        self.scroll_area = frameless_scroll(self.content, self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _wire(self) -> None:
        self.mindset_button.clicked.connect(self._on_mindset_button_clicked)
        self.describe_button.clicked.connect(self.describe_requested)
        self.findings.fix_requested.connect(self._on_findings_fix_requested)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Readiness"))
        self.mindset_button.setText(self.tr("Take the mindset check"))
        self.findings.setAccessibleName(self.tr("Findings"))
        self.nothing_to_fix.setText(
            self.tr("Nothing to fix. Everything the check looks at is in place.")
        )
        for card in self.pillar_cards.values():
            card.retranslate()
        self.findings.retranslate()

    # Public -------------------------------------------------------------------------

    def report(self) -> Report | None:
        return self._report

    def set_report(self, report: Report, currency: str) -> None:
        """Show *report*; money in findings is written in *currency*."""
        self._report = report
        self._currency = currency
        verdict = report.verdict
        self.verdict_label.setText(verdict_label(verdict))
        self.verdict_dot.set_verdict(verdict)
        explanation = self._explanation(report)
        self.verdict_explanation.setText(explanation)
        self.verdict_label.setAccessibleName(
            self.tr("Readiness: {verdict}").format(verdict=verdict_label(verdict))
        )
        self.verdict_label.setAccessibleDescription(explanation)
        for pillar, card in self.pillar_cards.items():
            card.set_score(report.scores.get(pillar, 0))
            card.box.activate()  # its minimum width with the new score, for the check below
        self._arrange_pillars()  # a wider score may no longer fit side by side
        self.findings.setVisible(bool(report.findings))
        self.findings.set_findings(report.findings, self._texts(report.findings, currency))
        self.nothing_to_fix.setVisible(not report.findings)
        undescribed_count = len(undescribed(report))
        self.describe_button.setVisible(undescribed_count > 0)
        self.describe_button.setText(
            self.tr("Describe %n delegated to-do(s) one after another…", "", undescribed_count)
        )

    # Internals ----------------------------------------------------------------------

    def _explanation(self, report: Report) -> str:
        if report.verdict == Verdict.NOT_YET:
            return self.tr("Fix the blockers first: without them the handover cannot work.")
        if report.verdict == Verdict.ALMOST:
            return self.tr("Only warnings are left: you can hand over, but fixing them helps.")
        if report.findings:
            return self.tr("You can hand over. The hints below are optional.")
        return self.tr("You can hand over.")

    def _texts(self, findings: Sequence[Finding], currency: str) -> list[FindingText]:
        """finding_text for each finding, asked once per rule and figures: the subject's
        name (the only part that differs from to-do to to-do) is put in afterwards."""
        mark = _NAME_MARK
        templates = self._templates
        if len(templates) > 10_000:
            templates.clear()
        texts: list[FindingText] = []
        append = texts.append
        for finding in findings:
            try:
                key = (finding.rule, finding.values, currency)
                cached = templates.get(key)
            except TypeError:  # a value that cannot be hashed
                append(finding_text(finding, currency))
                continue
            if cached is None:
                anonymous = dataclasses.replace(
                    finding, subject=dataclasses.replace(finding.subject, name=mark)
                )
                template = finding_text(anonymous, currency)
                named = mark in template.message or mark in template.why or mark in template.fix
                cached = templates[key] = (template, named)
            template, named = cached
            name = finding.subject.name
            if not named:
                append(template)
            elif mark in name:
                append(finding_text(finding, currency))
            else:
                append(
                    FindingText(
                        template.message.replace(mark, name),
                        template.why.replace(mark, name),
                        template.fix.replace(mark, name),
                    )
                )
        return texts

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._templates.clear()
            self._retranslate()
            self._arrange_pillars()
            if self._report is not None:
                self.set_report(self._report, self._currency)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_pillars()

    def _arrange_pillars(self) -> None:
        """Side by side while they fit, else one under the other."""
        margins = self.content_layout.contentsMargins()
        needed = (
            sum(card.minimumSizeHint().width() for card in self.pillar_cards.values())
            + 2 * self.pillars.spacing()
            + margins.left()
            + margins.right()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.pillars.direction() != direction:
            self.pillars.setDirection(direction)

    def _on_mindset_button_clicked(self) -> None:
        self.mindset_requested.emit()

    def _on_findings_fix_requested(self, finding: Finding) -> None:
        self.fix_requested.emit(finding)

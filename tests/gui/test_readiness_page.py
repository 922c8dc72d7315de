"""The Readiness page as a user sees it: verdict, scores, findings, Fix, Tab, dark mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.domain.readiness import (
    Finding,
    Pillar,
    Report,
    Rule,
    Severity,
    Subject,
    SubjectKind,
    Verdict,
)
from delegator.gui.finding_rows import FindingRow
from delegator.gui.readiness_gauges import ScoreGauge
from delegator.gui.readiness_page import ReadinessPage
from delegator.runtime.resources import resource
from delegator.services.workspace import Workspace
from delegator.text.readiness_text import finding_text

from .helpers import show_page


def task(task_id: int, title: str) -> Subject:
    return Subject(SubjectKind.TASK, task_id, title)


NO_INSTRUCTIONS = Finding(
    Rule.NO_INSTRUCTIONS, Severity.BLOCKER, task(1, "Belege hochladen"), "instructions"
)
NO_WINDOWS = Finding(
    Rule.NO_REACHABILITY, Severity.BLOCKER, Subject(SubjectKind.PROFILE), "windows"
)
NO_CRITERIA = Finding(
    Rule.NO_ACCEPTANCE_CRITERIA,
    Severity.WARNING,
    task(2, "Newsletter vorbereiten"),
    "acceptance_criteria",
)
OVER_BUDGET = Finding(
    Rule.OVER_BUDGET,
    Severity.WARNING,
    Subject(SubjectKind.PROFILE),
    "monthly_budget_cents",
    (("cost", 54_300), ("budget", 30_000)),
)
NO_TRIAL = Finding(
    Rule.NO_TRIAL_PERIOD,
    Severity.HINT,
    Subject(SubjectKind.ASSISTANT, 1, "Anna Weber"),
    "trial_end",
)
SCORES = {Pillar.EXPECTATIONS: 40, Pillar.RELIABILITY: 75, Pillar.LETTING_GO: 90}


def make_report(*findings: Finding, scores: dict[Pillar, int] | None = None) -> Report:
    severities = {f.severity for f in findings}
    if Severity.BLOCKER in severities:
        verdict = Verdict.NOT_YET
    elif Severity.WARNING in severities:
        verdict = Verdict.ALMOST
    else:
        verdict = Verdict.READY
    return Report(tuple(findings), dict(scores or SCORES), verdict)


def many_findings(count: int, prefix: str = "To-do") -> list[Finding]:
    rules = (
        (Rule.NO_INSTRUCTIONS, Severity.BLOCKER, "instructions"),
        (Rule.NO_ACCEPTANCE_CRITERIA, Severity.WARNING, "acceptance_criteria"),
        (Rule.NO_ESCALATION_RULE, Severity.HINT, "escalation_rule"),
    )
    findings = []
    for number in range(count):
        rule, severity, field = rules[number % len(rules)]
        findings.append(Finding(rule, severity, task(number, f"{prefix} {number}"), field))
    order = {Severity.BLOCKER: 0, Severity.WARNING: 1, Severity.HINT: 2}
    return sorted(findings, key=lambda f: order[f.severity])


@pytest.fixture
def page(qtbot: QtBot) -> ReadinessPage:
    return show_page(qtbot, ReadinessPage())


def shown(page: ReadinessPage, report: Report, currency: str = "EUR") -> ReadinessPage:
    page.set_report(report, currency)
    QApplication.processEvents()
    return page


def visible_rows(page: ReadinessPage) -> list[FindingRow]:
    rows = [r for r in page.findings.findChildren(FindingRow) if r.isVisible()]
    return sorted(rows, key=lambda r: r.y())


def in_viewport(page: ReadinessPage, index: int) -> bool:
    viewport = page.scroll_area.viewport()
    rect = page.findings.row_rect(index)
    top_left = page.findings.mapTo(viewport, rect.topLeft())
    return viewport.rect().contains(QRect(top_left, rect.size()))


# Verdict and scores -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("findings", "verdict", "words"),
    [
        ((NO_INSTRUCTIONS, NO_CRITERIA), "Not yet", "blockers first"),
        ((NO_CRITERIA,), "Almost ready", "Only warnings"),
        ((NO_TRIAL,), "Ready", "hints below are optional"),
        ((), "Ready", "You can hand over."),
    ],
)
def test_the_verdict_is_shown_with_one_line_of_explanation(
    page: ReadinessPage, findings: tuple[Finding, ...], verdict: str, words: str
) -> None:
    shown(page, make_report(*findings))
    assert page.verdict_label.text() == verdict
    assert words in page.verdict_explanation.text()
    assert page.verdict_label.accessibleName() == f"Readiness: {verdict}"


def test_the_three_pillars_show_their_scores(page: ReadinessPage) -> None:
    shown(page, make_report(NO_CRITERIA))
    cards = page.pillar_cards
    assert [cards[p].title_label.text() for p in Pillar] == [
        "Clear expectations",
        "Reliable client",
        "Letting go",
    ]
    assert [cards[p].score_label.text() for p in Pillar] == ["40", "75", "90"]
    assert [cards[p].gauge.score() for p in Pillar] == [40, 75, 90]
    gauge = cards[Pillar.EXPECTATIONS].gauge
    assert gauge.accessibleName() == "Clear expectations: 40 of 100"
    assert gauge.accessibleDescription() == "Needs work"
    assert cards[Pillar.LETTING_GO].gauge.accessibleDescription() == "Good"


# Findings -----------------------------------------------------------------------------


def test_findings_appear_under_their_severity_with_message_why_and_fix(
    page: ReadinessPage,
) -> None:
    findings = (NO_INSTRUCTIONS, NO_WINDOWS, NO_CRITERIA, OVER_BUDGET, NO_TRIAL)
    shown(page, make_report(*findings))
    headers = {s: page.findings.group_header(s) for s in Severity}
    assert headers[Severity.BLOCKER].text() == "Blockers (2)"
    assert headers[Severity.WARNING].text() == "Warnings (2)"
    assert headers[Severity.HINT].text() == "Hints (1)"
    tops = [headers[s].y() for s in (Severity.BLOCKER, Severity.WARNING, Severity.HINT)]
    assert tops == sorted(tops)
    limits = {
        Severity.BLOCKER: (tops[0], tops[1]),
        Severity.WARNING: (tops[1], tops[2]),
        Severity.HINT: (tops[2], page.findings.height()),
    }
    rows = visible_rows(page)
    assert [row.finding for row in rows] == list(findings)
    for row, finding in zip(rows, findings, strict=True):
        expected = finding_text(finding, "EUR")
        assert row.text == expected
        low, high = limits[finding.severity]
        assert low < row.y() < high
        assert row.accessibleName() == expected.message
        assert row.button.accessibleName() == f"Fix: {expected.message}"
        assert row.button.isVisible()
    assert rows[0].text.message == "“Belege hochladen” has no instructions and no steps."
    assert "543" in rows[3].text.message
    assert "300" in rows[3].text.message


def test_money_in_findings_follows_the_currency(page: ReadinessPage) -> None:
    shown(page, make_report(OVER_BUDGET), currency="CHF")
    assert visible_rows(page)[0].text == finding_text(OVER_BUDGET, "CHF")
    assert "CHF" in visible_rows(page)[0].text.message


def test_empty_groups_are_hidden(page: ReadinessPage) -> None:
    shown(page, make_report(NO_CRITERIA, OVER_BUDGET))
    assert page.findings.group_header(Severity.BLOCKER).isHidden()
    assert page.findings.group_header(Severity.HINT).isHidden()
    warnings = page.findings.group_header(Severity.WARNING)
    assert warnings.isVisible()
    assert warnings.text() == "Warnings (2)"
    assert warnings.y() == 0
    assert page.nothing_to_fix.isHidden()


def test_no_findings_say_nothing_to_fix(page: ReadinessPage) -> None:
    shown(page, make_report(NO_INSTRUCTIONS))
    shown(page, make_report(scores=dict.fromkeys(Pillar, 100)))
    assert page.nothing_to_fix.isVisible()
    assert page.nothing_to_fix.text().startswith("Nothing to fix")
    assert page.findings.isHidden()
    assert visible_rows(page) == []


def test_a_second_report_replaces_the_first(page: ReadinessPage) -> None:
    shown(page, make_report(NO_INSTRUCTIONS, NO_WINDOWS, NO_CRITERIA, NO_TRIAL))
    shown(page, make_report(NO_CRITERIA, OVER_BUDGET))
    assert [row.finding for row in visible_rows(page)] == [NO_CRITERIA, OVER_BUDGET]
    assert page.findings.count() == 2
    assert page.findings.group_header(Severity.BLOCKER).isHidden()
    assert page.findings.group_header(Severity.WARNING).text() == "Warnings (2)"
    assert page.verdict_label.text() == "Almost ready"
    shown(page, make_report(NO_CRITERIA, OVER_BUDGET))
    assert [row.finding for row in visible_rows(page)] == [NO_CRITERIA, OVER_BUDGET]


def test_a_thousand_findings_bind_only_the_rows_in_view(page: ReadinessPage) -> None:
    findings = many_findings(1000)
    shown(page, make_report(*findings))
    assert page.findings.count() == 1000
    rows = visible_rows(page)
    assert 3 <= len(rows) < 40
    assert [row.finding for row in rows] == findings[: len(rows)]
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert visible_rows(page)[-1].finding == findings[-1]
    assert len(page.findings.findChildren(FindingRow)) < 80


def test_a_report_set_while_hidden_shows_once_the_page_is_shown(
    page: ReadinessPage, qtbot: QtBot
) -> None:
    shown(page, make_report(*many_findings(30)))
    page.hide()
    page.set_report(make_report(NO_CRITERIA, NO_TRIAL), "EUR")
    page.resize(900, 600)
    QApplication.processEvents()
    with qtbot.waitExposed(page):
        page.show()
    QApplication.processEvents()
    assert [row.finding for row in visible_rows(page)] == [NO_CRITERIA, NO_TRIAL]


def test_a_report_from_a_new_workspace(page: ReadinessPage, workspace: Workspace) -> None:
    report = workspace.readiness.report()
    shown(page, report, workspace.profile.profile().currency)
    assert page.verdict_label.text() == "Not yet"
    messages = [row.text.message for row in visible_rows(page)]
    assert "No to-do is marked delegate yet." in messages
    assert "No times are set when you can be reached." in messages
    blockers = sum(1 for f in report.findings if f.severity == Severity.BLOCKER)
    assert page.findings.group_header(Severity.BLOCKER).text() == f"Blockers ({blockers})"
    scores = [page.pillar_cards[p].score_label.text() for p in Pillar]
    assert scores == [str(report.scores[p]) for p in Pillar]


def test_a_report_from_the_demo_workspace(page: ReadinessPage, workspace: Workspace) -> None:
    workspace.fill_with_demo("en")
    report = workspace.readiness.report()
    shown(page, report, "EUR")
    # Almost: a check-in is overdue and a settling-in review is due.
    assert page.verdict_label.text() == "Almost ready"
    assert [row.finding for row in visible_rows(page)] == list(report.findings)
    assert page.findings.group_header(Severity.BLOCKER).isHidden()
    assert page.findings.group_header(Severity.WARNING).text() == "Warnings (2)"


# Signals ------------------------------------------------------------------------------


def test_clicking_fix_asks_to_fix_that_finding(page: ReadinessPage, qtbot: QtBot) -> None:
    shown(page, make_report(NO_INSTRUCTIONS, NO_CRITERIA, NO_TRIAL))
    button = visible_rows(page)[1].button
    with qtbot.waitSignal(page.fix_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [NO_CRITERIA]


def test_fix_far_down_the_list(page: ReadinessPage, qtbot: QtBot) -> None:
    findings = many_findings(300)
    shown(page, make_report(*findings))
    row = page.findings.row(250)
    assert in_viewport(page, 250)
    with qtbot.waitSignal(page.fix_requested) as blocker:
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert blocker.args == [findings[250]]


def test_enter_on_a_focused_finding_asks_to_fix_it(page: ReadinessPage, qtbot: QtBot) -> None:
    shown(page, make_report(NO_INSTRUCTIONS, NO_CRITERIA))
    page.findings.focus_finding(1)
    button = QApplication.focusWidget()
    assert button is page.findings.row(1).button
    with qtbot.waitSignal(page.fix_requested) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert blocker.args == [NO_CRITERIA]


def test_the_mindset_button_asks_for_the_mindset_check(page: ReadinessPage, qtbot: QtBot) -> None:
    shown(page, make_report(NO_TRIAL))
    with qtbot.waitSignal(page.mindset_requested):
        qtbot.mouseClick(page.mindset_button, Qt.MouseButton.LeftButton)


# Keyboard -----------------------------------------------------------------------------


def test_tab_reaches_every_fix_button_in_order(page: ReadinessPage, qtbot: QtBot) -> None:
    findings = many_findings(45)
    shown(page, make_report(*findings))
    page.scroll_area.verticalScrollBar().setValue(400)  # Tab still starts at the first
    page.mindset_button.setFocus(Qt.FocusReason.OtherFocusReason)
    reached = []
    for _ in findings:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        index = page.findings.focused_index()
        assert index is not None
        assert in_viewport(page, index)
        reached.append(page.findings.finding_at(index))
    assert reached == findings
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.findings.focused_index() is None  # past the last one: out of the list
    page.findings.focus_finding(len(findings) - 1)
    back = []
    for _ in range(len(findings) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        index = page.findings.focused_index()
        assert index is not None
        back.append(index)
    assert back == list(range(len(findings) - 2, -1, -1))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.mindset_button


def test_arrow_keys_move_between_findings(page: ReadinessPage, qtbot: QtBot) -> None:
    findings = many_findings(40)
    shown(page, make_report(*findings))
    page.findings.focus_finding(0)
    for expected in (1, 2, 3, 2):
        key = Qt.Key.Key_Down if expected > (page.findings.focused_index() or 0) else Qt.Key.Key_Up
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert page.findings.focused_index() == expected
    page.findings.focus_finding(39)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert page.findings.focused_index() == 39  # stays on the last one
    assert in_viewport(page, 39)


def test_a_new_report_keeps_the_focus_on_the_same_finding(
    page: ReadinessPage, qtbot: QtBot
) -> None:
    shown(page, make_report(NO_INSTRUCTIONS, NO_WINDOWS, NO_CRITERIA, NO_TRIAL))
    page.findings.focus_finding(2)
    shown(page, make_report(NO_WINDOWS, NO_CRITERIA, NO_TRIAL))  # the first one was fixed
    index = page.findings.focused_index()
    assert index is not None
    assert page.findings.finding_at(index) == NO_CRITERIA


# Language -----------------------------------------------------------------------------


def test_the_page_follows_a_language_change(page: ReadinessPage, qtbot: QtBot) -> None:
    shown(page, make_report(NO_INSTRUCTIONS))
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(resource("translations", "delegator_de.qm")))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.verdict_label.text() == "Noch nicht startklar")
        assert page.pillar_cards[Pillar.LETTING_GO].title_label.text() == "Loslassen"
        assert visible_rows(page)[0].text == finding_text(NO_INSTRUCTIONS)
        assert visible_rows(page)[0].text.message.startswith("„Belege hochladen“")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.verdict_label.text() == "Not yet")
    assert visible_rows(page)[0].text == finding_text(NO_INSTRUCTIONS)


# Colour -------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette(QColor(53, 53, 53))
    palette.setColor(QPalette.ColorRole.Window, QColor(53, 53, 53))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def bar_colour(gauge: ScoreGauge) -> QColor:
    image = gauge.grab().toImage()
    ratio = image.devicePixelRatio()
    point = QPoint(round(gauge.width() * 0.1 * ratio), round(gauge.height() / 2 * ratio))
    return image.pixelColor(point)


@pytest.mark.parametrize("score", [20, 65, 95])
def test_gauges_follow_a_dark_palette_and_stay_readable(
    page: ReadinessPage, qtbot: QtBot, score: int
) -> None:
    shown(page, make_report(scores=dict.fromkeys(Pillar, score)))
    gauge = page.pillar_cards[Pillar.RELIABILITY].gauge
    QApplication.setPalette(QApplication.style().standardPalette())
    light = bar_colour(gauge)
    light_window = gauge.palette().color(QPalette.ColorRole.Window)
    QApplication.setPalette(dark_palette())
    try:
        qtbot.waitUntil(lambda: bar_colour(gauge) != light)
        dark = bar_colour(gauge)
        dark_window = gauge.palette().color(QPalette.ColorRole.Window)
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())
    assert contrast(light, light_window) >= 3.0
    assert contrast(dark, dark_window) >= 3.0
    assert dark.lightness() > light.lightness()


def test_score_bands_have_different_colours(page: ReadinessPage) -> None:
    colours = []
    for score in (20, 65, 95):
        shown(page, make_report(scores=dict.fromkeys(Pillar, score)))
        colours.append(bar_colour(page.pillar_cards[Pillar.EXPECTATIONS].gauge).name())
    assert len(set(colours)) == 3

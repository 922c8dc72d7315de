"""What each readiness finding says, in the UI language: what is missing, why it
matters (the article's reasoning in our words) and how to fix it.

Shared by the Readiness page and ``delegator readiness`` so both say the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from delegator.domain.mindset import MindsetStatement
from delegator.domain.readiness import Finding, Pillar, Rule, Severity, Verdict
from delegator.text.formatting import hours, money, short_date


@dataclass(frozen=True, slots=True)
class FindingText:
    message: str
    why: str
    fix: str


class Readiness(QObject):
    """The messages that count something, with their plural forms ("1 to-do", "2
    to-dos"): lupdate reads a plural only from ``self.tr(text, "", n)``, never from
    ``QCoreApplication.translate``; the class's name keeps the context "Readiness".
    Each takes the finding's values and leaves the other fields ({name} …) in."""

    def undecided(self, values: Mapping[str, object]) -> str:
        return self.tr("%n to-do(s) still undecided.", "", _number(values, "count"))

    def unassigned(self, values: Mapping[str, object]) -> str:
        return self.tr(
            "%n delegated to-do(s) without an assistant yet.", "", _number(values, "count")
        )

    def due_too_soon(self, values: Mapping[str, object]) -> str:
        return self.tr(
            "“{name}” is due sooner than the %n day(s) it needs.", "", _number(values, "days")
        )

    def raise_level(self, values: Mapping[str, object]) -> str:
        return self.tr(
            "“{name}” was rated well %n time(s) at delegation level {level}: {ratings}.",
            "",
            _number(values, "count"),
        )


def _number(values: Mapping[str, object], key: str) -> int:
    value = values.get(key, 0)
    return value if isinstance(value, int) else 0


Message = str | Callable[[Mapping[str, object]], str]
COUNTED = Readiness()

# The five statements of the mindset check, said the same in its dialog and in the
# findings that quote them (one source text each).
_STATEMENTS = {
    MindsetStatement.DO_IT_BEST_MYSELF: QT_TRANSLATE_NOOP("MindsetDialog", "I do it best myself."),
    MindsetStatement.NO_DESIRE_TO_EXPLAIN: QT_TRANSLATE_NOOP(
        "MindsetDialog", "I don't want to explain it."
    ),
    MindsetStatement.NO_DESIRE_FOR_FEEDBACK: QT_TRANSLATE_NOOP(
        "MindsetDialog", "I don't want to give feedback."
    ),
    MindsetStatement.COSTS_MORE_IN_THE_END: QT_TRANSLATE_NOOP(
        "MindsetDialog", "Handing over costs me more time, money and stress in the end."
    ),
    MindsetStatement.MUST_CHECK_EVERY_STEP: QT_TRANSLATE_NOOP(
        "MindsetDialog", "I must check every single step."
    ),
}


def mindset_statement(statement: MindsetStatement) -> str:
    """A statement of the mindset check in the UI language."""
    return QCoreApplication.translate("MindsetDialog", str(_STATEMENTS[statement]))


def _agreed(statement: MindsetStatement) -> Message:
    """The message of an agreed statement, quoting it as the dialog says it."""

    def message(_values: Mapping[str, object]) -> str:
        quoted = QCoreApplication.translate("Readiness", "You agreed: “{statement}”")
        return quoted.format(statement=mindset_statement(statement).replace("{", "{{"))

    return message


def _texts() -> dict[Rule, tuple[Message, str, str]]:
    """rule id → (message, why, fix); {name}, {count} … are filled in per finding, a
    message that counts is made for its number first (``Readiness``)."""
    return {
        Rule.NO_DELEGATED_TASK: (
            QCoreApplication.translate("Readiness", "No to-do is marked delegate yet."),
            QCoreApplication.translate(
                "Readiness",
                "Without knowing which tasks to hand over you can neither choose an "
                "assistant nor judge their work.",
            ),
            QCoreApplication.translate(
                "Readiness", "Sort your to-dos: press D on those someone else could do."
            ),
        ),
        Rule.NO_INSTRUCTIONS: (
            QCoreApplication.translate("Readiness", "“{name}” has no instructions and no steps."),
            QCoreApplication.translate(
                "Readiness", "Clear written instructions are the first duty of a reliable client."
            ),
            QCoreApplication.translate(
                "Readiness", "Write down the goal and the steps, as if for someone new."
            ),
        ),
        Rule.NO_ACCEPTANCE_CRITERIA: (
            QCoreApplication.translate("Readiness", "“{name}” has no “done when” criteria."),
            QCoreApplication.translate(
                "Readiness", "Without criteria you can only judge the result by feeling."
            ),
            QCoreApplication.translate(
                "Readiness", "Add one or two checks that say when the task is done well."
            ),
        ),
        Rule.NO_SKILLS: (
            QCoreApplication.translate("Readiness", "“{name}” names no required skills."),
            QCoreApplication.translate(
                "Readiness", "Knowing the skills a task needs is how you pick the right assistant."
            ),
            QCoreApplication.translate(
                "Readiness", "Add the skills the task needs, e.g. Canva or bookkeeping."
            ),
        ),
        Rule.NO_ESTIMATE: (
            QCoreApplication.translate(
                "Readiness", "“{name}” has no estimate (how often and how long)."
            ),
            QCoreApplication.translate(
                "Readiness", "Hours per week decide how much help you need and what it costs."
            ),
            QCoreApplication.translate(
                "Readiness", "Set how often it happens and how long it takes each time."
            ),
        ),
        Rule.NO_BUDGET: (
            QCoreApplication.translate("Readiness", "No monthly budget is set."),
            QCoreApplication.translate(
                "Readiness", "Know what you are ready to invest before you look for help."
            ),
            QCoreApplication.translate("Readiness", "Enter a monthly budget in My Agreements."),
        ),
        Rule.OVER_BUDGET: (
            QCoreApplication.translate(
                "Readiness",
                "The delegated work costs about {cost} a month, above your budget of {budget}.",
            ),
            QCoreApplication.translate(
                "Readiness", "An assistant you cannot pay for long is no relief."
            ),
            QCoreApplication.translate(
                "Readiness", "Raise the budget, shorten estimates, or keep some tasks for now."
            ),
        ),
        Rule.UNDECIDED: (
            COUNTED.undecided,
            QCoreApplication.translate(
                "Readiness", "A clear overview of your tasks is part of being organised."
            ),
            QCoreApplication.translate("Readiness", "Triage the inbox: K keeps, D delegates."),
        ),
        Rule.UNASSIGNED: (
            COUNTED.unassigned,
            QCoreApplication.translate(
                "Readiness", "Tasks, skills and hours are the profile you choose a provider by."
            ),
            QCoreApplication.translate(
                "Readiness", "Assign them, or send them as a requirements profile to candidates."
            ),
        ),
        Rule.RESTATE_EXPECTATIONS: (
            QCoreApplication.translate(
                "Readiness",
                "“{name}” was rated {rating} of 5 on {given_on}, and its instructions "
                "have not changed since.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "When a result disappoints, the cause is often an expectation that was "
                "never written down. Restate what you expect instead of ending the "
                "collaboration.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Restate what you expect: describe the result you want, one thing at a "
                "time, in the instructions or the “done when” list.",
            ),
        ),
        Rule.NO_CONTACT_CHANNEL: (
            QCoreApplication.translate("Readiness", "No contact channel is set."),
            QCoreApplication.translate(
                "Readiness", "Your assistant must be able to reach you with questions."
            ),
            QCoreApplication.translate(
                "Readiness", "Add an email address, phone number or chat in My Agreements."
            ),
        ),
        Rule.NO_REACHABILITY: (
            QCoreApplication.translate("Readiness", "No times are set when you can be reached."),
            QCoreApplication.translate(
                "Readiness", "Say when you answer, so questions do not wait for days."
            ),
            QCoreApplication.translate(
                "Readiness", "Add your reachability windows in My Agreements."
            ),
        ),
        Rule.NO_RESPONSE_TIME: (
            QCoreApplication.translate("Readiness", "No response-time promise is set."),
            QCoreApplication.translate(
                "Readiness", "An assistant plans better knowing how soon you answer."
            ),
            QCoreApplication.translate("Readiness", "Promise how many hours a reply may take."),
        ),
        Rule.NO_CHECK_IN: (
            QCoreApplication.translate("Readiness", "No check-in rhythm is agreed."),
            QCoreApplication.translate(
                "Readiness", "A regular check-in is where feedback and questions find their place."
            ),
            QCoreApplication.translate("Readiness", "Choose a rhythm, e.g. weekly on Friday."),
        ),
        Rule.OVERDUE: (
            QCoreApplication.translate("Readiness", "“{name}” is overdue since {since}."),
            QCoreApplication.translate(
                "Readiness",
                "A date that has passed tells your assistant nothing about when you need it.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Set a new, realistic due date, or archive the to-do if it is no longer needed.",
            ),
        ),
        Rule.DUE_TOO_SOON: (
            COUNTED.due_too_soon,
            QCoreApplication.translate(
                "Readiness", "Your assistant needs enough time to do the work well."
            ),
            QCoreApplication.translate(
                "Readiness", "Move the due date, or shorten the lead time if that is realistic."
            ),
        ),
        Rule.OVER_CAPACITY: (
            QCoreApplication.translate(
                "Readiness", "{name} has {hours} h a week assigned but {capacity} h of capacity."
            ),
            QCoreApplication.translate(
                "Readiness", "Too much work at once makes even a good assistant fail."
            ),
            QCoreApplication.translate(
                "Readiness", "Raise the agreed hours, reassign tasks, or keep some."
            ),
        ),
        Rule.NO_WORKING_TIMES: (
            QCoreApplication.translate(
                "Readiness", "No working days and hours are agreed with {name}."
            ),
            QCoreApplication.translate(
                "Readiness", "You both need to know when the assistant is available for you."
            ),
            QCoreApplication.translate(
                "Readiness", "Agree working days and hours and note them for {name}."
            ),
        ),
        Rule.NO_ESCALATION_RULE: (
            QCoreApplication.translate("Readiness", "“{name}” does not say when to ask you."),
            QCoreApplication.translate(
                "Readiness", "A clear “ask me when …” saves both of you guessing."
            ),
            QCoreApplication.translate(
                "Readiness", "Add an escalation rule, e.g. “ask me when a client complains”."
            ),
        ),
        Rule.CHECK_IN_OVERDUE: (
            QCoreApplication.translate(
                "Readiness", "The check-in on “{name}” is due since {since}."
            ),
            QCoreApplication.translate(
                "Readiness",
                "Handed-over work still needs you: a check-in kept on time is where "
                "questions get answered and feedback is given.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Check in with your assistant and record it, or move the check-in to a "
                "day you will keep.",
            ),
        ),
        Rule.MINDSET_NOT_CHECKED: (
            QCoreApplication.translate("Readiness", "You have not done the mindset check yet."),
            QCoreApplication.translate(
                "Readiness", "Your own thoughts decide whether the collaboration can work."
            ),
            QCoreApplication.translate(
                "Readiness", "Take the mindset check: five statements, two minutes."
            ),
        ),
        Rule.MINDSET_OUTDATED: (
            QCoreApplication.translate(
                "Readiness", "Your last mindset check is more than 90 days old."
            ),
            QCoreApplication.translate(
                "Readiness", "Letting go changes with experience; see where you stand now."
            ),
            QCoreApplication.translate("Readiness", "Take the mindset check again."),
        ),
        Rule.MINDSET_DO_IT_BEST_MYSELF: (
            _agreed(MindsetStatement.DO_IT_BEST_MYSELF),
            QCoreApplication.translate(
                "Readiness",
                "With this thought an assistant has no chance to meet your expectations.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Give the collaboration time to settle in; describe what “good” means "
                "instead of doing it yourself.",
            ),
        ),
        Rule.MINDSET_NO_DESIRE_TO_EXPLAIN: (
            _agreed(MindsetStatement.NO_DESIRE_TO_EXPLAIN),
            QCoreApplication.translate(
                "Readiness", "Explaining once is what makes the task leave your desk for good."
            ),
            QCoreApplication.translate(
                "Readiness", "Start from a template and write the instructions once."
            ),
        ),
        Rule.MINDSET_NO_DESIRE_FOR_FEEDBACK: (
            _agreed(MindsetStatement.NO_DESIRE_FOR_FEEDBACK),
            QCoreApplication.translate(
                "Readiness", "Feedback is how an assistant learns what you expect."
            ),
            QCoreApplication.translate(
                "Readiness", "Schedule the weekly check-in and give constructive feedback there."
            ),
        ),
        Rule.MINDSET_COSTS_MORE_IN_THE_END: (
            _agreed(MindsetStatement.COSTS_MORE_IN_THE_END),
            QCoreApplication.translate(
                "Readiness", "After a short settling-in period outsourcing is usually a gain."
            ),
            QCoreApplication.translate(
                "Readiness", "Look at the hours freed and the money test in the triage helper."
            ),
        ),
        Rule.MINDSET_MUST_CHECK_EVERY_STEP: (
            _agreed(MindsetStatement.MUST_CHECK_EVERY_STEP),
            QCoreApplication.translate(
                "Readiness", "Controlling every step leaves no room for the assistant to work."
            ),
            QCoreApplication.translate(
                "Readiness",
                "Agree checkpoints and “done when” criteria instead of checking every step.",
            ),
        ),
        Rule.NO_TRIAL_PERIOD: (
            QCoreApplication.translate(
                "Readiness", "No settling-in or trial period is set for {name}."
            ),
            QCoreApplication.translate(
                "Readiness",
                "Give yourselves time to settle in; do not end it at the first mistake.",
            ),
            QCoreApplication.translate("Readiness", "Set the end of the trial period for {name}."),
        ),
        Rule.REVIEW_OVERDUE: (
            QCoreApplication.translate(
                "Readiness",
                "The settling-in period with {name} ended on {trial_end} without a review.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Settling in takes time; looking back together on how it went decides "
                "what to keep, what to adjust and whether to go on.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Review the settling-in period with {name}: continue, adjust, or end.",
            ),
        ),
        Rule.RAISE_LEVEL: (
            COUNTED.raise_level,
            QCoreApplication.translate(
                "Readiness",
                "Work that keeps going well is ready for more freedom; letting go step "
                "by step builds trust on both sides.",
            ),
            QCoreApplication.translate(
                "Readiness",
                "Consider raising the delegation level of “{name}”. The app never "
                "changes it by itself.",
            ),
        ),
    }


def _ratings(ratings: tuple[tuple[dt.date, int], ...]) -> str:
    """(day, rating) pairs as "12/3/2026: 5, 12/10/2026: 4" in the UI language."""
    return QCoreApplication.translate("Readiness", ", ").join(
        QCoreApplication.translate("Readiness", "{date}: {rating}").format(
            date=short_date(day), rating=rating
        )
        for day, rating in ratings
    )


def finding_text(finding: Finding, currency: str = "EUR") -> FindingText:
    message, why, fix = _texts()[finding.rule]
    values: dict[str, object] = {"name": finding.subject.name}
    for key, value in finding.values:
        if key in ("cost", "budget") and isinstance(value, int):
            values[key] = money(value, currency, whole=True)
        elif key in ("hours", "capacity") and isinstance(value, int | float):
            values[key] = hours(value)
        elif isinstance(value, dt.date):
            values[key] = short_date(value)
        elif key == "ratings" and isinstance(value, tuple):
            values[key] = _ratings(value)
            values["count"] = len(value)
        elif key == "level" and isinstance(value, int):
            values[key] = int(value)
        else:
            values[key] = value
    words = message if isinstance(message, str) else message(values)
    return FindingText(words.format(**values), why, fix.format(**values))


def severity_label(severity: Severity) -> str:
    return {
        Severity.BLOCKER: QCoreApplication.translate("Readiness", "Blocker"),
        Severity.WARNING: QCoreApplication.translate("Readiness", "Warning"),
        Severity.HINT: QCoreApplication.translate("Readiness", "Hint"),
    }[severity]


def pillar_label(pillar: Pillar) -> str:
    return {
        Pillar.EXPECTATIONS: QCoreApplication.translate("Readiness", "Clear expectations"),
        Pillar.RELIABILITY: QCoreApplication.translate("Readiness", "Reliable client"),
        Pillar.LETTING_GO: QCoreApplication.translate("Readiness", "Letting go"),
    }[pillar]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.READY: QCoreApplication.translate("Readiness", "Ready"),
        Verdict.ALMOST: QCoreApplication.translate("Readiness", "Almost ready"),
        Verdict.NOT_YET: QCoreApplication.translate("Readiness", "Not yet"),
    }[verdict]

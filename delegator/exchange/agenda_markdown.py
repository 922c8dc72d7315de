"""A check-in agenda as Markdown, made like the brief (``exchange/brief_markdown.py``:
the same escaping of typed text, words, dates and field names in the agenda's language).

The sections: what is due for a check-in (a table), status changes since the last
check-in, feedback to give, and instructions changed since the last handover; an empty
one says so ("Nothing due.") rather than disappearing, so the page reads the same every
week. The PDF is printed from this text.
"""

from __future__ import annotations

from delegator.domain.agenda import Agenda, AgendaFeedback
from delegator.exchange.brief_markdown import FIELDS, NONE, MarkdownStyle, bullet_list, text
from delegator.text import agenda_text as words


def agenda_title(agenda: Agenda) -> str:
    """ "Check-in agenda for <name>", in the agenda's language (the PDF's title too)."""
    return MarkdownStyle(agenda.language, agenda.address)(words.TITLE).format(
        name=agenda.assistant_name
    )


def render_agenda_markdown(agenda: Agenda) -> str:
    tr = MarkdownStyle(agenda.language, agenda.address)
    since = tr.date(agenda.since) if agenda.since is not None else tr(words.NO_CHECK_IN_YET)
    cover = [
        tr.field(words.DATE, tr.date(agenda.made_at.date())),
        tr.field(words.LAST_CHECK_IN, since),
    ]
    changes_heading = (
        words.STATUS_CHANGES if agenda.since is not None else words.STATUS_CHANGES_SO_FAR
    )
    blocks = [f"# {text(agenda_title(agenda))}", bullet_list(cover)]
    blocks += [tr.heading(2, words.DUE), _due(agenda, tr) or tr(words.NOTHING_DUE)]
    changes = bullet_list(
        f"{tr.short_date(c.changed_at.date())}: **{text(c.title)}** → "
        f"{tr(words.STATUSES[c.status])} ({tr(words.SOURCES[c.source])})"
        for c in agenda.status_changes
    )
    blocks += [tr.heading(2, changes_heading), changes or tr(words.NO_STATUS_CHANGES)]
    feedback = "\n".join(_feedback(f, tr) for f in agenda.feedback)
    blocks += [tr.heading(2, words.FEEDBACK), feedback or tr(words.NO_FEEDBACK)]
    changed = bullet_list(
        f"**{text(c.title)}:** "
        + ", ".join(tr(FIELDS[f]) if f in FIELDS else text(f) for f in c.fields)
        for c in agenda.changed
    )
    blocks += [tr.heading(2, words.CHANGED), changed or tr(words.NO_CHANGES)]
    return "\n\n".join(blocks) + "\n"


def _due(agenda: Agenda, tr: MarkdownStyle) -> str:
    """One table row per to-do due: title, due since, last check-in, status."""
    if not agenda.due:
        return ""
    rows = [
        [tr(words.TASK), tr(words.DUE_SINCE), tr(words.LAST_CHECK_IN), tr(words.STATUS)],
        ["---", "---", "---", "---"],
    ]
    for item in agenda.due:
        last = item.last_check_in
        rows.append(
            [
                text(item.title) or NONE,
                tr.short_date(item.due_since),
                tr.short_date(last) if last is not None else NONE,
                tr(words.STATUSES[item.status]),
            ]
        )
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def _feedback(feedback: AgendaFeedback, tr: MarkdownStyle) -> str:
    """A list item: the to-do (or working together), the day and rating, then what
    went well, what to do differently and what to keep in mind, each when given."""
    subject = text(feedback.task_title) if feedback.task_title else tr(words.ON_THE_WHOLE)
    rating = tr(words.RATING).format(rating=feedback.rating)
    head = f"- **{subject}** ({tr.short_date(feedback.given_on)}, {rating})"
    parts = (
        (words.WENT_WELL, feedback.went_well),
        (words.TO_IMPROVE, feedback.to_improve),
        (words.KEEP_IN_MIND, feedback.keep_in_mind),
    )
    details = [f"{tr(label)}: {text(value)}" for label, value in parts if value.strip()]
    return "\n".join([head, bullet_list(details, "  - ")]).rstrip("\n")

"""The editor beside the list: everything the assistant needs to know about a to-do."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.errors import DelegatorError
from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Resource, Task, overdue
from delegator.domain.money import cost_per_month_cents, hours_per_month
from delegator.domain.triage import TriageAnswers
from delegator.gui import theme
from delegator.gui.decision_strip import DecisionStrip
from delegator.gui.editor_sections import ElidedLabel, SectionList
from delegator.gui.form_widgets import ThemedLabel, frameless_scroll
from delegator.gui.markdown_editor import AutosaveTextEdit, MarkdownEditor
from delegator.gui.resources_tab import ResourcesTab
from delegator.gui.string_list_editor import StringListEditor
from delegator.gui.task_details_form import TaskDetailsForm, level_name
from delegator.gui.triage_panel import TriagePanel
from delegator.gui.undo_commands import Runner
from delegator.services.assistant_service import AssistantService
from delegator.services.edit_operations import EditTask
from delegator.services.task_service import TaskService
from delegator.services.triage_service import TriageService
from delegator.text.field_names import field_name
from delegator.text.formatting import hours, money, money_per_month, short_date, weekly_hours

if TYPE_CHECKING:
    from delegator.gui.feedback_log import FeedbackSection
    from delegator.gui.followup_panel import FollowUpPanel
    from delegator.services.followup_service import FollowUpService


def _content(task: Task) -> Task:
    """*task* without its timestamps, to tell whether anything the editor shows changed."""
    return replace(task, created_at=None, updated_at=None)


class TaskEditor(QWidget):
    """Shows one to-do and stores every edit at once, each an undo step.

    Typing into one field merges into one undo step; ``flush()`` commits pending
    typing (the window calls it before showing another to-do and before closing).
    Alt+1 … Alt+8 open the tabs.

    Signals:
        decision_requested(int, str): the user chose keep, delegate or undecided in the
            decision strip under the header.
        task_shown(object): a to-do (a Task, or None) was shown; archived ones are
            made read-only by gui/archived_editor.py.
    """

    decision_requested = Signal(int, str)
    task_shown = Signal(object)

    def __init__(
        self,
        tasks: TaskService,
        assistants: AssistantService,
        triage: TriageService,
        run: Runner,
        parent: Any = None,
        *,
        followup: Callable[[], FollowUpService] | None = None,
    ) -> None:
        """*followup* gives the follow-up service; without it there is no Follow-up tab."""
        super().__init__(parent)
        self._followup = followup
        self._tasks = tasks
        self._assistants = assistants
        self._triage = triage
        self._run = run
        self._task: Task | None = None
        # The change that could not be stored, while the key press that made it is still
        # being handled (an editable combo box commits twice for one Enter).
        self._failed: tuple[str, dict[str, Any]] | None = None
        self._stale: list[TriagePanel | FeedbackSection] = []
        # Areas and skills in use, offered for completion: read again only after a change
        # to the data file (its data version, with the lists read then).
        self._known: tuple[int, list[str], list[str]] | None = None
        # Fields a template filled, by to-do id: field name → template name, until the
        # user edits the field (this session only).
        self._from_template: dict[int, dict[str, str]] = {}
        self._assistant_list: list[Assistant] = []
        self._build()
        self._wire()
        self.show_task(None)

    def _build(self) -> None:
        self.title = ElidedLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = ElidedLabel(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.template_note = ThemedLabel("", theme.WARNING, self)
        self.template_note.setVisible(False)
        self.decision = DecisionStrip(self)
        # The sections' pages, one at a time, chosen in the list beside them.
        self.tabs = QStackedWidget(self)
        self.sections = SectionList(self.tabs, self)
        self.instructions = MarkdownEditor(self.tr("Instructions"), self)
        self.instructions.editor.setPlaceholderText(
            self.tr(
                "What is the goal, and how should it be done? Write it so that someone "
                "new could do it without asking. Markdown works: # heading, - list, **bold**."
            )
        )
        self.steps = StringListEditor(self.tr("Add a step and press Enter"), self.tr("Steps"), self)
        self.criteria = StringListEditor(
            self.tr("Done when … (press Enter to add)"), self.tr("Done when"), self
        )
        self.details = TaskDetailsForm(self._tasks.clock, self)
        self.resources = ResourcesTab(self._tasks, self)
        notes_page = QWidget(self)
        self.notes_banner = QLabel(
            self.tr("Private notes: only you see them; they are never exported."), notes_page
        )
        self.notes_banner.setWordWrap(True)
        self.notes = AutosaveTextEdit(self.tr("Private notes"), notes_page)
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(self.notes_banner)
        notes_layout.addWidget(self.notes, 1)
        self.sections.add(self.instructions, self.tr("Instructions"))
        self.sections.add(self.steps, self.tr("Steps"))
        self.sections.add(self.criteria, self.tr("Done when"))
        self.details_page = frameless_scroll(self.details, self)
        self.details_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.add(self.details_page, self.tr("Details"))
        self.sections.add(self.resources, self.tr("Resources"))
        self.sections.add(notes_page, self.tr("Notes"))
        self.triage = TriagePanel(self._triage, self._run, self)
        self.triage_page = frameless_scroll(self.triage, self)
        self.sections.add(self.triage_page, self.tr("Triage"))
        self.followup: FollowUpPanel | None = None
        self.feedback: FeedbackSection | None = None
        # The Follow-up tab: status, check-ins and history above, the feedback below;
        # it scrolls in a low window rather than squeezing its fields.
        self.followup_page: QScrollArea | None = None
        if self._followup is not None:
            from delegator.gui.feedback_log import FeedbackSection
            from delegator.gui.followup_panel import FollowUpPanel

            self.followup = FollowUpPanel(self._followup, self._run, self)
            self.feedback = FeedbackSection(self._followup(), self._tasks, self._run, self)
            followup_parts = QSplitter(Qt.Orientation.Vertical, self)
            followup_parts.setChildrenCollapsible(False)
            followup_parts.addWidget(self.followup)
            followup_parts.addWidget(self.feedback)
            # As wide as the pane: the panel's labels go above its fields when narrow.
            followup_parts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.followup_page = frameless_scroll(followup_parts, self)
            self.followup_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.sections.add(self.followup_page, self.tr("Follow-up"))
        self.empty = QLabel(self.tr("Select a to-do to describe it."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.body = QWidget(self)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.sections, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.template_note)
        layout.addWidget(self.decision)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

    def _wire(self) -> None:
        self.instructions.text_committed.connect(self._on_instructions_text_committed)
        self.steps.items_changed.connect(self._on_steps_items_changed)
        self.criteria.items_changed.connect(self._on_criteria_items_changed)
        self.details.changed.connect(self._on_details_changed)
        self.resources.resources_changed.connect(self._on_resources_resources_changed)
        self.notes.text_committed.connect(self._on_notes_text_committed)
        self.decision.decision_chosen.connect(self._on_decision_decision_chosen)
        self.decision.questions_requested.connect(self._on_decision_questions_requested)
        self.triage.suggested.connect(self._on_triage_suggested)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for number in range(1, self.tabs.count() + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=number - 1: self.open_tab(index))

    # Public --------------------------------------------------------------

    @property
    def task(self) -> Task | None:
        return self._task

    def show_task(self, task_id: int | None) -> None:
        """Show a to-do (None: nothing selected); pending typing is committed first."""
        self.flush()
        try:
            self._task = self._tasks.task(task_id) if task_id is not None else None
            self._assistant_list = (
                self._assistants.assistants(include_archived=True) if task_id is not None else []
            )
        except DelegatorError:
            self._task = None
        self._show()
        self.task_shown.emit(self._task)

    def refresh(self) -> None:
        """Show the stored version of the current to-do (after undo, redo or a change)."""
        self.show_task(self._task.id if self._task is not None else None)

    def sync(self) -> None:
        """Show the stored version if it differs from what is shown (a change made in
        the list, the board or the sidebar); typing in progress is kept."""
        if self._task is None:
            return
        try:
            stored = self._tasks.task(self._task.id)
        except DelegatorError:
            stored = None
        if stored is None or _content(stored) != _content(self._task):
            self.refresh()

    def flush(self) -> None:
        if self._task is not None:
            self.instructions.flush()
            self.notes.flush()

    def focus_field(self, name: str) -> bool:
        """Open the section of a Task field and put the cursor on it; False if unknown."""
        places = self._places()
        if self._task is None or name not in places:
            return False
        tab, widget = places[name]
        self.tabs.setCurrentIndex(tab)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def mark_from_template(self, field_names: Iterable[str], template_name: str) -> None:
        """Mark the fields of the shown to-do that the template *template_name* filled
        in, to be reviewed: a line under the header names them and their sections are
        in bold, until the user edits each field. Kept for this session only."""
        if self._task is None:
            return
        marks = self._from_template.setdefault(self._task.id, {})
        marks.update(dict.fromkeys(field_names, template_name))
        self._show_template_marks()

    def _places(self) -> dict[str, tuple[int, QWidget]]:
        """Each Task field the editor shows: its section's index and its widget."""
        details = self.details
        places: dict[str, tuple[int, QWidget]] = {
            "instructions": (0, self.instructions.editor),
            "steps": (1, self.steps.entry),
            "acceptance_criteria": (2, self.criteria.entry),
            "assistant_id": (3, details.assistant),
            "area": (3, details.area),
            "priority": (3, details.priority),
            "frequency": (3, details.frequency),
            "minutes_per_occurrence": (3, details.minutes),
            "due": (3, details.due),
            "lead_time_days": (3, details.lead_time),
            "level": (3, details.level),
            "escalation_rule": (3, details.escalation),
            "skills": (3, details.skills),
            "tools": (3, details.tools.entry),
            "resources": (4, self.resources.link),
            "notes": (5, self.notes),
        }
        if self.followup is not None and self.followup_page is not None:
            page = self.tabs.indexOf(self.followup_page)
            places["next_check_in"] = (page, self.followup.next_check_in)
        return places

    def open_tab(self, index: int) -> None:
        if self._task is not None:
            self.tabs.setCurrentIndex(index)
            page = self.tabs.currentWidget()
            if page is not None:
                page.setFocus()

    # Showing -------------------------------------------------------------

    def _show(self) -> None:
        task = self._task
        has_task = task is not None
        for widget in (self.title, self.summary, self.decision, self.body):
            widget.setVisible(has_task)
        self.empty.setVisible(not has_task)
        if task is None:
            return
        self.title.setText(task.title)
        self.instructions.set_text(task.instructions)
        self.steps.set_items(task.steps)
        self.criteria.set_items(task.acceptance_criteria)
        version = self._tasks.data_version()
        if self._known is None or self._known[0] != version:
            self._known = (version, self._tasks.known("areas"), self._tasks.known("skills"))
        self.details.show_task(task, self._assistant_list, self._known[1], self._known[2])
        self.resources.set_resources(task.resources)
        self.notes.set_text(task.notes)
        if self.followup is not None:
            self.followup.show_task(task)
        # Tabs that read more than the to-do load when they come on screen, so moving
        # through the list reads only what is seen (bench/checkin_view.py).
        current = self.tabs.currentWidget()
        self._stale = [panel for page, panel in self._lazy_tabs() if page is not current]
        for page, panel in self._lazy_tabs():
            if page is current:
                panel.show_task(task)
        self._show_summary(task)
        self._show_template_marks()
        self._show_decision(task)

    def _show_decision(self, task: Task) -> None:
        suggested = None
        if task.decision is Decision.UNDECIDED:
            answers = self._triage.answers(task.id)
            if answers != TriageAnswers():
                suggested = self._triage.suggestion(task, answers).decision
        self.decision.show_task(task, suggested)

    def _show_template_marks(self) -> None:
        marks = self._from_template.get(self._task.id, {}) if self._task is not None else {}
        places = self._places()
        marked = {places[name][0] for name in marks if name in places}
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None:
                self.sections.set_marked(page, index in marked)
        lines = [
            self.tr("Filled from template “{template}” — please review: {fields}.").format(
                template=template,
                fields=", ".join(field_name(name) for name, t in marks.items() if t == template),
            )
            for template in dict.fromkeys(marks.values())
        ]
        self.template_note.setText("\n".join(lines))
        self.template_note.setVisible(bool(lines))

    def _lazy_tabs(self) -> list[tuple[QWidget, TriagePanel | FeedbackSection]]:
        """The panels that load on sight, each with the tab page it is on."""
        tabs: list[tuple[QWidget, TriagePanel | FeedbackSection]] = [
            (self.triage_page, self.triage)
        ]
        if self.followup_page is not None and self.feedback is not None:
            tabs.append((self.followup_page, self.feedback))
        return tabs

    def _on_tabs_current_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        for page, panel in self._lazy_tabs():
            if page is current and panel in self._stale:
                self._stale.remove(panel)
                panel.show_task(self._task)

    def _show_summary(self, task: Task) -> None:
        parts: list[str] = []
        weekly = hours_per_week(task.frequency, task.minutes_per_occurrence)
        assistant = next((a for a in self._assistant_list if a.id == task.assistant_id), None)
        load: list[str] = []
        if weekly is not None:
            parts.append(weekly_hours(weekly))
            load.append(self.tr("About {hours} hours a week").format(hours=hours(weekly)))
        cost = None
        if assistant is not None:
            monthly = hours_per_month(task.frequency, task.minutes_per_occurrence)
            cost = cost_per_month_cents(monthly, assistant.hourly_rate_cents)
        if cost is not None and assistant is not None:
            parts.append(money_per_month(cost, assistant.currency))
            load.append(
                self.tr("{cost} a month at {name}’s rate").format(
                    cost=money(cost, assistant.currency), name=assistant.name
                )
            )
        if task.level is not None:
            parts.append(
                self.tr("Level {number}: {name}").format(
                    number=int(task.level), name=level_name(task.level)
                )
            )
        if task.due is not None and overdue(
            task.due, task.status, task.archived, self._tasks.clock.today()
        ):  # first, where eliding never hides it
            parts.insert(0, self.tr("overdue since {date}").format(date=short_date(task.due)))
        elif task.due is not None:
            parts.append(self.tr("due {date}").format(date=short_date(task.due)))
        self.summary.setText(" · ".join(parts))
        self.details.set_load_text(", ".join(load))

    # Committing ----------------------------------------------------------

    def _commit(self, field: str, label: str, **values: Any) -> None:
        """Store the changed fields only, so a change made elsewhere meanwhile stays."""
        current = self._task
        if current is None:
            return
        before = {name: getattr(current, name) for name in values}
        if before == values or self._failed == (field, values):
            return
        # Shown as stored before the window refreshes, so it is not taken for a change
        # made elsewhere.
        self._task = replace(current, **values)
        if not self._run(label, EditTask(self._tasks, current.id, before, values, field)):
            # Not stored: what was typed or chosen stays on screen, to be saved on the
            # next try (Enter, leaving the field, choosing again).
            self._task = current
            self._failed = (field, values)
            QTimer.singleShot(0, self._forget_failure)
            texts: dict[str, MarkdownEditor | AutosaveTextEdit] = {
                "instructions": self.instructions,
                "notes": self.notes,
            }
            typed = texts.get(field)
            if typed is not None:
                typed.keep_unsaved(before[field])
        elif self._task is not None and self._task.id == current.id:
            # Unless the edit took the to-do out of the list, and the editor moved on.
            self._show_summary(self._task)
            if self._from_template.get(current.id, {}).pop(field, None) is not None:
                self._show_template_marks()

    def _forget_failure(self) -> None:
        self._failed = None

    def _on_instructions_text_committed(self, text: str) -> None:
        self._commit("instructions", self.tr("Edit instructions"), instructions=text)

    def _on_steps_items_changed(self, items: list[str]) -> None:
        self._commit("steps", self.tr("Edit steps"), steps=tuple(items))

    def _on_criteria_items_changed(self, items: list[str]) -> None:
        self._commit(
            "acceptance_criteria", self.tr("Edit “done when”"), acceptance_criteria=tuple(items)
        )

    def _on_details_changed(self, field: str, values: dict[str, Any]) -> None:
        self._commit(field, self.tr("Edit details"), **values)

    def _on_resources_resources_changed(self, resources: list[Resource]) -> None:
        self._commit("resources", self.tr("Edit resources"), resources=tuple(resources))

    def _on_decision_decision_chosen(self, decision: str) -> None:
        if self._task is not None:
            self.decision_requested.emit(self._task.id, decision)

    def _on_decision_questions_requested(self) -> None:
        self.open_tab(self.tabs.indexOf(self.triage_page))
        self.triage.hours.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_triage_suggested(self, suggested: Decision | None) -> None:
        if self._task is not None and self._task.decision is Decision.UNDECIDED:
            self.decision.show_task(self._task, suggested)

    def _on_notes_text_committed(self, text: str) -> None:
        self._commit("notes", self.tr("Edit private notes"), notes=text)

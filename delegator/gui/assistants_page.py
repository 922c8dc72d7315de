"""The Assistants page: who work is handed to, and what is agreed with each of them."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.errors import DelegatorError
from delegator.domain.followup import Review, review_due
from delegator.gui.assistant_fields import (
    AddressCombo,
    CapacityHint,
    NotesEdit,
    OptionalDateEdit,
    OptionalTimeRange,
    WarningBanner,
    hours_from_working_times,
)
from delegator.gui.assistant_list import ID_ROLE, AssistantList
from delegator.gui.feedback_log import FeedbackLog
from delegator.gui.field_binding import FieldBindings, Values
from delegator.gui.form_widgets import (
    CurrencyCombo,
    HelpText,
    InlineMessage,
    TagCompleter,
    TimeZoneCombo,
    WrappingLabel,
    frameless_scroll,
    parse_tags,
    set_text_if_changed,
)
from delegator.gui.typed_fields import MoneySpinBox, OptionalDoubleSpinBox
from delegator.gui.undo_commands import Runner
from delegator.services.assistant_service import AssistantService
from delegator.services.edit_operations import AddAssistant, Replace
from delegator.services.followup_service import FollowUpService
from delegator.services.task_service import TaskService
from delegator.text.formatting import (
    day_name,
    from_qdate,
    short_date,
    to_qdate,
    weekly_hours_unit,
)


class AssistantsPage(QWidget):
    """The assistants on the left; the selected one's details and agreement on the right.

    Every committed field is stored at once, as one undoable step through *run*; bad
    input is explained under its field and not stored. The window calls ``refresh()``
    after undo, redo and changes made elsewhere.

    With *followup* (and *tasks*) the page also follows the assistant up: the
    settling-in period (its end, a banner when its review is due, the reviews kept, a
    button to review it) and the feedback on them and their to-dos.
    """

    def __init__(
        self,
        assistants: AssistantService,
        run: Runner,
        parent: QWidget | None = None,
        *,
        followup: FollowUpService | None = None,
        tasks: TaskService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = assistants
        self._run = run
        self._followup = followup
        self._tasks = tasks
        self._current: Assistant | None = None
        self.dialog: QDialog | None = None  # the review or feedback dialog opened last
        self._fields = FieldBindings(self, self._store, self._check)
        self._build_widgets()
        self._set_tab_order()
        self._wire()
        self._bind()
        self.refresh()

    # Construction -------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.list = AssistantList(self)
        self.list.setAccessibleName(self.tr("Assistants"))
        self.show_archived = QCheckBox(self.tr("Sho&w archived"), self)
        self.new_button = QPushButton(self.tr("&New Assistant"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_archived)
        left_layout.addLayout(buttons)

        self.empty_hint = QLabel(
            self.tr(
                "No assistants yet. Add the person you want to hand work to with New Assistant."
            )
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # In a narrow window a label goes above its field rather than the form scrolling
        # sideways.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_form(self.form)
        scroll = frameless_scroll(self.form_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll = scroll

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 820])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _line_edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self.form_widget)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_form(self, form: QFormLayout) -> None:
        parent = self.form_widget
        self.name_edit = self._line_edit(self.tr("Name"))
        self.role_edit = self._line_edit(
            self.tr("Role"), self.tr("e.g. virtual assistant, bookkeeper")
        )
        self.contact_edit = self._line_edit(
            self.tr("Contact"), self.tr("e.g. email address, phone number")
        )
        self.skills_edit = self._line_edit(
            self.tr("Skills"), self.tr("Separated by commas, e.g. bookkeeping, Canva")
        )
        self._skills_model = QStringListModel(self)
        self.skills_edit.setCompleter(TagCompleter(self._skills_model, self.skills_edit))

        self.rate_spin = MoneySpinBox(parent)
        self.rate_spin.setAccessibleName(self.tr("Hourly rate"))
        self.currency_combo = CurrencyCombo(parent)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_spin)
        rate_row.addWidget(self.currency_combo)
        rate_row.addWidget(QLabel(self.tr("per hour"), parent))
        rate_row.addStretch(1)

        self.capacity_spin = OptionalDoubleSpinBox(parent)
        self.capacity_spin.setAccessibleName(self.tr("Weekly capacity"))
        self.capacity_spin.setRange(0, 168)
        self.capacity_spin.setDecimals(1)
        self.capacity_spin.setSingleStep(0.5)
        self.capacity_spin.setSuffix(weekly_hours_unit())
        self.capacity_hint = CapacityHint(parent)
        capacity_row = QHBoxLayout()
        capacity_row.addWidget(self.capacity_spin)
        capacity_row.addWidget(self.capacity_hint, 1)

        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox(day_name(weekday, long=False), parent)
            box.setAccessibleName(day_name(weekday))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)

        self.hours = OptionalTimeRange(
            self.tr("Working hours from"),
            self.tr("Working hours to"),
            self.tr("Working hours agreed"),
            parent,
        )
        self.time_zone_combo = TimeZoneCombo(parent)
        self.time_zone_combo.setAccessibleName(self.tr("Time zone"))
        self.start_date = OptionalDateEdit(
            self.tr("Start date"), self.tr("Start date agreed"), self._service.clock.today, parent
        )
        self.trial_end = OptionalDateEdit(
            self.tr("End of trial period"),
            self.tr("Trial period agreed"),
            self._default_trial_end,
            parent,
        )
        self.address_combo = AddressCombo(parent)
        self.address_combo.setAccessibleName(self.tr("Form of address in German briefs"))
        self.notes_edit = NotesEdit(parent)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(
            self.tr("Anything worth remembering: how they like to work, what was agreed …")
        )
        self.notes_edit.setMinimumHeight(90)

        self.name_message = InlineMessage(self.name_edit, parent)
        self.currency_message = InlineMessage(self.currency_combo, parent)
        self.hours_message = InlineMessage(self.hours, parent)
        self.time_zone_message = InlineMessage(self.time_zone_combo, parent)
        self.trial_message = InlineMessage(self.trial_end, parent)

        form.addRow(self.tr("Na&me:"), self.name_edit)
        self.name_message.add_to(form)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Contact:"), self.contact_edit)
        form.addRow(self.tr("S&kills:"), self.skills_edit)
        form.addRow(self._buddy_label(self.tr("Hourl&y rate:"), self.rate_spin), rate_row)
        self.currency_message.add_to(form)
        form.addRow(
            self._buddy_label(self.tr("Weekly ca&pacity:"), self.capacity_spin), capacity_row
        )
        form.addRow(self._buddy_label(self.tr("Working &days:"), self.day_boxes[0]), days_row)
        form.addRow(self.tr("Working ho&urs:"), self.hours)
        self.hours_message.add_to(form)
        form.addRow(self.tr("Time &zone:"), self.time_zone_combo)
        self.time_zone_message.add_to(form)
        form.addRow(self.tr("St&art date:"), self.start_date)
        form.addRow(self.tr("Tria&l period ends:"), self.trial_end)
        self.trial_message.add_to(form)
        form.addRow(
            "",
            HelpText(
                self.tr("A trial period gives you both time to settle in before you judge."),
                parent,
            ),
        )
        form.addRow(self.tr("Address in German &briefs:"), self.address_combo)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        if self._followup is not None:
            self._build_follow_up(form)

    def _build_follow_up(self, form: QFormLayout) -> None:
        """The settling-in period and the feedback, under the agreement."""
        parent = self.form_widget
        self.trial_status = WrappingLabel("", parent)
        self.review_due_banner = WarningBanner(parent)
        self.reviews = QListWidget(parent)
        self.reviews.setAccessibleName(self.tr("Reviews kept"))
        self.reviews.setWordWrap(True)
        self.reviews.setFixedHeight(self.reviews.fontMetrics().lineSpacing() * 5 + 12)
        self.review_button = QPushButton(self.tr("Re&view Settling-in Period…"), parent)
        self.feedback_log = FeedbackLog(with_titles=True, parent=parent)
        self.feedback_log.setMinimumHeight(self.feedback_log.fontMetrics().lineSpacing() * 9)
        self.feedback_button = QPushButton(self.tr("Log &Feedback…"), parent)
        form.addRow(self._section_heading(self.tr("Settling-in period")))
        form.addRow("", self.trial_status)
        form.addRow("", self.review_due_banner)
        form.addRow(self.tr("Reviews:"), self.reviews)
        form.addRow("", self._button_row(self.review_button))
        form.addRow(self._section_heading(self.tr("Feedback")))
        form.addRow(
            "",
            HelpText(
                self.tr("Feedback on this assistant and on the to-dos handed to them."),
                parent,
            ),
        )
        form.addRow(self.tr("Given:"), self.feedback_log)
        form.addRow("", self._button_row(self.feedback_button))

    def _section_heading(self, text: str) -> QLabel:
        label = QLabel(text, self.form_widget)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setContentsMargins(0, 12, 0, 0)
        return label

    def _button_row(self, button: QPushButton) -> QWidget:
        row = QWidget(self.form_widget)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _buddy_label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.form_widget)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.list,
            self.show_archived,
            self.new_button,
            self.archive_button,
            *self.form_fields(),
        ]
        # The hint's button, when shown, comes right after the field it fills.
        chain.insert(chain.index(self.capacity_spin) + 1, self.capacity_hint.button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def form_fields(self) -> list[QWidget]:
        """The form's focusable fields, in visual (and tab) order."""
        return [
            self.name_edit,
            self.role_edit,
            self.contact_edit,
            self.skills_edit,
            self.rate_spin,
            self.currency_combo,
            self.capacity_spin,
            *self.day_boxes,
            self.hours.check,
            self.hours.start,
            self.hours.end,
            self.time_zone_combo,
            self.start_date.check,
            self.start_date.edit,
            self.trial_end.check,
            self.trial_end.edit,
            self.address_combo,
            self.notes_edit,
            *self._follow_up_fields(),
        ]

    def _follow_up_fields(self) -> list[QWidget]:
        if self._followup is None:
            return []
        return [self.reviews, self.review_button, self.feedback_log, self.feedback_button]

    def _wire(self) -> None:
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.show_archived.toggled.connect(self._on_show_archived_toggled)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.capacity_hint.use_clicked.connect(self._on_capacity_hint_use_clicked)
        if self._followup is not None:
            self.review_button.clicked.connect(self.review_settling_in)
            self.feedback_button.clicked.connect(self.log_feedback)

    def _bind(self) -> None:
        """Tie each field to the Assistant fields it edits (see ``FieldBindings``)."""
        fields = self._fields
        fields.bind_line("name", self.name_edit, self.name_message)
        fields.bind_line("role", self.role_edit)
        fields.bind_line("contact", self.contact_edit)
        fields.bind(
            "skills",
            self.skills_edit,
            commit=[self.skills_edit.editingFinished],
            read=lambda: {"skills": parse_tags(self.skills_edit.text())},
            show=lambda a: set_text_if_changed(self.skills_edit, ", ".join(a.skills)),
        )
        fields.bind(
            "hourly_rate_cents",
            self.rate_spin,
            commit=[self.rate_spin.editingFinished],
            read=lambda: {"hourly_rate_cents": self.rate_spin.cents()},
            show=self._show_rate,
        )
        fields.bind_currency(self.currency_combo, self.currency_message)
        fields.bind(
            "weekly_capacity_hours",
            self.capacity_spin,
            commit=[self.capacity_spin.editingFinished],
            read=lambda: {"weekly_capacity_hours": self.capacity_spin.value() or None},
            show=self._show_capacity,
        )
        fields.bind(
            "working_days",
            self.day_boxes[0],
            commit=[box.toggled for box in self.day_boxes],
            read=lambda: {
                "working_days": tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
            },
            show=self._show_working_days,
        )
        fields.bind(
            "work_hours",
            self.hours,
            commit=[self.hours.range_edited],
            read=lambda: dict(zip(("work_start", "work_end"), self.hours.value(), strict=True)),
            show=lambda a: self.hours.set_value(a.work_start, a.work_end),
            message=self.hours_message,
        )
        fields.bind_time_zone(self.time_zone_combo, self.time_zone_message)
        fields.bind(
            "trial",
            self.trial_end,
            commit=[self.start_date.date_edited, self.trial_end.date_edited],
            read=lambda: {
                "start_date": self.start_date.value(),
                "trial_end": self.trial_end.value(),
            },
            show=self._show_trial,
            message=self.trial_message,
        )
        fields.bind(
            "german_address",
            self.address_combo,
            commit=[self.address_combo.address_chosen],
            read=lambda: {"german_address": self.address_combo.value()},
            show=lambda a: self.address_combo.set_value(a.german_address),
        )
        fields.bind(
            "notes",
            self.notes_edit,
            commit=[self.notes_edit.editing_finished],
            read=lambda: {"notes": self.notes_edit.toPlainText()},
            show=self._show_notes,
        )

    # Public API -------------------------------------------------------------------

    @property
    def current(self) -> Assistant | None:
        """The assistant shown in the form, as last stored."""
        return self._current

    def refresh(self) -> None:
        """Reload from the service, keeping the selection (or the row it was in)."""
        everyone = self._service.assistants(include_archived=True)
        skills = {skill.casefold(): skill for a in everyone for skill in a.skills}
        self._skills_model.setStringList(sorted(skills.values(), key=str.casefold))
        shown = [a for a in everyone if self.show_archived.isChecked() or not a.archived]
        current_id = self._current.id if self._current is not None else None
        row = max(self.list.currentRow(), 0)
        self.list.fill(shown)
        ids = [a.id for a in shown]
        if current_id in ids:
            row = ids.index(current_id)
        row = min(row, len(shown) - 1)
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(row)
        self._show(shown[row] if shown else None)

    def select_assistant(self, assistant_id: int) -> bool:
        """Select and show this assistant (ticking "Show archived" if needed)."""
        row = self.list.row_of(assistant_id)
        if row is None and not self.show_archived.isChecked():
            everyone = self._service.assistants(include_archived=True)
            if any(a.id == assistant_id for a in everyone):
                self.show_archived.setChecked(True)
                row = self.list.row_of(assistant_id)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    def review_settling_in(self) -> None:
        """Open the settling-in review of the assistant shown (nothing when none is)."""
        if self._followup is None or self._tasks is None or self._current is None:
            return
        from delegator.gui.review_dialog import ReviewDialog

        self._open(ReviewDialog(self._followup, self._tasks, self._current, self._run, self))

    def log_feedback(self) -> None:
        """Log feedback on the assistant shown as a whole (nothing when none is)."""
        if self._followup is None or self._current is None:
            return
        from delegator.gui.feedback_dialog import FeedbackDialog

        self._open(FeedbackDialog(self._followup, self._run, self, assistant=self._current))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def focus_field(self, name: str) -> bool:
        """Put the cursor on the field for this Assistant field name; False if unknown."""
        hours, start, trial = self.hours, self.start_date, self.trial_end
        widgets: dict[str, QWidget] = {binding.name: binding.widget for binding in self._fields}
        widgets |= {
            "work_start": hours.start if hours.check.isChecked() else hours.check,
            "work_end": hours.end if hours.check.isChecked() else hours.check,
            "start_date": start.edit if start.check.isChecked() else start.check,
            "trial_end": trial.edit if trial.check.isChecked() else trial.check,
            "archived": self.archive_button,
        }
        if self._followup is not None:
            widgets["review"] = self.review_button
        widget = widgets.get(name)
        if widget is None or self._current is None:
            return False
        self.form_scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    # List -----------------------------------------------------------------------

    def _assistant_of(self, item: QListWidgetItem | None) -> Assistant | None:
        if item is None:
            return None
        assistant_id = item.data(ID_ROLE)
        for assistant in self._service.assistants(include_archived=True):
            if assistant.id == assistant_id:
                return assistant
        return None

    # Form -----------------------------------------------------------------------

    def _show(self, assistant: Assistant | None) -> None:
        """Show *assistant*; on a reload of the same one, keep fields showing a problem."""
        same = (
            assistant is not None and self._current is not None and assistant.id == self._current.id
        )
        self._current = assistant
        self.archive_button.setEnabled(assistant is not None)
        if assistant is None:
            self.stack.setCurrentWidget(self.empty_hint)
            self.archive_button.setText(self.tr("Archive"))
            return
        self.stack.setCurrentWidget(self.form_scroll)
        self.archive_button.setText(
            self.tr("Restore") if assistant.archived else self.tr("Archive")
        )
        self._fields.load(assistant, keep_problems=same)
        self._show_capacity_hint(assistant)
        self._show_follow_up(assistant)

    def _show_follow_up(self, assistant: Assistant) -> None:
        """The settling-in period, its reviews and the feedback on *assistant*."""
        if self._followup is None:
            return
        try:
            reviews = self._followup.reviews(assistant.id)
            feedback = self._followup.feedback(assistant_id=assistant.id)
        except DelegatorError:
            reviews, feedback = [], []
        today = self._followup.clock.today()
        due = review_due(assistant.trial_end, [r.reviewed_on for r in reviews], today)
        status = self._trial_status(assistant, bool(reviews))
        self.trial_status.setText(status)
        self.form.setRowVisible(self.trial_status, bool(status))
        self.review_due_banner.setText(
            self.tr(
                "The settling-in period ended on {date} and has not been reviewed yet: "
                "review it now — continue, adjust, or end."
            ).format(date=short_date(assistant.trial_end))
            if due and assistant.trial_end is not None
            else ""
        )
        self.form.setRowVisible(self.review_due_banner, due)
        self.reviews.clear()
        for review in sorted(reviews, key=lambda r: (r.reviewed_on, r.id), reverse=True):
            QListWidgetItem(self._review_text(review), self.reviews)
        if not reviews:
            empty = QListWidgetItem(self.tr("No reviews yet."), self.reviews)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.feedback_log.set_feedback(feedback)

    def _trial_status(self, assistant: Assistant, reviewed: bool) -> str:
        if assistant.trial_end is None:
            return self.tr(
                "No trial period agreed. Set when it ends above, and its review is due then."
            )
        date = short_date(assistant.trial_end)
        if assistant.trial_end > self._service.clock.today():
            return self.tr(
                "The trial period ends on {date}; its review is due then (one made in its "
                "last two weeks counts)."
            ).format(date=date)
        if reviewed:
            return self.tr("The trial period ended on {date}.").format(date=date)
        return ""

    def _review_text(self, review: Review) -> str:
        from delegator.gui.review_dialog import outcome_label

        line = f"{short_date(review.reviewed_on)} · {outcome_label(review.outcome)}"
        if review.adjustment:
            line += f": {review.adjustment}"
        if review.notes:
            line += f"\n{review.notes}"
        return line

    # How fields read and show their values ---------------------------------------------

    def _show_rate(self, a: Assistant) -> None:
        with QSignalBlocker(self.rate_spin):
            self.rate_spin.set_cents(a.hourly_rate_cents)

    def _show_capacity(self, a: Assistant) -> None:
        with QSignalBlocker(self.capacity_spin):
            self.capacity_spin.setValue(a.weekly_capacity_hours or 0)

    def _show_capacity_hint(self, a: Assistant) -> None:
        worked = hours_from_working_times(a)
        capacity = a.weekly_capacity_hours
        differs = worked is not None and capacity is not None and abs(worked - capacity) > 0.05
        self.capacity_hint.show_proposal(worked if differs else None)

    def _show_working_days(self, a: Assistant) -> None:
        for weekday, box in enumerate(self.day_boxes):
            with QSignalBlocker(box):
                box.setChecked(weekday in a.working_days)

    def _show_trial(self, a: Assistant) -> None:
        self.start_date.set_value(a.start_date)
        self.trial_end.set_value(a.trial_end)

    def _show_notes(self, a: Assistant) -> None:
        if self.notes_edit.toPlainText() != a.notes:
            self.notes_edit.setPlainText(a.notes)

    def _default_trial_end(self) -> dt.date:
        start = self.start_date.value() or self._service.clock.today()
        return from_qdate(to_qdate(start).addMonths(3))

    def _check(self, values: Values) -> None:
        """Raise InvalidValue when the service would refuse the shown assistant with
        *values*."""
        if self._current is not None:
            self._service.check(replace(self._current, **values))

    def _store(self, _field: str, values: Values) -> None:
        """Store the shown assistant with *values*, as one undoable step."""
        before = self._current
        if before is None:
            return
        after = self._with_capacity_followed(before, replace(before, **values))
        if after == before:
            return
        if self._run(self.tr("Edit assistant"), Replace(self._service.save, before, after)):
            self._current = after
            self.refresh()
        # Not stored: what was typed stays in its field, to be saved on the next try.

    @staticmethod
    def _with_capacity_followed(before: Assistant, after: Assistant) -> Assistant:
        """*after* with the weekly capacity its working times add up to, while the
        capacity is empty or still what the earlier working times added up to."""
        worked = hours_from_working_times(after)
        capacity = before.weekly_capacity_hours
        if worked is None or after.weekly_capacity_hours != capacity:
            return after
        if capacity is None or capacity == hours_from_working_times(before):
            return replace(after, weekly_capacity_hours=worked)
        return after

    # Slots --------------------------------------------------------------------------

    def _on_capacity_hint_use_clicked(self) -> None:
        proposal = self.capacity_hint.proposal
        if proposal is not None:
            self._store("weekly_capacity_hours", {"weekly_capacity_hours": proposal})

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: Any
    ) -> None:
        self._show(self._assistant_of(current))

    def _on_show_archived_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_new_button_clicked(self) -> None:
        operation = AddAssistant(self._service, Assistant(id=0, name=self.tr("New assistant")))
        if not self._run(self.tr("Add assistant"), operation):
            return
        self.refresh()
        self.select_assistant(operation.assistant.id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def _on_archive_button_clicked(self) -> None:
        before = self._current
        if before is None:
            return
        after = replace(before, archived=not before.archived)
        label = self.tr("Restore assistant") if before.archived else self.tr("Archive assistant")
        if self._run(label, Replace(self._service.save, before, after)):
            self._current = after
        self.refresh()

"""My working agreements: what the user, as a client, offers the assistant.

How to reach me, when I answer and how fast, when we check in, what I can spend and
in which language briefs are written: the "reliable client" half of the readiness check.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from functools import partial

from PySide6.QtCore import (
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.errors import InvalidValue
from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    Profile,
    ReachabilityWindow,
)
from delegator.gui.contact_channels import ChannelTable
from delegator.gui.field_binding import FieldBindings, Values
from delegator.gui.form_widgets import (
    CurrencyCombo,
    HelpText,
    InlineMessage,
    TimeZoneCombo,
    frameless_scroll,
    select_data,
)
from delegator.gui.reachability_week import ReachabilityWeek, window_order
from delegator.gui.typed_fields import MoneySpinBox, OptionalSpinBox
from delegator.gui.undo_commands import Runner
from delegator.services.edit_operations import Replace
from delegator.services.profile_service import ProfileService
from delegator.text.formatting import day_name, hours_unit
from delegator.text.messages import explain

COLUMN_GAP = 24

# The page ----------------------------------------------------------------------------------


class AgreementsPage(QWidget):
    """My working agreements: one form over the profile, every field stored at once.

    Every committed change is one undoable step through *run*; bad input is explained
    under its field and not stored. The window calls ``refresh()`` after undo, redo
    and changes made elsewhere.
    """

    def __init__(self, profile: ProfileService, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = profile
        self._run = run
        self._profile = Profile()
        self._fields = FieldBindings(self, self._store, self._check)
        self._build_widgets()
        self._set_tab_order()
        self._wire()
        self._bind()
        self.refresh()

    # Construction -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        content = QWidget()
        self.content = content
        title = QLabel(self.tr("My working agreements"), content)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = HelpText(
            self.tr(
                "What you offer your assistant: how to reach you, when you answer, "
                "and how you work together."
            ),
            content,
        )

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_left(left, content)
        self._build_right(right, content)

        # Side by side where both fit, one under the other where they do not (resizeEvent).
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns = columns
        self._column_forms = (left, right)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        columns.insertSpacing(1, COLUMN_GAP)
        layout = QVBoxLayout(content)
        self._content_layout = layout
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(columns)
        layout.addStretch(1)

        self.scroll_area = frameless_scroll(content, self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_columns(event.size().width())

    def _arrange_columns(self, width: int) -> None:
        """Both columns side by side when they fit in *width*, else one under the other."""
        margins = self._content_layout.contentsMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        needed = (
            sum(form.sizeHint().width() for form in self._column_forms)
            + COLUMN_GAP
            + margins.left()
            + margins.right()
            + scroll_bar
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            # Side by side they share the width; one under the other, each is as tall
            # as its fields (the page's stretch below takes the rest).
            side_by_side = direction is QBoxLayout.Direction.LeftToRight
            for column in (0, 2):  # 1 is the gap between them
                self._columns.setStretch(column, 1 if side_by_side else 0)

    def _heading(self, form: QFormLayout, text: str, parent: QWidget) -> None:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        if form.rowCount():
            label.setContentsMargins(0, 10, 0, 0)
        form.addRow(label)

    def _build_left(self, form: QFormLayout, parent: QWidget) -> None:
        self._heading(form, self.tr("About you"), parent)
        self.name_edit = QLineEdit(parent)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.business_edit = QLineEdit(parent)
        self.business_edit.setAccessibleName(self.tr("Business"))
        self.business_edit.setPlaceholderText(self.tr("e.g. your company or trade name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Business:"), self.business_edit)

        self.channels_table = ChannelTable(parent)
        table = self.channels_table
        table.setAccessibleName(self.tr("Contact channels"))
        table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Address or number"), self.tr("For candidates")]
        )
        self.add_channel_button = QPushButton(self.tr("Add Channel"), parent)
        self.remove_channel_button = QPushButton(self.tr("Remove Channel"), parent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_channel_button)
        buttons.addWidget(self.remove_channel_button)
        buttons.addStretch(1)
        channels = QVBoxLayout()
        channels.addWidget(table)
        channels.addLayout(buttons)
        label = QLabel(self.tr("&Contact channels:"), parent)
        label.setBuddy(table)
        form.addRow(label, channels)
        form.addRow(
            "",
            HelpText(
                self.tr(
                    "Your assistant must be able to reach you with questions. Candidates "
                    "who receive the requirements profile see your name, your business and "
                    "the channels ticked for them; with none ticked, your first email address."
                )
            ),
        )

        self._heading(form, self.tr("Your promises"), parent)
        self.response_spin = OptionalSpinBox(parent)
        self.response_spin.setAccessibleName(self.tr("Response time"))
        self.response_spin.setRange(0, 336)
        self.response_spin.setSuffix(hours_unit())
        form.addRow(self.tr("&Answer within:"), self.response_spin)
        form.addRow(
            "",
            HelpText(self.tr("Say how soon you answer, so your assistant can plan.")),
        )
        self.rhythm_combo = QComboBox(parent)
        self.rhythm_combo.setAccessibleName(self.tr("Check-in rhythm"))
        self.rhythm_combo.addItem(self.tr("Not set"), None)
        self.rhythm_combo.addItem(self.tr("Weekly"), CheckInRhythm.WEEKLY.value)
        self.rhythm_combo.addItem(self.tr("Every two weeks"), CheckInRhythm.BIWEEKLY.value)
        self.rhythm_combo.addItem(self.tr("Monthly"), CheckInRhythm.MONTHLY.value)
        self.weekday_combo = QComboBox(parent)
        self.weekday_combo.setAccessibleName(self.tr("Check-in day"))
        self.weekday_combo.addItem(self.tr("Any day"), None)
        for weekday in range(7):
            self.weekday_combo.addItem(day_name(weekday), weekday)
        self.on_label = QLabel(self.tr("on"), parent)
        check_in = QHBoxLayout()
        check_in.addWidget(self.rhythm_combo)
        check_in.addWidget(self.on_label)
        check_in.addWidget(self.weekday_combo)
        check_in.addStretch(1)
        label = QLabel(self.tr("Chec&k-in:"), parent)
        label.setBuddy(self.rhythm_combo)
        form.addRow(label, check_in)
        form.addRow(
            "",
            HelpText(self.tr("A regular check-in is the place for feedback and questions.")),
        )

    def _build_right(self, form: QFormLayout, parent: QWidget) -> None:
        self._heading(form, self.tr("When you can be reached"), parent)
        self.reachability = ReachabilityWeek(parent)
        self.reachability.setAccessibleName(self.tr("Reachability"))
        form.addRow(self.reachability)
        form.addRow(
            HelpText(self.tr("Say when you answer; add several times a day if you like."), parent)
        )
        self.time_zone_combo = TimeZoneCombo(parent)
        self.time_zone_combo.setAccessibleName(self.tr("Your time zone"))
        self.time_zone_message = InlineMessage(self.time_zone_combo, parent)
        form.addRow(self.tr("Time &zone:"), self.time_zone_combo)
        self.time_zone_message.add_to(form)

        self._heading(form, self.tr("Money and briefs"), parent)
        self.budget_spin = MoneySpinBox(parent)
        self.budget_spin.setAccessibleName(self.tr("Monthly budget"))
        form.addRow(self.tr("Monthly bu&dget:"), self.budget_spin)
        form.addRow(
            "", HelpText(self.tr("What you are ready to spend on help each month."), parent)
        )
        self.hourly_value_spin = MoneySpinBox(parent)
        self.hourly_value_spin.setAccessibleName(self.tr("Your own hourly value"))
        form.addRow(self.tr("&Your hourly value:"), self.hourly_value_spin)
        form.addRow(
            "",
            HelpText(
                self.tr("What an hour of your time is worth, for the money test."),
                parent,
            ),
        )
        self.currency_combo = CurrencyCombo(parent)
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_message = InlineMessage(self.currency_combo, parent)
        form.addRow(self.tr("C&urrency:"), self.currency_combo)
        self.currency_message.add_to(form)
        self.language_combo = QComboBox(parent)
        self.language_combo.setAccessibleName(self.tr("Language of briefs"))
        self.language_combo.setPlaceholderText(self.tr("Not set"))
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Deutsch"), "de")
        form.addRow(self.tr("&Language of briefs:"), self.language_combo)

    def form_fields(self) -> list[QWidget]:
        """The focusable fields in visual (and tab) order; hidden ones are skipped by Tab."""
        return [
            self.name_edit,
            self.business_edit,
            self.channels_table,
            self.add_channel_button,
            self.remove_channel_button,
            self.response_spin,
            self.rhythm_combo,
            self.weekday_combo,
            *self.reachability.focus_chain(),
            self.time_zone_combo,
            self.budget_spin,
            self.hourly_value_spin,
            self.currency_combo,
            self.language_combo,
        ]

    def _set_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.form_fields()):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.channels_table.itemSelectionChanged.connect(
            self._on_channels_table_item_selection_changed
        )
        self.add_channel_button.clicked.connect(self._on_add_channel_button_clicked)
        self.remove_channel_button.clicked.connect(self._on_remove_channel_button_clicked)
        self.reachability.window_entered.connect(self._on_reachability_window_entered)
        self.reachability.windows_edited.connect(self._on_reachability_windows_edited)

    def _bind(self) -> None:
        """Tie each field to the Profile fields it edits (see ``FieldBindings``); the
        reachability week, with a message per day, has its own slots."""
        fields = self._fields
        fields.bind_line("name", self.name_edit)
        fields.bind_line("business", self.business_edit)
        fields.bind(
            "channels",
            self.channels_table,
            commit=[self.channels_table.itemChanged],
            read=lambda: {"channels": self.channels_table.channels()},
            show=self._show_channels,
        )
        fields.bind(
            "response_time_hours",
            self.response_spin,
            commit=[self.response_spin.editingFinished],
            read=lambda: {"response_time_hours": self.response_spin.optional_value()},
            show=self._show_response_time,
        )
        fields.bind(
            "check_in_rhythm",
            self.rhythm_combo,
            commit=[self.rhythm_combo.activated],
            read=self._read_rhythm,
            show=self._show_rhythm,
        )
        fields.bind(
            "check_in_weekday",
            self.weekday_combo,
            commit=[self.weekday_combo.activated],
            read=lambda: {"check_in_weekday": self.weekday_combo.currentData()},
            show=lambda p: select_data(self.weekday_combo, p.check_in_weekday),
        )
        fields.bind_time_zone(self.time_zone_combo, self.time_zone_message)
        for name, spin in (
            ("monthly_budget_cents", self.budget_spin),
            ("own_hourly_value_cents", self.hourly_value_spin),
        ):
            fields.bind(
                name,
                spin,
                commit=[spin.editingFinished],
                read=partial(_read_cents, name, spin),
                show=partial(_show_cents, name, spin),
            )
        fields.bind_currency(self.currency_combo, self.currency_message)
        fields.bind(
            "brief_language",
            self.language_combo,
            commit=[self.language_combo.activated],
            read=lambda: {"brief_language": self.language_combo.currentData() or ""},
            show=lambda p: self.language_combo.setCurrentIndex(
                self.language_combo.findData(p.brief_language)
            ),
        )

    # Public API ---------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        """The profile as last stored."""
        return self._profile

    def refresh(self) -> None:
        """Reload from the service; fields showing a problem keep what was typed."""
        self._profile = self._service.profile()
        self._fields.load(self._profile, keep_problems=True)
        self.reachability.set_windows(self._profile.windows)
        for spin in (self.budget_spin, self.hourly_value_spin):
            spin.set_currency(self._profile.currency)

    def focus_field(self, name: str) -> bool:
        """Put the cursor on the field for this Profile field name; False if unknown."""
        widgets: dict[str, QWidget] = {binding.name: binding.widget for binding in self._fields}
        widgets |= {
            "channels": self.channels_table
            if self.channels_table.rowCount()
            else self.add_channel_button,
            "windows": self.reachability.add_buttons[0],
            "check_in_weekday": self.weekday_combo
            if self.weekday_combo.isEnabled()
            else self.rhythm_combo,
        }
        widget = widgets.get(name)
        if widget is None:
            return False
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    # Loading and saving -------------------------------------------------------------------

    def _check(self, values: Values) -> None:
        """Raise InvalidValue when the service would refuse the profile with *values*."""
        self._service.check(replace(self._profile, **values))

    def _store(self, _field: str, values: Values) -> None:
        """Store the profile with *values*, as one undoable step."""
        before = self._profile
        after = replace(before, **values)
        if after == before:
            return
        label = self.tr("Edit working agreements")
        if self._run(label, Replace(self._service.save, before, after)):
            self.refresh()
        # Not stored: what was typed stays in its field, to be saved on the next try.

    def _read_rhythm(self) -> Values:
        value = self.rhythm_combo.currentData()
        return {"check_in_rhythm": CheckInRhythm(value) if value else None}

    def _show_rhythm(self, p: Profile) -> None:
        rhythm = p.check_in_rhythm.value if p.check_in_rhythm is not None else None
        select_data(self.rhythm_combo, rhythm)
        self.weekday_combo.setEnabled(rhythm is not None)
        self.on_label.setEnabled(rhythm is not None)

    def _show_response_time(self, p: Profile) -> None:
        with QSignalBlocker(self.response_spin):
            self.response_spin.set_optional_value(p.response_time_hours)

    def _show_channels(self, p: Profile) -> None:
        if self.channels_table.channels() != p.channels:
            self.channels_table.fill(p.channels)
            self._on_channels_table_item_selection_changed()

    # Slots ----------------------------------------------------------------------------------

    def _on_channels_table_item_selection_changed(self) -> None:
        self.remove_channel_button.setEnabled(bool(self.channels_table.selectedItems()))

    def _on_add_channel_button_clicked(self) -> None:
        used = {channel.kind for channel in self.channels_table.channels()}
        kind = next((k for k in ChannelKind if k not in used), ChannelKind.OTHER)
        table = self.channels_table
        with QSignalBlocker(table):
            row = table.append_row(kind, "")
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.setCurrentCell(row, 1)
        table.edit(table.model().index(row, 1))

    def _on_remove_channel_button_clicked(self) -> None:
        table = self.channels_table
        row = table.currentRow()
        if row < 0:
            return
        with QSignalBlocker(table):
            table.removeRow(row)
        self._on_channels_table_item_selection_changed()
        self._fields["channels"].commit()

    def _on_reachability_window_entered(self, weekday: int, start: dt.time, end: dt.time) -> None:
        try:
            windows = (*self.reachability.windows(), ReachabilityWindow(weekday, start, end))
            self._check({"windows": windows})
        except InvalidValue as error:
            self.reachability.refuse(weekday, explain(error))
            return
        self.reachability.close_editor(weekday)
        self._store("windows", {"windows": tuple(sorted(windows, key=window_order))})

    def _on_reachability_windows_edited(self, windows: tuple[ReachabilityWindow, ...]) -> None:
        self._store("windows", {"windows": windows})


def _read_cents(name: str, spin: MoneySpinBox) -> Values:
    return {name: spin.cents()}


def _show_cents(name: str, spin: MoneySpinBox, profile: Profile) -> None:
    with QSignalBlocker(spin):
        spin.set_cents(getattr(profile, name))

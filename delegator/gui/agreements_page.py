"""My working agreements: what the user, as a client, offers the assistant.

How to reach me, when I answer and how fast, when we check in, what I can spend and
in which language briefs are written: the "reliable client" half of the readiness check.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)
from delegator.gui.form_widgets import (
    CurrencyCombo,
    HelpText,
    InlineMessage,
    MoneySpinBox,
    OptionalSpinBox,
    TimeEdit,
    TimeZoneCombo,
    select_data,
    set_text_if_changed,
)
from delegator.gui.undo_commands import Runner
from delegator.services.edit_operations import Replace
from delegator.services.profile_service import ProfileService
from delegator.text.formatting import day_name, from_qtime, time_text, to_qtime

_KindRole = Qt.ItemDataRole.UserRole + 1


def window_text(window: ReachabilityWindow) -> str:
    return f"{time_text(window.start)}–{time_text(window.end)}"


# Reachability windows ---------------------------------------------------------------


class _WindowEditor(QWidget):
    """The inline from–to editor that adding a window opens under its weekday.

    Signals:
        accepted: Enter or the Add button.
        cancelled: Escape or the Cancel button.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day = day_name(weekday)
        self.start = TimeEdit(self)
        self.start.setAccessibleName(self.tr("{day} from").format(day=day))
        self.end = TimeEdit(self)
        self.end.setAccessibleName(self.tr("{day} to").format(day=day))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this time on {day}").format(day=day))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.message = InlineMessage(self.start, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end)
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.accepted)
        self.cancel_button.clicked.connect(self.cancelled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class ReachabilityWeek(QWidget):
    """One row per weekday (Monday first) with its windows; add and remove in place.

    Several windows per day are allowed. A window that ends before it starts or
    overlaps another on the same day is explained under the editor and not emitted.

    Signals:
        windows_edited(object): the user added or removed a window; carries the new
            tuple of ReachabilityWindow, sorted.
    """

    windows_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._windows: tuple[ReachabilityWindow, ...] = ()
        self.remove_menu: QMenu | None = None
        self.day_labels: list[QLabel] = []
        self.texts: list[QLabel] = []
        self.add_buttons: list[QToolButton] = []
        self.remove_buttons: list[QToolButton] = []
        self.editors: list[_WindowEditor] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        widest = max(self.fontMetrics().horizontalAdvance(day_name(d)) for d in range(7))
        for weekday in range(7):
            day = day_name(weekday)
            label = QLabel(day, self)
            label.setFixedWidth(widest + 12)
            text = QLabel(self)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            add = QToolButton(self)
            add.setText("+")
            add.setAccessibleName(self.tr("Add a time on {day}").format(day=day))
            add.setToolTip(add.accessibleName())
            remove = QToolButton(self)
            remove.setText("−")
            remove.setAccessibleName(self.tr("Remove a time on {day}").format(day=day))
            remove.setToolTip(remove.accessibleName())
            editor = _WindowEditor(weekday, self)
            editor.setVisible(False)
            row = QHBoxLayout()
            row.setContentsMargins(0, 1, 0, 1)
            row.addWidget(label)
            row.addWidget(text, 1)
            row.addWidget(add)
            row.addWidget(remove)
            layout.addLayout(row)
            indented = QHBoxLayout()
            indented.setContentsMargins(widest + 12 + row.spacing(), 0, 0, 0)
            indented.addWidget(editor)
            layout.addLayout(indented)
            self.day_labels.append(label)
            self.texts.append(text)
            self.add_buttons.append(add)
            self.remove_buttons.append(remove)
            self.editors.append(editor)
        self._wire()
        self._update_rows()

    def _wire(self) -> None:
        for weekday in range(7):
            self.add_buttons[weekday].clicked.connect(
                lambda _=False, d=weekday: self._on_add_button_clicked(d)
            )
            self.remove_buttons[weekday].clicked.connect(
                lambda _=False, d=weekday: self._on_remove_button_clicked(d)
            )
            self.editors[weekday].accepted.connect(lambda d=weekday: self._on_editor_accepted(d))
            self.editors[weekday].cancelled.connect(lambda d=weekday: self._on_editor_cancelled(d))

    def focus_chain(self) -> list[QWidget]:
        """The focusable widgets in visual order (open editors included)."""
        chain: list[QWidget] = []
        for weekday in range(7):
            chain += [self.add_buttons[weekday], self.remove_buttons[weekday]]
            editor = self.editors[weekday]
            chain += [editor.start, editor.end, editor.add_button, editor.cancel_button]
        return chain

    def windows(self) -> tuple[ReachabilityWindow, ...]:
        return self._windows

    def set_windows(self, windows: tuple[ReachabilityWindow, ...]) -> None:
        self._windows = tuple(sorted(windows, key=lambda w: (w.weekday, w.start)))
        self._update_rows()

    def windows_on(self, weekday: int) -> list[ReachabilityWindow]:
        return [w for w in self._windows if w.weekday == weekday]

    def open_editor(self, weekday: int) -> None:
        """Show the from–to editor under *weekday*, after the day's last window."""
        for other in range(7):
            if other != weekday:
                self.close_editor(other, refocus=False)
        editor = self.editors[weekday]
        existing = self.windows_on(weekday)
        start = existing[-1].end if existing else dt.time(9, 0)
        end = (
            min(dt.time(start.hour + 3, start.minute), dt.time(23, 59))
            if start.hour < 21
            else (dt.time(23, 59))
        )
        editor.start.setTime(to_qtime(start))
        editor.end.setTime(to_qtime(end))
        editor.message.clear()
        editor.setVisible(True)
        editor.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_editor(self, weekday: int, refocus: bool = True) -> None:
        editor = self.editors[weekday]
        if not editor.isVisible():
            return
        had_focus = editor.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        editor.setVisible(False)
        editor.message.clear()
        if refocus and had_focus:
            self.add_buttons[weekday].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_rows(self) -> None:
        for weekday in range(7):
            windows = self.windows_on(weekday)
            text = self.texts[weekday]
            if windows:
                text.setText(", ".join(window_text(w) for w in windows))
                text.setForegroundRole(QPalette.ColorRole.WindowText)
            else:
                text.setText(self.tr("Not reachable"))
                text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            text.setAccessibleName(f"{day_name(weekday)}: {text.text()}")
            self.remove_buttons[weekday].setEnabled(bool(windows))

    def _on_editor_accepted(self, weekday: int) -> None:
        editor = self.editors[weekday]
        start, end = from_qtime(editor.start.time()), from_qtime(editor.end.time())
        if end <= start:
            editor.message.show_message(self.tr("The end must be after the start. Not saved."))
            return
        for window in self.windows_on(weekday):
            if start < window.end and window.start < end:
                editor.message.show_message(
                    self.tr("This overlaps {window} on the same day. Not saved.").format(
                        window=window_text(window)
                    )
                )
                return
        new = ReachabilityWindow(weekday, start, end)
        self.close_editor(weekday)
        self.windows_edited.emit(tuple(sorted((*self._windows, new), key=_window_order)))

    def _on_add_button_clicked(self, weekday: int) -> None:
        self.open_editor(weekday)

    def _on_editor_cancelled(self, weekday: int) -> None:
        self.close_editor(weekday)

    def _on_remove_button_clicked(self, weekday: int) -> None:
        windows = self.windows_on(weekday)
        if len(windows) == 1:
            self._remove(windows[0])
            return
        if not windows:
            return
        menu = QMenu(self)
        for window in windows:
            action = QAction(self.tr("Remove {window}").format(window=window_text(window)), menu)
            action.triggered.connect(lambda _=False, w=window: self._remove(w))
            menu.addAction(action)
        button = self.remove_buttons[weekday]
        self.remove_menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _remove(self, window: ReachabilityWindow) -> None:
        self.windows_edited.emit(tuple(w for w in self._windows if w != window))


def _window_order(window: ReachabilityWindow) -> tuple[int, dt.time]:
    return window.weekday, window.start


# Contact channels ---------------------------------------------------------------------


class _KindDelegate(QStyledItemDelegate):
    """Edits a channel's kind with a combo box; one pick commits it."""

    def __init__(self, labels: dict[ChannelKind, str], parent: QWidget) -> None:
        super().__init__(parent)
        self._labels = labels

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Kind of channel"))
        for kind, label in self._labels.items():
            combo.addItem(label, kind.value)
        combo.activated.connect(lambda _index: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            select_data(editor, index.data(_KindRole))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setItemData(
                index,
                {
                    Qt.ItemDataRole.DisplayRole: editor.currentText(),
                    _KindRole: editor.currentData(),
                },
            )


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
        self._loading = False
        self._build_widgets()
        self._set_tab_order()
        self._wire()
        self.refresh()

    # Construction -----------------------------------------------------------------------

    def kind_labels(self) -> dict[ChannelKind, str]:
        return {
            ChannelKind.EMAIL: self.tr("Email"),
            ChannelKind.PHONE: self.tr("Phone"),
            ChannelKind.CHAT: self.tr("Chat"),
            ChannelKind.VIDEO: self.tr("Video call"),
            ChannelKind.OTHER: self.tr("Other"),
        }

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

        columns = QHBoxLayout()
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        columns.insertSpacing(1, 24)
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(columns)
        layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

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

        self.channels_table = QTableWidget(0, 2, parent)
        table = self.channels_table
        table.setAccessibleName(self.tr("Contact channels"))
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Address or number")])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in self.kind_labels().values())
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().resizeSection(0, widest + 40)
        table.horizontalHeader().setHighlightSections(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setItemDelegateForColumn(0, _KindDelegate(self.kind_labels(), table))
        rows = 4
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
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
            "", HelpText(self.tr("Your assistant must be able to reach you with questions."))
        )

        self._heading(form, self.tr("Your promises"), parent)
        self.response_spin = OptionalSpinBox(parent)
        self.response_spin.setAccessibleName(self.tr("Response time"))
        self.response_spin.setRange(0, 336)
        self.response_spin.setSuffix(self.tr(" h"))
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
        self.name_edit.editingFinished.connect(self._on_name_edit_editing_finished)
        self.business_edit.editingFinished.connect(self._on_business_edit_editing_finished)
        self.channels_table.itemChanged.connect(self._on_channels_table_item_changed)
        self.channels_table.itemSelectionChanged.connect(
            self._on_channels_table_item_selection_changed
        )
        self.add_channel_button.clicked.connect(self._on_add_channel_button_clicked)
        self.remove_channel_button.clicked.connect(self._on_remove_channel_button_clicked)
        self.response_spin.editingFinished.connect(self._on_response_spin_editing_finished)
        self.rhythm_combo.activated.connect(self._on_rhythm_combo_activated)
        self.weekday_combo.activated.connect(self._on_weekday_combo_activated)
        self.reachability.windows_edited.connect(self._on_reachability_windows_edited)
        self.time_zone_combo.zone_edited.connect(self._on_time_zone_combo_zone_edited)
        self.budget_spin.editingFinished.connect(self._on_budget_spin_editing_finished)
        self.hourly_value_spin.editingFinished.connect(self._on_hourly_value_spin_editing_finished)
        self.currency_combo.currency_edited.connect(self._on_currency_combo_currency_edited)
        self.language_combo.activated.connect(self._on_language_combo_activated)

    # Public API ---------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        """The profile as last stored."""
        return self._profile

    def refresh(self) -> None:
        """Reload from the service; fields showing a problem keep what was typed."""
        self._profile = self._service.profile()
        self._loading = True
        try:
            self._load(self._profile)
        finally:
            self._loading = False

    def focus_field(self, name: str) -> bool:
        """Put the cursor on the field for this Profile field name; False if unknown."""
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "business": self.business_edit,
            "channels": self.channels_table
            if self.channels_table.rowCount()
            else self.add_channel_button,
            "windows": self.reachability.add_buttons[0],
            "time_zone": self.time_zone_combo,
            "response_time_hours": self.response_spin,
            "check_in_rhythm": self.rhythm_combo,
            "check_in_weekday": self.weekday_combo
            if self.weekday_combo.isEnabled()
            else self.rhythm_combo,
            "monthly_budget_cents": self.budget_spin,
            "own_hourly_value_cents": self.hourly_value_spin,
            "currency": self.currency_combo,
            "brief_language": self.language_combo,
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

    def _load(self, p: Profile) -> None:
        set_text_if_changed(self.name_edit, p.name)
        set_text_if_changed(self.business_edit, p.business)
        if self._shown_channels() != p.channels:
            self._fill_channels(p.channels)
        with QSignalBlocker(self.response_spin):
            self.response_spin.set_optional_value(p.response_time_hours)
        rhythm = p.check_in_rhythm.value if p.check_in_rhythm is not None else None
        select_data(self.rhythm_combo, rhythm)
        select_data(self.weekday_combo, p.check_in_weekday)
        self.weekday_combo.setEnabled(rhythm is not None)
        self.on_label.setEnabled(rhythm is not None)
        self.reachability.set_windows(p.windows)
        if not self.time_zone_message.has_message():
            self.time_zone_combo.set_zone(p.time_zone)
        with QSignalBlocker(self.budget_spin):
            self.budget_spin.set_cents(p.monthly_budget_cents)
        with QSignalBlocker(self.hourly_value_spin):
            self.hourly_value_spin.set_cents(p.own_hourly_value_cents)
        if not self.currency_message.has_message():
            self.currency_combo.set_currency(p.currency)
        for spin in (self.budget_spin, self.hourly_value_spin):
            spin.setSuffix(f" {p.currency}")
        self.language_combo.setCurrentIndex(self.language_combo.findData(p.brief_language))

    def _save(self, **changes: Any) -> bool:
        """Store the profile with *changes*, as one undoable step."""
        if self._loading:
            return False
        before = self._profile
        after = replace(before, **changes)
        if after == before:
            return False
        stored = self._run(
            self.tr("Edit working agreements"), Replace(self._service.save, before, after)
        )
        self.refresh()
        return stored

    def _fill_channels(self, channels: tuple[ContactChannel, ...]) -> None:
        labels = self.kind_labels()
        table = self.channels_table
        with QSignalBlocker(table):
            table.setRowCount(0)
            for channel in channels:
                self._append_channel_row(channel.kind, channel.value, labels)
        self._on_channels_table_item_selection_changed()

    def _append_channel_row(
        self, kind: ChannelKind, value: str, labels: dict[ChannelKind, str]
    ) -> int:
        table = self.channels_table
        row = table.rowCount()
        table.insertRow(row)
        kind_item = QTableWidgetItem(labels[kind])
        kind_item.setData(_KindRole, kind.value)
        table.setItem(row, 0, kind_item)
        table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _shown_channels(self) -> tuple[ContactChannel, ...]:
        """The channels the table shows; rows without an address are not channels yet."""
        table = self.channels_table
        channels = []
        for row in range(table.rowCount()):
            kind_item, value_item = table.item(row, 0), table.item(row, 1)
            value = value_item.text().strip() if value_item is not None else ""
            if kind_item is not None and value:
                channels.append(ContactChannel(ChannelKind(kind_item.data(_KindRole)), value))
        return tuple(channels)

    # Slots ----------------------------------------------------------------------------------

    def _on_name_edit_editing_finished(self) -> None:
        self._save(name=self.name_edit.text().strip())

    def _on_business_edit_editing_finished(self) -> None:
        self._save(business=self.business_edit.text().strip())

    def _on_channels_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._save(channels=self._shown_channels())

    def _on_channels_table_item_selection_changed(self) -> None:
        self.remove_channel_button.setEnabled(bool(self.channels_table.selectedItems()))

    def _on_add_channel_button_clicked(self) -> None:
        used = {channel.kind for channel in self._shown_channels()}
        kind = next((k for k in ChannelKind if k not in used), ChannelKind.OTHER)
        table = self.channels_table
        with QSignalBlocker(table):
            row = self._append_channel_row(kind, "", self.kind_labels())
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
        self._save(channels=self._shown_channels())

    def _on_response_spin_editing_finished(self) -> None:
        self._save(response_time_hours=self.response_spin.optional_value())

    def _on_rhythm_combo_activated(self, _index: int) -> None:
        value = self.rhythm_combo.currentData()
        self._save(check_in_rhythm=CheckInRhythm(value) if value else None)

    def _on_weekday_combo_activated(self, _index: int) -> None:
        self._save(check_in_weekday=self.weekday_combo.currentData())

    def _on_reachability_windows_edited(self, windows: tuple[ReachabilityWindow, ...]) -> None:
        self._save(windows=windows)

    def _on_time_zone_combo_zone_edited(self) -> None:
        zone = self.time_zone_combo.checked_zone(self.time_zone_message)
        if zone is not None:
            self._save(time_zone=zone)

    def _on_budget_spin_editing_finished(self) -> None:
        self._save(monthly_budget_cents=self.budget_spin.cents())

    def _on_hourly_value_spin_editing_finished(self) -> None:
        self._save(own_hourly_value_cents=self.hourly_value_spin.cents())

    def _on_currency_combo_currency_edited(self) -> None:
        currency = self.currency_combo.currency()
        if currency is None:
            self.currency_message.show_message(self.currency_combo.problem())
            return
        self.currency_message.clear()
        self._save(currency=currency)

    def _on_language_combo_activated(self, _index: int) -> None:
        self._save(brief_language=self.language_combo.currentData() or "")

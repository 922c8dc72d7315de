"""Manage Templates: the user's own templates, renamed in place, edited or deleted,
and the built-in ones, read-only, to copy into an own one.

The first list holds the user's own templates. F2 renames the selected one in the
list, Enter stores the name; Edit… opens every field it fills in
(gui/template_editor.py); Del asks, naming the template, and then deletes it. The
second list holds the built-in templates, marked as such: Copy to My Templates makes
an own template of the selected one and selects it. A short preview (title, area,
number of steps and done-when criteria) tells templates with similar names apart.
Names are whitespace-normalised; an empty one is refused with a message under the list
and nothing is stored. Two templates may share a name (see ``TemplateService.rename``).

Changes are stored at once. They are not on the to-do list's undo stack: the template
library is not part of the list's history, which is why deleting asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.errors import DelegatorError, InvalidValue
from delegator.domain.templates import TaskTemplate
from delegator.gui.form_widgets import HelpText, InlineMessage, WrappingLabel, resize_within_screen
from delegator.gui.template_editor import TemplateEditor
from delegator.services.template_service import MAX_NAME_LENGTH, TemplateService
from delegator.text import i18n
from delegator.text.messages import explain

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _NameDelegate(QStyledItemDelegate):
    """The inline editor: a line edit no longer than a stored name may be."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_NAME_LENGTH)
        return editor


class TemplatesDialog(QDialog):
    """Rename, edit and delete the user's own templates, copy built-in ones; see the
    module docstring. ``editor`` is the template editor opened last (for tests)."""

    def __init__(self, templates: TemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = templates
        self._by_id: dict[str, TaskTemplate] = {}
        self._builtin: dict[str, TaskTemplate] = {}
        self._loading = False
        self.editor: TemplateEditor | None = None
        self.setWindowTitle(self.tr("Manage Templates"))
        self._build()
        self._wire()
        self._fill_builtin()
        self._reload()
        resize_within_screen(self, 720, 520)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building -------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("My templates"))
        self.list.setItemDelegate(_NameDelegate(self.list))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setMinimumWidth(220)
        list_label = QLabel(self.tr("&My templates:"), self)
        list_label.setBuddy(self.list)
        self.builtin_list = QListWidget(self)
        self.builtin_list.setAccessibleName(self.tr("Built-in templates"))
        builtin_label = QLabel(self.tr("B&uilt-in templates (read-only):"), self)
        builtin_label.setBuddy(self.builtin_list)

        self.rename_action = QAction(self.tr("&Rename"), self.list)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.delete_action = QAction(self.tr("&Delete"), self.list)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list.addAction(action)

        preview = QGroupBox(self.tr("Selected template"), self)
        form = QFormLayout(preview)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_title = WrappingLabel("", preview)
        bold = QFont(self.preview_title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.preview_title.setFont(bold)
        self.preview_area = WrappingLabel("", preview)
        self.preview_steps = QLabel(preview)
        self.preview_criteria = QLabel(preview)
        form.addRow(self.tr("Title:"), self.preview_title)
        form.addRow(self.tr("Area:"), self.preview_area)
        form.addRow(self.tr("Steps:"), self.preview_steps)
        form.addRow(self.tr("Done-when criteria:"), self.preview_criteria)
        self.preview_builtin = HelpText(
            self.tr("A built-in template: copy it to My Templates to change it."), preview
        )
        form.addRow(self.preview_builtin)
        self.preview = preview

        filled = QWidget(self)
        filled_layout = QVBoxLayout(filled)
        filled_layout.setContentsMargins(0, 0, 0, 0)
        filled_layout.addWidget(self.list)

        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_heading = WrappingLabel(self.tr("You have no templates of your own yet."), empty)
        self.empty_heading.setFont(bold)
        shortcut = QKeySequence("Ctrl+Shift+T").toString(QKeySequence.SequenceFormat.NativeText)
        self.empty_hint = WrappingLabel(
            self.tr(
                "To make one, describe a to-do (its instructions, steps and when it is "
                "done), then press {shortcut} (To-do → Save Description as Template…). "
                "It will be listed here and under To-do → New from Template."
            ).format(shortcut=shortcut),
            empty,
        )
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(filled)
        self.pages.addWidget(empty)
        self._filled_page, self._empty_page = filled, empty

        lists = QGridLayout()
        lists.addWidget(list_label, 0, 0)
        lists.addWidget(self.pages, 1, 0)
        lists.addWidget(builtin_label, 2, 0)
        lists.addWidget(self.builtin_list, 3, 0)
        lists.addWidget(preview, 1, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        lists.setColumnStretch(0, 2)
        self._lists = lists
        lists.setColumnStretch(1, 3)
        lists.setRowStretch(1, 3)
        lists.setRowStretch(3, 2)

        self.message = InlineMessage(self.list, self)
        self.builtin_note = HelpText(
            self.tr(
                "Built-in templates are always under To-do → New from Template and "
                "cannot be changed; copy one to make your own version. Changes here are "
                "saved at once and cannot be undone."
            ),
            self,
        )

        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setToolTip(self.tr("Rename the selected template (F2)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit everything the selected template fills in"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected template (Del)"))
        self.copy_button = QPushButton(self.tr("&Copy to My Templates"), self)
        self.copy_button.setToolTip(
            self.tr("Make a template of your own from the selected built-in one")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.rename_button, self.edit_button, self.delete_button, self.copy_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.builtin_note)
        layout.addWidget(self.buttons)

    def _wire(self) -> None:
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.rename_action.triggered.connect(self.rename_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.builtin_list.currentItemChanged.connect(self._on_builtin_list_current_item_changed)
        self.buttons.rejected.connect(self.reject)

    # What the user does -----------------------------------------------------------

    def rename_selected(self) -> None:
        """Open the inline editor on the selected template's name."""
        item = self.list.currentItem()
        if item is None:
            return
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.editItem(item)

    def edit_selected(self) -> None:
        """Open every field of the selected own template; Save stores them."""
        item = self.list.currentItem()
        template = self._by_id.get(str(item.data(ID_ROLE))) if item is not None else None
        if template is None:
            return
        self.editor = TemplateEditor(template, self)
        if self.editor.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            stored = self._templates.update(self.editor.template())
        except DelegatorError as error:
            self._show_not_saved(error)
            return
        self.message.clear()
        self._reload(select_id=stored.id if stored is not None else None)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_selected(self) -> None:
        """Make an own template of the selected built-in one and select it."""
        item = self.builtin_list.currentItem()
        template = self._builtin.get(str(item.data(ID_ROLE))) if item is not None else None
        if template is None:
            return
        name = self.tr("{name} (my copy)").format(name=template.name)
        try:
            copied = self._templates.copy(template, name)
        except DelegatorError as error:
            self._show_not_saved(error)
            return
        self.message.clear()
        self._reload(select_id=copied.id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        """Ask, naming the template; on Yes delete it and select its neighbour."""
        item = self.list.currentItem()
        if item is None:
            return
        template_id = str(item.data(ID_ROLE))
        row = self.list.row(item)
        answer = QMessageBox.question(
            self,
            self.tr("Delete Template?"),
            self.tr(
                "Delete the template “{name}”?\n\nTo-dos started from it keep their "
                "description. This cannot be undone."
            ).format(name=item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._templates.delete(template_id)
        except DelegatorError as error:
            self._show_not_saved(error)
            return
        self.message.clear()
        self._reload(select_row=row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Slots -----------------------------------------------------------------------

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        """The inline editor committed a name: store it, or say why not."""
        if self._loading:
            return
        template_id = str(item.data(ID_ROLE))
        old = self._by_id.get(template_id)
        try:
            renamed = self._templates.rename(template_id, item.text())
        except InvalidValue:
            self._set_item_text(item, old.name if old is not None else "")
            self.message.show_message(
                self.tr("A template needs a name. The name was left as it was.")
            )
        except DelegatorError as error:
            self._set_item_text(item, old.name if old is not None else "")
            self._show_not_saved(error)
        else:
            self.message.clear()
            if renamed is not None:
                self._by_id[template_id] = renamed
                self._set_item_text(item, renamed.name)
                self._show_preview(renamed)
        # The list is sorted by name: reorder once the editor has closed (reloading
        # while it closes would pull the row out from under it).
        QTimer.singleShot(0, self, lambda: self._reload(select_id=template_id))

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._loading:
            return
        self.message.clear()
        if current is not None:
            self.builtin_list.setCurrentRow(-1)
        self._show_selected(current)

    def _on_builtin_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._loading or current is None:
            return
        self.message.clear()
        self._loading = True
        try:
            self.list.setCurrentRow(-1)
        finally:
            self._loading = False
        self._show_selected(None)

    # Helpers ----------------------------------------------------------------------

    def _fill_builtin(self) -> None:
        """The built-in templates in the language of the window, marked as built-in."""
        try:
            templates = self._templates.builtin(i18n.ui_language())
        except (OSError, ValueError):
            templates = []  # the bundled file is missing or broken: nothing to copy
        self._builtin = {template.id: template for template in templates}
        italic = QFont(self.builtin_list.font())
        italic.setItalic(True)
        for template in templates:
            item = QListWidgetItem(template.name, self.builtin_list)
            item.setData(ID_ROLE, template.id)
            item.setFont(italic)
            item.setToolTip(self.tr("Built-in template: {title}").format(title=template.title))

    def _reload(self, select_id: str | None = None, select_row: int = 0) -> None:
        """Fill the list from storage; select *select_id*, else the row at *select_row*."""
        try:
            templates = self._templates.user_templates()
        except DelegatorError as error:
            templates = []
            self._show_not_saved(error)
        self._by_id = {template.id: template for template in templates}
        self._loading = True
        try:
            self.list.clear()
            chosen: QListWidgetItem | None = None
            for template in templates:
                item = QListWidgetItem(template.name, self.list)
                item.setData(ID_ROLE, template.id)
                item.setToolTip(template.title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if template.id == select_id:
                    chosen = item
            if chosen is None and templates:
                chosen = self.list.item(min(max(select_row, 0), len(templates) - 1))
            if chosen is not None:
                self.list.setCurrentItem(chosen)
        finally:
            self._loading = False
        has_any = bool(templates)
        self.pages.setCurrentWidget(self._filled_page if has_any else self._empty_page)
        # The hint for no templates is as high as its text: the page it stands for (the
        # list) takes no room then, and the built-in list gets the rest.
        for page, shown in ((self._filled_page, has_any), (self._empty_page, not has_any)):
            page.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored,
            )
        self._lists.setRowStretch(1, 1 if has_any else 0)
        self._show_selected(self.list.currentItem())

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        """Show the selected own template (*item*) or, without one, the built-in one
        selected, with the buttons that apply to it."""
        template = self._by_id.get(str(item.data(ID_ROLE))) if item is not None else None
        builtin_item = self.builtin_list.currentItem() if template is None else None
        builtin = (
            self._builtin.get(str(builtin_item.data(ID_ROLE))) if builtin_item is not None else None
        )
        for control in (self.rename_action, self.delete_action):
            control.setEnabled(template is not None)
        for button in (self.rename_button, self.edit_button, self.delete_button):
            button.setEnabled(template is not None)
        self.copy_button.setEnabled(builtin is not None)
        shown = template or builtin
        self.preview.setVisible(shown is not None)
        self.preview_builtin.setVisible(builtin is not None)
        if shown is not None:
            self._show_preview(shown)

    def _show_preview(self, template: TaskTemplate) -> None:
        self.preview_title.setText(template.title)
        self.preview_area.setText(template.area or self.tr("No area"))
        self.preview_area.setEnabled(bool(template.area))
        self.preview_steps.setText(str(len(template.steps)))
        self.preview_criteria.setText(str(len(template.acceptance_criteria)))

    def _set_item_text(self, item: QListWidgetItem, text: str) -> None:
        self._loading = True
        try:
            item.setText(text)
        finally:
            self._loading = False

    def _show_not_saved(self, error: Exception) -> None:
        self.message.show_message(
            self.tr("The change could not be saved, and nothing was changed: {error}").format(
                error=explain(error)
            )
        )

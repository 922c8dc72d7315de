"""The dialogs the main window opens: import, export, templates, mindset, introduction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from delegator.gui.undo_commands import Runner
from delegator.services.import_service import file_patterns
from delegator.text import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from delegator.domain.backups import Backup
    from delegator.domain.model import Task
    from delegator.domain.readiness import Finding
    from delegator.domain.templates import TaskTemplate
    from delegator.gui.task_editor import TaskEditor
    from delegator.services.template_service import ApplyTemplate
    from delegator.services.workspace import Workspace


class WindowDialogs(QObject):
    """Opens the window's dialogs (each imported on its first use) and keeps the one
    opened last in ``current``.

    The import and export dialogs open only once the window has started (the ORM and
    the editor are loaded after the first paint): *editor* returns None before.
    """

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        run: Runner,
        settings: QSettings,
        editor: Callable[[], TaskEditor | None],
        about_text: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._run = run
        self._settings = settings
        self._editor = editor
        self._about_text = about_text
        self.current: QDialog | None = None

    def _editor_saved(self) -> bool:
        """Store what the editor holds; False before the window has started (there is
        no editor yet, and the dialogs that need what it holds wait for it)."""
        editor = self._editor()
        if editor is None:
            return False
        editor.flush()
        return True

    def _open(self, dialog: QDialog) -> None:
        self.current = dialog
        dialog.open()

    def open_import(self, path: Path | None = None, text: str | None = None) -> None:
        """The import dialog for a file (asked for when none is given) or pasted text."""
        if self._editor() is None:
            return
        if path is None and text is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                QCoreApplication.translate("MainWindow", "Import To-dos"),
                "",
                QCoreApplication.translate(
                    "MainWindow", "To-do lists ({patterns});;All files (*)"
                ).format(patterns=file_patterns()),
            )
            if not name:
                return
            path = Path(name)
        from delegator.gui.import_dialog import ImportDialog

        self._open(ImportDialog(self._workspace, self._run, self._window, path=path, text=text))

    def import_files(self, paths: Sequence[Path]) -> None:
        """The import dialog for each of *paths* in turn, each once the one before has
        closed (the files Delegator was opened with). A file that is missing or cannot
        be read is named in its dialog, which imports nothing."""
        waiting = list(paths)

        def next_file() -> None:
            if not waiting:
                return
            before = self.current
            self.open_import(waiting.pop(0))
            if self.current is None or self.current is before:
                next_file()  # no dialog opened for that one: go on with the next
            elif waiting:
                self.current.finished.connect(next_file)

        next_file()

    def import_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.open_import(text=text)

    def open_export(self) -> None:
        """The export dialog for the handover package (after the window has started)."""
        if not self._editor_saved():
            return
        from delegator.gui.export_dialog import ExportDialog

        self._open(ExportDialog(self._workspace, self._window, self._settings))

    def open_agenda(self, task_ids: list[int]) -> None:
        """The check-in agenda, for the assistant of the first of *task_ids* if it has one
        (what the editor holds is saved first: the agenda lists changed instructions)."""
        self._editor_saved()
        from delegator.gui.agenda_dialog import AgendaDialog

        self._open(AgendaDialog(self._workspace, task_ids, self._window))

    def open_check_in(self, task_id: int | None) -> None:
        """Complete a check-in on this to-do (nothing when no to-do is chosen)."""
        if task_id is None:
            return
        from delegator.gui.check_in_dialog import CheckInDialog

        self._open(CheckInDialog(self._workspace, self._run, task_id, self._window))

    def log_feedback(self, task_id: int | None) -> None:
        """Log feedback on this to-do (nothing when no to-do is chosen)."""
        if task_id is None or not self._editor_saved():
            return
        from delegator.gui.feedback_dialog import FeedbackDialog

        workspace = self._workspace
        task = workspace.tasks.task(task_id)
        self._open(
            FeedbackDialog(
                workspace.followup, self._run, self._window, task=task, tasks=workspace.tasks
            )
        )

    def show_revision(self, task_id: int | None) -> None:
        """What changed in this to-do since its last handover (nothing when none is chosen)."""
        if task_id is None or not self._editor_saved():
            return
        from delegator.gui.revision_dialog import RevisionDialog

        title = self._workspace.tasks.title(task_id)
        self._open(RevisionDialog(self._workspace.followup, task_id, title, self._window))

    def open_mindset_check(self) -> None:
        from delegator.gui.mindset_dialog import MindsetDialog

        self._open(MindsetDialog(self._workspace.readiness, self._run, self._window))

    def show_introduction(self) -> None:
        from delegator.gui.intro_dialog import IntroDialog

        self._settings.setValue("intro/shown", True)
        self._open(IntroDialog(self._window))

    def open_templates_manager(self) -> None:
        """Rename or delete the user's own templates (not part of the undo history)."""
        from delegator.gui.templates_dialog import TemplatesDialog

        self._open(TemplatesDialog(self._workspace.templates, self._window))

    def fill_templates_menu(self, menu: QMenu, add: Callable[[TaskTemplate], None]) -> None:
        """The built-in templates, then the user's own; choosing one calls *add*."""
        menu.clear()
        service = self._workspace.templates
        for template in service.builtin(i18n.ui_language()):
            menu.addAction(template.name, _adder(add, template))
        own = service.user_templates()
        if own:
            menu.addSection(QCoreApplication.translate("MainWindow", "My templates"))
            for template in own:
                menu.addAction(template.name, _adder(add, template))

    def apply_template(self, task_id: int | None, *, only_matching: bool = False) -> None:
        """Fill the empty fields of this to-do from a template, the best match chosen
        first; with *only_matching*, only when some template matches it (nothing when
        no to-do is chosen)."""
        if task_id is None or not self._editor_saved():
            return
        from delegator.domain.templates import matching_template
        from delegator.gui.apply_template_dialog import ApplyTemplateDialog

        task = self._workspace.tasks.task(task_id)
        templates = self._workspace.templates.for_task(i18n.ui_language(), task)
        suggested = matching_template(task.title, task.area, templates)
        if only_matching and suggested is None:
            return
        dialog = ApplyTemplateDialog(
            self._workspace.tasks, self._run, task, templates, suggested, self._window
        )
        dialog.template_applied.connect(self._on_dialog_template_applied)
        self._open(dialog)

    def _on_dialog_template_applied(self, operation: ApplyTemplate) -> None:
        from delegator.gui.apply_template_dialog import filled_names

        fields = filled_names(
            operation.filled,
            QCoreApplication.translate("MainWindow", "the decision “delegate”"),
        )
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Filled from “{name}”: {fields}. Please review them."
            ).format(name=operation.template.name, fields=fields),
            10000,
        )
        editor = self._editor()
        if editor is not None:  # it marks the filled fields for review (this session)
            if editor.task is None or editor.task.id != operation.task_id:
                editor.show_task(operation.task_id)
            editor.mark_from_template(operation.filled, operation.template.name)

    def follow_fix(self, finding: Finding) -> None:
        """What a finding's Fix offers after the window has shown its place: a matching
        template for a delegated to-do without instructions, an assistant for the
        delegated to-dos that have none."""
        from delegator.domain.readiness import Rule

        if finding.rule is Rule.NO_INSTRUCTIONS and finding.subject.id is not None:
            self.apply_template(finding.subject.id, only_matching=True)
        elif finding.rule is Rule.UNASSIGNED:
            self.assign_unassigned()

    def describe_in_a_row(self, task_id: int | None = None) -> None:
        """The compact form for the delegated to-dos not yet described, from *task_id*
        when it is one of them (what the editor holds is saved first)."""
        if not self._editor_saved():
            return
        from delegator.gui.describe_dialog import DescribeDialog

        workspace = self._workspace
        language = i18n.ui_language()

        def templates(task: Task) -> list[TaskTemplate]:
            return workspace.templates.for_task(language, task)

        self._open(
            DescribeDialog(
                workspace.tasks, workspace.readiness, templates, self._run, task_id, self._window
            )
        )

    def assign_unassigned(self) -> None:
        """Give the delegated to-dos without an assistant one, or a new one, at once."""
        from delegator.gui.assign_all_dialog import AssignAllDialog

        if not self._editor_saved():
            return
        self._open(AssignAllDialog(self._workspace, self._run, self._window))

    def save_as_template(self) -> None:
        """Save the description of the to-do in the editor as a template of its own."""
        editor = self._editor()
        if editor is None or editor.task is None:
            return
        editor.flush()
        task = self._workspace.tasks.task(editor.task.id)
        name, accepted = QInputDialog.getText(
            self._window,
            QCoreApplication.translate("MainWindow", "Save as Template"),
            QCoreApplication.translate("MainWindow", "Name of the template:"),
            text=task.title,
        )
        if accepted and name.strip():
            from delegator.gui.template_editor import confirm_empty_template
            from delegator.services.template_service import template_from_task

            if not confirm_empty_template(self._window, template_from_task(task, name)):
                return
            self._workspace.templates.save_from_task(task, name)
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Template saved."), 4000
            )

    def open_backups(self, backups: list[Backup], restore: Callable[[Backup], str]) -> None:
        """The backups to restore from (after the window has started; what the editor
        holds is saved first); *restore* puts one back (see gui/backup_restore.py)."""
        if not self._editor_saved():
            return
        from delegator.gui.backup_dialog import BackupDialog

        self._open(BackupDialog(backups, self._settings, restore, self._window))

    def export_whole_plan(self) -> None:
        """File → Export Whole Plan: where to, then the archive written on a worker
        (after the window has started; what the editor holds is saved first)."""
        if not self._editor_saved():
            return
        from delegator.gui.plan_archive_dialogs import ArchiveWriteDialog
        from delegator.gui.plan_archive_window import choose_export_target

        chosen = choose_export_target(self._window, self._settings, self._workspace.clock.today())
        if chosen is not None:
            target, replace = chosen
            dialog = ArchiveWriteDialog(
                self._workspace, target, replace=replace, parent=self._window
            )
            self._open(dialog)

    def open_plan_archive(self, open_plan: Callable[[Path], str]) -> None:
        """File → Open Plan Archive: which archive, then its preview (after the window has
        started; what the editor holds is saved first); *open_plan* opens it (see
        gui/plan_archive_window.py)."""
        if not self._editor_saved():
            return
        from delegator.gui.plan_archive_dialogs import ArchivePreviewDialog
        from delegator.gui.plan_archive_window import choose_archive

        path = choose_archive(self._window, self._settings)
        if path is not None:
            self._open(ArchivePreviewDialog(path, open_plan, self._window))

    def show_about(self) -> None:
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "About Delegator"),
            self._about_text(),
        )


def _adder(add: Callable[[TaskTemplate], None], template: TaskTemplate) -> Callable[[], None]:
    return lambda: add(template)

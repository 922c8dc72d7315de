"""Links and attached files of a to-do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.errors import AttachmentTooLarge
from delegator.domain.model import Resource, ResourceKind
from delegator.gui.form_widgets import InlineMessage
from delegator.services.task_service import MAX_ATTACHMENT_BYTES, TaskService


class ResourcesTab(QWidget):
    """Add a link (Enter), attach a file (copied into the data folder), open, remove.

    Signals:
        resources_changed(list): the resources after the user changed them.
    """

    resources_changed = Signal(object)

    def __init__(self, service: TaskService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._resources: list[Resource] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Links and files"))
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(self.tr("Paste a link and press Enter"))
        self.link.setAccessibleName(self.tr("New link"))
        self.attach_button = QPushButton(self.tr("Attach &File…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.message = InlineMessage(self.link, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.link)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._wire()

    def _wire(self) -> None:
        self.link.returnPressed.connect(self._on_link_return_pressed)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemActivated.connect(self._on_open_button_clicked)

    def set_resources(self, resources: tuple[Resource, ...]) -> None:
        self._resources = list(resources)
        row = self.list.currentRow()
        self.list.clear()
        for resource in self._resources:
            icon = QStyle.StandardPixmap.SP_FileIcon
            if resource.kind is ResourceKind.LINK:
                icon = QStyle.StandardPixmap.SP_DriveNetIcon
            item = QListWidgetItem(self.style().standardIcon(icon), resource.label)
            item.setToolTip(resource.target)
            self.list.addItem(item)
        if self._resources:
            self.list.setCurrentRow(min(max(row, 0), len(self._resources) - 1))

    def add_file(self, path: Path) -> bool:
        """Attach *path*; False (with a message shown) if it cannot be attached."""
        try:
            resource = self._service.attach(path)
        except AttachmentTooLarge as error:
            self.message.show_message(
                self.tr("{name} is larger than {limit} MB; attach a link to it instead.").format(
                    name=error.name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)
                )
            )
            return False
        except OSError as error:
            self.message.show_message(
                self.tr("{name} could not be attached: {reason}").format(
                    name=path.name, reason=error.strerror or str(error)
                )
            )
            return False
        self.message.clear()
        self._emit([*self._resources, resource])
        return True

    def _emit(self, resources: list[Resource]) -> None:
        self.set_resources(tuple(resources))
        self.resources_changed.emit(resources)

    def _on_link_return_pressed(self) -> None:
        text = self.link.text().strip()
        url = QUrl.fromUserInput(text)
        if not text or not url.isValid() or url.isLocalFile():
            self.message.show_message(self.tr("That is not a web link."))
            return
        self.message.clear()
        self.link.clear()
        self._emit([*self._resources, Resource(ResourceKind.LINK, text, url.toString())])

    def _on_attach_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a File"))
        if name:
            self.add_file(Path(name))

    def _on_open_button_clicked(self, *_args: Any) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        resource = self._resources[row]
        if resource.kind is ResourceKind.LINK:
            url = QUrl(resource.target)
        else:
            url = QUrl.fromLocalFile(str(self._service.attachment_path(resource)))
        QDesktopServices.openUrl(url)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._emit(self._resources[:row] + self._resources[row + 1 :])

"""The contact channels table of the Working agreements page: a kind, an address and
whether candidates (strangers who receive the requirements profile) are given it, a row."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from delegator.domain.profile import ChannelKind, ContactChannel
from delegator.gui.form_widgets import select_data

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KIND, ADDRESS, FOR_CANDIDATES = range(3)


def kind_labels() -> dict[ChannelKind, str]:
    # The page's words, translated in the page's context.
    return {
        ChannelKind.EMAIL: QCoreApplication.translate("AgreementsPage", "Email"),
        ChannelKind.PHONE: QCoreApplication.translate("AgreementsPage", "Phone"),
        ChannelKind.CHAT: QCoreApplication.translate("AgreementsPage", "Chat"),
        ChannelKind.VIDEO: QCoreApplication.translate("AgreementsPage", "Video call"),
        ChannelKind.OTHER: QCoreApplication.translate("AgreementsPage", "Other"),
    }


class ChannelTable(QTableWidget):
    """Kind, address and a tick for candidates, one channel a row, four rows high; the
    kind is picked from a combo box, the address typed in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in kind_labels().values())
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(KIND, widest + 40)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FOR_CANDIDATES, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(KIND, _KindDelegate(kind_labels(), self))
        rows = 4
        self.setFixedHeight(
            header.sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )

    def fill(self, channels: tuple[ContactChannel, ...]) -> None:
        """Show *channels*, one a row, without signalling a change."""
        labels = kind_labels()
        with QSignalBlocker(self):
            self.setRowCount(0)
            for channel in channels:
                self._append(channel, labels)

    def append_row(self, kind: ChannelKind, value: str) -> int:
        """Add a row at the end, not for candidates; returns its number."""
        return self._append(ContactChannel(kind, value), kind_labels())

    def channels(self) -> tuple[ContactChannel, ...]:
        """The channels the table shows; rows without an address are not channels yet."""
        channels = []
        for row in range(self.rowCount()):
            kind_item, value_item = self.item(row, KIND), self.item(row, ADDRESS)
            tick = self.item(row, FOR_CANDIDATES)
            value = value_item.text().strip() if value_item is not None else ""
            if kind_item is not None and value:
                chosen = tick is not None and tick.checkState() == Qt.CheckState.Checked
                kind = ChannelKind(kind_item.data(KIND_ROLE))
                channels.append(ContactChannel(kind, value, chosen))
        return tuple(channels)

    def _append(self, channel: ContactChannel, labels: dict[ChannelKind, str]) -> int:
        row = self.rowCount()
        self.insertRow(row)
        kind_item = QTableWidgetItem(labels[channel.kind])
        kind_item.setData(KIND_ROLE, channel.kind.value)
        self.setItem(row, KIND, kind_item)
        self.setItem(row, ADDRESS, QTableWidgetItem(channel.value))
        tick = QTableWidgetItem()
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        tick.setCheckState(
            Qt.CheckState.Checked if channel.for_candidates else Qt.CheckState.Unchecked
        )
        tick.setToolTip(
            QCoreApplication.translate(
                "AgreementsPage", "Give this channel to candidates in the requirements profile"
            )
        )
        self.setItem(row, FOR_CANDIDATES, tick)
        return row


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
            select_data(editor, index.data(KIND_ROLE))

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
                    KIND_ROLE: editor.currentData(),
                },
            )

"""The drag-and-drop form of to-dos: their ids as JSON under a private MIME type."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex

TASK_IDS_MIME = "application/x-delegator-task-ids"


def task_ids_mime(task_ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(TASK_IDS_MIME, QByteArray(json.dumps(list(task_ids)).encode()))
    return mime


def dragged_rows(indexes: Iterable[QModelIndex]) -> list[int]:
    """The rows a drag starts from, each once and in order (Qt gives one index per cell)."""
    return sorted({index.row() for index in indexes if index.isValid()})


def task_ids_from(data: QMimeData) -> list[int]:
    """The to-do ids a drag carries (empty if it carries none or garbage)."""
    if not data.hasFormat(TASK_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(TASK_IDS_MIME).data()))
        return [int(task_id) for task_id in ids]
    except (ValueError, TypeError):
        return []

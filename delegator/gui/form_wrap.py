"""Forms in a narrow pane: labels go above their fields when both do not fit side by
side, so no field is squeezed and nothing is cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

# The width below which a field would be too narrow beside its label, in pixels.
NARROWEST_FIELD = 160


def wrap_when_narrow(form: QFormLayout, width: int, narrowest_field: int = NARROWEST_FIELD) -> None:
    """Put *form*'s labels above their fields if *width* (the form's widget's) has no
    room for the widest label and a field of *narrowest_field* pixels beside it."""
    labels = [
        item.sizeHint().width()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    margins = form.contentsMargins()
    room = width - margins.left() - margins.right() - form.horizontalSpacing()
    narrow = room < max(labels, default=0) + narrowest_field
    policy = (
        QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
    )
    if form.rowWrapPolicy() != policy:
        form.setRowWrapPolicy(policy)

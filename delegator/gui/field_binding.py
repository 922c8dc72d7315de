"""Form fields tied to the values they edit: read, checked, stored, explained in place.

A form makes one ``FieldBindings`` and binds each field once: its name, its widget, the
signals that commit it, how its value is read from the widget and shown in it, and the
``InlineMessage`` under it. A commit reads the widget; what cannot be read
(``FieldProblem``) or what the form's *check* refuses (``InvalidValue``, in the words
of ``delegator.text.messages``) is said under the field and not stored. Anything else
goes to the form's *store*, which autosaves it as one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QLineEdit, QWidget
from shiboken6 import isValid

from delegator.domain.errors import InvalidValue
from delegator.gui.form_widgets import (
    CurrencyCombo,
    InlineMessage,
    TimeZoneCombo,
    set_text_if_changed,
)
from delegator.text.messages import explain

# The model's fields a widget holds, by name: what the form stores, e.g. {"name": "Anna"}.
Values = dict[str, Any]


class FieldProblem(Exception):
    """A field holds something that cannot be read as a value; *text* says why."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class FieldBinding:
    """One field of a form (made by ``FieldBindings.bind``)."""

    def __init__(
        self,
        bindings: FieldBindings,
        name: str,
        widget: QWidget,
        read: Callable[[], Values],
        show: Callable[[Any], None],
        message: InlineMessage | None,
    ) -> None:
        self._bindings = bindings
        self.name = name
        self.widget = widget
        self.message = message
        self._read = read
        self._show = show

    def commit(self) -> None:
        """Read the field and hand it to the form, or say under it why not."""
        if self._bindings.loading or not isValid(self._bindings.owner):
            return
        try:
            values = self._read()
            self._bindings.check(values)
        except FieldProblem as problem:
            self._say(problem.text)
            return
        except InvalidValue as error:
            self._say(explain(error))
            return
        self._say("")
        self._bindings.store(self.name, values)

    def load(self, model: Any, *, keep_problem: bool) -> None:
        """Show *model*'s value; with *keep_problem*, a field explaining a problem keeps
        what was typed."""
        if self.message is not None:
            if keep_problem and self.message.has_message():
                return
            self.message.clear()
        self._show(model)

    def _say(self, text: str) -> None:
        if self.message is not None:
            self.message.show_message(text)


class FieldBindings:
    """The bound fields of one form, in the order they were bound.

    *store(name, values)* autosaves committed values; *check(values)* raises
    ``InvalidValue`` for values the form's service would refuse. A field that loses the
    focus while its *owner* (the form) is being deleted commits nothing: Qt sends that
    last ``editingFinished`` after the form's C++ object is gone.
    """

    def __init__(
        self,
        owner: QObject,
        store: Callable[[str, Values], None],
        check: Callable[[Values], None] | None = None,
    ) -> None:
        self.owner = owner
        self.store = store
        self.check: Callable[[Values], None] = check or _accept
        self.loading = False
        self._shown_id: object = None
        self._bindings: dict[str, FieldBinding] = {}

    def bind(
        self,
        name: str,
        widget: QWidget,
        *,
        commit: Sequence[SignalInstance],
        read: Callable[[], Values],
        show: Callable[[Any], None],
        message: InlineMessage | None = None,
    ) -> FieldBinding:
        binding = FieldBinding(self, name, widget, read, show, message)
        for signal in commit:
            signal.connect(lambda *_args, b=binding: b.commit())
        self._bindings[name] = binding
        return binding

    def bind_line(
        self, name: str, edit: QLineEdit, message: InlineMessage | None = None
    ) -> FieldBinding:
        """Bind a one-line field to the model's text *name*, stored trimmed."""
        return self.bind(
            name,
            edit,
            commit=[edit.editingFinished],
            read=lambda: {name: edit.text().strip()},
            show=lambda model: set_text_if_changed(edit, getattr(model, name)),
            message=message,
        )

    def bind_currency(self, combo: CurrencyCombo, message: InlineMessage) -> FieldBinding:
        """Bind *combo* to the model's ``currency``: a three-letter code."""

        def read() -> Values:
            currency = combo.currency()
            if currency is None:
                raise FieldProblem(combo.problem())
            return {"currency": currency}

        return self.bind(
            "currency",
            combo,
            commit=[combo.currency_edited],
            read=read,
            show=lambda model: combo.set_currency(model.currency),
            message=message,
        )

    def bind_time_zone(self, combo: TimeZoneCombo, message: InlineMessage) -> FieldBinding:
        """Bind *combo* to the model's ``time_zone``: a known zone, written the standard
        way (the field shows it so once read), or "" for none."""

        def read() -> Values:
            zone = combo.zone()
            if zone is None:
                raise FieldProblem(combo.problem())
            combo.set_zone(zone)
            return {"time_zone": zone}

        return self.bind(
            "time_zone",
            combo,
            commit=[combo.zone_edited],
            read=read,
            show=lambda model: combo.set_zone(model.time_zone),
            message=message,
        )

    def __getitem__(self, name: str) -> FieldBinding:
        return self._bindings[name]

    def __iter__(self) -> Iterator[FieldBinding]:
        return iter(self._bindings.values())

    def load(self, model: Any, *, keep_problems: bool = False) -> None:
        """Show *model* in every field without committing anything.

        A field left unchanged on a reload keeps its undo history; a model of another
        id starts every one-line field afresh, so Ctrl+Z there cannot bring back what was
        typed for the one shown before.
        """
        another = getattr(model, "id", None) != self._shown_id
        self._shown_id = getattr(model, "id", None)
        self.loading = True
        try:
            for binding in self:
                binding.load(model, keep_problem=keep_problems)
                if another and isinstance(binding.widget, QLineEdit):
                    binding.widget.setText(binding.widget.text())
        finally:
            self.loading = False


def _accept(_values: Values) -> None:
    """The check of a form whose values are all storable once read."""

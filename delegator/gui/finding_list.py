"""Every finding of a readiness report in one widget that stays fast for thousands.

A plan of 1,000 delegated to-dos easily yields thousands of findings, and the page is
updated as the user edits, so the findings are not one widget tree each. ``FindingList``
lays out all of them arithmetically (heights from cached font measurements, see
finding_layout) and binds a small pool of painted ``FindingRow`` widgets, each with a real
Fix button, to the rows the scroll area shows. Tab still walks every Fix button in order:
it scrolls the next finding into view and binds it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QWidget

from delegator.domain.readiness import Finding, Severity
from delegator.gui.finding_layout import RowMetrics
from delegator.gui.finding_rows import FindingRow, FixButton, GroupHeader
from delegator.gui.readiness_style import SEVERITIES
from delegator.text.readiness_text import FindingText


class FindingList(QWidget):
    """Every finding, grouped Blockers, Warnings, Hints; only the rows in view exist.

    Heights come from cached font measurements, so laying out thousands of findings
    costs a few dict look-ups each; rows are bound from a pool as the scroll area moves.
    Tab and Shift+Tab (and the Up and Down arrows) move finding by finding, scrolling
    as needed; entering the list with Tab lands on the first finding, with Shift+Tab on
    the last.

    Signals:
        fix_requested(object): a Fix button was clicked (or Enter pressed on a
            finding); carries the Finding.
    """

    fix_requested = Signal(object)

    OVERSCAN = 200
    GROUP_GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._scroll: QScrollArea | None = None
        self._anchor: QWidget | None = None
        self._findings: list[Finding] = []
        self._texts: list[FindingText] = []
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._counts = dict.fromkeys(SEVERITIES, 0)
        self._bound: dict[int, FindingRow] = {}
        self._free: list[FindingRow] = []
        self._headers = {severity: GroupHeader(severity, self) for severity in SEVERITIES}
        for header in self._headers.values():
            header.hide()
        self._metrics: RowMetrics | None = None
        self._laid_out_width = -1
        self._moving_focus = False
        self.setFixedHeight(0)

    # Public -------------------------------------------------------------------------

    def attach(self, scroll: QScrollArea, anchor: QWidget | None) -> None:
        """Follow *scroll*'s viewport; Tab from *anchor* enters the list."""
        self._scroll = scroll
        self._anchor = anchor
        scroll.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        scroll.viewport().installEventFilter(self)

    def set_findings(self, findings: Sequence[Finding], texts: Sequence[FindingText]) -> None:
        """Show *findings* (blockers first, as a Report orders them) with their texts."""
        focused = self.focused_index()
        kept = self._findings[focused] if focused is not None else None
        order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
        pairs = sorted(zip(findings, texts, strict=True), key=lambda p: order[p[0].severity])
        self._findings = [finding for finding, _ in pairs]
        self._texts = [text for _, text in pairs]
        self._counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self._findings:
            self._counts[finding.severity] += 1
        for severity, header in self._headers.items():
            header.set_count(self._counts[severity])
        if focused is not None and self._findings:
            target = self._index_of(kept, focused)
            row = self._bound.pop(focused)
            other = self._bound.pop(target, None)
            if other is not None:
                self._bound[focused] = other
                other.index = focused
            self._bound[target] = row
            row.index = target
        self._laid_out_width = -1
        if self.isVisible():
            parent = self.parentWidget()
            layout = parent.layout() if parent is not None else None
            if layout is not None:
                layout.activate()  # the width the list is about to get, not a stale one
            self._relayout()

    def count(self) -> int:
        return len(self._findings)

    def finding_at(self, index: int) -> Finding:
        return self._findings[index]

    def text_at(self, index: int) -> FindingText:
        return self._texts[index]

    def group_header(self, severity: Severity) -> GroupHeader:
        return self._headers[severity]

    def row_rect(self, index: int) -> QRect:
        self._ensure_laid_out()
        return QRect(0, self._tops[index], self.width(), self._heights[index])

    def row(self, index: int) -> FindingRow:
        """The row showing finding *index*, scrolled into view."""
        self.ensure_visible(index)
        return self._bound[index]

    def focused_index(self) -> int | None:
        focus = QApplication.focusWidget()
        if isinstance(focus, FixButton):
            row = focus.parentWidget()
            if isinstance(row, FindingRow) and self._bound.get(row.index) is row:
                return row.index
        return None

    def focus_finding(
        self, index: int, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
    ) -> None:
        self._moving_focus = True
        try:
            self.ensure_visible(index)
            self._bound[index].button.setFocus(reason)
        finally:
            self._moving_focus = False

    def step_focus(self, index: int, step: int) -> None:
        """Up and Down arrows: to the finding above or below, staying in the list."""
        target = max(0, min(len(self._findings) - 1, index + step))
        if target != index:
            self.focus_finding(target, Qt.FocusReason.OtherFocusReason)

    def ensure_visible(self, index: int) -> None:
        self._ensure_laid_out()
        content = self._scroll.widget() if self._scroll is not None else None
        if self._scroll is not None and content is not None:
            # A new report may have changed the height: let the scroll area know first.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            top = self.mapTo(content, QPoint(0, self._tops[index])).y()
            half = self._heights[index] // 2
            self._scroll.ensureVisible(0, top + half, 0, half + 12)
        self._rebind(extra=index)

    # Qt -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._relayout()
        else:
            self._rebind()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_laid_out()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._rebind()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
            self._laid_out_width = -1
            self._relayout()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._scroll is not None:
            if watched is self._scroll.viewport():
                self._rebind()
        elif kind == QEvent.Type.FocusIn and isinstance(watched, FixButton):
            self._on_fix_button_focus_in(watched, event)  # type: ignore[arg-type]
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        index = self.focused_index()
        if index is not None:
            target = index + 1 if next else index - 1
            if 0 <= target < len(self._findings):
                reason = (
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                self.focus_finding(target, reason)
                return True
        return super().focusNextPrevChild(next)

    # Internals ----------------------------------------------------------------------

    def _index_of(self, finding: Finding | None, fallback: int) -> int:
        if finding is not None:
            try:
                return self._findings.index(finding)
            except ValueError:
                pass
        return min(fallback, len(self._findings) - 1)

    def _ensure_metrics(self) -> RowMetrics:
        if self._metrics is None:
            probe = FixButton()
            hint = probe.sizeHint()
            probe.deleteLater()
            self._metrics = RowMetrics(self.font(), QSize(max(hint.width(), 72), hint.height()))
        return self._metrics

    def retranslate(self) -> None:
        self._metrics = None
        for row in (*self._bound.values(), *self._free):
            row.button.retranslate()
        self._laid_out_width = -1

    def _ensure_laid_out(self) -> None:
        if self._laid_out_width != self.width():
            self._relayout()

    def _relayout(self) -> None:
        width = self.width()
        metrics = self._ensure_metrics()
        self._laid_out_width = width
        tops: list[int] = []
        heights: list[int] = []
        y = 0
        index = 0
        for severity in SEVERITIES:
            header = self._headers[severity]
            count = self._counts[severity]
            if not count:
                header.hide()
                continue
            if y:
                y += self.GROUP_GAP
            header_height = header.preferred_height()
            header.setGeometry(0, y, width, header_height)
            header.show()
            y += header_height
            group = metrics.row_heights(self._texts[index : index + count], width)
            tops.extend(itertools.accumulate(group[:-1], initial=y))
            heights.extend(group)
            y += sum(group)
            index += count
        self._tops = tops
        self._heights = heights
        if self.height() != y:
            self.setFixedHeight(y)
        self._rebind(force=True)

    def _visible_span(self) -> tuple[int, int]:
        if self._scroll is None:
            return 0, self.height()
        viewport = self._scroll.viewport()
        offset = self.mapTo(viewport, QPoint(0, 0)).y()
        return -offset - self.OVERSCAN, viewport.height() - offset + self.OVERSCAN

    def _rebind(self, force: bool = False, extra: int | None = None) -> None:
        count = len(self._findings)
        if len(self._tops) != count:
            return  # new findings while hidden: laid out (and bound) once shown
        metrics = self._ensure_metrics()
        wanted: set[int] = set()
        if count:
            top, bottom = self._visible_span()
            first = max(0, bisect.bisect_right(self._tops, top) - 1)
            last = min(count, bisect.bisect_left(self._tops, bottom))
            wanted.update(range(first, last))
        focused = self.focused_index()
        for keep in (focused, extra):
            if keep is not None and keep < count:
                wanted.add(keep)
        for index in [i for i in self._bound if i not in wanted]:
            row = self._bound.pop(index)
            row.hide()
            row.finding = None
            self._free.append(row)
        width = self.width()
        changed = force
        for index in sorted(wanted):
            bound = self._bound.get(index)
            if bound is None:
                row = self._free.pop() if self._free else self._new_row(metrics)
                self._bound[index] = row
                changed = True
            elif not force:
                continue
            else:
                row = bound
            row.bind(index, self._findings[index], self._texts[index], metrics)
            row.setGeometry(0, self._tops[index], width, self._heights[index])
            if row.isHidden():
                row.show()
        if changed:
            self._chain_tab_order()

    def _new_row(self, metrics: RowMetrics) -> FindingRow:
        row = FindingRow(metrics, self)
        row.button.clicked.connect(lambda _=False, r=row: self._on_fix_button_clicked(r))
        row.button.installEventFilter(self)
        row.step_requested.connect(self.step_focus)
        return row

    def _chain_tab_order(self) -> None:
        previous = self._anchor
        for index in sorted(self._bound):
            button = self._bound[index].button
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        self._rebind()

    def _on_fix_button_clicked(self, row: FindingRow) -> None:
        if row.finding is not None:
            self.fix_requested.emit(row.finding)

    def _on_fix_button_focus_in(self, button: FixButton, event: QFocusEvent) -> None:
        """Tab from before the list lands on the first finding, Shift+Tab from after it
        on the last, whichever pooled row Qt's focus chain reached."""
        if self._moving_focus or not self._findings:
            return
        row = button.parentWidget()
        if not isinstance(row, FindingRow):
            return
        if event.reason() == Qt.FocusReason.TabFocusReason and row.index != 0:
            self.focus_finding(0, Qt.FocusReason.TabFocusReason)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            last = len(self._findings) - 1
            if row.index != last:
                self.focus_finding(last, Qt.FocusReason.BacktabFocusReason)

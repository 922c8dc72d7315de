"""Column widths for the PDF brief's tables: no column narrower than its longest word,
as long as the page can hold them."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextLength, QTextTable

from delegator.exchange.pdf_layout import (
    BODY_POINT_SIZE,
    FORMAT_PX_PER_MM,
    MARGIN_SIDE_MM,
    TABLE_GRID_PX,
    TABLE_PADDING_PX,
    Pages,
    bundled_font,
)

BOLDISH = 500  # font weights above this count as bold (wider) when fitting columns

# where Qt may break a line: any white space but the no-break spaces
_WORD_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def column_widths(table: QTextTable, pages: Pages) -> list[QTextLength]:
    """Shares of the width by content, as a browser does: no column narrower than
    its longest word (header included), so that words are never split; a column
    whose longest entry fits an equal share gets just that, the others split the
    rest by their longest entries. Header cells count only with their words: a
    header may wrap, so that every row need not.

    Only when the longest words of all columns together are wider than the page
    (too many columns) are the shares those of the entries' lengths alone: Qt then
    breaks words anywhere in the whole table."""
    regular = QFontMetricsF(bundled_font(pages.families, BODY_POINT_SIZE), pages.writer)
    bold = QFontMetricsF(bundled_font(pages.families, BODY_POINT_SIZE, bold=True), pages.writer)
    scale = pages.format_scale
    # a cell's text is narrower by its padding and half a grid line either side;
    # + 1: clear of Qt's rounding to device pixels
    extra = 2 * TABLE_PADDING_PX + TABLE_GRID_PX + 1
    columns = table.columns()
    natural = [0.0] * columns
    narrowest = [0.0] * columns
    document = table.document()
    for row in range(table.rows()):
        for column in range(columns):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a spanning cell
            lines, any_bold = _cell_lines(document, cell.firstPosition(), cell.lastPosition())
            metrics = bold if any_bold else regular  # bold is the wider: safe for all
            for line in lines:
                words = _WORD_BREAKS.split(line)
                longest_word = max((metrics.horizontalAdvance(w) for w in words), default=0.0)
                narrowest[column] = max(narrowest[column], longest_word / scale)
                if row >= 1:
                    natural[column] = max(natural[column], metrics.horizontalAdvance(line) / scale)
    natural = [max(n, m) + extra for n, m in zip(natural, narrowest, strict=True)]
    narrowest = [m + extra for m in narrowest]
    # Qt shares out the text width less the table's border on either side, taken
    # off twice (once as the frame's border, once as the collapsed grid's outer
    # lines; the inner lines take no width), and 1: clear of rounding
    available = (pages.width / pages.px_per_mm - 2 * MARGIN_SIDE_MM) * FORMAT_PX_PER_MM
    available -= 4 * TABLE_GRID_PX + 1
    widths = (
        fitted_widths(natural, narrowest, available)
        or fitted_widths(natural, [0.0] * columns, available)
        or natural
    )
    total = sum(widths) or 1.0
    return [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in widths]


def _cell_lines(document: QTextDocument, first: int, last: int) -> tuple[list[str], bool]:
    """The lines of text of the cell from *first* to *last*, and whether any of it is
    bold."""
    lines: list[str] = []
    any_bold = False
    block = document.findBlock(first)
    while block.isValid() and block.position() <= last:
        lines += block.text().split("\u2028")
        if not any_bold:
            fragments = block.begin()
            while not fragments.atEnd():
                if fragments.fragment().charFormat().fontWeight() > BOLDISH:
                    any_bold = True
                    break
                fragments += 1
        block = block.next()
    return lines, any_bold


def fitted_widths(
    natural: list[float], narrowest: list[float], available: float
) -> list[float] | None:
    """Widths that add up to *available* (or less, when every *natural* width fits),
    none below its *narrowest*; None when those alone do not fit.

    A column whose natural width fits an equal share of what is left gets it (the
    narrowest first, and only while the others can still have their narrowest);
    the rest share out what remains by their natural widths."""
    if sum(narrowest) > available:
        return None
    if sum(natural) <= available:
        return list(natural)
    widths: dict[int, float] = {}
    space = available
    while True:
        rest = [c for c in range(len(natural)) if c not in widths]
        if not rest:
            break
        share = space / len(rest)
        reserve = sum(narrowest[c] for c in rest)  # what the rest needs at least
        fitted = False
        for c in sorted(rest, key=natural.__getitem__):
            if natural[c] > share or natural[c] - narrowest[c] > space - reserve:
                break
            widths[c] = natural[c]
            space -= natural[c]
            reserve -= narrowest[c]
            fitted = True
        if not fitted:
            break
    rest = [c for c in range(len(natural)) if c not in widths]
    while rest:
        wanted = sum(natural[c] for c in rest)
        too_narrow = [c for c in rest if space * natural[c] / wanted < narrowest[c]]
        if not too_narrow:
            widths.update((c, space * natural[c] / wanted) for c in rest)
            break
        for c in too_narrow:
            widths[c] = narrowest[c]
            space -= narrowest[c]
        rest = [c for c in rest if c not in too_narrow]
    return [widths[c] for c in range(len(natural))]

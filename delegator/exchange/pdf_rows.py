"""Table rows in the PDF brief kept whole across pages: a table is cut where a page
break would split a row, and each part starts a new page with a copy of the header
rows."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment, QTextFormat, QTextTable

from delegator.exchange.pdf_layout import (
    TABLE_GRID_PX,
    TABLE_MARGIN_BOTTOM_PX,
    TABLE_MARGIN_TOP_PX,
    TABLE_PADDING_PX,
    Pages,
)

ROW_ROUNDS = 3  # times a table's rows are looked at again after cutting it (at most)


def tables_of(document: QTextDocument) -> dict[int, QTextTable]:
    """The tables of *document* by their first position."""
    return {
        frame.firstPosition(): frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    }


def _tables_in_order(document: QTextDocument) -> list[int]:
    """The first positions of the tables of *document*, in the order of the text."""
    return sorted(tables_of(document))


def header_rows(table: QTextTable) -> int:
    """How many rows Qt repeats on every page (it keeps at least one row as body)."""
    return max(min(table.format().headerRowCount(), table.rows() - 1), 0)


@dataclass(frozen=True, slots=True)
class _RowText:
    top: float  # of its first line of text (document y)
    bottom: float  # of its last line
    height: float  # of its tallest cell's text, laid out unbroken


def _row_text(table: QTextTable, row: int) -> _RowText | None:
    """Where the text of *row* is; None when it has none."""
    document = table.document()
    layout = document.documentLayout()
    top = bottom = None
    tallest = 0.0
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        height = 0.0
        last = cell.lastPosition()
        block = document.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= last:
            y = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                line_top = y + line.y()
                top = line_top if top is None else min(top, line_top)
                line_bottom = line_top + line.height()
                bottom = line_bottom if bottom is None else max(bottom, line_bottom)
                height += line.height()
            block = block.next()
        tallest = max(tallest, height)
    if top is None or bottom is None:
        return None
    return _RowText(top, bottom, tallest)


def bottom_of_rows(table: QTextTable, count: int) -> float | None:
    """The bottom (document y) of the text in the first *count* rows of *table*."""
    bottoms = [text.bottom for row in range(count) if (text := _row_text(table, row))]
    return max(bottoms, default=None)


def keep_rows_together(
    document: QTextDocument, table: QTextTable, pages: Pages
) -> tuple[QTextDocument, QTextTable]:
    """Keep the rows of *table* whole where they fit on a page: the document to go on
    with (maybe a new one), and the last of the tables that then hold its rows.

    Qt splits a row by moving each line of text that does not fit to the next page,
    and has nothing to keep a row whole. So the rows from the first that would be
    split on become a table of their own, with a copy of the header rows, that
    starts on a new page; it is cut again wherever its next page would end, and so
    on (_row_breaks). When the row to move is the first one below the header, the
    whole table starts on the next page instead, unless a heading leads into it
    (that heading has moved with the table already, or is at the top of its page).

    Edits on a laid-out document lay the whole table out again, each; so they are
    made on a copy without a layout, which is then laid out once. Where a row is
    split still (the estimate of a page's rows was off), that part is cut again, up
    to ROW_ROUNDS times.
    """
    index = _tables_in_order(document).index(table.firstPosition())
    pieces = 1
    piece = 0
    for _ in range(ROW_ROUNDS):
        tables = tables_of(document)
        order = _tables_in_order(document)
        breaks = None
        while piece < pieces:
            breaks = _row_breaks(tables[order[index + piece]], pages)
            if breaks is not None:
                break
            piece += 1
        if breaks is None:
            break
        document = _split_table(document, index + piece, breaks, pages)
        pieces += len(breaks.rows)
    tables = tables_of(document)
    return document, tables[_tables_in_order(document)[index + pieces - 1]]


@dataclass(frozen=True, slots=True)
class _RowBreaks:
    table_to_next_page: bool
    rows: list[int]  # each starts a new page (and a table), ascending


def _row_breaks(table: QTextTable, pages: Pages) -> _RowBreaks | None:
    """Where *table* needs page breaks to keep its rows whole; None if nowhere.

    Up to the first row that a page break splits, the rows stay where they are;
    from there on, each page is filled with the rows that fit below the header
    rows, by their heights as laid out, unbroken.
    """
    document = table.document()
    headers = header_rows(table)
    scale = pages.format_scale
    padding = math.ceil(2 * (TABLE_PADDING_PX + TABLE_GRID_PX / 2) * scale)  # per row
    texts = [_row_text(table, row) for row in range(table.rows())]
    heights = [padding + (text.height if text else 0.0) for text in texts]
    # a table that starts a page: its top margin, its border doubled (frame and
    # grid), then the header rows; at the bottom its margin and border
    first_row = (
        pages.content_top(0)
        + (TABLE_MARGIN_TOP_PX + 2 * TABLE_GRID_PX) * scale
        + sum(heights[:headers])
    )
    last_row_end = pages.content_bottom(0) - (TABLE_MARGIN_BOTTOM_PX + 3 * TABLE_GRID_PX) * scale
    room = last_row_end - first_row
    move = False
    split = None
    for row in range(headers, table.rows()):
        text = texts[row]
        if text is None or heights[row] > room:
            continue
        page = pages.page_of(text.top + 1)
        if page == pages.page_of(text.bottom - 1):
            continue
        if row > headers:
            above = texts[row - 1]
            if above is not None and pages.page_of(above.top + 1) != page:
                continue  # it starts a page already: it cannot go further
            split = row
            break
        before = document.findBlock(table.firstPosition() - 1)
        table_top = document.documentLayout().frameBoundingRect(table).top()
        if 1 <= before.blockFormat().headingLevel() <= 3 or (
            table_top <= pages.content_top(pages.page_of(table_top + 1)) + 1
        ):
            continue
        move = True
        split = row
        break
    if split is None:
        return None
    rows = [] if move else [split]
    y = first_row  # where the next row would start, from here on on a new page
    for row in range(split, table.rows()):
        if y > first_row and y + heights[row] > last_row_end:
            rows.append(row)
            y = first_row
        y += heights[row]
        if heights[row] > room and row + 1 < table.rows():
            rows.append(row + 1)  # too tall for a page: Qt splits it; a new page after
            y = first_row
    return _RowBreaks(move, rows)


def _split_table(
    document: QTextDocument, index: int, breaks: _RowBreaks, pages: Pages
) -> QTextDocument:
    """A copy of *document*, laid out, with its *index*-th table (0-based, in the
    order of the text) cut before each of the rows in *breaks*: every part a table
    of its own, with a copy of the header rows, starting on a new page."""
    # not clone(): PySide deletes a clone with its original
    copy = pages.new_document()
    cursor = QTextCursor(copy)
    cursor.insertFragment(QTextDocumentFragment(document))
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.setBlockFormat(document.begin().blockFormat())  # a fragment does not keep it
    tables = tables_of(copy)
    table = tables[_tables_in_order(copy)[index]]
    # every part, and the table itself when its first row must move, starts a page
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    if breaks.table_to_next_page:
        table.setFormat(table_format)
    headers = header_rows(table)
    columns = table.columns()
    previous = table
    bounds = [*breaks.rows, table.rows()]
    for start, stop in itertools.pairwise(bounds):
        cursor.setPosition(table.cellAt(start, 0).firstPosition())
        cursor.setPosition(
            table.cellAt(stop - 1, columns - 1).lastPosition(), QTextCursor.MoveMode.KeepAnchor
        )
        rows = cursor.selection()
        after = previous.lastPosition()
        cursor.setPosition(after + 1)  # the (hidden) empty block after the table
        cursor.insertFragment(rows)
        piece = next(
            frame
            for frame in copy.rootFrame().childFrames()
            if isinstance(frame, QTextTable) and frame.firstPosition() > after
        )
        piece.setFormat(table_format)
        if headers:
            piece.insertRows(0, headers)
            _copy_cells(table, piece, headers)
        previous = piece
    if breaks.rows:
        table.removeRows(breaks.rows[0], table.rows() - breaks.rows[0])
    pages.paginate(copy)
    return copy


def _copy_cells(source: QTextTable, target: QTextTable, rows: int) -> None:
    """The first *rows* rows of *source*'s cells into *target*'s (empty) ones."""
    document = source.document()
    cursor = QTextCursor(document)
    for row in range(rows):
        for column in range(source.columns()):
            cell = source.cellAt(row, column)
            into = target.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            into.setFormat(cell.format())
            cursor.setPosition(cell.firstPosition())
            cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            content = cursor.selection()
            block_format = document.findBlock(cell.firstPosition()).blockFormat()
            cursor.setPosition(into.firstPosition())
            cursor.setBlockFormat(block_format)
            cursor.insertFragment(content)

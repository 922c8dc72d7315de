"""brief.pdf: the brief's Markdown laid out as a printable document.

``render_pdf(markdown, title=…, language=…, paper=…)`` turns the Markdown the Markdown
exporter wrote (CommonMark with GFM tables and task lists) into PDF bytes:

* page 1, the cover: the title, large, then the document's opening lines (everything
  before its first level-2 heading, without a level-1 heading that repeats the title);
  when those do not fit on the cover they open the body instead;
* from page 2, the table of contents: every level-2 heading with its page number;
* then the body. Every page after the cover has the title as header and
  "Page n of N" (in the brief's language) as footer; numbers count the cover, so they
  match a PDF viewer's;
* checklists and tables as the Markdown gives them: a table's columns are never
  narrower than their longest words (unless those alone are wider than the page), its
  rows are never split by a page break (unless taller than a page) and its header row
  repeats on every page it spans; a heading (levels 1–3) never ends a page: it moves to
  the next one together with the first lines of text after it (or a table's header
  and first row).

Everything is set in the DejaVu Sans bundled in ``resources/fonts`` (registered with
Qt once per process), so a brief looks the same on every machine, even one where Qt
sees no fonts at all. Characters DejaVu Sans lacks (most emoji) fall back to whatever
font the system has for them; symbols no font has are printed as a sign DejaVu Sans has
("✅" as "✔") or as their Unicode name (":calendar:"), not as boxes (only in the PDF:
the Markdown keeps them, and so does the PDF's title in its metadata). Ligatures are
switched off: the PDF's text extracts as it was typed ("offen", never "o\ufb00en"), so
searching it works.

Typed HTML is never interpreted (``MarkdownNoHTML``): ``<b>x</b>`` in a field is printed
as those characters.

Only QtGui is used, so this may run in a worker thread (a QThread: Qt's text layout
starts timers), but a QGuiApplication must exist, for Qt's font database; without one
``render_pdf`` raises RuntimeError.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTable,
)

from delegator.exchange.pdf_columns import column_widths
from delegator.exchange.pdf_layout import (
    BODY_POINT_SIZE,
    FORMAT_PX_PER_MM,
    MARGIN_SIDE_MM,
    TABLE_GRID_PX,
    TABLE_MARGIN_BOTTOM_PX,
    TABLE_MARGIN_TOP_PX,
    TABLE_PADDING_PX,
    Pages,
    bundled_font,
    one_line,
)
from delegator.exchange.pdf_rows import bottom_of_rows, header_rows, keep_rows_together, tables_of
from delegator.exchange.pdf_symbols import replace_symbols, undrawable_symbols, with_fallbacks
from delegator.runtime.resources import resource
from delegator.text.brief_text import BriefText

CREATOR = "Delegator"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # italics: Qt slants the regular
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

RESOLUTION_DPI = 1200  # QPdfWriter's default; layout coordinates are its pixels

TITLE_POINT_SIZE = 26.0
CONTENTS_HEADING_POINT_SIZE = 16.0
COVER_TITLE_DROP_MM = 35.0  # below the top margin
HEADING_SPACING_MM = {1: (8.0, 2.5), 2: (7.0, 2.0), 3: (3.0, 1.0)}  # above, below
KEEP_LINES = 2  # lines of text that must share a page with the heading above them
SECTIONS_PER_CHECK = 20  # level-2 sections laid out between two calls of progress
GRID = QColor(150, 150, 150)
CODE_BACKGROUND = QColor(238, 238, 238)

_font_lock = threading.Lock()
_font_families: list[str] = []


class CancelledError(Exception):
    """The progress callback returned False: the PDF was not finished."""


Sheet = list[tuple[QTextDocument, int]]  # what one sheet shows: pages of documents


def render_pdf(
    markdown: str,
    *,
    title: str,
    language: str,
    paper: str,
    progress: Callable[[int, int], bool] | None = None,
) -> bytes:
    """The brief *markdown* as PDF bytes on *paper* ("A4" or "Letter").

    *title* goes on the cover, into every page's header and into the PDF's metadata
    (with "Delegator" as its creator); *language* ("en", "de") chooses the words of
    the footer and the contents page.

    *progress*, if given, is called as ``progress(0, 0)`` now and then while the pages
    are laid out (their number is not known yet: a progress bar with that range shows
    "busy"), then as ``progress(pages_done, pages_total)`` from ``(0, total)`` on,
    after each page drawn; when it returns False, rendering stops and CancelledError
    is raised.

    Needs a QGuiApplication (RuntimeError otherwise); ValueError for another paper.
    """
    words = BriefText(language)
    target = open_pdf(markdown, title, paper)
    pages = target.pages

    def still_wanted() -> bool:
        return progress is None or bool(progress(0, 0))

    source = pdf_source(markdown, pages, target.missing)
    cover, body_from = _cover(source, target.shown_title, pages)
    body, entries = _body(source, body_from, pages, still_wanted)
    contents = _contents(entries, words, pages)
    sheets: list[Sheet] = [[(cover, 0)]]
    if contents is not None:
        sheets += [[(contents, index)] for index in range(contents.pageCount())]
    sheets += body
    return draw_sheets(
        target, sheets, words(QT_TRANSLATE_NOOP("Brief", "Page {n} of {total}")), progress
    )


@dataclass(slots=True)
class PdfTarget:
    """A PDF being written into memory, laid out like the brief."""

    data: QByteArray
    buffer: QBuffer
    writer: QPdfWriter
    pages: Pages
    missing: str  # the symbols of the text no bundled font draws
    shown_title: str  # the title with those symbols replaced


def open_pdf(markdown: str, title: str, paper: str) -> PdfTarget:
    """A PDF writer on *paper* ("A4" or "Letter"; ValueError otherwise) titled *title*
    (with "Delegator" as its creator), with the bundled fonts and the symbols of
    *markdown* and *title* they cannot draw. Needs a QGuiApplication (RuntimeError)."""
    page_size_id = PAPER_SIZES.get(paper.strip().casefold())
    if page_size_id is None:
        raise ValueError(f"unknown paper size {paper!r}: use 'A4' or 'Letter'")
    families = bundled_font_families()
    fonts = [bundled_font(families, BODY_POINT_SIZE, bold=bold) for bold in (False, True)]
    missing = undrawable_symbols(fonts, markdown, title)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(page_size_id))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return PdfTarget(
        data, buffer, writer, Pages(writer, families), missing, with_fallbacks(title, missing)
    )


def draw_sheets(
    target: PdfTarget,
    sheets: list[Sheet],
    footer_text: str,
    progress: Callable[[int, int], bool] | None,
) -> bytes:
    """Draw *sheets* into *target* and return the PDF's bytes; every sheet but the first
    gets the title as header and *footer_text* ("Page {n} of {total}") as footer.
    *progress* is called as ``progress(sheets_done, total)`` from ``(0, total)`` on;
    when it returns False, CancelledError is raised."""
    total = len(sheets)
    if progress is not None and not progress(0, total):
        raise CancelledError
    writer, pages = target.writer, target.pages
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("could not start the PDF")
    try:
        for number, sheet in enumerate(sheets, start=1):
            if number > 1:
                writer.newPage()
            for document, index in sheet:
                pages.draw(painter, document, index)
            if number > 1:
                footer = footer_text.format(n=number, total=total)
                pages.draw_header_and_footer(painter, target.shown_title, footer)
            if progress is not None and not progress(number, total):
                raise CancelledError
    finally:
        painter.end()
        target.buffer.close()
    return bytes(target.data.data())


def bundled_font_families() -> list[str]:
    """Register the bundled fonts with Qt (once per process); their family names."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_pdf needs a QGuiApplication (for Qt's font database)")
    with _font_lock:
        if not _font_families:
            for name in FONT_FILES:
                path = resource("fonts", name)
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id < 0:
                    raise RuntimeError(f"Qt could not load the bundled font {path}")
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in _font_families:
                        _font_families.append(family)
        return list(_font_families)


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def pdf_source(markdown: str, pages: Pages, missing: str) -> QTextDocument:
    """The whole Markdown as one document without a layout, only to be copied from.

    Format changes happen here, before any layout exists: with one, each change would
    lay out the rest of the document again, tables included. An empty first block is
    put in front so that every part copied out can start with a block break: a copy
    keeps the format of its first block (a heading, a list item) only then.
    """
    source = pages.new_document()
    frame_format = source.rootFrame().frameFormat()
    source.setMarkdown(markdown, MARKDOWN_FEATURES)
    source.rootFrame().setFrameFormat(frame_format)  # setMarkdown resets the margins
    if missing:
        replace_symbols(source, missing)
    _normalise(source, pages, may_have_code="`" in markdown or "~~~" in markdown)
    first = source.begin()
    block_format, char_format = first.blockFormat(), first.charFormat()
    cursor = QTextCursor(source)
    cursor.insertBlock()
    cursor.setBlockFormat(block_format)
    cursor.setBlockCharFormat(char_format)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.setBlockFormat(QTextBlockFormat())
    cursor.setBlockCharFormat(QTextCharFormat())
    return source


def _normalise(document: QTextDocument, pages: Pages, *, may_have_code: bool) -> None:
    """Ruled tables with fitted columns, spaced headings, checkboxes only on list
    items, and the bundled font for code too."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setBorder(TABLE_GRID_PX)  # collapsed borders: a grid this wide
            table_format.setBorderBrush(GRID)
            table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            table_format.setBorderCollapse(True)
            table_format.setCellPadding(TABLE_PADDING_PX)
            table_format.setHeaderRowCount(1)
            table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
            table_format.setColumnWidthConstraints(column_widths(frame, pages))
            table_format.setTopMargin(TABLE_MARGIN_TOP_PX)
            table_format.setBottomMargin(TABLE_MARGIN_BOTTOM_PX)
            frame.setFormat(table_format)
    cursor = QTextCursor(document)
    for block in _blocks(document):
        block_format = block.blockFormat()
        changed = False
        if (
            block_format.marker() != QTextBlockFormat.MarkerType.NoMarker
            and block.textList() is None
        ):
            # Qt's Markdown reader can leave a task item's marker on the paragraph
            # after the list, which would draw a stray checkbox.
            block_format.setMarker(QTextBlockFormat.MarkerType.NoMarker)
            changed = True
        spacing = HEADING_SPACING_MM.get(block_format.headingLevel())
        if spacing is not None:
            block_format.setTopMargin(spacing[0] * FORMAT_PX_PER_MM)
            block_format.setBottomMargin(spacing[1] * FORMAT_PX_PER_MM)
            changed = True
        if changed:
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        if may_have_code:
            _use_bundled_font_for_code(cursor, block, pages.families)


def _use_bundled_font_for_code(cursor: QTextCursor, block: QTextBlock, families: list[str]) -> None:
    """Qt sets code in the system's fixed-pitch font, which differs per machine."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.charFormat().hasProperty(QTextFormat.Property.FontFamilies):
            code = QTextCharFormat()
            code.setFontFamilies(families)
            code.setBackground(CODE_BACKGROUND)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(code)
        iterator += 1


def _part(source: QTextDocument, start: int, end: int) -> QTextDocumentFragment:
    """The blocks of *source* from the one at *start* up to *end* (the start of the
    next part, or the end), led by the block break before them."""
    cursor = QTextCursor(source)
    cursor.setPosition(start - 1)
    cursor.setPosition(end - 1, QTextCursor.MoveMode.KeepAnchor)
    return QTextDocumentFragment(cursor)


def _h2_positions(source: QTextDocument) -> list[int]:
    return [b.position() for b in _blocks(source) if b.blockFormat().headingLevel() == 2]


def _cover(source: QTextDocument, title: str, pages: Pages) -> tuple[QTextDocument, int]:
    """Page 1 (the title, then the opening lines if they fit) and the position in
    *source* where the body starts. A level-1 heading that repeats the title is left
    out."""
    start = source.begin().next()  # after the empty block pdf_source put first
    body_from = start.position()
    if start.blockFormat().headingLevel() == 1 and one_line(start.text()).casefold() == (
        one_line(title).casefold()
    ):
        if not start.next().isValid():
            return _cover_document(title, None, pages), source.characterCount()
        body_from = start.next().position()
    h2 = _h2_positions(source)
    if h2 and h2[0] > body_from:
        cover = _cover_document(title, _part(source, body_from, h2[0]), pages)
        if cover.pageCount() == 1:
            return cover, h2[0]
    return _cover_document(title, None, pages), body_from


def _cover_document(
    title: str, opening: QTextDocumentFragment | None, pages: Pages
) -> QTextDocument:
    cover = pages.new_document()
    cursor = QTextCursor(cover)
    spacer = QTextBlockFormat()  # the first block's top margin would not count
    spacer.setLineHeight(
        COVER_TITLE_DROP_MM * FORMAT_PX_PER_MM, QTextBlockFormat.LineHeightTypes.FixedHeight.value
    )
    cursor.setBlockFormat(spacer)
    title_block = QTextBlockFormat()
    title_block.setBottomMargin(12 * FORMAT_PX_PER_MM)
    title_chars = QTextCharFormat()
    title_chars.setFont(bundled_font(pages.families, TITLE_POINT_SIZE, bold=True))
    cursor.insertBlock(title_block, title_chars)
    cursor.insertText(one_line(title), title_chars)
    if opening is not None:
        cursor.insertFragment(opening)
    pages.paginate(cover)
    return cover


@dataclass(frozen=True, slots=True)
class _Entry:
    text: str
    sheet: int  # 0-based, among the body's sheets


def _body(
    source: QTextDocument, body_from: int, pages: Pages, still_wanted: Callable[[], bool]
) -> tuple[list[Sheet], list[_Entry]]:
    """The body's sheets, and a contents entry per level-2 heading; CancelledError
    when *still_wanted* says no (asked every SECTIONS_PER_CHECK sections).

    Each level-2 section is laid out as a document of its own that continues on the
    sheet where the one before ended (a spacer as tall as that sheet's used part comes
    first). Moving a heading to the next page then lays out only its own section
    again, not the rest of a brief of hundreds of pages.
    """
    end = source.characterCount()
    if body_from >= end - 1:
        return [], []
    starts = [position for position in _h2_positions(source) if position >= body_from]
    if not starts or starts[0] > body_from:
        starts.insert(0, body_from)
    sheets: list[Sheet] = []
    entries: list[_Entry] = []
    used = 0.0  # how far down its last sheet the part before ended (document y)
    for number, (start, stop) in enumerate(zip(starts, [*starts[1:], end], strict=True)):
        if number % SECTIONS_PER_CHECK == 0 and not still_wanted():
            raise CancelledError
        section = _section(_part(source, start, stop), used, pages)
        layout = section.documentLayout()
        first_sheet = len(sheets) - 1 if used else len(sheets)
        bottom = layout.blockBoundingRect(section.lastBlock()).bottom()
        section_pages = pages.page_of(bottom - 1) + 1
        for index in range(section_pages):
            if first_sheet + index == len(sheets):
                sheets.append([])
            sheets[first_sheet + index].append((section, index))
        heading = section.begin().next()
        if heading.isValid() and heading.blockFormat().headingLevel() == 2:
            top = layout.blockBoundingRect(heading).top()
            entries.append(_Entry(one_line(heading.text()), first_sheet + pages.page_of(top + 1)))
        used = bottom - (section_pages - 1) * pages.height
    return sheets, entries


def _section(part: QTextDocumentFragment, used: float, pages: Pages) -> QTextDocument:
    """One part of the body, laid out below *used* (document y) of its first page."""
    section = pages.new_document()
    spacer = QTextBlockFormat()
    space = max(used - pages.content_top(0), 0.0)
    spacer.setLineHeight(
        space / pages.format_scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value
    )
    cursor = QTextCursor(section)
    cursor.setBlockFormat(spacer)
    cursor.insertFragment(part)
    pages.paginate(section)
    return keep_together(section, pages)


def keep_together(document: QTextDocument, pages: Pages) -> QTextDocument:
    """Start a new page before every heading (levels 1–3) that would end a page, and
    before every table row that would be split by a page break.

    A run of headings must share its page with the first KEEP_LINES lines of text
    after it, or, when a table follows, with the table's header and first row. Going
    top-down, a moved heading or row only changes what comes after it.
    """
    layout = document.documentLayout()
    cursor = QTextCursor(document)
    tables = tables_of(document)
    block = document.begin()
    while block.isValid():
        table = tables.get(block.position())
        if table is not None:
            document, table = keep_rows_together(document, table, pages)
            layout = document.documentLayout()
            cursor = QTextCursor(document)
            tables = tables_of(document)  # split tables moved what follows them
            block = document.findBlock(table.lastPosition() + 1)
            continue
        if not 1 <= block.blockFormat().headingLevel() <= 3:
            block = block.next()
            continue
        first = block
        while block.isValid() and 1 <= block.blockFormat().headingLevel() <= 3:
            block = block.next()
        top = layout.blockBoundingRect(first).top()
        following = tables.get(block.position()) if block.isValid() else None
        following_bottom = None
        if following is not None:
            following_bottom = bottom_of_rows(following, header_rows(following) + 1)
            page_height = pages.content_bottom(0) - pages.content_top(0)
            if following_bottom is not None and following_bottom - top > page_height:
                following_bottom = None  # a row taller than a page: as text, then
        if following_bottom is None:
            following_bottom = _bottom_of_lines(layout, block, KEEP_LINES)
        if following_bottom is None:
            continue
        page = pages.page_of(top + 1)
        alone = pages.page_of(following_bottom - 1) != page
        if alone and top > pages.content_top(page) + 1:
            block_format = first.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setPosition(first.position())
            cursor.setBlockFormat(block_format)
            document.pageCount()  # lay out what follows again, in full
    return document


def _bottom_of_lines(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, count: int
) -> float | None:
    """The bottom (document y) of the *count*-th line of text from *block* on, or of
    the last one if fewer follow; None if none does."""
    bottom: float | None = None
    while block.isValid() and count > 0:
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for index in range(min(text_layout.lineCount(), count)):
            line = text_layout.lineAt(index)
            bottom = top + line.y() + line.height()
            count -= 1
        block = block.next()
    return bottom


def _contents(entries: list[_Entry], words: BriefText, pages: Pages) -> QTextDocument | None:
    """The table of contents (pages 2…); None when the brief has no sections.

    Its length shifts the body's page numbers; it is made again until the number of
    its pages agrees with the numbers in it (the digits of DejaVu Sans are all equally
    wide, so one more round at most).
    """
    if not entries:
        return None
    own_pages = 1
    for _ in range(4):
        contents = _contents_document(entries, own_pages, words, pages)
        if contents.pageCount() == own_pages:
            break
        own_pages = contents.pageCount()
    return contents


def _contents_document(
    entries: list[_Entry], own_pages: int, words: BriefText, pages: Pages
) -> QTextDocument:
    contents = pages.new_document()
    cursor = QTextCursor(contents)
    heading_block = QTextBlockFormat()
    heading_block.setBottomMargin(6 * FORMAT_PX_PER_MM)
    heading_chars = QTextCharFormat()
    heading_chars.setFont(bundled_font(pages.families, CONTENTS_HEADING_POINT_SIZE, bold=True))
    cursor.setBlockFormat(heading_block)
    cursor.insertText(words(QT_TRANSLATE_NOOP("Brief", "Contents")), heading_chars)
    entry_block = QTextBlockFormat()
    text_width_mm = pages.width / pages.px_per_mm - 2 * MARGIN_SIDE_MM
    right_edge = text_width_mm * FORMAT_PX_PER_MM - 1  # - 1: clear of rounding
    entry_block.setTabPositions([QTextOption.Tab(right_edge, QTextOption.TabType.RightTab)])
    entry_block.setBottomMargin(1.5 * FORMAT_PX_PER_MM)
    entry_chars = QTextCharFormat()
    first_body_sheet = 2 + own_pages  # 1-based: the cover, the contents, the body
    for entry in entries:
        cursor.insertBlock(entry_block, entry_chars)
        cursor.insertText(f"{entry.text}\t{first_body_sheet + entry.sheet}", entry_chars)
    pages.paginate(contents)
    return contents

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

import itertools
import math
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
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

from delegator.brief_text import BriefText
from delegator.exchange.pdf_symbols import replace_symbols, undrawable_symbols, with_fallbacks
from delegator.resources import resource

CREATOR = "Delegator"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # italics: Qt slants the regular
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
# OpenType features that join letters into one glyph ("ff" → "ﬀ"); the PDF's text
# would then hold the ligature character instead of the letters.
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")

RESOLUTION_DPI = 1200  # QPdfWriter's default; layout coordinates are its pixels
# Lengths inside text formats (margins, borders, padding, tabs, line heights) are
# pixels at 96 dpi, which the layout scales to the device; page sizes and layout
# coordinates are device pixels.
FORMAT_DPI = 96
FORMAT_PX_PER_MM = FORMAT_DPI / 25.4
FORMAT_PX_PER_PT = FORMAT_DPI / 72

BODY_POINT_SIZE = 10.0
TITLE_POINT_SIZE = 26.0
CONTENTS_HEADING_POINT_SIZE = 16.0
HEADER_POINT_SIZE = 8.0
MARGIN_TOP_MM = 22.0
MARGIN_BOTTOM_MM = 22.0
MARGIN_SIDE_MM = 20.0
HEADER_RULE_MM = 14.0  # from the top edge of the paper
FOOTER_RULE_MM = 14.0  # from the bottom edge
RULE_GAP_MM = 1.5  # between a rule and the header or footer text
COVER_TITLE_DROP_MM = 35.0  # below the top margin
HEADING_SPACING_MM = {1: (8.0, 2.5), 2: (7.0, 2.0), 3: (3.0, 1.0)}  # above, below
TABLE_GRID_PX = 1.0  # format pixels
TABLE_PADDING_PX = 3 * FORMAT_PX_PER_PT
TABLE_MARGIN_TOP_PX = 4 * FORMAT_PX_PER_PT
TABLE_MARGIN_BOTTOM_PX = 6 * FORMAT_PX_PER_PT
ROW_ROUNDS = 3  # times a table's rows are looked at again after cutting it (at most)
BOLDISH = 500  # font weights above this count as bold (wider) when fitting columns
KEEP_LINES = 2  # lines of text that must share a page with the heading above them
SECTIONS_PER_CHECK = 20  # level-2 sections laid out between two calls of progress
MUTED = QColor(90, 90, 90)
RULE = QColor(170, 170, 170)
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
    page_size_id = PAPER_SIZES.get(paper.strip().casefold())
    if page_size_id is None:
        raise ValueError(f"unknown paper size {paper!r}: use 'A4' or 'Letter'")
    families = _bundled_font_families()
    words = BriefText(language)
    fonts = [_font(families, BODY_POINT_SIZE, bold=bold) for bold in (False, True)]
    missing = undrawable_symbols(fonts, markdown, title)
    shown_title = with_fallbacks(title, missing)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(page_size_id))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    pages = _Pages(writer, families)

    def still_wanted() -> bool:
        return progress is None or bool(progress(0, 0))

    source = _source(markdown, pages, missing)
    cover, body_from = _cover(source, shown_title, pages)
    body, entries = _body(source, body_from, pages, still_wanted)
    contents = _contents(entries, words, pages)
    sheets: list[Sheet] = [[(cover, 0)]]
    if contents is not None:
        sheets += [[(contents, index)] for index in range(contents.pageCount())]
    sheets += body
    total = len(sheets)

    if progress is not None and not progress(0, total):
        raise CancelledError
    footer_text = words(QT_TRANSLATE_NOOP("Brief", "Page {n} of {total}"))
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
                pages.draw_header_and_footer(painter, shown_title, footer)
            if progress is not None and not progress(number, total):
                raise CancelledError
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _bundled_font_families() -> list[str]:
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


def _font(families: list[str], point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


@dataclass(frozen=True, slots=True)
class _Pages:
    """The paper and the documents laid out on it, in layout coordinates (the PDF
    writer's device pixels); page *i* of a document spans y from i·height."""

    writer: QPdfWriter
    families: list[str]

    @property
    def px_per_pt(self) -> float:
        return self.writer.resolution() / 72

    @property
    def px_per_mm(self) -> float:
        return self.writer.resolution() / 25.4

    @property
    def format_scale(self) -> float:
        """Device pixels per pixel of a text format's length."""
        return self.writer.logicalDpiY() / FORMAT_DPI

    @property
    def width(self) -> float:
        return self.writer.pageLayout().fullRectPoints().width() * self.px_per_pt

    @property
    def height(self) -> float:
        return self.writer.pageLayout().fullRectPoints().height() * self.px_per_pt

    def page_of(self, y: float) -> int:
        """The 0-based page of a document's y coordinate."""
        return int(y // self.height)

    def content_top(self, page: int) -> float:
        return page * self.height + MARGIN_TOP_MM * self.px_per_mm

    def content_bottom(self, page: int) -> float:
        return (page + 1) * self.height - MARGIN_BOTTOM_MM * self.px_per_mm

    def new_document(self) -> QTextDocument:
        """An empty document in the bundled font, with the page margins; no layout yet."""
        document = QTextDocument()
        document.setDefaultFont(_font(self.families, BODY_POINT_SIZE))
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        frame = document.rootFrame().frameFormat()
        frame.setTopMargin(MARGIN_TOP_MM * FORMAT_PX_PER_MM)
        frame.setBottomMargin(MARGIN_BOTTOM_MM * FORMAT_PX_PER_MM)
        frame.setLeftMargin(MARGIN_SIDE_MM * FORMAT_PX_PER_MM)
        frame.setRightMargin(MARGIN_SIDE_MM * FORMAT_PX_PER_MM)
        document.rootFrame().setFrameFormat(frame)
        return document

    def paginate(self, document: QTextDocument) -> None:
        """Lay *document* out in pages of this paper.

        Its layout is made here, while it has no page size: Qt lays a document out
        when its layout is made (on the screen's resolution), unless it has none.
        """
        document.documentLayout().setPaintDevice(self.writer)
        document.setPageSize(QSizeF(self.width, self.height))
        document.pageCount()  # the whole layout now: later changes then redo it right

    def draw(self, painter: QPainter, document: QTextDocument, index: int) -> None:
        """Page *index* (0-based) of *document*."""
        painter.save()
        painter.translate(0, -index * self.height)
        view = QRectF(0, index * self.height, self.width, self.height)
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(context.palette.ColorRole.Text, Qt.GlobalColor.black)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def draw_header_and_footer(self, painter: QPainter, title: str, footer: str) -> None:
        painter.save()
        font = _font(self.families, HEADER_POINT_SIZE)
        painter.setFont(font)
        metrics = QFontMetricsF(font, painter.device())
        left = MARGIN_SIDE_MM * self.px_per_mm
        right = self.width - left
        header_rule = HEADER_RULE_MM * self.px_per_mm
        footer_rule = self.height - FOOTER_RULE_MM * self.px_per_mm
        gap = RULE_GAP_MM * self.px_per_mm
        painter.setPen(QPen(RULE, 0.5 * self.px_per_pt))
        painter.drawLine(QPointF(left, header_rule), QPointF(right, header_rule))
        painter.drawLine(QPointF(left, footer_rule), QPointF(right, footer_rule))
        painter.setPen(MUTED)
        header = metrics.elidedText(_one_line(title), Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QPointF(left, header_rule - gap - metrics.descent()), header)
        width = metrics.horizontalAdvance(footer)
        painter.drawText(QPointF(right - width, footer_rule + gap + metrics.ascent()), footer)
        painter.restore()


# where Qt may break a line: any white space but the no-break spaces
_WORD_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _source(markdown: str, pages: _Pages, missing: str) -> QTextDocument:
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


def _normalise(document: QTextDocument, pages: _Pages, *, may_have_code: bool) -> None:
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
            table_format.setColumnWidthConstraints(_column_widths(frame, pages))
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


def _column_widths(table: QTextTable, pages: _Pages) -> list[QTextLength]:
    """Shares of the width by content, as a browser does: no column narrower than
    its longest word (header included), so that words are never split; a column
    whose longest entry fits an equal share gets just that, the others split the
    rest by their longest entries. Header cells count only with their words: a
    header may wrap, so that every row need not.

    Only when the longest words of all columns together are wider than the page
    (too many columns) are the shares those of the entries' lengths alone: Qt then
    breaks words anywhere in the whole table."""
    regular = QFontMetricsF(_font(pages.families, BODY_POINT_SIZE), pages.writer)
    bold = QFontMetricsF(_font(pages.families, BODY_POINT_SIZE, bold=True), pages.writer)
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
        _fitted_widths(natural, narrowest, available)
        or _fitted_widths(natural, [0.0] * columns, available)
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


def _fitted_widths(
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


def _cover(source: QTextDocument, title: str, pages: _Pages) -> tuple[QTextDocument, int]:
    """Page 1 (the title, then the opening lines if they fit) and the position in
    *source* where the body starts. A level-1 heading that repeats the title is left
    out."""
    start = source.begin().next()  # after the empty block _source put first
    body_from = start.position()
    if start.blockFormat().headingLevel() == 1 and _one_line(start.text()).casefold() == (
        _one_line(title).casefold()
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
    title: str, opening: QTextDocumentFragment | None, pages: _Pages
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
    title_chars.setFont(_font(pages.families, TITLE_POINT_SIZE, bold=True))
    cursor.insertBlock(title_block, title_chars)
    cursor.insertText(_one_line(title), title_chars)
    if opening is not None:
        cursor.insertFragment(opening)
    pages.paginate(cover)
    return cover


@dataclass(frozen=True, slots=True)
class _Entry:
    text: str
    sheet: int  # 0-based, among the body's sheets


def _body(
    source: QTextDocument, body_from: int, pages: _Pages, still_wanted: Callable[[], bool]
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
            entries.append(_Entry(_one_line(heading.text()), first_sheet + pages.page_of(top + 1)))
        used = bottom - (section_pages - 1) * pages.height
    return sheets, entries


def _section(part: QTextDocumentFragment, used: float, pages: _Pages) -> QTextDocument:
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
    return _keep_together(section, pages)


def _keep_together(document: QTextDocument, pages: _Pages) -> QTextDocument:
    """Start a new page before every heading (levels 1–3) that would end a page, and
    before every table row that would be split by a page break.

    A run of headings must share its page with the first KEEP_LINES lines of text
    after it, or, when a table follows, with the table's header and first row. Going
    top-down, a moved heading or row only changes what comes after it.
    """
    layout = document.documentLayout()
    cursor = QTextCursor(document)
    tables = _tables(document)
    block = document.begin()
    while block.isValid():
        table = tables.get(block.position())
        if table is not None:
            document, table = _keep_rows_together(document, table, pages)
            layout = document.documentLayout()
            cursor = QTextCursor(document)
            tables = _tables(document)  # split tables moved what follows them
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
            following_bottom = _bottom_of_rows(following, _header_rows(following) + 1)
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


def _tables(document: QTextDocument) -> dict[int, QTextTable]:
    """The tables of *document* by their first position."""
    return {
        frame.firstPosition(): frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    }


def _tables_in_order(document: QTextDocument) -> list[int]:
    """The first positions of the tables of *document*, in the order of the text."""
    return sorted(_tables(document))


def _header_rows(table: QTextTable) -> int:
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


def _bottom_of_rows(table: QTextTable, count: int) -> float | None:
    """The bottom (document y) of the text in the first *count* rows of *table*."""
    bottoms = [text.bottom for row in range(count) if (text := _row_text(table, row))]
    return max(bottoms, default=None)


def _keep_rows_together(
    document: QTextDocument, table: QTextTable, pages: _Pages
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
        tables = _tables(document)
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
    tables = _tables(document)
    return document, tables[_tables_in_order(document)[index + pieces - 1]]


@dataclass(frozen=True, slots=True)
class _RowBreaks:
    table_to_next_page: bool
    rows: list[int]  # each starts a new page (and a table), ascending


def _row_breaks(table: QTextTable, pages: _Pages) -> _RowBreaks | None:
    """Where *table* needs page breaks to keep its rows whole; None if nowhere.

    Up to the first row that a page break splits, the rows stay where they are;
    from there on, each page is filled with the rows that fit below the header
    rows, by their heights as laid out, unbroken.
    """
    document = table.document()
    headers = _header_rows(table)
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
    document: QTextDocument, index: int, breaks: _RowBreaks, pages: _Pages
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
    tables = _tables(copy)
    table = tables[_tables_in_order(copy)[index]]
    table_format = table.format()
    if breaks.table_to_next_page:
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(table_format)
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    headers = _header_rows(table)
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


def _contents(entries: list[_Entry], words: BriefText, pages: _Pages) -> QTextDocument | None:
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
    entries: list[_Entry], own_pages: int, words: BriefText, pages: _Pages
) -> QTextDocument:
    contents = pages.new_document()
    cursor = QTextCursor(contents)
    heading_block = QTextBlockFormat()
    heading_block.setBottomMargin(6 * FORMAT_PX_PER_MM)
    heading_chars = QTextCharFormat()
    heading_chars.setFont(_font(pages.families, CONTENTS_HEADING_POINT_SIZE, bold=True))
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

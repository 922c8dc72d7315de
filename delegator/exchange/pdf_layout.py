"""The page layout of the PDF brief: the paper, its margins, header and footer, the
bundled font, and the sizes a table's grid takes, shared by the modules that lay the
brief out (brief_pdf, pdf_columns, pdf_rows)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

# OpenType features that join letters into one glyph ("ff" → "ﬀ"); the PDF's text
# would then hold the ligature character instead of the letters.
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")

# Lengths inside text formats (margins, borders, padding, tabs, line heights) are
# pixels at 96 dpi, which the layout scales to the device; page sizes and layout
# coordinates are device pixels.
FORMAT_DPI = 96
FORMAT_PX_PER_MM = FORMAT_DPI / 25.4
FORMAT_PX_PER_PT = FORMAT_DPI / 72

BODY_POINT_SIZE = 10.0
HEADER_POINT_SIZE = 8.0
MARGIN_TOP_MM = 22.0
MARGIN_BOTTOM_MM = 22.0
MARGIN_SIDE_MM = 20.0
HEADER_RULE_MM = 14.0  # from the top edge of the paper
FOOTER_RULE_MM = 14.0  # from the bottom edge
RULE_GAP_MM = 1.5  # between a rule and the header or footer text
TABLE_GRID_PX = 1.0  # format pixels
TABLE_PADDING_PX = 3 * FORMAT_PX_PER_PT
TABLE_MARGIN_TOP_PX = 4 * FORMAT_PX_PER_PT
TABLE_MARGIN_BOTTOM_PX = 6 * FORMAT_PX_PER_PT
MUTED = QColor(90, 90, 90)
RULE = QColor(170, 170, 170)


def bundled_font(families: list[str], point_size: float, *, bold: bool = False) -> QFont:
    """The bundled font (its *families*) at *point_size*, without ligatures."""
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Pages:
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
        document.setDefaultFont(bundled_font(self.families, BODY_POINT_SIZE))
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
        font = bundled_font(self.families, HEADER_POINT_SIZE)
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
        header = metrics.elidedText(one_line(title), Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QPointF(left, header_rule - gap - metrics.descent()), header)
        width = metrics.horizontalAdvance(footer)
        painter.drawText(QPointF(right - width, footer_rule + gap + metrics.ascent()), footer)
        painter.restore()

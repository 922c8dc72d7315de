"""The check-in agenda as PDF: its Markdown laid out like the brief's body
(``exchange/brief_pdf.py``: the bundled font, ruled tables, spaced headings that never
end a page, symbols no font has replaced), but as one flowing document without a cover
or contents, so a normal agenda is one page. Pages after the first carry the title as
header and "Page n of N" as footer.

Only QtGui is used, so this may run in a worker thread; a QGuiApplication must exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from delegator.exchange.brief_pdf import (
    CREATOR,
    PAPER_SIZES,
    RESOLUTION_DPI,
    CancelledError,
    bundled_font_families,
    keep_together,
    pdf_source,
)
from delegator.exchange.pdf_layout import BODY_POINT_SIZE, Pages, bundled_font
from delegator.exchange.pdf_symbols import undrawable_symbols, with_fallbacks
from delegator.text.brief_text import BriefText


def render_agenda_pdf(
    markdown: str,
    *,
    title: str,
    language: str,
    paper: str,
    progress: Callable[[int, int], bool] | None = None,
) -> bytes:
    """The agenda *markdown* as PDF bytes on *paper* ("A4" or "Letter"); *title* goes
    into the header of pages after the first and into the metadata.

    *progress*, if given, is called as ``progress(pages_done, pages_total)`` from
    ``(0, total)`` on; when it returns False, CancelledError is raised. Needs a
    QGuiApplication (RuntimeError otherwise); ValueError for another paper.
    """
    page_size_id = PAPER_SIZES.get(paper.strip().casefold())
    if page_size_id is None:
        raise ValueError(f"unknown paper size {paper!r}: use 'A4' or 'Letter'")
    families = bundled_font_families()
    fonts = [bundled_font(families, BODY_POINT_SIZE, bold=bold) for bold in (False, True)]
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
    pages = Pages(writer, families)

    document = pdf_source(markdown, pages, missing)
    pages.paginate(document)
    document = keep_together(document, pages)
    total = document.pageCount()
    if progress is not None and not progress(0, total):
        raise CancelledError
    footer_text = BriefText(language)(QT_TRANSLATE_NOOP("Brief", "Page {n} of {total}"))
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("could not start the PDF")
    try:
        for index in range(total):
            if index:
                writer.newPage()
            pages.draw(painter, document, index)
            if index:
                footer = footer_text.format(n=index + 1, total=total)
                pages.draw_header_and_footer(painter, shown_title, footer)
            if progress is not None and not progress(index + 1, total):
                raise CancelledError
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())

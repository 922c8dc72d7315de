"""The check-in agenda as PDF: its Markdown laid out like the brief's body
(``exchange/brief_pdf.py``: the bundled font, ruled tables, spaced headings that never
end a page, symbols no font has replaced), but as one flowing document without a cover
or contents, so a normal agenda is one page. Pages after the first carry the title as
header and "Page n of N" as footer.

Only QtGui is used, so this may run in a worker thread; a QGuiApplication must exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.exchange.brief_pdf import Sheet, draw_sheets, keep_together, open_pdf, pdf_source
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
    target = open_pdf(markdown, title, paper)
    document = pdf_source(markdown, target.pages, target.missing)
    target.pages.paginate(document)
    document = keep_together(document, target.pages)
    sheets: list[Sheet] = [[(document, index)] for index in range(document.pageCount())]
    footer_text = BriefText(language)(QT_TRANSLATE_NOOP("Brief", "Page {n} of {total}"))
    return draw_sheets(target, sheets, footer_text, progress)

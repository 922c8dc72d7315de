"""Why a file cannot be imported, in words: shared by the window and the command line.

The parsers raise ``ImportFormatError`` with a problem code and the values it names;
only ``import_reason`` turns them into the user's language (``FILE, line N: reason``
is built around it by the caller). Cell texts and column names are quoted as Python
writes them (``'2026-13-01'``), as the messages always did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from delegator.domain.imported import ImportFormatError
from delegator.domain.imported import ImportProblem as P


def import_reason(error: ImportFormatError) -> str:
    """The reason of *error*, translated (context ``ImportError``)."""
    values = error.values
    value = repr(values.get("value"))
    column = repr(values.get("column"))
    detail = str(values.get("detail", ""))
    match error.problem:
        case P.EMPTY_FILE:
            return QCoreApplication.translate("ImportError", "the file is empty")
        case P.NOT_TEXT:
            return QCoreApplication.translate(
                "ImportError", "not a text file (it holds a NUL byte)"
            )
        case P.BAD_ENCODING:
            return QCoreApplication.translate("ImportError", "not valid {encoding}").format(
                encoding=values["encoding"]
            )
        case P.BAD_CSV:
            return QCoreApplication.translate("ImportError", "not valid CSV: {detail}").format(
                detail=detail
            )
        case P.NEEDS_MAPPING:
            return QCoreApplication.translate(
                "ImportError", "not Todoist's format; map its columns in the import dialog"
            )
        case P.NOT_TODOIST:
            return QCoreApplication.translate(
                "ImportError", "not a Todoist CSV: the header must start with TYPE,CONTENT"
            )
        case P.CELL_COUNT:
            return QCoreApplication.translate(
                "ImportError", "the row has {cells} cells, the header {columns}"
            ).format(cells=values["cells"], columns=values["columns"])
        case P.EMPTY_TYPE:
            return QCoreApplication.translate("ImportError", "the TYPE cell is empty")
        case P.UNKNOWN_TYPE:
            return QCoreApplication.translate("ImportError", "unknown TYPE {value}").format(
                value=value
            )
        case P.PRIORITY_RANGE:
            return QCoreApplication.translate(
                "ImportError", "PRIORITY must be 1 to 4, not {value}"
            ).format(value=value)
        case P.UNKNOWN_DURATION_UNIT:
            return QCoreApplication.translate(
                "ImportError", "unknown DURATION_UNIT {value}"
            ).format(value=value)
        case P.NOT_WHOLE_NUMBER:
            return QCoreApplication.translate(
                "ImportError", "{column} must be a whole number, not {value}"
            ).format(column=values["column"], value=value)
        case P.NO_SUCH_COLUMN:
            return QCoreApplication.translate("ImportError", "there is no column {column}").format(
                column=column
            )
        case P.NOT_A_DATE:
            return QCoreApplication.translate(
                "ImportError", "column {column}: {value} is not a date"
            ).format(column=column, value=value)
        case P.NOT_A_PRIORITY:
            return QCoreApplication.translate(
                "ImportError", "column {column}: {value} is not a priority"
            ).format(column=column, value=value)
        case P.NOT_MINUTES:
            return QCoreApplication.translate(
                "ImportError", "column {column}: {value} is not a number of minutes"
            ).format(column=column, value=value)
        case P.BAD_DUE_DATE:
            return QCoreApplication.translate(
                "ImportError", "due date {value} is not a date (YYYY-MM-DD)"
            ).format(value=value)
        case P.NOT_ICALENDAR_START:
            return QCoreApplication.translate(
                "ImportError", "not an iCalendar file: it must start with BEGIN:VCALENDAR"
            )
        case P.NOT_ICALENDAR:
            return QCoreApplication.translate("ImportError", "not an iCalendar file")
        case P.ICALENDAR_SYNTAX:
            # The library's own message is English and names no line: not shown.
            return QCoreApplication.translate("ImportError", "not valid iCalendar content")
        case P.UNREADABLE_TODO:
            return QCoreApplication.translate(
                "ImportError", "cannot read the to-do: {detail}"
            ).format(detail=detail)
        case P.BAD_ICS_VALUE:
            return QCoreApplication.translate(
                "ImportError", "{field} {value} is not a valid date, time or duration"
            ).format(field=values["field"], value=value)
        case P.BAD_ICS_FIELD:
            return QCoreApplication.translate(
                "ImportError", "{field} {value} is not a value iCalendar allows there"
            ).format(field=values["field"], value=value)
        case P.UNCLOSED_COMPONENT:
            return QCoreApplication.translate(
                "ImportError", "BEGIN:{component} has no END:{component} (is the file cut short?)"
            ).format(component=values["component"])
        case P.MINUTES_RANGE:
            return QCoreApplication.translate(
                "ImportError",
                "{field} {value} is not a time per occurrence from 0 to {limit} minutes (a week)",
            ).format(
                field=values["field"],
                value=value,
                limit=QLocale().toString(int(str(values["limit"]))),
            )
        case P.NOT_A_FILE:
            return _not_a_file(str(values.get("kind", "")))
        case P.TOO_LARGE:
            return QCoreApplication.translate(
                "ImportError", "larger than {limit}, the most an import reads"
            ).format(limit=_size(int(str(values["limit"]))))


def _not_a_file(kind: str) -> str:
    match kind:
        case "folder":
            return QCoreApplication.translate("ImportError", "a folder, not a file")
        case "pipe":
            return QCoreApplication.translate(
                "ImportError", "a named pipe, not a file; save what it holds to a file first"
            )
        case "device":
            return QCoreApplication.translate("ImportError", "a device, not a file")
        case "socket":
            return QCoreApplication.translate("ImportError", "a socket, not a file")
    return QCoreApplication.translate("ImportError", "not a regular file")


def _size(size: int) -> str:
    """*size* bytes as the user's locale writes it (50 MB)."""
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

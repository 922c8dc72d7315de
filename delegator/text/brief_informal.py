"""The brief's words that address its reader, once more in the context
``BriefInformal``: their German there says "du" where the context ``Brief`` says "Sie".

``BriefText`` looks a source up here first when the brief's form of address is "du"
(``text/brief_text.py``). lupdate keeps only the strings it finds marked in code, so
each source that addresses the reader is listed here; a new one belongs here too
(``tests/test_brief_address.py`` finds a "Brief" translation with "Sie" that is
missing here).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SOURCES = (
    QT_TRANSLATE_NOOP(
        "BriefInformal", "Follow the instructions step by step; ask before deviating."
    ),
    QT_TRANSLATE_NOOP("BriefInformal", "Find out the facts and report them; I decide."),
    QT_TRANSLATE_NOOP("BriefInformal", "Propose what to do, with reasons; I decide."),
    QT_TRANSLATE_NOOP("BriefInformal", "Decide and act, then tell me what you did."),
    QT_TRANSLATE_NOOP("BriefInformal", "Handle it completely; no need to report each time."),
    QT_TRANSLATE_NOOP("BriefInformal", "when to ask"),
    QT_TRANSLATE_NOOP("BriefInformal", "How to reach me"),
    QT_TRANSLATE_NOOP("BriefInformal", "When you should be available"),
    QT_TRANSLATE_NOOP(
        "BriefInformal",
        "I check finished work against its “Done when” list and give feedback at our "
        "check-ins. Tell me openly what was unclear, so I can improve the instructions.",
    ),
    QT_TRANSLATE_NOOP(
        "BriefInformal",
        "Ask rather than guess. Collect questions that can wait for the next check-in; "
        "ask right away when something blocks you or a task says “Ask me when …”.",
    ),
    QT_TRANSLATE_NOOP("BriefInformal", "Ask me when …"),
    QT_TRANSLATE_NOOP("BriefInformal", "from your file"),
)

"""The mindset check: the article's five thoughts that keep people from letting go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

AGREE = 4
"""Answers run 1 (strongly disagree) to 5 (strongly agree); 4 and 5 agree."""


class MindsetStatement(StrEnum):
    DO_IT_BEST_MYSELF = "do_it_best_myself"
    NO_DESIRE_TO_EXPLAIN = "no_desire_to_explain"
    NO_DESIRE_FOR_FEEDBACK = "no_desire_for_feedback"
    COSTS_MORE_IN_THE_END = "costs_more_in_the_end"
    MUST_CHECK_EVERY_STEP = "must_check_every_step"


@dataclass(frozen=True, slots=True)
class MindsetCheck:
    """One time the user answered the five statements (private: never exported)."""

    taken_at: dt.datetime
    answers: tuple[tuple[MindsetStatement, int], ...]

    def __post_init__(self) -> None:
        for statement, agreement in self.answers:
            if not 1 <= agreement <= 5:
                raise ValueError(f"{statement.value}: an answer runs from 1 to 5")

    def answer(self, statement: MindsetStatement) -> int | None:
        return dict(self.answers).get(statement)

    def agreed(self) -> list[MindsetStatement]:
        """The statements answered "agree" or "strongly agree", in the article's order."""
        given = dict(self.answers)
        return [s for s in MindsetStatement if given.get(s, 0) >= AGREE]


def change_since(
    latest: MindsetCheck, previous: MindsetCheck | None
) -> dict[MindsetStatement, int]:
    """How each answer moved since the check before (negative: agrees less now)."""
    if previous is None:
        return {}
    before = dict(previous.answers)
    return {
        statement: agreement - before[statement]
        for statement, agreement in latest.answers
        if statement in before
    }

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.model import Decision, Status, TaskSummary
from delegator.domain.views import View, counts, moved, search_terms, shown_in


def summary(task_id: int, decision: Decision, archived: bool = False) -> TaskSummary:
    return TaskSummary(task_id, f"Task {task_id}", decision, "", None, task_id, archived)


def test_each_view_shows_its_decision_and_archive_only_archived() -> None:
    tasks = [
        summary(1, Decision.UNDECIDED),
        summary(2, Decision.KEEP),
        summary(3, Decision.DELEGATE),
        summary(4, Decision.DELEGATE, archived=True),
    ]
    shown = {view: [t.id for t in shown_in(view, tasks, None)] for view in View}
    assert shown == {
        View.INBOX: [1],
        View.KEEP: [2],
        View.DELEGATE: [3],
        View.ALL: [1, 2, 3],
        View.CHECK_IN: [],
        View.DONE: [],
        View.ARCHIVE: [4],
    }
    assert counts(tasks) == {
        View.INBOX: 1,
        View.KEEP: 1,
        View.DELEGATE: 1,
        View.ALL: 3,
        View.CHECK_IN: 0,
        View.DONE: 0,
        View.ARCHIVE: 1,
    }


def test_search_terms_are_case_folded_words() -> None:
    assert search_terms("  Straße  RECHNUNG ") == ("strasse", "rechnung")


def test_moving_puts_the_ids_before_the_target_in_their_order() -> None:
    assert moved([1, 2, 3, 4, 5], [4, 2], 1) == [2, 4, 1, 3, 5]
    assert moved([1, 2, 3, 4, 5], [1], None) == [2, 3, 4, 5, 1]
    assert moved([1, 2, 3], [2], 2) == [1, 3, 2]


@given(
    st.lists(st.integers(0, 50), unique=True, min_size=1),
    st.data(),
)
def test_moving_keeps_every_id_exactly_once(order: list[int], data: st.DataObject) -> None:
    moving = data.draw(st.lists(st.sampled_from(order), unique=True))
    before = data.draw(st.one_of(st.none(), st.sampled_from(order)))
    result = moved(order, moving, before)
    assert sorted(result) == sorted(order)
    assert [i for i in result if i in moving] == [i for i in order if i in moving]
    if moving and before is not None and before not in moving:
        start = result.index(before) - len(moving)
        assert result[start : start + len(moving)] == [i for i in order if i in moving]


TODAY = dt.date(2028, 2, 29)


def followed(
    task_id: int,
    status: Status,
    next_check_in: dt.date | None = None,
    decision: Decision = Decision.DELEGATE,
    archived: bool = False,
) -> TaskSummary:
    return TaskSummary(
        task_id,
        f"Task {task_id}",
        decision,
        "",
        None,
        task_id,
        archived,
        None,
        status,
        next_check_in,
    )


def test_done_work_leaves_the_working_views_and_check_ins_come_due() -> None:
    tasks = [
        followed(1, Status.HANDED_OVER, TODAY),  # due today
        followed(2, Status.IN_PROGRESS, dt.date(2028, 3, 1)),  # due tomorrow
        followed(3, Status.DONE, dt.date(2028, 2, 1)),  # done: never due
        followed(4, Status.DONE, decision=Decision.KEEP),
        followed(5, Status.REWORK, dt.date(2028, 1, 31), archived=True),
        followed(6, Status.OPEN, dt.date(2028, 2, 1)),  # not handed over yet
        followed(7, Status.REWORK, dt.date(2028, 2, 28)),
    ]
    shown = {view: [t.id for t in shown_in(view, tasks, TODAY)] for view in View}
    assert shown == {
        View.INBOX: [],
        View.KEEP: [],
        View.DELEGATE: [1, 2, 6, 7],
        View.ALL: [1, 2, 6, 7],
        View.CHECK_IN: [1, 7],
        View.DONE: [3, 4],
        View.ARCHIVE: [5],
    }
    # Without a day, nothing is due.
    assert shown_in(View.CHECK_IN, tasks, None) == []


summaries = st.builds(
    followed,
    task_id=st.integers(1, 10_000),
    status=st.sampled_from(Status),
    next_check_in=st.none() | st.dates(dt.date(2028, 2, 1), dt.date(2028, 3, 31)),
    decision=st.sampled_from(Decision),
    archived=st.booleans(),
)


@given(st.lists(summaries, max_size=40))
def test_the_counts_are_what_each_view_shows(tasks: list[TaskSummary]) -> None:
    assert counts(tasks, TODAY) == {view: len(shown_in(view, tasks, TODAY)) for view in View}

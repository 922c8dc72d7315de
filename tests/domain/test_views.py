from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.model import Decision, TaskSummary
from delegator.domain.views import View, counts, in_view, moved, search_terms


def summary(task_id: int, decision: Decision, archived: bool = False) -> TaskSummary:
    return TaskSummary(task_id, f"Task {task_id}", decision, "", None, task_id, archived)


def test_each_view_shows_its_decision_and_archive_only_archived() -> None:
    tasks = [
        summary(1, Decision.UNDECIDED),
        summary(2, Decision.KEEP),
        summary(3, Decision.DELEGATE),
        summary(4, Decision.DELEGATE, archived=True),
    ]
    shown = {view: [t.id for t in tasks if in_view(view, t)] for view in View}
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

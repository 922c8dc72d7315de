"""The to-do refs an export writes, and reading them back: the new form with the plan's
uid, the old form without, and a foreign plan's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.exchange.task_refs import TaskRef, make_ref, parse_ref, ref_line, split_ref

PLAN = "0f3c5a9e2b7d4c1a8e6f0b2d4a6c8e0f"
OTHER_PLAN = "9a8b7c6d5e4f30211203f4e5d6c7b8a9"

plan_uids = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
task_ids = st.integers(min_value=1, max_value=10**12)


def test_a_ref_names_the_to_do_and_the_plan() -> None:
    assert make_ref(12, PLAN) == f"task-12-{PLAN}@delegator.local"
    assert parse_ref(make_ref(12, PLAN)) == TaskRef(12, PLAN)


def test_the_old_form_is_still_read_and_may_belong_to_any_plan() -> None:
    old = parse_ref("task-7@delegator.local")
    assert old == TaskRef(7, None)
    assert old is not None
    assert old.belongs_to(PLAN)
    assert old.belongs_to(OTHER_PLAN)


def test_a_foreign_plans_ref_does_not_belong_to_this_plan() -> None:
    foreign = parse_ref(make_ref(12, OTHER_PLAN))
    assert foreign is not None
    assert not foreign.belongs_to(PLAN)
    assert foreign.belongs_to(OTHER_PLAN.upper())  # a calendar may change the case


@pytest.mark.parametrize(
    "text",
    [
        "",
        "task-0@delegator.local",
        "task-12-@delegator.local",
        "task-x@delegator.local",
        f"task-12-{PLAN}@example.com",
        "12@delegator.local",
        f"prefix task-12-{PLAN}@delegator.local",
        "040000008200E00074C5B7101A82E008",  # Outlook's own UID
    ],
)
def test_other_uids_are_no_refs(text: str) -> None:
    assert parse_ref(text) is None


def test_a_plan_uid_is_letters_and_digits() -> None:
    with pytest.raises(ValueError, match="plan uid"):
        make_ref(1, "")
    with pytest.raises(ValueError, match="plan uid"):
        make_ref(1, "a-b")


@given(task_ids, plan_uids)
def test_every_ref_reads_back(task_id: int, plan_uid: str) -> None:
    ref = make_ref(task_id, plan_uid)
    assert parse_ref(f"  {ref}\r\n") == TaskRef(task_id, plan_uid)
    assert split_ref(f"Use the template.\n\n{ref_line(ref)}") == ("Use the template.", ref)


@given(st.text())
def test_the_parser_never_fails_and_reads_only_refs(text: str) -> None:
    parsed = parse_ref(text)
    if parsed is not None:
        assert parsed.task_id >= 1
        assert text.strip().casefold().endswith("@delegator.local")


def test_a_description_without_a_ref_line_is_left_as_it_is() -> None:
    assert split_ref("Call Bob.\nRef: the invoice of May") == (
        "Call Bob.\nRef: the invoice of May",
        "",
    )
    assert split_ref(ref_line(make_ref(3, PLAN))) == ("", make_ref(3, PLAN))

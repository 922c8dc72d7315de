"""The demo workspace (resources/demo/demo.json) that ``delegator demo`` loads."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, DelegationLevel, Frequency, Priority
from delegator.domain.money import cost_per_month_cents, hours_per_month
from delegator.domain.profile import ChannelKind, CheckInRhythm
from delegator.domain.secrets import find_secrets
from delegator.domain.status import FOLLOWED_UP
from delegator.exchange.demo_data import load_demo
from delegator.runtime.resources import resource

DEMO: dict[str, Any] = json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))
LANGUAGES = ("en", "de")
CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
TEXT_FIELDS = ("title", "area", "instructions", "escalation_rule", "notes")
LIST_FIELDS = ("steps", "acceptance_criteria", "skills", "tools")
NEUTRAL_FIELDS = (
    "decision", "assistant", "priority", "frequency", "minutes_per_occurrence", "due_in_days",
    "lead_time_days", "level",
)  # fmt: skip


ASSISTANT_NEUTRAL_FIELDS = (
    "name", "contact", "hourly_rate_cents", "currency", "weekly_capacity_hours",
    "working_days", "work_start", "work_end", "time_zone", "start_date_in_days",
    "trial_end_in_days",
)  # fmt: skip


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)


def clock(text: str) -> dt.time:
    assert CLOCK.fullmatch(text), text
    return dt.time.fromisoformat(text)


def test_both_languages_are_there_and_nothing_else() -> None:
    assert set(DEMO) == set(LANGUAGES)
    for language in LANGUAGES:
        assert set(DEMO[language]) == {"profile", "assistants", "tasks"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_profile_is_a_reliable_client(language: str) -> None:
    profile = DEMO[language]["profile"]
    assert profile["name"] == "Mara Lindqvist"
    assert profile["business"] == "Lindqvist Design Studio"
    assert profile["brief_language"] == language
    assert profile["currency"] == "EUR"
    ZoneInfo(profile["time_zone"])
    assert profile["check_in_rhythm"] in {rhythm.value for rhythm in CheckInRhythm}
    assert profile["check_in_weekday"] == 4
    assert isinstance(profile["response_time_hours"], int)
    assert profile["response_time_hours"] > 0
    for key in ("monthly_budget_cents", "own_hourly_value_cents"):
        assert isinstance(profile[key], int)
        assert profile[key] > 0
    channels = profile["contact_channels"]
    assert {channel["kind"] for channel in channels} <= {kind.value for kind in ChannelKind}
    assert "email" in {channel["kind"] for channel in channels}
    assert all(channel["value"].strip() for channel in channels)

    windows = profile["reachability_windows"]
    days = Counter(window["weekday"] for window in windows)
    assert set(days) == {0, 1, 2, 3, 4}  # Monday to Friday
    assert any(count >= 2 for count in days.values())  # some days are split
    for window in windows:
        assert clock(window["start"]) < clock(window["end"])
    by_day = sorted((w["weekday"], clock(w["start"]), clock(w["end"])) for w in windows)
    for (day, _, end), (next_day, next_start, _) in pairwise(by_day):
        assert day != next_day or end <= next_start  # no overlapping windows


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_assistants_are_fully_described(language: str) -> None:
    assistants = {a["name"]: a for a in DEMO[language]["assistants"]}
    assert set(assistants) == {"Anna Keller", "Ben Okafor"}
    assert assistants["Anna Keller"]["weekly_capacity_hours"] == 10
    assert assistants["Anna Keller"]["hourly_rate_cents"] == 3800
    assert assistants["Ben Okafor"]["weekly_capacity_hours"] == 6
    assert assistants["Ben Okafor"]["hourly_rate_cents"] == 5500
    for assistant in assistants.values():
        assert assistant["role"]
        assert assistant["notes"]
        assert assistant["skills"]
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", assistant["contact"])
        assert assistant["currency"] == "EUR"
        assert assistant["working_days"]
        assert set(assistant["working_days"]) <= {0, 1, 2, 3, 4}
        assert clock(assistant["work_start"]) < clock(assistant["work_end"])
        ZoneInfo(assistant["time_zone"])
        # Started a few weeks ago, with a settling-in period of five to seven weeks.
        assert assistant["start_date_in_days"] < 0
        length = assistant["trial_end_in_days"] - assistant["start_date_in_days"]
        assert 5 * 7 <= length <= 7 * 7
    # Anna is still settling in; Ben's period ended a few days ago and awaits its review.
    assert assistants["Anna Keller"]["trial_end_in_days"] > 0
    assert -7 <= assistants["Ben Okafor"]["trial_end_in_days"] < 0


def tasks(language: str) -> list[dict[str, Any]]:
    return list(DEMO[language]["tasks"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_task_has_valid_fields(language: str) -> None:
    names = {assistant["name"] for assistant in DEMO[language]["assistants"]}
    titles = [task["title"] for task in tasks(language)]
    assert len(set(titles)) == len(titles)
    for task in tasks(language):
        assert set(task) - {"follow_up"} == {*TEXT_FIELDS, *LIST_FIELDS, *NEUTRAL_FIELDS}, task[
            "title"
        ]
        assert task["title"].strip()
        assert task["area"].strip()
        assert task["decision"] in {decision.value for decision in Decision}
        assert task["assistant"] is None or task["assistant"] in names
        assert task["assistant"] is None or task["decision"] == "delegate"
        assert task["priority"] is None or task["priority"] in {int(p) for p in Priority}
        assert task["frequency"] is None or task["frequency"] in {f.value for f in Frequency}
        assert task["level"] is None or task["level"] in {int(level) for level in DelegationLevel}
        minutes = task["minutes_per_occurrence"]
        assert minutes is None or (isinstance(minutes, int) and minutes > 0)
        assert task["lead_time_days"] is None or task["lead_time_days"] >= 0
        if task["due_in_days"] is not None:
            # Due within the next two months, never in the past of the day it is made.
            assert 0 < task["due_in_days"] <= 62, task["title"]
        for field in TEXT_FIELDS:
            assert isinstance(task[field], str)
        for field in LIST_FIELDS:
            assert all(isinstance(item, str) and item.strip() for item in task[field])


def is_fully_described(task: dict[str, Any]) -> bool:
    return bool(
        task["instructions"].strip()
        and len(task["steps"]) >= 3
        and len(task["acceptance_criteria"]) >= 2
        and task["skills"]
        and task["tools"]
        and task["escalation_rule"].strip()
        and task["frequency"]
        and task["minutes_per_occurrence"]
        and task["level"]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mix_of_decisions_is_realistic(language: str) -> None:
    all_tasks = tasks(language)
    assert 35 <= len(all_tasks) <= 45
    delegated = Counter(t["assistant"] for t in all_tasks if t["decision"] == "delegate")
    assert delegated["Anna Keller"] >= 6
    assert delegated["Ben Okafor"] >= 6
    assert 1 <= delegated[None] <= 2  # to be assigned
    decisions = Counter(t["decision"] for t in all_tasks)
    assert 8 <= decisions["keep"] <= 12
    assert 10 <= decisions["undecided"] <= 14


@pytest.mark.parametrize("language", LANGUAGES)
def test_delegated_work_is_fully_described(language: str) -> None:
    for task in tasks(language):
        if task["decision"] == "delegate":
            assert is_fully_described(task), task["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_kept_and_undecided_work_is_not_described_for_an_assistant(language: str) -> None:
    for task in tasks(language):
        if task["decision"] == "delegate":
            continue
        assert task["assistant"] is None, task["title"]
        assert task["level"] is None, task["title"]
        assert not task["instructions"], task["title"]
        assert not task["steps"], task["title"]
        if task["decision"] == "undecided":  # just captured: a title, maybe an estimate
            assert not task["acceptance_criteria"], task["title"]
            assert not task["notes"], task["title"]
            assert task["priority"] is None, task["title"]
            assert task["due_in_days"] is None, task["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_fits_capacity_and_budget(language: str) -> None:
    profile = DEMO[language]["profile"]
    total_cost = 0
    for assistant in DEMO[language]["assistants"]:
        mine = [
            (Frequency(t["frequency"]), t["minutes_per_occurrence"])
            for t in tasks(language)
            if t["decision"] == "delegate" and t["assistant"] == assistant["name"]
        ]
        weekly = sum(hours_per_week(frequency, minutes) or 0.0 for frequency, minutes in mine)
        assert weekly <= assistant["weekly_capacity_hours"], assistant["name"]
        monthly = sum(hours_per_month(frequency, minutes) or 0.0 for frequency, minutes in mine)
        total_cost += cost_per_month_cents(monthly, assistant["hourly_rate_cents"]) or 0
        assert assistant["hourly_rate_cents"] < profile["own_hourly_value_cents"]
    # Even with every one-off task falling into the same month.
    assert total_cost <= profile["monthly_budget_cents"]


def test_the_languages_describe_the_same_workspace() -> None:
    english, german = DEMO["en"], DEMO["de"]
    neutral_profile = ("contact_channels", "reachability_windows", "brief_language")
    for key, value in english["profile"].items():
        if key not in neutral_profile:
            assert german["profile"][key] == value, key
    assert english["profile"]["reachability_windows"] == german["profile"]["reachability_windows"]
    assert [c["kind"] for c in english["profile"]["contact_channels"]] == [
        c["kind"] for c in german["profile"]["contact_channels"]
    ]
    for en_assistant, de_assistant in zip(english["assistants"], german["assistants"], strict=True):
        for key in ASSISTANT_NEUTRAL_FIELDS:
            assert en_assistant[key] == de_assistant[key], key
        assert en_assistant["notes"] != de_assistant["notes"]
    for en_task, de_task in zip(english["tasks"], german["tasks"], strict=True):
        for key in NEUTRAL_FIELDS:
            assert en_task[key] == de_task[key], (en_task["title"], key)
        for key in LIST_FIELDS:
            assert len(en_task[key]) == len(de_task[key]), (en_task["title"], key)
        assert en_task["title"] != de_task["title"]
        assert en_task["instructions"] == de_task["instructions"] == "" or (
            en_task["instructions"] != de_task["instructions"]
        )


def test_the_german_texts_are_german() -> None:
    german_words = {"und", "der", "die", "das", "mit", "nicht", "für", "mir", "du", "ist"}
    english_words = {"the", "and", "with", "you", "your", "for", "is", "not"}
    for task in tasks("de"):
        if task["instructions"]:
            words = set(re.findall(r"\w+", task["instructions"].casefold()))
            assert len(words & german_words) >= 2, task["title"]
            assert len(words & english_words) <= 1, task["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_looks_like_a_secret(language: str) -> None:
    for text in strings(DEMO[language]):
        assert find_secrets(text) == [], text


DAYS_MADE = (dt.date(2026, 11, 30), dt.date(2028, 6, 30), dt.date(2033, 1, 1))


@pytest.mark.parametrize("made", DAYS_MADE)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_date_is_counted_from_the_day_the_demo_is_made(language: str, made: dt.date) -> None:
    plan = load_demo(resource("demo", "demo.json"), language, made)
    for task, raw in zip((t for t, _ in plan.tasks), tasks(language), strict=True):
        offset = raw["due_in_days"]
        assert task.due == (None if offset is None else made + dt.timedelta(days=offset))
        for text in (task.title, task.instructions, task.notes, *task.steps):
            assert "{" not in text, text
            assert "}" not in text, text
    for assistant in plan.assistants:
        assert assistant.start_date is not None
        assert assistant.trial_end is not None
        assert assistant.start_date < made
    for index, follow_up in plan.follow_ups.items():
        raw_follow_up = tasks(language)[index]["follow_up"]
        assert follow_up.handed_over == made + dt.timedelta(
            days=raw_follow_up["handed_over_in_days"]
        )
        assert follow_up.handed_over <= follow_up.status_since <= made
        for day in (
            *(c[0] for c in follow_up.check_ins),
            *(f.given_on for f in follow_up.feedback),
        ):
            assert follow_up.handed_over < day <= made


def follow_ups(language: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(task, task["follow_up"]) for task in tasks(language) if "follow_up" in task]


@pytest.mark.parametrize("language", LANGUAGES)
def test_handed_over_work_has_a_history(language: str) -> None:
    followed = follow_ups(language)
    assert {task["assistant"] for task, _ in followed} == {"Anna Keller", "Ben Okafor"}
    for task, follow_up in followed:
        assert task["decision"] == "delegate"
        assert follow_up["status"] in {s.value for s in FOLLOWED_UP}, task["title"]
        assert follow_up["handed_over_in_days"] < 0
        for check_in in follow_up["check_ins"]:
            assert check_in["note"].strip()
        for feedback in follow_up["feedback"]:
            assert feedback["rating"] in range(1, 6)
            assert feedback["went_well"].strip(), task["title"]
            # Constructive: what went less well says what was expected.
            if feedback["rating"] <= 3:
                assert feedback["to_improve"].strip()
    # One check-in is overdue, one to-do was changed since it was handed over, and
    # there is feedback, one rating of it poor.
    assert [f["next_check_in_in_days"] < 0 for _, f in followed].count(True) == 1
    assert [bool(f["handed_over_as"]) for _, f in followed].count(True) == 1
    ratings = [fb["rating"] for _, f in followed for fb in f["feedback"]]
    assert len(ratings) >= 3
    assert [r <= 2 for r in ratings].count(True) == 1


def test_both_languages_follow_up_the_same_way() -> None:
    english, german = follow_ups("en"), follow_ups("de")
    assert len(english) == len(german)
    neutral = ("handed_over_in_days", "status", "status_in_days", "next_check_in_in_days")
    for (en_task, en), (de_task, de) in zip(english, german, strict=True):
        assert en_task["assistant"] == de_task["assistant"]
        for key in neutral:
            assert en[key] == de[key], (en_task["title"], key)
        assert [c["in_days"] for c in en["check_ins"]] == [c["in_days"] for c in de["check_ins"]]
        assert [(f["in_days"], f["rating"]) for f in en["feedback"]] == [
            (f["in_days"], f["rating"]) for f in de["feedback"]
        ]
        assert [c["note"] for c in en["check_ins"]] != [c["note"] for c in de["check_ins"]] or (
            not en["check_ins"]
        )
        assert bool(en["handed_over_as"]) == bool(de["handed_over_as"])


def test_dates_in_the_texts_agree_with_the_due_dates_in_both_languages() -> None:
    made = dt.date(2026, 11, 30)
    english = load_demo(resource("demo", "demo.json"), "en", made)
    german = load_demo(resource("demo", "demo.json"), "de", made)
    cards_en = next(t for t, _ in english.tasks if t.title == "Send the holiday cards to clients")
    assert cards_en.due == dt.date(2026, 12, 15)
    assert "post them on 11 December" in cards_en.instructions
    assert "All 35 cards are posted by 11 December" in cards_en.acceptance_criteria
    cards_de = next(t for t, _ in german.tasks if t.title.startswith("Weihnachtskarten"))
    assert "am 11. Dezember zur Post" in cards_de.instructions
    # Made half a year later, the same story moves with it, in words too.
    later = load_demo(resource("demo", "demo.json"), "en", dt.date(2028, 6, 1))
    newsletter = next(t for t, _ in later.tasks if t.title.endswith("newsletter"))
    assert newsletter.title == "Prepare the June newsletter"
    assert "Send me a test email by 19 June." in newsletter.instructions
    assert newsletter.due == dt.date(2028, 6, 23)
    # What looks back from a day stays one month or year before it, at any boundary.
    january = load_demo(resource("demo", "demo.json"), "en", dt.date(2027, 1, 10))
    notes = " ".join(t.notes for t, _ in january.tasks)
    assert "January's return is due on 20 February" in notes
    year_end = next(t for t, _ in january.tasks if "year-end" in t.title)
    assert "the 2026 annual accounts by the end of March" in year_end.instructions

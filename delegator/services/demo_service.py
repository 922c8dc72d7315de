"""Fill an empty data file with the sample business, in one transaction."""

from __future__ import annotations

from dataclasses import replace

from delegator.exchange.demo_data import DemoPlan
from delegator.storage.database import Database


def fill(database: Database, plan: DemoPlan) -> int:
    """Store *plan* (all of it or nothing); returns the number of to-dos added."""
    from delegator.storage.assistant_repository import AssistantRepository
    from delegator.storage.profile_repository import ProfileRepository
    from delegator.storage.rows import TaskRow
    from delegator.storage.task_repository import TaskRepository, write_task

    with database.transaction() as session:
        ProfileRepository(session).save(plan.profile)
        assistants = AssistantRepository(session)
        ids = {assistant.name: assistants.add(assistant) for assistant in plan.assistants}
        tasks = TaskRepository(session)
        for position, (task, assistant_name) in enumerate(plan.tasks):
            row = TaskRow(position=position)
            write_task(row, replace(task, assistant_id=ids.get(assistant_name or "")))
            tasks.add(row)
    return len(plan.tasks)

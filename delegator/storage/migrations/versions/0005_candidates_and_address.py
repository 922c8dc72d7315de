"""Which contact channels the requirements profile gives candidates (strangers), and
how German briefs address each assistant.

contact_channels.for_candidates: a flag per channel. None is set on upgrade, so an
existing plan gives candidates what a new one does by default: the first e-mail
address only (domain/profile.py).

assistants.german_address: "sie", "du", or "" to follow the plan's default in the
settings, which is what every assistant has on upgrade.

ix_tasks_tally: (archived, decision, status, next_check_in, assistant_id, frequency,
minutes_per_occurrence), from which the window counts its views, the check-ins due and
the assistants' loads at start-up without reading the table.

Revision ID: 0005_candidates_and_address
Revises: 0004_follow_up
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_candidates_and_address"
down_revision: str | None = "0004_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no table rebuild.
    op.add_column(
        "contact_channels",
        sa.Column("for_candidates", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.add_column(
        "assistants",
        sa.Column("german_address", sa.String(length=10), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_tasks_tally",
        "tasks",
        [
            "archived",
            "decision",
            "status",
            "next_check_in",
            "assistant_id",
            "frequency",
            "minutes_per_occurrence",
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_tasks_tally", table_name="tasks")
    with op.batch_alter_table("assistants") as batch:
        batch.drop_column("german_address")
    with op.batch_alter_table("contact_channels") as batch:
        batch.drop_column("for_candidates")

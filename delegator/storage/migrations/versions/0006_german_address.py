"""The form of address of German briefs to each assistant ("sie", "du"); "" follows
the plan's default in the settings, which is what every assistant has on upgrade.

Revision ID: 0006_german_address
Revises: 0005_candidate_channels
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_german_address"
down_revision: str | None = "0005_candidate_channels"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "assistants",
        sa.Column("german_address", sa.String(length=10), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("assistants") as batch:
        batch.drop_column("german_address")

"""Which contact channels the requirements profile gives candidates (strangers): a
flag per channel. None is set on upgrade, so an existing plan gives them what a new
one does by default: the first e-mail address only (domain/profile.py).

Revision ID: 0005_candidate_channels
Revises: 0004_follow_up
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_candidate_channels"
down_revision: str | None = "0004_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "contact_channels",
        sa.Column("for_candidates", sa.Boolean(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("contact_channels") as batch:
        batch.drop_column("for_candidates")

"""Alembic environment: runs on the connection the migrator passes in."""

from alembic import context

from delegator.storage.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

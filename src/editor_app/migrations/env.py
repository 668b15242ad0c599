"""Alembic environment: always driven programmatically by editor_app.core.library.db."""

from alembic import context

from editor_app.core.library.schema import metadata, migrated_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    include_object=migrated_object,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

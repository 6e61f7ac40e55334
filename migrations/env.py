"""Alembic environment: runs inside the Flask app (Flask-Migrate) against its database."""

from alembic import context
from flask import current_app
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

config = context.config
database = current_app.extensions["migrate"].db
target_metadata = database.metadata


def _configure(**kwargs) -> None:
    options = {
        "target_metadata": target_metadata,
        "compare_type": True,
        "render_as_batch": True,  # SQLite needs table copies for most ALTERs
        **current_app.extensions["migrate"].configure_args,
        **kwargs,
    }
    context.configure(**options)


def run_offline() -> None:
    _configure(url=database.engine.url.render_as_string(hide_password=False), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    bind = database.engine
    if isinstance(bind, Connection):
        # Tests hand the app one connection inside a transaction they roll back.
        _configure(connection=bind)
        context.run_migrations()
        return
    owner = current_app.config.get("DATABASE_OWNER_URL")
    if owner:
        # On PostgreSQL the application's own role owns nothing; the owner changes the schema.
        bind = create_engine(owner, poolclass=NullPool)
    with bind.connect() as connection:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
    if owner:
        bind.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()

"""Database connection settings that must hold on every connection."""

from __future__ import annotations

from flask import current_app, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from portal.extensions import db


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin: the module's
    # own guessing breaks SAVEPOINT and starts transactions late.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Foreign keys are off by default in SQLite; WAL lets readers go on during a write;
    # the busy timeout makes a writer wait for the lock instead of failing at once.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # A transaction that starts by reading and then writes cannot wait for another writer
    # in SQLite: it fails at once ("database is locked"). So anything that may write —
    # every request but a read-only one, the command line, the indexer — takes the write
    # lock up front and waits its turn (busy timeout). Reading pages stay concurrent.
    if has_request_context() and request.method in {"GET", "HEAD", "OPTIONS"}:
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def owner_url() -> str:
    """The database URL of the role that owns the tables (migrations, backup, restore):
    ``DATABASE_OWNER_URL`` when set, else the application's own."""
    configured = current_app.config.get("DATABASE_OWNER_URL")
    return configured or db.engine.url.render_as_string(hide_password=False)


def configure_engines() -> None:
    from portal import reference_cache, row_security

    row_security.install()
    reference_cache.install()
    engine: Engine = db.engine
    if engine.dialect.name == "sqlite" and not event.contains(engine, "connect", _sqlite_connect):
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)

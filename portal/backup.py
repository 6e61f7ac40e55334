"""Backup and restore of the whole database.

SQLite: the online backup of the sqlite3 module, page by page, consistent even while the
portal writes; the copy is written next to the target and renamed, so a half-written
backup never looks like a good one. PostgreSQL: ``pg_dump --format=custom`` and
``pg_restore --clean --single-transaction`` (the PostgreSQL client programs must be on the
PATH; the recipe is in the README). The search index is not in the backup: after a
restore ``search rebuild`` makes it from the restored data (``restore`` does so itself).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess  # noqa: S404 - pg_dump and pg_restore, with argument lists, never a shell
from pathlib import Path

from sqlalchemy import make_url, text

from portal.db_setup import owner_url
from portal.extensions import db

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that could not be done; the message is Dutch and says why."""


def _libpq_url() -> str:
    # The owner's connection: the application's own role may not drop and create tables.
    url = make_url(owner_url()).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _program(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is niet gevonden. Installeer de PostgreSQL-clientprogramma's (postgresql-client).")
    return found


def _run(arguments: list[str]) -> None:
    result = subprocess.run(arguments, capture_output=True, text=True, check=False)  # noqa: S603 - fixed programs
    if result.returncode != 0:
        raise BackupError(f"{Path(arguments[0]).name} faalde: {result.stderr.strip()[:500]}")


def backup(target: Path) -> int:
    """Write a backup of the database to ``target``; its size in bytes."""
    target = Path(target)
    partial = target.with_name(target.name + ".deel")
    dialect = db.engine.dialect.name
    db.session.commit()
    if dialect == "sqlite":
        source = db.engine.raw_connection()
        try:
            destination = sqlite3.connect(partial)
            try:
                source.driver_connection.backup(destination, pages=256)
            finally:
                destination.close()
        finally:
            source.close()
    elif dialect == "postgresql":
        _run(
            # With the grants: the application role's rights come back with the tables.
            [_program("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", _libpq_url()]
        )
    else:  # pragma: no cover - only the two supported databases
        raise BackupError(f"Geen backup voor database {dialect}.")
    os.replace(partial, target)
    return target.stat().st_size


def _check_file(source: Path, dialect: str) -> None:
    if not source.is_file():
        raise BackupError(f"{source} bestaat niet.")
    with source.open("rb") as opened:
        head = opened.read(16)
    expected = SQLITE_MAGIC if dialect == "sqlite" else PG_MAGIC
    if not head.startswith(expected):
        kind = "SQLite" if dialect == "sqlite" else "PostgreSQL (pg_dump --format=custom)"
        raise BackupError(f"{source} is geen backup van {kind}; er is niets veranderd.")
    if dialect == "sqlite":
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()
        if not {"alembic_version", "instruments", "organisations"} <= tables or not ok:
            raise BackupError(f"{source} is geen (gave) backup van de instrumentengids; er is niets veranderd.")


def restore(source: Path) -> None:
    """Replace the whole database by the backup in ``source``."""
    source = Path(source)
    dialect = db.engine.dialect.name
    _check_file(source, dialect)
    db.session.remove()
    if dialect == "sqlite":
        origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target = db.engine.raw_connection()
        try:
            origin.backup(target.driver_connection, pages=256)
        finally:
            origin.close()
            target.close()
        db.engine.dispose()  # connections opened before the restore may hold the old schema cache
    else:
        _run(
            [
                _program("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={_libpq_url()}",
                str(source),
            ]
        )
        db.engine.dispose()
    db.session.execute(text("SELECT 1"))

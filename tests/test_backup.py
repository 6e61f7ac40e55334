"""Backup and restore, on SQLite and PostgreSQL: the restored database holds exactly what
the backup held, and the index is consistent after the rebuild that restore runs."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, Instrument
from portal.schemas.mapping import dump_instrument
from tests import factories as f
from tests.conftest import _create, _fresh_postgres_database, app_role_url


@pytest.fixture(params=["sqlite", "postgresql"])
def own_app(request, tmp_path):
    """An app on a database of its own: backup and restore need committed data."""
    from portal.cli import initialise_database

    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'eigen.sqlite'}"
    else:
        owner, drop = _fresh_postgres_database()
        url = app_role_url(owner)  # as in production: the app owns nothing, backup and restore run as the owner
    app = _create(url, owner if request.param == "postgresql" else "")
    app.config["SEARCH_INDEX_DIR"] = str(tmp_path / "index")
    with app.app_context():
        initialise_database(echo=lambda _message: None)
        from search.service import forget_backends

        forget_backends()
    yield app
    with app.app_context():
        from search.service import forget_backends

        forget_backends()
        db.session.remove()
        db.engine.dispose()
    if drop:
        drop()


def _snapshot() -> dict:
    db.session.expire_all()
    instruments = db.session.scalars(select(Instrument).order_by(Instrument.name))
    return {str(i.id): dump_instrument(i) for i in instruments}


def _cli(app, *arguments):
    result = app.test_cli_runner().invoke(args=["instrumentengids", *arguments])
    return result


def test_restore_gives_back_exactly_the_backup_and_a_consistent_index(own_app, tmp_path):
    from search.service import check

    with own_app.app_context():
        tiel = f.organisation("GM0281")
        f.instrument(tiel, **f.rich_payload())
        f.instrument(tiel, name="Werkfit Tiel")
        gone = f.instrument(tiel, name="Wordt verwijderd")
        db.session.commit()
        before = _snapshot()
        assert len(before) == 3
    backup_file = tmp_path / "backup.db"
    result = _cli(own_app, "backup", str(backup_file))
    assert result.exit_code == 0, result.output
    assert "Backup gemaakt" in result.output and backup_file.stat().st_size > 0

    with own_app.app_context():  # life goes on after the backup
        db.session.delete(db.session.get(Instrument, gone.id))
        f.instrument(f.organisation("GM0281"), name="Na de backup")
        db.session.commit()
        assert _snapshot() != before

    result = _cli(own_app, "restore", str(backup_file), "--ja")
    assert result.exit_code == 0, result.output
    assert "Zoekindex opnieuw opgebouwd: 3 instrumenten" in result.output
    with own_app.app_context():
        assert _snapshot() == before
        report = check(repair=False)
        assert report.consistent, (report.missing, report.stale, report.extra)
        actions = set(db.session.scalars(select(AuditEntry.action)))
        assert "database.restore" in actions


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(own_app, tmp_path):
    with own_app.app_context():
        f.instrument(f.organisation("GM0281"), name="Blijft staan")
        db.session.commit()
        before = _snapshot()
    junk = tmp_path / "geen-backup.db"
    junk.write_bytes(b"Dit is geen backup" * 100)
    result = _cli(own_app, "restore", str(junk), "--ja")
    assert result.exit_code == 1
    assert "geen backup" in result.output
    with own_app.app_context():
        assert _snapshot() == before


def test_restore_asks_before_replacing_everything(own_app, tmp_path):
    backup_file = tmp_path / "backup.db"
    assert _cli(own_app, "backup", str(backup_file)).exit_code == 0
    result = own_app.test_cli_runner().invoke(args=["instrumentengids", "restore", str(backup_file)], input="n\n")
    assert result.exit_code == 1 and "vervangen" in result.output

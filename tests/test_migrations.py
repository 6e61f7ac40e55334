"""The migrations build exactly the models' schema, and can be undone, on every backend."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import current_app
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text

from portal.extensions import db
from tests.conftest import make_app


def _diff(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, db.metadata)


def test_upgrade_matches_models_and_downgrade_removes_everything(database_url, tmp_path):
    # A database of its own: the shared test database must stay migrated.
    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'migrations.sqlite'}"
        drop = None
    else:
        from tests.conftest import _fresh_postgres_database

        url, drop = _fresh_postgres_database()
    app = make_app(url, tmp_path)
    try:
        with app.app_context():
            upgrade()
            assert _diff(db.engine) == []
            downgrade(revision="base")
            remaining = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
            assert remaining == set()
            upgrade()
            assert _diff(db.engine) == []
            _each_step_down_and_up_keeps_data()
            assert _diff(db.engine) == []
            db.engine.dispose()
    finally:
        if drop:
            drop()


def test_models_would_be_noticed_if_they_drifted(tmp_path):
    """The comparison above can fail: a table the migrations lack shows up as a difference."""
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    differences = _diff(engine)
    assert any(d[0] == "add_table" and d[1].name == "instruments" for d in differences)
    engine.dispose()


def _each_step_down_and_up_keeps_data() -> None:
    """Walk every migration back one at a time (down to the first) and forward again,
    with an account in the database, which must survive."""
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (email, name, active, created_at, failed_logins) "
                "VALUES ('blijft@example.nl', '', true, CURRENT_TIMESTAMP, 0)"
            )
        )
    script = ScriptDirectory.from_config(current_app.extensions["migrate"].migrate.get_config())
    revisions = [r.revision for r in script.walk_revisions()]  # newest first
    for newer, older in zip(revisions, revisions[1:], strict=False):
        downgrade(revision="-1")
        with db.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        assert current == older, f"stepping down from {newer}"
    upgrade()
    with db.engine.connect() as connection:
        emails = connection.execute(text("SELECT email FROM users")).scalars().all()
    assert emails == ["blijft@example.nl"], revisions

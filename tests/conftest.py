"""Test fixtures: the app on SQLite and, when reachable, on PostgreSQL.

Every test that uses ``app`` runs once per database backend. The schema is built once per
backend through the real migrations (which is itself a test of them) and reference data
is loaded; each test then runs inside a transaction that is rolled back afterwards, so
tests cannot see each other's data. Commits inside the code under test become savepoints.

PostgreSQL: ``INSTRUMENTENGIDS_TEST_POSTGRES`` (default: the server these machines run at
127.0.0.1:5432, database ``test``). As in production, the app connects as a login role that
owns nothing (a member of ``instrumentengids_app``), so row-level security holds for every
request the suite makes; migrations run as the database's owner (``DATABASE_OWNER_URL``).
When it is unreachable the PostgreSQL half is skipped with a clear reason — except in CI
(``CI`` set) or with ``INSTRUMENTENGIDS_REQUIRE_POSTGRES=1``, where it fails instead,
so CI can never pass without PostgreSQL.
"""

from __future__ import annotations

import os
import secrets

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, make_url, text

from portal import create_app, reference_cache
from portal.extensions import db

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


def _postgres_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("INSTRUMENTENGIDS_REQUIRE_POSTGRES") == "1"


def _postgres_admin_url() -> str:
    from portal.config import normalise_database_url

    return normalise_database_url(os.environ.get("INSTRUMENTENGIDS_TEST_POSTGRES", DEFAULT_POSTGRES))


APP_GROUP_ROLE = "instrumentengids_app"


def _fresh_postgres_database() -> tuple[str, callable]:
    """Create an empty database for this test run; return its owner's URL and a function to
    drop it. A login role for the application is made with it (``app_role_url``)."""
    admin_url = _postgres_admin_url()
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "unreachable"
        admin.dispose()
        message = f"PostgreSQL is niet bereikbaar op {admin_url} ({type(exc).__name__}: {exc})"
        if _postgres_required():
            pytest.fail(message + "; in CI is PostgreSQL verplicht.", pytrace=False)
        pytest.skip(message + "; de PostgreSQL-helft van de tests is overgeslagen.")
    name = f"instrumentengids_test_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        # The group role is the migration's to make; made here first so the login role can
        # join it before the schema exists. Another test run may make it at the same time.
        connection.execute(
            text(
                f"DO $$ BEGIN CREATE ROLE {APP_GROUP_ROLE} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
        )
        connection.execute(text(f'CREATE ROLE "{name}_app" LOGIN IN ROLE {APP_GROUP_ROLE}'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}_app"'))
        admin.dispose()

    url = admin.url.set(database=name).render_as_string(hide_password=False)
    return url, drop


def app_role_url(owner_url: str) -> str:
    """The URL on which the application's own login role reaches the database at ``owner_url``."""
    url = make_url(owner_url)
    return url.set(username=f"{url.database}_app", password=None).render_as_string(hide_password=False)


class IsolatedClient(FlaskClient):
    """A test client whose every request runs in its own app context, as in production.

    Without this, requests would reuse the test's app context and with it ``g`` (where
    Flask-Login caches the user) and the test's database session.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


def make_app(database_url: str, tmp_path, owner_url: str = "") -> object:
    os.environ.setdefault("INSTRUMENTENGIDS_INSTANCE", str(tmp_path / "instance"))
    application = _create(database_url, owner_url)
    application.test_client_class = IsolatedClient
    return application


def _create(database_url: str, owner_url: str = ""):
    return create_app(
        {
            "TESTING": True,
            # Off for the suite's many logins as beheerder or eindredacteur; tests/test_two_factor.py
            # turns it on and goes through the second step.
            "TWO_FACTOR_REQUIRED": False,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "DATABASE_OWNER_URL": owner_url,
            "SECRET_KEY": "test-" + secrets.token_hex(16),
            "WTF_CSRF_ENABLED": False,
            "SERVER_NAME": "localhost",
        }
    )


@pytest.fixture(scope="session")
def database_url(request, tmp_path_factory):
    """A URL of an empty database of the backend this half of the suite runs on."""
    backend = request.param
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "test.sqlite"
        yield f"sqlite:///{path}"
    else:
        url, drop = _fresh_postgres_database()
        yield url
        drop()


def pytest_generate_tests(metafunc):
    if "database_url" in metafunc.fixturenames:
        metafunc.parametrize("database_url", BACKENDS, indirect=True, scope="session")


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    """The app with migrated schema, code lists and reference data (committed once)."""
    from portal.cli import initialise_database

    if database_url.startswith("postgresql"):
        application = make_app(app_role_url(database_url), tmp_path_factory.mktemp("app"), owner_url=database_url)
    else:
        application = make_app(database_url, tmp_path_factory.mktemp("app"))
    with application.app_context():
        initialise_database(echo=lambda _message: None)
        db.session.remove()
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def ctx(app):
    """An app context whose every session shares one connection, rolled back afterwards."""
    with app.app_context():
        engine = db.engines[None]
        connection = engine.connect()
        outer = connection.begin()
        db.engines[None] = connection
        db.session.remove()
        db.session.configure(join_transaction_mode="create_savepoint")
        try:
            yield app
        finally:
            db.session.remove()
            db.engines[None] = engine
            outer.rollback()
            connection.close()
            # The rollback undoes what the test committed, reference data included, past
            # the session the cache listens on: start the next test without what was kept.
            reference_cache.clear()


@pytest.fixture
def client(ctx):
    return ctx.test_client()


@pytest.fixture
def backend(app) -> str:
    with app.app_context():
        return db.engine.dialect.name

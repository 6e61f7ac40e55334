"""Settings: safe local defaults, and no production start without real secrets."""

import pytest

from portal.config import ConfigurationError, load_settings, normalise_database_url


def test_local_defaults_need_nothing(tmp_path):
    settings = load_settings({"INSTRUMENTENGIDS_INSTANCE": str(tmp_path)})
    assert settings.env == "development"
    assert settings.database_url.startswith("sqlite:///")
    assert len(settings.secret_key) >= 32
    # The generated key is kept, so sessions survive a restart.
    assert load_settings({"INSTRUMENTENGIDS_INSTANCE": str(tmp_path)}).secret_key == settings.secret_key


@pytest.mark.parametrize(
    "environ,missing",
    [
        ({}, "SECRET_KEY en DATABASE_URL"),
        ({"SECRET_KEY": "x" * 40}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://db/portal"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_secrets(tmp_path, environ, missing):
    environ = {"INSTRUMENTENGIDS_ENV": "production", "INSTRUMENTENGIDS_INSTANCE": str(tmp_path), **environ}
    with pytest.raises(ConfigurationError) as caught:
        load_settings(environ)
    assert missing in str(caught.value)
    assert not (tmp_path / "secret_key").exists()


def test_production_refuses_a_short_secret(tmp_path):
    with pytest.raises(ConfigurationError):
        load_settings({"INSTRUMENTENGIDS_ENV": "production", "SECRET_KEY": "kort", "DATABASE_URL": "postgresql://db/x"})


def test_production_with_secrets_uses_secure_cookies(tmp_path):
    settings = load_settings(
        {"INSTRUMENTENGIDS_ENV": "production", "SECRET_KEY": "s" * 40, "DATABASE_URL": "postgres://u@db/portal"}
    )
    config = settings.as_flask_config()
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db/portal"


def test_unknown_environment_is_refused(tmp_path):
    with pytest.raises(ConfigurationError):
        load_settings({"INSTRUMENTENGIDS_ENV": "staging", "INSTRUMENTENGIDS_INSTANCE": str(tmp_path)})


def test_database_url_spellings():
    assert normalise_database_url("postgresql://a@b/c") == "postgresql+psycopg://a@b/c"
    assert normalise_database_url("sqlite:///x.db") == "sqlite:///x.db"

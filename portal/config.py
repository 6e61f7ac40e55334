"""Settings, read once from the environment.

Local use needs nothing: an SQLite database and a secret key under ``instance/``. In
production (``INSTRUMENTENGIDS_ENV=production``) the portal refuses to start unless
``SECRET_KEY`` and ``DATABASE_URL`` are set explicitly, so a forgotten variable can never
fall back to a development secret or a throw-away database.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigurationError(RuntimeError):
    """The environment does not describe a portal that may start."""


def _instance_dir() -> Path:
    return Path(os.environ.get("INSTRUMENTENGIDS_INSTANCE", PROJECT_ROOT / "instance"))


def _local_secret_key(instance: Path) -> str:
    """A random key kept in the instance folder, so local sessions survive a restart.

    Never used in production: there the key must come from the environment.
    """
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def normalise_database_url(url: str) -> str:
    """Accept the usual ``postgres://`` and ``postgresql://`` spellings; use psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


@dataclass(frozen=True)
class Settings:
    env: str
    secret_key: str
    database_url: str
    instance_path: Path
    base_url: str
    session_idle_minutes: int = 30
    session_max_hours: int = 12
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    search_backend: str = "whoosh"
    search_index_dir: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "instrumentengids@localhost"
    smtp_starttls: bool = True
    redis_url: str = ""
    api_rate_limit: int = 300  # requests per minute, per token (or per address without one)
    login_rate_limit: int = 20  # attempts per 5 minutes per address, on top of the account lockout
    api_max_body_kb: int = 1024
    trusted_proxies: int = 0
    two_factor_required: bool = True
    # PostgreSQL: the role that owns the tables, for migrations, backup and restore. The
    # application itself connects as DATABASE_URL, a role that owns nothing (row-level security).
    database_owner_url: str = ""

    def as_flask_config(self) -> dict:
        secure = self.env == "production"
        return {
            "ENV_NAME": self.env,
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "DATABASE_OWNER_URL": self.database_owner_url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
            "INSTANCE_PATH": str(self.instance_path),
            "BASE_URL": self.base_url.rstrip("/"),
            # __Host- makes the browser refuse the cookie unless it is Secure, for the whole
            # host and without a Domain, so no other site or subdomain can plant one.
            "SESSION_COOKIE_NAME": "__Host-instrumentengids" if secure else "instrumentengids",
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": secure,
            "SESSION_COOKIE_PATH": "/",
            "REMEMBER_COOKIE_DURATION": dt.timedelta(0),
            "SESSION_IDLE_MINUTES": self.session_idle_minutes,
            "SESSION_MAX_HOURS": self.session_max_hours,
            "LOGIN_MAX_FAILURES": self.login_max_failures,
            "LOGIN_LOCKOUT_MINUTES": self.login_lockout_minutes,
            "SEARCH_BACKEND": self.search_backend,
            "SEARCH_INDEX_DIR": self.search_index_dir,
            "SMTP_HOST": self.smtp_host,
            "SMTP_PORT": self.smtp_port,
            "SMTP_USER": self.smtp_user,
            "SMTP_PASSWORD": self.smtp_password,
            "SMTP_FROM": self.smtp_from,
            "SMTP_STARTTLS": self.smtp_starttls,
            "REDIS_URL": self.redis_url,
            "API_RATE_LIMIT": self.api_rate_limit,
            "LOGIN_RATE_LIMIT": self.login_rate_limit,
            "API_MAX_BODY_BYTES": self.api_max_body_kb * 1024,
            "TRUSTED_PROXIES": self.trusted_proxies,
            "TWO_FACTOR_REQUIRED": self.two_factor_required,
            # CSRF tokens live as long as the session, so a long edit is never lost to them.
            "WTF_CSRF_TIME_LIMIT": None,
            "MAX_CONTENT_LENGTH": 20 * 1024 * 1024,
            "PASSWORD_LINK_HOURS": 72,
        }


def load_settings(environ: dict | None = None) -> Settings:
    """Read the settings; raise ConfigurationError when production lacks its secrets."""
    environ = os.environ if environ is None else environ
    env = environ.get("INSTRUMENTENGIDS_ENV", "development").strip().lower()
    if env not in {"development", "production", "test"}:
        raise ConfigurationError(f"INSTRUMENTENGIDS_ENV={env!r} is onbekend; kies development, test of production.")
    instance = Path(environ.get("INSTRUMENTENGIDS_INSTANCE", _instance_dir()))
    secret_key = environ.get("SECRET_KEY", "")
    database_url = environ.get("DATABASE_URL", "")
    if env == "production":
        missing = [n for n, v in (("SECRET_KEY", secret_key), ("DATABASE_URL", database_url)) if not v]
        if missing:
            raise ConfigurationError("De portal start niet in productie zonder " + " en ".join(missing) + ".")
        if len(secret_key) < 32:
            raise ConfigurationError("SECRET_KEY moet in productie minstens 32 tekens lang zijn.")
    two_factor_required = environ.get("TWO_FACTOR_REQUIRED", "true").strip().lower() not in {"0", "false", "nee", "no"}
    if env == "production" and not two_factor_required:
        raise ConfigurationError("Tweestapsverificatie kan in productie niet uit (TWO_FACTOR_REQUIRED).")
    if not secret_key:
        secret_key = _local_secret_key(instance)
    if not database_url:
        instance.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{instance / 'instrumentengids.sqlite'}"
    return Settings(
        env=env,
        secret_key=secret_key,
        database_url=normalise_database_url(database_url),
        database_owner_url=normalise_database_url(environ.get("DATABASE_OWNER_URL", "")),
        instance_path=instance,
        base_url=environ.get("BASE_URL", "http://127.0.0.1:8000"),
        session_idle_minutes=_positive_int(environ, "SESSION_IDLE_MINUTES", 30),
        session_max_hours=_positive_int(environ, "SESSION_MAX_HOURS", 12),
        login_max_failures=_positive_int(environ, "LOGIN_MAX_FAILURES", 5),
        login_lockout_minutes=_positive_int(environ, "LOGIN_LOCKOUT_MINUTES", 15),
        search_backend=_choice(environ, "SEARCH_BACKEND", ("whoosh", "postgres")),
        search_index_dir=environ.get("SEARCH_INDEX_DIR", ""),
        smtp_host=environ.get("SMTP_HOST", ""),
        smtp_port=_positive_int(environ, "SMTP_PORT", 587),
        smtp_user=environ.get("SMTP_USER", ""),
        smtp_password=environ.get("SMTP_PASSWORD", ""),
        smtp_from=environ.get("SMTP_FROM", "instrumentengids@localhost"),
        smtp_starttls=environ.get("SMTP_STARTTLS", "true").strip().lower() not in {"0", "false", "nee", "no"},
        redis_url=environ.get("REDIS_URL", ""),
        api_rate_limit=_positive_int(environ, "API_RATE_LIMIT", 300),
        login_rate_limit=_positive_int(environ, "LOGIN_RATE_LIMIT", 20),
        api_max_body_kb=_positive_int(environ, "API_MAX_BODY_KB", 1024),
        trusted_proxies=int(environ.get("TRUSTED_PROXIES", "0") or 0),
        two_factor_required=two_factor_required,
    )


def _positive_int(environ, name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ConfigurationError(f"{name} moet een positief geheel getal zijn, niet {raw!r}.")
    return int(raw)


def _choice(environ, name: str, choices: tuple[str, ...]) -> str:
    value = (environ.get(name) or choices[0]).strip().lower()
    if value not in choices:
        raise ConfigurationError(f"{name}={value!r} is onbekend; kies {' of '.join(choices)}.")
    return value

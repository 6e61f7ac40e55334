"""Opening the search backends and the portal for a benchmark run, and describing the machine.

Every run works in its own temporary directory and, for PostgreSQL, its own database
(created here, dropped afterwards), so a benchmark never touches a real index or database.
A backend that cannot be opened is reported with the reason instead of failing the run.
"""

from __future__ import annotations

import contextlib
import os
import platform
import secrets
import subprocess  # noqa: S404 - fixed commands, no user input
import sys
from dataclasses import dataclass
from pathlib import Path

BACKENDS = ("whoosh", "postgres")
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


class Unavailable(RuntimeError):
    """The backend cannot be measured here; the message says why (in Dutch, for the report)."""


def postgres_admin_url() -> str:
    from portal.config import normalise_database_url

    return normalise_database_url(
        os.environ.get("BENCH_POSTGRES", os.environ.get("INSTRUMENTENGIDS_TEST_POSTGRES", DEFAULT_POSTGRES))
    )


@dataclass
class ScratchDatabase:
    """An empty PostgreSQL database of our own; ``drop()`` removes it again."""

    url: str
    name: str
    _admin: object

    @classmethod
    def create(cls, prefix: str) -> ScratchDatabase:
        from sqlalchemy import create_engine, text

        admin = create_engine(postgres_admin_url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - any failure to connect means "not here"
            admin.dispose()
            raise Unavailable(f"PostgreSQL niet bereikbaar ({type(exc).__name__}: {exc})") from exc
        name = f"{prefix}_{secrets.token_hex(4)}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        return cls(url, name, admin)

    def drop(self) -> None:
        from sqlalchemy import text

        self._admin.dispose()  # a fault run may have restarted the server under the pooled connection
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


def backend_class(kind: str):
    """The backend class, or ``Unavailable`` when its module does not exist (yet)."""
    try:
        if kind == "whoosh":
            from search.whoosh_backend import WhooshBackend

            return WhooshBackend
        if kind == "postgres":
            from search.postgres_backend import PostgresBackend

            return PostgresBackend
    except ImportError as exc:
        raise Unavailable(f"niet gemeten: {exc}") from exc
    raise ValueError(f"onbekende backend {kind!r}")


def make_app(database_url: str, workdir: Path, **config):
    """The portal on ``database_url`` with its own instance folder, as the tests build it."""
    os.environ["INSTRUMENTENGIDS_INSTANCE"] = str(workdir / "instance")
    from portal import create_app

    settings = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "bench-" + secrets.token_hex(16),
        "WTF_CSRF_ENABLED": False,
        "SERVER_NAME": "localhost",
    }
    settings.update(config)
    return create_app(settings)


def initialise(app) -> None:
    from portal.cli import initialise_database
    from portal.extensions import db

    with app.app_context():
        initialise_database(echo=lambda _message: None)
        db.session.remove()


# -- machine --------------------------------------------------------------------------


def _first_line(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)  # noqa: S603
        return out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


def _memory_total() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "?"


def postgres_version() -> str:
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(postgres_admin_url())
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
            shared = connection.execute(text("SHOW shared_buffers")).scalar()
            work_mem = connection.execute(text("SHOW work_mem")).scalar()
        engine.dispose()
        return f"{version} (shared_buffers {shared}, work_mem {work_mem})"
    except Exception as exc:  # noqa: BLE001 - reported, not fatal
        return f"niet bereikbaar ({type(exc).__name__})"


def machine_info() -> dict:
    from importlib import metadata

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "niet geïnstalleerd"

    return {
        "nproc": os.cpu_count(),
        "nproc_command": _first_line(["nproc"]),
        "cpu": _cpu_model(),
        "memory": _memory_total(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "whoosh": version("whoosh3"),
        "sqlalchemy": version("SQLAlchemy"),
        "psycopg": version("psycopg"),
        "postgresql": postgres_version(),
    }


# -- memory ---------------------------------------------------------------------------


def rss_mib() -> float:
    """Resident memory of this process now."""
    return _status_kib(Path("/proc/self/status"), "VmRSS") / 1024


def peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _status_kib(path: Path, key: str) -> int:
    with contextlib.suppress(OSError):
        for line in path.read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def postgres_connection_memory(engine, database: str) -> dict:
    """Peak and current RSS of the PostgreSQL server processes serving ``database`` (only
    possible when the server runs on this machine). Their RSS includes the shared buffers
    they touched, so it is an upper bound of what one connection costs."""
    from sqlalchemy import text

    with engine.connect() as connection:
        pids = connection.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = :name"), {"name": database}
        ).scalars()
        pids = list(pids)
    peaks = [_status_kib(Path(f"/proc/{pid}/status"), "VmHWM") for pid in pids]
    now = [_status_kib(Path(f"/proc/{pid}/status"), "VmRSS") for pid in pids]
    if not any(peaks):
        return {"connections": len(pids), "note": "server-processen niet leesbaar (andere machine?)"}
    return {
        "connections": len(pids),
        "max_peak_rss_mib": round(max(peaks) / 1024, 1),
        "max_rss_mib": round(max(now) / 1024, 1),
    }


def directory_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1024 / 1024

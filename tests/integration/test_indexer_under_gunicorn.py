"""Two gunicorn workers publishing at once, and the indexer killed with SIGKILL halfway:
afterwards ``search check`` leaves the index consistent, and no user saw an error.

A real portal in subprocesses on loopback, on SQLite (the embedded default).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

PASSWORD = "correct horse battery"
INSTRUMENTS = 24


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(env, *args, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "portal.cli", *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path: str, data: dict, form_path: str | None = None) -> int:
        _status, page = self.get(form_path or path)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrf_token": token}).encode()
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def portal(tmp_path):
    env = {**os.environ, "INSTRUMENTENGIDS_INSTANCE": str(tmp_path), "PYTHONPATH": str(Path.cwd())}
    env.pop("DATABASE_URL", None)
    env["TWO_FACTOR_REQUIRED"] = "false"  # about the indexer; tests/test_two_factor.py covers the login
    _run(env, "init")
    for email, role in (("een@tiel.example.nl", "eindredacteur"), ("twee@tiel.example.nl", "eindredacteur")):
        _run(env, "user", "create", email, "--org", "GM0281", "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
    setup = (
        "from portal import create_app\n"
        "from portal.extensions import db\n"
        "from tests import factories as f\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    tiel = f.organisation('GM0281')\n"
        f"    made = [f.instrument(tiel, publish=False, name=f'Parallel {{n:02d}}') for n in range({INSTRUMENTS})]\n"
        "    ids = [str(i.id) for i in made]\n"
        "    db.session.commit()\n"
        "    print(' '.join(ids))\n"
    )
    made = subprocess.run([sys.executable, "-c", setup], env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    ids = made.stdout.split()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "portal.cli", "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)  # noqa: S310 - loopback only
            break
        except OSError:
            time.sleep(0.1)
    yield {"env": env, "base": base, "ids": ids, "tmp": tmp_path}
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()


def _lease_holder_pid(instance: Path) -> int | None:
    import sqlite3

    with sqlite3.connect(instance / "instrumentengids.sqlite") as connection:
        row = connection.execute("SELECT holder FROM leases WHERE name = 'search-indexer'").fetchone()
    if not row or not row[0]:
        return None
    return int(row[0].split(":")[1])


def test_concurrent_publishing_and_a_killed_indexer_leave_a_consistent_index(portal):
    statuses: list[int] = []
    halves = [portal["ids"][::2], portal["ids"][1::2]]

    def publish(email: str, ids: list[str]) -> None:
        browser = Browser(portal["base"])
        assert browser.post("/inloggen", {"email": email, "password": PASSWORD}) == 302
        for instrument_id in ids:
            statuses.append(
                browser.post(
                    f"/redactie/instrument/{instrument_id}/status",
                    {"to": "published"},
                    form_path=f"/redactie/instrument/{instrument_id}",
                )
            )

    threads = [
        threading.Thread(target=publish, args=("een@tiel.example.nl", halves[0])),
        threading.Thread(target=publish, args=("twee@tiel.example.nl", halves[1])),
    ]
    for thread in threads:
        thread.start()
    killed = None
    deadline = time.monotonic() + 30
    while killed is None and time.monotonic() < deadline:
        pid = _lease_holder_pid(portal["tmp"])
        if pid:
            os.kill(pid, signal.SIGKILL)  # the indexer, mid-work
            killed = pid
        time.sleep(0.05)
    for thread in threads:
        thread.join(timeout=120)

    assert killed is not None, "no indexer ever took the lease"
    assert statuses and set(statuses) == {303}, statuses  # every publish answered normally

    output = _run(portal["env"], "search", "check")
    assert "hersteld" in output or "komen overeen" in output
    assert "komen overeen" in _run(portal["env"], "search", "check", "--no-repair")
    status, page = Browser(portal["base"]).get("/zoeken?q=parallel")
    assert status == 200

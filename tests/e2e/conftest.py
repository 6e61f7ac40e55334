"""Browser tests: a real portal on loopback, driven by Playwright in Debian's chromium.

The portal runs in a thread (werkzeug) on its own SQLite database, set up with the real
``init``. Chromium comes from the operating system (``/usr/bin/chromium``; never downloaded).
When it or Playwright is missing these tests are skipped with the reason — except in CI
(``CI`` set) or with ``INSTRUMENTENGIDS_REQUIRE_BROWSER=1``, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from portal import create_app
from portal.extensions import db

CHROMIUM = os.environ.get("INSTRUMENTENGIDS_CHROMIUM", "/usr/bin/chromium")
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("INSTRUMENTENGIDS_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str):
    if _browser_required():
        pytest.fail(reason + "; in CI zijn de browsertests verplicht.", pytrace=False)
    pytest.skip(reason + "; de browsertests zijn overgeslagen.")


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is niet geïnstalleerd (pip install -e '.[test]')")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium ontbreekt op {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def live_app(tmp_path_factory):
    """The portal with migrated schema and reference data, served on a free loopback port."""
    from portal.cli import initialise_database

    folder = tmp_path_factory.mktemp("e2e")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'e2e.sqlite'}",
            "SECRET_KEY": "e2e-" + "x" * 40,
            "TESTING": False,
            "TWO_FACTOR_REQUIRED": False,  # tests/test_two_factor.py covers the second step
        }
    )
    with app.app_context():
        initialise_database(echo=lambda _message: None)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config["LIVE_URL"] = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def url(live_app):
    return live_app.config["LIVE_URL"]


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory):
    """The demo (the real loader, a real search index, the candidates) served on loopback."""
    from portal.cli import initialise_database
    from portal.demo.loader import load_demo
    from search.service import rebuild

    folder = tmp_path_factory.mktemp("e2e-demo")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'demo.sqlite'}",
            "SECRET_KEY": "e2e-demo-" + "x" * 40,
            "SEARCH_INDEX_DIR": str(folder / "index"),
            "TESTING": False,
            "TWO_FACTOR_REQUIRED": False,  # tests/test_two_factor.py covers the second step
        }
    )
    with app.app_context():
        initialise_database(echo=lambda _message: None)
        load_demo()
        rebuild()
        from portal.comparisons.candidates import compute_and_store

        compute_and_store()
        db.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    with app.app_context():
        db.engine.dispose()


def log_in(page, demo_url, email):
    from portal.demo.loader import DEMO_PASSWORD

    page.goto(demo_url + "/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(demo_url + "/")

"""/healthz and /readyz for load balancers."""

from __future__ import annotations

from portal.extensions import db


def test_healthz_answers_without_touching_anything(ctx):
    response = ctx.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_readyz_checks_database_and_index(ctx, tmp_path):
    ctx.config["SEARCH_INDEX_DIR"] = str(tmp_path / "index")
    from search.service import forget_backends

    forget_backends()
    response = ctx.test_client().get("/readyz")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["checks"] == {"database": "ok", "search": "ok"}
    assert isinstance(body["index_backlog"], int)


def test_readyz_says_503_when_the_database_is_gone(ctx, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def broken(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("verbinding weg"))

    monkeypatch.setattr(db.session, "execute", broken)
    response = ctx.test_client().get("/readyz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable" and body["checks"]["database"] == "unavailable"
    assert "verbinding weg" not in response.get_data(as_text=True)  # no error texts out


def test_readyz_says_503_when_the_index_cannot_be_read(ctx, monkeypatch):
    import search.service

    class Broken:
        def doc_count(self):
            raise OSError("schijf weg")

    monkeypatch.setattr(search.service, "get_backend", lambda app=None: Broken())
    response = ctx.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {"database": "ok", "search": "unavailable"}


def test_pages_say_503_in_dutch_when_the_database_cannot_be_reached(tmp_path):
    """A real unreachable database (PostgreSQL on a closed port): a page, a logged-in form post
    and the API answer 503 with Retry-After and a Dutch text, not a 500."""
    from tests.conftest import _create

    app = _create("postgresql+psycopg://postgres@127.0.0.1:9/weg")
    client = app.test_client()
    page = client.get("/gemeente/GM0281")
    assert page.status_code == 503
    assert page.headers["Retry-After"] == "30"
    assert "niet bereikbaar" in page.get_data(as_text=True)
    assert "Er is niets opgeslagen" in page.get_data(as_text=True)
    form = client.post("/inloggen", data={"email": "a@example.nl", "password": "x"})
    assert form.status_code == 503
    api = client.get("/api/v1/instruments")
    assert api.status_code == 503 and api.mimetype == "application/problem+json"
    assert "niet bereikbaar" in api.get_json()["detail"]
    assert client.get("/healthz").status_code == 200  # the process itself is fine
    assert client.get("/readyz").status_code == 503

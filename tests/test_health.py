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

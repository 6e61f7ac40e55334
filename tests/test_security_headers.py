"""Security headers on every kind of response, one test per header."""

from __future__ import annotations

import pytest
from flask import request

from portal.extensions import db
from portal.security import CONTENT_SECURITY_POLICY
from tests import factories as f

PASSWORD = "correct horse battery"

# A page, an error page, a static file, the API, a refused form post, a feed.
ANONYMOUS = [
    ("GET", "/"),
    ("GET", "/gemeente/GM9999"),
    ("GET", "/static/portal.css"),
    ("GET", "/api/v1/instruments"),
    ("GET", "/api/v1/bestaat-niet"),
    ("POST", "/"),
    ("GET", "/regio/AM10/nieuw.atom"),
    ("GET", "/sitemap.xml"),
]


def _fetch(client, method, path, **kwargs):
    response = client.open(path, method=method, **kwargs)
    response.close()  # a static file is streamed from an open file
    return response


@pytest.mark.parametrize("method, path", ANONYMOUS)
def test_content_security_policy_allows_nothing_inline_or_foreign(ctx, method, path):
    response = _fetch(ctx.test_client(), method, path)
    policy = response.headers["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert "script-src" not in directives and "style-src" not in directives  # default-src 'self' holds


@pytest.mark.parametrize("method, path", ANONYMOUS)
def test_nosniff_everywhere(ctx, method, path):
    assert _fetch(ctx.test_client(), method, path).headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("method, path", ANONYMOUS)
def test_referrer_policy_everywhere(ctx, method, path):
    assert _fetch(ctx.test_client(), method, path).headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_hsts_only_over_https(ctx):
    client = ctx.test_client()
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert (
        "Strict-Transport-Security" in _fetch(client, "GET", "/static/portal.css", base_url="https://localhost").headers
    )


def test_authenticated_pages_are_never_stored(ctx):
    user = f.user(f.organisation("GM0281"), "professional")
    client = ctx.test_client()
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302
    for path in ("/", "/zoeken?q=taal", "/lijsten", "/gemeente/GM9999", "/regio/AM10/nieuw"):
        response = client.get(path)
        assert response.headers["Cache-Control"] == "no-store", path
    # static files may still be cached: they are the same for everyone
    assert "no-store" not in _fetch(client, "GET", "/static/portal.css").headers.get("Cache-Control", "")


def test_a_stricter_referrer_policy_of_a_view_is_kept(ctx):
    from portal.actions.shortlists import sharing_link, shortlist_create

    user = f.user(f.organisation("GM0281"), "professional")
    shortlist = shortlist_create(user, "Route")
    token = sharing_link(user, shortlist, True)
    db.session.commit()
    response = ctx.test_client().get(f"/lijsten/voor-jou/{token}")
    assert response.status_code == 200
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_a_server_error_page_carries_the_headers_too(tmp_path):
    from portal import create_app

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.sqlite'}", "SECRET_KEY": "x" * 40, "TESTING": False}
    )

    @app.before_request
    def _broken():
        if request.path == "/_kapot":
            raise RuntimeError("kapot")

    response = app.test_client().get("/_kapot")
    assert response.status_code == 500
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY

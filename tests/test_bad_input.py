"""Bad input on both databases: the corpus of bench/bad_input.py against every route,
parameter and form field, as a visitor, a beheerder and an eindredacteur, plus oversized
bodies and malformed imports. No request may end in a server error, show a payload as
markup, inject a header or redirect away; nothing broken may be stored.

The browser half (a stored payload does not run in Chromium) is in tests/e2e/test_public_journey.py.
"""

from __future__ import annotations

import pytest

from bench import bad_input
from portal.extensions import db


@pytest.fixture
def attacked(ctx, monkeypatch):
    # The rate limits would answer most of the corpus with a 429 before it reaches a view.
    monkeypatch.setitem(ctx.config, "LOGIN_RATE_LIMIT", 100_000)
    monkeypatch.setitem(ctx.config, "API_RATE_LIMIT", 10_000_000)
    ids, credentials, secret = bad_input._seed(ctx)
    return ctx, ids, credentials, secret


def test_the_whole_corpus_causes_no_server_error_and_no_unescaped_markup(attacked):
    app, ids, credentials, secret = attacked
    # In the suite as a visitor and as a beheerder (who reaches every page); the command
    # `python -m bench.bad_input` adds the eindredacteur.
    report = bad_input.run(app, ids, {"beheerder": credentials["beheerder"]}, secret)
    print(f"\nslechte invoer: {report.total} verzoeken in {report.seconds:.0f} s; {dict(report.statuses)}")
    print({kind: round(s, 1) for kind, s in report.seconds_by_kind.items()}, report.slowest)
    print("\n".join(report.failures))
    assert report.failures == []
    # The corpus really went everywhere: every kind, thousands of requests, pages that answered.
    assert {"query", "path", "form", "json", "utf8", "import", "oversized"} <= set(report.tried)
    assert report.total > 8_000
    assert report.statuses[200] > 1_000 and report.statuses[400] > 1_000
    db.session.rollback()
    assert bad_input.stored_garbage(db.session) == []


def test_the_checks_can_fail(ctx):
    """An unescaped payload, a 500, an injected header and a redirect away are all reported."""

    class Response:
        def __init__(self, status, body="", mimetype="text/html", headers=None):
            self.status_code, self.mimetype, self.headers = status, mimetype, headers or {}
            self._body = body

        def get_data(self, as_text=False):
            return self._body

    report = bad_input.Report()
    attacker = bad_input.Attacker(ctx, bad_input.Ids(instrument_id="x", org_code="GM0281"), report)
    attacker.check("a", Response(200, "<p><script>alert('xss')</script></p>"))
    attacker.check("b", Response(500))
    attacker.check("c", Response(302, headers={"Location": "https://evil.example/"}))
    attacker.check("d", Response(200, headers={"X-Pwned": "1"}))
    attacker.check("e", Response(200, "root:x:0:0:root"))
    attacker.check("f", Response(200, ctx.config["SECRET_KEY"]))
    attacker.check("g", Response(200, "&lt;script&gt;alert('xss')&lt;/script&gt;"))  # escaped: fine
    assert [failure[0] for failure in report.failures] == list("abcdef")


def test_stored_garbage_is_found(ctx):
    from tests import factories as f

    f.instrument(f.organisation("GM0281"), name="Kapot\x07", publish=False)
    found = bad_input.stored_garbage(db.session)
    assert any(item.startswith("instruments.name") for item in found), found


def test_an_import_with_too_many_lines_is_refused_with_a_dutch_message(client, ctx, monkeypatch):
    from sqlalchemy import func, select

    from portal.actions import interchange
    from portal.models import Instrument
    from tests import factories as f

    monkeypatch.setattr(interchange, "MAX_UPLOAD_ROWS", 3)
    tiel = f.organisation("GM0281")
    admin = f.user(tiel, "organisatiebeheerder", email="org@example.nl")
    db.session.commit()
    client.post("/inloggen", data={"email": admin.email, "password": "correct horse battery"})
    before = db.session.scalar(select(func.count()).select_from(Instrument))
    lines = b"".join(b'{"name": "Regel %d"}\n' % n for n in range(5))
    response = client.post(
        "/beheer/organisatie/GM0281/uitwisseling", **bad_input._multipart({"file": (lines, "veel.jsonl")})
    )
    assert response.status_code == 422
    assert "hoogstens 3 instrumenten" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Instrument)) == before


def test_out_of_range_numbers_are_bad_input_not_errors(client, ctx):
    from tests import factories as f

    beheerder = f.user(f.organisation("GM0281"), "beheerder", email="beheer@example.nl")
    db.session.commit()
    client.post("/inloggen", data={"email": beheerder.email, "password": "correct horse battery"})
    huge = "9" * 30
    assert client.get(f"/lijsten/{huge}").status_code == 404  # the address converter stops it
    response = client.post("/werkgroepen/bewaar", data={"group": huge, "group_id": huge, "kind": "x"})
    assert response.status_code in (303, 400, 404), response.status_code
    api = client.get(f"/api/v1/instruments/{huge}")
    assert api.status_code == 404

"""Rate limits on the API and on login, shared by every worker (database or Redis), and the
API's body size limit."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import func, select

from portal.actions.tokens import token_create
from portal.extensions import db
from portal.models import RateLimit
from tests import factories as f


def test_the_api_answers_429_with_retry_after_per_token(client, ctx, monkeypatch):
    monkeypatch.setitem(ctx.config, "API_RATE_LIMIT", 3)
    tiel = f.organisation("GM0281")
    first = token_create(None, f.user(tiel, "professional"), "een")[1]
    second = token_create(None, f.user(tiel, "professional"), "twee")[1]
    db.session.commit()
    for _ in range(3):
        assert client.get("/api/v1/regions", headers={"Authorization": f"Bearer {first}"}).status_code == 200
    refused = client.get("/api/v1/regions", headers={"Authorization": f"Bearer {first}"})
    assert refused.status_code == 429 and refused.mimetype == "application/problem+json"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "Te veel verzoeken" in refused.get_json()["detail"]
    assert client.get("/api/v1/regions", headers={"Authorization": f"Bearer {second}"}).status_code == 200
    # The counts are in the database, where every worker and server sees them.
    assert db.session.scalar(select(func.sum(RateLimit.count))) >= 5


def test_login_is_limited_per_address_even_with_the_right_password(client, ctx, monkeypatch):
    monkeypatch.setitem(ctx.config, "LOGIN_RATE_LIMIT", 2)
    user = f.user(f.organisation("GM0281"), "professional")
    db.session.commit()
    for _ in range(2):
        assert client.post("/inloggen", data={"email": user.email, "password": "fout"}).status_code == 401
    response = client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"})
    assert response.status_code == 429 and "Retry-After" in response.headers
    assert "Te veel inlogpogingen" in response.get_data(as_text=True)


def test_the_api_refuses_a_body_that_is_too_big(client, ctx, monkeypatch):
    monkeypatch.setitem(ctx.config, "API_MAX_BODY_BYTES", 1000)
    response = client.post("/api/v1/instruments", json={"name": "x" * 2000})
    assert response.status_code == 413 and response.mimetype == "application/problem+json"


def _redis_url() -> str:
    return os.environ.get("INSTRUMENTENGIDS_TEST_REDIS", "redis://127.0.0.1:6379/15")


def test_with_redis_the_counts_are_in_redis(ctx, monkeypatch):
    import redis

    url = _redis_url()
    try:
        redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis op {url} is niet bereikbaar; in CI is deze test verplicht.")
        pytest.skip(f"Redis op {url} is niet bereikbaar; de Redis-test is overgeslagen.")
    from portal.ratelimit import hit

    monkeypatch.setitem(ctx.config, "REDIS_URL", url)
    who = f"test-{uuid.uuid4()}"
    verdicts = [hit("proef", who, 2, 60) for _ in range(3)]
    assert [v.allowed for v in verdicts] == [True, True, False]
    assert [v.count for v in verdicts] == [1, 2, 3]
    assert db.session.scalar(select(func.count()).select_from(RateLimit)) == 0  # nothing in the database


def test_other_spellings_or_made_up_tokens_buy_no_extra_requests(client, ctx, monkeypatch):
    monkeypatch.setitem(ctx.config, "API_RATE_LIMIT", 3)
    secret = token_create(None, f.user(f.organisation("GM0281"), "professional"), "een")[1]
    db.session.commit()
    spellings = (f"Bearer {secret}", f"bearer {secret}", f"Bearer  {secret}", f"BEARER {secret}")
    answers = [client.get("/api/v1/regions", headers={"Authorization": h}).status_code for h in spellings]
    assert answers == [200, 200, 200, 429]  # one budget per token, however it is written
    fakes = [f"Bearer igt_nep{n}" for n in range(4)]
    answers = [client.get("/api/v1/regions", headers={"Authorization": h}).status_code for h in fakes]
    assert answers == [401, 401, 401, 429]  # made-up tokens count against the address


def test_when_redis_is_down_the_database_counts(ctx, monkeypatch):
    from portal.ratelimit import hit

    monkeypatch.setitem(ctx.config, "REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens there
    verdicts = [hit("proef-val", "iemand", 1, 60) for _ in range(2)]
    assert [v.allowed for v in verdicts] == [True, False]


def test_open_data_downloads_are_limited_too(client, ctx, monkeypatch):
    from portal.views import public

    monkeypatch.setattr(public, "OPEN_DATA_PER_MINUTE", 2)
    answers = [client.get("/open-data/instrumenten.jsonl").status_code for _ in range(3)]
    assert answers == [200, 200, 429]

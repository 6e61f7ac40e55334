"""Rate limits shared by every gunicorn worker (and every application server).

A fixed window per key: ``hit(bucket, who, limit, window)`` counts one request and says
whether it is still allowed, and if not, after how many seconds it will be again. The
counters live in Redis when ``REDIS_URL`` is set, otherwise in the database (table
``rate_limits``, one upsert per request in its own short transaction, so a refused or
failing request still counts). Old windows are pruned now and then.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
import time
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import Connection, delete, text

from portal.extensions import db
from portal.models import RateLimit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    retry_after: int  # seconds until the window ends


def _key(bucket: str, who: str) -> str:
    # Tokens and addresses are not kept as they are: a keyed digest is enough to count, and
    # without the key the four billion IPv4 addresses cannot be tried against it.
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return f"{bucket}:{hmac.new(secret, who.encode(), hashlib.sha256).hexdigest()[:32]}"


def hit(bucket: str, who: str, limit: int, window: int) -> Verdict:
    now = int(time.time())
    start = now - now % window
    retry_after = start + window - now
    key = _key(bucket, who)
    url = current_app.config.get("REDIS_URL")
    count = None
    if url:
        try:
            count = _redis_hit(url, key, start, window)
        except Exception as exc:  # noqa: BLE001 - Redis down must not take the API down
            log.warning("Redis voor rate limits niet bereikbaar (%s); de database telt nu.", type(exc).__name__)
    if count is None:
        count = _database_hit(key, start, window)
    return Verdict(allowed=count <= limit, count=count, retry_after=max(1, retry_after))


_clients: dict[str, object] = {}


def _redis_hit(url: str, key: str, start: int, window: int) -> int:
    import redis

    client = _clients.get(url)
    if client is None:
        client = _clients[url] = redis.Redis.from_url(url, socket_timeout=1.0)
    name = f"instrumentengids:rl:{key}:{start}"
    with client.pipeline() as pipe:
        pipe.incr(name)
        pipe.expire(name, window + 5)
        count, _ = pipe.execute()
    return int(count)


def _database_hit(key: str, start: int, window: int) -> int:
    # Its own transaction: the request's session may be rolled back later, the count stays.
    bind = db.engine
    if isinstance(bind, Connection):  # the test suite runs everything on one connection
        with bind.begin_nested():
            return _count(bind, key, start)
    with bind.begin() as connection:
        return _count(connection, key, start)


def _count(connection, key: str, start: int) -> int:
    count = connection.execute(
        text(
            "INSERT INTO rate_limits (key, window_start, count) VALUES (:key, :start, 1) "
            "ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1 "
            "RETURNING count"
        ),
        {"key": key, "start": start},
    ).scalar_one()
    if random.random() < 0.01:  # noqa: S311 - housekeeping, not security
        connection.execute(delete(RateLimit).where(RateLimit.window_start < start - 3600))
    return int(count)

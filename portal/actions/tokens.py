"""Personal API tokens: made by a user for themself (or by a beheerder on the command line),
revocable, stored as a SHA-256 hash. A token acts with its user's own permissions, so an
organisation A token can do in organisation B exactly what its user could: nothing."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid, NotFound
from portal.extensions import db
from portal.models import ApiToken, User
from portal.timeutil import utcnow

PREFIX = "igt_"  # recognisable in logs and secret scanners


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def token_create(actor: User | None, user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the row and the secret (shown once, never stored).
    ``actor`` None is the command line; otherwise users make tokens for themselves only."""
    if actor is not None and actor.id != user.id:
        raise NotFound("Onbekende gebruiker.")
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise Invalid(
            [("name", "Geef de token een naam van 1 tot 100 tekens, bijvoorbeeld het systeem dat hem gebruikt.")]
        )
    if not user.active:
        raise Invalid([("user", "Dit account is uitgeschakeld.")])
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name, prefix=secret[:10], token_hash=_hash(secret))
    db.session.add(token)
    db.session.flush()
    record_audit(actor or user, "api_token.create", object_type="api_token", object_id=token.id, details={"name": name})
    return token, secret


def token_revoke(actor: User | None, token_id: int) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None or (actor is not None and token.user_id != actor.id):
        raise NotFound("Onbekende token.")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        record_audit(actor or token.user, "api_token.revoke", object_type="api_token", object_id=token.id)
    return token


def tokens_of(user: User) -> list[ApiToken]:
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))


def token_user(secret: str) -> tuple[User, int] | None:
    """(the active user, the token's id) for a token that exists and is not revoked; None
    otherwise. Notes the token as used (the caller commits)."""
    if not secret.startswith(PREFIX):
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash(secret)))
    if token is None or token.revoked_at is not None or not token.user.active:
        return None
    token.last_used_at = utcnow()
    return token.user, token.id

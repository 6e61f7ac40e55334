"""Two-factor login (TOTP, RFC 6238) with one-time recovery codes.

Required for the roles that can change what others see or who may do what: beheerders,
organisatiebeheerders and eindredacteuren (``TWO_FACTOR_REQUIRED``, on by default). A code
is accepted once: the last accepted time step is stored, so the same or an older code is
refused afterwards, also by another gunicorn worker. Recovery codes are stored as hashes
and work once each.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

import pyotp
from flask import current_app
from sqlalchemy import select, update

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid
from portal.extensions import db
from portal.models import RecoveryCode, User
from portal.timeutil import utcnow

TWO_FACTOR_ROLES = frozenset({"beheerder", "organisatiebeheerder", "eindredacteur"})
ISSUER = "Gedeelde Instrumentengids"
STEP = 30
RECOVERY_CODES = 10


def two_factor_required(user: User) -> bool:
    return bool(current_app.config.get("TWO_FACTOR_REQUIRED", True)) and any(
        m.role in TWO_FACTOR_ROLES for m in user.memberships
    )


def two_factor_enabled(user: User) -> bool:
    return user.totp_enabled_at is not None and bool(user.totp_secret)


def start_setup(user: User) -> str:
    """A new secret for the user to put in an authenticator app (not yet in force)."""
    if two_factor_enabled(user):
        raise Invalid([("totp", "Tweestapsverificatie staat al aan.")])
    user.totp_secret = pyotp.random_base32()
    db.session.flush()
    return user.totp_secret


def provisioning_uri(user: User) -> str:
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def _hash(code: str) -> str:
    normalised = "".join(code.split()).replace("-", "").lower()
    return hashlib.sha256(normalised.encode()).hexdigest()


def _current_step() -> int:
    return int(time.time()) // STEP


def _accept_totp(user: User, code: str) -> bool:
    """A code of the current step or one step either side (clock drift), newer than the
    last one accepted. The step is claimed in one conditional UPDATE: two requests with
    the same code at the same moment cannot both get in."""
    if not (code.isdigit() and len(code) == 6) or not user.totp_secret:
        return False
    totp = pyotp.TOTP(user.totp_secret)
    now = _current_step()
    for step in (now - 1, now, now + 1):
        if hmac.compare_digest(totp.at(step * STEP), code):
            claimed = db.session.execute(
                update(User)
                .where(User.id == user.id)
                .where((User.totp_last_step.is_(None)) | (User.totp_last_step < step))
                .values(totp_last_step=step)
            )
            db.session.refresh(user)
            return claimed.rowcount == 1
    return False


def confirm_setup(user: User, code: str) -> list[str]:
    """Turn two-factor login on with a first code from the app; the new recovery codes
    (shown once)."""
    if not user.totp_secret or two_factor_enabled(user):
        raise Invalid([("code", "Begin opnieuw met het instellen van tweestapsverificatie.")])
    if not _accept_totp(user, "".join((code or "").split())):
        raise Invalid(
            [("code", "Die code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer de nieuwe code.")]
        )
    user.totp_enabled_at = utcnow()
    codes = _new_recovery_codes(user)
    record_audit(user, "two_factor.enable", object_type="user", object_id=user.id)
    return codes


def _new_recovery_codes(user: User) -> list[str]:
    db.session.query(RecoveryCode).filter(RecoveryCode.user_id == user.id).delete()
    codes = []
    for _ in range(RECOVERY_CODES):
        code = "-".join(secrets.token_hex(3) for _part in range(3))  # 72 bits, easy to type
        codes.append(code)
        db.session.add(RecoveryCode(user_id=user.id, code_hash=_hash(code)))
    db.session.flush()
    return codes


def verify_second_factor(user: User, code: str) -> bool:
    """Check a code from the app or a recovery code; each works once."""
    code = (code or "").strip()
    compact = "".join(code.split())
    if _accept_totp(user, compact):
        record_audit(user, "two_factor.ok", object_type="user", object_id=user.id)
        return True
    if len(compact) >= 10:
        used = db.session.execute(
            update(RecoveryCode)
            .where(
                RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _hash(code), RecoveryCode.used_at.is_(None)
            )
            .values(used_at=utcnow())
        )
        if used.rowcount == 1:
            left = recovery_codes_left(user)
            record_audit(
                user, "two_factor.recovery_code", object_type="user", object_id=user.id, details={"left": left}
            )
            return True
    record_audit(user, "two_factor.failed", object_type="user", object_id=user.id)
    return False


def recovery_codes_left(user: User) -> int:
    return db.session.scalar(
        select(db.func.count())
        .select_from(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    )


def reset_two_factor(actor: User | None, user: User) -> None:
    """A beheerder's reset when a user lost phone and codes: the user sets it up again."""
    user.totp_secret = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    db.session.query(RecoveryCode).filter(RecoveryCode.user_id == user.id).delete()
    record_audit(actor, "two_factor.reset", object_type="user", object_id=user.id)

"""Organisations, users and memberships; passwords and one-time links to set them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import joinedload

from portal.actions.audit import record_audit, require
from portal.actions.errors import Invalid, NotAllowed, NotFound
from portal.extensions import db
from portal.models import (
    ORGANISATION_TYPES,
    ROLES,
    Gemeente,
    Membership,
    Organisation,
    PasswordToken,
    ServiceArea,
    User,
    UserSession,
)
from portal.passwords import password_problems as check_password
from portal.permissions import is_platform_beheerder
from portal.timeutil import as_utc, utcnow

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problems(password: str, user: User | None = None) -> list[str]:
    """Why a password is not acceptable (length, common passwords, the user's own name)."""
    if user is None:
        return check_password(password)
    return check_password(password, email=user.email, name=user.name or "")


def organisation_create(
    actor: User | None,
    *,
    type: str,  # noqa: A002 - the format's own word
    code: str,
    name: str,
    gemeenten: list[tuple[str, dt.date | None, dt.date | None]] = (),
) -> Organisation:
    """Create a samenwerkingsverband (with the gemeenten it serves) or a national organisation.

    Gemeenten and regions get their organisation from the reference data, not from here.
    """
    if actor is not None and not is_platform_beheerder(actor):
        raise NotAllowed("Alleen een platformbeheerder maakt organisaties aan.")
    problems = []
    if type not in ORGANISATION_TYPES:
        problems.append(("type", "Kies een van: " + ", ".join(ORGANISATION_TYPES) + "."))
    elif type in {"gemeente", "arbeidsmarktregio"}:
        problems.append(
            ("type", "Gemeenten en arbeidsmarktregio's komen uit de CBS-referentiedata (instrumentengids init).")
        )
    code = code.strip().lower()
    if not code or not all(c.isalnum() or c == "-" for c in code) or len(code) > 60:
        problems.append(("code", "Gebruik kleine letters, cijfers en streepjes (bijvoorbeeld werkzaak-rivierenland)."))
    elif re.fullmatch(r"(gm\d{4}|am\d{2})", code):
        problems.append(("code", "Codes als GMxxxx en AMxx zijn voor gemeenten en arbeidsmarktregio's (CBS)."))
    elif db.session.scalar(select(Organisation).where(func.lower(Organisation.code) == code)):
        problems.append(("code", f"Er is al een organisatie met code {code}."))
    if not name.strip():
        problems.append(("name", "Geef een naam."))
    if type == "samenwerkingsverband" and not gemeenten:
        problems.append(("gemeenten", "Een samenwerkingsverband bedient minstens één gemeente."))
    if type == "landelijk" and gemeenten:
        problems.append(("gemeenten", "Een landelijke organisatie bedient het hele land."))
    for gemeente_code, start, end in gemeenten:
        if db.session.get(Gemeente, gemeente_code) is None:
            problems.append(("gemeenten", f"Onbekende gemeente {gemeente_code}."))
        if start and end and end < start:
            problems.append(("gemeenten", f"{gemeente_code}: einddatum vóór begindatum."))
    if problems:
        raise Invalid(problems)
    organisation = Organisation(code=code, type=type, name=name.strip())
    organisation.service_areas = [
        ServiceArea(gemeente_code=g, valid_from=start, valid_to=end) for g, start, end in gemeenten
    ]
    db.session.add(organisation)
    db.session.flush()
    record_audit(
        actor, "organisation.created", organisation=organisation, object_type="organisation", object_id=organisation.id
    )
    return organisation


def user_create(
    actor: User | None,
    *,
    email: str,
    organisation: Organisation,
    role: str,
    name: str = "",
    password: str | None = None,
) -> User:
    """Create an account (or add a role to an existing one) in ``organisation``."""
    require(actor, "users.manage", organisation, "Geen toestemming om gebruikers te beheren in deze organisatie.")
    if role not in ROLES:
        raise Invalid([("role", "Kies een van: " + ", ".join(ROLES) + ".")])
    if role == "beheerder" and actor is not None and not is_platform_beheerder(actor):
        raise NotAllowed("Alleen een platformbeheerder maakt een andere beheerder.")
    email = email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or len(email) > 254:
        raise Invalid([("email", "Geef een geldig e-mailadres op.")])
    if password is not None and (problems := check_password(password, email=email, name=name)):
        raise Invalid([("password", p) for p in problems])
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email, name=name.strip())
        db.session.add(user)
    if password is not None:
        set_password(user, password)
    if role not in user.roles_in(organisation):
        user.memberships.append(Membership(organisation=organisation, role=role))
    db.session.flush()
    record_audit(
        actor,
        "user.role_granted",
        organisation=organisation,
        object_type="user",
        object_id=user.id,
        details={"role": role},
    )
    return user


def set_password(user: User, password: str) -> None:
    """Set a new password; every existing session of the user stops working."""
    problems = password_problems(password, user)
    if problems:
        raise Invalid([("password", p) for p in problems])
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    if user.id is not None:
        end_all_sessions(user, "password_changed")


def password_change(user: User, current: str, new: str) -> None:
    """A user changes their own password: the current one must be right; every session
    of the account ends (the caller starts a fresh one for this browser)."""
    if not verify_password(user, current):
        raise Invalid([("current_password", "Het huidige wachtwoord klopt niet.")])
    set_password(user, new)
    record_audit(user, "user.password_changed", object_type="user", object_id=user.id)


# A hash to verify against when the account does not exist, so that an unknown e-mail
# address takes as long as a wrong password and the two cannot be told apart.
_DUMMY_HASH = _hasher.hash("geen-account-" + secrets.token_hex(8))


def authenticate(email: str, password: str) -> User | None:
    """The user for these credentials, or None; counts failures and locks the account.

    After LOGIN_MAX_FAILURES wrong passwords in a row the account is locked for
    LOGIN_LOCKOUT_MINUTES; while locked even the right password is refused. Callers show
    one message for every refusal (unknown account, wrong password, locked, disabled).
    """
    config = current_app.config
    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            pass
        record_audit(None, "login.failed", details={"reason": "unknown_account"})
        return None
    now = utcnow()
    locked_until = as_utc(user.locked_until)
    if locked_until is not None and locked_until > now:
        record_audit(user, "login.refused_locked", object_type="user", object_id=user.id)
        return None
    if user.active and verify_password(user, password):
        user.failed_logins, user.locked_until = 0, None
        return user
    # Counted in the database in one statement, so parallel workers cannot lose a failure.
    db.session.execute(update(User).where(User.id == user.id).values(failed_logins=User.failed_logins + 1))
    db.session.refresh(user)
    if user.failed_logins >= config["LOGIN_MAX_FAILURES"]:
        user.locked_until = now + dt.timedelta(minutes=config["LOGIN_LOCKOUT_MINUTES"])
        user.failed_logins = 0
        record_audit(user, "account.locked", object_type="user", object_id=user.id)
    else:
        record_audit(user, "login.failed", object_type="user", object_id=user.id, details={"reason": "password"})
    return None


def session_start(user: User) -> str:
    """Start a login session; returns the token for the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    db.session.add(UserSession(user=user, token_hash=_token_hash(token)))
    user.login_token = token
    record_audit(user, "login.succeeded", object_type="user", object_id=user.id)
    return token


# The session, its user and the user's roles (every permission check reads them) in one query,
# built once: every request of a logged-in user runs it, and a statement run again keeps its
# cache key.
_SESSION_BY_TOKEN = (
    select(UserSession)
    .where(UserSession.token_hash == bindparam("token_hash"))
    .options(joinedload(UserSession.user).joinedload(User.memberships))
)


def session_resume(token: str, *, bookkeeping: bool = True) -> User | None:
    """The user of a live session, or None when the session ended or timed out.

    Marks the session as seen (at most once a minute, to spare the database) and ends it
    when it timed out; ``bookkeeping=False`` only reads, for when the database is busy.
    """
    row = db.session.scalars(_SESSION_BY_TOKEN, {"token_hash": _token_hash(token)}).unique().first()
    if row is None or row.ended_at is not None or not row.user.active:
        return None
    config, now = current_app.config, utcnow()
    if now - as_utc(row.created_at) > dt.timedelta(hours=config["SESSION_MAX_HOURS"]):
        if bookkeeping:
            _end(row, "absolute_timeout")
        return None
    idle = now - as_utc(row.last_seen_at)
    if idle > dt.timedelta(minutes=config["SESSION_IDLE_MINUTES"]):
        if bookkeeping:
            _end(row, "idle_timeout")
        return None
    if idle > dt.timedelta(seconds=60) and bookkeeping:
        row.last_seen_at = now
    row.user.login_token = token
    return row.user


def session_end(token: str | None, reason: str = "logout") -> None:
    if not token:
        return
    row = db.session.scalar(select(UserSession).where(UserSession.token_hash == _token_hash(token)))
    if row is not None and row.ended_at is None:
        _end(row, reason)
        record_audit(row.user, "logout", object_type="user", object_id=row.user_id)


def end_all_sessions(user: User, reason: str) -> None:
    db.session.execute(
        update(UserSession)
        .where(UserSession.user_id == user.id, UserSession.ended_at.is_(None))
        .values(ended_at=utcnow(), end_reason=reason)
    )


def _end(row: UserSession, reason: str) -> None:
    row.ended_at, row.end_reason = utcnow(), reason


def user_set_active(actor: User | None, user: User, organisation: Organisation, active: bool) -> None:
    """Disable or enable an account; disabling ends every session at once."""
    require(actor, "users.manage", organisation, "Geen toestemming om gebruikers te beheren in deze organisatie.")
    if (
        actor is not None
        and not is_platform_beheerder(actor)
        and not any(m.organisation_id == organisation.id for m in user.memberships)
    ):
        raise NotFound("Onbekende gebruiker.")
    user.active = active
    if not active:
        end_all_sessions(user, "disabled")
    record_audit(
        actor,
        "user.enabled" if active else "user.disabled",
        organisation=organisation,
        object_type="user",
        object_id=user.id,
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def password_link_create(user: User) -> str:
    """A one-time token to set a password, valid for PASSWORD_LINK_HOURS; returns the token."""
    token = secrets.token_urlsafe(32)
    hours = current_app.config.get("PASSWORD_LINK_HOURS", 72)
    db.session.add(
        PasswordToken(user=user, token_hash=_token_hash(token), expires_at=utcnow() + dt.timedelta(hours=hours))
    )
    db.session.flush()
    return token


def password_link_user(token: str) -> PasswordToken | None:
    """The unused, unexpired token row for ``token``, or None."""
    row = db.session.scalar(select(PasswordToken).where(PasswordToken.token_hash == _token_hash(token)))
    if row is None or row.used_at is not None:
        return None
    return row if as_utc(row.expires_at) > utcnow() else None


def password_link_use(token: str, password: str) -> User:
    row = password_link_user(token)
    if row is None:
        raise Invalid([("token", "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.")])
    set_password(row.user, password)
    row.used_at = utcnow()
    record_audit(row.user, "user.password_set", object_type="user", object_id=row.user_id)
    return row.user


COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


LOGO_MAX_BYTES = 200 * 1024
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def logo_type(data: bytes) -> str | None:
    """The image type by the file's first bytes (not by its name): PNG or JPEG, else None.
    SVG is refused on purpose: it can carry scripts."""
    return next((kind for magic, kind in LOGO_TYPES.items() if data.startswith(magic)), None)


def organisation_update_settings(
    actor: User | None, organisation: Organisation, form: dict[str, str], logo: bytes | None = None
) -> None:
    """Four eyes, default review interval, public contact details, logo and colour.

    ``logo`` is an uploaded file's content (None or empty: keep the current one; the form's
    ``remove_logo`` removes it)."""
    require(actor, "organisation.settings", organisation)
    problems = []
    interval = (form.get("review_interval_months") or "").strip()
    if not interval.isdigit() or not 1 <= int(interval) <= 24:
        problems.append(("review_interval_months", "Geef een aantal maanden van 1 tot en met 24."))
    colour = (form.get("colour") or "").strip()
    if colour and not COLOUR.match(colour):
        problems.append(("colour", "Geef een kleur als #154273."))
    website = (form.get("website") or "").strip()
    if website and not website.startswith("https://"):
        problems.append(("website", "Geef een adres dat begint met https://."))
    if logo and len(logo) > LOGO_MAX_BYTES:
        problems.append(("logo", "Het logo is te groot: het mag hoogstens 200 kB zijn."))
    elif logo and logo_type(logo) is None:
        problems.append(("logo", "Het logo moet een PNG- of JPEG-afbeelding zijn."))
    email = (form.get("email") or "").strip()
    if email and ("@" not in email or len(email) > 254):
        problems.append(("email", "Geef een geldig e-mailadres op."))
    if problems:
        raise Invalid(problems)
    before = {
        "requires_four_eyes": organisation.requires_four_eyes,
        "review_interval_months": organisation.review_interval_months,
    }
    organisation.requires_four_eyes = form.get("requires_four_eyes") in {"true", "on", "1"}
    organisation.review_interval_months = int(interval)
    organisation.colour = colour or None
    if logo:
        organisation.logo, organisation.logo_type = logo, logo_type(logo)
    elif form.get("remove_logo") in {"true", "on", "1"}:
        organisation.logo, organisation.logo_type = None, None
    organisation.website = website or None
    organisation.email = email or None
    organisation.phone = (form.get("phone") or "").strip()[:40] or None
    organisation.visiting_address = (form.get("visiting_address") or "").strip()[:300] or None
    db.session.flush()
    record_audit(
        actor,
        "organisation.settings",
        organisation=organisation,
        object_type="organisation",
        object_id=organisation.id,
        details={
            "before": before,
            "four_eyes": organisation.requires_four_eyes,
            "review_interval_months": organisation.review_interval_months,
        },
    )


def service_area_add(
    actor: User | None,
    organisation: Organisation,
    gemeente_code: str,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
) -> ServiceArea:
    """A gemeente a samenwerkingsverband serves, from/until optional dates (beheerders only)."""
    if actor is not None and not is_platform_beheerder(actor):
        raise NotAllowed("Alleen een platformbeheerder wijzigt werkgebieden.")
    problems = []
    if organisation.type != "samenwerkingsverband":
        problems.append(("gemeente", "Alleen een samenwerkingsverband heeft een werkgebied van losse gemeenten."))
    code = gemeente_code.strip().upper()
    if db.session.get(Gemeente, code) is None:
        problems.append(("gemeente", f"Onbekende gemeente {gemeente_code!r}."))
    if valid_from and valid_to and valid_to < valid_from:
        problems.append(("valid_to", "De einddatum ligt vóór de begindatum."))
    if problems:
        raise Invalid(problems)
    area = ServiceArea(organisation=organisation, gemeente_code=code, valid_from=valid_from, valid_to=valid_to)
    db.session.add(area)
    db.session.flush()
    record_audit(
        actor,
        "service_area.added",
        organisation=organisation,
        object_type="service_area",
        object_id=area.id,
        details={"gemeente": code, "from": str(valid_from), "to": str(valid_to)},
    )
    return area


def service_area_end(actor: User | None, area: ServiceArea, valid_to: dt.date) -> None:
    """End a service area on a date; the history stays (instruments stop showing there after it)."""
    if actor is not None and not is_platform_beheerder(actor):
        raise NotAllowed("Alleen een platformbeheerder wijzigt werkgebieden.")
    if area.valid_from and valid_to < area.valid_from:
        raise Invalid([("valid_to", "De einddatum ligt vóór de begindatum.")])
    area.valid_to = valid_to
    db.session.flush()
    record_audit(
        actor,
        "service_area.ended",
        organisation=area.organisation,
        object_type="service_area",
        object_id=area.id,
        details={"gemeente": area.gemeente_code, "to": str(valid_to)},
    )

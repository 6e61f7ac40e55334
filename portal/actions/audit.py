"""Audit entries and instrument history, written by the actions next to their change."""

from __future__ import annotations

import datetime as dt

from flask import g, has_request_context, request
from sqlalchemy import func, or_, select

from portal.actions.errors import NotAllowed
from portal.extensions import db
from portal.models import AuditEntry, Instrument, InstrumentVersion, Membership, Organisation, User
from portal.permissions import has_permission, is_platform_beheerder, organisations_where


def record_audit(
    actor: User | None,
    action: str,
    *,
    organisation: Organisation | None = None,
    object_type: str | None = None,
    object_id: object = None,
    details: dict | None = None,
) -> AuditEntry:
    """Add an audit entry. ``details`` must never hold passwords, tokens or contact data."""
    entry = AuditEntry(
        user_id=actor.id if actor else None,
        organisation_id=organisation.id if organisation else None,
        action=action,
        object_type=object_type,
        object_id=str(object_id) if object_id is not None else None,
        details=details or {},
    )
    if has_request_context():
        entry.remote_addr = request.remote_addr
        entry.request_id = g.get("request_id")
    db.session.add(entry)
    return entry


def require(actor: User | None, permission: str, organisation: Organisation, message: str | None = None) -> None:
    """Refuse (NotAllowed) and audit when ``actor`` lacks ``permission`` in ``organisation``.

    The actor None is the system itself (the operator's command line) and may do anything.
    """
    if actor is None or has_permission(actor, permission, organisation):
        return
    refusal = {"user_id": actor.id, "organisation_id": organisation.id, "permission": permission}
    record_refusal(refusal)
    raise NotAllowed(message or f"Geen toestemming voor {permission} bij {organisation.name}.", refusal)


def undo_keeping_refusal(error: Exception) -> None:
    """Undo the request's changes, but keep the audit entry of a refused attempt."""
    db.session.rollback()
    refusal = getattr(error, "refusal", None)
    if refusal:
        record_refusal(refusal)
        db.session.commit()


def record_refusal(refusal: dict) -> None:
    entry = AuditEntry(
        user_id=refusal["user_id"],
        organisation_id=refusal["organisation_id"],
        action="permission.denied",
        details={"permission": refusal["permission"]},
    )
    if has_request_context():
        entry.remote_addr = request.remote_addr
        entry.request_id = g.get("request_id")
        entry.details = {**entry.details, "path": request.path}
    db.session.add(entry)


def record_version(actor: User | None, instrument: Instrument, change: str) -> None:
    """Keep the whole format of the instrument as it is after this change (call after flush)."""
    from portal.schemas.mapping import dump_instrument

    db.session.add(
        InstrumentVersion(
            instrument_id=instrument.id,
            version=instrument.version,
            change=change,
            data=dump_instrument(instrument),
            changed_by_id=actor.id if actor else None,
        )
    )


PAGE_SIZE = 50


def audit_scope(viewer: User) -> list[int] | None:
    """The organisations whose audit entries ``viewer`` may read: None means all (a platform
    beheerder); an empty list means none."""
    if is_platform_beheerder(viewer):
        return None
    return [o.id for o in organisations_where(viewer, "audit.read")]


def audit_entries(
    viewer: User,
    *,
    organisation_code: str | None = None,
    action: str | None = None,
    email: str | None = None,
    since=None,
    until=None,
    page: int = 1,
) -> tuple[list[AuditEntry], int]:
    """Audit entries ``viewer`` may read, newest first, filtered; and the number matching.

    An organisatiebeheerder reads the entries about their organisation and those of its
    members; a beheerder reads everything."""
    scope = audit_scope(viewer)
    if scope == []:
        raise NotAllowed("Geen toestemming om het auditlog te lezen.")
    query = select(AuditEntry)
    if scope is not None:
        members = select(Membership.user_id).where(Membership.organisation_id.in_(scope))
        query = query.where(or_(AuditEntry.organisation_id.in_(scope), AuditEntry.user_id.in_(members)))
    if organisation_code:
        organisation = db.session.scalar(select(Organisation).where(Organisation.code == organisation_code.strip()))
        query = query.where(AuditEntry.organisation_id == (organisation.id if organisation else -1))
    if action:
        escaped = action.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(AuditEntry.action.like(escaped + "%", escape="\\"))
    if email:
        users = select(User.id).where(func.lower(User.email) == email.strip().lower())
        query = query.where(AuditEntry.user_id.in_(users))
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time.min, tzinfo=dt.UTC))
    if until:
        query = query.where(
            AuditEntry.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC)
        )
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    rows = db.session.scalars(
        query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
    )
    return list(rows), total

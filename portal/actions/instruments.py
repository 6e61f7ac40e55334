"""Every write to an instrument: permission, validation, change, history, audit, outbox.

Actions flush but never commit; the caller (a request, a CLI command) commits once. The
``actor`` None is the system itself (the command line run by the operator).
"""

from __future__ import annotations

import uuid
from typing import Any

from marshmallow import ValidationError

from portal.actions.audit import record_audit, record_version
from portal.actions.errors import Conflict, Invalid, NotAllowed, NotFound
from portal.extensions import db
from portal.models import Instrument, Organisation, User
from portal.permissions import has_permission
from portal.schemas.instrument import InstrumentSchema, flatten_errors
from portal.schemas.mapping import apply_format, dump_instrument
from portal.timeutil import utcnow
from search import outbox
from tenants.areas import availability_problems

# status → the statuses a workflow transition may lead to, and the permission it needs.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("draft", "in_review"): "instrument.submit",
    ("draft", "published"): "instrument.publish",
    ("in_review", "published"): "instrument.publish",
    ("in_review", "draft"): "instrument.submit",
    ("published", "draft"): "instrument.update",
    ("published", "archived"): "instrument.archive",
    ("draft", "archived"): "instrument.archive",
    ("in_review", "archived"): "instrument.archive",
    ("archived", "draft"): "instrument.archive",
}


def _require(actor: User | None, permission: str, organisation: Organisation) -> None:
    if actor is not None and not has_permission(actor, permission, organisation):
        record_audit(actor, "permission.denied", organisation=organisation, details={"permission": permission})
        raise NotAllowed(f"Geen toestemming voor {permission} bij {organisation.name}.")


def validate_instrument(
    owner: Organisation,
    payload: Any,
    *,
    readonly: dict[str, Any] | None = None,
    ignore_readonly: bool = False,
) -> dict[str, Any]:
    """Validate a payload for ``owner``; return the clean data or raise Invalid.

    Besides the schema this checks what needs the database: the availability narrowing
    lies inside the owner's area, and ``adopted_from`` names an existing instrument.
    """
    schema = InstrumentSchema(readonly=readonly, ignore_readonly=ignore_readonly)
    try:
        data = schema.load(payload)
    except ValidationError as exc:
        raise Invalid(flatten_errors(exc.messages)) from None
    problems = availability_problems(owner, data.get("availability", {}))
    adopted = data.get("adopted_from")
    if adopted is not None and db.session.get(Instrument, adopted) is None:
        problems.append(("adopted_from", "Dit instrument bestaat niet (meer)."))
    if problems:
        raise Invalid(problems)
    return data


def instrument_create(
    actor: User | None, owner: Organisation, payload: Any, *, ignore_readonly: bool = False
) -> Instrument:
    """Create a draft instrument of ``owner`` from a payload in the format."""
    _require(actor, "instrument.create", owner)
    data = validate_instrument(owner, payload, ignore_readonly=ignore_readonly)
    wanted_id = data.pop("id", None)
    if wanted_id is not None and db.session.get(Instrument, wanted_id) is not None:
        raise Invalid([("id", "Er bestaat al een instrument met deze id.")])
    instrument = Instrument(id=wanted_id or uuid.uuid4(), owner=owner, status="draft")
    apply_format(instrument, data)
    db.session.add(instrument)
    db.session.flush()
    _after_change(actor, instrument, "created")
    return instrument


def instrument_update(
    actor: User | None,
    instrument: Instrument,
    payload: Any,
    *,
    expected_version: int | None,
    ignore_readonly: bool = False,
) -> Instrument:
    """Replace the content of an instrument; refused when ``expected_version`` is stale.

    ``expected_version`` None is only for the system's own bulk import, which replaces
    what it finds.
    """
    _require(actor, "instrument.update", instrument.owner)
    if expected_version is not None and expected_version != instrument.version:
        raise Conflict(
            "Iemand anders heeft dit instrument intussen gewijzigd. Laad de nieuwste versie en "
            "breng uw wijzigingen opnieuw aan."
        )
    readonly = {
        "id": str(instrument.id),
        "owner": instrument.owner.code,
        "status": instrument.status,
        "version": instrument.version,
    }
    data = validate_instrument(instrument.owner, payload, readonly=readonly, ignore_readonly=ignore_readonly)
    data.pop("id", None)
    before = dump_instrument(instrument)
    apply_format(instrument, data)
    if dump_instrument(instrument) == before:
        return instrument  # nothing changed: no new version, no history, no reindex
    # A change to a list alone touches only child tables; this makes the instrument's own
    # row, and so its version, change with it.
    instrument.updated_at = utcnow()
    db.session.flush()
    _after_change(actor, instrument, "updated")
    return instrument


def instrument_transition(actor: User | None, instrument: Instrument, to: str) -> Instrument:
    """Move an instrument through the workflow (draft → in_review → published → archived)."""
    permission = TRANSITIONS.get((instrument.status, to))
    if permission is None:
        raise Invalid([("status", f"Van '{instrument.status}' naar '{to}' is geen toegestane stap.")])
    _require(actor, permission, instrument.owner)
    if to == "published" and instrument.status == "draft" and instrument.owner.requires_four_eyes and actor is not None:
        raise NotAllowed("Deze organisatie werkt met vier ogen: dien het instrument eerst in ter controle.")
    before = instrument.status
    instrument.status = to
    db.session.flush()
    _after_change(actor, instrument, f"status:{before}->{to}")
    return instrument


def get_instrument(instrument_id: uuid.UUID | str) -> Instrument:
    try:
        key = instrument_id if isinstance(instrument_id, uuid.UUID) else uuid.UUID(str(instrument_id))
    except ValueError:
        raise NotFound("Onbekend instrument.") from None
    instrument = db.session.get(Instrument, key)
    if instrument is None:
        raise NotFound("Onbekend instrument.")
    return instrument


def _after_change(actor: User | None, instrument: Instrument, change: str) -> None:
    record_version(actor, instrument, change)
    record_audit(
        actor,
        f"instrument.{change.split(':')[0]}",
        organisation=instrument.owner,
        object_type="instrument",
        object_id=instrument.id,
        details={"version": instrument.version, "change": change},
    )
    outbox.enqueue(instrument.id, "index")

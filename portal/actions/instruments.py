"""Every write to an instrument: permission, validation, change, history, audit, outbox.

Actions flush but never commit; the caller (a request, a CLI command) commits once. The
``actor`` None is the system itself (the command line run by the operator).
"""

from __future__ import annotations

import uuid
from typing import Any

from marshmallow import ValidationError
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from portal.actions.audit import record_audit, record_version, require
from portal.actions.errors import Conflict, Invalid, NotAllowed, NotFound
from portal.extensions import db
from portal.models import Instrument, InstrumentVersion, Organisation, User
from portal.permissions import has_permission
from portal.schemas.instrument import InstrumentSchema, flatten_errors
from portal.schemas.mapping import apply_format, dump_instrument
from portal.timeutil import today, utcnow
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


TRANSITION_LABELS = {
    ("draft", "in_review"): "Indienen ter controle",
    ("draft", "published"): "Publiceren",
    ("in_review", "published"): "Publiceren",
    ("in_review", "draft"): "Terug naar concept",
    ("published", "draft"): "Offline halen (terug naar concept)",
    ("published", "archived"): "Archiveren",
    ("draft", "archived"): "Archiveren",
    ("in_review", "archived"): "Archiveren",
    ("archived", "draft"): "Terugzetten als concept",
}


def transitions_for(user: User, instrument: Instrument) -> list[tuple[str, str]]:
    """The workflow steps ``user`` may take now, as (to, label), for the buttons.

    Presentation only: ``instrument_transition`` checks again.
    """
    steps = []
    for (source, to), permission in TRANSITIONS.items():
        if source != instrument.status or not has_permission(user, permission, instrument.owner):
            continue
        if to == "published" and instrument.owner.requires_four_eyes:
            if source == "draft" or submitted_by(instrument) == user.id:
                continue
        steps.append((to, TRANSITION_LABELS[(source, to)]))
    return steps


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
    require(actor, "instrument.create", owner)
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


STALE_MESSAGE = (
    "Iemand anders heeft dit instrument intussen gewijzigd. Laad de nieuwste versie en "
    "breng uw wijzigingen opnieuw aan."
)


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
    require(actor, "instrument.update", instrument.owner)
    if expected_version is not None and expected_version != instrument.version:
        raise Conflict(STALE_MESSAGE)
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
    try:
        db.session.flush()
    except StaleDataError:
        # Another save of the same version committed between our read and our write (on
        # PostgreSQL two requests can both read version n; the version check in the UPDATE
        # lets only one through): the same conflict as above, not a server error.
        raise Conflict(STALE_MESSAGE) from None
    _after_change(actor, instrument, "updated")
    return instrument


def instrument_transition(actor: User | None, instrument: Instrument, to: str) -> Instrument:
    """Move an instrument through the workflow (draft → in_review → published → archived)."""
    permission = TRANSITIONS.get((instrument.status, to))
    if permission is None:
        raise Invalid([("status", f"Van '{instrument.status}' naar '{to}' is geen toegestane stap.")])
    require(actor, permission, instrument.owner)
    if to == "published" and instrument.owner.requires_four_eyes and actor is not None:
        if instrument.status == "draft":
            raise NotAllowed("Deze organisatie werkt met vier ogen: dien het instrument eerst in ter controle.")
        if submitted_by(instrument) == actor.id:
            raise NotAllowed("Vier ogen: iemand anders dan de indiener publiceert dit instrument.")
    before = instrument.status
    instrument.status = to
    db.session.flush()
    _after_change(actor, instrument, f"status:{before}->{to}")
    return instrument


def submitted_by(instrument: Instrument) -> int | None:
    """Who last submitted the instrument for review (for the four-eyes rule)."""
    return db.session.scalar(
        select(InstrumentVersion.changed_by_id)
        .where(InstrumentVersion.instrument_id == instrument.id, InstrumentVersion.change == "status:draft->in_review")
        .order_by(InstrumentVersion.version.desc())
        .limit(1)
    )


# Keys that describe this instrument's place in its own organisation, not its content.
_NOT_COPIED = ("id", "owner", "status", "version")
# What stays behind when another organisation adopts an instrument: their people, their
# areas, their results, their registration and their publication planning.
_NOT_ADOPTED = (
    *_NOT_COPIED, "contacts", "availability", "outcomes", "registration_codes",
    "publish_from", "publish_to", "last_reviewed_on", "adopted_from",
)  # fmt: skip


def instrument_duplicate(actor: User | None, instrument: Instrument) -> Instrument:
    """A new draft in the same organisation with the same content, named "(kopie)"."""
    require(actor, "instrument.create", instrument.owner)
    payload = {k: v for k, v in dump_instrument(instrument).items() if k not in _NOT_COPIED}
    payload["name"] = _copy_name(instrument.name)
    return instrument_create(actor, instrument.owner, payload)


def instrument_adopt(actor: User | None, source: Instrument, organisation: Organisation) -> Instrument:
    """ "Overnemen": copy another organisation's published instrument into ``organisation``
    as a draft, remembering where it came from (``adopted_from``)."""
    require(actor, "instrument.create", organisation)
    if not source.is_visible_on(today()):
        raise NotFound("Alleen gepubliceerde instrumenten kunnen worden overgenomen.")
    if source.owner_id == organisation.id:
        raise Invalid([("adopted_from", "Dit instrument is al van uw organisatie; gebruik 'Dupliceren'.")])
    payload = {k: v for k, v in dump_instrument(source).items() if k not in _NOT_ADOPTED}
    payload["adopted_from"] = str(source.id)
    return instrument_create(actor, organisation, payload)


def instrument_mark_reviewed(actor: User | None, instrument: Instrument) -> Instrument:
    """ "Gecontroleerd": the content is still right; only the review date moves."""
    require(actor, "instrument.update", instrument.owner)
    instrument.last_reviewed_on = today()
    instrument.updated_at = utcnow()
    db.session.flush()
    _after_change(actor, instrument, "reviewed")
    return instrument


def instrument_restore_version(
    actor: User | None, instrument: Instrument, version: int, *, expected_version: int
) -> Instrument:
    """Make an old version the content again, as a draft (it must be published anew)."""
    old = db.session.scalar(
        select(InstrumentVersion).where(
            InstrumentVersion.instrument_id == instrument.id, InstrumentVersion.version == version
        )
    )
    if old is None:
        raise NotFound("Deze versie bestaat niet.")
    payload = {k: v for k, v in old.data.items() if k not in _NOT_COPIED}
    instrument_update(actor, instrument, payload, expected_version=expected_version)
    if instrument.status in {"published", "in_review"}:
        instrument_transition(actor, instrument, "draft")
    return instrument


def _copy_name(name: str) -> str:
    suffix = " (kopie)"
    return name[: 150 - len(suffix)] + suffix


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

"""Shortlists: a professional's named lists of instruments, ordered as steps with a note
per step, private or shared with one of their organisations, and a plain-language version
for the inwoner (printable, or reachable by a link while the professional shares it).

A list is its owner's: only the owner changes it. Members of the organisation it is
shared with may read and copy it. To anyone else it does not exist (NotFound).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import bindparam, select

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid, NotAllowed, NotFound
from portal.actions.reading import view_kind
from portal.extensions import db
from portal.models import Instrument, InstrumentContact, Organisation, Shortlist, ShortlistStep, User
from portal.permissions import has_permission
from portal.privacy import personal_data_problems
from portal.timeutil import today, utcnow

MAX_STEPS = 30
MAX_NOTE = 1000


def _require_use(actor: User) -> None:
    if not has_permission(actor, "shortlist.use"):
        raise NotAllowed("Alleen professionals maken lijsten.")


def shortlists_of(user: User) -> list[Shortlist]:
    """The user's own lists, newest change first."""
    return list(db.session.scalars(_OWN_LISTS, {"owner": user.id}))


# Built once (every results page of a professional asks): a statement run again keeps its cache key.
_OWN_LISTS = select(Shortlist).where(Shortlist.owner_id == bindparam("owner")).order_by(Shortlist.updated_at.desc())


def shared_with(user: User) -> list[Shortlist]:
    """Colleagues' lists shared with one of the user's organisations."""
    organisations = {m.organisation_id for m in user.memberships}
    if not organisations:
        return []
    query = (
        select(Shortlist)
        .where(Shortlist.shared_with_id.in_(organisations), Shortlist.owner_id != user.id)
        .order_by(Shortlist.updated_at.desc())
    )
    return list(db.session.scalars(query))


def may_change(user: User | None, shortlist: Shortlist) -> bool:
    return user is not None and shortlist.owner_id == user.id


def shortlist_for(user: User, shortlist_id: int) -> Shortlist:
    """A list the user may read: their own, or one shared with one of their organisations."""
    shortlist = db.session.get(Shortlist, shortlist_id)
    if shortlist is None:
        raise NotFound("Onbekende lijst.")
    if shortlist.owner_id == user.id:
        return shortlist
    if shortlist.shared_with_id is not None and any(
        m.organisation_id == shortlist.shared_with_id for m in user.memberships
    ):
        return shortlist
    raise NotFound("Onbekende lijst.")


def shortlist_by_share_token(token: str) -> Shortlist:
    if not token or len(token) > 64:
        raise NotFound("Onbekende lijst.")
    shortlist = db.session.scalar(select(Shortlist).where(Shortlist.share_token == token))
    if shortlist is None:
        raise NotFound("Onbekende lijst.")
    return shortlist


def _own(actor: User, shortlist: Shortlist) -> None:
    if not may_change(actor, shortlist):
        raise NotAllowed("Alleen wie de lijst maakte, kan hem veranderen. Maak een kopie om zelf verder te gaan.")


def _checked_name(name: str) -> tuple[str, list[tuple[str, str]]]:
    name = (name or "").strip()
    problems = []
    if not name or len(name) > 150:
        problems.append(("name", "Geef de lijst een naam (hoogstens 150 tekens), bijvoorbeeld ‘Route naar werk’."))
    problems += [("name", message) for message in personal_data_problems(name)]
    return name, problems


def _sharing_organisation(actor: User, code: str | None) -> Organisation | None:
    if not code:
        return None
    for membership in actor.memberships:
        if membership.organisation.code == code:
            return membership.organisation
    raise Invalid([("shared_with", "U kunt een lijst alleen delen met uw eigen organisatie.")])


def shortlist_create(actor: User, name: str, shared_with_code: str | None = None) -> Shortlist:
    _require_use(actor)
    name, problems = _checked_name(name)
    if problems:
        raise Invalid(problems)
    shortlist = Shortlist(owner_id=actor.id, name=name, shared_with=_sharing_organisation(actor, shared_with_code))
    db.session.add(shortlist)
    db.session.flush()
    record_audit(actor, "shortlist.create", object_type="shortlist", object_id=shortlist.id)
    return shortlist


def shortlist_update(actor: User, shortlist: Shortlist, name: str, shared_with_code: str | None) -> Shortlist:
    _own(actor, shortlist)
    name, problems = _checked_name(name)
    if problems:
        raise Invalid(problems)
    shortlist.name = name
    shortlist.shared_with = _sharing_organisation(actor, shared_with_code)
    record_audit(actor, "shortlist.update", object_type="shortlist", object_id=shortlist.id)
    return shortlist


def shortlist_delete(actor: User, shortlist: Shortlist) -> None:
    _own(actor, shortlist)
    record_audit(actor, "shortlist.delete", object_type="shortlist", object_id=shortlist.id)
    db.session.delete(shortlist)
    db.session.flush()


def shortlist_copy(actor: User, shortlist: Shortlist) -> Shortlist:
    """A private copy for ``actor`` of a list they may read (steps and notes included)."""
    _require_use(actor)
    copy = Shortlist(owner_id=actor.id, name=f"{shortlist.name} (kopie)"[:150])
    copy.steps = [
        ShortlistStep(instrument_id=s.instrument_id, position=s.position, note=s.note) for s in shortlist.steps
    ]
    db.session.add(copy)
    db.session.flush()
    record_audit(actor, "shortlist.copy", object_type="shortlist", object_id=copy.id, details={"from": shortlist.id})
    return copy


def step_add(actor: User, shortlist: Shortlist, instrument: Instrument) -> ShortlistStep:
    _own(actor, shortlist)
    if view_kind(actor, instrument) is None:
        raise NotFound("Onbekend instrument.")
    if any(step.instrument_id == instrument.id for step in shortlist.steps):
        raise Invalid([("instrument", f"‘{instrument.name}’ staat al op de lijst ‘{shortlist.name}’.")])
    if len(shortlist.steps) >= MAX_STEPS:
        raise Invalid([("instrument", f"Een lijst heeft hoogstens {MAX_STEPS} stappen.")])
    step = ShortlistStep(instrument=instrument, position=len(shortlist.steps) + 1)
    shortlist.steps.append(step)
    _changed(actor, shortlist, "step_add")
    db.session.flush()
    return step


def _step(shortlist: Shortlist, step_id: int) -> ShortlistStep:
    for step in shortlist.steps:
        if step.id == step_id:
            return step
    raise NotFound("Onbekende stap.")


def _renumber(steps: list[ShortlistStep]) -> None:
    for position, step in enumerate(steps, start=1):
        step.position = position


def _changed(actor: User, shortlist: Shortlist, action: str) -> None:
    """Every change of a list is dated and audited (never with its texts)."""
    shortlist.updated_at = utcnow()
    record_audit(actor, f"shortlist.{action}", object_type="shortlist", object_id=shortlist.id)


def step_move(actor: User, shortlist: Shortlist, step_id: int, offset: int) -> None:
    """Move a step ``offset`` places (-1 = one up, 1 = one down); the ends stay where they are."""
    _own(actor, shortlist)
    steps = list(shortlist.steps)
    step = _step(shortlist, step_id)
    old = steps.index(step)
    new = max(0, min(len(steps) - 1, old + offset))
    steps.insert(new, steps.pop(old))
    _renumber(steps)
    _changed(actor, shortlist, "step_move")


def steps_reorder(actor: User, shortlist: Shortlist, step_ids: list[int]) -> None:
    """Put the steps in the given order; the ids must be exactly the list's steps."""
    _own(actor, shortlist)
    if sorted(step_ids) != sorted(s.id for s in shortlist.steps):
        raise Invalid([("order", "De volgorde past niet bij de stappen op de lijst. Laad de pagina opnieuw.")])
    _renumber([_step(shortlist, step_id) for step_id in step_ids])
    _changed(actor, shortlist, "step_move")


def step_note(actor: User, shortlist: Shortlist, step_id: int, note: str) -> ShortlistStep:
    _own(actor, shortlist)
    step = _step(shortlist, step_id)
    note = (note or "").strip()
    problems = []
    if len(note) > MAX_NOTE:
        problems.append(("note", f"Een notitie is hoogstens {MAX_NOTE} tekens."))
    problems += [("note", message) for message in personal_data_problems(note)]
    if problems:
        raise Invalid(problems)
    step.note = note
    _changed(actor, shortlist, "step_note")
    return step


def step_remove(actor: User, shortlist: Shortlist, step_id: int) -> None:
    _own(actor, shortlist)
    step = _step(shortlist, step_id)
    shortlist.steps.remove(step)
    _renumber(shortlist.steps)
    _changed(actor, shortlist, "step_remove")
    db.session.flush()


def sharing_link(actor: User, shortlist: Shortlist, on: bool) -> str | None:
    """Start (a new link) or stop sharing the plain-language version by a link."""
    _own(actor, shortlist)
    shortlist.share_token = secrets.token_urlsafe(24) if on else None
    record_audit(
        actor, "shortlist.link_on" if on else "shortlist.link_off", object_type="shortlist", object_id=shortlist.id
    )
    return shortlist.share_token


@dataclass(frozen=True)
class PlainStep:
    """One step as the inwoner gets it: public texts only (or only the professional's note
    when the instrument has no public part)."""

    number: int
    note: str
    instrument: Instrument | None  # None: no public part; the note is all there is
    contacts: list[InstrumentContact]


def plain_steps(shortlist: Shortlist) -> list[PlainStep]:
    """The steps of the list for the inwoner: instruments that are no longer published are
    left out; for instruments without a public part only the professional's note is shown."""
    steps = []
    for step in shortlist.steps:
        kind = view_kind(None, step.instrument)
        if kind is None and not step.instrument.is_visible_on(today()):
            continue
        public = kind == "public"
        steps.append(
            PlainStep(
                number=len(steps) + 1,
                note=step.note,
                instrument=step.instrument if public else None,
                contacts=[c for c in step.instrument.contacts if c.public] if public else [],
            )
        )
    return steps


def lists_for_adding(user: User | None) -> list[Shortlist] | None:
    """The lists the "Op lijst" buttons offer: the user's own, newest first; None for
    anyone who may not keep lists (no buttons)."""
    if user is None or not has_permission(user, "shortlist.use"):
        return None
    return shortlists_of(user)

"""Routes between instruments: editors of the instrument a route starts from link it to a
next step, a step back or an alternative, of their own or of another organisation; every
viewer sees only the routes to instruments they may see themselves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, bindparam, or_, select

from portal.actions.audit import record_audit, require
from portal.actions.errors import Invalid, NotFound
from portal.actions.reading import view_kind, visible_clause
from portal.extensions import db
from portal.models import ROUTE_KINDS, Instrument, InstrumentRoute, User
from portal.permissions import has_permission
from portal.privacy import personal_data_problems
from portal.timeutil import today

MAX_NOTE = 2000

# How a route reads from the instrument at either end.
OUTGOING = {"next": "Volgende stap", "back": "Stap terug", "alternative": "Alternatief"}
INCOMING = {"next": "Komt na", "back": "Stap terug vanuit", "alternative": "Alternatief"}


@dataclass(frozen=True)
class RouteView:
    route: InstrumentRoute
    other: Instrument
    label: str
    outgoing: bool

    @property
    def ladder_direction(self) -> str | None:
        """'up', 'down' or 'level' on the participatieladder, from this instrument's aim to
        the other's; None when either lacks a ladder."""
        here = self.route.source if self.outgoing else self.route.target
        there = self.other
        if here.ladder_to is None or there.ladder_to is None:
            return None
        if there.ladder_to > here.ladder_to:
            return "up"
        if there.ladder_to < here.ladder_to:
            return "down"
        return "level"


@dataclass(frozen=True)
class Routes:
    onward: list[RouteView]  # next steps from here
    back: list[RouteView]  # steps back from here
    alternatives: list[RouteView]
    coming_from: list[RouteView]  # instruments that lead here (next or back)

    def __bool__(self) -> bool:
        return bool(self.onward or self.back or self.alternatives or self.coming_from)


# Built once (every instrument page asks): a statement run again keeps its cache key.
_ROUTES_OF = (
    select(InstrumentRoute)
    .where(or_(InstrumentRoute.from_id == bindparam("key"), InstrumentRoute.to_id == bindparam("key")))
    .order_by(InstrumentRoute.id)
)


def routes_for(viewer: User | None, instrument: Instrument, *, public: bool = False) -> Routes:
    """The routes of ``instrument`` to instruments ``viewer`` may see (on a public page:
    only instruments with a visible public part)."""
    found = Routes([], [], [], [])
    for route in db.session.scalars(_ROUTES_OF, {"key": instrument.id}):
        outgoing = route.from_id == instrument.id
        other = route.target if outgoing else route.source
        kind = view_kind(None if public else viewer, other)
        if kind is None or (public and kind != "public"):
            continue
        label = (OUTGOING if outgoing else INCOMING)[route.kind]
        view = RouteView(route, other, label, outgoing)
        if route.kind == "alternative":
            found.alternatives.append(view)
        elif outgoing:
            (found.onward if route.kind == "next" else found.back).append(view)
        else:
            found.coming_from.append(view)
    return found


def may_manage_routes(user: User | None, instrument: Instrument) -> bool:
    """Whether ``user`` may add and remove the routes that start at ``instrument``."""
    return user is not None and has_permission(user, "instrument.update", instrument.owner)


def route_candidates(actor: User, source: Instrument, text: str, limit: int = 20) -> list[Instrument]:
    """Instruments ``actor`` may link ``source`` to whose name contains ``text``."""
    text = (text or "").strip()[:100]
    if len(text) < 2:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        select(Instrument)
        .where(
            visible_clause(actor, today()),
            Instrument.status != "archived",
            Instrument.id != source.id,
            Instrument.name.ilike(pattern, escape="\\"),
        )
        .order_by(Instrument.name)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def route_create(
    actor: User | None, source: Instrument, target: Instrument | None, kind: str, procedure_note: str, income_note: str
) -> InstrumentRoute:
    require(
        actor,
        "instrument.update",
        source.owner,
        "Alleen redacteuren van de eigenaar leggen routes vanaf dit instrument.",
    )
    problems: list[tuple[str, str]] = []
    if kind not in ROUTE_KINDS:
        problems.append(("kind", "Kies of het een volgende stap, een stap terug of een alternatief is."))
    if target is None or (actor is not None and view_kind(actor, target) is None) or target.status == "archived":
        problems.append(("target", "Kies een instrument uit de zoekresultaten."))
    elif target.id == source.id:
        problems.append(("target", "Een instrument kan niet naar zichzelf leiden."))
    notes = {"procedure_note": (procedure_note or "").strip(), "income_note": (income_note or "").strip()}
    for key, value in notes.items():
        if len(value) > MAX_NOTE:
            problems.append((key, f"Een toelichting is hoogstens {MAX_NOTE} tekens."))
        problems += [(key, message) for message in personal_data_problems(value)]
    if not problems and _exists(source, target, kind):
        problems.append(("target", f"Deze route bestaat al: ‘{target.name}’ als {ROUTE_KINDS[kind].lower()}."))
    if problems:
        raise Invalid(problems)
    route = InstrumentRoute(source=source, target=target, kind=kind, created_by=actor.id if actor else None, **notes)
    db.session.add(route)
    db.session.flush()
    record_audit(
        actor,
        "route.create",
        organisation=source.owner,
        object_type="instrument",
        object_id=source.id,
        details={"to": str(target.id), "kind": kind},
    )
    return route


def _exists(source: Instrument, target: Instrument, kind: str) -> bool:
    same = and_(InstrumentRoute.from_id == source.id, InstrumentRoute.to_id == target.id)
    if kind == "alternative":  # an alternative goes both ways
        reverse = and_(InstrumentRoute.from_id == target.id, InstrumentRoute.to_id == source.id)
        condition = and_(or_(same, reverse), InstrumentRoute.kind == kind)
    else:
        condition = and_(same, InstrumentRoute.kind == kind)
    return db.session.scalar(select(InstrumentRoute.id).where(condition).limit(1)) is not None


def route_for_editor(actor: User, route_id: int) -> InstrumentRoute:
    route = db.session.get(InstrumentRoute, route_id)
    if route is None or view_kind(actor, route.source) != "editor":
        raise NotFound("Onbekende route.")
    return route


def route_delete(actor: User | None, route: InstrumentRoute) -> None:
    require(actor, "instrument.update", route.source.owner)
    record_audit(
        actor,
        "route.delete",
        organisation=route.source.owner,
        object_type="instrument",
        object_id=route.from_id,
        details={"to": str(route.to_id), "kind": route.kind},
    )
    db.session.delete(route)
    db.session.flush()

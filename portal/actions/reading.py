"""What a viewer may see. Every page that shows instruments asks here, never decides itself.

Three ways to see an instrument:
- ``public``: anyone; published, inside its window, with a visible public part; only the
  public texts and public contacts are shown.
- ``internal``: professionals and every member of an organisation; all published instruments
  with their internal fields.
- ``editor``: members of the owning organisation with ``instrument.read_drafts``; also
  drafts and archived instruments of their own organisation.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import joinedload

from portal.actions.errors import NotFound
from portal.extensions import db
from portal.models import Gemeente, Instrument, InstrumentVersion, Organisation, User
from portal.permissions import has_permission, organisations_where
from portal.timeutil import today
from tenants.areas import available_in_clause, get_gemeente, public_clause, published_clause


def may_read_internal(user: User | None) -> bool:
    return (
        user is not None
        and user.is_active
        and (has_permission(user, "instrument.read_internal") or has_permission(user, "instrument.read_drafts"))
    )


def view_kind(user: User | None, instrument: Instrument) -> str | None:
    """How ``user`` may see ``instrument``: 'editor', 'internal', 'public' or None."""
    if user is not None and has_permission(user, "instrument.read_drafts", instrument.owner):
        return "editor"
    if not instrument.is_visible_on(today()):
        return None
    if may_read_internal(user):
        return "internal"
    return "public" if instrument.public_visible else None


def published_for(user: User | None, on: dt.date):
    """SQL condition on Instrument: the published instruments ``user`` may see on ``on`` —
    every one for professionals and members, those with a public part for anyone else."""
    return published_clause(on) if may_read_internal(user) else public_clause(on)


def visible_clause(user: User | None, on: dt.date):
    """SQL condition on Instrument: the instruments ``user`` may list — what ``view_kind``
    allows, without the archived ones of their own organisations."""
    visible = published_for(user, on)
    own = [o.id for o in organisations_where(user, "instrument.read_drafts")] if user is not None else []
    if own:
        visible = or_(visible, and_(Instrument.owner_id.in_(own), Instrument.status != "archived"))
    return visible


# Built once: a statement that is run again keeps its cache key, so SQLAlchemy does not build
# and key it anew on every page (a tenth of a millisecond of an instrument page's three).
_BY_KEY = select(Instrument).options(joinedload(Instrument.owner)).where(Instrument.id == bindparam("key"))
_BY_KEY_WITH_SIMILAR = _BY_KEY.options(joinedload(Instrument.similar_list))


def instrument_for_viewer(
    user: User | None, instrument_id: str, *, with_similar: bool = False
) -> tuple[Instrument, str]:
    """The instrument and how ``user`` may see it (NotFound when not at all), loaded with its
    owner (which deciding needs) and, ``with_similar``, its stored "Meer zoals dit", in one query."""
    try:
        key = uuid.UUID(instrument_id)
    except ValueError:
        raise NotFound("Onbekend instrument.") from None
    statement = _BY_KEY_WITH_SIMILAR if with_similar else _BY_KEY
    instrument = db.session.execute(statement, {"key": key}).scalar_one_or_none()
    kind = view_kind(user, instrument) if instrument else None
    if kind is None:
        raise NotFound("Onbekend instrument.")
    return instrument, kind


def instruments_in_gemeente_for_viewer(user: User | None, gemeente: Gemeente | str) -> list[Instrument]:
    """Published instruments available in the gemeente that ``user`` may see, by name."""
    gemeente = get_gemeente(gemeente)
    on = today()
    query = select(Instrument).where(available_in_clause(gemeente, on), published_for(user, on))
    return list(db.session.scalars(query.order_by(Instrument.name)))


def instrument_for_editor(user: User, instrument_id: str) -> Instrument:
    """An instrument of one of the user's own organisations; NotFound for anything else,
    so that other organisations' drafts cannot even be shown to exist."""
    try:
        key = uuid.UUID(instrument_id)
    except ValueError:
        raise NotFound("Onbekend instrument.") from None
    instrument = db.session.get(Instrument, key)
    if instrument is None or not has_permission(user, "instrument.read_drafts", instrument.owner):
        raise NotFound("Onbekend instrument.")
    return instrument


def version_data(instrument: Instrument, version: int) -> dict | None:
    """The format of the instrument as it was saved at ``version``."""
    row = db.session.scalar(
        select(InstrumentVersion).where(
            InstrumentVersion.instrument_id == instrument.id, InstrumentVersion.version == version
        )
    )
    return row.data if row else None


def versions_of(instrument: Instrument) -> list[InstrumentVersion]:
    return list(
        db.session.scalars(
            select(InstrumentVersion)
            .where(InstrumentVersion.instrument_id == instrument.id)
            .order_by(InstrumentVersion.version.desc())
        )
    )


def organisation_for(user: User, code: str, permission: str) -> Organisation:
    """An organisation in which ``user`` holds ``permission``; NotFound for any other."""
    organisation = db.session.scalar(select(Organisation).where(Organisation.code == code))
    if organisation is None or not has_permission(user, permission, organisation):
        raise NotFound("Onbekende organisatie.")
    return organisation

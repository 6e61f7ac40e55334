"""What's new: recently published and changed instruments of an organisation or of all
organisations in an arbeidsmarktregio, as the viewer may see them (the public page and its
Atom feed show public instruments to anyone; a logged-in professional sees every published
instrument)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from portal.actions.reading import may_read_internal
from portal.extensions import db
from portal.models import Gemeente, Instrument, InstrumentVersion, Organisation, ServiceArea, User
from portal.timeutil import today, utcnow
from tenants.areas import public_clause, published_clause

WINDOW_DAYS = 90
LIMIT = 50


@dataclass(frozen=True)
class NewsItem:
    instrument: Instrument
    new: bool  # first published inside the window; otherwise changed
    at: dt.datetime


def organisations_in_region(region_code: str) -> list[Organisation]:
    """The region's own organisation, its gemeenten, and every samenwerkingsverband serving
    a gemeente of the region."""
    gemeenten = select(Gemeente.code).where(Gemeente.region_code == region_code)
    serving = select(ServiceArea.organisation_id).where(ServiceArea.gemeente_code.in_(gemeenten))
    query = select(Organisation).where(
        or_(
            Organisation.region_code == region_code,
            Organisation.gemeente_code.in_(gemeenten),
            Organisation.id.in_(serving),
        )
    )
    return list(db.session.scalars(query.order_by(Organisation.name)))


def recent_changes(
    viewer: User | None, organisations: list[Organisation], *, days: int = WINDOW_DAYS, limit: int = LIMIT
) -> list[NewsItem]:
    """Instruments of ``organisations`` that were published or changed in the last ``days``
    days, newest first."""
    if not organisations:
        return []
    since = utcnow() - dt.timedelta(days=days)
    visible = published_clause(today()) if may_read_internal(viewer) else public_clause(today())
    query = (
        select(Instrument)
        .where(Instrument.owner_id.in_([o.id for o in organisations]), visible, Instrument.updated_at >= since)
        .order_by(Instrument.updated_at.desc(), Instrument.name)
        .limit(limit)
    )
    instruments = list(db.session.scalars(query))
    first_published = _first_published([i.id for i in instruments])
    items = []
    for instrument in instruments:
        # Imported instruments can be published from the start: then their creation counts.
        published = _aware(first_published.get(instrument.id)) or _aware(instrument.created_at)
        new = published >= since
        items.append(NewsItem(instrument, new, _aware(instrument.updated_at)))
    return items


def _first_published(ids: list) -> dict:
    if not ids:
        return {}
    query = (
        select(InstrumentVersion.instrument_id, func.min(InstrumentVersion.changed_at))
        .where(InstrumentVersion.instrument_id.in_(ids), InstrumentVersion.change.like("status:%->published"))
        .group_by(InstrumentVersion.instrument_id)
    )
    return dict(db.session.execute(query).all())


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives naive datetimes back; they are UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment

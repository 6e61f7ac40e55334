"""What's new: recently published and changed instruments of an organisation or of all
organisations in an arbeidsmarktregio, as the viewer may see them (the public page and its
Atom feed show public instruments to anyone; a logged-in professional sees every published
instrument)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from portal.actions.reading import published_for
from portal.extensions import db
from portal.models import Gemeente, Instrument, InstrumentVersion, Organisation, ServiceArea, User
from portal.timeutil import as_utc, today, utcnow

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

    query = (
        select(Instrument)
        .where(
            Instrument.owner_id.in_([o.id for o in organisations]),
            published_for(viewer, today()),
            Instrument.updated_at >= since,
        )
        .order_by(Instrument.updated_at.desc(), Instrument.name)
        .limit(limit)
    )
    instruments = list(db.session.scalars(query))
    first_published = _first_published([i.id for i in instruments])
    items = []
    for instrument in instruments:
        # Imported instruments can be published from the start: then their creation counts.
        published = as_utc(first_published.get(instrument.id)) or as_utc(instrument.created_at)
        new = published >= since
        items.append(NewsItem(instrument, new, as_utc(instrument.updated_at)))
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

"""Which organisations serve a gemeente, and which instruments are available there.

The rules of FORMAT.md ("Availability"): an instrument is available in its owner's whole
area unless ``availability`` narrows it to regions or gemeenten inside that area. So the
instruments available in gemeente X are those of X itself, of every samenwerkingsverband
that serves X on the date, of X's arbeidsmarktregio and of the national organisations,
minus those narrowed to areas that do not include X.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, and_, exists, or_, select

from portal.extensions import db
from portal.models import (
    Gemeente,
    Instrument,
    InstrumentGemeente,
    InstrumentRegion,
    Organisation,
    ServiceArea,
)
from portal.timeutil import today


class UnknownArea(LookupError):
    """A gemeente or region code that the reference data does not know."""


def get_gemeente(gemeente: Gemeente | str) -> Gemeente:
    if isinstance(gemeente, Gemeente):
        return gemeente
    found = db.session.get(Gemeente, gemeente)
    if found is None:
        raise UnknownArea(f"Onbekende gemeente {gemeente!r}.")
    return found


def gemeente_named(text: str) -> Gemeente | None:
    """The gemeente ``text`` names: its code or its name, in any case; None for neither."""
    from portal.reference_cache import cached

    text = text.strip().lower()
    code = cached("gemeente_codes", _gemeente_codes).get(text) if text else None
    return db.session.get(Gemeente, code) if code else None


def _gemeente_codes() -> dict[str, str]:
    """Lower-case name and code → code, of every gemeente (reference data)."""
    codes = {}
    # Active gemeenten last: a name that a former gemeente shared is the current one's.
    for code, name in db.session.execute(select(Gemeente.code, Gemeente.name).order_by(Gemeente.active)):
        codes[name.lower()] = code
        codes[code.lower()] = code
    return codes


def _serving_clause(gemeente: Gemeente, on: dt.date):
    serves_via_area = exists().where(
        ServiceArea.organisation_id == Organisation.id,
        ServiceArea.gemeente_code == gemeente.code,
        or_(ServiceArea.valid_from.is_(None), ServiceArea.valid_from <= on),
        or_(ServiceArea.valid_to.is_(None), ServiceArea.valid_to >= on),
    )
    return or_(
        and_(Organisation.type == "gemeente", Organisation.gemeente_code == gemeente.code),
        and_(Organisation.type == "samenwerkingsverband", serves_via_area),
        and_(Organisation.type == "arbeidsmarktregio", Organisation.region_code == gemeente.region_code),
        Organisation.type == "landelijk",
    )


def organisations_serving(gemeente: Gemeente | str, on: dt.date | None = None) -> list[Organisation]:
    """The organisations whose area includes ``gemeente`` on ``on`` (default: today)."""
    gemeente = get_gemeente(gemeente)
    on = on or today()
    order = {"gemeente": 0, "samenwerkingsverband": 1, "arbeidsmarktregio": 2, "landelijk": 3}
    found = db.session.scalars(select(Organisation).where(_serving_clause(gemeente, on))).all()
    return sorted(found, key=lambda o: (order[o.type], o.name))


def organisation_ids_serving(gemeente: Gemeente | str, on: dt.date | None = None) -> frozenset[int]:
    """The ids of ``organisations_serving`` (what a search filter needs, without the rows);
    kept a minute per gemeente and date (portal/reference_cache.py): every search in a
    gemeente asks."""
    from portal.reference_cache import cached

    gemeente, on = get_gemeente(gemeente), on or today()

    def load() -> frozenset[int]:  # the query is built only when the cache has no answer
        return frozenset(db.session.scalars(select(Organisation.id).where(_serving_clause(gemeente, on))))

    return cached(f"serving:{gemeente.code}:{on}", load)


def available_in_clause(gemeente: Gemeente, on: dt.date):
    """SQL condition on Instrument: available to inwoners of ``gemeente`` on ``on`` (area only)."""
    owner_serves = exists().where(Organisation.id == Instrument.owner_id, _serving_clause(gemeente, on))
    narrowed = or_(
        exists().where(InstrumentRegion.instrument_id == Instrument.id),
        exists().where(InstrumentGemeente.instrument_id == Instrument.id),
    )
    named = or_(
        exists().where(
            InstrumentGemeente.instrument_id == Instrument.id,
            InstrumentGemeente.gemeente_code == gemeente.code,
        ),
        exists().where(
            InstrumentRegion.instrument_id == Instrument.id,
            InstrumentRegion.region_code == gemeente.region_code,
        ),
    )
    return and_(owner_serves, or_(Instrument.available_nationally, ~narrowed, named))


def published_clause(on: dt.date):
    """SQL condition on Instrument: published and inside its publication window."""
    return and_(
        Instrument.status == "published",
        or_(Instrument.publish_from.is_(None), Instrument.publish_from <= on),
        or_(Instrument.publish_to.is_(None), Instrument.publish_to >= on),
    )


def public_clause(on: dt.date):
    """SQL condition on Instrument: what anonymous visitors may see — published, inside its
    window, and with a visible public part (the public pages, open data, sitemap, API)."""
    return and_(published_clause(on), Instrument.public_visible)


def instruments_available_in_query(
    gemeente: Gemeente | str, on: dt.date | None = None, *, published_only: bool = True
) -> Select:
    gemeente = get_gemeente(gemeente)
    on = on or today()
    query = select(Instrument).where(available_in_clause(gemeente, on))
    if published_only:
        query = query.where(published_clause(on))
    return query.order_by(Instrument.name)


def instruments_available_in(
    gemeente: Gemeente | str, on: dt.date | None = None, *, published_only: bool = True
) -> list[Instrument]:
    """Instruments available to inwoners of ``gemeente`` on ``on`` (default: today).

    ``published_only`` (the default) keeps only instruments that are published and inside
    their publication window on that date.
    """
    return list(db.session.scalars(instruments_available_in_query(gemeente, on, published_only=published_only)))


def area_gemeente_codes(organisation: Organisation) -> set[str] | None:
    """Every gemeente the organisation's area has ever included; None means the whole country."""
    if organisation.type == "landelijk":
        return None
    if organisation.type == "gemeente":
        return {organisation.gemeente_code} if organisation.gemeente_code else set()
    if organisation.type == "arbeidsmarktregio":
        return set(db.session.scalars(select(Gemeente.code).where(Gemeente.region_code == organisation.region_code)))
    return {area.gemeente_code for area in organisation.service_areas}


def availability_problems(organisation: Organisation, availability: dict) -> list[tuple[str, str]]:
    """Why an ``availability`` narrowing is not allowed for this owner, as (key, message)."""
    problems: list[tuple[str, str]] = []
    regions = availability.get("regions", [])
    gemeenten = availability.get("gemeenten", [])
    known_regions = set(db.session.scalars(select(Gemeente.region_code).distinct())) if regions else set()
    known_gemeenten = (
        set(db.session.scalars(select(Gemeente.code).where(Gemeente.code.in_(gemeenten)))) if gemeenten else set()
    )
    for code in regions:
        if code not in known_regions:
            problems.append(("availability.regions", f"Onbekende arbeidsmarktregio {code}."))
    for code in gemeenten:
        if code not in known_gemeenten:
            problems.append(("availability.gemeenten", f"Onbekende gemeente {code}."))
    if availability.get("national") and organisation.type != "landelijk":
        problems.append(
            ("availability.national", "Alleen een landelijke organisatie biedt instrumenten in het hele land aan.")
        )
    area = area_gemeente_codes(organisation)
    if area is None or problems:
        return problems
    for code in gemeenten:
        if code not in area:
            problems.append(
                ("availability.gemeenten", f"Gemeente {code} valt buiten het werkgebied van {organisation.name}.")
            )
    for code in regions:
        region_gemeenten = set(
            db.session.scalars(select(Gemeente.code).where(Gemeente.region_code == code, Gemeente.active))
        )
        if not region_gemeenten or not region_gemeenten <= area:
            problems.append(
                (
                    "availability.regions",
                    f"Regio {code} valt niet helemaal binnen het werkgebied van {organisation.name}.",
                )
            )
    return problems

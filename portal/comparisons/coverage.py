"""The coverage matrix: per area (gemeente or arbeidsmarktregio) and per value of a dimension
(fase, doelgroep, ...), how many instruments are available to inwoners of that area.

Availability follows FORMAT.md exactly as ``tenants.areas.available_in_clause`` does (own
gemeente, samenwerkingsverbanden serving it on the date, its region, national; narrowing by
gemeenten or regions), but computed for all areas at once: instruments are grouped by their
*audience* (owner and narrowing), each audience's gemeenten are worked out once, and its
counts are added to every area it reaches. A region counts an instrument once, whatever
the number of its gemeenten that have it. Tests compare every cell with
``instruments_available_in`` for sample gemeenten.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from portal.codelists import labels
from portal.extensions import db
from portal.models import (
    Arbeidsmarktregio,
    Gemeente,
    Instrument,
    InstrumentCode,
    InstrumentGemeente,
    InstrumentRegion,
    Organisation,
    ServiceArea,
)
from portal.timeutil import today
from tenants.areas import published_clause

DIMENSIONS = {
    "tiles": "Fase in de dienstverlening",
    "target_groups": "Doelgroepen",
    "client_characteristics": "Persoonskenmerken",
    "ladder": "Participatieladder",
    "implementation": "Uitvoeringsvorm",
    "legal_basis": "Wettelijk kader",
}
LADDER = {
    str(rung): label
    for rung, label in enumerate(
        (
            "Geïsoleerd",
            "Sociale contacten buiten de deur",
            "Deelname aan georganiseerde activiteiten",
            "Onbetaald werk",
            "Betaald werk met ondersteuning",
            "Betaald werk",
        ),
        start=1,
    )
}


EMPTY: dict[str, int] = {}


def _run(statement):
    """Core execution on the session's connection: these are plain rows, and the ORM's row
    handling cost more than the queries at 20,000 instruments."""
    return db.session.connection().execute(statement)


@dataclass
class Matrix:
    dimension: str
    area_kind: str  # "gemeente" or "region"
    areas: list[tuple[str, str]]  # (code, name), in the order shown
    values: list[tuple[str, str]]  # (code, label) of the dimension
    counts: dict[str, Counter] = field(default_factory=dict)  # area → value → instruments
    totals: dict[str, int] = field(default_factory=dict)  # area → instruments available at all
    on: dt.date | None = None

    def count(self, area: str, value: str) -> int:
        return self.counts.get(area, EMPTY).get(value, 0)

    def rows(self) -> list[tuple[str, str, int, list[int]]]:
        """(area code, name, total, count per value) in display order: what the page, the
        exports and the tests read, so they show the same numbers."""
        out = []
        for code, name in self.areas:
            found = self.counts.get(code, EMPTY)
            out.append((code, name, self.totals.get(code, 0), [found.get(value, 0) for value, _ in self.values]))
        return out

    def gaps(self) -> int:
        return sum(row[3].count(0) for row in self.rows())


def value_labels(dimension: str) -> list[tuple[str, str]]:
    if dimension == "ladder":
        return list(LADDER.items())
    return list(labels(dimension).items())


def _value_expression(dimension: str):
    """The column(s) holding the dimension's values, and the join needed to reach them."""
    if dimension == "implementation":
        return (Instrument.implementation,), None
    if dimension == "ladder":
        return (Instrument.ladder_from, Instrument.ladder_to), None
    on = and_(InstrumentCode.instrument_id == Instrument.id, InstrumentCode.list_name == dimension)
    return (InstrumentCode.code,), on


def _expand(dimension: str, row) -> list[str]:
    if dimension == "ladder":
        low, high = row
        return [] if low is None else [str(rung) for rung in range(low, (high or low) + 1)]
    return [row[0]] if row[0] is not None else []


def _value_counts(dimension: str, condition):
    """(owner id, value, number of instruments) for the instruments meeting ``condition``."""
    columns, join = _value_expression(dimension)
    query = select(Instrument.owner_id, *columns, func.count()).where(condition)
    if join is not None:
        query = query.join(InstrumentCode, join)
    for row in _run(query.group_by(Instrument.owner_id, *columns)):
        owner_id, *value, number = row
        for item in _expand(dimension, value):
            yield owner_id, item, number


def _instrument_values(dimension: str, condition) -> dict:
    """instrument id → the dimension's values, for the instruments meeting ``condition``."""
    columns, join = _value_expression(dimension)
    query = select(Instrument.id, *columns).where(condition)
    if join is not None:
        query = query.join(InstrumentCode, join)
    values: dict = defaultdict(set)
    for instrument_id, *value in _run(query):
        values[instrument_id].update(_expand(dimension, value))
    return values


def _served(on: dt.date, all_gemeenten: frozenset[str], members: dict[str, frozenset[str]]) -> dict[int, frozenset]:
    """organisation id → the gemeenten it serves on ``on``."""
    areas: dict[int, set[str]] = defaultdict(set)
    rows = _run(
        select(ServiceArea.organisation_id, ServiceArea.gemeente_code).where(
            or_(ServiceArea.valid_from.is_(None), ServiceArea.valid_from <= on),
            or_(ServiceArea.valid_to.is_(None), ServiceArea.valid_to >= on),
        )
    )
    for organisation_id, code in rows:
        areas[organisation_id].add(code)
    served: dict[int, frozenset] = {}
    for org_id, kind, gemeente, region in _run(
        select(Organisation.id, Organisation.type, Organisation.gemeente_code, Organisation.region_code)
    ):
        if kind == "gemeente":
            served[org_id] = frozenset({gemeente}) if gemeente else frozenset()
        elif kind == "arbeidsmarktregio":
            served[org_id] = members.get(region, frozenset())
        elif kind == "landelijk":
            served[org_id] = all_gemeenten
        else:
            served[org_id] = frozenset(areas.get(org_id, ()))
    return served


def coverage(
    dimension: str, area_kind: str = "gemeente", area_codes: list[str] | None = None, on: dt.date | None = None
) -> Matrix:
    """The matrix for ``dimension`` over the given areas (all active gemeenten, or all 35
    regions, when ``area_codes`` is None), counting published instruments visible on ``on``."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"Onbekende dimensie {dimension!r}.")
    on = on or today()
    gemeente_rows = _run(select(Gemeente.code, Gemeente.name, Gemeente.region_code, Gemeente.active)).all()
    region_of = {code: region for code, _name, region, _active in gemeente_rows}
    members: dict[str, set[str]] = defaultdict(set)
    for code, _name, region, _active in gemeente_rows:
        members[region].add(code)
    frozen_members = {region: frozenset(codes) for region, codes in members.items()}
    all_gemeenten = frozenset(region_of)
    served = _served(on, all_gemeenten, frozen_members)

    if area_kind == "region":
        names = dict(_run(select(Arbeidsmarktregio.code, Arbeidsmarktregio.name)).all())
        codes = area_codes or sorted(names, key=lambda c: names[c])
    else:
        names = {code: name for code, name, _region, _active in gemeente_rows}
        active = sorted((c for c, _n, _r, a in gemeente_rows if a), key=lambda c: names[c])
        codes = area_codes or active
    unknown = [c for c in codes if c not in names]
    if unknown:
        raise ValueError(f"Onbekende gebieden: {', '.join(unknown)}.")
    wanted = set(codes)

    published = published_clause(on)
    # The database counts per owner over every published instrument (plain GROUP BYs, no
    # per-row subqueries); the narrowed ones, a minority, are then moved one by one from
    # their owner's audience to an audience of their own (same owner and narrowing).
    audiences: dict[tuple, tuple[Counter, int]] = {}
    totals_query = select(Instrument.owner_id, func.count()).where(published).group_by(Instrument.owner_id)
    for owner_id, total in _run(totals_query):
        audiences[(owner_id, None, None)] = (Counter(), total)
    for owner_id, value, number in _value_counts(dimension, published):
        audiences[(owner_id, None, None)][0][value] += number

    narrowing = select(InstrumentGemeente.instrument_id).union(select(InstrumentRegion.instrument_id))
    narrowed_query = select(Instrument.id, Instrument.owner_id).where(
        published, ~Instrument.available_nationally, Instrument.id.in_(narrowing)
    )
    narrowed_ids = dict(_run(narrowed_query).all())
    if narrowed_ids:
        areas: dict = defaultdict(lambda: (set(), set()))
        rows = _run(select(InstrumentGemeente.instrument_id, InstrumentGemeente.gemeente_code))
        for instrument_id, code in rows:
            if instrument_id in narrowed_ids:
                areas[instrument_id][0].add(code)
        rows = _run(select(InstrumentRegion.instrument_id, InstrumentRegion.region_code))
        for instrument_id, code in rows:
            if instrument_id in narrowed_ids:
                areas[instrument_id][1].add(code)
        values = _instrument_values(
            dimension, and_(published, ~Instrument.available_nationally, Instrument.id.in_(narrowing))
        )
        for instrument_id, owner_id in narrowed_ids.items():
            own = values.get(instrument_id, ())
            whole, whole_total = audiences[(owner_id, None, None)]
            whole.subtract(own)
            audiences[(owner_id, None, None)] = (whole, whole_total - 1)
            gemeenten, regions = areas[instrument_id]
            key = (owner_id, frozenset(gemeenten), frozenset(regions))
            tally, total = audiences.get(key, (Counter(), 0))
            tally.update(own)
            audiences[key] = (tally, total + 1)

    matrix = Matrix(dimension, area_kind, [(c, names[c]) for c in codes], value_labels(dimension), on=on)
    counts: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    for (owner_id, gemeenten, regions), (tally, total) in audiences.items():
        reach = served.get(owner_id, frozenset())
        if gemeenten is not None:
            named = set(gemeenten)
            for region in regions:
                named |= frozen_members.get(region, frozenset())
            reach = reach & named
        if not reach:
            continue
        if area_kind == "region":
            targets = {region_of[g] for g in reach} & wanted
        else:
            targets = reach & wanted
        tally = +tally  # drops values that the narrowed ones took away entirely
        for area in targets:
            counts[area].update(tally)
            totals[area] += total
    matrix.counts, matrix.totals = dict(counts), dict(totals)
    return matrix

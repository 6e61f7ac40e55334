"""Costs across areas: per category (fase) and unit, how many instruments have known costs,
and the lowest, median and highest amount. Amounts are only compared within one unit
(per trajectory with per trajectory, per hour with per hour): anything else would need
assumptions about intensity and duration that the format does not hold."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from portal.codelists import labels
from portal.extensions import db
from portal.models import Gemeente, Instrument, InstrumentCode
from portal.timeutil import today
from tenants.areas import available_in_clause, published_clause


@dataclass
class CostRow:
    tile: str
    tile_label: str
    unit: str
    unit_label: str
    known: int  # instruments with an amount in this unit
    minimum: Decimal
    median: Decimal
    maximum: Decimal


@dataclass
class CostTable:
    area: str
    area_name: str
    instruments: int  # available in the area
    without_costs: int
    rows: list[CostRow]

    def scale(self, unit: str) -> Decimal:
        """The highest amount of a unit: the bars of one unit share a scale."""
        return max((r.maximum for r in self.rows if r.unit == unit), default=Decimal(1)) or Decimal(1)


def _condition(area: str):
    """Published instruments available in ``area``: "NL", a region (any of its gemeenten)
    or a gemeente code."""
    on = today()
    if area == "NL":
        return published_clause(on)
    codes = [area]
    if area.startswith("AM"):
        codes = list(db.session.scalars(select(Gemeente.code).where(Gemeente.region_code == area, Gemeente.active)))
    gemeenten = [db.session.get(Gemeente, code) for code in codes]
    return and_(published_clause(on), or_(*(available_in_clause(g, on) for g in gemeenten if g is not None)))


def cost_table(area: str, area_name: str) -> CostTable:
    condition = _condition(area)
    total = db.session.scalar(select(func.count()).select_from(Instrument).where(condition)) or 0
    tiles = and_(InstrumentCode.instrument_id == Instrument.id, InstrumentCode.list_name == "tiles")
    rows = db.session.execute(
        select(Instrument.id, Instrument.costs_amount, Instrument.costs_unit, InstrumentCode.code)
        .join(InstrumentCode, tiles)
        .where(condition)
    )
    amounts: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    without: set = set()
    for instrument_id, amount, unit, tile in rows:
        if amount is None or not unit:
            without.add(instrument_id)
        else:
            amounts[(tile, unit)].append(amount)
    tile_labels, unit_labels = labels("tiles"), labels("costs_unit")
    table_rows = [
        CostRow(
            tile,
            tile_labels.get(tile, tile),
            unit,
            unit_labels.get(unit, unit),
            len(values),
            min(values),
            statistics.median(values),
            max(values),
        )
        for (tile, unit), values in sorted(amounts.items())
    ]
    return CostTable(area, area_name, total, len(without), table_rows)

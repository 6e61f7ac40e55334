"""Side by side: 2 to 5 instruments, field by field, with the rows that differ marked.

Every value is a plain text, so the page, the CSV and the XLSX show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.models import Instrument
from portal.rendering import code_label, money, plain_text

MIN, MAX = 2, 5


@dataclass
class Row:
    label: str
    values: list[str]

    @property
    def differs(self) -> bool:
        return len(set(self.values)) > 1


def _codes(instrument: Instrument, list_name: str) -> str:
    return "; ".join(code_label(code, list_name) for code in instrument.codes_of(list_name)) or "–"


def _ladder(instrument: Instrument) -> str:
    if instrument.ladder_from is None:
        return "–"
    return f"van {instrument.ladder_from} naar {instrument.ladder_to or instrument.ladder_from}"


def _duration(instrument: Instrument) -> str:
    if instrument.duration_value is None:
        return plain_text(instrument.duration_description) or "–"
    return f"{instrument.duration_value} × {code_label(instrument.duration_unit, 'duration_unit')}"


def _intensity(instrument: Instrument) -> str:
    if instrument.intensity_hours_per_week is None:
        return plain_text(instrument.intensity_description) or "–"
    return f"{instrument.intensity_hours_per_week:g} uur per week"


def _costs(instrument: Instrument) -> str:
    if instrument.costs_amount is None:
        return "onbekend"
    return f"{money(instrument.costs_amount)} {code_label(instrument.costs_unit, 'costs_unit')}".strip()


def _results(instrument: Instrument) -> str:
    """The latest year with figures: participants and how many went to paid work."""
    rows = [o for o in instrument.outcomes if o.participants]
    if not rows:
        return "geen cijfers"
    latest = max(rows, key=lambda o: o.year)
    paid = f", {latest.to_paid_work} naar betaald werk" if latest.to_paid_work is not None else ""
    return f"{latest.year}: {latest.participants} deelnemers{paid}"


FIELDS = (
    ("Eigenaar", lambda i: i.owner.name),
    ("Soort dienstverlening", lambda i: code_label(i.instrument_type, "instrument_type")),
    ("Fase", lambda i: _codes(i, "tiles")),
    ("Doelgroepen", lambda i: _codes(i, "target_groups")),
    ("Persoonskenmerken", lambda i: _codes(i, "client_characteristics")),
    ("Participatieladder", _ladder),
    ("Uitvoeringsvorm", lambda i: code_label(i.implementation, "implementation")),
    ("Voorwaarden deelname", lambda i: plain_text(i.participation_conditions) or "–"),
    ("Duur", _duration),
    ("Intensiteit", _intensity),
    ("Kosten", _costs),
    ("Wat betekent het voor het inkomen", lambda i: code_label(i.income_effect, "income_effect") or "–"),
    ("Bewijskracht", lambda i: code_label(i.evidence_level, "evidence_level")),
    ("Resultaten", _results),
)


def side_by_side(instruments: list[Instrument]) -> list[Row]:
    if not MIN <= len(instruments) <= MAX:
        raise ValueError(f"Vergelijk {MIN} tot {MAX} instrumenten.")
    return [Row(label, [extract(i) for i in instruments]) for label, extract in FIELDS]

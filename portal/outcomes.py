"""The yearly outcome figures of an instrument (format: ``outcomes``) as a table and a small
bar chart. On public pages every count below 5 is hidden, so that nobody can be recognised
in a small group; professionals see the figures as entered."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from portal.models import Instrument

SMALL = 5
MEASURES = {
    "participants": _l("Deelnemers"),
    "to_paid_work": _l("Naar betaald werk"),
    "to_education": _l("Naar opleiding"),
    "to_other_participation": _l("Naar andere participatie"),
}


@dataclass(frozen=True)
class Cell:
    value: int | None  # None: not given, or hidden
    hidden: bool = False

    def __str__(self) -> str:
        if self.hidden:
            return "minder dan 5"
        return "–" if self.value is None else f"{self.value:,}".replace(",", ".")


@dataclass(frozen=True)
class OutcomeYear:
    year: int
    cells: dict[str, Cell]


def outcome_years(instrument: Instrument, *, public: bool) -> list[OutcomeYear]:
    """The years with at least one figure, oldest first; small counts hidden when ``public``."""
    years = []
    for row in sorted(instrument.outcomes, key=lambda o: o.year):
        cells = {}
        for key in MEASURES:
            value = getattr(row, key)
            if public and value is not None and value < SMALL:
                cells[key] = Cell(None, hidden=True)
            else:
                cells[key] = Cell(value)
        if any(c.value is not None or c.hidden for c in cells.values()):
            years.append(OutcomeYear(row.year, cells))
    return years


@dataclass(frozen=True)
class Bar:
    measure: str
    x: float
    y: float
    height: float
    value: int


@dataclass(frozen=True)
class Chart:
    """Geometry of a grouped bar chart, drawn by templates/macros/outcomes.html as SVG
    (no scripts, no inline styles: the classes are in portal.css)."""

    width: int
    height: int
    baseline: float
    bars: list[Bar]
    labels: list[tuple[float, int]]  # (x of the middle of a year's group, year)
    maximum: int


def outcome_chart(years: list[OutcomeYear], *, height: int = 160, bar: int = 12, gap: int = 16) -> Chart | None:
    """Bars per year for the figures that are shown; None when there is nothing to draw."""
    values = [c.value for y in years for c in y.cells.values() if c.value is not None]
    if not values or max(values) == 0:
        return None
    maximum = max(values)
    top, bottom = 8, 22
    plot = height - top - bottom
    bars, labels = [], []
    x = float(gap)
    for year in years:
        start = x
        for key in MEASURES:
            cell = year.cells[key]
            if cell.value is not None:
                size = round(plot * cell.value / maximum, 1)
                bars.append(Bar(key, x, top + plot - size, size, cell.value))
            x += bar
        labels.append(((start + x) / 2, year.year))
        x += gap
    return Chart(width=int(x), height=height, baseline=top + plot, bars=bars, labels=labels, maximum=maximum)

"""Comparisons for harmonisation working groups: the coverage matrix, its exports, and a
picture of the country (the 35 arbeidsmarktregio's coloured by a count)."""

from __future__ import annotations

import re

from flask import Blueprint, abort, render_template, request
from flask_login import current_user
from sqlalchemy import select

from portal.comparisons.coverage import DIMENSIONS, Matrix, coverage
from portal.comparisons.side_by_side import MAX as MAX_SIDE
from portal.comparisons.side_by_side import MIN as MIN_SIDE
from portal.comparisons.side_by_side import side_by_side
from portal.extensions import db
from portal.models import Arbeidsmarktregio, Gemeente
from portal.views.access import requires
from portal.views.downloads import table_file

bp = Blueprint("compare", __name__, url_prefix="/vergelijken")

# Dimension → the search filter of the same name, so a cell links to its instruments.
SEARCH_KEYS = {
    "tiles": "tile",
    "target_groups": "doelgroep",
    "client_characteristics": "kenmerk",
    "ladder": "ladder",
    "implementation": "uitvoering",
    "legal_basis": "wet",
}
SCOPES = {"regio": "De gemeenten van één regio", "regios": "Alle 35 arbeidsmarktregio's", "gemeenten": "Alle gemeenten"}
BANDS = 5


def _matrix_from_request() -> tuple[Matrix, dict]:
    dimension = request.args.get("dimensie", "tiles")
    scope = request.args.get("gebied", "regio")
    region = request.args.get("regio", "AM10")
    if dimension not in DIMENSIONS or scope not in SCOPES:
        abort(400)
    if scope == "regio":
        if db.session.get(Arbeidsmarktregio, region) is None:
            abort(404)
        codes = list(
            db.session.scalars(
                select(Gemeente.code).where(Gemeente.region_code == region, Gemeente.active).order_by(Gemeente.name)
            )
        )
        matrix = coverage(dimension, "gemeente", codes)
    elif scope == "regios":
        matrix = coverage(dimension, "region")
    else:
        matrix = coverage(dimension, "gemeente")
    return matrix, {"dimension": dimension, "scope": scope, "region": region}


def _rows(matrix: Matrix) -> list[list]:
    """The matrix as rows of plain values, for CSV and XLSX (the same numbers as the screen)."""
    header = ["Code", "Gebied", "Totaal"] + [f"{code} {label}" for code, label in matrix.values]
    return [header] + [[code, name, total, *numbers] for code, name, total, numbers in matrix.rows()]


@bp.get("/dekking")
@requires("compare.use")
def coverage_page():
    matrix, chosen = _matrix_from_request()
    regions = db.session.execute(
        select(Arbeidsmarktregio.code, Arbeidsmarktregio.name).order_by(Arbeidsmarktregio.name)
    )
    return render_template(
        "compare/coverage.html",
        matrix=matrix,
        chosen=chosen,
        dimensions=DIMENSIONS,
        scopes=SCOPES,
        regions=regions.all(),
        search_key=SEARCH_KEYS[matrix.dimension],
    )


@bp.get("/dekking.<fmt>")
@requires("compare.use")
def coverage_export(fmt: str):
    matrix, chosen = _matrix_from_request()
    return table_file(_rows(matrix), f"dekking-{chosen['dimension']}-{chosen['scope']}", fmt)


@bp.get("/land")
@requires("compare.use")
def country():
    """The 35 regions as a grid, coloured by the number of instruments available there (for
    one value of a dimension, or in all), with the same numbers in a table."""
    dimension = request.args.get("dimensie", "tiles")
    value = request.args.get("waarde", "")
    if dimension not in DIMENSIONS:
        abort(400)
    matrix = coverage(dimension, "region")
    if value and value not in dict(matrix.values):
        abort(400)
    numbers = {code: (matrix.count(code, value) if value else matrix.totals.get(code, 0)) for code, _ in matrix.areas}
    highest = max(numbers.values(), default=0)

    def band(number: int) -> int:
        if not highest or not number:
            return 0
        return min(BANDS, 1 + (number * BANDS - 1) // highest)

    tiles = [(code, name, numbers[code], band(numbers[code])) for code, name in sorted(matrix.areas)]
    if request.args.get("formaat") in ("csv", "xlsx"):
        rows = [["Code", "Regio", "Aantal"]] + [[code, name, number] for code, name, number, _band in tiles]
        return table_file(rows, f"land-{dimension}-{value or 'alle'}", request.args["formaat"])
    return render_template(
        "compare/country.html",
        matrix=matrix,
        tiles=tiles,
        dimension=dimension,
        value=value,
        dimensions=DIMENSIONS,
        highest=highest,
        bands=BANDS,
    )


# ----------------------------------------------------------------------------- side by side

UUID_IN_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _chosen_instruments() -> tuple[list, list[str]]:
    """The instruments named in ``?id=`` (ids or addresses of instrument pages), in order,
    each only if this user may see it; and the problems, in Dutch."""
    from portal.actions.errors import NotFound
    from portal.actions.reading import instrument_for_viewer

    found, problems, seen = [], [], set()
    for raw in request.args.getlist("id"):
        text = raw.strip()
        if not text:
            continue
        match = UUID_IN_TEXT.search(text)
        if match is None:
            problems.append(f"‘{text[:80]}’ is geen instrument (geef een id of het adres van de pagina).")
            continue
        key = match.group(0).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            instrument, _kind = instrument_for_viewer(current_user, key)
        except NotFound:
            problems.append(f"Instrument {key} bestaat niet of u mag het niet zien.")
            continue
        found.append(instrument)
    if found and not MIN_SIDE <= len(found) <= MAX_SIDE:
        problems.append(f"Kies {MIN_SIDE} tot {MAX_SIDE} instrumenten (nu {len(found)}).")
    return found, problems


@bp.get("/naast-elkaar")
@requires("compare.use")
def side_by_side_page():
    instruments, problems = _chosen_instruments()
    rows = side_by_side(instruments) if instruments and not problems else []
    given = [raw for raw in request.args.getlist("id") if raw.strip()]
    fields = given + [""] * (MAX_SIDE - len(given))
    status = 422 if problems else 200
    page = render_template(
        "compare/side_by_side.html", instruments=instruments, rows=rows, problems=problems, fields=fields[:MAX_SIDE]
    )
    return page, status


@bp.get("/naast-elkaar.<fmt>")
@requires("compare.use")
def side_by_side_export(fmt: str):
    instruments, problems = _chosen_instruments()
    if problems or not instruments:
        abort(422)
    table = [["Veld", *[i.name for i in instruments], "Verschilt"]]
    table += [[row.label, *row.values, "ja" if row.differs else "nee"] for row in side_by_side(instruments)]
    return table_file(table, "naast-elkaar", fmt)


# ----------------------------------------------------------------------------- costs


@bp.get("/kosten")
@requires("compare.use")
def costs():
    """Costs per category and unit in an area, next to the whole country."""
    from portal.comparisons.costs import cost_table

    area = request.args.get("gebied", "AM10")
    if area == "NL":
        name = "Nederland"
    elif area.startswith("AM"):
        region = db.session.get(Arbeidsmarktregio, area)
        if region is None:
            abort(404)
        name = f"arbeidsmarktregio {region.name}"
    else:
        gemeente = db.session.get(Gemeente, area.upper())
        if gemeente is None:
            abort(404)
        area, name = gemeente.code, f"gemeente {gemeente.name}"
    table = cost_table(area, name)
    country = cost_table("NL", "Nederland") if area != "NL" else None
    national = {(r.tile, r.unit): r for r in country.rows} if country else {}
    if request.args.get("formaat") in ("csv", "xlsx"):
        rows = [["Fase", "Eenheid", "Met kosten", "Laagste", "Mediaan", "Hoogste", "Mediaan Nederland"]]
        for r in table.rows:
            reference = national.get((r.tile, r.unit))
            rows.append(
                [
                    r.tile_label,
                    r.unit_label,
                    r.known,
                    float(r.minimum),
                    float(r.median),
                    float(r.maximum),
                    float(reference.median) if reference else None,
                ]
            )
        return table_file(rows, f"kosten-{area}", request.args["formaat"])
    region_query = select(Arbeidsmarktregio.code, Arbeidsmarktregio.name).order_by(Arbeidsmarktregio.name)
    return render_template(
        "compare/costs.html", table=table, national=national, area=area, regions=db.session.execute(region_query).all()
    )


# ----------------------------------------------------------------------------- candidates


@bp.get("/kandidaten")
@requires("compare.use")
def candidates():
    """The stored harmonisation candidates (``instrumentengids compare candidates``)."""
    from portal.comparisons.candidates import stored_groups

    try:
        page = max(1, int(request.args.get("pagina", "1")))
    except ValueError:
        abort(400)
    groups = stored_groups(limit=50, offset=(page - 1) * 50)
    return render_template("compare/candidates.html", groups=groups, page=page)

"""Comparisons for harmonisation working groups: the coverage matrix, its exports, and a
picture of the country (the 35 arbeidsmarktregio's coloured by a count)."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, abort, render_template, request
from sqlalchemy import select

from portal.comparisons.coverage import DIMENSIONS, Matrix, coverage
from portal.extensions import db
from portal.models import Arbeidsmarktregio, Gemeente
from portal.views.access import requires

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
    rows = _rows(matrix)
    name = f"dekking-{chosen['dimension']}-{chosen['scope']}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerows(rows)
        body = "\ufeff" + buffer.getvalue()  # a BOM, so Excel reads the accents
        media_type = "text/csv; charset=utf-8"
    elif fmt == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Dekking"
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "D2"
        out = io.BytesIO()
        book.save(out)
        body = out.getvalue()
        media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        abort(404)
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"', "Cache-Control": "no-store"}
    return body, 200, {"Content-Type": media_type, **headers}


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

"""Files to download: instruments in an interchange format, or a table (a comparison) as
CSV or XLSX. One place for the media types and the attachment headers."""

from __future__ import annotations

import csv
import io

from flask import abort

MEDIA_TYPES = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def attachment(body, filename: str, fmt: str, cache: str = "no-store"):
    headers = {
        "Content-Type": MEDIA_TYPES[fmt],
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": cache,
    }
    return body, 200, headers


def records_file(records, name: str, fmt: str, cache: str = "no-store"):
    """Instruments in the format as JSON Lines, CSV or XLSX (``portal.interchange.tabular``)."""
    from portal.interchange.tabular import write_file

    if fmt not in MEDIA_TYPES:
        abort(404)
    buffer = io.BytesIO()
    write_file(records, buffer, fmt)
    return attachment(buffer.getvalue(), f"{name}.{fmt}", fmt, cache)


def table_file(rows: list[list], name: str, fmt: str):
    """Rows as CSV (semicolons, BOM so Excel reads the accents) or XLSX."""
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";").writerows(rows)
        body = "\ufeff" + buffer.getvalue()
    elif fmt == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = name[:31]
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        body = out.getvalue()
    else:
        abort(404)
    return attachment(body, f"{name}.{fmt}", fmt)

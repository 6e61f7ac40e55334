"""Interchange files for instruments: JSON Lines, CSV and XLSX.

This module converts between instrument records in the JSON shape of FORMAT.md
(one ``dict`` per instrument) and the three interchange formats. It does not
validate: the marshmallow schema does that. Values that cannot be converted
(``"drie"`` in an integer column, ``"misschien"`` in a yes/no column, unknown
column names) are passed on unchanged so the schema can report them in Dutch.

Public API
----------
``FIELD_ORDER``            canonical top-level key order (the FORMAT.md table).
``flatten(record)``        record -> ``{column: text}``.
``columns_for(records)``   the CSV/XLSX header for a list of records.
``unflatten(row)``         ``{column: text}`` -> record (inverse of flatten).
``read_jsonl``, ``read_csv``, ``read_xlsx``, ``read_file``
                           -> ``[(row_number, record), ...]``; raise
                           ``InterchangeError`` with *all* problems found.
``write_jsonl``, ``write_csv``, ``write_xlsx``, ``write_file``
``format_from_filename(name)`` -> ``"jsonl" | "csv" | "xlsx"``.

Sources may be a path (``str``/``os.PathLike``), a file object (text or
binary; e.g. a Flask ``FileStorage``) or, for readers, ``bytes``.
Destinations may be a path or a file object (text or binary; XLSX needs a
binary one).

Columns (CSV/XLSX)
------------------
* Scalar fields: the key itself (``name``, ``ladder_from``).
* Lists of strings (code lists, ``keywords``): one cell, items joined with
  ``;`` (FORMAT.md). An item that itself contains ``;`` cannot be represented
  and makes ``flatten`` raise ``ValueError``.
* Objects: ``provider.name``, ``public.summary``, ``availability.national``,
  ``availability.regions`` (joined with ``;``) ...
* Lists of objects: numbered from 1: ``contacts.1.name``, ``contacts.2.email``,
  ``outcomes.3.year`` ...
* Booleans are written ``true``/``false``; read as true/false, ja/nee, 1/0,
  waar/onwaar (any case).
* ``columns_for`` always lists every known column (so an export with no
  records is a usable template) in canonical order; numbered groups go up to
  the largest count in any record. Unknown keys never get a column.

Normalisation (what a round trip does not preserve)
---------------------------------------------------
``unflatten(flatten(r)) == r`` holds for records of the documented shape
after this normalisation, which every reader applies:

* ``None``, ``""`` / whitespace-only strings, empty lists and empty objects
  are *absent*: an empty cell produces no key.
* Items of string lists are stripped; empty items are dropped.
* An object whose values are all empty is absent; an element of a list of
  objects whose cells are all empty is dropped, and the remaining elements
  are renumbered consecutively (``contacts.1`` and ``contacts.3`` filled ->
  a list of two contacts).
* Values in columns typed integer become ``int`` when the text is an integer
  (``" 3 "`` -> ``3``), bool columns become ``bool``; every other value stays
  the exact text (including leading/trailing spaces), decimals and dates
  stay strings ("1250.00", "2025-01-31") for the schema to parse.
* Non-string scalars of the wrong type (e.g. ``kvk`` given as an ``int``,
  ``Decimal``, ``date``) are written as text and come back as strings.
* Keys come back in canonical order (dict equality ignores order anyway).
* CSV/XLSX exports contain only known columns; unknown top-level keys (e.g.
  timestamps added by a serializer) are left out. JSON Lines keeps them.
* XLSX only: line breaks inside text are stored as ``\\n`` (XML normalises a
  bare ``\\r`` and ``\\r\\n`` to ``\\n``, so the writer does that explicitly).

JSON Lines is the lossless format: ``read_jsonl`` returns the objects as they
are (no unflatten), except that JSON numbers with a fraction or exponent are
kept as their literal text (``1250.00`` -> ``"1250.00"``) so decimals keep
their exact value; the schema parses them. Duplicate keys in an object are
reported instead of silently keeping the last one.

Spreadsheet formula injection
-----------------------------
Text such as ``=HYPERLINK(...)`` or ``+31 6 ...`` could be run as a formula
when an export is opened in a spreadsheet. Decisions:

* XLSX: every cell is written as a string cell (``data_type "s"``, stored as an
  inline string), never as a formula, with number format ``@`` (text) and,
  for values starting with ``=``, ``+``, ``-`` or ``@``, Excel's "quote
  prefix" style flag, so Excel and LibreOffice show the text literally and do
  not turn it into a formula when the cell is edited. The stored value is not
  changed, so the round trip stays exact. Whole columns also get format ``@``
  so values typed later (postcodes, KvK numbers, ``0344``) stay text.
  When reading, ``data_only=True`` is used: a formula cell yields the value
  Excel last calculated, never the formula text.
* CSV: values are written unchanged. CSV is the machine interchange format
  and must round-trip exactly (FORMAT.md); prefixing ``'`` would alter data
  and make imports ambiguous (is ``'=x`` data or an escape?). People who want
  to open an export in a spreadsheet should use the XLSX export, which is
  safe as described above. Values come only from authenticated editors.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

from portal.schemas.layout import FORMAT_ORDER, GROUP_FIELDS, OBJECT_FIELDS, STRING_LIST_FIELDS

__all__ = [
    "FIELD_ORDER",
    "InterchangeError",
    "flatten",
    "columns_for",
    "unflatten",
    "read_jsonl",
    "read_csv",
    "read_xlsx",
    "read_file",
    "write_jsonl",
    "write_csv",
    "write_xlsx",
    "write_file",
    "format_from_filename",
    "FORMATS",
]

# --------------------------------------------------------------------------
# Field definitions (FORMAT.md, "Instrument fields")
# --------------------------------------------------------------------------

FIELD_ORDER = FORMAT_ORDER

_BOOL_FIELDS = frozenset({"requires_doelgroepregister", "evaluation_comparison_group"})
_INT_FIELDS = frozenset(
    {
        "ladder_from",
        "ladder_to",
        "duration_value",
        "evaluation_year",
        "review_interval_months",
        "version",
    }
)
_OBJECT_BOOLS = {("public", "visible"), ("availability", "national")}
_OBJECT_LISTS = {("availability", "regions"), ("availability", "gemeenten")}
_GROUP_BOOLS = {("contacts", "public")}
_GROUP_INTS = {("outcomes", sub) for sub in GROUP_FIELDS["outcomes"]}

_TRUE = frozenset({"true", "ja", "1", "waar"})
_FALSE = frozenset({"false", "nee", "0", "onwaar"})

_INT_RE = re.compile(r"[+-]?[0-9]+")
_GROUP_NUMBER_RE = re.compile(r"[1-9][0-9]*")

FORMATS = ("jsonl", "csv", "xlsx")

_XLSX_SHEET = "Instrumenten"
_XLSX_MAX_CELL = 32767

# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


class InterchangeError(Exception):
    """A file could not be read.

    ``problems`` is a list of ``(row_number, key_or_None, message)``;
    ``row_number`` is the 1-based line (JSONL) or spreadsheet row (CSV/XLSX,
    header = 1), or ``None`` for a problem with the file as a whole. The
    messages are Dutch and complete (they name the line/row themselves).
    """

    def __init__(self, problems: Iterable[tuple[int | None, str | None, str]]):
        self.problems: list[tuple[int | None, str | None, str]] = list(problems)
        super().__init__("\n".join(message for _, _, message in self.problems))

    @property
    def messages(self) -> list[str]:
        return [message for _, _, message in self.problems]


# --------------------------------------------------------------------------
# Column names and kinds
# --------------------------------------------------------------------------


def _parse_column(column: str):
    """Classify a column name.

    Returns ``("field", key)``, ``("object", key, sub)``,
    ``("group", key, number, sub)`` or ``None`` for an unknown column.
    """
    if column in OBJECT_FIELDS or column in GROUP_FIELDS:
        return None  # bare "provider" / "contacts" is not a column
    if column in FIELD_ORDER:
        return ("field", column)
    parts = column.split(".")
    if len(parts) == 2 and parts[0] in OBJECT_FIELDS and parts[1] in OBJECT_FIELDS[parts[0]]:
        return ("object", parts[0], parts[1])
    if (
        len(parts) == 3
        and parts[0] in GROUP_FIELDS
        and _GROUP_NUMBER_RE.fullmatch(parts[1])
        and parts[2] in GROUP_FIELDS[parts[0]]
    ):
        return ("group", parts[0], int(parts[1]), parts[2])
    return None


def _kind(parsed) -> str:
    """ "list", "bool", "int" or "text" for a parsed column."""
    if parsed is None:
        return "text"
    if parsed[0] == "field":
        key = parsed[1]
        if key in STRING_LIST_FIELDS:
            return "list"
        if key in _BOOL_FIELDS:
            return "bool"
        if key in _INT_FIELDS:
            return "int"
        return "text"
    if parsed[0] == "object":
        pair = (parsed[1], parsed[2])
        if pair in _OBJECT_BOOLS:
            return "bool"
        if pair in _OBJECT_LISTS:
            return "list"
        return "text"
    pair = (parsed[1], parsed[3])
    if pair in _GROUP_BOOLS:
        return "bool"
    if pair in _GROUP_INTS:
        return "int"
    return "text"


def _column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA" (spreadsheet column names, also used for CSV)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --------------------------------------------------------------------------
# Scalars to text
# --------------------------------------------------------------------------


def _float_text(value: float) -> str:
    """Float without exponent: 0.1 -> "0.1", 1e-07 -> "0.0000001", 5.0 -> "5"."""
    if value != value or value in (float("inf"), float("-inf")):
        return repr(value)
    if value.is_integer():
        return str(int(value))
    text = format(Decimal(repr(value)), "f")
    return text


def _scalar_text(value, where: str) -> str:
    """Text for one scalar in a record (used by flatten)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (_dt.date, _dt.time)):  # datetime is a date
        return value.isoformat()
    raise ValueError(f"Veld '{where}': een waarde van het type {type(value).__name__} past niet in één cel.")


def _cell_text(value) -> str:
    """Canonical text of a spreadsheet cell value as openpyxl returns it.

    The same text as ``_scalar_text`` gives, except that a date-time (how spreadsheets
    hold dates) becomes its date.
    """
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    return _scalar_text(value, "cel")


# --------------------------------------------------------------------------
# flatten / columns_for / unflatten
# --------------------------------------------------------------------------


def _list_text(value, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise ValueError(f"Veld '{column}' moet een lijst met teksten zijn.")
    items = []
    for item in value:
        if isinstance(item, (Mapping, list, tuple, set)):
            raise ValueError(f"Veld '{column}' moet een lijst met teksten zijn.")
        text = _scalar_text(item, column)
        if ";" in text:
            raise ValueError(
                f"Veld '{column}': de waarde '{text}' bevat een puntkomma (;). "
                "In CSV en Excel scheidt de puntkomma de waarden van een lijst, "
                "dus deze waarde kan daar niet worden opgeslagen."
            )
        items.append(text)
    return ";".join(items)


def _value_text(column: str, value) -> str:
    parsed = _parse_column(column)
    if _kind(parsed) == "list":
        return _list_text(value, column)
    if isinstance(value, (Mapping, list, tuple, set)):
        raise ValueError(f"Veld '{column}' moet een enkele waarde zijn, geen lijst of object.")
    return _scalar_text(value, column)


def _ordered_keys(mapping: Mapping, order: Iterable[str]) -> list[str]:
    keys = [key for key in order if key in mapping]
    seen = set(keys)
    keys.extend(key for key in mapping if key not in seen)
    return keys


def flatten(record: Mapping) -> dict[str, str]:
    """Flatten one record to ``{column: text}`` (see the module docstring).

    Absent keys produce no column; ``None`` produces ``""``. Unknown
    top-level keys with a scalar value are kept as a column of the same name
    (so ``unflatten`` gives them back). Raises ``ValueError`` (Dutch message)
    when a value cannot be represented, e.g. a list item containing ``;`` or
    an object where a list is expected.
    """
    return _flatten(record, known_only=False)


def _flatten(record: Mapping, known_only: bool) -> dict[str, str]:
    if not isinstance(record, Mapping):
        raise ValueError("Een instrument moet een object (dict) zijn.")
    out: dict[str, str] = {}

    def put(column: str, text: str) -> None:
        if column in out:
            raise ValueError(f"Kolom '{column}' zou twee keer gevuld worden.")
        out[column] = text

    for key in _ordered_keys(record, FIELD_ORDER):
        value = record[key]
        if key in OBJECT_FIELDS:
            if value is None:
                continue
            if not isinstance(value, Mapping):
                raise ValueError(f"Veld '{key}' moet een object zijn.")
            for sub in _ordered_keys(value, OBJECT_FIELDS[key]):
                if known_only and sub not in OBJECT_FIELDS[key]:
                    continue
                column = f"{key}.{sub}"
                put(column, _value_text(column, value[sub]))
        elif key in GROUP_FIELDS:
            if value is None:
                continue
            if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
                raise ValueError(f"Veld '{key}' moet een lijst met objecten zijn.")
            for number, item in enumerate(value, 1):
                if item is None:
                    continue
                if not isinstance(item, Mapping):
                    raise ValueError(f"Veld '{key}': element {number} moet een object zijn.")
                for sub in _ordered_keys(item, GROUP_FIELDS[key]):
                    if known_only and sub not in GROUP_FIELDS[key]:
                        continue
                    column = f"{key}.{number}.{sub}"
                    put(column, _value_text(column, item[sub]))
        else:
            if known_only and key not in FIELD_ORDER:
                continue
            if not isinstance(key, str):
                raise ValueError(f"Veldnaam {key!r} moet tekst zijn.")
            put(key, _value_text(key, value))
    return out


def columns_for(records: Iterable[Mapping]) -> list[str]:
    """Header for ``records``: every known column in canonical order.

    Numbered groups (``contacts.N.*``...) are repeated up to the largest
    number of elements any record has. Unknown keys get no column.
    """
    counts = dict.fromkeys(GROUP_FIELDS, 0)
    for record in records:
        for key in GROUP_FIELDS:
            value = record.get(key) if isinstance(record, Mapping) else None
            if isinstance(value, (list, tuple)):
                counts[key] = max(counts[key], len(value))
    columns: list[str] = []
    for key in FIELD_ORDER:
        if key in OBJECT_FIELDS:
            columns.extend(f"{key}.{sub}" for sub in OBJECT_FIELDS[key])
        elif key in GROUP_FIELDS:
            for number in range(1, counts[key] + 1):
                columns.extend(f"{key}.{number}.{sub}" for sub in GROUP_FIELDS[key])
        else:
            columns.append(key)
    return columns


def _parse_bool(text: str):
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return text


def _parse_int(text: str):
    stripped = text.strip()
    if _INT_RE.fullmatch(stripped):
        try:
            return int(stripped)
        except ValueError:  # more digits than Python converts
            return text
    return text


def _convert(kind: str, text: str):
    if kind == "list":
        items = [item.strip() for item in text.split(";")]
        return [item for item in items if item] or None
    if kind == "bool":
        return _parse_bool(text)
    if kind == "int":
        return _parse_int(text)
    return text


def unflatten(row: Mapping[str, str]) -> dict:
    """Rebuild a record from ``{column: text}`` (inverse of ``flatten``).

    Empty cells are left out. Unknown column names are kept unchanged as
    top-level keys so the schema can report them. Raises ``ValueError`` only
    when a bare object/list column (e.g. ``provider``) is combined with its
    own sub-columns (``provider.name``).
    """
    fields: dict[str, object] = {}
    objects: dict[str, dict[str, object]] = {}
    groups: dict[str, dict[int, dict[str, object]]] = {}
    unknown: dict[str, object] = {}

    for column, raw in row.items():
        if raw is None:
            continue
        text = raw if isinstance(raw, str) else _cell_text(raw)
        if not text.strip():
            continue
        parsed = _parse_column(column)
        if parsed is None:
            unknown[column] = text
            continue
        value = _convert(_kind(parsed), text)
        if value is None:
            continue
        if parsed[0] == "field":
            fields[parsed[1]] = value
        elif parsed[0] == "object":
            objects.setdefault(parsed[1], {})[parsed[2]] = value
        else:
            _, key, number, sub = parsed
            groups.setdefault(key, {}).setdefault(number, {})[sub] = value

    record: dict[str, object] = {}
    for key in FIELD_ORDER:
        if key in fields:
            record[key] = fields[key]
        elif key in objects:
            obj = objects[key]
            record[key] = {sub: obj[sub] for sub in OBJECT_FIELDS[key] if sub in obj}
        elif key in groups:
            numbered = groups[key]
            record[key] = [
                {sub: numbered[n][sub] for sub in GROUP_FIELDS[key] if sub in numbered[n]} for n in sorted(numbered)
            ]
    for column, text in unknown.items():
        if column in record:
            raise ValueError(f"Kolom '{column}' kan niet samen met de kolommen '{column}.…' worden gebruikt.")
        record[column] = text
    return record


# --------------------------------------------------------------------------
# Sources and destinations
# --------------------------------------------------------------------------


def _is_path(obj) -> bool:
    return isinstance(obj, (str, os.PathLike))


def _read_all(source):
    """Whole content of a path, bytes or file object (bytes or str)."""
    if _is_path(source):
        with open(source, "rb") as handle:
            return handle.read()
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        if not isinstance(data, (str, bytes)):
            raise TypeError("Het bestand gaf geen tekst of bytes terug.")
        return data
    raise TypeError("Geef een bestandsnaam, bytes of een geopend bestand op.")


def _is_binary_file(fileobj) -> bool:
    if isinstance(fileobj, io.TextIOBase):
        return False
    if isinstance(fileobj, (io.RawIOBase, io.BufferedIOBase)):
        return True
    mode = getattr(fileobj, "mode", None)
    return isinstance(mode, str) and "b" in mode


def _write_text(destination, text: str) -> None:
    """Write ``text`` as UTF-8 to a path or a (text or binary) file object."""
    if _is_path(destination):
        with open(destination, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return
    if _is_binary_file(destination):
        destination.write(text.encode("utf-8"))
        return
    try:
        destination.write(text)
    except TypeError:
        destination.write(text.encode("utf-8"))


def _decode_whole(data, problems_row_label: str) -> str:
    """Decode a whole file as UTF-8 (BOM optional); raise InterchangeError."""
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InterchangeError(
            [
                (
                    None,
                    None,
                    f"Het bestand is geen geldige UTF-8-tekst (fout op {problems_row_label} "
                    f"{line}). Sla het in Excel op als 'CSV UTF-8 (door komma's "
                    "gescheiden)'.",
                )
            ]
        ) from None


# --------------------------------------------------------------------------
# JSON Lines
# --------------------------------------------------------------------------

_JSON_MESSAGES = (
    ("Expecting value", "waarde verwacht"),
    ("Expecting ',' delimiter", "komma verwacht"),
    ("Expecting ':' delimiter", "dubbele punt verwacht"),
    (
        "Expecting property name enclosed in double quotes",
        "sleutel tussen dubbele aanhalingstekens verwacht",
    ),
    ("Unterminated string starting at", "tekst zonder afsluitend aanhalingsteken"),
    ("Invalid control character at", "ongeldig stuurteken in tekst"),
    ("Invalid \\escape", "ongeldige escape (\\) in tekst"),
    ("Invalid \\uXXXX escape", "ongeldige \\u-escape in tekst"),
    ("Extra data", "extra tekens na het object"),
)


class _DuplicateKey(Exception):
    pass


class _BadConstant(Exception):
    pass


def _object_pairs(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name):
    raise _BadConstant(name)


def _json_problem(exc: json.JSONDecodeError) -> str:
    for english, dutch in _JSON_MESSAGES:
        if exc.msg.startswith(english):
            return f"{dutch}, kolom {exc.colno}"
    return f"{exc.msg}, kolom {exc.colno}"


def _type_name(value) -> str:
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, str):
        return "een tekst"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return "een getal"


def read_jsonl(source) -> list[tuple[int, dict]]:
    """Read JSON Lines: ``[(line_number, record), ...]``.

    Blank lines are skipped. Every line that is not valid UTF-8, not valid
    JSON or not a JSON object is collected; if there is any, an
    ``InterchangeError`` listing all of them is raised.
    """
    data = _read_all(source)
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        lines = data.split(b"\n")
    else:
        if data.startswith("\ufeff"):
            data = data[1:]
        lines = data.split("\n")

    records: list[tuple[int, dict]] = []
    problems: list[tuple[int | None, str | None, str]] = []
    for number, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                problems.append((number, None, f"Regel {number}: geen geldige UTF-8-tekst."))
                continue
        if not line.strip():
            continue
        try:
            value = json.loads(
                line,
                parse_float=str,
                parse_constant=_reject_constant,
                object_pairs_hook=_object_pairs,
            )
        except _DuplicateKey as exc:
            key = exc.args[0]
            problems.append((number, key, f"Regel {number}: sleutel '{key}' komt twee keer voor."))
            continue
        except _BadConstant as exc:
            problems.append(
                (
                    number,
                    None,
                    f"Regel {number}: geen geldige JSON ({exc.args[0]} is geen geldig getal).",
                )
            )
            continue
        except json.JSONDecodeError as exc:
            message = f"Regel {number}: geen geldige JSON ({_json_problem(exc)})."
            problems.append((number, None, message))
            continue
        except (ValueError, RecursionError):
            problems.append((number, None, f"Regel {number}: geen geldige JSON."))
            continue
        if not isinstance(value, dict):
            problems.append(
                (
                    number,
                    None,
                    f"Regel {number}: geen JSON-object maar {_type_name(value)}; "
                    "elke regel moet één instrument {…} bevatten.",
                )
            )
            continue
        records.append((number, value))
    if problems:
        raise InterchangeError(problems)
    return records


def _canonical(record: Mapping) -> dict:
    """Copy of ``record`` with keys in canonical order (sub-keys too)."""
    out = {}
    for key in _ordered_keys(record, FIELD_ORDER):
        value = record[key]
        if key in OBJECT_FIELDS and isinstance(value, Mapping):
            value = {sub: value[sub] for sub in _ordered_keys(value, OBJECT_FIELDS[key])}
        elif key in GROUP_FIELDS and isinstance(value, (list, tuple)):
            value = [
                {sub: item[sub] for sub in _ordered_keys(item, GROUP_FIELDS[key])}
                if isinstance(item, Mapping)
                else item
                for item in value
            ]
        out[key] = value
    return out


def _json_default(value):
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"Waarde van type {type(value).__name__} kan niet naar JSON.")


def write_jsonl(records: Iterable[Mapping], destination) -> None:
    """One compact JSON object per line, canonical key order, UTF-8, "\\n"."""
    lines = [
        json.dumps(
            _canonical(record),
            ensure_ascii=False,
            separators=(",", ":"),
            default=_json_default,
            allow_nan=False,
        )
        + "\n"
        for record in records
    ]
    _write_text(destination, "".join(lines))


# --------------------------------------------------------------------------
# Rows (shared by CSV and XLSX)
# --------------------------------------------------------------------------


def _rows_to_records(rows: Iterable[tuple[int, list[str]]], label: str):
    """Turn ``(row_number, cells)`` (header first, row 1) into records.

    Returns ``(records, problems)``.
    """
    records: list[tuple[int, dict]] = []
    problems: list[tuple[int | None, str | None, str]] = []
    header: list[str] | None = None
    header_missing = False
    for number, cells in rows:
        if header_missing:
            if any(cell.strip() for cell in cells):
                problems.append((1, None, f"{label} 1 moet de kolomnamen bevatten, maar is leeg."))
                return records, problems
            continue
        if header is None:
            if number != 1 or not any(cell.strip() for cell in cells):
                header_missing = True
                continue
            header = [cell.strip() for cell in cells]
            seen: dict[str, int] = {}
            for index, name in enumerate(header, 1):
                if not name:
                    continue
                if name in seen:
                    problems.append(
                        (
                            1,
                            name,
                            f"Kolomnaam '{name}' komt twee keer voor (kolommen "
                            f"{_column_letter(seen[name])} en {_column_letter(index)}).",
                        )
                    )
                else:
                    seen[name] = index
            if problems:
                return records, problems
            continue

        if not any(cell.strip() for cell in cells):
            continue
        row: dict[str, str] = {}
        row_ok = True
        for index, cell in enumerate(cells, 1):
            name = header[index - 1] if index <= len(header) else ""
            if name:
                row[name] = cell
            elif cell.strip():
                problems.append(
                    (
                        number,
                        None,
                        f"{label} {number}: waarde in kolom {_column_letter(index)} zonder kolomnaam.",
                    )
                )
                row_ok = False
        for name in header[len(cells) :]:
            if name:
                row[name] = ""
        if not row_ok:
            continue
        try:
            records.append((number, unflatten(row)))
        except ValueError as exc:
            problems.append((number, None, f"{label} {number}: {exc}"))
    return records, problems


# --------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------


def _detect_delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def read_csv(source) -> list[tuple[int, dict]]:
    """Read CSV (UTF-8, BOM optional, "," or ";" detected from the header).

    Returns ``[(row_number, record), ...]`` with row 1 = header. Blank rows
    are skipped. Raises ``InterchangeError`` with all problems.
    """
    text = _decode_whole(_read_all(source), "regel")
    if not text.strip():
        return []
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)

    read_problems: list[tuple[int | None, str | None, str]] = []

    def rows():
        number = 0
        while True:
            number += 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                read_problems.append(
                    (
                        number,
                        None,
                        f"Rij {number}: het CSV-bestand kan hier niet worden gelezen ({exc}).",
                    )
                )
                return
            yield number, cells

    records, problems = _rows_to_records(rows(), "Rij")
    problems.extend(read_problems)
    if problems:
        raise InterchangeError(problems)
    return records


def write_csv(records: Iterable[Mapping], destination) -> None:
    """Comma-separated, UTF-8 with BOM, header from ``columns_for``, "\\r\\n".

    Values are written unchanged (see "Spreadsheet formula injection").
    """
    records = list(records)
    header = columns_for(records)
    flat = [_flatten(record, known_only=True) for record in records]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in flat:
        writer.writerow([row.get(column, "") for column in header])
    _write_text(destination, buffer.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------


def read_xlsx(source) -> list[tuple[int, dict]]:
    """Read the first worksheet of an .xlsx file (header in row 1).

    Numbers, dates and booleans are turned into canonical text first (5 ->
    "5", 5.0 -> "5", 0.1 -> "0.1", date/datetime -> "YYYY-MM-DD", True ->
    "true"). Formula cells give the value Excel last calculated.
    """
    import openpyxl

    data = _read_all(source)
    not_xlsx = InterchangeError([(None, None, "Het bestand is geen geldig Excel-bestand (.xlsx).")])
    if isinstance(data, str):
        raise not_xlsx
    # Reading from memory avoids openpyxl's check of the file name extension.
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # zipfile.BadZipFile, InvalidFileException, KeyError, XML errors
        raise not_xlsx from None
    try:
        if not workbook.worksheets:
            return []
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()

        def rows():
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
                yield number, [_cell_text(value) for value in values]

        try:
            records, problems = _rows_to_records(rows(), "Rij")
        except Exception:  # damaged worksheet XML
            raise not_xlsx from None
    finally:
        workbook.close()
    if problems:
        raise InterchangeError(problems)
    return records


def _set_text_cell(cell, text: str, column: str, row_number: int) -> None:
    from openpyxl.utils.exceptions import IllegalCharacterError

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > _XLSX_MAX_CELL:
        raise ValueError(
            f"Rij {row_number}, kolom '{column}': de tekst is langer dan "
            f"{_XLSX_MAX_CELL} tekens en past niet in een Excel-cel."
        )
    try:
        cell.value = text
    except IllegalCharacterError:
        raise ValueError(
            f"Rij {row_number}, kolom '{column}': de tekst bevat een stuurteken "
            "dat niet in een Excel-bestand mag staan."
        ) from None
    cell.data_type = "s"  # never a formula or error value
    cell.number_format = "@"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True


def write_xlsx(records: Iterable[Mapping], destination) -> None:
    """One sheet "Instrumenten", bold frozen header, every cell text ("@")."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    records = list(records)
    header = columns_for(records)
    flat = [_flatten(record, known_only=True) for record in records]

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _XLSX_SHEET
    bold = Font(bold=True)
    widths = [len(name) for name in header]

    for index, name in enumerate(header, 1):
        cell = sheet.cell(row=1, column=index)
        _set_text_cell(cell, name, name, 1)
        cell.font = bold
    for row_number, row in enumerate(flat, 2):
        for index, name in enumerate(header, 1):
            cell = sheet.cell(row=row_number, column=index)
            cell.number_format = "@"
            text = row.get(name, "")
            if text:
                _set_text_cell(cell, text, name, row_number)
                longest_line = max(len(part) for part in text.split("\n"))
                widths[index - 1] = max(widths[index - 1], longest_line)
    for index, width in enumerate(widths, 1):
        dimension = sheet.column_dimensions[_column_letter(index)]
        dimension.width = min(max(width, 8), 60) + 2
        dimension.number_format = "@"
    sheet.freeze_panes = "A2"
    if header:
        sheet.auto_filter.ref = f"A1:{_column_letter(len(header))}{len(flat) + 1}"

    if _is_path(destination):
        workbook.save(os.fspath(destination))
    else:
        buffer = io.BytesIO()
        workbook.save(buffer)
        destination.write(buffer.getvalue())


# --------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------

_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".xlsx": "xlsx"}


def format_from_filename(name) -> str:
    """ "jsonl", "csv" or "xlsx" from a file name; ValueError otherwise."""
    text = os.fspath(name) if _is_path(name) else str(name)
    suffix = os.path.splitext(text)[1].lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix == ".xls":
        raise ValueError(
            "Het oude Excel-formaat .xls wordt niet ondersteund; sla het bestand op als Excel-werkmap (.xlsx)."
        )
    shown = suffix or text
    raise ValueError(f"Onbekend bestandstype '{shown}': gebruik een .jsonl-, .csv- of .xlsx-bestand.")


def _check_format(fmt, source) -> str:
    if fmt is None:
        name = source if _is_path(source) else (getattr(source, "filename", None) or getattr(source, "name", None))
        if not isinstance(name, (str, os.PathLike)):
            raise ValueError("Geef het bestandsformaat op: jsonl, csv of xlsx.")
        return format_from_filename(name)
    normalised = str(fmt).strip().lower().lstrip(".")
    if normalised == "ndjson":
        normalised = "jsonl"
    if normalised not in FORMATS:
        raise ValueError(f"Onbekend bestandsformaat '{fmt}': kies jsonl, csv of xlsx.")
    return normalised


def read_file(source, fmt: str | None = None) -> list[tuple[int, dict]]:
    """Read ``source`` in format ``fmt`` ("jsonl", "csv", "xlsx").

    Without ``fmt`` the format follows from the file name.
    """
    fmt = _check_format(fmt, source)
    reader = {"jsonl": read_jsonl, "csv": read_csv, "xlsx": read_xlsx}[fmt]
    return reader(source)


def write_file(records: Iterable[Mapping], destination, fmt: str | None = None) -> None:
    """Write ``records`` to ``destination`` in format ``fmt``."""
    fmt = _check_format(fmt, destination)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "xlsx": write_xlsx}[fmt]
    writer(records, destination)

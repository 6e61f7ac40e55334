"""Tests for portal.interchange.tabular (JSONL / CSV / XLSX interchange files)."""

import copy
import io
import json
from pathlib import Path

import pytest

from portal.interchange import tabular
from portal.interchange.tabular import (
    FIELD_ORDER,
    InterchangeError,
    columns_for,
    flatten,
    format_from_filename,
    read_csv,
    read_file,
    read_jsonl,
    read_xlsx,
    unflatten,
    write_csv,
    write_file,
    write_jsonl,
    write_xlsx,
)


def rich_record():
    """An instrument with every kind of field the format has."""
    return {
        "id": "3f1c8a52-7a0b-4a8e-9a55-0d4b1c2e9f10",
        "owner": "GM0281",
        "name": "Buurtbaan Tiel",
        "summary": "Werkervaring in de wijk, met begeleiding; voor wie nog niet toe is aan werk.",
        "aim": "Deelnemers doen werkervaring op.\n\n- ritme\n- contacten",
        "method": "Een jobcoach begeleidt; we beginnen met een intake.",
        "distinctive_approach": '=HYPERLINK("http://evil")',
        "target_group_description": "  Inwoners met een uitkering  ",
        "keywords": ["LKS", "buurtbaan", "oriëntatie op werk", "Werk & ontmoeting"],
        "instrument_type": "IT01",
        "legal_basis": ["participatiewet", "lokaal_beleid"],
        "tiles": ["EW04", "EW05"],
        "ladder_from": 2,
        "ladder_to": 4,
        "client_characteristics": ["KK06", "KK10"],
        "target_groups": ["ED01", "ED04"],
        "implementation": "UV04",
        "group_forms": ["GV01", "GV02"],
        "location_types": ["address", "online"],
        "age_groups": ["LG03", "LG04"],
        "benefit_situations": ["DD02"],
        "requires_doelgroepregister": False,
        "provider": {
            "name": "Werkzaak Rivierenland",
            "website": "https://www.werkzaakrivierenland.nl",
            "email": "info@werkzaak.nl",
            "phone": "+31 344 123456",
            "kvk": "01234567",
        },
        "locations": [
            {
                "name": "Wijkcentrum",
                "street": "Hoveniersweg",
                "house_number": "12a",
                "postcode": "4004 LA",
                "city": "Tiel",
            }
        ],
        "contacts": [
            {
                "name": "Anouk de Vries",
                "role": "Jobcoach",
                "email": "a.devries@werkzaak.nl",
                "kind": "intern",
                "public": True,
            },
            {"name": "Jeroen Ëlsing", "phone": "0344-123456", "kind": "extern", "public": False},
        ],
        "intensity_hours_per_week": "12.5",
        "duration_value": 6,
        "duration_unit": "month",
        "costs_amount": "1250.00",
        "costs_unit": "participant",
        "funding": ["re_integratiebudget", "esf"],
        "participant_contribution": "0.00",
        "income_effect": "keeps_benefit",
        "evidence_level": "niet_beoordeeld",
        "evidence_databank": "movisie",
        "evidence_url": "https://www.movisie.nl/interventie/x",
        "evidence_assessed_on": "2024-03-01",
        "evaluation_type": "process",
        "evaluation_comparison_group": True,
        "evaluation_year": 2023,
        "outcomes": [
            {"year": 2022, "participants": 40, "to_paid_work": 8, "to_education": 2},
            {"year": 2023, "participants": 55, "to_paid_work": 12, "to_other_participation": 20},
            {"year": 2024, "participants": 0},
        ],
        "lifecycle": "ended",
        "ended_reason": "Opgegaan in een regionaal programma.",
        "adopted_from": "8d2e1c6b-1111-4222-8333-944455556666",
        "availability": {"national": False, "regions": ["AM10"], "gemeenten": ["GM0281", "GM0214"]},
        "links": [{"label": "Folder", "url": "https://example.nl/folder.pdf"}],
        "registration_codes": [{"code": "0344", "label": "Suwinet"}],
        "public": {
            "visible": True,
            "title": "Aan de slag in je buurt",
            "summary": "Je werkt mee in de wijk.",
            "how_to_start": "Bel je klantmanager.",
            "costs_for_you": "Geen.",
        },
        "status": "published",
        "publish_from": "2024-01-01",
        "review_interval_months": 6,
        "last_reviewed_on": "2025-01-15",
        "version": 7,
    }


def small_record(**extra):
    record = {
        "name": "Taalmaatje",
        "summary": "Oefenen met Nederlands.",
        "provider": {"name": "Vluchtelingenwerk", "kvk": "00012345"},
        "locations": [{"postcode": "4001 AA", "city": "Tiel"}],
    }
    record.update(extra)
    return record


# --------------------------------------------------------------------------
# Field order, flatten, columns, unflatten
# --------------------------------------------------------------------------


def test_field_order_follows_format_table():
    assert FIELD_ORDER[:4] == ("id", "owner", "name", "summary")
    assert FIELD_ORDER[-1] == "version"
    assert FIELD_ORDER.index("ended_reason") == FIELD_ORDER.index("lifecycle") + 1
    assert FIELD_ORDER.index("status") > FIELD_ORDER.index("public")
    assert len(FIELD_ORDER) == len(set(FIELD_ORDER)) == 65
    assert set(rich_record()) <= set(FIELD_ORDER)


def test_flatten_columns_and_values():
    flat = flatten(rich_record())
    assert flat["keywords"] == "LKS;buurtbaan;oriëntatie op werk;Werk & ontmoeting"
    assert flat["provider.name"] == "Werkzaak Rivierenland"
    assert flat["provider.kvk"] == "01234567"
    assert flat["availability.national"] == "false"
    assert flat["availability.gemeenten"] == "GM0281;GM0214"
    assert flat["public.visible"] == "true"
    assert flat["contacts.1.name"] == "Anouk de Vries"
    assert flat["contacts.2.phone"] == "0344-123456"
    assert flat["contacts.2.public"] == "false"
    assert flat["outcomes.3.participants"] == "0"
    assert flat["ladder_from"] == "2"
    assert flat["registration_codes.1.code"] == "0344"
    assert "contacts.3.name" not in flat
    assert all(isinstance(v, str) for v in flat.values())


def test_flatten_none_gives_empty_cell():
    flat = flatten({"name": "X", "evaluation_year": None, "keywords": None})
    assert flat == {"name": "X", "evaluation_year": "", "keywords": ""}


def test_round_trip_flatten_unflatten_rich_record():
    record = rich_record()
    assert unflatten(flatten(record)) == record


def test_unflatten_key_order_is_canonical():
    record = rich_record()
    shuffled = dict(reversed(list(flatten(record).items())))
    result = unflatten(shuffled)
    assert list(result) == [k for k in FIELD_ORDER if k in record]
    assert list(result["provider"]) == ["name", "website", "email", "phone", "kvk"]


def test_columns_for_canonical_and_numbered():
    other = small_record(contacts=[{"name": "a"}, {"name": "b"}, {"name": "c"}])
    columns = columns_for([rich_record(), other])
    assert columns[:3] == ["id", "owner", "name"]
    assert len(columns) == len(set(columns))
    assert columns[-1] == "version"
    # three contacts (from `other`), three outcomes, one location
    assert "contacts.3.public" in columns and "contacts.4.name" not in columns
    assert "outcomes.3.to_other_participation" in columns and "outcomes.4.year" not in columns
    assert "locations.1.city" in columns and "locations.2.city" not in columns
    i = columns.index
    assert i("contacts.1.name") < i("contacts.1.public") < i("contacts.2.name")
    assert i("provider.name") < i("provider.kvk") < i("locations.1.name") < i("contacts.1.name")
    assert i("lifecycle") + 1 == i("ended_reason")
    assert columns[i("public.visible") : i("public.visible") + 7] == [
        "public.visible",
        "public.title",
        "public.summary",
        "public.for_whom",
        "public.what_you_get",
        "public.how_to_start",
        "public.costs_for_you",
    ]
    # Stable for the same data, every column is known.
    assert columns == columns_for([rich_record(), other])
    assert set(flatten(rich_record())) <= set(columns)


def test_columns_for_leaves_out_unknown_keys_and_empty_groups():
    columns = columns_for([{"name": "x", "made_up": "y"}])
    assert "made_up" not in columns
    assert not any(c.startswith("contacts.") for c in columns)
    assert "provider.name" in columns and "keywords" in columns


def test_unflatten_list_splitting_and_empty_cells():
    row = {
        "name": "X",
        "keywords": " LKS ; ;buurtbaan;  ",
        "tiles": ";",
        "summary": "   ",
        "aim": "",
        "provider.name": "P",
        "provider.email": "",
    }
    assert unflatten(row) == {"name": "X", "keywords": ["LKS", "buurtbaan"], "provider": {"name": "P"}}


def test_unflatten_all_empty_object_is_absent():
    assert unflatten({"name": "X", "public.title": "", "public.visible": " "}) == {"name": "X"}


def test_numbered_group_gap_gives_two_elements():
    row = {
        "contacts.1.name": "Eerste",
        "contacts.1.email": "e@x.nl",
        "contacts.2.name": "",
        "contacts.2.email": "",
        "contacts.3.name": "Derde",
        "contacts.3.public": "ja",
    }
    assert unflatten(row) == {
        "contacts": [
            {"name": "Eerste", "email": "e@x.nl"},
            {"name": "Derde", "public": True},
        ]
    }


def test_numbered_group_ordered_by_number_not_column_order():
    row = {"outcomes.10.year": "2030", "outcomes.2.year": "2022", "outcomes.1.year": "2021"}
    assert unflatten(row)["outcomes"] == [{"year": 2021}, {"year": 2022}, {"year": 2030}]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("true", True),
        ("TRUE", True),
        ("Ja", True),
        ("1", True),
        ("waar", True),
        (" Waar ", True),
        ("false", False),
        ("Nee", False),
        ("0", False),
        ("ONWAAR", False),
        ("nee ", False),
        ("misschien", "misschien"),
        ("yes!", "yes!"),
        ("2", "2"),
    ],
)
def test_bool_parsing_variants(text, expected):
    for column in ("requires_doelgroepregister", "evaluation_comparison_group"):
        assert unflatten({column: text}) == {column: expected}
    assert unflatten({"public.visible": text}) == {"public": {"visible": expected}}
    assert unflatten({"availability.national": text}) == {"availability": {"national": expected}}
    assert unflatten({"contacts.1.public": text}) == {"contacts": [{"public": expected}]}


@pytest.mark.parametrize(
    "text, expected",
    [("3", 3), (" 4 ", 4), ("-1", -1), ("+2", 2), ("drie", "drie"), ("3.5", "3.5"), ("1e3", "1e3")],
)
def test_integer_columns(text, expected):
    assert unflatten({"ladder_from": text}) == {"ladder_from": expected}
    assert unflatten({"version": text}) == {"version": expected}
    assert unflatten({"outcomes.1.to_paid_work": text}) == {"outcomes": [{"to_paid_work": expected}]}


def test_other_columns_stay_strings():
    row = {
        "costs_amount": "1250.00",
        "evidence_assessed_on": "2024-03-01",
        "provider.kvk": "01234567",
        "locations.1.house_number": "12",
        "registration_codes.1.code": "0344",
    }
    assert unflatten(row) == {
        "costs_amount": "1250.00",
        "evidence_assessed_on": "2024-03-01",
        "provider": {"kvk": "01234567"},
        "locations": [{"house_number": "12"}],
        "registration_codes": [{"code": "0344"}],
    }


def test_unknown_columns_are_kept_as_keys():
    row = {
        "name": "X",
        "kleur": "blauw",
        "contacts.1.fax": "0344",
        "provider.iban": "NL01",
        "contacts.0.name": "nul",
        "contacts.1.name": "Een",
    }
    result = unflatten(row)
    assert result["kleur"] == "blauw"
    assert result["contacts.1.fax"] == "0344"
    assert result["provider.iban"] == "NL01"
    assert result["contacts.0.name"] == "nul"
    assert result["contacts"] == [{"name": "Een"}]
    # and they survive the way back
    assert unflatten(flatten(result)) == result


def test_semicolon_in_keyword_is_refused_in_dutch():
    with pytest.raises(ValueError, match="puntkomma") as info:
        flatten({"name": "X", "keywords": ["werk; en inkomen"]})
    assert "keywords" in str(info.value)
    with pytest.raises(ValueError, match="puntkomma"):
        flatten({"availability": {"regions": ["AM10;AM11"]}})
    with pytest.raises(ValueError, match="puntkomma"):
        write_csv([{"name": "X", "keywords": ["a;b"]}], io.StringIO())


def test_semicolon_in_text_field_is_fine():
    record = {"name": "A; B", "summary": "een; twee"}
    assert unflatten(flatten(record)) == record


def test_flatten_refuses_wrong_shapes():
    with pytest.raises(ValueError, match="object"):
        flatten({"provider": "Werkzaak"})
    with pytest.raises(ValueError, match="lijst"):
        flatten({"contacts": {"name": "x"}})
    with pytest.raises(ValueError, match="lijst"):
        flatten({"keywords": "LKS"})


# --------------------------------------------------------------------------
# JSON Lines
# --------------------------------------------------------------------------


def test_jsonl_write_read_round_trip(tmp_path):
    records = [rich_record(), small_record()]
    path = tmp_path / "export.jsonl"
    write_jsonl(records, path)
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    text = raw.decode("utf-8")
    assert "oriëntatie" in text  # ensure_ascii=False
    lines = text.split("\n")[:-1]
    assert len(lines) == 2 and all(": " not in line[:30] for line in lines)
    assert list(json.loads(lines[0])) == [k for k in FIELD_ORDER if k in records[0]]
    result = read_jsonl(path)
    assert [n for n, _ in result] == [1, 2]
    assert [r for _, r in result] == records


def test_jsonl_canonical_key_order_and_idempotent_export():
    shuffled = dict(reversed(list(rich_record().items())))
    shuffled["provider"] = dict(reversed(list(shuffled["provider"].items())))
    first = io.StringIO()
    write_jsonl([shuffled], first)
    again = io.StringIO()
    write_jsonl([r for _, r in read_jsonl(io.StringIO(first.getvalue()))], again)
    assert first.getvalue() == again.getvalue()
    obj = json.loads(first.getvalue())
    assert list(obj)[:3] == ["id", "owner", "name"]
    assert list(obj["provider"]) == ["name", "website", "email", "phone", "kvk"]


def test_jsonl_bad_lines_all_reported():
    content = (
        "\n".join(
            [
                json.dumps(small_record()),
                '{"name": "kapot",}',
                "",
                "[1, 2]",
                '{"name": "ok"}',
                "niet eens json",
                '{"name": "a", "name": "b"}',
            ]
        )
        + "\n"
    )
    with pytest.raises(InterchangeError) as info:
        read_jsonl(io.BytesIO(content.encode("utf-8")))
    problems = info.value.problems
    assert [row for row, _, _ in problems] == [2, 4, 6, 7]
    assert problems[0][2].startswith("Regel 2: geen geldige JSON")
    assert "geen JSON-object" in problems[1][2]
    assert problems[2][2].startswith("Regel 6: geen geldige JSON")
    assert problems[3][1] == "name" and "twee keer" in problems[3][2]
    assert "Regel 4" in str(info.value)


def test_jsonl_blank_lines_bom_and_crlf():
    content = "\ufeff" + json.dumps({"name": "a"}) + "\r\n\r\n   \r\n" + json.dumps({"name": "b"}) + "\r\n"
    result = read_jsonl(io.BytesIO(content.encode("utf-8")))
    assert result == [(1, {"name": "a"}), (4, {"name": "b"})]


def test_jsonl_decimals_keep_their_text():
    result = read_jsonl(io.StringIO('{"costs_amount": 1250.00, "ladder_from": 2}\n'))
    assert result == [(1, {"costs_amount": "1250.00", "ladder_from": 2})]


def test_jsonl_invalid_utf8_line_reported():
    data = b'{"name": "a"}\n{"name": "\xff"}\n'
    with pytest.raises(InterchangeError) as info:
        read_jsonl(data)
    assert info.value.problems[0][0] == 2
    assert "UTF-8" in info.value.problems[0][2]


# --------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------


def test_csv_write_read_round_trip(tmp_path):
    records = [rich_record(), small_record(), {"name": "Leeg"}]
    path = tmp_path / "export.csv"
    write_csv(records, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,owner,name,")
    assert b"\r\n" in raw
    result = read_csv(path)
    assert [n for n, _ in result] == [2, 3, 4]
    assert [r for _, r in result] == records


def test_csv_export_import_export_is_identical():
    first = io.StringIO()
    write_csv([rich_record(), small_record()], first)
    records = [r for _, r in read_csv(io.StringIO(first.getvalue()))]
    second = io.StringIO()
    write_csv(records, second)
    assert first.getvalue() == second.getvalue()


def test_csv_header_matches_columns_for():
    out = io.StringIO()
    write_csv([rich_record()], out)
    header_line = out.getvalue().split("\r\n", 1)[0]
    assert header_line == "\ufeff" + ",".join(columns_for([rich_record()]))


def test_csv_leaves_formula_like_values_unchanged():
    out = io.StringIO()
    write_csv([{"name": "=1+1", "summary": "-3 punten", "aim": "@x"}], out)
    assert "'=" not in out.getvalue()
    assert read_csv(io.StringIO(out.getvalue()))[0][1] == {"name": "=1+1", "summary": "-3 punten", "aim": "@x"}


def test_csv_semicolon_dutch_excel():
    content = (
        "name;summary;keywords;requires_doelgroepregister;ladder_from;"
        "provider.name;provider.kvk;costs_amount\r\n"
        'Buurtbaan;"Werk; in de wijk";LKS;Ja;2;Werkzaak;01234567;1250,00\r\n'
        "Taalmaatje;Oefenen;;nee;;Vluchtelingenwerk;;\r\n"
    )
    result = read_csv(io.BytesIO(("\ufeff" + content).encode("utf-8")))
    assert result == [
        (
            2,
            {
                "name": "Buurtbaan",
                "summary": "Werk; in de wijk",
                "keywords": ["LKS"],
                "requires_doelgroepregister": True,
                "ladder_from": 2,
                "costs_amount": "1250,00",
                "provider": {"name": "Werkzaak", "kvk": "01234567"},
            },
        ),
        (
            3,
            {
                "name": "Taalmaatje",
                "summary": "Oefenen",
                "requires_doelgroepregister": False,
                "provider": {"name": "Vluchtelingenwerk"},
            },
        ),
    ]


def test_csv_comma_with_semicolon_lists_detected_as_comma():
    content = "name,keywords,tiles\nX,a;b,EW01;EW02\n"
    assert read_csv(io.StringIO(content)) == [(2, {"name": "X", "keywords": ["a", "b"], "tiles": ["EW01", "EW02"]})]


def test_csv_bom_handled_in_bytes_text_and_without_bom(tmp_path):
    body = "id,name\r\nabc,Één\r\n"
    expected = [(2, {"id": "abc", "name": "Één"})]
    assert read_csv(io.BytesIO(b"\xef\xbb\xbf" + body.encode("utf-8"))) == expected
    assert read_csv(io.BytesIO(body.encode("utf-8"))) == expected
    assert read_csv(io.StringIO("\ufeff" + body)) == expected
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    result = read_csv(str(path))
    assert result == expected and "\ufeffid" not in result[0][1]


def test_csv_duplicate_header_refused():
    content = "name,summary,name\nA,B,C\n"
    with pytest.raises(InterchangeError) as info:
        read_csv(io.StringIO(content))
    assert info.value.problems == [(1, "name", "Kolomnaam 'name' komt twee keer voor (kolommen A en C).")]


def test_csv_blank_rows_skipped_with_correct_row_numbers():
    content = "name,summary\r\nA,a\r\n\r\n,\r\n ; \r\nB,b\r\n"
    result = read_csv(io.StringIO(content))
    assert result == [(2, {"name": "A", "summary": "a"}), (5, {"name": " ; "}), (6, {"name": "B", "summary": "b"})]
    content = "name,summary\r\nA,a\r\n\r\n,\r\n  ,  \r\nB,b\r\n"
    assert [n for n, _ in read_csv(io.StringIO(content))] == [2, 6]


def test_csv_row_numbers_count_rows_not_physical_lines():
    content = 'name,aim\r\nA,"regel 1\r\nregel 2"\r\nB,b\r\n'
    result = read_csv(io.StringIO(content))
    assert result == [(2, {"name": "A", "aim": "regel 1\r\nregel 2"}), (3, {"name": "B", "aim": "b"})]


def test_csv_unknown_column_kept():
    result = read_csv(io.StringIO("name,kleur\nX,blauw\n"))
    assert result == [(2, {"name": "X", "kleur": "blauw"})]


def test_csv_value_without_header_reported():
    with pytest.raises(InterchangeError) as info:
        read_csv(io.StringIO("name,summary\nA,a,extra\nB,b\nC,c,,nog een\n"))
    assert [p[0] for p in info.value.problems] == [2, 4]
    assert "zonder kolomnaam" in info.value.problems[0][2]


def test_csv_invalid_utf8_refused():
    with pytest.raises(InterchangeError) as info:
        read_csv(b"name\nCaf\xe9\n")
    assert "UTF-8" in str(info.value)


def test_csv_empty_and_header_only():
    assert read_csv(io.StringIO("")) == []
    assert read_csv(io.StringIO("name,summary\r\n")) == []


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------


def test_xlsx_write_read_round_trip(tmp_path):
    records = [rich_record(), small_record(), {"name": "Leeg"}]
    path = tmp_path / "export.xlsx"
    write_xlsx(records, path)
    result = read_xlsx(path)
    assert [n for n, _ in result] == [2, 3, 4]
    assert [r for _, r in result] == records
    # also from a binary file object
    with open(path, "rb") as handle:
        assert [r for _, r in read_xlsx(handle)] == records


def test_xlsx_cells_are_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "export.xlsx"
    write_xlsx([rich_record(), small_record()], path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Instrumenten"]
    sheet = workbook["Instrumenten"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "id" and sheet["A1"].font.b
    header = [cell.value for cell in sheet[1]]
    assert header == columns_for([rich_record(), small_record()])

    def cell(row, column):
        return sheet.cell(row=row, column=header.index(column) + 1)

    for row, column, value in [
        (2, "provider.kvk", "01234567"),
        (3, "provider.kvk", "00012345"),
        (2, "locations.1.postcode", "4004 LA"),
        (2, "registration_codes.1.code", "0344"),
        (2, "ladder_from", "2"),
        (2, "costs_amount", "1250.00"),
        (2, "evidence_assessed_on", "2024-03-01"),
        (2, "distinctive_approach", '=HYPERLINK("http://evil")'),
    ]:
        c = cell(row, column)
        assert c.value == value, column
        assert c.data_type == "s", column
        assert c.number_format == "@", column
    assert cell(2, "distinctive_approach").quotePrefix
    assert sheet.column_dimensions["C"].width >= len("Buurtbaan Tiel")


def test_xlsx_reads_typed_cells_as_canonical_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    import datetime

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "ladder_from",
            "costs_amount",
            "intensity_hours_per_week",
            "evidence_assessed_on",
            "last_reviewed_on",
            "requires_doelgroepregister",
            "provider.kvk",
            "duration_value",
        ]
    )
    sheet.append(
        [3, 1250.0, 12.5, datetime.date(2024, 3, 1), datetime.datetime(2025, 1, 15, 10, 30), True, 1234567, 0.0000001]
    )
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    assert read_xlsx(path) == [
        (
            2,
            {
                "ladder_from": 3,
                "costs_amount": "1250",
                "intensity_hours_per_week": "12.5",
                "evidence_assessed_on": "2024-03-01",
                "requires_doelgroepregister": True,
                "provider": {"kvk": "1234567"},
                "duration_value": "0.0000001",
                "last_reviewed_on": "2025-01-15",
            },
        )
    ]


def test_xlsx_blank_rows_duplicate_header_and_unknown_column(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["name", "kleur", "contacts.1.name", "contacts.2.name", "contacts.3.name"])
    sheet.append(["A", "rood", "Eerste", None, "Derde"])
    sheet.append([None, None, None, None, None])
    sheet.append(["  ", "", None, None, None])
    sheet.cell(row=6, column=1, value="B")
    path = tmp_path / "blank.xlsx"
    workbook.save(path)
    assert read_xlsx(path) == [
        (2, {"name": "A", "contacts": [{"name": "Eerste"}, {"name": "Derde"}], "kleur": "rood"}),
        (6, {"name": "B"}),
    ]

    sheet.cell(row=1, column=5, value="kleur")
    workbook.save(path)
    with pytest.raises(InterchangeError) as info:
        read_xlsx(path)
    assert info.value.problems[0][:2] == (1, "kleur")
    assert "komt twee keer voor" in info.value.problems[0][2]


def test_xlsx_not_a_workbook():
    with pytest.raises(InterchangeError, match="geen geldig Excel-bestand"):
        read_xlsx(io.BytesIO(b"name,summary\nA,B\n"))


def test_xlsx_export_import_export_is_identical(tmp_path):
    first = tmp_path / "a.xlsx"
    write_xlsx([rich_record(), small_record()], first)
    records = [r for _, r in read_xlsx(first)]
    second = tmp_path / "b.xlsx"
    write_xlsx(records, second)
    assert [r for _, r in read_xlsx(second)] == records == [rich_record(), small_record()]


# --------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("export.jsonl", "jsonl"),
        ("x.NDJSON", "jsonl"),
        ("Instrumenten.CSV", "csv"),
        ("map/lijst.xlsx", "xlsx"),
        (Path("a.b.xlsx"), "xlsx"),
    ],
)
def test_format_from_filename(name, fmt):
    assert format_from_filename(name) == fmt


@pytest.mark.parametrize("name", ["lijst.xls", "lijst.txt", "zonder_extensie", "x.json"])
def test_format_from_filename_unknown_is_dutch_error(name):
    with pytest.raises(ValueError, match="wordt niet ondersteund|Onbekend bestandstype"):
        format_from_filename(name)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_write_file_read_file_dispatch(tmp_path, fmt):
    records = [rich_record(), small_record()]
    path = tmp_path / f"export.{fmt}"
    write_file(copy.deepcopy(records), path, fmt)
    assert [r for _, r in read_file(path, fmt)] == records
    assert [r for _, r in read_file(path, None)] == records  # from the file name


def test_read_file_unknown_format():
    with pytest.raises(ValueError, match="Onbekend bestandsformaat"):
        read_file(io.BytesIO(b""), "pdf")


def test_module_exports():
    for name in (
        "FIELD_ORDER",
        "flatten",
        "columns_for",
        "unflatten",
        "read_jsonl",
        "read_csv",
        "read_xlsx",
        "write_jsonl",
        "write_csv",
        "write_xlsx",
        "read_file",
        "write_file",
        "format_from_filename",
        "InterchangeError",
    ):
        assert hasattr(tabular, name)

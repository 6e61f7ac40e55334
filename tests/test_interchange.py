"""Import and export through the command line, in all three formats of FORMAT.md."""

import json

import openpyxl
import pytest
from sqlalchemy import delete, func, select

from portal.extensions import db
from portal.models import Instrument
from tests import factories as f


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=["instrumentengids", *args], input=input)


@pytest.fixture
def verband(ctx):
    owner = f.samenwerkingsverband([("GM0281", None, None), ("GM0216", None, None)], code="ruil-verband")
    f.instrument(owner, **{k: v for k, v in f.RICH.items() if k not in {"name", "availability"}}, name="Rijk gevuld")
    f.instrument(
        owner,
        name="Budgetcoaching “Grip op geld”",
        aim='Regel één\n\nTweede alinea met ; puntkomma, komma en "aanhalingstekens".\n- punt 1\n- punt 2',
        keywords=["geldzorgen", "schuldhulp"],
        availability={"gemeenten": ["GM0216"]},
        provider={"name": "Stichting Geldfit", "kvk": "00012345"},
        locations=[{"postcode": "4101 AB", "city": "Culemborg"}],
    )
    for number in range(3):
        f.instrument(
            owner, name=f"Werkervaringsplek {number}", tiles=["EW04", "EW08"], costs_amount="99.5", costs_unit="week"
        )
    f.instrument(owner, name="Concept blijft thuis", publish=False)
    return owner


def cell_values(path):
    sheet = openpyxl.load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_import_export_round_trip(ctx, verband, tmp_path, fmt):
    first, second = tmp_path / f"eerste.{fmt}", tmp_path / f"tweede.{fmt}"
    result = run(ctx, "export", str(first), "--owner", "ruil-verband")
    assert result.exit_code == 0, result.output
    assert "5 instrumenten geëxporteerd" in result.output

    db.session.execute(delete(Instrument).where(Instrument.owner_id == verband.id))
    assert db.session.scalar(select(func.count()).select_from(Instrument).where(Instrument.owner_id == verband.id)) == 0

    result = run(ctx, "import", str(first), "--owner", "ruil-verband", "--publish")
    assert result.exit_code == 0, result.output
    assert "5 nieuw, 0 bijgewerkt, 5 gepubliceerd" in result.output
    result = run(ctx, "export", str(second), "--owner", "ruil-verband")
    assert result.exit_code == 0, result.output

    if fmt == "xlsx":
        assert cell_values(first) == cell_values(second)
    else:
        assert first.read_bytes() == second.read_bytes()


def test_jsonl_export_is_the_format(ctx, verband, tmp_path):
    target = tmp_path / "uit.jsonl"
    run(ctx, "export", str(target), "--owner", "ruil-verband")
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    rich = next(r for r in records if r["name"] == "Rijk gevuld")
    assert rich["owner"] == "ruil-verband" and rich["status"] == "published" and "version" not in rich
    assert rich["costs_amount"] == "1250.00" and rich["outcomes"][0]["year"] == 2023
    assert rich["contacts"][1] == {"name": "Loket Taal", "phone": "0344 000 124", "kind": "extern", "public": True}
    assert all(r["name"] != "Concept blijft thuis" for r in records)


def test_reimport_of_the_same_file_updates_instead_of_duplicating(ctx, verband, tmp_path):
    target = tmp_path / "uit.jsonl"
    run(ctx, "export", str(target), "--owner", "ruil-verband")
    result = run(ctx, "import", str(target), "--owner", "ruil-verband")
    assert result.exit_code == 0, result.output
    assert "0 nieuw, 5 bijgewerkt" in result.output


def _hundred_records(bad_line: int) -> list[dict]:
    records = []
    for number in range(1, 101):
        record = f.payload(name=f"Instrument {number:03d}")
        if number == bad_line:
            record["tiles"] = ["EW04", "EW42"]
            record["contacts"] = [{"name": "Zonder nummer"}]
        records.append(record)
    return records


def test_one_bad_record_among_a_hundred_writes_nothing_jsonl(ctx, tmp_path):
    path = tmp_path / "honderd.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _hundred_records(57)) + "\n", encoding="utf-8")
    before = db.session.scalar(select(func.count()).select_from(Instrument))
    result = run(ctx, "import", str(path), "--owner", "GM0281")
    assert result.exit_code == 1
    assert "Regel 57: Fase in de dienstverlening (tiles): Onbekende code(s): 'EW42'." in result.output
    assert (
        "Regel 57: Contactpersonen (contacts.1.email): Geef een e-mailadres of een telefoonnummer op." in result.output
    )
    assert "er is niets geïmporteerd" in result.output
    assert "Regel 56" not in result.output and "Regel 58" not in result.output
    assert db.session.scalar(select(func.count()).select_from(Instrument)) == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_one_bad_record_among_a_hundred_writes_nothing_tabular(ctx, tmp_path, fmt):
    from portal.interchange.tabular import write_file

    path = tmp_path / f"honderd.{fmt}"
    write_file(_hundred_records(23), path, fmt)
    before = db.session.scalar(select(func.count()).select_from(Instrument))
    result = run(ctx, "import", str(path), "--owner", "GM0281")
    assert result.exit_code == 1
    # Row 1 is the header, so record 23 is on row 24.
    assert "Regel 24: Fase in de dienstverlening (tiles)" in result.output
    assert db.session.scalar(select(func.count()).select_from(Instrument)) == before


def test_import_refuses_another_owners_records_and_ids(ctx, verband, tmp_path):
    source = tmp_path / "uit.jsonl"
    run(ctx, "export", str(source), "--owner", "ruil-verband")
    result = run(ctx, "import", str(source), "--owner", "GM0344")
    assert result.exit_code == 1
    assert "hoort bij ruil-verband, niet bij GM0344" in result.output
    assert "hoort bij een instrument van een andere organisatie" in result.output


def test_import_of_a_broken_file(ctx, tmp_path):
    path = tmp_path / "kapot.jsonl"
    path.write_text('{"name": "ok"\nnog meer onzin\n', encoding="utf-8")
    result = run(ctx, "import", str(path), "--owner", "GM0281")
    assert result.exit_code == 1
    assert "Regel 1" in result.output and "Regel 2" in result.output


def test_import_for_an_unknown_owner(ctx, tmp_path):
    path = tmp_path / "leeg.jsonl"
    path.write_text("", encoding="utf-8")
    result = run(ctx, "import", str(path), "--owner", "bestaat-niet")
    assert result.exit_code == 1 and "Onbekende organisatie" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_everything_import_into_an_empty_portal_export_again(ctx, verband, tmp_path, fmt):
    """All organisations' published instruments → a new portal (only reference data and the
    same organisations) → the same file again. Each record goes to the owner it names."""
    from portal import create_app
    from portal.cli import initialise_database

    f.instrument(f.organisation("AM10"), name="Van de regio", availability={"gemeenten": ["GM0281"]})
    f.instrument(f.organisation("GM0344"), name="Van Utrecht")
    first, second = tmp_path / f"alles.{fmt}", tmp_path / f"terug.{fmt}"
    result = run(ctx, "export", str(first))
    assert result.exit_code == 0 and "7 instrumenten" in result.output, result.output

    empty = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'leeg.sqlite'}", "SECRET_KEY": "x" * 40, "TESTING": True}
    )
    with empty.app_context():
        initialise_database(echo=lambda _message: None)
        created = run(
            empty,
            "org",
            "create",
            "--type",
            "samenwerkingsverband",
            "--code",
            "ruil-verband",
            "--name",
            "Ruil",
            "--gemeenten",
            "GM0281,GM0216",
        )
        assert created.exit_code == 0, created.output
        result = run(empty, "import", str(first), "--publish")
        assert result.exit_code == 0, result.output
        assert "7 nieuw, 0 bijgewerkt, 7 gepubliceerd" in result.output
        assert run(empty, "export", str(second)).exit_code == 0
        db.session.remove()
        db.engine.dispose()
    if fmt == "xlsx":
        assert cell_values(first) == cell_values(second)
    else:
        assert first.read_bytes() == second.read_bytes()


def test_import_everything_is_all_or_nothing_over_every_owner(ctx, tmp_path):
    good = f.payload(owner="GM0281", name="Goed")
    unknown = f.payload(owner="bestaat-niet", name="Zwerver")
    bad = f.payload(owner="GM0344", name="")
    path = tmp_path / "gemengd.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (good, unknown, bad)) + "\n", encoding="utf-8")
    before = db.session.scalar(select(func.count()).select_from(Instrument))
    result = run(ctx, "import", str(path))
    assert result.exit_code != 0
    assert "Regel 2: Eigenaar (owner): Onbekende organisatie 'bestaat-niet'." in result.output
    assert "Regel 3: Naam (name): Dit veld is verplicht." in result.output
    assert db.session.scalar(select(func.count()).select_from(Instrument)) == before

"""Loading a newer CBS table: additions, renames, moves and disappearances are reported;
history and instruments stay."""

import csv

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Gemeente, Instrument, Organisation
from tenants.reference import GEMEENTEN_FILE, REGIONS_FILE, ReferenceFileError, load_reference
from tests import factories as f


def rows_of(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def newer_table(tmp_path):
    """2026: Tiel renamed, Buren gone, a new gemeente, Culemborg moved to Midden-Utrecht."""
    rows = [r for r in rows_of(GEMEENTEN_FILE) if r["cbs_code"] != "GM0214"]
    for row in rows:
        row["source_year"] = "2026"
        if row["cbs_code"] == "GM0281":
            row["name"] = "Tiel aan de Waal"
        if row["cbs_code"] == "GM0216":
            row["arbeidsmarktregio_code"], row["arbeidsmarktregio_name"] = "AM13", "Midden-Utrecht"
    rows.append({**rows[0], "cbs_code": "GM1999", "name": "Nieuwgemeente", "arbeidsmarktregio_code": "AM10"})
    return write_rows(tmp_path / "gemeenten-2026.csv", rows)


def test_the_shipped_table_loads_idempotently(ctx):
    report = load_reference()
    assert report.lines() == [] and report.organisations_created == 0


def test_newer_table_is_reported_and_history_kept(ctx, newer_table):
    buren_instrument = f.instrument(f.organisation("GM0214"), name="Burens aanbod")
    report = load_reference(newer_table, REGIONS_FILE)
    assert report.added == ["GM1999"]
    assert report.renamed == [("GM0281", "Tiel", "Tiel aan de Waal")]
    assert report.moved == [("GM0216", "AM10", "AM13")]
    assert report.disappeared == ["GM0214"]
    assert report.organisations_created == 1
    buren = db.session.get(Gemeente, "GM0214")
    assert buren.active is False
    assert db.session.get(Instrument, buren_instrument.id) is not None
    tiel = db.session.get(Gemeente, "GM0281")
    assert tiel.former_names == "Tiel"
    assert f.organisation("GM0281").name == "Gemeente Tiel aan de Waal"
    assert f.organisation("GM1999").type == "gemeente"
    assert any("verdwenen" in line and "GM0214" in line for line in report.lines())


def test_a_name_chosen_by_the_organisation_survives_a_rename(ctx, newer_table):
    f.organisation("GM0281").name = "Werkplein Tiel"
    load_reference(newer_table, REGIONS_FILE)
    assert f.organisation("GM0281").name == "Werkplein Tiel"


def test_malformed_table_writes_nothing(ctx, tmp_path):
    rows = rows_of(GEMEENTEN_FILE)
    rows[5]["arbeidsmarktregio_code"] = "AM99"
    rows[6]["cbs_code"] = "0281"
    bad = write_rows(tmp_path / "fout.csv", rows)
    before = db.session.scalar(select(func.count()).select_from(Gemeente).where(Gemeente.active))
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(bad, REGIONS_FILE)
    assert "regel 7: onbekende regio 'AM99'" in str(caught.value)
    assert "regel 8: ongeldige code '0281'" in str(caught.value)
    assert db.session.scalar(select(func.count()).select_from(Gemeente).where(Gemeente.active)) == before


def test_missing_columns_are_named(ctx, tmp_path):
    path = tmp_path / "kolommen.csv"
    path.write_text("cbs_code,name\nGM0001,X\n", encoding="utf-8")
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(path, REGIONS_FILE)
    assert "arbeidsmarktregio_code" in str(caught.value)


def test_cli_reports_and_dry_run_changes_nothing(ctx, newer_table):
    runner = ctx.test_cli_runner()
    result = runner.invoke(args=["instrumentengids", "reference", "load", str(newer_table), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Gemeente hernoemd: GM0281 'Tiel' → 'Tiel aan de Waal'" in result.output
    assert "niets opgeslagen" in result.output
    db.session.expire_all()
    assert db.session.get(Gemeente, "GM0281").name == "Tiel"
    assert db.session.scalar(select(Organisation).where(Organisation.code == "GM1999")) is None

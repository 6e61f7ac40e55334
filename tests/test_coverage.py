"""The coverage matrix agrees with instruments_available_in, cell by cell."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from portal.comparisons.coverage import coverage
from portal.extensions import db
from portal.models import Gemeente
from portal.timeutil import today
from tenants.areas import instruments_available_in
from tests import factories as f

SAMPLE = ["GM0281", "GM0216", "GM0344", "GM0363", "GM1740"]


@pytest.fixture
def landscape(ctx):
    yesterday = today() - dt.timedelta(days=1)
    ended = f.samenwerkingsverband(
        [("GM0281", None, None), ("GM0216", None, yesterday)], code="verband-gestopt", name="Verband dat stopte"
    )
    f.instrument(ended, name="Verband breed", tiles=["EW04", "EW07"], target_groups=["ED01"])
    f.instrument(ended, name="Verband alleen Culemborg", tiles=["EW06"], availability={"gemeenten": ["GM0216"]})
    region = f.organisation("AM10")
    f.instrument(region, name="Regio breed", tiles=["EW08"], ladder_from=2, ladder_to=4)
    f.instrument(region, name="Regio smal", tiles=["EW01"], availability={"gemeenten": ["GM0281", "GM1740"]})
    f.instrument(f.organisation("GM0281"), name="Tiel", tiles=["EW04"], target_groups=["ED05", "ED09"])
    f.instrument(f.organisation("GM0281"), name="Tiel concept", tiles=["EW09"], publish=False)
    f.instrument(f.organisation("GM0344"), name="Utrecht", tiles=["EW02"], ladder_from=5, ladder_to=6)
    national = f.landelijk(code="uwv-test", name="UWV test")
    f.instrument(national, name="Landelijk", tiles=["EW05"], target_groups=["ED02"])
    f.instrument(national, name="Landelijk smal", tiles=["EW03"], availability={"regions": ["AM10"]})
    f.instrument(
        national, name="Landelijk later", tiles=["EW03"], publish_from=(today() + dt.timedelta(days=3)).isoformat()
    )
    db.session.flush()


def expected(dimension: str, instruments) -> Counter:
    tally: Counter = Counter()
    for instrument in instruments:
        if dimension == "ladder":
            if instrument.ladder_from is not None:
                tally.update(
                    str(r) for r in range(instrument.ladder_from, (instrument.ladder_to or instrument.ladder_from) + 1)
                )
        else:
            tally.update(instrument.codes_of(dimension))
    return tally


@pytest.mark.parametrize("dimension", ["tiles", "target_groups", "ladder"])
def test_every_cell_matches_instruments_available_in(landscape, dimension):
    matrix = coverage(dimension, "gemeente", SAMPLE)
    for code in SAMPLE:
        available = instruments_available_in(code)
        assert matrix.totals.get(code, 0) == len(available), code
        assert +matrix.counts.get(code, Counter()) == expected(dimension, available), (code, dimension)


def test_a_service_that_ended_no_longer_counts(landscape):
    matrix = coverage("tiles", "gemeente", ["GM0281", "GM0216"])
    assert matrix.count("GM0281", "EW07") == 1  # Verband breed still serves Tiel
    assert matrix.count("GM0216", "EW07") == 0  # its service of Culemborg ended yesterday
    assert matrix.count("GM0216", "EW06") == 0  # narrowed to Culemborg, but no longer served
    assert matrix.count("GM0281", "EW09") == 0  # a draft counts nowhere
    assert matrix.count("GM0281", "EW03") == 1  # narrowed to the region: yes; the future one: not yet


def test_regions_count_each_instrument_once(landscape):
    matrix = coverage("tiles", "region", ["AM10"])
    gemeenten = db.session.scalars(select(Gemeente.code).where(Gemeente.region_code == "AM10", Gemeente.active))
    union = {i.id: i for code in gemeenten for i in instruments_available_in(code)}
    assert matrix.totals["AM10"] == len(union)
    assert +matrix.counts["AM10"] == expected("tiles", union.values())
    assert matrix.count("AM10", "EW01") == 1  # in two gemeenten of the region, counted once


def test_all_gemeenten_and_gaps(landscape):
    matrix = coverage("target_groups")
    assert len(matrix.areas) == 342
    assert matrix.count("GM0281", "ED05") == 1 and matrix.count("GM0344", "ED05") == 0
    assert matrix.gaps() > 0
    with pytest.raises(ValueError, match="Onbekende gebieden"):
        coverage("tiles", "gemeente", ["GM9999"])


# ----------------------------------------------------------------------------- pages and exports


@pytest.fixture
def member(ctx, landscape):
    client = ctx.test_client()
    user = f.user(f.organisation("AM10"), "werkgroeplid")
    db.session.commit()
    assert client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"}).status_code == 302
    return client


def test_coverage_page_shows_counts_gaps_and_links(member):
    page = member.get("/vergelijken/dekking?dimensie=tiles&gebied=regio&regio=AM10").get_data(as_text=True)
    matrix = coverage("tiles", "gemeente", ["GM0281"])
    tiel_row = page.split('<th scope="row">Tiel</th>')[1].split("</tr>")[0]
    assert f"<td>{matrix.totals['GM0281']}</td>" in tiel_row
    assert 'href="/zoeken?gemeente=GM0281&amp;tile=EW04"' in tiel_row
    assert 'class="gap"' in tiel_row  # EW02 Diagnostiek: nothing on offer in Tiel
    assert "witte vlekken" in page


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_have_the_same_numbers_as_the_screen(member, fmt):
    import io

    import openpyxl

    response = member.get(f"/vergelijken/dekking.{fmt}?dimensie=target_groups&gebied=regio&regio=AM10")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    if fmt == "csv":
        rows = [line.split(";") for line in response.get_data(as_text=True).lstrip("\ufeff").splitlines()]
    else:
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(response.data)).active.iter_rows()]
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    matrix = coverage("target_groups", "gemeente", [row for row in body])
    tiel = body["GM0281"]
    assert int(tiel[2]) == matrix.totals["GM0281"]
    for index, (code, _label) in enumerate(matrix.values, start=3):
        assert header[index].startswith(code)
        assert int(tiel[index]) == matrix.count("GM0281", code)


def test_country_grid_and_its_table(member):
    page = member.get("/vergelijken/land?dimensie=tiles&waarde=EW08").get_data(as_text=True)
    assert page.count('<li class="region-tile ') == 35
    matrix = coverage("tiles", "region")
    rivierenland = page.split('<th scope="row">Rivierenland</th>')[1].split("</tr>")[0]
    assert f"<td>{matrix.count('AM10', 'EW08')}</td>" in rivierenland
    assert "style=" not in page
    assert member.get("/vergelijken/land?dimensie=tiles&waarde=XX").status_code == 400


def test_only_working_group_members_and_beheerders_compare(ctx, landscape):
    client = ctx.test_client()
    user = f.user(f.organisation("GM0281"), "professional")
    db.session.commit()
    client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"})
    assert client.get("/vergelijken/dekking").status_code == 403


# ----------------------------------------------------------------------------- side by side


def test_side_by_side_marks_differences_and_exports_the_same(member, landscape):
    import io

    import openpyxl

    from portal.models import Instrument

    chosen = [db.session.scalar(select(Instrument).where(Instrument.name == n)) for n in ("Tiel", "Regio breed")]
    query = "&".join(f"id=http://portaal/instrument/{i.id}" for i in chosen)
    page = member.get(f"/vergelijken/naast-elkaar?{query}").get_data(as_text=True)
    assert page.count('<tr class="differs">') >= 3  # owner, fase, doelgroepen, ladder ...
    fase = page.split('<th scope="row">Fase')[1].split("</tr>")[0]
    assert "verschilt" in fase and "Werk fit" in fase and "Plaatsing" in fase
    kind = page.split('<th scope="row">Soort dienstverlening')[1].split("</tr>")[0]
    assert "verschilt" not in kind  # both IT01

    sheet = openpyxl.load_workbook(io.BytesIO(member.get(f"/vergelijken/naast-elkaar.xlsx?{query}").data)).active
    rows = {row[0].value: [c.value for c in row[1:]] for row in sheet.iter_rows(min_row=2)}
    assert rows["Fase"][-1] == "ja" and rows["Soort dienstverlening"][-1] == "nee"
    assert rows["Participatieladder"][:2] == ["–", "van 2 naar 4"]


def test_side_by_side_explains_bad_choices(member, landscape):
    from portal.models import Instrument

    draft = db.session.scalar(select(Instrument).where(Instrument.name == "Tiel concept"))
    response = member.get(f"/vergelijken/naast-elkaar?id=onzin&id={draft.id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "geen instrument" in page and "bestaat niet of u mag het niet zien" in page
    assert 'value="onzin"' in page  # what was typed stays
    one = db.session.scalar(select(Instrument).where(Instrument.name == "Tiel"))
    assert "Kies 2 tot 5" in member.get(f"/vergelijken/naast-elkaar?id={one.id}").get_data(as_text=True)


# ----------------------------------------------------------------------------- costs


def test_costs_per_category_and_unit_with_the_same_numbers_in_the_export(member, landscape):
    import io

    import openpyxl

    tiel = f.organisation("GM0281")
    for amount in ("100", "300", "800"):
        f.instrument(tiel, name=f"Traject {amount}", tiles=["EW04"], costs_amount=amount, costs_unit="trajectory")
    f.instrument(tiel, name="Per uur", tiles=["EW04"], costs_amount="55", costs_unit="hour")
    db.session.commit()
    page = member.get("/vergelijken/kosten?gebied=AM10").get_data(as_text=True)
    row = page.split('<th scope="row">Werk fit</th><td>per traject</td>')[1].split("</tr>")[0]
    assert "<td>3</td>" in row and "€ 100,00" in row and "€ 300,00" in row and "€ 800,00" in row
    assert "<svg" in page and "style=" not in page
    uur = page.split('<th scope="row">Werk fit</th><td>per uur</td>')[1].split("</tr>")[0]
    assert "€ 55,00" in uur  # another unit: its own row, never mixed with per traject

    sheet = openpyxl.load_workbook(io.BytesIO(member.get("/vergelijken/kosten?gebied=AM10&formaat=xlsx").data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert ["Werk fit", "per traject", 3, 100.0, 300.0, 800.0] == rows[[r[1] for r in rows].index("per traject")][:6]
    assert member.get("/vergelijken/kosten?gebied=AM99").status_code == 404


def test_country_export_has_the_numbers_of_the_grid(member):
    rows = member.get("/vergelijken/land?dimensie=tiles&waarde=EW08&formaat=csv").get_data(as_text=True)
    lines = rows.lstrip("\ufeff").splitlines()
    assert lines[0] == "Code;Regio;Aantal" and len(lines) == 36
    matrix = coverage("tiles", "region")
    am10 = next(line for line in lines if line.startswith("AM10;"))
    assert am10.endswith(f";{matrix.count('AM10', 'EW08')}")

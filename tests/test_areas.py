"""The availability rules of FORMAT.md: who serves a gemeente, and what is available there."""

import datetime as dt

import pytest

from portal.actions.errors import Invalid
from tenants.areas import instruments_available_in, organisations_serving
from tests import factories as f

TIEL, CULEMBORG, NEDER_BETUWE, UTRECHT = "GM0281", "GM0216", "GM1740", "GM0344"
ON = dt.date(2026, 6, 1)


@pytest.fixture
def world(ctx):
    verband = f.samenwerkingsverband(
        [(TIEL, None, None), (CULEMBORG, None, None), (NEDER_BETUWE, None, dt.date(2025, 12, 31))],
        name="Werkbedrijf Test",
    )
    national = f.landelijk()
    return {
        "tiel": f.instrument(f.organisation(TIEL), name="Tiel werkt"),
        "verband": f.instrument(verband, name="Verband-traject"),
        "verband_culemborg_only": f.instrument(
            verband, name="Alleen Culemborg", availability={"gemeenten": [CULEMBORG]}
        ),
        "region": f.instrument(f.organisation("AM10"), name="Regionaal werkgeversaanbod"),
        "national": f.instrument(national, name="Landelijke regeling"),
        "national_am13_only": f.instrument(
            national, name="Proef in Midden-Utrecht", availability={"regions": ["AM13"]}
        ),
        "utrecht": f.instrument(f.organisation(UTRECHT), name="Utrecht werkt"),
        "draft": f.instrument(f.organisation(TIEL), name="Nog een concept", publish=False),
        "verband_org": verband,
        "national_org": national,
    }


def names(instruments):
    return {i.name for i in instruments}


def test_tiel_gets_own_verband_region_and_national(world):
    found = names(instruments_available_in(TIEL, on=ON))
    assert {"Tiel werkt", "Verband-traject", "Regionaal werkgeversaanbod", "Landelijke regeling"} <= found
    assert not found & {"Utrecht werkt", "Alleen Culemborg", "Proef in Midden-Utrecht", "Nog een concept"}


def test_narrowing_to_a_gemeente_inside_the_area(world):
    assert "Alleen Culemborg" in names(instruments_available_in(CULEMBORG, on=ON))


def test_national_organisation_may_narrow_to_any_region(world):
    found = names(instruments_available_in(UTRECHT, on=ON))
    assert {"Utrecht werkt", "Proef in Midden-Utrecht", "Landelijke regeling"} <= found
    assert not found & {"Tiel werkt", "Verband-traject", "Regionaal werkgeversaanbod"}


def test_samenwerkingsverband_service_ending_on_a_date(world):
    on_last_day = names(instruments_available_in(NEDER_BETUWE, on=dt.date(2025, 12, 31)))
    day_after = names(instruments_available_in(NEDER_BETUWE, on=dt.date(2026, 1, 1)))
    assert "Verband-traject" in on_last_day
    assert "Verband-traject" not in day_after
    assert "Regionaal werkgeversaanbod" in day_after  # the region still serves Neder-Betuwe
    verband = world["verband_org"]
    assert verband in organisations_serving(NEDER_BETUWE, on=dt.date(2025, 12, 31))
    assert verband not in organisations_serving(NEDER_BETUWE, on=dt.date(2026, 1, 1))


def test_service_that_starts_later(ctx):
    verband = f.samenwerkingsverband([(UTRECHT, dt.date(2027, 1, 1), None)])
    f.instrument(verband, name="Vanaf 2027")
    assert "Vanaf 2027" not in names(instruments_available_in(UTRECHT, on=dt.date(2026, 12, 31)))
    assert "Vanaf 2027" in names(instruments_available_in(UTRECHT, on=dt.date(2027, 1, 1)))


def test_organisations_serving_in_order(world):
    serving = organisations_serving(TIEL, on=ON)
    types = [o.type for o in serving]
    assert types == sorted(types, key=["gemeente", "samenwerkingsverband", "arbeidsmarktregio", "landelijk"].index)
    codes = {o.code for o in serving}
    assert {TIEL, "AM10", world["verband_org"].code, world["national_org"].code} <= codes
    assert UTRECHT not in codes and "AM13" not in codes


def test_publication_window(ctx):
    f.instrument(f.organisation(TIEL), name="Zomerregeling", publish_from="2026-06-01", publish_to="2026-08-31")
    assert "Zomerregeling" not in names(instruments_available_in(TIEL, on=dt.date(2026, 5, 31)))
    assert "Zomerregeling" in names(instruments_available_in(TIEL, on=dt.date(2026, 8, 31)))
    assert "Zomerregeling" not in names(instruments_available_in(TIEL, on=dt.date(2026, 9, 1)))
    assert "Zomerregeling" in names(instruments_available_in(TIEL, on=dt.date(2026, 9, 1), published_only=False))


@pytest.mark.parametrize(
    "owner_code,availability,message",
    [
        (TIEL, {"gemeenten": [CULEMBORG]}, "buiten het werkgebied"),
        ("AM10", {"gemeenten": [UTRECHT]}, "buiten het werkgebied"),
        ("AM10", {"regions": ["AM13"]}, "niet helemaal binnen"),
        (TIEL, {"national": True}, "Alleen een landelijke organisatie"),
        ("AM10", {"gemeenten": ["GM9999"]}, "Onbekende gemeente"),
    ],
)
def test_narrowing_outside_the_owners_area_is_refused(ctx, owner_code, availability, message):
    with pytest.raises(Invalid) as caught:
        f.instrument(f.organisation(owner_code), availability=availability)
    assert any(message in text for _key, text in caught.value.problems)


def test_region_may_narrow_to_its_own_gemeenten(ctx):
    created = f.instrument(f.organisation("AM10"), name="Alleen Tiel", availability={"gemeenten": [TIEL]})
    assert created in instruments_available_in(TIEL, on=ON)
    assert created not in instruments_available_in(CULEMBORG, on=ON)

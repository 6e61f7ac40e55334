"""Search inside the portal: outbox, indexer lease, rebuild, check, and searching as a user."""

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from portal.actions.instruments import instrument_transition, instrument_update
from portal.extensions import db
from portal.models import SearchOutboxEntry, ServiceArea, SimilarList
from search.backend import SearchRequest, Viewer
from search.service import (
    acquire_lease,
    check,
    forget_backends,
    get_backend,
    process_outbox,
    rebuild,
    renew_similar,
    search_instruments,
)
from tests import factories as f

PASSWORD = "correct horse battery"


@pytest.fixture
def index(ctx, tmp_path):
    previous = ctx.config.get("SEARCH_INDEX_DIR")
    ctx.config["SEARCH_INDEX_DIR"] = str(tmp_path / "index")
    forget_backends()
    rebuild()
    yield get_backend()
    forget_backends()
    ctx.config["SEARCH_INDEX_DIR"] = previous


def drain() -> int:
    total = 0
    while (done := process_outbox()) > 0:
        total += done
    return total


def names(user, **request) -> list[str]:
    return [i.name for i in search_instruments(user, SearchRequest(**request)).instruments]


def test_a_save_becomes_findable_through_the_outbox(index):
    tiel = f.organisation("GM0281")
    created = f.instrument(tiel, name="Fietsmaatjes Tiel", summary="Samen fietsen naar je werk.")
    assert names(None, text="fietsmaatjes", viewer=Viewer("internal")) == []  # not yet applied
    assert drain() >= 1
    professional = f.user(tiel, "professional")
    assert names(professional, text="fietsmaatjes") == ["Fietsmaatjes Tiel"]
    pending = db.session.scalars(select(SearchOutboxEntry).where(SearchOutboxEntry.processed_at.is_(None))).all()
    assert pending == []
    instrument_update(
        None, created, f.payload(name="Fietsmaatjes Tiel", summary="Samen op de fiets."), expected_version=2
    )
    drain()
    assert names(professional, text="samen fiets") == ["Fietsmaatjes Tiel"]
    instrument_transition(None, created, "archived")
    drain()
    assert names(professional, text="fietsmaatjes") == []


def test_visibility_per_user(index):
    tiel, utrecht = f.organisation("GM0281"), f.organisation("GM0344")
    public_part = {"visible": True, "summary": "Kanariegeel programma voor jou.", "how_to_start": "Bel ons."}
    f.instrument(tiel, name="Openbaar kanariegeel", public=public_part)
    f.instrument(tiel, name="Intern kanariegeel")
    f.instrument(tiel, name="Concept kanariegeel", publish=False)
    f.instrument(utrecht, name="Utrechts concept kanariegeel", publish=False)
    drain()
    editor = f.user(tiel, "redacteur")
    professional = f.user(utrecht, "professional")
    assert names(None, text="kanariegeel") == ["Openbaar kanariegeel"]
    assert sorted(names(professional, text="kanariegeel")) == ["Intern kanariegeel", "Openbaar kanariegeel"]
    assert sorted(names(editor, text="kanariegeel")) == [
        "Concept kanariegeel",
        "Intern kanariegeel",
        "Openbaar kanariegeel",
    ]


def test_a_stale_index_can_hide_but_never_reveal(index):
    tiel = f.organisation("GM0281")
    created = f.instrument(tiel, name="Straks concept")
    drain()
    professional = f.user(tiel, "professional")
    assert names(professional, text="straks concept") == ["Straks concept"]
    created.status = "draft"  # changed behind the outbox's back: the index still says published
    db.session.flush()
    assert names(professional, text="straks concept") == []  # the database check drops it
    queued = db.session.scalars(select(SearchOutboxEntry).where(SearchOutboxEntry.instrument_id == created.id)).all()
    assert any(e.processed_at is None for e in queued)  # and it asks for a reindex


def test_publication_window_without_saving(index):
    tiel = f.organisation("GM0281")
    f.instrument(tiel, name="Wintertraject", publish_from="2027-01-01")
    drain()
    before = SearchRequest(text="wintertraject", viewer=Viewer("internal"), today=dt.date(2026, 12, 31))
    after = SearchRequest(text="wintertraject", viewer=Viewer("internal"), today=dt.date(2027, 1, 1))
    assert index.search(before).total == 0
    assert index.search(after).total == 1


def test_check_reports_and_repairs(index):
    tiel = f.organisation("GM0281")
    a = f.instrument(tiel, name="Komt in de index")
    b = f.instrument(tiel, name="Wordt verouderd")
    drain()
    index.remove([str(a.id)])
    b.summary = "Gewijzigd zonder outbox"
    b.updated_at = dt.datetime.now(dt.UTC)
    db.session.flush()
    index.index([{**_doc_of(b), "id": "00000000-0000-0000-0000-000000000000"}])
    report = check(repair=False)
    assert str(a.id) in report.missing and str(b.id) in report.stale
    assert "00000000-0000-0000-0000-000000000000" in report.extra
    report = check(repair=True)
    assert report.repaired
    assert check(repair=False).consistent


def _doc_of(instrument):
    from search.documents import build_document, reference_maps

    region_of, regions = reference_maps(db.session)
    return build_document(instrument, region_of, regions)


def test_a_corrupt_index_is_rebuilt_not_a_crash(ctx, tmp_path):
    directory = tmp_path / "kapot"
    directory.mkdir()
    (directory / "MAIN_toc_garbage.toc").write_bytes(b"\x00 dit is geen whoosh-index")
    (directory / "_MAIN_1.toc").write_bytes(b"\x00\x01 kapot")
    ctx.config["SEARCH_INDEX_DIR"] = str(directory)
    forget_backends()
    try:
        f.instrument(f.organisation("GM0281"), name="Overleeft een kapotte index")
        backend = get_backend()
        assert backend.was_recreated
        process_outbox()  # the first indexer turn fills the new index from the database
        assert backend.search(SearchRequest(text="kapotte index", viewer=Viewer("internal"))).total == 1
    finally:
        forget_backends()
        ctx.config["SEARCH_INDEX_DIR"] = None


def test_only_one_holder_of_the_indexer_lease_at_a_time(index):
    from portal.models import Lease

    assert acquire_lease()
    assert acquire_lease()  # the holder renews
    lease = db.session.get(Lease, "search-indexer")
    lease.holder = "andere-machine:123:456"  # someone else holds it and it has not expired
    db.session.flush()
    assert not acquire_lease()
    f.instrument(f.organisation("GM0281"), name="Wacht op de houder")
    assert process_outbox() == 0  # another process holds the lease: this one does not write
    lease.expires_at = lease.expires_at - dt.timedelta(minutes=5)  # the other holder died
    db.session.flush()
    assert process_outbox() >= 1


def test_search_page_and_api(index, client):
    tiel = f.organisation("GM0281")
    public_part = {
        "visible": True,
        "title": "Werk vinden met een jobcoach",
        "summary": "Een jobcoach helpt je.",
        "how_to_start": "Bel.",
    }
    f.instrument(tiel, name="Jobcoaching Tiel", public=public_part, tiles=["EW08"])
    f.instrument(f.organisation("GM0344"), name="Jobcoaching Utrecht", public=public_part, tiles=["EW09"])
    drain()
    db.session.commit()
    page = client.get("/zoeken?q=jobcoach&gemeente=Tiel").get_data(as_text=True)
    assert "Werk vinden met een jobcoach" in page and "1 resultaat" in page
    data = client.get("/api/v1/search?q=jobcoach").get_json()
    assert data["total"] == 2 and "name" not in data["results"][0]  # public fields only
    tiles = {item["code"]: item["count"] for item in data["facets"]["tile"]}
    assert tiles == {"EW08": 1, "EW09": 1}
    filtered = client.get("/api/v1/search?q=jobcoach&tile=EW08").get_json()
    assert filtered["total"] == 1
    assert {i["code"]: i["count"] for i in filtered["facets"]["tile"]} == {"EW08": 1, "EW09": 1}
    assert client.get("/api/v1/search?q=status:draft%20*o*").status_code == 200


def test_search_page_facet_checkboxes(index, client):
    """The filter column: every value with its label and count, the chosen ones checked, and a
    chosen value from the address that no instrument has shown (escaped) and still checked."""
    from portal.views.search import facet_labels

    tiel = f.organisation("GM0281")
    public_part = {"visible": True, "summary": "Een jobcoach helpt je.", "how_to_start": "Bel."}
    f.instrument(tiel, name="Jobcoaching Tiel", public=public_part, tiles=["EW08"])
    f.instrument(tiel, name="Jobcoaching Tiel twee", public=public_part, tiles=["EW08", "EW09"])
    drain()
    db.session.commit()
    page = client.get("/zoeken", query_string={"q": "jobcoach", "tile": ["EW09", '"><script>x</script>']}).get_data(
        as_text=True
    )
    names = facet_labels("tile")
    column = " ".join(page.split('class="facets"', 1)[1].split("</aside>", 1)[0].split())
    assert f'name="tile" value="EW08"> {names["EW08"]} <span class="muted">(2)</span>' in column
    assert f'name="tile" value="EW09" checked> {names["EW09"]} <span class="muted">(1)</span>' in column
    assert "<script>" not in column
    assert 'value="&#34;&gt;&lt;script&gt;x&lt;/script&gt;" checked>' in column


def test_more_like_this_respects_visibility(index, client):
    tiel = f.organisation("GM0281")
    public_part = {"visible": True, "summary": "Je leert Nederlands.", "how_to_start": "Kom langs."}
    shown = f.instrument(tiel, name="Taalcafé Tiel", tiles=["EW06"], target_groups=["ED05"], public=public_part)
    f.instrument(tiel, name="Taalmaatje Tiel", tiles=["EW06"], target_groups=["ED05"], public=public_part)
    f.instrument(
        tiel, name="Taalconcept Tiel", tiles=["EW06"], target_groups=["ED05"], publish=False, public=public_part
    )
    drain()
    db.session.commit()
    page = client.get(f"/instrument/{shown.id}").get_data(as_text=True)
    section = page.split("Meer zoals dit", 1)[1]
    assert "Taalmaatje Tiel" in section
    assert "Taalconcept" not in section and "Taalcafé Tiel</a>" not in section


def _more_like_this(client, instrument) -> str:
    page = client.get(f"/instrument/{instrument.id}").get_data(as_text=True)
    return page.split("Meer zoals dit", 1)[1] if "Meer zoals dit" in page else ""


def _store(instrument, *others, computed_at=None) -> None:
    values = {"similar_ids": " ".join(str(o.id) for o in others)}
    if computed_at is not None:
        values["computed_at"] = computed_at
    db.session.execute(update(SimilarList).where(SimilarList.instrument_id == instrument.id).values(**values))
    db.session.commit()


def test_more_like_this_for_visitors_comes_from_the_lists_the_indexer_stored(index, client):
    tiel = f.organisation("GM0281")
    public_part = {"visible": True, "summary": "Je leert Nederlands.", "how_to_start": "Kom langs."}
    like = {"tiles": ["EW06"], "target_groups": ["ED05"], "public": public_part}
    cafe = f.instrument(tiel, name="Taalcafé Tiel", **like)
    maatje = f.instrument(tiel, name="Taalmaatje Tiel", **like)
    les = f.instrument(tiel, name="Taalles Tiel", **like)
    concept = f.instrument(tiel, name="Taalconcept Tiel", publish=False, **like)
    drain()
    stored = {row.instrument_id: row.similar_ids.split() for row in db.session.scalars(select(SimilarList))}
    assert set(stored[cafe.id]) == {str(maatje.id), str(les.id)}  # the draft is in no public list
    assert str(cafe.id) in stored[maatje.id] and stored[concept.id] == []

    # The page shows the stored list, not one of its own: keep only the Taalles in it.
    _store(cafe, les)
    section = _more_like_this(client, cafe)
    assert "Taalles Tiel" in section and "Taalmaatje Tiel" not in section
    # A stored instrument that is no longer public is left out (checked against the database).
    instrument_transition(None, les, "archived")
    db.session.commit()
    assert "Taalles Tiel" not in _more_like_this(client, cafe)

    # A professional's list depends on what they may see: computed on the page.
    client.post("/inloggen", data={"email": f.user(tiel, "professional").email, "password": PASSWORD})
    assert "Taalmaatje Tiel" in _more_like_this(client, cafe)
    client.post("/uitloggen")

    # Not trusted when older than the instrument's last change, or too old: computed on the page.
    _store(cafe, les)
    changed = f.payload(name="Taalcafé Tiel", summary="Praat mee in het taalcafé.", **like)
    instrument_update(None, cafe, changed, expected_version=cafe.version)
    db.session.commit()
    assert "Taalmaatje Tiel" in _more_like_this(client, cafe)
    drain()  # the change is indexed: a fresh list
    db.session.expire_all()
    assert db.session.get(SimilarList, cafe.id).similar_ids.split() == [str(maatje.id)]
    _store(cafe, computed_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3))
    assert "Taalmaatje Tiel" in _more_like_this(client, cafe)


def test_renewal_stores_missing_lists_and_renews_old_ones(index):
    tiel = f.organisation("GM0281")
    public_part = {"visible": True, "summary": "Nederlands.", "how_to_start": "Bel."}
    like = {"tiles": ["EW06"], "target_groups": ["ED05"], "public": public_part}
    first = f.instrument(tiel, name="Taalcafé Tiel", **like)
    second = f.instrument(tiel, name="Taalmaatje Tiel", **like)
    drain()
    db.session.execute(SimilarList.__table__.delete().where(SimilarList.instrument_id == second.id))
    hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    _store(first, computed_at=hour_ago)  # an old, empty list
    third = f.instrument(tiel, name="Taalles Tiel", **like)
    drain()
    untouched = db.session.get(SimilarList, third.id).computed_at
    db.session.expire_all()

    assert renew_similar() == 2  # the missing one and the old one; the fresh one waits its turn
    lists = {row.instrument_id: row for row in db.session.scalars(select(SimilarList))}
    assert set(lists[second.id].similar_ids.split()) == {str(first.id), str(third.id)}
    assert set(lists[first.id].similar_ids.split()) == {str(second.id), str(third.id)}
    assert lists[third.id].computed_at == untouched
    assert renew_similar() == 0


def test_rebuild_stores_the_list_of_every_public_instrument(index):
    tiel = f.organisation("GM0281")
    public = {"visible": True, "summary": "Nederlands.", "how_to_start": "Bel."}
    shown = [f.instrument(tiel, name=f"Taal {n}", tiles=["EW06"], public=public) for n in range(3)]
    f.instrument(tiel, name="Taal intern", tiles=["EW06"])  # no public part
    f.instrument(tiel, name="Taal concept", tiles=["EW06"], public=public, publish=False)
    db.session.commit()
    rebuild()
    stored = {row.instrument_id: row.similar_ids.split() for row in db.session.scalars(select(SimilarList))}
    assert set(stored) == {i.id for i in shown}
    assert all(len(ids) == 2 for ids in stored.values())
    assert db.session.scalar(select(func.count()).select_from(SimilarList)) == 3


def test_a_result_says_when_an_instrument_is_available_in_part_of_the_area(index, client):
    verband = f.landelijk()
    for name, availability in (
        ("Fietsles overal", None),
        ("Fietsles alleen Tiel", {"gemeenten": ["GM0281"]}),
        ("Fietsles in de regio", {"regions": ["AM13"]}),
    ):
        public = {"visible": True, "title": name, "summary": "Fietsen.", "how_to_start": "Bel."}
        f.instrument(verband, name=name, public=public, **({"availability": availability} if availability else {}))
    drain()
    db.session.commit()
    page = client.get("/zoeken?q=fietsles&sort=name").get_data(as_text=True)
    cards = {c.split("</a>", 1)[0].rsplit(">", 1)[1]: c for c in page.split('<li class="card">')[1:]}
    assert set(cards) == {"Fietsles overal", "Fietsles alleen Tiel", "Fietsles in de regio"}
    partly = {name for name, card in cards.items() if "alleen in een deel van het werkgebied" in card}
    assert partly == {"Fietsles alleen Tiel", "Fietsles in de regio"}


def test_api_accepts_the_documented_parameter_names(index, client):
    tiel = f.organisation("GM0281")
    f.instrument(tiel, name="Regionaal bekeken", tiles=["EW04"])
    f.instrument(f.organisation("GM0344"), name="Elders bekeken", tiles=["EW04"])
    drain()
    professional = f.user(tiel, "professional")
    db.session.commit()
    client.post("/inloggen", data={"email": professional.email, "password": PASSWORD})
    data = client.get("/api/v1/search?q=bekeken&gemeente=GM0281&region=AM10&tile=EW04").get_json()
    assert [r["name"] for r in data["results"]] == ["Regionaal bekeken"]
    assert data["gemeente"] == "GM0281"


def test_a_changed_working_area_filters_searches_at_once(index, client):
    verband = f.samenwerkingsverband([("GM0281", None, None), ("GM0216", None, None)], name="Werkbedrijf Test")
    public = {"visible": True, "title": "Fietsles van het werkbedrijf", "summary": "Fietsen.", "how_to_start": "Bel."}
    f.instrument(verband, name="Fietsles werkbedrijf", public=public)
    drain()
    db.session.commit()

    def found_in(code: str) -> bool:
        page = client.get(f"/zoeken?q=fietsles&gemeente={code}").get_data(as_text=True)
        return "Fietsles van het werkbedrijf" in page

    assert found_in("GM0281") and found_in("GM0216")  # the second answer came from what was kept
    area = db.session.scalar(
        select(ServiceArea).where(ServiceArea.organisation_id == verband.id, ServiceArea.gemeente_code == "GM0281")
    )
    db.session.delete(area)
    db.session.commit()
    assert not found_in("GM0281") and found_in("GM0216")

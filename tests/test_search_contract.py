"""Contract tests of the search backends (``search.backend.SearchBackend``).

Every test runs against every backend through the ``backend`` fixture, so both answer the
same requests the same way: text analysis, facets, availability and, above all,
visibility (the leak tests with a canary word).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine

from search.backend import FACETS, GemeenteFilter, SearchRequest, SearchResult, Viewer
from search.postgres_backend import PostgresBackend
from tests.conftest import _fresh_postgres_database

TODAY = dt.date(2025, 6, 15)
PUBLIC = Viewer("public")
INTERNAL = Viewer("internal")
CANARY = "kanarievogel42"

_ids = itertools.count(1)


def doc(**overrides) -> dict:
    """A complete search document (every key of ``search.documents.build_document``)."""
    number = next(_ids)
    document = {
        "id": str(uuid.UUID(int=number)),
        "version": 1,
        "owner_id": 1,
        "owner_code": "GM0001",
        "owner_name": "Gemeente Eenstad",
        "owner_type": ["gemeente"],
        "status": "published",
        "public_visible": True,
        "publish_from": None,
        "publish_to": None,
        "updated_at": f"2025-01-{(number % 28) + 1:02d}T10:00:00+00:00",
        "name": f"Instrument {number}",
        "keywords": [],
        "summary": "Een instrument voor werkzoekenden.",
        "body": "",
        "provider_name": "",
        "public_title": f"Regeling {number}",
        "public_summary": "Een regeling voor inwoners.",
        "public_body": "",
        "tiles": ["EW04"],
        "ladder": ["3", "4"],
        "client_characteristics": ["KK01"],
        "target_groups": ["DG01"],
        "implementation": ["zelf"],
        "instrument_type": ["IT01"],
        "evidence_level": ["onbekend"],
        "legal_basis": [],
        "regions": ["AM01"],
        "cost_band": ["gratis"],
        "narrowed": False,
        "narrow_areas": [],
    }
    unknown = set(overrides) - set(document)
    assert not unknown, f"geen veld van een zoekdocument: {unknown}"
    document.update(overrides)
    return document


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def postgres_engine():
    url, drop = _fresh_postgres_database()  # skips (or fails in CI) when PostgreSQL is unreachable
    engine = create_engine(url)
    yield engine
    engine.dispose()
    drop()


@pytest.fixture(params=["whoosh", "postgres"])
def backend(request, tmp_path):
    if request.param == "whoosh":
        from search.whoosh_backend import WhooshBackend

        instance = WhooshBackend(tmp_path / "index")
    else:
        instance = PostgresBackend(request.getfixturevalue("postgres_engine"))
        instance.clear()
    yield instance
    close = getattr(instance, "close", None)  # backends holding files or searchers open
    if close is not None:
        close()


def search(backend, text="", viewer=INTERNAL, **kwargs) -> SearchResult:
    kwargs.setdefault("today", TODAY)
    return backend.search(SearchRequest(text=text, viewer=viewer, **kwargs))


def ids(result: SearchResult) -> set[str]:
    return {hit.id for hit in result.hits}


def found(backend, text="", viewer=INTERNAL, **kwargs) -> set[str]:
    kwargs.setdefault("per_page", 100)
    return ids(search(backend, text, viewer, **kwargs))


# ------------------------------------------------------------------ the factory itself


def test_factory_has_every_key_of_a_real_search_document():
    from search.documents import INTERNAL_TEXT_KEYS, PUBLIC_BODY_KEYS, build_document

    owner = SimpleNamespace(
        code="GM0001", name="Gemeente Eenstad", type="gemeente", gemeente_code="GM0001", region_code=None
    )
    instrument = SimpleNamespace(
        id=uuid.uuid4(),
        version=3,
        owner_id=1,
        owner=owner,
        status="published",
        public_visible=True,
        publish_from=None,
        publish_to=None,
        updated_at=dt.datetime(2025, 1, 1, 10, 0),
        name="Naam",
        keywords=["lks"],
        summary="Samenvatting",
        provider_name="",
        public_title="",
        public_summary="",
        ladder_from=2,
        ladder_to=3,
        available_regions=[],
        available_gemeenten=[],
        available_nationally=False,
        implementation="zelf",
        instrument_type="IT01",
        evidence_level="onbekend",
        costs_amount=Decimal("0"),
        codes_of=lambda _kind: [],
        **{key: "" for key in INTERNAL_TEXT_KEYS},
        **{f"public_{key}": "" for key in PUBLIC_BODY_KEYS},
    )
    real = build_document(instrument, {"GM0001": "AM01"}, ["AM01"])
    assert set(doc()) == set(real)


# ------------------------------------------------------------------------------ text


def test_stemming(backend):
    a = doc(name="Begeleiding van jongeren naar werk")
    b = doc(name="Trainingen voor werkgevers")
    backend.index([a, b])
    assert found(backend, "jongere") == {a["id"]}
    assert found(backend, "training werkgever") == {b["id"]}


def test_accent_folding_both_ways(backend):
    accented = doc(summary="Oriëntatie op financiële zelfstandigheid")
    plain = doc(summary="Orientatie voor statushouders")
    backend.index([accented, plain])
    assert found(backend, "orientatie") == {accented["id"], plain["id"]}
    assert found(backend, "Oriëntatie") == {accented["id"], plain["id"]}
    assert found(backend, "financiele") == {accented["id"]}


def test_synonyms_and_abbreviations(backend):
    subsidy = doc(name="Loonkostensubsidie voor werkgevers")
    abbreviated = doc(name="Proefplaatsing", keywords=["LKS"])
    other = doc(name="Fietsles")
    backend.index([subsidy, abbreviated, other])
    assert found(backend, "LKS") == {subsidy["id"], abbreviated["id"]}
    assert found(backend, "loonkostensubsidie") == {subsidy["id"], abbreviated["id"]}


def test_compound_parts(backend):
    compound = doc(summary="Wij bieden schuldhulpverlening aan huishoudens.")
    other = doc(summary="Wij bieden fietsles aan nieuwkomers.")
    backend.index([compound, other])
    assert found(backend, "schulden") == {compound["id"]}


def test_a_typed_compound_finds_a_longer_compound_but_not_one_part_alone(backend):
    wep = doc(name="Werkervaringsplek in de zorg")
    only_work = doc(name="Werk in de zorg", summary="Met begeleiding.")
    both_apart = doc(name="Ervaring opdoen met werk", summary="Leren op de werkvloer.")
    backend.index([wep, only_work, both_apart])
    assert found(backend, "werkervaring") >= {wep["id"]}
    assert only_work["id"] not in found(backend, "werkervaring")


def test_name_match_ranks_above_body_only_match(backend):
    body_only = doc(name="Begeleiding op de werkvloer", body="Met een jobcoach erbij.")
    in_name = doc(name="Jobcoach", body="Begeleiding op de werkvloer.")
    backend.index([body_only, in_name])
    result = search(backend, "jobcoach")
    assert [hit.id for hit in result.hits] == [in_name["id"], body_only["id"]]
    assert result.hits[0].score > result.hits[1].score


def test_every_word_must_match(backend):
    both = doc(summary="Fietsles voor jongeren")
    young = doc(summary="Werkervaring voor jongeren")
    cycling = doc(summary="Fietsles voor ouderen")
    backend.index([both, young, cycling])
    assert found(backend, "jongeren fietsles") == {both["id"]}
    assert found(backend, "fietsles") == {both["id"], cycling["id"]}


def test_empty_query_matches_every_visible_document(backend):
    documents = [doc() for _ in range(3)] + [doc(status="draft")]
    backend.index(documents)
    result = search(backend, "")
    assert result.total == 3
    assert ids(result) == {d["id"] for d in documents[:3]}


# --------------------------------------------------------------------------- facets


def _facet_documents():
    return {
        "d1": doc(tiles=["EW01"], target_groups=["DG01"], cost_band=["gratis"]),
        "d2": doc(tiles=["EW01", "EW02"], target_groups=["DG02"], cost_band=["gratis"]),
        "d3": doc(tiles=["EW02"], target_groups=["DG01"], cost_band=["tot_500"]),
        "d4": doc(tiles=["EW03"], target_groups=["DG02"], cost_band=["tot_500"]),
        "hidden": doc(tiles=["EW01"], target_groups=["DG01"], cost_band=["gratis"], status="draft"),
    }


def test_facet_filters_or_within_and_between(backend):
    d = _facet_documents()
    backend.index(list(d.values()))

    def by(**filters):
        return found(backend, filters={k: frozenset(v) for k, v in filters.items()})

    assert by(tile={"EW01"}) == {d["d1"]["id"], d["d2"]["id"]}
    assert by(tile={"EW01", "EW03"}) == {d["d1"]["id"], d["d2"]["id"], d["d4"]["id"]}
    assert by(tile={"EW01", "EW02"}, doelgroep={"DG01"}) == {d["d1"]["id"], d["d3"]["id"]}
    assert by(tile={"EW03"}, kosten={"gratis"}) == set()


def test_facet_counts_reflect_the_other_filters_but_not_their_own(backend):
    d = _facet_documents()
    backend.index(list(d.values()))
    result = search(backend, filters={"tile": frozenset({"EW01", "EW02"}), "doelgroep": frozenset({"DG01"})})
    assert result.total == 2
    assert set(result.facets) == set(FACETS)
    # tile counts: doelgroep DG01 applies (d1, d3), the tile filter itself does not.
    assert _counts(result, "tile", ["EW01", "EW02", "EW03"]) == {"EW01": 1, "EW02": 1, "EW03": 0}
    # doelgroep counts: tile EW01/EW02 applies (d1, d2, d3).
    assert _counts(result, "doelgroep", ["DG01", "DG02"]) == {"DG01": 2, "DG02": 1}
    # kosten: both filters apply (d1, d3).
    assert _counts(result, "kosten", ["gratis", "tot_500"]) == {"gratis": 1, "tot_500": 1}

    unfiltered = search(backend)
    assert _counts(unfiltered, "tile", ["EW01", "EW02", "EW03"]) == {"EW01": 2, "EW02": 2, "EW03": 1}
    assert _counts(unfiltered, "kosten", ["gratis", "tot_500"]) == {"gratis": 2, "tot_500": 2}


def _counts(result: SearchResult, facet: str, codes: list[str]) -> dict[str, int]:
    return {code: result.facets.get(facet, {}).get(code, 0) for code in codes}


# ---------------------------------------------------------------------- availability


def test_gemeente_availability(backend):
    gemeente = GemeenteFilter(code="GM0001", region_code="AM01", serving_owner_ids=frozenset({1, 2}))
    whole_area = doc(owner_id=1)
    narrowed_elsewhere = doc(owner_id=1, narrowed=True, narrow_areas=["GM0002"])
    narrowed_to_region = doc(owner_id=2, narrowed=True, narrow_areas=["AM01"])
    narrowed_to_gemeente = doc(owner_id=2, narrowed=True, narrow_areas=["GM0003", "GM0001"])
    not_serving = doc(owner_id=3)
    not_serving_narrowed_here = doc(owner_id=3, narrowed=True, narrow_areas=["GM0001"])
    backend.index(
        [
            whole_area,
            narrowed_elsewhere,
            narrowed_to_region,
            narrowed_to_gemeente,
            not_serving,
            not_serving_narrowed_here,
        ]
    )
    expected = {whole_area["id"], narrowed_to_region["id"], narrowed_to_gemeente["id"]}
    assert found(backend, gemeente=gemeente) == expected
    assert found(backend, gemeente=gemeente, viewer=PUBLIC) == expected
    result = search(backend, gemeente=gemeente)
    assert result.total == 3
    assert _counts(result, "tile", ["EW04"]) == {"EW04": 3}
    assert len(found(backend)) == 6  # without a gemeente everything is available


# ------------------------------------------------------------------------ visibility


def _visibility_documents():
    return {
        "published": doc(owner_id=1, public_title="Fietsles", summary="fietsles intern"),
        "not_public": doc(owner_id=1, public_visible=False, public_title="Fietsles", summary="fietsles intern"),
        "draft_own": doc(owner_id=1, status="draft", public_title="Fietsles", summary="fietsles intern"),
        "review_own": doc(owner_id=1, status="in_review", public_title="Fietsles", summary="fietsles intern"),
        "draft_other": doc(owner_id=2, status="draft", public_title="Fietsles", summary="fietsles intern"),
        "archived_other": doc(owner_id=2, status="archived", public_title="Fietsles", summary="fietsles intern"),
        "expired": doc(owner_id=2, publish_to="2025-06-14", public_title="Fietsles", summary="fietsles intern"),
        "future": doc(owner_id=2, publish_from="2025-06-16", public_title="Fietsles", summary="fietsles intern"),
        "expired_own": doc(owner_id=1, publish_to="2025-01-01", public_title="Fietsles", summary="fietsles intern"),
    }


def test_visibility_matrix(backend):
    d = _visibility_documents()
    backend.index(list(d.values()))
    key = {document["id"]: name for name, document in d.items()}

    def names(viewer, text="fietsles"):
        return {key[i] for i in found(backend, text, viewer)}

    assert names(PUBLIC) == {"published"}
    assert names(PUBLIC, "") == {"published"}
    assert names(INTERNAL) == {"published", "not_public"}
    assert names(INTERNAL, "") == {"published", "not_public"}
    editor = Viewer("internal", editor_owner_ids=frozenset({1}))
    assert names(editor) == {"published", "not_public", "draft_own", "review_own", "expired_own"}
    both = Viewer("internal", editor_owner_ids=frozenset({1, 2}))
    assert names(both) == set(d)


def test_public_viewer_cannot_match_internal_texts(backend):
    document = doc(
        name="Werkfit traject",
        keywords=["dagbesteding"],
        summary="Samenvatting met jobcoaching",
        body="Werkwijze met praktijkverklaring",
        provider_name="Stichting Voorbeeld",
        public_title="Aan het werk",
        public_summary="Wij helpen u naar werk.",
    )
    backend.index([document])
    for word in ("werkfit", "dagbesteding", "jobcoaching", "praktijkverklaring", "stichting voorbeeld"):
        assert found(backend, word, PUBLIC) == set(), word
        assert found(backend, word, INTERNAL) == {document["id"]}, word
    assert found(backend, "helpen", PUBLIC) == {document["id"]}
    assert found(backend, "helpen", INTERNAL) == {document["id"]}  # internal sees the public texts too


def test_publication_window_follows_the_date_without_reindexing(backend):
    windowed = doc(publish_from="2025-06-01", publish_to="2025-06-30", public_title="Zomerschool")
    backend.index([windowed])
    for viewer in (PUBLIC, INTERNAL):
        assert found(backend, "zomerschool", viewer, today=dt.date(2025, 5, 31)) == set()
        assert found(backend, "zomerschool", viewer, today=dt.date(2025, 6, 1)) == {windowed["id"]}
        assert found(backend, "zomerschool", viewer, today=dt.date(2025, 6, 30)) == {windowed["id"]}
        assert found(backend, "zomerschool", viewer, today=dt.date(2025, 7, 1)) == set()
    assert search(backend, "", PUBLIC, today=dt.date(2025, 7, 1)).total == 0


def test_today_defaults_to_the_date_in_the_netherlands(backend):
    always = doc(public_title="Altijd")
    ended = doc(publish_to="2000-01-01", public_title="Altijd")
    backend.index([always, ended])
    assert ids(backend.search(SearchRequest(text="altijd", viewer=PUBLIC))) == {always["id"]}


# ---------------------------------------------------------------------- leak tests

# CANARY occurs only in documents nobody but their own editors may see (drafts, archived,
# expired); INTERNAL_CANARY only in texts of published documents that the public may not
# search (internal fields, or a document that is not public-visible).
INTERNAL_CANARY = "tortelduif42"
LEAK_QUERY_TEMPLATES = (
    "{w}",
    "status:draft {w}",
    "status:draft",
    "{prefix}*",
    "*{middle}*",
    "name:{w}",
    '"{w}"',
    "{w} OR a",
    "{upper}",
    "{misspelled}",  # a misspelling: the suggestion must not reveal the word either
    "{w}*",
    "body:{w}",
    "summary:{w} AND status:published",
    "\\{w}\\",
    "'; SELECT * FROM search_documents WHERE name LIKE '%{w}%'; --",
)
SECRET = {"tiles": ["EW09"], "target_groups": ["DG99"]}
INTERNAL_SECRET = {"tiles": ["EW08"], "target_groups": ["DG98"]}


def leak_queries(word: str) -> list[str]:
    values = {"w": word, "prefix": word[:7], "middle": word[4:9], "upper": word.upper(), "misspelled": word[:-1]}
    return [template.format(**values) for template in LEAK_QUERY_TEMPLATES]


def _texts(word: str) -> dict:
    return {
        "name": f"Proef {word}",
        "keywords": [word],
        "summary": f"Over {word} status draft",
        "body": f"Tekst met {word}.",
        "provider_name": f"Stichting {word}",
        "public_title": f"Titel {word}",
        "public_summary": f"Voor inwoners {word}",
        "public_body": f"Meer over {word}.",
    }


def _leak_documents():
    hidden = {**_texts(CANARY), **SECRET}
    return {
        "visible": doc(owner_id=1, name="Gewone regeling", public_title="Gewone regeling a", summary="status a"),
        "draft_own": doc(owner_id=1, status="draft", **hidden),
        "draft_other": doc(owner_id=2, status="draft", **hidden),
        "review_other": doc(owner_id=2, status="in_review", **hidden),
        "archived_other": doc(owner_id=2, status="archived", **hidden),
        "expired_other": doc(owner_id=2, publish_to="2001-01-01", **hidden),
        "future_other": doc(owner_id=2, publish_from="2999-01-01", **hidden),  # similar() uses the real date
        "not_public": doc(owner_id=2, public_visible=False, **_texts(INTERNAL_CANARY), **INTERNAL_SECRET),
        "internal_texts_only": doc(
            owner_id=2,
            **{
                **_texts(INTERNAL_CANARY),
                "public_title": "Gewone titel",
                "public_summary": "Gewone samenvatting",
                "public_body": "",
            },
            **INTERNAL_SECRET,
        ),
    }


def _check(result: SearchResult, allowed: set[str], secret_words: list[str], d: dict, who: str, query: str):
    key = {document["id"]: name for name, document in d.items()}
    leaked = {key.get(i, i) for i in ids(result) - allowed}
    assert not leaked, f"{who} vindt {leaked} met {query!r}"
    for word in secret_words:
        for hit in result.hits:
            assert word not in hit.snippet.lower(), (who, query, hit.snippet)
        assert word not in (result.suggestion or "").lower(), (who, query, result.suggestion)


def _facet(result: SearchResult, facet: str, code: str) -> int:
    return result.facets.get(facet, {}).get(code, 0)


def test_leaks_to_the_public(backend):
    d = _leak_documents()
    backend.index(list(d.values()))
    allowed = {d["visible"]["id"], d["internal_texts_only"]["id"]}
    for query in leak_queries(CANARY) + leak_queries(INTERNAL_CANARY):
        result = search(backend, query, PUBLIC)
        _check(result, allowed, [CANARY, INTERNAL_CANARY], d, "publiek", query)
        assert CANARY not in str(result.facets) and INTERNAL_CANARY not in str(result.facets)
        for facet, code in (("tile", "EW09"), ("doelgroep", "DG99"), ("doelgroep", "DG98")):
            assert _facet(result, facet, code) == 0, (query, facet, code)
        assert _facet(result, "tile", "EW08") <= (1 if d["internal_texts_only"]["id"] in ids(result) else 0)
    # An empty query finds and counts only what the public may see, and shows no canary.
    everything = search(backend, "", PUBLIC)
    assert ids(everything) == allowed
    assert _facet(everything, "doelgroep", "DG99") == 0
    assert _facet(everything, "tile", "EW08") == 1
    for hit in everything.hits:
        assert CANARY not in hit.snippet.lower() and INTERNAL_CANARY not in hit.snippet.lower()


def test_leaks_to_professionals_of_another_organisation(backend):
    d = _leak_documents()
    backend.index(list(d.values()))
    published = {d["visible"]["id"], d["internal_texts_only"]["id"], d["not_public"]["id"]}
    for who, viewer in (("intern", INTERNAL), ("redacteur 3", Viewer("internal", frozenset({3})))):
        for query in leak_queries(CANARY):
            result = search(backend, query, viewer)
            _check(result, published, [CANARY], d, who, query)
            assert _facet(result, "tile", "EW09") == 0 and _facet(result, "doelgroep", "DG99") == 0, query
        # Internal texts of published documents are theirs to search.
        assert found(backend, INTERNAL_CANARY, viewer) == {d["not_public"]["id"], d["internal_texts_only"]["id"]}
        result = search(backend, INTERNAL_CANARY, viewer)
        assert _facet(result, "doelgroep", "DG98") == 2
        assert any("<mark>" in hit.snippet for hit in result.hits)


def test_editor_sees_own_drafts_only(backend):
    d = _leak_documents()
    backend.index(list(d.values()))
    editor = Viewer("internal", editor_owner_ids=frozenset({1}))
    allowed = {d["visible"]["id"], d["internal_texts_only"]["id"], d["not_public"]["id"], d["draft_own"]["id"]}
    for query in leak_queries(CANARY):
        result = search(backend, query, editor)
        _check(result, allowed, [], d, "redacteur 1", query)
        assert _facet(result, "doelgroep", "DG99") <= 1, query  # only the own draft
    assert found(backend, CANARY, editor) == {d["draft_own"]["id"]}
    assert _facet(search(backend, CANARY, editor), "tile", "EW09") == 1
    # The own draft may be suggested; nobody else's.
    assert CANARY in (search(backend, CANARY[:-1], editor).suggestion or "")
    assert CANARY not in (search(backend, CANARY[:-1], INTERNAL).suggestion or "")


def test_similar_does_not_leak(backend):
    d = _leak_documents()
    backend.index(list(d.values()))
    hidden = {d[name]["id"] for name in d if name not in {"visible", "internal_texts_only", "not_public"}}
    for viewer, may_see in (
        (PUBLIC, {d["visible"]["id"], d["internal_texts_only"]["id"]}),
        (INTERNAL, {d["visible"]["id"], d["internal_texts_only"]["id"], d["not_public"]["id"]}),
    ):
        for name, document in d.items():
            hits = backend.similar(document["id"], viewer)
            assert {h.id for h in hits} <= may_see - {document["id"]}, (viewer, name)
            for hit in hits:
                assert CANARY not in hit.snippet.lower()
                if viewer == PUBLIC:
                    assert INTERNAL_CANARY not in hit.snippet.lower()
        # From a document the viewer may see, the hidden look-alikes are not offered.
        hits = backend.similar(d["internal_texts_only"]["id"], viewer)
        assert not {h.id for h in hits} & hidden


# --------------------------------------------------------------------------- snippets


MARK = re.compile(r'<mark(?: class="[\w -]*")?>')  # a class for styling is allowed, nothing else


def test_snippets_are_escaped_and_marked(backend):
    document = doc(
        summary="Let op <script>alert('x')</script> voor jongeren & ouders",
        public_summary="Voor <b>jongeren</b> <script>alert(1)</script>",
    )
    backend.index([document])
    for viewer in (INTERNAL, PUBLIC):
        [hit] = search(backend, "jongeren", viewer).hits
        assert MARK.search(hit.snippet) and "</mark>" in hit.snippet, hit.snippet
        assert "<script" not in hit.snippet and "<b>" not in hit.snippet
        assert "&lt;script&gt;" in hit.snippet
        assert "<" not in MARK.sub("", hit.snippet).replace("</mark>", ""), hit.snippet


def test_public_snippet_comes_from_public_texts(backend):
    document = doc(summary="Intern geheim jongeren", body="Meer intern", public_summary="Voor jongeren in de stad")
    backend.index([document])
    [hit] = search(backend, "jongeren", PUBLIC).hits
    assert "geheim" not in hit.snippet and "intern" not in hit.snippet.lower()
    assert "stad" in hit.snippet


# ------------------------------------------------------------------ sort and paging


def test_sort_by_name_case_insensitive(backend):
    names = ["beta", "Alfa", "gamma", "Delta", "Épsilon"]
    documents = {name: doc(name=name) for name in names}
    backend.index(list(documents.values()))
    result = search(backend, sort="name")
    by_id = {d["id"]: name for name, d in documents.items()}
    assert [by_id[h.id] for h in result.hits] == ["Alfa", "beta", "Delta", "Épsilon", "gamma"]


def test_sort_by_updated_newest_first(backend):
    old = doc(updated_at="2024-01-01T08:00:00+00:00")
    new = doc(updated_at="2025-05-01T08:00:00+00:00")
    middle = doc(updated_at="2024-12-31T23:59:00+00:00")
    backend.index([old, new, middle])
    assert [h.id for h in search(backend, sort="updated").hits] == [new["id"], middle["id"], old["id"]]


def test_pagination(backend):
    documents = [doc(name=f"Fietsles {letter}") for letter in "abcde"]
    backend.index(documents)
    pages = [search(backend, "fietsles", page=page, per_page=2, sort="name") for page in (1, 2, 3, 4)]
    assert [p.total for p in pages] == [5, 5, 5, 5]
    assert [len(p.hits) for p in pages] == [2, 2, 1, 0]
    seen = [h.id for p in pages for h in p.hits]
    assert seen == [d["id"] for d in documents]


# ----------------------------------------------------------- index, remove, versions


def test_reindex_replaces_and_remove_removes(backend):
    first = doc(name="Oude fietsles", version=1)
    other = doc(name="Taalcafé", version=4)
    backend.index([first, other])
    assert backend.versions() == {first["id"]: 1, other["id"]: 4}

    second = {**first, "name": "Nieuwe zwemles", "version": 2}
    backend.index([second])
    assert backend.versions() == {first["id"]: 2, other["id"]: 4}
    assert found(backend, "fietsles") == set()
    assert found(backend, "zwemles") == {first["id"]}
    assert search(backend).total == 2

    backend.remove([first["id"], "bestaat-niet"])
    assert backend.versions() == {other["id"]: 4}
    assert found(backend, "zwemles") == set()
    backend.remove([])

    backend.clear()
    assert backend.versions() == {}
    assert search(backend).total == 0


def test_bulk_fills_an_empty_index_like_index_does(backend):
    documents = [doc(name=f"Werkplek {n}", keywords=[f"plek{n}"], version=n) for n in range(1, 26)]
    documents[7]["summary"] = "Begeleiding bij schuldhulpverlening"
    backend.clear()
    assert backend.bulk(iter(documents), expected=len(documents)) == 25
    assert backend.versions() == {d["id"]: d["version"] for d in documents}
    assert found(backend, "plek12") == {documents[11]["id"]}
    assert found(backend, "schulden") == {documents[7]["id"]}
    assert search(backend, "werkplek").total == 25
    # The indexer's small writes work on top of a bulk-filled index.
    backend.index([{**documents[0], "name": "Taalmaatje", "version": 9}])
    assert found(backend, "taalmaatje") == {documents[0]["id"]}
    assert search(backend, "werkplek").total == 24


def test_whoosh_bulk_with_several_processes(tmp_path, monkeypatch):
    """The multi-process path (spawned writers, one segment each) gives the same index."""
    from search import whoosh_backend
    from search.whoosh_backend import WhooshBackend

    monkeypatch.setattr(whoosh_backend, "BULK_PROCESSES_FROM", 10)
    monkeypatch.setattr(whoosh_backend, "BULK_JOB", 5)
    backend = WhooshBackend(tmp_path / "index")
    try:
        documents = [doc(name=f"Leerwerkplek {n}", keywords=[f"code{n}"], version=n) for n in range(1, 41)]
        assert backend.bulk(iter(documents), expected=len(documents)) == 40
        assert len(backend.versions()) == 40
        assert backend._segment_count() >= 2  # noqa: SLF001 - a segment per writer process
        assert found(backend, "code33") == {documents[32]["id"]}
        assert search(backend, "leerwerkplek", per_page=50).total == 40
        backend.remove([documents[0]["id"]])
        assert search(backend, "leerwerkplek", per_page=50).total == 39
    finally:
        backend.close()


def test_whoosh_keeps_the_bitmaps_of_unchanged_segments(tmp_path):
    """A save adds a small segment; the bitmaps of the segments before it are reused, and a
    deletion in an old segment is still honoured (deletions live in the searcher's table)."""
    from search.whoosh_backend import WhooshBackend

    backend = WhooshBackend(tmp_path / "index")
    try:
        first = [doc(name=f"Taalcafé {n}") for n in range(5)]
        backend.index(first)
        assert search(backend, "taalcafe").total == 5
        before = dict(backend._segments)  # noqa: SLF001
        backend.index([doc(name="Taalcafé nieuw")])
        assert search(backend, "taalcafe").total == 6
        after = backend._segments  # noqa: SLF001
        assert len(after) == 2
        assert all(after[key] is table for key, table in before.items())
        backend.remove([first[0]["id"]])
        result = search(backend, "taalcafe")
        assert result.total == 5 and first[0]["id"] not in ids(result)
    finally:
        backend.close()


def test_whoosh_worker_takes_over_unchanged_segment_readers(tmp_path):
    """A worker process sees the indexer's commits: it keeps the readers of segments that did
    not change, opens the new ones and a segment whose deletions changed, closes those gone
    after a merge, and finds what a freshly opened index finds."""
    from search.whoosh_backend import WhooshBackend

    indexer = WhooshBackend(tmp_path / "index")
    worker = WhooshBackend(tmp_path / "index")
    try:
        first = [doc(name=f"Jobcoaching {n}", version=1) for n in range(6)]
        indexer.index(first)
        assert search(worker, "jobcoaching").total == 6
        old_reader = worker._searcher.reader().leaf_readers()[0][0]  # noqa: SLF001
        indexer.index([doc(name="Jobcoaching extra")])  # a new segment, the first one unchanged
        assert search(worker, "jobcoaching").total == 7
        leaves = [reader for reader, _offset in worker._searcher.reader().leaf_readers()]  # noqa: SLF001
        assert leaves[0] is old_reader and not old_reader.is_closed
        indexer.index([{**first[2], "name": "Taalmaatje", "version": 2}])  # deletes in the first segment
        result = search(worker, "jobcoaching")
        assert result.total == 6 and first[2]["id"] not in ids(result)
        assert old_reader.is_closed  # its deletions changed: opened anew
        assert found(worker, "taalmaatje") == {first[2]["id"]}
        for n in range(20):  # small segments pile up until a commit merges them
            indexer.index([doc(name=f"Proefplaatsing {n}")])
            assert search(worker, "proefplaatsing", per_page=50).total == n + 1
        assert worker._segment_count() < 20  # noqa: SLF001 - merged away
        fresh = WhooshBackend(tmp_path / "index")
        try:
            for query in ("jobcoaching", "proefplaatsing", "taalmaatje"):
                assert ids(search(worker, query, per_page=50)) == ids(search(fresh, query, per_page=50))
            # Document numbers and ids (kept per segment) agree with the stored documents.
            searcher, table = worker._current()  # noqa: SLF001
            live = [d for d in range(searcher.doc_count_all()) if (table.all >> d) & 1]
            assert len(live) == searcher.doc_count() == 27
            for docnum in live:
                stored_id = searcher.stored_fields(docnum)["id"]
                assert table.id_of(docnum) == stored_id and table.document_number(stored_id) == docnum
            for document in (first[0], first[2]):
                hits = worker.similar(document["id"], INTERNAL, limit=10)
                again = fresh.similar(document["id"], INTERNAL, limit=10)
                assert hits and [h.id for h in hits] == [h.id for h in again]
                assert document["id"] not in {h.id for h in hits}
        finally:
            fresh.close()
    finally:
        worker.close()
        indexer.close()


# ------------------------------------------------------------------------- similar


def test_similar(backend):
    source = doc(name="Jobcoach voor jongeren", tiles=["EW04", "EW05"], target_groups=["DG01"])
    alike = doc(name="Jobcoaching jongeren", tiles=["EW04", "EW05"], target_groups=["DG01"])
    somewhat = doc(name="Taalcafé", tiles=["EW04"], target_groups=["DG03"], client_characteristics=["KK05"])
    unrelated = doc(
        name="Fietsles",
        summary="Leren fietsen in de wijk.",
        implementation=["ingekocht"],
        public_summary="Leren fietsen.",
        tiles=["EW01"],
        target_groups=["DG05"],
        client_characteristics=["KK09"],
    )
    hidden = doc(name="Jobcoach voor jongeren", tiles=["EW04", "EW05"], target_groups=["DG01"], status="draft")
    backend.index([source, alike, somewhat, unrelated, hidden])
    hits = backend.similar(source["id"], INTERNAL, limit=5)
    hit_ids = [h.id for h in hits]
    assert source["id"] not in hit_ids
    assert hidden["id"] not in hit_ids
    assert unrelated["id"] not in hit_ids
    assert hit_ids[0] == alike["id"]
    assert somewhat["id"] in hit_ids
    assert len(backend.similar(source["id"], INTERNAL, limit=1)) == 1
    editor = Viewer("internal", editor_owner_ids=frozenset({1}))
    assert hidden["id"] in {h.id for h in backend.similar(source["id"], editor)}
    assert backend.similar("bestaat-niet", INTERNAL) == []


# ------------------------------------------------------------------- suggestions


def test_suggestion_for_a_misspelling(backend):
    backend.index(
        [
            doc(
                name="Loonkostensubsidie zonder gedoe",
                public_title="Loonkostensubsidie voor uw werkgever",
                public_summary="Zonder gedoe.",
            )
        ]
    )
    for viewer in (INTERNAL, PUBLIC):
        result = search(backend, "loonkostensubsdie", viewer)
        assert result.total == 0
        assert result.suggestion and "loonkostensubsidie" in result.suggestion
        # Correctly spelled words, also the ones a dictionary ignores, stay as they are.
        assert search(backend, "loonkostensubsdie zonder gedoe", viewer).suggestion == (
            "loonkostensubsidie zonder gedoe"
        )
    assert search(backend, "loonkostensubsidie").suggestion is None


# ------------------------------------------------------------- hostile and odd input


@pytest.mark.parametrize(
    "query",
    [
        "de het een",
        "hulp",
        "?!...",
        "   ",
        "\\",
        "'\"",
        "*",
        "status:draft",
        "a OR b AND NOT c",
        "'; DROP TABLE search_documents; --",
        "fietsles:* | !werk & (x)",
        "\x00fietsles",
        "😀 fietsles",
    ],
)
def test_odd_queries_do_not_crash(backend, query):
    document = doc(name="Fietsles")
    backend.index([document])
    for viewer in (PUBLIC, INTERNAL):
        result = search(backend, query, viewer)
        assert isinstance(result.total, int)
        assert not result.timed_out
    assert found(backend, "fietsles") == {document["id"]}  # the index survived


def test_odd_document_texts_are_indexed(backend):
    odd = doc(
        name="Fietsles \x00 voor 😀 iedereen",
        provider_name="x" * 5000,
        summary="Fietsles <img src=x onerror=alert(1)> voor iedereen",
        body="'; DROP TABLE search_documents; -- \\ * : \" fietsles",
        keywords=["", "fiets-les", "'s-Hertogenbosch"],
    )
    backend.index([odd])
    assert found(backend, "fietsles") == {odd["id"]}
    assert found(backend, "'s-Hertogenbosch") == {odd["id"]}
    [hit] = search(backend, "fietsles").hits
    assert "<img" not in hit.snippet
    assert "<" not in MARK.sub("", hit.snippet).replace("</mark>", ""), hit.snippet


def test_huge_query_returns_within_the_time_limit(backend):
    backend.index([doc(name="Fietsles voor jongeren"), doc(name="Taalcafé")])
    words = ["fietsles", "jongeren", "werk", "zoeken", "status:draft", "*vogel*", "oriëntatie", "lks"]
    query = " ".join(itertools.islice(itertools.cycle(words), 1000))[:5000]
    assert len(query) == 5000
    limit = 2.0
    started = time.monotonic()
    result = search(backend, query, INTERNAL, time_limit=limit)
    assert time.monotonic() - started < limit + 0.5
    assert isinstance(result.total, int)


def test_a_tiny_time_limit_never_raises(backend):
    backend.index([doc(name="Fietsles")])
    result = search(backend, "fietsles", INTERNAL, time_limit=0.000001)
    assert isinstance(result, SearchResult)
    if result.timed_out:
        assert result.total >= len(result.hits)


# ------------------------------------------------------- PostgreSQL backend specifics


@pytest.fixture
def pg_backend(postgres_engine):
    instance = PostgresBackend(postgres_engine)
    instance.clear()
    return instance


def test_postgres_ranking_of_very_many_matches_pages_consistently(pg_backend, monkeypatch):
    from search import postgres_backend

    monkeypatch.setattr(postgres_backend, "EXACT_RANK_LIMIT", 3)
    monkeypatch.setattr(postgres_backend, "RERANK", 2)
    in_name = doc(name="Fietsles", body="fietsles fietsles")
    documents = [in_name] + [doc(name=f"Cursus {n}", body=f"Ook fietsles {n}.") for n in range(6)]
    pg_backend.index(documents)
    pages = [search(pg_backend, "fietsles", page=page, per_page=3) for page in (1, 2, 3)]
    assert [p.total for p in pages] == [7, 7, 7]
    seen = [h.id for p in pages for h in p.hits]
    assert sorted(seen) == sorted(d["id"] for d in documents)
    assert seen[0] == in_name["id"]


def test_postgres_timeout_returns_what_it_has(pg_backend, monkeypatch):
    pg_backend.index([doc(name="Fietsles")])

    def slow_hits(conn, deadline, *args):
        pg_backend._run(conn, deadline, "SELECT pg_sleep(5)")
        return []

    monkeypatch.setattr(pg_backend, "_hits", slow_hits)
    started = time.monotonic()
    result = search(pg_backend, "fietsles", time_limit=0.5)
    assert time.monotonic() - started < 2
    assert result.timed_out
    assert result.total == 1 and result.facets["tile"] == {"EW04": 1}  # counted before the time ran out
    assert result.hits == []


def test_postgres_replaces_an_index_of_another_layout(postgres_engine):
    from sqlalchemy import text

    with postgres_engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS oude_zoekindex"))
        connection.execute(text("CREATE TABLE oude_zoekindex (id text PRIMARY KEY, version integer)"))
        connection.execute(text("INSERT INTO oude_zoekindex VALUES ('x', 1)"))
    old = PostgresBackend(postgres_engine, "oude_zoekindex")
    assert old.versions() == {}  # dropped and created anew: the check will rebuild it
    document = doc(name="Fietsles")
    old.index([document])
    assert found(old, "fietsles") == {document["id"]}
    with postgres_engine.begin() as connection:
        connection.execute(text("DROP TABLE oude_zoekindex, oude_zoekindex_vocab"))


def test_postgres_table_name_must_be_an_identifier(postgres_engine):
    with pytest.raises(ValueError):
        PostgresBackend(postgres_engine, 'search"; DROP TABLE x; --')


def test_a_multi_word_alternative_needs_all_its_words_not_adjacent_ones(backend):
    """Both backends treat the parts of a typed compound (and multi-word synonyms) alike."""
    apart = doc(name="Werk zoeken met veel ervaring")
    one = doc(name="Werk zoeken")
    backend.index([apart, one])
    assert found(backend, "werkervaring") == {apart["id"]}

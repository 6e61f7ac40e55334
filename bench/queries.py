"""The fixed query mix of the search benchmark: what werkcoaches and inwoners ask.

Every spec is one search as the portal would send it: words, facet filters (facet key of
``search.backend.FACETS`` → codes), optionally the gemeente the searcher is in, who is
searching and the sort order. Facet counts are always asked for (``facets=True``), as the
result pages show them. Gemeente codes refer to the real reference data; the organisations
serving them come from the synthetic owners (``bench.synthetic``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

UTRECHT, TIEL, AMSTERDAM, ROTTERDAM, ZWOLLE, GRONINGEN = "GM0344", "GM0281", "GM0363", "GM0599", "GM0193", "GM0014"


@dataclass(frozen=True)
class QuerySpec:
    name: str
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gemeente: str | None = None
    viewer: str = "internal"  # "internal", "public" or "editor" (internal + own drafts)
    sort: str = "relevance"
    page: int = 1


QUERIES: tuple[QuerySpec, ...] = (
    # Werkcoaches: a word or two, often with a filter or the gemeente of their client.
    QuerySpec("lks-voluit", "loonkostensubsidie"),
    QuerySpec("jobcoach-plaatsing", "jobcoach", {"tile": ("EW08",)}),
    QuerySpec("wep-zorg", "werkervaringsplek zorg"),
    QuerySpec("taalcafe-utrecht", "taalcafé", gemeente=UTRECHT),
    QuerySpec("jongeren-doelgroep", "jongeren", {"doelgroep": ("ED01",)}),
    QuerySpec("statushouders-duaal", "statushouders duaal traject", {"kenmerk": ("KK04", "KK05")}),
    QuerySpec("beschut-ladder", "beschut werk", {"ladder": ("2", "3")}),
    QuerySpec("noriskpolis-werkgevers", "no-riskpolis", {"soort": ("IT02",)}),
    QuerySpec("sollicitatie-op-naam", "sollicitatietraining", sort="name"),
    QuerySpec("digitaal-uitvoering", "digitale vaardigheden", {"uitvoering": ("UV01", "UV07")}),
    QuerySpec("vijftigplus", "50-plus netwerk"),
    QuerySpec("bbl-zorg", "bbl zorg"),
    QuerySpec("praktijkverklaring-wet", "praktijkverklaring", {"wet": ("participatiewet",)}),
    QuerySpec("inburgering-tiel", "inburgering b1-route", gemeente=TIEL),
    QuerySpec("nuggers", "nuggers"),
    QuerySpec("lks-afkorting", "LKS", gemeente=ROTTERDAM),
    QuerySpec("wep-kenmerk", "WEP", {"kenmerk": ("KK10",)}),
    QuerySpec("typo-lks", "loonkostensubsdie"),
    QuerySpec(
        "werkfit-bewijs", "werkfit traject", {"ladder": ("3", "4"), "bewijs": ("goed_onderbouwd", "niet_beoordeeld")}
    ),
    QuerySpec("kinderopvang", "kinderopvang alleenstaande ouders"),
    QuerySpec("bewegen-drie-woorden", "buurtsportcoach bewegen gezondheid"),
    QuerySpec("arbeidsdeskundig-recent", "arbeidsdeskundig onderzoek belastbaarheid", sort="updated"),
    QuerySpec(
        "bemiddeling-vier-facetten",
        "bemiddeling",
        {"tile": ("EW07",), "doelgroep": ("ED01", "ED02"), "eigenaar": ("gemeente",), "kosten": ("gratis", "onbekend")},
    ),
    QuerySpec(
        "vrijwilligerswerk-regio",
        "vrijwilligerswerk",
        {"eigenaar": ("samenwerkingsverband", "gemeente"), "regio": ("AM13", "AM10", "AM29")},
    ),
    QuerySpec("editor-taalcafe", "taalcafé", viewer="editor", gemeente=UTRECHT),
    # Browsing without words: facets only, the broadest (and for counting the heaviest) queries.
    QuerySpec("blader-alles-op-naam", "", sort="name"),
    QuerySpec("blader-werkfit-ladder", "", {"tile": ("EW04",), "ladder": ("3",)}),
    QuerySpec("blader-opleiden-gratis", "", {"tile": ("EW06",), "kosten": ("gratis",)}, gemeente=ROTTERDAM),
    QuerySpec("blader-werkgevers-recent", "", {"soort": ("IT02",), "regio": ("AM13",)}, sort="updated"),
    QuerySpec("blader-zwolle", "", gemeente=ZWOLLE),
    # Inwoners: the public site, plain language, usually in their own gemeente.
    QuerySpec("inwoner-schulden", "schuldhulpverlening", viewer="public"),
    QuerySpec("inwoner-geldzorgen-tiel", "hulp bij geldzorgen", gemeente=TIEL, viewer="public"),
    QuerySpec("inwoner-nederlands", "ik wil nederlands leren", viewer="public"),
    QuerySpec("inwoner-werk-amsterdam", "ik zoek werk", gemeente=AMSTERDAM, viewer="public"),
    QuerySpec("inwoner-fietsles", "fietsles", viewer="public", gemeente=GRONINGEN),
    QuerySpec("inwoner-blader-tiel", "", gemeente=TIEL, viewer="public"),
    QuerySpec("inwoner-schulden-op-naam", "schulden", gemeente=UTRECHT, viewer="public", sort="name"),
    QuerySpec("inwoner-pagina-2", "werk", viewer="public", page=2),
)


def to_request(spec: QuerySpec, seed: int, today: dt.date):
    """The ``SearchRequest`` of a spec in the synthetic world of ``seed``."""
    from bench.synthetic import gemeente_filter, owners
    from search.backend import SearchRequest, Viewer

    if spec.viewer == "public":
        viewer = Viewer("public")
    elif spec.viewer == "editor":
        own = spec.gemeente or UTRECHT
        viewer = Viewer("internal", frozenset(o.id for o in owners(seed) if o.code == own))
    else:
        viewer = Viewer("internal")
    return SearchRequest(
        text=spec.text,
        viewer=viewer,
        filters={key: frozenset(codes) for key, codes in spec.filters.items()},
        gemeente=gemeente_filter(spec.gemeente, seed) if spec.gemeente else None,
        sort=spec.sort,
        page=spec.page,
        today=today,
        facets=True,
    )

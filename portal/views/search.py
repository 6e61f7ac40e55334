"""Searching: the search page and the same search as JSON (``/api/v1/search``).

Anyone may search; what they find depends on who they are (see search.backend). The
request parameters are read here and nowhere pasted into a query: the text is analysed
word by word, filters are only ever matched against known codes.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request, url_for
from sqlalchemy import select

from portal.actions.shortlists import lists_for_adding
from portal.codelists import labels, seed
from portal.extensions import db
from portal.models import Arbeidsmarktregio
from portal.reference_cache import cached
from portal.views.access import current_viewer
from search.backend import FACETS, SORTS, SearchRequest
from search.documents import COST_BANDS
from search.service import gemeente_filter, search_instruments
from tenants.areas import gemeente_named

bp = Blueprint("search", __name__)

MAX_QUERY = 300
PER_PAGE = 20
FACET_TITLES = {
    "tile": "Fase",
    "ladder": "Participatieladder",
    "kenmerk": "Persoonskenmerken",
    "doelgroep": "Doelgroepen",
    "uitvoering": "Uitvoeringsvorm",
    "soort": "Soort dienstverlening",
    "bewijs": "Bewijskracht",
    "wet": "Wettelijk kader",
    "eigenaar": "Aanbieder",
    "regio": "Arbeidsmarktregio",
    "kosten": "Kosten",
}
OWNER_TYPES = {
    "gemeente": "Gemeente",
    "samenwerkingsverband": "Samenwerkingsverband",
    "arbeidsmarktregio": "Regio",
    "landelijk": "Landelijk",
}
COST_LABELS = {
    "gratis": "Gratis",
    "tot_500": "Tot € 500",
    "500_2500": "€ 500 – 2.500",
    "2500_10000": "€ 2.500 – 10.000",
    "boven_10000": "Boven € 10.000",
    "onbekend": "Onbekend",
}
assert {band for _upper, band in COST_BANDS} <= set(COST_LABELS)


def facet_labels(facet: str) -> dict[str, str]:
    """code → what a facet's value is called (a code without a name shows as itself)."""
    code_list = FACETS.get(facet)
    if code_list in seed():  # facets over a code list are named after it
        return labels(code_list)
    if facet == "eigenaar":
        return OWNER_TYPES
    if facet == "kosten":
        return COST_LABELS
    if facet == "regio":
        return _region_names()
    return {}


def value_label(facet: str, code: str) -> str:
    return facet_labels(facet).get(code, code)


def facet_choices(facets: dict[str, dict[str, int]], filters: dict[str, frozenset[str]]) -> list:
    """What the filter column shows: (key, title, [(code, label, count, chosen), ...]) per
    facet with something to choose or something chosen. Put together here, once per facet,
    rather than a label lookup per value in the template (a hundred per results page)."""
    out = []
    for key, counts in facets.items():
        chosen = filters.get(key, frozenset())
        if not counts and not chosen:
            continue
        names = facet_labels(key)
        values = [(code, names.get(code, code), count, code in chosen) for code, count in sorted(counts.items())]
        values += [(code, names.get(code, code), 0, True) for code in sorted(chosen) if code not in counts]
        out.append((key, FACET_TITLES[key], values))
    return out


def _region_names() -> dict[str, str]:
    """code → name of the regions (reference data)."""
    return cached(
        "region_names", lambda: dict(db.session.execute(select(Arbeidsmarktregio.code, Arbeidsmarktregio.name)).all())
    )


# English names for the facet parameters, for API clients (``region=AM10``).
API_ALIASES = {
    "region": "regio",
    "characteristic": "kenmerk",
    "target_group": "doelgroep",
    "implementation": "uitvoering",
    "type": "soort",
    "evidence": "bewijs",
    "legal_basis": "wet",
    "owner_type": "eigenaar",
    "costs": "kosten",
}


def read_request(args) -> tuple[SearchRequest, dict]:
    """A SearchRequest from query parameters, and what to show back in the form."""
    text = (args.get("q") or "")[:MAX_QUERY]
    filters = {}
    for key in FACETS:
        given = args.getlist(key) + [v for alias, k in API_ALIASES.items() if k == key for v in args.getlist(alias)]
        values = frozenset(v for v in given if v and len(v) <= 40)
        if values:
            filters[key] = values
    gemeente_text = args.get("gemeente") or ""
    found = gemeente_named(gemeente_text)
    code = found.code if found else None
    sort = args.get("sort") if args.get("sort") in SORTS else "relevance"
    page = max(1, min(args.get("page", 1, type=int) or 1, 500))
    search_request = SearchRequest(
        text=text,
        filters=filters,
        gemeente=gemeente_filter(code) if code else None,
        sort=sort,
        page=page,
        per_page=PER_PAGE,
    )
    form = {"q": text, "gemeente": gemeente_text, "gemeente_code": code, "sort": sort, "filters": filters}
    return search_request, form


@bp.get("/zoeken")
def page():
    search_request, form = read_request(request.args)
    viewer = current_viewer()
    found = search_instruments(viewer, search_request)
    pages = max(1, -(-found.result.total // PER_PAGE))
    return render_template(
        "search/page.html",
        form=form,
        found=found,
        facets=facet_choices(found.result.facets, form["filters"]),
        page=search_request.page,
        pages=pages,
        unknown_gemeente=bool(form["gemeente"]) and form["gemeente_code"] is None,
        internal=not _public_only(viewer),
        lists=lists_for_adding(viewer),
    )


@bp.get("/api/v1/search")
def api():
    search_request, form = read_request(request.args)
    viewer = current_viewer()
    public = _public_only(viewer)
    found = search_instruments(viewer, search_request, with_codes=not public)
    return jsonify(
        {
            "total": found.result.total,
            "page": search_request.page,
            "per_page": search_request.per_page,
            "suggestion": found.result.suggestion,
            "timed_out": found.result.timed_out,
            "results": [_result_json(i, found.snippets.get(str(i.id), ""), public) for i in found.instruments],
            "facets": {
                key: [{"code": c, "label": value_label(key, c), "count": n} for c, n in sorted(counts.items())]
                for key, counts in found.result.facets.items()
            },
            "gemeente": form["gemeente_code"],
        }
    )


def _public_only(viewer) -> bool:
    from portal.actions.reading import may_read_internal

    return not may_read_internal(viewer)


def _result_json(instrument, snippet: str, public: bool) -> dict:
    data = {
        "id": str(instrument.id),
        "url": url_for("public.instrument", instrument_id=instrument.id, _external=True),
        "owner": {"code": instrument.owner.code, "name": instrument.owner.name, "type": instrument.owner.type},
        "snippet": snippet,
    }
    if public:
        data.update(title=instrument.public_title or instrument.name, summary=instrument.public_summary)
    else:
        data.update(
            name=instrument.name,
            summary=instrument.summary,
            status=instrument.status,
            tiles=instrument.codes_of("tiles"),
            target_groups=instrument.codes_of("target_groups"),
            evidence_level=instrument.evidence_level,
            updated_at=instrument.updated_at.isoformat() if instrument.updated_at else None,
        )
    return data

"""Pages anyone can open: home, a gemeente's offer, an instrument."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from portal.actions.feedback import feedback_of, feedback_summary, may_give_feedback
from portal.actions.news import WINDOW_DAYS as NEWS_WINDOW_DAYS
from portal.actions.news import organisations_in_region, recent_changes
from portal.actions.reading import (
    instrument_for_viewer,
    instruments_in_gemeente_for_viewer,
    may_read_internal,
)
from portal.actions.routes import routes_for
from portal.actions.shortlists import lists_for_adding
from portal.codelists import labels
from portal.extensions import db
from portal.life_situations import BY_SLUG, SITUATIONS, grouped
from portal.models import Arbeidsmarktregio, Gemeente, Instrument, Organisation
from portal.outcomes import outcome_chart, outcome_years
from portal.permissions import organisations_where
from portal.timeutil import today, utcnow
from portal.views.access import current_viewer
from search.service import similar_instruments
from tenants.areas import gemeente_named, organisations_serving, public_clause

bp = Blueprint("public", __name__)


@bp.get("/")
def home():
    regions = db.session.scalars(select(Arbeidsmarktregio).order_by(Arbeidsmarktregio.name)).all()
    gemeenten = db.session.scalars(select(Gemeente).where(Gemeente.active).order_by(Gemeente.name)).all()
    return render_template("public/home.html", regions=regions, gemeenten=gemeenten, situations=SITUATIONS)


@bp.get("/hulp/<slug>")
def situation(slug: str):
    """A life situation: choose your gemeente to see the help for it there."""
    found = BY_SLUG.get(slug)
    if found is None:
        abort(404)
    return render_template("public/situation.html", situation=found)


@bp.get("/gemeente")
def find_gemeente():
    """The no-JavaScript path from the home page form: a name (or code) to a gemeente page."""
    text = (request.args.get("q") or "").strip()
    chosen = BY_SLUG.get(request.args.get("situatie") or "")
    if not text:
        return redirect(url_for("public.situation", slug=chosen.slug) if chosen else url_for("public.home"))
    gemeente = gemeente_named(text)
    if gemeente is not None:
        return redirect(_gemeente_url(gemeente.code, chosen))
    matches = db.session.scalars(
        select(Gemeente)
        .where(Gemeente.active, func.lower(Gemeente.name).contains(text.lower()))
        .order_by(Gemeente.name)
        .limit(20)
    ).all()
    return render_template("public/find_gemeente.html", text=text, matches=matches, situation=chosen)


def _gemeente_url(code: str, chosen=None) -> str:
    if chosen is None:
        return url_for("public.gemeente", code=code)
    return url_for("public.gemeente_situation", code=code, slug=chosen.slug)


@bp.get("/gemeente/<code>")
def gemeente(code: str):
    return _gemeente_page(code, None)


@bp.get("/gemeente/<code>/hulp/<slug>")
def gemeente_situation(code: str, slug: str):
    chosen = BY_SLUG.get(slug)
    if chosen is None:
        abort(404)
    return _gemeente_page(code, chosen)


def _gemeente_page(code: str, chosen):
    """Everything available to an inwoner of the gemeente, by life situation (for
    professionals: by organisation, with the internal names)."""
    found = db.session.get(Gemeente, code.upper())
    if found is None:
        abort(404)
    viewer = current_viewer()
    internal = may_read_internal(viewer)
    instruments = instruments_in_gemeente_for_viewer(viewer, found)
    organisations = organisations_serving(found)
    by_owner = {org.id: [] for org in organisations}
    for instrument in instruments:
        by_owner.setdefault(instrument.owner_id, []).append(instrument)
    situations = grouped(instruments)
    if chosen is not None:
        situations = [(s, items) for s, items in situations if s is chosen] or [(chosen, [])]
    first_stop = next((org for org in organisations if org.type == "gemeente"), None)
    counters = [org for org in organisations if org.type == "samenwerkingsverband"]
    return render_template(
        "public/gemeente.html",
        gemeente=found,
        chosen=chosen,
        groups=[(org, by_owner.get(org.id, [])) for org in organisations],
        situations=situations,
        all_situations=SITUATIONS,
        first_stops=[org for org in (first_stop, *counters) if org is not None],
        brand=first_stop,
        total=len(instruments),
        internal=internal,
    )


@bp.get("/instrument/<instrument_id>")
def instrument(instrument_id: str):
    viewer = current_viewer()
    found, kind = instrument_for_viewer(viewer, instrument_id, with_similar=True)
    adopt_into = []
    if kind == "internal":
        adopt_into = [o for o in organisations_where(viewer, "instrument.create") if o.id != found.owner_id]
    public = kind == "public"
    years = outcome_years(found, public=public)
    return render_template(
        "public/instrument.html",
        instrument=found,
        kind=kind,
        adopt_into=adopt_into,
        similar=similar_instruments(viewer, found),
        printing=request.args.get("afdrukken") == "1" and public,
        brand=found.owner,
        routes=routes_for(viewer, found, public=public),
        feedback=feedback_summary(viewer, found),
        may_rate=may_give_feedback(viewer, found),
        own_feedback=feedback_of(viewer, found) if viewer else None,
        years=years,
        chart=outcome_chart(years),
        lists=lists_for_adding(viewer),
    )


# Voor werkgevers: the candidate's situation as an employer would put it → a test on the
# instrument's own codes. An instrument without codes in that list is not restricted by it.
CANDIDATES = {
    "bijstand": (_l("Iemand met een bijstandsuitkering"), "benefit_situations", {"DD02"}),
    "ww": (_l("Iemand met een WW-uitkering"), "benefit_situations", {"DD05"}),
    "arbeidsbeperking": (_l("Iemand met een arbeidsbeperking (Wajong, WIA)"), "benefit_situations", {"DD03", "DD04"}),
    "doelgroepregister": (_l("Iemand uit het doelgroepregister (banenafspraak)"), "target_groups", {"ED12", "ED04"}),
    "jongere": (_l("Een jongere tot 27 jaar"), "age_groups", {"LG01", "LG02", "LG03"}),
    "vijftigplus": (_l("Iemand van 56 jaar of ouder"), "age_groups", {"LG05"}),
}


@bp.get("/werkgevers")
def employers():
    """Employer services (IT02) available where the business is, by sector and candidate,
    with the region's werkgeversservicepunt as the one place to call."""
    text = (request.args.get("gemeente") or "").strip()
    sector = (request.args.get("sector") or "").strip().upper()
    candidate = (request.args.get("kandidaat") or "").strip()
    sectors = labels("sectors")
    errors = {}
    found = None
    if text:
        found = gemeente_named(text)
        if found is None:
            errors["gemeente"] = _("Er is geen gemeente met de naam ‘%(name)s’. Controleer de spelling.", name=text)
    if sector and sector not in sectors:
        errors["sector"] = _("Kies een sector uit de lijst.")
        sector = ""
    if candidate and candidate not in CANDIDATES:
        errors["kandidaat"] = _("Kies een situatie uit de lijst.")
        candidate = ""
    services, contact = [], None
    viewer = current_viewer()
    if found is not None:
        in_gemeente = instruments_in_gemeente_for_viewer(viewer, found)
        available = [i for i in in_gemeente if i.instrument_type == "IT02"]
        services = [i for i in available if _fits_employer(i, sector, candidate)]
        contact = next((o for o in organisations_serving(found) if o.type == "arbeidsmarktregio"), None)
    return render_template(
        "public/employers.html",
        gemeente=found,
        text=text,
        sector=sector,
        candidate=candidate,
        sectors=sectors,
        candidates=CANDIDATES,
        services=services,
        contact=contact,
        errors=errors,
        internal=may_read_internal(viewer),
    )


def _fits_employer(instrument, sector: str, candidate: str) -> bool:
    if sector:
        codes = instrument.codes_of("sectors")
        if codes and sector not in codes:
            return False
    if candidate:
        if candidate == "doelgroepregister" and instrument.requires_doelgroepregister:
            return True
        _label, list_name, wanted = CANDIDATES[candidate]
        codes = set(instrument.codes_of(list_name))
        if codes and not codes & wanted:
            return False
    return True


@bp.get("/sitemap.xml")
def sitemap():
    """The public pages for search engines: start, life situations, gemeenten, employers and
    every instrument an inwoner may see today (published, in its window, public part visible)."""
    pages = [url_for("public.home", _external=True), url_for("public.employers", _external=True)]
    pages += [url_for("public.situation", slug=s.slug, _external=True) for s in SITUATIONS]
    codes = db.session.scalars(select(Gemeente.code).where(Gemeente.active).order_by(Gemeente.code))
    pages += [url_for("public.gemeente", code=code, _external=True) for code in codes]
    visible = db.session.scalars(select(Instrument.id).where(public_clause(today())).order_by(Instrument.id))
    pages += [url_for("public.instrument", instrument_id=i, _external=True) for i in visible]
    body = render_template("public/sitemap.xml", pages=pages)
    return body, 200, {"Content-Type": "application/xml; charset=utf-8"}


@bp.get("/organisatie/<code>/nieuw")
@bp.get("/organisatie/<code>/nieuw.atom", defaults={"feed": True}, endpoint="organisation_news_feed")
def organisation_news(code: str, feed: bool = False):
    """What is new at one organisation: a page, and the same as an Atom feed."""
    organisation = db.session.scalar(select(Organisation).where(Organisation.code == code))
    if organisation is None:
        abort(404)
    return _news(
        organisation.name,
        [organisation],
        feed,
        url_for("public.organisation_news", code=code, _external=True),
        url_for("public.organisation_news_feed", code=code, _external=True),
        brand=organisation,
    )


@bp.get("/regio/<code>/nieuw")
@bp.get("/regio/<code>/nieuw.atom", defaults={"feed": True}, endpoint="region_news_feed")
def region_news(code: str, feed: bool = False):
    """What is new in an arbeidsmarktregio: at the region, its gemeenten and the
    samenwerkingsverbanden that serve them."""
    region = db.session.get(Arbeidsmarktregio, code.upper())
    if region is None:
        abort(404)
    return _news(
        _("Arbeidsmarktregio %(name)s", name=region.name),
        organisations_in_region(region.code),
        feed,
        url_for("public.region_news", code=region.code, _external=True),
        url_for("public.region_news_feed", code=region.code, _external=True),
    )


def _news(title: str, organisations: list, feed: bool, page_url: str, feed_url: str, brand=None):
    viewer = current_viewer()
    items = recent_changes(viewer, organisations)
    internal = may_read_internal(viewer)
    if feed:
        updated = max((item.at for item in items), default=None) or utcnow()
        body = render_template(
            "public/news.atom.xml",
            title=title,
            items=items,
            internal=internal,
            page_url=page_url,
            feed_url=feed_url,
            updated=updated,
            utc=dt.UTC,
        )
        return body, 200, {"Content-Type": "application/atom+xml; charset=utf-8"}
    return render_template(
        "public/news.html",
        title=title,
        items=items,
        internal=internal,
        feed_url=feed_url,
        brand=brand,
        days=NEWS_WINDOW_DAYS,
    )


@bp.get("/organisatie/<code>/logo")
def logo(code: str):
    """The organisation's logo, served by the portal itself (no third-party requests)."""
    organisation = db.session.scalar(select(Organisation).where(Organisation.code == code))
    if organisation is None or not organisation.logo_type:
        abort(404)
    headers = {
        "Content-Type": organisation.logo_type,
        "Cache-Control": "public, max-age=3600",
        "X-Content-Type-Options": "nosniff",
    }
    return organisation.logo, 200, headers


@bp.get("/organisatie/<code>/huisstijl.css")
def theme(code: str):
    """The organisation's colour as a style sheet of our own (a strict Content-Security-Policy
    allows no inline styles). The colour was checked as #rrggbb when it was saved."""
    organisation = db.session.scalar(select(Organisation).where(Organisation.code == code))
    if organisation is None or not organisation.colour:
        abort(404)
    body = f":root {{ --org-colour: {organisation.colour}; }}\n"
    return body, 200, {"Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"}


# ----------------------------------------------------------------------------- open data

OPEN_DATA_PER_MINUTE = 30


@bp.get("/open-data")
def open_data():
    return render_template("public/open_data.html")


def _open_data_limit() -> None:
    """Making the files costs the server something; nobody needs them more than a few times
    a minute."""
    from portal.ratelimit import hit

    verdict = hit("open-data", request.remote_addr or "onbekend", OPEN_DATA_PER_MINUTE, 60)
    if not verdict.allowed:
        abort(429)


@bp.get("/open-data/instrumenten.<fmt>")
def open_data_file(fmt: str):
    """What anonymous visitors may see, as a file in the format (public part only)."""
    from portal.interchange.open_data import public_records
    from portal.views.downloads import MEDIA_TYPES, records_file

    if fmt not in MEDIA_TYPES:
        abort(404)
    _open_data_limit()
    return records_file(public_records(), "instrumenten", fmt, cache="public, max-age=300")


@bp.get("/open-data/hsds.json")
def open_data_hsds():
    """The same open data in the shape of Open Referral HSDS 3.0."""
    from flask import jsonify

    from portal.interchange.hsds import hsds_export

    _open_data_limit()

    response = jsonify(hsds_export(current_app.config["BASE_URL"]))
    response.headers["Content-Disposition"] = 'attachment; filename="instrumenten-hsds.json"'
    response.headers["Cache-Control"] = "public, max-age=300"
    return response

"""Pages anyone can open: home, a gemeente's offer, an instrument."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from portal.actions.reading import (
    instrument_for_viewer,
    instruments_in_gemeente_for_viewer,
    may_read_internal,
)
from portal.extensions import db
from portal.models import Arbeidsmarktregio, Gemeente
from portal.permissions import organisations_where
from search.service import similar_instruments
from tenants.areas import organisations_serving

bp = Blueprint("public", __name__)


def _viewer():
    return current_user if current_user.is_authenticated else None


@bp.get("/")
def home():
    regions = db.session.scalars(select(Arbeidsmarktregio).order_by(Arbeidsmarktregio.name)).all()
    gemeenten = db.session.scalars(select(Gemeente).where(Gemeente.active).order_by(Gemeente.name)).all()
    return render_template("public/home.html", regions=regions, gemeenten=gemeenten)


@bp.get("/gemeente")
def find_gemeente():
    """The no-JavaScript path from the home page form: a name (or code) to a gemeente page."""
    text = (request.args.get("q") or "").strip()
    if not text:
        return redirect(url_for("public.home"))
    gemeente = db.session.get(Gemeente, text.upper()) or db.session.scalar(
        select(Gemeente).where(func.lower(Gemeente.name) == text.lower())
    )
    if gemeente is not None:
        return redirect(url_for("public.gemeente", code=gemeente.code))
    matches = db.session.scalars(
        select(Gemeente)
        .where(Gemeente.active, func.lower(Gemeente.name).contains(text.lower()))
        .order_by(Gemeente.name)
        .limit(20)
    ).all()
    return render_template("public/find_gemeente.html", text=text, matches=matches)


@bp.get("/gemeente/<code>")
def gemeente(code: str):
    found = db.session.get(Gemeente, code.upper())
    if found is None:
        abort(404)
    viewer = _viewer()
    instruments = instruments_in_gemeente_for_viewer(viewer, found)
    organisations = organisations_serving(found)
    by_owner = {org.id: [] for org in organisations}
    for instrument in instruments:
        by_owner.setdefault(instrument.owner_id, []).append(instrument)
    return render_template(
        "public/gemeente.html",
        gemeente=found,
        groups=[(org, by_owner.get(org.id, [])) for org in organisations],
        total=len(instruments),
        internal=may_read_internal(viewer),
    )


@bp.get("/instrument/<instrument_id>")
def instrument(instrument_id: str):
    found, kind = instrument_for_viewer(_viewer(), instrument_id)
    adopt_into = []
    if kind == "internal":
        adopt_into = [o for o in organisations_where(current_user, "instrument.create") if o.id != found.owner_id]
    return render_template(
        "public/instrument.html",
        instrument=found,
        kind=kind,
        adopt_into=adopt_into,
        similar=similar_instruments(_viewer(), found),
    )

"""Shortlists (/lijsten): a professional's lists of instruments as the steps of a plan with
an inwoner, and the plain-language version for the inwoner (print, or a link while shared).

Every change is a small form (POST) so that the lists work without JavaScript: moving a
step is "Omhoog"/"Omlaag", keyboard and screen reader included.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from portal.actions.errors import Invalid, NotAllowed
from portal.actions.reading import instrument_for_viewer, view_kind
from portal.actions.shortlists import (
    may_change,
    plain_steps,
    shared_with,
    sharing_link,
    shortlist_by_share_token,
    shortlist_copy,
    shortlist_create,
    shortlist_delete,
    shortlist_for,
    shortlist_update,
    shortlists_of,
    step_add,
    step_move,
    step_note,
    step_remove,
)
from portal.extensions import db
from portal.privacy import REMINDER
from portal.timeutil import today
from portal.views.access import current_actor, local_address, requires

bp = Blueprint("shortlists", __name__, url_prefix="/lijsten")


def _messages(exc: Invalid) -> list[str]:
    return [message for _key, message in exc.problems]


def _sharing_choices(user) -> list:
    found = {m.organisation.code: m.organisation for m in user.memberships}
    return sorted(found.values(), key=lambda o: o.name)


@bp.route("", methods=["GET", "POST"])
@requires("shortlist.use")
def index():
    problems: list[str] = []
    if request.method == "POST":
        try:
            created = shortlist_create(
                current_actor(), request.form.get("name", ""), request.form.get("shared_with") or None
            )
        except Invalid as exc:
            db.session.rollback()
            problems = _messages(exc)
        else:
            db.session.commit()
            flash(f"Lijst ‘{created.name}’ is gemaakt. Zoek instrumenten en zet ze met ‘Op lijst’ op deze lijst.")
            return redirect(url_for("shortlists.detail", shortlist_id=created.id), 303)
    page = render_template(
        "shortlists/index.html",
        own=shortlists_of(current_actor()),
        shared=shared_with(current_actor()),
        organisations=_sharing_choices(current_actor()),
        problems=problems,
        form=request.form,
        reminder=REMINDER,
    )
    return page, (422 if problems else 200)


def _detail(shortlist, problems=(), form=None, status=200):
    viewer = current_actor()
    page = render_template(
        "shortlists/list.html",
        shortlist=shortlist,
        own=may_change(viewer, shortlist),
        visible={step.id: view_kind(viewer, step.instrument) is not None for step in shortlist.steps},
        public={step.id: view_kind(None, step.instrument) == "public" for step in shortlist.steps},
        organisations=_sharing_choices(viewer),
        problems=list(problems),
        form=form or {},
        reminder=REMINDER,
    )
    return page, status


@bp.get("/<int:shortlist_id>")
@requires("shortlist.use")
def detail(shortlist_id: int):
    return _detail(shortlist_for(current_actor(), shortlist_id))


@bp.post("/<int:shortlist_id>/<what>")
@requires("shortlist.use")
def change(shortlist_id: int, what: str):
    shortlist = shortlist_for(current_actor(), shortlist_id)
    form = request.form
    step_id = form.get("step", type=int)
    try:
        if what == "omhoog":
            step_move(current_actor(), shortlist, step_id, -1)
            done = "De stap is een plaats omhoog gezet."
        elif what == "omlaag":
            step_move(current_actor(), shortlist, step_id, 1)
            done = "De stap is een plaats omlaag gezet."
        elif what == "notitie":
            step_note(current_actor(), shortlist, step_id, form.get("note", ""))
            done = "De notitie is opgeslagen."
        elif what == "stap-weg":
            step_remove(current_actor(), shortlist, step_id)
            done = "De stap is van de lijst gehaald."
        elif what == "instellingen":
            shortlist_update(current_actor(), shortlist, form.get("name", ""), form.get("shared_with") or None)
            done = "De lijst is opgeslagen."
        elif what == "link":
            sharing_link(current_actor(), shortlist, form.get("on") == "1")
            done = "De link werkt nu." if shortlist.share_token else "De link werkt niet meer."
        elif what == "kopie":
            copy = shortlist_copy(current_actor(), shortlist)
            db.session.commit()
            flash("U heeft nu een eigen kopie van de lijst.")
            return redirect(url_for("shortlists.detail", shortlist_id=copy.id), 303)
        elif what == "verwijderen":
            name = shortlist.name
            shortlist_delete(current_actor(), shortlist)
            db.session.commit()
            flash(f"De lijst ‘{name}’ is verwijderd.")
            return redirect(url_for("shortlists.index"), 303)
        else:
            abort(404)
    except NotAllowed as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("shortlists.detail", shortlist_id=shortlist.id), 303)
    except Invalid as exc:
        db.session.rollback()
        shortlist = shortlist_for(current_actor(), shortlist_id)
        return _detail(shortlist, _messages(exc), {**form, "what": what}, status=422)
    db.session.commit()
    flash(done)
    anchor = f"stap-{step_id}" if step_id and what in ("omhoog", "omlaag", "notitie") else None
    return redirect(url_for("shortlists.detail", shortlist_id=shortlist.id, _anchor=anchor), 303)


@bp.post("/op-lijst")
@requires("shortlist.use")
def add():
    """ "Op lijst" on search results and instrument pages: onto one of the user's lists, or a
    new one; back to the page the button was on."""
    instrument, _kind = instrument_for_viewer(current_actor(), request.form.get("instrument_id", ""))
    back = local_address(request.form.get("next")) or url_for("public.instrument", instrument_id=instrument.id)
    choice = request.form.get("shortlist", "")
    try:
        if choice in ("", "nieuw"):
            name = request.form.get("name") or f"Mijn lijst van {today().strftime('%d-%m-%Y')}"
            shortlist = shortlist_create(current_actor(), name)
        else:
            try:
                shortlist = shortlist_for(current_actor(), int(choice))
            except ValueError:
                abort(400)
        step_add(current_actor(), shortlist, instrument)
    except (Invalid, NotAllowed) as exc:
        db.session.rollback()
        flash(" ".join(_messages(exc)) if isinstance(exc, Invalid) else str(exc), "error")
        return redirect(back, 303)
    db.session.commit()
    flash(f"‘{instrument.name}’ staat nu op de lijst ‘{shortlist.name}’ (stap {len(shortlist.steps)}).")
    return redirect(back, 303)


@bp.get("/<int:shortlist_id>/afdrukken")
@requires("shortlist.use")
def printable(shortlist_id: int):
    shortlist = shortlist_for(current_actor(), shortlist_id)
    return render_template("shortlists/plain.html", shortlist=shortlist, steps=plain_steps(shortlist), printing=True)


@bp.get("/voor-jou/<token>")
def shared(token: str):
    """The plain-language version, for the inwoner, without login, while the link is on."""
    shortlist = shortlist_by_share_token(token)
    response = render_template(
        "shortlists/plain.html",
        shortlist=shortlist,
        steps=plain_steps(shortlist),
        printing=request.args.get("afdrukken") == "1",
    )
    return response, 200, {"X-Robots-Tag": "noindex", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}

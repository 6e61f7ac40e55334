"""The editor: redacteuren create, edit and publish their organisation's instruments."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from portal.actions.audit import undo_keeping_refusal
from portal.actions.errors import Conflict, Invalid, NotAllowed, NotFound
from portal.actions.instruments import (
    get_instrument,
    instrument_adopt,
    instrument_create,
    instrument_duplicate,
    instrument_mark_reviewed,
    instrument_restore_version,
    instrument_transition,
    instrument_update,
    transitions_for,
)
from portal.actions.reading import instrument_for_editor, organisation_for, version_data, versions_of
from portal.actions.reviews import review_due_on, reviews_due
from portal.actions.routes import (
    may_manage_routes,
    route_candidates,
    route_create,
    route_delete,
    route_for_editor,
    routes_for,
)
from portal.diffing import diff_instruments
from portal.editor_form import SECTIONS, form_values, payload_from_form, submitted_values
from portal.extensions import db
from portal.models import ROUTE_KINDS, Instrument, Organisation
from portal.permissions import has_permission, organisations_where
from portal.readability import assess_public_part
from portal.rendering import code_label
from portal.schemas.instrument import LABELS, describe_key
from portal.schemas.mapping import dump_instrument
from portal.views.access import requires

bp = Blueprint("editor", __name__, url_prefix="/redactie")

STATUS_LABELS = {
    "draft": "Concept",
    "in_review": "Ter controle",
    "published": "Gepubliceerd",
    "archived": "Gearchiveerd",
}


def _organisation_or_404(code: str) -> Organisation:
    return organisation_for(current_user, code, "instrument.read_drafts")


def _editor_instrument(instrument_id: str) -> Instrument:
    return instrument_for_editor(current_user, instrument_id)


def _diff(old: dict, new: dict):
    return diff_instruments(old, new, labels=LABELS, code_labels=code_label)


@bp.get("/")
@requires("instrument.read_drafts")
def dashboard():
    mine = organisations_where(current_user, "instrument.read_drafts")
    wanted = request.args.get("org")
    if wanted:
        organisation = _organisation_or_404(wanted)
    elif mine:
        organisation = mine[0]
    else:
        abort(404)
    status = request.args.get("status")
    query = select(Instrument).where(Instrument.owner_id == organisation.id)
    if status in STATUS_LABELS:
        query = query.where(Instrument.status == status)
    instruments = db.session.scalars(query.order_by(Instrument.name)).all()
    counts = dict(
        db.session.execute(
            select(Instrument.status, func.count())
            .where(Instrument.owner_id == organisation.id)
            .group_by(Instrument.status)
        ).all()
    )
    return render_template(
        "editor/dashboard.html",
        organisation=organisation,
        organisations=mine,
        instruments=instruments,
        counts=counts,
        status=status,
        status_labels=STATUS_LABELS,
        due=reviews_due(organisation),
        due_on={i.id: review_due_on(i) for i in instruments},
        may_create=has_permission(current_user, "instrument.create", organisation),
    )


def _render_form(organisation, *, instrument=None, values, errors=(), version=None, conflict=None, status=422):
    error_map: dict[str, list[str]] = {}
    for key, message in errors:
        error_map.setdefault(key, []).append(message)
    public = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("public.") and isinstance(v, str)}
    return (
        render_template(
            "editor/form.html",
            organisation=organisation,
            instrument=instrument,
            sections=SECTIONS,
            values=values,
            errors=error_map,
            error_list=[(key, describe_key(key), message) for key, message in errors],
            version=version,
            conflict=conflict,
            readability=assess_public_part(public),
            transitions=transitions_for(current_user, instrument) if instrument else [],
            status_labels=STATUS_LABELS,
        ),
        status,
    )


@bp.route("/<org_code>/nieuw", methods=["GET", "POST"])
@requires("instrument.create")
def new(org_code: str):
    organisation = _organisation_or_404(org_code)
    if request.method == "GET":
        return _render_form(organisation, values={"evidence_level": "niet_beoordeeld"}, status=200)
    try:
        instrument = instrument_create(current_user, organisation, payload_from_form(request.form))
    except Invalid as exc:
        db.session.rollback()
        return _render_form(organisation, values=submitted_values(request.form), errors=exc.problems)
    db.session.commit()
    flash("Het instrument is opgeslagen als concept.")
    return redirect(url_for("editor.edit", instrument_id=instrument.id))


@bp.route("/instrument/<instrument_id>", methods=["GET", "POST"])
@requires("instrument.read_drafts")
def edit(instrument_id: str):
    instrument = _editor_instrument(instrument_id)
    organisation = instrument.owner
    if request.method == "GET":
        return _render_form(
            organisation,
            instrument=instrument,
            values=form_values(dump_instrument(instrument)),
            version=instrument.version,
            status=200,
        )
    try:
        expected = int(request.form.get("version", ""))
    except ValueError:
        abort(400)
    try:
        instrument_update(current_user, instrument, payload_from_form(request.form), expected_version=expected)
    except Invalid as exc:
        db.session.rollback()
        return _render_form(
            organisation,
            instrument=instrument,
            values=submitted_values(request.form),
            errors=exc.problems,
            version=expected,
        )
    except Conflict as exc:
        db.session.rollback()
        started = version_data(instrument, expected) or {}
        changes = _diff(started, dump_instrument(instrument))
        return _render_form(
            organisation,
            instrument=instrument,
            values=submitted_values(request.form),
            version=instrument.version,
            conflict={"message": str(exc), "changes": changes},
            status=409,
        )
    db.session.commit()
    flash("Opgeslagen.")
    return redirect(url_for("editor.edit", instrument_id=instrument.id))


def _act(instrument: Instrument, action, success: str):
    try:
        result = action()
    except (Invalid, NotAllowed, Conflict) as exc:  # shown on the page, not as an error page
        undo_keeping_refusal(exc)
        message = "; ".join(m for _k, m in exc.problems) if isinstance(exc, Invalid) else str(exc)
        flash(message, "error")
        return redirect(url_for("editor.edit", instrument_id=instrument.id)), 303
    db.session.commit()
    flash(success)
    target = result if isinstance(result, Instrument) else instrument
    return redirect(url_for("editor.edit", instrument_id=target.id)), 303


@bp.post("/instrument/<instrument_id>/status")
@requires("instrument.submit")
def transition(instrument_id: str):
    instrument = _editor_instrument(instrument_id)
    to = request.form.get("to", "")
    return _act(
        instrument,
        lambda: instrument_transition(current_user, instrument, to),
        f"Status is nu: {STATUS_LABELS.get(to, to).lower()}.",
    )


@bp.post("/instrument/<instrument_id>/dupliceren")
@requires("instrument.create")
def duplicate(instrument_id: str):
    instrument = _editor_instrument(instrument_id)
    return _act(instrument, lambda: instrument_duplicate(current_user, instrument), "Kopie gemaakt als concept.")


@bp.post("/instrument/<instrument_id>/gecontroleerd")
@requires("instrument.update")
def reviewed(instrument_id: str):
    instrument = _editor_instrument(instrument_id)
    return _act(instrument, lambda: instrument_mark_reviewed(current_user, instrument), "Gemarkeerd als gecontroleerd.")


@bp.post("/instrument/<instrument_id>/overnemen")
@requires("instrument.create")
def adopt(instrument_id: str):
    """Copy another organisation's published instrument into one of the user's own."""
    source = get_instrument(instrument_id)
    organisation = _organisation_or_404(request.form.get("org", ""))
    try:
        copy = instrument_adopt(current_user, source, organisation)
    except Invalid as exc:
        db.session.rollback()
        flash("; ".join(m for _k, m in exc.problems), "error")
        return redirect(url_for("public.instrument", instrument_id=source.id)), 303
    db.session.commit()
    flash(f"Overgenomen van {source.owner.name} als concept. Pas het aan aan uw eigen situatie.")
    return redirect(url_for("editor.edit", instrument_id=copy.id)), 303


@bp.get("/instrument/<instrument_id>/geschiedenis")
@requires("instrument.read_drafts")
def history(instrument_id: str):
    instrument = _editor_instrument(instrument_id)
    versions = versions_of(instrument)
    numbers = [v.version for v in versions]
    changes = None
    older = request.args.get("van", type=int)
    newer = request.args.get("naar", type=int)
    if older is not None and newer is not None:
        if older not in numbers or newer not in numbers:
            abort(404)
        changes = _diff(version_data(instrument, older), version_data(instrument, newer))
    return render_template(
        "editor/history.html", instrument=instrument, versions=versions, changes=changes, older=older, newer=newer
    )


@bp.post("/instrument/<instrument_id>/versies/<int:version>/herstellen")
@requires("instrument.update")
def restore(instrument_id: str, version: int):
    instrument = _editor_instrument(instrument_id)
    expected = request.form.get("version", type=int)
    return _act(
        instrument,
        lambda: instrument_restore_version(current_user, instrument, version, expected_version=expected),
        f"Versie {version} is teruggezet als concept.",
    )


@bp.route("/instrument/<instrument_id>/routes", methods=["GET", "POST"])
@requires("instrument.update")
def routes(instrument_id: str):
    """Link this instrument to a next step, a step back or an alternative (of any organisation)."""
    instrument = _editor_instrument(instrument_id)
    problems: list[str] = []
    form = request.form if request.method == "POST" else request.args
    if request.method == "POST":
        try:
            target = get_instrument(form.get("to", ""))
        except NotFound:
            target = None
        try:
            route_create(
                current_user,
                instrument,
                target,
                form.get("kind", ""),
                form.get("procedure_note", ""),
                form.get("income_note", ""),
            )
        except (Invalid, NotAllowed) as exc:
            undo_keeping_refusal(exc)
            problems = [m for _k, m in exc.problems] if isinstance(exc, Invalid) else [str(exc)]
        else:
            db.session.commit()
            flash(f"De route naar ‘{target.name}’ is opgeslagen.")
            return redirect(url_for("editor.routes", instrument_id=instrument.id), 303)
    page = render_template(
        "editor/routes.html",
        instrument=instrument,
        routes=routes_for(current_user, instrument),
        candidates=route_candidates(current_user, instrument, form.get("zoek", "")),
        kinds=ROUTE_KINDS,
        problems=problems,
        form=form,
        may_update=may_manage_routes(current_user, instrument),
    )
    return page, (422 if problems else 200)


@bp.post("/routes/<int:route_id>/verwijderen")
@requires("instrument.update")
def route_remove(route_id: int):
    route = route_for_editor(current_user, route_id)
    source_id = route.from_id
    try:
        route_delete(current_user, route)
    except NotAllowed as exc:
        undo_keeping_refusal(exc)
        flash(str(exc), "error")
    else:
        db.session.commit()
        flash("De route is verwijderd.")
    return redirect(url_for("editor.routes", instrument_id=source_id), 303)

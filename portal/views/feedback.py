"""Feedback from professionals (/instrument/<id>/beoordelen): one rating per professional
per instrument, changed by saving again."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from portal.actions.errors import Invalid, NotFound
from portal.actions.feedback import EXTREMES, feedback_delete, feedback_of, feedback_save, may_give_feedback
from portal.actions.reading import instrument_for_viewer
from portal.extensions import db
from portal.models import SCALES
from portal.privacy import REMINDER
from portal.views.access import current_actor, requires

bp = Blueprint("feedback", __name__)


def _instrument(instrument_id: str):
    instrument, _kind = instrument_for_viewer(current_actor(), instrument_id)
    if not may_give_feedback(current_actor(), instrument):
        raise NotFound("Onbekend instrument.")
    return instrument


@bp.route("/instrument/<instrument_id>/beoordelen", methods=["GET", "POST"])
@requires("feedback.give")
def rate(instrument_id: str):
    instrument = _instrument(instrument_id)
    existing = feedback_of(current_actor(), instrument)
    problems: list[tuple[str, str]] = []
    if request.method == "POST":
        scores = {scale: request.form.get(scale) for scale in SCALES}
        try:
            feedback_save(current_actor(), instrument, scores, request.form.get("explanation", ""))
        except Invalid as exc:
            db.session.rollback()
            problems = exc.problems
        else:
            db.session.commit()
            flash("Dank u wel. Uw beoordeling is opgeslagen; collega’s zien hem zonder uw naam.")
            return redirect(url_for("public.instrument", instrument_id=instrument.id, _anchor="ervaringen"), 303)
        values = dict(request.form)
    elif existing is not None:
        values = {**{k: str(v) for k, v in existing.scores().items()}, "explanation": existing.explanation}
    else:
        values = {}
    errors: dict[str, list[str]] = {}
    for key, message in problems:
        errors.setdefault(key, []).append(message)
    page = render_template(
        "feedback/rate.html",
        instrument=instrument,
        existing=existing,
        values=values,
        errors=errors,
        scales=SCALES,
        extremes=EXTREMES,
        reminder=REMINDER,
    )
    return page, (422 if problems else 200)


@bp.post("/instrument/<instrument_id>/beoordeling-verwijderen")
@requires("feedback.give")
def remove(instrument_id: str):
    instrument = _instrument(instrument_id)
    feedback_delete(current_actor(), instrument)
    db.session.commit()
    flash("Uw beoordeling is verwijderd.")
    return redirect(url_for("public.instrument", instrument_id=instrument.id), 303)

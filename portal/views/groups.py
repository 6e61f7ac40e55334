"""Working groups (/werkgroepen): a group's page, members, saved comparisons, notes and
decisions. For members only; anyone else gets a 404, as if the group did not exist."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from portal.actions.errors import Invalid
from portal.actions.groups import (
    COMPARISON_PREFIX,
    comparison_save,
    group_create,
    group_for_member,
    groups_of,
    member_add,
    note_add,
)
from portal.extensions import db
from portal.models import DECISIONS
from portal.permissions import has_permission
from portal.views.access import LOGGED_IN, current_actor, local_address, requires

bp = Blueprint("groups", __name__, url_prefix="/werkgroepen")


@bp.route("", methods=["GET", "POST"])
@requires(LOGGED_IN)
def index():
    problems: list[str] = []
    if request.method == "POST":
        emails = [e for e in request.form.get("members", "").replace(",", "\n").splitlines() if e.strip()]
        try:
            group = group_create(current_actor(), request.form.get("name", ""), request.form.get("scope", ""), emails)
        except Invalid as exc:
            db.session.rollback()
            problems = [message for _key, message in exc.problems]
        else:
            db.session.commit()
            flash(f"Werkgroep ‘{group.name}’ is gemaakt.")
            return redirect(url_for("groups.group", group_id=group.id), 303)
    page = render_template(
        "groups/index.html",
        groups=groups_of(current_actor()),
        may_create=has_permission(current_actor(), "workgroup.create"),
        problems=problems,
        form=request.form,
    )
    return page, (422 if problems else 200)


@bp.get("/<int:group_id>")
@requires(LOGGED_IN)
def group(group_id: int):
    found = group_for_member(current_actor(), group_id)
    return render_template("groups/group.html", group=found, decisions=DECISIONS, problems=[], form={})


@bp.post("/<int:group_id>/<what>")
@requires(LOGGED_IN)
def add(group_id: int, what: str):
    found = group_for_member(current_actor(), group_id)
    form = request.form
    try:
        if what == "leden":
            member_add(current_actor(), found, form.get("email", ""))
        elif what == "vergelijkingen":
            comparison_save(current_actor(), found, form.get("title", ""), form.get("address", ""))
        elif what == "notities":
            note_add(current_actor(), found, form.get("about", ""), form.get("text", ""), form.get("decision") or None)
        else:
            abort(404)
    except Invalid as exc:
        db.session.rollback()
        problems = [message for _key, message in exc.problems]
        page = render_template("groups/group.html", group=found, decisions=DECISIONS, problems=problems, form=form)
        return page, 422
    db.session.commit()
    flash("Opgeslagen.")
    return redirect(url_for("groups.group", group_id=found.id), 303)


@bp.post("/bewaar")
@requires(LOGGED_IN)
def save_here():
    """The "Bewaar in werkgroep" form on every comparison page (the group is a field, so it
    works without JavaScript)."""
    try:
        group_id = int(request.form.get("group_id", ""))
    except ValueError:
        abort(400)
    found = group_for_member(current_actor(), group_id)
    try:
        comparison_save(current_actor(), found, request.form.get("title", ""), request.form.get("address", ""))
    except Invalid as exc:
        db.session.rollback()
        flash(" ".join(message for _key, message in exc.problems), "error")
        # Only back to a comparison page of this portal: never to an address from the form.
        back = local_address(request.form.get("address", ""), COMPARISON_PREFIX)
        return redirect(back or url_for("groups.index"), 303)
    db.session.commit()
    flash(f"Bewaard in ‘{found.name}’.")
    return redirect(url_for("groups.group", group_id=found.id), 303)

"""Beheer: organisation admins manage their users and settings; beheerders manage
organisations and their service areas."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from portal.actions.accounts import (
    organisation_create,
    organisation_update_settings,
    password_link_create,
    service_area_add,
    service_area_end,
    user_create,
    user_set_active,
)
from portal.actions.errors import Invalid
from portal.actions.reading import organisation_for
from portal.extensions import db
from portal.mail import send_mail
from portal.models import ROLES, Membership, Organisation, ServiceArea, User
from portal.permissions import has_permission, is_platform_beheerder, organisations_where
from portal.views.access import requires

bp = Blueprint("admin", __name__, url_prefix="/beheer")


def _organisation(code: str, permission: str) -> Organisation:
    return organisation_for(current_user, code, permission)


def _problems(exc: Invalid) -> str:
    return " ".join(message for _key, message in exc.problems)


@bp.get("/")
@requires("users.manage")
def home():
    return render_template(
        "admin/home.html",
        organisations=organisations_where(current_user, "users.manage"),
        beheerder=is_platform_beheerder(current_user),
    )


@bp.get("/organisatie/<code>")
@requires("users.manage")
def organisation(code: str):
    org = _organisation(code, "users.manage")
    members = db.session.scalars(
        select(Membership).where(Membership.organisation_id == org.id).join(Membership.user).order_by(User.email)
    ).all()
    by_user: dict[int, tuple[User, list[str]]] = {}
    for membership in members:
        by_user.setdefault(membership.user_id, (membership.user, []))[1].append(membership.role)
    return render_template(
        "admin/organisation.html",
        organisation=org,
        users=list(by_user.values()),
        roles=ROLES,
        may_settings=has_permission(current_user, "organisation.settings", org),
        may_interchange=has_permission(current_user, "instrument.import", org),
        may_grant_beheerder=is_platform_beheerder(current_user),
    )


@bp.post("/organisatie/<code>/instellingen")
@requires("organisation.settings")
def settings(code: str):
    org = _organisation(code, "organisation.settings")
    try:
        upload = request.files.get("logo")
        organisation_update_settings(current_user, org, request.form, logo=upload.read() if upload else None)
    except Invalid as exc:
        db.session.rollback()
        flash(_problems(exc), "error")
    else:
        db.session.commit()
        flash("Instellingen opgeslagen.")
    return redirect(url_for("admin.organisation", code=org.code)), 303


@bp.post("/organisatie/<code>/gebruikers")
@requires("users.manage")
def invite(code: str):
    org = _organisation(code, "users.manage")
    try:
        user = user_create(
            current_user,
            email=request.form.get("email", ""),
            organisation=org,
            role=request.form.get("role", ""),
            name=request.form.get("name", ""),
        )
        token = password_link_create(user) if user.password_hash is None else None
    except Invalid as exc:
        db.session.rollback()
        flash(_problems(exc), "error")
        return redirect(url_for("admin.organisation", code=org.code)), 303
    db.session.commit()
    if token:
        link = f"{current_app.config['BASE_URL']}/wachtwoord/{token}"
        hours = current_app.config["PASSWORD_LINK_HOURS"]
        how = send_mail(
            [
                (
                    user.email,
                    "Uw account bij de Gedeelde Instrumentengids",
                    f"Er is een account voor u gemaakt bij {org.name}.\n\n"
                    f"Stel binnen {hours} uur een wachtwoord in via:\n{link}\n\nDe link werkt één keer.",
                )
            ]
        )
        sent = "Er is een e-mail met de link verstuurd." if how == "smtp" else "Geef deze link zelf door:"
        flash(f"{user.email} is toegevoegd. {sent} {link if how != 'smtp' else ''} (geldig {hours} uur, één keer)")
    else:
        flash(f"{user.email} heeft nu ook deze rol.")
    return redirect(url_for("admin.organisation", code=org.code)), 303


@bp.post("/organisatie/<code>/gebruikers/<int:user_id>/actief")
@requires("users.manage")
def user_active(code: str, user_id: int):
    org = _organisation(code, "users.manage")
    user = db.session.get(User, user_id)
    if user is None or user.id == current_user.id:
        abort(404)
    user_set_active(current_user, user, org, request.form.get("active") == "true")
    db.session.commit()
    flash(f"{user.email} is {'weer actief' if user.active else 'uitgeschakeld; lopende sessies zijn beëindigd'}.")
    return redirect(url_for("admin.organisation", code=org.code)), 303


@bp.route("/organisaties", methods=["GET", "POST"])
@requires("organisations.manage")
def organisations():
    if request.method == "POST":
        from click import BadParameter

        from portal.cli import parse_gemeenten

        try:
            org = organisation_create(
                current_user,
                type=request.form.get("type", ""),
                code=request.form.get("code", ""),
                name=request.form.get("name", ""),
                gemeenten=parse_gemeenten(request.form.get("gemeenten", "")),
            )
        except (Invalid, ValueError, BadParameter) as exc:
            db.session.rollback()
            message = exc.message if isinstance(exc, BadParameter) else str(exc)
            flash(_problems(exc) if isinstance(exc, Invalid) else message, "error")
        else:
            db.session.commit()
            flash(f"{org.name} is aangemaakt.")
            return redirect(url_for("admin.service_areas", code=org.code)), 303
    rows = db.session.scalars(
        select(Organisation)
        .where(Organisation.type.in_(["samenwerkingsverband", "landelijk"]))
        .order_by(Organisation.name)
    ).all()
    return render_template("admin/organisations.html", organisations=rows)


@bp.route("/organisaties/<code>/werkgebied", methods=["GET", "POST"])
@requires("organisations.manage")
def service_areas(code: str):
    org = _organisation(code, "organisations.manage")
    if request.method == "POST":
        try:
            if request.form.get("area_id"):
                area_id = request.form.get("area_id", type=int)
                area = db.session.get(ServiceArea, area_id) if area_id is not None else None
                if area is None or area.organisation_id != org.id:
                    abort(404)
                service_area_end(current_user, area, _date(request.form.get("valid_to"), required=True))
            else:
                service_area_add(
                    current_user,
                    org,
                    request.form.get("gemeente", ""),
                    _date(request.form.get("valid_from")),
                    _date(request.form.get("valid_to")),
                )
        except Invalid as exc:
            db.session.rollback()
            flash(_problems(exc), "error")
        else:
            db.session.commit()
            flash("Werkgebied bijgewerkt.")
        return redirect(url_for("admin.service_areas", code=org.code)), 303
    return render_template("admin/service_areas.html", organisation=org)


def _date(text: str | None, *, required: bool = False) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        if required:
            raise Invalid([("valid_to", "Geef een datum op.")])
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Invalid([("datum", "Geef een datum op als JJJJ-MM-DD.")]) from None


# ----------------------------------------------------------------------------- interchange


PROBLEMS_SHOWN = 200


@bp.route("/organisatie/<code>/uitwisseling", methods=["GET", "POST"])
@requires("instrument.import")
def interchange(code: str):
    """Import a file (all or nothing, with a report of every problem) and export downloads."""
    from portal.actions.interchange import ImportRejected, import_records
    from portal.interchange.tabular import InterchangeError, format_from_filename, read_file
    from portal.schemas.instrument import describe_key

    org = _organisation(code, "instrument.import")
    problems: list[tuple[int | None, str, str]] = []
    summary = None
    status = 200
    if request.method == "POST":
        upload = request.files.get("file")
        publish = request.form.get("publish") == "true"
        if upload is None or not upload.filename:
            problems = [(None, "", "Kies een bestand (.jsonl, .csv of .xlsx).")]
        else:
            try:
                rows = read_file(upload.stream, format_from_filename(upload.filename))
                result = import_records(current_user, org, rows, publish=publish)
            except ImportRejected as exc:
                problems = [(row, describe_key(key) if key else "", message) for row, key, message in exc.problems]
            except InterchangeError as exc:
                problems = [(row, key or "", message) for row, key, message in exc.problems]
            except ValueError as exc:
                problems = [(None, "", str(exc))]
            else:
                db.session.commit()
                summary = f"{upload.filename}: {result.summary()}."
        if problems:
            db.session.rollback()
            status = 422
    may_publish = has_permission(current_user, "instrument.publish", org)
    # A file with a problem on each of 200,000 lines would make a page nobody reads (and
    # that takes a worker minutes to build): the first ones are shown, the rest counted.
    page = render_template(
        "admin/interchange.html",
        organisation=org,
        problems=problems[:PROBLEMS_SHOWN],
        problem_count=len(problems),
        summary=summary,
        may_publish=may_publish,
    )
    return page, status


@bp.get("/organisatie/<code>/export.<fmt>")
@requires("instrument.import")
def export(code: str, fmt: str):
    """The organisation's instruments as a file; with ``concepten=1`` also the unpublished."""
    from portal.actions.interchange import export_records
    from portal.views.downloads import MEDIA_TYPES, records_file

    org = _organisation(code, "instrument.import")
    if fmt not in MEDIA_TYPES:
        abort(404)
    records = export_records(current_user, org, include_unpublished=request.args.get("concepten") == "1")
    return records_file(records, f"instrumenten-{org.code}", fmt)


@bp.get("/audit")
@requires("audit.read")
def audit():
    """The audit log: every change and every refused attempt; for beheerders all of it, for
    organisatiebeheerders what concerns their organisation and its members."""
    from portal.actions.audit import PAGE_SIZE, audit_entries

    args = request.args
    problems = []
    try:
        since, until = _date(args.get("van")), _date(args.get("tot"))
    except Invalid as exc:
        problems.append(_problems(exc))
        since = until = None
    page = max(1, min(args.get("pagina", 1, type=int) or 1, 10_000))
    entries, total = audit_entries(
        current_user,
        organisation_code=args.get("organisatie") if is_platform_beheerder(current_user) else None,
        action=(args.get("actie") or "")[:60],
        email=(args.get("gebruiker") or "")[:254],
        since=since,
        until=until,
        page=page,
    )
    return render_template(
        "admin/audit.html",
        entries=entries,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        form=args,
        problems=problems,
        beheerder=is_platform_beheerder(current_user),
        users={u.id: u for u in db.session.scalars(select(User).where(User.id.in_({e.user_id for e in entries})))},
        organisations={
            o.id: o
            for o in db.session.scalars(
                select(Organisation).where(Organisation.id.in_({e.organisation_id for e in entries}))
            )
        },
    )

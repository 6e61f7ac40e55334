"""REST API v1 (``/api/v1``): instruments in the format, workflow, reference data.

Reads of published instruments are public (public fields only for anonymous callers).
Everything else needs a personal API token (``Authorization: Bearer igt_...``) and acts with
that user's own permissions, through the same actions as the portal. Cookies play no part:
a browser session cannot write through the API, so the API needs no CSRF token.

Updates need ``If-Match`` with the ETag (the instrument's version): missing → 428, stale →
412. Errors are ``application/problem+json`` with Dutch texts (``portal/views/problems.py``).
"""

from __future__ import annotations

import re

from flask import Blueprint, current_app, g, jsonify, request, url_for
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException

from portal.actions.errors import Conflict, Invalid, NotAllowed, NotFound
from portal.actions.instruments import instrument_create, instrument_transition, instrument_update
from portal.actions.reading import instrument_for_viewer, view_kind, visible_clause
from portal.actions.tokens import token_user
from portal.codelists import labels, seed
from portal.extensions import csrf, db
from portal.interchange.open_data import public_representation
from portal.models import STATUSES, Arbeidsmarktregio, Gemeente, Instrument, Organisation
from portal.schemas.mapping import dump_instrument
from portal.timeutil import today
from portal.views.problems import ApiProblem, field_errors, problem
from tenants.areas import available_in_clause, get_gemeente

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)

MAX_PER_PAGE = 100
LIST_ARGUMENTS = ("owner", "gemeente", "status", "per_page")
MAX_PAGE = 10_000  # found by the fuzzer: a page number beyond what the database takes
ETAG = re.compile(r'^(?:W/)?"(\d+)"$')


# ----------------------------------------------------------------------------- plumbing


@bp.before_request
def authenticate() -> None:
    """A Bearer token or nothing; a bad or revoked token is refused, never ignored.

    Rate limits count per token for a valid one (however the header is spelled), and per
    address for everything else, made-up tokens included, so those buy nothing. The body limit holds for chunked
    bodies too (``max_content_length``)."""
    g.api_user = None
    limit = current_app.config["API_MAX_BODY_BYTES"]
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        raise ApiProblem(413, f"Het verzoek is te groot: hoogstens {limit // 1024} kB.")
    address = "adres:" + (request.remote_addr or "onbekend")
    header = request.headers.get("Authorization", "")
    if not header:
        _limit(address)
        return
    scheme, _, secret = header.partition(" ")
    found = token_user(secret.strip()) if scheme.lower() == "bearer" and secret.strip() else None
    if found is None:
        db.session.rollback()  # the lookup's transaction ends here; the count must not go with it
        _limit(address)  # made-up tokens count against the address, so they buy nothing
        raise ApiProblem(401, "Deze token bestaat niet of is ingetrokken.", headers={"WWW-Authenticate": "Bearer"})
    user, token_id = found
    db.session.commit()  # "last used" of the token, also for reads
    _limit(f"token:{token_id}")  # however the header is spelled
    g.api_user = user


@bp.after_request
def _caching(response):
    """Answers depend on the token: shared caches must keep them apart, and never keep a
    token holder's answer at all."""
    response.headers.add("Vary", "Authorization")
    if g.get("api_user") is not None:
        response.headers["Cache-Control"] = "no-store"
    return response


def _limit(who: str) -> None:
    from portal.ratelimit import hit

    verdict = hit("api", who, current_app.config["API_RATE_LIMIT"], 60)
    if not verdict.allowed:
        raise ApiProblem(
            429,
            f"Te veel verzoeken. Probeer het over {verdict.retry_after} seconden opnieuw.",
            headers={"Retry-After": str(verdict.retry_after)},
        )


@bp.errorhandler(ApiProblem)
def _api_problem(error: ApiProblem):
    db.session.rollback()
    return problem(error.status, error.detail, error.errors, error.headers)


@bp.errorhandler(Invalid)
def _invalid(error: Invalid):
    db.session.rollback()
    return problem(422, "De gegevens kloppen niet; zie errors.", field_errors(error.problems))


@bp.errorhandler(NotAllowed)
def _not_allowed(error: NotAllowed):
    from portal.actions.audit import undo_keeping_refusal

    undo_keeping_refusal(error)
    return problem(403, str(error) or "U mag dit niet.")


@bp.errorhandler(NotFound)
def _not_found(error: NotFound):
    db.session.rollback()
    return problem(404, str(error) or "Niet gevonden.")


@bp.errorhandler(Conflict)
def _conflict(error: Conflict):
    db.session.rollback()
    return problem(412, str(error))


@bp.errorhandler(HTTPException)
def _http(error: HTTPException):
    db.session.rollback()
    return http_problem(error)


def http_problem(error: HTTPException):
    """An HTTP error under /api as a problem, with its own headers (Allow on a 405)."""
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    code = error.code or 500
    return problem(code, _HTTP_DETAILS.get(code, "Dit verzoek kan niet worden verwerkt."), headers=headers)


_HTTP_DETAILS = {
    400: "Het verzoek kon niet worden gelezen.",
    404: "Dit adres bestaat niet in de API.",
    500: "Er ging aan onze kant iets mis. Probeer het later nog eens.",
    405: "Deze methode kan niet op dit adres.",
    413: "Het verzoek is te groot.",
    503: "De gegevens zijn even niet bereikbaar; er is niets opgeslagen. Probeer het over een halve minuut opnieuw.",
}


def _user_required():
    if g.api_user is None:
        raise ApiProblem(401, "Hiervoor is een API-token nodig.", headers={"WWW-Authenticate": "Bearer"})
    return g.api_user


def _json_body() -> dict:
    if not request.is_json:
        raise ApiProblem(415, "Stuur de gegevens als JSON (Content-Type: application/json).")
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # "[[[[..." nested 100,000 deep: not an instrument either
        body = None
    if not isinstance(body, dict):
        raise ApiProblem(400, "Het verzoek moet één JSON-object zijn.")
    body.pop("url", None)  # what a read adds to the format; sending a read back is fine
    return body


def _if_match(required: bool) -> int | None:
    header = request.headers.get("If-Match")
    if header is None:
        if required:
            raise ApiProblem(428, "Stuur If-Match met de ETag die u las, zodat niemands wijziging verloren gaat.")
        return None
    found = ETAG.match(header.strip())
    if not found:
        raise ApiProblem(412, 'If-Match moet een ETag zijn zoals "3".')
    return int(found.group(1))


def _etag(instrument: Instrument) -> str:
    return f'"{instrument.version}"'


def _page_arguments() -> tuple[int, int]:
    try:
        page = int(request.args.get("page", "1"))
        per_page = int(request.args.get("per_page", "20"))
    except ValueError:
        raise ApiProblem(400, "page en per_page zijn hele getallen.") from None
    if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= MAX_PER_PAGE:
        raise ApiProblem(400, f"page is 1 tot en met {MAX_PAGE}; per_page is 1 tot en met {MAX_PER_PAGE}.")
    return page, per_page


def _representation(instrument: Instrument, kind: str) -> dict:
    data = public_representation(instrument) if kind == "public" else dump_instrument(instrument)
    data["url"] = url_for("public.instrument", instrument_id=instrument.id, _external=True)
    return data


def _instrument_response(instrument: Instrument, kind: str, status: int = 200):
    response = jsonify(_representation(instrument, kind))
    response.status_code = status
    if kind != "public":
        response.headers["ETag"] = _etag(instrument)
    if g.api_user is None:
        response.headers["Cache-Control"] = "public, max-age=60"
    return response


def _writable(instrument_id: str) -> Instrument:
    """An instrument the token's user may at least read as an editor; 404 otherwise."""
    user = _user_required()
    instrument, kind = instrument_for_viewer(user, instrument_id)
    if kind != "editor":
        raise NotFound("Onbekend instrument.")
    return instrument


# ----------------------------------------------------------------------------- instruments


@bp.get("/instruments")
def instruments():
    """Published instruments (anonymous: with a visible public part), filtered and paged;
    a token user with editor rights also sees their own organisations' drafts."""
    user = g.api_user
    page, per_page = _page_arguments()
    on = today()
    query = select(Instrument).where(visible_clause(user, on))
    if owner := request.args.get("owner"):
        query = query.join(Organisation, Organisation.id == Instrument.owner_id).where(Organisation.code == owner)
    if code := request.args.get("gemeente"):
        gemeente = db.session.get(Gemeente, code.upper())
        if gemeente is None:
            raise ApiProblem(400, f"Onbekende gemeentecode ‘{code}’ (gebruik GMxxxx).")
        query = query.where(available_in_clause(get_gemeente(gemeente), on))
    if status := request.args.get("status"):
        if status not in STATUSES:
            raise ApiProblem(400, f"Onbekende status ‘{status}’: kies uit {', '.join(STATUSES)}.")
        query = query.where(Instrument.status == status)
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = db.session.scalars(
        query.order_by(Instrument.name, Instrument.id).limit(per_page).offset((page - 1) * per_page)
    )
    items = [_representation(instrument, view_kind(user, instrument) or "public") for instrument in rows]
    body = {"total": total, "page": page, "per_page": per_page, "items": items}
    if page * per_page < total:
        arguments = {k: v for k, v in request.args.to_dict().items() if k in LIST_ARGUMENTS}
        body["next"] = url_for("api.instruments", **{**arguments, "page": page + 1}, _external=True)
    return jsonify(body)


@bp.get("/instruments/<instrument_id>")
def instrument(instrument_id: str):
    found, kind = instrument_for_viewer(g.api_user, instrument_id)
    return _instrument_response(found, kind)


@bp.post("/instruments")
def create():
    user = _user_required()
    body = _json_body()
    code = body.pop("owner", None)  # chooses the organisation; the action sets it
    owner = db.session.scalar(select(Organisation).where(Organisation.code == str(code))) if code else None
    if owner is None:
        raise Invalid([("owner", "Geef de code van de eigenaar (een organisatie waarvoor u mag schrijven).")])
    created = instrument_create(user, owner, body)
    db.session.commit()
    response = _instrument_response(created, "editor", status=201)
    response.headers["Location"] = url_for("api.instrument", instrument_id=created.id, _external=True)
    return response


@bp.put("/instruments/<instrument_id>")
def update(instrument_id: str):
    found = _writable(instrument_id)
    expected = _if_match(required=True)
    body = _json_body()
    if expected != found.version:
        raise ApiProblem(412, f"U stuurde versie {expected}; de huidige versie is {found.version}. Lees opnieuw.")
    instrument_update(g.api_user, found, body, expected_version=expected)
    db.session.commit()
    return _instrument_response(found, "editor")


@bp.delete("/instruments/<instrument_id>")
def archive(instrument_id: str):
    """Deleting archives: history and versions stay, the instrument leaves every list."""
    found = _writable(instrument_id)
    expected = _if_match(required=False)
    if expected is not None and expected != found.version:
        raise ApiProblem(412, f"U stuurde versie {expected}; de huidige versie is {found.version}. Lees opnieuw.")
    instrument_transition(g.api_user, found, "archived")
    db.session.commit()
    return "", 204


@bp.post("/instruments/<instrument_id>/transitions")
def transition(instrument_id: str):
    found = _writable(instrument_id)
    expected = _if_match(required=False)
    body = _json_body()
    target = body.get("to")
    if not isinstance(target, str):
        raise Invalid([("to", 'Geef de nieuwe status, bijvoorbeeld {"to": "published"}.')])
    if expected is not None and expected != found.version:
        raise ApiProblem(412, f"U stuurde versie {expected}; de huidige versie is {found.version}. Lees opnieuw.")
    instrument_transition(g.api_user, found, target)
    db.session.commit()
    return _instrument_response(found, "editor")


# ----------------------------------------------------------------------------- reference data


@bp.get("/gemeenten")
def gemeenten():
    rows = db.session.scalars(select(Gemeente).order_by(Gemeente.code))
    return jsonify(
        [
            {"code": g.code, "name": g.name, "province": g.province, "region": g.region_code, "active": g.active}
            for g in rows
        ]
    )


@bp.get("/regions")
def regions():
    rows = db.session.scalars(select(Arbeidsmarktregio).order_by(Arbeidsmarktregio.code))
    return jsonify([{"code": r.code, "name": r.name} for r in rows])


@bp.get("/codelists")
def codelists():
    return jsonify({name: [{"code": code, "label": label} for code, label in labels(name).items()] for name in seed()})


@bp.get("/organisations")
def organisations():
    rows = db.session.scalars(select(Organisation).order_by(Organisation.code))
    keys = ("code", "name", "type", "gemeente_code", "region_code", "website", "email", "phone", "visiting_address")
    return jsonify([{k: getattr(o, k) for k in keys if getattr(o, k) is not None} for o in rows])


# ----------------------------------------------------------------------------- the description


@bp.get("/openapi.json")
def openapi():
    from portal.api_spec import openapi_document

    return jsonify(openapi_document())


@bp.get("/docs")
def docs():
    """The OpenAPI document as a page of the portal: no third-party scripts or styles."""
    from flask import render_template

    from portal.api_spec import openapi_document

    return render_template("api/docs.html", spec=openapi_document())


# ----------------------------------------------------------------------------- comparisons


@bp.get("/coverage")
def coverage_data():
    """The coverage matrix (counts of published instruments available per area and value):
    aggregates only, so public like the reads of published instruments."""
    from portal.comparisons.coverage import DIMENSIONS, coverage

    dimension = request.args.get("dimension", "tiles")
    scope = request.args.get("scope", "regions")
    if dimension not in DIMENSIONS:
        raise ApiProblem(400, f"Onbekende dimensie: kies uit {', '.join(DIMENSIONS)}.")
    if scope == "region":
        region = request.args.get("region", "")
        if db.session.get(Arbeidsmarktregio, region) is None:
            raise ApiProblem(400, "Geef een bestaande arbeidsmarktregio (AMxx) in region.")
        codes = list(db.session.scalars(select(Gemeente.code).where(Gemeente.region_code == region, Gemeente.active)))
        matrix = coverage(dimension, "gemeente", codes)
    elif scope == "regions":
        matrix = coverage(dimension, "region")
    elif scope == "gemeenten":
        matrix = coverage(dimension, "gemeente")
    else:
        raise ApiProblem(400, "scope is region, regions of gemeenten.")
    value_codes = [code for code, _label in matrix.values]
    return jsonify(
        {
            "dimension": dimension,
            "area_kind": matrix.area_kind,
            "values": [{"code": code, "label": label} for code, label in matrix.values],
            "areas": [
                {
                    "code": code,
                    "name": name,
                    "total": total,
                    "counts": dict(zip(value_codes, numbers, strict=True)),
                }
                for code, name, total, numbers in matrix.rows()
            ],
        }
    )


@bp.get("/compare")
def compare_data():
    """2 to 5 instruments side by side (with internal fields): a token of someone who may
    compare (working group members, beheerders)."""
    from portal.comparisons.side_by_side import MAX, MIN, side_by_side
    from portal.permissions import has_permission

    user = _user_required()
    if not has_permission(user, "compare.use"):
        raise ApiProblem(403, "Vergelijken is voor leden van werkgroepen.")
    ids = request.args.getlist("id")
    if not MIN <= len(ids) <= MAX:
        raise ApiProblem(400, f"Geef {MIN} tot {MAX} keer id.")
    instruments = [instrument_for_viewer(user, i)[0] for i in ids]
    rows = side_by_side(instruments)
    return jsonify(
        {
            "instruments": [{"id": str(i.id), "name": i.name, "owner": i.owner.code} for i in instruments],
            "rows": [{"field": row.label, "values": row.values, "differs": row.differs} for row in rows],
        }
    )

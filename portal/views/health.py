"""Health checks for load balancers and orchestrators.

``/healthz``: the process answers (nothing else is touched, so a slow database does not
make a load balancer kill healthy workers). ``/readyz``: the database and the search index
can be read; 503 with what failed otherwise, so traffic goes elsewhere until they are back.
Neither says anything secret: no versions, no addresses, no error texts.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import func, select, text

from portal.extensions import db
from portal.models import SearchOutboxEntry

bp = Blueprint("health", __name__)
NO_STORE = {"Cache-Control": "no-store"}


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"}), 200, NO_STORE


@bp.get("/readyz")
def readyz():
    checks: dict[str, str] = {}
    backlog = None
    try:
        db.session.execute(text("SELECT 1"))
        backlog = db.session.scalar(
            select(func.count()).select_from(SearchOutboxEntry).where(SearchOutboxEntry.processed_at.is_(None))
        )
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"; the log has the details
        db.session.rollback()
        current_app.logger.exception("readyz: database")
        checks["database"] = "unavailable"
    try:
        from search.service import get_backend

        get_backend().doc_count()
        checks["search"] = "ok"
    except Exception:  # noqa: BLE001
        current_app.logger.exception("readyz: search index")
        checks["search"] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    body = {"status": "ok" if ready else "unavailable", "checks": checks}
    if backlog is not None:
        body["index_backlog"] = backlog  # changes saved but not yet searchable
    return jsonify(body), (200 if ready else 503), NO_STORE

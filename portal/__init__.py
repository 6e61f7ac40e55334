"""The Gedeelde Instrumentengids web application."""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import Flask, abort, g, render_template, request
from flask_babel import lazy_gettext as _l

from portal.config import PROJECT_ROOT, load_settings
from portal.extensions import csrf, db, login_manager, migrate


def create_app(config: dict | None = None) -> Flask:
    """Build the app. ``config`` overrides settings (tests pass their own database)."""
    settings = load_settings()
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(Path(__file__).resolve().parent / "static"),
        instance_path=str(settings.instance_path),
    )
    app.config.update(settings.as_flask_config())
    if config:
        app.config.update(config)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Log in om deze pagina te zien."
    login_manager.session_protection = "strong"

    from portal import models  # noqa: F401 - registers every table with the metadata
    from portal.db_setup import configure_engines

    with app.app_context():
        configure_engines()

    from portal import i18n
    from portal.views import register_blueprints

    i18n.init_app(app)
    register_blueprints(app)
    from portal import security

    security.init_app(app)
    _register_error_pages(app)
    _register_template_helpers(app)

    from portal.cli import register_commands

    register_commands(app)

    @app.before_request
    def _request_id() -> None:
        g.request_id = secrets.token_hex(8)

    @app.before_request
    def _no_nul_bytes() -> None:
        # A NUL character can never be meant, and PostgreSQL refuses it in text (found by
        # the API fuzzer): refuse the request as bad, before anything reads it.
        values = [request.path, *request.args.values()]
        if request.method not in ("GET", "HEAD") and request.mimetype in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            values.extend(request.form.values())
        if any("\x00" in value for value in values):
            abort(400)

    trusted = app.config.get("TRUSTED_PROXIES", 0)
    if trusted:
        # Behind a reverse proxy: the client's address comes from X-Forwarded-For, so rate
        # limits and the audit log see people, not the proxy.
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=trusted, x_proto=trusted, x_host=trusted)

    return app


def _register_error_pages(app: Flask) -> None:
    # Lazy: translated into the language of each request when the page is made.
    messages = {
        400: (_l("Ongeldig verzoek"), _l("Het verzoek kon niet worden verwerkt.")),
        403: (_l("Geen toegang"), _l("U heeft geen toegang tot deze pagina.")),
        404: (_l("Niet gevonden"), _l("Deze pagina bestaat niet (meer).")),
        405: (_l("Niet toegestaan"), _l("Deze handeling kan hier niet.")),
        409: (_l("Gewijzigd door iemand anders"), _l("Iemand anders heeft dit intussen gewijzigd.")),
        413: (_l("Te groot"), _l("Het bestand of formulier is te groot.")),
        429: (_l("Te veel verzoeken"), _l("U heeft te veel verzoeken gedaan. Probeer het over een minuut opnieuw.")),
        500: (_l("Er ging iets mis"), _l("Er ging aan onze kant iets mis. Probeer het later nog eens.")),
    }

    def handler(error):
        code = getattr(error, "code", 500) or 500
        title, text = (str(part) for part in messages.get(code, messages[500]))
        if code == 500:
            db.session.rollback()
        if request.path.startswith("/api/"):
            from werkzeug.exceptions import HTTPException, InternalServerError

            from portal.views.api import http_problem

            return http_problem(error if isinstance(error, HTTPException) else InternalServerError())
        return render_template("error.html", code=code, title=title, text=text), code

    for code in messages:
        app.register_error_handler(code, handler)

    from portal.actions.errors import NotAllowed, NotFound

    # An action that refuses has changed nothing worth keeping: undo the session, then show
    # the same pages as for a plain 403/404, so views need not repeat this.
    def refused(error):
        from portal.actions.audit import undo_keeping_refusal

        undo_keeping_refusal(error)
        code = 404 if isinstance(error, NotFound) else 403
        title, text = (str(part) for part in messages[code])
        return render_template("error.html", code=code, title=title, text=text), code

    app.register_error_handler(NotFound, refused)
    app.register_error_handler(NotAllowed, refused)


def _register_template_helpers(app: Flask) -> None:
    from portal.rendering import register

    register(app)

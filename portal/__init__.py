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

    @app.teardown_appcontext
    def _end_session(_error):
        # Runs before Flask-SQLAlchemy's own teardown (the last registered runs first). When
        # the database went away mid-request, handing the dead connection back to the pool
        # fails; the page (a 503) is already made, so this must not turn it into a 500.
        try:
            db.session.remove()
        except Exception as error:  # noqa: BLE001 - the pool has dropped the connection already
            app.logger.warning("Sessie afsluiten mislukte: %s", type(error).__name__)

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

    _register_database_errors(app, messages)


def _register_database_errors(app: Flask, messages: dict) -> None:
    """What a visitor sees when the database is away, refuses a value, or saw two writes meet."""
    from sqlalchemy.exc import DataError, DisconnectionError, InterfaceError, OperationalError

    # The database cannot be reached (restarting, failing over, the network): say so and when
    # to try again, instead of "something went wrong". Nothing was saved by this request; the
    # browser's Back button still has what was typed. No database is touched on the way.
    def unavailable(error):
        from flask import g

        from portal.extensions import login_manager

        app.logger.error("Database niet bereikbaar: %s", str(getattr(error, "orig", error)).splitlines()[0][:200])
        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001,S110 - the connection is gone; the pool drops it
            pass
        retry = {"Retry-After": "30"}
        if request.path.startswith("/api/"):
            from werkzeug.exceptions import ServiceUnavailable

            from portal.views.api import http_problem

            response = http_problem(ServiceUnavailable())
            response.headers.update(retry)
            return response
        # The menu must not ask the database: after the rollback a logged-in user's attributes
        # would be reloaded from it (seen in bench/fault_runs.py as a 500 instead of this page).
        g._login_user = login_manager.anonymous_user()
        title = str(_l("Even niet bereikbaar"))
        text = str(_l("De gegevens zijn even niet bereikbaar. Er is niets opgeslagen. Probeer het zo opnieuw."))
        return render_template("error.html", code=503, title=title, text=text), 503, retry

    app.register_error_handler(OperationalError, unavailable)
    app.register_error_handler(InterfaceError, unavailable)  # a connection closed under the request
    # While PostgreSQL shuts down, the pool's own reset of a dying connection can fail outside
    # SQLAlchemy's wrapping (seen in bench/fault_runs.py): the same answer for those.
    app.register_error_handler(DisconnectionError, unavailable)
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency; SQLite-only installs may lack it
        pass
    else:
        app.register_error_handler(psycopg.OperationalError, unavailable)
        app.register_error_handler(psycopg.InterfaceError, unavailable)

    # A number too large for the database (an id of 30 digits in a form or a query string)
    # or a value the database cannot take: bad input, answered as such. Nothing is saved.
    def out_of_range(error):
        db.session.rollback()
        if request.path.startswith("/api/"):
            from portal.views.problems import problem

            return problem(400, "Een getal of waarde in het verzoek is te groot of ongeldig.")
        title = str(_l("Ongeldig verzoek"))
        text = str(_l("Een getal of waarde in het verzoek is te groot of ongeldig. Er is niets opgeslagen."))
        return render_template("error.html", code=400, title=title, text=text), 400

    app.register_error_handler(OverflowError, out_of_range)
    app.register_error_handler(DataError, out_of_range)

    from sqlalchemy.orm.exc import StaleDataError

    # Two writes of the same row at the same moment that no action turned into a Conflict
    # itself (a status change while another editor saves): the conflict page, not a 500.
    def changed_meanwhile(_error):
        db.session.rollback()
        if request.path.startswith("/api/"):
            from portal.views.problems import problem

            return problem(409, "Iemand anders heeft dit intussen gewijzigd. Haal het opnieuw op.")
        title, text = (str(part) for part in messages[409])
        return render_template("error.html", code=409, title=title, text=text), 409

    app.register_error_handler(StaleDataError, changed_meanwhile)


def _register_template_helpers(app: Flask) -> None:
    from portal.rendering import register

    register(app)

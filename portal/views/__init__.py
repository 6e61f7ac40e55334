"""Blueprints. Views turn action results into pages and HTTP codes; they decide nothing."""

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter

from portal.views.access import ENDPOINT_PERMISSIONS, PUBLIC_ENDPOINTS, register_endpoint_permissions

__all__ = ["PUBLIC_ENDPOINTS", "ENDPOINT_PERMISSIONS", "register_blueprints"]


class DatabaseInteger(IntegerConverter):
    """``<int:...>`` in an address, up to the largest id the database can hold (PostgreSQL's
    integer): a longer number is simply not found, instead of overflowing in the driver."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(url_map, *args, **kwargs)


def register_blueprints(app: Flask) -> None:
    app.url_map.converters["int"] = DatabaseInteger
    from portal.views.admin import bp as admin_bp
    from portal.views.api import bp as api_bp
    from portal.views.auth import bp as auth_bp
    from portal.views.compare import bp as compare_bp
    from portal.views.editor import bp as editor_bp
    from portal.views.feedback import bp as feedback_bp
    from portal.views.groups import bp as groups_bp
    from portal.views.health import bp as health_bp
    from portal.views.public import bp as public_bp
    from portal.views.search import bp as search_bp
    from portal.views.shortlists import bp as shortlists_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(editor_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(search_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(compare_bp)
    app.register_blueprint(groups_bp)
    app.register_blueprint(shortlists_bp)
    app.register_blueprint(feedback_bp)
    app.register_blueprint(health_bp)
    register_endpoint_permissions(app)

    @app.before_request
    def _deny_by_default():
        # An endpoint that is neither public nor guarded by @requires is a programming
        # error; refuse it rather than serve it unguarded.
        endpoint = request.endpoint
        if endpoint is None or endpoint in PUBLIC_ENDPOINTS or endpoint in ENDPOINT_PERMISSIONS:
            return None
        abort(403)

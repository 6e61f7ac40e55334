"""Blueprints. Views turn action results into pages and HTTP codes; they decide nothing."""

from flask import Flask, request
from flask_login import current_user

from portal.extensions import login_manager

# Endpoints anyone may reach without logging in. Every other endpoint requires a login
# (and its action checks the permission); tests/test_routes.py fails on an endpoint that
# is in neither group.
PUBLIC_ENDPOINTS = frozenset(
    {
        "static",
        "public.home",
        "public.find_gemeente",
        "public.gemeente",
        "public.instrument",
        "auth.login",
        "auth.set_password",
    }
)


def register_blueprints(app: Flask) -> None:
    from portal.views.auth import bp as auth_bp
    from portal.views.public import bp as public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)

    @app.before_request
    def _deny_by_default():
        if request.endpoint is None or request.endpoint in PUBLIC_ENDPOINTS:
            return None
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return None

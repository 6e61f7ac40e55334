"""Two-factor login for beheerders, organisatiebeheerders and eindredacteuren: set up at the
first login, a code from the app after the password, a code works once, recovery codes."""

from __future__ import annotations

import time

import pyotp
import pytest

from portal.actions.two_factor import STEP
from portal.extensions import db
from portal.models import AuditEntry, RecoveryCode, User
from tests import factories as f

PASSWORD = "correct horse battery"


NOW = int(time.time()) // STEP  # the clock stands still in these tests: no flaky step boundaries


@pytest.fixture
def required(ctx, monkeypatch):
    monkeypatch.setattr("portal.actions.two_factor._current_step", lambda: NOW)
    ctx.config["TWO_FACTOR_REQUIRED"] = True
    yield ctx
    ctx.config["TWO_FACTOR_REQUIRED"] = False


def _password(client, user):
    return client.post("/inloggen", data={"email": user.email, "password": PASSWORD})


def _logged_in(client) -> bool:
    return client.get("/account/wachtwoord").status_code == 200


def _code(user: User, offset: int = 0) -> str:
    db.session.expire_all()
    secret = db.session.get(User, user.id).totp_secret
    return pyotp.TOTP(secret).at((NOW + offset) * STEP)


def _set_up(client, user) -> list[str]:
    response = _password(client, user)
    assert response.status_code == 302 and response.headers["Location"].endswith("/inloggen/tweestaps-instellen")
    page = client.get("/inloggen/tweestaps-instellen")
    assert page.status_code == 200 and "Sleutel:" in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"
    qr = client.get("/inloggen/tweestaps-qr.svg")
    assert qr.status_code == 200 and qr.content_type == "image/svg+xml" and b"<svg" in qr.data
    response = client.post("/inloggen/tweestaps-instellen", data={"code": _code(user)})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Uw herstelcodes" in body
    import re

    return re.findall(r"<code>([0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{6})</code>", body)


@pytest.mark.parametrize("role", ["beheerder", "organisatiebeheerder", "eindredacteur"])
def test_these_roles_set_up_two_factor_before_they_get_in(required, role):
    user = f.user(f.organisation("GM0281"), role)
    client = required.test_client()
    assert _password(client, user).status_code == 302
    assert not _logged_in(client)  # the password alone is not enough
    codes = _set_up(client, user)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert _logged_in(client)
    assert db.session.query(RecoveryCode).filter_by(user_id=user.id).count() == 10
    assert all(code not in str(r.code_hash) for r in db.session.query(RecoveryCode) for code in codes)


def test_other_roles_log_in_with_their_password(required):
    user = f.user(f.organisation("GM0281"), "professional")
    client = required.test_client()
    response = _password(client, user)
    assert response.status_code == 302 and "/inloggen" not in response.headers["Location"]
    assert _logged_in(client)


def test_after_setup_the_password_is_followed_by_a_code(required):
    user = f.user(f.organisation("GM0281"), "eindredacteur")
    _set_up(required.test_client(), user)
    client = required.test_client()
    response = _password(client, user)
    assert response.headers["Location"].endswith("/inloggen/code")
    assert not _logged_in(client)
    assert client.post("/inloggen/code", data={"code": "000000"}).status_code == 401
    assert not _logged_in(client)
    response = client.post("/inloggen/code", data={"code": _code(user, offset=1)})
    assert response.status_code == 302
    assert _logged_in(client)


def test_a_code_cannot_be_used_twice(required):
    user = f.user(f.organisation("GM0281"), "organisatiebeheerder")
    _set_up(required.test_client(), user)  # this used the current step's code
    client = required.test_client()
    _password(client, user)
    # the code of the setup, again: refused, also an older one
    for offset in (0, -1):
        assert client.post("/inloggen/code", data={"code": _code(user, offset)}).status_code == 401
    assert not _logged_in(client)
    next_code = _code(user, offset=1)
    assert client.post("/inloggen/code", data={"code": next_code}).status_code == 302
    other = required.test_client()
    _password(other, user)
    assert other.post("/inloggen/code", data={"code": next_code}).status_code == 401  # already used
    assert not _logged_in(other)
    assert db.session.query(AuditEntry).filter_by(action="two_factor.failed", user_id=user.id).count() >= 3


def test_a_recovery_code_works_once(required):
    user = f.user(f.organisation("GM0281"), "beheerder")
    codes = _set_up(required.test_client(), user)
    client = required.test_client()
    _password(client, user)
    assert client.post("/inloggen/code", data={"code": codes[3].upper()}).status_code == 302
    assert _logged_in(client)
    again = required.test_client()
    _password(again, user)
    assert again.post("/inloggen/code", data={"code": codes[3]}).status_code == 401
    entry = db.session.query(AuditEntry).filter_by(action="two_factor.recovery_code", user_id=user.id).one()
    assert entry.details == {"left": 9}


def test_a_reset_makes_the_user_set_it_up_again(required):
    user = f.user(f.organisation("GM0281"), "beheerder")
    _set_up(required.test_client(), user)
    result = required.test_cli_runner().invoke(args=["instrumentengids", "user", "reset-2fa", user.email])
    assert result.exit_code == 0, result.output
    assert db.session.query(RecoveryCode).filter_by(user_id=user.id).count() == 0
    response = _password(required.test_client(), user)
    assert response.headers["Location"].endswith("/inloggen/tweestaps-instellen")


def test_a_code_posted_before_the_setup_page_is_explained_not_a_crash(required):
    user = f.user(f.organisation("GM0281"), "eindredacteur")
    client = required.test_client()
    _password(client, user)
    response = client.post("/inloggen/tweestaps-instellen", data={"code": "123456"})
    assert response.status_code == 422
    assert "Sleutel:" in response.get_data(as_text=True)  # the setup page, with a key to use


def test_the_second_step_needs_the_first(required):
    client = required.test_client()
    assert client.get("/inloggen/code").status_code == 302
    assert client.post("/inloggen/code", data={"code": "123456"}).status_code == 302
    assert client.get("/inloggen/tweestaps-qr.svg").status_code == 404


def test_production_cannot_turn_two_factor_off():
    from portal.config import ConfigurationError, load_settings

    environ = {
        "INSTRUMENTENGIDS_ENV": "production",
        "SECRET_KEY": "x" * 40,
        "DATABASE_URL": "sqlite:///x.sqlite",
        "TWO_FACTOR_REQUIRED": "false",
    }
    with pytest.raises(ConfigurationError, match="Tweestapsverificatie"):
        load_settings(environ)
    assert load_settings({**environ, "TWO_FACTOR_REQUIRED": "true"}).two_factor_required

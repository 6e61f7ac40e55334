"""Accounts: sessions that really end, lockout, password rules, cookies."""

import datetime as dt

import pytest
from sqlalchemy import select

from portal.actions.accounts import set_password, user_set_active
from portal.config import load_settings
from portal.extensions import db
from portal.models import AuditEntry, User, UserSession
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, email, password=PASSWORD):
    return client.post("/inloggen", data={"email": email, "password": password})


def _probe(client) -> bool:
    """Whether the client is logged in: the header then offers "Uitloggen"."""
    return "Uitloggen" in client.get("/").get_data(as_text=True)


@pytest.fixture
def editor(ctx):
    return f.user(f.organisation("GM0281"), "redacteur", email="redacteur@example.nl")


def test_login_starts_a_fresh_session(client, editor):
    with client.session_transaction() as session:
        session["planted"] = "door een aanvaller"
    assert login(client, editor.email).status_code == 302
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["_user_id"] != str(editor.id)  # a session token, not the account id
    assert _probe(client)


def test_the_old_cookie_no_longer_works_after_logout(client, editor):
    login(client, editor.email)
    stolen = client.get_cookie("instrumentengids").value
    client.post("/uitloggen")
    assert not _probe(client)
    client.set_cookie("instrumentengids", stolen)
    assert not _probe(client)


def test_a_password_change_ends_every_session(client, editor):
    login(client, editor.email)
    assert _probe(client)
    set_password(editor, "een heel ander wachtwoord")
    db.session.commit()
    assert not _probe(client)


def test_disabling_an_account_ends_its_sessions(client, editor):
    login(client, editor.email)
    user_set_active(None, editor, f.organisation("GM0281"), active=False)
    db.session.commit()
    assert not _probe(client)
    assert login(client, editor.email).status_code == 401


@pytest.mark.parametrize(
    "field,age,timeout",
    [
        ("last_seen_at", dt.timedelta(minutes=31), "idle_timeout"),
        ("created_at", dt.timedelta(hours=13), "absolute_timeout"),
    ],
)
def test_sessions_time_out(client, editor, field, age, timeout):
    login(client, editor.email)
    row = db.session.scalar(select(UserSession).where(UserSession.user_id == editor.id))
    setattr(row, field, getattr(row, field) - age)
    db.session.commit()
    assert not _probe(client)
    db.session.refresh(row)
    assert row.end_reason == timeout and row.ended_at is not None


def test_account_locks_after_the_configured_failures_and_others_are_unaffected(client, ctx, editor):
    other = f.user(f.organisation("GM0281"), "redacteur", email="collega@example.nl")
    limit = ctx.config["LOGIN_MAX_FAILURES"]
    for _ in range(limit):
        assert login(client, editor.email, "fout fout fout fout").status_code == 401
    locked = login(client, editor.email)  # the right password, but locked
    assert locked.status_code == 401
    assert login(client, "collega@example.nl").status_code == 302
    db.session.refresh(editor)
    assert editor.locked_until is not None
    unknown = login(client, "bestaat-niet@example.nl", "fout fout fout fout")
    assert unknown.get_data(as_text=True).count("klopt niet") == locked.get_data(as_text=True).count("klopt niet") == 1
    assert db.session.scalar(
        select(AuditEntry).where(AuditEntry.action == "account.locked", AuditEntry.user_id == editor.id)
    )
    db.session.refresh(other)
    assert other.locked_until is None


def test_lock_expires(client, editor):
    editor.locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    db.session.commit()
    assert login(client, editor.email).status_code == 302


def test_a_successful_login_resets_the_failure_count(client, ctx, editor):
    for _ in range(ctx.config["LOGIN_MAX_FAILURES"] - 1):
        login(client, editor.email, "fout fout fout fout")
    assert login(client, editor.email).status_code == 302
    db.session.refresh(editor)
    assert editor.failed_logins == 0


def test_passwords_are_argon2id_and_never_stored_plain(editor):
    stored = db.session.get(User, editor.id).password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_secure_settings_in_production(tmp_path):
    config = load_settings(
        {"INSTRUMENTENGIDS_ENV": "production", "SECRET_KEY": "s" * 40, "DATABASE_URL": "postgresql://x/y"}
    ).as_flask_config()
    assert config["SESSION_COOKIE_NAME"].startswith("__Host-")
    assert config["SESSION_COOKIE_SECURE"] and config["SESSION_COOKIE_HTTPONLY"]
    assert config["SESSION_COOKIE_SAMESITE"] == "Lax" and config["SESSION_COOKIE_PATH"] == "/"


def test_session_cookie_flags_on_login(client, editor):
    response = login(client, editor.email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Expires" not in cookie  # no remember-me: the cookie ends with the browser session


def test_changing_ones_own_password_keeps_this_session_and_ends_others(ctx, editor):
    here, elsewhere = ctx.test_client(), ctx.test_client()
    login(here, editor.email)
    login(elsewhere, editor.email)
    wrong = here.post(
        "/account/wachtwoord", data={"current_password": "fout", "password": "x" * 20, "password_again": "x" * 20}
    )
    assert wrong.status_code == 422 and "klopt niet" in wrong.get_data(as_text=True)
    weak = here.post(
        "/account/wachtwoord",
        data={"current_password": PASSWORD, "password": "wachtwoord2024!", "password_again": "wachtwoord2024!"},
    )
    assert weak.status_code == 422
    new = "een nieuwe lange zin voor mij"
    done = here.post("/account/wachtwoord", data={"current_password": PASSWORD, "password": new, "password_again": new})
    assert done.status_code == 302
    assert _probe(here) and not _probe(elsewhere)
    assert login(ctx.test_client(), editor.email, new).status_code == 302


def test_a_busy_database_never_leaves_a_pending_write_in_a_reading_request(ctx, editor):
    """When marking the session as seen fails (SQLite busy under load), the user is read
    again without bookkeeping: nothing may be left to flush later in a GET (found by the
    load benchmark as 'database is locked' 500s)."""
    from portal.actions.accounts import session_resume, session_start

    token = session_start(editor)
    row = db.session.scalar(select(UserSession).where(UserSession.user_id == editor.id))
    row.last_seen_at = row.last_seen_at - dt.timedelta(minutes=5)
    db.session.flush()
    db.session.expire_all()
    assert session_resume(token, bookkeeping=False) is not None
    assert not db.session.dirty
    assert session_resume(token) is not None
    assert db.session.dirty  # the normal path marks the session as seen

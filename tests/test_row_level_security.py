"""Defence in depth on PostgreSQL: even with the application's own permission checks gone, no
organisation's rows can be written by a user of another organisation.

The PostgreSQL half of the whole suite already runs as a login role that owns nothing (see
conftest); these tests look at that role, at the policies, and at writes that skip the
application's checks. The last test runs the tenant-isolation matrix with the checks
switched off: on SQLite it proves the "bug" really writes, on PostgreSQL that the database
stops every attempt.
"""

from __future__ import annotations

import sys
import uuid

import pytest
import sqlalchemy as sa
from flask_login import login_user
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from portal.extensions import db
from portal.models import Instrument, InstrumentContact, InstrumentVersion, Membership, Organisation
from portal.row_security import current_write_scope
from tests import factories as f
from tests.test_tenant_isolation import PASSWORD, snapshot, write_attempts

# Tables that hold an organisation's rows but are deliberately not under a policy, and why.
NOT_UNDER_POLICY = {
    "audit_entries": "append-only for the application role (no UPDATE or DELETE at all)",
    "instrument_feedback": "a professional's own rating of another organisation's instrument",
    "shortlist_steps": "a professional's own list; instruments of any organisation are on it",
    "shortlists": "belongs to a user, shared read-only with an organisation",
    "candidate_members": "computed over all organisations by the command line",
    "working_groups": "groups span organisations; membership is checked by the application",
}
# Accounts (users) have no organisation column: an account may be a member of several, and
# login bookkeeping writes to it before anyone is known. Switching one on or off is guarded
# by a trigger (test below); its other columns are the application's to guard.


@pytest.fixture
def postgres(backend):
    if backend != "postgresql":
        pytest.skip("rijbeveiliging bestaat alleen op PostgreSQL; SQLite heeft geen rollen")


@pytest.fixture
def two(ctx):
    a = f.organisation("GM0281")
    b = f.organisation("GM0344")
    editor_b = f.user(b, "eindredacteur", email="eind-b@example.nl")
    of_a = f.instrument(a, name="Van A", contacts=[{"name": "Contact A", "email": "a@example.nl"}])
    of_b = f.instrument(b, name="Van B")
    db.session.commit()
    return {"a": a, "b": b, "editor_b": editor_b, "of_a": of_a, "of_b": of_b}


def _as(app, user):
    """A request context in which ``user`` is logged in (as Flask-Login leaves it)."""
    context = app.test_request_context("/redactie/")
    context.push()
    if user is not None:
        login_user(user)
    return context


def _refused(work) -> str:
    """Run ``work`` in a savepoint; the kind of refusal, or '' when it went through."""
    savepoint = db.session.begin_nested()
    try:
        result = work()
        db.session.flush()
    except StaleDataError:
        savepoint.rollback()
        return "geen rij"
    except DBAPIError as error:
        savepoint.rollback()
        return "geweigerd: " + str(error.orig).splitlines()[0]
    if getattr(result, "rowcount", 1) == 0:
        savepoint.rollback()
        return "geen rij"
    savepoint.commit()
    return ""


def test_the_application_role_owns_nothing_and_cannot_switch_security_off(postgres, ctx):
    role = db.session.execute(
        text("SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).one()
    assert tuple(role) == (False, False, False)
    owned = db.session.scalars(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
    ).all()
    assert owned == []
    for statement in (
        "ALTER TABLE instruments DISABLE ROW LEVEL SECURITY",
        "DROP POLICY wijzigen ON instruments",
        "UPDATE audit_entries SET action = 'weg'",
        "DELETE FROM audit_entries",
        "UPDATE alembic_version SET version_num = 'x'",
    ):
        savepoint = db.session.begin_nested()
        with pytest.raises(DBAPIError) as refused:
            db.session.execute(text(statement))
        savepoint.rollback()
        assert "must be owner" in str(refused.value) or "permission denied" in str(refused.value), statement


def test_every_table_of_an_organisation_is_under_a_policy(postgres, ctx):
    """A new table with an organisation or an instrument in it must get a policy (or a reason here)."""
    policed = set(
        db.session.scalars(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity"
            )
        )
    )
    belongs = set()
    for table in db.metadata.tables.values():
        for key in table.foreign_keys:
            if key.column.table.name in {"organisations", "instruments"}:
                belongs.add(table.name)
    belongs.add("organisations")
    missing = sorted(belongs - policed - set(NOT_UNDER_POLICY))
    assert missing == [], f"tabellen van een organisatie zonder rijbeveiliging: {missing}"
    assert {"instruments", "instrument_contacts", "instrument_versions", "memberships", "service_areas"} <= policed
    for table in policed:
        commands = set(db.session.scalars(text("SELECT cmd FROM pg_policies WHERE tablename = :t"), {"t": table}))
        assert commands == {"SELECT", "INSERT", "UPDATE", "DELETE"}, table


def test_write_scope_follows_the_roles(ctx, two):
    a, b = two["a"], two["b"]
    professional = f.user(a, "professional", email="prof-a@example.nl")
    beheerder = f.user(b, "beheerder", email="beheer@example.nl")
    both = f.user(a, "redacteur", email="twee@example.nl")
    db.session.add(Membership(user=both, organisation=b, role="werkgroeplid"))
    db.session.add(Membership(user=both, organisation=f.organisation("GM0363"), role="organisatiebeheerder"))
    db.session.commit()
    amsterdam = f.organisation("GM0363")
    expected = {
        None: "",
        professional: "",
        beheerder: "alle",
        two["editor_b"]: str(b.id),
        both: ",".join(str(i) for i in sorted({a.id, amsterdam.id})),
    }
    for user, scope in expected.items():
        context = _as(ctx, user)
        try:
            assert current_write_scope() == scope, user
        finally:
            context.pop()
    assert current_write_scope() == "alle"  # the command line, outside any request


def test_an_editor_of_b_cannot_write_rows_of_a_even_past_the_application(postgres, ctx, two):
    of_a, of_b = two["of_a"], two["of_b"]
    contact_of_a = of_a.contacts[0]
    context = _as(ctx, two["editor_b"])
    try:

        def rename(instrument):
            def work():
                instrument.name = "Gekaapt"

            return work

        def new_instrument_for_a():
            db.session.add(Instrument(id=uuid.uuid4(), owner_id=two["a"].id, name="Ingeschoven", version=1))

        def contact_on_a():
            db.session.add(InstrumentContact(instrument_id=of_a.id, name="Ik", email="ik@example.nl"))

        def move_b_to_a():
            of_b.owner_id = two["a"].id

        attempts = {
            "naam van A wijzigen": rename(of_a),
            "instrument voor A toevoegen": new_instrument_for_a,
            "contact bij A toevoegen": contact_on_a,
            "contact van A wijzigen (Core)": lambda: db.session.execute(
                update(InstrumentContact).where(InstrumentContact.id == contact_of_a.id).values(name="Weg")
            ),
            "versies van A wissen": lambda: db.session.execute(
                delete(InstrumentVersion).where(InstrumentVersion.instrument_id == of_a.id)
            ),
            "A wissen (SQL)": lambda: db.session.execute(text("DELETE FROM instruments WHERE name = 'Van A'")),
            "instrument van B naar A verhuizen": move_b_to_a,
            "lid worden van A": lambda: db.session.add(
                Membership(user_id=two["editor_b"].id, organisation_id=two["a"].id, role="beheerder")
            ),
            "instellingen van A": lambda: db.session.execute(
                update(Organisation).where(Organisation.id == two["a"].id).values(requires_four_eyes=False)
            ),
        }
        outcomes = {name: _refused(work) for name, work in attempts.items()}
        assert all(outcomes.values()), outcomes
        assert outcomes["instrument voor A toevoegen"].startswith("geweigerd: new row violates row-level security")
        # Control: the same kind of write to B's own instrument goes through.
        assert _refused(rename(of_b)) == ""
    finally:
        context.pop()
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(Instrument, of_a.id).name == "Van A"
    assert db.session.get(InstrumentContact, contact_of_a.id).name == "Contact A"
    assert (
        db.session.scalar(
            select(func.count()).select_from(InstrumentVersion).where(InstrumentVersion.instrument_id == of_a.id)
        )
        >= 1
    )
    assert db.session.get(Instrument, of_b.id).owner_id == two["b"].id


def test_an_account_of_a_can_only_be_switched_off_from_within_a(postgres, ctx, two):
    member_of_a = f.user(two["a"], "redacteur", email="redacteur-a@example.nl")
    admin_a = f.user(two["a"], "organisatiebeheerder", email="admin-a@example.nl")
    db.session.commit()

    def switch_off():
        member_of_a.active = False

    context = _as(ctx, two["editor_b"])
    try:
        assert _refused(switch_off).startswith("geweigerd: account")
    finally:
        context.pop()
    context = _as(ctx, admin_a)
    try:
        assert _refused(switch_off) == ""
    finally:
        context.pop()


@pytest.mark.parametrize("who", ["anoniem", "professional van A"])
def test_without_a_writing_role_nothing_of_a_can_be_written(postgres, ctx, two, who):
    user = None if who == "anoniem" else f.user(two["a"], "professional", email="prof@example.nl")
    db.session.commit()
    context = _as(ctx, user)
    try:
        of_a = two["of_a"]

        def rename():
            of_a.name = "Gekaapt"

        assert _refused(rename) == "geen rij"
    finally:
        context.pop()


def test_a_platform_beheerder_and_the_command_line_may_write_everywhere(postgres, ctx, two):
    beheerder = f.user(two["b"], "beheerder", email="beheer@example.nl")
    db.session.commit()
    context = _as(ctx, beheerder)
    try:

        def rename():
            two["of_a"].name = "Door de beheerder"

        assert _refused(rename) == ""
    finally:
        context.pop()

    def rename_again():
        two["of_a"].name = "Door de opdrachtregel"

    assert _refused(rename_again) == ""


def _skip_the_application_checks(monkeypatch):
    """The bug: every permission check of the application says yes."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("portal") and callable(getattr(module, "has_permission", None)):
            monkeypatch.setattr(module, "has_permission", lambda *args, **kwargs: True)


def test_with_the_application_checks_gone_the_database_still_holds(client, ctx, backend, monkeypatch):
    # The same data as the tenant-isolation matrix (tests/test_tenant_isolation.py).
    owner = f.organisation("GM0281")
    verband = f.samenwerkingsverband([("GM0281", None, None)], code="verband-a")
    owner_admin = f.user(owner, "organisatiebeheerder", email="admin-a@example.nl")
    s = {
        "owner": owner,
        "verband": verband,
        "published": f.instrument(owner, name="Gepubliceerd van A"),
        "draft": f.instrument(owner, name="Concept van A", publish=False),
        "owner_admin": owner_admin,
    }
    outsider = f.user(f.organisation("GM0344"), "organisatiebeheerder", email="admin-b@example.nl")
    db.session.commit()
    assert client.post("/inloggen", data={"email": outsider.email, "password": PASSWORD}).status_code == 302
    _skip_the_application_checks(monkeypatch)
    before = snapshot(s)
    changed = []
    for description, url, form in write_attempts(s):
        try:
            client.post(url, data=form)
        except (DBAPIError, StaleDataError, sa.exc.SQLAlchemyError):
            pass  # PostgreSQL refused: the request fails (a 500 in production), nothing is written
        after = snapshot(s)
        if after != before:
            changed.append(description)
            before = after
    if backend == "postgresql":
        assert changed == [], f"geschreven bij A ondanks rijbeveiliging: {changed}"
    else:
        # Without row-level security the same bug writes: the matrix does reach the database.
        assert len(changed) >= 5, changed

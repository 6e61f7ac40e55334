"""Row-level security on PostgreSQL: no organisation can write another organisation's rows.

Revision ID: d4f1a8c2e6b9
Revises: b7d2e4a1c903
Create Date: 2026-11-22 09:10:00

Written by hand (autogenerate does not see policies or grants). PostgreSQL only; on SQLite
this revision does nothing (one process, one file: there is no second role to protect against).

What it sets up (see portal/row_security.py for the application's half):
- a group role ``instrumentengids_app`` (NOLOGIN) that owns nothing: the login role the web
  application uses is made a member of it (README, "PostgreSQL in productie"). It may read
  and write rows, never alter tables, switch row security off or change the audit log.
- ``instrumentengids_mag_schrijven(organisation)``: true when the current transaction's
  write scope (``instrumentengids.schrijfrecht``, set by the application from the logged-in
  user: ``alle`` or a list of organisation ids) covers that organisation.
- policies on every table whose rows belong to an organisation: everybody may read (what a
  viewer may see is decided by the application), writing needs the owner in the scope. A row
  may also not be moved to another organisation (WITH CHECK on the new owner).
- accounts (users) belong to no single organisation and are written before anyone is known
  (login bookkeeping), so they have no row policy; but switching an account on or off needs
  an organisation of that account in the scope (a trigger: the check needs the old value).
- the audit log is append-only for the application role: SELECT and INSERT only.
"""

from alembic import op

revision = "d4f1a8c2e6b9"
down_revision = "b7d2e4a1c903"
branch_labels = None
depends_on = None


# table -> SQL expression giving the id of the organisation the row belongs to
OWNED_TABLES = {
    "organisations": "id",
    "service_areas": "organisation_id",
    "memberships": "organisation_id",
    "instruments": "owner_id",
    "instrument_versions": "(SELECT i.owner_id FROM instruments i WHERE i.id = instrument_id)",
    "instrument_routes": "(SELECT i.owner_id FROM instruments i WHERE i.id = from_id)",
}
for _child in (
    "instrument_codes",
    "instrument_regions",
    "instrument_gemeenten",
    "instrument_locations",
    "instrument_contacts",
    "instrument_links",
    "instrument_registration_codes",
    "instrument_outcomes",
):
    OWNED_TABLES[_child] = "(SELECT i.owner_id FROM instruments i WHERE i.id = instrument_id)"

SCOPE_FUNCTION = """
CREATE OR REPLACE FUNCTION instrumentengids_mag_schrijven(organisation integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN coalesce(current_setting('instrumentengids.schrijfrecht', true), '') = 'alle' THEN true
        WHEN coalesce(current_setting('instrumentengids.schrijfrecht', true), '') !~ '^[0-9]+(,[0-9]+)*$' THEN false
        ELSE organisation = ANY (string_to_array(current_setting('instrumentengids.schrijfrecht', true), ',')::integer[])
    END
$$
"""

ACCOUNT_STATUS_GUARD = """
CREATE OR REPLACE FUNCTION instrumentengids_accountstatus_bewaken() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.active IS DISTINCT FROM OLD.active AND NOT (
        coalesce(current_setting('instrumentengids.schrijfrecht', true), '') = 'alle'
        OR EXISTS (
            SELECT 1 FROM memberships m
            WHERE m.user_id = NEW.id AND instrumentengids_mag_schrijven(m.organisation_id)
        )
    ) THEN
        RAISE EXCEPTION 'account % mag niet aan of uit gezet worden buiten de eigen organisaties', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""

APP_ROLE_SETUP = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'instrumentengids_app') THEN
        BEGIN
            CREATE ROLE instrumentengids_app NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'Rol instrumentengids_app ontbreekt en mag hier niet gemaakt worden: maak hem als beheerder '
                         'van de server en voer de migratie opnieuw uit.';
            RETURN;
        END;
    END IF;
    GRANT USAGE ON SCHEMA public TO instrumentengids_app;
    -- The PostgreSQL search backend keeps its index in tables of its own (search_documents):
    -- derived data the application may create and rebuild. It owns those, never ours.
    GRANT CREATE ON SCHEMA public TO instrumentengids_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO instrumentengids_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO instrumentengids_app;
    GRANT EXECUTE ON FUNCTION instrumentengids_mag_schrijven(integer) TO instrumentengids_app;
    REVOKE UPDATE, DELETE ON audit_entries FROM instrumentengids_app;
    REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM instrumentengids_app;
    -- Tables and sequences later migrations create (as this same owner) get the same rights.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO instrumentengids_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO instrumentengids_app;
END
$$
"""


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SCOPE_FUNCTION)
    for table, owner in OWNED_TABLES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY lezen ON {table} FOR SELECT USING (true)")
        op.execute(
            f"CREATE POLICY toevoegen ON {table} FOR INSERT WITH CHECK (instrumentengids_mag_schrijven({owner}))"
        )
        op.execute(
            f"CREATE POLICY wijzigen ON {table} FOR UPDATE USING (instrumentengids_mag_schrijven({owner})) "
            f"WITH CHECK (instrumentengids_mag_schrijven({owner}))"
        )
        op.execute(f"CREATE POLICY verwijderen ON {table} FOR DELETE USING (instrumentengids_mag_schrijven({owner}))")
    op.execute(ACCOUNT_STATUS_GUARD)
    op.execute(
        "CREATE TRIGGER accountstatus_bewaken BEFORE UPDATE OF active ON users "
        "FOR EACH ROW EXECUTE FUNCTION instrumentengids_accountstatus_bewaken()"
    )
    op.execute(APP_ROLE_SETUP)


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in OWNED_TABLES:
        for policy in ("lezen", "toevoegen", "wijzigen", "verwijderen"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute(
        """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'instrumentengids_app') THEN
        ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM instrumentengids_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM instrumentengids_app;
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM instrumentengids_app;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM instrumentengids_app;
        REVOKE ALL ON SCHEMA public FROM instrumentengids_app;
    END IF;
END
$$
"""
    )
    op.execute("DROP TRIGGER IF EXISTS accountstatus_bewaken ON users")
    op.execute("DROP FUNCTION IF EXISTS instrumentengids_accountstatus_bewaken()")
    op.execute("DROP FUNCTION IF EXISTS instrumentengids_mag_schrijven(integer)")

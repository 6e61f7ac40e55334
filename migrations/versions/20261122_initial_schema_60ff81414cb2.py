"""Initial schema: reference data, organisations, accounts, instruments in the full format,
audit, history and the search outbox.

Reviewed by hand: every table has named constraints (see NAMING_CONVENTION), and
downgrade drops the tables in reverse dependency order, so the step is reversible.

Revision ID: 60ff81414cb2
Revises:
Create Date: 2026-11-22 15:08:02.864309

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "60ff81414cb2"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "arbeidsmarktregios",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_arbeidsmarktregios")),
        sa.UniqueConstraint("number", name=op.f("uq_arbeidsmarktregios_number")),
    )
    op.create_table(
        "code_list_entries",
        sa.Column("list_name", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("list_name", "code", name=op.f("pk_code_list_entries")),
    )
    op.create_table(
        "search_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_outbox")),
    )
    with op.batch_alter_table("search_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_outbox_instrument_id"), ["instrument_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_search_outbox_processed_at"), ["processed_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("session_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
        sa.UniqueConstraint("session_token", name=op.f("uq_users_session_token")),
    )
    op.create_table(
        "gemeenten",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("province", sa.String(length=40), nullable=False),
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.Column("source_year", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("former_names", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["region_code"], ["arbeidsmarktregios.code"], name=op.f("fk_gemeenten_region_code_arbeidsmarktregios")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_gemeenten")),
    )
    with op.batch_alter_table("gemeenten", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gemeenten_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_gemeenten_region_code"), ["region_code"], unique=False)

    op.create_table(
        "password_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_password_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_password_tokens_token_hash")),
    )
    with op.batch_alter_table("password_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_password_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("gemeente_code", sa.String(length=6), nullable=True),
        sa.Column("region_code", sa.String(length=4), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("visiting_address", sa.String(length=300), nullable=True),
        sa.Column("logo_url", sa.String(length=300), nullable=True),
        sa.Column("colour", sa.String(length=7), nullable=True),
        sa.Column("review_interval_months", sa.Integer(), nullable=False),
        sa.Column("requires_four_eyes", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "type IN ('gemeente', 'samenwerkingsverband', 'arbeidsmarktregio', 'landelijk')",
            name=op.f("ck_organisations_type_known"),
        ),
        sa.CheckConstraint(
            "review_interval_months BETWEEN 1 AND 24", name=op.f("ck_organisations_review_interval_range")
        ),
        sa.ForeignKeyConstraint(
            ["gemeente_code"], ["gemeenten.code"], name=op.f("fk_organisations_gemeente_code_gemeenten")
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["arbeidsmarktregios.code"], name=op.f("fk_organisations_region_code_arbeidsmarktregios")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("code", name=op.f("uq_organisations_code")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_type"), ["type"], unique=False)

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=True),
        sa.Column("object_id", sa.String(length=60), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("remote_addr", sa.String(length=45), nullable=True),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_audit_entries_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_audit_entries_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "instruments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("distinctive_approach", sa.Text(), nullable=True),
        sa.Column("target_group_description", sa.Text(), nullable=True),
        sa.Column("participation_conditions", sa.Text(), nullable=True),
        sa.Column("cooperation_partners", sa.Text(), nullable=True),
        sa.Column("additional_information", sa.Text(), nullable=True),
        sa.Column("application_instructions", sa.Text(), nullable=True),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("instrument_type", sa.String(length=4), nullable=False),
        sa.Column("ladder_from", sa.Integer(), nullable=True),
        sa.Column("ladder_to", sa.Integer(), nullable=True),
        sa.Column("implementation", sa.String(length=4), nullable=False),
        sa.Column("requires_doelgroepregister", sa.Boolean(), nullable=True),
        sa.Column("provider_name", sa.String(length=200), nullable=False),
        sa.Column("provider_website", sa.String(length=500), nullable=True),
        sa.Column("provider_email", sa.String(length=254), nullable=True),
        sa.Column("provider_phone", sa.String(length=40), nullable=True),
        sa.Column("provider_kvk", sa.String(length=8), nullable=True),
        sa.Column("intensity_hours_per_week", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("intensity_description", sa.Text(), nullable=True),
        sa.Column("duration_value", sa.Integer(), nullable=True),
        sa.Column("duration_unit", sa.String(length=10), nullable=True),
        sa.Column("duration_description", sa.Text(), nullable=True),
        sa.Column("costs_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("costs_unit", sa.String(length=20), nullable=True),
        sa.Column("costs_description", sa.Text(), nullable=True),
        sa.Column("participant_contribution", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("income_effect", sa.String(length=30), nullable=True),
        sa.Column("evidence_level", sa.String(length=30), nullable=False),
        sa.Column("evidence_databank", sa.String(length=30), nullable=True),
        sa.Column("evidence_url", sa.String(length=500), nullable=True),
        sa.Column("evidence_assessed_on", sa.Date(), nullable=True),
        sa.Column("evaluation_type", sa.String(length=30), nullable=True),
        sa.Column("evaluation_comparison_group", sa.Boolean(), nullable=True),
        sa.Column("evaluation_year", sa.Integer(), nullable=True),
        sa.Column("evaluation_url", sa.String(length=500), nullable=True),
        sa.Column("evaluation_summary", sa.Text(), nullable=True),
        sa.Column("lifecycle", sa.String(length=20), nullable=True),
        sa.Column("ended_reason", sa.Text(), nullable=True),
        sa.Column("adopted_from_id", sa.Uuid(), nullable=True),
        sa.Column("available_nationally", sa.Boolean(), nullable=False),
        sa.Column("public_visible", sa.Boolean(), nullable=False),
        sa.Column("public_title", sa.String(length=120), nullable=True),
        sa.Column("public_summary", sa.Text(), nullable=True),
        sa.Column("public_for_whom", sa.Text(), nullable=True),
        sa.Column("public_what_you_get", sa.Text(), nullable=True),
        sa.Column("public_how_to_start", sa.Text(), nullable=True),
        sa.Column("public_costs_for_you", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("publish_from", sa.Date(), nullable=True),
        sa.Column("publish_to", sa.Date(), nullable=True),
        sa.Column("review_interval_months", sa.Integer(), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'in_review', 'published', 'archived')", name=op.f("ck_instruments_status_known")
        ),
        sa.CheckConstraint(
            "ladder_from IS NULL OR ladder_to IS NULL OR ladder_to >= ladder_from",
            name=op.f("ck_instruments_ladder_ordered"),
        ),
        sa.CheckConstraint(
            "review_interval_months IS NULL OR review_interval_months BETWEEN 1 AND 24",
            name=op.f("ck_instruments_review_interval_range"),
        ),
        sa.ForeignKeyConstraint(
            ["adopted_from_id"],
            ["instruments.id"],
            name=op.f("fk_instruments_adopted_from_id_instruments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["organisations.id"], name=op.f("fk_instruments_owner_id_organisations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instruments")),
    )
    with op.batch_alter_table("instruments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instruments_evidence_level"), ["evidence_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_instruments_instrument_type"), ["instrument_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_instruments_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_instruments_status"), ["status"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "role IN ('beheerder', 'organisatiebeheerder', 'redacteur', 'eindredacteur', 'professional', 'werkgroeplid')",
            name=op.f("ck_memberships_role_known"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_memberships_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_memberships_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint(
            "user_id", "organisation_id", "role", name=op.f("uq_memberships_user_id_organisation_id_role")
        ),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_memberships_user_id"), ["user_id"], unique=False)

    op.create_table(
        "service_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("gemeente_code", sa.String(length=6), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name=op.f("ck_service_areas_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["gemeente_code"], ["gemeenten.code"], name=op.f("fk_service_areas_gemeente_code_gemeenten")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_service_areas_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_areas")),
        sa.UniqueConstraint(
            "organisation_id",
            "gemeente_code",
            "valid_from",
            name=op.f("uq_service_areas_organisation_id_gemeente_code_valid_from"),
        ),
    )
    with op.batch_alter_table("service_areas", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_areas_gemeente_code"), ["gemeente_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_areas_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "instrument_codes",
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("list_name", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_codes_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_name", "code"],
            ["code_list_entries.list_name", "code_list_entries.code"],
            name="fk_instrument_codes_code_list_entries",
        ),
        sa.PrimaryKeyConstraint("instrument_id", "list_name", "code", name=op.f("pk_instrument_codes")),
    )
    op.create_table(
        "instrument_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.CheckConstraint("email IS NOT NULL OR phone IS NOT NULL", name=op.f("ck_instrument_contacts_reachable")),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_contacts_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_contacts")),
    )
    with op.batch_alter_table("instrument_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_contacts_instrument_id"), ["instrument_id"], unique=False)

    op.create_table(
        "instrument_gemeenten",
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("gemeente_code", sa.String(length=6), nullable=False),
        sa.ForeignKeyConstraint(
            ["gemeente_code"], ["gemeenten.code"], name=op.f("fk_instrument_gemeenten_gemeente_code_gemeenten")
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_gemeenten_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("instrument_id", "gemeente_code", name=op.f("pk_instrument_gemeenten")),
    )
    op.create_table(
        "instrument_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_links_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_links")),
    )
    with op.batch_alter_table("instrument_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_links_instrument_id"), ["instrument_id"], unique=False)

    op.create_table(
        "instrument_locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_locations_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_locations")),
    )
    with op.batch_alter_table("instrument_locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_locations_instrument_id"), ["instrument_id"], unique=False)

    op.create_table(
        "instrument_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("to_paid_work", sa.Integer(), nullable=True),
        sa.Column("to_education", sa.Integer(), nullable=True),
        sa.Column("to_other_participation", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_outcomes_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_outcomes")),
        sa.UniqueConstraint("instrument_id", "year", name=op.f("uq_instrument_outcomes_instrument_id_year")),
    )
    with op.batch_alter_table("instrument_outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_outcomes_instrument_id"), ["instrument_id"], unique=False)

    op.create_table(
        "instrument_regions",
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("region_code", sa.String(length=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_regions_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["arbeidsmarktregios.code"],
            name=op.f("fk_instrument_regions_region_code_arbeidsmarktregios"),
        ),
        sa.PrimaryKeyConstraint("instrument_id", "region_code", name=op.f("pk_instrument_regions")),
    )
    op.create_table(
        "instrument_registration_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_registration_codes_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_registration_codes")),
    )
    with op.batch_alter_table("instrument_registration_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_instrument_registration_codes_instrument_id"), ["instrument_id"], unique=False
        )

    op.create_table(
        "instrument_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_instrument_versions_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_versions_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_versions")),
        sa.UniqueConstraint("instrument_id", "version", name=op.f("uq_instrument_versions_instrument_id_version")),
    )
    with op.batch_alter_table("instrument_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_versions_instrument_id"), ["instrument_id"], unique=False)


def downgrade():
    with op.batch_alter_table("instrument_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_versions_instrument_id"))

    op.drop_table("instrument_versions")
    with op.batch_alter_table("instrument_registration_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_registration_codes_instrument_id"))

    op.drop_table("instrument_registration_codes")
    op.drop_table("instrument_regions")
    with op.batch_alter_table("instrument_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_outcomes_instrument_id"))

    op.drop_table("instrument_outcomes")
    with op.batch_alter_table("instrument_locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_locations_instrument_id"))

    op.drop_table("instrument_locations")
    with op.batch_alter_table("instrument_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_links_instrument_id"))

    op.drop_table("instrument_links")
    op.drop_table("instrument_gemeenten")
    with op.batch_alter_table("instrument_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_contacts_instrument_id"))

    op.drop_table("instrument_contacts")
    op.drop_table("instrument_codes")
    with op.batch_alter_table("service_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_areas_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_service_areas_gemeente_code"))

    op.drop_table("service_areas")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_user_id"))
        batch_op.drop_index(batch_op.f("ix_memberships_organisation_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("instruments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instruments_status"))
        batch_op.drop_index(batch_op.f("ix_instruments_owner_id"))
        batch_op.drop_index(batch_op.f("ix_instruments_instrument_type"))
        batch_op.drop_index(batch_op.f("ix_instruments_evidence_level"))

    op.drop_table("instruments")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_type"))

    op.drop_table("organisations")
    with op.batch_alter_table("password_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_tokens_user_id"))

    op.drop_table("password_tokens")
    with op.batch_alter_table("gemeenten", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gemeenten_region_code"))
        batch_op.drop_index(batch_op.f("ix_gemeenten_name"))

    op.drop_table("gemeenten")
    op.drop_table("users")
    with op.batch_alter_table("search_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_outbox_processed_at"))
        batch_op.drop_index(batch_op.f("ix_search_outbox_instrument_id"))

    op.drop_table("search_outbox")
    op.drop_table("code_list_entries")
    op.drop_table("arbeidsmarktregios")

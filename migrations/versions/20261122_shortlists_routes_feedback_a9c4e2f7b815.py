"""Shortlists of professionals, routes between instruments, professionals' feedback.

Revision ID: a9c4e2f7b815
Revises: f3b8d6e1a274
Create Date: 2026-11-22 19:53:31

Reviewed by hand: new tables only; downgrade drops them in reverse order.

"""

import sqlalchemy as sa
from alembic import op

revision = "a9c4e2f7b815"
down_revision = "f3b8d6e1a274"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shortlists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("shared_with_id", sa.Integer(), nullable=True),
        sa.Column("share_token", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_shortlists_owner_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["shared_with_id"],
            ["organisations.id"],
            name=op.f("fk_shortlists_shared_with_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shortlists")),
        sa.UniqueConstraint("share_token", name=op.f("uq_shortlists_share_token")),
    )
    with op.batch_alter_table("shortlists", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shortlists_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shortlists_shared_with_id"), ["shared_with_id"], unique=False)

    op.create_table(
        "instrument_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("general", sa.Integer(), nullable=False),
        sa.Column("result", sa.Integer(), nullable=False),
        sa.Column("execution", sa.Integer(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("execution BETWEEN 1 AND 5", name=op.f("ck_instrument_feedback_execution_range")),
        sa.CheckConstraint("general BETWEEN 1 AND 5", name=op.f("ck_instrument_feedback_general_range")),
        sa.CheckConstraint("result BETWEEN 1 AND 5", name=op.f("ck_instrument_feedback_result_range")),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_instrument_feedback_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_instrument_feedback_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_instrument_feedback_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_feedback")),
        sa.UniqueConstraint("instrument_id", "user_id", name=op.f("uq_instrument_feedback_instrument_id_user_id")),
    )
    with op.batch_alter_table("instrument_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_feedback_instrument_id"), ["instrument_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_instrument_feedback_user_id"), ["user_id"], unique=False)

    op.create_table(
        "instrument_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.Uuid(), nullable=False),
        sa.Column("to_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("procedure_note", sa.Text(), nullable=False),
        sa.Column("income_note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('next', 'back', 'alternative')", name=op.f("ck_instrument_routes_kind_known")),
        sa.CheckConstraint("from_id <> to_id", name=op.f("ck_instrument_routes_not_to_itself")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_instrument_routes_created_by_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["from_id"], ["instruments.id"], name=op.f("fk_instrument_routes_from_id_instruments"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["to_id"], ["instruments.id"], name=op.f("fk_instrument_routes_to_id_instruments"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_routes")),
        sa.UniqueConstraint("from_id", "to_id", "kind", name=op.f("uq_instrument_routes_from_id_to_id_kind")),
    )
    with op.batch_alter_table("instrument_routes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_routes_from_id"), ["from_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_instrument_routes_to_id"), ["to_id"], unique=False)

    op.create_table(
        "shortlist_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shortlist_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_shortlist_steps_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shortlist_id"],
            ["shortlists.id"],
            name=op.f("fk_shortlist_steps_shortlist_id_shortlists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shortlist_steps")),
        sa.UniqueConstraint(
            "shortlist_id", "instrument_id", name=op.f("uq_shortlist_steps_shortlist_id_instrument_id")
        ),
    )
    with op.batch_alter_table("shortlist_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shortlist_steps_instrument_id"), ["instrument_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shortlist_steps_shortlist_id"), ["shortlist_id"], unique=False)


def downgrade():
    with op.batch_alter_table("shortlist_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shortlist_steps_shortlist_id"))
        batch_op.drop_index(batch_op.f("ix_shortlist_steps_instrument_id"))

    op.drop_table("shortlist_steps")
    with op.batch_alter_table("instrument_routes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_routes_to_id"))
        batch_op.drop_index(batch_op.f("ix_instrument_routes_from_id"))

    op.drop_table("instrument_routes")
    with op.batch_alter_table("instrument_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instrument_feedback_user_id"))
        batch_op.drop_index(batch_op.f("ix_instrument_feedback_instrument_id"))

    op.drop_table("instrument_feedback")
    with op.batch_alter_table("shortlists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shortlists_shared_with_id"))
        batch_op.drop_index(batch_op.f("ix_shortlists_owner_id"))

    op.drop_table("shortlists")

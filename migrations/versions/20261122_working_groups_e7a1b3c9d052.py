"""Harmonisation working groups: members, saved comparisons, notes and decisions.

Revision ID: e7a1b3c9d052
Revises: c5e2a9f7d310
Create Date: 2026-11-22 19:00:00

Reviewed by hand.
"""

import sqlalchemy as sa
from alembic import op

revision = "e7a1b3c9d052"
down_revision = "c5e2a9f7d310"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "working_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("scope", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_working_groups_created_by_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_groups")),
    )
    op.create_table(
        "working_group_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_groups.id"],
            name=op.f("fk_working_group_members_group_id_working_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_working_group_members_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_members")),
        sa.UniqueConstraint("group_id", "user_id", name=op.f("uq_working_group_members_group_id_user_id")),
    )
    op.create_index(op.f("ix_working_group_members_group_id"), "working_group_members", ["group_id"])
    op.create_index(op.f("ix_working_group_members_user_id"), "working_group_members", ["user_id"])
    op.create_table(
        "working_group_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("about", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('comparison', 'note')", name=op.f("ck_working_group_entries_kind_known")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_working_group_entries_created_by_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_groups.id"],
            name=op.f("fk_working_group_entries_group_id_working_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_group_entries")),
    )
    op.create_index(op.f("ix_working_group_entries_group_id"), "working_group_entries", ["group_id"])


def downgrade():
    op.drop_index(op.f("ix_working_group_entries_group_id"), table_name="working_group_entries")
    op.drop_table("working_group_entries")
    op.drop_index(op.f("ix_working_group_members_user_id"), table_name="working_group_members")
    op.drop_index(op.f("ix_working_group_members_group_id"), table_name="working_group_members")
    op.drop_table("working_group_members")
    op.drop_table("working_groups")

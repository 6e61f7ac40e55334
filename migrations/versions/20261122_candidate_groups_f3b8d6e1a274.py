"""Harmonisation candidates, computed by a command and stored.

Revision ID: f3b8d6e1a274
Revises: e7a1b3c9d052
Create Date: 2026-11-22 19:10:00

Reviewed by hand.
"""

import sqlalchemy as sa
from alembic import op

revision = "f3b8d6e1a274"
down_revision = "e7a1b3c9d052"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "candidate_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("tiles", sa.String(length=200), nullable=False),
        sa.Column("target_groups", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_groups")),
    )
    op.create_index(op.f("ix_candidate_groups_computed_at"), "candidate_groups", ["computed_at"])
    op.create_table(
        "candidate_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["candidate_groups.id"],
            name=op.f("fk_candidate_members_group_id_candidate_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_candidate_members_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_members")),
    )
    op.create_index(op.f("ix_candidate_members_group_id"), "candidate_members", ["group_id"])
    op.create_index(op.f("ix_candidate_members_instrument_id"), "candidate_members", ["instrument_id"])


def downgrade():
    op.drop_index(op.f("ix_candidate_members_instrument_id"), table_name="candidate_members")
    op.drop_index(op.f("ix_candidate_members_group_id"), table_name="candidate_members")
    op.drop_table("candidate_members")
    op.drop_index(op.f("ix_candidate_groups_computed_at"), table_name="candidate_groups")
    op.drop_table("candidate_groups")

"""Leases: one process at a time may write the search index.

Revision ID: 5299d5ec620e
Revises: 6fd8ff1e1efd
Create Date: 2026-11-22 15:49:02.046214

Reviewed by hand; the indexer's lease row is created by the indexer itself when missing.
"""

import sqlalchemy as sa
from alembic import op

revision = "5299d5ec620e"
down_revision = "6fd8ff1e1efd"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )


def downgrade():
    op.drop_table("leases")

"""Rate limit counters in the database (used when no Redis is configured).

Revision ID: c5e2a9f7d310
Revises: 8d41f0a2c7b3
Create Date: 2026-11-22 18:45:00

Reviewed by hand. Keys are digests of a token or an address, never the token itself.
"""

import sqlalchemy as sa
from alembic import op

revision = "c5e2a9f7d310"
down_revision = "8d41f0a2c7b3"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window_start", name=op.f("pk_rate_limits")),
    )


def downgrade():
    op.drop_table("rate_limits")

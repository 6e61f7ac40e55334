"""An organisation's logo is stored by the portal instead of linked from elsewhere.

Revision ID: 3b7c1d2e9a41
Revises: 5299d5ec620e
Create Date: 2026-11-22 18:10:00

Reviewed by hand. Public pages make no third-party requests, so a logo at another site's
https address could never be shown; the portal now keeps the image itself (PNG or JPEG,
checked by its first bytes, at most 200 kB). Addresses entered before are dropped: the
organisation uploads the file instead. The downgrade restores the (empty) address column.
"""

import sqlalchemy as sa
from alembic import op

revision = "3b7c1d2e9a41"
down_revision = "5299d5ec620e"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("logo_type", sa.String(length=20), nullable=True))
        batch.drop_column("logo_url")


def downgrade():
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("logo_url", sa.String(length=300), nullable=True))
        batch.drop_column("logo_type")
        batch.drop_column("logo")

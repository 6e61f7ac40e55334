"""'Meer zoals dit' of public instrument pages, computed by the indexer and stored.

Revision ID: 5c9e0b7d3a16
Revises: d4f1a8c2e6b9
Create Date: 2026-11-23 09:30:00

Written by hand. On PostgreSQL the table gets the same row policies as an instrument's
other rows (migration d4f1a8c2e6b9): everyone reads, writing needs the instrument's
organisation in the write scope. Only the indexer and the command line write it, with
the scope ``alle``.
"""

import sqlalchemy as sa
from alembic import op

revision = "5c9e0b7d3a16"
down_revision = "d4f1a8c2e6b9"
branch_labels = None
depends_on = None

OWNER = "(SELECT i.owner_id FROM instruments i WHERE i.id = instrument_id)"


def upgrade():
    op.create_table(
        "similar_lists",
        sa.Column("instrument_id", sa.Uuid(), nullable=False),
        sa.Column("similar_ids", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["instruments.id"],
            name=op.f("fk_similar_lists_instrument_id_instruments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("instrument_id", name=op.f("pk_similar_lists")),
    )
    op.create_index(op.f("ix_similar_lists_computed_at"), "similar_lists", ["computed_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE similar_lists ENABLE ROW LEVEL SECURITY")
        op.execute("CREATE POLICY lezen ON similar_lists FOR SELECT USING (true)")
        op.execute(
            f"CREATE POLICY toevoegen ON similar_lists FOR INSERT WITH CHECK (instrumentengids_mag_schrijven({OWNER}))"
        )
        op.execute(
            f"CREATE POLICY wijzigen ON similar_lists FOR UPDATE USING (instrumentengids_mag_schrijven({OWNER})) "
            f"WITH CHECK (instrumentengids_mag_schrijven({OWNER}))"
        )
        op.execute(
            f"CREATE POLICY verwijderen ON similar_lists FOR DELETE USING (instrumentengids_mag_schrijven({OWNER}))"
        )


def downgrade():
    op.drop_index(op.f("ix_similar_lists_computed_at"), table_name="similar_lists")
    op.drop_table("similar_lists")

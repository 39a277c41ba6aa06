"""data version for policy-data caches

Revision ID: 0004_data_version
Revises: 0003_email
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_data_version"
down_revision = "0003_email"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "data_versions",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("data_versions")

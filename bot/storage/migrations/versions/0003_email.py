"""email channel: mark which outbox messages are automatic replies (RFC 3834 Auto-Submitted)

Revision ID: 0003_email
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_email'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for a person's reply (an administrator writing from the console)
    with op.batch_alter_table('outbound_emails', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auto_submitted', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbound_emails', schema=None) as batch_op:
        batch_op.drop_column('auto_submitted')

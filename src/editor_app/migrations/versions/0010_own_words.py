"""The library's own word list for the spelling check.

Revision ID: 0010
Revises: 0009

``own_words`` holds the words an editor added ("Thêm vào từ điển"): names, terms and
loanwords the spelling check should accept in this library's articles, with who added
each and when. A new table only.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "own_words",
        sa.Column("word", sa.String(100), primary_key=True),
        sa.Column("added_by", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("own_words")

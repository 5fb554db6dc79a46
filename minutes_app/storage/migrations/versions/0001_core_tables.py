"""Core tables: directory (organisation, person, body with roster) and the meeting record.

Revision ID: 0001
Revises:
Create Date: 2026-03-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False)


def _code(name: str, length: int = 16) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False)


def _int(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def _parent(name: str, table: str, ondelete: str | None = "CASCADE") -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "organization", _id(), _text("name"), _text("name_fold"), _text("name_kk"),
        _text("name_en"), _text("address"), sa.UniqueConstraint("name_fold"),
    )
    op.create_table(
        "person", _id(), _text("surname"), _text("given_name"), _text("patronymic"),
        _text("position"), _text("organization"), _text("degree"), _text("name_fold"),
        sa.UniqueConstraint("name_fold"),
    )
    op.create_table(
        "body", _id(), _text("name"), _text("name_fold"), _code("quorum_kind"),
        _int("quorum_count"), sa.UniqueConstraint("name_fold"),
    )
    op.create_table(
        "body_member", _id(), _parent("body_id", "body"),
        _parent("person_id", "person", ondelete=None), _int("ordinal"),
        sa.UniqueConstraint("body_id", "person_id"),
    )
    op.create_index(op.f("ix_body_member_person_id"), "body_member", ["person_id"])
    op.create_table(
        "meeting", _id(), _text("title"), sa.Column("date", sa.Date(), nullable=False),
        _text("kind"), _text("organization"), _text("body"), _text("number"),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        _text("place"), _code("language", 8), _code("status"), _text("notes"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_meeting_date"), "meeting", ["date"])
    op.create_table(
        "attendance", _id(), _parent("meeting_id", "meeting"), _code("key", 64),
        _int("ordinal"),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="SET NULL"),
                  nullable=True),
        _text("name"), _text("group_name"), sa.Column("head_count", sa.Integer(), nullable=True),
        _code("role"), sa.Column("present", sa.Boolean(), nullable=False),
        _text("absence_reason"), _text("position"), _text("organization"),
        sa.UniqueConstraint("meeting_id", "key"),
    )
    op.create_index(op.f("ix_attendance_person_id"), "attendance", ["person_id"])
    op.create_table(
        "agenda_item", _id(), _parent("meeting_id", "meeting"), _code("key", 64),
        _int("ordinal"), _text("title"), sa.Column("presenters", sa.JSON(), nullable=False),
        sa.UniqueConstraint("meeting_id", "key"),
    )
    op.create_table(
        "statement", _id(), _parent("agenda_item_id", "agenda_item"), _code("key", 64),
        _code("kind"), _int("ordinal"), _text("speaker"), _text("text"),
        sa.UniqueConstraint("agenda_item_id", "key"),
    )
    op.create_table(
        "decision", _id(), _parent("agenda_item_id", "agenda_item"), _code("key", 64),
        _int("ordinal"), _text("text"), _code("vote_kind"), _int("vote_for"),
        _int("vote_against"), _int("vote_abstained"),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.UniqueConstraint("agenda_item_id", "key"),
    )
    op.create_table(
        "action_item", _id(), _parent("decision_id", "decision"), _code("key", 64),
        _int("ordinal"), _text("task"), sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True), sa.Column("done", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("decision_id", "key"),
    )


def downgrade() -> None:
    for table in ("action_item", "decision", "statement", "agenda_item", "attendance",
                  "meeting", "body_member", "body", "person", "organization"):
        op.drop_table(table)

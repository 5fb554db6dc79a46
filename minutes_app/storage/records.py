"""The tables, as typed SQLAlchemy records. Only storage sees these; services get snapshots.

Child rows carry the snapshot's `key` (unique under their parent) so that saving a changed
snapshot updates exactly the rows that changed. The order of children is the `ordinal` column;
`position` keeps its domain meaning, a person's job title. Text that must match case- and
ё-insensitively in any script has a `*_fold` shadow column filled in Python (domain `fold`),
because SQLite folds only ASCII and a Python function inside the schema would make the file
unreadable to other tools.
"""

import datetime
from datetime import date, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints: SQLite batch migrations can only drop or change what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Other-language versions of an entity's texts (domain `Translations.as_dict()`, revision 0003).
def _translations() -> Mapped[dict[str, dict[str, str]]]:
    return mapped_column(JSON, default=dict)


def _version() -> Mapped[int]:
    # Revision 0008 (issue 13): the edit counter of a record edited as one (a meeting with all
    # its parts, a person, a body), one more at every save; a save names the version it read
    # and is refused when the stored one moved on. Existing and imported rows start at 1.
    return mapped_column(default=1, server_default="1")


def _changed_at() -> Mapped[datetime.datetime | None]:
    # Revision 0008: when the last save was (UTC, naive in the column); NULL before 0008.
    return mapped_column(DateTime)


def _changed_by() -> Mapped[str]:
    # Revision 0008: who made the last save (the author named in settings, else the OS user).
    return mapped_column(Text, default="", server_default="")


# The children are deleted by the database (ON DELETE CASCADE), not loaded one by one first.
_CHILDREN: dict[str, Any] = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[Table]  # every record maps one table (not a join), for Core statements


class OrganizationRecord(Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_fold: Mapped[str] = mapped_column(Text, unique=True)
    name_kk: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")


class PersonRecord(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(Text)
    given_name: Mapped[str] = mapped_column(Text, default="")
    patronymic: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(Text, default="")
    degree: Mapped[str] = mapped_column(Text, default="")
    rank: Mapped[str] = mapped_column(Text, default="")  # revision 0003
    translations: Mapped[dict[str, dict[str, str]]] = _translations()
    # fold("Surname Given Patronymic"): one person per name, and prefix lookup of any part.
    name_fold: Mapped[str] = mapped_column(Text, unique=True)
    version: Mapped[int] = _version()
    changed_at: Mapped[datetime.datetime | None] = _changed_at()
    changed_by: Mapped[str] = _changed_by()


class BodyRecord(Base):
    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_fold: Mapped[str] = mapped_column(Text, unique=True)
    quorum_kind: Mapped[str] = mapped_column(String(16))
    quorum_count: Mapped[int] = mapped_column(default=0)
    # Revision 0003: numbering ("yearly" / "continuous") and what the body's meetings share.
    numbering: Mapped[str] = mapped_column(String(16), default="yearly")
    organization: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Text, default="")
    letterhead: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, dict[str, str]]] = _translations()
    # Revision 0004: how the body's documents are set (domain.DocumentSettings).
    font_name: Mapped[str] = mapped_column(Text, default="Times New Roman")
    font_size: Mapped[float] = mapped_column(Float, default=14)
    long_term_margin: Mapped[bool] = mapped_column(default=False)
    decision_verb: Mapped[str] = mapped_column(String(16), default="resolved")
    version: Mapped[int] = _version()
    changed_at: Mapped[datetime.datetime | None] = _changed_at()
    changed_by: Mapped[str] = _changed_by()
    members: Mapped[list["BodyMemberRecord"]] = relationship(
        order_by="BodyMemberRecord.ordinal", **_CHILDREN
    )


class BodyMemberRecord(Base):
    __tablename__ = "body_member"
    __table_args__ = (UniqueConstraint("body_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    ordinal: Mapped[int]
    # Revision 0003: the role in the body and the membership's dates (NULL: open-ended).
    role: Mapped[str] = mapped_column(String(16), default="member")
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    person: Mapped[PersonRecord] = relationship(lazy="joined")


class MeetingRecord(Base):
    __tablename__ = "meeting"
    # AUTOINCREMENT: the id of a deleted meeting is never given to another one (a window, a
    # script or an undo may still hold it).
    __table_args__ = (Index(None, "body_fold", "date"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    body_fold: Mapped[str] = mapped_column(Text, default="")  # added by revision 0002
    number: Mapped[str] = mapped_column(Text, default="")
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Revision 0003. Organisers and conclusions: lists of {"key", "text", "translations"};
    # history: list of {"at", "what", "by", "detail"}; approval NULL unless approved.
    organizers: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    conclusions: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    approved_by: Mapped[str] = mapped_column(Text, default="")
    # (`date` is a column of this class: the type is named in full.)
    approved_on: Mapped[datetime.date | None] = mapped_column(Date)
    # Revision 0006: the fingerprint of the record as approved (domain.fingerprint).
    approved_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    history: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    translations: Mapped[dict[str, dict[str, str]]] = _translations()
    version: Mapped[int] = _version()
    changed_at: Mapped[datetime.datetime | None] = _changed_at()
    changed_by: Mapped[str] = _changed_by()
    attendance: Mapped[list["AttendanceRecord"]] = relationship(
        order_by="AttendanceRecord.ordinal", **_CHILDREN
    )
    agenda_items: Mapped[list["AgendaItemRecord"]] = relationship(
        order_by="AgendaItemRecord.ordinal", **_CHILDREN
    )


class AttendanceRecord(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    ordinal: Mapped[int]
    # A person's line links to the directory; history keeps the name as it was typed.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(Text, default="")
    group_name: Mapped[str] = mapped_column(Text, default="")
    head_count: Mapped[int | None]
    role: Mapped[str] = mapped_column(String(16))
    present: Mapped[bool] = mapped_column(default=True)
    absence_reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(Text, default="")
    degree: Mapped[str] = mapped_column(Text, default="")  # revision 0003
    rank: Mapped[str] = mapped_column(Text, default="")  # revision 0003
    translations: Mapped[dict[str, dict[str, str]]] = _translations()


class AgendaItemRecord(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    ordinal: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    presenters: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Revision 0003: list of {"key", "text", "translations"}.
    conclusions: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    translations: Mapped[dict[str, dict[str, str]]] = _translations()
    statements: Mapped[list["StatementRecord"]] = relationship(
        order_by="StatementRecord.ordinal", **_CHILDREN
    )
    decisions: Mapped[list["DecisionRecord"]] = relationship(
        order_by="DecisionRecord.ordinal", **_CHILDREN
    )


class StatementRecord(Base):
    """A СЛУШАЛИ (`kind` "heard"), ВЫСТУПИЛИ (`kind` "discussion") or «Прозвучали
    предложения» (`kind` "proposal", revision 0003) entry."""

    __tablename__ = "statement"
    __table_args__ = (UniqueConstraint("agenda_item_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    ordinal: Mapped[int]  # within its kind
    speaker: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    translations: Mapped[dict[str, dict[str, str]]] = _translations()


class DecisionRecord(Base):
    """`vote_kind` is "none", "counts" or "unanimous"; `outcome` NULL means derived."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("agenda_item_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    ordinal: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    vote_kind: Mapped[str] = mapped_column(String(16))
    vote_for: Mapped[int] = mapped_column(default=0)
    vote_against: Mapped[int] = mapped_column(default=0)
    vote_abstained: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))
    translations: Mapped[dict[str, dict[str, str]]] = _translations()
    actions: Mapped[list["ActionItemRecord"]] = relationship(
        order_by="ActionItemRecord.ordinal", **_CHILDREN
    )


class ActionItemRecord(Base):
    __tablename__ = "action_item"
    __table_args__ = (UniqueConstraint("decision_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    ordinal: Mapped[int]
    task: Mapped[str] = mapped_column(Text)
    responsible: Mapped[list[str]] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[date | None] = mapped_column(Date)  # revision 0003
    done_note: Mapped[str] = mapped_column(Text, default="")  # revision 0003
    translations: Mapped[dict[str, dict[str, str]]] = _translations()


class SearchDocumentRecord(Base):
    """One search document per meeting (revision 0002), written with every change of it.

    `content` is the searchable text as typed, one field a line (for the passage shown with a
    hit); `folded` is a space and the same text folded, letters and digits only, so that
    " word" marks every word start at its place in `content` (see `storage.search`). SQLite
    indexes `folded` with FTS5 (the `search_fts` table and its triggers exist only in the
    migration, not here); other databases match it with LIKE.
    """

    __tablename__ = "search_document"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text)
    # Revision 0005: the stems of its words that do not begin them (storage.search).
    stemmed: Mapped[str] = mapped_column(Text, default="")

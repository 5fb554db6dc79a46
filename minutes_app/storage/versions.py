"""Edit versions (issue 13, "No lost updates"): every save of a record edited as one (a meeting
with all its parts, a person, a body) counts one more version and says who made it and when.

A save names the version it read: `claim` moves the version on only while it is still that
one, in one conditional UPDATE, so of two clients that read the same version exactly one
wins, on SQLite and on PostgreSQL alike (the UPDATE also locks the row until the transaction
ends: the rest of the save cannot interleave with another). The loser gets 0 rows and builds
`domain.conflicts.EditConflict` from the record as stored now.
"""

import getpass
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from minutes_app.domain.conflicts import EditConflict, T, differences


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who saved a record last and when (UTC; None when not known: saved before revision
    0008, or only ever imported)."""

    version: int
    changed_by: str
    changed_at: datetime | None


def who(by: str | None) -> str:
    """The name written as `changed_by`: the one given (the author named in the settings),
    else the operating system's user name, else ""."""
    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or the system
        return ""


def claim(session: Session, table: Table, record_id: int, read_version: int | None,
          by: str | None = None) -> int | None:
    """Count a save of the record: version + 1, changed now by `who(by)`, provided its stored
    version is still `read_version` (None: whichever it is). The new version; None when no
    row matched (the record is gone, or someone saved it since `read_version`)."""
    statement = update(table).where(table.c.id == record_id)
    if read_version is not None:
        statement = statement.where(table.c.version == read_version)
    now = datetime.now(UTC).replace(tzinfo=None)  # the column holds naive UTC on every database
    statement = statement.values(version=table.c.version + 1, changed_at=now,
                                 changed_by=who(by)).returning(table.c.version)
    version: int | None = session.scalar(statement)
    return version


def stamp(session: Session, table: Table, record_id: int) -> Stamp | None:
    row = session.execute(select(table.c.version, table.c.changed_by, table.c.changed_at)
                          .where(table.c.id == record_id)).first()
    if row is None:
        return None
    at: Any = row.changed_at
    return Stamp(row.version, row.changed_by, at.replace(tzinfo=UTC) if at else None)


def conflict(session: Session, table: Table, ours: T, theirs: T) -> EditConflict[T]:
    """The error for a save of `ours` refused because `theirs` (read now) was stored since."""
    assert theirs.id is not None
    found = stamp(session, table, theirs.id)
    by, at = (found.changed_by, found.changed_at) if found else ("", None)
    return EditConflict(ours, theirs, by, at, differences(ours, theirs))

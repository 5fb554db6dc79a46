"""The whole archive as Minutes JSON, written as it is read: the readable copy beside the day's
first backup, File → Export JSON and `minutes-app export-json`, the server's JSON copies.

At 10,000 meetings the archive takes 2.7 GB as snapshots and half a gigabyte as text: it is
read and written a few meetings at a time, so the memory it takes does not grow with it.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO

from sqlalchemy.orm import Session

from minutes_app.domain import Body, Meeting, Organization, Person
from minutes_app.interchange import write_archive
from minutes_app.storage import directory
from minutes_app.storage import meetings as store

# Meetings held at a time: a big one is some megabytes as snapshots.
MEETINGS_AT_ONCE = 20


def write_whole_archive(session: Session, out: BinaryIO,
                        written: Callable[[int, int], None] | None = None) -> int:
    """Every meeting, in id order, with the whole directory, into `out`; `written(done,
    total)` after each meeting (it may raise to stop). Returns the meetings written."""
    ids = store.meeting_ids_in_order(session)
    return write_document(out, directory.list_organizations(session),
                          directory.list_people(session), directory.list_bodies(session),
                          store.each_meeting(session, ids, batch=MEETINGS_AT_ONCE),
                          None if written is None else lambda done: written(done, len(ids)))


def write_document(out: BinaryIO, organizations: Sequence[Organization],
                   people: Sequence[Person], bodies: Sequence[Body],
                   meetings: Iterable[Meeting],
                   written: Callable[[int], None] | None = None) -> int:
    """interchange.write_archive into a binary stream, in UTF-8."""
    return write_archive(lambda text: out.write(text.encode("utf-8")),
                         organizations, people, bodies, meetings, written)

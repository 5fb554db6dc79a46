"""Errors of the storage layer."""


class DatabaseError(Exception):
    """The database cannot be opened as asked; the message is one line a person can read
    (created by a newer version, upgrade failed and was rolled back, not a database, ...)."""

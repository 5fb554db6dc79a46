"""Minutes JSON (docs/interchange.md): the import, export and readable backup format.

`parse_archive` reads version 1 or 2, strict and all-or-nothing: the first problem raises
InterchangeError with its JSON path, and nothing is returned. `dump_archive` writes version 2
with only documented keys, so that its output always parses back to an equal archive.
`parse_document` / `dump_document` are the same for meetings alone.
"""

from minutes_app.interchange.errors import InterchangeError
from minutes_app.interchange.reader import parse_archive, parse_document
from minutes_app.interchange.schema import FORMAT, VERSION
from minutes_app.interchange.writer import dump_archive, dump_document, write_archive

__all__ = ["FORMAT", "VERSION", "InterchangeError", "dump_archive", "dump_document",
           "parse_archive", "parse_document", "write_archive"]

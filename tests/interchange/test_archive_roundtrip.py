"""Version 2 archives come back equal: written and read again, and imported into a database
and exported again (the backup promise, for the whole archive)."""

import io
import json
import tempfile
from pathlib import Path

from archive_strategies import archives, closed_archives, in_directory_order
from hypothesis import HealthCheck, given, settings

from minutes_app.domain import Archive
from minutes_app.interchange import dump_archive, parse_archive
from minutes_app.interchange.writer import write_archive
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives())
def test_dump_then_parse_gives_back_an_equal_archive(archive: Archive) -> None:
    document = dump_archive(archive)
    assert parse_archive(document) == archive
    assert parse_archive(document.encode("utf-8")) == archive
    assert dump_archive(parse_archive(document)) == document


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives())
def test_meetings_written_one_at_a_time_make_the_text_of_the_whole_document(
        archive: Archive) -> None:
    """A backup's JSON is written a meeting at a time (a decade's archive is not held whole):
    the text is exactly what json writes of the whole document at once, and the same from a
    one-pass iterator, each meeting counted as it is written."""
    document = dump_archive(archive)
    assert document == json.dumps(json.loads(document), ensure_ascii=False, indent=2) + "\n"
    out, counted = io.StringIO(), []
    written = write_archive(out.write, archive.organizations, archive.people, archive.bodies,
                            iter(archive.meetings), counted.append)
    assert out.getvalue() == document
    assert written == len(archive.meetings) and counted == list(range(1, written + 1))


def test_the_strategy_reaches_every_new_key() -> None:
    """Guard the generator: the property above is only as good as what it is fed."""
    seen: set[str] = set()

    @settings(max_examples=60, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(archives())
    def collect(archive: Archive) -> None:
        seen.update(_keys(dump_archive(archive)))

    collect()
    expected = {
        '"organizations"', '"people"', '"bodies"', '"members"', '"from"', '"to"',
        '"quorum"', '"numbering"', '"count"', '"organizers"', '"proposals"', '"conclusions"',
        '"degree"', '"rank"', '"done_on"', '"done_note"', '"approval"', '"history"',
        '"address"', '"given_name"', '"patronymic"', '"letterhead"', '"kk"', '"en"', '"ru"',
    }
    assert expected <= seen


def _keys(document: str) -> set[str]:
    return {part.strip().split(":")[0] for part in document.splitlines() if '":' in part}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(closed_archives())
def test_import_then_export_through_the_database_gives_back_an_equal_archive(
    archive: Archive
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(resolve_database_url(str(Path(folder) / "m.sqlite3")))
        try:
            services = Services.build(database.session_factory)
            result = services.transfer.import_file(dump_archive(archive).encode(), "in.json")
            exported = parse_archive(services.transfer.export_json())
        finally:
            database.close()
    assert len(result.ids) == len(archive.meetings)
    assert exported == in_directory_order(archive)

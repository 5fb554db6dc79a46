"""TransferService.import_file read as a stream: progress, cancel, a file damaged in the middle,
a file whose meetings come before its directory; all or nothing as ever."""

import io
import json
from pathlib import Path

import pytest

from minutes_app.domain import AgendaItem, Archive, Body, Member, Person
from minutes_app.interchange import InterchangeError, dump_archive, dump_document
from minutes_app.services import BackupsUnavailable, Services
from minutes_app.services import transfer as transfer_module
from minutes_app.services.transfer import ExportCancelled, ImportCancelled, TransferStage


@pytest.fixture
def services(database) -> Services:
    """With the database's file: imports are backed up first, as in the app."""
    return Services.build(database.session_factory, database_path=database.path)


@pytest.fixture
def meetings(make_meeting):
    """Five meetings that warn about nothing, numbered 1 to 5."""
    return [make_meeting(number=str(n), agenda=(AgendaItem("Вопрос"),)) for n in range(1, 6)]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(transfer_module, "BATCH", 2)


def before_import_copies(services: Services) -> list:
    try:
        return [info for info in services.backups.list_backups()
                if info.reason == "before-import"]
    except BackupsUnavailable:  # a server's database (PostgreSQL) has no copies to leave
        return []


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_file_is_imported_from_its_path_with_progress_for_each_meeting_and_batch(
        services, meetings, tmp_path):
    calls = []
    source = write(tmp_path / "in.json", dump_document(meetings).encode())
    result = services.transfer.import_file(
        source, "in.json", progress=lambda *call: calls.append(call))
    assert [services.meetings.get(i).number for i in result.ids] == ["1", "2", "3", "4", "5"]
    checking = [(TransferStage.CHECKING, n, 0) for n in range(1, 6)]
    importing = [(TransferStage.IMPORTING, n, 5) for n in (0, 2, 4, 5)]
    assert calls == checking + importing


@pytest.mark.parametrize("stop_at", [
    (TransferStage.CHECKING, 3),  # while the file is checked: before the copy
    (TransferStage.IMPORTING, 2),  # after a batch is stored: it goes back
    (TransferStage.IMPORTING, 5),  # after the last one, before the commit
])
def test_a_cancelled_import_leaves_the_database_exactly_as_it_was(
        services, meetings, make_meeting, stop_at):
    services.meetings.create(make_meeting(number="99"))
    before = services.transfer.export_json()
    seen: list[tuple[TransferStage, int]] = []
    with pytest.raises(ImportCancelled) as raised:
        services.transfer.import_file(
            dump_document(meetings).encode(), "in.json",
            progress=lambda stage, done, _total: seen.append((stage, done)),
            cancelled=lambda: stop_at in seen)
    assert str(raised.value) == "the import was cancelled; nothing was imported"
    assert services.transfer.export_json() == before
    assert seen[-1] == stop_at  # it stopped at once
    if stop_at[0] is TransferStage.CHECKING:
        assert before_import_copies(services) == []


def test_a_meeting_damaged_in_the_middle_imports_nothing_and_names_it(
        services, meetings, make_meeting):
    services.meetings.create(make_meeting(number="99"))
    before = services.transfer.export_json()
    document = json.loads(dump_document(meetings))
    document["meetings"][3]["attendees"][0]["role"] = "king"
    calls = []
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(json.dumps(document, ensure_ascii=False).encode(),
                                      "in.json", progress=lambda *call: calls.append(call))
    assert raised.value.path == "meetings[3].attendees[0].role"
    assert services.transfer.export_json() == before
    assert before_import_copies(services) == []  # the copy made at meetings[0] is deleted
    # Counted for the total, then stored as read: the first batch went in, and back out.
    assert calls == ([(TransferStage.CHECKING, n, 0) for n in range(1, 6)]
                     + [(TransferStage.IMPORTING, n, 5) for n in (0, 2)])


def test_a_file_cut_short_after_some_meetings_imports_nothing(services, meetings, tmp_path):
    data = dump_document(meetings).encode()
    source = write(tmp_path / "cut.json", data[: len(data) * 3 // 4])
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(source, "cut.json")
    assert str(raised.value).startswith("invalid JSON at line ")
    assert services.meetings.list_meetings() == []
    assert before_import_copies(services) == []


def test_a_file_whose_meetings_come_before_its_directory_imports_whole(services, meetings):
    archive = Archive(
        people=(Person("Ахметов", "Серик", position="председатель"),),
        bodies=(Body("Совет по этике", members=(Member("Ахметов Серик"),)),),
        meetings=tuple(meetings))
    written = json.loads(dump_archive(archive))
    reordered = {key: written[key] for key in ("meetings", "bodies", "people", "version",
                                               "format")}
    result = services.transfer.import_file(
        json.dumps(reordered, ensure_ascii=False).encode(), "reordered.json")
    assert len(result.ids) == 5 and result.warnings == []
    assert [b.name for b in services.directory.list_bodies() if b.name == "Совет по этике"]
    person = services.directory.find_person("Ахметов Серик")
    assert person is not None and person.position == "председатель"


def test_an_unreadable_file_is_an_os_error_and_imports_nothing(services, tmp_path):
    with pytest.raises(OSError):
        services.transfer.import_file(tmp_path / "missing.json", "missing.json")
    assert before_import_copies(services) == []


def test_an_export_reports_each_meeting_written_and_can_be_cancelled(services, meetings):
    services.transfer.import_file(dump_document(meetings).encode(), "in.json")
    calls = []
    data = services.transfer.export_json(progress=lambda *call: calls.append(call))
    assert calls == [(TransferStage.EXPORTING, n, 5) for n in range(1, 6)]
    assert data == services.transfer.export_json()  # the same document as without progress
    with pytest.raises(ExportCancelled) as raised:
        services.transfer.export_json(
            progress=lambda *call: calls.append(call),
            cancelled=lambda: calls[-1] == (TransferStage.EXPORTING, 2, 5))
    assert str(raised.value) == "the export was cancelled; nothing was written"
    assert calls[-1] == (TransferStage.EXPORTING, 2, 5)


def test_an_export_to_a_file_cancelled_half_way_leaves_the_file_that_was_there(
        services, meetings, tmp_path):
    """The whole archive goes into the file as it is read: cancelled (or failing) half way,
    the previous file stays and no temporary is left; finished, it is the same document as
    export_json gives."""
    services.transfer.import_file(dump_document(meetings).encode(), "in.json")
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "archive.json"
    target.write_bytes(b"yesterday's export")
    calls = []
    with pytest.raises(ExportCancelled):
        services.transfer.export_json_to(
            target, progress=lambda *call: calls.append(call),
            cancelled=lambda: calls[-1:] == [(TransferStage.EXPORTING, 3, 5)])
    assert calls[-1] == (TransferStage.EXPORTING, 3, 5)
    assert [p.name for p in target.parent.iterdir()] == ["archive.json"]
    assert target.read_bytes() == b"yesterday's export"
    assert services.transfer.export_json_to(target) == 5
    assert target.read_bytes() == services.transfer.export_json()


def test_every_file_the_import_opened_is_closed_when_it_stops_halfway(
        services, meetings, monkeypatch):
    opened: list[io.BytesIO] = []
    data = dump_document(meetings).encode()

    def tracked(_source):
        def open_file() -> io.BytesIO:
            opened.append(io.BytesIO(data))
            return opened[-1]
        return open_file

    # A file left open could not be deleted on Windows (the command line's copy of stdin).
    monkeypatch.setattr(transfer_module, "_opener", tracked)
    try:  # read twice: counted for the progress, then stored
        services.transfer.import_file(data, "in.json", progress=lambda *_call: None,
                                      cancelled=lambda: len(opened) == 2)  # on reading again
    except ImportCancelled:
        closed = [f.closed for f in opened]  # while the error's frames still hold everything
    else:
        pytest.fail("the import was not cancelled")
    assert closed == [True, True]

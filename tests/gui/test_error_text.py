"""describe(error): every error of the core becomes one line in the user's language.

The errors are made the way the program meets them (a real database, real files, real
exports) wherever that is cheap; the rest are built as the core builds them.
"""

import errno
import os
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QCoreApplication, QTranslator
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from minutes_app.domain import DomainError
from minutes_app.files import TargetHeldOpen, TargetReadOnly, write_atomically
from minutes_app.interchange import InterchangeError
from minutes_app.services.backups import BackupFailed, BackupsUnavailable
from minutes_app.services.errors import (
    DocumentExportFailed,
    MeetingNotFound,
    ServiceError,
    TargetLocked,
    TemplateRejected,
)
from minutes_app.services.transactions import StorageFailure
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.errors import DatabaseDamaged, DatabaseError
from minutes_app.ui import i18n
from minutes_app.ui.error_text import MAX_LENGTH, describe

# What the database says for each kind of failure (sqlite3's texts; PostgreSQL's for a server
# that went away).
SQLITE_SAYS = {
    "disk_full": "database or disk is full",
    "read_only": "attempt to write a readonly database",
    "busy": "database is locked",
    "io": "disk I/O error",
    "damaged": "database disk image is malformed",
    "connection": "terminating connection due to administrator command",
    "other": "no such table: meeting",
}


def storage_failure(sqlite_text: str) -> StorageFailure:
    return StorageFailure(OperationalError("UPDATE meeting", {},
                                           sqlite3.OperationalError(sqlite_text)))


def assert_one_good_line(text: str) -> None:
    assert text.strip() == text and text
    assert "\n" not in text and "Traceback" not in text
    assert len(text) <= MAX_LENGTH


# --- the database ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", SQLITE_SAYS)
def test_each_storage_failure_is_one_line_of_its_own(kind):
    error = storage_failure(SQLITE_SAYS[kind])
    assert error.kind == kind
    assert_one_good_line(describe(error))
    others = {describe(storage_failure(text)) for other, text in SQLITE_SAYS.items()
              if other != kind}
    assert describe(error) not in others


@pytest.mark.parametrize(("kind", "words"), [
    ("disk_full", "disk is full"), ("read_only", "read-only"), ("busy", "busy"),
    ("io", "could not be read or written"), ("damaged", "damaged"),
    ("connection", "connection to the database server is lost"),
])
def test_storage_failures_say_what_happened(kind, words):
    assert words in describe(storage_failure(SQLITE_SAYS[kind]))


def test_an_unforeseen_database_failure_keeps_what_the_database_said():
    text = describe(storage_failure("no such table: meeting\n[SQL: UPDATE meeting ...]"))
    assert text == "The database failed: no such table: meeting"


def test_a_real_read_only_database_says_so(services, database):
    created = services.meetings.create(council_meeting())
    database.engine.dispose()
    event.listen(database.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA query_only=ON"))
    with pytest.raises(ServiceError) as caught:
        services.meetings.save(replace(created, title="Другое"))
    assert describe(caught.value) == "The database file is read-only, so nothing was saved."


def test_a_missing_meeting(services):
    with pytest.raises(ServiceError) as caught:
        services.meetings.get(404)
    assert "no longer in the database" in describe(caught.value)


# --- opening the database (start-up) ---------------------------------------------------


def _opening_error(path: Path) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        open_database(resolve_database_url(str(path)))
    return caught.value


def test_a_file_that_is_no_database_is_named(tmp_path):
    path = tmp_path / "минуты.sqlite3"
    path.write_bytes(b"this is a letter, not a database " * 200)
    text = describe(_opening_error(path))
    assert_one_good_line(text)
    assert str(path) in text
    assert "is not a Minutes database" in text or "damaged" in text


def test_a_damaged_database_without_a_path_still_says_what_is_wrong():
    error = DatabaseDamaged("damaged", path=None)  # type: ignore[arg-type]
    assert describe(error) == "The database file is damaged or is not a Minutes database."


def test_a_database_of_a_newer_version_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "minutes.sqlite3"
    open_database(resolve_database_url(str(path))).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    assert describe(_opening_error(path)) == (
        "This database was made by a newer version of Minutes. Install that version to open "
        "it; the file was not changed.")


def test_a_database_in_a_missing_folder_says_what_the_core_found(tmp_path):
    text = describe(_opening_error(tmp_path / "nowhere" / "minutes.sqlite3"))
    assert text.startswith("Cannot open the database: ")
    assert str(tmp_path / "nowhere") in text


# --- the Word export --------------------------------------------------------------------


def test_a_letterhead_that_is_not_a_word_file(services, tmp_path):
    meeting = services.meetings.create(council_meeting())
    letterhead = tmp_path / "бланк.docx"
    letterhead.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ServiceError) as caught:
        services.documents.export_docx(meeting.id, tmp_path / "p.docx", template=letterhead)
    text = describe(caught.value)
    assert text.startswith("The letterhead cannot be used: ")
    assert "бланк.docx" in text


def test_a_document_open_in_word(services, tmp_path):
    meeting = services.meetings.create(council_meeting())
    (tmp_path / "~$отокол.docx").write_bytes(b"Word's owner file")
    with pytest.raises(ServiceError) as caught:
        services.documents.export_docx(meeting.id, tmp_path / "Протокол.docx")
    text = describe(caught.value)
    assert "open in another program" in text
    assert "choose another name" in text


def test_a_document_open_in_word_is_named_when_the_error_knows_its_path():
    error = TargetLocked("Протокол.docx is held open by another program")
    error.path = Path("/home/anna/Протокол.docx")  # type: ignore[attr-defined]
    assert describe(error).startswith("Протокол.docx is open in another program")


def test_an_extract_of_an_item_the_meeting_lacks(services, tmp_path):
    meeting = services.meetings.create(council_meeting())
    with pytest.raises(ServiceError) as caught:
        services.documents.export_docx(meeting.id, tmp_path / "p.docx", extract=(9,))
    assert describe(caught.value).startswith("The Word document was not written: ")
    assert "9" in describe(caught.value)


# --- backups, rules, JSON -----------------------------------------------------------------


def test_backups_say_what_failed():
    assert "server" in describe(BackupsUnavailable("no file"))
    text = describe(BackupFailed("the copy did not pass quick_check"))
    assert text == ("The backup copy was not made, and nothing was replaced: the copy did "
                    "not pass quick_check")


def test_a_rule_the_editor_knows_is_said_as_the_editor_says_it():
    error = DomainError("the meeting ends before it starts", "end_time")
    assert describe(error) == "The meeting cannot end before it starts."


def test_a_rule_the_editor_does_not_know_keeps_the_rule_after_a_lead_in():
    error = DomainError("the text holds '\\ud800', which is not a character", "")
    assert describe(error) == ("This was not accepted: the text holds '\\ud800', which is not "
                               "a character")


def test_a_bad_json_file():
    text = describe(InterchangeError("meetings[1].date", "2026-02-30 is not a date"))
    assert text == "The file is not valid Minutes JSON: meetings[1].date: 2026-02-30 is not a date"


# --- files --------------------------------------------------------------------------------


def test_a_missing_file_is_named(tmp_path):
    missing = tmp_path / "протокол.json"
    with pytest.raises(OSError) as caught:
        missing.open(encoding="utf-8")
    assert describe(caught.value) == f"There is no file or folder {missing}."


def test_a_name_too_long_is_said_and_shortened(tmp_path):
    with pytest.raises(OSError) as caught:
        (tmp_path / ("п" * 300 + ".docx")).write_bytes(b"")
    assert caught.value.errno == errno.ENAMETOOLONG
    text = describe(caught.value)
    assert_one_good_line(text)
    assert text.startswith("The name …/")
    assert "is too long" in text


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "The disk is full, so /data/протокол.docx was not written."),
    (errno.EACCES, "Access to /data/протокол.docx is not allowed."),
    (errno.EPERM, "Access to /data/протокол.docx is not allowed."),
    (errno.EROFS, "/data/протокол.docx is on a disk that cannot be written."),
    (errno.EIO, "/data/протокол.docx could not be read or written: Input/output error"),
])
def test_file_errors_by_errno_name_the_file(code, words):
    error = OSError(code, os.strerror(code), "/data/протокол.docx")
    assert describe(error).startswith(words)


def test_a_file_marked_read_only_is_kept_and_said_so(tmp_path):
    target = tmp_path / "протокол.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"[]")
    assert describe(caught.value).startswith(f"{target} is marked read-only, so it was kept")
    assert target.read_text(encoding="utf-8") == "{}"


def test_a_file_held_open_by_another_program_is_named():
    error = TargetHeldOpen(errno.EACCES, "Permission denied", "/data/протокол.json")
    assert describe(error).startswith("/data/протокол.json is open in another program")


def test_a_full_disk_without_a_file_name():
    text = describe(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    assert text.startswith("The disk is full")


# --- never empty, never a traceback, never long ----------------------------------------------


@pytest.mark.parametrize("error", [
    ValueError(), RuntimeError("   "), KeyError(""), ServiceError(), OSError(),
    DomainError("", ""), InterchangeError("", ""),
], ids=repr)
def test_an_error_without_words_still_gets_a_line(error):
    assert_one_good_line(describe(error))


def test_an_unexpected_error_keeps_only_its_first_line():
    error = RuntimeError("boom\nTraceback (most recent call last):\n  File x.py, line 1")
    assert describe(error) == "Something unexpected went wrong: RuntimeError: boom"


def test_a_very_long_message_is_cut_to_a_line():
    text = describe(ServiceError("слово " * 5000))
    assert_one_good_line(text)
    assert text.endswith("…")


# --- in the user's language -----------------------------------------------------------------


def sample_errors(tmp_path: Path) -> list[BaseException]:
    """One error of every kind describe() tells apart."""
    name = str(tmp_path / "протокол.docx")
    return [
        *(storage_failure(text) for text in SQLITE_SAYS.values()),
        MeetingNotFound(7), TemplateRejected("x.docx is empty"), TargetLocked("x is open"),
        DocumentExportFailed("no item 9"), BackupsUnavailable("server"), BackupFailed("no"),
        DatabaseDamaged("bad", path=tmp_path / "m.sqlite3"),
        DatabaseError("x was made by a newer version of Minutes"),
        DatabaseError("/x is not a Minutes database"), DatabaseError("cannot open /x: y"),
        DomainError("ends before it starts", "end_time"), DomainError("no such rule", "z"),
        InterchangeError("date", "not a date"), ServiceError("no person with id 3"),
        *(OSError(code, os.strerror(code), name) for code in (
            errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.ENAMETOOLONG,
            errno.EIO)),
        OSError(errno.ENOSPC, "full"), OSError(errno.EIO, "bad"), RuntimeError("boom"),
        TargetReadOnly(errno.EACCES, "read-only", name),
        TargetHeldOpen(errno.EACCES, "held", name + "x"),
    ]


PSEUDO = "[ru] "


@pytest.fixture
def pseudo_russian(qapp, tmp_path) -> Iterator[None]:
    """A translator, compiled here from our sources, that marks every sentence with [ru]."""
    lupdate, lrelease = i18n.find_lupdate(), i18n.find_lrelease()
    assert lupdate and lrelease, "pyside6-lupdate/-lrelease are part of PySide6; not found"
    ts, qm = tmp_path / "errors_ru.ts", tmp_path / "errors_ru.qm"
    ui = Path(i18n.__file__).parent
    _run(lupdate, str(ui / "error_text.py"), str(ui / "editor" / "messages.py"), "-ts", str(ts))
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = PSEUDO + (message.findtext("source") or "")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _run(lrelease, str(ts), "-qm", str(qm))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _run(tool: Path, *args: str) -> None:
    subprocess.run([str(tool), "-silent", *args], check=True, capture_output=True, timeout=120)


def test_every_sentence_goes_through_the_translator(pseudo_russian, tmp_path):
    for error in sample_errors(tmp_path):
        text = describe(error)
        assert text.startswith(PSEUDO), (type(error).__name__, text)
        assert "%1" not in text and "%2" not in text
        assert_one_good_line(text)


def test_without_a_translator_the_sentences_are_english(tmp_path):
    texts = [describe(error) for error in sample_errors(tmp_path)]
    assert not any(text.startswith(PSEUDO) for text in texts)
    assert len(set(texts)) == len(texts)  # every kind says something of its own

"""Bad input: one line naming what is wrong, a non-zero exit, and nothing changed."""

import errno
import os
import stat
from pathlib import Path

import pytest
from cli_helpers import document, meeting, row_counts, write

from minutes_app import cli
from minutes_app.domain import DomainError
from minutes_app.services import MeetingNotFound, MeetingService
from minutes_app.storage.db import DatabaseError

GOOD = document(meeting(number="1"))
BAD_SECOND = document(meeting(number="5"), meeting(number="6", date="2026-02-30"))


def people(*extra: dict) -> list[dict]:
    return [{"name": "Иванов Иван Иванович", "role": "chair"}, *extra]


def decided(vote: dict) -> list[dict]:
    return [{"title": "О бюджете", "decisions": [{"text": "Принять", "vote": vote}]}]


INVALID_FILES = {
    "second meeting bad": (BAD_SECOND, "meetings[1].date: 2026-02-30 is not a date"),
    "unknown key": (
        document(meeting(attendees=people({"nmae": "Петров"}))),
        'meetings[0].attendees[1]: unknown key "nmae"',
    ),
    "key given twice": (
        '{"format": "minutes-json", "version": 1, "meetings": [{"title": "A", "title": "B", '
        '"date": "2026-01-01"}]}',
        'meetings[0]: key "title" is given twice',
    ),
    "number as int": (document(meeting(number=3)), "meetings[0].number: expected a string, not 3"),
    "bool as count": (
        document(meeting(attendees=people({"group": "НПО", "count": True}))),
        "meetings[0].attendees[1].count: expected a whole number, not true",
    ),
    "missing title": (
        document({"date": "2026-01-01"}),
        'meetings[0]: missing key "title"',
    ),
    "empty title": (document(meeting(title="")), "meetings[0].title: must not be empty"),
    "impossible time": (
        document(meeting(start_time="25:61")),
        "meetings[0].start_time: 25:61 is not a time",
    ),
    "time without leading zero": (
        document(meeting(start_time="9:00")),
        'meetings[0].start_time: "9:00" is not a time in the form HH:MM',
    ),
    "end before start": (
        document(meeting(start_time="12:00", end_time="11:59")),
        "meetings[0].end_time: end time 11:59 is before start time 12:00",
    ),
    "two chairs": (
        document(meeting(attendees=people({"name": "Петров Пётр", "role": "chair"}))),
        "meetings[0].attendees[1].role: a meeting has at most one chair",
    ),
    "two secretaries": (
        document(
            meeting(
                attendees=people(
                    {"name": "Петров Пётр", "role": "secretary"},
                    {"name": "Сидоров Сидор", "role": "secretary"},
                )
            )
        ),
        "meetings[0].attendees[2].role: a meeting has at most one secretary",
    ),
    "negative vote": (
        document(meeting(agenda=decided({"for": -1}))),
        "meetings[0].agenda[0].decisions[0].vote.for: -1 is not a whole number of 0 or more",
    ),
    "fractional vote": (
        document(meeting(agenda=decided({"against": 1.5}))),
        "meetings[0].agenda[0].decisions[0].vote.against: expected a whole number, not 1.5",
    ),
    "group without count": (
        document(meeting(attendees=people({"group": "НПО"}))),
        'meetings[0].attendees[1]: a group needs a head count ("count")',
    ),
    "count without group": (
        document(meeting(attendees=people({"name": "Петров Пётр", "count": 2}))),
        "meetings[0].attendees[1].count: a head count belongs only to a group",
    ),
    "name and group both": (
        document(meeting(attendees=people({"name": "Петров Пётр", "group": "НПО", "count": 2}))),
        'meetings[0].attendees[1]: either "name" (a person) or "group" (with "count"), not both',
    ),
    "absence reason while present": (
        document(meeting(attendees=people({"name": "Петров Пётр", "absence_reason": "отпуск"}))),
        "meetings[0].attendees[1].absence_reason: an absence reason is only for someone absent "
        "(present: false)",
    ),
    "wrong format": (
        {"format": "minutes", "version": 1, "meetings": []},
        'format: unsupported format "minutes", expected "minutes-json"',
    ),
    "wrong version": (
        {"format": "minutes-json", "version": 3, "meetings": []},
        "version: unsupported version 3, this program reads versions 1 and 2",
    ),
    "invalid JSON": (
        '{"format": "minutes-json",\n  "version": 1\n  "meetings": []}',
        "invalid JSON at line 3, column 3: Expecting ',' delimiter",
    ),
    "not UTF-8": (
        '{"format": "minutes-json", "version": 1, "meetings": [{"title": "Совет"}]}'.encode(
            "cp1251"
        ),
        "the file is not UTF-8 text: byte 0xd1 on line 1",
    ),
    "empty file": (b"", "the document is empty"),
}


@pytest.fixture
def stored(run, db, tmp_path: Path) -> tuple[dict[str, int], str]:
    """A database with one meeting in it, and what it holds."""
    assert run("--db", db, "import", write(tmp_path / "good.json", GOOD)).code == 0
    return row_counts(db), run("--db", db, "list").out


@pytest.mark.parametrize(("content", "message"), INVALID_FILES.values(), ids=INVALID_FILES.keys())
def test_invalid_file_is_refused_in_one_line_and_changes_nothing(
    run, db, tmp_path: Path, stored, content, message: str
):
    result = run("--db", db, "import", write(tmp_path / "bad.json", content))
    assert (result.code, result.out) == (1, "")
    assert result.err == f"minutes-app: error: {message}\n"
    assert (row_counts(db), run("--db", db, "list").out) == stored


def test_the_first_meeting_of_a_file_with_a_bad_second_one_is_not_imported(
    run, db, tmp_path: Path, stored
):
    assert run("--db", db, "import", write(tmp_path / "bad.json", BAD_SECOND)).code == 1
    numbers = [line.split("\t")[2] for line in run("--db", db, "list").out.splitlines()]
    assert numbers == ["1"]  # the good "5" before the bad "6" is not there either


def test_byte_order_mark_is_accepted(run, db, tmp_path: Path):
    source = write(
        tmp_path / "bom.json", b"\xef\xbb\xbf" + Path(write(tmp_path / "g", GOOD)).read_bytes()
    )
    result = run("--db", db, "import", source)
    assert result.code == 0 and len(result.out.splitlines()) == 1


def test_unreadable_files_are_one_line_errors(run, db, tmp_path: Path):
    missing = run("--db", db, "import", str(tmp_path / "missing.json"))
    assert (missing.code, missing.err) == (
        1,
        f"minutes-app: error: cannot read {tmp_path / 'missing.json'}: No such file or directory\n",
    )
    folder = run("--db", db, "import", str(tmp_path))
    assert (folder.code, folder.err) == (
        1,
        f"minutes-app: error: cannot read {tmp_path}: Is a directory\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frob"], "minutes-app: error: argument COMMAND: invalid choice: 'frob'"),
        (["import"], "minutes-app import: error: the following arguments are required: FILE.json"),
        (
            ["export-json"],
            "minutes-app export-json: error: the following arguments are required: -o",
        ),
        (
            ["export-json", "--meeting", "x", "-o", "a.json"],
            "minutes-app export-json: error: argument --meeting: 'x' is not a meeting id",
        ),
        (
            ["export-docx", "1", "-o", "a.docx", "--extract", "x"],
            "minutes-app export-docx: error: argument --extract: 'x' is not a list of agenda item "
            "numbers such as 2,3",
        ),
        (
            ["export-docx", "1", "-o", "a.docx", "--extract", "2,,3"],
            "minutes-app export-docx: error: argument --extract: '2,,3' is not a list",
        ),
        (
            ["export-docx", "1", "-o", "a.docx", "--extract", "0"],
            "minutes-app export-docx: error: argument --extract: '0' is not a list",
        ),
        (["export-docx", "1", "-o", "a.docx", "--form", "long"], "argument --form: invalid choice"),
        (["export-docx", "1", "-o", "a.docx", "--lang", "de"], "argument --lang: invalid choice"),
        (["export-docx", "-1", "-o", "a.docx"], "minutes-app export-docx: error:"),
        (["list", "--db"], "minutes-app list: error: argument --db: expected one argument"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run, db, args: list[str], message: str):
    result = run(*args)
    assert (result.code, result.out) == (2, "")
    assert len(result.err.splitlines()) == 1
    assert message in result.err


def test_extract_accepts_a_comma_separated_list_of_item_numbers():
    args = cli.parse_args(["export-docx", "7", "-o", "a.docx", "--extract", "2, 3,2"])
    assert (args.meeting_id, args.extract, args.form, args.lang) == (7, (2, 3), "full", None)


def test_export_docx_of_a_missing_meeting_is_one_line(run, db, tmp_path: Path):
    target = tmp_path / "p.docx"
    result = run("--db", db, "export-docx", "99", "-o", str(target), "--extract", "1")
    assert (result.code, result.err) == (1, "minutes-app: error: there is no meeting with id 99\n")
    assert not target.exists()


def test_export_docx_with_a_missing_template_is_one_line(run, db, tmp_path: Path, stored):
    (line,) = stored[1].splitlines()
    template = tmp_path / "letterhead.docx"
    result = run(
        "--db",
        db,
        "export-docx",
        line.split("\t")[0],
        "-o",
        str(tmp_path / "p.docx"),
        "--template",
        str(template),
    )
    assert (result.code, result.err) == (
        1,
        f"minutes-app: error: cannot read the template {template}: there is no such file\n",
    )


def test_a_file_that_is_not_a_database_is_one_line(run, tmp_path: Path):
    not_a_database = write(tmp_path / "notes.sqlite3", "просто текст, не база данных\n" * 100)
    result = run("--db", not_a_database, "list")
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("minutes-app: error: ") and len(result.err.splitlines()) == 1


def test_an_unknown_database_url_is_one_line(run):
    result = run("--db", "nosuchdriver://user@host/minutes", "list")
    assert result.code == 1
    assert result.err.startswith("minutes-app: error: ") and len(result.err.splitlines()) == 1


@pytest.fixture
def previous(run, db, tmp_path: Path, stored) -> Path:
    target = tmp_path / "backup.json"
    target.write_text("the previous backup\n", encoding="utf-8")
    return target


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_export_failing_midway_leaves_the_previous_file_intact(
    run, db, previous: Path, monkeypatch
):
    before = files_in(previous.parent)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run("--db", db, "export-json", "-o", str(previous))
    assert (result.code, result.err) == (
        1,
        f"minutes-app: error: cannot write {previous}: No space left on device\n",
    )
    assert previous.read_text(encoding="utf-8") == "the previous backup\n"
    assert files_in(previous.parent) == before  # no temporary file left behind


def test_export_that_cannot_replace_the_target_says_it_may_be_open(run, db, previous, monkeypatch):
    def held_open(source: str, target: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", held_open)
    result = run("--db", db, "export-json", "-o", str(previous))
    assert result.code == 1
    assert result.err.endswith("Permission denied (is it open in another program?)\n")
    assert previous.read_text(encoding="utf-8") == "the previous backup\n"


def test_export_into_a_missing_folder_is_one_line(run, db, tmp_path: Path):
    target = tmp_path / "no such folder" / "out.json"
    result = run("--db", db, "export-json", "-o", str(target))
    assert (result.code, result.err) == (
        1,
        f"minutes-app: error: cannot write {target}: No such file or directory\n",
    )


def test_export_replaces_the_previous_file_and_keeps_its_permissions(run, db, previous: Path):
    previous.chmod(0o640)
    assert run("--db", db, "export-json", "-o", str(previous)).code == 0
    assert previous.read_text(encoding="utf-8").startswith('{\n  "format": "minutes-json"')
    assert stat.S_IMODE(previous.stat().st_mode) == 0o640


def test_a_new_export_gets_ordinary_permissions(run, db, tmp_path: Path):
    target = tmp_path / "new.json"
    assert run("--db", db, "export-json", "-o", str(target)).code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [
        (
            DomainError("the title is empty", "title"),
            1,
            "minutes-app: error: title: the title is empty",
        ),
        (MeetingNotFound(5), 1, "minutes-app: error: there is no meeting with id 5"),
        (
            DatabaseError("the database was made by a newer version"),
            1,
            "minutes-app: error: the database was made by a newer version",
        ),
        (
            OSError(errno.EIO, "Input/output error", "/media/usb/m.db"),
            1,
            "minutes-app: error: /media/usb/m.db: Input/output error",
        ),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
            1,
            "minutes-app: error: the text is not valid UTF-8",
        ),
        (
            RuntimeError("boom\nTraceback (most recent call last):"),
            1,
            "minutes-app: error: unexpected RuntimeError: boom",
        ),
        (KeyboardInterrupt(), 130, "minutes-app: interrupted"),
    ],
)
def test_any_failure_becomes_one_line_without_a_traceback(
    run, db, monkeypatch, error: BaseException, code: int, message: str
):
    def fail(self):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(MeetingService, "list_meetings", fail)
    result = run("--db", db, "list")
    assert (result.code, result.out) == (code, "")
    assert len(result.err.splitlines()) == 1 and result.err.startswith(message)

"""The commands as a user runs them: import, export-json, list, search, --db and MINUTES_DB."""

import io
import json
from pathlib import Path

import pytest
from cli_helpers import Result, document, meeting, row_counts, write

from minutes_app.interchange import parse_document
from minutes_app.services import DocumentService
from minutes_app.services.documents import DocumentResult

TWO = document(
    meeting(title="первого заседания", number="1", date="2026-01-20"),
    meeting(title="второго заседания\nс переносом", number="2", date="2026-02-10"),
)


def imported_ids(result: Result) -> list[int]:
    assert result.code == 0, result.err
    return [int(line) for line in result.out.splitlines()]


def test_import_prints_new_ids_then_export_gives_back_equal_meetings(run, db, tmp_path: Path):
    source = write(tmp_path / "in.json", TWO)
    ids = imported_ids(run("--db", db, "import", source))
    assert len(ids) == 2 and ids[0] < ids[1]
    target = tmp_path / "out.json"
    exported = run("--db", db, "export-json", "-o", str(target))
    assert (exported.code, exported.out, exported.err) == (0, "", "")
    assert parse_document(target.read_bytes()) == parse_document(Path(source).read_bytes())


ODD_TEXT = "a\x00b\x0bc\r\nd\t👩🏽‍💻 مرحبا שלום e\u0301 \u202e Қазақ \x1b[31m"


def test_any_text_survives_import_and_export_through_the_database(run, db, tmp_path: Path):
    odd = meeting(title=ODD_TEXT, notes="долгий текст " * 8000 + ODD_TEXT, place=ODD_TEXT)
    odd["agenda"][0]["heard"][0]["text"] = ODD_TEXT
    odd["attendees"][0]["position"] = ODD_TEXT
    source = write(tmp_path / "odd.json", document(odd))
    imported_ids(run("--db", db, "import", source))
    exported = run("--db", db, "export-json", "-o", "-")
    assert parse_document(exported.out) == parse_document(Path(source).read_bytes())
    (line,) = run("--db", db, "list").out.splitlines()
    assert line.split("\t")[3] == "a b c d 👩🏽‍💻 مرحبا שלום e\u0301 \u202e Қазақ [31m"


def test_export_of_chosen_meetings_and_to_standard_output(run, db, tmp_path: Path):
    first, second = imported_ids(run("--db", db, "import", write(tmp_path / "in.json", TWO)))
    result = run("--db", db, "export-json", "--meeting", str(second), "-o", "-")
    assert result.code == 0, result.err
    (only,) = parse_document(result.out)
    assert only == parse_document(json.dumps(TWO))[1]
    both = run(
        "--db", db, "export-json", "--meeting", str(second), "--meeting", str(first), "-o", "-"
    )
    assert [m.number for m in parse_document(both.out)] == ["1", "2"]  # id order


def test_export_of_a_missing_meeting_writes_nothing(run, db, tmp_path: Path):
    target = tmp_path / "out.json"
    result = run("--db", db, "export-json", "--meeting", "999", "-o", str(target))
    assert (result.code, result.err) == (1, "minutes-app: error: there is no meeting with id 999\n")
    assert not target.exists()


def test_export_of_an_empty_database_is_a_valid_empty_document(run, db, tmp_path: Path):
    target = tmp_path / "empty.json"
    assert run("--db", db, "export-json", "-o", str(target)).code == 0
    assert parse_document(target.read_bytes()) == []


def test_list_prints_one_tab_separated_line_per_meeting_newest_first(run, db, tmp_path: Path):
    first, second = imported_ids(run("--db", db, "import", write(tmp_path / "in.json", TWO)))
    result = run("--db", db, "list")
    assert result.code == 0
    assert result.out.splitlines() == [
        f"{second}\t2026-02-10\t2\tвторого заседания с переносом",
        f"{first}\t2026-01-20\t1\tпервого заседания",
    ]


def test_list_of_an_empty_database_prints_nothing(run, db):
    assert run("--db", db, "list") == Result(0, "", "")


def test_search_prints_id_date_number_title_and_the_passage(run, db, tmp_path: Path):
    source = document(
        meeting(title="первого заседания", number="1", date="2026-01-20"),
        meeting(
            title="второго заседания",
            number="2",
            date="2026-02-10",
            agenda=[
                {"title": "О благоустройстве парка Жастар", "decisions": [{"text": "Одобрить"}]}
            ],
        ),
    )
    _, second = imported_ids(run("--db", db, "import", write(tmp_path / "in.json", source)))
    result = run("--db", db, "search", "Жастар")
    assert result.code == 0, result.err
    (line,) = result.out.splitlines()
    cells = line.split("\t")
    assert cells[:4] == [str(second), "2026-02-10", "2", "второго заседания"]
    assert len(cells) == 5 and "Жастар" in cells[4]


@pytest.mark.parametrize(
    "text", ["ничего такого", '"(AND*', "*", "NEAR(", "'; DROP TABLE", "%_", "🙂"]
)
def test_search_with_no_match_or_odd_text_exits_0(run, db, tmp_path: Path, text: str):
    imported_ids(run("--db", db, "import", write(tmp_path / "in.json", TWO)))
    result = run("--db", db, "search", text)
    assert (result.code, result.out, result.err) == (0, "", "")


def test_db_option_may_stand_before_or_after_the_command(run, tmp_path: Path):
    before, after = str(tmp_path / "before.db"), str(tmp_path / "after.db")
    source = write(tmp_path / "in.json", TWO)
    imported_ids(run("--db", before, "import", source))
    assert len(run("list", "--db", before).out.splitlines()) == 2
    imported_ids(run("import", source, "--db", after))
    assert len(run("--db", after, "list").out.splitlines()) == 2
    assert row_counts(before) == row_counts(after)


def test_minutes_db_is_used_without_db_and_db_wins_over_it(run, tmp_path: Path, monkeypatch):
    from_env, explicit = tmp_path / "env.db", tmp_path / "explicit.db"
    monkeypatch.setenv("MINUTES_DB", str(from_env))
    imported_ids(run("import", write(tmp_path / "in.json", TWO)))
    assert len(run("list").out.splitlines()) == 2
    assert run("--db", str(explicit), "list").out == ""
    assert from_env.exists()


def test_importing_the_same_numbers_again_warns_but_imports(run, db, tmp_path: Path):
    source = write(tmp_path / "in.json", TWO)
    first_ids = imported_ids(run("--db", db, "import", source))
    again = run("--db", db, "import", source)
    assert len(imported_ids(again)) == 2
    assert again.err.splitlines() == [
        f"minutes-app: warning: meetings[0]: Общественный совет № 1 of 2026 is already "
        f"meeting {first_ids[0]} in the database",
        f"minutes-app: warning: meetings[1]: Общественный совет № 2 of 2026 is already "
        f"meeting {first_ids[1]} in the database",
    ]
    assert len(run("--db", db, "list").out.splitlines()) == 4


def test_the_same_number_twice_in_one_file_warns(run, db, tmp_path: Path):
    source = document(meeting(number="7"), meeting(number=" 7 ", body="ОБЩЕСТВЕННЫЙ СОВЕТ"))
    result = run("--db", db, "import", write(tmp_path / "in.json", source))
    assert len(imported_ids(result)) == 2
    assert result.err == (
        "minutes-app: warning: meetings[1]: ОБЩЕСТВЕННЫЙ СОВЕТ № 7 of 2026 is already "
        "meetings[0] of this file\n"
    )


def test_other_bodies_years_and_unnumbered_meetings_do_not_warn(run, db, tmp_path: Path):
    source = document(
        meeting(number="1"),
        meeting(number="1", body="Другой совет"),
        meeting(number="1", date="2025-03-15"),
        meeting(number=""),
        meeting(number=""),
    )
    result = run("--db", db, "import", write(tmp_path / "in.json", source))
    assert len(imported_ids(result)) == 5
    assert result.err == ""


def test_more_votes_than_members_present_is_a_warning(run, db, tmp_path: Path):
    decisions = [{"text": "Принять", "vote": {"for": 40}}]
    source = document(meeting(agenda=[{"title": "О бюджете", "decisions": decisions}]))
    result = run("--db", db, "import", write(tmp_path / "in.json", source))
    assert len(imported_ids(result)) == 1
    assert result.err == (
        "minutes-app: warning: meetings[0]: decision 1.1: 40 votes cast, "
        "but only 2 members are present\n"
    )


def test_a_file_with_no_meetings_imports_nothing_and_says_so(run, db, tmp_path: Path):
    source = write(tmp_path / "empty.json", document())
    result = run("--db", db, "import", source)
    assert (result.code, result.out) == (0, "")
    assert result.err == f"minutes-app: warning: {source} holds no meetings; nothing imported\n"


def test_import_from_standard_input(run, db, monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(json.dumps(TWO).encode())

    monkeypatch.setattr("sys.stdin", FakeStdin)
    assert len(imported_ids(run("--db", db, "import", "-"))) == 2


def test_without_a_command_the_window_opens_on_the_chosen_database(run, db, monkeypatch):
    opened = []

    def fake_run(self, window):  # type: ignore[no-untyped-def]
        opened.append(window.services.meetings.list_meetings())
        window.data_safety.shut_down()
        window.deleteLater()
        return 0

    monkeypatch.setenv("MINUTES_UI_LANG", "en")
    monkeypatch.setattr("minutes_app.ui.startup.WindowStart.run", fake_run)
    assert run("--db", db).code == 0
    assert opened == [[]]
    assert Path(db).exists()  # the database was created and migrated for the window


def test_without_a_command_a_database_that_cannot_open_is_shown_not_raised(
    run, tmp_path, monkeypatch
):
    shown = []

    def choose(_title, text, choices, *_args):  # type: ignore[no-untyped-def]
        shown.append(text)
        return choices[-1][0]  # Quit

    monkeypatch.setenv("MINUTES_UI_LANG", "en")
    monkeypatch.setattr("minutes_app.ui.startup.choose", choose)
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("this is not a database\n" * 100)
    result = run("--db", str(not_a_database))
    assert result.code == 1
    (kept,) = tmp_path.glob("notes.txt.damaged-*")  # moved aside, never deleted
    assert len(shown) == 1 and str(kept) in shown[0] and str(kept) in result.err
    assert "Traceback" not in result.err


def test_help_and_version_exit_0(run):
    assert run("--help").code == 0
    assert run("search", "--help").out.startswith("usage: minutes-app search")
    version = run("--version")
    assert version.code == 0 and version.out.startswith("minutes-app ")


def test_export_docx_hands_every_option_to_the_document_service(
    run, db, tmp_path: Path, monkeypatch
):
    """Only the wiring: the Word exporter itself is tested with its service."""
    calls = []

    def export_document(self, meeting_id, target, **options):  # type: ignore[no-untyped-def]
        calls.append((meeting_id, target, options))
        return DocumentResult(target, options["language"], ())

    monkeypatch.setattr(DocumentService, "export_document", export_document)
    (meeting_id,) = imported_ids(
        run("--db", db, "import", write(tmp_path / "in.json", document(meeting())))
    )
    letterhead = tmp_path / "бланк.docx"
    letterhead.write_bytes(b"a letterhead")
    target = tmp_path / "протокол.docx"
    args = ["export-docx", str(meeting_id), "-o", str(target), "--form", "short", "--lang", "kk"]
    result = run("--db", db, *args, "--template", str(letterhead), "--extract", "1,3")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert calls == [
        (
            meeting_id,
            target,
            {"form": "short", "language": "kk", "template": letterhead, "extract": (1, 3)},
        )
    ]
    calls.clear()
    assert run("--db", db, "export-docx", str(meeting_id), "-o", str(target)).code == 0
    assert calls == [
        # no --lang: the meeting's own language
        (meeting_id, target, {"form": "full", "language": "ru", "template": None, "extract": ()})
    ]

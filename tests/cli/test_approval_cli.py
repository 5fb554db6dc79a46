"""`minutes-app approve`, `reopen` and `history` (issue 10): the lines they print and their
exit codes, as a secretary runs them."""

import getpass
import re
from datetime import date
from pathlib import Path

from cli_helpers import document, meeting, write

from minutes_app.domain.fingerprint import fingerprint
from minutes_app.interchange import parse_document

WHEN = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # the local time of the event


def imported(run, db: str, tmp_path: Path) -> str:
    result = run("--db", db, "import", write(tmp_path / "in.json", document(meeting())))
    assert result.code == 0, result.err
    return result.out.strip()


def stored(run, db: str, meeting_id: str):
    exported = run("--db", db, "export-json", "--meeting", meeting_id, "-o", "-")
    assert exported.code == 0, exported.err
    (found,) = parse_document(exported.out)
    return found


def test_approve_prints_who_when_and_the_fingerprint(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    result = run("--db", db, "approve", meeting_id, "--by", "Петрова А.С.")
    approved = stored(run, db, meeting_id)
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"approved by Петрова А.С. on {date.today():%Y-%m-%d}; fingerprint "
                          f"{fingerprint(approved)[:16].upper()}\n")
    assert approved.status.value == "approved"
    assert approved.approval.fingerprint == fingerprint(approved)


def test_approve_without_by_names_the_user_logged_in(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    assert run("--db", db, "approve", meeting_id).code == 0
    assert stored(run, db, meeting_id).approval.by == getpass.getuser()


def test_approving_twice_fails_and_keeps_the_first_approval(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    run("--db", db, "approve", meeting_id, "--by", "Петрова А.С.")
    again = run("--db", db, "approve", meeting_id, "--by", "Иванов И.И.")
    assert again.code == 1 and again.out == ""
    assert "is approved by Петрова А.С." in again.err
    assert stored(run, db, meeting_id).approval.by == "Петрова А.С."


def test_reopen_needs_a_reason_and_writes_it_into_the_history(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    run("--db", db, "approve", meeting_id, "--by", "Петрова А.С.")
    missing = run("--db", db, "reopen", meeting_id)
    assert missing.code == 2 and "--reason" in missing.err
    blank = run("--db", db, "reopen", meeting_id, "--reason", "  ")
    assert blank.code == 1 and "a reason is required" in blank.err
    assert stored(run, db, meeting_id).status.value == "approved"

    reopened = run("--db", db, "reopen", meeting_id, "--reason", "опечатка в решении 1.1",
                   "--by", "Иванов И.И.")
    assert (reopened.code, reopened.err) == (0, "")
    assert stored(run, db, meeting_id).approval is None
    lines = run("--db", db, "history", meeting_id).out.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(f"{WHEN}  approved  Петрова А.С.", lines[0])
    assert re.fullmatch(f"{WHEN}  reopened  Иванов И.И.  опечатка в решении 1.1", lines[1])


def test_reopening_a_draft_fails(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    result = run("--db", db, "reopen", meeting_id, "--reason", "причина")
    assert result.code == 1 and "is not approved" in result.err


def test_history_of_a_draft_prints_nothing_and_of_an_unknown_id_fails(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    assert (run("--db", db, "history", meeting_id).out, 0) == ("", 0)
    unknown = run("--db", db, "history", "99")
    assert unknown.code == 1 and "no meeting with id 99" in unknown.err
    assert run("--db", db, "approve", "x").code == 2


def test_history_lines_stay_one_line_for_a_reason_with_line_breaks(run, db, tmp_path):
    meeting_id = imported(run, db, tmp_path)
    run("--db", db, "approve", meeting_id, "--by", "Петрова А.С.")
    run("--db", db, "reopen", meeting_id, "--reason", "две\nстроки\tи табуляция", "--by", "И.")
    last = run("--db", db, "history", meeting_id).out.splitlines()[-1]
    assert last.endswith("  reopened  И.  две строки и табуляция")


def test_an_approved_meeting_imported_from_json_stays_approved(run, db, tmp_path):
    approved = meeting(status="approved", approval={"by": "Когамов М.Ч.", "on": "2026-03-16"},
                       history=[{"at": "2026-03-16T10:02:00", "what": "approved",
                                 "by": "Когамов М.Ч."}])
    source = write(tmp_path / "approved.json", {**document(approved), "version": 2})
    result = run("--db", db, "import", source)
    assert result.code == 0, result.err
    meeting_id = result.out.strip()
    assert run("--db", db, "history", meeting_id).out == (
        "2026-03-16 10:02  approved  Когамов М.Ч.\n")
    again = run("--db", db, "approve", meeting_id, "--by", "Иванов И.И.")
    assert again.code == 1 and "is approved by Когамов М.Ч." in again.err

"""DocumentService.verify_document and `minutes-app verify` (issue 10): an exported protocol of
an approved meeting checked against a real database — a matching, an edited and a foreign
document, a record changed after the document was made, and files that are no protocol; an
edited or changed one names the first place that differs in the document's own numbering."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest

from minutes_app.app import main
from minutes_app.domain import Approval, Meeting, Status
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.services import Services
from minutes_app.services.documents import NotAProtocol, Verdict
from minutes_app.storage.db import open_database, resolve_database_url
from tests.export.templates import letterhead
from tests.services.conftest import sample_meeting

BY, ON = "М.Ч. Когамов", date(2026, 3, 20)


def approved(meeting: Meeting) -> Meeting:
    return replace(meeting, status=Status.APPROVED,
                   approval=Approval(BY, ON, fingerprint(meeting)))


@pytest.fixture
def stored(services: Services) -> Meeting:
    return services.meetings.create(approved(sample_meeting()))


@pytest.fixture
def other_services(tmp_path: Path):
    database = open_database(resolve_database_url(str(tmp_path / "other.sqlite3")))
    yield Services.build(database.session_factory)
    database.close()


def exported(services: Services, meeting: Meeting, path: Path, **options: object) -> Path:
    assert meeting.id is not None
    return services.documents.export_docx(meeting.id, path, **options)


def edit_paragraph(path: Path, old: str, new: str) -> None:
    """A person changing the document in Word: one paragraph's words, saved."""
    document = docx.Document(str(path))
    (paragraph,) = [p for p in document.paragraphs if old in p.text]
    paragraph.runs[0].text = paragraph.runs[0].text.replace(old, new)
    for run in paragraph.runs[1:]:
        run.text = run.text.replace(old, new)
    document.save(str(path))


def edit_cell(path: Path, old: str, new: str) -> None:
    """The same in a table's cell (a signature's, the English action table's)."""
    document = docx.Document(str(path))
    (cell,) = {c._tc: c for t in document.tables for c in t._cells if c.text == old}.values()
    cell.paragraphs[0].runs[0].text = new
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    document.save(str(path))


def test_the_document_of_the_approved_record_matches(services, stored, tmp_path):
    path = exported(services, stored, tmp_path / "p.docx")

    answer = services.documents.verify_document(path)

    assert answer.verdict is Verdict.MATCHES
    assert answer.meeting is not None and answer.meeting.id == stored.id
    assert (answer.requisite.number, answer.requisite.date) == ("3", date(2026, 3, 15))


@pytest.mark.parametrize("options", [
    {"form": "short"},
    {"language": "kk"},
    {"extract": (1,)},
], ids=["short", "kazakh", "extract"])
def test_each_form_and_language_matches_as_it_was_made(services, stored, tmp_path, options):
    path = exported(services, stored, tmp_path / "p.docx", **options)

    assert services.documents.verify_document(path).verdict is Verdict.MATCHES


def test_a_document_on_a_letterhead_matches(services, stored, tmp_path):
    template = letterhead(tmp_path / "blank.docx")

    path = exported(services, stored, tmp_path / "p.docx", template=template)

    assert services.documents.verify_document(path).verdict is Verdict.MATCHES


def test_a_paragraph_changed_in_word_is_edited(services, stored, tmp_path):
    path = exported(services, stored, tmp_path / "p.docx")

    edit_paragraph(path, "Провести встречи с жителями районов", "Встречи не проводить")

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.EDITED
    assert answer.meeting is not None and answer.meeting.id == stored.id
    assert answer.first_difference == "1.2. Провести встречи с жителями районов."
    assert str(answer.place) == "item 1, decision 1.2"


@pytest.mark.parametrize(("old", "new", "place"), [
    ("заседания Общественного совета", "совещания Общественного совета", "the heading"),
    ("г. Кокшетау", "г. Астана", "the heading"),
    ("Секретарь — ", "Секретарь заседания — ", "attendance"),
    ("Сидоров", "Сидорова", "attendance"),
    ("Докладчик: ", "Докладчики: ", "agenda"),
    ("Поддержал предложение", "Не поддержал предложение", "item 1"),
    ("Отложить вопрос о ёлках", "Решить вопрос о ёлках", "item 2, decision 2.1"),
    ("«за» — 2", "«за» — 12", "item 2, decision 2.1"),  # the vote line under «2.1.»
    ("Жобаны дайындау", "Жобаны қайта дайындау", "item 2, decision 2.2"),
], ids=["title", "place", "secretary", "absent", "agenda", "discussion", "decision 2.1",
        "vote of 2.1", "task of 2.2"])
def test_an_edited_paragraph_is_named_by_its_place(services, stored, tmp_path, old, new,
                                                   place):
    path = exported(services, stored, tmp_path / "p.docx")

    edit_paragraph(path, old, new)

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.EDITED and str(answer.place) == place


def test_a_signature_changed_is_named_signatures(services, stored, tmp_path):
    path = exported(services, stored, tmp_path / "p.docx")
    edit_cell(path, "Секретарь", "Секретарь совета")

    assert str(services.documents.verify_document(path).place) == "signatures"


def test_the_english_action_table_is_named_as_such(services, stored, tmp_path):
    path = exported(services, stored, tmp_path / "p.docx", language="en")

    edit_cell(path, "Подготовить график встреч", "График не готовить")

    assert str(services.documents.verify_document(path).place) == "action items"


def test_a_paragraph_added_in_word_is_edited(services, stored, tmp_path):
    path = exported(services, stored, tmp_path / "p.docx")
    document = docx.Document(str(path))
    document.add_paragraph("Решение о премии принято единогласно.")
    document.save(str(path))

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.EDITED
    assert answer.first_difference == "Решение о премии принято единогласно."
    assert str(answer.place) == "signatures"  # after them, where the record ends


def test_a_document_from_another_database_is_unknown(services, stored, other_services,
                                                     tmp_path):
    foreign = other_services.meetings.create(approved(sample_meeting(number="12")))
    path = exported(other_services, foreign, tmp_path / "foreign.docx")

    answer = services.documents.verify_document(path)

    assert answer.verdict is Verdict.UNKNOWN and answer.meeting is None


def test_a_record_changed_and_approved_again_differs(services, other_services, tmp_path):
    """The same protocol, whose stored record was reopened, changed and approved again after
    the document was made: its fingerprint is no longer the document's."""
    original = other_services.meetings.create(approved(sample_meeting()))
    path = exported(other_services, original, tmp_path / "p.docx")
    changed = sample_meeting(place="г. Астана")
    services.meetings.create(approved(changed))

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.DIFFERS
    assert (answer.first_difference, str(answer.place)) == ("г. Астана", "the heading")


def test_a_decision_changed_in_the_record_is_named(services, other_services, tmp_path):
    original = other_services.meetings.create(approved(sample_meeting()))
    path = exported(other_services, original, tmp_path / "p.docx")
    item = original.agenda[1]
    decision = replace(item.decisions[0], text="Вопрос о ёлках снять.")
    changed = replace(original, id=None, agenda=(
        original.agenda[0], replace(item, decisions=(decision, *item.decisions[1:]))))
    services.meetings.create(approved(changed))

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.DIFFERS
    assert str(answer.place) == "item 2, decision 2.1"


def test_a_record_no_longer_approved_differs(services, other_services, tmp_path):
    original = other_services.meetings.create(approved(sample_meeting()))
    path = exported(other_services, original, tmp_path / "p.docx")
    services.meetings.create(sample_meeting())  # the same protocol, a draft here

    answer = services.documents.verify_document(path)
    assert answer.verdict is Verdict.DIFFERS
    assert answer.place is None  # its text is the draft's: nothing printed changed


def test_a_drafts_document_is_no_protocol_to_verify(services, tmp_path):
    draft = services.meetings.create(sample_meeting())
    path = exported(services, draft, tmp_path / "draft.docx")

    with pytest.raises(NotAProtocol, match=r"draft\.docx carries no requisite"):
        services.documents.verify_document(path)


def test_a_file_that_is_not_a_word_document_is_refused(services, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("not a zip", encoding="utf-8")

    with pytest.raises(NotAProtocol, match=r"notes\.docx cannot be read as a Word document"):
        services.documents.verify_document(path)


# -- the command line ----------------------------------------------------------------------
def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verify_prints_one_line_and_exits_0_only_on_a_match(services, stored, db_path,
                                                            tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    path = exported(services, stored, tmp_path / "p.docx")

    assert run(db_path, "verify", str(path), capsys=capsys) == (
        0, "matches: protocol № 3 of 15.03.2026, approved 20.03.2026 by М.Ч. Когамов\n", "")

    edit_paragraph(path, "Отложить вопрос о ёлках", "Решить вопрос о ёлках")
    assert run(db_path, "verify", str(path), capsys=capsys) == (
        1, "differs from protocol № 3 of 15.03.2026: item 2, decision 2.1\n", "")

    edit_paragraph(path, "заседания Общественного совета", "совещания Общественного совета")
    assert run(db_path, "verify", str(path), capsys=capsys) == (
        1, "differs from protocol № 3 of 15.03.2026: the heading\n", "")


def test_verify_of_a_changed_record_names_the_place(services, other_services, db_path,
                                                    tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    original = other_services.meetings.create(approved(sample_meeting()))
    path = exported(other_services, original, tmp_path / "p.docx")
    services.meetings.create(approved(sample_meeting(title="заседания Совета")))

    assert run(db_path, "verify", str(path), capsys=capsys) == (
        1, "differs from protocol № 3 of 15.03.2026: the heading\n", "")

    reopened = services.meetings.create(sample_meeting(number="4"))
    assert reopened.id is not None
    other = other_services.meetings.create(approved(sample_meeting(number="4")))
    path = exported(other_services, other, tmp_path / "p4.docx")
    assert run(db_path, "verify", str(path), capsys=capsys) == (
        1, "differs from protocol № 4 of 15.03.2026: the record was changed after the "
        "document was made\n", "")


def test_verify_of_a_foreign_document_says_unknown(other_services, db_path, tmp_path,
                                                    capsys, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    foreign = other_services.meetings.create(approved(sample_meeting()))
    path = exported(other_services, foreign, tmp_path / "foreign.docx")

    code, out, err = run(db_path, "verify", str(path), capsys=capsys)

    assert (code, err) == (1, "")
    assert out == "unknown: no approved protocol has this fingerprint\n"


def test_verify_of_a_drafts_document_is_an_error_line(services, db_path, tmp_path, capsys,
                                                       monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    draft = services.meetings.create(sample_meeting())
    path = exported(services, draft, tmp_path / "draft.docx")

    code, out, err = run(db_path, "verify", str(path), capsys=capsys)

    assert (code, out) == (1, "")
    assert err.startswith("minutes-app: error: draft.docx carries no requisite")


# -- the digits under a paper copy's code --------------------------------------------------
def test_the_printed_digits_find_the_approved_protocol(services, stored):
    code = stored.approval.fingerprint[:16].upper()  # type: ignore[union-attr]

    answer = services.documents.verify_code(code[:8] + " " + code[8:])

    assert answer.verdict is Verdict.MATCHES
    assert answer.meeting is not None and answer.meeting.id == stored.id


def test_digits_no_approved_protocol_has_are_unknown(services, stored):
    services.meetings.create(sample_meeting(number="4"))  # a draft has no fingerprint to match

    answer = services.documents.verify_code("0123456789ABCDEF")

    assert (answer.verdict, answer.requisite, answer.meeting) == (Verdict.UNKNOWN, None, None)


@pytest.mark.parametrize("code", ["", "0123", "0123456789ABCDEG", "0123456789abcdef0"])
def test_what_is_not_16_hex_digits_is_refused(services, code):
    with pytest.raises(NotAProtocol, match="is not the 16 hex digits"):
        services.documents.verify_code(code)


def test_verify_code_on_the_command_line(services, stored, db_path, capsys, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)
    code = stored.approval.fingerprint[:16].upper()  # type: ignore[union-attr]

    assert run(db_path, "verify", "--code", code, capsys=capsys) == (
        0, "matches: protocol № 3 of 15.03.2026, approved 20.03.2026 by М.Ч. Когамов\n", "")
    assert run(db_path, "verify", "--code", "0123456789ABCDEF", capsys=capsys) == (
        1, "unknown: no approved protocol has this fingerprint\n", "")


def test_verify_wants_a_file_or_a_code_not_both(db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MINUTES_DB", raising=False)

    for args in ((), ("p.docx", "--code", "0123456789ABCDEF")):
        code, out, err = run(db_path, "verify", *args, capsys=capsys)
        assert (code, out) == (2, "") and err.startswith("minutes-app verify: error:")

"""export-docx end to end: the command writes a Word file a person can open."""

from pathlib import Path

import docx
from cli_helpers import document, meeting, write

from minutes_app.domain import Body
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from tests.export.samples import (
    ORGANIZATION,
    SEMINAR_BODY_NAME,
    SEMINAR_UNTRANSLATED,
    seminar_in_kazakh_too,
)


def test_export_docx_writes_the_protocol(run, db, tmp_path: Path):
    source = write(tmp_path / "in.json", document(meeting(title="заседания совета по туризму")))
    (meeting_id,) = run("--db", db, "import", source).out.split()
    target = tmp_path / "протокол.docx"
    result = run("--db", db, "export-docx", meeting_id, "-o", str(target))
    assert (result.code, result.out, result.err) == (0, "", "")
    text = [paragraph.text for paragraph in docx.Document(str(target)).paragraphs]
    assert "заседания совета по туризму" in text


def test_extract_of_an_item_the_meeting_lacks_is_one_line_and_writes_nothing(
    run, db, tmp_path: Path
):
    (meeting_id,) = run(
        "--db", db, "import", write(tmp_path / "in.json", document(meeting()))
    ).out.split()
    target = tmp_path / "выписка.docx"
    result = run("--db", db, "export-docx", meeting_id, "-o", str(target), "--extract", "5")
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("minutes-app: error: ") and len(result.err.splitlines()) == 1
    assert not target.exists()


# -- issue 8: a document in another language, its warnings, and a pair in one step ----------

FALLBACK_COUNT = len(SEMINAR_UNTRANSLATED) + 1  # and the body's name, which has no Kazakh one


def _stored_seminar(db: str) -> str:
    """The seminar with its Kazakh texts, its body and organisation, stored through the
    services (as the window stores them); returns its id for the command line."""
    database = open_database(resolve_database_url(db))
    try:
        services = Services.build(database.session_factory)
        services.directory.save_organization(ORGANIZATION)
        services.directory.save_body(Body(name=SEMINAR_BODY_NAME))
        return str(services.meetings.create(seminar_in_kazakh_too()).id)
    finally:
        database.close()


def _warnings(err: str) -> list[str]:
    lines = err.splitlines()
    assert all(line.startswith("minutes-app: warning: ") for line in lines), err
    return [line.removeprefix("minutes-app: warning: ") for line in lines]


def test_a_kazakh_export_warns_once_for_each_text_that_stayed_russian(run, db, tmp_path: Path):
    meeting_id = _stored_seminar(db)
    target = tmp_path / "хаттама.docx"

    result = run("--db", db, "export-docx", meeting_id, "-o", str(target), "--lang", "kk")

    assert (result.code, result.out) == (0, "")
    warnings = _warnings(result.err)
    assert len(warnings) == FALLBACK_COUNT
    assert [w.split(" ", 1)[0] for w in warnings] == [*SEMINAR_UNTRANSLATED, "body.name"]
    assert ("attendees[5].rank has no Kazakh text; the Russian text is used: "
            "«полковник полиции»") in warnings
    # a long text is shortened to keep the warning on one line
    assert ("agenda[0].proposals[1].text has no Kazakh text; the Russian text is used: "
            "«активнее использовать потенциал институтов гражданского общ…»") in warnings
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "ХАТТАМА" in text and "Барлығы қатысқаны: 67 адам." in text


def test_an_export_in_the_meeting_s_own_language_warns_about_nothing(run, db, tmp_path: Path):
    meeting_id = _stored_seminar(db)

    result = run("--db", db, "export-docx", meeting_id, "-o", str(tmp_path / "п.docx"))

    assert (result.code, result.out, result.err) == (0, "", "")


def test_a_pair_in_one_step_writes_both_documents_with_one_number_and_date(run, db,
                                                                          tmp_path: Path):
    meeting_id = _stored_seminar(db)
    target = tmp_path / "протокол.docx"

    result = run("--db", db, "export-docx", meeting_id, "-o", str(target), "--pair", "kk")

    assert (result.code, result.out) == (0, "")
    warnings = _warnings(result.err)
    assert len(warnings) == FALLBACK_COUNT  # the Russian document has nothing to warn about
    assert all(w.startswith("протокол.kk.docx: ") for w in warnings)
    ru = [p.text for p in docx.Document(str(target)).paragraphs]
    kk = [p.text for p in docx.Document(str(tmp_path / "протокол.kk.docx")).paragraphs]
    assert ru[ru.index("ПРОТОКОЛ") + 1] == kk[kk.index("ХАТТАМА") + 1] == "22.11.2019\t№\u00a07"
    assert "Всего присутствовало: 67 человек." in ru and "Барлығы қатысқаны: 67 адам." in kk


def test_a_pair_in_the_document_s_own_language_is_refused(run, db, tmp_path: Path):
    meeting_id = _stored_seminar(db)
    target = tmp_path / "хаттама.docx"

    result = run("--db", db, "export-docx", meeting_id, "-o", str(target), "--lang", "kk",
                 "--pair", "kk")

    assert result.code == 1 and result.out == ""
    assert result.err == ("minutes-app: error: --pair kk: the document is already in kk; give "
                          "the pair's other language\n")
    assert list(tmp_path.glob("*.docx")) == []


def test_when_the_pair_s_second_file_is_held_open_the_first_is_written(run, db, tmp_path: Path):
    meeting_id = _stored_seminar(db)
    target = tmp_path / "хаттама.docx"
    (tmp_path / "~$хаттама.ru.docx").write_bytes(b"Word's owner file")

    result = run("--db", db, "export-docx", meeting_id, "-o", str(target), "--lang", "kk",
                 "--pair", "ru")

    assert result.code == 1
    error = result.err.splitlines()[-1]
    assert error.startswith("minutes-app: error: хаттама.docx (kk) was written, but "
                            "хаттама.ru.docx (ru) was not: ")
    assert target.is_file() and not (tmp_path / "хаттама.ru.docx").exists()

"""DocumentService in two languages (issue 8): a document in a language lists the texts that
fell back; a хаттама and a протокол written as a pair from one snapshot; the body's
letterhead used when the caller gives none, and refused by name when it cannot be."""

from dataclasses import replace
from pathlib import Path

import docx
import pytest

from minutes_app.domain import Body, Language, Meeting, Organization
from minutes_app.services.documents import DocumentService, fallback_language
from minutes_app.services.errors import DocumentExportFailed, TargetLocked, TemplateRejected
from tests.export.conftest import lines
from tests.export.samples import (
    ORGANIZATION,
    SEMINAR_BODY_NAME,
    SEMINAR_UNTRANSLATED,
    seminar_in_kazakh_too,
)
from tests.export.templates import letterhead


class Meetings:
    """Hands out the stored meeting and counts how often it was read."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.reads = 0

    def get(self, meeting_id: int) -> Meeting:
        self.reads += 1
        return self.meeting


class Directory:
    def __init__(self, body: Body) -> None:
        self.body = body

    def get_body(self, name: str) -> Body | None:
        return self.body if name == self.body.name else None

    def get_organization(self, name: str) -> Organization | None:
        return ORGANIZATION if name == ORGANIZATION.name else None


def service_for(meeting: Meeting, body: Body | None = None) -> tuple[DocumentService, Meetings]:
    meetings = Meetings(meeting)
    directory = Directory(body or Body(name=SEMINAR_BODY_NAME))
    return DocumentService(meetings, directory), meetings  # type: ignore[arg-type]


def test_a_kazakh_document_tells_which_texts_stayed_russian(tmp_path: Path):
    service, _ = service_for(seminar_in_kazakh_too())

    result = service.export_document(1, tmp_path / "хаттама.docx", language="kk")

    assert result.path == tmp_path / "хаттама.docx" and result.language is Language.KK
    assert [f.path for f in result.fallbacks] == [*SEMINAR_UNTRANSLATED, "body.name"]
    assert "ХАТТАМА" in lines(docx.Document(str(result.path)))
    # the preview before exporting says the same, and nothing for the meeting's own language
    assert service.fallbacks(1, "kk") == list(result.fallbacks)
    assert service.fallbacks(1, "ru") == []
    short = [f.path for f in service.fallbacks(1, "kk", form="short")]
    assert "agenda[0].discussion[0].text" not in short


def test_a_fallback_is_in_the_meeting_s_language_or_the_directory_s_russian(tmp_path: Path):
    meeting = replace(seminar_in_kazakh_too(), language=Language.EN)
    service, _ = service_for(meeting)

    fallbacks = service.fallbacks(1, "kk")

    languages = {f.path: fallback_language(f, meeting) for f in fallbacks}
    assert languages["body.name"] is Language.RU
    assert languages["organizers[2].text"] is Language.EN


def test_a_pair_is_one_snapshot_with_one_number_date_and_attendees(tmp_path: Path):
    service, meetings = service_for(seminar_in_kazakh_too())
    targets = {"kk": tmp_path / "хаттама.docx", "ru": tmp_path / "протокол.docx"}

    results = service.export_pair(1, targets)

    assert meetings.reads == 1
    assert [(r.path, r.language) for r in results] == [(targets["kk"], Language.KK),
                                                       (targets["ru"], Language.RU)]
    assert [f.path for f in results[1].fallbacks] == []
    kk, ru = (lines(docx.Document(str(path))) for path in targets.values())
    assert "ХАТТАМА" in kk and "ПРОТОКОЛ" in ru
    assert kk[kk.index("ХАТТАМА") + 1] == ru[ru.index("ПРОТОКОЛ") + 1] == "22.11.2019\t№ 7"
    assert "Барлығы қатысқаны: 67 адам." in kk and "Всего присутствовало: 67 человек." in ru
    for name in ("Букреев В. —", "Мусралимова А.Е. —", "Абенов С.К., Борисова Е.П."):
        assert any(name in line for line in kk) and any(name in line for line in ru)


def test_when_the_second_of_a_pair_fails_the_first_stays_and_the_error_says_which(
    tmp_path: Path,
):
    service, _ = service_for(seminar_in_kazakh_too())
    (tmp_path / "~$протокол.docx").write_bytes(b"Word's owner file")
    targets = {"kk": tmp_path / "хаттама.docx", "ru": tmp_path / "протокол.docx"}

    with pytest.raises(TargetLocked) as caught:
        service.export_pair(1, targets)

    message = str(caught.value)
    assert message.startswith("хаттама.docx (kk) was written, but протокол.docx (ru) was not: ")
    assert "open in another program" in message and "\n" not in message
    assert "ХАТТАМА" in lines(docx.Document(str(targets["kk"])))
    assert not targets["ru"].exists()


def test_when_the_first_of_a_pair_fails_nothing_is_written(tmp_path: Path):
    service, _ = service_for(seminar_in_kazakh_too())
    targets = {"kk": tmp_path / "нет" / "хаттама.docx", "ru": tmp_path / "протокол.docx"}

    with pytest.raises(DocumentExportFailed, match=r"^хаттама.docx \(kk\) was not written: "
                                                   r"the folder .* does not exist"):
        service.export_pair(1, targets)

    assert not targets["ru"].exists()


@pytest.mark.parametrize(("targets", "message"), [
    ({}, "no document to write"),
    ({"de": "a.docx", "ru": "b.docx"}, "unknown document language 'de'"),
    ({"kk": "same.docx", "ru": "same.docx"}, "the kk and ru documents would both be written "
                                             "to same.docx"),
])
def test_a_pair_that_cannot_be_is_refused_before_writing(tmp_path: Path, targets, message):
    service, meetings = service_for(seminar_in_kazakh_too())

    with pytest.raises(DocumentExportFailed, match=message):
        service.export_pair(1, {lang: tmp_path / name for lang, name in targets.items()})

    assert list(tmp_path.iterdir()) == [] and meetings.reads == 0


def test_the_body_s_letterhead_is_the_template_when_none_is_given(tmp_path: Path):
    blank = letterhead(tmp_path / "бланк.docx")
    body = Body(name=SEMINAR_BODY_NAME, letterhead=str(blank))
    service, _ = service_for(seminar_in_kazakh_too(), body)

    target = service.export_docx(1, tmp_path / "протокол.docx")

    doc = docx.Document(str(target))
    assert lines(doc)[0] == "ТОО «Бланк и партнёры»"
    assert doc.sections[0].first_page_header.paragraphs[0].text == "БЛАНК ОРГАНИЗАЦИИ"
    # a letterhead given by the caller wins over the body's
    own = tmp_path / "свой.docx"
    letterhead(own, header_on_every_page=False)
    other = service.export_docx(1, tmp_path / "другой.docx", template=own)
    assert docx.Document(str(other)).sections[0].first_page_header.paragraphs[0].text == \
        "БЛАНК НА ПЕРВОЙ СТРАНИЦЕ"


def test_a_missing_body_letterhead_is_refused_by_its_name(tmp_path: Path):
    missing = tmp_path / "нет такого бланка.docx"
    body = Body(name=SEMINAR_BODY_NAME, letterhead=str(missing))
    service, _ = service_for(seminar_in_kazakh_too(), body)

    with pytest.raises(TemplateRejected) as caught:
        service.export_docx(1, tmp_path / "протокол.docx")

    assert str(caught.value) == (f"the letterhead file of {SEMINAR_BODY_NAME}, {missing}, "
                                 "does not exist")
    assert not (tmp_path / "протокол.docx").exists()
    # the preview of fallbacks does not fail on it: the export is where it is refused
    assert [f.path for f in service.fallbacks(1, "kk")][-1] == "body.name"


def test_a_damaged_body_letterhead_is_refused_by_its_name(tmp_path: Path):
    damaged = tmp_path / "бланк.docx"
    damaged.write_bytes(b"not a zip at all")
    body = Body(name=SEMINAR_BODY_NAME, letterhead=str(damaged))
    service, _ = service_for(seminar_in_kazakh_too(), body)

    with pytest.raises(TemplateRejected, match=f"^the letterhead file of {SEMINAR_BODY_NAME}, "
                                               f".*бланк.docx, cannot be used: letterhead "):
        service.export_docx(1, tmp_path / "протокол.docx")
    assert not (tmp_path / "протокол.docx").exists()


def test_a_stored_seminar_exports_in_kazakh_through_the_real_services(services, tmp_path):
    """The whole path on a real database: the Kazakh texts and the body come from storage."""
    services.directory.save_organization(ORGANIZATION)
    services.directory.save_body(Body(name=SEMINAR_BODY_NAME))
    stored = services.meetings.create(seminar_in_kazakh_too())

    result = services.documents.export_document(stored.id, tmp_path / "хаттама.docx",
                                                 language="kk")

    assert [f.path for f in result.fallbacks] == [*SEMINAR_UNTRANSLATED, "body.name"]
    got = lines(docx.Document(str(result.path)))
    assert "Барлығы қатысқаны: 67 адам." in got and "Ұсыныстар айтылды:" in got

"""DocumentService: the stored meeting, its body and organisation go to the exporter; export
errors come back as ServiceErrors with the exporter's one-line message."""

from pathlib import Path

import docx
import pytest

from minutes_app.domain import Body, Meeting, Organization
from minutes_app.services.documents import DocumentService
from minutes_app.services.errors import (
    DocumentExportFailed,
    MeetingNotFound,
    ServiceError,
    TargetLocked,
    TemplateRejected,
)
from tests.export.samples import BODY, ORGANIZATION, russian_meeting


class FakeMeetings:
    def __init__(self, meetings: dict[int, Meeting]) -> None:
        self._meetings = meetings

    def get(self, meeting_id: int) -> Meeting:
        if meeting_id not in self._meetings:
            raise MeetingNotFound(meeting_id)
        return self._meetings[meeting_id]


class FakeDirectory:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def get_body(self, name: str) -> Body | None:
        self.asked.append(f"body:{name}")
        return BODY if name == BODY.name else None

    def get_organization(self, name: str) -> Organization | None:
        self.asked.append(f"organization:{name}")
        return ORGANIZATION if name == ORGANIZATION.name else None


@pytest.fixture
def directory() -> FakeDirectory:
    return FakeDirectory()


@pytest.fixture
def service(directory) -> DocumentService:
    return DocumentService(FakeMeetings({7: russian_meeting()}), directory)  # type: ignore[arg-type]


def test_exports_with_the_bodys_roster_and_the_organisations_names(service, directory,
                                                                   tmp_path: Path):
    target = service.export_docx(7, tmp_path / "p.docx", form="short", author="Секретарь")

    doc = docx.Document(str(target))
    texts = [p.text for p in doc.paragraphs]
    # from the directory, not the meeting's text: Kazakh and Russian side by side
    assert [c.text for c in doc.tables[0].rows[0].cells] == [ORGANIZATION.name_kk,
                                                             ORGANIZATION.name]
    assert any(t.startswith("Кворум: членов — 22") for t in texts)  # the body's roster
    assert doc.core_properties.author == "Секретарь"
    assert directory.asked == [f"body:{BODY.name}", f"organization:{ORGANIZATION.name}"]


def test_unknown_meeting(service, tmp_path):
    with pytest.raises(MeetingNotFound):
        service.export_docx(99, tmp_path / "p.docx")
    assert not (tmp_path / "p.docx").exists()


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"template": Path("/nonexistent/blank.docx")}, TemplateRejected, "no such file"),
    ({"extract": (9,)}, DocumentExportFailed, "there is no item 9"),
    ({"form": "long"}, DocumentExportFailed, "unknown form 'long'"),
    ({"language": "de"}, DocumentExportFailed, "unknown document language 'de'"),
])
def test_export_errors_become_service_errors(service, tmp_path, kwargs, error, message):
    with pytest.raises(error, match=message) as caught:
        service.export_docx(7, tmp_path / "p.docx", **kwargs)
    assert isinstance(caught.value, ServiceError)
    assert "\n" not in str(caught.value)


def test_a_target_open_in_word(service, tmp_path):
    (tmp_path / "~$p.docx").write_bytes(b"owner")

    with pytest.raises(TargetLocked, match="open in another program"):
        service.export_docx(7, tmp_path / "p.docx")


def test_a_stored_meeting_exports_through_the_real_services(services, tmp_path):
    """The whole path on a real database: meeting, body roster and organisation come from
    storage (services fixture: tests/services/conftest.py)."""
    services.directory.save_body(BODY)
    services.directory.save_organization(ORGANIZATION)
    stored = services.meetings.create(russian_meeting())

    target = services.documents.export_docx(stored.id, tmp_path / "p.docx", extract=(2,))

    doc = docx.Document(str(target))
    texts = [p.text for p in doc.paragraphs]
    assert [c.text for c in doc.tables[0].rows[0].cells] == [ORGANIZATION.name_kk,
                                                             ORGANIZATION.name]
    assert texts[0].startswith("ВЫПИСКА ИЗ ПРОТОКОЛА № 3 заседания Общественного совета")
    # an extract says the count and the quorum in one line (issue 9 point 2)
    assert "Присутствовали: 19 из 22 членов, кворум имеется." in texts
    assert "2. СЛУШАЛИ:" in texts and "1. СЛУШАЛИ:" not in texts

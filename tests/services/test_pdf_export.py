"""DocumentService.export_pdf: the protocol as a PDF through LibreOffice (the Word file as Word
would print it) or, without LibreOffice, through Qt from the same outline; read back as text.

LibreOffice tests follow test_pdf_conversion.py: skipped locally without soffice, failed
under CI."""

import stat
import time
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from minutes_app import files
from minutes_app.domain import AgendaItem, Decision, DocumentSettings, Statement
from minutes_app.export import pdf as pdf_engine
from minutes_app.services import Services
from minutes_app.services.errors import (
    DocumentExportFailed,
    PdfConversionFailed,
    PdfEngineMissing,
    TargetLocked,
)
from minutes_app.storage.db import Database
from minutes_app.ui.pages import write_pdf
from tests.export.pdf_text import (
    needs_libreoffice,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    pdf_title,
    pdf_words,
)
from tests.export.samples import BODY, ORGANIZATION, kazakh_meeting, russian_meeting

HEADINGS = {
    "ru": ["ПРОТОКОЛ", "№ 3", "22.11.2019", "Председатель", "М.Ч. Когамов", "Секретарь",
           "А.С. Петрова"],
    "kk": ["ХАТТАМА", "№ 3", "22.11.2019", "Төраға", "М.Ч. Когамов", "Хатшы", "А.С. Петрова"],
}
MEETINGS = {"ru": russian_meeting, "kk": kazakh_meeting}


@pytest.fixture
def pdf_services(database: Database) -> Services:
    """The services as app.py builds them: with Qt's PDF writer."""
    services = Services.build(database.session_factory, pdf_writer=write_pdf)
    services.directory.save_organization(ORGANIZATION)
    services.directory.save_body(BODY)
    return services


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: None)


def _store(services: Services, language: str = "ru") -> int:
    meeting = services.meetings.create(MEETINGS[language]())
    assert meeting.id is not None
    return meeting.id


def _long_meeting():
    """Twelve agenda items of several paragraphs each: pages of text before the signatures."""
    meeting = russian_meeting()
    said = "Доложил о ходе работы, о принятых мерах и о том, что осталось сделать. " * 6
    items = tuple(AgendaItem(title=f"Вопрос номер {n}", heard=(Statement(text=said),),
                             decisions=(Decision(text=f"Решение по вопросу {n}."),))
                  for n in range(1, 13))
    return replace(meeting, agenda=items)


def _fake_soffice(folder: Path, script: str) -> Path:
    """A stand-in for LibreOffice's program: a shell script."""
    program = folder / "soffice"
    program.write_text("#!/bin/sh\n" + script)
    program.chmod(0o755)
    return program


# -- what the PDF says ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_qt_pdf_has_the_heading_number_date_and_signatures(qapp, pdf_services, tmp_path,
                                                             language):
    target = tmp_path / "protocol.pdf"

    meeting_id = _store(pdf_services, language)

    result = pdf_services.documents.export_pdf(meeting_id, target, engine="qt")

    assert (result.path, result.engine, result.language) == (target, "qt", language)
    text = pdf_text(target)
    for words in HEADINGS[language]:
        assert words in text, words
    word_file = pdf_services.documents.export_docx(meeting_id, tmp_path / "protocol.docx")
    assert pdf_title(target) == docx.Document(str(word_file)).core_properties.title != ""


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_libreoffice_pdf_has_the_heading_number_date_and_signatures(pdf_services, tmp_path,
                                                                      language):
    needs_libreoffice()
    target = tmp_path / "protocol.pdf"

    result = pdf_services.documents.export_pdf(_store(pdf_services, language), target,
                                               engine="libreoffice")

    assert (result.path, result.engine, result.language) == (target, "libreoffice", language)
    text = pdf_text(target)
    for words in HEADINGS[language]:
        assert words in text, words
    assert not list(tmp_path.glob(".~mn-*"))  # no temporary file left beside it


def _numbers_on_top(target: Path) -> list[str]:
    """The first line of every page, as read."""
    return [next(line.strip() for line in page.splitlines() if line.strip())
            for page in pdf_pages(target)]


def test_a_long_qt_pdf_is_numbered_at_the_top_from_page_2(qapp, pdf_services, tmp_path):
    meeting = pdf_services.meetings.create(_long_meeting())
    target = tmp_path / "long.pdf"

    pdf_services.documents.export_pdf(meeting.id, target, engine="qt")

    tops = _numbers_on_top(target)
    assert len(tops) > 2
    assert tops[1:] == [str(n) for n in range(2, len(tops) + 1)]
    assert not tops[0].isdigit()  # page 1 has no number


@pytest.mark.slow
def test_a_long_libreoffice_pdf_is_numbered_at_the_top_from_page_2(pdf_services, tmp_path):
    needs_libreoffice()
    meeting = pdf_services.meetings.create(_long_meeting())
    target = tmp_path / "long.pdf"

    pdf_services.documents.export_pdf(meeting.id, target, engine="libreoffice")

    tops = _numbers_on_top(target)
    assert len(tops) > 2
    assert tops[1:] == [str(n) for n in range(2, len(tops) + 1)]
    assert not tops[0].isdigit()


# -- which engine ----------------------------------------------------------------------------


@pytest.mark.slow
def test_auto_uses_libreoffice_when_it_is_installed(pdf_services, tmp_path):
    needs_libreoffice()
    result = pdf_services.documents.export_pdf(_store(pdf_services), tmp_path / "a.pdf")
    assert result.engine == "libreoffice"


def test_auto_without_libreoffice_uses_qt(qapp, pdf_services, no_libreoffice, tmp_path):
    target = tmp_path / "a.pdf"

    result = pdf_services.documents.export_pdf(_store(pdf_services), target, engine="auto")

    assert result.engine == "qt"
    assert "ПРОТОКОЛ" in pdf_text(target)


def test_the_libreoffice_engine_without_libreoffice_says_to_install_it(
    pdf_services, no_libreoffice, tmp_path
):
    target = tmp_path / "a.pdf"
    with pytest.raises(PdfEngineMissing, match=r"LibreOffice is not installed.*install it"):
        pdf_services.documents.export_pdf(_store(pdf_services), target, engine="libreoffice")
    assert not target.exists()


def test_without_libreoffice_and_without_a_writer_it_says_what_to_install(
    services, no_libreoffice, tmp_path
):
    meeting = services.meetings.create(russian_meeting())
    with pytest.raises(PdfEngineMissing, match=r"install LibreOffice"):
        services.documents.export_pdf(meeting.id, tmp_path / "a.pdf")
    with pytest.raises(PdfEngineMissing):
        services.documents.export_pdf(meeting.id, tmp_path / "a.pdf", engine="qt")


def test_an_unknown_engine_is_refused(pdf_services, tmp_path):
    with pytest.raises(DocumentExportFailed, match=r"unknown PDF engine 'word'"):
        pdf_services.documents.export_pdf(_store(pdf_services), tmp_path / "a.pdf",
                                          engine="word")


# -- where it goes -----------------------------------------------------------------------


def _engine(name: str) -> str:
    if name == "libreoffice":
        needs_libreoffice()
    return name


ENGINES = ["qt", pytest.param("libreoffice", marks=pytest.mark.slow)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_missing_folder_is_one_line_and_nothing_is_written(qapp, pdf_services, tmp_path,
                                                             engine):
    target = tmp_path / "no such folder" / "a.pdf"
    with pytest.raises(DocumentExportFailed, match=r"the folder .* does not exist"):
        pdf_services.documents.export_pdf(_store(pdf_services), target, engine=_engine(engine))
    assert not target.parent.exists()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_read_only_pdf_is_kept_as_it_is(qapp, pdf_services, tmp_path, engine):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"the signed copy")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)

    with pytest.raises(DocumentExportFailed, match=r"a\.pdf is read-only"):
        pdf_services.documents.export_pdf(_store(pdf_services), target, engine=_engine(engine))

    assert target.read_bytes() == b"the signed copy"
    assert not list(tmp_path.glob(".~mn-*"))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_pdf_open_in_libreoffice_is_locked(qapp, pdf_services, tmp_path, engine):
    target = tmp_path / "a.pdf"
    (tmp_path / ".~lock.a.pdf#").write_text("someone,somewhere")

    with pytest.raises(TargetLocked, match=r"a\.pdf is open in another program"):
        pdf_services.documents.export_pdf(_store(pdf_services), target, engine=_engine(engine))

    assert not target.exists()


def test_a_pdf_held_open_keeps_its_old_content(qapp, pdf_services, tmp_path, monkeypatch):
    """A viewer on Windows holds the file: the rename over it fails."""
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")

    def held(temporary: Path, target: Path) -> None:
        raise files.TargetHeldOpen(13, "held open", str(target))

    monkeypatch.setattr(files, "_replace", held)
    with pytest.raises(TargetLocked, match=r"held open by another program"):
        pdf_services.documents.export_pdf(_store(pdf_services), target, engine="qt")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".~mn-*"))


# -- when LibreOffice fails --------------------------------------------------------------


def test_a_failed_conversion_says_what_libreoffice_said(pdf_services, tmp_path, monkeypatch):
    program = _fake_soffice(tmp_path, 'echo "Error: source file could not be loaded"\nexit 1\n')
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: program)
    target = tmp_path / "a.pdf"

    with pytest.raises(PdfConversionFailed, match=r"exit code 1.*could not be loaded"):
        pdf_services.documents.export_pdf(_store(pdf_services), target)

    assert not target.exists()


def test_a_conversion_that_makes_no_pdf_is_an_error(pdf_services, tmp_path, monkeypatch):
    program = _fake_soffice(tmp_path, 'echo "Error: source file could not be loaded"\n')
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: program)

    with pytest.raises(PdfConversionFailed, match=r"made no PDF.*could not be loaded"):
        pdf_services.documents.export_pdf(_store(pdf_services), tmp_path / "a.pdf")


def _gone_or_dead(pid: int) -> bool:
    """No such process, or one killed and not yet reaped by its new parent."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def test_a_conversion_that_hangs_is_stopped_with_its_helpers(pdf_services, tmp_path,
                                                              monkeypatch):
    pid_file = tmp_path / "helper.pid"
    program = _fake_soffice(tmp_path, f'sleep 600 &\necho $! > "{pid_file}"\nwait\n')
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: program)
    monkeypatch.setattr(pdf_engine, "TIMEOUT_SECONDS", 1)
    target = tmp_path / "a.pdf"

    with pytest.raises(PdfConversionFailed, match=r"did not finish .* and was stopped"):
        pdf_services.documents.export_pdf(_store(pdf_services), target)

    assert not target.exists()
    assert _killed(int(pid_file.read_text()))


def _killed(pid: int) -> bool:
    """SIGKILL is sent to the whole group before the error; the helper leaves the running
    states within moments (polled a bounded while, not timed)."""
    for _ in range(200):
        if _gone_or_dead(pid):
            return True
        time.sleep(0.05)
    return False


# -- the body's document settings ------------------------------------------------------------

MM = 72 / 25.4  # points


def _with_body_settings(services: Services, **settings) -> int:
    services.directory.save_body(replace(BODY, document=DocumentSettings(**settings)))
    return _store(services)


def test_a_qt_pdf_is_set_in_the_bodys_font_size_and_margin(qapp, pdf_services, tmp_path):
    default, wide = tmp_path / "default.pdf", tmp_path / "wide.pdf"
    pdf_services.documents.export_pdf(_store(pdf_services), default, engine="qt")
    meeting_id = _with_body_settings(pdf_services, font_name="Arial", font_size=12,
                                     long_term_margin=True)

    pdf_services.documents.export_pdf(meeting_id, wide, engine="qt")

    def heading(pdf: Path) -> tuple[str, float, float, float, float]:
        return next(w for w in pdf_words(pdf) if w[0] == "ПРОТОКОЛ")

    lefts = {pdf: min(w[1] for w in pdf_words(pdf)) for pdf in (default, wide)}
    assert lefts[default] == pytest.approx(20 * MM, abs=1)  # GOST's 20 mm
    assert lefts[wide] == pytest.approx(30 * MM, abs=1)  # 30 mm for documents kept long
    assert any("Sans" in f or "Arial" in f for f in pdf_fonts(wide))
    assert not any("Sans" in f or "Arial" in f for f in pdf_fonts(default))
    assert heading(wide)[4] - heading(wide)[2] < heading(default)[4] - heading(default)[2]


def test_the_page_number_is_centred_10_mm_from_the_top(qapp, pdf_services, tmp_path):
    target = tmp_path / "protocol.pdf"
    pdf_services.documents.export_pdf(_store(pdf_services), target, engine="qt")

    number, left, top, right, _ = pdf_words(target, page=2)[0]

    assert number == "2"
    assert top == pytest.approx(10 * MM, abs=1)
    assert (left + right) / 2 == pytest.approx((20 + 200) / 2 * MM, abs=1)  # the text's middle
    assert not any(w[0] == "1" and w[2] < 20 * MM for w in pdf_words(target, page=1))

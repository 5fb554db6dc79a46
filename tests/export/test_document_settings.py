"""Issue 9 points 7 and 8: a body's document settings in every form and language.

ПОСТАНОВИЛИ or РЕШИЛИ (ҚАУЛЫ ЕТТІ / ШЕШТІ, RESOLVED / "It was decided that") is the body's
choice; so are the font, its size and the 30 mm left margin, which every style uses (Normal,
the headings, the page-number header, table cells, the signature tables, the annex), on a
bare page and on a letterhead. Read back from the .docx; the page rendered by LibreOffice
where layout matters.
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from minutes_app.domain import Decision, DecisionVerb, Vote
from minutes_app.export import DocxOptions, OptionsError, write_docx
from minutes_app.export.styles import HEADER_STYLE
from tests.export.conftest import lines
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
    seminar_meeting,
)
from tests.export.templates import letterhead

ISSUED = date(2019, 11, 25)
MEETINGS = {"ru": russian_meeting, "kk": kazakh_meeting, "en": english_meeting}
# the heading over the decisions, by language and choice
HEADINGS = {
    ("ru", "resolved"): "ПОСТАНОВИЛИ:", ("ru", "decided"): "РЕШИЛИ:",
    ("kk", "resolved"): "ҚАУЛЫ ЕТТІ:", ("kk", "decided"): "ШЕШТІ:",
    ("en", "resolved"): "Resolutions:", ("en", "decided"): "Decisions:",
}
FORMS = {"full": {}, "short": {"form": "short"}, "extract": {"extract": (1,)}}


# --- ПОСТАНОВИЛИ or РЕШИЛИ ---------------------------------------------------------------

@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("verb", ["resolved", "decided"])
@pytest.mark.parametrize("language", list(MEETINGS))
def test_the_decisions_carry_the_body_s_word_in_every_form_and_language(export, language, verb,
                                                                      form):
    got = lines(export(MEETINGS[language](), body=BODY, decision_verb=verb, issued_on=ISSUED,
                       **FORMS[form]))

    other = "decided" if verb == "resolved" else "resolved"
    assert HEADINGS[language, verb] in got
    assert HEADINGS[language, other] not in got


def test_russian_decided_reads_as_the_municipal_form(export):
    got = lines(export(russian_meeting(), decision_verb=DecisionVerb.DECIDED))

    first = got.index("1. СЛУШАЛИ:")
    heading = got.index("РЕШИЛИ:", first)
    assert got[heading + 1] == "1.1. Информацию принять к сведению."
    assert not any("ПОСТАНОВИЛИ" in line for line in got)


def test_english_decisions_read_it_was_decided_that(export):
    got = lines(export(english_meeting(), decision_verb="decided"))

    assert "1.1. It was decided that the budget for 2020 be approved." in got
    assert "1.2. It was decided that the office be moved." in got
    # typed with the other lead, a decision is printed as typed, never led twice
    assert "2.1. RESOLVED that the next meeting be held in March." in got
    assert not any("RESOLVED" in line and "decided" in line for line in got)


@pytest.mark.parametrize(("typed", "printed"), [
    ("That the minutes be approved", "It was decided that the minutes be approved."),
    ("It was decided that the minutes be approved",
     "It was decided that the minutes be approved."),
    ("it was decided to approve the minutes", "it was decided to approve the minutes."),
    ("Italy be visited", "It was decided that Italy be visited."),  # "It…" is not "It was…"
])
def test_an_english_decision_typed_with_its_own_lead_is_not_led_twice(export, typed, printed):
    meeting = english_meeting()
    item = replace(meeting.agenda[0], decisions=(Decision(typed, vote=Vote(unanimous=True)),))
    meeting = replace(meeting, agenda=(item,))

    got = lines(export(meeting, decision_verb="decided"))

    assert f"1.1. {printed}" in got


def test_the_resolved_choice_keeps_resolved_that(export):
    got = lines(export(english_meeting(), decision_verb="resolved"))

    assert "1.1. RESOLVED that the budget for 2020 be approved." in got
    assert "2.1. RESOLVED that the next meeting be held in March." in got


def test_a_meeting_that_votes_on_nothing_has_neither_word(export):
    for verb in ("resolved", "decided"):
        got = lines(export(seminar_meeting(), name=f"{verb}.docx", decision_verb=verb))
        assert "ПОСТАНОВИЛИ:" not in got and "РЕШИЛИ:" not in got


def test_an_unknown_decision_word_is_refused_with_the_choices():
    with pytest.raises(OptionsError, match="use resolved or decided"):
        DocxOptions(decision_verb="agreed")  # type: ignore[arg-type]


# --- font, size and margin -----------------------------------------------------------------

def _style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def _resolved(doc, paragraph, run) -> tuple[str | None, float | None]:
    """The font and size Word shows for a run: the run's own, else its paragraph style's
    (and the styles it is based on), else the document defaults."""
    font = run.font.name
    size = run.font.size.pt if run.font.size is not None else None
    for style in _style_chain(paragraph.style):
        rpr = style.element.rPr
        rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if font is None and rfonts is not None:
            font = rfonts.get(qn("w:ascii"))
        if size is None and style.font.size is not None:
            size = style.font.size.pt
    return font, size


def _our_paragraphs(doc):
    """Every paragraph the export wrote: the body's and the tables' in our styles, and the
    page-number header."""
    body = list(doc.paragraphs)
    body += [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    ours = [p for p in body if p.style.name.startswith("Minutes ")]
    header = doc.sections[-1].header.paragraphs
    return ours + [p for p in header if p.style.name == HEADER_STYLE]


@pytest.mark.parametrize("language", list(MEETINGS))
@pytest.mark.parametrize("with_letterhead", [False, True])
def test_every_run_is_in_the_body_s_font_and_size(export, tmp_path, language, with_letterhead):
    template = letterhead(tmp_path / "blank.docx") if with_letterhead else None
    doc = export(MEETINGS[language](), body=BODY, organization=ORGANIZATION, template=template,
                 font_name="Arial", font_size=12, table_font_size=10, long_term_margin=True)

    normal = doc.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Arial", Pt(12))
    paragraphs = _our_paragraphs(doc)
    kinds = {p.style.name for p in paragraphs}
    assert {"Minutes Document Type", "Minutes Heading", "Minutes Signature", HEADER_STYLE} <= kinds
    sizes: dict[str, set[float | None]] = {}
    for paragraph in paragraphs:
        for run in paragraph.runs:
            font, size = _resolved(doc, paragraph, run)
            assert font == "Arial", (paragraph.style.name, run.text)
            sizes.setdefault(paragraph.style.name, set()).add(size)
    # body text 12 pt; table cells and the page number at the tables' size
    assert sizes["Minutes Text"] == sizes["Minutes Signature"] == {12}
    assert sizes[HEADER_STYLE] == {10}
    assert sizes.get("Minutes Table Text", {10}) == {10}


@pytest.mark.parametrize("with_letterhead", [False, True])
def test_the_annex_and_signature_tables_use_the_settings(export, tmp_path, with_letterhead):
    template = letterhead(tmp_path / "blank.docx") if with_letterhead else None
    doc = export(russian_meeting(), body=BODY, template=template, font_name="Arial",
                 font_size=12, table_font_size=10)

    annex = doc.tables[-1]
    assert annex.rows[0].cells[0].text == "№ п/п"
    cell = annex.rows[1].cells[1].paragraphs[0]
    assert _resolved(doc, cell, cell.runs[0]) == ("Arial", 10)
    signature = next(t for t in doc.tables if t.rows[0].cells[0].text == "Председатель")
    name = signature.rows[0].cells[2].paragraphs[0]
    assert _resolved(doc, name, name.runs[0]) == ("Arial", 12)


@pytest.mark.parametrize("with_letterhead", [False, True])
def test_the_long_term_margin_is_30_mm_and_the_signature_fits_inside(export, tmp_path,
                                                                     with_letterhead):
    template = letterhead(tmp_path / "blank.docx") if with_letterhead else None
    doc = export(russian_meeting(), body=BODY, template=template, font_name="Arial",
                 font_size=12, long_term_margin=True)

    section = doc.sections[-1]
    if with_letterhead:  # at least 30 mm: this blank already has 31.75 mm (1.25 in)
        assert section.left_margin >= Mm(30) - 635
    else:
        assert abs(section.left_margin - Mm(30)) <= 635
    text_width = section.page_width - section.left_margin - section.right_margin
    signature = next(t for t in doc.tables if t.rows[0].cells[0].text == "Председатель")
    width = sum(int(c.width) for c in signature.rows[0].cells)
    assert width <= text_width


def test_without_settings_the_document_is_times_new_roman_14_with_a_20_mm_margin(export):
    doc = export(russian_meeting())

    normal = doc.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(14))
    assert abs(doc.sections[-1].left_margin - Mm(20)) <= 635


# --- the rendered page -------------------------------------------------------------------

def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice and pdftotext must be installed on CI (.ci/run)")
        pytest.skip("LibreOffice or pdftotext is not installed here")
    return found


def _pdf_text(soffice: str, source, tmp_path) -> str:
    command = [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
               "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=240)
    finally:
        with contextlib.suppress(ProcessLookupError):  # a helper left in its group
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, output.decode(errors="replace")
    pdf = tmp_path / f"{source.stem}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, timeout=60).stdout.decode()
    return text.replace("\u00a0", " ")


@pytest.mark.slow
@pytest.mark.parametrize("with_letterhead", [False, True])
def test_arial_12_with_the_long_term_margin_still_fits_on_the_rendered_page(tmp_path,
                                                                           with_letterhead):
    soffice = _soffice()
    template = letterhead(tmp_path / "blank.docx") if with_letterhead else None
    options = DocxOptions(font_name="Arial", font_size=12, table_font_size=10,
                          long_term_margin=True, decision_verb=DecisionVerb.DECIDED)
    source = write_docx(russian_meeting(), tmp_path / "arial.docx", options, BODY,
                        ORGANIZATION, template)

    text = _pdf_text(soffice, source, tmp_path)

    rows = [" ".join(line.split()) for line in text.splitlines()]
    # each signature row on one printed line: the name did not wrap under the line
    assert any(re.fullmatch(r"Председатель _+ М\.Ч\. Когамов", row) for row in rows), rows
    assert any(re.fullmatch(r"Секретарь _+ А\.С\. Петрова", row) for row in rows), rows
    assert "РЕШИЛИ:" in rows and "ПОСТАНОВИЛИ:" not in text

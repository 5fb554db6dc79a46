"""Every exported document passes an Open XML validator, as Word would open it.

openxml-audit is a port of Microsoft's Open XML SDK validator with Word's own repair-dialog
checks (a file the SDK accepts but Word calls "unreadable content"). Each form × language,
bare and on a letterhead, and the hostile text: no error and no warning of any source.
"""

import zipfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator, ValidationSeverity

from minutes_app.domain import Meeting
from minutes_app.export import DocxOptions, Form, write_docx
from tests.export.samples import english_meeting, kazakh_meeting, russian_meeting
from tests.export.templates import letterhead, rewritten
from tests.export.test_hostile_text import hostile_meeting

MEETINGS = {"ru": russian_meeting, "kk": kazakh_meeting, "en": english_meeting}
FORMS = {
    "full": DocxOptions(),
    "short": DocxOptions(form=Form.SHORT),
    "extract": DocxOptions(extract=(1,)),
}
# Findings a records office would meet as a repair dialog or a refused file; INFO is advice.
BLOCKING = (ValidationSeverity.ERROR, ValidationSeverity.WARNING)


@pytest.fixture(scope="module")
def validator() -> OpenXmlValidator:
    return OpenXmlValidator()


def findings(validator: OpenXmlValidator, path: Path) -> list[str]:
    """What the validator holds against the file, one line each (with its source class)."""
    result = validator.validate(path)
    return [f"{e.severity.value} {e.source_class.value} {e}" for e in result.errors
            if e.severity in BLOCKING]


def exported(tmp_path: Path, meeting: Meeting, options: DocxOptions,
             template: Path | None = None) -> Path:
    return write_docx(meeting, tmp_path / "out.docx", options, template=template)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("language", MEETINGS)
@pytest.mark.parametrize("on_letterhead", [False, True], ids=["bare", "letterhead"])
def test_every_form_and_language_is_valid_open_xml(tmp_path, validator, form, language,
                                                   on_letterhead):
    template = letterhead(tmp_path / "blank.docx") if on_letterhead else None

    path = exported(tmp_path, MEETINGS[language](), FORMS[form], template)

    assert findings(validator, path) == []


@pytest.mark.parametrize("form", FORMS)
def test_hostile_text_leaves_valid_open_xml(tmp_path, validator, form):
    path = exported(tmp_path, hostile_meeting(), FORMS[form])

    assert findings(validator, path) == []


def test_the_validator_catches_a_broken_document(tmp_path, validator):
    """The check is live: an element Word does not know in the body is reported."""
    good = exported(tmp_path, russian_meeting(), DocxOptions())
    with zipfile.ZipFile(good) as package:
        body = package.read("word/document.xml")
    broken = body.replace(b"<w:body>", b"<w:body><w:notAnElement/>", 1)
    assert broken != body

    path = rewritten(good, tmp_path / "broken.docx", {"word/document.xml": broken})

    assert any("notAnElement" in line for line in findings(validator, path))

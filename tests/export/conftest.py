"""Read produced documents back with python-docx, the way a reviewer reads them: in order."""

from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.table import Table

from minutes_app.domain import Body, Meeting, Organization
from minutes_app.export import DocxOptions, write_docx
from minutes_app.export.wording import NBSP


def plain(text: str) -> str:
    """Text as a person reads it: no-break spaces look like spaces."""
    return text.replace(NBSP, " ")


def lines(doc: Document) -> list[str]:
    """Every paragraph and table of the body in order; a table becomes one line per row,
    cells joined by " | "."""
    out: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            out += [" | ".join(plain(c.text) for c in row.cells) for row in block.rows]
        else:
            out.append(plain(block.text))
    return out


def assert_in_order(actual: list[str], expected: list[str]) -> None:
    """Each expected line appears, in this order (other lines may stand between them)."""
    position = 0
    for wanted in expected:
        for index in range(position, len(actual)):
            if actual[index] == wanted:
                position = index + 1
                break
        else:
            context = "\n".join(actual[max(0, position - 3): position + 12])
            raise AssertionError(f"{wanted!r} not found after line {position}; around it:\n"
                                 f"{context}")


@pytest.fixture
def export(tmp_path: Path):
    """export(meeting, name, body=..., organization=..., **options) -> reopened Document."""

    def run(meeting: Meeting, name: str = "out.docx", body: Body | None = None,
            organization: Organization | None = None, template: Path | None = None,
            **options: object) -> Document:
        target = tmp_path / name
        write_docx(meeting, target, DocxOptions(**options), body, organization,  # type: ignore[arg-type]
                   template)
        return docx.Document(str(target))

    return run

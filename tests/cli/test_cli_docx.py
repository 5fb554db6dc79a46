"""export-docx end to end: the command writes a Word file a person can open."""

from pathlib import Path

import docx
from cli_helpers import document, meeting, write


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

"""A 1,000,001-character field is refused by import in one line; nothing is imported."""

import json
from pathlib import Path

from cli_helpers import document, meeting, row_counts, write


def test_import_refuses_a_field_over_the_limit_and_imports_nothing(run, db, tmp_path: Path):
    run("--db", db, "list")  # the database exists, empty
    huge = meeting(notes="ж" * 1_000_001)
    result = run("--db", db, "import",
                 write(tmp_path / "huge.json", document(meeting(), huge)))
    assert result.code == 1 and result.out == ""
    assert result.err == ("minutes-app: error: meetings[1].notes: "
                          "longer than 1,000,000 characters\n")
    assert row_counts(db)["meeting"] == 0


def test_a_200_mb_field_is_refused_in_one_line_too(run, db, tmp_path: Path):
    """The field a user's damaged export once held: refused by its length, nothing stored,
    and never handed to the window (which froze for minutes on it)."""
    run("--db", db, "list")
    target = tmp_path / "huge.json"
    text = json.dumps(document(meeting(notes="@@")), ensure_ascii=False)
    before, after = text.split('"@@"', 1)
    with target.open("w", encoding="utf-8") as stream:  # 200 MB, written without a copy
        stream.write(before + '"')
        chunk = "протокол " * 1_000_000
        for _ in range(-(-200_000_000 // len(chunk.encode("utf-8")))):
            stream.write(chunk)
        stream.write('"' + after)
    assert target.stat().st_size > 200_000_000
    result = run("--db", db, "import", str(target))
    assert result.code == 1 and result.out == ""
    assert result.err == ("minutes-app: error: meetings[0].notes: "
                          "longer than 1,000,000 characters\n")
    assert row_counts(db)["meeting"] == 0

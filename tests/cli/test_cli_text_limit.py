"""A 1,000,001-character field is refused by import in one line; nothing is imported."""

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

"""The command line with version 2 files: `import` of a whole archive, then `export-json`
gives the same archive back; a directory entry that is wrong is named by its path."""

import json
from dataclasses import replace
from pathlib import Path

from cli_helpers import row_counts, write

from minutes_app.domain import Archive, Person, fold
from minutes_app.interchange import parse_archive
from tests.interchange.archive_example import EXAMPLE_V2, example_v2


def test_import_of_a_version_2_file_then_export_gives_the_same_archive(run, db, tmp_path: Path):
    source = write(tmp_path / "seminar.json", EXAMPLE_V2)
    imported = run("--db", db, "import", source)
    assert imported.code == 0, imported.err
    assert imported.out == "1\n"
    assert imported.err.splitlines() == [
        "minutes-app: warning: bodies[0].members[1]: Общественный совет МВД РК: the member Ким "
        "Ольга Викторовна is neither among the people of this file nor in the directory; added "
        "to it with the name only",
        "minutes-app: warning: meetings[0]: decision 1.1: 20 votes cast, but only 1 members are "
        "present",
    ]
    exported = run("--db", db, "export-json", "-o", "-")
    assert (exported.code, exported.err) == (0, "")
    assert json.loads(exported.out)["version"] == 2
    archive = parse_archive(EXAMPLE_V2)
    # The member no one knew is in the directory now, with the name only.
    expected = replace(archive, people=(*archive.people, Person("Ким", "Ольга", "Викторовна")))
    assert parse_archive(exported.out) == in_directory_order(expected)


def test_the_exported_archive_imports_into_an_empty_database_unchanged(run, db, tmp_path: Path):
    run("--db", db, "import", write(tmp_path / "seminar.json", EXAMPLE_V2))
    backup = tmp_path / "backup.json"
    assert run("--db", db, "export-json", "-o", str(backup)).code == 0
    other = str(tmp_path / "other.sqlite3")
    again = run("--db", other, "import", str(backup))
    assert again.code == 0 and "members[1]" not in again.err  # Ким is in the file's people now
    assert run("--db", other, "export-json", "-o", "-").out == backup.read_text("utf-8")


def test_a_wrong_directory_entry_is_one_line_with_its_path_and_nothing_is_imported(
        run, db, tmp_path: Path):
    document = example_v2()
    document["bodies"][0]["quorum"] = {"count": 0}
    result = run("--db", db, "import", write(tmp_path / "bad.json", document))
    assert result.code == 1 and result.out == ""
    assert result.err == ("minutes-app: error: bodies[0].quorum.count: 0 is not a whole number "
                          "of 1 or more\n")
    counts = row_counts(db)
    assert [counts[t] for t in ("organization", "person", "body", "meeting")] == [0, 0, 0, 0]


def in_directory_order(archive: Archive) -> Archive:
    """The directory in the order the database lists it."""
    return Archive(
        tuple(sorted(archive.organizations, key=lambda o: fold(o.name))),
        tuple(sorted(archive.people, key=lambda p: (fold(p.surname), fold(p.given_name)))),
        tuple(sorted(archive.bodies, key=lambda b: fold(b.name))), archive.meetings)

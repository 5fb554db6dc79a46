"""An exported document names nobody it should not: not the computer's user, not their home
folder, not the people who made the letterhead (reliability-and-pitfalls §F)."""

import getpass
import zipfile
from pathlib import Path

import pytest

from minutes_app.export import DocxOptions, write_docx
from tests.export.samples import BODY, ORGANIZATION, russian_meeting
from tests.export.templates import LETTERHEAD_PEOPLE, with_people

REAL_USER = getpass.getuser()
REAL_HOME = str(Path.home())


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user and home folder with names no document could contain by chance."""
    folder = tmp_path / "home-of-ivanova-secretary"
    folder.mkdir()
    for variable in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(variable, "ivanova.secretary")
    monkeypatch.setenv("HOME", str(folder))
    return folder


def every_part(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {info.filename: package.read(info).decode("utf-8", "replace")
                for info in package.infolist()}


def names_in(path: Path, names: list[str]) -> list[tuple[str, str]]:
    return [(part, name) for part, text in every_part(path).items()
            for name in names if name.lower() in text.lower()]


@pytest.mark.parametrize("with_letterhead", [False, True])
def test_no_user_home_or_letterhead_author_in_any_part(home, with_letterhead):
    (home / "Documents").mkdir()
    template = with_people(home / "Documents" / "бланк.docx") if with_letterhead else None
    assert getpass.getuser() == "ivanova.secretary" and str(Path.home()) == str(home)
    target = home / "Documents" / "Протокол.docx"

    write_docx(russian_meeting(), target, DocxOptions(author="Секретарь совета"), BODY,
               ORGANIZATION, template)

    forbidden = ["ivanova", str(home), "home-of", "python-docx", *LETTERHEAD_PEOPLE,
                 "бланк.docx", "Documents"]
    # the real account too, where its name is distinctive enough to search for ("root" is
    # also an XML word)
    forbidden += [name for name in (REAL_USER, REAL_HOME) if len(name) >= 6]
    assert names_in(target, forbidden) == []
    parts = every_part(target)
    assert "Секретарь совета" in parts["docProps/core.xml"]
    assert not [name for name in parts if name in ("docProps/custom.xml", "docProps/app.xml")
                or "comments" in name or "people" in name]

"""tests/conftest.py marks the tests that drive Qt with `gui`, so the core can run alone."""

from pathlib import Path

import pytest

ROOT_CONFTEST = Path(__file__).with_name("conftest.py")


@pytest.fixture
def small_suite(pytester: pytest.Pytester) -> pytest.Pytester:
    """A copy of our conftest over four tests: two by fixture, one by folder, one core."""
    pytester.makeconftest(ROOT_CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    gui: drives real Qt widgets\n")
    (pytester.path / "gui").mkdir()
    (pytester.path / "core").mkdir()
    (pytester.path / "gui" / "test_window.py").write_text(
        "def test_uses_qtbot(qtbot):\n    pass\n\n"
        "def test_in_the_gui_folder_without_qt():\n    pass\n")
    (pytester.path / "core" / "test_rules.py").write_text(
        "def test_plain_rule():\n    pass\n\n"
        "def test_uses_qapp(qapp):\n    pass\n")
    return pytester


def _collected(pytester: pytest.Pytester, *args: str) -> list[str]:
    result = pytester.runpytest("--collect-only", "-q", *args)
    return sorted(line for line in result.outlines if "::" in line)


def test_only_the_core_runs_without_gui(small_suite):
    assert _collected(small_suite, "-m", "not gui") == ["core/test_rules.py::test_plain_rule"]


def test_tests_using_qt_fixtures_or_in_tests_gui_are_marked(small_suite):
    assert _collected(small_suite, "-m", "gui") == [
        "core/test_rules.py::test_uses_qapp",
        "gui/test_window.py::test_in_the_gui_folder_without_qt",
        "gui/test_window.py::test_uses_qtbot",
    ]


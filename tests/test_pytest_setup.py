"""Our pytest set-up: tests that drive Qt are marked `gui` (tests/conftest.py), and a Qt
warning fails its test unless it is the offscreen platform's own (pyproject.toml)."""

import tomllib
from pathlib import Path

import pytest

ROOT_CONFTEST = Path(__file__).with_name("conftest.py")
PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


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



def test_a_qt_warning_fails_its_test_but_the_offscreen_plugins_own_do_not(
        pytester: pytest.Pytester):
    options = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"]
    ignored = "".join(f"\n    {pattern}" for pattern in options["qt_log_ignore"])
    pytester.makeini(f"[pytest]\nqt_api = pyside6\n"
                     f"qt_log_level_fail = {options['qt_log_level_fail']}\n"
                     f"qt_log_ignore ={ignored}\n")
    pytester.makepyfile(test_warnings="""
        from PySide6.QtCore import qWarning

        def test_a_real_warning(qapp):
            qWarning("QObject::connect: No such signal QObject::nothing()")

        def test_the_platforms_own(qapp):
            qWarning("This plugin does not support propagateSizeHints()")
            qWarning("This plugin does not support raise()")
            qWarning("This plugin does not support grabbing the keyboard")
    """)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*Failure: Qt messages with level WARNING or above emitted",
                                 "QtWarningMsg: QObject::connect: No such signal*",
                                 "FAILED test_warnings.py::test_a_real_warning"])

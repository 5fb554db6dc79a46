"""Fixtures of the window tests: a real SQLite file, real services, an ini-file QSettings."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QLocale, QSettings

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Tests expect the English interface and British dates unless they choose otherwise."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def no_unanswered_conflict_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real conflict dialog waits for a click no test gives: a test that meets one unawares
    fails at once instead of hanging the run (a test that answers it patches it itself)."""
    from minutes_app.ui.dialogs import conflict_dialog

    def unanswered(conflict: object, _parent: object) -> None:
        raise AssertionError(f"a conflict dialog nobody answers: {conflict}")

    monkeypatch.setattr(conflict_dialog, "ask_about_conflict", unanswered)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def stored_meetings(services: Services) -> list[Meeting]:
    """Three meetings of two bodies on different dates."""
    road_safety = "заседания по вопросам дорожной безопасности"
    return [
        services.meetings.create(council_meeting("1", date(2026, 1, 20))),
        services.meetings.create(council_meeting("2", date(2026, 2, 17), title=road_safety)),
        services.meetings.create(council_meeting("7", date(2025, 11, 5),
                                                 title="семинара для представителей НПО",
                                                 body="Комиссия по этике")),
    ]

"""The program's log (minutes_app/logs.py): a rotating file in the chosen folder, a record of
each start, and no failure when the folder cannot be written."""

import logging

import pytest

from minutes_app import logs


@pytest.fixture(autouse=True)
def _stopped():
    yield
    logs.stop_logging()


def test_a_start_is_logged_with_the_version_in_the_chosen_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    path = logs.start_logging()
    assert path == tmp_path / "logs" / logs.LOG_NAME
    logging.getLogger("minutes_app.test").warning("кириллица в журнале")
    logs.stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "Minutes" in text and "started" in text
    assert "WARNING minutes_app.test: кириллица в журнале" in text


def test_the_log_rotates_and_keeps_five_old_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.start_logging(tmp_path)
    for i in range(400):
        logging.getLogger("minutes_app.test").warning("line %d %s", i, "x" * 50)
    logs.stop_logging()
    names = sorted(p.name for p in tmp_path.glob("minutes.log*"))
    assert names == ["minutes.log", *[f"minutes.log.{i}" for i in range(1, 6)]]
    assert path.stat().st_size <= 2_000


def test_a_folder_that_cannot_be_made_gives_no_log_and_no_error(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert logs.start_logging(blocked / "logs") is None


def test_starting_twice_moves_the_log_without_writing_twice(tmp_path):
    logs.start_logging(tmp_path / "one")
    logs.start_logging(tmp_path / "two")
    logging.getLogger("minutes_app.test").warning("only once")
    logs.stop_logging()
    assert "only once" not in (tmp_path / "one" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert (tmp_path / "two" / logs.LOG_NAME).read_text(encoding="utf-8").count("only once") == 1

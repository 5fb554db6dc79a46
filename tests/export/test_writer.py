"""Writing the file: all or nothing, the previous file intact on failure, a held file named."""

import errno
import os
import stat

import docx
import pytest

from minutes_app import files
from minutes_app.export import TargetError, TargetLockedError, write_docx
from tests.export.samples import english_meeting, russian_meeting

PREVIOUS = b"the protocol exported yesterday"


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "Протокол 3.docx"
    path.write_bytes(PREVIOUS)
    return path


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "Протокол 3.docx")


def test_writes_a_document_that_opens_and_replaces_the_previous_one(target):
    assert write_docx(russian_meeting(), target) == target

    assert docx.Document(str(target)).paragraphs[1].text == "ПРОТОКОЛ"
    assert leftovers(target.parent) == []


def test_new_file_is_readable_by_colleagues(tmp_path):
    target = write_docx(russian_meeting(), tmp_path / "new.docx")

    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_a_failing_save_leaves_the_previous_file_and_no_temporary_file(target, monkeypatch):
    def broken_save(self, stream):
        raise RuntimeError("serialisation failed")

    monkeypatch.setattr("docx.document.Document.save", broken_save)

    with pytest.raises(RuntimeError):
        write_docx(russian_meeting(), target)

    assert target.read_bytes() == PREVIOUS
    assert leftovers(target.parent) == []


def test_disk_full_while_writing_is_one_clear_message(target, monkeypatch):
    def full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)

    with pytest.raises(TargetError, match=r"could not write Протокол 3\.docx in .*: No space left"):
        write_docx(russian_meeting(), target)

    assert target.read_bytes() == PREVIOUS
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("owner", ["~$Протокол 3.docx", "~$отокол 3.docx",
                                   ".~lock.Протокол 3.docx#"])
def test_a_target_open_in_word_or_libreoffice_is_named(target, owner):
    (target.parent / owner).write_bytes(b"owner")

    with pytest.raises(TargetLockedError) as caught:
        write_docx(russian_meeting(), target)

    message = str(caught.value)
    assert "Протокол 3.docx is open in another program" in message
    assert owner in message and "\n" not in message
    assert target.read_bytes() == PREVIOUS
    assert leftovers(target.parent) == [owner]


def test_a_target_held_by_another_program_on_replace(target, monkeypatch):
    """Windows refuses os.replace with PermissionError while any program holds the target."""
    calls = []

    def refused(source, destination):
        calls.append(destination)
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(files, "RETRY_DELAYS", (0, 0))

    with pytest.raises(TargetLockedError, match="held open by another program"):
        write_docx(russian_meeting(), target)

    assert len(calls) == 3  # retried: antivirus and OneDrive let go after a moment
    assert target.read_bytes() == PREVIOUS
    assert leftovers(target.parent) == []


def test_a_brief_hold_is_waited_out(target, monkeypatch):
    real_replace = os.replace
    attempts = []

    def busy_once(source, destination):
        attempts.append(1)
        if len(attempts) == 1:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", busy_once)
    monkeypatch.setattr(files, "RETRY_DELAYS", (0,))

    write_docx(english_meeting(), target)

    assert docx.Document(str(target)).paragraphs[1].text == "MINUTES"


def test_missing_folder_and_folder_target(tmp_path):
    with pytest.raises(TargetError, match="does not exist"):
        write_docx(russian_meeting(), tmp_path / "nowhere" / "p.docx")
    with pytest.raises(TargetError, match="is a folder"):
        write_docx(russian_meeting(), tmp_path)


def test_a_folder_we_may_not_write_in(target, monkeypatch):
    def denied(path, flags, mode=0o777):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", denied)

    with pytest.raises(TargetError, match=r"could not write Протокол 3\.docx in .*: Permission"):
        write_docx(russian_meeting(), target)
    assert target.read_bytes() == PREVIOUS


def test_a_read_only_target_is_refused_with_one_line(target):
    target.chmod(0o444)  # root ignores the bits for writing; the export must not

    with pytest.raises(TargetError) as caught:
        write_docx(russian_meeting(), target)

    assert str(caught.value) == ("Протокол 3.docx is read-only, so it is kept as it is; choose "
                                 "another name, or clear its read-only mark first")
    assert target.read_bytes() == PREVIOUS
    assert leftovers(target.parent) == []


def test_a_245_byte_file_name_is_exported(tmp_path):
    target = tmp_path / ("Протокол заседания " + "П" * 102 + ".docx")
    assert len(target.name.encode()) == 245

    write_docx(russian_meeting(), target)

    assert docx.Document(str(target)).paragraphs[1].text == "ПРОТОКОЛ"

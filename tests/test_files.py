"""Writing the user's files: whole or not at all, never over a read-only file, short
temporary names, and no hidden temporary file outliving a killed export."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from minutes_app import files
from minutes_app.files import TargetReadOnly, free_name, write_atomically


def hidden_temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~mn-"))


def test_a_file_is_written_whole_and_no_temporary_remains(tmp_path):
    target = tmp_path / "протокол.docx"
    target.write_bytes(b"old")

    write_atomically(target, b"new")

    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["протокол.docx"]


def test_a_file_written_piece_by_piece_replaces_the_old_one_only_when_whole(tmp_path):
    """A file too big to hold (a decade's JSON) is written as it is made: an error half way
    leaves the old file and no temporary; the end of the block puts the new one in place."""
    target = tmp_path / "archive.json"
    target.write_bytes(b"yesterday's copy")

    with pytest.raises(RuntimeError), files.written_atomically(target) as stream:
        stream.write(b"half of today's")
        raise RuntimeError("the database failed while it was read")
    assert target.read_bytes() == b"yesterday's copy"
    assert hidden_temporaries(tmp_path) == []

    with files.written_atomically(target) as stream:
        for part in (b"today's ", b"whole ", b"copy"):
            stream.write(part)
            assert target.read_bytes() == b"yesterday's copy"  # not in place until the end
    assert target.read_bytes() == b"today's whole copy"
    assert [p.name for p in tmp_path.iterdir()] == ["archive.json"]


def test_a_read_only_target_is_refused_and_kept(tmp_path):
    target = tmp_path / "signed.docx"
    target.write_bytes(b"the signed copy")
    target.chmod(0o444)
    assert os.stat(target).st_mode & 0o222 == 0  # root could still write it: the bits decide

    with pytest.raises(TargetReadOnly) as caught:
        write_atomically(target, b"new")

    assert caught.value.strerror == "signed.docx is read-only"
    assert target.read_bytes() == b"the signed copy"
    assert hidden_temporaries(tmp_path) == []


def test_the_longest_legal_file_name_works(tmp_path):
    name = "П" * 120 + ".docx"  # 245 bytes in UTF-8: legal, 10 bytes below the limit
    assert len(name.encode()) == 245
    target = tmp_path / name

    write_atomically(target, b"data")
    write_atomically(target, b"again")  # replacing it works too

    assert target.read_bytes() == b"again"
    assert len(files.temporary_name()) == len(".~mn-0123abcd.tmp")


def test_free_names_count_up_from_two(tmp_path):
    target = tmp_path / "Протокол №3.docx"
    assert free_name(target) == tmp_path / "Протокол №3 (2).docx"
    target.write_bytes(b"")
    (tmp_path / "Протокол №3 (2).docx").write_bytes(b"")
    assert free_name(target) == tmp_path / "Протокол №3 (3).docx"


def test_only_our_own_old_temporaries_are_cleaned_up(tmp_path):
    old = time.time() - 2 * files.STALE_AFTER_SECONDS
    ours_old = tmp_path / ".~mn-0a1b2c3d.tmp"
    ours_fresh = tmp_path / ".~mn-99999999.tmp"  # perhaps an export running right now
    foreign = tmp_path / ".~lock.protocol.docx#"
    lookalike = tmp_path / ".~mn-notours.tmp"
    for path in (ours_old, ours_fresh, foreign, lookalike):
        path.write_bytes(b"x")
        if path is not ours_fresh:
            os.utime(path, (old, old))

    write_atomically(tmp_path / "out.json", b"{}")

    assert not ours_old.exists()
    assert ours_fresh.exists() and foreign.exists() and lookalike.exists()


DRIVER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from minutes_app import files

    real_fsync = os.fsync

    def slow_fsync(descriptor):  # the data is written; the export is killed before the rename
        real_fsync(descriptor)
        print("writing", flush=True)
        time.sleep(60)

    os.fsync = slow_fsync
    files.write_atomically(Path(sys.argv[1]), b"new" * 100_000)
""")


def test_a_temporary_left_by_a_killed_export_goes_at_the_next_export(tmp_path):
    target = tmp_path / "Протокол.docx"
    target.write_bytes(b"the earlier export")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    process = subprocess.Popen([sys.executable, str(driver), str(target)],
                               stdout=subprocess.PIPE, cwd=Path(__file__).parents[1])
    try:
        assert process.stdout.readline() == b"writing\n"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    [left] = hidden_temporaries(tmp_path)
    assert (tmp_path / left).stat().st_size == 300_000  # killed after writing, before renaming
    assert target.read_bytes() == b"the earlier export"

    write_atomically(tmp_path / "other.docx", b"fresh")  # a minute has not passed: it stays
    assert hidden_temporaries(tmp_path) == [left]
    old = time.time() - 2 * files.STALE_AFTER_SECONDS
    os.utime(tmp_path / left, (old, old))
    write_atomically(target, b"the next export")

    assert hidden_temporaries(tmp_path) == []
    assert target.read_bytes() == b"the next export"

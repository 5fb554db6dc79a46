"""The Word file converted to PDF by LibreOffice, when it is installed: exactly the pages Word
would print. No Qt here; the services fall back to Qt's own PDF writer without LibreOffice.

LibreOffice runs headless with a profile of its own in a temporary folder (a running
LibreOffice of the user's, or a damaged profile, would otherwise take the conversion over),
in its own process group, killed whole when it finishes or times out: soffice can leave a
helper process behind (oosplash, soffice.bin).
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from minutes_app.export.errors import ExportError
from minutes_app.export.writer import write_bytes_atomically

# A protocol converts in seconds; the first start of a fresh profile takes longest.
TIMEOUT_SECONDS = 180
_NAMES = ("soffice", "libreoffice")
# Windows' own process group (POSIX uses a new session); 0 elsewhere
_NEW_GROUP: int = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)


class ConversionError(ExportError):
    """LibreOffice did not make a PDF of the document; the message says what it said."""


class ConversionTimeout(ConversionError):
    """LibreOffice did not finish in time (and was stopped)."""


def find_libreoffice() -> Path | None:
    """LibreOffice's program on the PATH, or (Windows, macOS) where its installer puts it."""
    for name in _NAMES:
        found = shutil.which(name)
        if found is not None:
            return Path(found)
    return next((path for path in _install_places() if path.is_file()), None)


def _install_places() -> list[Path]:
    if sys.platform == "win32":
        folders = (os.environ.get(v) for v in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"))
        return [Path(f) / "LibreOffice" / "program" / "soffice.exe" for f in folders if f]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return []


def convert_to_pdf(source: Path, target: Path, soffice: Path,
                   timeout: float | None = None) -> None:
    """Convert the .docx `source` and put the PDF at `target` atomically (the previous file
    stays whole if anything fails). Raises ConversionError, ConversionTimeout, TargetError,
    TargetLockedError. `timeout`: seconds, TIMEOUT_SECONDS when None."""
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as work:
        folder = Path(work)
        output = folder / "pdf"
        said = _run(soffice, source, output, folder / "profile", timeout or TIMEOUT_SECONDS)
        made = output / f"{source.stem}.pdf"
        if not made.is_file() or made.stat().st_size == 0:
            raise ConversionError(f"LibreOffice made no PDF of the document: {said}")
        write_bytes_atomically(target, made.read_bytes())


def _run(soffice: Path, source: Path, output: Path, profile: Path, timeout: float) -> str:
    """Run the conversion; returns the last line LibreOffice printed."""
    command = [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(output), str(source)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, start_new_session=os.name == "posix",
                                   creationflags=_NEW_GROUP)
    except OSError as error:
        raise ConversionError(f"LibreOffice ({soffice}) could not be started: "
                              f"{error.strerror or error}") from None
    try:
        said, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        with contextlib.suppress(subprocess.TimeoutExpired):  # a helper may keep the pipe
            process.communicate(timeout=10)
        raise ConversionTimeout(f"LibreOffice did not finish converting the document to PDF "
                                f"in {timeout:g} seconds and was stopped; close any LibreOffice "
                                "window and try again") from None
    finally:
        _kill(process)  # a helper may outlive soffice in its group
    last = (said.decode(errors="replace").strip().splitlines() or ["no message"])[-1].strip()
    if process.returncode != 0:
        raise ConversionError(f"LibreOffice could not convert the document to PDF "
                              f"(exit code {process.returncode}): {last}")
    return last


def _kill(process: "subprocess.Popen[bytes]") -> None:
    """The whole process group on POSIX; the process itself on Windows."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    elif process.poll() is None:
        process.kill()

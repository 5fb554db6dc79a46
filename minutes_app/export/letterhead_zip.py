"""Reading a letterhead's zip package without trusting it.

A letterhead comes from anywhere (a colleague's e-mail, a shared folder), so its package is read
with hard bounds and every member is checked before any XML parser sees it:

- at most `MAX_MEMBERS` members and `MAX_UNPACKED` bytes unpacked in all. Sizes are counted
  while decompressing, in chunks, never taken from the zip's headers: a 1 MB zip may claim
  tiny sizes and unpack to gigabytes (a zip bomb). A member whose real size differs from
  the size it declares is refused too;
- no encrypted member, no password-protected Office file;
- no DOCTYPE or entity declaration in any member, whatever its name or encoding (UTF-8,
  UTF-16 and UTF-32, with or without a byte-order mark): Word never writes one, and it is
  how "billion laughs" and external-entity (XXE) attacks start.

Every refusal is a TemplateError with one line naming the letterhead and the reason.
"""

import io
import zipfile
from collections.abc import Iterator
from typing import IO

from minutes_app.export.errors import TemplateError

MAX_MEMBERS = 2_000  # a real letterhead has 10-40 parts
MAX_UNPACKED = 50 * 2**20  # a real letterhead unpacks to a few MB (a logo, fonts)
_CHUNK = 64 * 2**10
_ENCRYPTED_FLAG = 0x1
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc (and other OLE files)
# A .docx saved with a password is an OLE file holding an "EncryptedPackage" stream.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DECLARATIONS = ("<!DOCTYPE", "<!ENTITY")
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_FORBIDDEN = tuple(word.encode(encoding) for word in _DECLARATIONS for encoding in _ENCODINGS)


def check_not_ole(data: bytes, label: str) -> None:
    """Refuse old .doc files and password-protected Word files with a line saying which."""
    if not data.startswith(_OLE_MAGIC):
        return
    if _ENCRYPTED_PACKAGE in data:
        raise TemplateError(f"{label} is protected with a password; save it in Word without "
                            "one and choose it again")
    raise TemplateError(f"{label} is an old Word 97-2003 .doc file; save it as .docx in Word")


def read_members(data: bytes, label: str) -> dict[str, bytes]:
    """Every file member of the zip `data`, checked as the module says; name -> bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise TemplateError(f"{label} has {len(infos)} parts; a letterhead may have "
                                    f"at most {MAX_MEMBERS}")
            members: dict[str, bytes] = {}
            budget = MAX_UNPACKED
            for info in infos:
                if info.flag_bits & _ENCRYPTED_FLAG:
                    raise TemplateError(f"{label} is encrypted; save it in Word without a "
                                        "password and choose it again")
                content = _read_member(archive, info, budget, label)
                budget -= len(content)
                _check_no_declarations(content, info.filename, label)
                members[info.filename] = content
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError,
            RuntimeError):
        # RuntimeError: zipfile's "password required"; NotImplementedError: an unknown
        # compression method.
        raise TemplateError(f"{label} is not a Word .docx file (not a valid zip package)") \
            from None
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int,
                 label: str) -> bytes:
    """The member's bytes, refusing as soon as they pass the remaining budget."""
    if info.file_size > budget:  # honest but too big: no need to unpack it to know
        raise _too_big(label)
    content = io.BytesIO()
    try:
        with archive.open(info) as stream:
            for chunk in _chunks(stream):
                if content.tell() + len(chunk) > budget:
                    raise _too_big(label)
                content.write(chunk)
    except (zipfile.BadZipFile, EOFError):  # zipfile stops at the declared size, then the
        raise _lying(info, label) from None  # checksum is wrong
    if content.tell() != info.file_size:
        raise _lying(info, label)
    return content.getvalue()


def _lying(info: zipfile.ZipInfo, label: str) -> TemplateError:
    return TemplateError(f"{label} is damaged: the part {info.filename} does not match its "
                         "size or checksum")


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(_CHUNK):
        yield chunk


def _too_big(label: str) -> TemplateError:
    return TemplateError(f"{label} unpacks to more than {MAX_UNPACKED // 2**20} MB; a "
                         "letterhead is a few hundred KB")


def _check_no_declarations(content: bytes, name: str, label: str) -> None:
    if any(needle in content for needle in _FORBIDDEN):
        raise TemplateError(f"{label} declares a DOCTYPE or entities in {name}, which Word "
                            "never writes (a possible attack); it is not used")

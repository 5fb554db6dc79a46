"""Hostile letterheads: live links, active content and people's traces are removed; entity
declarations, zip bombs and encrypted files are refused with one line. Every result is read
back from the .docx's own XML parts."""

import io
import re
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from minutes_app.export import TemplateError, write_docx
from minutes_app.export.letterhead_cleaning import LIVE_FIELDS
from minutes_app.export.letterhead_zip import MAX_MEMBERS, MAX_UNPACKED
from tests.export.conftest import lines
from tests.export.samples import russian_meeting
from tests.export.templates import (
    LETTERHEAD_PEOPLE,
    active_content,
    hostile,
    letterhead,
    live_links,
    rewritten,
    with_people,
)
from tests.export.test_pdf_conversion import _convert, _pages, _soffice

_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


def everything(path: Path) -> bytes:
    return b"\n".join(parts(path).values())


def text_of(part) -> str:
    return "".join(t.text or "" for t in part._element.iter(qn("w:t")))


def field_codes(path: Path) -> list[str]:
    """The instruction of every field in every part (complex and simple)."""
    from lxml import etree

    codes: list[str] = []
    for name, data in parts(path).items():
        if not name.endswith(".xml") or name == "[Content_Types].xml":
            continue
        root = etree.fromstring(data)
        codes += [e.text or "" for e in root.iter(qn("w:instrText"))]
        codes += [e.get(qn("w:instr")) for e in root.iter(qn("w:fldSimple"))]
    return codes


def assert_consistent(path: Path) -> None:
    """Content types and relationships agree with the members: nothing dangling, nothing
    without a type, nothing external."""
    from lxml import etree

    members = parts(path)
    types = etree.fromstring(members["[Content_Types].xml"])
    defaults = {d.get("Extension").lower() for d in types.iter(f"{_TYPES}Default")}
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{_TYPES}Override")}
    assert overrides <= set(members), overrides - set(members)
    for name in members:
        if name != "[Content_Types].xml":
            assert name in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
    for name, data in members.items():
        if not name.endswith(".rels"):
            continue
        folder = name.split("_rels/")[0]
        for relationship in etree.fromstring(data).iter(f"{_RELS}Relationship"):
            assert relationship.get("TargetMode") != "External", (name, relationship.attrib)
            target = relationship.get("Target")
            resolved = target.lstrip("/") if target.startswith("/") else \
                str(Path(folder, target)).replace("\\", "/")
            resolved = re.sub(r"[^/]+/\.\./", "", resolved)
            assert resolved in members, (name, target)


# --- live links -------------------------------------------------------------------------------
def test_live_link_fields_keep_their_shown_result_as_plain_text(export, tmp_path):
    doc = export(russian_meeting(), template=live_links(tmp_path / "links.docx"))
    out = tmp_path / "out.docx"

    got = lines(doc)
    for shown in ("cached-picture", "cached-included", "cached-link", "cached-ddeauto",
                  "after-dde", "cached-hyperlink", "outer-nested", "after-unterminated"):
        assert shown in got
    assert got.index("cached-picture") < got.index("ПРОТОКОЛ")  # still the letterhead block
    section = doc.sections[-1]
    assert "header-cachedheader-dde-cached" in text_of(section.first_page_header)
    assert "footer-cachedfooter-link-cached" in text_of(section.footer)
    codes = field_codes(out)
    assert not [c for c in codes if c.split() and c.split()[0].upper() in LIVE_FIELDS]
    assert any("PAGE" in code for code in codes)  # our own page number field stays
    assert b"evil" not in everything(out)


def test_external_targets_and_picture_paths_never_reach_the_output(export, tmp_path):
    export(russian_meeting(), template=live_links(tmp_path / "links.docx"))
    out = tmp_path / "out.docx"

    data = everything(out)
    assert b'TargetMode="External"' not in data
    assert b"evil-server" not in data and b"attachedTemplate" not in data
    assert b"o:href" not in data and b"linked.png" not in data
    assert_consistent(out)


def test_active_content_comments_and_tracked_changes_are_removed(export, tmp_path):
    doc = export(russian_meeting(), template=active_content(tmp_path / "active.docx"))
    out = tmp_path / "out.docx"

    names = list(parts(out))
    for word in ("activeX", "embeddings", "oleObject", "afchunk", "comments", "people",
                 "vbaData", "customXml"):
        assert not [n for n in names if word.lower() in n.lower()], word
    data = everything(out)
    for trace in (b"w:object", b"OLEObject", b"w:control", b"altChunk", b"commentReference",
                  b"commentRangeStart", b"<w:ins ", b"<w:del ", b"rPrChange", b"pPrChange",
                  b"trackRevisions", b"w:author", b"Evil", b"Secret comment",
                  b"rejected-deletion", b"header-deletion", b"moved-away", b"deleted-row",
                  *(name.encode() for name in LETTERHEAD_PEOPLE)):
        assert trace not in data, trace
    got = lines(doc)
    assert "accepted-insert kept" in got and "commented" in got and "after-ole" in got
    assert "moved-here" in got and "kept-row" in got and "inserted-row" in got
    assert len(doc.tables[0].rows) == 2  # the deleted row is gone, the inserted one stays
    assert "header-insert" in text_of(doc.sections[-1].first_page_header)
    assert_consistent(out)


@pytest.mark.parametrize("make", [hostile, live_links, active_content, with_people])
def test_cleaned_packages_stay_consistent(export, tmp_path, make):
    export(russian_meeting(), template=make(tmp_path / "letterhead.docx"))

    assert_consistent(tmp_path / "out.docx")


# --- refusals ---------------------------------------------------------------------------------
BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                  "<w:document>&lol2;</w:document>")
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'


def _declaring(source: Path, target: Path, member: str, data: bytes) -> Path:
    return rewritten(source, target, {member: data})


@pytest.mark.parametrize(("member", "data"), [
    ("word/document.xml", BILLION_LAUGHS.encode("utf-8")),
    ("word/document.xml", b"\xff\xfe" + BILLION_LAUGHS.encode("utf-16-le")),
    ("word/document.xml", b"\xfe\xff" + BILLION_LAUGHS.encode("utf-16-be")),
    ("word/document.xml", BILLION_LAUGHS.encode("utf-16-le")),  # no byte-order mark
    ("word/document.xml", BILLION_LAUGHS.encode("utf-16-be")),
    ("word/styles.xml", b"\xef\xbb\xbf" + XXE.encode()),
    ("word/_rels/document.xml.rels", XXE.encode()),
    ("word/drawing.vml", XXE.encode("utf-16")),
    ("word/evil", XXE.encode("utf-16-le")),  # a part without an extension, unreferenced
])
def test_entity_declarations_are_refused_in_any_part_and_encoding(export, tmp_path, member,
                                                                   data):
    good = export(russian_meeting()) and (tmp_path / "out.docx").read_bytes()
    template = _declaring(letterhead(tmp_path / "good.docx"), tmp_path / "evil.docx", member,
                          data)

    with pytest.raises(TemplateError) as caught:
        export(russian_meeting(), template=template)

    assert str(caught.value) == (f"letterhead evil.docx declares a DOCTYPE or entities in "
                                 f"{member}, which Word never writes (a possible attack); "
                                 "it is not used")
    assert (tmp_path / "out.docx").read_bytes() == good  # the earlier export is untouched


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _with_good_parts(path: Path) -> dict[str, bytes]:
    return parts(letterhead(path))


def _patch_headers(data: bytes, name: str, *, size: int | None = None,
                   flags: int | None = None) -> bytes:
    """Rewrite a member's declared size or flags in its local and central headers."""
    patched = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        local = package.getinfo(name).header_offset
    central = struct.unpack_from("<I", data, data.rindex(b"PK\x05\x06") + 16)[0]
    while True:  # walk the central directory to the member's entry
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        extra, comment = struct.unpack_from("<HH", data, central + 30)
        if data[central + 46: central + 46 + name_length].decode() == name:
            break
        central += 46 + name_length + extra + comment
    if size is not None:
        struct.pack_into("<I", patched, local + 22, size)
        struct.pack_into("<I", patched, central + 24, size)
    if flags is not None:
        struct.pack_into("<H", patched, local + 6, flags)
        struct.pack_into("<H", patched, central + 8, flags)
    return bytes(patched)


def _bomb(tmp_path: Path, claimed: int | None, megabytes: int = 300) -> Path:
    """A letterhead whose logo unpacks to `megabytes` of zeros; its headers claim
    `claimed` bytes (None: the truth)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in _with_good_parts(tmp_path / "good.docx").items():
            package.writestr(name, data)
        with package.open("word/media/logo.png", "w") as logo:
            chunk = bytes(2**20)
            for _ in range(megabytes):
                logo.write(chunk)
    data = buffer.getvalue()
    if claimed is not None:
        data = _patch_headers(data, "word/media/logo.png", size=claimed)
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("claimed", "message"), [
    (None, f"unpacks to more than {MAX_UNPACKED // 2**20} MB"),
    (1_000, "is damaged: the part word/media/logo.png does not match its size or checksum"),
    (40 * 2**20, "is damaged: the part word/media/logo.png does not match its size or "
                 "checksum"),
])
def test_a_zip_bomb_is_refused_without_unpacking_it(export, tmp_path, claimed, message):
    bomb = _bomb(tmp_path, claimed)
    assert bomb.stat().st_size < 2 * 2**20  # 300 MB of zeros packed into a few hundred KB

    tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as caught:
            export(russian_meeting(), template=bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert message in str(caught.value)
    assert peak < 60 * 2**20, f"peak {peak / 2**20:.0f} MB"  # bounded by the budget, not 300 MB


def test_a_letterhead_within_the_budget_still_works(export, tmp_path):
    """The budget is not a size check on the zip: 10 MB of zeros is a fine (big) logo."""
    doc = export(russian_meeting(), template=_bomb(tmp_path, None, megabytes=10))

    assert lines(doc)[0] == "ТОО «Бланк и партнёры»"


def test_too_many_members_are_refused(export, tmp_path):
    members = _with_good_parts(tmp_path / "good.docx")
    members.update({f"word/media/dot{i}.png": b"" for i in range(MAX_MEMBERS)})
    template = tmp_path / "many.docx"
    template.write_bytes(_zip(members, zipfile.ZIP_STORED))

    with pytest.raises(TemplateError, match=f"at most {MAX_MEMBERS}"):
        export(russian_meeting(), template=template)


def test_an_encrypted_zip_member_is_refused(export, tmp_path):
    data = _zip(_with_good_parts(tmp_path / "good.docx"))
    template = tmp_path / "locked.docx"
    template.write_bytes(_patch_headers(data, "word/styles.xml", flags=0x1))

    with pytest.raises(TemplateError) as caught:
        export(russian_meeting(), template=template)

    assert str(caught.value) == ("letterhead locked.docx is encrypted; save it in Word without "
                                 "a password and choose it again")


def test_a_password_protected_word_file_is_named_as_such(export, tmp_path):
    # What Word writes for "Encrypt with password": an OLE file with an EncryptedPackage.
    template = tmp_path / "secret.docx"
    template.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
                         + "EncryptedPackage".encode("utf-16-le") + bytes(500))

    with pytest.raises(TemplateError, match="is protected with a password"):
        export(russian_meeting(), template=template)


@pytest.mark.slow
def test_documents_built_on_cleaned_letterheads_open_in_libreoffice(tmp_path):
    soffice = _soffice()
    sources = [write_docx(russian_meeting(), tmp_path / f"{make.__name__}.docx",
                          template=make(tmp_path / f"{make.__name__}-letterhead.docx"))
               for make in (hostile, live_links, active_content, with_people)]

    _convert(soffice, sources, tmp_path / "pdf", tmp_path / "profile")

    for source in sources:
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        assert pdf.is_file() and _pages(pdf) >= 1, source.name

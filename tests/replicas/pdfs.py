"""PDFs built in code for the replicas, the tests and the benchmark: no binary fixtures in the repository.

``text_pdf`` writes a small, valid PDF 1.4 by hand (Helvetica, WinAnsi text, one content stream per page,
optionally Flate-compressed, with an Info dictionary), the shape agencies' office software produces for a
statistical release or a statement. ``scanned_pdf`` draws text into a bitmap with Pillow and saves it as an
image-only PDF, like a scanned letter. The bad inputs (encrypted, corrupt, truncated, bombs) are built from
these. Each builder is deterministic, so the same call gives the same bytes (and the same content hash).
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
LEFT, TOP, LEADING = 56, 790, 15


@dataclass
class Table:
    """Rows of cells drawn at fixed column positions (each cell its own text object, as real PDFs do)."""

    rows: list[list[str]]
    columns: tuple[int, ...] = (56, 260, 380, 480)


@dataclass
class Page:
    lines: list[str] = field(default_factory=list)
    heading: str | None = None
    table: Table | None = None


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _show(x: float, y: float, size: int, text: str) -> bytes:
    return b"BT /F1 %d Tf %g %g Td (%s) Tj ET\n" % (size, x, y, _escape(text))


def _content(page: Page) -> bytes:
    out, y = [], TOP
    if page.heading:
        out.append(_show(LEFT, y, 16, page.heading))
        y -= 2 * LEADING
    for line in page.lines:
        out.append(_show(LEFT, y, 11, line))
        y -= LEADING
    if page.table:
        y -= LEADING
        for row in page.table.rows:
            for x, cell in zip(page.table.columns, row):
                out.append(_show(x, y, 10, cell))
            y -= LEADING
    return b"".join(out)


def _pdf_string(text: str) -> bytes:
    return b"(" + _escape(text) + b")"


def assemble(objects: list[bytes]) -> bytes:
    """A PDF file from its numbered objects (object 1 is the catalog, the last one the Info dictionary)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, len(objects), xref))
    return out.getvalue()


def _stream(data: bytes, compress: bool, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(pages: list[Page], *, title: str | None = None, compress: bool = True,
             created: str | None = None) -> bytes:
    """A text PDF: catalog, page tree, one font, then each page and its content stream, then Info."""
    n = len(pages)
    page_ids = [4 + 2 * i for i in range(n)]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), n),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, page in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, page_ids[i] + 1))
        objects.append(_stream(_content(page), compress))
    info = (b"<< /Producer (Siaran test fixtures)" + (b" /Title " + _pdf_string(title) if title else b"")
            + (b" /CreationDate " + _pdf_string(created) if created else b"") + b" >>")
    objects.append(info)
    return assemble(objects)


def scanned_pdf(lines: list[str], *, dpi: int = 150) -> bytes:
    """An image-only PDF (no text layer): the lines drawn black on white, as a scanner would deliver them."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=int(dpi / 6))
    y = dpi
    for line in lines:
        draw.text((dpi, y), line, fill=0, font=font)
        y += int(dpi / 3.5)
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=dpi)
    return out.getvalue()


def encrypted_pdf(data: bytes, password: str = "rahasia") -> bytes:
    """``data`` encrypted with a user password (not readable without it)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count_bomb(pages: int = 100_000) -> bytes:
    """A page tree listing one tiny page ``pages`` times (a few hundred kB): a reader that walks it makes
    ``pages`` page objects and reads the same text ``pages`` times."""
    pdf = text_pdf([Page(["Halaman satu."])])
    return pdf.replace(b"/Kids [4 0 R] /Count 1", b"/Kids [" + b"4 0 R " * pages + b"] /Count %d" % pages)


def decompression_bomb(megabytes: int = 200) -> bytes:
    """A page whose content stream inflates from a few hundred kB to ``megabytes`` MB of spaces."""
    chunk = zlib.compressobj(9)
    parts = [chunk.compress(b" " * (1 << 20)) for _ in range(megabytes)]
    data = b"".join(parts) + chunk.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                b"/Contents 5 0 R >>"),
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
               b"<< /Producer (bomb) >>"]
    return assemble(objects)


# -- the documents the replicas serve ------------------------------------------------------------------
def inflation_release() -> bytes:
    """A BPS-style statistical release: a heading, a lead and a table of inflation by province."""
    table = Table([["Provinsi", "Inflasi y-on-y (%)", "Inflasi m-to-m (%)", "IHK"],
                   ["Papua Tengah", "4,12", "0,35", "108,21"],
                   ["Sulawesi Utara", "3,07", "0,21", "106,90"],
                   ["DKI Jakarta", "1,95", "0,08", "105,44"],
                   ["Nasional", "2,31", "0,12", "106,13"]])
    lead = ["Pada September 2026 terjadi inflasi year-on-year sebesar 2,31 persen dengan Indeks Harga",
            "Konsumen sebesar 106,13. Inflasi tertinggi terjadi di Papua Tengah sebesar 4,12 persen,",
            "didorong oleh kenaikan harga kelompok makanan, minuman dan tembakau (cabai rawit, bawang merah)."]
    return text_pdf([Page(lead, heading="Berita Resmi Statistik: Inflasi September 2026", table=table)],
                    title="Inflasi Year-on-Year September 2026 sebesar 2,31 Persen")


def monetary_statement() -> bytes:
    """A BI-style two-page statement: the decision on page 1, the outlook (with a unique phrase) on page 2."""
    first = ["Rapat Dewan Gubernur Bank Indonesia pada 16-17 September 2026 memutuskan untuk",
             "mempertahankan BI-Rate sebesar 5,00 persen, suku bunga Deposit Facility sebesar 4,25 persen,",
             "dan suku bunga Lending Facility sebesar 5,75 persen."]
    second = ["Ke depan, Bank Indonesia memperkuat koordinasi dengan Pemerintah melalui program",
              "digitalisasi sistem pembayaran untuk memperluas akseptasi QRIS antarnegara di kawasan ASEAN,",
              "serta menjaga likuiditas perbankan melalui operasi moneter pro-pasar."]
    return text_pdf([Page(first, heading="Siaran Pers: BI-Rate Tetap 5,00%"), Page(second, heading="Prospek")],
                    title=None)


SCANNED_LINES = ["SURAT EDARAN", "Nomor 28/12/DKom", "Penyesuaian jam layanan kas", "selama libur nasional"]


def scanned_letter() -> bytes:
    """A scanned official letter: one page, image only."""
    return scanned_pdf(SCANNED_LINES)


def release_pdf(title: str, paragraphs: list[str], *, heading: str | None = None) -> bytes:
    """A plain statement: the title as heading, the paragraphs wrapped at 90 characters, 40 lines a page."""
    import textwrap

    lines = [line for paragraph in paragraphs for line in [*textwrap.wrap(paragraph, 90), ""]]
    pages = [Page(lines[i:i + 40]) for i in range(0, max(len(lines), 1), 40)]
    pages[0].heading = heading or title
    return text_pdf(pages, title=title)

"""PDFs for the tests, made in memory: one with a text layer (written by hand, Helvetica, the
way invoicing software writes one), and scanned ones (pictures of pages, no text layer)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[str]) -> bytes:
    """A PDF whose pages carry ``pages`` as real text (one line of text per line)."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages, filled below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    for text in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
        for line in text.splitlines():
            ops.append(f"({_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                       % (font_id, content_id))
        kids.append(len(objects))
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                  + b"] /Count %d >>" % len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def page_image(text: str, width: int = 1240) -> Image.Image:
    """``text`` drawn black on white as a scanner at 150 dpi would give it."""
    font = ImageFont.truetype(MONO, 26)
    lines = text.splitlines()
    image = Image.new("L", (width, 120 + 38 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((60, 60 + 38 * row), line, fill=0, font=font)
    return image


def scanned_pdf(pages: list[str]) -> bytes:
    """A PDF of page pictures only: no text layer, as a scanner or a phone "scan" app writes."""
    images = [page_image(text).convert("RGB") for text in pages]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=150, save_all=True, append_images=images[1:])
    return out.getvalue()


def png(text: str, **info: str) -> bytes:
    """``text`` as a PNG picture, with PNG text chunks ``info`` (e.g. Software=...)."""
    from PIL.PngImagePlugin import PngInfo

    meta = PngInfo()
    for key, value in info.items():
        meta.add_text(key, value)
    out = io.BytesIO()
    page_image(text).save(out, format="PNG", pnginfo=meta)
    return out.getvalue()

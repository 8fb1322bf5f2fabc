"""Text of a PDF, read with pypdf (a Python reader the project installs, so no PDF test ever
skips for a missing system program)."""
from __future__ import annotations

import io
from pathlib import Path


def pdf_text(pdf: bytes | Path) -> str:
    from pypdf import PdfReader
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)

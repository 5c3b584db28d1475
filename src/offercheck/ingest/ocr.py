"""OCR for scanned PDF pages: pdfium renders, the ``tesseract`` command reads.

The Tesseract CLI is used rather than a Python binding so that nothing extra needs
compiling and a missing install is a clear message, not an import error. pdfium is
not thread-safe, so pages are rendered one after another in this thread while the
Tesseract processes, one per page, run in parallel.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..errors import CorruptDocument, OcrUnavailable

DPI = 300
"""Tesseract is trained on ~300 dpi text; lower loses small print, higher only costs time."""

PAGE_TIMEOUT_S = 180
LANG = "eng"
PAGE_BUDGET_S = 20
"""Time each scanned page adds to the reader's deadline (sandbox.py): a long scan is slow, not stuck."""
MAX_WORKERS = 8
"""Tesseract processes at once; each worker thread also reserves address space under the memory cap."""
MAX_PIXELS = 40_000_000
"""Largest page image rendered: A3 at 300 dpi is 17 Mpx; a page declared 5 m wide is scaled down."""


def tesseract_available() -> bool:
    """True when the ``tesseract`` command is on PATH."""
    return shutil.which("tesseract") is not None


def ocr_pdf_pages(pdf, indices: list[int], *, label: str = "PDF") -> dict[int, str]:
    """OCR the 0-based page ``indices`` of an open pypdfium2 document; text per index.

    Progress goes to stderr only when it is a terminal, so piped output and tests
    stay clean.
    """
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable(f"{label}: Tesseract OCR is not installed",
                             hint="Install it: apt-get install tesseract-ocr tesseract-ocr-eng")
    from ..sandbox import extend_deadline

    extend_deadline(len(indices) * PAGE_BUDGET_S)
    show_progress = sys.stderr.isatty()
    results: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="offercheck-ocr-") as tmp, \
            ThreadPoolExecutor(max_workers=min(os.cpu_count() or 1, MAX_WORKERS)) as pool:
        futures: dict[int, Future[str]] = {}
        for i in indices:
            png = Path(tmp) / f"page-{i + 1}.png"
            _render(pdf, i, png, label)
            futures[i] = pool.submit(_tesseract, exe, png, label, i + 1)
        for done, (i, future) in enumerate(futures.items(), 1):
            if show_progress:
                print(f"\rOCR page {done} of {len(futures)}", end="", file=sys.stderr, flush=True)
            results[i] = future.result()
        if show_progress:
            print(file=sys.stderr)
    return results


def _render(pdf, index: int, out: Path, label: str) -> None:
    """Grey PNG at low compression: 5x faster to write than RGB at the default level,
    and Tesseract binarises anyway (same text, a quarter less OCR time)."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        try:
            width, height = page.get_size()  # points
            scale = min(DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                bitmap.to_pil().save(out, compress_level=1)
            finally:
                bitmap.close()
        finally:
            page.close()
    except pdfium.PdfiumError as e:
        raise CorruptDocument(f"{label}: page {index + 1} cannot be rendered for OCR ({e})") from None


def _tesseract(exe: str, png: Path, label: str, page_no: int) -> str:
    """Run ``tesseract png - --psm 3`` with one thread: we parallelise across pages instead."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run([exe, str(png), "-", "-l", LANG, "--psm", "3"], env=env,
                              capture_output=True, timeout=PAGE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise OcrUnavailable(f"{label}: OCR of page {page_no} took longer than {PAGE_TIMEOUT_S} s") from None
    except OSError as e:
        raise OcrUnavailable(f"{label}: Tesseract could not be run ({e})") from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = err[-1] if err else f"exit status {proc.returncode}"
        hint = ("Install the English data: apt-get install tesseract-ocr-eng"
                if "traineddata" in " ".join(err) else None)
        raise OcrUnavailable(f"{label}: OCR failed on page {page_no}: {reason}", hint=hint)
    return proc.stdout.decode("utf-8", "replace")

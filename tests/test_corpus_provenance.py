"""No corpus text in the project: rules, code and tests are written in the team's own words.

The dev corpus (``../shared/corpus/dev``, beside the project) is for measuring. A rule
example, a regex's comment or a test letter that repeats twelve words in a row from one
of its documents has been copied from it, and a rule tuned to one document's sentence
does not read the next letter. This test reads the text layer of every corpus document
and fails on any run of twelve words that a file under ``rules/``, ``src/``, ``tests/``
or ``scripts/`` shares with one of them (case and punctuation ignored).

The letters the team wrote as whole documents (``samples/``, the letter sets under
``tests/letters*`` and the golden reports quoting them) are held to sixteen words: a
contract's stock phrases ("shall be governed by and construed in accordance with the
laws of ...", thirteen words) are in thousands of contracts, and a letter that reads
like a real one uses them; a sentence copied from a corpus document is longer.

Skipped where ``../shared`` is not there (a fresh clone): the corpus is not ours to ship.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
RUN = 12
LETTER_RUN = 16
LETTERS = ("samples", "tests/letters", "tests/letters_unseen", "tests/letters_unseen2", "tests/letters_unseen3",
           "tests/letters_unseen4", "tests/letters_unseen6", "tests/letters_unseen7", "tests/golden")
OURS = ("rules", "src", "tests", "scripts", "samples")
SUFFIXES = {".yaml", ".yml", ".py", ".md", ".txt"}
WORD = re.compile(r"[^\W_]+")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/corpus/dev beside the project")


def words(text: str) -> list[str]:
    """
    >>> words("The Employee's salary: $50,000 (fifty thousand).")
    ['the', 'employee', 's', 'salary', '50', '000', 'fifty', 'thousand']
    """
    return WORD.findall(text.casefold())


def runs(ws: list[str], n: int = RUN) -> set[int]:
    """Hashes of every run of ``n`` words."""
    return {hash(tuple(ws[i:i + n])) for i in range(len(ws) - n + 1)}


def _docx_text(path: Path) -> str:
    # the raw XML's text nodes are enough to find copied wording; no reader needed
    with zipfile.ZipFile(path) as z:
        xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                       if n.startswith("word/") and n.endswith(".xml"))
    return re.sub(r"<[^>]+>", " ", re.sub(r"</w:t>\s*<[^>]*>\s*(?:<[^>]*>\s*)*<w:t[^>]*>", "", xml))


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def corpus_texts() -> dict[str, str]:
    out = {}
    for doc in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for f in doc.iterdir():
            reader = {".pdf": _pdf_text, ".docx": _docx_text,
                      ".txt": lambda p: p.read_text(encoding="utf-8", errors="replace")}.get(f.suffix)
            if reader is not None:
                out[doc.name] = reader(f)
    return out


def our_files() -> list[Path]:
    return sorted(p for d in OURS for p in (ROOT / d).rglob("*")
                  if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts
                  and p.name != Path(__file__).name)


def _run_for(path: Path) -> int:
    rel = path.relative_to(ROOT).as_posix()
    return LETTER_RUN if any(rel.startswith(d + "/") for d in LETTERS) else RUN


def test_no_file_of_ours_repeats_twelve_words_of_a_corpus_document():
    texts = corpus_texts()
    assert len(texts) >= 30, f"read only {len(texts)} corpus documents"
    seen: dict[int, dict[int, str]] = {RUN: {}, LETTER_RUN: {}}
    for name, text in texts.items():
        ws = words(text)
        for n, table in seen.items():
            for h in runs(ws, n):
                table.setdefault(h, name)
    hits = []
    for path in our_files():
        n = _run_for(path)
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - n + 1):
            doc = seen[n].get(hash(tuple(ws[i:i + n])))
            if doc is not None:
                hits.append(f"{path.relative_to(ROOT)}: \"{' '.join(ws[i:i + n])}\" (as in {doc})")
                break
    assert not hits, "corpus wording copied into the project; write it in your own words:\n" + "\n".join(hits)

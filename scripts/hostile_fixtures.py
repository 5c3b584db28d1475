#!/usr/bin/env python3
"""Build hostile and broken inputs, run the real CLI on each under /usr/bin/time -v, print a table.

    python scripts/hostile_fixtures.py                      # build into /tmp/offercheck-hostile and measure
    python scripts/hostile_fixtures.py --out DIR --build-only

Every case must answer within 30 s and 1 GiB (issue 5). The builders are the ones the
tests use (tests/test_hostile_support.py); here the sizes are the full ones: a
200,000-page PDF, a content stream of 4 GB, a 240 MB archive.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_hostile_support as h  # noqa: E402
from fixtures_build import make_scanned_pdf, zip_with_large_member  # noqa: E402

SAMPLES = ROOT / "samples"
LIMIT_S = 30
LIMIT_MB = 1024


@dataclass
class Case:
    category: str
    name: str
    argv: list[str]
    env: dict[str, str] | None = None


def build(out: Path) -> list[Case]:
    out.mkdir(parents=True, exist_ok=True)
    f = lambda name: out / name  # noqa: E731
    letter = ["Dear Sam,", "Your base salary will be $98,000 per year.", "You will have 25 days of paid leave."]
    us, us_expect = SAMPLES / "us-offer-letter.pdf", SAMPLES / "us-offer-letter.expect.yaml"
    cases: list[Case] = []

    def add(category, name, *argv, env=None):
        cases.append(Case(category, name, [str(a) for a in argv], env))

    # ---------------------------------------------------------------- baseline
    add("baseline", "US sample PDF, check with expectations", "check", us, "--expect", us_expect)
    add("baseline", "UK sample DOCX, check with expectations", "check", SAMPLES / "uk-contract.docx",
        "--expect", SAMPLES / "uk-contract.expect.yaml")

    # ---------------------------------------------------------------- PDF
    h.make_pdf(f("encrypted.pdf"), [letter], password="s3cret")
    add("pdf", "encrypted, no --password", "check", f("encrypted.pdf"))
    add("pdf", "encrypted, wrong password", "check", f("encrypted.pdf"), "--password", "nope")
    add("pdf", "encrypted, right password", "check", f("encrypted.pdf"), "--password", "s3cret")
    good = h.make_pdf(f("good.pdf"), [letter] * 3)
    f("truncated.pdf").write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    add("pdf", "truncated to a third", "check", f("truncated.pdf"))
    f("corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 400)
    add("pdf", "corrupt after the header", "check", f("corrupt.pdf"))
    f("empty.pdf").write_bytes(b"")
    add("pdf", "zero bytes", "check", f("empty.pdf"))
    f("text.pdf").write_text("Dear Sam, your salary is $98,000 per year.\n")
    add("pdf", "text file named .pdf", "check", f("text.pdf"))
    make_scanned_pdf(f("scan.pdf"), ["OFFER OF EMPLOYMENT\nYour annual salary will be 85,000 dollars.\n"
                                     "You will have 25 days of paid leave."] * 2)
    add("pdf", "image-only, 2 pages, OCR", "check", f("scan.pdf"))
    h.giant_page_scan(f("giant-page.pdf"))
    add("pdf", "image-only page 5 m square, OCR", "check", f("giant-page.pdf"))
    no_tesseract = {"PATH": str(Path(sys.executable).parent)}
    add("pdf", "image-only, Tesseract absent", "check", f("scan.pdf"), env=no_tesseract)
    h.many_page_pdf(f("pages-200k.pdf"), 200_000)
    add("pdf", "200,000 pages (limit 500)", "check", f("pages-200k.pdf"))
    f("count-lie.pdf").write_bytes(h.raw_pdf(b"BT /F1 12 Tf 72 700 Td (Salary) Tj ET", filters=b"[]",
                                             claimed_count=10**9))
    add("pdf", "page tree claims 10^9 pages", "check", f("count-lie.pdf"))
    h.inflating_pdf(f("inflate-2g.pdf"), 2048)
    add("pdf", "content stream inflating to 2 GB", "check", f("inflate-2g.pdf"))
    h.inflating_pdf(f("inflate-4g.pdf"), 4096)
    add("pdf", "content stream inflating to 4 GB", "check", f("inflate-4g.pdf"))
    h.inflating_pdf(f("inflate-48m.pdf"), 48)
    add("pdf", "slow stream, --timeout 2", "text", f("inflate-48m.pdf"), "--timeout", "2")

    # ---------------------------------------------------------------- DOCX
    zip_with_large_member(f("ratio.docx"), "word/media/blank.bin", 190 * 2**20)
    add("docx", "zip bomb: one member 190 MB of zeros", "check", f("ratio.docx"))
    total = h.make_docx(f("total.docx"), paragraphs=["Salary: $90,000"])
    with zipfile.ZipFile(total, "a", zipfile.ZIP_STORED) as zf:
        block = os.urandom(4 * 2**20)
        for i in range(60):
            zf.writestr(f"word/media/image{i}.bin", block)
    add("docx", "zip: 240 MB uncompressed in all", "check", total)
    members = {"word/document.xml": h.body_xml("").encode()}
    members.update({f"word/media/{i}.png": b"" for i in range(20_000)})
    f("members.docx").write_bytes(h.zip_bytes(members, zipfile.ZIP_STORED))
    add("docx", "zip: 20,000 members", "check", f("members.docx"))
    h.lying_size_docx(f("lying.docx"), 500)
    add("docx", "zip listing understates 500 MB as 1 kB", "check", f("lying.docx"))
    h.big_xml_docx(f("xml-17m.docx"), 17)
    add("docx", "17 MB of tiny paragraphs (XML limit 16)", "check", f("xml-17m.docx"))
    h.big_xml_docx(f("xml-14m.docx"), 14)
    add("docx", "14 MB of tiny paragraphs (just under the limit)", "check", f("xml-14m.docx"))
    h.docx_document_xml(f("xxe.docx"), h.xxe_document(Path("/etc/passwd")))
    add("docx", "external entity file:///etc/passwd", "check", f("xxe.docx"))
    h.docx_document_xml(f("xxe-padded.docx"), h.xxe_document(Path("/etc/passwd"), prolog_padding=30_000))
    add("docx", "DOCTYPE behind a 30 kB comment", "check", f("xxe-padded.docx"))
    h.docx_document_xml(f("laughs.docx"), h.billion_laughs_document())
    add("docx", "billion laughs", "check", f("laughs.docx"))
    f("not-docx.docx").write_bytes(h.zip_bytes({"readme.txt": b"hello"}))
    add("docx", "zip that is not a DOCX", "check", f("not-docx.docx"))
    f("legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    add("docx", "legacy .doc", "check", f("legacy.doc"))
    nomain = h.make_docx(f("missing-part.docx"), paragraphs=["Salary: $90,000"])
    rels = zipfile.ZipFile(nomain).read("_rels/.rels").replace(b"word/document.xml", b"word/missing.xml")
    h.replace_parts(nomain, {"_rels/.rels": rels})
    add("docx", "relationship to a missing main part", "check", nomain)

    # ---------------------------------------------------------------- round 2, categories 1-5 (issue 11)
    second_round(f, add)

    # ---------------------------------------------------------------- paths
    add("paths", "missing file", "check", f("nope.pdf"))
    f("folder.pdf").mkdir(exist_ok=True)
    add("paths", "a directory", "check", f("folder.pdf"))
    fifo = f("fifo.pdf")
    if not fifo.exists():
        os.mkfifo(fifo)
    add("paths", "a FIFO (would block if opened)", "check", fifo)
    f("offer.odt").write_text("odt")
    add("paths", "unsupported extension", "check", f("offer.odt"))
    f("long.txt").write_text(("Your base salary will be $98,000 per year. " * 20 + "\n\n") * 20_000)
    add("paths", "17 MB of text (char limit 500,000)", "check", f("long.txt"))

    # ---------------------------------------------------------------- expectations
    def expectations(name, text):
        p = f(name)
        p.write_text(text)
        return p

    add("expectations", "syntax error", "check", us, "--expect",
        expectations("syntax.yaml", "pto_days: 20\nbase_salary: [90000\njob_title: x\n"))
    add("expectations", "unknown field", "check", us, "--expect", expectations("unknown.yaml", "base_salry: 1\n"))
    add("expectations", "wrong type", "check", us, "--expect", expectations("type.yaml", "benefits: health\n"))
    add("expectations", "!!python/object/apply:os.system", "check", us, "--expect",
        expectations("tag.yaml", f'base_salary: !!python/object/apply:os.system ["touch {f("PWNED")}"]\n'))
    add("expectations", "alias bomb (10^9 strings)", "check", us, "--expect",
        expectations("alias.yaml", h.alias_bomb_yaml(9)))
    add("expectations", "empty file", "check", us, "--expect", expectations("empty.yaml", ""))
    add("expectations", "50,000 nested lists", "check", us, "--expect",
        expectations("deep.yaml", "base_salary: " + "[" * 50_000))
    add("expectations", "5,000-digit number", "check", us, "--expect",
        expectations("digits.yaml", "base_salary: " + "9" * 5000 + "\n"))

    # ---------------------------------------------------------------- rules
    rules = f("rules")
    rules.mkdir(exist_ok=True)
    (rules / "broken.yaml").write_text("field: signing_bonus\npatterns:\n  - regx: x\n")
    add("rules", "broken user rule file", "check", us, "--rules", rules / "broken.yaml")
    rule = ("field: signing_bonus\nnormalizer: amount.v1\npatterns:\n  - name: p\n    regex: '{}'\n"
            "examples:\n  - {{text: aa, match: aa}}\n  - {{text: b, match: null}}\n")
    (rules / "nested.yaml").write_text(rule.format(r"(\s*\w+)*:"))
    add("rules", "(\\s*\\w+)*: refused at load", "check", us, "--rules", rules / "nested.yaml")
    (rules / "runaway.yaml").write_text(rule.format(r"(\w+\s?)*$"))
    add("rules", "(\\w+\\s?)*$ bounded by the deadline", "check", us, "--rules", rules / "runaway.yaml")
    return cases


def second_round(f, add) -> None:
    """Output onto devices, hidden and form-field PDF text, altChunk and document2.xml DOCX,
    look-alike digits: the fixtures of tests/test_hostile_{output,pdf_visible,docx_parts,lookalike}.py."""
    import test_hostile_docx_parts as dp
    import test_hostile_pdf_visible as pv

    letter_txt = f("letter.txt")
    letter_txt.write_text("Dear Sam,\n\nYour base salary will be $98,000 per year.\n")
    add("output", "-o /dev/null (as root: stays a device)", "check", letter_txt, "-o", "/dev/null")
    add("output", "-o /dev/full", "check", letter_txt, "-o", "/dev/full")
    for name, content in sorted(pv.HIDDEN.items()):
        add("visible", f"hidden salary: {name}", "check", pv.letter(f(""), content, f"hidden-{name}.pdf"))
    add("visible", "filled AcroForm fields", "check", pv.fillable(f(""), [
        pv.widget(b"/FT /Tx /T (BaseSalary) /V ($98,000 per year)"),
        pv.widget(b"/FT /Tx /T (start_date) /TU (Start date) /V (1 April 2025)", b"300 656 500 672")],
        pv.BLANK_SALARY, "form-fields.pdf"))
    chunk = f("altchunk.docx")
    chunk.write_bytes(dp.package(dp.para("Dear Sam,") + dp.alt_chunk("rIdC"),
                                 part_rels=[("rIdC", "aFChunk", "afchunk.htm")],
                                 parts={"word/afchunk.htm": ("text/html", dp.HTML_CHUNK)}))
    add("visible", "DOCX altChunk (HTML)", "check", chunk)
    online = f("document2.docx")
    online.write_bytes(dp.package(dp.LETTER, main="word/document2.xml"))
    add("docx", "main part word/document2.xml (Word Online)", "check", online)
    for name, amount in (("Latin O", "$1OO,OOO"), ("Cyrillic О", "$1\u041e\u041e,\u041e\u041e\u041e"),
                         ("l for 1", "$l00,000")):
        path = f(f"lookalike-{len(name)}-{name[0]}.txt")
        path.write_text(f"Dear Sam,\n\nYour base salary will be {amount} per year.\n", encoding="utf-8")
        add("look-alike", f"salary {amount} ({name})", "extract", path)


def measure(case: Case, time_bin: str, offercheck: str) -> tuple[int, float, float, str]:
    env = dict(os.environ)
    env.update(case.env or {})
    proc = subprocess.run([time_bin, "-v", offercheck, *case.argv], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)
    return (proc.returncode, *time_report(proc.stderr))


def time_report(stderr: str) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, the first "offercheck:" line) from ``time -v``'s stderr."""
    seconds = _elapsed(re.search(r"Elapsed \(wall clock\) time.*: (\S+)", stderr).group(1))
    peak_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1)) / 1024
    message = next((line for line in stderr.splitlines() if line.startswith("offercheck:")), "")
    return seconds, peak_mb, message


def _elapsed(text: str) -> float:
    parts = [float(p) for p in text.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/offercheck-hostile"))
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--only", help="measure only the cases whose name contains this")
    args = parser.parse_args()
    cases = [c for c in build(args.out) if not args.only or args.only.lower() in c.name.lower()]
    if args.build_only:
        print(f"{len(cases)} cases built in {args.out}")
        return 0
    time_bin = "/usr/bin/time"
    if not Path(time_bin).exists():
        print("needs GNU time: apt-get install -y time", file=sys.stderr)
        return 2
    offercheck = shutil.which("offercheck", path=str(Path(sys.executable).parent)) or shutil.which("offercheck")
    print("| category | case | exit | seconds | peak MB | message |")
    print("|---|---|---|---|---|---|")
    worst = 0
    for case in cases:
        code, seconds, peak, message = measure(case, time_bin, offercheck)
        ok = seconds <= LIMIT_S and peak <= LIMIT_MB
        worst = worst or (0 if ok else 1)
        short = message.replace(str(args.out) + "/", "").replace("|", "\\|")[:110]
        print(f"| {case.category} | {case.name} | {code} | {seconds:.2f} | {peak:.0f} | {short} |", flush=True)
    if (args.out / "PWNED").exists():
        print("the !!python tag ran a command", file=sys.stderr)
        return 1
    return worst


if __name__ == "__main__":
    sys.exit(main())

"""No network, ever: the whole pipeline runs with sockets disabled, for every input format."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from test_hostile_support import SAMPLES, run_cli

from fixtures_build import make_scanned_pdf

SAMPLE_LETTERS = sorted(SAMPLES.glob("*.pdf")) + sorted(SAMPLES.glob("*.docx"))


class NetworkUsed(AssertionError):
    pass


# Importing spaCy imports requests, and urllib3's import probes for IPv6 by binding a
# socket to ::1 (the loopback address: nothing leaves the machine). That one is allowed.
_LOOPBACK_PROBES = {"_has_ipv6"}


@pytest.fixture
def no_network(monkeypatch) -> list[str]:
    """Every way into the network raises, and is recorded (in case something swallows the error)."""
    attempts: list[str] = []

    def forbid(name):
        def refuse(*args, **kwargs):
            if sys._getframe(1).f_code.co_name not in _LOOPBACK_PROBES:
                attempts.append(f"{name}{args[:2]}")
            raise NetworkUsed(f"offercheck tried to use the network: {name}{args[:2]}")
        return refuse

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "create_server", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, forbid(name))
    return attempts


@pytest.fixture(scope="module")
def other_formats(tmp_path_factory) -> list[tuple[Path, Path]]:
    """A text letter and, when Tesseract is there, a scanned one, each with expectations."""
    folder = tmp_path_factory.mktemp("formats")
    expect = folder / "me.yaml"
    expect.write_text("base_salary: {min: 90000, currency: USD}\npto_days: {min: 20, priority: want}\n")
    txt = folder / "offer.txt"
    txt.write_text("Dear Sam,\n\nYour base salary will be $98,000 per year.\n\n"
                   "You will have 25 days of paid time off.\n")
    out = [(txt, expect)]
    if shutil.which("tesseract"):
        scan = make_scanned_pdf(folder / "scan.pdf", ["OFFER OF EMPLOYMENT\nYour base salary will be "
                                                      "$98,000 per year."])
        out.append((scan, expect))
    return out


@pytest.mark.parametrize("letter", SAMPLE_LETTERS, ids=lambda p: p.name)
def test_check_with_expectations_never_touches_the_network(letter: Path, capsys, no_network) -> None:
    for fmt in ("terminal", "markdown", "json", "html"):
        run = run_cli(capsys, "check", letter, "--expect", letter.with_suffix(".expect.yaml"),
                      "--format", fmt, "--today", "2025-03-10")
        assert run.code in (0, 1), run.err
        assert run.out and not run.err
    run = run_cli(capsys, "extract", letter)
    assert run.code == 0 and '"base_salary"' in run.out
    assert no_network == []


def test_text_and_scanned_letters_never_touch_the_network(capsys, no_network, other_formats) -> None:
    for letter, expect in other_formats:
        run = run_cli(capsys, "check", letter, "--expect", expect, "--format", "json", "--today", "2025-03-10")
        assert run.code in (0, 1), (letter, run.err)
        assert "98000" in run.out.replace(",", "")
    assert no_network == []


def test_the_guard_catches_network_use(no_network) -> None:
    """The fixture above really blocks: without this, the tests above could pass vacuously."""
    import urllib.request

    # 192.0.2.1 is TEST-NET-1: even a broken guard would send nothing anywhere that matters
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 9), timeout=0.1)
    with pytest.raises(Exception, match="network"):  # noqa: PT011 - urllib wraps it in URLError
        urllib.request.urlopen("http://192.0.2.1/", timeout=0.1)
    assert len(no_network) == 2


AUDITED_RUN = """
import os, sys
LOOPBACK = ("::1", "127.0.0.1", "localhost")
def hook(event, args):
    family = event.split(".")[0]
    if family not in ("socket", "urllib", "http", "ftplib", "smtplib", "webbrowser"):
        return
    if event == "socket.__new__":
        return  # creating a socket sends nothing; what it is used for is audited below
    if event == "socket.bind" and isinstance(args[1], tuple) and args[1][0] in LOOPBACK:
        return  # urllib3's import-time IPv6 probe binds to ::1
    os.write(2, f"NETWORK {event} {args[1:]!r}\\n".encode())
    raise RuntimeError("network use: " + event)
sys.addaudithook(hook)
from offercheck.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("letter", SAMPLE_LETTERS, ids=lambda p: p.name)
def test_audit_hook_sees_no_network_event_in_a_real_process(letter: Path) -> None:
    """Python's audit hooks see every socket the interpreter opens, including in the
    forked reader and in libraries that captured ``socket.socket`` before any patch."""
    run = subprocess.run([sys.executable, "-c", AUDITED_RUN, "check", str(letter), "--expect",
                          str(letter.with_suffix(".expect.yaml")), "--format", "json", "--today", "2025-03-10"],
                         capture_output=True, text=True, timeout=180)
    assert "NETWORK" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    assert '"schema_version"' in run.stdout


def test_external_links_in_a_docx_are_never_fetched(tmp_path: Path, capsys, no_network) -> None:
    """A .docx may point at remote images or templates (a tracking 'web bug'); reading it fetches nothing."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from fixtures_build import make_docx

    def link_out(doc):
        template = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
        for reltype in (RT.IMAGE, template, RT.HYPERLINK):
            doc.part.relate_to("http://192.0.2.1/track.png", reltype, is_external=True)
        doc.add_paragraph("Your base salary will be $98,000 per year.")

    letter = make_docx(tmp_path / "tracked.docx", link_out)
    run = run_cli(capsys, "check", letter, "--format", "json")
    assert run.code in (0, 1) and "98000" in run.out.replace(",", "")
    assert no_network == []

"""The stages in order. Tests and the CLI call these; nothing here prints."""
from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache
from pathlib import Path

from offercheck.model import Extraction, Report


@lru_cache(maxsize=4)
def _extractor(rule_dirs: tuple[str, ...] = ()):
    from offercheck.extract import Extractor
    from offercheck.rulebook import load_rulebook
    return Extractor(load_rulebook([Path(d) for d in rule_dirs]))


def warm(rule_dirs: tuple[str, ...] = (), formats=("pdf", "docx")) -> None:
    """Load the rulebook, compile every regex (from the cache, or afresh and then into
    it) and import the readers of ``formats`` once, before a batch forks its workers."""
    ex = _extractor(tuple(str(d) for d in rule_dirs))
    for rule in ex.rulebook.rules:
        for pat in rule.patterns:
            for regex in [pat.regex] + [adj.near for adj in pat.context]:
                if regex is not None:
                    regex.compiled
    # one small letter through every stage, so the workers start with its imports done
    from offercheck.document import DocumentBuilder
    from offercheck.render import json  # noqa: F401

    b = DocumentBuilder()
    b.add("We offer you the position of Analyst. Your salary will be $50,000 per year, paid monthly. "
          "Either party may give one month's notice. You will start on 2 March 2026.")
    extract_document(b.build("warm.txt", "txt"), rule_dirs)
    from offercheck.ingest import _import_reader
    for fmt in formats:
        _import_reader(fmt)


def read(path: str | Path, *, password: str | None = None, max_pages: int = 500,
         timeout: float | None = None):
    from offercheck.ingest import read_document
    return read_document(path, password=password, max_pages=max_pages, timeout=timeout)


def extract_document(document, rule_dirs: tuple[str, ...] = (), raw_confidence: bool = False) -> Extraction:
    """The terms of a document. Confidence is the calibrated model's (offercheck.confidence),
    or with ``raw_confidence`` the rule scores it is trained from."""
    from offercheck.confidence import calibrate
    from offercheck.context import CONTEXT_FIELDS, doc_context
    from offercheck.derive import bonus_from_months, derive
    from offercheck.names import fill_employee, fill_employer
    from offercheck.paytable import basic_over_package, fill_base_salary
    from offercheck.places import fill_location
    from offercheck.fields import FIELDS
    from offercheck.model import NotFound
    from offercheck.resolve import resolve, resolve_scalars

    ex = _extractor(tuple(str(d) for d in rule_dirs))
    # the document's facts first (where it is from, when it is dated), then every other
    # rule read in their light: one pass each, in that order
    context_rules = [r for r in ex.rulebook.rules if r.field in CONTEXT_FIELDS]
    other_rules = [r for r in ex.rulebook.rules if r.field not in CONTEXT_FIELDS]
    context_findings = ex.findings(document, context_rules)
    ctx = doc_context(context_findings)
    found = ex.findings(document, other_rules, ctx)
    flag_ids = {r.id for r in other_rules if r.flag is not None}
    # the flags' wording is for the flag stage, never a term
    flag_findings = [f for f in found if f.rule in flag_ids]
    internal_findings = context_findings + [f for f in found if f.field.startswith("_") and f.rule not in flag_ids]
    findings = [f for f in found if not f.field.startswith("_")]
    terms, _ = resolve(findings)
    internal = resolve_scalars(internal_findings)
    terms = derive(terms, internal, ctx)
    terms = fill_employee(fill_employer(terms, document), document)
    terms = fill_location(terms, document, ctx.jurisdiction)
    terms = basic_over_package(fill_base_salary(terms, document, ctx.jurisdiction, ctx.currency), ctx.jurisdiction)
    terms = bonus_from_months(terms, internal)
    if not raw_confidence:
        terms = calibrate(terms, findings, scanned=frozenset(document.ocr_pages))
    # derivation can fill fields resolve found missing, so absence is decided after it
    missing = {f: NotFound(f) for f in FIELDS if f not in terms}
    return Extraction(document, {f: terms[f] for f in FIELDS if f in terms}, missing,
                      tuple(internal_findings) + tuple(findings) + tuple(flag_findings), ctx)


ISOLATE_CHARS = 100_000
"""A text longer than this is matched in a limited child process too, under what is left of
the deadline: matching is linear in the text, but 500,000 characters still take seconds."""

MIN_MATCH_S = 5.0
"""The least time a long text's matching is given (or the whole deadline, if shorter),
however long reading took: OCR adds to the reader's deadline as it goes, so reading may
rightly outlast the deadline."""


def extract_terms(path: str | Path, *, password: str | None = None, max_pages: int = 500,
                  rule_dirs: tuple[str, ...] = (), timeout: float | None = None,
                  raw_confidence: bool = False) -> Extraction:
    started = time.monotonic()
    document = read(path, password=password, max_pages=max_pages, timeout=timeout)
    if not rule_dirs and len(document.text) > ISOLATE_CHARS:
        from offercheck.sandbox import Limits, checking_long_text, run_isolated
        limits = Limits.default(timeout)
        left = max(limits.timeout_s - (time.monotonic() - started), min(MIN_MATCH_S, limits.timeout_s))
        return run_isolated(extract_document, document, rule_dirs, raw_confidence, label=str(path),
                            limits=Limits(limits.memory_mb, round(left, 1)),
                            task=checking_long_text(len(document.text), limits.timeout_s))
    if rule_dirs:
        # A user's regex may backtrack for ever (the built-in rules are tested): load and
        # check the rules here, then match them in a child process under the deadline.
        from offercheck.sandbox import MATCHING_RULES, Limits, run_isolated
        _extractor(tuple(str(d) for d in rule_dirs))
        return run_isolated(extract_document, document, rule_dirs, raw_confidence, label="--rules " + " ".join(rule_dirs),
                            limits=Limits.default(timeout), task=MATCHING_RULES)
    return extract_document(document, rule_dirs, raw_confidence)


def check_offer(path: str | Path, expectations_path: str | Path | None = None, *,
                today: dt.date | None = None, password: str | None = None, max_pages: int = 500,
                rule_dirs: tuple[str, ...] = (), timeout: float | None = None,
                jurisdiction: str | None = None) -> Report:
    from offercheck.report import build_report
    from offercheck.expectations import load_expectations

    expectations = load_expectations(expectations_path) if expectations_path else None
    extraction = extract_terms(path, password=password, max_pages=max_pages, rule_dirs=rule_dirs,
                               timeout=timeout)
    # the flag stage reads the rulebook the extraction used (a user's --rules may hold flag
    # rules too), loaded once for both
    rules = _extractor(tuple(str(d) for d in rule_dirs)).rulebook.rules
    return build_report(extraction, expectations, today or dt.date.today(),
                        str(expectations_path) if expectations_path else None, rules, jurisdiction)


def check_offers(paths: list, expectations_path: str | Path | None = None, *, years: int = 4,
                 rates: list[str] | None = None, currency: str | None = None, prices: list[str] | None = None,
                 today: dt.date | None = None, max_pages: int = 500, rule_dirs: tuple[str, ...] = (),
                 timeout: float | None = None):
    """Several offers side by side (``offercheck offers``): each letter checked as
    ``check_offer`` does, then compared in an ``OffersReport``. The options are checked
    before any letter is read."""
    from offercheck import offers

    offers.check_paths(paths)
    years = offers.check_years(years)
    target, parsed_rates = offers.parse_rates(rates, currency)
    parsed_prices = offers.parse_prices(prices, len(paths))
    today = today or dt.date.today()
    reports = [check_offer(p, expectations_path, today=today, max_pages=max_pages, rule_dirs=rule_dirs,
                           timeout=timeout) for p in paths]
    return offers.build_offers(reports, [str(p) for p in paths], years=years, prices=parsed_prices,
                               currency=target, rates=parsed_rates,
                               expectations_path=str(expectations_path) if expectations_path else None,
                               today=today.isoformat())


def diff_offers(old_path: str | Path, new_path: str | Path, expectations_path: str | Path | None = None, *,
                today: dt.date | None = None, password: str | None = None, max_pages: int = 500,
                rule_dirs: tuple[str, ...] = (), timeout: float | None = None, jurisdiction: str | None = None):
    """Two versions of an offer, each checked as ``check_offer`` does (against the same
    expectations and law), then compared: a ``revision.DiffReport``."""
    from offercheck.expectations import load_expectations
    from offercheck.report import build_report
    from offercheck.revision import compare_reports

    expectations = load_expectations(expectations_path) if expectations_path else None
    today = today or dt.date.today()
    reports = []
    for path in (old_path, new_path):
        extraction = extract_terms(path, password=password, max_pages=max_pages, rule_dirs=rule_dirs,
                                   timeout=timeout)
        rules = _extractor(tuple(str(d) for d in rule_dirs)).rulebook.rules
        reports.append(build_report(extraction, expectations, today,
                                    str(expectations_path) if expectations_path else None, rules, jurisdiction))
    return compare_reports(*reports)

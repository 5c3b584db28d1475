"""Checks -> what the candidate can say: a counter-proposal for each gap (the clause
quoted, the ask, a fallback, the reason), a question for each silence, the pre-signing
checklist, and the points of one consolidated reply to the recruiter.

Nothing here compares; compare.py decides met / not met and hands over the verdict.
The candidate's walk-away and fallbacks are for the candidate only: they never go into
the reply.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from offercheck.describe import a_label, cite, human, label, named, plural, quoted_piece, spoken
from offercheck.model import Check, Extraction, Flag, Suggestion, Term
from offercheck.values import Duration, Money

if TYPE_CHECKING:
    from offercheck.expectations import Expectation

# what to ask for when a clause the candidate does not want cannot simply go
NARROW = {
    "non_compete": "If they will not remove it, ask to narrow it: a shorter period, direct competitors "
                   "only, and pay while it applies.",
    "non_solicit": "If they will not remove it, ask to limit it to clients you worked with, for a shorter period.",
    "arbitration": "If they will not remove it, ask for a window to opt out and which claims it covers.",
    "clawback": "If they will not remove it, ask for the repayment to reduce month by month and to apply "
                "only if you resign.",
    "at_will": "If they will not change it, ask for a notice period or severance in writing.",
    "ip_assignment": "If they will not remove it, ask to limit it to work done in the course of your job.",
    "confidentiality": "If they will not remove it, ask for it to end a set time after you leave.",
}
QUOTE_LIMIT = 180


# -- one check ------------------------------------------------------------------------


def _shown(field: str, value: Any) -> str:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "percent":
        return f"{human(value[1])}%"
    return human(value, field)


def lead(exp: "Expectation", term: Term, verdict, document=None) -> str:
    """ 'Clause 4 (p. 1) says “Your total Cost to Company …”, which sets the base salary at …' """
    field = exp.field
    source = cite(document, term.evidence, QUOTE_LIMIT, quoted_piece(field)) if term.evidence else "The letter"
    if verdict.constraint == "allowed":
        return f"{source}, which includes {a_label(field)}"
    if verdict.constraint == "required" and isinstance(verdict.target, tuple):
        return (f"{source}, which lists {spoken(field)} as {human(term.value, field)} "
                f"but not {human(verdict.part, field)}")
    part = verdict.part if verdict.part is not None else term.value
    shown = _shown(field, part)
    name = named(field, term.evidence, to_recruiter=True, value=term.value)
    if isinstance(part, (Money, Duration, Decimal, int, float, tuple)) and not isinstance(part, bool):
        return f"{source}, which sets the {name} at {shown}"
    return f"{source}, which gives the {name} as {shown}"


def target_text(field: str, verdict) -> str:
    t = verdict.target
    if verdict.constraint == "one_of":
        return " or ".join(human(x, field) for x in t)
    if field == "annual_bonus" and not isinstance(t, Money):
        return f"{human(t)}%"
    if getattr(verdict, "equivalent", None) is not None:  # asked in the letter's own period
        return f"{human(t, field)} (about {human(verdict.equivalent, field)})"
    return human(t, field)


def counter_proposal(exp: "Expectation", term: Term, verdict, walked: bool, document=None) -> Suggestion:
    """For a not-met check: the ask (the clause quoted, the expected value), a fallback (the
    walk-away, halfway, or a narrower clause) and the candidate's reason."""
    field = exp.field
    shown = target_text(field, verdict)
    wants = {
        "min": f"could we bring it up to {shown}?",
        "max": f"could we bring it down to {shown}?",
        "equals": f"could it be {shown}?",
        "one_of": f"could it be {shown}?",
        "not_before": f"could it be {shown} or later?",
        "not_after": f"could it be {shown} or earlier?",
        "allowed": "could it be removed?",
        "required": (f"could {human(verdict.part, field)} be included?" if isinstance(verdict.target, tuple)
                     else f"could you add the {spoken(field)}?"),
    }
    ask = f"{lead(exp, term, verdict, document)}; {wants[verdict.constraint]}"
    fallback = None
    walk = exp.walk_away
    if walked:
        fallback = (f"This is past your walk-away of {human(walk, field)}; if they cannot reach it, "
                    "you planned to decline.")
    elif verdict.mid is not None:
        fallback = f"If {shown} is not possible, propose meeting halfway at {human(verdict.mid, field)}."
        if walk is not None:
            fallback += f" Your walk-away is {human(walk, field)}."
    elif verdict.constraint == "allowed":
        fallback = NARROW.get(field)
    elif walk is not None:
        fallback = f"Your walk-away is {human(walk, field)}."
    return Suggestion(ask=ask, fallback=fallback, reason=exp.note)


def suggestion(check: Check, extraction: Extraction, days_left: int | None) -> Suggestion | None:
    """What the candidate can say about a check: a counter-proposal for a gap, a question
    for a silence or for what could not be compared; None for a met check."""
    exp, verdict, document = check.expected, check.verdict, extraction.document
    term = extraction.terms.get(check.field)
    if check.status == "not_stated":
        return question_not_stated(exp)
    if check.status == "cannot_compare":
        return question_cannot_compare(exp, term, verdict, document)
    if check.status != "not_met":
        return None
    proposal = counter_proposal(exp, term, verdict, verdict.walked, document)
    # a deadline that has passed is not one to ask to extend: does the offer still stand?
    return passed_deadline(proposal) if check.field == "offer_expiry" and (days_left or 0) < 0 else proposal


def passed_deadline(suggestion: Suggestion | None) -> Suggestion:
    """Instead of asking for a later deadline once the deadline has passed (the reply asks
    the same through the deadline.passed flag, first of all)."""
    return Suggestion(ask="The deadline to accept has already passed, so there is no deadline to extend: "
                          "ask whether the offer still stands, and by when they need your answer.",
                      reason=suggestion.reason if suggestion else None)


def question_not_stated(exp: "Expectation") -> Suggestion:
    """For a not-stated check: a question to get it in writing."""
    return Suggestion(question=f"The letter does not mention the {spoken(exp.field)}; "
                               "could you confirm it in writing?", reason=exp.note)


def question_cannot_compare(exp: "Expectation", term: Term, verdict, document=None) -> Suggestion:
    return Suggestion(question=f"{lead(exp, term, verdict, document)}; {verdict.ask}", reason=exp.note)


# -- what any letter should state ----------------------------------------------------

ESSENTIALS = ((("hours_per_week",), "working hours"), (("notice_employee", "notice_employer"), "notice period"),
              (("pto_days",), "paid leave"), (("pay_frequency",), "pay frequency"))
"""What a careful candidate asks of any letter that is silent on it, expectations or not:
(the fields any one of which answers it, how the question names it)."""


def unstated_essentials(extraction: Extraction, checks: tuple[Check, ...] = ()) -> list[str]:
    """The essentials the letter does not state and no expectation already asks about. No
    notice is asked of an at-will letter: it says there is none."""
    terms = extraction.terms
    asked = {c.field for c in checks}
    at_will = bool(getattr(terms.get("at_will"), "value", False))
    return [name for fields, name in ESSENTIALS
            if not any(f in terms and terms[f].value is not None for f in fields)
            and not asked & set(fields) and not (at_will and name == "notice period")]


# -- the checklist -------------------------------------------------------------------


def _clause_flags(flags) -> list[str]:
    return [f.id.split(".", 1)[1] for f in flags if f.id.startswith("clause.")]


def _other_documents(flags) -> str | None:
    f = next((f for f in flags if f.id == "refers.other_document"), None)
    return f.title.split(": ", 1)[1] if f and ": " in f.title else None


def checklist(extraction: Extraction, checks: tuple[Check, ...], flags, today: dt.date) -> tuple[str, ...]:
    """The pre-signing checklist, in the order a candidate works through it."""
    terms = extraction.terms
    out = [_read_everything(extraction, flags), _confirm_agreed(terms)]
    out += _put_questions(extraction, checks, flags) + _counter_proposals(checks, flags)
    conditions = terms.get("contingencies")
    out.append("When everything is as agreed, sign and return the letter with the documents requested"
               + (f" ({human(conditions.value, 'contingencies')})." if conditions and conditions.value else "."))
    out.append(deadline_line(extraction, today))
    out.append("Send one consolidated, professional reply rather than a string of emails.")
    return tuple(out)


def _read_everything(extraction: Extraction, flags) -> str:
    pages = getattr(extraction.document, "pages", None)
    docs = _other_documents(flags)
    return (f"Read every page{f' (all {pages})' if pages and pages > 1 else ''}, "
            + (f"and ask for the documents it relies on ({docs})." if docs
               else "including any handbook or policy it refers to."))


def _confirm_agreed(terms) -> str:
    agreed = [f"{named(f, terms[f].evidence)}: {human(terms[f].value, f)}"
              for f in ("base_salary", "hours_per_week", "benefits") if f in terms]
    return ("Confirm the salary, hours, benefits and terms are as agreed"
            + (f" ({'; '.join(agreed)})." if agreed else "."))


def _put_questions(extraction: Extraction, checks: tuple[Check, ...], flags) -> list[str]:
    questions = [c for c in checks if c.suggestion and c.suggestion.question]
    asked = [f for f in flags if f.id.startswith(("blank.", "refers.", "pay.", "start.", "overtime.unstated"))]
    what = ([named(c.field, c.evidence) for c in questions] + unstated_essentials(extraction, checks)
            + [FLAG_TOPICS.get(f.id, f.title) for f in asked])
    if not what:
        return []
    return [f"Put {plural(len(what), 'question')} to the recruiter in writing: {', '.join(what)}."]


def _counter_proposals(checks: tuple[Check, ...], flags) -> list[str]:
    unwanted = [c.field for c in checks if c.status == "not_met" and c.expected.allowed is False]
    gaps = [c for c in checks if c.status == "not_met" and c.field not in unwanted]
    unwanted += [f for f in _clause_flags(flags) if f not in unwanted]
    out = []
    if gaps:
        out.append(f"Send a counter-proposal for each gap ({len(gaps)}): "
                   f"{', '.join(named(c.field, c.evidence) for c in gaps)}.")
    if unwanted:
        out.append(f"Ask to remove or narrow: {', '.join(label(f) for f in unwanted)}.")
    return out


def days_left(extraction: Extraction, today: dt.date) -> int | None:
    expiry = extraction.terms.get("offer_expiry")
    if expiry is None or not isinstance(expiry.value, dt.date):
        return None
    return (expiry.value - today).days


def deadline_line(extraction: Extraction, today: dt.date) -> str:
    days = days_left(extraction, today)
    if days is None:
        return "Reply promptly: the letter gives no deadline, so ask by when they need your answer."
    when = extraction.terms["offer_expiry"].value.isoformat()
    if days < 0:
        return f"The deadline to accept ({when}) has already passed; ask whether the offer still stands."
    if days == 0:
        return f"Reply today: the deadline to accept is {when}."
    return f"Reply before the deadline, {when} ({plural(days, 'day')} left)."


# -- one reply to the recruiter ---------------------------------------------------------

FLAG_TOPICS = {
    "refers.other_document": "the documents it refers to",
    "blank.placeholder": "the blanks in the letter",
    "blank.line": "the blank lines in the letter",
    "pay.monthly_annual": "monthly and annual pay",
    "pay.two_salaries": "which salary applies",
    "pay.components": "the pay break-up",
    "start.two_dates": "the start date",
    "overtime.unstated": "pay for extra hours",
}
# flags the reply raises, as the candidate would put them to the recruiter
FLAG_ASKS = {
    "clause.non_compete": "{cite}. Could the non-compete be removed, or narrowed to a shorter period and "
                          "direct competitors only?",
    "clause.clawback": "{cite}. Could the repayment reduce month by month, and apply only if I resign?",
    "clause.arbitration": "{cite}. Could you tell me which claims the arbitration covers, and whether I may opt out?",
    "probation.long": "{cite}. Could the probation be shortened to 6 months or less?",
    "notice.uneven": "{cite}. Could the notice be the same on both sides?",
    "discretion.terms": "{cite}. Could changes to my terms need my written agreement?",
    "discretion.policies": "{cite}. Could you tell me which benefits and policies are contractual, and how "
                           "much notice I would have of a change?",
    "discretion.transfer": "{cite}. Could a transfer to another location need my agreement?",
    "ip.beyond_job": "{cite}. Could the assignment be limited to work I do in the course of my job?",
    "overtime.unpaid": "{cite}. How many extra hours are usual, and could they be paid or given back as time off?",
    "deduction.losses": "{cite}. Could any deduction from my pay need my written agreement each time?",
    "confidential.pay": "{cite}. Could this be limited to what the law allows, so that I may discuss my pay where "
                        "the law protects it?",
    "deadline.short": "Could I have until {week} to reply, so that I can read everything carefully?",
}
FLAG_QUESTIONS = {
    "refers.other_document": "Could you send me a copy of the {items} before I sign?",
    "blank.placeholder": "{cite}. Could this be completed before I sign?",
    "blank.line": "{cite}. What belongs in the blank?",
    "pay.monthly_annual": "{flag} Could you confirm which figure is right?",
    "pay.two_salaries": "{flag} Could you confirm which figure is right?",
    "pay.components": "{flag} Could you send a corrected break-up?",
    "start.two_dates": "{flag} Could you confirm the start date?",
    "overtime.unstated": "{cite}. How often are extra hours needed, and are they paid or given back as time off?",
    "deadline.passed": "The date to accept in the letter has passed; could you confirm the offer still stands?",
}


NO_DEADLINE = "The letter gives no date to reply by: by when do you need my answer?"


@dataclass(frozen=True)
class Reply:
    """The points of one polite reply to the recruiter; render/email.py words the rest."""

    role: str | None
    employer: str | None
    candidate: str | None
    asks: tuple[str, ...]
    questions: tuple[str, ...]
    unstated: tuple[str, ...]
    """What the letter does not mention, to confirm in writing ("paid sick days")."""
    deadline: str | None
    """The deadline to accept (YYYY-MM-DD) when it is still ahead."""
    settled: bool = False
    """Whether the candidate may say the letter reflects what was agreed: every expectation
    checked and none left to raise, and no serious red flag (high) in the letter."""


def _flag_text(template: str, flag: Flag, document, today: dt.date) -> str:
    items = flag.title.split(": ", 1)[1].replace("“", "").replace("”", "") if ": " in flag.title else ""
    if ", " in items and " more" not in items:
        head, _, last = items.rpartition(", ")
        items = f"{head} and {last}"
    week = (today + dt.timedelta(days=7)).isoformat()
    return template.format(cite=cite(document, flag.evidence, QUOTE_LIMIT), items=items,
                           flag=flag.title.rstrip(".") + ".", week=week)


def reply(extraction: Extraction, all_checks: tuple[Check, ...], flags: tuple[Flag, ...], today: dt.date) -> Reply:
    """The asks and questions for one consolidated reply: each not-met expectation's ask,
    each silence's question, and the red flags the candidate has not already raised.
    Walk-aways, fallbacks and the candidate's private notes stay out."""
    days = days_left(extraction, today)
    asks, questions, unstated = _check_points(all_checks, passed=(days or 0) < 0)
    unstated += unstated_essentials(extraction, all_checks)
    more_asks, more_questions = _flag_points(all_checks, flags, extraction.document, today)
    # whether the offer still stands comes before anything else
    first = [q for q, passed in more_questions if passed]
    questions = first + questions + [q for q, passed in more_questions if not passed]
    if days is None:
        questions.append(NO_DEADLINE)  # the one question on the deadline, not a second
        unstated = [u for u in unstated if u != spoken("offer_expiry")]
    terms = extraction.terms

    def text(field: str) -> str | None:
        t = terms.get(field)
        return t.value if t is not None and isinstance(t.value, str) else None

    settled = bool(all_checks) and not any(f.severity == "high" for f in flags)
    return Reply(text("job_title"), text("employer"), text("employee"), tuple(asks + more_asks), tuple(questions),
                 tuple(unstated), terms["offer_expiry"].value.isoformat() if days is not None and days >= 0 else None,
                 settled)


def _check_points(all_checks: tuple[Check, ...], passed: bool) -> tuple[list[str], list[str], list[str]]:
    """The checks' asks (most severe first), questions and silences. Once the deadline has
    passed, the deadline.passed question says what the deadline's own ask would."""
    order = {"high": 0, "medium": 1, "low": 2}
    checks = sorted(all_checks, key=lambda c: order.get(c.severity, 3))
    asks = [c.suggestion.ask for c in checks if c.status == "not_met" and c.suggestion and c.suggestion.ask
            and not (passed and c.field == "offer_expiry")]
    questions = [c.suggestion.question for c in checks
                 if c.status == "cannot_compare" and c.suggestion and c.suggestion.question]
    unstated = [spoken(c.field) for c in checks if c.status == "not_stated"]
    return asks, questions, unstated


LAW_SUPERSEDES = {"law.non_compete": "clause.non_compete", "law.probation": "probation.long",
                  "law.equal_notice": "notice.uneven"}
"""A law flag's ask (offercheck.law) replaces the plain flag's on the same clause in the reply."""


def _quoted_ask(suggestion: str) -> str:
    """What a law flag proposes, as the candidate would say it: the words in its quotes."""
    if "“" in suggestion and "”" in suggestion:
        return suggestion.split("“", 1)[1].rsplit("”", 1)[0]
    return suggestion


def _flag_points(checks: tuple[Check, ...], flags: tuple[Flag, ...], document,
                 today: dt.date) -> tuple[list[str], list[tuple[str, bool]]]:
    """The red flags' asks, and their questions (each with whether it is deadline.passed),
    but for the clauses a check already raises."""
    raised = {c.field for c in checks if c.status != "met"}
    by_law = {LAW_SUPERSEDES.get(f.id) for f in flags if f.law is not None}
    asks: list[str] = []
    questions: list[tuple[str, bool]] = []
    for f in flags:
        field = f.id.split(".", 1)[1] if f.id.startswith("clause.") else None
        if field in raised or (f.id == "probation.long" and "probation" in raised) or f.id in by_law:
            continue
        if f.law is not None:
            asks.append(f"{cite(document, f.evidence, QUOTE_LIMIT)}. {_quoted_ask(f.suggestion)}")
        elif f.id in FLAG_ASKS:
            asks.append(_flag_text(FLAG_ASKS[f.id], f, document, today))
        elif f.id in FLAG_QUESTIONS:
            questions.append((_flag_text(FLAG_QUESTIONS[f.id], f, document, today), f.id == "deadline.passed"))
    return asks, questions

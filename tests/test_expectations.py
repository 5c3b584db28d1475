"""The expectations file: shorthand, constraints, defaults, and every validation error."""
from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from offercheck.errors import ExpectationsError
from offercheck.expectations import SCHEMA_PATH, json_schema, load_expectations, starter_file
from offercheck.fields import FIELDS
from offercheck.values import Duration, Money


def load(tmp_path, text: str, name: str = "me.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_expectations(path)


def error(tmp_path, text: str) -> str:
    with pytest.raises(ExpectationsError) as e:
        load(tmp_path, text)
    return e.value.message + "\n" + (e.value.hint or "")


# -- shorthand -------------------------------------------------------------------------


def test_shorthand_reads_each_kind_the_way_people_write_it(tmp_path):
    exp = load(tmp_path, """\
        base_salary: 90000
        signing_bonus: "£5,000"
        probation: 3 months
        notice_employer: "1 month"
        benefits: [health, dental]
        job_title: Senior Engineer
        remote_policy: Hybrid
        location: [London, Manchester]
        overtime_eligible: true
        arbitration: false
        hours_per_week: 40
        pto_days: 25
        start_date: 2025-04-01
        offer_expiry: 2025-03-10
        annual_bonus: 10
        """)
    e = {x.field: x for x in exp.items}
    assert e["base_salary"].min == Money(Decimal(90000), None, "year", "90000")
    assert e["signing_bonus"].min.amount == 5000 and e["signing_bonus"].min.currency == "GBP"
    assert e["signing_bonus"].min.period is None
    assert (e["probation"].max.value, e["probation"].max.unit) == (3, "month")
    assert (e["notice_employer"].max.value, e["notice_employer"].max.unit) == (1, "month")
    assert e["benefits"].required == ("health", "dental")
    assert e["job_title"].equals == "Senior Engineer"
    assert e["remote_policy"].equals == "hybrid"
    assert e["location"].one_of == ("London", "Manchester")
    assert e["overtime_eligible"].equals is True
    assert e["arbitration"].allowed is False and e["arbitration"].equals is None
    assert e["hours_per_week"].max == 40 and e["hours_per_week"].min is None  # hours: at most
    assert e["pto_days"].min == 25
    assert e["start_date"].equals == dt.date(2025, 4, 1)
    assert e["offer_expiry"].not_before == dt.date(2025, 3, 10)
    assert e["annual_bonus"].min == Decimal(10)  # a percent of salary
    assert all(x.priority == "must" for x in exp.items)


def test_money_string_keeps_its_currency_and_period(tmp_path):
    e = load(tmp_path, 'base_salary: "£42,000 per year"\n').get("base_salary")
    assert (e.min.amount, e.min.currency, e.min.period) == (Decimal(42000), "GBP", "year")
    e = load(tmp_path, 'base_salary: "$35 per hour"\n').get("base_salary")
    assert (e.min.amount, e.min.currency, e.min.period) == (Decimal(35), "USD", "hour")


def test_mapping_with_constraints_and_modifiers(tmp_path):
    exp = load(tmp_path, """\
        defaults: {currency: usd, hours_per_week: 37.5}
        base_salary:
          min: 135000
          walk_away: 125000
          priority: want
          note: the figure in the phone call
        sick_days: {min: 5, max: 20, priority: nice}
        start_date: {not_before: 2025-04-01, not_after: "1 May 2025"}
        pay_frequency: {one_of: [monthly, semimonthly]}
        non_compete: {max: 6 months, priority: must}
        equity: {min: 10000, one_of: [rsu, options]}
        contingencies: {required: [background_check]}
        """)
    assert exp.defaults.currency == "USD" and exp.defaults.hours_per_week == Decimal("37.5")
    assert exp.defaults.hours_given
    s = exp.get("base_salary")
    assert s.min == Money(Decimal(135000), "USD", "year", "135000")
    assert s.walk_away.amount == 125000 and s.walk_away_side == "min"
    assert (s.priority, s.note) == ("want", "the figure in the phone call")
    assert exp.get("sick_days").min == 5 and exp.get("sick_days").max == 20
    assert exp.get("start_date").not_after == dt.date(2025, 5, 1)
    assert exp.get("pay_frequency").one_of == ("monthly", "semimonthly")
    assert exp.get("non_compete").max == Duration(Decimal(6), "month", "6 months")
    assert exp.get("equity").min == 10000 and exp.get("equity").one_of == ("rsu", "options")
    assert exp.get("contingencies").required == ("background_check",)
    assert s.line == 2 and exp.get("contingencies").line == 12


def test_only_modifiers_means_the_field_must_be_stated(tmp_path):
    e = load(tmp_path, "signing_bonus: {priority: nice, note: asked in the interview}\n").get("signing_bonus")
    assert e.required is True and e.priority == "nice"


def test_the_report_json_writes_the_constraint_only(tmp_path):
    from offercheck.render.json import expected_json
    e = load(tmp_path, "defaults: {currency: USD}\nbase_salary: {min: 100000, walk_away: 95000, note: x}\n")
    assert expected_json(e.get("base_salary")) == {
        "min": {"amount": 100000, "currency": "USD", "period": "year"},
        "walk_away": {"amount": 95000, "currency": "USD", "period": "year"}}
    e = load(tmp_path, "benefits: [health]\nclawback: false\n")
    assert expected_json(e.get("benefits")) == {"required": ["health"]}
    assert expected_json(e.get("clawback")) == {"allowed": False}


# -- validation errors -------------------------------------------------------------------


def test_unknown_field_suggests_the_nearest_name_with_its_line(tmp_path):
    msg = error(tmp_path, "probation: 3 months\nbase_salry: 90000\n")
    assert "me.yaml:2: base_salry: not a field" in msg
    assert "did you mean 'base_salary'?" in msg


def test_unknown_constraint_suggests_the_nearest_one_with_its_line(tmp_path):
    msg = error(tmp_path, "job_title: Engineer\nbase_salary:\n  priority: must\n  minn: 90000\n")
    assert "me.yaml:4: base_salary: unknown constraint 'minn'; did you mean 'min'?" in msg


def test_constraint_that_does_not_apply_to_the_field(tmp_path):
    msg = error(tmp_path, "job_title: {min: 3}\n")
    assert "me.yaml:1: job_title: 'min' does not apply to job_title" in msg
    assert "equals, one_of, required" in msg


@pytest.mark.parametrize("text, expected", [
    ("probation: 3\n", 'me.yaml:1: probation.max: expected a duration such as "3 months"'),
    ("base_salary: lots\n", "me.yaml:1: base_salary.min: expected an amount such as 90000"),
    ("base_salary: true\n", "expected an amount"),
    ("benefits: health\n", "me.yaml:1: benefits: expected a list such as [health, dental]"),
    ("benefits: [helth]\n", "expected one of health, dental"),
    ("overtime_eligible: maybe\n", "overtime_eligible.equals: expected true or false, not 'maybe'"),
    ("start_date: soon\n", "start_date.equals: expected a date such as 2025-04-01"),
    ("sick_days: {min: many}\n", "sick_days.min: expected a number, not 'many'"),
    ("remote_policy: hybird\n", "did you mean 'hybrid'?"),
    ("base_salary: {min: 1, priority: urgent}\n", "priority must be one of must, want, nice"),
    ("base_salary: {min: 1, period: fortnight}\n", "period must be one of hour, day, week, month, year"),
    ("base_salary: {min: 1, currency: dollars}\n", "expected a 3-letter currency code"),
    ("probation: {max: 3 months, currency: USD}\n", "'currency' applies to amounts of money only"),
    ("job_title: {allowed: false}\n", "'allowed' does not apply to job_title"),
    ("fixed_term: {allowed: false}\n", "'allowed: false' applies to clauses only"),
    ("base_salary:\n", "me.yaml:1: base_salary: has no value"),
    ("defaults: {hours: 40}\n", "defaults.hours: unknown default; did you mean 'hours_per_week'?"),
    ("defaults: {hours_per_week: 400}\n", "expected hours between 1 and 168"),
    ("- base_salary: 1\n", "me.yaml:1: expected a mapping of field names"),
    ('base_salary: {min: "$100-120k"}\n', "expected one amount, not the range"),
    ('base_salary: {min: "£90,000", currency: USD}\n', "is in GBP but currency says USD"),
])
def test_wrong_type_says_what_was_expected(tmp_path, text, expected):
    assert expected in error(tmp_path, text)


def test_walk_away_must_extend_a_bound_on_the_right_side(tmp_path):
    assert "walk_away should be below or at $100,000 a year" in error(
        tmp_path, "defaults: {currency: USD}\nbase_salary: {min: 100000, walk_away: 110000}\n")
    assert "walk_away should be above or at 3 months" in error(
        tmp_path, "probation: {max: 3 months, walk_away: 2 months}\n")
    assert "walk_away needs a min or max" in error(tmp_path, "job_title: {equals: CTO, walk_away: CEO}\n")
    assert "the lower bound is above the upper bound" in error(tmp_path, "sick_days: {min: 10, max: 5}\n")


def test_yaml_syntax_error_names_line_and_column(tmp_path):
    msg = error(tmp_path, "probation: 3 months\nbase_salary: [90000\njob_title: x\n")
    assert "me.yaml:3:10:" in msg and "expected ',' or ']'" in msg


def test_bad_indentation_names_line_and_column(tmp_path):
    msg = error(tmp_path, "base_salary:\n  min: 1\n max: 2\n")
    assert "me.yaml:3:2:" in msg


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file_points_to_init(tmp_path, text):
    msg = error(tmp_path, text)
    assert "me.yaml is empty; run `offercheck init` to write a starter file" in msg


def test_python_tags_are_refused(tmp_path):
    msg = error(tmp_path, "base_salary: !!python/object/apply:os.system ['echo hi']\n")
    assert "me.yaml:1:" in msg and "tags such as !!python/... are not allowed" in msg


def test_aliases_are_refused(tmp_path):
    msg = error(tmp_path, "a: &x [1, 2]\nbenefits: *x\n")
    assert "me.yaml:2:" in msg and "aliases (*name) are not allowed" in msg


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ExpectationsError, match="not found"):
        load_expectations(tmp_path / "nope.yaml")
    with pytest.raises(ExpectationsError, match="is a folder"):
        load_expectations(tmp_path)


def test_not_utf8(tmp_path):
    (tmp_path / "me.yaml").write_bytes(b"job_title: \xff\xfe\n")
    with pytest.raises(ExpectationsError, match="not UTF-8"):
        load_expectations(tmp_path / "me.yaml")


# -- the starter file and the JSON Schema ------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "src" / "offercheck" / "schemas" / "expectations.schema.json"


def as_json(data):
    """YAML as an editor's YAML 1.2 parser hands it to the schema: dates are strings."""
    if isinstance(data, dict):
        return {k: as_json(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_json(v) for v in data]
    if isinstance(data, (dt.date, dt.datetime)):
        return data.isoformat()
    return data


def validator():
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_the_shipped_schema_is_the_one_the_loader_describes():
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == json_schema(), (
        "regenerate: python -c \"import json; from offercheck.expectations import json_schema, SCHEMA_PATH; "
        "SCHEMA_PATH.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + '\\n')\"")
    assert SCHEMA_PATH == SCHEMA.resolve() or SCHEMA_PATH.read_bytes() == SCHEMA.read_bytes()


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.expect.yaml")), ids=lambda p: p.name)
def test_every_sample_follows_the_schema(path):
    validator().validate(as_json(yaml.safe_load(path.read_text(encoding="utf-8"))))
    load_expectations(path)  # and the loader agrees


@pytest.mark.parametrize("text", [
    "base_salry: 90000\n",                       # unknown field
    "base_salary: {minn: 90000}\n",              # unknown constraint
    "base_salary: {min: 1, priority: urgent}\n",
    "remote_policy: hybird\n",
    "benefits: [helth]\n",
    "job_title: {min: 3}\n",                     # a constraint that does not apply
    "arbitration: maybe\n",
    "defaults: {hours: 40}\n",
])
def test_the_schema_rejects_what_the_loader_rejects(tmp_path, text):
    import jsonschema
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(as_json(yaml.safe_load(text)))
    with pytest.raises(ExpectationsError):
        load(tmp_path, text)


@pytest.mark.parametrize("text", [
    "base_salary: 90000\n", 'base_salary: "£42,000 per year"\n', "probation: 3 months\n",
    "remote_policy: Hybrid\n", "employment_type: full-time\n", "location: [London, Manchester]\n",
    "benefits: [health, dental]\n", "non_compete: {allowed: false, note: why}\n", "non_compete: {max: 6 months}\n",
    "start_date: {not_before: 2025-04-01, priority: nice}\n", "pto_days: unlimited\n",
    "annual_bonus: 10%\n", "equity: {min: 10000, one_of: [rsu, options]}\n",
    "contingencies: {required: [background_check]}\n", "signing_bonus: {priority: nice}\n",
    "defaults: {currency: USD, hours_per_week: 37.5}\nbase_salary: {min: 1, walk_away: 1, period: annual}\n",
])
def test_the_schema_accepts_what_the_loader_accepts(tmp_path, text):
    load(tmp_path, text)
    validator().validate(as_json(yaml.safe_load(text)))


def test_starter_file_loads_and_says_how_to_use_the_schema(tmp_path):
    text = starter_file()
    # no path into this Python environment: it would not survive a rebuilt one
    assert str(SCHEMA_PATH.parent) not in text and "$schema=expectations.schema.json" in text
    assert SCHEMA_PATH.is_file()
    exp = load(tmp_path, text)
    assert {e.field for e in exp.items} >= {"base_salary", "non_compete"}
    validator().validate(as_json(yaml.safe_load(text)))


def test_every_commented_example_in_the_starter_loads_when_uncommented(tmp_path):
    lines = []
    for line in starter_file().splitlines():
        m = re.match(r"# ([a-z_]+: .*)$", line)
        lines.append(m.group(1) if m and m.group(1).split(":")[0] in FIELDS else line)
    exp = load(tmp_path, "\n".join(lines) + "\n")
    assert len(exp.items) >= 12
    validator().validate(as_json(yaml.safe_load("\n".join(lines))))

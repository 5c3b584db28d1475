"""Renderers: views of one Report (or Extraction). No logic of their own.

Every sentence they show comes worded in the Report (``Report.text``, built by
``offercheck.report``); they lay it out and escape it, and import nothing that computes
content (compare, suggest, describe). JSON is written only in ``render/json.py``.
Renderer modules are imported only when asked for (rich is slow to import).
"""
from __future__ import annotations

from typing import Callable

FORMATS = ("terminal", "markdown", "json", "html")


def _json(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.render import json as rjson
    data = rjson.report_json(report)
    if explain:
        data["terms"] = rjson.terms_json(report.extraction, explain=True)
    return rjson.dumps(data)


def by_name(name: str) -> Callable[..., str]:
    """The renderer for a format: ``by_name("markdown")(report, explain=False, color=False)``.
    ``"email"`` is the reply to the recruiter (``--email``)."""
    if name == "json":
        return _json
    if name == "terminal":
        from offercheck.render.terminal import render
    elif name == "markdown":
        from offercheck.render.markdown import render
    elif name == "html":
        from offercheck.render.html import render
    elif name == "email":
        from offercheck.render.email import render
    else:
        from offercheck.errors import UsageError
        raise UsageError(f"unknown report format '{name}'; choose one of: {', '.join(FORMATS)}")
    return render

"""scripts/score_letters.py, loaded once for the tests that need the evaluation's rules.

scripts/ is not a package, so the scorer is loaded by path; every test module that imports
``scorer`` from here gets the same module object.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCORER_PATH = Path(__file__).resolve().parents[1] / "scripts" / "score_letters.py"


def _load_scorer():
    if "score_letters" in sys.modules:
        return sys.modules["score_letters"]
    spec = importlib.util.spec_from_file_location("score_letters", SCORER_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()

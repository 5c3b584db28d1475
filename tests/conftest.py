"""Shared test settings.

Hypothesis' default 200 ms deadline per example measures the machine, not the code: on
a busy two-core CI runner it fails property tests that are correct. Speed is measured
in the benchmark script, not here.
"""
from hypothesis import settings

settings.register_profile("offercheck", deadline=None)
settings.load_profile("offercheck")

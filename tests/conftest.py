"""Shared test settings.

Hypothesis' default 200 ms deadline per example measures the machine, not the code: on
a busy two-core CI runner it fails property tests that are correct. Speed is measured
in the benchmark script, not here.

The compiled-regex cache goes to a folder of the test session's own (the CLI runs the
tests start inherit it), never to the user's ~/.cache.
"""
import atexit
import os
import shutil
import tempfile

from hypothesis import settings

settings.register_profile("offercheck", deadline=None)
settings.load_profile("offercheck")

if "OFFERCHECK_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="offercheck-test-cache-")
    os.environ["OFFERCHECK_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)

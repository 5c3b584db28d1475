"""The normalizers' and value types' doctests, run against the installed package."""
import doctest
import importlib
import pkgutil

import pytest

import offercheck

MODULES = sorted(m.name for m in pkgutil.walk_packages(offercheck.__path__, "offercheck.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0

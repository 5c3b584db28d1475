"""offercheck: read an offer letter or employment contract and check it before signing."""

__version__ = "0.1.0"

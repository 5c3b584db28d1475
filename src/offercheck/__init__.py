"""offercheck: read an offer letter or employment contract and check it before signing."""

import os as _os

# No BLAS thread pool (numpy's OpenBLAS starts one per core on import): the confidence
# model's arithmetic is tiny, and a thread alive when a reader forks its sandboxed child
# (sandbox.py) or a batch forks its workers can leave a lock held in the child for ever.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"

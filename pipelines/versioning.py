"""Which code and catalogue produced a bulletin's rows: the processing version.

What belongs here: the fingerprint of everything that decides a bulletin's text, observations
and indicator codes (the readers, normalisation, the grammar, the catalogue rules, the row
builder, and the catalogue file), so that a run re-processes bulletins stored by an earlier
version instead of keeping their stale rows. What does not: deciding which files are pending
(``layers.pending_files``) or storing the version (``warehouse``).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_PIPELINES = Path(__file__).resolve().parent
# The modules whose behaviour reaches the stored rows of a bulletin. Orchestration, the
# warehouse and the derived tables are not here: they do not change what a bulletin says.
_CODE = (
    "ingest.py",
    "normalise.py",
    "observation.py",
    "catalogue.py",
    "layers.py",
    "readers/*.py",
    "extract/*.py",
)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 over the source of the modules in ``_CODE``, in a fixed order."""
    digest = hashlib.sha256()
    for pattern in _CODE:
        for path in sorted(_PIPELINES.glob(pattern)):
            digest.update(path.relative_to(_PIPELINES).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def processing_version(catalogue_digest: str) -> str:
    """The version stored with each bulletin: code and catalogue together, 16 hex digits."""
    return hashlib.sha256(f"{code_digest()}:{catalogue_digest}".encode()).hexdigest()[:16]

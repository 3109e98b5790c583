"""An in-memory LSH index over signatures, with the same banding as the database's band keys."""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np

from archive.fingerprints.minhash import NEAR_DUPLICATE_THRESHOLD, NUM_BANDS, NUM_PERM, Signature, band_keys

# In memory, band keys are cut to 60 bits: a CPython int up to 2**60 takes 32 bytes instead of 36-40,
# which is ~0.2 GB over the 20M keys of a 1M-release index; the extra collisions (2**-60) are harmless.
_KEY_MASK = (1 << 60) - 1


class NearDuplicateIndex:
    """In-memory LSH index over signatures: the same banding as ``band_keys``, for tests and batch jobs.

    >>> index = NearDuplicateIndex()
    >>> index.add("a", signature("teks siaran pers ..."))
    >>> index.find(signature("Jakarta (ANTARA) - teks siaran pers ..."))  # [("a", 1.0)]
    """

    def __init__(self) -> None:
        self._ids: list[Hashable] = []
        self._positions: dict[Hashable, int] = {}
        self._values = np.empty((1024, NUM_PERM), dtype=np.uint32)
        # One dict per band: key -> position, or list of positions once a key is shared.
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(NUM_BANDS)]

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._positions

    def add(self, doc_id: Hashable, sig: Signature) -> None:
        """Index ``sig`` under ``doc_id``. An id can be added once; empty signatures are not indexed."""
        if doc_id in self._positions:
            raise ValueError(f"document {doc_id!r} is already in the index")
        pos = len(self._ids)
        if pos == self._values.shape[0]:
            grown = np.empty((pos * 2, NUM_PERM), dtype=np.uint32)
            grown[:pos] = self._values
            self._values = grown
        self._values[pos] = sig.values
        self._ids.append(doc_id)
        self._positions[doc_id] = pos
        for bucket, key in zip(self._buckets, band_keys(sig)):
            key &= _KEY_MASK
            found = bucket.get(key)
            if found is None:
                bucket[key] = pos
            elif isinstance(found, list):
                found.append(pos)
            else:
                bucket[key] = [found, pos]

    def _candidate_positions(self, sig: Signature) -> set[int]:
        positions: set[int] = set()
        for bucket, key in zip(self._buckets, band_keys(sig)):
            found = bucket.get(key & _KEY_MASK)
            if found is None:
                continue
            if isinstance(found, list):
                positions.update(found)
            else:
                positions.add(found)
        return positions

    def candidates(self, sig: Signature) -> set[Hashable]:
        """Ids sharing at least one band key with ``sig`` (a superset-ish of its near-duplicates)."""
        return {self._ids[p] for p in self._candidate_positions(sig)}

    def find(
        self, sig: Signature, threshold: float = NEAR_DUPLICATE_THRESHOLD
    ) -> list[tuple[Hashable, float]]:
        """Candidates whose estimated similarity is >= ``threshold``, best first (ties by insertion order)."""
        positions = sorted(self._candidate_positions(sig))
        if not positions:
            return []
        sims = np.count_nonzero(self._values[positions] == sig.values[None, :], axis=1) / NUM_PERM
        order = np.argsort(-sims, kind="stable")
        return [(self._ids[positions[i]], float(sims[i])) for i in order if sims[i] >= threshold]

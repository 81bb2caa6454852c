"""Maintainer scripts; run them from the repository root with ``python -m tools.<name>``."""

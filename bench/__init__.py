"""Benchmarks: numbers, not tests. ``python -m bench`` (``make bench``) runs the main table."""

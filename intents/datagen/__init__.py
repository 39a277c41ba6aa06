"""Deterministic generator of the project's labelled examples (see generate.py)."""

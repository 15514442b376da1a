"""Persona snapshots: the weekly plans of a few dozen realistic people, kept as text so that
any change to a plan shows as a diff a physiotherapist can read (docs: DESIGN, "Clinical
reasoning"). `uv run python -m tests.core.personas` rewrites them."""

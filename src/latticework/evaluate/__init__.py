"""Evaluation of extraction against hand-written gold sets (entities now; events later)."""

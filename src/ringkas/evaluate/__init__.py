"""Evaluation: ROUGE against human references, peers side by side, bootstrap confidence intervals."""

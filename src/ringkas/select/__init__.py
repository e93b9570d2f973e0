"""Choosing summary sentences: scorers, selectors and the registry of named methods."""

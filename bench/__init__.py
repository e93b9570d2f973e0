"""Benchmarks run by `make bench`; each section_*.py returns one Markdown section."""

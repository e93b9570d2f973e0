"""The HTTP face: a FastAPI app over the same core as the CLI (the `api` extra)."""

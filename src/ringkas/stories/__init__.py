"""Stories: a stream of articles grouped into events, stored, with digests kept current."""

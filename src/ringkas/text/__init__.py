"""The language layer: sentences, tokens, stems, stopwords, language identification."""

"""`ringkas watch`: poll outlets' feeds, fetch new pages politely, keep the story store current.

Pure parts (``config``, ``feeds``, ``dating``) are testable without a network; ``fetch`` is the
thin HTTP edge (httpx, robots.txt, rate limits); ``state`` keeps what was fetched in the store;
``rounds`` ties them together, one transaction per batch of pages with the articles it stores.
"""

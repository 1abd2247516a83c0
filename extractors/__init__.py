"""The extractors of targets, deadlines, bodies and legal references."""

# Entries kept by the caches of what a name, a cell or a word reads as ("Sở Tài chính", "Năm 2026"): a document says
# the same ones again and again, so a few thousand cover the documents being read; a larger cache only grows with the
# corpus (its entries are never evicted before it is full), and a run's memory with it.
CACHE_NAMES = 4096

"""French: constructions and word lists as data."""

"""English: constructions and word lists as data."""

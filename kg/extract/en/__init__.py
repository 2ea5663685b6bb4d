"""English extraction over spaCy's English parses (`en_core_web_sm`, ClearNLP-style labels): the readings still
written in Python, by family (`clauses`, `descriptions`, `events`, `speech`; `references` resolves pronouns and
definite descriptions before they run), and the grammar adapter (`grammar`). `kg/lang/en/rules.toml` says which run
in which order. General English grammar only."""

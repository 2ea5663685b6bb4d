"""French extraction over Universal Dependencies parses (spaCy `fr_core_news_*`): the readings still written in
Python, by family (`clauses`, `descriptions`, `events`, `speech`; `references` resolves what refers back before they
run), and the grammar adapter (`grammar`). `kg/lang/fr/rules.toml` says which run in which order. Rules see only
general French grammar and the lexicons: no names or phrases of any particular article."""

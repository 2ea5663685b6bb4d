"""Packaged as kg.ontology_files so the ontology, shapes and lexicons ship inside the wheel."""

"""Everything kg knows about each language, one folder a language: its constructions (`patterns.jsonl`), and in
time its word lists, grammar adapter and model names."""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def language_file(lang: str, name: str) -> Path:
    """Path of a language's data file (`language_file("fr", "patterns.jsonl")`)."""
    return HERE / lang / name

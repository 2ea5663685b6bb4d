"""Defaults in one place, so a caller can override any of them by passing its own `Settings`."""

from dataclasses import dataclass, field

from .lang import LANGUAGES


@dataclass(frozen=True)
class Settings:
    """Model names and batching for parsing; measured best on a 2-core machine (ARCHITECTURE.md)."""

    models: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {code: language.models for code, language in LANGUAGES.items()})
    batch_size: int = 50
    n_process: int = 1
    max_paragraph_chars: int = 100_000
    #: a text longer than this is read as consecutive parts (`<id>-part0001`…), so memory stays bounded
    part_chars: int = 200_000
    #: documents are parsed and stored in batches of about this many characters
    batch_chars: int = 300_000
    #: with several processes, each reads chunks of whole documents of about this many characters
    worker_chars: int = 15_000
    #: a Dask distributed scheduler to read documents on (`tcp://HOST:8786`), or `local:N` for N local workers
    dask: str | None = None

"""Errors kg raises. The CLI catches `KgError` once and prints `Error: <message>`.

    KgError                 root of everything kg raises on purpose
    ├── InputError          an input file or record cannot be read (encoding, binary, empty, bad JSON)
    ├── ModelMissing        a spaCy pipeline is not installed (the message names the pip package)
    ├── LexiconError        a lexicon row is malformed (file:line)
    ├── UnknownFormat       an export format name is not known (lists the known ones)
    ├── UnsupportedLanguage no extraction rules for a language (lists the supported ones)
    ├── QuerySyntaxError    a SPARQL query does not parse (carries the parser's position)
    ├── UpdateRefused       a SPARQL update was sent to a read-only path
    ├── EntityNotFound      `kg render --focus` names no entity of the graph
    ├── StoreMissing        no store has been built in the output folder yet
    ├── StoreLocked         another process (a build or a server) holds the store
    ├── StoreUnavailable    the SPARQL server given by --store does not answer, or refuses a request
    ├── WorkerLost          a worker process of `kg build -j N` stopped (killed, out of memory)
    ├── ClusterError        `kg build --dask` cannot reach or use the Dask cluster
    └── ServeError          `kg serve` cannot listen where it was asked to
"""


class KgError(Exception):
    """Root of every error kg raises on purpose; its message says what to do."""

    exit_code = 1


class InputError(KgError):
    """An input file or record cannot be read."""


class ModelMissing(KgError):
    """A spaCy pipeline is not installed."""


class LexiconError(KgError):
    """A lexicon row is malformed."""


class PatternError(KgError):
    """A construction pattern is malformed (its message names the file and line)."""


class WorkerLost(KgError):
    """A worker process reading documents stopped; what was stored before is kept."""


class ClusterError(KgError):
    """The Dask cluster a build was sent to cannot be reached or used."""


class UnknownFormat(KgError):
    """An export format name is not known."""


class UnsupportedLanguage(KgError):
    """No extraction rules exist for a language."""


class QuerySyntaxError(KgError):
    """A SPARQL query or update does not parse."""

    exit_code = 2


class UpdateRefused(KgError):
    """A SPARQL update was sent where only queries are allowed."""

    exit_code = 2


class EntityNotFound(KgError):
    """An entity asked for by name is not in the graph."""


class StoreMissing(KgError):
    """No store exists in the output folder."""


class StoreLocked(KgError):
    """Another process holds the store's lock."""

    exit_code = 3


class StoreUnavailable(KgError):
    """The SPARQL server a command was pointed at (`--store URL`) does not answer, or refuses what kg sends."""

    exit_code = 4


class ServeError(KgError):
    """The server cannot start (e.g. its port is taken)."""

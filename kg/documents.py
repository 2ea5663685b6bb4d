"""Reading inputs into Documents: files, folders and JSON Lines corpora.

Inputs are untrusted: every problem (undecodable bytes, empty or binary files, malformed JSON lines, duplicate ids)
becomes an `InputProblem` that the caller reports, and the remaining inputs are still read.
"""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .language import detect_language
from .model import Document

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = (".jsonl",)
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?", re.IGNORECASE)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_MD_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)
#: encodings news text in French and English actually comes in; limiting the detector to them stops it from
#: reading a short Latin-1 article as Baltic or Cyrillic
ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15"]


@dataclass(frozen=True)
class InputProblem:
    """Something in the inputs that was skipped, and why."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes: UTF-8 when valid, else the encoding charset-normalizer detects.

    Raises InputError for binary data (NUL bytes or no plausible text encoding).
    """
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: binary file (contains NUL bytes), skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=ENCODINGS).best()
    if best is None:
        raise InputError(f"{source}: not text in any known encoding; convert it to UTF-8 first")
    return str(best)


def parse_text(text: str, doc_id: str, source: str, *, title: str | None = None, date: str | None = None,
               url: str | None = None, lang: str | None = None) -> Document:
    """Build a Document from article text, reading a leading `date YYYY-MM[-DD]` line and a Markdown title."""
    if not text.strip():
        raise InputError(f"{source}: empty document, nothing to extract")
    text = _LONE_SURROGATE.sub("\ufffd", text)  # JSON can carry them (`"\ud800"`); nothing downstream can
    doc_id = _LONE_SURROGATE.sub("\ufffd", doc_id)
    body_start = 0
    match = _DATE_LINE.match(text)
    if match:
        date = date or match.group(1)
        body_start = match.end()
    if title is None and source.endswith(".md"):
        heading = _MD_TITLE.search(text, body_start)
        title = heading.group(1) if heading else None
    lang = lang or detect_language(text[body_start:])
    return Document(id=doc_id, text=text, source=source, title=title, date=date, url=url, lang=lang,
                    body_start=body_start)


def read_text_file(path: Path) -> Document:
    """Read one `.txt` / `.md` article; its id is the file name without extension."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: empty file, nothing to extract")
    return parse_text(decode_bytes(data, str(path)), path.stem, str(path))


def read_corpus(path: Path, problems: list[InputProblem]) -> Iterator[Document]:
    """Yield one Document per JSON Lines record (`id`, `text`; optional `title`, `date`, `url`, `lang`).

    A malformed line is recorded in `problems` with its line number; the other lines are still read.
    """
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(decode_bytes(raw, str(path)))
            except (json.JSONDecodeError, InputError) as exc:
                problems.append(InputProblem(str(path), f"not a JSON object ({exc}); line skipped", number))
                continue
            if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
                problems.append(InputProblem(str(path), "record needs an \"id\" and a string \"text\"; skipped",
                                             number))
                continue
            try:
                yield parse_text(record["text"], str(record["id"]), f"{path}:{number}",
                                 title=_optional_str(record.get("title")), date=_optional_str(record.get("date")),
                                 url=_optional_str(record.get("url")), lang=_optional_str(record.get("lang")))
            except InputError as exc:
                problems.append(InputProblem(str(path), str(exc).split(": ", 1)[-1], number))


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and the readable files of named folders (recursively, sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                            TEXT_SUFFIXES + CORPUS_SUFFIXES and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_documents(paths: Iterable[str | Path], problems: list[InputProblem]) -> Iterator[Document]:
    """Yield every Document in `paths`; what cannot be read goes into `problems` and is skipped."""
    seen: dict[str, str] = {}
    for path in expand_paths(paths):
        try:
            if path.suffix.lower() in CORPUS_SUFFIXES:
                documents = list(read_corpus(path, problems))
            else:
                documents = [read_text_file(path)]
        except InputError as exc:
            problems.append(InputProblem(str(path), str(exc).split(": ", 1)[-1]))
            continue
        except OSError as exc:
            problems.append(InputProblem(str(path), f"cannot be read ({exc.strerror})"))
            continue
        for document in documents:
            if document.id in seen:
                problems.append(InputProblem(document.source, f"document id {document.id!r} already read from "
                                             f"{seen[document.id]}; skipped (rename one of them)"))
                continue
            seen[document.id] = document.source
            yield document


def with_language(document: Document, lang: str) -> Document:
    """The same document with its language forced (the `--lang` option)."""
    return replace(document, lang=lang)

"""Reading inputs into Documents: files, folders and JSON Lines corpora.

Inputs are untrusted: every problem (undecodable bytes, empty or binary files, malformed JSON lines, duplicate ids)
becomes an `InputProblem` that the caller reports, and the remaining inputs are still read.
"""

import codecs
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .blocks import headline
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
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-16 and UTF-32 text is full of NUL bytes
#: a text longer than this (in characters) is read as consecutive parts, so memory stays bounded
PART_CHARS = 200_000
_WHOLE_FILE_BYTES = 4 << 20  # files up to this size are decoded whole; larger ones are streamed
_READ_CHARS = 1 << 20
_BREAKS = (re.compile(r"\n[ \t\r\f\v]*\n"), re.compile(r"\n"), re.compile(r"\s"))


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
    return data.decode(detect_encoding(data, source, complete=True), errors="replace")


def detect_encoding(sample: bytes, source: str, *, complete: bool) -> str:
    """The encoding of text starting with `sample` (the whole data when `complete`, else its first bytes)."""
    if b"\x00" in sample[:65536] and not sample.startswith(_WIDE_BOMS):
        raise InputError(f"{source}: binary file (contains NUL bytes), skipped")
    try:  # an incremental decoder accepts a character cut at the end of a sample
        codecs.getincrementaldecoder("utf-8-sig")().decode(sample, final=complete)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample, cp_isolation=ENCODINGS).best()
    if best is None:
        raise InputError(f"{source}: not text in any known encoding; convert it to UTF-8 first")
    return best.encoding


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
    if title is None:  # a news article's first line is usually its headline
        line = headline(text, body_start)
        title = text[line[0]:line[1]] if line else None
    lang = lang or detect_language(text[body_start:])
    return Document(id=doc_id, text=text, source=source, title=title, date=date, url=url, lang=lang,
                    body_start=body_start)


def split_parts(chunks: Iterable[str], part_chars: int) -> Iterator[str]:
    """Cut a stream of text into pieces of at most `part_chars`, at paragraph breaks where there are any."""
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        while len(buffer) > part_chars:
            cut = _cut_point(buffer, part_chars)
            yield buffer[:cut]
            buffer = buffer[cut:]
    if buffer:
        yield buffer


def _cut_point(text: str, limit: int) -> int:
    """The last paragraph break before `limit` (else line break, else space) in its second half; else `limit`."""
    for pattern in _BREAKS:
        ends = [match.end() for match in pattern.finditer(text, limit // 2, limit)]
        if ends:
            return ends[-1]
    return limit


def documents_of_text(pieces: Iterable[tuple[str, int]], doc_id: str, source: str, **metadata: str | None,
                      ) -> Iterator[Document]:
    """One Document for a text in one piece; for a longer text, one per piece, with ids `<id>-partNNNN`.

    `pieces` are (text, input bytes) pairs. The first piece's date line and title apply to every part.
    """
    parts = _non_blank(pieces)
    first = next(parts, None)
    if first is None:
        raise InputError(f"{source}: empty document, nothing to extract")
    head = parse_text(first[0], doc_id, source, **metadata)
    second = next(parts, None)
    if second is None:
        yield replace(head, size=first[1])
        return
    shared = {"title": head.title, "date": head.date, "url": metadata.get("url"), "lang": metadata.get("lang")}
    for number, (text, size) in enumerate(itertools.chain([first, second], parts), 1):
        part_id, part_source = f"{doc_id}-part{number:04d}", f"{source} (part {number})"
        part = (replace(head, id=part_id, source=part_source) if number == 1
                else parse_text(text, part_id, part_source, **shared))
        yield replace(part, part_of=doc_id, size=size)


def _non_blank(pieces: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Pieces with some text; the bytes of a blank one are counted with the next."""
    carried = 0
    for text, size in pieces:
        if text.strip():
            yield text, size + carried
            carried = 0
        else:
            carried += size


def read_text_file(path: Path, part_chars: int = PART_CHARS) -> Iterator[Document]:
    """Read one `.txt` / `.md` article, its id the file name without extension; a long one in parts, streamed.

    A file up to a few megabytes is decoded whole (the most reliable encoding detection); a larger one is decoded
    as it is read, in the encoding of its first megabyte, so memory stays bounded whatever its size.
    """
    with path.open("rb") as stream:
        sample = stream.read(_WHOLE_FILE_BYTES + 1)
        complete = len(sample) <= _WHOLE_FILE_BYTES
        if complete and not sample.strip():
            raise InputError(f"{path}: empty file, nothing to extract")
        encoding = detect_encoding(sample, str(path), complete=complete)
        stream.seek(0)
        text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        chunks = iter(lambda: text.read(_READ_CHARS), "")
        yield from documents_of_text(_with_bytes_read(split_parts(chunks, part_chars), stream), path.stem, str(path))


def _with_bytes_read(pieces: Iterable[str], stream: BinaryIO) -> Iterator[tuple[str, int]]:
    """Pair each piece with the bytes read from `stream` since the previous one (read ahead, at chunk grain)."""
    position = 0
    for piece in pieces:
        now = stream.tell()
        yield piece, now - position
        position = now


def read_corpus(path: Path, problems: list[InputProblem], part_chars: int = PART_CHARS) -> Iterator[Document]:
    """Yield one Document per JSON Lines record (`id`, `text`; optional `title`, `date`, `url`, `lang`).

    Records are read one at a time. A malformed line is recorded in `problems` with its line number; the other
    lines are still read. A record longer than `part_chars` is read in parts.
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
            pieces = [(piece, 0 if index else len(raw))
                      for index, piece in enumerate(split_parts([record["text"]], part_chars))]
            metadata = {name: _optional_str(record.get(name)) for name in ("title", "date", "url", "lang")}
            try:
                yield from documents_of_text(pieces, str(record["id"]), f"{path}:{number}",
                                             **metadata)
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


def read_documents(paths: Iterable[str | Path], problems: list[InputProblem],
                   part_chars: int = PART_CHARS) -> Iterator[Document]:
    """Yield every Document in `paths`, one at a time; what cannot be read goes into `problems` and is skipped."""
    seen: dict[str, str] = {}
    for path in expand_paths(paths):
        documents = (read_corpus(path, problems, part_chars) if path.suffix.lower() in CORPUS_SUFFIXES
                     else read_text_file(path, part_chars))
        try:
            for document in documents:
                if document.id in seen:
                    problems.append(InputProblem(document.source, f"document id {document.id!r} already read from "
                                                 f"{seen[document.id]}; skipped (rename one of them)"))
                    continue
                seen[document.id] = document.source
                yield document
        except InputError as exc:
            problems.append(InputProblem(str(path), str(exc).split(": ", 1)[-1]))
        except OSError as exc:
            problems.append(InputProblem(str(path), f"cannot be read ({exc.strerror})"))


def with_language(document: Document, lang: str) -> Document:
    """The same document with its language forced (the `--lang` option)."""
    return replace(document, lang=lang)

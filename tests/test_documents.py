"""Reading inputs: encodings, empty and binary files, JSON Lines records, dates, titles, languages."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.documents import InputProblem, decode_bytes, read_documents, split_parts
from kg.errors import InputError
from kg.language import detect_language

from .conftest import write

FRENCH = "La société française a annoncé qu'elle rachète une entreprise allemande de logiciels à Munich."


def read(paths):
    problems: list[InputProblem] = []
    return list(read_documents(paths, problems)), problems


def test_latin1_french_file_is_decoded(tmp_path):
    path = write(tmp_path / "article.txt", "Le Président a été élu à Besançon en été. " * 3, "latin-1")
    (document,), problems = read([path])
    assert problems == []
    assert "Président a été élu à Besançon" in document.text
    assert document.lang == "fr"


def test_cp1252_quotes_and_euro_are_decoded(tmp_path):
    text = "L’entreprise a levé 5 € et son patron a déclaré : « c’est énorme » pour la région."
    path = write(tmp_path / "windows.txt", text, "cp1252")
    (document,), _ = read([path])
    assert document.text == text


def test_empty_file_is_reported_not_fatal(tmp_path):
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.txt", "  \n\t\n")
    write(tmp_path / "good.txt", FRENCH)
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert sorted(p.source.rsplit("/", 1)[-1] for p in problems) == ["blank.txt", "empty.txt"]
    assert all("empty" in p.message for p in problems)


def test_binary_file_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "good.txt", FRENCH)
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert len(problems) == 1 and "binary" in problems[0].message


def test_decode_bytes_refuses_nul_bytes():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"abc\x00def", "x.txt")


def test_jsonl_records_and_malformed_line_number(tmp_path):
    lines = [json.dumps({"id": "a1", "text": FRENCH, "title": "Titre", "date": "2024-05-01", "url": "http://x"}),
             "{not json",
             json.dumps({"id": "a2", "text": FRENCH, "extra": [1, 2]}),
             json.dumps({"text": "pas d'identifiant"}),
             json.dumps({"id": "a3", "text": ""})]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    documents, problems = read([path])
    assert [d.id for d in documents] == ["a1", "a2"]
    assert documents[0].title == "Titre" and documents[0].date == "2024-05-01" and documents[0].url == "http://x"
    assert [p.line for p in problems] == [2, 4, 5]
    assert "corpus.jsonl:2" in str(problems[0])


def test_date_line_becomes_document_date_and_is_not_text_to_parse(tmp_path):
    path = write(tmp_path / "dated.txt", "date 2023-07 " + FRENCH)
    (document,), _ = read([path])
    assert document.date == "2023-07"
    assert document.text[document.body_start:].startswith("La société")


def test_markdown_title(tmp_path):
    path = write(tmp_path / "note.md", "# Un rachat à Munich\n\n" + FRENCH)
    (document,), _ = read([path])
    assert document.title == "Un rachat à Munich"


def test_duplicate_ids_keep_the_first(tmp_path):
    write(tmp_path / "a" / "same.txt", FRENCH)
    write(tmp_path / "b" / "same.txt", FRENCH + " Encore.")
    documents, problems = read([tmp_path])
    assert len(documents) == 1 and "already read" in problems[0].message


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read([tmp_path / "nope.txt"])


@pytest.mark.parametrize(("text", "lang"), [
    (FRENCH, "fr"),
    ("The company said on Monday that it would buy a German software maker for two billion dollars.", "en"),
    ("12345 67890", None),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_lone_surrogates_from_json_are_replaced(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"id": "s\\ud800", "text": "Acme utilise Zorg \\ud800 depuis 2020."}\n')
    (document,), problems = read([path])
    assert problems == [] and "\ud800" not in document.text + document.id and "\ufffd" in document.text


PARAGRAPH = "La société a annoncé un accord avec ses partenaires européens pour la région. " * 4


@given(st.text(alphabet=st.sampled_from("ab é\n\t\u200b😀"), max_size=400), st.integers(min_value=4, max_value=60))
def test_split_parts_is_lossless_and_bounded(text, limit):
    chunks = [text[i:i + 7] for i in range(0, len(text), 7)]
    parts = list(split_parts(chunks, limit))
    assert "".join(parts) == text
    assert all(0 < len(part) <= limit for part in parts)


def test_split_parts_cuts_at_paragraph_breaks():
    text = "\n\n".join(f"{i} {PARAGRAPH}" for i in range(30))
    parts = list(split_parts([text], 2000))
    assert len(parts) > 1
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_long_file_is_streamed_in_parts_that_lose_nothing(tmp_path):
    # Larger than what is decoded whole, and in Latin-1: the encoding comes from the first megabytes.
    text = "date 2024-05-02\n" + "\n\n".join(f"Été {i} à Besançon. {PARAGRAPH}" for i in range(16_000))
    path = write(tmp_path / "long.txt", text, "latin-1")
    assert path.stat().st_size > 5 << 20
    problems: list[InputProblem] = []
    documents = list(read_documents([path], problems, part_chars=200_000))
    assert problems == []
    assert len(documents) > 20
    assert [d.id for d in documents[:2]] == ["long-part0001", "long-part0002"]
    assert {d.part_of for d in documents} == {"long"} and {d.date for d in documents} == {"2024-05-02"}
    assert "".join(d.text for d in documents) == text
    assert sum(d.size for d in documents) == path.stat().st_size
    assert max(len(d.text) for d in documents) <= 200_000


def test_long_jsonl_record_is_read_in_parts(tmp_path):
    text = "\n\n".join(PARAGRAPH for _ in range(40))
    path = write(tmp_path / "corpus.jsonl", json.dumps({"id": "r", "text": text, "title": "T"}) + "\n")
    documents, problems = read_documents_with([path], part_chars=3000)
    assert problems == [] and len(documents) > 3
    assert {(d.part_of, d.title) for d in documents} == {("r", "T")}
    assert "".join(d.text for d in documents) == text


def test_short_text_is_one_document_without_parts(tmp_path):
    (document,), _ = read([write(tmp_path / "short.txt", FRENCH)])
    assert (document.id, document.part_of) == ("short", None)


def test_utf16_text_with_bom_is_not_taken_for_binary(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    (document,), problems = read([path])
    assert problems == [] and document.text == FRENCH


def read_documents_with(paths, part_chars):
    problems: list[InputProblem] = []
    return list(read_documents(paths, problems, part_chars=part_chars)), problems

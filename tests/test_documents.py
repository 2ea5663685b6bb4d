"""Reading inputs: encodings, empty and binary files, JSON Lines records, dates, titles, languages."""

import json

import pytest

from kg.documents import InputProblem, decode_bytes, read_documents
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

"""The ontology, its checked namespace, and the lexicons' validation."""

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import LexiconError
from kg.ontology import default_lexicon, load_lexicon, ontology_file, ontology_graph
from kg.vocab import KG, ONTOLOGY_IRI


def declared_terms() -> set[str]:
    graph = ontology_graph()
    return {str(s)[len(ONTOLOGY_IRI) + 1:] for s in graph.subjects(RDF.type, None)
            if str(s).startswith(ONTOLOGY_IRI + "#")}


def test_namespace_terms_match_the_ontology():
    assert set(KG.__annotations__) == declared_terms()
    with pytest.raises(AttributeError):
        KG.notATerm  # noqa: B018 - a misspelt term must raise


def test_every_relation_is_under_related_to_and_in_one_group_with_english_and_french_labels():
    """Every relation is directly under `kg:relatedTo` (so `?p rdfs:subPropertyOf kg:relatedTo` finds them all, with
    no reasoning) and in one group (`kg:dealsAndMoney`, `kg:lawAndConflict`…: the page's relation filter shows them
    so); minted relations are under `kg:relatedTo` only."""
    graph = ontology_graph()
    groups = {g for g in graph.subjects(RDFS.subPropertyOf, KG.relatedTo) if graph.value(g, RDFS.comment) and
              str(graph.value(g, RDFS.comment)).startswith("A group of relations")}
    assert len(groups) == 8 and KG.dealsAndMoney in groups
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        if prop in (KG.relatedTo, KG.qualifier):
            continue
        parents = set(graph.objects(prop, RDFS.subPropertyOf))
        if KG.qualifier not in parents:
            assert KG.relatedTo in parents, prop
            assert len(parents & groups) == (0 if prop in groups else 1) and parents <= groups | {KG.relatedTo}, prop
        languages = {label.language for label in graph.objects(prop, RDFS.label)}
        assert {"en", "fr"} <= languages, prop


def test_lexicon_properties_exist():
    lexicon = default_lexicon()
    assert lexicon.frame("fr", "utiliser", "obj").property == "uses"
    assert lexicon.frame("fr", "servir", "se:de").property == "uses"
    assert lexicon.nouns("fr")["président"] == "Role"


def test_unknown_verbs_get_a_minted_property():
    relation, roles = default_lexicon().relation("fr", "gambader", "sur")
    assert relation.minted and relation.local_name == "gambaderSur" and relation.label == "gambader sur"
    assert roles == {}


def test_a_caret_row_reads_its_property_from_the_object_to_the_subject(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("en\tsell\tobj\tsells\tto=recipient\nen\tsell\tpass:to\t^acquires\t\n", encoding="utf-8")
    (tmp_path / "nominals.tsv").write_text("", encoding="utf-8")
    lexicon = load_lexicon(relations=path, nominals=tmp_path / "nominals.tsv")
    active, passive = lexicon.relation("en", "sell", "obj")[0], lexicon.relation("en", "sell", "pass:to")[0]
    assert (active.local_name, active.inverse) == ("sells", False)
    assert (passive.local_name, passive.inverse) == ("acquires", True)
    path.write_text("en\tsell\tpass:to\t^aquires\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="property 'aquires' is not declared"):
        load_lexicon(relations=path)


def test_a_lexicon_frame_marked_dash_makes_no_fact(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("en\treplace\tobj\treplaces\t\nen\treplace\tobj+with\t-\t\n", encoding="utf-8")
    (tmp_path / "nominals.tsv").write_text("", encoding="utf-8")
    lexicon = load_lexicon(relations=path, nominals=tmp_path / "nominals.tsv")
    assert lexicon.makes_no_fact("en", "replace", "obj+with") and not lexicon.makes_no_fact("en", "replace", "obj")
    with pytest.raises(LexiconError, match="makes no fact"):
        lexicon.relation("en", "replace", "obj+with")
    path.write_text("en\tgo\tto\t-\t\n", encoding="utf-8")  # (a frame a pattern reads for some objects only)
    assert load_lexicon(relations=path, nominals=tmp_path / "nominals.tsv").makes_no_fact("en", "go", "to")
    for row in ("en\treplace\tobj+with\t-\twith=recipient\n", "en\treplace\tobj+with\t^-\t\n"):
        path.write_text(row, encoding="utf-8")
        with pytest.raises(LexiconError, match="has no inverse or roles"):
            load_lexicon(relations=path, nominals=tmp_path / "nominals.tsv")


def test_an_idiom_marked_dash_names_no_relation(tmp_path):
    """`partir du principe que …`: known as an idiom, so its noun is no object, and it makes no fact."""
    path = tmp_path / "lexicon.tsv"
    path.write_text("fr\tpartir\tde\tleaves\t\nfr\tpartir du principe\tque\t-\t\n", encoding="utf-8")
    (tmp_path / "nominals.tsv").write_text("", encoding="utf-8")
    lexicon = load_lexicon(relations=path, nominals=tmp_path / "nominals.tsv")
    assert lexicon.is_idiom("fr", "partir du principe") and lexicon.makes_no_fact("fr", "partir du principe", "que")
    assert not lexicon.makes_no_fact("fr", "partir", "de")


@pytest.mark.parametrize(("row", "message"), [
    ("fr\tutiliser\tobj\tuzes\t", "property 'uzes' is not declared"),
    ("fr\tutiliser\tobj\tuses\tpour=porpoise", "unknown qualifier role 'porpoise'"),
    ("fr\tutiliser\tobj", "expected 5 tab-separated columns"),
    ("fr\tmourir\tà\tdeathDate\t", "foundingDate\\) takes the frame when, se:when or obj:when"),
    ("fr\tmourir\twhen\tdiedIn\t", "only a date does, not when diedIn"),
])
def test_bad_lexicon_rows_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "lexicon.tsv"
    path.write_text("# comment\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as error:
        load_lexicon(relations=path)
    assert f"{path}:2" in str(error.value)


def test_a_noun_listed_twice_names_file_and_line(tmp_path):
    nouns = tmp_path / "nouns.tsv"
    nouns.write_text("fr\tsociété\tOrganization\nen\tfirm\tOrganization\nfr\tsociété\tOrganization\tanaphor\n",
                     encoding="utf-8")
    with pytest.raises(LexiconError, match="fr société is listed twice") as error:
        load_lexicon(nouns=nouns)
    assert f"{nouns}:3" in str(error.value)


def test_ontology_parses_and_shapes_parse():
    assert len(rdflib.Graph().parse(ontology_file("shapes.ttl"))) > 20
    assert (rdflib.URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology_graph()


def test_a_role_prefix_makes_prefixed_roles(tmp_path):
    nouns = tmp_path / "nouns.tsv"
    nouns.write_text("fr\tministre\tRole\nfr\tvice-\tRole\tprefix\nfr\tsociété\tOrganization\n", encoding="utf-8")
    lexicon = load_lexicon(nouns=nouns)
    assert lexicon.nouns("fr") == {"ministre": "Role", "vice-ministre": "Role", "société": "Organization"}


def test_affiliations_are_read_per_language():
    lexicon = default_lexicon()
    assert lexicon.affiliations("fr")["socialiste"] == "Parti socialiste"
    assert lexicon.affiliations("en")["labour"] == "Labour Party"


def test_a_demonym_gives_a_nationality_unless_its_row_says_where_it_is_based(tmp_path):
    path = tmp_path / "demonyms.tsv"
    path.write_text("fr\tallemand\tAllemagne\nfr\tlyonnais\tLyon\tbasedIn\n", encoding="utf-8")
    lexicon = load_lexicon(demonyms=path)
    assert lexicon.demonyms("fr") == {"allemand": "Allemagne", "lyonnais": "Lyon"}
    assert (lexicon.demonym_property("fr", "allemand"), lexicon.demonym_property("fr", "lyonnais")) == \
        ("nationality", "basedIn")
    path.write_text("fr\tallemand\tAllemagne\nfr\tlyonnais\tLyon\tlivesIn\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not 'livesIn'") as error:
        load_lexicon(demonyms=path)
    assert f"{path}:2" in str(error.value)


def test_preposition_roles_are_read_per_language_and_checked(tmp_path):
    assert default_lexicon().case_roles("fr")["sur"] == "topic"
    assert default_lexicon().case_roles("en")["because of"] == "reason"
    path = tmp_path / "prepositions.tsv"
    path.write_text("fr\tsur\ttopic\nfr\tvers\tdirection\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown qualifier role 'direction'") as error:
        load_lexicon(prepositions=path)
    assert f"{path}:2" in str(error.value)


def test_editing_a_lexicon_changes_what_a_build_compares_documents_against(tmp_path, monkeypatch):
    """`kg build` skips a document whose content hash is unchanged; an edited lexicon must make it read again."""
    import shutil

    import kg.pipeline
    from kg.model import Document
    from kg.ontology import folder_digest, ontology_file

    folder = tmp_path / "ontology"
    shutil.copytree(ontology_file("lexicon.tsv").parent, folder)
    before = folder_digest(folder)
    with (folder / "lexicon.tsv").open("a", encoding="utf-8") as stream:
        stream.write("fr\tgambader\tobj\tuses\t\n")
    assert folder_digest(folder) != before
    document = Document("a", "Acme utilise Zorg.", source="a.txt", lang="fr")
    monkeypatch.setattr(kg.pipeline, "knowledge_digest", lambda: before)
    first = kg.pipeline.content_hash(document)
    monkeypatch.setattr(kg.pipeline, "knowledge_digest", lambda: folder_digest(folder))
    assert kg.pipeline.content_hash(document) != first

"""The news verbs of the lexicon (courts, conflict, demands, denials, reports, markets) give ontology properties,
in French and English, on sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang) if not f.relation.minted}


def test_entering_a_companys_capital_invests_in_it_with_the_share_it_takes():
    (stake,) = [f for f in read_text("Le fonds Brimex est entré au capital de Valtek à hauteur de 15 %.", "fr")
                if f.relation.local_name == "investsIn"]
    assert (stake.subject.label, stake.object.label) == ("Brimex", "Valtek")
    assert ("quantity", "15 %") in [(r, getattr(v, "label", v)) for r, v in stake.qualifiers]


def test_clearing_someone_of_a_charge_is_no_relation_of_the_court_to_them():
    assert not any(f.relation.minted for f in read_text("La cour a acquitté Paul Roy de meurtre.", "fr"))


def test_what_someone_is_accused_of_is_no_part_of_who_is_accused():
    (accuses,) = [f for f in read_text("Marie Martin accuse l'armée norvalienne de crimes de guerre.", "fr")
                  if f.relation.local_name == "accuses"]
    assert accuses.object.label == "armée norvalienne"
    assert ("reason", "crimes de guerre") in [(r, getattr(v, "label", v)) for r, v in accuses.qualifiers]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le parquet de Lyon accuse Marc Dufresne de fraude fiscale.",
     ("parquet de Lyon", "accuses", "Marc Dufresne")),
    ("fr", "Valtek délivre des certificats à ses clients.", ("Valtek", "provides", "certificats")),
    ("fr", "Le tribunal de Nantes a condamné Paul Girard à dix ans de prison.",
     ("tribunal de Nantes", "sentences", "Paul Girard")),
    ("fr", "Le député Jean Morel exige la démission de Claire Vasseur.",
     ("Jean Morel", "demands", "démission de Claire Vasseur")),
    ("fr", "La société Bricoplus a démenti toute fraude.", ("Bricoplus", "denies", "fraude")),
    ("fr", "Le quotidien Ouest-France rapporte l'incident.", ("Ouest-France", "reports", "incident")),
    ("fr", "Sophie Lenoir a quitté la société Vinalys en mars.", ("Sophie Lenoir", "leaves", "Vinalys")),
    ("fr", "Luc Besnard succède à Anne Fabre.", ("Luc Besnard", "succeeds", "Anne Fabre")),
    ("fr", "La cour a acquitté Paul Roy de meurtre.", ("Paul Roy", "acquittedOf", "meurtre")),
    ("fr", "La Norvalie a déclaré la guerre à la Karvie.", ("Norvalie", "opposes", "Karvie")),
    ("en", "Norvalia declared war on Karvia.", ("Norvalia", "opposes", "Karvia")),
    ("fr", "Le gouvernement a déclaré l'état d'urgence.", ("gouvernement", "announces", "état d'urgence")),
    ("en", "Tom Hale was sentenced to 10 years in prison by a court in Leeds.",
     ("Tom Hale", "sentencedTo", "10 years")),
    ("fr", "Paul Roy a annoncé à Marc Dubois qu'il quittait Valtek.", ("Paul Roy", "tells", "Marc Dubois")),
    ("fr", "Paul Roy a ajouté à l'AFP que Valtek allait fermer.", ("Paul Roy", "tells", "AFP")),
    ("fr", "Trois soldats ont été tués à Kaboul, a indiqué l'armée.", ("Trois soldats", "killedIn", "Kaboul")),
    ("fr", "Paul Durand a été assassiné à Lyon en 2019.", ("Paul Durand", "killedIn", "Lyon")),
    ("fr", "Paul Durand a été abattu dans une embuscade.", ("embuscade", "kills", "Paul Durand")),
    ("en", "Jane Doe was murdered in Leeds in 2019.", ("Jane Doe", "killedIn", "Leeds")),
    ("fr", "Deux policiers ont été blessés à Lyon.", ("Deux policiers", "injuredIn", "Lyon")),
    ("en", "Prosecutors opened an investigation of Tom Harding.", ("Prosecutors", "investigates", "Tom Harding")),
    ("en", "The regulator opened a probe into Karvex Inc.", ("regulator", "investigates", "Karvex Inc.")),
    ("en", "The regulator launched an inquiry into Karvex Inc.", ("regulator", "investigates", "Karvex Inc.")),
    ("en", "The regulator began a probe of Karvex Inc. in May.", ("regulator", "investigates", "Karvex Inc.")),
    ("en", "Police in Leeds arrested Tom Harding on Monday.", ("Police", "arrests", "Tom Harding")),
    ("en", "The gunman killed two guards at the Dunmore factory.", ("gunman", "kills", "guards")),
    ("en", "Senator Ann Blake demanded the resignation of Mayor Joe Price.",
     ("Ann Blake", "demands", "resignation of Mayor Joe Price")),
    ("en", "Harlow Corp denied the allegations.", ("Harlow Corp", "denies", "allegations")),
    ("en", "Troops clashed with the Karvex Front on Monday.", ("Troops", "opposes", "Karvex Front")),
    ("en", "Farmers marched against the Karvex Act in Brussels.", ("Farmers", "opposes", "Karvex Act")),
    ("en", "Jane Doe will run for mayor of Leeds.", ("Jane Doe", "seeks", "mayor of Leeds")),
    ("en", "Tom Hale was found dead at his home in Leeds.", ("Tom Hale", "diedIn", "Leeds")),
    ("en", "Tom Hale was acquitted of fraud by a court in Leeds.", ("Tom Hale", "acquittedOf", "fraud")),
    ("en", "The Supreme Court upheld the Karvex ruling.", ("Supreme Court", "confirms", "Karvex ruling")),
    ("fr", "Paul Roy a été retrouvé mort à son domicile de Nice.", ("Paul Roy", "diedIn", "Nice")),
    ("en", "Tom Hale stood for parliament in 2019.", ("Tom Hale", "seeks", "parliament")),
    ("fr", "Marie Martin se présentera à l'élection municipale de Lyon.",
     ("Marie Martin", "participatesIn", "élection municipale de Lyon")),
    ("en", "Students demonstrated against the Karvex Act.", ("Students", "opposes", "Karvex Act")),
    ("en", "Nurses rallied against the Karvex Act on Monday.", ("Nurses", "opposes", "Karvex Act")),
    ("en", "The Karvex Front, linked to Al-Qaeda, claimed the attack.", ("Karvex Front", "relatedTo", "Al-Qaeda")),
    ("fr", "Le Front Karvex, lié à Al-Qaïda, a revendiqué l'attentat.", ("Front Karvex", "relatedTo", "Al-Qaïda")),
    ("fr", "Le parquet a ouvert une enquête visant Paul Durand.", ("enquête", "targets", "Paul Durand")),
    ("fr", "Le parquet a ouvert une enquête visant Paul Durand.", ("parquet", "investigates", "Paul Durand")),
    ("fr", "Paul Durand a péri dans un accident d'avion à Lyon.", ("accident d'avion", "kills", "Paul Durand")),
    ("en", "Tom Hale perished in a plane crash in 1999.", ("plane crash", "kills", "Tom Hale")),
    ("fr", "Le groupe Valtek a annoncé un bénéfice net de 2 milliards d'euros.", ("Valtek", "reports", "bénéfice net")),
    ("en", "Valtek announced a net profit of $2 billion.", ("Valtek", "reports", "net profit")),
    ("en", "Prosecutors opened an investigation targeting Tom Hale.", ("Prosecutors", "investigates", "Tom Hale")),
    ("fr", "L'armée combat les rebelles du Karvex depuis mai.", ("armée", "opposes", "rebelles du Karvex")),
    ("en", "The Daily Courier reported the attack on Tuesday.", ("Daily Courier", "reports", "attack")),
    ("en", "Melva Airlines will charge passengers a fee for hand luggage.", ("Melva Airlines", "charges", "fee")),
    ("en", "Harlow Corp sponsors the Leeds marathon.", ("Harlow Corp", "supports", "Leeds marathon")),
    ("en", "Harlow Corp absorbed Brixton Ltd in 2019.", ("Harlow Corp", "acquires", "Brixton Ltd")),
    ("en", "Karvia nationalised the rail operator Karvirail in 2021.", ("Karvia", "acquires", "Karvirail")),
    ("en", "A Karvin police officer shot Tom Hale in the leg.", ("Karvin police officer", "attacks", "Tom Hale")),
    ("fr", "Le gouvernement de Karvia a nationalisé Karvirail.", ("gouvernement de Karvia", "acquires", "Karvirail")),
    ("en", "Norvalia privatized the port operator Karvport.", ("Norvalia", "sells", "Karvport")),
    ("fr", "La Norvalie a privatisé l'opérateur portuaire Karvport.", ("Norvalie", "sells", "Karvport")),
    ("fr", "La ville de Dunmore a accueilli le sommet du G7.", ("Dunmore", "hosts", "sommet du G7")),
    ("fr", "L'armée de Karvia a bombardé la ville de Dunmore.", ("Karvia", "attacks", "Dunmore")),
    ("fr", "L'armée de Karvia a pilonné la ville de Dunmore.", ("Karvia", "attacks", "Dunmore")),
    ("fr", "Tom Hale a quitté le parti pour former le Mouvement Karvien.",
     ("Tom Hale", "founded", "Mouvement Karvien")),
    ("fr", "Tom Hale a été formé par Jane Doe à Lyon.", ("Jane Doe", "trains", "Tom Hale")),
    ("en", "The Dunmore Greens took 12 seats in the election.", ("Dunmore Greens", "wins", "12 seats")),
    ("fr", "Le parti de Dunmore a obtenu 12 sièges au Parlement.", ("parti de Dunmore", "wins", "12 sièges")),
    ("fr", "L'école de Dunmore forme 300 ingénieurs par an.", ("école de Dunmore", "trains", "300 ingénieurs")),
    ("en", "Karvian troops shelled the town of Dunmore overnight.", ("Karvian troops", "attacks", "Dunmore")),
    ("en", "Protesters stormed the Capitol in Dunmore.", ("Protesters", "attacks", "Capitol")),
    ("fr", "L'attentat de Dunmore a été perpétré par le groupe Al-Sadr.",
     ("Al-Sadr", "conducts", "attentat de Dunmore")),
    ("fr", "Le groupe Al-Sadr a commis l'attentat de Dunmore.", ("Al-Sadr", "conducts", "attentat de Dunmore")),
    ("fr", "Le groupe Al-Sadr a orchestré l'attentat de Dunmore.", ("Al-Sadr", "conducts", "attentat de Dunmore")),
    ("fr", "Sophie Lenoir demeure à Dunmore.", ("Sophie Lenoir", "livesIn", "Dunmore")),
    ("en", "The bombing was carried out by Al-Sadr.", ("Al-Sadr", "conducts", "bombing")),
    ("en", "Al-Sadr carried out the bombing.", ("Al-Sadr", "conducts", "bombing")),
    ("en", "The bombing was perpetrated by Al-Sadr.", ("Al-Sadr", "conducts", "bombing")),
    ("en", "Al-Sadr committed the bombing.", ("Al-Sadr", "conducts", "bombing")),
    ("en", "Al-Sadr orchestrated the bombing.", ("Al-Sadr", "conducts", "bombing")),
    ("en", "Harlow Corp was set up by Tom Harding in 1998.", ("Tom Harding", "founded", "Harlow Corp")),
    ("en", "Tom Harding set up Harlow Corp in 1998.", ("Tom Harding", "founded", "Harlow Corp")),
    ("en", "Ann Blake teaches at Dunmore College.", ("Ann Blake", "worksFor", "Dunmore College")),
    ("en", "Ann Blake served at the Dunmore Clinic for ten years.", ("Ann Blake", "worksFor", "Dunmore Clinic")),
    ("fr", "Sophie Lenoir enseigne chez Bricoplus.", ("Sophie Lenoir", "worksFor", "Bricoplus")),
    ("fr", "L'Union européenne a imposé de nouvelles sanctions à la Karvie.",
     ("Union européenne", "targets", "Karvie")),
    ("fr", "Le Canada impose des sanctions contre la Karvie.", ("Canada", "targets", "Karvie")),
    ("fr", "Paul Girard a écopé de deux ans de prison avec sursis.",
     ("Paul Girard", "sentencedTo", "deux ans de prison avec sursis")),
    ("en", "Canada imposed sanctions against Karvia on Monday.", ("Canada", "targets", "Karvia")),
    ("en", "The European Union imposed new sanctions on Karvia.", ("European Union", "targets", "Karvia")),
    ("fr", "Sophie Lenoir enseigne dans le lycée Bricoplus de Nantes.", ("Sophie Lenoir", "worksFor", "Bricoplus")),
])
def test_news_verb_gives_its_property(lang, text, expected):
    found = relations(text, lang)
    assert any(s.endswith(expected[0]) and p == expected[1] and o.endswith(expected[2]) for s, p, o in found), found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Luc Tanguy a été condamné à la prison à vie pour corruption.",
     ("Luc Tanguy", "sentencedTo", "prison à vie")),
    ("fr", "Deux gardes ont été tués dans l'attaque du dépôt.", ("attaque du dépôt", "kills", "Deux gardes")),
    ("fr", "Marc Lenoir a été exclu du Parti radical.", ("Marc Lenoir", "expelledFrom", "Parti radical")),
    ("en", "Two guards were killed in the attack.", ("attack", "kills", "Two guards")),
    ("en", "Tom Hale was sentenced to life in prison for murder.", ("Tom Hale", "sentencedTo", "life")),
    ("en", "Dan Hawes was released from the army last Friday.", ("Dan Hawes", "releasedFrom", "army")),
    ("en", "The rebels released Tom Hale on Monday.", ("rebels", "frees", "Tom Hale")),
    ("en", "The rebels freed Tom Hale on Monday.", ("rebels", "frees", "Tom Hale")),
    ("en", "The rebels announced the release of Tom Hale.", ("rebels", "frees", "Tom Hale")),
    ("fr", "Les rebelles ont libéré Paul Roy lundi.", ("rebelles", "frees", "Paul Roy")),
    ("fr", "Marc Tellier était accusé de corruption.", ("Marc Tellier", "accusedOf", "corruption")),
    ("fr", "Marc Tellier est soupçonné de fraude fiscale.", ("Marc Tellier", "accusedOf", "fraude fiscale")),
    ("en", "Tom Harding was charged with fraud on Monday.", ("Tom Harding", "accusedOf", "fraud")),
    ("en", "Tom Harding was convicted of murder.", ("Tom Harding", "convictedOf", "murder")),
    ("fr", "Le chanteur Luc Morel est mort pendant une séance de yoga.", ("Luc Morel", "diedIn", "séance de yoga")),
    ("fr", "Marie Vasseur est née à Varsovie.", ("Marie Vasseur", "bornIn", "Varsovie")),
    ("fr", "Trois cents personnes sont mortes dans les violences de mars.",
     ("violences de mars", "kills", "Trois cents personnes")),
    ("fr", "Un agent et un suspect ont été blessés durant l'échange de tirs.",
     ("suspect", "injuredIn", "échange de tirs")),
    ("fr", "Le chanteur Luc Morel est mort pendant une séance de tai chi.",
     ("Luc Morel", "diedIn", "séance de tai chi")),
    ("fr", "Exclu du Parti radical en juillet 2012, Marc Tellier était accusé de corruption.",
     ("Marc Tellier", "expelledFrom", "Parti radical")),
    ("fr", "Marc Tellier était accusé d'avoir touché 2 millions d'euros de pots-de-vin.",
     ("Marc Tellier", "accusedOf", "2 millions d'euros de pots-de-vin")),
    ("fr", "Marc Tellier est soupçonné de détourner des fonds publics.",
     ("Marc Tellier", "accusedOf", "fonds publics")),
    ("fr", "Marc Tellier a été interpellé jeudi à Lyon.", ("Marc Tellier", "arrestedIn", "Lyon")),
    ("en", "Tom Harding was arrested at his home in Paris on Friday.", ("Tom Harding", "arrestedIn", "Paris")),
])
def test_a_passive_without_agent_gives_what_happened_to_its_subject(lang, text, expected):
    assert expected in relations(text, lang)


def test_a_reason_or_a_place_is_no_part_of_the_object():
    found = relations("Un ancien vice-gouverneur de la province de Brême, Luc Tanguy, a été condamné vendredi à la "
                      "prison à vie pour corruption.", "fr")
    assert ("Luc Tanguy", "sentencedTo", "prison à vie") in found
    found = relations("Hakim Rahimi a été tué dans une frappe de drone vendredi au Pakistan.", "fr")
    assert any(p == "kills" and "Pakistan" not in s for s, p, o in found)
    found = relations("Hakim Rahimi a été tué dans une frappe d'un drone américain vendredi.", "fr")
    assert ("frappe d'un drone américain", "kills", "Hakim Rahimi") in found, found  # (a bare day says when)


def test_a_month_is_when_people_were_killed_not_what_in():
    assert not any(p == "killedIn" for _, p, _ in relations("Officials said 900 people were killed in October.", "en"))
    assert ("Anna Ruiz", "sentencedTo", "eighteen months") in relations(
        "Anna Ruiz was sentenced to eighteen months for fraud.", "en")  # (but a term is no date)


@pytest.mark.parametrize(("lang", "text", "swapper", "old"), [
    ("en", "The Halden board replaced Tom Ruiz with Lise Moreau.", "Halden board", "Tom Ruiz"),
    ("fr", "Le club Halden a remplacé Marc Lenz par Paul Roy.", "Halden", "Marc Lenz"),
])
def test_who_swaps_one_for_another_replaces_no_one(lang, text, swapper, old):
    """`replaced A with B`: B takes A's place; the subject made the swap (the lexicon's `-` frame: no fact)."""
    found = relations(text, lang)
    assert not any(s.endswith(swapper) and p == "replaces" for s, p, _ in found), found
    assert any(p == "replaces" and o == old for _, p, o in found), found


def test_what_is_handed_over_is_provided():
    assert ("Karvia", "provides", "chemical weapons") in relations(
        "Karvia agreed to hand over its chemical weapons to the inspectors.", "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La mairie de Brest a fermé la piscine Kerlan.", ("mairie de Brest", "closes", "Kerlan")),
    ("fr", "Le tribunal de Lille a rétabli la loi Morin.", ("tribunal de Lille", "reinstates", "Morin")),
    ("en", "Dan Hollis admitted phone hacking.", ("Dan Hollis", "admits", "phone hacking")),
    ("en", "Gartner Airlines slashed its fares.", ("Gartner Airlines", "reduces", "fares")),
    ("fr", "La banque Orvane a baissé ses taux.", ("Orvane", "reduces", "taux")),
    ("fr", "La police a placé Paul Roy en garde à vue.", ("police", "arrests", "Paul Roy")),
    ("fr", "Paul Roy a mis en cause le groupe Vinalys.", ("Paul Roy", "accuses", "Vinalys")),
    ("fr", "Paul Roy a taclé le groupe Vinalys.", ("Paul Roy", "criticizes", "Vinalys")),
    ("fr", "Paul Roy a raillé le groupe Vinalys.", ("Paul Roy", "criticizes", "Vinalys")),
    ("fr", "Paul Roy s'est moqué du groupe Vinalys.", ("Paul Roy", "criticizes", "Vinalys")),
    ("en", "Tom Hale hit back at Vinalys.", ("Tom Hale", "criticizes", "Vinalys")),
    ("en", "Tom Hale took a swipe at Vinalys.", ("Tom Hale", "criticizes", "Vinalys")),
    ("en", "Tom Hale faulted Vinalys for the delays.", ("Tom Hale", "criticizes", "Vinalys")),
    ("fr", "Paul Roy a été placé en garde à vue par la police.", ("police", "arrests", "Paul Roy")),
    ("fr", "Le parquet a requis cinq ans de prison.", ("parquet", "demands", "cinq ans de prison")),
    ("en", "The Halden board replaced Tom Ruiz with Lise Moreau.", ("Lise Moreau", "replaces", "Tom Ruiz")),
    ("fr", "Le club Halden a remplacé Marc Lenz par Paul Roy.", ("Paul Roy", "replaces", "Marc Lenz")),
    ("fr", "L'Union Orvane a été remplacée par le Parti Brimex, puis par le Bloc Karvex.",  # (the second agent
     ("Parti Brimex", "replaces", "Union Orvane")),  # is parsed as a complement of the verb)
    ("en", "The Delmar council violated the Constitution.", ("Delmar council", "violates", "Constitution")),
    ("fr", "Paul Morin brigue le poste de maire.", ("Paul Morin", "seeks", "poste de maire")),
    ("fr", "La Cour de cassation a annulé le jugement Dufour.", ("Cour de cassation", "overturns", "Dufour")),
    ("fr", "La compagnie Valtek a annulé 300 vols.", ("Valtek", "ends", "300 vols")),  # (what is not a ruling)
    ("en", "Valtek Airlines cancelled 300 flights.", ("Valtek Airlines", "ends", "300 flights")),
    ("en", "The Karvin court cancelled the Hale verdict.", ("Karvin court", "overturns", "Hale verdict")),
    ("fr", "Le tribunal de Karvin a annulé les décisions de Valtek.",  # (a plural noun: its lemma is listed)
     ("tribunal de Karvin", "overturns", "décisions de Valtek")),
    ("fr", "Tom Hale prend la succession de Jane Doe.", ("Tom Hale", "succeeds", "Jane Doe")),
    ("fr", "Tom Hale a pris la relève de Jane Doe chez Valtek.", ("Tom Hale", "succeeds", "Jane Doe")),
    ("en", "Tom Hale took over from Jane Doe in May.", ("Tom Hale", "succeeds", "Jane Doe")),
    ("en", "Tom Hale takes the helm from Jane Doe.", ("Tom Hale", "succeeds", "Jane Doe")),
    ("en", "Brimex took over its rival Valtek.", ("Brimex", "acquires", "Valtek")),
    ("en", "Jane Doe took charge of Valtek in May.", ("Jane Doe", "leads", "Valtek")),
    ("en", "Tom Hale suffered a knee injury in May.", ("Tom Hale", "suffersFrom", "knee injury")),
    ("en", "The Karvex union called a strike on Monday.", ("Karvex union", "conducts", "strike")),
    ("en", "Tom Hale organised a demonstration against the law.", ("Tom Hale", "conducts", "demonstration")),
    ("fr", "La CGT a déclenché une grève lundi.", ("CGT", "conducts", "grève")),
    ("fr", "Le parti Karvex a organisé des manifestations à Lyon.", ("Karvex", "conducts", "manifestations")),
    ("fr", "Le Parlement a prononcé la destitution de Tom Hale.", ("Parlement", "dismisses", "Tom Hale")),
    ("en", "The board announced the ouster of Tom Hale.", ("board", "dismisses", "Tom Hale")),
    ("fr", "Heinrich Vogt a participé à la conférence de Bonn.", ("Heinrich Vogt", "participatesIn",
                                                                  "conférence de Bonn")),
    ("fr", "Le ministère a mené une enquête sur Vantrel.", ("ministère", "investigates", "Vantrel")),
    ("en", "The Supreme Court overturned the Hale ruling.", ("Supreme Court", "overturns", "Hale ruling")),
    ("en", "Dan Morrow appointed an outside monitor.", ("Dan Morrow", "appoints", "outside monitor")),
    ("en", "The Halden board ousted Marco Lenz in June.", ("Halden board", "dismisses", "Marco Lenz")),
    ("fr", "Le club Halden a limogé son entraîneur, Marco Lenz.", ("Halden", "dismisses", "Marco Lenz")),
    ("fr", "L'attaquant Rafael Nunes s'est engagé avec le club Halden.", ("Rafael Nunes", "joins", "Halden")),
    ("fr", "La police a annoncé l'arrestation de Paul Morin.", ("police", "arrests", "Paul Morin")),
    ("en", "Police announced the arrest of Tom Hale.", ("Police", "arrests", "Tom Hale")),
    ("fr", "Le parquet de Lyon a ouvert une enquête sur le groupe Vernal.",
     ("parquet de Lyon", "investigates", "Vernal")),
    ("en", "Prosecutors opened an investigation into Vernal Motors.", ("Prosecutors", "investigates", "Vernal Motors")),
    ("fr", "Le club Halden s'est imposé contre Vinalys.", ("Halden", "defeats", "Vinalys")),
    ("fr", "Le fonds Tarsis a pris le contrôle du groupe Vinalys.", ("Tarsis", "acquires", "Vinalys")),
    ("fr", "Marc Aubry a pris la tête du groupe Vinalys en 2019.", ("Marc Aubry", "leads", "Vinalys")),
    ("en", "Tarsis took control of Halden Football Club.", ("Tarsis", "acquires", "Halden Football Club")),
    ("en", "Vernal named Sarah Chen as its new chief executive.", ("Vernal", "appoints", "Sarah Chen")),
    ("en", "Prime Minister Tom Hale vetoed the Halden plan.", ("Tom Hale", "blocks", "Halden plan")),
    ("en", "The regulator fined Vernal Bank for misleading investors.", ("regulator", "fines", "Vernal Bank")),
    ("en", "Tom Harding took aim at Vernal Bank.", ("Tom Harding", "criticizes", "Vernal Bank")),
    ("fr", "Paul Durand a tiré à boulets rouges sur Vernal.", ("Paul Durand", "criticizes", "Vernal")),
    ("fr", "Marie Martin s'est félicitée de l'accord avec Vernal.", ("Marie Martin", "praises", "accord")),
    ("fr", "Paul Durand plaide pour une hausse des salaires chez Vernal.",
     ("Paul Durand", "supports", "hausse des salaires chez Vernal")),
    ("fr", "Paul Durand préconise une taxe sur les profits de Vernal.",
     ("Paul Durand", "proposes", "taxe sur les profits de Vernal")),
    ("en", "Jane Doe advocated a shorter working week.", ("Jane Doe", "supports", "shorter working week")),
    ("en", "Tom Harding pushed for a pay rise at Vernal Bank.", ("Tom Harding", "demands", "pay rise")),
    ("en", "Tom Harding championed the reform of Vernal Bank.", ("Tom Harding", "supports", "reform of Vernal Bank")),
    ("en", "The Halden Academy awarded the Vernal Prize to Maria Kessel.",
     ("Halden Academy", "provides", "Vernal Prize")),
    ("fr", "L'État a octroyé la licence Orvel à la société Vinalys.", ("État", "provides", "Orvel")),
    ("fr", "La Commission a infligé une amende de 4 millions d'euros à Vernal.", ("Commission", "fines", "Vernal")),
    ("en", "The court sentenced Daniel Pryce to 15 years in prison.", ("Daniel Pryce", "sentencedTo", "15 years")),
    ("fr", "Le tribunal a condamné Paul Morvan à deux ans de prison.",
     ("Paul Morvan", "sentencedTo", "deux ans de prison")),
    ("en", "Gartner Airlines topped the list.", ("Gartner Airlines", "leads", "list")),
    ("fr", "Le quotidien Ouest-Matin rapporte que deux gardes ont été blessés.",
     ("Ouest-Matin", "reports", "deux gardes")),
    ("fr", "Des responsables ont confirmé que Hakim Rahimi avait été tué.",
     ("responsables", "confirms", "Hakim Rahimi")),
    ("en", "Police confirmed that Tom Hale was arrested.", ("Police", "confirms", "Tom Hale")),
    ("en", "The Daily Courier reported that two guards were injured.", ("Daily Courier", "reports", "two guards")),
])
def test_a_reported_clause_is_about_its_subject(lang, text, expected):
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Valtek, une entreprise spécialisée dans les batteries, recrute.", ("Valtek", "worksOn", "batteries")),
    ("fr", "Valtek s'est spécialisée dans les batteries.", ("Valtek", "worksOn", "batteries")),
    ("en", "Valtek, a company specialising in batteries, is hiring.", ("Valtek", "worksOn", "batteries")),
    ("fr", "La police traque les auteurs du vol.", ("police", "pursues", "auteurs du vol")),
    ("fr", "La société Vantrel poursuit Bolt en justice.", ("Vantrel", "sues", "Bolt")),
    ("fr", "La société Vantrel poursuit ses efforts en 2014.", ("Vantrel", "pursues", "efforts")),
    ("fr", "Heinrich Vogt a été enterré dans une fosse commune.", ("Heinrich Vogt", "buriedIn", "fosse commune")),
    ("en", "Tom Hale was buried in a village cemetery.", ("Tom Hale", "buriedIn", "village cemetery")),
    ("fr", "Le FMI a prêté 2 milliards d'euros à la Grèce.", ("FMI", "provides", "2 milliards d'euros")),
    ("en", "The Vantrel Fund lent $2 billion to Greece.", ("Vantrel Fund", "provides", "$2 billion")),
    ("fr", "Le syndicat Sud a défié la direction de Vinalys.", ("Sud", "opposes", "direction de Vinalys")),
    ("en", "The Vantrel Group challenged the ruling.", ("Vantrel Group", "opposes", "ruling")),
    ("fr", "Vinalys garantit l'emploi de ses salariés.", ("Vinalys", "promises", "emploi de ses salariés")),
    ("en", "Bolt concluded a deal with Vinalys.", ("Bolt", "signs", "deal")),
    ("en", "The city subsidizes the Vantrel Theatre.", ("city", "funds", "Vantrel Theatre")),
    ("en", "Mayor Joe Price invited Ann Blake to the ceremony.", ("Joe Price", "asks", "Ann Blake")),
    ("fr", "Le ministre Paul Morvan s'est déplacé à Nantes.", ("Paul Morvan", "visits", "Nantes")),
    ("en", "Mayor Joe Price travelled to Vienna on Monday.", ("Joe Price", "visits", "Vienna")),
    ("en", "Mayor Joe Price flew to Vienna on Monday.", ("Joe Price", "visits", "Vienna")),
    ("en", "Mayor Joe Price fled to Vienna in 2012.", ("Joe Price", "visits", "Vienna")),
    ("en", "Mayor Joe Price fired his deputy, Ann Blake.", ("Joe Price", "dismisses", "Ann Blake")),
    ("fr", "La Banque Valtek a débloqué 300 millions d'euros pour les éleveurs.",
     ("Banque Valtek", "provides", "300 millions d'euros")),
    ("fr", "La Banque Valtek a alloué 5 millions d'euros aux communes.",
     ("Banque Valtek", "provides", "5 millions d'euros")),
    ("en", "The Valtek Fund allocated $300 million to farmers.", ("Valtek Fund", "provides", "$300 million")),
    ("en", "The Valtek Fund earmarked $300 million for farmers.", ("Valtek Fund", "provides", "$300 million")),
    ("en", "Jane Doe was pronounced dead at St Mary's Hospital.", ("Jane Doe", "diedIn", "St Mary's Hospital")),
    ("en", "The Valtek Bank raised interest rates on Wednesday.", ("Valtek Bank", "increases", "interest rates")),
    ("en", "Valtek raised its full-year forecast.", ("Valtek", "increases", "full-year forecast")),
    ("fr", "Paul Girard a été condamné à un an de prison ferme.",
     ("Paul Girard", "sentencedTo", "un an de prison ferme")),
    ("en", "Tom Hale was sentenced to a year in prison.", ("Tom Hale", "sentencedTo", "a year")),
    ("en", "Tom Hale conceded defeat to Jane Doe on Tuesday.", ("Jane Doe", "defeats", "Tom Hale")),
    ("en", "Valtek United lost to Brimex FC on Sunday.", ("Brimex FC", "defeats", "Valtek United")),
    ("fr", "Le Valtek FC s'est incliné face au Brimex FC.", ("Brimex FC", "defeats", "Valtek FC")),
    ("fr", "Le Valtek FC a perdu contre le Brimex FC.", ("Brimex FC", "defeats", "Valtek FC")),
    ("fr", "Paul Durand a été déclaré mort à Lyon.", ("Paul Durand", "diedIn", "Lyon")),
    ("fr", "Valtek a dépensé 3 millions d'euros pour sa campagne.", ("Valtek", "pays", "3 millions d'euros")),
    ("en", "Spain extradited Tom Hale to Ireland.", ("Spain", "expels", "Tom Hale")),
    ("fr", "L'Espagne a extradé Paul Durand vers la France.", ("Espagne", "expels", "Paul Durand")),
    ("fr", "Le Parti radical est arrivé en tête des élections régionales.", ("Parti radical", "wins",
                                                                          "élections régionales")),
    ("fr", "Le Valtek FC a signé l'attaquant Paul Durand pour quatre ans.", ("Valtek FC", "employs", "Paul Durand")),
    ("en", "Valtek United signed striker Tom Hale from Brimex FC.", ("Valtek United", "employs", "Tom Hale")),
])
def test_lexicon_verb_gives_its_property(lang, text, expected):
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "leads"), [
    ("fr", "Anne Roy, directrice de l'école Vauban, a pris la parole.", True),
    ("fr", "Anne Roy, directrice financière de Vinalys, a pris la parole.", False),
    ("fr", "Anne Roy, directrice adjointe de Vinalys, a pris la parole.", False),
    ("fr", "Anne Roy, vice-présidente de Vinalys, a pris la parole.", False),
    ("en", "Ann Roy, the director of Vinalys, spoke to reporters.", True),
    ("en", "Ann Roy, the finance director of Vinalys, spoke to reporters.", False),
    ("en", "Ann Roy, the deputy director of Vinalys, spoke to reporters.", False),
])
def test_a_post_under_the_head_s_leads_nothing(lang, text, leads):
    """`directeur de X` leads X; `directeur adjoint`, `vice-président`, `deputy director` hold a post under it."""
    found = relations(text, lang)
    assert any(p == "worksFor" for _, p, _ in found), found
    assert any(p == "leads" for _, p, _ in found) == leads, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Interrogé par Ouest-France, Paul Girard a refusé de commenter."),
    ("en", "The Daily Courier interviewed Tom Harding on Monday."),
])
def test_an_interview_is_no_investigation(lang, text):
    assert "investigates" not in {p for _, p, _ in relations(text, lang)}


@pytest.mark.parametrize(("lang", "text", "negated"), [
    ("en", "Tom Harding resigned as chief executive of Harlow Corp on Friday.", False),
    ("en", "Tom Harding did not resign as chairman of Harlow Corp last year.", True),
    ("fr", "Paul Girard a démissionné de son poste de directeur de Bricoplus.", False),
    ("fr", "Paul Girard quitte ses fonctions de président de Bricoplus.", False),
    ("fr", "Paul Girard a quitté la présidence de Bricoplus.", False),
])
def test_leaving_a_post_leaves_its_employer(lang, text, negated):
    found = {(f.subject.label, getattr(f.object, "label", f.object)): f.negated for f in read_text(text, lang)
             if f.relation.local_name == "leaves"}
    person, employer = ("Tom Harding", "Harlow Corp") if lang == "en" else ("Paul Girard", "Bricoplus")
    assert found.get((person, employer)) is negated, found


@pytest.mark.parametrize(("lang", "text", "result", "amount", "date"), [
    ("en", "Brimex posted a net loss of $200 million in the first quarter.", "net loss", "$200 million",
     "the first quarter"),
    ("en", "Brimex reported revenue of $3 billion for 2023.", "revenue", "$3 billion", "2023"),
    ("fr", "Brimex a réalisé un chiffre d'affaires de 3 milliards d'euros en 2023.", "chiffre d'affaires",
     "3 milliards d'euros", "en 2023"),
    ("fr", "Brimex accuse une perte de 20 millions d'euros au premier trimestre.", "perte", "20 millions d'euros",
     "au premier trimestre"),
    ("fr", "Brimex a enregistré une perte nette de 2 millions d'euros au premier trimestre.", "perte nette",
     "2 millions d'euros", "au premier trimestre"),  # (the period hung on the amount)
])
def test_a_result_a_company_posts_is_reported_with_its_amount_and_period(lang, text, result, amount, date):
    """`accuse une perte` is no accusation, `réalise un chiffre d'affaires` no act carried out, and `for 2023` is
    when, not a price."""
    fact = next(f for f in read_text(text, lang) if f.subject.label == "Brimex")
    assert (fact.relation.local_name, fact.object.label) == ("reports", result)
    assert ("quantity", amount) in fact.qualifiers and ("date", date) in fact.qualifiers, fact.qualifiers


@pytest.mark.parametrize(("lang", "text", "relation", "date"), [
    ("fr", "Paul Durand a été nommé directeur général de Brimex en 2019.", "hasRole", "en 2019"),
    ("fr", "Paul Durand a été nommé directeur général de Brimex en 2019.", "leads", "en 2019"),
    ("en", "Brimex named Paul Durand chief executive on Monday.", "hasRole", "Monday"),
    ("en", "Marie Martin joined Karvex as chief financial officer in March.", "worksFor", "March"),
    ("fr", "Marie Martin a rejoint Karvex comme directrice financière en mars.", "joins", "en mars"),
])
def test_a_post_taken_is_dated_as_its_verb(lang, text, relation, date):
    """`en mars` hung inside `comme directrice financière …` is the date, not the whole phrase."""
    fact = next(f for f in read_text(text, lang) if f.relation.local_name == relation)
    assert dict(fact.qualifiers).get("date") == date, fact.qualifiers


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("fr", "Le club de Brimex a battu Karvex 3-1 dimanche à Lyon.", "dimanche"),
    ("fr", "Brimex s'est imposé 2-0 face à Karvex.", None),
    ("en", "Brimex beat Karvex 3-1 on Sunday.", "Sunday"),
    ("en", "Brimex beat Karvex 2-0 in the final.", None),
])
def test_a_score_is_neither_the_loser_s_name_nor_the_day(lang, text, date):
    """Kept one word (`3-1`), a score is how much, not an object, part of a name or of the date."""
    fact = next(f for f in read_text(text, lang) if f.relation.local_name == "defeats")
    assert fact.object.label == "Karvex" and dict(fact.qualifiers).get("date") == date, fact


def test_a_name_the_parser_hung_on_the_score_after_it_is_whole():
    fact = next(f for f in read_text("Brimex FC beat Valtek United 3-1 on Saturday.", "en")
                if f.relation.local_name == "defeats")
    assert fact.object.label == "Valtek United"


@pytest.mark.parametrize(("lang", "text", "relation", "amount"), [
    ("fr", "La Commission européenne a infligé une amende de 2 milliards d'euros à Brimex.", "fines",
     "2 milliards d'euros"),
    ("fr", "Le régulateur a imposé une amende de 5 millions d'euros à Brimex pour fraude.", "fines",
     "5 millions d'euros"),
    ("fr", "Brimex est détenu à 40 % par l'État français.", "owns", "40 %"),
    ("en", "Brimex is 40% owned by the French state.", "owns", "40%"),
    ("fr", "Brimex a été condamné à une amende de 3 millions d'euros par la Commission.", "fines",
     "3 millions d'euros"),
    ("fr", "La Commission a condamné Brimex à une amende de 3 millions d'euros.", "fines", "3 millions d'euros"),
    ("en", "Brimex was fined $3 million by the European Commission.", "fines", "$3 million"),
])
def test_a_fine_or_a_share_keeps_its_amount(lang, text, relation, amount):
    """A fine's amount hangs on the idiom's noun (`infliger une amende`), which is no object; a share said on a
    passive holding (`détenu à 40 %`, `is 40% owned`) is its quantity."""
    fact = next(f for f in read_text(text, lang) if f.relation.local_name == relation)
    assert fact.object.label == "Brimex" and ("quantity", amount) in fact.qualifiers, fact.qualifiers


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Le Parlement a adopté mardi le projet de loi sur l'immigration.",
     ("Parlement", "approves", "projet de loi sur l'immigration")),
    ("en", "Congress adopted the pension reform on Tuesday.", ("Congress", "approves", "pension reform")),
    ("fr", "Le Parlement européen a adopté mercredi la directive sur le devoir de vigilance.",
     ("Parlement européen", "approves", "directive")),
    ("en", "The council approved the new regulation on Monday.", ("council", "approves", "new regulation")),
    ("fr", "Brimex a adopté la technologie Karvex.", ("Brimex", "uses", "Karvex")),  # (not a text of law)
])
def test_a_text_of_law_adopted_is_approved(lang, text, fact):
    assert fact in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Trois soldats ont perdu la vie lors d'une embuscade au Mali.", ("embuscade", "kills", "Trois soldats")),
    ("en", "Two soldiers died in an ambush in Mali.", ("ambush", "kills", "Two soldiers")),
    ("fr", "Au moins 40 personnes sont mortes dans les violences.", ("violences", "kills", "Au moins 40 personnes")),
    ("en", "Tom Harding died at his home in Paris.", ("Tom Harding", "diedIn", "Paris")),
    ("en", "After the death of Tom Hale in a car crash, Jane Doe resigned.", ("car crash", "kills", "Tom Hale")),
])
def test_one_dies_in_an_event_that_kills_or_at_a_site_s_place(lang, text, fact):
    """`perdre la vie` is dying; an ambush is an event that kills (no place of death), not a site whose place stands
    for it."""
    assert fact in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "relation"), [
    ("fr", "Au moins 40 personnes sont mortes dans les violences.", "diedIn"),
    ("en", "Two soldiers died in an ambush.", "diedIn"),
])
def test_an_event_is_no_place_of_death(lang, text, relation):
    assert not any(r == relation for _, r, _ in relations(text, lang))


@pytest.mark.parametrize(("text", "relation"), [
    ("Tom Harding pleaded guilty to fraud charges on Monday.", "admits"),
    ("A court sentenced Tom Harding to five years in prison on Monday.", "sentencedTo"),
])
def test_a_construction_s_fact_keeps_its_verb_s_date(text, relation):
    """A pattern line's `dated` slot: the date its verb's clause gives."""
    fact = next(f for f in read_text(text, "en") if f.relation.local_name == relation)
    assert ("date", "Monday") in fact.qualifiers, fact.qualifiers


@pytest.mark.parametrize(("lang", "text", "charge"), [
    ("fr", "La justice a condamné Paul Durand à deux ans de prison pour fraude fiscale.", "fraude fiscale"),
    ("en", "A judge sentenced Paul Durand to 10 years for tax fraud.", "tax fraud"),
])
def test_what_a_sentence_is_for_is_what_its_convict_was_convicted_of(lang, text, charge):
    facts = read_text(text, lang)
    sentenced = [f for f in facts if f.relation.local_name == "sentencedTo"]
    assert sentenced and ("reason", charge) in [(r, getattr(v, "label", v)) for r, v in sentenced[0].qualifiers]
    assert ("Paul Durand", "convictedOf", charge) in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("en", "Paul Durand sued Valtek for defamation.", "defamation"),  # (the phrase parsed on the name)
    ("en", "Paul Durand filed a lawsuit against Valtek over the contract.", "contract"),
    ("fr", "Paul Durand a porté plainte contre Valtek pour diffamation.", "diffamation"),
    ("fr", "La police a interpellé Paul Durand pour conduite en état d'ivresse.", "conduite en état d'ivresse"),
    ("en", "Police arrested Tom Harding on suspicion of murder.", "murder"),  # (`on` alone: a topic)
    ("en", "Police arrested Tom Harding in connection with the robbery.", "robbery"),
    ("fr", "Le parquet de Lyon a ouvert une enquête contre Paul Durand pour corruption.", "corruption"),
    ("fr", "Le parquet de Lyon a ouvert une information judiciaire contre Paul Durand pour fraude.", "fraude"),
])
def test_what_a_suit_an_arrest_or_an_investigation_is_for_is_its_reason(lang, text, reason):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name in ("sues", "arrests", "investigates")]
    assert ("reason", reason) in [(r, getattr(v, "label", v)) for r, v in fact.qualifiers]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le limogeage de Paul Durand par Valtek a été annoncé lundi.", ("Valtek", "dismisses", "Paul Durand")),
    ("fr", "L'inculpation de Paul Durand par la justice a surpris.", ("justice", "accuses", "Paul Durand")),
    ("en", "The dismissal of Paul Durand by Valtek was announced on Monday.", ("Valtek", "dismisses", "Paul Durand")),
    ("en", "The indictment of Paul Durand by a grand jury came on Friday.", ("grand jury", "accuses", "Paul Durand")),
])
def test_a_dismissal_or_an_indictment_named_by_a_noun_is_its_verb_s_fact(lang, text, expected):
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La ministre a annoncé le déblocage de 50 millions d'euros.",
     ("ministre", "provides", "50 millions d'euros")),
    ("fr", "Valtek a confirmé le versement d'une prime à ses salariés.", ("Valtek", "pays", "prime")),
    ("fr", "Brimex a lancé la construction d'une usine.", ("Brimex", "develops", "usine")),
    ("fr", "L'assassinat de Paul Durand par un militant a choqué le pays.", ("militant", "kills", "Paul Durand")),
    ("en", "Valtek confirmed the payment of a bonus to its staff.", ("Valtek", "pays", "bonus")),
    ("en", "Brimex began construction of a plant.", ("Brimex", "develops", "plant")),
    ("en", "The assassination of Paul Durand by a militant shocked the country.", ("militant", "kills", "Paul Durand")),
    ("en", "The killing of Paul Durand by a militant shocked the country.", ("militant", "kills", "Paul Durand")),
])
def test_an_event_noun_of_paying_building_or_killing_is_its_verb_s_fact(lang, text, expected):
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "thing", "recipient"), [
    ("fr", "Paris a annoncé la fourniture de chars à l'Ukraine.", "chars", "Ukraine"),
    ("fr", "Valtek a confirmé le versement d'une prime à ses salariés.", "prime", "salariés"),
])
def test_to_whom_an_event_noun_is_for_is_neither_part_of_what_nor_where(lang, text, thing, recipient):
    facts = read_text(text, lang)
    provided = next(f for f in facts if f.object.label == thing)
    assert ("recipient", recipient) in [(r, getattr(v, "label", v)) for r, v in provided.qualifiers]
    assert not any(f.relation.local_name == "locatedIn" for f in facts)


def test_mettre_au_point_develops_and_is_no_negation():
    fact = next(f for f in read_text("Brimex a mis au point un nouveau vaccin.", "fr"))
    assert (fact.subject.label, fact.relation.local_name, fact.object.label) == ("Brimex", "develops", "nouveau vaccin")
    assert not fact.negated and not fact.qualifiers


def test_a_share_of_the_vote_won_with_is_how_much_not_a_partner():
    fact = next(f for f in read_text("Marie Martin a remporté la primaire avec 55 % des voix.", "fr")
                if f.relation.local_name == "wins")
    assert any(role == "quantity" and value.startswith("55 %") for role, value in fact.qualifiers), fact.qualifiers
    assert not any(role == "partner" for role, _ in fact.qualifiers)


@pytest.mark.parametrize(("lang", "text", "hedged"), [
    ("en", "Brimex reportedly bought Karvex Inc.", True),
    ("en", "Brimex bought Karvex Inc.", False),
    ("fr", "Brimex a vraisemblablement racheté Karvex.", True),
])
def test_a_hedged_fact_is_not_asserted(lang, text, hedged):
    facts = [f for f in read_text(text, lang) if f.subject.label == "Brimex"]
    assert facts and all(f.hypothetical is hedged for f in facts)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Jane Doe took the helm of Valtek in March."),
    ("en", "Jane Doe will take the reins of Valtek next year."),
    ("fr", "Jane Doe a pris les rênes de Valtek en mars."),
    ("fr", "Jane Doe prendra les commandes de Valtek en janvier."),
])
def test_taking_the_helm_leads(lang, text):
    """An idiom listed with its article and its noun as written (`les rênes`), not only its lemma, is one predicate."""
    assert ("Jane Doe", "leads", "Valtek") in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Jane Doe s'en est prise à Tom Harding.", ("Jane Doe", "criticizes", "Tom Harding")),
    ("fr", "Le syndicat a épinglé la direction de Valtek.", ("syndicat", "criticizes", "direction de Valtek")),
    ("fr", "Jane Doe a dénoncé les mesures du gouvernement.", ("Jane Doe", "criticizes", "mesures du gouvernement")),
    ("fr", "Jane Doe a critiqué la décision de Valtek.", ("Jane Doe", "criticizes", "décision de Valtek")),
    ("en", "Tom Harding lashed out at Valtek on Monday.", ("Tom Harding", "criticizes", "Valtek")),
    ("en", "The senator rebuked Tom Harding.", ("senator", "criticizes", "Tom Harding")),
    ("en", "Jane Doe slammed Valtek's decision.", ("Jane Doe", "criticizes", "Valtek's decision")),
    ("en", "Jane Doe welcomed Valtek's decision.", ("Jane Doe", "praises", "Valtek's decision")),
    ("en", "Tom Harding welcomed Jane Doe in Paris.", ("Tom Harding", "hosts", "Jane Doe")),
])
def test_criticism_and_praise(lang, text, expected):
    """A support noun (`décision`, `mesures`) is the object of a verb the lexicon knows with one."""
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Tom Harding a joué un rôle clé dans l'accord."),
    ("en", "Valtek made a decision on Monday."),
    ("en", "The format provides a new way to race."),
    ("fr", "Paul Durand a quitté ses fonctions de directeur de Valtek."),
])
def test_a_support_noun_of_a_support_verb_names_no_thing(lang, text):
    assert not any(o.startswith(("rôle clé", "decision", "new way", "fonctions")) for _, _, o in relations(text, lang))


@pytest.mark.parametrize(("lang", "text"), [("en", "Brimex beat analysts' expectations in the third quarter."),
                                            ("en", "Valtek topped analysts' forecasts."),
                                            ("en", "Brimex comfortably beat the consensus estimate."),
                                            ("fr", "Valtek a battu les prévisions du consensus.")])
def test_beating_a_forecast_defeats_no_one(lang, text):
    assert not {p for _, p, _ in relations(text, lang)} & {"defeats", "leads"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Paul Roy a fermé 20 maternités.", ("Paul Roy", "closes", "20 maternités")),
    ("fr", "Valtek a financé deux municipalités.", ("Valtek", "funds", "deux municipalités")),
    ("en", "Valtek closed two facilities.", ("Valtek", "closes", "two facilities")),
    ("en", "Valtek donated two million dollars to a charity.", ("Valtek", "provides", "two million dollars")),
])
def test_a_place_or_a_body_whose_noun_ends_like_an_abstraction_is_a_thing(lang, text, expected):
    """(`maternité` ends as `sécurité` does, `facility` as `ability`)"""
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "how_long"), [
    ("en", "Paul Durand spent a year at Valtek.", "year"),
    ("en", "Paul Durand spent a decade at Valtek.", "decade"),
    ("en", "Paul Durand spent two years at Valtek.", "years"),
])
def test_how_long_is_no_thing_acted_on(lang, text, how_long):
    """`spent a year at X`: a length of time is no object (what was paid)."""
    assert not any(how_long in o for _, _, o in relations(text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le ministre propose de relever l'âge de départ à la retraite.",
     ("ministre", "proposes", "relever l'âge de départ à la retraite")),
    ("fr", "Le ministre a proposé aux syndicats de relever les salaires.",
     ("ministre", "proposes", "relever les salaires")),
    ("fr", "Jane Doe a présenté un plan de relance de 10 milliards d'euros.",
     ("Jane Doe", "proposes", "plan de relance")),
    ("fr", "Le député a déposé une proposition de loi.", ("député", "proposes", "proposition de loi")),
    ("fr", "Valtek propose ses logiciels aux hôpitaux.", ("Valtek", "provides", "logiciels")),
    ("fr", "Valtek a présenté ses résultats annuels.", ("Valtek", "reports", "résultats annuels")),
    ("en", "The minister proposed raising the retirement age.", ("minister", "proposes", "raising the retirement age")),
    ("en", "Senator Tom Harding introduced a bill on Monday.", ("Tom Harding", "proposes", "bill")),
    ("en", "Jane Doe suggested a compromise.", ("Jane Doe", "proposes", "compromise")),
])
def test_proposals(lang, text, expected):
    """What is put forward for others to decide on: an act told by an infinitive (the lexicon's `inf` frame, whom it
    is put to no object), or a proposal noun as the object of a verb of putting forward (`PROPOSAL_NOUNS`)."""
    assert expected in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tom Harding appealed the ruling on Monday.", ("Tom Harding", "appeals", "ruling")),
    ("en", "Valtek will appeal against the fine.", ("Valtek", "appeals", "fine")),
    ("fr", "Tom Harding a fait appel de la décision.", ("Tom Harding", "appeals", "décision")),
    ("fr", "Valtek a interjeté appel de sa condamnation.", ("Valtek", "appeals", "condamnation")),
    ("fr", "Le gouvernement a fait appel à Valtek.", ("gouvernement", "uses", "Valtek")),
    ("en", "Tom Harding served in the Royal Navy for ten years.", ("Tom Harding", "memberOf", "Royal Navy")),
    ("fr", "Tom Harding a servi dans la Légion étrangère.", ("Tom Harding", "memberOf", "Légion étrangère")),
])
def test_appeals_and_service(lang, text, expected):
    assert expected in relations(text, lang)


def test_a_country_served_in_is_no_body_one_is_a_member_of():
    """Membership ranges over organisations: `served in Afghanistan` says where, not of what."""
    assert not any(p == "memberOf" for _, p, _ in relations("Tom Harding served in Afghanistan.", "en"))


def test_a_life_taken_is_a_death():
    assert ("séisme", "kills", "plus de 2 000 personnes") in relations(
        "Le séisme a coûté la vie à plus de 2 000 personnes en Turquie.", "fr")


@pytest.mark.parametrize(("lang", "text"), [("en", "Paul Durand coached Valtek United for ten years."),
                                            ("fr", "Paul Durand a entraîné Valtek United pendant dix ans.")])
def test_a_coach_trains_the_team(lang, text):
    assert ("Paul Durand", "trains", "Valtek United") in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "price"), [
    ("fr", "Valtek a finalisé le rachat d'Orvane pour 2 milliards d'euros en 2019.", "2 milliards d'euros"),
    ("en", "Valtek completed the acquisition of Orvane for $2 billion in 2019.", "$2 billion"),
])
def test_what_an_event_named_by_a_noun_cost_is_its_quantity(lang, text, price):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name == "acquires"]
    assert (fact.subject.label, fact.object.label) == ("Valtek", "Orvane")
    assert ("quantity", price) in [(r, getattr(v, "label", v)) for r, v in fact.qualifiers]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Valtek a acheté la société Orvane en 2019."),
    ("en", "Valtek bought the software company Orvane in 2019."),
])
def test_buying_a_company_acquires_it(lang, text):
    assert ("Valtek", "acquires", "Orvane") in relations(text, lang)
    assert ("Valtek", "buys", "pétrole" if lang == "fr" else "oil") in relations(
        "Valtek a acheté du pétrole." if lang == "fr" else "Valtek bought oil.", lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Harding was elected to the Senate in 2010.", ("Tom Harding", "elected", "Senate")),
    ("Valtek is based at Pinewood Studios.", ("Valtek", "basedIn", "Pinewood Studios")),
    ("The Zorg language was used in Brimex robots.", ("Brimex robots", "uses", "Zorg language")),
    ("Tom Harding was born in Leeds and was raised in York.", ("Tom Harding", "livesIn", "York")),
])
def test_a_passive_s_own_frame_gives_its_property(text, expected):
    """Frames the lexicon gives a verb in the passive only (`pass:to`), read on a conjunct passive too."""
    assert expected in relations(text, "en")


@pytest.mark.parametrize(("lang", "text", "jobs"), [
    ("fr", "Valtek a supprimé 300 emplois en France.", "300 emplois"),
    ("en", "Valtek axed 300 jobs in Leeds.", "300 jobs"),
])
def test_doing_away_with_jobs_reduces_them(lang, text, jobs):
    """`supprimer` ends what it takes (`a supprimé la prime`), but jobs it does away with are cut, as `cut` says."""
    assert ("Valtek", "reduces", jobs) in relations(text, lang)


@pytest.mark.parametrize(("text", "property", "someone"), [
    ("Valtek fired 300 workers.", "dismisses", True),
    ("Police fired tear gas at protesters in Nairobi.", "dismisses", False),
    ("Valtek hired Tom Hale in 2010.", "employs", True),
    ("Brimex said it had hired Goldman Sachs to advise on the sale.", "employs", False),  # (a bank: a client's)
])
def test_a_property_of_people_takes_someone(text, property, someone):
    assert any(p == property for _, p, _ in relations(text, "en")) == someone


def test_raising_money_or_concerns_increases_nothing():
    found = relations("Valtek raised $40 million in May and raised concerns about its plans.", "en")
    assert not any(relation == "increases" for _, relation, _ in found), found


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "L'Espagne a expulsé Paul Durand vers la France.", "France"),
    ("en", "Spain extradited Tom Hale to Ireland.", "Ireland"),
])
def test_whither_someone_is_sent_is_the_fact_s_place(lang, text, place):
    (expels,) = [f for f in read_text(text, lang) if f.relation.local_name == "expels"]
    assert [(role, value.label) for role, value in expels.qualifiers] == [("place", place)]


def test_what_a_plea_hung_on_its_verb_is_for_is_not_done_by_whoever_makes_it():
    """`made a plea for the release of X`, parsed with `for` on the verb: the release is asked for, not done."""
    assert not [f for f in read_text("Valtek made a public plea for the release of Tom Hale.", "en")
                if f.object.label == "Tom Hale"]


@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    ("en", "Valtek made a $2 billion offer for Brimex.", ("Valtek", "seeks", "Brimex"), "produces"),
    ("en", "Brimex turned down the offer.", ("Brimex", "rejects", "offer"), None)])
def test_an_offer_made_is_no_product_and_one_turned_down_is_rejected(lang, text, expected, wrong):
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(text, lang)}
    assert expected in found and not any(relation == wrong for _, relation, _ in found), found


def test_a_participle_is_said_of_a_noun_of_its_number_only():
    """`d'être un jour libérés par l'armée`: the plural participle was parsed on the singular `jour`."""
    found = read_text("Il nous paraissait inimaginable d'être un jour libérés par l'armée de Norvalie.", "fr")
    assert not any(f.subject.label == "un jour" or f.object.label == "un jour" for f in found)


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "Valtek et Brimex ont signé un accord de coopération mardi.", "mardi"),
    ("en", "Valtek and Brimex signed a cooperation agreement on Tuesday.", "Tuesday"),
])
def test_partners_who_sign_an_agreement_together_do_so_when_the_verb_says(lang, text, day):
    (joint,) = [f for f in read_text(text, lang) if f.relation.local_name in ("collaboratesWith", "partnerOf")]
    assert ("date", day) in [(r, getattr(v, "label", v)) for r, v in joint.qualifiers]


def test_how_long_someone_is_jailed_for_is_the_sentence_not_the_charge():
    found = relations("Tom Hale was jailed for five years for fraud.", "en")
    assert {("Tom Hale", "sentencedTo", "five years"), ("Tom Hale", "convictedOf", "fraud")} <= found
    assert ("Tom Hale", "convictedOf", "five years") not in found


@pytest.mark.parametrize(("lang", "text", "work", "authors"), [
    ("en", "Jane Doe wrote the novel Blue Hours.", "Blue Hours", {"Jane Doe"}),
    ("en", "Jane Doe co-wrote the novel 'Blue Hours' with Tom Hale.", "Blue Hours", {"Jane Doe", "Tom Hale"}),  # (the
    # quote read as a `'s`; the partner wrote it too)
    ("en", "Jane Doe directed the documentary 'Blue Hours'.", "Blue Hours", {"Jane Doe"}),
    ("en", "The film Blue Hours was directed by Jane Doe.", "Blue Hours", {"Jane Doe"}),
    ("fr", "Jane Doe a écrit le roman « Les Ombres ».", "Les Ombres", {"Jane Doe"}),
    ("fr", "Jane Doe a réalisé le documentaire « Les Ombres ».", "Les Ombres", {"Jane Doe"}),
])
def test_who_writes_or_directs_a_work_creates_it(lang, text, work, authors):
    """A work named after its noun is made by who wrote or directed it: not led (`directed`), not said (`écrit`)."""
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text(text, lang)}
    assert found == {(author, "creates", work) for author in authors}, found



@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("en", "Tom Hale gave an exclusive interview to the Daily Post on Monday.", "Daily Post"),
    ("fr", "Paul Roy a accordé une entrevue au quotidien Le Soir.", "Le Soir"),
    ("fr", "Paul Roy a accordé un entretien à la radio Karvie FM.", "Karvie FM"),
])
def test_who_gives_an_interview_to_an_outlet_tells_it(lang, text, outlet):
    """Not an interview provided to a recipient."""
    found = {(f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(text, lang)}
    assert found == {("tells", outlet)}, found


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("en", "Tom Hale, an MP for the Karvian Socialist Party, criticised the plan.", "Karvian Socialist Party"),
    ("en", "Conservative Party MP Tom Hale criticised the plan.", "Conservative Party"),
    ("fr", "Paul Roy, député du Parti socialiste, a critiqué le plan.", "Parti socialiste"),
    ("fr", "Paul Roy est secrétaire national du Parti radical.", "Parti radical"),
])
def test_who_holds_a_post_of_a_party_is_its_member(lang, text, party):
    """Not its employee."""
    found = {(f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(text, lang)}
    assert ("memberOf", party) in found and ("worksFor", party) not in found, found


@pytest.mark.parametrize(("lang", "text", "crimes"), [
    ("en", "Tom Hale faces charges of fraud and bribery.", {"fraud", "bribery"}),
    ("en", "Tom Hale faces accusations of fraud.", {"fraud"}),
    ("en", "Tom Hale will face trial for murder.", {"murder"}),
    ("fr", "Paul Roy sera jugé pour meurtre à Lyon.", {"meurtre"}),
])
def test_who_faces_charges_or_trial_is_accused(lang, text, crimes):
    """Not a minted `face`; `jugé pour` a crime is tried for it, not judged to be it."""
    found = {(f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(text, lang)}
    assert found == {("accusedOf", crime) for crime in crimes}, found


def test_what_a_gerund_after_a_perception_verb_s_object_says_the_object_does():
    found = {(f.subject.label, f.relation.local_name, f.object.label)
             for f in read_text("Police observed Tom Hale delivering packages to Jane Doe.", "en")}
    assert ("Tom Hale", "provides", "packages") in found and ("Police", "provides", "packages") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Valtek Inc. was bought by Brimex Corp last year."),
    ("fr", "Valtek SA a été achetée par Brimex en 2019."),
])
def test_a_company_bought_in_the_passive_is_acquired_as_in_the_active(lang, text):
    assert {f.relation.local_name for f in read_text(text, lang)} == {"acquires"}


@pytest.mark.parametrize(("lang", "text", "person", "left", "kept"), [
    ("fr", "Paul Roy, qui a démissionné de la direction de Valtek en 2019, dirige désormais Brimex.", "Paul Roy",
     "Valtek", "Brimex"),
    ("en", "Tom Hale, who resigned from Valtek in 2019, now runs Brimex.", "Tom Hale", "Valtek", "Brimex"),
])
def test_who_resigned_from_one_organisation_in_a_relative_clause_does_not_leave_the_one_they_run(
        lang, text, person, left, kept):
    """The departure without a named organisation (`X a démissionné lundi`) reads the verb of the departure, not the
    verb of the main clause the relative pronoun's antecedent is the subject of."""
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text(text, lang)}
    assert (person, "leaves", left) in found and (person, "leaves", kept) not in found, found


@pytest.mark.parametrize("verb", ["named", "appointed"])
def test_a_post_with_a_possessive_after_the_appointed_name_is_what_they_are_made(verb):
    """`its new chief financial officer` is no apposition of the name, and `named` makes no minted `name` fact."""
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(
        f"Valtek {verb} Jane Doe its new chief financial officer.", "en")}
    assert ("Jane Doe", "worksFor", "Valtek") in found and ("Valtek", "name", "Jane Doe") not in found, found


@pytest.mark.parametrize(("lang", "text", "school"), [
    ("en", "Jane Doe attended Karvin University before joining Valtek.", "Karvin University"),
    ("en", "Jane Doe attended the University of Karvia.", "University of Karvia"),
    ("fr", "Jane Doe a fréquenté le lycée Karvin à Norvale.", "Karvin"),
    ("fr", "Jane Doe a fréquenté l'université de Norvale.", "université de Norvale"),
])
def test_who_attends_a_school_is_educated_there(lang, text, school):
    """A place of learning, by the noun it is written from or a word of its name; any other event attended is a
    participation (`attended the Karvin summit`), anything else frequented no fact of the lexicon."""
    assert ("Jane Doe", "educatedAt", school) in relations(text, lang)
    assert ("Jane Doe", "participatesIn", "Karvin summit") in relations("Jane Doe attended the Karvin summit.", "en")
    assert not relations("Paul Roy fréquentait les bars de Norvale.", "fr") & {
        ("Paul Roy", "educatedAt", "bars")}


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Les rebelles ont repris le contrôle de Norvale.", ("rebelles", "acquires", "Norvale")),
    ("en", "The rebels regained control of Norvale.", ("rebels", "acquires", "Norvale")),
    ("fr", "Paul Roy a adhéré au Parti socialiste en 2001.", ("Paul Roy", "joins", "Parti socialiste")),
    ("en", "Jane Doe hails from Norvale.", ("Jane Doe", "bornIn", "Norvale")),
    ("fr", "Jane Doe est originaire de Norvale.", ("Jane Doe", "bornIn", "Norvale")),
    ("fr", "Paul Roy, qui est natif de Norvale, dirige Valtek.", ("Paul Roy", "bornIn", "Norvale")),
    ("fr", "Jane Doe, qui a grandi à Norvale, dirige Valtek.", ("Jane Doe", "livesIn", "Norvale")),
])
def test_regaining_control_joining_a_party_and_where_someone_comes_from(lang, text, fact):
    assert fact in relations(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "La Karvie a annexé la ville de Norvale en 1990.", ("Karvie", "acquires", "Norvale")),
    ("en", "Karvia's annexation of Norvale in 1990 triggered sanctions.", ("Karvia", "acquires", "Norvale")),
    ("fr", "Brimex a supplanté Valtek comme première banque du pays.", ("Brimex", "replaces", "Valtek")),
    ("en", "Brimex supplanted Valtek as the largest bank in Karvia.", ("Brimex", "replaces", "Valtek")),
    ("en", "Valtek operates from Norvale.", ("Valtek", "basedIn", "Norvale")),
])
def test_annexing_a_place_supplanting_a_rival_and_operating_from_a_city(lang, text, fact):
    """Who annexes a place takes it (the verb and its noun), who supplants another replaces it, and a company
    operating from a city is based there."""
    assert fact in relations(text, lang)


@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Hale was shot dead in Norvale.", ("Tom Hale", "killedIn", "Norvale")),
    ("Tom Hale was gunned down in Norvale.", ("Tom Hale", "killedIn", "Norvale")),
    ("Tom Hale was assassinated in Norvale in 1990.", ("Tom Hale", "killedIn", "Norvale")),
    ("Gunmen gunned down Tom Hale on Monday.", ("Gunmen", "kills", "Tom Hale")),
    ("Tom Hale was wounded in Norvale.", ("Tom Hale", "injuredIn", "Norvale")),
])
def test_who_is_shot_dead_or_assassinated_somewhere_is_killed_there(text, fact):
    """Without an agent too; who is only shot is not said to be killed."""
    assert fact in relations(text, "en")
    assert not relations("Tom Hale was shot in Norvale.", "en")


@pytest.mark.parametrize("text", ["Le sommet se tiendra à Norvale en mai.",
                                  "Le sommet, qui se tiendra à Norvale, réunira les dirigeants de vingt pays."])
def test_where_an_event_is_held_it_is(text):
    assert ("sommet", "locatedIn", "Norvale") in relations(text, "fr")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Airbus won a contract from the Karvian government.", ("Airbus", "wins", "contract")),
    ("fr", "Airbus a remporté un contrat de 3 milliards d'euros.",
     ("Airbus", "wins", "contrat de 3 milliards d'euros")),
    ("en", "Valtek signed a deal with Brimex.", ("Valtek", "partnerOf", "Brimex")),
    ("en", "Valtek and Brimex signed a deal.", ("Valtek", "partnerOf", "Brimex")),
    ("fr", "Valtek a signé un accord avec Brimex.", ("Valtek", "collaboratesWith", "Brimex")),
])
def test_a_deal_won_with_no_partner_named_is_what_the_verb_acts_on(lang, text, fact):
    """A contract that names no partner relates no one as an event: it is what is won; one with a partner, or made
    by partners together, relates them (and is no object)."""
    found = relations(text, lang)
    assert fact in found and not {f for f in found if f[1] == "signs"}, found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The deal was announced on Monday by Valtek and Brimex.", ("Valtek", "partnerOf", "Brimex")),
    ("en", "The takeover of Brimex was announced by Valtek.", ("Valtek", "acquires", "Brimex")),
    ("fr", "L'accord a été annoncé lundi par Valtek et Brimex.", ("Valtek", "collaboratesWith", "Brimex")),
    ("fr", "Le rachat de Brimex a été annoncé par Valtek.", ("Valtek", "acquires", "Brimex")),
])
def test_who_announces_an_event_in_the_passive_makes_it(lang, text, fact):
    """The agents of a passive verb that makes the event noun its subject do what the noun says, as the subject of
    the active verb does (`Valtek and Brimex announced the deal`)."""
    assert fact in relations(text, lang)


def test_what_is_spread_across_a_place_is_in_it():
    assert ("facilities", "locatedIn", "India") in relations("Valtek has facilities spread across India.", "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Après l'arrestation de Tom Hale à Paris, Valtek l'a suspendu.", ("Tom Hale", "arrestedIn", "Paris")),
    ("en", "Following the arrest of Tom Hale in Paris, Valtek suspended him.", ("Tom Hale", "arrestedIn", "Paris")),
])
def test_an_event_noun_of_no_one_s_doing_says_where_it_happened_to_whom(lang, text, expected):
    assert expected in relations(text, lang)


def test_a_year_an_event_noun_happened_in_is_no_place():
    assert not any(r == "killedIn" for _, r, _ in relations("After the murder of Tom Hale in 321 BC, war broke out.",
                                                            "en"))

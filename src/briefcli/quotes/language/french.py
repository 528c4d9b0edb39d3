"""French: reporting cues (verbs in the present, passé composé with the
participle after a/ont or inverted: a-t-il dit, imparfait, passé simple and
gerund; "according to" phrases: selon, d'après), the nouns that name
speakers, and the words around them. The grammar is the Latin script's."""

from __future__ import annotations

from briefcli.quotes.language import CueEntry
from briefcli.quotes.language.latin import LatinScript

REGULAR = """
affirmer ajouter annoncer assurer avouer confier confirmer constater déclarer dénoncer déplorer
détailler estimer expliquer indiquer insister juger lancer marteler noter observer préciser
arguer raconter rappeler regretter relever répliquer résumer rétorquer signaler souligner tonner
trancher tweeter commenter considérer critiquer argumenter ironiser glisser lâcher souffler
plaider fustiger réclamer demander interroger exclamer clamer proclamer témoigner raisonner
analyser avancer objecter nuancer certifier répéter insister détailler
saluer appeler pointer qualifier évoquer alerter accuser reprocher railler résumer prôner
soupirer s'agacer s'étonner grincer ironiser tempérer exhorter interpeller réitérer menacer exiger
revendiquer jurer garantir enchaîner renchérir abonder tacler tempêter s'écrier s'indigner s'insurger
contester réfuter nier féliciter remercier décrypter
s'inquiéter s'interroger s'exclamer s'alarmer se féliciter se réjouir s'emporter
réaffirmer crier hurler murmurer préconiser recommander suggérer proposer penser relater rapporter
confesser concéder
"""

# lemma: forms | the past participles among them, which report speech only
# after an auxiliary (a reconnu, a toutefois reconnu; not "le prévenu")
IRREGULAR = """
dire: dit disent disait disaient dirent disant |
reconnaître: reconnaît reconnait reconnu reconnue reconnaissent reconnaissait reconnut | reconnu reconnue
conclure: conclut conclu conclue concluait concluant | conclu conclue
poursuivre: poursuit poursuivi poursuivie poursuivait poursuivant | poursuivi poursuivie
répondre: répond répondu répondue répondait répondant répondent | répondu répondue
écrire: écrit écrite écrivent écrivait écrivant | écrite
avertir: avertit averti avertie avertissait avertissant | averti avertie
soutenir: soutient soutenu soutenue soutenait soutenant soutiennent | soutenu soutenue
prévenir: prévient prévenu prévenue prévenait | prévenu prévenue
admettre: admet admis admise admettait | admis admise
promettre: promet promis promettait | promis
réagir: réagit réagi réagissait | réagi
démentir: dément démenti démentait | démenti
revenir: revient revenu | revenu
maintenir: maintient maintenu maintenait | maintenu
requérir: requiert requièrent requis requise requérait requérant | requis requise
appeler: appelle appellent |
défendre: défend défendu défendue défendait défendant défendent | défendu défendue
décrire: décrit décrite décrivent décrivait décrivant | décrit décrite
prédire: prédit prédite prédisent prédisait | prédit prédite
"""

PHRASES = """
faire valoir: fait valoir faisait valoir faisant valoir font valoir
mettre en garde: met en garde mis en garde mettait en garde mettant en garde
faire savoir: fait savoir faisait savoir font savoir
"""

ACCORDING = """
selon
d'après
aux yeux de
de l'avis de
à en croire
cité par
citant
"""

# "Pour le sociologue Julien Rivière, la réforme ...": according to, where it
# opens a sentence and a person follows
OPENING_ACCORDING = "pour"
SUBORDINATORS = "quand lorsque lorsqu parce puisque puisqu si alors quoique avant après"  # open a clause, not a reporting one
COMPLEMENTIZERS = "que qu"
SPEECH_NOUNS = "propos termes dires déclaration déclarations chiffres calculs données estimations informations"
DOCUMENTS = "communiqué rapport lettre note document étude courrier déclaration tribune"
ORGANISATIONS = (
    "ministère gouvernement préfecture mairie parquet police gendarmerie agence société entreprise tribunal cour fondation "
    "conseil chambre collectif association syndicat fédération confédération institut observatoire office bureau "
    "organisation organisme quotidien journal hebdomadaire chaîne compagnie firme groupe collectif commission autorité autorités armée présidence exécutif assemblée sénat banque fonds cabinet direction métropole région département commune "
    "agglomération"
)
POSITIONS = (
    "magistrat magistrate prévenu prévenue accusé accusée homologue vice "
    "ministre premier première président présidente directeur directrice porte-parole porte secrétaire député députée "
    "sénateur sénatrice maire préfet ambassadeur ambassadrice procureur procureure juge chef cheffe "
    "responsable dirigeant dirigeante patron patronne conseiller conseillère délégué déléguée "
    "commissaire général générale coordinateur coordinatrice représentant représentante avocat avocate"
)
EPITHETS = (
    "scientifique scientifiques chercheurs experts personnes riverains manifestants syndicats associations "
    "enseignants parents médecins avocats élus habitants salariés agriculteurs policiers soignants patients "
    "épouse mari fils fille mère père frère sœur veuve veuf compagne compagnon femme homme "
    "entourage proche proches leader chanteur chanteuse acteur actrice animateur animatrice journaliste fondateur fondatrice "
    "entraîneur sélectionneur joueur joueuse capitaine suspect suspecte victime virologue épidémiologiste "
    "expert experte chercheur chercheuse analyste professeur professeure spécialiste politologue "
    "économiste sociologue historien historienne médecin militant militante témoin habitant habitante "
    "syndicaliste élu élue "
    "source sources observateur observatrice"
)
ANAPHOR_MARKERS = "même dernier dernière intéressé intéressée celui-ci celle-ci"
FEMININE_NOUNS = "femme mère épouse sœur fille veuve compagne actrice chanteuse grand-mère tante reine"
MASCULINE_NOUNS = "homme père mari époux frère fils veuf compagnon acteur chanteur grand-père oncle roi"
FEMININE_DETERMINERS = "la une cette"  # la responsable, une commerçante: a woman
MASCULINE_DETERMINERS = "le un ce cet"
PRONOUNS = "il elle ils elles on lui eux"
PLURAL_PRONOUNS = "ils elles"
FEMININE_TITLES = "mme mmes mlle"
MASCULINE_TITLES = "m"
FEMININE_PRONOUNS = "elle"
MASCULINE_PRONOUNS = "il lui"
STOPS = (
    "que qu lors devant à au aux pendant après avant depuis sur chez dans en face "
    "mardi lundi mercredi jeudi vendredi samedi dimanche hier aujourd'hui mais et"
)
TIME_WORDS = (
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd demain matin soir midi nuit "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
TIME_DETERMINERS = "ce cette"
TIME_MODIFIERS = "dernier dernière prochain prochaine matin soir"
ADVERBS = (
    "encore aussi également toutefois ainsi notamment déjà enfin pourtant cependant néanmoins surtout "
    "ensuite alors"
)
CIRCUMSTANCE_PREPOSITIONS = "à au aux auprès sur dans lors devant via"
ARTICLES = "le la les l un une des du au aux"
DEFINITE_ARTICLES = "le la les l"  # capitalised mid-sentence, part of a name: selon Le Parisien
DETERMINERS = "le la les l un une des du de d ce cet cette ces"
DEFINITE = "le la l les ce cette"
INDEFINITE = "un une"
POSSESSIVES = "son sa ses leur leurs"
PREPOSITIONS = (
    "au aux de du des d en dans sur par pour avec vers chez contre sous entre depuis après avant pendant lors"
)
COMPOUND_PREPOSITIONS = "auprès"  # auprès de l'AFP
ADDRESS_PREPOSITIONS = "à au aux auprès sur"  # a déclaré à l'AFP, sur franceinfo
EVENT_PREPOSITIONS = "dans lors"  # dans un communiqué, lors d'une conférence
GENITIVE_LINKS = "de du des d"
COMPLEMENT_MARKERS = "de du des d"
STARTERS = (
    "pendant après avant lorsque quand mais pourtant cependant ainsi alors enfin hier dans selon pour si quant "
    "d sous sur et puis interrogé interrogée"
)
GENERIC_ORGANISATIONS = (
    "société entreprise groupe géant firme compagnie quotidien journal hebdomadaire chaîne exécutif"
)
SOURCE_NOUNS = "source"
RELATIVES = "qui"
CONJUNCTIONS = "et mais"
APPOSITION_OPENERS = "dont notamment auquel auxquels auxquelles duquel desquels lequel laquelle lesquels lesquelles où"
NAME_FOLLOWERS = "de du à"
PARTIAL_INTRODUCERS = "de du des à sur pour comme contre"
SPEECH_EVENTS = "entretien interview conférence communiqué déclaration discours message"
FUNCTION_WORDS = (
    "le la les l un une des du de d et à au aux en dans sur pour par avec ce cette ces son sa ses "
    "leur leurs qui que qu ne pas se s y"
)
TITLE_INTRODUCERS = (
    "journal quotidien hebdomadaire magazine film livre ouvrage émission opération programme plan "
    "baptisé baptisée intitulé intitulée nommé nommée surnommé surnommée dit dite appelé appelée "
    "mouvement slogan hashtag mot terme expression chanson album série roman"
)
AUXILIARIES = "a ont avait avaient aurait auraient est sont s se t"
REFLEXIVES = "s se t"  # s'est exclamé; the t of a-t-il
PASSIVE_AUXILIARIES = "est sont"  # without a reflexive, être makes a passive or an adjective
HONORIFICS = "m mme mmes mlle me mes dr pr mgr"


def regular_forms(infinitive: str) -> list[str]:
    stem = infinitive[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    return [stem + "e", stem + "ent", stem + "é", stem + "ée", stem + "és", stem + "ées",
            soft + "ait", soft + "aient", soft + "a", stem + "èrent", soft + "ant"]


class French(LatinScript):
    code = "fr"
    possession = "{article}{rest} de {owner}"
    hyphenated_inversion = True
    participle_endings = ("é", "ée", "és", "ées")
    gerund_endings = ("ant",)
    adverb_endings = ("ement", "amment", "emment")
    agent_endings = ("logue", "iste", "eur", "euse", "rice", "ien", "ienne", "aire", "ant", "ante")
    ACCENTED_PREPOSITIONS = "à À A"  # a capital often loses its accent: A Rome, ... (the verb a is lower case)

    def article_for(self, possessive: str, noun: str) -> str:
        """The article a possessive gives way to: ses proches -> les proches,
        son entourage -> l'entourage, sa garde -> la garde."""
        if possessive in ("ses", "leurs"):
            return "les "
        if noun[:1].lower() in "aeiouyhéèêàâîôû":
            return "l'"
        return "la " if possessive == "sa" else "le "

    def add_cues(self) -> None:
        for infinitive in REGULAR.replace("se ", "s'").split():
            verb = infinitive.removeprefix("s'")
            for form in regular_forms(verb):
                self.add(form, CueEntry(verb, "participle" if form.endswith("ant") else "verb"))
            self.add(verb, CueEntry(verb, "participle", governing_only=True))  # avant d'ajouter : « ... »
        for line in IRREGULAR.strip().splitlines():
            lemma, rest = line.split(":")
            forms, participles = rest.split("|")
            for form in forms.split():
                kind = "participle" if form.endswith("ant") else "verb"
                self.add(form, CueEntry(lemma, kind, needs_auxiliary=form in participles.split()))
            self.add(lemma, CueEntry(lemma, "participle", governing_only=True))
        for line in PHRASES.strip().splitlines():
            lemma, forms = line.split(":")
            words = forms.split()
            size = len(lemma.split())
            for k in range(0, len(words), size):
                self.add(" ".join(words[k:k + size]), CueEntry(lemma, "verb"))


LANGUAGE = French

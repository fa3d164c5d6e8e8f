"""Internal references: the confidential register, each term and its variants (abbreviations,
ids, the phrase people use for it), matched across case, punctuation, spacing and a small typo
("Project-Puffin", "projct puffin", "ProjectPuffin"); internal hosts and URLs cover
everything under them; extensions match however they are written ("ext. 4471", "x4471").

A code name that is also an ordinary word ("Puffin", "Cumulus") is told from the word by how it
is written: the register writes it capitalised, so "a puffin on the cliff" is the bird; and
where a capital proves nothing (the start of a sentence), the sentence must say something of the
term's note ("Cumulus rescheduled you" for "internal scheduling tool", not "Cumulus clouds")."""

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_noop
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

import openline.guidance.detectors.gates as gates
import openline.guidance.detectors.german as german
from openline.language.spans import sentence_bounds

from .base import Hit, Phrase, trim_trailing
from .register_lexicon import german_forms
from .register_sense import without_ordinary_uses
from .register_words import CONCEPTS, FOLD, concept, concepts
from .spoken_digits import spoken_numbers

KIND = "internal_reference"
TOKEN = re.compile(r"[^\W_]+|\+")
# The end of a sentence inside a near match (session 29): a register term is never split over
# two sentences, so a typo-tolerant reading across one is two sentences' words, not the term.
SENTENCE_BREAK = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)]*\s")
# Where a capital letter is the grammar's, not a name's: the start of the text, of a sentence or
# line, after a quote, or after a handle that opens a social post.
# A menu path counts as a start too: "Ride \u2192 Stats \u2192 Tempo" names a screen.
SENTENCE_START = re.compile(
    r"(?:^|[.!?:;\n\u2014\u2013\"\u201c(\u2192\u203a\u00bb>|]|(?:^|\s)@[\w.@-]+)\s*$"
)
COMMON_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|this|that|these|those|my|your|his|her|its|our|their|some|any|no|every"
    r"|each|one|two|of"
    # A possessive is a determiner too ("that oak's root", "my gran's hatchway"), but not "it's"
    # or "there's", which are "it is" and "there is".
    r"|(?!(?:it|that|there|here|what|who|he|she|let|where|how)['\u2019])[a-z]+['\u2019]s)"
    r"\s+[\"'\u201c\u2018]?$"
)
# Words that say a bare number is an id ("ticket 6627", "tracked as 6627", "#6627").
ID_WORD_BEFORE = re.compile(
    r"(?i)(?:\b(?:ticket|incident|inc|case|bug|issue|ref|reference|no|number|id|tracked as|under"
    r"|see|re|about|on|fraud|job"
    # What else is filed under a number: rules, guidelines, procedures; and in German
    # ("nach Richtlinie 1174", "Vorgang 5521", "Störung 6650", "Az. 9047").
    r"|guideline|policy|rule|procedure|process|runbook|playbook|protocol|directive|instruction"
    r"|richtlinie|leitlinie|regel|vorgang|vorfall|st\u00f6rung|fehler|fall|aktenzeichen|az|nr"
    # German files a case "unter" a number as English does "under" it: "läuft das unter 4471?"
    r"|(?:l\u00e4uft|lief|steht|stand|ist|war|abgelegt|gebucht)\s+(?:\w+\s+)?unter"
    r"|nummer|anweisung|verfahren|meldung)\.?|#)\s*[:#-]?\s*$"
)
# A name of two capitalised words: "Charlotte Brontë", "Marten Lane" are not "Brontë" or
# "Marten" (but "Project Marten" is).
NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?:Project|Operation|Programme|Program|Codename|Code|Initiative|The|A|An|Our|Your|My"
    r"|In|On|At|For|With|From|By|About|Re|And|Or|But|If|When|Is|Was|Use|Using|Open|Check|See|Try"
    r"|Via|Yes|No|So|Now|Also|Sadly|Today|Sorry|Hi|Hey|Hello|Dear|Thanks|Unfortunately|Currently"
    r"|Well|Okay|Ok|Good|Great|Why|What|How|Where|Who|Which|Whether|Once|Until|Since|After|Before"
    r"|Then|Still|Just|Only|Even|Please|Like|Than|Not|Meanwhile|However|Actually|Honestly|Maybe"
    # German words that open a sentence: "Die Kobold-Preiserhöhung", "Im Hatchway-Admin".
    r"|Die|Der|Das|Den|Dem|Des|Ein|Eine|Einen|Unser|Unsere|Im|Am|Zum|Zur|Vom|Beim|Mit|Von|Bei"
    r"|Nach|Auf|Ist|Wird|Kommt|Und|Aber|Wie|Wann|Wo|Was|Ja|Nein|Leider|Auch|Noch|Schon"
    # German prepositions and greetings that open a sentence: "Laut Krugbuch hat Ihr Abteil
    # …" is the tool "Krugbuch" (session 19), "Hallo Sattel" is not a name of two words.
    r"|Laut|Wegen|F\u00fcr|Gegen|Ohne|Trotz|Seit|Hallo|Moin|Servus|Liebe|Lieber|Danke|Bitte)"
    r" )[A-Z][a-z]+ +$"
)
SHORT_STOPWORDS = frozenset(("the", "this", "that", "our", "and", "for", "are", "was", "its"))
CONTRACTIONS = frozenset(("s", "t", "d", "m", "ve", "ll", "re"))
NAME_MARKERS = frozenset(("project", "operation", "programme", "program", "codename", "code"))
NAME_WORD_AFTER = re.compile(r" +(?:[A-Z][a-z]+|[A-Z]{2,})\b")
# A marker word after the name: "Torrent project update", "the Bittern programme", "Alb-Projekt".
MARKER_AFTER = re.compile(r"(?i)[ -](?:project|programme|program|projekt|operation|codename)\b")
# German writes every noun capitalised: after "ein"/"eine" (and perhaps an adjective) a
# capitalised word is a common noun ("eine echte Lawine aus Schnee").
GERMAN_INDEFINITE_BEFORE = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]iner|[Ee]inen|[Ee]inem|[Ee]ines)\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"[\"'\u201e\u201a\u00bb]?$"
)
# The same after a German definite article, perhaps with an adjective (session 18,
# german-register): "die Laterne am Bahnhof", "der Gartenzaun muss", "die großen Kraniche". Not
# after "im", "zum", "beim" ("im Mühlrad nachgesehen" is where staff look a thing up, a
# system) nor after "der internen", "die geheime" (the item itself). A capital proves nothing in
# German, so the word is the code name only where the sentence says something of the item,
# hints, or the writer speaks from inside.
GERMAN_DEFINITE_BEFORE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+"
    r"(?:(?!intern|geheim|vertraulich|inoffiziell)[a-z\u00e4\u00f6\u00fc\u00df]+\s+)?$"
)
# More of the German noun's grammar (session 19, register-v14): a contraction of a preposition
# and an article ("im Morgentau am See", "beim Holunder"; not "zum"/"zur", which also give a
# topic: "zum Bergbus sag ich nur …"), a possessive, demonstrative or
# quantifier ("unser Laub", "dieser Wetterhahn", "kein Wecker", "viel Laub"), or an inflected
# adjective ("geflammter Holunder", "nasses Laub", "dem frischen Laub"). As after a definite
# article, the word is the ordinary noun unless the sentence speaks of the item
# (`_german_item_said`). "der neue …", "der interne …" are left to the other rules.
_GERMAN_ADJECTIVE = (
    r"(?!intern|geheim|vertraulich|inoffiziell|neu)[a-z\u00e4\u00f6\u00fc\u00df]{3,}"
    r"(?:e|en|er|es|em)"
)
GERMAN_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Ii]m|[Aa]m|[Bb]eim|[Vv]om|[Ii]ns|[Aa]ns|[Aa]ufs|\u00fcbers|[Dd]ies(?:e|er"
    r"|es|em|en)|[Jj]ede[rsmn]?|[Kk]ein(?:e|er|es|em|en)?|(?:[Mm]|[Dd]|[Ss])ein(?:e|er|es|em|en)?"
    r"|[Ii]hr(?:e|er|es|em|en)?|[Uu]nser(?:e|er|es|em|en)?|[Ee]ur(?:e|er|es|em|en)|[Vv]iel(?:e|es"
    r"|en)?|[Ee]twas)\s+"
    rf"(?:{_GERMAN_ADJECTIVE}\s+)?[\"'\u201e\u201a\u00bb]?$"
)
# An adjective with a strong ending and no article: "geflammter Holunder", "nasses Laub", "mit
# frischem Laub" — not a word of grammar that ends the same ("unter", "oder", "trotzdem").
GERMAN_BARE_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?!(?i:unter|hinter|\u00fcber|oder|aber|wieder|immer|leider|au\u00dfer|weiter|sp\u00e4ter"
    r"|lieber|eher|sicher|bisher|vorher|nachher|daher|woher|wer|dieser|jeder|keiner|aller|unser"
    r"|euer|ihrer|seiner|meiner|deiner|einer|zudem|trotzdem|indem|nachdem|au\u00dferdem|seitdem"
    r"|diesem|jedem|keinem|einem|seinem|meinem|deinem|ihrem|unserem|alles|dieses|jedes|keines"
    r"|eines|seines|meines|deines|ihres|unseres|etwas|bereits|stets|nichts|rechts|links)\s)"
    r"(?:[a-z\u00e4\u00f6\u00fc\u00df]|(?:(?<=^)|(?<=[.!?\n]\s)|(?<=[.!?\n]))[A-Z\u00c4\u00d6\u00dc])"
    r"[a-z\u00e4\u00f6\u00fc\u00df]{2,}(?:er|es|em)\s+[\"'\u201e\u201a\u00bb]?$"
)
# A mass noun after a bare preposition ("bei Sonnenschein", "mit Laub", "ohne Klingel", "aus
# Holunder"); not "in", "von", "laut", "unter", which give a system or a name as often ("in
# Fingerhut angelegt", "von Ladle markiert").
GERMAN_BARE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:[Bb]ei|[Mm]it|[Oo]hne|[Aa]us|[Gg]egen|[Tt]rotz)\s+$"
)
# The first word after a greeting or a short answer: "Hallo Jonas, Sonnenschein hilft …", "Ja
# genau, Wecker stellen …" — a sentence's start, where a capital proves nothing.
GERMAN_OPENING_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*|\s@[\w.@-]+\s+)(?:(?:[Hh]allo|[Hh]i|[Hh]ey|[Mm]oin|[Ss]ervus|[Ll]iebe[rs]?"
    r"|[Gg]r\u00fcezi|[Gg]uten (?:[Tt]ag|[Mm]orgen|[Aa]bend))\s+[A-Z\u00c4\u00d6\u00dc][\w.-]*"
    r"(?:\s+[A-Z\u00c4\u00d6\u00dc][\w-]*)?|(?:[Jj]a|[Nn]ein|[Gg]enau|[Kk]lar|[Ss]timmt|[Dd]anke"
    r"|[Tt]ipp|[Oo]kay|[Oo]k)(?:\s+[a-z\u00e4\u00f6\u00fc]+)?)\s*[,:!]\s*$"
)
# A noun among others: "Sattel und Lenker", "Klingel, Licht und Reflektoren", "Gewitter oder
# Sturm".
GERMAN_LISTED_AFTER = re.compile(
    r"\s*(?:,\s*[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+\s+|\s+)(?:und|oder|sowie)\s+"
    r"[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{2,}\b"
)
GERMAN_LISTED_BEFORE = re.compile(
    r"\b[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{2,}(?:,|\s+und|\s+oder)\s+$"
)
# A tool at work, in German (searched in the lower-cased clause of a system's name): "im
# Wecker nachgeschaut", "in Fingerhut angelegt", "von Ladle markiert", "im Mühlrad sehe ich".
GERMAN_SYSTEM_USE = re.compile(
    r"\b(?:nachgesehen|nachgeschaut|nachsehen|nachschauen|geschaut|gesehen|sehe|seh|eingetragen"
    r"|eintragen|angelegt|anlegen|hinterlegt|markiert|vermerkt|gebucht|erfasst|gespeichert"
    r"|protokolliert|eingepflegt|abgelegt|eingeloggt|einloggen|login|steht|stehen|h\u00e4ngt"
    r"|gecheckt|gepr\u00fcft|pr\u00fcfe|checke|abgefragt|nachgetragen|eingegeben|aktualisiert"
    r"|h\u00e4ngen|zeigt|laut"
    # A separable verb's participle puts "ge" after its particle ("angeschaut", "nachgeschlagen",
    # "reingeschaut"), and a correction made in the tool (session 37).
    r"|(?:an|nach|rein|ein|auf|ab)ge(?:schaut|schlagen|sehen|guckt|rufen)|nachschlagen"
    r"|korrigiert|ge\u00e4ndert|nachtragen|zugeordnet|zugewiesen|fehlt|fehlen"
    r"|schreib|schreibe|schreibt|reinschreiben"
    # Told to look in it (session 23): "schaut in die Kladde, bevor …", "guck mal ins X".
    r"|schau|schaut|schaue|guck|guckt|gucke|seht|sieh)\b"
)
# A number shown masked or as the last digits of another: "**** 9034", "ending 9034".
MASKED_BEFORE = re.compile(
    r"(?i)(?:[*\u2022\u25cf#xX]{2,}[\s-]*|\b(?:ending(?: in| with)?|last (?:four|4|digits)"
    r"(?: digits)?(?: are| of)?|endet auf|endend auf)\s*:?\s*)$"
)
VERB_AFTER = re.compile(
    r"\s+(?:is|was|will|would|has|had|can|could|should|shall|may|might|must|does|did|are|were"
    r"|launches|launched|supports|replaces|ships|starts|opens|goes|gets|[a-z]{3,}ed)\b|'s\b"
    r"|\u2019s\b"
)
ARTICLES = ("the ", "a ", "an ", "our ", "this ", "that ")
GERMAN_ARTICLES = ("der ", "die ", "das ", "den ", "dem ", "des ")
# The German definite article and its contractions with a preposition, as words (session 37).
GERMAN_ARTICLE_WORDS = frozenset(
    ("der", "die", "das", "den", "dem", "des", "im", "ins", "vom", "beim", "am", "zum", "zur")
)
# The word before a line said in words: "extension five-eight-four-zero" is found whole.
GERMAN_LINE_ASKED = "".join(
    ("(?:", "|".join(rf"(?<=\b{p} d(?:er|ie) )" for p in ("nach", "unter", "\u00fcber", "an")), ")")
)
EXTENSION_WORD_BEFORE = re.compile(r"(?i)\b(?:extension|ext\.?|extn\.?|line|durchwahl)\s*$")
EXTENSION_WORDS = re.compile(r"(?i)^(?:extension|ext\.?|extn\.?|x)\s*[-.:#]?\s*(\d{3,6})$")
# A line typed in any of the languages operators write their register in (session 34): "Durchwahl
# 418", "Nebenstelle 237", "Apparat 27", "Pikett-Linie 31", "poste 204". Written with another
# language's word for it ("extension 418", "ext. 27") it is the same line: its digits are what it
# is. A two-digit line is found only after a word that names a line, never after "call" or "x".
LINE_TERM = re.compile(
    r"(?i)^(?:[^\W\d_]+-)?(?:extension|ext\.?|extn\.?|line|linie|durchwahl|dw\.?|apparat|app\."
    r"|nebenstelle|nst\.?|hausapparat|poste|toestel|interno|intern)\s*[-.:#]?\s*(\d{2,6})$"
)
SHORT_LINE_WORDS = (
    r"(?:extension|ext\.?|extn\.?|internal line|direct line|durchwahl|dw\.?|apparat|app\."
    r"|nebenstelle|nst\.?|hausapparat|poste|toestel|interno)"
)
# Words that say "I'm hinting at something I shouldn't": with a word of a term's note in the same
# sentence ("let's just say Lisbon fans will be happy", note "Lisbon base opening"), the sentence
# paraphrases the register item.
# Hints that only say "this is not for everyone" (a wink, "between us", "off the record"): said
# of a legal matter or a joke as often as of a register item, so the sentence must say more of
# the item (two words of its note, or a name from it).
# The hints are written in lower case and searched in lower-cased text (`_hinting`): an
# alternation of phrases with re.IGNORECASE costs about twice as much.
# "not", and "n't" after the auxiliaries it follows ("hasn't been announced yet", "isn't public
# yet"): "\bn't" never matches inside a word (session 24), and a bare "n't" costs the patterns
# their fast scan.
NOT_ = r"(?:not|(?:is|are|was|were|has|have|had|do|does|did)n't)"
WEAK_HINT = re.compile(
    r"\boff the record\b|\bbetween (?:us|you and me)\b|\bdon'?t tell anyone\b"
    r"|\bkeep (?:it|this) to yourself\b|\bbetween ourselves\b"
    r"|\bunofficial(?:ly)?\b|\bstrictly between\b|\bkeep (?:it|this) (?:quiet|under wraps"
    r"|between us)\b"
    # German: "unter uns", "inoffiziell", "sagen Sie es nicht weiter"
    r"|\bunter uns\b|\bzwischen uns\b|\bunter vier augen\b|\binoffiziell\b|\bnicht offiziell\b"
    r"|\bsag(?:en sie)? es nicht weiter\b"
    # Done without telling (session 21): "wird ohne Ankündigung aus dem Verkauf genommen",
    # "pulled without any announcement"; weak, since a price list's "Änderungen ohne
    # Ankündigung vorbehalten" says it of nothing in particular. "Sagt's nicht weiter".
    r"|\bohne (?:vorherige |jede |gro\u00dfe |offizielle )?ank\u00fcndigung\b"
    r"|\bohne (?:es|das|sie|ihn) (?:offiziell )?anzuk\u00fcndigen\b"
    r"|\bwithout (?:any |an |a public |an official )?announc(?:ement|ing (?:it|this|that))\b"
    r"|\bsag(?:t|en sie)?(?:'|\u2019)?s nicht weiter\b|\bnicht weiter(?:sagen|erz\u00e4hlen)\b"
    # Told in confidence, or something hushed up: "ganz im Vertrauen", "in confidence", "wird
    # unter den Teppich gekehrt", "swept under the rug".
    r"|\b(?:ganz |streng )?im vertrauen\b(?! auf)|\bin (?:strict |strictest )?confidence\b"
    r"|\bunter den teppich (?:ge)?kehr\w*|\bswe(?:pt|ep|eping) (?:it |this |that )?under the"
    r" (?:rug|carpet)\b"
)
WINKS = ("\U0001f92b", "\U0001f609", "\U0001f910", "\U0001f440")
# A hint's words quoted to deny them (session 36): "we're not "quietly raising prices"", "es
# wird nichts „still und leise" geändert" cite a rumour's words, they hint at nothing. Such a
# quotation is left out before the hints are searched (lower-cased text).
DENIED_QUOTE = re.compile(
    r"(?:\bnot|n't|\bno|\bnever|\bnicht|\bnichts|\bkein\w*)\s+(?:\w+\s+)?"
    r"[\"\u201c\u201e\u00bb][^\"\u201c\u201d\u201e\u00ab\u00bb\n]{1,60}[\"\u201c\u201d\u00ab]"
)
# Knowledge from inside, said as such (register-v9), a weak hint: "I've seen the new numbers
# internally", "I've seen the internal memo", "inside info:", "intern gehört". Searched only
# when one of its cues is in the lowered text (`_hinting`).
INSIDE_KNOWLEDGE = re.compile(
    r"\b(?:i'?ve|i have|i) (?:seen|read|heard)\b[^.!?\n]{0,40}\binternal(?:ly)?\b"
    r"|\binternal (?:memo|email|e-mail|doc|document|slides?|deck|roadmap|figures|numbers"
    r"|price list|briefing)\b|\binside (?:info|information|knowledge|scoop)\b"
    r"|\binsider(?:-| )?(?:info|information|tip|knowledge)\b"
    r"|\bintern (?:geh\u00f6rt|gesehen|erfahren)\b"
    # German: "die interne Preisliste", "laut interner Mail", "intern heißt es"
    # Knowledge from someone placed to know (register-v10): "a little birdie says", "from
    # someone who knows", "on good authority", "aus sicherer Quelle", "ein Vögelchen hat mir
    # gezwitschert", "jemand, der es wissen muss".
    r"|\ba little bird(?:ie)?\b|\bfrom (?:someone|somebody) who (?:knows|would know)\b"
    r"|\bon (?:good|reliable) authority\b|\bfrom a (?:reliable|good|trusted) source\b"
    r"|\baus (?:sicherer|zuverl\u00e4ssiger|gut informierter) quelle\b|\bv\u00f6gelchen\b"
    r"|\bjemand,? der es wissen (?:muss|sollte)\b|\baus gut unterrichteten kreisen\b"
    r"|\binterne[nmrs]? (?:memo|mail|e-mail|zahlen|unterlagen|infos?|informationen|liste"
    r"|preisliste|folien|roadmap|planung)\b|\blaut interne[nmrs]?\b|\bintern hei(?:\u00df|ss)t es\b"
)
INSIDE_CUES = ("intern", "inside", "bird", "who knows", "who would know", "authority", "source",
               "quelle", "v\u00f6gelchen", "wissen", "kreisen")  # fmt: skip
# A defect admitted as known, not yet told: "we know they don't report open doors properly",
# "we're aware some chargers aren't charging". Support says the same of public incidents
# ("we know the app isn't loading this morning"), so such a sentence must share three words
# of an item's note (`_words_needed`).
ADMISSION = re.compile(
    r"\bwe(?:'re| are|'ve been| have been)? (?:know|knew|aware)\b[^.!?\n]{0,60}"
    r"\b(?:don'?t|doesn'?t|can'?t|won'?t|aren'?t|isn'?t|fail\w*|faulty|fault|defect\w*)"
    r"|\bi'?ll be honest with you\b|\bwir wissen,? dass\b|\buns ist (?:das )?bekannt\b"
)
ADMISSION_CUES = ("know", "aware", "honest", "wissen", "bekannt")
# A cover story told apart from the truth, a weak hint too: "the 'routine checks' are really
# about …", "the real reason is …", "what they aren't telling you", "der wahre Grund". Searched
# only when one of its cues is in the lowered text (`_hinting`).
COVER_STORY = re.compile(
    r"\b(?:really|actually) (?:about|because)\b|\bthe real reason\b"
    r"|\bwhat they(?:'re| are)? (?:not|n't|aren'?t) (?:telling|saying)\b|\bthe official line\b"
    r"|\bder (?:wahre|eigentliche) grund\b|\bin wahrheit geht es\b"
)
COVER_CUES = ("really ", "actually ", "real reason", "telling", "saying", "official line",
              "grund", "wahrheit")  # fmt: skip
# Hints that something specific is being withheld ("a certain batch", "we're quietly
# pulling", "can't say which"): one word of a note is enough.
# "\b" said once before all the alternatives (session 35), which moves the "leise" one's four
# look-behinds after it: they were tried at every character of every sentence, now only at a
# word's start; the matches are the same (~9 times faster; speed-warm-v30b measured that the
# look-behinds, not the repeated "\b", were the cost; tests/guidance/test_speed_warm_v30.py).
STRONG_HINT = re.compile(
    r"\b(?:let'?s just say\b|a certain\b|quietly\b"
    r"|can'?t say (?:which|more|much|when|where)\b"
    r"|(?:all|as much as) i'?m allowed to say\b|not allowed to say\b"
    r"|can'?t go into (?:details|detail|specifics)\b|you didn'?t hear (?:it|this) from me\b"
    r"|watch this space\b|in its sights\b|hush[ -]hush\b|on the (?:quiet|down-?low|qt)\b"
    # More ways of saying it: "without going into details", "without saying too much", "we
    # haven't announced it yet", "I'm not supposed to say".
    r"|without (?:going into (?:the )?(?:details?|specifics)|saying (?:too much|more|much|why)"
    r"|giving (?:too much|anything) away)\b|haven'?t announced (?:it|this|that|anything)\b"
    rf"|{NOT_} (?:been )?announced (?:it |this |that )?yet\b"
    # "it's not public yet", "isn't public yet", "not yet public" (session 19: in eight read
    # writers' drafts, every one a leak; German "noch nicht öffentlich" below).
    rf"|{NOT_} (?:yet )?public yet\b|not yet public\b"
    # The same in German: "das Produkt ist noch nicht angekündigt", "noch nicht offiziell".
    r"|noch (?:nicht|gar nicht) (?:offiziell )?(?:angek\u00fcndigt|bekanntgegeben|bekannt"
    r" gegeben|kommuniziert|ver\u00f6ffentlicht|offiziell|\u00f6ffentlich)\b"
    # Told not to pass it on: "keep it off social media", "bitte nichts auf Social Media".
    r"|keep (?:it|this|that) off social\b|(?:don'?t|do not|please don'?t) post (?:it|this"
    r"|that|anything) (?:on|to) social\b|nichts (?:davon )?(?:auf|in|bei) social media\b"
    r"|nicht (?:auf|in) social media (?:posten|teilen)\b"
    r"|not supposed to (?:say|tell|share|mention)\b"
    r"|sooner than you(?:'d| would| might)? (?:think|expect)\b|best[- ]kept secret\b"
    # German: "still und leise", "das darf ich eigentlich nicht sagen"
    r"|still und leise\b|stillschweigend\b|darf ich (?:eigentlich )?nicht sagen\b"
    # "can't say more" in German (session 19): "mehr sag ich nicht", "mehr darf ich noch nicht
    # sagen", "mehr kann ich dazu nicht verraten".
    r"|mehr (?:sag|sage|verrat|verrate) ich (?:dazu |noch |mal |jetzt )?nicht\b"
    r"|mehr (?:darf|kann|will) ich (?:dazu |noch |hier |jetzt |leider |aber )*(?:nicht|noch"
    r" nicht) (?:sagen|verraten|erz\u00e4hlen)\b"
    # "die wir gerade still austauschen", "still zurückgerufen": "still" before a verb of taking
    # back or replacing is "quietly", not "still".
    r"|still (?:\w+ )?(?:aus|um|zur\u00fcck|ein)?(?:tausch|ruf|zieh|ersetz|sammel|gerufen"
    r"|getauscht|gezogen|hol|geholt)\w*"
    # "leise" the same (session 18, german-v13): "die wir gerade leise austauschen", "leise
    # zurückgerufen"; not "sehr leise", and not "leise eingestellt", which is also a volume.
    r"|(?<!sehr )(?<!ganz )(?<!zu )(?<!so )leise (?:\w+ )?(?:aus|um|zur\u00fcck|ein)?(?:tausch"
    r"|ruf|zieh|ersetz|sammel|gerufen|getauscht|gezogen|hol|geholt)\w*|sang- und klanglos\b)"
)
# Not yet told, in German (session 21): "bevor es offiziell wird", "mehr verraten wir noch
# nicht", "den Namen darf ich noch nicht sagen", "offiziell gibt's dazu noch nichts". Strong
# hints, searched only when a cue is in the lowered text (`_hinting`).
GERMAN_NOT_YET = re.compile(
    r"\bbevor (?:es|das) (?:offiziell|bekannt|\u00f6ffentlich|angek\u00fcndigt)"
    r"(?: gemacht)? (?:wird|ist)\b"
    r"|\b(?:darf|kann|will) ich (?:noch |leider |aber |eigentlich )*(?:nicht|nix|nichts) "
    r"(?:sagen|verraten)\b"
    # The same with the subject first, with leave only (session 24): "Ich darf eigentlich nix
    # sagen, aber …" ("ich kann dazu nichts sagen" is support's own "I can't say").
    r"|\bich darf (?:noch |leider |aber |eigentlich |ja |hier |dazu )*(?:nicht|nix|nichts) "
    r"(?:sagen|verraten)\b"
    # The same said by "we", with leave only ("mehr dürfen wir noch nicht verraten", session
    # 23): "können wir nichts sagen" is support's own "we can't say".
    r"|\bd(?:\u00fc|ue)rfen wir (?:das |dazu |noch |leider |aber |eigentlich )*(?:nicht|nix"
    r"|nichts) (?:sagen|verraten)\b"
    r"|\bmehr (?:sagen|verraten|erz\u00e4hlen) wir (?:dazu |noch |jetzt |hier )*nicht\b"
    r"|\boffiziell (?:ist|sagt) (?:das|es) (?:aber |auch )?noch (?:nicht|keiner|niemand)\b"
    r"|\bsteht (?:aber |auch )?noch nirgends(?: offiziell)?\b"
    r"|\boffiziell (?:gibt(?:'|\u2019)?s|gibt es) (?:dazu |davon |dar\u00fcber |die |den |das "
    r"|sie |ihn |es )?noch "
    r"(?:nichts|nix|nicht)\b"
)
GERMAN_NOT_YET_CUES = ("bevor", " ich ", "wir ", "offiziell", "nirgends", "ich darf")
# A separable verb in second place leaves its particle at the clause's end (session 21): "die
# ziehen wir gerade still zurück", "wir tauschen gerade leise alle Geräte aus"; and the same as
# a noun: "der heimliche Rückruf", "auf der Liste für den heimlichen Filtertausch". A strong hint,
# searched only when "still", "leise" or "heimlich" is in the lowered text (`_hinting`).
GERMAN_QUIETLY = re.compile(
    r"\b(?:tausch|zieh|hol|ruf|sammel|nehm|nimm)\w*\b[^.!?;:,\n\u2013\u2014]{0,50}?"
    r"\b(?:still|leise|heimlich)\b[^.!?;:,\n\u2013\u2014]{0,50}?\b(?:aus|um|zur\u00fcck|ein)"
    # … at the clause's end, or before "und"/"oder" that begins the next ("… Standort für
    # Standort aus und sagen nix", session 24).
    r"(?=\s*(?:[.!?;:,\n\u2013\u2014)]|$|(?:und|oder)\b))"
    r"|\b(?:still|leise|heimlich)e[nmrs]? (?:\w+)?(?:tausch|r\u00fcckruf|r\u00fccknahme"
    r"|austausch|umtausch|r\u00fcckholung)\w*"
)
GERMAN_QUIETLY_CUES = ("still", "leise", "heimlich")
# Strong hints that call something not yet public: said beside a sentence, they speak of it.
UNANNOUNCED_SAID = re.compile(
    rf"\b{NOT_} (?:been )?announced (?:it |this |that )?yet\b|\bhaven'?t announced\b"
    rf"|\b{NOT_} (?:yet )?public yet\b|\bnot yet public\b"
    r"|\bnoch (?:nicht|gar nicht) (?:offiziell )?(?:angek\u00fcndigt|bekanntgegeben|bekannt"
    r" gegeben|kommuniziert|ver\u00f6ffentlicht|offiziell|\u00f6ffentlich)\b"
    r"|\bkeep (?:it|this|that) off social\b"
    # The same in German word orders (session 21): "Offiziell ist das noch nicht."
    r"|\boffiziell (?:ist|sagt) (?:das|es) (?:aber |auch )?noch (?:nicht|keiner|niemand)\b"
    r"|\bsteht (?:aber |auch )?noch nirgends\b"
    r"|\bpost (?:it|this|that|anything) (?:on|to) social\b|\bnichts (?:davon )?(?:auf|in|bei)"
    r" social media\b|\bnicht (?:auf|in) social media (?:posten|teilen)\b"
)
# Hints added in register-v9, searched only when a cue is in the lowered text (`_hinting`):
# the strong ones need one word of a note, the weak ones two.
STRONG_MORE = re.compile(
    # Knowledge the writer should not pass on (register-v9): "I shouldn't really say", "if you
    # get my drift", "they never announced it", "we're swapping them without making a fuss",
    # "you didn't get it from me".
    r"\bshouldn'?t (?:really )?(?:be )?(?:say|saying|tell|telling|mention|mentioning|share)\b"
    r"|\bif you (?:get|catch) my drift\b|\bif you know what i mean\b|\bnudge,? nudge\b"
    r"|\bwink,? wink\b|\bread between the lines\b"
    # Not "the line-up hasn't been announced yet": support says that of public plans.
    r"|\b(?:they|we|the company|management|it was|it's|that was) never (?:publicly )?"
    r"(?:announced|disclosed|made public)\b|\bnever (?:been )?made public\b"
    r"|\bwithout (?:making |causing )?(?:a |any )?(?:big |huge |great )?(?:fuss|song and dance)"
    r" (?:about|over) (?:it|this|them)\b|\bwithout making (?:a |any )?(?:big |huge )?fuss\b"
    # The same said with "not", or with someone not saying it (session 22): "we're not making a
    # big fuss about it publicly", "without anyone saying why", "head office hasn't said so
    # publicly", "it hasn't gone out publicly" (a perfect: "we can't say more publicly" and
    # "don't post it publicly" are support's own words).
    rf"|\b{NOT_} making (?:a |any )?(?:big |huge |great )?(?:fuss|song and dance)\b"
    r"|\bwithout (?:anyone|anybody|them|us) (?:saying|telling (?:anyone|us|you)) (?:why|anything"
    r"|a word)\b|\b(?:has|have|had)(?:n'?t| not)(?: yet)? (?:said|announced|admitted|confirmed"
    r"|gone out|come out|told anyone)(?: so| it| this| that| anything)? publicly\b"
    r"|\byou didn'?t get (?:it|this|that) from me\b"
    r"|\b(?:i was|we were|we've been|we have been|i've been) told not to (?:say|mention|talk"
    r"|share|tell)\b|\bbefore it'?s (?:official|announced|public)\b"
    # German: "ohne großes Aufsehen", "klammheimlich", "unter der Hand", "hinter vorgehaltener
    # Hand", "sollte ich eigentlich nicht sagen", "wurde nie angekündigt", "hast du nicht von mir"
    # (not "wir tauschen es ohne großes Aufsehen um": that is "without any fuss")
    r"|\bohne (?:gro\u00dfes |viel |gro\u00dfen )?(?:aufsehen|aufhebens|tamtam|trara|wirbel)"
    r" (?:darum |davon )?zu (?:erregen|machen|veranstalten)\b"
    r"|\bklammheimlich\b|\bunter der hand\b|\bhinter vorgehaltener hand\b"
    r"|\bsollte (?:ich )?(?:das |es )?(?:eigentlich )?nicht (?:sagen|erz\u00e4hlen|verraten)\b"
    r"|\b(?:wurde|wurden|wird) (?:nie|niemals) (?:offiziell )?(?:angek\u00fcndigt|kommuniziert"
    r"|bekanntgegeben|ver\u00f6ffentlicht)\b"
    r"|\b(?:hast du|haben sie) (?:das |es )?nicht von mir\b|\bvon mir (?:hast du|haben sie)"
    r" (?:das|es) nicht\b"
    # Those it concerns not told (register-v11): "they haven't told customers yet", "owners
    # weren't informed", "Kunden wissen noch nichts davon".
    r"|\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not yet) (?:told|informed"
    r"|notified|warned) (?:the |our |any )?(?:customers|clients|members|owners|buyers|users"
    r"|public|anyone|anybody)\b|\b(?:customers|clients|members|owners|buyers|the public)"
    r" (?:haven'?t|have not|weren'?t|were not|aren'?t|don'?t|do not) (?:been )?(?:yet )?"
    r"(?:told|informed|notified|know)\b|\bkunden (?:wissen|ahnen) (?:noch )?nichts\b"
    # Told not to tell them (session 23): "please don't tell customers why yet", "let's not
    # tell the customers until the audit's done", "den Kunden (noch) nichts sagen".
    r"|\b(?:don'?t|do not|let'?s not|not to|won'?t|will not) (?:tell|inform|notify) (?:the |our"
    r" |any )?(?:customers|clients|members|owners|buyers|users|guests|parents|public)\b"
    r"(?! to\b)"  # "don't tell customers to queue" is an instruction
    r"|\bden kunden (?:noch |erst mal |vorerst )?nichts (?:sagen|erz\u00e4hlen|verraten)\b"
    # The name withheld (session 24), the twin of "den Namen darf ich noch nicht sagen": "can't
    # say what it's called" (not "we can't share the name of the other diver": a person's).
    r"|\b(?:can'?t|cannot|not allowed to) (?:say|tell you|share) what (?:it'?s|it is|they(?:'re"
    r"| are)) called\b"
)
STRONG_MORE_CUES = ("shouldn", "drift", "what i mean", "nudge", "wink", "between the lines",
                    "never", "fuss", "song and dance", "from me", "told not", "before it",
                    "ohne", "klammheim", "der hand", "vorgehaltener", "sollte", "nie",
                    "von mir", "told", "informed", "notified", "warned", "know",
                    "nichts", "publicly", "anyone", "anybody", "t tell", "t inform",
                    "t notify", "t to tell", "called")  # fmt: skip
WEAK_MORE = re.compile(
    r"\bspoiler\b|\bsneak (?:peek|preview)\b|\bwhile (?:you |they )?(?:still )?(?:can|exist)\b"
)
WEAK_MORE_CUES = ("spoiler", "sneak", "while")
HINT = re.compile(f"{STRONG_HINT.pattern}|{WEAK_HINT.pattern}")


# Someone who speaks from inside the company, not for it: "Acme employee, speaking for
# myself", "a friend at the company says", "ex-employee:", "Mitarbeiter hier, privat".
INSIDER = re.compile(
    r"(?i)\b(?:(?:ex-|former )?(?:employee|staffer|insider)\b[^.!?\n]{0,30}\b(?:here|speaking"
    r"|myself|personally|privately|not (?:speaking )?for)|speaking (?:for|as) myself"
    r"|not speaking for (?:the company|them|us)|(?:a )?friend (?:at|who works (?:at|for|there))"
    # "a friend on the eng team", "my mate in the warehouse team", "someone in product told me"
    r"|(?:friend|mate|pal|cousin|contact|someone|somebody|guy) (?:on|in|from) the (?:\w+ )?"
    r"(?:team|department|dept|floor|side)\b"
    r"|ex-employee|former employee|i (?:used to )?work(?:ed)? (?:there|at|for)\b"
    r"|off[- ]duty|mitarbeiter(?:in)? hier|(?:ex-|ehemalige[rn]? )mitarbeiter|privat:"
    # Staff by the work they do, not by the company's voice (register-v11): "warehouse worker
    # here", "salesperson here", "Ex-<company> CS", "Lagerarbeiter hier".
    r"|(?:worker|salesperson|salesman|saleswoman|picker|packer|cashier|stocker|lagerist\w*"
    r"|lagerarbeiter\w*|verk\u00e4ufer\w*) here\b|(?:lagerarbeiter|verk\u00e4ufer)\w* hier\b"
    r"|\bex-\w+ (?:cs|csr|staff|support|agent|rep|engineer|dev|developer|manager|worker|driver"
    r"|salesperson|employee)\b"
    r"|spreche (?:nur )?f\u00fcr mich)"
)
# Staff who post without their name, and German staff past or present: "posting anonymously",
# "throwaway account", "ich war bis letzten Monat Verkäuferin in …", "ich arbeite dort".
# Searched only when one of its cues is in the lowered text (`speaks_from_inside`).
INSIDER_MORE = re.compile(
    r"(?i)\b(?:posting anonymously|anonymous (?:staff|employee|insider)|throwaway(?: account)?\b"
    r"|staff(?:er)? here|(?:current|former) staff|ich (?:arbeite|arbeitete) (?:dort|da|bei|in)"
    r"|ich war bis [^.!?\n]{0,40}\b(?:bei|in|dort)\b|ich habe (?:dort|da|bei \w+) gearbeitet)"
)
INSIDER_CUES = ("anonym", "throwaway", "staff", "ich ")


def speaks_from_inside(text: str) -> bool:
    """Someone speaking from inside the company, not for it (INSIDER, INSIDER_MORE)."""
    if gates.search(INSIDER, text):
        return True
    lowered = text.lower()
    return any(cue in lowered for cue in INSIDER_CUES) and INSIDER_MORE.search(text) is not None


def _said_start(sentence: re.Match[str]) -> int:
    """Where a split sentence's words begin (its leading spaces left out)."""
    said = sentence.group()
    return sentence.start() + len(said) - len(said.lstrip())


@functools.lru_cache(maxsize=2048)
def _hinting(text: str, pattern: re.Pattern[str] = HINT) -> bool:
    """Whether a text hints at something withheld (HINT: every kind; STRONG_HINT: those that
    need one word of a note). Cached: a draft's sentences are asked about more than once."""
    lowered = text.lower()
    if '"' in lowered or "\u201c" in lowered or "\u201e" in lowered or "\u00bb" in lowered:
        lowered = DENIED_QUOTE.sub(" ", lowered)
    # HINT is searched as its two halves: one alternation of both costs twice their sum.
    if any(
        p.search(lowered) for p in ((STRONG_HINT, WEAK_HINT) if pattern is HINT else (pattern,))
    ):
        return True
    if pattern is not STRONG_HINT and any(wink in lowered for wink in WINKS):
        return True  # a shushing face, a wink, a zipped mouth: weak hints, found as strings
    for more, cues, other in ((STRONG_MORE, STRONG_MORE_CUES, WEAK_HINT),
                              (GERMAN_QUIETLY, GERMAN_QUIETLY_CUES, WEAK_HINT),
                              (GERMAN_NOT_YET, GERMAN_NOT_YET_CUES, WEAK_HINT),
                              (WEAK_MORE, WEAK_MORE_CUES, STRONG_HINT)):  # fmt: skip
        if pattern is not other and any(c in lowered for c in cues) and more.search(lowered):
            return True
    if pattern is not HINT:
        return False
    return (
        (any(cue in lowered for cue in COVER_CUES) and COVER_STORY.search(lowered) is not None)
        or (
            any(cue in lowered for cue in INSIDE_CUES)
            and INSIDE_KNOWLEDGE.search(lowered) is not None
        )
        or _admitting(lowered)
    )


def _admitting(lowered: str) -> bool:
    return any(cue in lowered for cue in ADMISSION_CUES) and ADMISSION.search(lowered) is not None


# Talk of settling claims and lawsuits is a legal matter (the wording checks read it), not a
# register item, even when it is hushed: "between us, legal wants us to settle these quietly".
LEGAL_TALK = re.compile(
    r"(?i)\b(?:settl\w*|lawsuits?|sue|suing|sued|courts?|solicitors?|lawyers?|class action"
    r"|legal (?:team |department )?(?:told|said|says|wants|want|have|has)|insurers?|the press"
    r"|liab\w+|vergleich\w*|anw\u00e4lt\w*|klage\w*|gericht\w*|versicherer\w*)\b"
)
# A point between digits ("4.75", "v3.1") does not end a sentence.
# A point between digits ("9.99") or after a German ordinal ("am 14. im Labor", "am 3. März")
# ends no sentence.
SENTENCE = re.compile(
    r"[^.!?\n]+(?:(?:(?<=\d)\.(?=\d)|(?<=\d)\.(?= (?:[a-z\u00e4\u00f6\u00fc]|Jan|Feb|M\u00e4r|Apr"
    r"|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)))[^.!?\n]*)*[.!?]*"
)


@functools.lru_cache(maxsize=8)
def split_sentences(text: str) -> tuple[re.Match[str], ...]:
    """`SENTENCE`'s matches in the text, split once for the dozen readers of one check (the
    register's hints, paraphrases, disclosures, places, timings …) and for the sentence
    around each finding, which was found by splitting the text again up to it."""
    return tuple(SENTENCE.finditer(text))


HANDLE = re.compile(r"@[\w.@-]+")
# An account on a social network, not an e-mail address: "@name", "@name@instance.social",
# "u/name".
SOCIAL_HANDLE = re.compile(r"(?:(?<![\w.+-])@|\bu/)[\w.-]+(?:@[\w.-]+)?")
NOTE_STOPWORDS = frozenset(
    (
        "about", "after", "before", "being", "code", "from", "have", "internal", "into", "name",
        "only", "that", "their", "there", "these", "this", "those", "under", "unannounced",
        "with", "without", "public", "planned", "confidential", "announced", "yet", "not",
        "which", "where", "being", "still", "other", "every", "product", "products", "customer",
        "customers", "people", "company", "service", "team", "word", "also", "ordinary", "itself",
        "common", "used", "unrelated", "related", "something", "else", "same", "nothing",
        "confused", "otherwise", "ordinarily", "clean", "fine", "harmless", "everyday",
        # The same in German, for notes operators write in German (register-v10).
        "nicht", "noch", "intern", "interne", "internen", "interner", "internes", "geplant",
        "geplante", "geplanten", "unangek\u00fcndigt", "unangek\u00fcndigte",
        "unangek\u00fcndigten", "unangek\u00fcndigter", "\u00f6ffentlich", "eine", "einer",
        "einem", "einen", "eines", "\u00fcber", "unter", "wird", "werden", "sind", "nach",
        "beim", "auch", "aber", "oder", "durch", "f\u00fcr", "kunden", "kunde", "produkt",
        "firma", "noch", "bisher", "bereits", "gemeint", "normal", "gew\u00f6hnlich",
        # "new" is too short to be a note's word; German's "neue" is not (session 37). A
        # German note joins "code" and "name", both stopwords, into one.
        "neue", "neuen", "neuer", "neues", "codename",
    )
)  # fmt: skip
# Labels are at most 63 characters (as in DNS) and a host starts at a word boundary: without
# both, a long run of letters or digits makes the pattern backtrack quadratically.
HOST_OR_URL = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]{0,20}://)?(?:[^\s@/:]{1,64}@)?"
    r"(?<![a-z0-9-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z][a-z0-9-]{0,62})"
    r"\b(?::\d{1,5})?(?:/[^\s<>\"'`]*)?"
)
HOST_CATEGORIES = {"internal_host", "internal_url"}

CATEGORY_WHY = {
    "code_name": gettext_noop("an internal code name"),
    "internal_host": gettext_noop("an internal system"),
    "internal_url": gettext_noop("an internal link"),
    "extension": gettext_noop("an internal phone extension"),
    "recall": gettext_noop("an unannounced recall"),
    "supplier": gettext_noop("a confidential supplier"),
    # not "on the confidential register", which the message says before it (qa-v21)
    "other": gettext_noop("an internal matter"),
}
SUGGESTIONS = {
    "code_name": gettext_noop(
        "Describe it in public terms ('the next thermostat', 'a future update') or leave it out."
    ),
    "internal_host": gettext_noop(
        "Remove the internal address; link to a public page or describe the step."
    ),
    "internal_url": gettext_noop(
        "Remove the internal link; link to a public page or describe the step."
    ),
    "extension": gettext_noop("Give the public support number instead of an internal extension."),
    "recall": gettext_noop(
        "Do not mention it; ask the product-safety team what may be said in public."
    ),
    "supplier": gettext_noop("Leave the supplier out; say 'our manufacturing partner' if needed."),
    "other": gettext_noop("Leave it out or ask the register's owner what may be said in public."),
}


def _token(token: str) -> str:
    if "0" <= token[0] <= "9" and token.endswith("er") and token[:-2].isdigit():
        return token[:-2]  # German "der 3318er": the one known by its number
    return "plus" if token == "+" else token  # noqa: S105 - a word, not a password


# A compound noun made of a verb and a particle, said as the verb: "the rollback to 2.4.1" is
# also "rolling back to 1.3.9", "the shutdown" is "shutting down".
COMPOUND_VERB = re.compile(r"(?i)\b([a-z]{2,})(back|down|up|out|off|over)\b")


def verb_forms(surface: str) -> list[str]:
    match = COMPOUND_VERB.search(surface)
    if not match or len(TOKEN.findall(surface)) < 2:
        return []  # a compound alone ("Lockout") is too common a word to take apart
    verb, particle = match.group(1).lower(), match.group(2).lower()
    stem = verb + verb[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) else verb
    return [
        f"{surface[: match.start()]}{stem}{ending} {particle}{surface[match.end() :]}"
        for ending in ("ing", "ed")
    ]


# The part of a note that says what the word means ordinarily: "(word is also an ordinary
# bird)", "also an ordinary rowing stroke", "not to be confused with the tree".
ORDINARY_SENSE = re.compile(
    r"(?i)\(?\b(?:(?:the )?word is also|also (?:an? |the )?(?:ordinary|common|everyday)"
    r"|not to be confused with|ordinarily|otherwise)\b(?P<sense>[^)]*)\)?"
)
# The subject of an ORDINARY_SENSE clause: "; 'Reif' is", " (meridian is".
WORD_SAID_ORDINARY = re.compile(
    r"\s*[;(,]\s*['\"\u2018\u2019\u201c\u201d\u201e]?[^\W\d_][\w-]*['\"\u2019\u201d\u201c]?"
    r"\s+(?:is|are|ist|sind)\s*$"
)
FIGURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d{3,}(?![\d,])")


# An aside in brackets that says what is not the item: "(a lantern / the listed gas lamp is
# unrelated)", "(nightshade is also a toxic plant)", "(the Alder Lane branch is something else)".
NOTE_ASIDE = re.compile(
    r"\((?P<sense>[^()]*\b(?:unrelated|not related|is also|are also|something else|not the same"
    r"|nothing to do with|not to be confused|ordinar\w*|otherwise)\b[^()]*)\)"
    # Or an aside that ends by saying what it names is not the item: "(a hand truck / shopping
    # trolley is not)", "(gift ribbons are not)", "(die Bürste ist nicht gemeint)".
    r"|\((?P<sense2>[^()]*\b(?:is|are|ist|sind) (?:not|nicht)(?: (?:it|this|meant|gemeint))?)\s*\)"
)


# A clause of a note, outside brackets, that says what is not the item, however the operator
# put it: "; the plover (a bird) is clean", "; 'hatchway' as an ordinary word is fine",
# "- a ship's hatchway has nothing to do with it".
NOTE_CLAUSE = re.compile(r"[;\u2014\u2013]|\s-\s|\.\s")
CLEAN_SENSE = re.compile(
    r"(?i)\b(?:clean|unrelated|not related|is also|are also|something else|not the same"
    r"|nothing to do with|not to be confused|ordinar\w*|otherwise|is fine|are fine|harmless"
    r"|everyday|not (?:it|this|the item|ours|confidential|secret|sensitive)|can be said)\b"
)


def split_note(note: str) -> tuple[str, str]:
    """(what the item is, what its word means ordinarily) of a register note."""
    aside = NOTE_ASIDE.search(note)
    if aside:
        meaning = note[: aside.start()] + note[aside.end() :]
        sense = aside.group("sense") or aside.group("sense2")
    else:
        match = ORDINARY_SENSE.search(note)
        if match:
            # "…; 'Reif' is also the ordinary word for frost", "… (meridian is also an ordinary
            # word)": the word said to be ordinary is not part of what the item is.
            head = WORD_SAID_ORDINARY.sub("", note[: match.start()])
            meaning, sense = head + note[match.end() :], match.group("sense")
        else:
            meaning, sense = note, ""
    # Clauses after the first that say what is clean: "internal support console; a ship's
    # hatchway (and the hatch itself) are clean".
    bounds = [0, *(m.end() for m in NOTE_CLAUSE.finditer(meaning)), len(meaning) + 1]
    kept, senses = [], [sense] if sense else []
    for at, (a, b) in enumerate(itertools.pairwise(bounds)):
        clause = meaning[a : b - 1] if b <= len(meaning) else meaning[a:]
        if at and CLEAN_SENSE.search(clause):
            senses.append(clause)
        else:
            kept.append(clause)
    if len(kept) == len(bounds) - 1:
        return meaning, sense
    return " ".join(c.strip() for c in kept), " ".join(c.strip() for c in senses)


@functools.lru_cache(maxsize=1024)
def note_meaning(note: str) -> str:
    """What a register note says the item is (split_note)."""
    return split_note(note)[0]


def note_figures(text: str) -> frozenset[str]:
    """Numbers of three digits or more, without their thousands separators."""
    return frozenset(m.group().replace(",", "") for m in FIGURE.finditer(text))


def squash(text: str) -> str:
    """Lower-case letters and digits only ("+" read as "plus": "Swift+" is not "Swift"): what
    survives case, punctuation and spacing."""
    return "".join(_token(t) for t in TOKEN.findall(text.casefold()))


INFLECTIONS = ("en", "n", "es", "s")


def _short_line(digits: str) -> re.Pattern[str]:
    """A two-digit line ("Durchwahl 27") after a word that names a line in any language:
    "extension 27", "ext. -27", "DW 27"; not "line 27" (a bus) or "call 27"."""
    return re.compile(rf"(?i)(?<![\w.]){SHORT_LINE_WORDS}\s*[-.:#]?\s*{digits}(?![\d,.]\d)(?!\d)")


def allowed_typos(length: int) -> int:
    return 0 if length <= 4 else 1 if length <= 11 else 2


@dataclass(frozen=True, slots=True)
class Entry:
    term: str  # as on the register: what the finding names
    category: str
    note: str
    squashed: str  # of the term or of one of its variants
    digits: str
    tokens: int
    typos: int
    # An ordinary word or phrase written capitalised on the register ("Puffin", "Still Waters"):
    # matched only where the text writes it capitalised too.
    proper: bool = False
    context: frozenset[str] = frozenset()  # words of the note, for sentence-initial matches
    numeric: bool = False  # a bare number ("6627"): an id only where the text says so
    # What the note says the word means ordinarily ("word is also an ordinary kettle"): a
    # sentence about that is the word, not the item.
    ordinary: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()  # numbers of the note ("~6,000 customers" → 6000)
    initials: str = ""  # first letters of its words: a typo does not change a word's first
    # What a variant says happened ("incident", "closure", …), for the variant retold.
    events: frozenset[str] = frozenset()
    system: bool = False  # the note says it is a tool or system one logs into
    # The variant's event is its note's ("the flood night in Corran", note "internal incident:
    # …"): all its words say it, or a word of something going wrong does.
    implied: bool = False
    # A phrase the register writes with a capital in it but not on every word ("the Black
    # tier"): written all in lower case ("the gold tier of the medal table") it is the ordinary
    # phrase unless the sentence speaks of the item or hints at it.
    named: bool = False
    # The words the register itself says of the item beside this surface (five-letter
    # beginnings of the term's and variants' other words: "vertr" of "Weizenau-Vertrag",
    # "liefe" of "Lieferant Weizenau" for the surface "Weizenau").
    own: frozenset[str] = frozenset()
    # A figure written with a decimal separator on the register ("6,4 %" → "6.4%"): matched as
    # that figure only, never as the bare number its digits make.
    decimal: str = ""


@dataclass
class RegisterIndex:
    """The active register, prepared once per change of the register."""

    entries: list[Entry] = field(default_factory=list)
    hosts: list[tuple[str, Entry]] = field(default_factory=list)
    url_prefixes: list[tuple[str, Entry]] = field(default_factory=list)
    extensions: list[tuple[re.Pattern[str], Entry]] = field(default_factory=list)
    reordered: list[tuple[str, frozenset[str], Entry]] = field(default_factory=list)
    # Items whose note tells of something that went wrong: the words of the term, its variants
    # and its note (five-letter prefixes), and the pairs of them said side by side there.
    incidents: list[tuple[frozenset[str], frozenset[tuple[str, str]], Entry]] = field(
        default_factory=list
    )
    # Items whose term ends in a common noun ("Bittern list", "Larder range"): that noun and
    # the words of the note, for the item described instead of named ("the barred list").
    heads: list[tuple[str, frozenset[str], Entry]] = field(default_factory=list)
    longest: int = 0
    # What the note and the variants of each term say, as concepts (register_words): a hint
    # may speak of an item in its variants' words ("one of the servers we're quietly …").
    said: dict[str, frozenset[str]] = field(default_factory=dict)
    # The words of the company's public names ("Vault Backup", "Vault Archive"), as five-letter
    # beginnings: a sentence that shares them with a note ("price increase for Vault Backup
    # and Vault Archive") says nothing confidential by them.
    public: frozenset[str] = frozenset()
    # The same words whole ("gruppen" of "Gruppen- und Einzelkurse"): a German noun that
    # only begins like one ("keine Gruppenkurse") is not the name denied.
    public_whole: frozenset[str] = frozenset()
    # The company's public names of one word ("Hop (same-day delivery)" → "hop").
    public_named: frozenset[str] = frozenset()
    # The numbers of the company's public names ("GF 150", "VA 40 / VA 150"), three digits or more.
    public_numbers: frozenset[str] = frozenset()
    # Items whose note tells of a site to be closed: the words that name the site (its place and
    # its kind: "Aveiro", "branch"), for the closure said without the word ("won't be around").
    closures: list[tuple[frozenset[str], Entry]] = field(default_factory=list)
    # Items whose note tells of a new site not yet announced ("unannounced new centre on Sylt"):
    # the names of its place, for the opening told in other words ("our new yard on Sylt opens
    # then", "dann macht unser Hof auf Sylt auf").
    openings: list[tuple[frozenset[str], Entry]] = field(default_factory=list)
    # German surfaces of several nouns ("Husten-Sperre Allgäu", "Schutzzone Halle C"): their
    # nouns' five-letter beginnings, for the same nouns in another order in one sentence.
    nouns: list[tuple[frozenset[str], Entry]] = field(default_factory=list)
    # Items whose note tells of a product not yet launched (a successor, a new model): for the
    # product said without its name ("the next one is out in spring").
    launches: list[Entry] = field(default_factory=list)
    # One capitalised word of a name of several ("Atelier" of "Atelier Max"), for the name half
    # told where a sentence says a name is meant ("it's called Atelier something internally").
    halves: list[tuple[str, Entry]] = field(default_factory=list)
    # The same, of words that are also words of the lexicon ("Liste" of "Projekt Liste"): found
    # only right after words that name it ("intern heißt das Ding Brücke", session 23).
    named_halves: list[tuple[str, Entry]] = field(default_factory=list)
    # Incidents' variants without their place, for the incident named short with any word of
    # something going wrong ("our keycard mess" for "the Hartfield keycard copying incident").
    shortened: list[tuple[str, re.Pattern[str], Entry]] = field(default_factory=list)
    # What operators accepted as the ordinary use of a term ("not confidential here"), by term:
    # the words that stood beside it (detectors/learned.py reads them).
    learned: dict[str, "Learned"] = field(default_factory=dict)

    @classmethod
    def build(
        cls, terms: list[tuple[Any, ...]], public_names: Iterable[str] = ()
    ) -> "RegisterIndex":
        """From (term, category, note), (term, category, note, variants) or (…, variants,
        ordinary contexts) rows, and the names the company says in public (its name and its
        products' names)."""
        index = cls()
        index.public = public_words(public_names)
        index.public_whole = frozenset(
            word.casefold()
            for name in public_names
            for word in re.findall(r"\b[A-Z\u00c4\u00d6\u00dc][^\W\d_]{3,}", name.split("(")[0])
        )
        index.public_named = frozenset(
            name.split("(")[0].strip().casefold()
            for name in public_names
            if len(name.split("(")[0].split()) == 1
        )
        index.public_numbers = frozenset(
            number for name in public_names for number in re.findall(r"\d{3,}", name)
        )
        for term, category, note, *rest in terms:
            variants = list(rest[0]) if rest and rest[0] else []
            meaning, ordinary = split_note(note)
            # Words of letters, umlauts too (session 37): "[a-z]" cut a German note's
            # "unangekündigten" into "unangek" and "ndigten", "Eröffnung" into "ffnung", so the
            # German stopwords below never matched and the fragments were found inside other
            # words ("ndigt" in "angekündigt", "ffnun" in "Öffnungszeiten").
            context = frozenset(
                word
                for word in re.findall(r"[^\W\d_]{4,}", meaning.casefold())
                if word not in NOTE_STOPWORDS
            )
            if len(rest) > 1 and rest[1]:
                index.learned[term] = Learned.build(term, context, rest[1])
            senses = (frozenset(re.findall(r"[a-z]{4,}", ordinary.casefold())) - NOTE_STOPWORDS,
                      note_figures(meaning))  # fmt: skip
            index.said[term] = note_concepts(note) | (
                frozenset().union(*(concepts(v, NOTE_STOPWORDS) for v in variants))
                - GENERIC_ITEM_WORDS
                - {concept(squash(term)[:5])}
            )
            for surface in [term, *variants, *_numbers_alone(term, variants)]:
                # The words written with this name elsewhere on the register ("Vertrag" of
                # "Weizenau-Vertrag" for "Weizenau"), not those of a variant without it.
                own = register_own_words(
                    [s for s in [term, *variants] if squash(surface) in squash(s)]
                ) - register_own_words([surface])
                index._add(term, surface, category, note, context, senses, own)
                # "Ghent is closing" is said "Ghent's closing"; "we are pulling", "we're pulling".
                contracted = CONTRACTIBLE.sub(lambda m: f"{m.group(1)}'{CONTRACTED[m.group(2)]}",
                                              surface)  # fmt: skip
                if contracted != surface:
                    index._add(term, contracted, category, note, context, senses)
                for form in verb_forms(surface):
                    index._add(term, form, category, note, context, senses)
                for form in german_contracted(surface):
                    index._add(term, form, category, note, context, senses, own)
                index._add_reordered(surface, term, category, note, context, senses)
                index._add_nouns(surface, term, category, note, context)
            index._add_heads([term, *variants], meaning, senses, term, category, note, context)
            index._add_halves(term, [term, *variants], category, note, context)
            if EVENT_CLASSES["incident"].search(meaning) or EVENT_CLASSES["recall"].search(meaning):
                index._add_incident(term, category, note, [term, *variants], context, senses)
                index._add_shortened(term, category, note, [term, *variants], context)
            if EVENT_CLASSES["closure"].search(meaning):
                index._add_closure(term, category, note, [term, *variants], context)
            elif (places := note_names(note)) and _opening_note(meaning):
                entry = Entry(term, category, note, squash(term), "", 1, 0, context=context)
                index.openings.append((places, entry))
            elif UNLAUNCHED_NOTE.search(meaning) and not any(
                EVENT_CLASSES[kind].search(meaning) for kind in ("incident", "recall", "price")
            ):
                index.launches.append(
                    Entry(term, category, note, squash(term), "", 1, 0, context=context)
                )
        return index

    def _add_halves(
        self, term: str, surfaces: list[str], category: str, note: str, context: frozenset[str]
    ) -> None:
        whole = {squash(surface) for surface in surfaces}
        words = {
            word
            for surface in surfaces
            if len(surface.split()) > 1
            for word in CAPITALISED_WORD.findall(surface)
        }
        entry = Entry(term, category, note, squash(term), "", 1, 0, context=context)
        for word in sorted(words):
            prefix = word.casefold()[:5]
            if (
                squash(word) in whole  # "Filz" alone is a variant: found anyway
                or prefix in self.public
                or word.casefold() in NAME_MARKERS | {"projekt", "project"}
                or prefix in GENERIC_ITEM_WORDS
            ):
                continue
            if concept(prefix) != prefix:  # "Tarif", "Pricing": a word of the lexicon
                self.named_halves.append((word, entry))
                continue
            self.halves.append((word, entry))

    def _add_shortened(
        self, term: str, category: str, note: str, surfaces: list[str], context: frozenset[str]
    ) -> None:
        """An incident's variant of a place or name, words of what broke and an incident noun
        ("the Hartfield keycard copying incident", "the Eastmoor portal incident", "the voice-note
        CDN exposure"), for the same said without the name and with any incident noun: "our
        keycard copying mess", "the portal leak", "the voice-note leak" (session 24)."""
        entry = Entry(term, category, note, squash(term), "", 1, 0, context=context)
        for surface in surfaces:
            words = surface.split()
            if len(words) < 3 or not INCIDENT_NOUN.fullmatch(words[-1]):
                continue
            core = [
                w
                for w in words[:-1]
                if w.casefold() not in SHORT_ARTICLES and not (w[0].isupper() and w.isalpha())
            ]
            if not core or words[0].casefold() not in SHORT_ARTICLES:
                continue
            said = "".join(rf"(?:\s+{re.escape(w)})?" for w in core[1:])
            pattern = re.compile(
                rf"(?i)\b(?:the|our|this|that)\s+{re.escape(core[0])}{said}\s+"
                rf"{INCIDENT_NOUN.pattern}\b"
            )
            self.shortened.append((core[0].casefold(), pattern, entry))

    def _add_closure(
        self, term: str, category: str, note: str, surfaces: list[str], context: frozenset[str]
    ) -> None:
        said = " ".join([split_note(note)[0], *surfaces])
        sites = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", said)} & SITE_NOUNS
        words = frozenset(sites | note_names(note))
        if words:
            entry = Entry(term, category, note, squash(term), "", 1, 0, context=context)
            self.closures.append((words, entry))

    def _add_reordered(
        self, surface: str, term: str, category: str, note: str, context: frozenset[str],
        senses: tuple[frozenset[str], frozenset[str]],
    ) -> None:  # fmt: skip
        """A variant of several words with a name in it ("the Lyon card-reader outage", "the
        Partick mast") is also said in other words around the name ("a processor problem in
        Dunmore", "the mast in Partick")."""
        # Words of three letters or more, and abbreviations in capitals ("the PT array issue").
        words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}|\b[A-Z]{2}\b", surface) if w.casefold()
                 not in NOTE_STOPWORDS and w.casefold() not in SHORT_STOPWORDS]  # fmt: skip
        names = [w for w in words if w[0].isupper()]
        if len(names) > 1 and (place := GERMAN_PLACE_AT_END.search(surface)):
            # German writes every noun with a capital: in "der Kältelager-Ausfall in Gera" the
            # name is the place after the preposition, and the nouns are its other words
            # ("weil das Kältelager in Gera ausgefallen ist").
            names = [place.group(1)]
            words = [part for w in words for part in ([w] if w == names[0] else w.split("-"))]
            names = [next(w for w in words if w == names[0])]
        if (
            len(words) < 2
            or len(names) != 1
            or any(not c.isalnum() and c not in " -" for c in surface)
            or squash(names[0]) == squash(term)  # "the Spindle tool": "Spindle" is found anyway
            # The company's public product itself ("Loop" of "Loop Weekend", session 24): "book the
            # Loop the night before" is the product, not the variant retold.
            or names[0].casefold() in self.public_named
        ):
            return
        others = frozenset(w.casefold()[:5] for w in words if w is not names[0])
        digits = "".join(c for c in surface if c.isdigit())
        said = " ".join(w for w in words if w is not names[0])
        events = frozenset(name for name, pattern in EVENT_CLASSES.items() if pattern.search(said))
        implied = not events and INCIDENT_WORDS.search(split_note(note)[0]) is not None
        if implied:
            # A variant of an incident that says only where and when ("the flood night in
            # Leith") is retold with all its words or with what went wrong: "a night in Leith
            # from €17" is not it.
            events = frozenset(("incident",))
        entry = Entry(term, category, note, squash(surface), digits, len(words), 0, context=context,
                      ordinary=senses[0], figures=senses[1], events=events,
                      implied=implied)  # fmt: skip
        self.reordered.append((names[0], others, entry))

    def _add_nouns(
        self, surface: str, term: str, category: str, note: str, context: frozenset[str]
    ) -> None:
        """A surface whose words of four letters or more are all capitalised nouns, three or
        more of them beyond words every item has: German writes every noun so, and retells
        "Husten-Sperre Allgäu" as "in der Allgäu-Scheune gilt eine Husten-Sperre", which the
        reordering of a single name (`_add_reordered`) cannot read. Two nouns are not enough:
        "Tarif Trab" would be any clause saying "Tarif" and the gait "Trab"."""
        words = [w for w in re.findall(r"[^\W\d_]+", surface) if len(w) >= 4]
        nouns = frozenset(
            _noun_stem(w)
            for w in words
            if w.casefold()[:5] not in GENERIC_ITEM_WORDS | {m[:5] for m in NAME_MARKERS}
        )
        if len(nouns) < 3 or not all(w[0].isupper() for w in words):
            return
        if all(n[:5] in self.public for n in nouns):
            return  # "Hebebühne Duo": the company's own product, said in public
        if any(nouns == known and e.term == term for known, e in self.nouns):
            return
        entry = Entry(term, category, note, squash(surface), "", 1, 0, context=context)
        self.nouns.append((nouns, entry))

    def _add_heads(
        self, surfaces: list[str], meaning: str, senses: tuple[frozenset[str], frozenset[str]],
        term: str, category: str, note: str, context: frozenset[str],
    ) -> None:  # fmt: skip
        words = frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", meaning.casefold()))
        words -= NOTE_STOPWORDS | GENERIC_ITEM_WORDS | senses[0]
        entry = Entry(term, category, note, squash(term), "", 1, 0, context=context,
                      ordinary=senses[0], figures=senses[1])  # fmt: skip
        for surface in surfaces:
            parts = surface.split()
            head = parts[-1] if len(parts) >= 2 else ""
            new = all(h != head or e.term != term for h, _, e in self.heads)
            if head.isalpha() and head.islower() and head in ITEM_HEADS and new:
                self.heads.append((head, words - {head[:5]}, entry))

    def _add_incident(
        self, term: str, category: str, note: str, surfaces: list[str], context: frozenset[str],
        senses: tuple[frozenset[str], frozenset[str]],
    ) -> None:  # fmt: skip
        said = [split_note(note)[0], *surfaces]
        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for phrase in said:
            tokens = [w[:5] for w in re.findall(r"[a-z]{4,}", phrase.casefold())]
            words.update(tokens)
            pairs.update(itertools.pairwise(tokens))
        words -= NOTE_STOPWORDS | GENERIC_ITEM_WORDS | senses[0]
        entry = Entry(term, category, note, squash(term), "", 1, 0, context=context,
                      ordinary=senses[0], figures=senses[1])  # fmt: skip
        self.incidents.append((frozenset(words), frozenset(pairs), entry))

    def _add(
        self, term: str, surface: str, category: str, note: str, context: frozenset[str],
        senses: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
        own: frozenset[str] = frozenset(),
    ) -> None:  # fmt: skip
        surface = surface.strip()
        lowered = surface.casefold()
        for article in ARTICLES:  # "the batch we're pulling" is also "a batch we're pulling"
            # "the Plover" is the name "Plover": written "the plover", it is the ordinary word.
            rest = surface[len(article) :]
            if lowered.startswith(article) and (
                len(TOKEN.findall(surface)) > 2 or (rest.isalpha() and rest[:1].isupper())
            ):
                surface = surface[len(article) :]
                break
        else:
            # German declines its article ("der Wasserschaden im Lager" is also "beim
            # Wasserschaden im Lager", "den Wasserschaden …"): a phrase of three words or more
            # is matched without it (session 19). Not "die Laterne": one noun alone is a word.
            if lowered.startswith(GERMAN_ARTICLES) and len(TOKEN.findall(surface)) > 2:
                surface = surface.split(" ", 1)[1]
        squashed = squash(surface)
        if not squashed:
            return
        words = surface.split()
        plain = all(w.isalpha() for w in words)
        # A compound of words joined by a hyphen ("Trab-Tarif") is words too: written
        # another way ("the Trab tariff") a letter may differ; not a code in capitals.
        worded = plain or all(
            part.isalpha() and not part.isupper() for w in words for part in w.split("-")
        )
        system = SYSTEM_NOTE.search(split_note(note)[0]) is not None
        # A tool's name with its German article ("die Drehscheibe", "im Chessi") is read as the
        # name alone is, by how the sentence uses the tool (`_german_article_noun`).
        tool_with_article = system and _german_article_noun(words, term)
        entry = Entry(
            term, category, note, squashed, "".join(c for c in squashed if c.isdigit()),
            len(TOKEN.findall(surface)),
            # Typos are forgiven in words, not in ids and short codes ("EI-FVB" is another plane).
            typos=allowed_typos(len(squashed))
            if len(squashed) > 5 and (worded or len(squashed) >= 12)
            else 0,
            proper=plain and len(words) <= 3
            and (all(w[0].isupper() for w in words) or tool_with_article),
            named=plain and len(words) > 1 and any(w[0].isupper() for w in words)
            and not all(w[0].isupper() for w in words) and not tool_with_article,
            context=context,
            numeric=squashed.isdigit(),
            decimal=_decimal_figure(surface) if squashed.isdigit() else "",
            ordinary=senses[0],
            figures=senses[1],
            initials=_initials(surface, 0, len(surface)),
            system=system,
            own=own,
        )  # fmt: skip
        self.entries.append(entry)
        self.longest = max(self.longest, len(squashed))
        if category in HOST_CATEGORIES:
            self._add_host(surface, entry)
        extension = EXTENSION_WORDS.match(surface) or LINE_TERM.match(surface)
        if extension and len(extension.group(1)) < 3:
            short = _short_line(extension.group(1))
            if all(p.pattern != short.pattern for p, _ in self.extensions):
                self.extensions.append((short, entry))
        elif extension or (category == "extension" and entry.digits):
            digits = extension.group(1) if extension else entry.digits
            pattern = re.compile(
                rf"(?i)(?<![\w.])(?:x|ext\.?|extn\.?|extension|internal line|internal|line"
                # Other words for it ("Durchwahl", "poste") and the line dialled: "ring Dave on
                # 3371", "dial 3371".
                r"|direct line|durchwahl|dw|poste|toestel|interno|nebenstelle|apparat|hausapparat"
                r"|(?:dial|ring|call|phone)(?:\s+[A-Za-z]+)?(?:\s+on)?)\s*[-.:#]?\s*"
                rf"{digits}(?![\d,.]\d)(?!\d)"
                # The line in brackets after its word ("the escalations line (5163)"), or
                # dialled in German word order ("einfach -318 wählen", "die 318 anrufen").
                rf"|(?<=\bline \(){digits}(?=\))"
                rf"|(?<![\w.,])-?{digits}(?=\s+(?:w\u00e4hlen|anw\u00e4hlen|anrufen)\b)"
                # Asked for by its article, as German names a line ("die Durchwahl"): "frag
                # nach der 218", "erreichbar unter der 218", "über die 218" (session 28).
                rf"|{GERMAN_LINE_ASKED}{digits}(?![\d,.]\d)(?!\d)"
            )
            if all(p.pattern != pattern.pattern for p, _ in self.extensions):
                self.extensions.append((pattern, entry))

    def _add_host(self, term: str, entry: Entry) -> None:
        value = term.strip().lower()
        value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value).rstrip("/")
        host, _, path = value.partition("/")
        if path:
            self.url_prefixes.append((value, entry))
        else:
            self.hosts.append((host.lstrip("."), entry))

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        if not self.entries:
            return []
        found = self._hosts(text) + self._fuzzy(text)
        for pattern, entry in self.extensions:
            if entry.digits and entry.digits not in text:
                continue  # the line's digits are not there: no need to scan for its words
            found += [(m.start(), m.end(), entry) for m in pattern.finditer(text)]
        if self.extensions:
            found += self._spoken_lines(text)
        return found

    def _spoken_lines(self, text: str) -> list[tuple[int, int, Entry]]:
        """An internal line spelled out ("extension five-eight-four-zero", "it's fifty-eight
        forty"): the words say exactly the line's digits (three or more of them)."""
        spoken = spoken_numbers(text)
        if not spoken:
            return []
        lines = {entry.digits: entry for _, entry in self.extensions if len(entry.digits) >= 3}
        found = []
        for start, end, digits in spoken:
            entry = lines.get(digits)
            if entry is not None:
                before = EXTENSION_WORD_BEFORE.search(text, max(0, start - 24), start)
                found.append((before.start() if before else start, end, entry))
        return found

    def _hosts(self, text: str) -> list[tuple[int, int, Entry]]:
        if not (self.hosts or self.url_prefixes):
            return []
        found = []
        for match in gates.finditer(HOST_OR_URL, text):
            host = match.group("host").lower()
            address = re.sub(r"^[a-z][a-z0-9+.-]*://", "", match.group().lower())
            for suffix, entry in self.hosts:
                if host == suffix or host.endswith("." + suffix):
                    found.append((match.start(), trim_trailing(text, *match.span()), entry))
            for prefix, entry in self.url_prefixes:
                if address.startswith(prefix):
                    found.append((match.start(), trim_trailing(text, *match.span()), entry))
        return found

    @functools.cached_property
    def _hint_notes(self) -> "tuple[_Note, ...]":
        """What `_hints` compares a sentence with, read once from the entries (after `build`)."""
        return _hint_notes(self)

    @functools.cached_property
    def _paraphrase_notes(
        self,
    ) -> "tuple[tuple[Entry, frozenset[str], frozenset[str], bool], ...]":
        """What `_paraphrases` compares a sentence with, read once from the entries."""
        return _paraphrase_notes(self)

    @functools.cached_property
    def _german_notes(self) -> "tuple[_GermanNote, ...]":
        """What `_german_disclosed` compares a sentence with, read once from the entries."""
        return _german_notes(self)

    @functools.cached_property
    def _incident_places(self) -> "tuple[tuple[frozenset[str], Entry], ...]":
        """What `_german_place_incident` looks for, read once from the entries."""
        return _incident_places(self)

    @functools.cached_property
    def _note_prefixes(self) -> frozenset[str]:
        """The words (five-letter beginnings) the register's notes use, read once."""
        return frozenset(prefix for note in self._hint_notes for prefix in note.prefixes)

    @functools.cached_property
    def _windows(self) -> "_Windows":
        """What `_fuzzy` looks up, read once from the entries (after `build`)."""
        sizes: dict[str, set[int]] = {}
        longest: dict[str, int] = {}
        for entry in self.entries:
            length, initial = len(entry.squashed), entry.squashed[0]
            if entry.typos:
                sizes.setdefault(initial, set()).update(
                    range(length - entry.typos, length + entry.typos + 1)
                )
            # The longest window an entry looks up: its length and its typos, or an inflection.
            reach = length + max(entry.typos, max(len(suffix) for suffix in INFLECTIONS))
            longest[initial] = max(longest.get(initial, 0), reach)
        return _Windows(
            limit=self.longest + 2,
            longest=longest,
            widest=max(entry.tokens for entry in self.entries) + 1,
            typo_initials=frozenset(sizes),
            exact_prefixes=frozenset(e.squashed[:2] for e in self.entries if not e.typos),
            wanted=frozenset(e.squashed for e in self.entries if not e.typos),
            sizes={initial: frozenset(found) for initial, found in sizes.items()},
        )

    def _fuzzy(self, text: str) -> list[tuple[int, int, Entry]]:
        tokens = [(m.start(), m.end(), _token(m.group().casefold())) for m in TOKEN.finditer(text)]
        table = self._windows
        limit, widest, wanted = table.limit, table.widest, table.wanted
        windows: list[str] = []
        spans: list[tuple[int, int, int]] = []  # start, end, number of tokens
        exact: dict[str, list[int]] = {}
        # Windows by their first character and length: a typo is forgiven past the first
        # character only, and within the allowed typos in length.
        near_by: dict[tuple[str, int], list[int]] = {}
        # A match starts with the entry's first character (typos are only forgiven past it), or
        # its first two when no typo is forgiven: only tokens starting so begin a window.
        typo_initials, exact_prefixes = table.typo_initials, table.exact_prefixes
        # Only the windows some entry looks up are indexed: an exact entry's own text, and the
        # lengths a typo entry of the same first character can be near. The lists kept stay in
        # the same order.
        for first, (start, _, token) in enumerate(tokens):
            if token in CONTRACTIONS and text[start - 1 : start] in ("'", "\u2019"):
                continue  # "we've let" does not begin at "ve": no match starts inside a word
            if token[0] not in typo_initials and not (
                token[:2] in exact_prefixes
                or (len(token) == 1 and any(p.startswith(token) for p in exact_prefixes))
            ):
                continue
            joined, initial = "", token[0]
            sizes = table.sizes.get(initial, frozenset())
            reach = min(limit, table.longest.get(initial, 0))
            for width, (_, end, token) in enumerate(tokens[first : first + widest], 1):
                joined += token
                size = len(joined)
                if size > reach:
                    break
                # A window is kept only when some entry looks it up (most are not): its
                # number is its place among the kept ones, in the order read.
                kept = False
                at = len(windows)
                if joined in wanted:
                    exact.setdefault(joined, []).append(at)
                    kept = True
                if width > 1 and token[-1] in "ns" and token.isalpha():
                    # The last word of a compound inflected: "mit den Gipfel-Preisen" is
                    # "Gipfel-Preise", "the Summit prices" "the Summit price".
                    for suffix in INFLECTIONS:
                        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
                            stem = joined[: -len(suffix)]
                            if stem in wanted:
                                exact.setdefault(stem, []).append(at)
                                kept = True
                if size in sizes:
                    near_by.setdefault((initial, size), []).append(at)
                    kept = True
                if kept:
                    windows.append(joined)
                    spans.append((start, end, width))
        found = []
        for entry in self.entries:
            if entry.typos:
                # Only windows that begin alike and are within the allowed typos in length can
                # be that close (the same windows, in the same order, as if all were read and
                # those that begin otherwise dropped below).
                length, initial = len(entry.squashed), entry.squashed[0]
                near = [
                    at
                    for size in range(length - entry.typos, length + entry.typos + 1)
                    for at in near_by.get((initial, size), ())
                ]
                matches = [
                    (near[i], distance)
                    for _, distance, i in process.extract(
                        entry.squashed, [windows[at] for at in near],
                        scorer=Levenshtein.distance, score_cutoff=entry.typos, limit=None,
                    )
                ]  # fmt: skip
            else:
                matches = [(at, 0) for at in exact.get(entry.squashed, ())]
            # The exact reading wins over a near one around it: "rolling back to 3.0.2 on" is
            # "rolling back to 3.0.2" and a word more.
            exact_spans = [spans[at][:2] for at, distance in matches if not distance]
            for at, distance in matches:
                start, end, width = spans[at]
                if distance and any(s < end and start < e for s, e in exact_spans):
                    continue
                if abs(width - entry.tokens) > 1 and distance:
                    continue
                window = windows[at]
                if "".join(c for c in window if c.isdigit()) != entry.digits:
                    continue  # "x4472" is another extension, "T4" another product
                if distance and window[0] != entry.squashed[0]:
                    continue  # typos past the first letter only: "bluefin", not "Luefin"
                if (
                    distance
                    and width == entry.tokens > 1
                    and _initials(text, start, end) != entry.initials
                ):
                    continue  # a typo is in a word, not another word: "subscription now"
                if distance and entry.tokens == 1 < width and _joins_small_words(text, start, end):
                    continue  # "Willow" is not "will, or" / "will of": a typo joins no words
                if distance and _typo_in_a_short_word(text, start, end, entry):
                    continue  # "the old ring is attached" is not "Ring IV": "is" is not "IV"
                if distance and SENTENCE_BREAK.search(text, start, end):
                    continue  # "… your ring. I've read …" is not "Ring IV" (SENTENCE_BREAK)
                if _said_ordinarily(text, start, end, entry):
                    continue
                if entry.proper and not _written_as_name(text, start, end, entry):
                    continue
                if entry.named and _lower_case_phrase(text, start, end, entry):
                    continue
                if entry.numeric and not _written_as_id(text, start, end, entry):
                    continue
                if _explained_as_ordinary(text, start, end, entry):
                    continue  # "the "Slate" on the charger is just the paint colour"
                if _said_publicly(text, start, end, entry):
                    continue  # last: the rarest and dearest test
                found.append((start, end, entry))
        return found


@dataclass(frozen=True, slots=True)
class Learned:
    """A term's ordinary uses as operators accepted them: each a set of cue words (five-letter
    beginnings) that stood beside the word in a sentence where it was not the item."""

    contexts: tuple[frozenset[str], ...]
    own: frozenset[str]  # the term's own words: they mark neither sense
    context: frozenset[str]  # the note's words: a sentence that says them speaks of the item

    @classmethod
    def build(cls, term: str, context: frozenset[str], contexts: Iterable[str]) -> "Learned":
        own = _own_words(term)
        cues = []
        for written in contexts:
            words = frozenset(w[:5] for w in re.findall(r"[^\W\d_]{3,}", str(written).casefold()))
            if words - own:
                cues.append(words - own)
        return cls(tuple(cues), own, context)


@dataclass(frozen=True, slots=True)
class _Windows:
    """A register's look-up table for `RegisterIndex._fuzzy`."""

    limit: int  # the longest window read, in squashed characters
    # The longest window an entry of each first character looks up (a window is read no
    # further than some entry beginning with its character can use).
    longest: dict[str, int]
    widest: int  # the most tokens a window takes
    typo_initials: frozenset[str]  # first characters of entries that forgive typos
    exact_prefixes: frozenset[str]  # first two characters of entries that forgive none
    wanted: frozenset[str]  # the entries that forgive no typo, squashed
    sizes: dict[str, frozenset[int]]  # window lengths a typo entry may be near, by first character


def _german_article_noun(words: list[str], term: str) -> bool:
    """A variant written as a German article (or its contraction) and the register's own name:
    "die Drehscheibe" for "Drehscheibe", "im Chessi" for "Chessi". For a tool it is read as
    the name alone is (`_written_as_name`): the article is grammar any noun takes, no sign of a
    name, and a German sentence says a tool is meant by looking into it, entering something in
    it, giving its access (`_german_tool_used`) (session 37). Not a variant that describes the
    item with its article ("der Fehlversand" for an incident "SEC-4418"): that article points
    at one known event. Code names of projects and partners keep their article variants
    ("falls das Storchennest klappt"): nothing in German grammar tells a project at work."""
    return (
        len(words) == 2
        and words[0].casefold() in GERMAN_ARTICLE_WORDS
        and squash(words[1]) in {squash(w) for w in term.split()}
    )


def _lower_case_phrase(text: str, start: int, end: int, entry: Entry) -> bool:
    """A phrase the register capitalises in part, written all in lower case as a common noun
    phrase ("the gold tier of the medal table"), in a sentence that says nothing of the item's
    note and hints at nothing; not "the Bronze tier", nor "when's the plover launch?"."""
    found = text[start:end]
    if not found.islower() or found.split()[0].casefold() in NAME_MARKERS:
        return False
    if not re.match(r" of (?:the |a |an |our |your |their |these |those )?[a-z]", text[end:]):
        return False  # "the plover launch?" may be the item in lower case; "the x of y" is a phrase
    sentence = _sentence_around(text, start, end)
    return not (entry.context and _speaks_of(sentence, entry)) and not _hinting(sentence)


# Words of grammar: a near reading of a one-word term that spans one of them beside another word
# ("will or" near "Willow") is two words, not the term written with a typo and a space. (A
# phrase's near reading may add one: "the Elm Road depot is shutting" for "the Elm Road depot
# shutting".)
SMALL_WORDS = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "he", "her", "his",
        "if", "in", "is", "it", "its", "my", "nor", "not", "of", "on", "or", "our", "she", "than",
        "that", "the", "their", "them", "they", "this", "to", "was", "we", "were", "will", "with",
        "you", "your", "und", "oder", "der", "die", "das", "den", "dem", "ein", "eine", "ist", "im",
        "zu", "von", "mit",
    )
)  # fmt: skip


def _typo_in_a_short_word(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a near match's last word is of one or two letters and not the term's own: a typo
    forgiven there makes another word of it ("is" for "IV", "in" for "II"), not a slip."""
    last = _token(TOKEN.findall(text, start, end)[-1].casefold())
    return len(last) <= 2 and not entry.squashed.endswith(last)


def _joins_small_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is several words, one of them a word of grammar."""
    words = [m.group().casefold() for m in TOKEN.finditer(text, start, end)]
    return len(words) > 1 and any(w in SMALL_WORDS for w in words)


def _initials(text: str, start: int, end: int) -> str:
    return "".join(token[0] for token in TOKEN.findall(text[start:end].casefold()))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of text[start:end], without text[start:end] itself (a term does not vouch
    for itself: "shipwise" holds "ship")."""
    begins, stops = sentence_bounds(text, start, end, lookback=200)
    sentence = text[begins:start] + " " + text[end:stops]
    return HANDLE.sub(" ", sentence).casefold()  # "@jonny_b_storage" says nothing of storage


def _speaks_of(sentence: str, entry: Entry) -> bool:
    return any(
        word[:5] in sentence if len(word) > 4 else re.search(rf"\b{word}\b", sentence)
        for word in entry.context
    )


# "Adding the Ghent customer to 5038", "linked it to 5038": a number something is filed under.
FILED_UNDER_BEFORE = re.compile(
    r"(?i)\b(?:add|added|adding|link|linked|linking|merge|merged|merging|attach|attached"
    r"|attaching|log|logged|logging|escalate|escalated|escalating|file|filed|filing|tag|tagged"
    r"|tagging)\b[^.!?\n]{0,40}\b(?:to|into|under|against|on)\s*$"
)


CAPITALISED_NAME = re.compile(r"(?<![\w-])[A-Z\u00c4\u00d6\u00dc][^\W\d_]{3,}")
CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{3,}")
# An id of letters and a number ("ESC-1184", "INC 7702"): its number alone is the id where the
# text says so ("ref 1184", "is 7702 closed yet?"), as an operator's bare-number variant is.
LETTERS_AND_NUMBER = re.compile(r"^[A-Za-z]{1,6}(?:[- ][A-Za-z]{1,6})*[- ]?(\d{4,6})$")


# German contracts a preposition with the article of one noun: "der Ofenbruch" is said "vom
# Ofenbruch", "am Ofenbruch", "beim Ofenbruch"; "die Teigwanne" "zur Teigwanne". The
# article stays: one noun alone may be an ordinary word ("die Laterne"), as in `_add`.
ARTICLE_NOUN = re.compile(r"(?i)^(der|das|die)\s+([^\W\d_][\w-]*)$")
CONTRACTED_ARTICLES = {
    "der": ("am", "im", "vom", "zum", "beim"),
    "das": ("am", "im", "vom", "zum", "beim", "ins", "ans", "aufs"),
    "die": ("zur",),
}


def german_contracted(surface: str) -> list[str]:
    """A register surface of a German article and one noun, with the article contracted into
    the prepositions German joins it to."""
    said = ARTICLE_NOUN.match(surface.strip())
    if not said or not said.group(2)[0].isupper():
        return []
    return [
        f"{contracted} {said.group(2)}"
        for contracted in CONTRACTED_ARTICLES[said.group(1).casefold()]
    ]


def _decimal_figure(surface: str) -> str:
    """The figure of a surface that is one number with a decimal separator, and "%" if a percent
    sign or word follows it ("6,4 %" gives "6.4%", "2,5" gives "2.5"); "" for anything else."""
    figure = DECIMAL_FIGURE.match(surface)
    if not figure or figure.end(1) - figure.start(1) != len(squash(surface)) + 1:
        return ""
    return figure.group(1).replace(",", ".") + ("%" if figure.group(2) else "")


def _numbers_alone(term: str, variants: list[str]) -> list[str]:
    surfaces = [term, *variants]
    numbers = {m.group(1) for s in surfaces if (m := LETTERS_AND_NUMBER.match(s.strip()))}
    return sorted(numbers - {s.strip() for s in surfaces})


# A ticket said to be open or done: "is 7702 closed yet?", "ist 7702 schon zu?".
STATUS_AFTER = re.compile(
    r"(?i)\s+(?:(?:is|was|has been|been|got|ist)\s+)?(?:(?:still|already|now|finally|yet"
    r"|schon|noch|jetzt|endlich)\s+)?(?:closed"
    r"|resolved|fixed|reopened|zu|erledigt|geschlossen|gel\u00f6st)\b"
)
# A line written after the company's switchboard number, as German writes an extension (DIN
# 5008: "+49 30 1234 5600-218"): a phone number of six digits or more, then a hyphen.
SWITCHBOARD_BEFORE = re.compile(r"(?:\+|(?<![\w.,/-])0)[\d ()/]{4,}\d-$")
SWITCHBOARD_DIGITS = 6
PERCENT_AFTER = re.compile(r"(?i)\s?(?:%|prozent\b|percent\b|pct\b)")
DECIMAL_FIGURE = re.compile(r"^\D*?(\d+[.,]\d+)\s?(%|prozent\b|percent\b)?", re.IGNORECASE)
# Part of a longer number written in groups: "Transaktions-ID 7702 9581 0264".
GROUP_BEFORE = re.compile(r"\d[ -]$")
GROUP_AFTER = re.compile(r"[ -]\d")


def _written_as_id(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a bare number ("6627") is the register's id rather than a count or another
    number: written as one run of digits ("1,187 orders" is a count), and named as an id
    ("ticket 6627") or in a sentence about what the note says the item is."""
    found = text[start:end]
    if found[-2:] == "er" and found[:-2].isdigit():
        # "das war der 3318er": German names a known thing by its number so.
        return AFFAIR_BEFORE.search(text, max(0, start - 8), start) is not None
    if entry.decimal:
        # A figure the register writes with its decimal comma ("6,4 %") is that figure written
        # so, with its unit where the register gives one: not "64" nor "6,4 km".
        return found.replace(",", ".") == entry.decimal.rstrip("%") and (
            not entry.decimal.endswith("%") or PERCENT_AFTER.match(text, end) is not None
        )
    if not found.isdigit():
        return False
    if MASKED_BEFORE.search(text, max(0, start - 24), start):
        return False
    if UNIT_AFTER.match(text, end):
        return False  # "5038 nm", "5038 km": a distance, not ticket 5038
    if (
        LINE_NOTE.search(entry.note)
        and (number := SWITCHBOARD_BEFORE.search(text, max(0, start - 30), start))
        and sum(c.isdigit() for c in number.group()) >= SWITCHBOARD_DIGITS
        and not GROUP_AFTER.match(text, end)
    ):
        return True  # "030 1234 5600-218": the line dialled through the switchboard
    if GROUP_BEFORE.search(text, max(0, start - 2), start) or GROUP_AFTER.match(text, end):
        return False  # one group of a longer number ("ID 7702 9581 0264")
    if COUNT_AFTER.match(text, end):
        return False  # "6143 is just the number of orders we shipped": a count
    if ID_WORD_BEFORE.search(text, max(0, start - 20), start):
        return True
    if AFFAIR_AFTER.match(text, end) and AFFAIR_BEFORE.search(text, max(0, start - 8), start):
        return True  # "that was the 7758 mess", "the 4410 fiasco": an affair known by number
    if LINE_NOTE.search(entry.note) and (
        text[start - 1 : start] == "-" or LINE_SAID.search(_sentence_around(text, start, end))
    ):
        return True  # "die -2691 ist umgeleitet", "4471 rings out": a line, said as one
    if FILED_UNDER_BEFORE.search(text, max(0, start - 60), start):
        return True
    if STATUS_AFTER.match(text, end):
        return True
    sentence = _sentence_around(text, start, end)
    if _hinting(sentence, STRONG_HINT):
        return True  # "wegen 7720 darf ich nix sagen": a number one may not say more of
    return bool(entry.context) and _speaks_of(sentence, entry)


# Inside a connection string (session 21): a scheme that is not the web's, or a user in it,
# then no space up to the word: "postgres://…/trolley", "ssh://ops@…", "mysql://u:p@host/db".
CONNECTION_BEFORE = re.compile(
    r"(?i)\b(?:(?!https?://)[a-z][a-z0-9+.-]{1,15}://|https?://[^\s/@]+@)[^\s]*[/@.:=]$"
)
# Where a "#word" is a chat channel (register-v11): after "in", "to", "into", "on", "ins".
CHANNEL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:in|into|to|on|im|ins|in den|auf)\s+#$")
# A tool at work, said of a system's name (register-v11): "X (literally) shows / lists / logs".
TOOL_VERB_AFTER = re.compile(
    r"(?i)\s+(?:\w+ly\s+)?(?:shows|lists|displays|logs|tracks|stores|records|flags|holds|saves"
    r"|exports|zeigt|speichert|listet|protokolliert)\b"
)


def _written_as_name(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether "Puffin" here is the code name rather than the bird. Written as one identifier
    ("project-puffin") or in capitals, it is the name. A phrase capitalised only on its first
    word ("Still waters") is a sentence's capital, not a name's. One word: "a puffin",
    "puffins" are the common noun; capitalised mid-sentence it is the name; otherwise (in
    lower case, or first in a sentence where a capital proves nothing) it is the name when
    followed by a verb ("Bluefin will…") or when the sentence speaks of what the term's note
    says it is ("under moorhen" for "Plus plan price change")."""
    found = text[start:end]
    if (found.isupper() and len(found) > 1) or (" " not in found and len(TOKEN.findall(found)) > 1):
        return True
    if CONNECTION_BEFORE.search(text, max(0, start - 160), start):
        return True  # "mysql://dispo:…@10.8.1.5:3306/amboss": the tool's database
    if text[start - 1 : start] == "#" and CHANNEL_BEFORE.search(text, max(0, start - 12), start):
        return True  # "I've put it in #newsdesk": a channel, not a hashtag of the word
    if (
        entry.system
        and SENTENCE_START.search(text[max(0, start - 80) : start])
        and (TOOL_VERB_AFTER.match(text, end))
    ):
        return True  # "Nudelholz literally shows every address": a tool at work
    words = found.split()
    before = text[max(0, start - 80) : start]
    if entry.system and _german_article_noun(words, entry.term):
        if not words[1][0].isupper() or not german.looks_german(
            text[max(0, start - 200) : end + 200]
        ):  # "im formis nachgeschaut", or not German: read as the phrase was before
            return not _lower_case_phrase(text, start, end, entry)
        # A variant the operator wrote with its article ("die Drehscheibe", "im Chessi"): the
        # article is grammar every noun takes, no sign of a name. Read as the noun after it,
        # as the noun alone is read ("Unser Empfang ist die Drehscheibe für alles").
        return _written_as_name(text, end - len(words[1]), end, entry)
    if len(words) > 1 and any(w[0].isupper() for w in words):
        return not (words[0][0].isupper() and any(w[0].islower() for w in words[1:]))
    if len(words) > 1:
        # In lower case: "the ledger line on your receipt", "a silent mile" are ordinary words;
        # "the project puffin units" names a project.
        # A phrase the register writes capitalised ("Paper Trail") is, all in lower case, the
        # ordinary words ("ledger lines in sheet music") unless the sentence speaks of the item.
        if words[0].casefold() in NAME_MARKERS or entry.term.split()[0].casefold() in NAME_MARKERS:
            return True  # "project puffin", "projct pufin": the register's own marker word
        if COMMON_NOUN_BEFORE.search(before):
            return False
        return not entry.proper or _speaks_of(_sentence_around(text, start, end), entry)
    if found[0].isupper() and MARKER_AFTER.match(text, end):
        return True  # "Torrent project update": named as a project
    if found[0].isupper() and GERMAN_COMPOUND_AFTER.match(text, end):
        # "die Plover-Einführung": a German compound made with the name; but "der Kegel-Abend"
        # is an evening out, when nothing in the sentence speaks of the item.
        return not _german_compound_noun(text, start, end, entry)
    if (
        found[0].isupper()
        and found.casefold() == entry.squashed + "s"
        and SENTENCE_START.search(before)
    ):
        return False  # "Plovers are back at the lake": a plural is the common noun
    if found[0].isupper() and _german_plural(text, start, end, entry):
        return False  # "Kraniche ziehen gerade über Linz": the birds, not "Kranich"
    if TITLE_BEFORE.search(before) and TITLE_AFTER.match(text, end):
        return False  # "„Plover“ von Kettcar", "'Plover' by …": a song's or a book's title
    if found[0].isupper() and NAMED_AS_BEFORE.search(before):
        return True  # "unter dem Namen Cumulus", "a product called Cumulus"
    if OBJECT_AFTER.match(text, end):
        return False  # "Cumulus it, you're not alone": the word as a verb
    if found[0].isupper() and (NAME_WORD_BEFORE.search(before) or NAME_WORD_AFTER.match(text, end)):
        return False  # part of another name: "Charlotte Brontë", "Marten Lane"
    if found[0].isupper() and GERMAN_INDEFINITE_BEFORE.search(before):
        return False  # "eine Lawine an Eiszapfen": a German noun, capitalised as all are
    if (
        found[0].isupper()
        and GERMAN_DEFINITE_BEFORE.search(before)
        and not _speaks_of(sentence := _sentence_around(text, start, end), entry)
        and not _hinting(sentence)
        and not speaks_from_inside(text)
        and not _own_words_said(sentence, entry)
        and not _german_tool_looked_into(text, start, end, entry, sentence)
    ):
        # "die Laterne am Gleisdreieck ist kaputt": the German noun, not the name. Not "Ich sehe
        # in der Schatztruhe, dass …" (a tool its note names, looked up) nor "der Hafenspiegel
        # hängt wieder" (session 22).
        return False
    if found[0].isupper() and _german_noun(text, start, end, entry, before):
        return False  # "geflammter Holunder", "ein Bus im Morgentau": the German noun
    if entry.ordinary and _ordinary_sense(text, start, end, entry):
        return False  # "the Roadblock film … traffic disasters", "a full kettle"
    if found[0].isupper() and _tool_part_after(text, end, entry):
        return True  # "the photo errors came from the Meadowline sync job" (session 28)
    if _said_of_the_world(text, start, end, entry):
        return False  # "Tamarisk is gorgeous in my garden", "the Bittern on your photo"
    if found[0].isupper() and _german_ordinary_word(text, start, end, entry):
        return False  # "Heute lag Reif über dem Becken": the word its note calls ordinary
    if found[0].isupper() and not SENTENCE_START.search(before):
        return True
    if (
        found[0].isupper()
        and found[1:].islower()
        and re.search(rf"(?<![\w-]){re.escape(found.lower())}(?![\w-])", text)
        and not german.looks_german(text[max(0, start - 200) : end + 200])
    ):
        # First in its sentence, where a capital proves nothing, and written in lower case
        # elsewhere in the draft: the writer's ordinary word ("the "foam debate" thread …
        # Foam is just air and protein", session 23), unless the sentence speaks of the item.
        sentence = _sentence_around(text, start, end)
        return bool(entry.context) and (_speaks_of(sentence, entry) or _hinting(sentence))
    if found[0].islower() and (
        COMMON_NOUN_BEFORE.search(before)
        or found.casefold().endswith("s") != entry.squashed.endswith("s")
    ):
        return False
    if VERB_AFTER.match(text, end):
        return True
    if found[0].islower() and entry.system and _said_of_a_system(text, start, end):
        return True  # "is hatchway down again?": a tool that is down, logged into, reset
    if found[0].isupper() and entry.system and SYSTEM_WORD_AFTER.match(text, end):
        return True  # "Hatchway login is …", "Hatchway break-glass access": the tool's
    if (
        found[0].islower()
        and (entry.context or entry.ordinary)
        and re.match(r" [a-z]", text[end : end + 2])
    ):
        return False  # an ordinary noun before another: "a dent or trolley mark"
    if found[0].islower() and entry.ordinary:
        # The note says the word is also an ordinary one ("orangery roofs are lovely"): in
        # lower case it is that word unless the sentence speaks of the item.
        return _speaks_of(_sentence_around(text, start, end), entry)
    if found[0].isupper() and _german_item_said(text, start, end, entry, opening=True):
        return True  # "Klingel wird euch gefallen 😉": first in a German sentence, and hinted
    if not entry.context:
        return True
    return _speaks_of(_sentence_around(text, start, end), entry) or (
        found[0].isupper() and _speaks_of(_sentence_before(text, start, end), entry)
    )


# A part of a tool after its name (session 28): "the Meadowline sync job", "your Meadowline
# password", "the Quayboard admin login". SYSTEM_WORD_AFTER and the parts a tool runs or keeps.
TOOL_PART_AFTER = re.compile(
    r"(?i)(?:[ -][\w-]+)?[ -](?:sync|job|jobs|cron|script|import|database|db|logs?|api"
    r"|integration|module|plugin|permissions?)\b"
)


def _tool_part_after(text: str, end: int, entry: Entry) -> bool:
    """Whether a register match whose note says it is a tool one logs into (`Entry.system`) is
    followed by a word of a tool's parts: its log-in, password, admin, queue, a job it runs. In
    English text (German's compounds and word order are german-register's)."""
    return (
        entry.system
        and bool(SYSTEM_WORD_AFTER.match(text, end) or TOOL_PART_AFTER.match(text, end))
        and not german.looks_german(text[max(0, end - 200) : end + 200])
    )


def _sentence_before(text: str, start: int, end: int) -> str:
    """The sentence before that of text[start:end] (casefolded, without handles), within 200
    characters: a name first in its sentence or in quotes, where its capital proves nothing,
    is the item's when the sentence before speaks of it ("… is buying a depot in the Westerland.
    Someone let "Winch" slip", "I'd hold off on the annual membership. Seafern pricing
    is coming", session 24)."""
    begins, _ = sentence_bounds(text, start, end, lookback=200)
    if begins <= 0:
        return ""
    before, _ = sentence_bounds(text, begins - 1, begins - 1, lookback=200)
    return HANDLE.sub(" ", text[before:begins]).casefold()


def register_own_words(surfaces: list[str]) -> frozenset[str]:
    """Five-letter beginnings of the words (four letters or more, compounds split at their
    hyphens) of a term and its variants, but words every item has ("project", "incident",
    "tool"). What the operator wrote beside the name says what the item is as the note does:
    "Weizenau-Vertrag", "Lieferant Weizenau" make "der Vertrag läuft aus", "der uns … liefert"
    words of the item."""
    words = {
        word.casefold()[:5]
        for surface in surfaces
        for word in re.findall(r"[^\W\d_]{4,}", surface)
        if word.casefold() not in NOTE_STOPWORDS
    }
    return frozenset(words - GENERIC_ITEM_WORDS - {m[:5] for m in NAME_MARKERS})


# The plural endings of a German noun that does not end in -e (session 37): "Kranich" →
# "Kraniche", "Nest" → "Nester". Not "-en"/"-n", which also decline a weak noun in the singular
# ("den Lotsen"), nor "-s", a genitive ("des Kranichs").
GERMAN_PLURAL_ENDINGS = ("e", "er")


def _german_plural(text: str, start: int, end: int, entry: Entry) -> bool:
    """A one-word register name written with a German plural ending, in German text whose
    sentence says nothing of the item by its note's or the register's own words: a code name
    names one thing and takes no plural, so "die Kraniche am Innufer" are the birds. A hint
    alone does not make a plural the name (a wink at birds is still at birds)."""
    name = entry.squashed
    found = text[start:end].casefold()
    if not (
        name.isalpha()
        and not name.endswith("e")
        and any(found == name + ending for ending in GERMAN_PLURAL_ENDINGS)
        and german.looks_german(text[max(0, start - 200) : end + 200])
    ):
        return False
    sentence = _sentence_around(text, start, end)
    return not (
        _speaks_of(sentence, entry)
        or _own_words_said(sentence, entry)
        or INTERNAL_SAID.search(sentence)
        or note_concepts(entry.note) & concepts(sentence, GENERIC_WORDS)
    )


def _german_noun(text: str, start: int, end: int, entry: Entry, before: str) -> bool:
    """A capitalised word of the register written, in a German sentence, with the grammar of an
    ordinary noun (GERMAN_DETERMINER_BEFORE, GERMAN_BARE_ADJECTIVE_BEFORE) in a sentence that
    says nothing of the item."""
    if not (
        GERMAN_DETERMINER_BEFORE.search(before)
        or GERMAN_BARE_ADJECTIVE_BEFORE.search(before)
        or GERMAN_BARE_PREPOSITION_BEFORE.search(before)
        or GERMAN_OPENING_BEFORE.search(before)
        or GERMAN_LISTED_AFTER.match(text, end)
        or GERMAN_LISTED_BEFORE.search(before)
    ) or not german.looks_german(text[max(0, start - 200) : end + 200]):
        return False
    return not _german_item_said(text, start, end, entry)


# The second half of a compound that makes it the item's, whatever the item is: "das
# Kegel-Projekt", "der Funke-Launch", "die Adler-Preise" (read as concepts too).
COMPOUND_HEADS = re.compile(
    r"(?i)-(?:projekt|project|deal|launch|start|release|update|version|plan|phase|team|ticket"
    r"|tool|code|name|termin|datum|zeitplan|roadmap|meeting|call|gespr\u00e4ch|verhandl|vertrag"
    r"|sache|geschichte|thema|vorfall|panne|problem|fehler|ausfall|r\u00fcckruf|tausch|preis"
    r"|einf\u00fchrung|er\u00f6ffnung|umstellung|erh\u00f6hung|anpassung|wechsel|tarif|stufe|modell|linie|serie|produkt|abo|app|dashboard|liste|board|server|system)"
)


def _german_compound_noun(text: str, start: int, end: int, entry: Entry) -> bool:
    """A register word opening a German compound whose second half is an ordinary thing
    ("einen Kegel-Abend geplant", "das Laub-Muster auf dem Hoodie"), in a sentence that says
    nothing of the item: the compound is the ordinary noun. A second half that is a thing
    any item has (ITEM_HEADS), or a concept of the item's note, keeps it the name."""
    if COMPOUND_HEADS.match(text, end) or not german.looks_german(
        text[max(0, start - 200) : end + 200]
    ):
        return False
    head = re.match(r"-(\w+)", text[end:])
    if head is None or note_concepts(entry.note) & concepts(head.group(1)):
        return False
    if head.group(1).casefold()[:5] in entry.own or (
        entry.system and SYSTEM_WORD_AFTER.match(text, end)
    ):
        return False  # "Zuglog-Eintrag" on the register, a tool's "Zuglog-Export"
    if head.group(1).casefold()[:5] in {w[:5] for w in entry.context}:
        return False
    return not _german_item_said(text, start, end, entry)


def _german_ordinary_word(text: str, start: int, end: int, entry: Entry) -> bool:
    """A register word its note calls also an ordinary word ("'Reif' is also the ordinary
    word for frost"), written in a German sentence that says nothing of the item. German
    capitalises every noun, so the capital that makes "Puffin" a name in English proves nothing
    here, whatever the grammar around the word: the operator has said the word has an ordinary
    sense, and only the sentence speaking of the item (`_german_item_said`: the note's words or
    concepts, a hint, "intern", from inside, a tool looked up) makes it the name."""
    return (
        bool(entry.ordinary)
        and text[start + 1 : end].islower()
        and german.looks_german(text[max(0, start - 200) : end + 200])
        and not _german_item_said(text, start, end, entry)
    )


def _german_item_said(
    text: str, start: int, end: int, entry: Entry, *, opening: bool = False
) -> bool:
    """Whether a German sentence speaks of a register item whose name it uses: the note's
    words or concepts, a hint, "intern", someone speaking from inside, or (for a tool) the
    words of looking something up in it, in its clause. `opening`: asked of a word first in
    its sentence, where the text must first be German."""
    if opening and not german.looks_german(text[max(0, start - 200) : end + 200]):
        return False
    sentence = _sentence_around(text, start, end)
    if _speaks_of(sentence, entry) or _hinting(sentence) or INTERNAL_SAID.search(sentence):
        return True
    if _own_words_said(sentence, entry):
        return True  # the register's other words for the item: "… vom Weizenau, der Vertrag …"
    if note_concepts(entry.note) & concepts(sentence, GENERIC_WORDS):
        return True
    if speaks_from_inside(text):
        return True
    return _german_tool_used(text, start, end, entry)


def _own_words_said(sentence: str, entry: Entry) -> bool:
    """The sentence (lower-cased) says a word the register writes with the name (Entry.own)."""
    return bool(entry.own) and bool(
        entry.own & {w[:5] for w in re.findall(r"[^\W\d_]{4,}", sentence)}
    )


# Looked up in a tool, or its access given: "in der Schatztruhe sehe ich", "ich sehe in der
# Schatztruhe, dass …", "der Hafenspiegel hängt wieder, hier der Zugang", "schaut in die X"
# (the accusative of looking into it, session 23).
IN_THE_BEFORE = re.compile(r"(?i)\b(?:(?:in|aus) (?:der|dem|den|die|das)|ins|im)\s+$")
ACCESS_SAID = re.compile(
    r"\b(?:zugang|zugangsdaten|login|einloggen|eingeloggt|passwort|kennwort|admin|account"
    r"|benutzername)\b"
)  # searched in lower-cased text


def _german_tool_looked_into(text: str, start: int, end: int, entry: Entry, sentence: str) -> bool:
    """After a German definite article, a tool is the tool only when the clause looks
    something up in it ("in der X sehe ich") or the sentence gives its access: "die X steht"
    or "der X zeigt" alone are as often the ordinary noun (session 22)."""
    if not entry.system:
        return False
    if ACCESS_SAID.search(sentence):
        return True
    return bool(IN_THE_BEFORE.search(text, max(0, start - 12), start)) and _german_tool_used(
        text, start, end, entry
    )


def _german_tool_used(text: str, start: int, end: int, entry: Entry) -> bool:
    """A tool the note names, at work in the clause of its name: "im Wecker nachgeschaut",
    "in der Schatztruhe sehe ich", "der Hafenspiegel hängt"."""
    if not entry.system:
        return False
    before = re.split(r"[.,;:!?\n]", text[max(0, start - 40) : start])[-1]
    after = re.split(r"[.,;:!?\n]", text[end : end + 50])[0]
    clause = f"{before} {after}".lower()
    return (
        GERMAN_SYSTEM_USE.search(clause) is not None
        or GERMAN_SEPARABLE_USE.search(clause.strip()) is not None
        or ACCESS_SAID.search(clause) is not None  # "das Passwort für das Admin-Konto im X"
    )


# A separable verb of putting into or looking up, its particle closing the clause (German's
# verb bracket, session 37): "ich trag's ins X ein", "schau mal im X nach", "gib's im X ein".
GERMAN_SEPARABLE_USE = re.compile(
    r"\b(?:trag|trage|tr\u00e4gt|tragt|tragen|schau|schaut|schaue|guck|guckt|gucke|sieh|sieht"
    r"|seht|sehe|schlag|schlage|schl\u00e4gt|gib|gebe|gibt|geben|pfleg|pflege|pflegt|les|lese"
    r"|liest)(?:'s|\u2019s)?\b.*\b(?:ein|nach)$"
)


# Words of the world outside any company (plants, birds, weather, scenery, colours, looks), as
# five-letter beginnings: a register word in a sentence of them, saying nothing of the item's
# note, is its ordinary sense ("Tamarisk is gorgeous this time of year, my garden's full of it",
# "the Bittern on your ride photo", "the Wharf on a sunny morning", "Mallow-coloured").
WORLD_WORDS = frozenset(
    (
        "garde", "flowe", "bloom", "bloss", "petal", "photo", "pictu", "gorge", "beaut", "lovel",
        "stunn", "prett", "sunse", "sunri", "sunny", "sunsh", "weath", "rainy", "snowy", "foggy",
        "windy", "hikin", "river", "canal", "beach", "mount", "valle", "fores", "birds", "feath",
        "egret", "wildl", "colou", "color", "shade", "smell", "scent", "walks", "views",
        "scene", "lands", "meado", "shore", "coast", "tides", "autum", "harve", "snow", "rain",
        "storm", "lake", "lakes", "bird", "hill", "hills", "glaci", "alpin", "wings", "kayak",
        "climb", "hikes", "hiker", "tree", "trees", "garte", "blume", "vogel", "v\u00f6gel",
        "berg", "fluss", "wette", "regen", "schne", "wande", "bl\u00fcte", "gipfe",
        # Trees and shrubs as such (register-v11): "the beech is deciduous, it drops its leaves".
        "decid", "needl", "conif", "everg", "shrub", "folia",
    )
)  # fmt: skip
# German words that begin as a word of the world does and are none (session 37): "schnell"
# (quick) is not "Schnee" (snow): "jetzt sollte es schneller gehen" says nothing of weather.
NOT_WORLD = ("schnell",)
# An adjective made with the word: "Mallow-coloured", "Plover-shaped", "Tamarisk-scented".
ADJECTIVE_AFTER = re.compile(
    r"(?i)-(?:colou?red|scented|flavou?red|shaped|tinted|toned|themed|style|like|looking|ish)\b"
)


def _said_of_the_world(text: str, start: int, end: int, entry: Entry) -> bool:
    """The word in its ordinary sense, told by the sentence around it: an adjective made with
    it, or words of nature, weather, scenery or looks and nothing of the item's note nor a
    hint at it (the note's own words do not count: "outdoor camera" keeps "outdoor")."""
    if ADJECTIVE_AFTER.match(text, end):
        return True
    sentence = _sentence_around(text, start, end)
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", sentence) if not w.startswith(NOT_WORLD)}
    world = words & WORLD_WORDS - context_prefixes(entry.context)
    return bool(world) and not _speaks_of(sentence, entry) and not _hinting(sentence)


def _said_of_a_system(text: str, start: int, end: int) -> bool:
    """Words of a system being used, next to the name and in its clause: "is hatchway down",
    "I checked hatchway and your account is locked", "log in to hatchway" (not "clean the
    filter; log in to your account": another clause)."""
    before = re.split(r"[.,;:!?\n]", text[max(0, start - 20) : start])[-1]
    after = re.split(r"[.,;:!?\n]", text[end : end + 30])[0]
    return SYSTEM_STATUS.search(f"{before} {after}".lower()) is not None


# A public name explained: "X is just what we call …", "X is the name of the … in our app",
# "X is our name for …", "in Germany we call it X", "known in Austria as X".
PUBLIC_NAME_AFTER = re.compile(
    r"(?i)[\"'\u201d\u2019]?\s+(?:is|was|are)\s+(?:just |simply |only |basically |really )?"
    r"(?:(?:what|how) (?:we|people|customers|they|you) (?:call|know|name)|(?:the|our|its) (?:\w+ )?"
    r"(?:name|word|label|brand(?: name)?) (?:of|for|we use)|the (?:\w+ )?version of)\b"
)
PUBLIC_NAME_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross) (?:[A-Z]\w+|the [A-Z]\w+)(?: we| it| they| people)? (?:call|calls"
    r"|called|is called|is known as|sell|sells)(?: it| them| this)? [\"'\u201c\u201e]?$"
    r"|\bknown (?:in|across) [A-Z]\w+ as [\"'\u201c\u201e]?$"
)
INTERNAL_SAID = re.compile(r"(?i)\b(?:internal\w*|intern|code ?name\w*|behind the scenes)\b")
# "trolley as in the one you push", "not Wren as in the bird": the word's sense explained.
AS_IN_AFTER = re.compile(r"(?i)[\"'\u201d\u2019]?,?\s+(?:as in|in the sense of|im sinne von)\b")


def _said_ordinarily(text: str, start: int, end: int, entry: Entry) -> bool:
    """A term of several words said in the ordinary sense its note names ("the ribbon list on
    our toy page … gift ribbons"), or any term whose sense is being explained ("Trolley as in
    Parton"). The register's own marker ("Project Quokka") is the item however it is said."""
    found = text[start:end]
    if PUBLIC_NAME_AFTER.match(text, end) or PUBLIC_NAME_BEFORE.search(
        text, max(0, start - 40), start
    ):
        # "Samphire is the name of the shading tool in our quote app", "Wegweiser is just what we
        # call the subscription in Austria": a public name explained, unless the sentence says
        # it is internal ("they've been calling it Roastline internally").
        sentence = _sentence_around(text, start, end)
        return not (INTERNAL_SAID.search(sentence) or _hinting(sentence))
    if AS_IN_AFTER.match(text, end):
        after = text[end : min((i for i in (text.find(c, end) for c in ".!?\n") if i != -1),
                              default=len(text))].casefold()  # fmt: skip
        return not _speaks_of(after, entry)
    if not entry.ordinary or len(TOKEN.findall(found)) < 2:
        return False
    first = TOKEN.findall(found)[0].casefold()
    if first in NAME_MARKERS or entry.term.split()[0].casefold() in NAME_MARKERS:
        return False
    return _ordinary_sense(text, start, end, entry)


# --- A word of the register said of something public (register-v10, issue 13) -------------
# Every family below is a kind of sentence that uses the register's word for something the
# public can see: someone else's business, a person or a pet, a label customers read in the
# product, a public place or event, a thing said not to exist. It stays the item when the
# sentence speaks of the item's note, hints, or says "internal".

# Someone else's: "X is a separate merchant", "not affiliated", "X isn't us", "you're thinking
# of the X boiler brand", "hat nichts mit uns zu tun" (searched in lower-cased text).
NOT_OURS = re.compile(
    r"(?:\bnot|n't|\bnever been) (?:affiliated|associated|connected|related|linked|us\b|ours\b"
    r"|one of ours|one of our|part of us|part of our|an? [a-z]+ product|our (?:brand|product"
    r"|company|business))"
    r"|\bnothing to do with (?:us|our)\b|\bno (?:affiliation|connection|relation) (?:with|to)\b"
    r"|\b(?:an?|the) (?:separate|different|unrelated|independent|other|third-party|local)"
    r" (?:[a-z]+ ){0,2}(?:company|business|brand|firm|merchant|shop|store|retailer|supplier"
    r"|manufacturer|maker|chain|outfit|franchise|trader|label)\b"
    r"|\bthinking of (?:the |an? )?\s*(?:[\w-]+ +){0,2}(?:brand|company|shop|store|maker|chain)\b"
    r"|\bnichts mit uns zu tun\b|\bgeh\u00f6rt nicht zu uns\b|\b(?:ein anderes|eine andere)"
    r" (?:unternehmen|firma|marke|kette|gesch\u00e4ft)\b"
    # Someone else's, said of the thing (session 22): "from another brand", "a third-party
    # product", "von einer anderen Marke", "ein Fremdprodukt", "nicht von uns".
    r"|\banother (?:[a-z]+ ){0,2}(?:company|business|brand|firm|merchant|shop|store|retailer"
    r"|supplier|manufacturer|maker|chain|outfit|franchise|trader|label)\b"
    r"|\bthird[- ]party (?:product|item|accessory|add-on|seller|brand|offer)"
    r"|\b(?:einer|eines) anderen (?:marke|firma|herstellers?|unternehmens|kette)\b"
    r"|\bfremd(?:produkt|marke|hersteller|firma)|\bdrittanbieter|\bnicht von uns\b"
)
NOT_OURS_CUES = ("affiliat", "not ", "n't", "nothing", "no ", "separate", "different",
                 "unrelated", "independent", "other", "third", "local", "thinking", "nichts",
                 "nicht", "andere", "fremd", "dritt", "kein")  # fmt: skip
# The company's own name denied of the thing: "…, not Acmeworks", "not an Acmeworks plan",
# "kein Musterwerk-Produkt", "nicht von Musterwerk" (the name is checked against the
# company's public names, RegisterIndex.public).
DISOWNED_NAME = re.compile(
    r"(?:\bnot|n't|\bnicht|\bkein\w*)\s+(?:(?:a|an|one of|from|by|part of|von|ein\w*)\s+)?"
    r"[\"'\u201c\u201e]?([A-Z\u00c4\u00d6\u00dc][\w]{3,})"
)
# A person or a pet by that name: "my driver is called X", "our dog's name is X", "Hi X!",
# "X, nicest guy", "mein Fahrer heißt X".
PERSON_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:driver|courier|guy|man|woman|lady|girl|boy|son|daughter|husband|wife|partner"
    r"|dog|cat|puppy|kitten|pet|horse|friend|neighbou?r|colleague|technician|engineer|fitter"
    r"|plumber|mechanic|nurse|vet|coach|trainer|cousin|brother|sister|mum|mom|dad|gran|grandma"
    r"|baby|kid|teacher|he|she|fahrer|hund|katze|kollege|kollegin|nachbar\w*|sohn"
    r"|tochter|mann|frau)\b[^.!?\n]{0,24}\b(?:(?:is|was|'s) (?:called|named)|name is|name's"
    r"|hei\u00dft|hie\u00df)\s+[\"'\u201c\u201e]?$"
)
GREETING_BEFORE = re.compile(
    r"(?i)(?:^|[\s(])(?:hi|hey|hello|dear|thanks|thank you|cheers|morning|evening|hallo|liebe"
    r"|lieber|servus|moin|danke)[,\s]+$"
)
PERSON_AFTER = re.compile(
    r"(?i)\s*(?:\(\?\)\s*)?,\s*(?:the |a |such a |what a )?(?:nicest|lovely|friendliest|kindest"
    r"|best|great|nice|sweetest) (?:guy|man|woman|lady|bloke|person|chap|driver|dog|cat)\b"
)
USERNAME_SAID = re.compile(r"(?i)\b(?:user ?name|handle|nickname|screen name|nutzername)\b")
# A label customers read: the word named in the app, on the website, on the vans: "the X tab in
# the app", "tick 'X' at checkout", "X on the van sides" (searched in lower-cased text).
LABEL_AFTER = re.compile(
    r"(?i)[\"'\u201d\u2019\u201c]?\s+(?:tab|button|option|menu|setting|toggle|filter|box|page"
    r"|section|screen|field|link|label|sticker|badge|sign|logo|icon|style|size|sizes|livery"
    r"|reiter|schaltfl\u00e4che|men\u00fc|option|seite)\b"
)
CUSTOMER_SURFACE = re.compile(
    r"\b(?:(?:the|our|in-|your) ?(?:app|website|web site|site|shop|checkout|basket|order form"
    r"|menu|price list|van sides|vans|signs?|shop front|receipt|account page)|at checkout"
    r"|on (?:the|our) vans?|der app|unserer app|website|webseite)\b"
)
TICKED_BEFORE = re.compile(
    r"(?i)\b(?:tick|select|tap|choose|pick|click|press|check|w\u00e4hle\w*|tippe\w*|klicke\w*)"
    r" (?:on )?(?:the )?[\"'\u201c\u201e\u2018]$"
)
# Explained as public, in the sentence or the next: "— that's just our size code for slim fit",
# "That's the name of the local pressing shop", "Das ist unser Name für …".
EXPLAINED = re.compile(
    r"(?i)[\"'\u201d\u2019]?\s*[-\u2014\u2013,:.!?]*\s*(?:that|it|this|which|das|es)(?:'s|\u2019s"
    r"| is| was| ist| war)\s+(?:just |simply |only |basically |nur |einfach )?(?:the|our|a|an"
    r"|their|unser\w*|der|die|das|ein\w*)\s+(?:[\w'\u2019-]+\s+){0,3}(?:name|code|label|word"
    r"|abbreviation|shorthand|term|nickname|brand|title|bezeichnung|k\u00fcrzel)\b"
)
# The word explained as something ordinary, right after it in its clause (session 36,
# register-clean-v31): "the "Slate" on the charger is just the paint colour", ""Roll 88" in the
# catalogue just means the 88th film", "the number 4019 on your receipt is just the till
# number", "the "P77" question — that's just the pad code", "A "stretch fee" isn't a thing",
# "Die „Lagune" in Reichenhall ist einfach das Außenbecken", "Gemeint ist die Buslinie": a thing
# named after "just"/"einfach", within the clause (not "the deal is basically done", "the app
# is just lagging", nor past an "and": "… and your contract is there, the app is just …").
WORD_EXPLAINED = re.compile(
    r"(?i)[\"'\u201d\u2019\u201c]?(?:(?!\b(?:and|but|und|aber|or|oder)\b)[^.!?\n;,]){0,60}?"
    r"(?:\b(?:is|was|are|'s|\u2019s|ist|war|sind)\s+(?:just|simply|only|merely|einfach|nur"
    r"|blo\u00df|lediglich)\s+(?:a|an|the|our|their|your|its|der|die|das|den|ein|eine|einen"
    r"|unser\w*|ihr\w*)\b(?!\s+(?:matter|few|beginning|start)\b)"
    r"|\b(?:just|simply|only) means\b|\bbedeutet (?:einfach|nur|blo\u00df)\b|\bgemeint (?:ist|sind"
    r"|war)\b|\b(?:isn't|isn\u2019t|is not|ist kein) (?:an? |eine? )?(?:thing|ding|sache)\b"
    r"|\bstands for\b|\bsteht f\u00fcr\b)"
)
# A public place or event named with it: "the X cable car", "der X-Lauf", "the X marathon".
PUBLIC_PLACE_AFTER = re.compile(
    r"(?i)[ -](?:cable car|ski lift|chair ?lift|gondola|marathon|half marathon|fun run|race"
    r"|festival|fair|museum|stadium|summit|trail|railway|lauf|marathon|rennen|fest|festival"
    r"|markt|museum|h\u00fctte|gipfel|seilbahn|bergbahn|stadion"
    # Somewhere to eat, stay or go out (register-v11): "the X pub near the hub", "the X road
    # exhibition at the museum", "im Gasthof X".
    r"|pub|inn|tavern|caf\u00e9|cafe|restaurant|bistro|bakery|hotel|exhibition|concert|gallery"
    r"|theatre|theater|cinema|kneipe|gasthof|gasthaus|wirtshaus|ausstellung|konzert|kino)\b"
)
# A street named like an item (register-v11): "an der Lindenstrasse in Zürich", "on Rowan Road
# 12" — a word that is itself a street's name, said as an address.
STREET_NAME = re.compile(
    r"(?i)(?:stra(?:\u00df|ss)e|gasse|weg|allee|platz|street|road|lane|avenue)$"
)
STREET_BEFORE = re.compile(r"(?i)\b(?:an der|in der|auf der|on|at|in|along)\s+(?:the\s+)?$")
STREET_AFTER = re.compile(r"\s*,?\s+(?:\d{1,4}\b|in [A-Z\u00c4\u00d6\u00dc])")
# The word talked of as a name (register-v11): "X is such a cute name for a car", "I named my
# van X", "wir haben den Hund X getauft".
NAME_TALK_AFTER = re.compile(
    r"(?i)[\"'\u201d\u2019]?\s+(?:is|was|'s|\u2019s|ist|war)\s+(?:such\s+|so\s+|really\s+)?"
    r"(?:a|an|ein|eine[nr]?|(?:so |such |what )?)\s*(?:[\w'-]+\s+){0,2}(?:name|nickname"
    r"|name for|spitzname)\b"
)
NAME_TALK_BEFORE = re.compile(
    r"(?i)\b(?:named|called|call|calls|christened|nicknamed|getauft|genannt)\s+(?:it|him|her"
    r"|them|my|our|his|their|mein\w*|unser\w*)\s+(?:[\w'-]+\s+){0,2}[\"'\u201c\u201e]?$"
)
# Said not to exist: "their X clinic? There isn't one", "there is no X", "no such X".
NONE_AFTER = re.compile(
    r"(?i)^[\"'\u201c\u201d\u2019]?[\w\s-]{0,20}[?!.,\u2014-]*\s*(?:there (?:isn't|is no|'s no"
    r"|aren't|are no)|(?:it|that) doesn't exist|does not exist|no such thing|gibt es nicht"
    r"|gibt's nicht"
    # "ein Modell „Polaris“ haben wir nicht im Programm" (session 21): we have none of it.
    r"|(?:haben|f\u00fchren|verkaufen) wir (?:nicht|gar nicht|keine?n?)\b(?! mehr)"
    r"|gibt es bei uns nicht)\b"
)
NONE_BEFORE = re.compile(
    r"(?i)\b(?:there(?: is|'s) no|no such|es gibt kein\w*"
    # "we don't sell a "Polaris" model", "we have no product called …"
    r"|we (?:don't|do not|never) (?:sell|make|have|offer|stock) (?:an?|any)"
    r"|we have no (?:\w+ )?(?:called|named))\s+(?:\w+\s+)?[\"'\u201c\u201e\u2018]?$"
)


def _said_publicly(text: str, start: int, end: int, entry: Entry) -> bool:
    """The register's word said of something public (see above), in a sentence that speaks
    of nothing in the item's note, hints at nothing and does not say "internal"."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    sentence = None
    if text[end : end + 1] == "_" or text[start - 1 : start] == "_":
        # Part of a username written without "@": "Hi Wren_Lover_77", "thanks gable_fan".
        token = re.search(r"[\w]*$", before).group() + text[start:end]  # type: ignore[union-attr]
        token += re.match(r"[\w]*", after).group()  # type: ignore[union-attr]
        sentence = _sentence_around(text, start, end)
        if token[-1].isdigit() or GREETING_BEFORE.search(before) or USERNAME_SAID.search(sentence):
            return True
    person = (
        PERSON_NAMED_BEFORE.search(before) is not None
        or PERSON_AFTER.match(after) is not None
        or (GREETING_BEFORE.search(before) is not None and re.match(r"\s*[!,.:]", after))
    )
    label = (TICKED_BEFORE.search(before) or LABEL_AFTER.match(after)) and CUSTOMER_SURFACE.search(
        _sentence_around(text, start, end)
    )
    street = (
        STREET_NAME.search(text[start:end]) is not None
        and STREET_BEFORE.search(before) is not None
        and STREET_AFTER.match(after) is not None
    )
    public = bool(
        person
        or label
        or street
        or PUBLIC_PLACE_AFTER.match(after)
        or NAME_TALK_AFTER.match(after)
        or NAME_TALK_BEFORE.search(before)
        or _explained(text, end)
    )
    sentence = sentence or _sentence_around(text, start, end)
    if NONE_AFTER.match(after) or NONE_BEFORE.search(before):
        # Denied to exist: the noun the name labels ("we don't sell a 'Polaris' model", note
        # "patio burner model") says what it would be, not that it is; the note's words in the
        # rest of the sentence ("no Thistle announcement yet, but the deal is done"), a hint or
        # "intern" still tell.
        begins, stops = sentence_bounds(text, start, end, lookback=200)
        head = re.sub(r"[\w\u00c0-\u024f]+\W*$", "", text[begins:start])
        tail = re.sub(r"^\W*[\w\u00c0-\u024f]+", "", text[end:stops])
        rest = HANDLE.sub(" ", f"{head} {tail}").casefold()
        return not (
            INTERNAL_SAID.search(sentence)
            or (entry.context and _speaks_of(rest, entry))
            or _hinting(sentence)
        )
    if not public and not (
        any(cue in sentence for cue in NOT_OURS_CUES) and NOT_OURS.search(sentence)
    ):
        return False
    return not (
        INTERNAL_SAID.search(sentence)
        or (entry.context and _speaks_of(sentence, entry))
        or _hinting(sentence)
    )


def _explained_as_ordinary(text: str, start: int, end: int, entry: Entry) -> bool:
    """The register's word explained as something ordinary right after it (`WORD_EXPLAINED`),
    in a sentence that says "internal" nowhere, hints at nothing and says at most one word of
    the item's note besides the register's own words for it: the explanation names what the
    word is here, and that may share a word with the note ("the "blue list" … is just the list
    of optional excursions", note "list of guests flagged …"); two words of the note told
    beside it ("INC-4019 is just the Dubai lounge outage") are still the item."""
    if WORD_EXPLAINED.match(text, end) is None or LETTERS_AND_NUMBER.match(text[start:end]):
        return False  # "INC-6318 on your receipt is just …": the id written whole is the item
    sentence = _sentence_around(text, start, end)
    if INTERNAL_SAID.search(sentence) or _hinting(sentence):
        return False
    own = entry.own | _own_words(text[start:end]) | _own_words(entry.term)
    said = [
        word
        for word in entry.context
        if word[:5] not in own
        and (word[:5] in sentence if len(word) > 4 else re.search(rf"\b{word}\b", sentence))
    ]
    return len(said) < 2


def _explained(text: str, end: int) -> bool:
    """Explained as public right after the term or at the start of the next sentence."""
    if EXPLAINED.match(text, end):
        return True
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return bool(stops) and EXPLAINED.match(text, min(stops) + 1) is not None


def _own_words(term: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", term.casefold()))


def _ordinary_sense(text: str, start: int, end: int, entry: Entry) -> bool:
    """The sentence speaks of what the word means ordinarily and not of the item. The term's
    own words say neither ("the ribbon list … is just the list of ribbons", note "list of
    blocked customers"); an ordinary word right next to it says the ordinary sense whatever
    else the sentence says ("a shopping trolley", "wren feathers")."""
    own = _own_words(entry.term)
    ordinary = {w[:5] for w in entry.ordinary} - own
    if not ordinary:
        return False
    before = re.search(r"([^\W\d_]+)[ -]$", text[max(0, start - 24) : start])
    after = re.match(r"[ -]([^\W\d_]+)", text[end : end + 24])
    beside = [m.group(1).casefold() for m in (before, after) if m]
    if any(len(w) >= 4 and w[:5] in ordinary for w in beside):
        return True
    sentence = _sentence_around(text, start, end)
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", sentence)}
    if not ordinary & words:
        return False
    return not any(
        word[:5] in sentence if len(word) > 4 else re.search(rf"\b{word}\b", sentence)
        for word in entry.context
        if word[:5] not in own
    )


def _compound_parts(token: str, name: str) -> list[str]:
    if token.startswith(name + "-") and len(token) > len(name) + 1:
        return [name, token[len(name) + 1 :]]
    return [token]


# A thing said to be at a place: "the oven in ", "our van at ".
THING_IN_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|our|their|that|this)\s+(?:\w+\s+)?(\w+)\s+(?:in|at)\s+$"
)


def _incident_at(sentence: str, name: str, others: frozenset[str] = frozenset()) -> bool:
    """A word of something going wrong said of a place: "the Lisbon outage", "an outage in
    Lisbon" (not "the Lisbon heating broke": something else there broke), or of the place's
    thing the variant names ("the Lisbon array that corrupted", variant "the Lisbon array
    failure")."""
    place = re.escape(name) + "(?:er)?"  # "im Spandauer Werk"
    went_wrong = f"(?:{INCIDENT_SAID.pattern.removeprefix('(?i)')})"
    for match in re.finditer(rf"(?i)\b{place}[\s-]+{went_wrong}", sentence):
        # "the oven in Leith died": the oven broke, not the thing of the variant.
        thing = THING_IN_BEFORE.search(sentence, 0, match.start())
        if not thing or thing.group(1).casefold()[:5] in others:
            return True
    if re.search(rf"(?i){went_wrong}\s+(?:in|at|from|im|in der|bei)\s+{place}\b", sentence):
        return True
    return any(
        match.group(1).casefold()[:5] in others
        for match in re.finditer(
            rf"(?i)\b{place}[\s-]+([^\W\d_]+)\s+(?:that |which |die |das |der )?{went_wrong}",
            sentence,
        )
    )


WORD_ENDINGS = frozenset(("s", "d", "ed", "es", "ing", "er", "en", "e", "n"))
_REORDERED_TOKEN = re.compile(r"[\w'-]+")


@functools.lru_cache(maxsize=8192)
def _word_concepts(word: str) -> frozenset[str]:
    """`concepts` of one word, read once: `_reordered` asks it of each word near a name."""
    return frozenset(concepts(word))


def _reordered(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    found = []
    for name, others, entry in register.reordered:
        if name not in text:
            continue
        public = name.casefold()[:5] in register.public
        for sentence in split_sentences(text):
            if name not in sentence.group():
                continue
            retold = _retold_in(sentence.group(), name, others, entry, public)
            if retold is None:
                continue
            start, end, adjective = retold
            name_at = sentence.start() + start
            before = text[max(0, name_at - 40) : name_at]
            if NAME_WORD_BEFORE.search(before) or (
                not adjective and NAME_WORD_AFTER.match(text, end + sentence.start())
            ):
                continue  # part of another name: "the Alder Lane branch"
            if entry.ordinary and _ordinary_sense(text, name_at, name_at + len(name), entry):
                continue
            found.append(_clauses_of(text, sentence, start, others, entry))
    return found


@functools.lru_cache(maxsize=4096)
def _retold_in(
    sentence: str, name: str, others: frozenset[str], entry: Entry, public: bool
) -> tuple[int, int, bool] | None:
    """Where a sentence retells a variant by its name and other words (the name's start and
    end in the sentence, and whether it is said as an adjective), or None. Read once per
    sentence: a re-checked draft asks again of the same sentences, and what `_reordered` asks
    of the draft around the name is asked there, after this."""
    # A German place also as its adjective: "im Spandauer Werk", "der Halleiner Vorfall".
    at_name = re.search(rf"\b{re.escape(name)}(?:er)?\b", sentence)
    if not at_name:
        return None
    # Near the name: at most three words between ("processor problem in Dunmore"); a name and
    # one word anywhere in the sentence ("the outage in Partick came from the power supply at
    # the mast").
    tokens = _REORDERED_TOKEN.findall(sentence)
    # The name may open a compound: "die Cobalt-Preiserhöhung" is the Cobalt price rise.
    tokens = [part for t in tokens for part in _compound_parts(t, name)]
    # "the Guillemot's hull" retells "the Guillemot hull issue" (session 23).
    at = [
        i for i, t in enumerate(tokens) if t in (name, f"{name}er", f"{name}'s", f"{name}\u2019s")
    ]
    # A variant that says what happened ("the Corfu fuel mix-up") may be retold across its
    # sentence when the sentence says it too ("… the fuel contractor … ruined").
    reach = 4 if len(others) > 1 and not entry.events else len(tokens)
    # The tokens within reach of the name, each once (every token when the name is a token and
    # the reach is the sentence: none is further from it than that).
    close = (
        tokens
        if at and reach >= len(tokens)
        else [t for i, t in enumerate(tokens) if any(abs(i - j) <= reach for j in at)]
    )
    words = {t.casefold()[:5] for t in close if len(t) >= 3}
    # A word of four letters is said inflected: "wiped" for "the Hackney wipe".
    folded = [t.casefold() for t in close]
    words |= {
        o
        for o in others
        if len(o) == 4 and any(t.startswith(o) and t[4:] in WORD_ENDINGS for t in folded)
    }
    if entry.squashed in squash(sentence):
        return None  # said as registered: the variant itself is found
    # Every word of a variant with a number in it ("Harbour floor 4 closure": a floor of a
    # public office is not its closure); all but one of a longer one's.
    needed = len(others) if entry.digits else max(1, len(others) - 1)
    # The variant's words or other words for them ("the disk bug that hit Lisbon" for "the
    # Lisbon array glitch").
    near = {concept(w) for w in words} | {
        meant for t in close if len(t) >= 3 for meant in _word_concepts(t) if meant in CONCEPTS
    }  # by whole words too: the participle "ausgefallen" says an outage
    shared = max(len(others & words), len({concept(w) for w in others} & near))
    at_place = not public and _incident_at(sentence, name, others)
    if "incident" in entry.events and at_place:
        # Any word of something going wrong next to the place: "the Lisbon outage" for "the
        # Lisbon array glitch"; not next to a public product ("a failure of the app on our
        # side" is support's everyday talk).
        shared = max(shared, needed)
    said = frozenset({concept(w) for w in others} | {concept(name.casefold()[:5])})
    whole = entry.implied and shared >= len(others)
    if shared >= needed and (whole or _says_the_event(sentence, entry, said)):
        return at_name.start(), at_name.end(), at_name.group() != name
    return None


# A German variant that ends in a place: "… in Ulm", "… im Lager Trier", "… aus Gera".
GERMAN_PLACE_AT_END = re.compile(
    r"^(?:der|die|das|den|dem) [^,;]*\b(?:in|im Lager|aus|bei|vom|im Werk) ([A-Z\u00c4\u00d6\u00dc]"
    r"[a-z\u00e4\u00f6\u00fc\u00df]{3,})$"
)
CLAUSE_END = re.compile(r"[,;:.!?](?=\s|$)|\n")


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around text[at]: between commas, semicolons, colons or sentence ends."""
    starts = [m.end() for m in CLAUSE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    stop = CLAUSE_END.search(text, at)
    end = stop.start() if stop else len(text)
    start += len(text[start:end]) - len(text[start:end].lstrip())
    return start, trim_trailing(text, start, end)


def _figures(text: str) -> set[str]:
    return {f.replace(",", "") for f in FIGURE.findall(text)}


# A sentence that opens by pointing back and names the item: "That's INC-5038.", "Das ist
# INC-5038, wir …", "This is tracked as INC-5038": what the sentence before said is the item.
BACK_REFERENCE = re.compile(
    r"(?i)\s*(?:that'?s|that is|that was|this is|this was|it'?s|it is|it was|das ist|das war"
    r"|dies ist|es ist|es handelt sich um)\s+(?:(?:tracked|logged|filed|known) as\s+|intern\s+"
    r"|unter\s+|our\s+|the\s+|unser\w*\s+)?"
)


def _told_before(text: str, at: int, entry: Entry) -> list[tuple[int, int, Entry]]:
    """The sentence before `at`, when it says two things the item's note says (its words or
    other words for them): "… the meters in the north that lost their readings after the
    update. That's INC-5038."."""
    previous = [s for s in SENTENCE.finditer(text, 0, at) if s.group().strip()]
    if not previous:
        return []
    sentence = previous[-1]
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", sentence.group().casefold())}
    shared = len({w[:5] for w in entry.context} & words)
    told = len(note_concepts(entry.note) & concepts(sentence.group()))
    if max(shared, told) < 2:
        return []
    start = _said_start(sentence)
    return [(start, trim_trailing(text, start, sentence.end()), entry)]


def _elaborations(text: str, found: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """What a draft says about a register item it names: the rest of the sentence and the next
    sentence when they repeat the note's words or figures ("INC-6627, about 6,000 customers got
    the same", note "… for ~6,000 customers")."""
    more = []
    for start, end, entry in found:
        # A sentence that names an item and hints at secrecy is all about it: "between us: your
        # card is one of those we're quietly swapping (SWAP-12)".
        sentence = next((s for s in split_sentences(text) if s.start() <= start < s.end()), None)
        if sentence and _hinting(sentence.group()):
            a = _said_start(sentence)
            more.append((a, trim_trailing(text, a, sentence.end()), entry))
        if sentence and entry.context and BACK_REFERENCE.fullmatch(text, sentence.start(), start):
            more += _told_before(text, sentence.start(), entry)
        if not (entry.context or entry.figures):
            continue
        stops = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
        stop = min(stops, default=len(text))
        rest = (end, trim_trailing(text, end, min(stop + 1, len(text))))
        following = SENTENCE.match(text, stop + 1) if stop < len(text) else None
        spans = [(rest, 1)]
        if sentence and sentence.start() < start:
            # Told first, then named: "a firmware push … turned off the protection for a day,
            # we're tracking it as INC-6631" (two words of the note before the id).
            before = (_said_start(sentence),
                      start)  # fmt: skip
            if re.search(r"[\w)]", text[before[0] : before[1]]):
                spans.append((before, 2))
        if following:
            # "There's a ticket, MR-5518. It's mould.": a short sentence after the item needs
            # one word of its note, a longer one two.
            short = len(re.findall(r"\w+", following.group())) <= 4
            spans.append(((following.start(), following.end()), 1 if short else 2))
        for (a, b), needed in spans:
            clause = text[a:b].casefold()
            words = {w[:5] for w in re.findall(r"[a-z]{4,}", clause)}
            shared = sum(w[:5] in words for w in entry.context)
            if shared >= needed or entry.figures & _figures(clause):
                a += len(text[a:b]) - len(text[a:b].lstrip(" ,;:\u2014\u2013-"))
                if b > a and b <= start:
                    more.append((a, end, entry))  # what is told, up to the name
                elif b > a:
                    # One finding from the name to what is said of it: the name and its
                    # elaboration are one disclosure, redacted together.
                    more.append((start, trim_trailing(text, a, b), entry))
    return more


@functools.lru_cache(maxsize=256)
def note_concepts(note: str) -> frozenset[str]:
    """What a note says the item is, as concepts (register_words): "takeover talks with a
    larger carrier" → takeover, talks, large, carrier."""
    return frozenset(concepts(split_note(note)[0], NOTE_STOPWORDS))


# An amount with its decimals or a number of three digits or more: what a note's price, count
# or model is told by ("4.75", "14,50", "2,400").
AMOUNT = re.compile(r"(?<![\w.,])\d+[.,]\d{2}(?![\d])|(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])"
                    r"|(?<![\w.,])\d{3,}(?![\d,])")  # fmt: skip
_A_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=256)
def note_amounts(note: str) -> frozenset[str]:
    """The amounts in what a note says the item is, as written ("from 14.50 to 16.90")."""
    return frozenset(AMOUNT.findall(split_note(note)[0]))


@functools.lru_cache(maxsize=256)
def note_names(note: str) -> frozenset[str]:
    """The names in what a note says the item is ("burst water main flooded units at Purley"
    → purley), as five-letter prefixes: one of them says more than any ordinary word."""
    meaning = split_note(note)[0]
    # A place's district after a hyphen is a name too: "the Vienna-Ottakring site" (session
    # 23); not the second half of a word ("e-Mail").
    words = re.findall(r"(?<![\w-])[A-Z][a-z]{3,}|(?<=[a-z]-)[A-Z][a-z]{3,}", meaning)
    if words and meaning.lstrip().startswith(words[0]):
        words = words[1:]  # the note's own capital
    return frozenset(w.casefold()[:5] for w in words if w.casefold() not in NOTE_STOPWORDS)


GENERIC_WORDS = NOTE_STOPWORDS | {"produkte", "produkts"}


@dataclass(frozen=True, slots=True)
class _Note:
    """What a hint is compared with, of one register item: read once per register."""

    entry: Entry
    prefixes: frozenset[str]  # the note's words, five-letter beginnings
    names: frozenset[str]  # note_names
    amounts: frozenset[str]  # note_amounts
    meant: frozenset[str]  # the note's concepts, or its variants' (RegisterIndex.said)


def _hint_notes(register: "RegisterIndex") -> tuple[_Note, ...]:
    """One item per term (the last entry of it with a note's words, where the term first
    comes), in the register's order."""
    notes = {entry.term: entry for entry in register.entries if entry.context}
    return tuple(
        _Note(
            entry,
            frozenset(word[:5] for word in entry.context),
            note_names(entry.note),
            note_amounts(entry.note),
            register.said.get(entry.term) or note_concepts(entry.note),
        )
        for entry in notes.values()
    )


@dataclass(frozen=True, slots=True)
class _Said:
    """What a sentence says, for `_hinted`: its words (five-letter beginnings), concepts and
    amounts, without the company's public names."""

    words: frozenset[str]
    concepts: frozenset[str]
    amounts: frozenset[str]


@functools.lru_cache(maxsize=1024)
def _said(sentence: str, public: frozenset[str]) -> _Said:
    """Read once per sentence, however often it is asked about: `_hints` asks of a sentence and
    its neighbours, `_disclosed` of the same sentences again."""
    # A generic word says no note's word ("Produkt" is not "produced wrong prescriptions").
    words = {
        w[:5] for w in re.findall(r"[a-z]{4,}", sentence.casefold()) if w not in GENERIC_WORDS
    } - public
    said = concepts(sentence, GENERIC_WORDS) - public
    # Every AMOUNT match holds a \d: without one it finds nothing (one search in C, not a test
    # of each character in Python; session 24, cold-v19).
    amounts = set(AMOUNT.findall(sentence)) if _A_DIGIT.search(sentence) else set()
    return _Said(frozenset(words), frozenset(said), frozenset(amounts))


def _hinted(said: _Said, notes: tuple[_Note, ...], needed: int) -> Entry | None:
    """The item a sentence speaks of: `needed` words of its note, or a name from it. The
    company's public names (left out of `said`) say nothing of an item: "between us, Vault
    Backup is my favourite" is not the Vault Backup price rise."""
    for note in notes:
        shared = note.prefixes & said.words
        if shared & note.names:
            return note.entry
        if said.amounts & note.amounts:
            # "going from 14.50 to 16.90", note "price increase from 14.50 to 16.90"
            return note.entry
        # The note's words or other words for them: "buyout" for "takeover", "Vertrag" for
        # "deal"; or its variants' words.
        if max(len(shared), len(note.meant & said.concepts)) >= needed:
            return note.entry
    return None


@functools.lru_cache(maxsize=4096)  # asked of each sentence, and of its neighbours
def _words_needed(hinting: str, weak: int = 2, business: frozenset[str] = frozenset()) -> int:
    """How many words of a note a hinting sentence must share; a name from the note is always
    enough. A hushed remark on claims or lawsuits is legal talk: only a name makes it the item,
    unless each such word is one the register's notes use themselves (`business`: "insurers"
    for a broker whose note says "partner insurer being dropped", session 24). A defect
    admitted as known (ADMISSION) and nothing else needs three."""
    if any(m.group().casefold()[:5] not in business for m in LEGAL_TALK.finditer(hinting)):
        return 99
    if _hinting(hinting, STRONG_HINT):
        return 1
    lowered = hinting.lower()
    inside = any(cue in lowered for cue in INSIDE_CUES) and INSIDE_KNOWLEDGE.search(lowered)
    if _admitting(lowered) and not _hinting(hinting, WEAK_HINT) and not inside:
        return max(weak, 3)
    return weak


def _hints(
    text: str, register: RegisterIndex, named: list[tuple[int, int, Entry]] | None = None
) -> list[tuple[int, int, Entry]]:
    """Sentences that hint at a register item without naming it: a hinting phrase and two words
    of the item's note (or a name from it) in the same sentence, or in the sentence next to a
    hint that says nothing itself ("… is coming in March. You didn't hear it from me.")."""
    insider = speaks_from_inside(text)
    if not register.entries or not (insider or _hinting(text)):
        return []
    found = []
    notes = register._hint_notes
    sentences = list(split_sentences(text))
    business = register._note_prefixes

    def hinted(sentence: str, needed: int) -> Entry | None:
        return _hinted(_said(sentence, register.public), notes, needed)

    for at, sentence in enumerate(sentences):
        if not _hinting(sentence.group()):
            if insider:
                # Someone speaking from inside: what they say of an item is the item.
                entry = hinted(sentence.group(), _words_needed(sentence.group(), 3, business))
                if entry is not None:
                    start = _said_start(sentence)
                    found.append((start, trim_trailing(text, start, sentence.end()), entry))
            continue
        needed = _words_needed(sentence.group(), business=business)
        entry = hinted(sentence.group(), needed)
        if entry is not None and _announced_other(sentence.group(), entry):
            continue
        first = last = sentence
        # "It's not announced yet, so nothing on social media": said of the sentence before,
        # whose one word of a note is enough.
        unannounced = needed == 1 and UNANNOUNCED_SAID.search(sentence.group().lower())
        short = len(re.findall(r"[a-z]{4,}", sentence.group().casefold())) <= 6
        if entry is not None and short and at > 0:
            # A short hint that names the item is about the sentence before it too, when that
            # says the same item: "14 tags are still unaccounted for. Let's not tell the
            # customers until the audit's done." is one finding (session 23).
            before = sentences[at - 1]
            if hinted(before.group(), max(needed, 1)) is entry:
                first = before
        if entry is None and (short or unannounced):
            # A short hint says nothing itself: it is about the sentence next to it.
            for near in (at - 1, at + 1):
                if 0 <= near < len(sentences):
                    neighbour = sentences[near].group()
                    entry = hinted(
                        neighbour,
                        max(needed, _words_needed(neighbour, 1 if unannounced else 2, business)),
                    )
                    if entry is not None:
                        first, last = sorted((sentence, sentences[near]), key=lambda s: s.start())
                        break
        if entry is None and _hinting(sentence.group(), STRONG_HINT):
            # A strong hint beside a sentence that names an item is about that item: "das sind
            # die ZT-9-Netzteile … Einfach vorbeikommen, wir tauschen sie still und leise aus."
            for near in (at, at - 1, at + 1):
                if 0 <= near < len(sentences):
                    around = sentences[near]
                    entry = next(
                        (e for s, _, e in named or () if around.start() <= s < around.end()),
                        None,
                    )
                    if entry is not None:
                        # One finding for the item and the hint at it.
                        first, last = sorted((sentence, around), key=lambda s: s.start())
                        break
        if entry is not None:
            start = first.start() + len(first.group()) - len(first.group().lstrip())
            found.append((start, trim_trailing(text, start, last.end()), entry))
    return found


# One word that says a thing is kept from the public (session 25): "internal", "insider",
# "secret", "between us", "not official", „intern", „unter uns", „heimlich". Alone it says
# little ("the system we use internally", "no secret sauce"); with three words of one item's
# note in the same sentence it is that item told (`_disclosed`).
# The "\b" stands before the look-behinds (session 35, speed-warm-v30b): both are tests of one
# place, so the matches are the same, but `re` now tries the three look-behinds only where a
# word begins, not at every character (~1.3 times faster; tests/guidance/test_speed_warm_v30b.py).
DISCLOSURE_WORD = re.compile(
    r"(?i)\b(?<!\bno )(?<!\bnot a )(?<!\bnothing )(?:internal(?:ly)?|insiders?|secret(?:ly)?"
    r"|quiet(?:ly)?|hush(?:-hush)?|between (?:us|you and me|ourselves)|off the record"
    r"|heard it here first|not official(?:ly)?(?: yet)?|unofficial(?:ly)?|under wraps|psst"
    r"|intern(?:e[mnrs]?)?|unter uns|heimlich|inoffiziell|nicht offiziell|unter der hand)\b"
)
DISCLOSURE_CUES = ("intern", "insider", "secret", "quiet", "hush", "between", "record",
                   "first", "official", "wraps", "psst", "unter uns", "heimlich",
                   "unter der hand")  # fmt: skip
DISCLOSED_WORDS = 3


def _disclosed(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A sentence with a word that says something is kept from the public (DISCLOSURE_WORD)
    and three words of one item's note or variants, as words or as concepts (register_words):
    "insider tip: the members' plan goes up in price next spring", note "unannounced price
    increase of the members' plan". A mechanism, not a phrase list: the hint may be any of a
    few common words, the item is told by its own note; a name or an amount alone is not
    enough here (that is `_hints`' stricter hint list)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in DISCLOSURE_CUES) or not DISCLOSURE_WORD.search(text):
        return []
    found = []
    notes = register._hint_notes
    for sentence in split_sentences(text):
        if not DISCLOSURE_WORD.search(sentence.group()):
            continue
        said = _said(sentence.group(), register.public)
        for note in notes:
            told = max(len(note.prefixes & said.words), len(note.meant & said.concepts))
            if told >= DISCLOSED_WORDS:
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), note.entry))
                break
    return found


# German: an item told in its note's own words beside a word of secrecy (session 27). German
# says a note's nouns in compounds and inflections ("Sicherheitsnetze" for the note's "Netze",
# "Gutscheine" for "Gutschein", "Tandempiloten" for "Piloten"), which five-letter beginnings
# miss; and it says the secrecy in more ways than `_hinting`'s lists: "intern", "unter uns",
# "ehrlich gesagt", "offiziell … aber", "das ist noch nicht raus", "steht nirgends", "nicht
# weitergeben", "psst", "still", "leise". Two of one note's words (or its term's), matched as
# German words, and such a word in the same sentence make the sentence the item.
GERMAN_SECRECY = re.compile(
    # Not a part of a host or a path ("db-intern", "/intern/"), nor the first word of a quoted
    # name („Leise Momente“).
    r"(?i)(?<![-./@:\"'\u201e\u201c\u00bb\u2018])\b(?:intern(?:e[mnrs]?)?|insider\w*"
    r"|vertraulich\w*|geheim\w*|heimlich\w*|inoffiziell\w*|offiziell|unter uns|zwischen uns"
    r"|unter vier augen|unter der hand|psst+|spoiler|ehrlich gesagt|ganz ehrlich|ehrlich:"
    r"|in wahrheit|nicht weiter(?:sagen|geben|erz\u00e4hlen)|f\u00fcr (?:dich|sich|euch) behalten"
    r"|gro(?:\u00df|ss)e glocke|nirgends|(?:niemand|keiner) (?:wei(?:\u00df|ss)|wissen soll)"
    # Not a refusal to comment: "dazu äußern wir uns nicht öffentlich".
    r"|(?<!uns )(?<!mich )(?:noch )?nicht (?:bekannt|raus|\u00f6ffentlich|angek\u00fcndigt"
    r"|kommuniziert|mitgeteilt|gesagt|erz\u00e4hlt|informiert|ver\u00f6ffentlicht)"
    r"|wissen (?:das |es |davon )?(?:\w+ )?(?:noch )?nichts?|still(?:e[nmrs]?)?|leise)\b"
    r"|\U0001f92b|\U0001f910"
)
GERMAN_SECRECY_CUES = ("intern", "insider", "vertraulich", "geheim", "heimlich", "offiziell",
                       "unter ", "zwischen uns", "psst", "spoiler", "ehrlich", "wahrheit",
                       "weiter", "behalten", "glocke", "nirgends", "wei", "nicht", "still",
                       "leise", "\U0001f92b", "\U0001f910")  # fmt: skip
GERMAN_TOLD_WORDS = 2
GERMAN_WORD = re.compile(r"[^\W\d_]{4,}")
# Words that say nothing of an item (folded as GERMAN_WORD's matches are): function words,
# times, quantities and the talk around a fact ("gesagt", "wissen").
_GERMAN_PLAIN_WORDS = """
    aber alle allen aller alles also andere anderem anderen anderer anderes auch bald beim
    bereits bestimmte bestimmten bevor bisher bitte dabei dafur daher damit danach darauf
    daraus daruber darum dass davon dazu dein deine denen denn deren derzeit deshalb dessen
    deswegen deutlich diese diesem diesen dieser dieses doch dort drei durch eben eigentlich
    einer einige einigen einiger einmal etwa etwas euch euer ganz ganze ganzen geht gemacht
    gerade gesagt gibts gleich habe haben halt hatte hatten heisst heute hier hoch ihnen ihre
    ihrem ihren ihrer ihres immer jahr jahre jahren jahres jede jedem jeden jeder jedes jetzt
    kein keine keinem keinen keiner konnen konnte konnten kurz lagen letzte letzten letzter
    letztes machen macht mehr mehrere mehreren mein meine meinen mich monat monate monaten
    muss mussen nachste nachsten nachster nachstes name namen nichts neue neuen neuer neues
    ohne sagen sagt schon sehr seit sein seine seinen selbst sich sind solche solchen soll
    sollen sollte sonst sowie sogar statt tage tagen teil teils uber unser unsere unserem
    unseren unserer unseres viel viele vielen vier waren warum weil weiss weiter welche
    welcher welches wenn werden wieder will wissen woche wochen wohl wollen wurde wurden zwar
    zwei funf
"""
GERMAN_PLAIN_WORDS = frozenset(w.translate(FOLD) for w in NOTE_STOPWORDS) | frozenset(
    _GERMAN_PLAIN_WORDS.split()
)
# Endings a German noun or verb takes, longest first: "Prüfungen" and "Prüfung" are "prüf".
GERMAN_ENDINGS = ("ungen", "ung", "en", "er", "es", "e", "n", "s")
GERMAN_STEM = 5  # a stem said inside a compound has five letters or more


@functools.lru_cache(maxsize=8192)
def _german_stem(word: str) -> str:
    for ending in GERMAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _german_words(text: str) -> frozenset[str]:
    return (
        frozenset(w.casefold().translate(FOLD) for w in GERMAN_WORD.findall(text))
        - GERMAN_PLAIN_WORDS
    )


@functools.lru_cache(maxsize=8192)
def _german_parts(word: str) -> frozenset[str]:
    """A word's beginnings and endings of GERMAN_STEM letters or more (an ending also without a
    final "e"/"en": "Sicherheitsnetze" ends in "netz"). Cached: a sentence's words are compared
    with every note."""
    parts = {word[:n] for n in range(GERMAN_STEM, len(word) + 1)}
    parts |= {word[-n:] for n in range(GERMAN_STEM, len(word) + 1)}
    for cut in ("e", "en"):
        if word.endswith(cut):
            bare = word[: -len(cut)]
            parts |= {bare[-n:] for n in range(GERMAN_STEM, len(bare) + 1)}
    return frozenset(parts)


@dataclass(frozen=True, slots=True)
class _GermanNote:
    """One item's words, for `_german_disclosed`: each word's stem, keyed by what a sentence's
    word may match it by."""

    entry: Entry
    by_beginning: dict[str, frozenset[str]]  # five letters → stems
    by_stem: dict[str, frozenset[str]]  # a stem, or a compound part of five letters or more
    stems: frozenset[str]  # stems of five letters or more, to be found inside a compound
    # An English note's words in German (register_lexicon): a German form → the stems of the
    # English words it says. Forms of five letters or more are also found inside a compound.
    said_as: dict[str, frozenset[str]] = field(default_factory=dict)
    long_forms: frozenset[str] = frozenset()


def _german_notes(register: "RegisterIndex") -> tuple[_GermanNote, ...]:
    notes = {entry.term: entry for entry in register.entries if entry.note}
    built = []
    for term, entry in notes.items():
        by_beginning: dict[str, set[str]] = {}
        by_stem: dict[str, set[str]] = {}
        for word in _german_words(split_note(entry.note)[0]) | _german_words(term):
            stem = _german_stem(word)
            if len(word) >= GERMAN_STEM:
                by_beginning.setdefault(word[:GERMAN_STEM], set()).add(stem)
            by_stem.setdefault(stem, set()).add(stem)
            for part in _german_parts(word):
                by_stem.setdefault(part, set()).add(stem)
        # Not a form that begins like the company's public names ("Lager…" for a company called
        # so): the draft says those names openly.
        said_as = {
            form: stems
            for form, stems in _german_said_as(entry.note, term).items()
            if form[:GERMAN_STEM] not in register.public
        }
        built.append(
            _GermanNote(
                entry,
                {k: frozenset(v) for k, v in by_beginning.items()},
                {k: frozenset(v) for k, v in by_stem.items()},
                frozenset(s for s in {_german_stem(w) for w in by_stem} if len(s) >= GERMAN_STEM),
                said_as,
                frozenset(form for form in said_as if len(form) >= GERMAN_STEM),
            )
        )
    return tuple(built)


ENGLISH_NOTE_WORD = re.compile(r"[^\W\d_]{3,}")


def _german_said_as(note: str, term: str) -> dict[str, frozenset[str]]:
    """How a German draft says an English note's words (session 29): every German form the
    lexicon gives for a word of the note or the term, keyed to that English word's stem, so
    that "Charge" and "Rückruf" count as the note's "batch" and "recall", and "batch" said in
    two German ways still counts once. Nothing for a note written in German: its own words are
    matched as they are."""
    meaning = split_note(note)[0]
    if german.looks_german(meaning):
        return {}
    said_as: dict[str, set[str]] = {}
    for word in ENGLISH_NOTE_WORD.findall(f"{meaning} {term}"):
        word = word.casefold()
        for form in german_forms(word):
            said_as.setdefault(form, set()).add(_german_stem(word.translate(FOLD)))
            said_as.setdefault(_german_stem(form), set()).add(_german_stem(word.translate(FOLD)))
    return {form: frozenset(stems) for form, stems in said_as.items()}


def _german_told(note: _GermanNote, words: frozenset[str]) -> int:
    """How many of the note's words the sentence's words say: a word matches a note word with
    the same five-letter beginning or stem, or when one's stem (five letters or more) begins or
    ends the other ("Netze" in "Sicherheitsnetze"). Counted on both sides, so that one word said
    twice in the note ("Gutschein", "Gutscheine") or one compound matching two note words counts
    once."""
    stems: set[str] = set()
    said: set[str] = set()
    for word in words:
        stem = _german_stem(word)
        matched = set(note.by_stem.get(stem, ()))
        if len(word) >= GERMAN_STEM:
            matched |= note.by_beginning.get(word[:GERMAN_STEM], frozenset())
        if len(stem) >= GERMAN_STEM:
            matched |= note.by_stem.get(stem, frozenset())
        matched |= note.stems & _german_parts(word)
        if note.said_as:
            for form in {word, stem} | (note.long_forms & _german_parts(word)):
                matched |= note.said_as.get(form, frozenset())
        if matched:
            stems |= matched
            said.add(word)
    return min(len(stems), len(said))


# A word of secrecy that says how a thing is done ("heimlich", "still", "leise", "geheim"),
# a few words after a negation, denies the thing rather than telling it: "Wir erhöhen keine
# Gebühren heimlich", "Was es bei uns nicht gibt: geheime Zuschläge" (session 29). Further
# away the negation is another clause's ("Warum es die Sorte nicht mehr gibt: Die nehmen wir
# jetzt still aus dem Regal").
GERMAN_SECRECY_MANNER = re.compile(r"(?i)(?:heimlich|geheim|still|leise|vertraulich)")
GERMAN_NEGATION = re.compile(
    r"(?i)\b(?:nicht|nichts|nie|niemals|kein(?:e[mnrs]?)?)\b(?=(?:\W+\w+){0,4}\W+$)"
)


def _german_kept_secret(sentence: str) -> bool:
    """Whether a German sentence says something is kept from the public: a word of secrecy
    (GERMAN_SECRECY) that is not a word of manner denied by a negation before it."""
    for cue in GERMAN_SECRECY.finditer(sentence):
        if not (
            GERMAN_SECRECY_MANNER.match(cue.group())
            and GERMAN_NEGATION.search(sentence[: cue.start()])
        ):
            return True
    return False


def _german_disclosed(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A German sentence with a word of secrecy (GERMAN_SECRECY) and two words of one item's
    note or term, matched as German words (`_german_told`): "Intern wird gerade umgestellt,
    dass Piloten ohne Flug kein Geld mehr bekommen", note "Tandempiloten werden pro Flug
    bezahlt". The item with the most words is the one told."""
    lowered = text.lower()
    if not any(cue in lowered for cue in GERMAN_SECRECY_CUES) or not GERMAN_SECRECY.search(text):
        return []
    if not german.looks_german(text):
        return []
    found = []
    notes = register._german_notes
    for sentence in split_sentences(text):
        if not _german_kept_secret(sentence.group()):
            continue
        words = _german_words(sentence.group())
        told, best = max(((_german_told(note, words), note.entry) for note in notes),
                         key=lambda pair: pair[0], default=(0, None))  # fmt: skip
        if best is not None and told >= GERMAN_TOLD_WORDS:
            start = _said_start(sentence)
            found.append((start, trim_trailing(text, start, sentence.end()), best))
    return found


# A German noun with its article or a contraction of it ("im Hafen", "der Hof"): a common
# noun, not the name of a place, a ship or a site, which German says without one ("in Ostbrück").
ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:der|die|das|den|dem|des|im|am|vom|zum|zur|beim|ins|ein|eine|einem|einen|einer)\s+$"
)


def _incident_places(register: "RegisterIndex") -> tuple[tuple[frozenset[str], Entry], ...]:
    """The names an English note of an incident or a recall gives (`note_names`: "hull
    damage after the ferry Wellenreiter ran aground near Ostbrück" → welle, ostbr), beyond the
    company's public words. A German note writes every noun with a capital, so its capitals
    name nothing: those notes give none."""
    places = []
    for entry in {entry.term: entry for entry in register.entries if entry.note}.values():
        meaning = split_note(entry.note)[0]
        if not incident_note(meaning) or german.looks_german(meaning):
            continue
        if names := note_names(entry.note) - register.public:
            places.append((names, entry))
    return tuple(places)


def _german_place_incident(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A German sentence that names the place (or ship, or site) an English note of an incident
    names and says something went wrong there (INCIDENT_SAID: "Wasserschaden", "der Ausfall",
    "Fehler"): "in unserem Lager in Ostbrück gab's im März einen Wasserschaden" for the
    note "water damage in the Ostbrück warehouse". `_place_and_incident` asks for two more of the
    note's words, which a German sentence does not share with an English note."""
    places = register._incident_places
    if not places or not INCIDENT_SAID.search(text) or not german.looks_german(text):
        return []
    found = []
    for sentence in split_sentences(text):
        said = sentence.group()
        if not INCIDENT_SAID.search(said):
            continue
        named = {
            word.group().casefold()[:5]
            for word in CAPITALISED_NAME.finditer(said)
            if not ARTICLE_BEFORE.search(said, max(0, word.start() - 8), word.start())
        }
        for names, entry in places:
            if names & named:
                start = sentence.start() + len(said) - len(said.lstrip())
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                break
    return found


# What is not announced yet, said by its own noun: "the lineup for 2027 hasn't been announced
# yet", "the Bluethroat rollout isn't public yet" (session 24).
UNANNOUNCED_SUBJECT = re.compile(
    r"(?i)\b(?:the|our|your|their|this|these|those) ((?:[\w'-]+ ){0,4}?[\w'-]+) (?:is|are|has"
    r"|have)(?:n't| not) (?:been |yet )?(?:announced|public)(?: it)? yet\b"
)


def _announced_other(sentence: str, entry: Entry) -> bool:
    """Whether the sentence's only hint is that something else is not announced yet: its noun
    is not the item's ("For the Sunfest: the lineup for 2027 hasn't been announced yet"
    is a public plan, not the festival's cancellation; "the bike fair line-up" is not the cargo
    bike). The noun is the item's when its last word is a word of the note, when it says the
    item's name, or when most of its words are the note's. "It", "that" and "the thing" point
    elsewhere, and are left to the rest of the sentence."""
    match = UNANNOUNCED_SUBJECT.search(sentence)
    if match is None:
        return False
    subject = [w[:5] for w in re.findall(r"[a-z]{4,}", match.group(1).casefold())]
    if not subject or set(subject) <= {"thing", "stuff", "which"}:
        return False
    item = {w[:5] for w in entry.context} | entry.own
    name = {w[:5] for w in re.findall(r"[a-z]{4,}", entry.term.casefold()) if w not in NAME_MARKERS}
    shared = [w for w in subject if w in item]
    if subject[-1] in item or name & set(subject) or 2 * len(shared) > len(subject):
        return False
    rest = sentence[: match.start()] + sentence[match.end() :]
    return not _hinting(rest)


# A sentence that says most of what a register item's note says ("the MSc validation is
# under review at the partner university", note "a partner university's validation of the
# MSc is under review") speaks of the item without naming it.
PARAPHRASE_WORDS = 4
PARAPHRASE_SHARE = 0.5


# Words that say something went wrong: with the place an incident's note names, a sentence
# gives the incident away ("the same door bug that hit the Bronx in March").
INCIDENT_WORDS = re.compile(
    r"(?i)\b(?:bug|bugs|issue|issues|outage|outages|incident|problem|problems|glitch|failure"
    r"|failed|fault|faults|mess|breach|leak|fire|flood|flooding|crash|mix-?up|breakdown|broke"
    r"|broken|evacuat\w*|recall\w*|Panne|Störung|Ausfall|Vorfall|Fehler"
    # More ways of saying it broke: "the array that died", "volumes came back corrupted",
    # "lost data", "loaded backwards", "containers got damaged", "ging kaputt".
    r"|died|corrupt\w*|lost (?:(?:their|its|all|some|the|customer) )?(?:data|files|backups)"
    r"|data loss|backwards|upside[- ]down|the wrong way round|damag\w*|went down|blew up"
    r"|caught fire|kaputt\w*|besch\u00e4digt\w*|verloren|cracks|cracked"
    # German verbs of it going wrong (session 21): "der Server ist abgestürzt", "die
    # Dosierung ist schiefgelaufen"; not "ausgefallen", which is also "cancelled".
    r"|abgest\u00fcrzt|schiefgelaufen|schiefgegangen|defekt\w*|undicht)\b"
)


# The same as a German compound's head, in a draft's sentence (session 23): "der Ölvorfall in
# Hallein", "das Lack-Problem im Spandauer Werk". Not in a variant: "der Frostschaden im
# Lager Trier" says where and what, and is retold by its words ("Kältewelle … Lager … Trier").
INCIDENT_COMPOUND = re.compile(
    r"(?i)\b[^\W\d_]{3,}(?:vorfall|ausfall|st\u00f6rung|panne|schaden|problem|fehler)\b"
)
INCIDENT_SAID = re.compile(
    f"{INCIDENT_WORDS.pattern}|{INCIDENT_COMPOUND.pattern.removeprefix('(?i)')}"
)

# Concepts (register_words) that say something went wrong, as INCIDENT_WORDS do.
WENT_WRONG = frozenset(("outage", "fault", "leak", "wrong"))


def _place_and_incident(
    sentence: str, words: frozenset[str], entry: Entry, said: frozenset[str] | None = None
) -> bool:
    """A place the note of an incident names and a word of something going wrong, or two more
    of the note's words: "It's the same grid-code issue from the Tyrolean rollout". Without the
    place, an incident retold with when it happened and three of its note's words: "what
    happened at the harbour yard last month, a few containers got damaged". `said` is the
    sentence's concepts, when the caller has them."""
    names = note_names(entry.note)
    if not names or not incident_note(entry.note):
        return False
    others = context_prefixes(entry.context) & words - names
    if not names & words:
        if len(others) < 3 or not PAST_TIME.search(sentence) or HYPOTHETICAL.search(sentence):
            return False
        return bool(INCIDENT_WORDS.search(sentence) or concepts(sentence) & WENT_WRONG)
    # Or the same in other words: "the Lisbon backup outage" for "a storage array in Lisbon
    # lost customer backups".
    meant = (frozenset(concepts(sentence)) if said is None else said) - names
    told = max(len(others), len(note_concepts(entry.note) & meant))
    went_wrong = INCIDENT_WORDS.search(sentence) or meant & WENT_WRONG
    return told >= 2 and bool(went_wrong or told >= 3)


# A note of a price rise, and a sentence that says a price changes: a paraphrase of the note
# must say the rise ("the lens subscription is what we call it in Germany, same prices" does not).
RISE_NOTE = re.compile(r"(?i)\b(?:increase\w*|rise|rises|hike\w*|raise\w*|erh\u00f6h\w*)\b")
RISE_SAID = re.compile(
    r"(?i)\b(?:increas\w*|ris(?:e|es|ing)|rose|raise\w*|hike\w*|up by|higher|dearer|more"
    r"|jump\w*|change\w*|new price\w*|teurer|erh\u00f6h\w*|steig\w*|mehr|\w+ up)\b"
)


@functools.lru_cache(maxsize=256)
def rise_note(note: str) -> bool:
    return RISE_NOTE.search(split_note(note)[0]) is not None


@functools.lru_cache(maxsize=256)
def incident_note(note: str) -> bool:
    return INCIDENT_WORDS.search(note) is not None


@functools.lru_cache(maxsize=1024)
def context_prefixes(context: frozenset[str]) -> frozenset[str]:
    return frozenset(word[:5] for word in context)


# When something happened, in the past: "last month", "on Saturday", "in March", "letzte Woche".
PAST_TIME = re.compile(
    r"(?i)\b(?:last (?:week|month|year|night|weekend|spring|summer|autumn|fall|winter"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:on|over the|that) (?:weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|the other (?:day|week|night)"
    r"|earlier this (?:week|month|year)|in (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)|(?:letzte[nmr]?|vorige[nmr]?) (?:woche|monat|jahr"
    r"|wochenende)|gestern|neulich|im (?:januar|februar|m\u00e4rz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember|herbst|sommer|winter|fr\u00fchling)"
    r"|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende))\b"
)
# A case supposed, not told: "if your containers got damaged in transit, …".
HYPOTHETICAL = re.compile(r"(?i)\b(?:if|in case|falls|sollte)\b")


def public_words(names: Iterable[str]) -> frozenset[str]:
    """The capitalised words of public names, without what a product list adds after them:
    "Vault Backup (nightly copies)" → vault, backup; "Quill Cloud" → quill, cloud."""
    words: set[str] = set()
    for name in names:
        name = name.split("(")[0]
        words.update(w.casefold()[:5] for w in re.findall(r"\b[A-Z][A-Za-z]{3,}", name))
    return frozenset(words)


def _paraphrase_notes(
    register: RegisterIndex,
) -> tuple[tuple[Entry, frozenset[str], frozenset[str], bool], ...]:
    """What each note `_paraphrases` compares a sentence with says (its words' beginnings, its
    concepts, whether it tells an incident), without the company's public names: one item per
    term (the last entry of it with such a note), in the register's order."""
    notes = {
        e.term: e
        for e in register.entries
        if len(e.context) >= PARAPHRASE_WORDS or note_names(e.note)
    }
    return tuple(
        (
            entry,
            frozenset({word[:5] for word in entry.context} - register.public),
            frozenset(note_concepts(entry.note) - register.public),
            incident_note(split_note(entry.note)[0]),
        )
        for entry in notes.values()
    )


@functools.lru_cache(maxsize=1024)
def _paraphrase_read(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's words (five-letter beginnings) and what they say, as `_paraphrases` reads
    them: once per sentence, however often the draft is checked while it is written (the
    concepts only of a sentence long enough to be read)."""
    words = frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", sentence.casefold()))
    if len(words) < PARAPHRASE_WORDS:
        return words, frozenset()
    return words, frozenset(concepts(sentence))


def _paraphrases(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    said_of = register._paraphrase_notes
    if not said_of:
        return []
    found = []
    for sentence in split_sentences(text):
        words, said = _paraphrase_read(sentence.group())
        if len(words) < PARAPHRASE_WORDS:
            continue
        # An incident told is something going wrong, and told as a fact: "parcels leave our
        # warehouse by courier" and "if your parcel got damaged by the courier" tell none.
        told_wrong: bool | None = None  # read only when a note is mostly said
        for entry, prefixes, meant, incident in said_of:
            shared = len(prefixes & words)
            told = len(meant & said)  # the same, in other words or in German
            most = (shared >= PARAPHRASE_WORDS and shared >= PARAPHRASE_SHARE * len(prefixes)) or (
                told >= PARAPHRASE_WORDS and told >= PARAPHRASE_SHARE * len(meant)
            )
            if most and incident and told_wrong is None:
                told_wrong = bool(
                    INCIDENT_WORDS.search(sentence.group()) or said & WENT_WRONG
                ) and not HYPOTHETICAL.search(sentence.group())
            if (
                most
                and not incident
                and rise_note(entry.note)
                and not RISE_SAID.search(sentence.group())
            ):
                continue  # "same product, same prices" says no price rise
            if (most and (told_wrong or not incident)) or _place_and_incident(
                sentence.group(), words, entry, said
            ):
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                break
    return found


# Kinds of site a company closes, as five-letter beginnings (English and German).
SITE_NOUNS = frozenset(
    (
        "depot", "clini", "branc", "store", "shop", "hoste", "hotel", "offic", "regio", "site",
        "wareh", "plant", "studi", "campu", "yard", "centr", "cente", "facto", "gym", "salon",
        "pract", "schoo", "lab", "filia", "stand", "praxi", "lager", "werk", "laden", "gesch",
        "stand", "niede", "büro", "buro", "stude",
    )
)  # fmt: skip
# A site's future said without "closure": "won't be around much longer", "won't be there by
# summer", "its days are numbered", "is on its way out", "macht bald dicht" (lower-cased text).
FUTURE_GONE = re.compile(
    r"\b(?:won'?t|will not|isn'?t going to|is not going to|not going to|aren'?t going to)"
    r" be (?:(?:around|there|here|with us)(?: for)?(?: (?:much|any|a lot|very))?"
    r" (?:longer|by|after|past|beyond|come|next|in (?:a|the))|open (?:for )?(?:much|any) longer)\b"
    r"|\bdays are numbered\b|\bon (?:its|their) way out\b|\bnot long for this world\b"
    r"|\bon borrowed time\b|\bbeing (?:quietly )?(?:wound|run) down\b"
    r"|\b(?:closing|shutting) (?:its doors|down|for good)\b|\bgoing away (?:for good|soon)\b"
    r"|\bwon'?t (?:survive|last|make it) (?:the|past|beyond|until|much|another)\b"
    # "Ghent's closing in June", "the depot will close for good next year" (not "closing at
    # 8 tonight": a day's hours).
    r"|\b(?:is|'s|are|'re|will be|will|to) (?:clos(?:e|ing)|shut(?:ting)?)(?: down)?"
    r" (?:for good|permanently|soon|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|spring|summer|autumn|the new year)\w*|next (?:month|year|spring|summer|autumn|winter)"
    r"|at the end of (?:the )?(?:month|year|season|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)\w*)|after (?:christmas|easter|the summer))\b"
    r"|\bnicht mehr lange\b|\bmacht (?:bald |demn\u00e4chst )?dicht\b"
    # "die Filiale schließt im März", "macht Ende Juni zu", "wird im Herbst geschlossen"
    r"|\bschlie(?:\u00df|ss)t (?:im|zum|ende|n\u00e4chst\w*|bald|demn\u00e4chst|f\u00fcr immer"
    r"|endg\u00fcltig)\b|\bmacht (?:im|zum|ende) \w+ (?:zu|dicht)\b"
    r"|\bwird (?:im|zum|ende) \w+ geschlossen\b"
    r"|\b(?:bald|demn\u00e4chst) (?:geschlossen|dicht|zu|weg|nicht mehr)\b"
    r"|\bwird (?:bald |demn\u00e4chst )?(?:geschlossen|dichtgemacht|aufgegeben)\b"
)
DENIED_BEFORE = re.compile(r"(?i)(?:\bnot|n't|\bnever|\bno plans to|\bnicht|\bkeineswegs)\s+$")
ANNOUNCED = re.compile(r"(?i)\b(?:as (?:we )?announced|we announced|announced (?:in|on|last)"
                       r"|see our (?:blog|announcement|news)|wie angek\u00fcndigt)\b")  # fmt: skip


# A variant's verb said short: "Ghent is closing" → "Ghent's closing".
CONTRACTIBLE = re.compile(r"\b(\w+) (is|are|will|has|have)\b(?= \w)")
CONTRACTED = {"is": "s", "are": "re", "will": "ll", "has": "s", "have": "ve"}

# A note of a product not launched yet: "unannounced successor of the Pro 4", "code name of the
# unannounced bread maker", "next-generation juicer, launch date not public".
UNLAUNCHED_NOTE = re.compile(
    r"(?i)\b(?:successor|next[- ]gen\w*|next (?:generation|version|model)|new (?:model|version"
    r"|generation)|unannounced|unreleased|upcoming|not yet (?:launched|released)|launch)\b"
)
# The product said without its name: "the next one", "the machine after Pro 4", "its successor",
# "the new bread maker", "the next-gen model" (lower-cased text).
SUCCESSOR_SAID = re.compile(
    r"\bthe (?:next|new|upcoming|coming) (?:one|model|version|generation|gen\b|[a-z-]{3,})"
    r"|\bthe [a-z]{3,} after (?:the )?[a-z]*\s?\d|\bthe one after\b|\bsuccessor\b"
    r"|\bnext[- ]gen(?:eration)?\b|\bder (?:neue|n\u00e4chste)\b|\bdas (?:neue|n\u00e4chste)\b"
    r"|\bnachfolger\b"
)
# Said to come: "is out in spring", "launching soon", "drops next month", "kommt im Herbst".
LAUNCH_SAID = re.compile(
    r"\b(?:out|coming|comes|launch\w*|releas\w*|arriv\w*|drops?|dropping|ships?|shipping"
    r"|lands?|landing|kommt|erscheint)\b[^.!?\n]{0,30}?\b(?:soon|in (?:spring|summer|autumn|fall"
    r"|winter|the new year|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|next (?:week"
    r"|month|year|spring|summer|autumn|winter)|this (?:spring|summer|autumn|fall|winter|year)"
    r"|before (?:christmas|the summer|the end)|bald|im (?:fr\u00fchling|sommer|herbst|winter))"
    r"|\blaunching\b|\bsoon\u2122"
)


def _launches(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A product not yet launched, told without its name: "the next one is out in spring",
    "the machine after Pro 4 … launching soon", with a hint in the draft ("between us", a wink,
    "spoiler") or a word of the item's note in the sentence. Support's public "the next update
    is out in spring" has neither."""
    if not register.launches:
        return []
    lowered = text.lower()
    if len(lowered) != len(text) or not SUCCESSOR_SAID.search(lowered):
        return []
    sentences = list(split_sentences(lowered))
    found = []
    for at, sentence in enumerate(sentences):
        said = SUCCESSOR_SAID.search(sentence.group())
        if not said:
            continue
        near = " ".join(s.group() for s in sentences[at : at + 2])
        if not LAUNCH_SAID.search(near) or DENIED_BEFORE.search(sentence.group()[: said.start()]):
            continue
        words = {w[:5] for w in re.findall(r"[a-z]{4,}", sentence.group())} - register.public
        # A hint in the sentence or next to it ("Between us, don't buy one now. The next one
        # is out in spring 😉").
        hinted = any(_hinting(s.group()) for s in sentences[max(0, at - 1) : at + 2])
        for entry in register.launches:
            meant = context_prefixes(entry.context) - {"unann", "launc", "succe", "publi", "date"}
            if hinted or meant & words:
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                break
    return found


# When a note says an unannounced change happens ("price increase planned for February",
# "Preiserhöhung im März"): months and seasons, English and German, as one name each.
TIMES = {
    "jan": "jan", "janua": "jan", "febru": "feb", "march": "mar", "marz": "mar", "april": "apr",
    "may": "may", "mai": "may", "june": "jun", "juni": "jun", "july": "jul", "juli": "jul",
    "augus": "aug", "septe": "sep", "octob": "oct", "oktob": "oct", "novem": "nov",
    "decem": "dec", "dezem": "dec", "sprin": "spring", "fruhl": "spring", "fruhj": "spring",
    "summe": "summer", "somme": "summer", "autum": "autumn", "herbs": "autumn",
    "winte": "winter",
}  # fmt: skip
# Months written as names ("May", not "may"), seasons in either case.
TIME_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|M\u00e4r|Mai)\w*"
    r"|\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]r\u00fchl|[Ff]r\u00fchj|[Ss]ommer"
    r"|[Hh]erbst)\w*"
)
TIME_WORD_ANY = re.compile(TIME_WORD.pattern, re.IGNORECASE)  # in notes, however written
# Said to change (English and German): "going up", "goes up", "put up", "steigt".
GOING_UP = re.compile(
    r"(?i)\b(?:going|goes|go|went|gone|put(?:ting)?|creeping|jump(?:ing|s)?|shoot(?:ing)?) up\b"
    r"|\bup by\b|\bgehen? (?:nach oben|hoch)\b|\bsteig\w*|\bteurer\b"
)
# Said to come, not to have been: "will", "going to", "from", "after", "starting", "ab".
FUTURE_SAID = re.compile(
    r"(?i)\b(?:will|'ll|going|gonna|from|after|starting|as of|coming|is due|are due|next|ab"
    r"|goes|rises|increases|jumps|changes"
    r"|wird|werden|kommt|kommen|nach)\b"
)
TOLD_ALREADY = re.compile(
    r"(?i)\b(?:as (?:we )?(?:announced|emailed|wrote|mentioned|said|told you)|we (?:announced"
    r"|emailed|e-mailed|wrote|notified)|(?:in|see) (?:our|the) (?:email|e-mail|letter|notice"
    r"|announcement|blog)|announced (?:in|on|last)|wie angek\u00fcndigt|wie (?:wir )?"
    r"(?:geschrieben|mitgeteilt)|public(?:ly)? announced)\b"
)


RISE = frozenset(("price", "increase"))
# Soon, without a date: "soon", "next month", "in the new year", "bald", "nächstes Jahr".
SOON = re.compile(
    r"(?i)\b(?:soon|shortly|next (?:month|year|quarter)|the new year|in a few (?:weeks|months)"
    r"|before long|bald|demn\u00e4chst|n\u00e4chste[ns]? (?:monat|jahr))\b"
)


@functools.lru_cache(maxsize=256)
def note_times(note: str) -> frozenset[str]:
    meaning = split_note(note)[0]
    words = {squash(w).translate(FOLD)[:5] for w in TIME_WORD_ANY.findall(meaning)}
    return frozenset(TIMES[w] for w in words if w in TIMES)


def _timed(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An unannounced change told by when it comes and what it is, without a name: "the
    monthly price will be going up after February", note "price increase planned for
    February": the note's month or season, two more of its concepts (a rise said "going up"
    counts) and the future; not what was announced, denied or supposed."""
    timed = [(e, note_times(e.note)) for e in register.entries if e.context]
    # A price rise needs no month: "prices are going up soon" tells it too.
    timed = [(e, t) for e, t in timed if t or note_concepts(e.note) >= RISE]
    soon = gates.search(SOON, text) is not None
    if not timed or not (soon or gates.search(TIME_WORD, text)):
        return []
    found, seen = [], set()
    for sentence in split_sentences(text):
        said_text = sentence.group()
        times = {TIMES.get(squash(w).translate(FOLD)[:5]) for w in TIME_WORD.findall(said_text)} - {
            None
        }
        coming = soon and SOON.search(said_text) is not None
        if not (times or coming) or not FUTURE_SAID.search(said_text):
            continue
        if TOLD_ALREADY.search(said_text) or HYPOTHETICAL.search(said_text):
            continue
        said = set(concepts(said_text)) - register.public
        if GOING_UP.search(said_text):
            said.add("increase")
        for entry, when in timed:
            meant = note_concepts(entry.note) - register.public - set(TIMES)
            # "the subscription goes up next month": a rise and the thing that rises
            rise_soon = (
                coming
                and meant >= RISE
                and "increase" in said
                and ("price" in said or len(meant & said) >= 2)
            )
            if entry.term in seen or not (when & times or rise_soon):
                continue
            if len(meant & said) >= 2 and not DENIED_BEFORE.search(said_text):
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                seen.add(entry.term)
                break
    return found


# A German note told in an English draft (session 34): "we're quietly retiring a whole delivery of
# chairs with dodgy hinges", note "Körbe … mit Haarrissen an den Scharnieren … ohne Ankündigung
# aus der Vermietung genommen". The bilingual lexicon (register_lexicon) read backwards gives the
# English words of the note's German ones; with its names and numbers as written ("Westerland",
# "418"), three of them in one English sentence, or two beside a hint, tell the item.
ACROSS_WORDS = 3
ACROSS_HINTED = 2
# Asked beside `_hinting` (HINT and its companions), not instead: words that would be false
# alarms as a hint on their own ("internally", "a known issue", "quiet") are enough here, where
# they only lower the count from three of a German note's words to two in one sentence. Folding
# them into HINT would make every note of one word a finding wherever they are said, so the two
# must differ (docs/decisions.md, session 37, cleanup-v32).
ACROSS_HINT = re.compile(
    r"(?i)\b(?:quiet(?:ly)?|silently|without telling|not (?:yet )?(?:public|announced|told)"
    r"|haven't (?:announced|told)|hasn't been (?:announced|made public)|known (?:safety )?"
    r"(?:problem|issue|fault)|off the record|between us|hush|internal(?:ly)?"
    r"|don't tell|not supposed to|can't (?:say|tell you) more|under wraps)\b"
)
ACROSS_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z\u00c4\u00d6\u00dc][\w\u00e4\u00f6\u00fc\u00df-]{3,}|\d{3,})"
)
ENGLISH_TOKEN = re.compile(r"[^\W\d_]{3,}")
ACROSS_SAID_NAME = re.compile(r"[^\W\d_][\w-]{3,}|\d{3,}")
# What every note says of its item (unannounced, planned, internal): no word of the item.
ACROSS_PLAIN = frozenset(
    ("annou", "plan", "plann", "publi", "inter", "confi", "secre", "quiet", "silen", "dropp",
     "termi", "custo", "clien", "known")
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _lexicon_by_form() -> tuple[dict[str, frozenset[str]], tuple[tuple[str, frozenset[str]], ...]]:
    """The lexicon backwards: a German form → the English words it says (forms of four letters
    as whole words; longer ones also inside a compound)."""
    from .register_lexicon import LEXICON

    by_form: dict[str, set[str]] = {}
    for english, forms in LEXICON.items():
        for form in forms:
            if " " not in form and "-" not in form:
                by_form.setdefault(form, set()).add(english)
    whole = {form: frozenset(words) for form, words in by_form.items()}
    long = tuple((form, words) for form, words in whole.items() if len(form) >= GERMAN_STEM)
    return whole, long


def _english_of(word: str) -> frozenset[str]:
    """The English words a German note word says: as a whole form, or a form inside it."""
    whole, long = _lexicon_by_form()
    found = set(whole.get(word, frozenset()) | whole.get(_german_stem(word), frozenset()))
    parts = _german_parts(word)
    for form, words in long:
        if form in parts or (len(word) > len(form) and form in word):
            found |= words
    return frozenset(found)


def _english_prefix(word: str) -> str:
    return word.casefold().translate(FOLD)[:5]


@functools.lru_cache(maxsize=256)
def across_note(note: str, term: str) -> tuple[frozenset[str], frozenset[str]]:
    """A German note's English words (five-letter beginnings) and its names and numbers as
    written; nothing for a note not written in German."""
    meaning = split_note(note)[0]
    if not german.looks_german(meaning):
        return frozenset(), frozenset()
    words = {
        _english_prefix(english)
        for word in _german_words(meaning)
        for english in _english_of(word)
        if len(english) >= 4
    }
    # Names and numbers as written: a German noun the lexicon translates is a word, not a name.
    names = {
        m.group().casefold()
        for m in ACROSS_NAME.finditer(f"{meaning} {term}")
        if not _english_of(m.group().casefold().translate(FOLD))
        and m.group().casefold().translate(FOLD) not in GERMAN_PLAIN_WORDS
    }
    return frozenset(words - NOTE_STOPWORDS - ACROSS_PLAIN), frozenset(names)


def _told_across(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An English sentence that says a German note's words in English (`across_note`)."""
    notes = []
    seen: set[str] = set()
    for entry in register.entries:
        if entry.term in seen or not entry.note or not entry.context:
            continue
        seen.add(entry.term)
        if price_rise_note(entry.note) or LINE_TERM.match(entry.term):
            # `_rises_told`'s: its old figures are the prices said in public; a line is found
            # by its digits, and its note's switchboard number is public.
            continue
        words, names = across_note(entry.note, entry.term)
        if words:
            names -= register.public | register.public_numbers | register.public_whole
            notes.append((entry, words - register.public, names))
    if not notes:
        return []
    found = []
    for sentence in split_sentences(text):
        said_text = sentence.group()
        if german.looks_german(said_text):
            continue
        said = {_english_prefix(w) for w in ENGLISH_TOKEN.findall(said_text)}
        # A German noun of the note is a name here, said in any case ("Hand", "hand").
        said_names = {w.casefold() for w in ACROSS_SAID_NAME.findall(said_text)}
        hinted = ACROSS_HINT.search(said_text) is not None or _hinting(said_text)
        best, score = None, 0
        for entry, words, names in notes:
            named, worded = len(names & said_names), len(words & said)
            told = worded + named
            if not worded:
                continue  # names and numbers alone retell nothing
            # Without a hint, one of the told words is a name or number of the note's own.
            needed = ACROSS_HINTED if hinted else ACROSS_WORDS
            if told >= needed and (hinted or named) and told > score:
                best, score = entry, told
        if best is not None:
            start = _said_start(sentence)
            found.append((start, trim_trailing(text, start, sentence.end()), best))
    return found


# An unannounced rise of a price or a fee told in other words (session 34): "prices on masts will
# go up in March", "it goes to CHF 46 a quarter in April", "im Frühjahr kommen die höheren
# Rückkaufgebühren". The register holds the rise; a draft that says a price will rise, and ties it
# to the entry by one thing more (a figure or a time of its note, another of its concepts, or a
# hint of inside knowledge in the draft), tells it, whatever the words.
PRICE_WORD = re.compile(
    r"(?i)\b(?:prices?|pricing|fees?|tariffs?|rates?|charges|subscriptions?|preis\w*"
    r"|tarif\w*|\w*geb(?:\u00fc|ue)hr\w*|\w*preis(?:e|en)?|\w*tarif(?:e|en)?|\w*beitr(?:a|\u00e4)g\w*"
    r"|\w*kosten)\b"
)
RISE_TOLD = re.compile(
    r"(?i)\b(?:go(?:es|ing)? up|go(?:es|ing)? to(?=\D{0,5}\d)|put (?:up|them up)"
    r"|increas(?:e|es|ing)|rais(?:e|es|ing)|ris(?:e|es|ing)|hik(?:e|es|ing)|higher|dearer"
    r"|up by|jump(?:s|ing)?|steig(?:t|en)|teurer"
    r"|h(?:\u00f6|oe)her\w*|angehoben|anheben|hochgesetzt|erh(?:\u00f6|oe)h(?:t|en)|already set"
    r"|schon fest|steht schon)\b"
)
# Said to have happened, not to come: "prices went up in March", "wurden erhöht".
RISE_PAST = re.compile(
    r"(?i)\b(?:went up|gone up|rose|raised (?:in|last)|have (?:gone|been)|has (?:gone|been)"
    r"|was|were|wurden|wurde|sind gestiegen|gestiegen|hat sich|haben sich)\b"
)
RISE_FUTURE = re.compile(
    r"(?i)\b(?:will|'ll|going to|gonna|from|starting|as of|coming|is due|are due|next"
    r"|new year|ab|wird|werden|kommt|kommen|n(?:\u00e4|ae)chste[mns]?|neuen jahr|20[2-9]\d)\b"
    r"|\b(?:in|im|zum|ab) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|m(?:\u00e4|ae)r"
    r"|mai|spring|summer|autumn|winter|fr(?:\u00fc|ue)h\w*|sommer|herbst)"
)
# Said publicly, or of something else: an announced rise, an early-bird price that ends, a
# question or a denial.
RISE_PUBLIC = re.compile(
    r"(?i)\b(?:(?<!not )(?<!n't )(?<!never )(?<!before they )(?<!before we )announced"
    r"|published|on our (?:website|site|rates page|price page|blog)|we (?:wrote|emailed|notified)"
    r"|early[- ]?bird|fr(?:\u00fc|ue)hbucher\w*|sale ends|offer ends"
    r"|(?<!nicht )angek(?:\u00fc|ue)ndigt"
    r"|ver(?:\u00f6|oe)ffentlicht"
    # The market's prices, a question or a rumour: not the company's rise told.
    r"|everywhere|\u00fcberall|the market|der markt|whether|ob|worr(?:y|ied)|rumou?rs?"
    r"|frage|ger\u00fccht\w*)\b"
    r"|[\"\u201c\u201e][^\"\u201c\u201d\u201e]{0,40}\b(?:going up|goes up|steigt|teurer)\b"
)
RISE_DENIED = re.compile(
    r"(?i)\b(?:won't|will not|not|no|never|isn't|aren't|don't|doesn't|kein\w*|nicht|nie)\b"
    r"[^.!?,;]{0,30}$"
)
NOTE_FIGURE = re.compile(r"(?<![\w.,])\d{2,}(?:[.,]\d{1,2})?(?![\d])")
NEW_FIGURE = re.compile(
    r"(?i)\b(?:to|auf|->|\u2192)\s*(?:(?:eur|chf|usd|gbp|\u20ac|\$|\u00a3)\s*)?(\d+(?:[.,]\d{1,2})?)"
)


@functools.lru_cache(maxsize=256)
def rise_figures(note: str) -> frozenset[str]:
    """The new figures a rise note gives ("von 14 auf 17 EUR" → 17), years left out."""
    meaning = split_note(note)[0]
    return frozenset(
        m.group(1).replace(",", ".")
        for m in NEW_FIGURE.finditer(meaning)
        if not re.fullmatch(r"20\d\d", m.group(1))
    )


# Who says it knows from inside, or tells the reader to buy before it comes: "I've seen the new
# list", "staff account", "Quelle: Ich arbeite da", "lock in your box now", "buy before Christmas".
RISE_INSIDE = re.compile(
    r"(?i)\b(?:i'?ve seen|i have seen|i saw|staff (?:account|here)|i work (?:there|here|for)"
    r"|(?:word|straight) from (?:the )?inside|insider|ich arbeite (?:da|dort|hier|bei)"
    r"|hab(?:e)? (?:die|das) \w+ (?:schon )?gesehen|(?:buy|book|get|grab)\b[^.!?]{0,25}\bnow"
    r"|lock in"
    r"|before (?:they|it|the rise|christmas|then)|while you can|jetzt noch|vorher|rechtzeitig"
    r"|vor weihnachten)\b"
)


@functools.lru_cache(maxsize=256)
def price_rise_note(note: str) -> bool:
    meaning = split_note(note)[0]
    rises = rise_note(note) or "increase" in note_concepts(note)
    return rises and PRICE_WORD.search(meaning) is not None


def _price_rise_entries(register: RegisterIndex) -> list[Entry]:
    return [e for e in register.entries if e.context and price_rise_note(e.note)]


def _rises_told(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A future rise of a price or fee said in a sentence, for a register whose note is an
    unannounced price rise: tied to the entry by a figure or a time of the note, another of its
    concepts, or a hint in the draft; not announced, past, supposed or denied."""
    if not RISE_TOLD.search(text):
        return []
    entries = _price_rise_entries(register)
    if not entries:
        return []
    hinted = _hinting(text) or RISE_INSIDE.search(text) is not None
    found: list[tuple[int, int, Entry]] = []
    for sentence in split_sentences(text):
        said_text = sentence.group()
        rise = RISE_TOLD.search(said_text)
        if rise is None or RISE_PUBLIC.search(said_text) or TOLD_ALREADY.search(said_text):
            continue
        # The clause that tells the rise: from the last break before it to the next after it.
        breaks = re.finditer(r"[,;:\u2013\u2014]\s", said_text[: rise.start()])
        begins = max((m.end() for m in breaks), default=0)
        ends = re.search(r"[,;\u2013\u2014]\s", said_text[rise.end() :])
        clause = said_text[begins : rise.end() + (ends.start() if ends else len(said_text))]
        if not RISE_FUTURE.search(clause) or RISE_PAST.search(clause):
            continue
        if HYPOTHETICAL.search(clause) or RISE_DENIED.search(said_text[: rise.start()]):
            continue
        figures = {f.replace(",", ".") for f in NOTE_FIGURE.findall(said_text)}
        priced = PRICE_WORD.search(said_text) is not None
        said = set(concepts(said_text)) - register.public
        times = {TIMES.get(squash(w).translate(FOLD)[:5]) for w in TIME_WORD.findall(said_text)}
        best, score = None, 0
        for entry in entries:
            new = rise_figures(entry.note) & figures
            if not (priced or new):
                continue
            meant = note_concepts(entry.note) - register.public - RISE - set(TIMES)
            years = set(re.findall(r"20\d\d", entry.note)) & set(re.findall(r"20\d\d", said_text))
            tie = (
                2 * len(new)
                + len(note_times(entry.note) & times)
                + len(years)
                + len(meant & said)
                + hinted
            )
            if tie > score:
                best, score = entry, tie
        if best is not None:
            start = _said_start(sentence)
            found.append((start, trim_trailing(text, start, sentence.end()), best))
    return found


# The nouns of an incident (`RegisterIndex._add_shortened`), and the words a variant of one
# begins with.
INCIDENT_NOUN = re.compile(
    r"(?:incident|exposure|breach|leak|glitch|outage|mess|mix-?up|bug|failure|problem|issue"
    r"|fiasco|debacle|screw-?up|disaster)s?"
)
SHORT_ARTICLES = frozenset(("the", "a", "an", "our", "this", "that"))


def _shortened(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An incident named short (`RegisterIndex._add_shortened`): the variant's words of what
    broke, without its place, and any incident noun, where the words said have five letters
    or more between them ("the portal leak", not "the app bug")."""
    if not register.shortened:
        return []
    found, lowered = [], text.casefold()
    for word, pattern, entry in register.shortened:
        if word not in lowered:
            continue  # the first word of what broke is not in the text: nothing to look for
        for match in pattern.finditer(text):
            core = match.group().split()[1:-1]
            if max(len(w) for w in core) >= 5:
                found.append((match.start(), match.end(), entry))
    return found


# Many units, not one customer's: "some frothers from the spring batch", "a number of the
# frothers", "those kettles", "die Geräte aus der Charge".
MANY_UNITS = re.compile(
    r"(?i)\b(?:batch(?:es)?|some of (?:the|our)|a number of|several|units from|a lot of (?:the|our)"
    r"|(?:those|these|all (?:the|our)) (?:[a-z-]+ )?[a-z-]+s\b|charge\b(?! (?:you|your|of|for|on))"
    r"|aus der charge)"
)


def _batch_swaps(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An unannounced recall told as a fact about many units: "some milk frothers from the spring
    batch aren't heating and we're swapping them", note "recall of a batch of milk frothers
    …": a word of a swap or recall, many units, and two more words of the note; not one
    customer's replacement ("we'll replace your juicer") nor a supposition."""
    recalls = [e for e in register.entries if e.context and recall_note(e.note)]
    if not recalls or not gates.search(MANY_UNITS, text):
        return []
    found, seen = [], set()
    for sentence in split_sentences(text):
        said_text = sentence.group()
        if not MANY_UNITS.search(said_text) or HYPOTHETICAL.search(said_text):
            continue
        said = concepts(said_text)
        if not ({"swap", "recall"} & said or EVENT_CLASSES["recall"].search(said_text)):
            continue
        words = {w[:5] for w in re.findall(r"[a-z]{4,}", said_text.casefold())} - register.public
        for entry in recalls:
            shared = context_prefixes(entry.context) & words - BATCH_WORDS
            if entry.term not in seen and len(shared) >= 2:
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                seen.add(entry.term)
                break
    return found


@functools.lru_cache(maxsize=256)
def recall_note(note: str) -> bool:
    return EVENT_CLASSES["recall"].search(split_note(note)[0]) is not None


BATCH_WORDS = frozenset(("batch", "recal", "repla", "swap", "swapp", "unann", "commu"))


def _closings(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A site said to be going ("the Aveiro branch isn't going to be around much longer", "the
    warehouse out west won't be there by spring") when the register holds its closure unannounced:
    the sentence names the site's place or kind and says its future without the word."""
    if not register.closures:
        return []
    lowered = text.lower()
    if len(lowered) != len(text) or not FUTURE_GONE.search(lowered):
        return []
    found = []
    for sentence in split_sentences(lowered):
        gone = FUTURE_GONE.search(sentence.group())
        if not gone or ANNOUNCED.search(sentence.group()):
            continue
        if DENIED_BEFORE.search(sentence.group()[max(0, gone.start() - 24) : gone.start()]):
            continue  # "we're not shutting down any region": a denial
        words = {w[:5] for w in re.findall(r"[^\W\d_]{3,}", sentence.group())}
        for sites, entry in register.closures:
            if sites & words:
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.start() + gone.end()),
                              entry))  # fmt: skip
                break
    return found


# A new site in a note: "new centre on Sylt", "neuer Standort in Linz", "opening in Bath".
NEW_SITE_NOTE = re.compile(r"(?i)\b(?:new|neue[rsnm]?)\s+([\w-]+)(?:\s+([\w-]+))?")
OPENING_NOTE = re.compile(r"(?i)\b(?:opening|er\u00f6ffnung)\b")
# A site's opening said in a sentence (lower-cased): "opens", "our new yard", "eröffnet",
# "macht … auf" (the separable verb's particle at the clause's end), "neuer Standort".
# Not a site's hours: "we'll be open late", "opens at 9", "opening hours".
OPENING_SAID = re.compile(
    r"\b(?:opens\b(?! (?:at|until|till|from|late|early|daily|on))|opening\b(?! (?:hours|times))"
    r"|er\u00f6ffn\w*|aufmach\w*|aufgemacht|mach(?:t|en)\b[^.!?,;]{0,40}\bauf(?=\s*[,.;!?]|$))"
)
# "our new yard", "unser neuer Standort": "new" only before a kind of site ("new" alone is said
# of everything).
NEW_SITE_SAID = re.compile(r"\b(?:new|neue[rsnm]?)\s+(?:[\w-]+\s+)?([\w-]+)")


def _nouns_reordered(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """A German register phrase of several nouns said in another order within one sentence
    ("Hab gehört, dass in der Allgäu-Scheune gerade eine Husten-Sperre gilt" for "Husten-Sperre
    Allgäu"): every noun, compounds split at their hyphens, from the first to the last."""
    if not register.nouns:
        return []
    lowered = text.casefold()
    # Only phrases whose every noun is somewhere in the text are looked for, clause by clause.
    wanted = [(nouns, e) for nouns, e in register.nouns if all(n in lowered for n in nouns)]
    if not wanted or not german.looks_german(text):
        return []
    found = []
    for clause in re.finditer(r"[^.!?;:,\u2013\u2014\n]+", text):
        spans: dict[str, tuple[int, int]] = {}
        for m in re.finditer(r"[^\W\d_]{4,}", clause.group()):
            spans.setdefault(_noun_stem(m.group()), (m.start(), m.end()))
        for nouns, entry in wanted:
            if nouns <= spans.keys():
                at = clause.start()
                start = at + min(spans[n][0] for n in nouns)
                found.append((start, at + max(spans[n][1] for n in nouns), entry))
    return found


def _noun_stem(word: str) -> str:
    """A German noun without its case or plural ending: "Tisches", "Tische" → "tisch"."""
    word = word.casefold()
    for ending in ("en", "es", "e", "n", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _opening_note(meaning: str) -> bool:
    """The note tells of a new site: "new" before a kind of site, or "opening"."""
    return OPENING_NOTE.search(meaning) is not None or any(
        (word or "").casefold()[:5] in SITE_NOUNS
        for m in NEW_SITE_NOTE.finditer(meaning)
        for word in m.groups()
    )


def _openings(
    text: str, register: RegisterIndex, named: list[tuple[int, int, Entry]]
) -> list[tuple[int, int, Entry]]:
    """A new site the register holds unannounced, told without its name: the note's place
    and a word of opening in one sentence ("our new yard on Sylt opens then", "dann macht unser
    Hof auf Sylt auf"). Not denied ("we're not opening on Sylt") nor already announced, and not
    where the sentence names it (the name is the finding: "the Lisbon base opens soon")."""
    if not register.openings:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    found = []
    for sentence in split_sentences(lowered):
        said = HANDLE.sub(" ", sentence.group())  # "@sylt_rider" says nothing of Sylt
        opening = OPENING_SAID.search(said) or next(
            (
                m
                for m in NEW_SITE_SAID.finditer(said)
                if m.group(1)[:5] in SITE_NOUNS
                or (m.group(0).split()[1][:5] in SITE_NOUNS and len(m.group(0).split()) > 2)
            ),
            None,
        )
        if not opening or ANNOUNCED.search(said):
            continue
        if DENIED_BEFORE.search(said[max(0, opening.start() - 24) : opening.start()]):
            continue
        words = {w[:5] for w in re.findall(r"[^\W\d_]{3,}", said)}
        for places, entry in register.openings:
            if any(
                e.term == entry.term and sentence.start() <= a < sentence.end() for a, _, e in named
            ):
                continue
            if places & words:
                start = _said_start(sentence)
                found.append((start, trim_trailing(text, start, sentence.end()), entry))
                break
    return found


# What anyone may say of a site: that it is open and when, or why it was shut for a day ("the
# Ghent showroom on Veldstraat is open Mon-Sat", "the temporary closure you saw was for a staff
# training day").
PUBLIC_HOURS = gates.needs(
    re.compile(
        r"(?i)\b(?:is|are|'s|stays?|remains?|still) open\b|\bopen(?:ing)? (?:hours|times)\b"
        r"|\bopen (?:daily|every|from|until|till|as usual|7 days|seven days|mon|tue|wed|thu|fri"
        r"|sat|sun)|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:[-\u2013]|to)\s*(?:mon|tue|wed|thu"
        r"|fri|sat|sun)\w*\b|\btemporar\w* clos\w*|\bclosed (?:for|because of|due to|during)"
        r" (?:a |the |our |one )?(?:staff|training|refurb\w*|stocktak\w*|inventory|maintenance"
        r"|bank holiday|public holiday|the holiday|a day|the day|the afternoon|the morning)"
        r"|\b(?:ge\u00f6ffnet|\u00f6ffnungszeiten|hat (?:\w+ )?offen)\b"
    ),
    "open",
    "clos",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "ge\u00f6ffnet",
    "\u00f6ffnungszeiten",
    "offen",
)


def _public_about_a_site(text: str, start: int, end: int, entry: Entry) -> bool:
    """A site whose closure is on the register, said to be open, with its hours, or shut for a
    day in the past: a public fact, not the closure. Not when the words say the closure or hint
    at it ("open until March, between us")."""
    if not EVENT_CLASSES["closure"].search(split_note(entry.note)[0]):
        return False
    sentence = next((m.group() for m in split_sentences(text) if m.start() <= start < m.end()),
                    "")  # fmt: skip
    if not sentence or not gates.search(PUBLIC_HOURS, sentence):
        return False
    lowered = sentence.lower()
    said = text[start:end].lower()
    if EVENT_CLASSES["closure"].search(said) and not TEMPORARY.search(lowered):
        return False  # "the Ghent closure" itself
    return not (FUTURE_GONE.search(lowered) or _hinting(lowered))


# A public status update: what is happening now and being fixed, said to everyone ("we're
# investigating an outage in Lyon this morning", "service is restored", "see our status page").
PUBLIC_STATUS = gates.needs(
    re.compile(
        r"(?i)\bstatus (?:page|site|update)|\bstatus\.\w|\bwe(?:'re| are) (?:currently )?"
        r"(?:investigating|looking into|working on|seeing)\b|\bcurrently (?:investigating"
        r"|experiencing|seeing|down|affected)\b|\b(?:is|are|has been|have been|was) (?:now )?"
        r"(?:resolved|restored|back (?:up|online|to normal))\b|\ball (?:services|systems)"
        r" (?:are )?(?:back|running|operational)\b|\bthis (?:morning|afternoon|evening)\b"
        r"|\bright now\b|\bongoing\b|\bst\u00f6rungsmeldung|\bwir (?:arbeiten|untersuchen)\b"
        r"|\b(?:ist|sind) (?:wieder )?(?:behoben|verf\u00fcgbar|erreichbar)\b"
    ),
    "status",
    "investigat",
    "looking into",
    "working on",
    "seeing",
    "currently",
    "resolved",
    "restored",
    "back",
    "services",
    "systems",
    "this morning",
    "this afternoon",
    "this evening",
    "right now",
    "ongoing",
    "störungsmeldung",
    "wir arbeiten",
    "wir untersuchen",
    "behoben",
    "verfügbar",
    "erreichbar",
)


def _public_status(text: str, start: int, entry: Entry) -> bool:
    """An incident's note matched by what a sentence says (not by its name) in a public status
    update of something happening now: "we're investigating an outage in Lyon this morning"
    is not last October's Lyon incident. A hint or an insider still makes it the item."""
    if not INCIDENT_WORDS.search(split_note(entry.note)[0]):
        return False
    sentence = next((m.group() for m in split_sentences(text) if m.start() <= start < m.end()),
                    "")  # fmt: skip
    if not sentence:
        return False
    if not gates.search(PUBLIC_STATUS, sentence):
        return _public_apology(text, start, sentence)
    return not (_hinting(sentence) or speaks_from_inside(text) or PAST_TIME.search(sentence))


# A public apology to those affected, with what will be done for them (register-v11): "some of
# you had …", "we're sorry — if yours is affected, we'll reprint it for free". It speaks to
# everyone of what everyone saw, past or not; a hint or an insider still makes it the item.
TO_THOSE_AFFECTED = re.compile(
    r"(?i)\b(?:some|those|many|a few) of you\b|\bif (?:yours|your \w+) (?:is|was|are|were)"
    r" (?:one of them|affected)\b|\beinige von (?:ihnen|euch)\b|\bfalls (?:ihr|ihre|dein|deine)"
    r"\w* betroffen\b"
)
APOLOGY = re.compile(
    r"(?i)\b(?:we'?re|we are) (?:so |really |very |truly )?sorry\b|\bwe apologi[sz]e\b"
    r"|\bapologies\b|\bes tut uns leid\b|\bwir entschuldigen uns\b"
)
REMEDY = re.compile(
    r"(?i)\bwe'?ll (?:\w+ )?(?:reprint|replace|refund|remake|reship|resend|repair|redo|credit)"
    r"\b|\bfor free\b|\bfree of charge\b|\bkostenlos\b|\bersetzen\b|\berstatten\b"
)


APOLOGY_CUE = re.compile(r"(?i)sorry|apolog|leid|entschuldig")


@functools.lru_cache(maxsize=64)
def _apologising(text: str) -> bool:
    return APOLOGY_CUE.search(text) is not None


def _public_apology(text: str, start: int, sentence: str) -> bool:
    if not _apologising(text):
        return False
    at = text.find(sentence)
    after = SENTENCE.search(text, at + len(sentence)) if at >= 0 else None
    said = sentence + " " + (after.group() if after else "")
    return bool(
        TO_THOSE_AFFECTED.search(said)
        and APOLOGY.search(said)
        and REMEDY.search(said)
        and not (_hinting(said) or speaks_from_inside(text))
    )


# Said to be temporary ("the temporary closure", "closed for a training day"), not denied so
# ("the Ghent closure isn't temporary").
TEMPORARY = re.compile(
    r"(?<!not )(?<!n't )(?<!n\u2019t )\btemporar\w*|\bclosed (?:for|because of|due to|during)\b"
)


def detect(text: str, register: RegisterIndex) -> list[Hit]:
    hits = []
    handles = [m.span() for m in gates.finditer(SOCIAL_HANDLE, text)]
    # A term inside someone's handle ("@trolley_fan") is their name: nothing is said of it.
    named = [
        (start, end, entry)
        for start, end, entry in register.find(text)
        if entry.category in HOST_CATEGORIES or not any(a <= start and end <= b for a, b in handles)
    ]
    # A word of the register used ordinarily ("the Wagtail pub", "8861 was my house number").
    # A tool's name with a part of a tool after it ("your Meadowline password") is the tool's:
    # not asked of the sense head, whose sentence may be all about something else (session 28).
    tools = [m for m in named if _tool_part_after(text, m[1], m[2])]
    kept = without_ordinary_uses(text, [m for m in named if m not in tools], note_meaning)
    named = [m for m in named if m in tools or m in kept]  # in the order found
    named = [(s, e, entry) for s, e, entry in named if not _name_given(text, s, e)]
    lowered = text.lower()
    disowning = any(cue in lowered for cue in NOT_OURS_CUES)
    if disowning:
        named = [m for m in named if not _disowned(text, *m, register)]
    found = named + _hints(text, register, named) + _paraphrases(text, register)
    found += _euphemisms(text, register) + _described(text, register)
    found += _internal_described(text, register) + _named_deals(text, register)
    found += _reordered(text, register) + _closings(text, register)
    found += _openings(text, register, named)
    found += _nouns_reordered(text, register)
    found += _launches(text, register) + _timed(text, register) + _batch_swaps(text, register)
    found += _rises_told(text, register) + _told_across(text, register)
    found += _half_named(text, register) + _complained_of(text, register)
    found += _note_phrases(text, register) + _shortened(text, register)
    found += _disclosed(text, register) + _german_disclosed(text, register)
    found += _german_place_incident(text, register)
    found += _elaborations(text, named)
    for start, end, entry in found:
        if entry.category not in HOST_CATEGORIES and any(
            a <= start and end <= b for a, b in handles
        ):
            continue  # "@hatchway-fan.bsky.social" is someone's account, not the tool
        if _public_about_a_site(text, start, end, entry):
            continue
        if (start, end, entry) not in named and (
            _public_status(text, start, entry)
            or (disowning and _disowned(text, start, end, entry, register))
        ):
            continue
        hits.append(finding(text, start, end, entry))
    return hits


# The register's word given as someone's or something's name, or as a word's meaning (session
# 24): "your bunny's name is Biscuit", "the Thistle family", "„Sternschnuppe" war der Name der
# Kinderbuchfigur", ""Hillcrest" in my username", ""Wegweiser" in German means signpost",
# "that's exactly what my husband calls our tub", "hieß der Wohnwagen nur noch „Igelbau"".
NAME_GIVEN_BEFORE = re.compile(
    r"(?i)(?:\b(?:name|nickname|surname|username)(?:'s| is| was)"
    r"|\bhie(?:\u00df|ss) [^.!?\n]{0,40}\bnur noch)\s*[\"'\u201c\u201e\u2018\u00bb]?$"
)
NAME_GIVEN_AFTER = re.compile(
    r"(?i)[\"'\u201c\u201d\u2019\u00ab]?\s*(?:famil(?:y|ies)\b|in (?:my|his|her|their|your)"
    r" (?:user ?name|handle|nick(?:name)?)\b|in [a-z]+ (?:means|bedeutet)\b"
    r"|(?:was|is|war|ist) (?:the|der|die|ein|eine) name\b)"
    r"|[^.!\n]{0,24}?\b(?:that'?s|those are|it'?s|is|was) (?:exactly |just |only )*what (?:my"
    r"|his|her|their|one of|some|people|everyone)\b[^.!?\n]{0,40}\bcalls?\b"
)
NAME_GIVEN_CUES = ("name", "famil", "hie", "calls", "means", "bedeutet")


def _name_given(text: str, start: int, end: int) -> bool:
    """Whether the register's word is given here as someone's name or a word's meaning, in a
    sentence that says nothing internal and hints at nothing (`NAME_GIVEN_BEFORE`/`_AFTER`)."""
    around = text[max(0, start - 60) : end + 100].lower()
    if not any(cue in around for cue in NAME_GIVEN_CUES):
        return False
    if not (
        NAME_GIVEN_BEFORE.search(text, max(0, start - 60), start)
        or NAME_GIVEN_AFTER.match(text, end)
    ):
        return False
    sentence = text[slice(*sentence_bounds(text, start, end, lookback=200))]
    return not (INTERNAL_SAID.search(sentence) or _hinting(sentence))


def _disowned(text: str, start: int, end: int, entry: Entry, register: RegisterIndex) -> bool:
    """The thing the register's words name is said to be someone else's ("the Reef Pro is a
    thing… from another brand", "the "Duo" deal you saw is a trial promo, not an Acmeworks
    plan", "isn't ours"), in a sentence that says nothing of the item's note, hints at nothing
    and does not say "internal"."""
    begins, stops = sentence_bounds(text, start, end, lookback=200)
    lowered = text[begins:stops].casefold()
    if not (
        any(cue in lowered for cue in NOT_OURS_CUES)
        and (
            NOT_OURS.search(lowered)
            or any(
                m.group(1).casefold()[:5] in register.public - {entry.squashed[:5]}
                # the name itself or a compound made with it ("kein Musterwerk-Produkt"), not
                # a German noun that begins like it ("keine Firmenkurse", session 23)
                and (
                    m.group(1).casefold() in register.public_whole
                    or text[m.end(1) : m.end(1) + 1] == "-"
                )
                for m in DISOWNED_NAME.finditer(text, begins, stops)
            )
        )
    ):
        return False
    sentence = _sentence_around(text, start, end)
    return not (
        INTERNAL_SAID.search(sentence)
        or (entry.context and _speaks_of(sentence, entry))
        or _hinting(sentence)
    )


def finding(text: str, start: int, end: int, entry: Entry) -> Hit:
    """The register's finding of text[start:end], said of `entry`; words that are the term
    itself are not said to match it ("“Bluefin” matches “Bluefin”", qa-v21)."""
    why = Phrase(CATEGORY_WHY.get(entry.category, CATEGORY_WHY["other"]))
    words, term = text[start:end], entry.term
    # a note's own full stop would read "(unannounced.). It must…"
    note = {"note": entry.note.rstrip(" .")} if entry.note.rstrip(" .") else {}
    if words.casefold() == term.casefold():  # the term (its `term` names it to reports)
        msgid = (
            gettext_noop("“%(term)s” is on the confidential register: %(why)s (%(note)s). "
                         "It must not appear in public.")
            if note
            else gettext_noop("“%(term)s” is on the confidential register: %(why)s. It must "
                              "not appear in public.")
        )  # fmt: skip
        message = Phrase(msgid, term=term, why=why, **note)
    else:
        msgid = (
            gettext_noop("“%(words)s” matches “%(term)s” on the confidential register: "
                         "%(why)s (%(note)s). It must not appear in public.")
            if note
            else gettext_noop("“%(words)s” matches “%(term)s” on the confidential "
                              "register: %(why)s. It must not appear in public.")
        )  # fmt: skip
        message = Phrase(msgid, words=words, term=term, why=why, **note)
    suggestion = Phrase(SUGGESTIONS.get(entry.category, SUGGESTIONS["other"]))
    return Hit(KIND, start, end, message, suggestion)


def publicly_said(text: str, start: int, end: int, entry: Entry) -> bool:
    """What detect() passes of a finding that does not name the item: said of a public site's
    hours or state, or a public status."""
    return _public_about_a_site(text, start, end, entry) or _public_status(text, start, entry)


# --- More kinds of text (precise-v6, issue 13) ----------------------------------------------

# A unit after a number makes it a quantity: "5038 nm", "5,038 nautical miles", "2160 kcal".
UNIT_AFTER = re.compile(
    r"\s?(?:nm|nmi|nautical|km|kms|mi|miles?|m|metres?|meters?|ft|feet|kg|g|lbs?|kcal|cal"
    r"|%|kwh|kw|w|mah|v|hours?|hrs?|days?|weeks?|years?|people|customers|users|times|steps"
    r"|points|euros?|pounds?|dollars?|views|likes|followers|members|downloads)\b",
    re.IGNORECASE,
)
# A number said to be a count: "5038 is the number of …", "5038 was our total for May", "5038
# ist die Zahl der …".
COUNT_AFTER = re.compile(
    r"(?i)\s+(?:is|was|are|were|ist|war|waren)\s+(?:just |simply |only |roughly |about |exactly"
    r" |nur |einfach |genau )?(?:the |our |that |die |unsere |der )?(?:total |overall |gesamte? )?"
    r"(?:number|count|total|tally|amount|figure|sum|anzahl|zahl|summe|gesamtzahl)\b"
)
# A number named as an affair ("the 7758 mess", "that 4410 fiasco", "der 3355-Vorfall").
AFFAIR_BEFORE = re.compile(
    r"(?i)\b(?:the|that|this|der|die|das|den|dem|vom|zum|beim|diese[mnrs]?)\s+$"
)
AFFAIR_AFTER = re.compile(
    r"(?i)[\s-]*(?:mess|fiasco|saga|debacle|snafu|incident|outage|drama|affair|palaver"
    r"|kerfuffle|disaster|thing|business|episode|vorfall|panne|geschichte|sache|chaos)\b"
)
# A number said as a phone line, for a note of a line: redirected, forwarded, rings, picks up.
LINE_NOTE = re.compile(r"(?i)\b(?:line|extension|durchwahl|nebenstelle|phone|telefon\w*)\b")
LINE_SAID = re.compile(
    r"\b(?:redirect\w*|forward\w*|divert\w*|rerout\w*|rings?|ringing|picks? up|answer\w*"
    r"|umgeleitet|weitergeleitet|umgestellt|erreichbar|rangeht|geht keiner ran|klingelt"
    r"|anrufen|ruf\w*)\b"
)  # searched in lower-cased text (_sentence_around)
# Said to be a name: "unter dem Namen Cumulus", "a product called Cumulus", "codenamed Cumulus".
NAMED_AS_BEFORE = re.compile(
    r"(?i)\b(?:(?:under )?the name|unter dem namen|namens|genannt|named|called|code-?named"
    r"|dubbed|intern hei(?:\u00df|ss)t (?:(?:der|die|das) [\w-]{3,}|das|es|er|sie)"
    r"|hei(?:\u00df|ss)t (?:(?:der|die|das) [\w-]{3,}|das|es|er|sie) intern)"
    r"\s+[\"'\u201c\u201e]?$"
)
# A note that says the item is a tool or system: its name before "login", "admin", "queue" is
# the tool, even first in a sentence, where a capital proves nothing.
SYSTEM_NOTE = re.compile(
    r"(?i)\b(?:tools?|system|console|dashboard|database|platform|portal|crm|queue|back-?office"
    r"|back-?end|engine|software|admin|app|intranet|wiki|tracker|workflow)\b"
    # German writes the kind of tool as the head of a compound (session 37): "internes
    # Ticketsystem", "Fallverwaltungs- und Auswertungstool", "Einsatzplanungssystem".
    r"|\b[a-z\u00e4\u00f6\u00fc\u00df]{3,}(?:system|tool|datenbank|plattform|portal|software)e?\b"
)
SYSTEM_WORD_AFTER = re.compile(
    r"(?i)(?:[ -][\w-]+)?[ -](?:log-?in|logon|sign-?in|password|passwort|credentials|account"
    r"|admin|console|queue|dashboard|access|backend|back-?end|instance|server|export|screen"
    r"|entry|record|zugang|konto|anmeldung|zugangsdaten)\b"
)
# What people say of a system they use: it is down, slow, they log in to it.
SYSTEM_STATUS = re.compile(
    r"\b(?:down|offline|not loading|won'?t load|crash\w*|frozen|timing out|log(?:ged)? ?in"
    r"|password|access|admin|reset|queue|dashboard|console|ticket|tickets|locked|unlock\w*"
    r"|account|accounts)\b"
)  # searched in lower-cased text (_sentence_around)
# A German compound with the name first: "Plover-Einführung", "Adler-Bahn".
GERMAN_COMPOUND_AFTER = re.compile(r"-[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{2,}")
# A title in quotes followed by its author: "„Plover“ von Kettcar", "'Plover' by Someone".
TITLE_BEFORE = re.compile(r"[\"'\u201c\u201e\u2018\u00ab]$")
TITLE_AFTER = re.compile(r"[\"'\u201c\u201d\u2019\u00bb]\s+(?:by|von|de|di|van)\s+[A-Z]")
# An object pronoun after the word makes it a verb: "Cumulus it", "Plover them".
OBJECT_AFTER = re.compile(r" (?:it|them|me|us)\b(?! is\b| was\b)")
# What a variant says happened, by kind: a variant retold ("the fuel … in Corfu") must say it
# too, in any words of its kind ("ruined three engines" for "mix-up"), or it is the place or the
# product spoken of ordinarily ("the fuel dock in Corfu closes at 19:00").
EVENT_CLASSES = {
    "incident": re.compile(
        INCIDENT_WORDS.pattern
        + r"|(?i:\b(?:ruin\w*|damag\w*|wreck\w*|destroy\w*|contaminat\w*|seized|botched|leak\w*"
        r"|burst\w*|injur\w*|went wrong|screwed up|police|fraud\w*|stolen|theft|drain\w*"
        # An affair not named: "the Bronx badge thing".
        r"|thing|mess|saga|fiasco|debacle|affair|episode|drama|snafu|scandal|kerfuffle)\b)"
    ),
    "closure": re.compile(
        r"(?i)\b(?:clos(?:e|es|ed|ing|ure)|shut\w*|wind(?:ing)?[- ]?down|wound down"
        r"|schlie\u00df\w*)\b"
    ),
    "recall": re.compile(
        r"(?i)\b(?:recall\w*|withdraw\w*|pull\w*|swap\w*|replac\w*|r\u00fcckruf\w*)\b"
    ),
    "price": re.compile(r"(?i)\b(?:price\w*|pricing|rise|increase\w*|hike\w*|preis\w*)\b"),
}
GENERIC_ITEM_WORDS = frozenset(
    (
        "ticket", "incid", "inter", "engin", "issue", "probl", "custo", "price", "prici",
        "incre", "tier", "deal", "contr", "proje", "launc", "exten", "batch", "unann", "recal",
        "withd", "failu", "thing", "list", "tool", "board", "about",
    )
)  # fmt: skip
# What a draft calls an affair it will not name: "the fuel thing", "the depot mess".
# Not "a": "it's a Corran thing" is what the place is like, not an affair everyone knows of.
VAGUE_AFFAIR = re.compile(  # searched in lower-cased text
    r"\b(?:the|that|this|our|their)\s+(?P<word>[a-z\u00e0-\u00ff][\w-]{3,}"
    r"(?:\s+[a-z\u00e0-\u00ff][\w-]{3,})?)\s+"
    r"(?:thing|things|mess|business|saga|fiasco|debacle|affair|episode|drama|palaver|snafu"
    r"|scandal|disaster|screw-?up|cock-?up|nonsense|stuff|kerfuffle)\b"
)
# An affair named by its thing after "the thing with": "das mit dem Kühlraum", "die Sache mit
# der Charge", "that business with the kiln" (searched in lower-cased text).
THING_WITH = re.compile(
    r"\b(?:das|die sache|die geschichte|der vorfall|die panne|(?:das|dem|diese[ms]?) ding"
    r"|the thing|that thing|the business"
    r"|that business|the whole thing|that whole thing|the episode|that episode)"
    r" (?:mit|with|about|around) (?:dem|der|den|the|our|that|those) (?P<word>[^\W\d_][\w-]{3,})"
)
THING_WITH_CUES = ("das mit", "sache mit", "geschichte mit", "vorfall mit", "panne mit", "ding mit",
                   "thing with", "business with", "thing about", "episode with")  # fmt: skip
# The beginnings of words that say something went wrong.
MISHAP_STARTS = (
    "leak", "burst", "fail", "fault", "broke", "crash", "contam", "breac", "flood", "outag",
    "mixup", "mix-u", "spill", "fire", "injur", "ruine", "damag", "stole", "theft",
)  # fmt: skip
WORD = re.compile(r"[^\W\d_]{4,}")
MISHAP_ANYWHERE = re.compile(
    r"leak|burst|fail|fault|broke|crash|contam|breac|flood|outag|mixup|mix-u|spill|fire|injur"
    r"|ruine|damag|stole|theft"
)
VAGUE_NOUNS = (
    "thing", "mess", "business", "saga", "fiasco", "debacle", "affair", "episode", "drama",
    "palaver", "snafu", "scandal", "disaster", "screw", "cock", "nonsense", "stuff", "kerfuffle",
)  # fmt: skip


def _event_said(sentence: str, name: str) -> bool:
    """A word of the event's kind, not denied: "we're not closing down Aveiro" says no closure."""
    matches = EVENT_CLASSES[name].finditer(sentence)
    if name == "incident":
        matches = itertools.chain(matches, INCIDENT_COMPOUND.finditer(sentence))
    return any(
        not DENIED_BEFORE.search(sentence, max(0, match.start() - 24), match.start())
        for match in matches
    )


def _says_the_event(sentence: str, entry: Entry, said: frozenset[str] = frozenset()) -> bool:
    """A retold variant says what its variant says happened, if it says anything happened, or
    says two more things its note says than the variant's own words (`said`): "the array is
    losing customer backups … in PT" for "the PT array issue", note "a storage array in
    Lisbon lost customer backups"."""
    if all(_event_said(sentence, name) for name in entry.events):
        return True
    return len(note_concepts(entry.note) & concepts(sentence) - said) >= 2


def _clauses_of(
    text: str, sentence: re.Match[str], name_at: int, others: frozenset[str], entry: Entry
) -> tuple[int, int, Entry]:
    """From the clause of the name to the clause of the last word of the variant said with it:
    "booking Dunmore for 2028, the campus is closing end of next year" is one finding."""
    start, end = _clause(text, sentence.start() + name_at)
    for word in WORD.finditer(sentence.group()):
        if word.group().casefold()[:5] in others:
            a, b = _clause(text, sentence.start() + word.start())
            start, end = min(start, a), max(end, b)
    return start, end, entry


# Common nouns a register item's name may end in and a draft may describe it by. Not "tool",
# "line", "range" or "board": they are said of public things too ("the porting tool", "the
# kids' range we sell today").
ITEM_HEADS = frozenset(("list", "cohort", "batch"))
DESCRIBED = re.compile(
    r"(?i)\b(?:the|our|that|this|their)\s+(?P<words>(?:[a-z\u00e0-\u00ff][\w-]{3,}\s+){1,2})"
    r"(?P<head>list|cohort|batch)\b"
)


def _described(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An item described by its note's words and its own noun: "you're on the barred list"
    for "Bittern list" (note "internal list of customers barred from bookings")."""
    lowered = text.lower()
    if not register.heads or not any(head in lowered for head in ITEM_HEADS):
        return []
    found = []
    for match in DESCRIBED.finditer(text):
        head = match.group("head").casefold()
        prefixes = {w[:5] for w in re.findall(r"[a-z]{4,}", match.group("words").casefold())}
        for noun, words, entry in register.heads:
            if noun == head and prefixes and prefixes <= words:
                found.append((match.start(), match.end(), entry))
                break
    return found


# An internal thing described by the words of its note: "an internal abuse guideline that gets
# miners suspended" for "RUL-3107" (note "internal abuse guideline: …"), "die interne Sperrliste".
INTERNAL_THING = re.compile(
    r"(?i)\b(?:an?|the|our|their|this|that|some|ein\w*|die|der|das|unser\w*)\s+"
    r"(?:internal|interne\w*)\s+(?P<words>(?:[^\W\d_][\w-]*\s+){1,3}?)"
    r"(?P<head>tool|system|list|watchlist|dashboard|console|database|queue|app|platform|tracker"
    r"|guideline|rule|werkzeug|liste|richtlinie|regel)\b"
    # Or the noun first: "an internal list of crypto-mining accounts".
    r"|\b(?:an?|the|our|their|this|that|some|ein\w*|die|der|das|unser\w*)\s+"
    r"(?:internal|interne\w*)\s+(?P<head2>tool|system|list|watchlist|dashboard|console|database"
    r"|queue|tracker|guideline|liste|richtlinie)\s+(?:of|for|on|with|von|f\u00fcr|mit|zu)\s+"
    r"(?P<words2>(?:[^\W\d_][\w-]*[\s.,]*){1,3})"
)


def _internal_described(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    if "ntern" not in text:
        return []
    found = []
    for match in INTERNAL_THING.finditer(text):
        said = match.group("head") or match.group("head2")
        head = concepts(said) or {said.casefold()[:5]}
        words = concepts(match.group("words") or match.group("words2"))
        for entry in register.entries:
            meant = note_concepts(entry.note)
            if head <= meant and words & meant - head:
                found.append((match.start(), match.end(), entry))
                break
    return found


# A deal named by a name from its note: "the Danish deal", "the Danish takeover" for a note
# "acquisition talks with a Danish hosting provider".
NAMED_DEAL = re.compile(
    r"\b(?P<name>[A-Z][a-z\u00e0-\u00ff]{3,})[ -](?P<word>[a-z\u00e0-\u00ff]{3,})\b"
)
DEAL_CONCEPTS = frozenset(("deal", "talks", "takeover"))


def _named_deals(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    found = []
    for match in gates.finditer(NAMED_DEAL, text):
        if not concepts(match.group("word")) & DEAL_CONCEPTS:
            continue
        name = match.group("name").casefold()[:5]
        if name in register.public:
            continue
        for entry in register.entries:
            if name in note_names(entry.note) and note_concepts(entry.note) & DEAL_CONCEPTS:
                found.append((match.start(), match.end(), entry))
                break
    return found


# A sentence that says a name is meant (register-v11): "it's being called Atelier something
# internally", "the working title is …", "Projektname war irgendwas mit …" (lower-cased text).
NAME_MEANT = re.compile(
    r"\b(?:called|known as|named|dubbed|referred to as|goes by)\b[^.!?\n]{0,40}\binternal(?:ly)?"
    r"\b|\binternally (?:it'?s |we )?(?:called|known as|named|call(?:ing)? it)\b"
    r"|\b(?:internal|working|project|code) ?(?:name|title)\b|\bcode-?named\b|\bprojektname\b"
    r"|\barbeitstitel\b|\bcodename\b|\bintern (?:hei(?:\u00df|ss)t|genannt|nennen)\b"
    r"|\bhei(?:\u00df|ss)t (?:es |das )?intern\b"
)
NAME_MEANT_CUES = ("intern", "name", "title", "titel", "named")


def _half_named(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An item told by one word of its name where a sentence says a name is meant: "there's
    going to be a tier above Plus for pros. It's being called Atelier something internally" for
    "Atelier Max" (note "unannounced subscription tier …"). The sentence before belongs to the
    finding when it says a word of the note."""
    if not (register.halves or register.named_halves):
        return []
    lowered = text.lower()
    if not any(cue in lowered for cue in NAME_MEANT_CUES) or not NAME_MEANT.search(lowered):
        return []
    found = []
    sentences = list(split_sentences(text))
    for at, sentence in enumerate(sentences):
        if not NAME_MEANT.search(sentence.group().lower()):
            continue
        for word, entry, named in [
            *((w, e, False) for w, e in register.halves),
            *((w, e, True) for w, e in register.named_halves),
        ]:
            said = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence.group())
            if not said or (
                named
                and not NAMED_AS_BEFORE.search(
                    text,
                    max(0, sentence.start() + said.start() - 60),
                    sentence.start() + said.start(),
                )
            ):
                continue
            first = sentence
            if at > 0:
                before = sentences[at - 1].group()
                words = {w[:5] for w in re.findall(r"[a-z]{4,}", before.casefold())}
                meant = note_concepts(entry.note) - register.public
                if context_prefixes(entry.context) & words or meant & concepts(before):
                    first = sentences[at - 1]
            start = first.start() + len(first.group()) - len(first.group().lstrip())
            found.append((start, trim_trailing(text, start, sentence.end()), entry))
            break
    return found


# An incident's affair named by two words of it and what people do about it (register-v11):
# "the shared-folder complaints", "the double-charge claims", "those late-refund cases".
COMPLAINED = re.compile(  # searched in lower-cased text
    r"\b(?:the|that|those|these|this|our|their|all the)\s+(?P<a>[a-z][a-z]{3,})(?:-|\s+)"
    r"(?P<b>[a-z]{4,})\s+(?:complaints?|claims|cases|refunds|compensation|payouts)\b"
)
# Not "the card-payment problem": support names public problems so every day.
COMPLAINED_CUES = ("complain", "claims", "cases", "refunds", "compensation", "payouts")


def _complained_of(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    if not register.incidents:
        return []
    lowered = text.lower()
    if len(lowered) != len(text) or not any(cue in lowered for cue in COMPLAINED_CUES):
        return []
    found = []
    for match in COMPLAINED.finditer(lowered):
        said = {match.group("a")[:5], match.group("b")[:5]}
        if said <= register.public | GENERIC_ITEM_WORDS or len(said) < 2:
            continue
        for words, _, entry in register.incidents:
            if said <= words - register.public:
                found.append((match.start(), match.end(), entry))
                break
    return found


PLAIN_WORD = re.compile(r"[a-z]{4,}")
# One customer's own case ("we'll replace your frother; the heating element on yours has
# failed") is not the incident retold.
YOURS = re.compile(r"(?i)\b(?:your|yours|ihr|ihre|dein|deine)\b")
OUR_MISTAKE = re.compile(r"(?i)\b(?:mistake|blunder|slip-?up|screw-?up|our bad|versehen)\b")


def _note_phrases(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An incident told by two phrases of its own, said as something that went wrong: "the
    location data in shared folders … it was our fault", note "shared-folder links exposed
    photo location data" (register-v11). A sentence retells the note's pairs of words
    ("location data", "shared folder") without most of its other words."""
    if not register.incidents:
        return []
    # The whole text first: a sentence holds no more of a note's pairs than the text does.
    everywhere = set(itertools.pairwise([w[:5] for w in PLAIN_WORD.findall(text.casefold())]))
    candidates = [
        (note_pairs, entry)
        for _, note_pairs, entry in register.incidents
        if len(everywhere & note_pairs) >= 2
    ]
    if not candidates:
        return []
    found = []
    for sentence in split_sentences(text):
        said = sentence.group()
        tokens = [w[:5] for w in PLAIN_WORD.findall(said.casefold())]
        if len(tokens) < 4:
            continue
        pairs = set(itertools.pairwise(tokens))
        for note_pairs, entry in candidates:
            shared = {
                pair
                for pair in pairs & note_pairs
                if not set(pair) & (register.public | GENERIC_ITEM_WORDS) and pair[0] != pair[1]
            }
            if len(shared) < 2 or len({w for pair in shared for w in pair}) < 4:
                continue
            if (
                HYPOTHETICAL.search(said)
                or YOURS.search(said)
                or not (
                    INCIDENT_WORDS.search(said)
                    or concepts(said) & WENT_WRONG
                    or OUR_MISTAKE.search(said)
                )
            ):
                continue
            start = sentence.start() + len(said) - len(said.lstrip())
            found.append((start, trim_trailing(text, start, sentence.end()), entry))
            break
    return found


def _euphemisms(text: str, register: RegisterIndex) -> list[tuple[int, int, Entry]]:
    """An incident named by a word of its own and a vague noun ("the fuel thing", "the burst
    thing", "the depot mess"), or two of its words joined anew ("the leaked-test cohort", note
    "entry-test answer key leaked"): one of them must say something went wrong."""
    if not register.incidents:
        return []
    found = []
    lowered = text.lower()
    vague = any(noun in lowered for noun in VAGUE_NOUNS)
    same = len(lowered) == len(text)
    for match in gates.finditer(VAGUE_AFFAIR, lowered) if vague and same else ():
        word = match.group("word").casefold()
        prefixes = {part[:5] for part in re.findall(r"[a-z]{4,}", word)}
        for words, _, entry in register.incidents:
            if prefixes and prefixes <= words:
                found.append((match.start(), match.end(), entry))
                break
    with_thing = same and any(cue in lowered for cue in THING_WITH_CUES)
    for match in THING_WITH.finditer(lowered) if with_thing else ():
        word = match.group("word").translate(FOLD)[:5]
        for words, _, entry in register.incidents:
            if word in words and word not in GENERIC_ITEM_WORDS | register.public:
                found.append((match.start(), match.end(), entry))
                break
    if len(lowered) != len(text):
        return found
    tokens: list[tuple[int, int, str]] = []
    for mishap in gates.finditer(MISHAP_ANYWHERE, lowered):
        # Only the words around a mishap word can pair with it.
        around = WORD.finditer(lowered, max(0, mishap.start() - 40), mishap.end() + 40)
        tokens += [
            (m.start(), m.end(), m.group())
            for m in around
            if m.end() > (tokens[-1][1] if tokens else -1)
        ]
    for (a, _, whole), (_, b, other) in itertools.pairwise(tokens):
        if not (whole.startswith(MISHAP_STARTS) or other.startswith(MISHAP_STARTS)):
            continue
        first, second = whole[:5], other[:5]
        between = text[a:b]
        if re.search(r"[.,;:!?\n]", between) or len(between.split()) > 2:
            continue
        for words, pairs, entry in register.incidents:
            if first in words and second in words and (first, second) not in pairs:
                found.append((a, b, entry))
                break
    return found

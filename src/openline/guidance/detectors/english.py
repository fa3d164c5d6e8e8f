"""English wording families: legal risk and hostile tone by the shape of what is said (issue 13).

language.py keeps the older English phrase tables; these are families written from how people in
any trade say the same thing, each a shape rather than one sentence:

* legal risk — a promise to pay costs no policy covers ("we'll cover your physio and the days
  off work", "send us the invoices and we'll pay them"), refunds and gifts beyond any policy
  ("refund the last six months", "free for life", "even though it's past the 30 days"), a
  guaranteed outcome of a claim ("your appeal will definitely succeed", "you'd win easily"),
  admissions that harm came from us or that a danger was known ("that's why you ended up in
  hospital, that's on us", "a known safety defect", "we knew and sold them anyway"), guesses
  about regulators and courts ("the regulator will almost certainly fine us", "legal think we'd
  lose") and settlement or concealment tactics ("offer them £500 if they drop it", "don't put
  anything in writing", "let's keep it in the team");
* hostile tone — mock praise after the reader's mistake ("Groundbreaking.", "Bold plan. Very
  bold."), "it's an X, not a Y" put-downs, offers to explain slowly, counting the reader's
  messages ("your fifth email this week", "we've said it a hundred times"), dismissal ("please
  stop asking", "Fine. Whatever."), counterfactual blame ("if you'd read the email, we wouldn't
  be here"), condescending pet names, mockery of groups ("some people clearly have too much
  time").

Each family has trigger words: the family's pattern runs only when the lower-cased text holds
one, so a draft without them pays one substring test per family. Near-misses stay clean by
guards, not by longer patterns: harm and danger need a harm word in the sentence (owning a late
parcel is clean; owning a burn is not), a guaranteed outcome needs a word of certainty, a
put-down needs a reader (not the company's joke about itself), and quoted text ("> …", "…")
is not the writer's. Nothing here names a company: the company's own name comes in as
`names`, from configuration."""

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import openline.guidance.detectors.gates as gates
import openline.guidance.detectors.starts as starts
from openline.guidance.detectors.tone_cues import READER
from openline.language.spans import STOPS, sentence_around, sentence_bounds


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # "legal_risk" or "hostile_tone"
    key: str  # which message (language.py maps it)
    start: int
    end: int


# --- Sentences and guards -------------------------------------------------------------------

_SENTENCE_END = STOPS
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def _sentence(text: str, start: int, end: int) -> str:
    return sentence_around(text, start, end, stops=_SENTENCE_END, lookback=250, with_stop=True)


# Words of harm or loss to someone: owning one of these is a liability, owning a slip (a late
# parcel, staff off sick, a team short "because of illness") is not.
_HARM_WORDS = (
    r"injur\w*|hurt|burn\w*|hospital|a&e|(?<!because of )(?<!due to )(?<!staff )illness"
    r"|(?<!off )sick|(?<!off )ill|rash\w*|reaction"
    r"|poison\w*|asthma|fractur\w*|fell|fall|foot|leg|arm|damage\w*|fire|flood\w*"
    r"|leak\w*|breach\w*|stolen|theft|fraud\w*|scam\w*|lost|loss|losses|bricked|infection|mould"
    r"|mold|allerg\w*|bleed\w*|died|death|wages|income|break-in|burglar\w*|broken into"
    r"|shatter\w*|shock|electrocut\w*|every penny|misdiagnos\w*|overdos\w*"
    r"|overheat\w*|scorch\w*|melt\w*|explod\w*|caught fire|sparks?|poisoning"
    # "a faint mark", "the faint line": the adjective, not fainting (session 36)
    r"|emergency|vet|hypo|seizure|(?<!\ba )(?<!\bthe )(?<!\bvery )faint\w*"
    r"|collaps\w*|crush\w*|chok\w*|concuss\w*|wound\w*|stitches|ambulance"
    r"|wrong (?:strength|dose|dosage|medicine)|contaminat\w*|bitten|ruined|exposed|exposure"
    r"|hives|blisters|eczema"
)
_HARM = re.compile(rf"\b(?:{_HARM_WORDS})\b")
# Danger: harm, or a fault that can cause it.
_DANGER = re.compile(
    rf"\b(?:{_HARM_WORDS}|unsafe|danger\w*|faulty|defect\w*|crack\w*|snap\w*|loose|fail\w*"
    r"|slip\w*|corrupt\w*|hazard\w*|risk\w*|brakes?|alarms?|never (?:really )?worked|bug"
    r"|security|safety|broken|worn|mould|deathtrap|detectors?|smoke|extinguish\w*|sprinklers?"
    r"|carbon monoxide|railings?|harness\w*|seatbelts?|(?:isn't|aren't|not) safe"
    r"|(?:not|n't) fit for purpose|emergency)\b"
)
_EMPATHY = re.compile(
    r"\b(?:annoyed|frustrat\w*|fair|sorry|apolog\w*|understand|i know|right that|our side"
    r"|our end|bug)\b"
)
_CERTAIN = re.compile(
    r"\b(?:definitely|certainly|for sure|100\s?%|guarantee\w*|promise|make sure|made sure"
    r"|easily|absolutely|no doubt|sign it off|put money on it|see to it|i'll make sure)\b"
    r"|\b100\s?%(?!\w)"
)
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself|op|people|folks|some of you)\b")
_SELF_IRONY = re.compile(
    r"\b(?:we (?:did|do|really) try|we tried|we wish|i wish|sadly|alas|unfortunately|our bad"
    r"|we know,? we know)\b|[\U0001F605\U0001F648\U0001F926]"
)
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n't|\bno|\bnever|\bnor)(?:\s+(?:a|an|the|at all|really|just|simply|your|any"
    r"|that|even))*\s*$"
)
# A payment or gift refused is no promise: "I'm not able to refund the whole month", "I can't
# offer a refund for the last year", and in the passive "worked hours can't be refunded, even
# if …" (session 36: a firm refusal read as a refund beyond policy).
_REFUSED_BEFORE = re.compile(
    r"(?:\bcan't|\bcannot|\bcan not|\bnot able to|\bunable to|\bwon't be able to|\bnot allowed to"
    r"|\bnot possible to|\bwon't|\bwill not)(?: (?:offer|give|issue|process|approve|authori[sz]e"
    r"|arrange|agree to|do)(?: you)?(?: an?| the| any)?| be)? $"
)
_ASKED_BEFORE = re.compile(
    r"\b(?:asked|ask|asking|wondered|wondering|wonder)(?: (?:me|us|them|him|her))?"
    r" (?:whether|if) [^.!?\n]{0,40}$"
)


def danger_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] speaks of harm, loss or danger."""
    return bool(_DANGER.search(_sentence(text.lower(), start, end)))


_HANDLE_BEFORE = re.compile(r"@[\w.-]*$")


# Harm denied by its subject: "nobody lost out", "no one was hurt", "nothing was damaged"
# (session 36: an outage owned with "so nobody lost out. That's on us." read as harm owned).
_NOBODY_BEFORE = re.compile(
    r"\b(?:nobody|no one|no-one|nothing|none of (?:the|your|our) \w+)(?:'s)?"
    r"(?: (?:was|were|got|has|have|had|been|is|are|actually|really|ever|seriously|badly))*\s+$"
)


def _harm_word(text: str, start: int = 0, end: int | None = None) -> bool:
    """A word of harm in text[start:end], not inside a handle ("@burnbetter_" names someone)
    nor denied by its subject ("nobody was hurt")."""
    return any(
        not _HANDLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _NOBODY_BEFORE.search(text, max(0, m.start() - 50), m.start())
        for m in _HARM.finditer(text, start, len(text) if end is None else end)
    )


def _harm(text: str, start: int, end: int) -> bool:
    """Harm in the sentence, or told just before it ("…the dog slipped its lead. That's on
    us.")."""
    return _harm_word(text, max(0, start - 200), start) or _harm_word(_sentence(text, start, end))


_UNCERTAIN = re.compile(
    r"\b(?:can't|cannot|can not|won't|couldn't|not able to|unable to|don't|do not)"
    r" (?:\w+ )?(?:promise|guarantee|say for sure|be sure)|\bno guarantee"
)


def _certain(text: str, start: int, end: int) -> bool:
    sentence = _sentence(text, start, end)
    return bool(_CERTAIN.search(sentence)) and not _UNCERTAIN.search(sentence)


_CLAIMED = re.compile(
    r"\b(?:claim\w*|complain\w*|compensation|payout|sue|suing|court|lawyer\w*|solicitor\w*"
    r"|chargeback|appeal|refund|push for|ask for|lost|wages|income|flights|rent|back from us"
    r"|guarantee\w*)\b"
)
_BY_RULE = re.compile(
    r"\b(?:eu261|uk261|under (?:the|our) (?:policy|rules|terms|regulation)|entitled|applies"
    r"|within \d+ (?:working )?days)\b"
)


def _claimed(text: str, start: int, end: int) -> bool:
    """A promised win or payout of a claim, not what a rule grants ("you'll get €400 under
    EU261")."""
    sentence = _sentence(text, start, end)
    return bool(_CLAIMED.search(sentence)) and not _BY_RULE.search(sentence)


def _at_reader(text: str, start: int, end: int) -> bool:
    """A put-down needs a reader: "you" in the sentence or just before, not a joke about us."""
    near = text[max(0, start - 200) : end + 80]
    return bool(_YOU.search(near)) and not _SELF_IRONY.search(_sentence(text, start, end + 40))


def _statement(text: str, start: int, end: int) -> bool:
    """Not a question put to the customer ("Could you tell us what caused the leak?")."""
    return not _sentence(text, start, end).rstrip().endswith("?")


def _harm_statement(text: str, start: int, end: int) -> bool:
    return _harm(text, start, end) and _statement(text, start, end)


def _danger_statement(text: str, start: int, end: int) -> bool:
    danger = _DANGER.search(_sentence(text, start, end)) or _DANGER.search(
        text, max(0, start - 200), start
    )
    return bool(danger) and _statement(text, start, end)


_EMBEDDED_IF = re.compile(r"\b(?:whether|if|unless)\s+$", re.IGNORECASE)

# A danger supposed, not asserted: the condition of a rule ("if the mountain leader decides
# conditions aren't safe, the group does the valley route") or the reader's own view reported
# back ("I understand you feel the drone is unsafe") (english-alarms-v26, session 31).
_SUPPOSED_BEFORE = re.compile(
    r"(?:\b(?:if|unless|whether|in case)\b[^.!?\n,;:]{0,60}"
    r"|\b(?:you|they|he|she|customers?|members?|guests?|people|someone|some of you)"
    r"(?: (?:\w+ly|still|also|may|might))? (?:feel|felt|think|thought|believe|believed|claim"
    r"|claimed|say|said|worry|worried|fear|feared|suspect|suspected|reckon|assume|assumed)"
    r"(?: that)?\s+)$",
    re.IGNORECASE,
)


def danger_supposed(text: str, start: int) -> bool:
    """Whether the danger said at `start` is a condition or the reader's view, in its sentence."""
    begins = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 120), start)),
                 default=max(0, start - 120))  # fmt: skip
    return bool(_SUPPOSED_BEFORE.search(text, begins, start))


def _danger_asserted(text: str, start: int, end: int) -> bool:
    return _danger_statement(text, start, end) and not danger_supposed(text, start)


def _fault_asserted(text: str, start: int, end: int) -> bool:
    """Fault said of us, not a question left to others ("whether we are liable is for our
    legal team to decide") nor a condition ("if we're at fault, …")."""
    return not _EMBEDDED_IF.search(text, max(0, start - 12), start) and _danger_statement(
        text, start, end
    )


# A service free for every customer is its price, not a gift ("the check is free in all our
# stores, even if you bought it elsewhere"); "your repair is free even though …" is still one.
_FREE_FOR_ALL = re.compile(
    r"free (?:(?:of charge|of cost) )?(?:in|at|for|to) (?:all|every|any)(?:one|body)?\b",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|'s|'re|stays?|remains?|be)\s+$", re.IGNORECASE)


# "Back" after a verb of motion or cutting is a place, not money ("the hedges are cut back in
# the garden, so don't worry about the …", "come back in the morning even if it's busy").
_BACK_AS_PLACE = re.compile(
    r"\b(?:cut|trimmed|pruned|come|comes|came|coming|go|goes|went|going|step|stepped|sit|lean"
    r"|look|looking|head|heading|headed|walk|walked|drive|drove|fly|flew|move|moved|set)\s+$",
    re.IGNORECASE,
)
# The refund said to be what everyone gets: "… plus a free ticket — that's our standard for
# cancelled shows".
_SAID_STANDARD = re.compile(
    r"\b(?:that's|that is|which is|this is|it's|it is|as is) (?:our|the) (?:standard|usual"
    r"|normal|policy|rule)\b",
    re.IGNORECASE,
)


def _past_policy(text: str, start: int, end: int) -> bool:
    """A refund or gift past any policy, not a service free for all, "back" as a place, or a
    refund the sentence calls the standard."""
    free_for_all = _FREE_FOR_ALL.match(text, start) and _COPULA_BEFORE.search(
        text, max(0, start - 12), start
    )
    back_as_place = text[start:end].lower().startswith("back") and _BACK_AS_PLACE.search(
        text, max(0, start - 12), start
    )
    said_standard = _SAID_STANDARD.search(_sentence(text, start, end))
    return not (free_for_all or back_as_place or said_standard)


# A verb of telling that opens a count ("explained it twice"), and who can be its subject in
# a put-down: the writer or the reader.
_TOLD = re.compile(r"(?:said|asked|explained|told|sent|answered|repeated|posted|written|wrote"
                   r"|mentioned|linked|heard) ")  # fmt: skip
_PERSON = re.compile(r"\b(?:i|we|you|i've|we've|you've|i'd|we'd|you'd|i'm|we're|you're|us|me)\b")


# A count in a condition about one unnamed person, with no reader before it: "If someone asks
# how to pair it for the third time, answer it for the third time" sets a rule for a group, it
# does not count the reader's messages; "If people can't be bothered to search before posting
# the same question for the fifth time" still mocks a group (session 37).
_SOMEONE_ELSES = re.compile(
    r"\b(?:if|when|whenever|once) (?:someone|somebody|anyone|anybody|a (?:customer"
    r"|member|guest|user|newcomer|beginner|client|parent|student))\b(?![^.!?\n]*\byou)"
    r"[^.!?\n]*$"
)


def _unkind_count(text: str, start: int, end: int) -> bool:
    """Counting someone's messages is impatience unless the sentence is on their side ("you've
    written four times and that's fair", "the app told you three times, a bug on our side").
    A telling counted needs the writer or the reader in the sentence, no teller said ("Asked
    and answered twice.") or a passive one ("This has been answered a hundred times"): "Lovely
    lady, explained everything twice" praises a third person (session 23)."""
    if _EMPATHY.search(_sentence(text, start, end + 120)):
        return False
    if _SOMEONE_ELSES.search(
        text, sentence_bounds(text, start, end, stops=_SENTENCE_END, lookback=250)[0], start
    ):
        return False
    if not _TOLD.match(text, start):
        return True
    begin, _ = sentence_bounds(text, start, end, stops=_SENTENCE_END, lookback=250)
    before = text[begin:start]
    return (
        not re.search(r"[^\W\d_]", before)
        or bool(_PERSON.search(text, begin, end))
        or bool(re.search(r"\b(?:been|was|were)(?: \w+)? $", before))  # "has been answered"
    )


def _mock_praise(text: str, start: int, end: int) -> bool:
    """A verdict after the reader's doing, not delight after an exclamation ("A fox cub in
    your shed?! Lovely.")."""
    before = text[max(0, start - 200) : start].rstrip()
    return not before.endswith("!") and _at_reader(text, start, end)


# The grand thing an ordinary one is belittled against: "a car, not a spaceship".
_GRAND = re.compile(
    r"\b(?:spaceship|rocket|nasa|space station|nuclear|reactor|time machine|tardis|magic\w*"
    r"|wizard\w*|miracle\w*|mind[- ]?reader\w*|psychic|crystal ball|fortune[- ]teller|genie"
    r"|hotel|five[- ]star|5[- ]star|palace|ballroom|spa|mansion|castle|ritz|savoy|fabergé|faberge"
    r"|crown jewels|hostage|prison|babysit\w*|baby-sit\w*|nanny|daycare|creche|crèche"
    r"|drive[- ]thr\w*|fast food|luxury|private jet|limo\w*|concierge|butler|therapist|mum|mom"
    r"|surgery|science|supercomputer|ferrari|rolls[- ]royce|lamborghini|tesla|bank vault"
    r"|fort knox|charity|free-for-all|buffet|theme park|circus|zoo|museum|transplant|firstborn"
    r"|first-born|life or death|life-or-death|open-heart|brain surgeon|sistine|chapel"
    r"|cathedral|mona lisa|louvre|masterpiece|work of art|rubik\w*|apocalypse|armageddon"
    r"|conservator|rocket scientist|olympics|moon landing|crime scene)\b"
)


def _belittled(text: str, start: int, end: int) -> bool:
    found = text[start:end]
    return (
        bool(_GRAND.search(found[found.find(", not") :]))
        and not re.search(r"\b(?:our|ours|us|your|yours|you)\b", found)
        and not _SELF_IRONY.search(_sentence(text, start, end + 60))
    )


Guard = Callable[[str, int, int], bool]

# --- Legal risk -----------------------------------------------------------------------------

_WE = r"(?:we|i|{names})"
_WILL = r"(?:'ll| will| are going to| am going to|'m going to| can| shall)"
_ADVERBS = (
    r"(?: (?:of course|also|happily|gladly|personally|definitely|certainly|then|just|absolutely"
    r"|still|even|obviously|totally|fully|simply|make sure (?:we|to)))*"
)
# Costs a policy rarely covers: consequential, medical, legal, travel, lost income.
_COSTS = (
    r"(?:physio\w*|mri|scans?|x-?rays?|dentist\w*|dental|dermatolog\w*|specialist\w*|surgeon|surgery|therap\w*"
    r"|counsell\w*|ambulance|prescriptions?|medical|hospital|vets?|vet's|doctor\w*|treatment"
    r"|solicitor\w*|lawyer\w*|legal (?:fees|costs|bills)|hotels?|airbnb|taxis?|flights?"
    r"|rent|mortgage|wages|salary|earnings|income|time off|days? off|(?:time|days?) (?:you"
    r"|he|she) (?:lose|lost|had to take)|lost (?:work|days|time|wages|earnings|salary|income)"
    r"|(?:rental|hire) (?:car|van)|childcare|food|freezer|shopping|overdraft|late fees"
    r"|charges|identity[- ]theft|monitoring|(?:the )?work (?:you|he|she) lost|receipts"
    r"|invoices?|bills?|quote|estimate|everything|every penny|the lot|all of it|anything else"
    r"|whatever|difference|(?:your|a) new \w+|for the rest of (?:the|your) (?:year|life)"
    r"|for life|forever|every month)"
)
# Who decides a claim, a diagnosis or a premium: a promise for them is a promise we can't keep.
_DECIDERS = (
    r"(?:doctor|gp|nurse|pharmacist|consultant|specialist|surgeon|vet|insurer|insurance|premium"
    r"|underwriter|bank|lender|court|judge|tribunal|council|landlord|airline|university|school"
    r"|college|examiner|assessor|panel|committee|board|ombudsman|regulator|employer|embassy"
    r"|authorit(?:y|ies)|claim|appeal|application|visa|mortgage|loan)"
)
# What a dispute is decided on, and who decides it.
_EVIDENCE = (
    r"(?:clips?|footage|cctv|recordings?|videos?|logs?|chat history|chats?|messages|e-?mails"
    r"|records?|notes|photos|pictures|evidence|history|files|texts|dms|receipts|data|readings)"
)
_PARTIES = (
    r"(?:insurer|insurance|police|solicitor|lawyer|attorney|court|investigat\w*|regulator"
    r"|inspector\w*|auditor\w*|ombudsman|tribunal|claim|dispute|chargeback|subpoena|the press"
    r"|journalists?)"
)
# A product fault in a few words: "they slip", "aren't reporting properly", "miscalibrated".
_FAULTS = (
    r"(?:slip\w*|fault\w*|defect\w*|flaw\w*|bugs?|buggy|crack\w*|leak\w*|overheat\w*|fail\w*"
    r"|broken|miscalibrat\w*|(?:aren't|isn't|weren't|wasn't|don't|doesn't|not) (?:\w+ )?"
    r"(?:working|reporting|detecting|locking|holding|registering|triggering|charging)"
    r"|(?:were|was|are|is) (?:all )?(?:off|wrong|inaccurate|incorrect|mixed up))"
)
_CONDITIONS = (
    r"(?:cancer|tumou?r|sepsis|infection|infected|stroke|heart attack|concussion|concussed"
    r"|fracture|fractured|nothing serious|harmless|benign|contagious|infectious|diabet\w*"
    r"|pregnant|allergic|an allergy|meningitis|appendicitis)"
)
_PRICING = re.compile(
    r"\b(?:annual\w*|yearly|billing|billed|per (?:year|month)|a year when|when you (?:pay|switch"
    r"|sign|subscribe|join|buy)|if you (?:pay|switch|sign|subscribe|join|buy|upgrade)|sign up"
    r"|subscri\w+|trial|promo\w*|new (?:customers|members)|offer code|discount code)\b"
)


_STAFF = (
    r"(?:fitter|engineer|installer|technician|driver|courier|locksmith|contractor|staff|team"
    r"|glazier|plumber|electrician|cleaner|mover|crew|mechanic)s?"
)
_PAID = re.compile(r"[£€$]\s?\d|\b(?:voucher|refund|credit|free|discount|compensation|goodwill)\b")


def _paid_or_coached(text: str, start: int, end: int) -> bool:
    """Silence asked for ("just don't post about it") is a finding when something is paid
    for it; the other shapes coach a claim and need nothing more."""
    if re.match(r"(?:just |as long as you |if you )?(?:don't|do not) (?:post|write|tweet|tell"
                r" anyone|leave|review|mention|go|talk)", text[start:end]):  # fmt: skip
        return bool(_PAID.search(_sentence(text, start, end)))
    return _statement(text, start, end)


def _flaw_statement(text: str, start: int, end: int) -> bool:
    """A recall or an easy break-in needs no danger word; the other flaws do."""
    found = text[start:end]
    if "recall" in found or found.startswith("can be"):
        return _statement(text, start, end)
    return _danger_statement(text, start, end)


def _encouraged_or_bare(text: str, start: int, end: int) -> bool:
    """ "Get a lawyer" from us urges a claim, unless it states the reader's right."""
    return not _YOUR_RIGHT.search(_sentence(text, start, end)) and _statement(text, start, end)


def _gift(text: str, start: int, end: int) -> bool:
    """Months given, not a plan's price ("annual billing, two months free")."""
    return not _PRICING.search(_sentence(text, start, end))


_ENCOURAGE = re.compile(
    r"\b(?:should|definitely|honestly|go ahead|i'd|i would|worth|recommend|easily|totally"
    r"|for sure|win|do it|back you up|we'll back|tbh|seriously|fair enough|deserve)\b"
)
_YOUR_RIGHT = re.compile(
    r"\b(?:right to|entitled|if you (?:wish|want|decide|choose|prefer)|free to|you may|you can"
    r" also|that's your choice)\b"
)


def _encouraged(text: str, start: int, end: int) -> bool:
    """A claim invited ("you should definitely claim against us"), not the reader's right
    stated ("if you wish to take us to court, that is your right")."""
    if text.startswith("tell", start):
        return True
    sentence = _sentence(text, start, end)
    return bool(_ENCOURAGE.search(sentence)) and not _YOUR_RIGHT.search(sentence)


# Words before a verb that make it advice or an order: "just delete…", "I'd clear…", "told us
# to wipe…", or the verb opening its sentence.
_ADVICE_BEFORE = re.compile(
    r"(?:^|\b(?:just|i'd|i would|you should|you could|you might want to|you may want to|best to"
    r"|better to|better|you can|you could|told \w+ to|asked \w+ to|wants? \w+ to|wanted \w+ to"
    r"|need to|have to"
    r"|we'll|we will|we can|let's|i'll|i can|make sure you|go ahead and|quickly|quietly|maybe"
    r"|probably|honestly|please|so|then|mate|look|ok|okay|tbh|and))"
    r"(?:[\s,]+(?:just|safely|simply|happily|totally|completely))*[\s,]*$"
)


def _advised(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    before = re.sub(r"^\s*(?:@[\w.@-]+\s*)*", "", window[cut:]).rstrip()
    return bool(_ADVICE_BEFORE.search(before)) and _statement(text, start, end)


_HEDGED = re.compile(
    r"\b(?:if|whether|may|might|could|in case|check|another|elsewhere|other (?:sites?|services"
    r"|companies|apps))\b"
)


def _owned(text: str, start: int, end: int) -> bool:
    """A leak or failure told as fact, not a possibility ("if your password was leaked…")."""
    return _statement(text, start, end) and not _HEDGED.search(_sentence(text, start, end))


# Damage passed to the claims process, not owned in a reply ("sorry the cleaner chipped your
# vase — I've opened a claim and the claims team will be in touch").
_ROUTED = re.compile(
    r"\b(?:opened|raised|logged|started|filed|lodged|submitted) (?:a|the|your) (?:\w+ )?claim"
    r"|\bclaims team\b|\bpassed (?:it|this|your \w+) (?:on )?to\b"
    r"|\b(?:can't|cannot|can not) promise the outcome\b"
)


def _owned_not_routed(text: str, start: int, end: int) -> bool:
    return _owned(text, start, end) and not _ROUTED.search(text, start, end + 250)


_MEDICINE = re.compile(r"\b(?:dose|dosage|medication|meds|tablets|insulin|pills|inhaler)\b")
_CLINICIAN = re.compile(r"\b(?:doctor|gp|pharmacist|prescriber|nurse|consult\w*|check with)\b")
_WARNINGS = re.compile(r"^(?:ignore|disregard|bypass|override|disable|turn off|switch off|unplug"
                       r"|remove|take out|tape over)\b")  # fmt: skip


def _advised_or_danger(text: str, start: int, end: int) -> bool:
    """Advice beyond competence: a dose changed without a clinician, a warning or a safety
    device to be ignored (as advice), "safe to keep using" after a danger."""
    found = text[start:end]
    if not _statement(text, start, end):
        return False
    if _MEDICINE.search(found):
        return not _CLINICIAN.search(_sentence(text, start, end))
    if _WARNINGS.search(found):
        return _advised(text, start, end)
    if re.match(r"(?:it|they)(?:'s|'re| is| are)", found) and " to " in found:
        return _danger_statement(text, start, end)
    return True


# An emoji after a closer that is not an eye roll, a shrug or a thumbs-up: a joke, not a jab.
_FRIENDLY_AFTER = re.compile(
    r"\W{0,3}(?![\U0001F643\U0001F644\U0001F612\U0001F485\U0001F937\U0001F44D])"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
_ONE_WORD = re.compile(r"(?:anyway|twice|again|both times|three times)\W*$")


def _jab(text: str, start: int, end: int) -> bool:
    """A closer that is a jab in any reply ("Scroll up.", "Just saying."); a one-word one
    ("Twice.", "Anyway.") after a remark to the reader or after "already"."""
    if _FRIENDLY_AFTER.match(text, end):
        return False  # "the new croissant is good, just saying 🥐"
    before = text[max(0, start - 3) : start].rstrip()
    if before and before[-1] not in ".!?,\n" and text[max(0, start - 1) : start] != "\n":
        return False  # a closer opens its clause
    if not _ONE_WORD.match(text, start, end) and not text.startswith("just say", start):
        return True
    return _at_reader(text, start, end) or "already" in text[max(0, start - 80) : start]


# "nice try 😄": a grin or a warm smile after the words teases a joke request; every hostile
# "nice try" of the read sets ends flat, with a wink, a kiss or tears of laughter (session 37).
_WARM_SMILE = re.compile(r"(?:,? (?:though|mate))?\W{0,3}[\U0001F604\U0001F601\U0001F60A]")


def _not_teasing(text: str, start: int, end: int) -> bool:
    return not (text.startswith("nice try", start) and _WARM_SMILE.match(text, end))


def _mocking(text: str, start: int, end: int) -> bool:
    """Mockery at the reader; "another "urgent" request" mocks without naming one."""
    return text.startswith(("another ", "so-called "), start) or _at_reader(text, start, end)


# The reader told not to worry about a word of theirs: 'please don't worry about the pain
# being "your fault"' takes the word back, it does not mock it (session 23).
_UNWORRIED_BEFORE = re.compile(
    r"(?i)\b(?:don['\u2019]t|do not|no need to|never|not to|shouldn['\u2019]t|should not)"
    r" (?:worry|stress|fret|feel bad) (?:about|over)\b[^.!?\n]{0,40}$"
)


def unworried(text: str, start: int) -> bool:
    """Whether the words before `start` tell the reader not to worry about what follows."""
    return bool(_UNWORRIED_BEFORE.search(text, max(0, start - 80), start))


def _mocking_unreassured(text: str, start: int, end: int) -> bool:
    return _mocking(text, start, end) and not unworried(text, start)


def _at_reader_or_closer(text: str, start: int, end: int) -> bool:
    return _statement(text, start, end) and not _FRIENDLY_AFTER.match(text, end)


def _point_made(text: str, start: int, end: int) -> bool:
    """What any such thing is for, told as a lesson ("That's the whole point of a siren"), or
    "that's sort of the point" told to a reader — not a plan's purpose explained."""
    if not _statement(text, start, end) or _SELF_IRONY.search(_sentence(text, start, end)):
        return False
    before = text[max(0, start - 3) : start].rstrip()
    if " point of " in text[start:end]:
        return not before or before[-1] in ".!?,\n"
    return (not before or before[-1] in ".!?\n") and _at_reader(text, start, end)


def _quiet_fault(text: str, start: int, end: int) -> bool:
    """A fault kept quiet or known; "never announced" alone needs a danger nearby."""
    if re.match(r"(?:never|didn't|did not|haven't|have not|hasn't) ", text[start:end]):
        return _danger_statement(text, start, end)
    return _statement(text, start, end)


# Each family: (message key, trigger words separated by "|" — clauses of them joined by "&" must
# each have one in the text —, pattern, guard). The pattern runs
# only when the lower-cased text contains one of the trigger words.
# --- Session 15 (tone-v10): guards of the speech-act families below ------------------------

_PAYMENT = re.compile(
    r"[£€$]\s?\d|\b(?:pay\w*|refund\w*|settle\w*|credit|voucher|compensat\w*|give|giving|comp"
    r"|comped"
    r"|offer\w*|goodwill|reimburs\w*|cover)\b"
)


def _paid_for(text: str, start: int, end: int) -> bool:
    """Keeping someone from a lawyer is a finding when something is paid for it."""
    return bool(_PAYMENT.search(_sentence(text, start, end)))


_ADVICE_FRAME = re.compile(
    r"\b(?:if|unless|or|otherwise|else|please|make sure|keep|don't|do not)\b"
)


def _foretold(text: str, start: int, end: int) -> bool:
    """Harm foretold as what will come of a known fault, not advice to the reader ("keep the
    gate shut or someone will get hurt", "if you leave it, someone could get hurt")."""
    before = text[max(0, start - 150) : start]
    before = before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0) :]
    return not _ADVICE_FRAME.search(before) and _statement(text, start, end)


_OVERRULED = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could)(?: \w+)? (?:cover|pay|refund|replace|push|approve"
    r"|give|credit|put|sort|add|reimburse|make an exception)\b"
)


# The payment past the limit, marked with the limit: "…, but I'll push it through at £800".
_PAID_PAST = (
    r"[^.!?\n]{0,40}?\b(?:i|we)(?:'ll| will| can| could)(?: \w+)? (?:cover|pay|refund|replace"
    r"|push|approve|give|credit|put|sort|add|reimburse)\b[^.!?\n,;]*"
)


def _overruled(text: str, start: int, end: int) -> bool:
    """A limit or rule set aside is a finding when we pay past it in the same sentence."""
    return bool(_OVERRULED.search(_sentence(text, start, end + 120)))


_CONDITIONAL = re.compile(r"\b(?:if|whether|may|might|could|unless|would)\b")


def _liable_claimed(text: str, start: int, end: int) -> bool:
    """Liability asserted outright, not a rule or a condition ("under the terms the courier is
    liable", "if it was our fitter, we may be liable")."""
    sentence = _sentence(text, start, end)
    return (
        _statement(text, start, end)
        and not _BY_RULE.search(sentence)
        and not _CONDITIONAL.search(text[max(0, start - 60) : start])
    )


_DENIED_BEFORE = re.compile(r"\b(?:not|n't|never|no one|nobody|no-one)\b[^.!?\n]{0,30}$")


def _accused(text: str, start: int, end: int) -> bool:
    """Said of someone, not denied ("I'm not saying you're lying", "nobody thinks she's
    mad")."""
    return not _DENIED_BEFORE.search(text, max(0, start - 40), start)


def _closing_jab(text: str, start: int, end: int) -> bool:
    """The last sentence of its paragraph ("Update the app, folks. It's not hard."), not the
    start of instructions ("It's not hard. Open Settings and…")."""
    return text[end:].lstrip(" ")[:1] in ("", "\n")


# --- Session 16 (tone-v11): guards of the speech-act families below ------------------------

# What a casual hazard is told with when it is our fault, not a product's ordinary warning
# ("we printed that batch on the wrong stock and it's flammable" — not "aerosols are flammable,
# keep them away from heat").
_OUR_SLIP = re.compile(
    r"\b(?:wrong|by mistake|batch|turns out|shouldn't|should not|not supposed|supposed to"
    r"|we used|we printed|we made|we shipped|we sold|we fitted|mix-?up|defect\w*|faulty"
    r"|honestly|between us|to be honest|tbh)\b"
)
_OURS = re.compile(r"\b(?:our|ours|we|we've|we're|us)\b")


def _our_slip(text: str, start: int, end: int) -> bool:
    return bool(_OUR_SLIP.search(_sentence(text, start, end))) and _statement(text, start, end)


def _ours_stated(text: str, start: int, end: int) -> bool:
    """Said of our own product or premises ("our lockers aren't secure"), not of public wifi."""
    return bool(_OURS.search(_sentence(text, start, end))) and _statement(text, start, end)


def _unadvised_dose(text: str, start: int, end: int) -> bool:
    """A painkiller recommended by support, not sent to a clinician ("check with your
    pharmacist before you take ibuprofen")."""
    return _advised(text, start, end) and not _CLINICIAN.search(_sentence(text, start, end))


# A pleasantry or a fault said with the reader's name is not a put-down: "It's a pleasure, Tom.",
# "It's a known bug, Sam."
_NOT_BELITTLING = re.compile(
    r"\b(?:pleasure|deal|date|promise|shame|pity|good one|great idea|fair point|fair question"
    r"|good question|mystery|bummer|long story|tricky one|tough one|bug|fault|glitch|known"
    r"|issue|error|problem|outage|mistake|typo|yes|no|go|wrap|thing|plan|surprise|gift"
    r"|first|sorry|promise|lot|relief)\b"
)
_NOT_VOCATIVE = frozenset((
    "sorry", "though", "too", "thanks", "honestly", "really", "unfortunately", "apparently",
    "indeed", "obviously", "sadly", "promise", "again", "then", "now", "anyway", "either", "yet",
    "already", "still", "sure", "right", "luckily", "hopefully", "basically", "probably",
))  # fmt: skip


# Words a sentence may open with before the remark itself ("Honestly, it's a kettle, Brenda.").
_OPENERS = frozenset(("", "honestly", "look", "mate", "so", "please", "just", "kindly", "and"))


def _opening(text: str, start: int) -> str:
    """What its sentence holds before text[start], without a leading @handle."""
    window = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return re.sub(r"^\s*(?:@[\w.@-]+\s*)*", "", window[cut:]).strip()


def _opens_or_polite(text: str, start: int, end: int) -> bool:
    """An order opening its sentence ("Please stop opening new tickets…") or a polite wish
    ("I'd appreciate it if you stopped…"), not "Could you stop opening the app…"."""
    return text[start] == "i" or _opening(text, start).rstrip(",") in _OPENERS


def _named_belittling(text: str, start: int, end: int) -> bool:
    """ "It's a kettle, Brenda.": the thing named bare, then the reader, then a full stop."""
    if _opening(text, start).rstrip(",") not in _OPENERS:
        return False
    found = text[start:end].rstrip(".")
    thing, _, who = found.rpartition(", ")
    thing = re.sub(r"^(?:honestly|look|mate|so)?,? ?it(?:'s| is) ", "", thing)
    return not _NOT_BELITTLING.search(thing) and who not in _NOT_VOCATIVE


_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno one|\bnobody)\b[^.!?\n]{0,30}$")


def _not_denied(text: str, start: int, end: int) -> bool:
    """Said of the reader, not denied ("I don't think you're being fussy")."""
    return not _DENIED.search(text, max(0, start - 40), start)


def _not_ours(text: str, start: int, end: int) -> bool:
    """The reader's complaint, not our own ("we'll stop moaning and fix it")."""
    before = text[max(0, start - 12) : start]
    return not re.search(r"\b(?:i|we|i'm|we're|i'll|we'll|my|our)\W*$", before)


def _no_tip(text: str, start: int, end: int) -> bool:
    """ "You do know you can pause the plan, right? 😊" offers an option; the put-down states
    the obvious."""
    return not re.search(r"\b(?:can|could)\b", text[start:end])


def _compared(text: str, start: int, end: int) -> bool:
    """Others held up as a statement, not asked about ("Everyone else has no trouble? Sorry…")."""
    return _not_ours(text, start, end) and _statement(text, start, end)


_MANNER = re.compile(
    r"\b(?:rude|shout\w*|swear\w*|capitals|caps|tone|language|abus\w*|keep (?:typing|shouting"
    r"|swearing|messaging|sending)|carry on|simple|your choice)\b"
)


def _over_manner(text: str, start: int, end: int) -> bool:
    """Ending the chat over the reader's manner, not closing a finished one ("I'll end the chat
    here and email you the details")."""
    return bool(_MANNER.search(_sentence(text, start, end + 80)))


def _opens_sentence(text: str, start: int, end: int) -> bool:
    return _opening(text, start).rstrip(",") in _OPENERS or _opening(text, start).endswith(",")


_REASSURED = re.compile(r"\b(?:worry|worries|promise|easy fix|quick fix|don't panic|relax)\b")


def _closing_unreassured(text: str, start: int, end: int) -> bool:
    """ "Push it in until it clicks, it's not complicated." closes a paragraph as a jab;
    "Don't worry, it's not complicated." reassures. "It's not…" follows a comma (its own
    sentence is the older family's), "Not complicated." is a sentence of its own."""
    before = _opening(text, start)
    if (before != "") if text[start] == "n" else not before.endswith(","):
        return False
    closing = text[end:].lstrip(".!")
    return _closing_jab(closing, 0, 0) and not _REASSURED.search(_sentence(text, start, end))


# A limit set on purpose ("it's capped for a reason", "the ramp is 5 mph for a reason"): the
# reason is safety, not something the reader failed to read.
_LIMIT_BEFORE = re.compile(
    r"(?:\b(?:capped|limited|restricted|locked|fixed|set|maxed)"
    r"|\d\s?(?:mph|km/h|kph|°c|°f|degrees|kg|lbs?|%|cm|mm|metres|meters|minutes|mins|hours|years))"
    r"(?: (?:out|at|to|there))? $"
)


# "We follow it like everyone else", "our reds are tested like every other colour": the writer's
# side doing what everyone does, with no reader in the sentence (session 36).
_LIKE_EVERYONE = re.compile(r"like (?:literally )?(?:everyone|everybody|every other)\b")
_OUR_SUBJECT = re.compile(r"\b(?:we|we're|we've|i|i'm|i've|our|us)\b")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def _not_like_us(text: str, start: int, end: int) -> bool:
    """Whether a blame match stands: "like everyone else" is no blame when it says what we do
    (the writer's side is the subject before it and the sentence names no reader)."""
    if not _LIKE_EVERYONE.match(text, start):
        return True
    begin, finish = sentence_bounds(text, start, end, stops=_SENTENCE_END, lookback=250)
    # An emoji ends a sentence too: "Sure, and we'll throw in a ring light 🙄 Book like everyone
    # else." tells the reader to book.
    for emoji in _EMOJI.finditer(text, begin, start):
        begin = emoji.end()
    ours = _OUR_SUBJECT.search(text, begin, start)
    return not (ours and not READER.search(text, begin, finish))


def _jab_after(text: str, start: int, end: int) -> bool:
    """ "…for a reason." ends its sentence (maybe with the reader's name), not an explanation
    ("it's there for a reason: it protects your account") or a limit set on purpose."""
    if _LIMIT_BEFORE.search(text, max(0, start - 30), start):
        return False
    rest = text[end:].lstrip(" ")
    return rest[:1] in ("", "\n", ".", "!") or bool(re.match(r",? ?\w+[.!]", rest))


# "I know it's over the normal amount": a payment said to be past the norm (marked with the
# payment before it in the sentence when there is one).
# A sum of £50 or more (or GBP/EUR/USD), for goodwill past the usual gesture.
_GOODWILL_SUM = (
    r"(?<![\w£€$])(?:[£€$]\s?|(?:gbp|eur|usd) )(?:[5-9]\d|[1-9]\d{2,}|\d{1,3},\d{3})"
    r"(?:\.\d\d)?\b"
)
_OVER_NORM = (
    r"\b(?:i know|i realise|i realize|i'm aware|i appreciate)(?: that)? (?:it's|this is|that's"
    r"|it is) (?:\w+ )?(?:over|above|beyond|more than|outside|past) (?:the|our|what we|we'd"
    r"|we would) (?:normal|usual|standard|max\w*|limit|policy|would normally|usually|normally)\b"
)


LEGAL: tuple[tuple[str, str, str, Guard | None], ...] = (
    # "we'll cover your physio and the days off work", "<Company> will pay the vet bill in full".
    (
        "beyond_policy",
        "pay|cover|reimburs|compensat|take care of|foot the|refund|replace|name a",
        rf"\b{_WE}{_WILL}{_ADVERBS}(?: [^.!?\n]{{0,40}}? and)? (?:pay|cover|reimburse|compensate"
        rf"|foot|take care of|pay back|make you whole|replace)(?: for| you for)?\b"
        rf"[^.!?\n;]{{0,70}}?\b{_COSTS}\b"
        rf"|\b{_WE}{_WILL}{_ADVERBS} (?:pay|cover|reimburse)(?: for)? (?:it|them|that|those|this"
        rf"|all of it)(?: (?:too|as well|in full|all))?\b"
        rf"|\b{_WE}{_WILL}{_ADVERBS} refund\b[^.!?\n]{{0,50}}?\b(?:physio\w*|dentist\w*"
        rf"|medical|hospital|vet\w*|doctor\w*|hotels?|airbnb|taxis?|wages|salary|income|rent"
        rf"|too|as well)\b"
        r"|\b(?:fully compensated|compensated in full|name a (?:number|figure|price|sum))\b"
        r"|\bpay\w*(?: out)?(?: to)? (?:every(?:one)?|all)\b[^.!?\n]{0,20}?\baffected\b",
        None,
    ),
    # "Send us the invoices, however many, and we'll pay them."
    (
        "beyond_policy",
        "send|forward|whatever",
        rf"\b(?:send|forward|e-?mail)(?: (?:us|me))?(?: over)?\b[^.!?\n]{{0,80}}?\b(?:bills?"
        rf"|invoices?|receipts?|quotes?|estimates?|figure|costs?|expenses)\b[^.!?\n]{{0,80}}?"
        rf"\b{_WE}{_WILL}{_ADVERBS} (?:pay|cover|reimburse|settle|get (?:it|them) (?:reimbursed"
        rf"|paid))"
        rf"|\bwhatever\b[^.!?\n]{{0,60}}?\b{_WE}{_WILL}{_ADVERBS} (?:pay|cover)\b",
        None,
    ),
    # Refunds and gifts past any policy: time spans, waived limits, extras, for life.
    (
        "beyond_policy",
        "refund|free|back|plus|on top|voucher|credit|life|£|€|$",
        r"\b(?:refund|reimburse|pay back|give you back)\w*\b[^.!?\n]{0,40}?\b(?:(?:the |your )?"
        r"(?:last|past) (?:\w+ )?(?:years?|months?|weeks?|seasons?)|since (?:\d{4}|you (?:joined"
        r"|moved|signed))|(?:all|the whole|whole|entire|every) (?:\d+|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve) (?:years?|months?|weeks?|nights?|days?)"
        r"|everything for|the whole (?:move|stay|season|trip|course|holiday|year|week"
        r"|month|fortnight|booking|term|semester|package|thing)"
        r"|whole (?:season|stay|move|year))"
        r"|\b(?:refund\w*|reimburse\w*|credit|voucher|compensation|money back|free \w+|back)\b"
        r"[^.!?\n]{0,50}?\b(?:even though|even if|even without|even the|regardless of|don't"
        r" worry about the|despite the)\b"
        r"|\b(?:free|discount\w*)\b[^.!?\n]{0,30}?\b(?:for life|for the rest of (?:your|his|her"
        r"|their) li(?:fe|ves))\b"
        r"|\b(?:for life|for the rest of your life)\b(?=[^.!?\n]{0,40}\bfree\b)"
        r"|\b(?:refund|credit|voucher|compensation|money back|free \w+)\b[^.!?\n]{0,60}?\b(?:plus"
        r" (?!(?:the |your )?(?:[£€$]\s?[\d,.]+ )?(?:original )?(?:delivery|shipping|postage|p&p"
        r"|return|collection|booking|admin|card) (?:fee|fees|charge|charges|cost|costs)\b)"
        r"(?:(?:your|the|a|an|interest|three|two|six|free)\b|£|€|\$|\d)|and (?:also )?(?:pay|cover"
        r"|reimburse) (?:for )?(?:your|the))"
        r"|(?<![\w£€$])[£€$]\s?(?:[1-9]\d{2,}|\d{1,3},\d{3})(?:\.\d\d)?\s+(?:(?:credit"
        r"|voucher|compensation|goodwill)\b[^.!?\n]{0,30}?\bfor (?:the|your) (?:late \w+|delay|wait"
        r"|mix-?up|mess|error|mistake|inconvenience"
        r"|stress|trouble|hassle|upset)|(?:\w+ )?on top\b|extra\b)",
        _past_policy,
    ),
    # A guaranteed outcome: "your appeal will definitely succeed", "you'd win easily".
    (
        "outcome",
        "will|'ll|win|guarantee|promise|make sure|'d|going to",
        r"\b(?:your|the|this|that|our)(?: [\w'-]+){0,4}? (?:claim|appeal|chargeback|refund"
        r"|application|visa|complaint|case|dispute|insurer|insurance|bank|judge|court|university|airline)s?"
        r"(?: [^.!?\n]{0,30}?)? (?:will|'ll|is going to|is(?: (?:definitely|certainly|100%"
        r"|surely|absolutely))+ going to)(?: (?:definitely|certainly"
        r"|100%|surely|absolutely|be|for sure)){0,2} (?:be )?(?:approved|accepted|paid|refunded"
        r"|upheld|granted|successful|succeed|go through|pay out|pay|win|accept|refund|cover)\b"
        r"|\b(?:i|we) (?:can )?(?:promise|guarantee)(?: you)?(?: that)? (?:the|your|you'll|you"
        r" will|they'll)\b[^.!?\n]{0,60}?\b(?:will|'ll) (?:\w+ )?(?:accept|approve|pay|succeed"
        r"|win|drop|get|be (?:dropped|approved|accepted|paid))"
        r"|\bguarantee(?:d)? (?:you'll|you will) (?:never|get|win|be)\b"
        r"|\bi(?:'ll| will)(?: personally)? make sure (?:that )?(?:the |your )?(?:full |whole )?"
        r"(?:claim|insurer|payout|[£€$]\s?\d)"
        r"|\b(?:guaranteed|100% (?:accurate|safe|reliable) for) (?:accurate|safe|effective"
        r"|correct|medical|clinical|legal)\b"
        r"|\byou(?:'ll| will) get it\b(?=[.!])",
        _certain,
    ),
    # "you'd win easily", "you'll get a payout if you push", "you'll get your lost wages back".
    (
        "outcome",
        "win|get",
        r"\byou(?:'ll| will|'d| would)(?: (?:definitely|certainly|easily|surely|probably))?"
        r" win\b(?= (?:easily|this|it|the (?:case|claim|chargeback|appeal|dispute)|your (?:case"
        r"|claim|chargeback|appeal|dispute)|in court|hands down)|[.!,]|$)"
        r"|\byou(?:'ll| will)(?: (?:definitely|certainly|probably|surely))? (?:get|receive|be"
        r" paid|be awarded)(?: (?:a|the|your|full|good|some|big))* (?:payout|compensation|lost"
        r" wages|wages back|income you lost)\b"
        r"|\byou(?:'ll| will) (?:definitely|certainly|surely|100%) get (?:the |your )?(?:full"
        r" |whole )?[£€$]\s?\d[\d,.]* back\b"
        r"|\byou(?:'ll| will)(?: \w+)? get it\b(?=[^.!?\n]{0,3}$|[.!])"
        r"|\byou(?:'ll| will) get (?:your|the) [^.!?\n]{0,60}?\b(?:income|wages|earnings|salary"
        r"|rent|flights)\b[^.!?\n]{0,40}?\bback\b",
        _claimed,
    ),
    # Harm owned: "that's why you ended up in hospital", "our installer caused the leak, that's
    # on us", "we accept that the mould caused your asthma".
    (
        "fault",
        "caus|on us|our |accept|admit|why|dropped the ball|messed up|screwed up|slipped up|gave"
        "|given|made|got|burned|breach|leak",
        r"\b(?:that's|that is|this is|it's|it is|is|was|are|were)(?: (?:100%|all|entirely"
        r"|completely|totally|squarely))? on us\b"
        r"|\b(?:our|the) [^.!?\n]{0,40}?\b(?:caused|gave you|is what caused|led to|burned|hit)\b"
        r"[^.!?\n]{0,30}?\b(?:your|his|her|the|their|those|people's)?(?: \w+)? ?(?:rash|reaction"
        r"|fall|injur\w*|burns?|illness|asthma|infection|fire|leak|flood|allergic|hospital"
        r"|poisoning|sickness|fracture|gums|son|daughter|foot|leg|hives|blisters|swelling"
        r"|eczema)\b"
        r"|\bthat's (?:why|what|how) (?:you|he|she|your \w+|they)(?: \w+)? (?:ended up|fell|got"
        r" (?:ill|sick|hurt|burned|burnt)|was (?:hurt|injured)|broke|failed)\b"
        r"|\b(?:we|i|{names}) (?:accept|admit|acknowledge)s?(?: that)? (?:the|our|it|this|that"
        r"|\w+'s)\b[^.!?\n]{0,60}"
        r"|\b(?:our|my) (?:error|mistake|failure|fault|dispensing error)\b"
        r"|\b(?:is|was|were|are) (?:almost certainly|definitely|clearly|probably|most likely|100%)"
        r" (?:from |down to |because of |caused by )?our\b"
        r"|\b(?:is|was|were|are|got \w+) (?:from|down to|because of|caused by|due to) our \w+"
        r"|\b(?:clearly|definitely|obviously|certainly) what caused\b|\bthat's what caused\b"
        r"|\bwe (?:dropped the ball|messed up|screwed up|slipped up)\b"
        r"|\b(?:gave|given|caused|made)(?: (?:a lot of|lots of|loads of|many|some|several"
        r"|dozens of|hundreds of|so many))? (?:people|customers|guests|patients|kids|children"
        r"|users|pets)(?:'s)? (?:\w+ )?(?:burns|rashes|injuries|food poisoning|reactions"
        r"|infections|sick|ill)\b"
        r"|\b(?:loads of|lots of|a lot of|many|several|dozens of|hundreds of|other) (?:guests"
        r"|people|customers|patients|users|passengers|pets) (?:got|were|have been|fell|became)"
        r" (?:sick|ill|hurt|injured|burned|burnt)\b"
        r"|\bburned (?:a lot of |lots of |many )?(?:people|patients|customers)\b"
        r"|\bsafety (?:failure|issue|problem|lapse|breach) on our (?:side|part|end)\b"
        r"|\b(?:breach|leak)\w* [^.!?\n]{0,40}?\bexposed\b"
        r"|\bour [\w -]{1,25}? (?:failed to|should have) (?:warn|protect|stop|detect|catch|block"
        r"|flag)\w*",
        _harm_statement,
    ),
    (
        "fault",
        "illegal|breach|broke the law|negligen|accept",
        r"\billegal of us\b|\bnegligen(?:t|ce)\b|\baccepts? (?:full |all |complete )?"
        r"(?:liability|responsibility)\b|\bwe (?:breached|broke|violated|were in breach of)"
        r" (?:gdpr|the law"
        r"|data protection|\w+ law|regulations?|the rules)\b|\bour [\w -]{1,30}"
        r" (?:was|were|has been) illegal\b",
        None,
    ),
    # A danger known and not acted on: "a known safety defect", "we knew and rented them anyway",
    # "the alarms haven't worked since October".
    (
        "unsafe",
        "known|knew|knows|know|anyway|since|for months|for weeks|should|safe|risk|hazard|deathtrap"
        "|dangerous|unsafe|contaminat|toxic|fit for purpose|reliable|ignored|sat on|buried"
        "|covered up|hid",
        r"\ba known (?:safety |security |design |fire |manufacturing )?(?:defect|fault|flaw|hole"
        r"|hazard)s?\b|\ba known (?:safety|security|fire) (?:issue|problem|risk|bug)\b"
        r"|\bknown[- ]faulty\b|\bknown bug that (?:\w+ly )?(?:corrupts|deletes|wipes|destroys"
        r"|exposes|leaks|damages)"
        r"|\b(?:we|management|head office|the company|the business|everyone(?: on the team)?"
        r"|the operator|they)(?: all| both)? (?:knew|knows|have known|has known|had known)\b"
        r"(?! (?:you|how|what|your|when|where|who))"
        r"|\b(?:shipped|sold|rented|renting|launched|released|placed|fitted|used|kept \w+ing)"
        r"(?: (?:it|them|those \w+|these \w+|the \w+|students there))? anyway\b"
        r"|\bshould(?:n't| not| never)? (?:have|'ve) (?:been on the road|left the factory|been"
        r" sold|fitted|sold|pulled|recalled|taken [^.!?\n]{0,30}? off)"
        r"|\b(?:been|haven't|hasn't|have not|has not|never)(?: been)? (?:broken|faulty|failing"
        r"|cracking"
        r"|slipping|leaking|happening|worked|inspected|tested|checked|serviced|fixed|maintained"
        r"|sealed)\b[^.!?\n]{0,25}?\b(?:for (?:months|weeks|years|ages|a year)|in months|since"
        r" (?:launch|spring|summer|autumn|fall|winter|last \w+|january|february|march|april|may"
        r"|june|july|august|september|october|november|december|\d{4}))\b"
        r"|\b(?:is|are|'re|'s|were|was)(?: (?:probably|definitely|honestly|genuinely|really"
        r"|frankly|actually|basically))? (?:a )?(?:fire|safety|health|choking|burn"
        r"|electrocution) (?:risk|hazard)s?\b"
        r"|\b(?:the|our|that|those|these)(?: [\w'-]+){1,5} (?:isn't|aren't|is not|are not"
        r"|wasn't|weren't)(?: (?:really|actually|entirely|100%))? safe\b"
        r"|\b(?:are|is|'re|'s) (?:genuinely |honestly |really |frankly )(?:dangerous|unsafe)\b"
        r"|\b(?:the|our|these|those|that|this)(?: [\w'-]+){1,5} (?:is|are|'re|'s|were|was)"
        r"(?: \w+ly)? (?:dangerous|unsafe|not safe|a deathtrap|contaminated|toxic"
        r"|(?:not|n't) fit for purpose)\b"
        r"|\b(?:isn't|aren't|is not|are not|wasn't|weren't) (?:really |entirely |100% )?(?:reliable"
        r"|fit for purpose)\b"
        r"|\bwe (?:all|both) know\b"
        r"|\b(?:we|they|management|head office) (?:ignored|sat on|buried|covered up|hid)\b"
        r"|\b(?:was|were) (?:faulty|defective|broken|unsafe) and (?:we|our \w+(?: \w+)?)"
        r" (?:missed|knew|ignored)\b"
        r"|\bdeathtrap\b",
        _danger_asserted,
    ),
    # A defect or hazard stated as a fact of the company's own kit or premises (session 18):
    # "the floor there is a known slip hazard when wet", "the EV charger on level 2 has a wiring
    # defect", "those heaters had a hose fault across the whole batch". Not "if there's a
    # fault" (the guarantee's condition) or a fault that was fixed (no "has/had a … fault" of
    # a network: a fault needs a part of the kit's name before it).
    (
        "unsafe",
        "hazard|defect|fault",
        r"\ba known (?:[\w-]+ ){1,2}(?:defect|fault|flaw|hazard)s?\b"
        r"|\b(?:the|our|that|those|these|this)(?: [\w'-]+){1,6} (?:has|have|had|'s got|'ve got)"
        r" (?:got )?(?:a|an) (?:known |serious |real |genuine |design |manufacturing )?"
        r"(?:[\w-]+ )?defects?\b(?! (?:form|report|log|claim|process|line|number|team"
        r"|policy|code|list|procedure|warranty|guarantee))"
        r"|\b(?:the|our|those|these)(?: [\w'-]+){0,5} \w+s (?:have|had|'ve got) (?:got )?(?:a|an)"
        r" (?:known )?(?:[\w-]+ )?fault\b"
        r"|\b(?:the|our|that|this)(?: [\w'-]+){1,6} (?:is|was|'s) (?:a|an) (?:known |real"
        r" |serious |genuine |actual )?(?:[\w-]+ )?hazard\b(?! (?:sign|warning|tape|label|notice"
        r"|symbol|assessment|form|report|log))",
        _danger_statement,
    ),
    # Regulators and courts, speculated about for the company.
    (
        "claims",
        " us|licen|lose|sue|investigat|fine|recall|shut|close|council|regulator|authorit|watchdog"
        "|probably|almost certainly|definitely|going to|expecting",
        r"\b(?:fines?|fined|fining|prosecute|sanction|penali[sz]e|investigate|hammer|comes? down"
        r"(?: hard)? on|comes? after|coming after|go after|be on to|kick|shut|close) us\b"
        r"|\b(?:pull|revoke|suspend|take away|lose) (?:our|the \w+'s) (?:\w+ )?licen[cs]e\b"
        r"|\b(?:(?:regulators?|authorit(?:y|ies)|council|ombudsman|inspectors?|inspectorate|executive"
        r"|environmental health|fire (?:service|brigade)|police|trading standards"
        r"|commission|agency|department of \w+|home office|watchdog|association of \w+)\b"
        r"[^.!?\n]{0,25}?(?:will|'ll|is|are)(?: (?:almost certainly|probably|definitely|likely"
        r"|surely|certainly|going to)){0,3}|\b[a-z]{2,5}\b[^.!?\n]{0,25}?(?:will|'ll|is|are)"
        r"(?: (?:almost certainly|probably|definitely|likely|surely|certainly|going to)){1,3})"
        r" (?:fine (?:us|the|them|our|him|her)"
        r"|investigate|open (?:an|a formal) investigation|(?:shut|close) (?:us|it|the|down)"
        r"|suspend|prosecute|force a recall|downgrade|come after|come down|go after|pull"
        r"|hammer|sanction|look at it|strike|rule against (?:us|the company)|make us (?:recall"
        r"|pay|close|refund|withdraw|pull|stop))"
        r"|\b(?:we|they)(?:'d| would|'ll| will)(?: (?:probably|almost certainly|definitely|likely"
        r"|surely|certainly))? lose(?= *(?:[.,!?;]|$| to\b| in court| the case| this| if\b"
        r"| anyway))"
        # "the CQC will probably shut that branch down", "HSE are going to have a field day
        # with us", "the GOC would shut half the stores down if they saw…" (session 19).
        r"|\b(?!we\b|i\b|you\b)[a-z]{2,5}\b(?:(?!\b(?:we|i|you)\b)[^.!?\n]){0,25}?(?:will|'ll"
        r"|is|are)(?: (?:almost certainly|probably|definitely|likely|surely|certainly|going to))"
        r"{1,3} (?:(?:shut|close) (?:[\w'-]+ ){1,3}?down|(?:shut|close) our|have a field day)\b"
        r"|\bwould (?:shut|close) (?:[\w'-]+ ){1,3}?down if they (?:saw|knew|found|looked"
        r"|checked)\b"
        r"|\bexpect\w*[^.!?\n]{0,50}?\bto sue\b|\bexpecting a class[ -]action\b"
        r"|\b(?:wants? to sue|sue us)\b[^.!?\n]{0,40}?\byou'?d (?:probably |definitely )?win\b",
        None,
    ),
    # Settling and hiding: "offer them £500 if they drop it", "don't put it in writing".
    (
        "claims",
        (
            "offer| off|admi|writing|mention|keep it|keep this|notices|told|before|nda|"
            "default|cheaper|push back|first offer|so we can|settl|so they|so nobody|"
            "so no one|as long as|go public"
        ),
        r"\bpay (?:people|them|him|her|anyone|everyone|customers|claimants)(?: \w+)? off\b"
        r"|\bpays? (?:them|people|anyone) off\b|\bpay(?:ing)? off (?:anyone|everyone|people"
        r"|claimants|complainants)\b"
        r"|\b(?:offer|offering)(?: (?:her|him|them|people|customers|claimants|you))?"
        r" (?:[£$€]\s?[\d,]+|\d+ ?%)[^.!?\n]{0,40}?\b(?:to drop|if (?:you|they|he|she)"
        r" (?:sign|take down|drop|withdraw|remove|agree|delete)|first|and tell)"
        r"|\b(?:no|not an?) admission\b(?= in writing|[.,])|\bnot admit(?:ting)? anything\b"
        r"|\b(?:don't|do not|never|please don't) (?:confirm|admit|put|say|write) (?:anything"
        r"|this|that|it)?(?: to (?:them|him|her|anyone))? ?in writing"
        r"|\bdon't mention (?:the|that|this|it|any)\b[^.!?\n]{0,40}?(?:just say|say it's|in your"
        r" complaint)"
        r"|\bkeep (?:it|this|that) (?:in the team|between us|internal|under wraps|off the"
        r" record)\b"
        r"|\b(?:hoping|hope) (?:nobody|no one|no-one) (?:notices|finds out)\b"
        r"|\b(?:haven't|hasn't|have not|has not|hadn't)(?: (?:been|yet|even))* told (?:anyone"
        r"|anybody|customers|the (?:regulator|customers|public|dpo|ico))\b|\bhasn't been told yet"
        r"|\bbefore (?:anyone|anybody|the press|the regulator|they|it|the solicitors)(?: \w+)?"
        r" (?:notices|finds out|sues|go(?:es)? to (?:court|the press)|talk|get involved)\b"
        r"|\bwith an nda\b|\bby default because\b|\bcheaper (?:for them |for us )?than"
        r" (?:investigating|fighting|paying)\b|\bonly go up if\b|\bdon't accept the first offer\b"
        r"|\bso (?:that )?we can (?:decline|reject|refuse|deny)\b"
        r"|\bsettl(?:e|ing|ed) (?:the |these |those |a few of the |all the |some of the )?"
        r"[\w -]{0,25}?(?:claims|complaints|cases|lawsuits?)\b|\bsettle\w*\b[^.!?\n]{0,40}?"
        r"\bout of court\b|\bdon't want (?:it|this|that) (?:in|to reach|getting into) the (?:papers"
        r"|press|news)\b"
        r"|\bso (?:that )?(?:they|nobody|no one|people|customers)(?: don't| won't| doesn't)?"
        r" (?:complains?|go|goes|talks?|reports?) to (?:the )?(?:regulator|press|ombudsman|media"
        r"|police|\w+ authority)\b"
        r"|\bas long as (?:he|she|they|you) (?:doesn't|don't|won't|does not|do not) (?:go to"
        r"|contact|call|involve|get) (?:a |the )?(?:solicitor|lawyer|press|regulator|court"
        r"|ombudsman)"
        r"|\bif you don't go public\b",
        None,
    ),
)
# Families written this session (issue 13, session 14). Their triggers are whole words of the
# text (a set built once per draft: a look-up instead of a scan per literal), or a phrase whose
# words must all be there; a trigger with other characters (". again", '"') is a substring.
LEGAL_BY_WORD: tuple[tuple[str, str, str, Guard | None], ...] = (
    # A gift of months past any policy, not a plan's price ("annual billing, two months free").
    (
        "beyond_policy",
        "free|on us&year|years|month|months",
        r"\b(?:a|one|two|three|six|twelve|full|whole) (?:full )?(?:years?|months?)(?: of"
        r" [\w+-]+(?: [\w+-]+)?)? (?:free|for free|on us|of free)\b(?! trial)",
        _gift,
    ),
    # Rewards for taking a review down: "if you delete that one-star review I can refund…".
    (
        "beyond_policy",
        "review|reviews|rating|ratings&if you|exchange|return",
        r"\bif you (?:take|delete|remove|edit|change|update|pull|withdraw|amend|drop)\b"
        r"[^.!?\n]{0,40}?\b(?:reviews?|ratings?|stars?)\b(?: (?:down|off))?[^.!?\n]{0,30}?"
        r"\b(?:i|we)(?:'ll| will| can| could| would)\b"
        r"|\b(?:i|we)(?:'ll| will| can| could| would)\b[^.!?\n]{0,60}?\bif you (?:take|delete"
        r"|remove|edit|change|update|pull|withdraw|amend)\b[^.!?\n]{0,30}?\b(?:reviews?|ratings?)\b"
        r"|\bin (?:exchange|return) for (?:a|your|an?) (?:\w+[- ])?(?:star |good |positive |better"
        r" )?(?:reviews?|ratings?)\b",
        None,
    ),
    # No loss at all, promised: "I'll make sure you're not out of pocket for any of it".
    (
        "beyond_policy",
        "pocket|penny",
        r"\b(?:i|we)(?:'ll| will)(?: \w+)? (?:make sure|see to it|ensure) (?:that )?you(?:'re| are"
        r"| won't be| will not be| don't| do not)? (?:not |never )?(?:left )?(?:out of pocket"
        r"|lose (?:a penny|out|anything))\b"
        r"|\byou (?:won't|will not) be (?:left )?out of pocket\b"
        r"|\byou (?:won't|will not) lose a penny\b",
        None,
    ),
    # A promise for someone else's decision: "I guarantee the GP will give you the antibiotics",
    # "I promise your premium won't go up", "I'll make sure the doctor signs it", "you'll
    # definitely get your visa", "your insurer will definitely pay out".
    (
        "outcome",
        "promise|guarantee",
        r"\b(?:i|we) (?:can |do |absolutely |personally )?(?:promise|guarantee)(?: you)?(?: that)?"
        rf" (?:the|your|they|he|she|{_DECIDERS})\b[^.!?\n]{{0,50}}?\b(?:will|'ll|won't|will not"
        r"|is going to|are going to)\b",
        _certain,
    ),
    (
        "outcome",
        "make sure|see to it|ensure",
        r"\b(?:i|we)(?:'ll| will)(?: personally)? (?:make sure|see to it|ensure)(?: that)?"
        rf" (?:the|your|their) (?:\w+ )?{_DECIDERS}\b",
        _certain,
    ),
    (
        "outcome",
        "definitely|certainly|100%|surely|for sure&you'll|will",
        r"\byou(?:'ll| will) (?:definitely|certainly|100%|for sure|surely) (?:get|receive|be"
        r" (?:given|approved|granted|accepted|offered|signed off))(?: (?:a|an|the|your))?"
        r" (?:\w+ )?(?:note|prescription|antibiotics|visa|approval|loan|mortgage|place|grant"
        r"|permit|licen[cs]e|referral|certificate|appointment|diagnosis|deposit|payout|claim)\b",
        _certain,
    ),
    (
        "outcome",
        "pay out|pay up|cover it|cover you|cover the lot|approve it|approve you|side with you"
        "|your favo",
        r"\b(?:they|he|she|the insurer|your insurer)(?:'ll| will)(?: definitely| certainly)?"
        r" (?:pay out|pay up|cover (?:it|you|the lot)|approve (?:it|you)|side with you|rule in your"
        r" favou?r)\b",
        _certain,
    ),
    # Inviting a claim against the company, or coaching what to tell an insurer or a court.
    (
        "claims",
        "against us|sue us|take us to|tell your|tell the",
        r"\b(?:claim|sue|complain|file|lodge|go|come)\w*(?: (?:a|an) \w+)? against us\b"
        r"|\bsue us\b|\btake us to (?:court|a tribunal|tribunal|the ombudsman|small claims)\b"
        r"|\btell (?:your|the) (?:insurer|insurance(?: company)?|bank|card issuer|police|court"
        r"|judge|solicitor|lawyer|landlord|employer|airline|tribunal|ombudsman)\b(?: that)?"
        r" (?:it was|it's|we|our)\b",
        _encouraged,
    ),
    # Destroying or withholding evidence: "just delete the clips before you send the log to your
    # insurer", "clear your chat history with us before you talk to a solicitor". The party the
    # evidence is kept from is the trigger: deleting and clearing are everyday support steps.
    (
        "claims",
        "insurer|insurers|insurance|police|solicitor|solicitors|lawyer|lawyers|attorney|court"
        "|investigation|investigator|investigators|investigating|investigate|regulator|regulators"
        "|inspector|inspectors|inspection|auditor|auditors|ombudsman|tribunal|claim|claims|dispute"
        "|chargeback|subpoena|press|journalist|journalists"
        "&delete|wipe|erase|clear|destroy|shred|rid|scrub|remove|bin|throw|edit|lose|don't|leave"
        "&clip|clips|footage|cctv|recording|recordings|video|videos|log|logs|chat|chats|history"
        "|messages|emails|e-mails|record|records|notes|photos|pictures|evidence|files|texts|dms"
        "|receipts|data|readings",
        rf"\b(?:delete|wipe|erase|clear|destroy|shred|get rid of|scrub|remove|bin|throw away|edit"
        rf"|lose|don't send|don't show|don't give|don't share|don't forward|don't mention|leave"
        rf" out)\b[^.!?\n]{{0,50}}?\b{_EVIDENCE}\b[^.!?\n]{{0,80}}?\b{_PARTIES}\b",
        _advised,
    ),
    # A defect or a failure kept quiet, known across a batch, or flagged and ignored: "we're
    # quietly swapping belts because they slip", "some sensors from the spring batch aren't
    # reporting properly", "we've all flagged it, management just shrugs", "they never
    # announced it", "we know they don't lock".
    (
        "unsafe",
        "quietly|silently|on the quiet|under the radar|without making|without a|without any"
        "|without telling|without announc",
        rf"\b(?:quietly|silently|on the quiet|under the radar|without (?:making |any )?(?:a )?"
        rf"(?:big )?(?:fuss|announc\w+|telling (?:anyone|anybody|people|customers|members"
        rf"|patients|users)))"
        rf"\b[^.!?\n]{{0,80}}?\b{_FAULTS}"
        rf"|\b{_FAULTS}[^.!?\n]{{0,80}}?\b(?:quietly|silently|on the quiet|under the radar"
        rf"|without (?:making |any )?(?:a )?(?:big )?(?:fuss|announc\w+|telling))\b",
        _quiet_fault,
    ),
    (
        "unsafe",
        "announced|disclosed|told",
        r"\b(?:never|didn't|did not|haven't|have not|hasn't|has not) (?:announced|disclosed|told"
        r" (?:anyone|anybody|customers|members|patients|users|people|the public))\b",
        _quiet_fault,
    ),
    (
        "unsafe",
        "batch|production|shipment",
        rf"\b(?:batch|production run|shipment) [^.!?\n]{{0,40}}?{_FAULTS}"
        rf"|\b{_FAULTS}[^.!?\n]{{0,40}}?\b(?:whole|entire|bad|faulty|that|the \w+) batch\b",
        _quiet_fault,
    ),
    (
        "unsafe",
        "flagged|reported|raised|escalated|management|miscalibrated|miscalibration|miscalibrating",
        r"\b(?:we've|we have|i've|i have|staff have|everyone has|we)(?: all)? (?:flagged|reported"
        r"|raised|escalated) (?:it|this|that)\b[^.!?\n]{0,40}?\b(?:shrug\w*|ignor\w*|does nothing"
        r"|did nothing|doesn't care|don't care|sat on|nothing happen\w*)"
        r"|\bmanagement (?:just )?(?:shrugs|shrugged|ignores|ignored|sat on it|doesn't care)"
        r"|\bmiscalibrat\w+",
        _quiet_fault,
    ),
    (
        "unsafe",
        "we know|i know|all know|we're aware|we are aware|everyone know",
        r"\b(?:we|i|everyone)(?: all)? (?:know|are aware|'re aware) (?:that )?(?:they|it|the"
        r" \w+|these|those)\b[^.!?\n]{0,30}?(?:don't|doesn't|aren't|isn't|can't|won't|never)"
        r" (?:\w+ )?(?:work\w*|report\w*|detect\w*|trigger\w*|lock\w*|hold\w*|alert\w*|catch\w*)",
        _quiet_fault,
    ),
    # A leak or a failure owned: "the master code leaked", "alarms piling up, nobody dispatched".
    (
        "fault",
        "leaked|stolen|exposed|compromised",
        r"\b(?:codes?|passwords?|pins?|keys?|data|database|details|records|master \w+|card"
        r" numbers?)(?: (?:was|were|got|had|has|have been|had been))? (?:leaked|exposed"
        r"|compromised|stolen)\b",
        _owned,
    ),
    (
        "fault",
        "nobody|no one|no-one",
        r"\b(?:alarms?|alerts?|calls?|emergenc\w+|sos|panic \w+)\b[^.!?\n]{0,40}?\b(?:nobody|no"
        r" one|no-one)(?: \w+)? (?:dispatched|responded|came|answered|checked|picked up|noticed"
        r"|was sent)\b",
        _owned,
    ),
    # Damage by our own people owned, and duties missed before a harm: "our fitter cracked the
    # frame", "the engineer forgot to tighten the hinge, which is why the door fell on you",
    # "we should have warned you the glass can shatter", "legally we're responsible".
    (
        "fault",
        "fitter|fitters|engineer|engineers|installer|installers|technician|technicians|driver"
        "|drivers|courier|locksmith|contractor|contractors|staff|team|glazier|plumber|electrician"
        "|cleaner|cleaners|movers|crew|mechanic&cracked|broke|smashed|scratched|dented|damaged"
        "|flooded|scorched|dropped|ripped|chipped|gouged|fitted|installed",
        rf"\b(?:our|the|my|your) {_STAFF} (?:cracked|broke|smashed|scratched|dented|damaged|flooded"
        r"|scorched|dropped|ripped|chipped|gouged|fitted \w+ (?:wrong|upside down|backwards)"
        r"|installed \w+ (?:wrong|incorrectly))\b",
        _owned_not_routed,
    ),
    (
        "fault",
        "fitter|fitters|engineer|engineers|installer|installers|technician|technicians|driver"
        "|drivers|courier|locksmith|contractor|contractors|staff|team|glazier|plumber|electrician"
        "|cleaner|cleaners|movers|crew|mechanic&forgot|didn't|did|failed|never",
        rf"\b(?:our|the) {_STAFF} (?:forgot to|didn't|did not|failed to|never)\b",
        _danger_statement,
    ),
    (
        "fault",
        "should have|should've|responsible|liable|to blame|at fault",
        r"\b(?:we|i) should(?:'ve| have)(?: \w+)? (?:warned|told|checked|tested|inspected|caught"
        r"|spotted|flagged|fixed|replaced|recalled|stopped|known|secured|locked)\b"
        r"|\b(?:we're|we are|we'd be|we would be|we were)(?: (?!not\b|never\b|only\b)\w+)?"
        r" (?:legally |fully |100% )?"
        r"(?:responsible|liable|at fault|to blame)\b",
        _fault_asserted,
    ),
    # A flaw of a whole line told as known: "those handles are known to snap", "can be opened
    # with a screwdriver", "failed the safety test but we still sell them", "should be recalled".
    (
        "unsafe",
        "known|opened|picked|bypassed|forced|unlocked|broken|recall|recalled|sell|selling|fit"
        "|fitting|rent|renting|use|using|ship|shipping|make|making|install|installing"
        "&known|can|still|continue|keep|recall|recalled|recalls",
        r"\b(?:are|is|were|was) known to (?:snap|fail|break|crack|leak|overheat|catch fire|shatter"
        r"|jam|stick|come loose|give way|short)\b"
        r"|\bcan be (?:opened|picked|bypassed|forced|unlocked|broken into) (?:with|by) (?:a|any"
        r"|just a|anyone with a) \w+"
        r"|\b(?:but|and|yet) (?:we|they) (?:still|continue to|keep) (?:sell|selling|fit|fitting"
        r"|rent|renting|use|using|ship|shipping|make|making|install|installing)\b"
        r"|\b(?:should|will|is going to|are going to|needs? to|ought to) (?:be )?recalled\b"
        r"|\bthe recall is (?:coming|happening|on its way|being prepared)\b"
        r"|\b(?:a|the) recall (?:is|will be) (?:coming|announced|likely)\b",
        _flaw_statement,
    ),
    # Coaching what to tell an insurer, a court or the police: "don't tell the insurance company
    # the alarm was off", "say the window was shut when you file the claim", "the insurer won't
    # find out"; a waiver that takes a right away; silence paid for.
    (
        "claims",
        "insurer|insurance|police|bank|landlord|court|judge|assessor|adjuster|claim|report|form"
        "|sue|waive|post|tweet|review|public|press|anyone|write|mention"
        "&don't|never|say|won't|can't|cannot|doesn't|not|waive|need",
        r"\b(?:don't|do not|never|no need to) (?:tell|mention (?:it )?to) (?:the|your) (?:insurer"
        r"|insurance(?: company)?|police|bank|landlord|court|judge|assessor|adjuster)\b"
        r"|\b(?:just )?say (?:that )?(?:the|it|you|your)\b[^.!?\n]{0,40}?\bwhen you (?:file|make"
        r"|submit|put in|fill in) (?:the|your) (?:claim|report|form)\b"
        r"|\b(?:insurer|insurance(?: company)?|bank|police|landlord|court|assessor) (?:won't|will"
        r" never|doesn't need to|don't need to|never has to) (?:find out|know)\b"
        r"|\byou (?:can't|cannot|won't be able to) sue us\b"
        r"|\bwaive (?:your|any) (?:right|claim)s?\b"
        r"|\b(?:just |as long as you |if you )?(?:don't|do not) (?:post|write|tweet|tell anyone"
        r"|leave a review|review|mention it|go public|talk to the press)\b"
        r"(?=[^.!?\n]{0,40}(?:[.!?\n]|$))",
        _paid_or_coached,
    ),
    # Getting a lawyer urged, or a payout promised: "get a lawyer, you'll get more than we can
    # offer", "I'll make sure you get compensation for the stolen bike".
    (
        "claims",
        "lawyer|solicitor|attorney",
        r"\b(?:get|find|hire|call) (?:a|yourself a|an) (?:lawyer|solicitor|attorney)\b",
        _encouraged_or_bare,
    ),
    (
        "beyond_policy",
        "make sure|see to it|ensure&compensation|compensated|payout|refund|money|damages|penny|full"
        "|paid",
        r"\b(?:i|we)(?:'ll| will)(?: personally)? (?:make sure|see to it|ensure) (?:that )?you"
        r" (?:get|receive|are paid|are compensated)\b[^.!?\n]{0,30}?\b(?:compensation|payout"
        r"|refund|money|damages|every penny|the full)\b",
        None,
    ),
    # Safety warnings to be ignored in other words: "tape over the warning light and keep
    # driving", "keep using it even though it smells of burning", "take two instead of one".
    (
        "advice",
        "tape|cover|keep|carry|instead&warning|alarm|alarms|light|lights|sensor|sensors|detector"
        "|detectors|smells|smell|sparks|leaks|beeps|overheats|burns|smokes|cracks|wobbles|hisses"
        "|tablets|tablet|pills|pill|capsules|doses|puffs|drops",
        r"\b(?:tape over|cover up|put tape over|stick tape over)\b [^.!?\n;,]{0,20}?\b(?:warning"
        r" \w+|alarms?|lights?|sensors?|detectors?)\b"
        r"|\b(?:keep|carry on) (?:using|driving|running|wearing|eating|charging|riding)\b"
        r"[^.!?\n]{0,40}?\beven (?:though|if) (?:it|they) (?:smells?|sparks?|leaks?|beeps?"
        r"|overheats?|burns?|smokes?|cracks?|wobbles?|hisses?)"
        r"|\btake (?:two|three|double|an extra|more)\b[^.!?\n]{0,30}?\b(?:tablets?|pills?"
        r"|capsules?|doses?|puffs?|drops)\b[^.!?\n]{0,20}?\binstead of\b",
        None,
    ),
    # Advice beyond a support agent's competence: a diagnosis, a dose, a warning to ignore, a
    # safety device to switch off, no doctor needed, "safe to keep using" after a danger.
    (
        "advice",
        "cancer|tumour|tumor|sepsis|infection|infected|stroke|heart attack|concussion|concussed"
        "|fracture|fractured|nothing serious|harmless|benign|contagious|infectious|diabetes"
        "|diabetic|pregnant|allergic|allergy|meningitis|appendicitis",
        rf"\b(?:you|it|this|that|he|she)(?:'s|'re| is| are| do| does)?(?: \w+)? (?:definitely"
        rf"|certainly|absolutely|100%|clearly|obviously) (?:don't |do not |doesn't |isn't |is not"
        rf" |not |won't |aren't )?(?:have |be |got |need |a |an )?(?:a |an )?{_CONDITIONS}\b",
        _advised_or_danger,
    ),
    (
        "advice",
        "dose|dosage|medication|meds|tablets|insulin|pills|inhaler",
        r"\b(?:double|triple|increase|up|halve|skip|stop taking|come off)\b (?:the|your|his|her"
        r"|their) (?:dose|dosage|medication|meds|tablets|insulin|pills|inhaler)\b",
        _advised_or_danger,
    ),
    (
        "advice",
        "ignore|disregard|bypass|override",
        r"\b(?:ignore|disregard|bypass|override)\b [^.!?\n;,]{0,20}?\b(?:warnings?|warning \w+"
        r"|alarms?|alerts?|recall|safety (?:warnings?|notices?|alerts?|checks?|instructions|advice"
        r"|labels?|cut-?outs?|switch\w*|locks?)|error codes?|beeping|smell|symptoms?|pain)\b",
        _advised_or_danger,
    ),
    (
        "advice",
        "smoke|carbon|co|fire|safety|cut-out|cutout|cut-outs|cutouts|interlock|interlocks"
        "|fuse|rcd|rcds",
        r"\b(?:disable|turn off|switch off|unplug|remove|take out|tape over)\b [^.!?\n;,]{0,20}?"
        r"\b(?:smoke (?:alarm|detector)s?|co (?:alarm|detector)s?|carbon monoxide (?:alarm"
        r"|detector)s?|fire alarms?|safety (?:cut-?out|switch|guard|valve|lock|sensor)s?|cut-?outs?"
        r"|interlocks?|thermal fuse|rcds?)\b",
        _advised_or_danger,
    ),
    (
        "advice",
        "no need to|don't need to|do not need to",
        r"\b(?:no need to|don't need to|do not need to|there's no need to) (?:see|call|go to"
        r"|visit|ring|contact) (?:a |the |your )?(?:doctor|gp|a&e|er|hospital|vet|dentist"
        r"|emergency services|911|999|112)\b(?! (?:to|for|first|before|in person)\b)",
        _advised_or_danger,
    ),
    (
        "advice",
        "safe to|fine to|ok to|okay to",
        r"\b(?:it's|it is|they're|they are)(?: still| perfectly| totally| completely)? (?:safe"
        r"|fine|ok|okay) to (?:keep )?(?:using|use|driving|drive|eating|eat|drinking|drink|wear"
        r"|wearing|charging|charge|take|taking)\b",
        _advised_or_danger,
    ),
    # --- Session 15 (tone-v10): speech acts of the misses, each a family of its own --------
    # Paying to keep a dispute away: "refund her in full so she doesn't go to the ombudsman",
    # "give them the credit before they call a lawyer", "settle these quietly".
    (
        "claims",
        "solicitor|solicitors|lawyer|lawyers|ombudsman|regulator|watchdog|press|papers|court"
        "|media|journalist|journalists|attorney|tribunal|quietly",
        r"\b(?:so|so that|before|in case) (?:he|she|they|the customer|the client|the guest)"
        r"(?:'s| is| are|'re)? (?:doesn't|don't|won't|can't|never|does not|do not|will not|gets?"
        r"|goes?|calls?|rings?|contacts?|writes? to|runs? to|takes? (?:it|this|us))(?: \w+){0,3}?"
        r" (?:to |with )?(?:a |an |the |his |her |their )?(?:solicitor|lawyer|ombudsman"
        r"|regulator|watchdog|press|papers|court|media|journalist|attorney|tribunal)s?\b"
        r"|\b(?:settle|pay out on|pay off) (?:[\w-]+ ){0,4}?quietly\b"
        r"|\bquietly (?:settle|pay off)\b",
        _paid_for,
    ),
    # Harm foretold from a fault we know of: "someone's going to get hurt", "it's an accident
    # waiting to happen", "only a matter of time before somebody is injured".
    (
        "unsafe",
        "hurt|killed|injured|electrocuted|burned|burnt|accident|matter",
        r"\b(?:someone|somebody|a customer|a kid|a child|a passenger|a guest)(?:'s| is|'ll| will)"
        r"(?: (?:going to|gonna|bound to))? (?:get|be) (?:badly |seriously )?(?:hurt|killed"
        r"|injured|electrocuted|burned|burnt)\b"
        r"|\ban accident waiting to happen\b"
        r"|\b(?:only )?a matter of time (?:before|until) (?:someone|somebody|a customer|a child"
        r"|it catches fire|it falls|it gives way)\b",
        _foretold,
    ),
    # A whole line known to be faulty: "those valves are known to be dodgy", "these heaters
    # are known to blow".
    (
        "unsafe",
        "known",
        r"\b(?:are|is|were|was) known to (?:be (?:dodgy|faulty|defective|dangerous|unsafe"
        r"|unreliable|flaky|a fire risk|a hazard)|blow|explode|burst|spark|give out|fail|crack"
        r"|leak|overheat|catch fire|short out)\b",
        _statement,
    ),
    # Cover without end: "the plan covers this forever", "we'll replace it for life",
    # "you're covered indefinitely".
    (
        "beyond_policy",
        "forever|indefinitely|life|ever&cover|covers|covered|replace|fix|repair|free|refund",
        r"\b(?:covers?|covered|replace|fix|repair|refund)\b[^.!?\n]{0,30}?\b(?:forever"
        r"|for ever|for life|indefinitely)\b",
        _gift,
    ),
    # A blank cheque: "just pay her whatever she asks", "give them whatever they want".
    (
        "beyond_policy",
        "whatever",
        r"\b(?:pay|give|refund|offer|send)(?: (?:him|her|them|the customer|the client|it|out))?"
        r" whatever (?:he|she|they|the customer|the client)(?:'s| is|'re| are)? (?:asks?|wants?"
        r"|demands?|claims?|asking for|wanting|after)\b",
        None,
    ),
    # A limit or rule set aside to pay: "don't worry about the pocket rule, we'll cover it",
    # "the limit is £100, but I'll push it through at £800".
    (
        "beyond_policy",
        "limit|rule|rules|policy|cap|maximum|max|excess|print",
        r"\b(?:don't worry about|never mind|forget(?: about)?|ignore|(?:i|we)(?:'ll| will| can)"
        r" (?:waive|bend|skip|overlook|ignore)) (?:the|that|our) (?:[\w-]+ )?(?:limit|rule|rules"
        rf"|policy|cap|maximum|excess|small print)\b(?:{_PAID_PAST})?"
        r"|\b(?:limit|cap|maximum|max)(?: payout)? (?:is|of) [£€$]\s?\d[\d,]*(?:\.\d\d)?,?"
        rf" (?:but|though|however)\b(?:{_PAID_PAST})?",
        _overruled,
    ),
    # Liability asserted outright: "they're liable for every item and they know it",
    # "head office is fully liable for this".
    (
        "fault",
        "liable",
        r"\b(?:they're|they are|the company is|the company's|management is|management are"
        r"|head office is|the business is)(?: (?:fully|totally|completely|100%|legally|clearly"
        r"|obviously))? liable\b",
        _liable_claimed,
    ),
    # --- Session 16 (tone-v11): speech acts of the misses, each a family of its own --------
    # A payment already made for a loss no policy covers: "I've arranged a £300 payment to cover
    # your lost wages", "we've authorised a transfer towards the hotel".
    (
        "beyond_policy",
        "arranged|authorised|authorized|approved|organised|organized|issued|sent|through"
        "&wages|salary|earnings|income|hotel|hotels|taxi|taxis|rent|childcare|physio|dentist"
        "|hospital|vet|vets|medical|doctor|solicitor|lost|off|hire|rental",
        rf"\b{_WE}(?:'ve| have)(?: (?:just|now|already|also|gone ahead and))? (?:arranged"
        r"|authori[sz]ed|approved|organi[sz]ed|issued|sent|put through)\b[^.!?\n]{0,25}?"
        r"(?:[£€$]\s?\d[\d,.]*|payment|payout|transfer|reimbursement|cheque)\b[^.!?\n]{0,20}?"
        r"\b(?:to cover|to pay for|for|towards|to make up for) (?:your |the |his |her |their"
        r" |all )?(?:lost \w+|wages|salary|earnings|income|time off|days? off|hotels?|taxis?|rent"
        r"|childcare|physio\w*|dentist\w*|hospital|vet\w*|medical \w+|doctor\w*|solicitor\w*"
        r"|legal \w+|(?:rental|hire) (?:car|van))\b",
        _statement,
    ),
    # A payment made past a rule we name: "an early payout, even though it's not the 15th",
    # "we'll pay the full amount even though you declared less".
    (
        "beyond_policy",
        "though|even if|without|regardless|despite",
        rf"\b{_WE}(?:'ve| have|'ll| will|'m going to| am going to|'re going to| are going to)"
        r"(?: \w+)? (?:arranged|paid|pay"
        r"|approved|authori[sz]ed|sent|issued|put through|processed|refund\w*|reimburs\w*"
        r"|replac\w*|cover\w*)\b[^.!?\n]{0,60}?\b(?:even though|even if|even without"
        r"|regardless of|despite)\b",
        _statement,
    ),
    # A payment said to be over the norm: "I know it's over the normal amount".
    (
        "beyond_policy",
        "know|realise|realize|aware|appreciate&over|above|beyond|more|outside|past",
        rf"\b(?:i|we)(?:'ve| have|'ll| will|'m| am|'re| are)\b[^.!?\n]{{0,80}}?{_OVER_NORM}"
        rf"|{_OVER_NORM}",
        _paid_for,
    ),
    # A hazard said casually when it is our slip: "we used the wrong stock and it's
    # flammable", "we're not sure the inks are safe for little ones".
    (
        "unsafe",
        "flammable|combustible|toxic|poisonous|carcinogenic",
        r"\b(?:it's|it is|they're|they are|is|are|was|were)(?: (?!not\b|never\b)\w+)? (?:highly"
        r" |very |quite |really |actually )?(?:flammable|combustible|toxic|poisonous"
        r"|carcinogenic)\b",
        _our_slip,
    ),
    (
        "unsafe",
        "sure|convinced|certain|confident&safe|non-toxic|food-safe|child-safe",
        r"\bnot (?:sure|convinced|certain|confident) (?:that )?(?:the|our|these|those|it|they"
        r"|this|that)(?: [\w'-]+){0,4}? (?:is|are|'s|'re|would be|will be) (?:really |actually"
        r" |100% )?(?:safe|food-safe|child-safe|non-toxic)\b",
        _statement,
    ),
    # Our own kit said to be weak, insecure or faulty outright: "those hooks aren't strong
    # enough", "our lockers aren't secure", "our heat mats clearly have a wiring fault".
    (
        "unsafe",
        "enough|secure&aren't|isn't|weren't|wasn't|not",
        r"\b(?:aren't|isn't|weren't|wasn't|are not|is not) (?:really |quite |actually |properly"
        r" )?(?:strong|sturdy|secure|stable|thick|rated|certified|tested|safe) enough\b"
        r"|\b(?:aren't|isn't|are not|is not|weren't|wasn't)(?: really| actually| properly)?"
        r" secure\b",
        _ours_stated,
    ),
    (
        "unsafe",
        "faulty|defective|dodgy|fault|defect|flaw",
        r"\bour(?: [\w'-]+){1,3} (?:(?:are|is|were|was) (?:definitely|clearly|obviously"
        r"|genuinely|all|basically) (?:faulty|defective|dodgy)|(?:definitely|clearly|obviously"
        r"|all) (?:have|has) (?:a |an )?(?:\w+ )?(?:fault|defect|flaw))\b",
        _statement,
    ),
    (
        "unsafe",
        "standard|spec|code|scratch|known",
        r"\b(?:was|were|is|are|has|have)(?: \w+)? (?:never|not|n't) (?:been )?up to (?:standard"
        r"|spec|code|scratch)\b"
        r"|\b(?:we|they|management|head office)(?:'ve|'d| have| had) known\b(?= *(?:[.,;!]|$"
        r"|for|since|about (?:it|this|that|the (?:fault|defect|problem|risk))|all along"
        r"|(?:that )?(?:the|it|they|those|these|our)\b))",
        _danger_statement,
    ),
    # Someone else's medical bills asked for: "send us the hospital bills".
    (
        "beyond_policy",
        "bills|bill|invoices|invoice|receipts|receipt",
        r"\b(?:send|forward|email|e-mail)(?: (?:us|me))?(?: over)? (?:the |your |any |all the |all"
        r" your )?(?:hospital|medical|vet's|vet|vets|dentist's|dental|physio|doctor's|a&e|ambulance"
        r"|prescription|pharmacy|therapy) (?:bills?|invoices?|receipts?)\b"
        r"(?:[^.!?\n]{0,40}?\b(?:we|i)(?:'ll| will) (?:cover|pay|reimburse|refund|sort)\b"
        r"[^.!?\n,;]*)?",
        _statement,
    ),
    # A painkiller recommended by support: "just take two ibuprofen".
    (
        "advice",
        "ibuprofen|paracetamol|aspirin|antihistamine|antihistamines|painkiller|painkillers"
        "|nurofen|calpol|tylenol|advil|piriton|codeine",
        r"\b(?:take|give (?:him|her|them|your \w+)|pop)(?: (?:two|three|a couple of|a few|some"
        r"|an?|\d+|an extra|extra|double))? (?:ibuprofen|paracetamol|aspirin|antihistamines?"
        r"|painkillers?|nurofen|calpol|tylenol|advil|piriton|codeine)\b",
        _unadvised_dose,
    ),
    # --- Session 19 (wording-v14) -------------------------------------------------------
    # Goodwill money past the usual for the trouble: "a £50 voucher for the hassle", "£75 credit
    # to your account for the inconvenience", "credit £150 for the hassle", "£75 credit to say
    # sorry, on top of the refund" (writers of holdout8 … holdout12). The small gesture stays
    # clean: the read sets' clean drafts give £10 to £25 for the trouble.
    (
        "beyond_policy",
        "£|€|$|gbp|eur|usd&trouble|hassle|inconvenience|stress|upset|on top",
        rf"{_GOODWILL_SUM}(?: [\w-]+){{0,5}}? for (?:the|your|all the) (?:inconvenience|trouble"
        r"|hassle|stress|upset)\b"
        rf"|\b(?:credit|add|give|send|pay|transfer)\w*(?: you)? {_GOODWILL_SUM} for (?:the|your"
        r"|all the) (?:inconvenience|trouble|hassle|stress|upset|delay|wait)\b"
        rf"|{_GOODWILL_SUM}(?: [\w-]+){{0,5}}?,? on top of (?:the|your) (?:full )?refund\b",
        None,
    ),
)

# --- Hostile tone ---------------------------------------------------------------------------

_PRAISE = (
    r"(?:groundbreaking|bold|impressive|shocking|classic|interesting|genius|fascinating"
    r"|riveting|stunning|remarkable|priceless|inspired|outstanding|visionary|revolutionary"
    r"|incredible|amazing|brilliant|lovely)"
)
_REASSURING = re.compile(
    r"^(?:a |an |the |your |you )?(?:fault|bug|error|problem|issue|scam|fraud|virus|mistake"
    r"|something|anything|failure|refusal|charge|fine|penalty|fee|sign|mark|reflection|judgement"
    r"|judgment|criticism|complaint|hack|breach|ban|punishment|big deal|disaster|defect"
    r"|faulty|one-off|recall|outage|yours|yours to|permanent|loss|new)"
)
_PET_NAMES = r"(?:sweetie|sweetheart|sweety|hun|honey|darling|genius|einstein|sherlock|champ|kiddo)"
_COUNT = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st"
    r"|nd|rd|th))"
)
_TIMES = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand|a million|\d+"
    r"|many|several|multiple|so many|umpteen|countless) times|twice)"
)
# "clearer", "simpler", "more obvious": how much plainer a thing could be said (session 37).
_PLAINER = (
    r"(?:clearer|simpler|plainer|bigger|bolder|larger|louder|easier|more (?:obvious|explicit"
    r"|visible|prominent|clearly|plainly|simply))"
)
HOSTILE: tuple[tuple[str, str, str, Guard | None], ...] = (
    # Mock praise: a one- or two-word verdict after the reader's doing.
    (
        "sarcasm",
        (
            "groundbreaking|bold|impressive|shocking|classic|interesting|genius|fascinating|"
            "riveting|stunning|remarkable|priceless|inspired|outstanding|visionary|"
            "revolutionary|incredible|amazing|brilliant|lovely"
        ),
        rf"(?:^|(?<=[.!?\n])|(?<=[.!?\n] )|(?<=\. {{2}}))\s*(?:(?:very|truly|so|how|really"
        rf"|just|simply) )?{_PRAISE}(?: (?:stuff|plan|strategy|move|choice|idea|work))?"
        rf"(?:,? (?:honestly|i know|really|truly|indeed|though))?(?:\.|(?= ?[\U0001F300-\U0001FAFF"
        rf"\u2600-\u27BF]))"
        r"|\binteresting (?:choice|strategy|approach) to\b|\bbold (?:strategy|plan|move|choice)\b",
        _mock_praise,
    ),
    (
        "sarcasm",
        (
            "cool story|nice try|sure, jan|boomer|skill issue|git gud|you problem|bless your|"
            "happy now|congrat|who could have|truly a mystery|for you 🙃|for you 😢|how awful|"
            "how terrible|how tragic|imagine|thanks for|filed appropriately|enthusiasm|"
            "another|achievement of sorts|well, some|funnily enough|while i'm at it|shall we|"
            "what did you expect|did you expect|though?|special breed|victim|entitlement|"
            "whiny|cool cool|groundbreaking|sure|seriously|actually|really|honestly|shocked|"
            "surprised|come on|now it's|how|okaaa|noob|n00b|\"|\u201c|translation|in your mind|"
            "unfortunately for you|i'm sure|like op|like you|who can|would complain|suit|"
            "your speed|stone age|who actually|\U0001f485|\U0001f644|\U0001f921"
        ),
        r"\bcool story\b|\bnice try\b|\bsure,? jan\b|\bok(?:ay)?,? boomers?\b|\bboomers\b"
        r"|\bskill issue\b|\bgit gud\b|\b(?:a|an absolute|a total) you problem\b|\bbless your"
        r" (?:heart|soul)\b|\bhappy now\?"
        r"|\bcongrat\w*,? (?:on |you'?ve |you have )(?:finally )?(?:finding|found|discovering"
        r"|discovered|working out|worked out|figuring out|figured out)\b"
        r"|\bwho (?:could|would) have (?:seen that coming|guessed|thought)\b|\btruly a mystery\b"
        r"|\bhow (?:awful|terrible|tragic|dreadful|horrible) for you\b"
        r"|\bimagine (?:complaining|crying|blaming|failing|being (?:this|so)|whining|moaning"
        r"|getting (?:this|so) (?:upset|angry|worked up)|not reading|thinking)\b"
        r"|\bthanks for (?:the|your) (?:essay|novel|lecture|thesis)\b|\bthanks for (?:the|your)"
        r" (?:very )?(?:constructive|helpful|useful|insightful) [^.!?\n]{0,20}?(?:review"
        r"|feedback|input|comment)\b|\bthanks for (?:the|your) [^.!?\n]{0,40}?, (?:very|really"
        r"|so) (?:helpful|useful|constructive)\b|\bthanks for the input 👍|\bfiled (?:it )?"
        r"(?:appropriately|accordingly)\b|\bsame level of enthusiasm\b"
        r"|\b(?:wow|oh good|great|ah yes|oh look|cool cool cool|oh wow|yay),? another\b"
        r"|\ban achievement of sorts\b|\bwell,? some of us\b|\bfunnily enough\b"
        r"|\bwhile i'm at it\?|\bshall we\?|\bwhat (?:did|do|were) you (?:expect|think would"
        r" happen)\b|\bdid you expect\b[^.!?\n]{0,40}\?|\bdid you,? though\?"
        r"|\b(?:a|the) special breed\b|\beveryone'?s a victim\b|\bthe entitlement\b|\bwhiny\b"
        r"|\bgroundbreaking(?: stuff)?\b"
        r"|\b(?:oh )?sure,? (?:\w+, )?(?:let's|we'll just|i'll just)\b[^.!?\n]{0,60}?(?:\bwhole\b"
        r"|\bentire\b|because you|\bblame\b|for you\b[^.!?\n]*\?|[\U0001F44D\U0001F618"
        r"\U0001F644])|\bsure,? blame\b|\boh sure,? because\b"
        r"|\b(?:are you|you're|you are) (?:seriously|actually|really|honestly) (?:asking|expecting"
        r"|telling|suggesting) (?:us|me)\b"
        r"|\b(?:and )?you're (?:shocked|surprised)\b[^.!?\n]{0,40}\?"
        r"|(?<=\? )come on\.|\band now it's (?:our|my) fault\b"
        r"|\b(?:funny|interesting|amazing|strange|odd|curious) how (?:it's always|the (?:people"
        r"|members|customers|ones)|every|everyone|some people|you)\b"
        r"|\bo+k+a{3,}y+\b|\bnoob\b|\bn00b\b|\bstone age\b|\bpeople who actually\b"
        r"|\byour [\"\u201c](?:complaint|review|feedback|emergency|research|issue|problem)"
        r"[\"\u201d]"
        r"|\bnobody [\"\u201c]\w+[\"\u201d]|\blol [\"\u201c]"
        r"|\bour favou?rite [\"\u201c]?\w+[\"\u201d]? again\b|\btranslation of (?:op|your)\b"
        r"|\bi'm sure in your mind\b|\bunfortunately for you\b"
        r"|\bi'm sure [^.!?\n]{0,60}? is very \w+, but\b"
        r"|\b(?:customers|people|students|members|owners|users|guests) (?:like op|like you|who"
        r" can't|who cannot)\b"
        r"|\bsome people would complain\b|\bwould suit (?:you|someone)[^.!?\n]{0,30}better\b"
        r"|\bmore your speed\b",
        _not_teasing,
    ),
    # "It's a toaster, not a spaceship": the reader's thing belittled against a grand one.
    (
        "condescension",
        "not ",
        r"\b(?:it's|it is|this is|that's|they're|we're|we are|you're|you are)(?: (?:a|an|just a"
        r"|just an|only a|only an|just|literally a))? [^.!?\n,\"\u201c\u201d:;\u2013\u2014]{1,30}"
        r"(?:, [a-z]+)?, not (?:a |an |the |some )?[^.!?\n,\"\u201c\u201d:;\u2013\u2014]{2,30}",
        _belittled,
    ),
    (
        "condescension",
        "not ",
        r"\bnot rocket (?:science|surgery)\b|\bnot brain surgery\b"
        r"|\b(?:(?:we're|we are|i'm|i am|(?:she|he|they)(?:'s|'re| is| are)) not|\w+ (?:isn't"
        r"|is not)) (?:your|a) (?:mum|mom|mother|dad|babysitter|baby-?sitting service|nanny|maid"
        r"|servants?|slaves?|personal \w+|therapist)\b",
        None,
    ),
    # "Let me explain it slowly", "with smaller words", "let me spell it out".
    (
        "condescension",
        "slowly|words|spell it out|bigger for you|keep up",
        r"\b(?:i'll|i will|i'm going to|i am going to|let me|i'll try to|i can)(?: (?:\w+"
        r" ){0,5}?)?(?:say|explain|type|go|put|spell|write|repeat|use|try)\b[^.!?\n]{0,40}?"
        r"\b(?:slowly|(?:smaller|simpler|simple|shorter|little|short) words)\b"
        r"|(?:^|(?<=[.!?\n] ))so,? slowly[:.]|\bspell it out\b|\bbigger for you\b"
        r"|\btry to keep up\b"
        r"|\b(?:smaller|simpler|simple) words\b(?= so)|\buse your words\b",
        None,
    ),
    # "Reading helps", "Learn to use a search engine", "The clue is in the name", "use your brain".
    (
        "condescension",
        (
            "reading helps|learn to|clue|your brain|grow up|google|search bar|get off your|"
            "so hard|isn't that|really not|isn't optional|unclear|not everything is|you still|"
            "in bold|have you tried actually|not your thing|cut out for|teach you|read|search|"
            "check|letters|in bold|evidently|apparently|how|kidding|saved|bothered|wasted|part of|"
            "waste of|half as much|did you do|wrong with|load of|if you"
        ),
        r"\breading helps\b|(?:^|(?<=[.!?\n] ))learn to \w+\.|\bthe clue'?s? (?:is )?in the name\b"
        r"|\buse your (?:brain|head|eyes)\b|\bgrow up\b|\btry google\b|\bthere's a search bar\b"
        r"|\bget off your (?:arse|ass|backside)\b"
        r"|\bwhat'?s so (?:hard|difficult|complicated) about\b|\bso (?:hard|difficult) for"
        r" (?:some people|you|people|some of you) to\b"
        r"|\b(?:isn't|is not) (?:that|so) (?:hard|difficult|complicated)\b|\b(?:it's|it is"
        r"|this is|that's) really not (?:complicated|hard|difficult)\b|\bisn't optional\b"
        r"|\b(?:what|which) part of\b[^?\n]{0,60}?\b(?:was|is|were) (?:unclear|confusing|hard"
        r"|difficult|complicated)\b"
        r"|\bnot everything is an?\b|\bhave you tried actually\b|\bisn't your thing\b"
        r"|\b(?:aren't|isn't|are not|is not) cut out for\b|\bnot here to teach you\b"
        r"|\bread the f[*\w]{1,5}ing (?:manual|instructions|rules|label|terms|page|post|faq)\b"
        # A bare "please read before posting" heads a guide ("(please read before asking!)",
        # "Please read before posting logs:", two writers' clean drafts); it ends a reply.
        r"|\b(?<!use the )(?<!please )(?:please (?=\w+ (?:the \w+|it) before|\w+ before \w+\.))?"
        r"(?:read|search"
        r"|check) (?:the \w+ |it )?before (?:messaging"
        r"|replying"
        r"|posting|asking|commenting|emailing|tagging)\b"
        r"|\bin (?:big|bold|capital|large) letters\b|(?:^|(?<=[.!?] ))in bold\.|\bevidently,? you"
        r" (?:didn't|haven't|don't)\b|,? but apparently not\b"
        r"|\bthat's not how [\w ]{1,20} works?\b|\bare you (?:\S+ )?kidding me\b"
        r"|\bwould have saved (?:us both|everyone|us all) (?:some )?time\b"
        r"|\bif (?:people|you|customers|folks) bothered to\b|\bwasted effort\b"
        r"|\bwaste of (?:my|our) (?:time|breath)\b|\bhalf as much time\b"
        r"|\b(?:wtf|what the hell|what on earth) did you do\b|\b(?:what'?s|wtf is) wrong with"
        r" (?:people|you)\b|\bload of (?:bollocks|rubbish|nonsense|crap)\b"
        r"|\bif you(?:'re| are)? (?:can't|cannot|can not|too lazy to|don't|wanted|want)\b"
        r"[^.!?\n]{0,60}?(?:,|\byou) ?(?:maybe |perhaps |then |probably |really )?(?:don't"
        r" (?!worry|hesitate|panic|forget|stress|be\b|need)|shouldn't|should not|should(?:'ve"
        r"| have)|(?:is|isn't|'s not) (?:for you|your thing)|i'm not sure)",
        None,
    ),
    # Counting the reader's messages: "your fifth email this week", "a hundred times".
    (
        "repeat",
        (
            "time|mail|message|thread|complaint|post|toot|tweet|twice|over this|through this|"
            "answer|repeating|previously|circles|same question|not that it|no point"
        ),
        rf"\b(?:your|the|this is (?:the|your)|it's (?:the|your)|since this is (?:the|your))"
        rf" {_COUNT}"
        rf" (?:time|e-?mails?|messages?|threads?|complaints?|posts?|tweets?|toots?|calls?"
        rf"|tickets?)\b(?= (?:you|this|today|about|on this|i'm|we've|in|of the)|[.,!?]|$)"
        rf"|\b(?:said|asked|explained|told you|sent|answered|repeated|posted|written|wrote"
        rf"|mentioned|linked|heard you)\b[^.!?\n]{{0,40}}?\b(?:the first \w+ times|{_TIMES})\b"
        r"|\b(?:your|the) (?:\w+ )?(?:e-?mails?|messages?|posts?|toots?|tweets?|replies)"
        r" (?:this week|today|this month|in a row)\b"
        r"|\bin my (?:last|previous) (?:two|three|four|five|\d+) (?:e-?mails?|messages?|replies"
        r"|posts?|toots?|tweets?|comments?)\b|\bper my last (?:\w+ )?(?:toots?|tweets?|e-mails?"
        r"|dms?|chats?)\b"
        r"|\bwe've been (?:over|through) this\b|\bthe answer (?:hasn't|has not|won't|will not)"
        r" change|\bthe answer is still (?:no|the same)\b|\bno matter how many times\b"
        r"|\bif it wasn't your \w+\b"
        r"|\b(?:i|we) won't be repeating\b|\bas previously stated\b|\bround in circles with you\b"
        r"|\b(?:answering|explaining) the same question\b|\bnot that it(?:'ll| will) (?:change"
        r"|make|help)\b|\bno point (?:complaining|moaning|whining|emailing)\b",
        _unkind_count,
    ),
    # "Asking again won't change the answer", "bombarding us won't speed it up".
    (
        "dismissive",
        "won't|will not|isn't going to|doesn't",
        r"\b(?:asking|repeating|emailing|e-mailing|messaging|posting|tweeting|bombarding"
        r"|spamming|shouting|whining|complaining|moaning|chasing|tagging|calling)\b"
        r"(?: [^.!?\n]{0,40}?)? (?:won't|will not|isn't going to|doesn't) (?:change|speed|make"
        r"|help|get)\b",
        None,
    ),
    # "Please stop asking", "Fine. Whatever.", "Don't bother booking with us again". "Your call."
    # only as a sentence of its own ("… Or not. Your call."): "Totally your call." or "It's your
    # call." hands the reader a choice (session 25: over every read writer one of each).
    (
        "dismissive",
        (
            "stop|whatever|give it a rest|discussing|answering|responding|replying|argue|"
            "end of|any further|bother|somewhere else|elsewhere|stopping you|"
            "good luck finding|all day|your call|calmed down|expect|how else|clearer|simpler|"
            "ways we can|keeps coming up|not much i can|what to tell you|simple as|next.|"
            "grief|refrain|put up with"
        ),
        r"\b(?:please |kindly |just )?stop (?:asking|e-?mailing|messaging|posting|tagging"
        r"|spamming|tweeting|dm'?ing|bombarding|chasing|writing)(?: (?:us|me|in))?(?=[.!,]|$"
        r"| about (?:this|it|the)| [^.!?\n]{0,30}?(?:every (?:day|hour|thread|week)|the same))"
        r"|\bstop being (?:such )?(?:a|an) \S+|\bwelcome to stop\b|\bgive it a rest\b"
        r"|(?:^|(?<=[.!?\n] )|(?<=^))(?:ok(?:ay)?[.,]? |fine[.,]? )*whatever(?:[.,!]|\s+you say)"
        r"|\b(?:we|i) won't be (?:discussing|answering|responding|replying)\b"
        r"|\bi'm not (?:going to|gonna) argue (?:about (?:it|this)|with (?:a|an)|with you about)\b"
        r"|\bend of (?:story|discussion)\b"
        r"|\bcan't help you any further\b|\bdon't bother (?:\w+ing|coming|with us)\b"
        # advice about a third party is no rebuff: "don't bother asking them for one"
        # (english-alarms-v26)
        r"(?! (?:them|him|her)\b)"
        r"|\btake your [^.!?\n]{1,20}? (?:somewhere|elsewhere)\b|\bnobody's stopping you\b"
        r"|\bgood luck finding\b|\bi don't have all day\b|(?:^|(?<=[.!?\n] )|(?<=\n))your call\."
        r"|\bcalmed down\. or not\b"
        r"|\bnot sure what (?:else )?(?:you|you'd|you were) expect(?:ed|ing)?\b|\bnot sure what"
        r" (?:else )?you expect (?:us|me) to\b|\bwhat else you expect (?:me|us) to\b"
        r"|\bhow much (?:simpler|clearer|easier|plainer) (?:we|i) can make (?:it|this|that)\b"
        r"|\bnot sure how (?:else|much clearer|many more ways|to make (?:it|this|that) (?:any )?"
        r"(?:clearer|simpler))\b|\bdon't know how to make (?:it|this) (?:any )?(?:simpler"
        r"|clearer)\b|\bnot sure why this keeps coming up\b|\bnot much i can do\b"
        r"|\bdon't know what (?:else )?to tell you\b|\bsimple as\.|(?<=[.!?] )next\."
        r"|\brefrain from telling us\b|\bput up with you\b|\bdone all i can\b",
        None,
    ),
    # Counterfactual blame: "if you'd read the email, we wouldn't be here".
    (
        "blame",
        (
            "if you|like everyone|like a normal|like literally|other customers|on you|"
            "nobody forced|you're lucky|owes you|not owed|yourself|maybe|perhaps|next time|"
            "just saying|just a thought|wild idea"
        ),
        r"\b(?:perhaps |maybe )?if you(?:'d| had)(?: (?:actually|just|only|simply|bothered to))?"
        r" (?!like\b|prefer\b|rather\b|want\b|be\b|any\b|a\b|more\b|questions\b)\w+\b"
        r"[^.!?\n]{0,110}?\b(?:wouldn't|would not|you'd have|you would have|would have saved)\b"
        r"|\bwouldn't be (?:having this conversation|here|in this mess)\b"
        r"|\blike (?:literally )?(?:everyone|everybody|every other \w+|a normal person|normal"
        r" people|the rest of us)(?: else)?\b"
        r"|\bother (?:customers|members|guests|users|people) (?:manage|seem to manage|cope)\b"
        r"|\b(?:that's|that is|this is|that one's|it's) (?:all |entirely |completely )?on you\b"
        r"|\bnobody forced you\b|\byou're lucky (?:we|i)\b|\b(?:nobody|no one)(?: \w+){0,2} owes"
        r" you\b|\byou're not owed\b|\byou caused yourself\b"
        r"|\b(?:maybe|perhaps)(?: just)? (?:don't|try|check|read|stop|set|spend|leave|give|ask"
        r"|keep|get|pay|use|do|doing|think|time to)\b[^.!?\n]{0,80}?(?:\bbefore (?:blaming"
        r"|tagging|tweeting|complaining|posting|messaging|moaning|setting|accusing|asking"
        r"|emailing)|\binstead of \w+ing|\bnext time|\bjust a (?:thought|wild idea|suggestion)"
        r"|\bjust saying|\band (?:then )?blame us|\band you (?:won't|wouldn't)|\bwould help\?"
        r"|[\U0001F643\U0001F937\U0001F609])"
        r"|\bnext time,? (?:maybe )?(?:don't|pay|check|try)\b[^.!?\n]{0,60}"
        r"|\b(?:check|pay for|read|try)\b[^.!?\n]{0,30}\bnext time(?:, \w+)?\."
        r"|(?<=[.!?] )just (?:saying|a (?:thought|wild idea))\b",
        _not_like_us,
    ),
    # Pet names and group mockery: "OK sweetie", "some people clearly have too much time".
    (
        "sarcasm",
        (
            "sweetie|sweetheart|sweety|hun|honey|darling|genius|einstein|sherlock|champ|kiddo|"
            "some |total|proper|absolute|complete|you drunk|are you deaf|thick|being"
        ),
        rf"(?:^|[,.!?]\s*|\b(?:ok|okay|oh|look|listen|no),? ){_PET_NAMES}\b"
        rf"|, {_PET_NAMES}\b|(?:^|\s){_PET_NAMES},"
        r"|\bsome (?:people|of you|customers|owners|members|guests|users|folks|parents|students)"
        r" (?:(?:really|clearly|just|honestly|apparently|obviously) )+\w+"
        r"|\bsome (?:people|of you|customers|owners|members|guests|users|folks|parents|students)"
        r" (?:have (?:way |far )?too much (?:free )?time|shouldn't|should not|treat|aren't cut"
        r" out|enjoy complaining|think (?:we|dentists|a|the))\b"
        r"|\bsome of us have (?:actual|real) \w+"
        r"|\b(?:is|was|are|being|such|you|a|an) (?:a |an )?(?:total|proper|absolute|complete"
        r"|utter|right|drunk) (?:arsehole|asshole|dickhead|d1ckhead|prick|pr\*ck|asshat|twat"
        r"|tw\*t|idiot|muppet|muppets|clown|wanker|pillock|plonker|numpty|tosser|jackass|bellend"
        r"|knobhead|knob|dick|moron|prat|plank|berk|dipshit|dumbass)s?\b"
        r"|, you (?:pillock|muppet|clown|idiot|moron|prat|plonker)\b"
        r"|\b(?:you're|you are|being) (?:such )?(?:a|an) (?:arsehole|asshole|dickhead|d1ckhead"
        r"|prick|pr\*ck|asshat|twat|tw\*t|wanker|pillock|tosser)\b"
        r"|(?:^|(?<=[.!?,] ))(?:absolute|total|complete|utter) (?:arsehole|asshole|dickhead|prick"
        r"|pr\*ck|twat|tw\*t|wanker)\b"
        r"|\bare you deaf\b|\bbloody thick\b",
        None,
    ),
)
HOSTILE_BY_WORD: tuple[tuple[str, str, str, Guard | None], ...] = (
    # "That's the whole point of a siren.", "It's an app. That's sort of the point."
    (
        "condescension",
        "point of a|sort of the point|kind of the point|kinda the point|literally the point",
        r"\b(?:that's|that is|which is|it's|it is)"
        r"(?: (?:sort of|kind of|kinda|literally|exactly|precisely|rather|just))? the (?:whole"
        r" |entire |very )?point of (?:a|an) [^.!?\n,]{1,30}(?=\s*(?:[.?]|$))"
        r"|\b(?:that's|that is|it's|it is)"
        r" (?:sort of|kind of|kinda|literally) the (?:whole |entire )?point(?=(?:,? (?:you know"
        r"|mate|though|really))?\s*(?:[.?]|$))",
        _point_made,
    ),
    # Closers that turn a reply into a jab: "Just saying.", "Scroll up.", "Perhaps start
    # there.", "Anyway, here we are.", "Knock it off.", "Twice." ("You know who you are." was
    # one until session 19: three writers close a friendly joke with it, none a put-down.)
    (
        "dismissive",
        "saying|sayin|sayin'|who|scroll|genuinely|start|here|knock|cut|pack|take|noted"
        "&saying|sayin|sayin'|are|up|asking|there|that|knock|cut|pack|again",
        r"\b(?:just saying|just sayin'?"
        r"|scroll up|genuinely asking|(?:perhaps|maybe) start (?:there"
        r"|with that)|(?:anyway,? )?here we are(?: again)?|knock it off|cut it out|pack it in"
        r"|take it up with (?:them|the \w+|your \w+(?: \w+)?)|noted\. again)(?=\s*(?:[.!?,]|$"
        r"|[\U0001F300-\U0001FAFF]))",
        _jab,
    ),
    (
        "dismissive",
        ". anyway|. twice|. again|. both times|. three times|! anyway|! twice|! again|? anyway"
        "|? again|? twice",
        r"\b(?:anyway|twice|again|both times|three times)[.!](?=\s*$)"
        r"|\b(?:twice|again|both times|three times)\.(?= [a-z])",
        _jab,
    ),
    (
        "dismissive",
        "survive|you'll live|you will live|the last time",
        r"\b(?:i think |i'm sure |pretty sure )?you(?:'ll| will) (?:survive|live)\b(?=\s*(?:[.!]|$"
        r"|[\U0001F300-\U0001FAFF]))"
        r"|\b(?:i|we) (?:really |sincerely |truly )?hope this is the last time\b"
        r"(?=\s*(?:[.!,\u2014\u2013-]"
        r"|i |we |i'm|i have|we have|i need|we need))",
        None,
    ),
    # Blaming the reader for the time taken: "you've been in this chat for 40 minutes and
    # refused every fix", "you've rejected every option we've offered".
    (
        "blame",
        "refuse|refused|refusing|reject|rejected|rejecting|ignore|ignored|ignoring|turned down"
        "|decline|declined|declining|argue|argued|arguing|shot down|dismissed",
        r"\byou(?:'ve| have)(?: now)? (?:been|spent)\b[^.!?\n]{0,40}?\b(?:\d+|forty|thirty|twenty"
        r"|fifty|an?|two|three|several) (?:minutes?|mins?|hours?|days?|weeks?)\b[^.!?\n]{0,60}?"
        r"\b(?:refus\w*|reject\w*|ignor\w*|won't|wouldn't|declin\w*|argu\w*|turned down)"
        r"|\byou(?:'ve| have| had|'d)?(?: (?:now|already|just|basically|since))?"
        r" (?:refused|rejected"
        r"|ignored|turned down|declined|shot down|dismissed) (?:every|each|all (?:the|of the|our"
        r"|my)|any) (?:single )?(?:fix|suggestion|option|solution|step|offer|thing|idea|one|date"
        r"|slot|appointment)\w*\b",
        None,
    ),
    # "Which you'd know if you'd opened it", "told you last month it would cause this",
    # "You. Not the GP.", "that's your pharmacy's problem, not ours".
    (
        "blame",
        "if you'd|if you had|told you|warned you|you. not|not ours|not mine|not us|not our",
        r"\b(?:which )?you(?:'d| would)(?: have)? (?:know|known|seen|noticed|realised|realized"
        r"|found)\b(?: \w+){0,3}? if you(?:'d| had)\b"
        r"|\b(?:i|we)(?: already| did)? (?:told|warned) you(?: so\b| (?:last \w+|before|already"
        r"|months ago|weeks ago|at the time))?\b[^.!?\n]{0,50}?\bwould (?:cause|happen|break"
        r"|fail|do|be|end)\b|\btold you so\b"
        r"|(?:^|(?<=[.!?] ))you\. not (?:us|me|the|our|we)\b"
        r"|\b(?:that's|that is|it's|it is|this is|sounds like)(?: (?:your|their|the|an?))?(?:"
        r" [\w-]+'s| [\w-]+)? (?:problem|issue|headache|fault|lookout),? not (?:ours|mine|us|our"
        r" (?:problem|issue|fault))\b",
        None,
    ),
    # Effort mocked: "If reading a four-line email is too much, maybe an app isn't for you",
    # "Did you... try turning it on?", "what the hell are you on about".
    (
        "condescension",
        "maybe|perhaps|shouldn't|don't&too|isn't|aren't|not",
        r"\bif [^.!?\n,]{3,50}? (?:is|are|was) too (?:much|hard|difficult|complicated|confusing)"
        r"(?: for you)?, (?:then )?(?:maybe|perhaps|you (?:probably )?shouldn't|don't)\b"
        r"|\b(?:maybe|perhaps) (?:an? [\w-]+|this|it|we|the [\w-]+|[\w-]+ing [^.!?\n]{0,20}?)"
        r" (?:isn't|aren't|is not|are not) (?:for you|your thing)\b",
        None,
    ),
    (
        "condescension",
        "try turning|tried turning|try plugging|tried plugging|try switching|tried switching"
        "|try reading|tried reading|on about|talking about",
        r"\b(?:did|have) you(?:\.{2,}|…|,)? ?(?:even |actually )?(?:try|tried) (?:turning it"
        r" (?:on|off)|plugging it in|switching it on|reading)\b"
        r"|\bwhat (?:the (?:hell|heck|fuck|f\*+k)|on earth|exactly) are you (?:on|talking) about\b"
        r"|\bwhat are you (?:even )?on about\b",
        None,
    ),
    (
        "condescension",
        "pinned|bold|literally|capitals|right there|at the top|first page|front page",
        r"\b(?:read|check|see|look at) (?:the|our|my) [\w -]{1,20}?,? (?:it's|it is) (?:pinned|in"
        r" bold|right there|literally|at the top|in capitals|on the (?:first|front) page)\b",
        None,
    ),
    # Said once more, showing the door, blaming the habit: "I'll say it one more time", "feel
    # free to go elsewhere", "we have other customers too", "that's what happens when you…",
    # "it literally says so on the box", "you get what you pay for".
    (
        "repeat",
        "one more time|once more|repeating myself|repeating ourselves",
        r"\b(?:i'll|i will|let me|i'm going to) (?:say|explain|spell|put|repeat) (?:it|this|that)"
        r"(?: out)?(?: for you)? (?:one more time|once more|for the last time)\b"
        r"|\b(?:not going to|won't|will not) keep repeating (?:myself|ourselves)\b",
        None,
    ),
    (
        "dismissive",
        "elsewhere|other customers|circus",
        r"\b(?:feel free|you're welcome|you're free|you are free|you are welcome) to (?:go"
        r"|take your"
        r" (?:business|custom)|shop|look) elsewhere\b"
        r"|\bwe (?:do )?have other customers(?: too| as well)?\b|\byou're not our only customer\b"
        r"|\bnot my circus\b",
        _at_reader_or_closer,
    ),
    (
        "blame",
        "what happens when|pay for|literally",
        r"\b(?:that's|this is|that is) what happens when you\b"
        r"|\byou get what you pay for\b"
        r"|\bit(?:'s| is)? literally (?:says |written |printed )?(?:so |it |that )?(?:right )?(?:on"
        r"|in) the (?:box|label|page|email|e-mail|website|manual|description|listing|terms"
        r"|title)\b",
        None,
    ),
    # Mock apology and mock agreement: "Oh I'm SO sorry the towels aren't fluffy enough for
    # you", "sure, we'll get right on redesigning…", "Sure. Because…", "you're the expert I
    # guess", "you know our staff sleep too, right?", scare quotes round the reader's words.
    (
        "sarcasm",
        "oh&sorry",
        r"\boh,? (?:i'm|we're|i am|we are) (?:so+|terribly|truly|deeply|awfully|very) sorry\b"
        r"[^.!?\n]{0,70}?\b(?:enough|to your liking|up to your standards|for your taste)\b",
        _mocking,
    ),
    (
        "sarcasm",
        "get right on|drop everything|sure. because|sure, because|sure! because|the expert"
        "|too right|too, right|as well right|as well, right|also right|also, right",
        r"\b(?:we'll|i'll|we will|i will|let's) (?:just )?(?:get right on|drop everything)\b"
        r"[^.!?\n]{0,80}?(?:\bbecause you\b|[\U0001F44D\U0001F644])"
        r"|\bsure[.,!]+ because\b"
        r"|\b(?:ok|okay|well|fine|wow)[,.]? (?:ok[,.]? )?you're the expert\b|\byou're the expert,?"
        r" (?:i guess|i suppose|apparently|clearly|then)\b"
        r"|\byou (?:do )?know (?:that )?(?:our|we|the|they|people|staff)\b[^.!?\n]{0,40}?\b(?:too"
        r"|as well|also),? right\b",
        _mocking,
    ),
    (
        "sarcasm",
        "another|being|so-called|such|is a new one|presumably|hopefully|supposedly|surely"
        '&"|\u201c|(',
        r"\b(?:another|being|so-called|such an?) [\"\u201c][a-z][^\"\u201d\n]{1,24}[\"\u201d]"
        r"|[\"\u201c][a-z][^\"\u201d\n]{1,24}[\"\u201d] is a new one\b"
        r"|\((?:and )?(?:presumably|hopefully|supposedly|surely) \w+\??\)",
        _mocking_unreassured,
    ),
    # --- Session 15 (tone-v10): speech acts of the misses, each a family of its own --------
    # Calling a person a liar or mad: "she's insane", "he's lying about the box", "you're
    # making it up" — not "lying down", "crazy busy".
    (
        "blame",
        "lying|liar|insane|crazy|nuts|mental|unhinged|deranged|delusional|making",
        r"\b(?:he|she|they|you|this (?:customer|guy|woman|man|bloke|lady)|the customer)(?:'s| is"
        r"|'re| are) (?:clearly |obviously |just |totally |completely |absolutely )?(?:lying"
        r"|a liar|insane|crazy|nuts|mental|unhinged|deranged|delusional|making (?:it|this|that"
        r"|things|stuff) up)\b(?! (?:busy|good|cheap|fast|popular|quick|hard|down|on|in|under"
        r"|around|low|flat|still|there|awake)\b)",
        _accused,
    ),
    # A grown-up told they are one, and "It's not hard." closing a paragraph.
    (
        "condescension",
        "grown",
        r"\byou(?:'re| are) (?:a )?grown (?:adult|man|woman|up|person)\b",
        None,
    ),
    (
        "condescension",
        "hard|difficult|complicated",
        r"(?:^|(?<=[.!?] )|(?<=\n))it(?:'s| is)(?: really)? not (?:that )?(?:hard|difficult"
        r"|complicated)\.",
        _closing_jab,
    ),
    # Not having read, said as a fact about the reader: "which you evidently did not read",
    # "you clearly didn't bother to look".
    (
        "condescension",
        "clearly|evidently|obviously|apparently|conveniently",
        r"\b(?:which|that|what) you (?:clearly|evidently|obviously|apparently|conveniently)"
        r" (?:did not|didn't|have not|haven't|never|couldn't be bothered to) (?:read|open\w*"
        r"|look\w* at|check\w*|bother\w*)\b"
        r"|\byou (?:clearly|evidently|obviously|conveniently) (?:did not|didn't|have not"
        r"|haven't|never) (?:read|bother(?:ed)?|look(?:ed)? at) (?:it|them|this|that|the \w+|my"
        r" \w+|our \w+|any)\b",
        None,
    ),
    # "I heard you the first time", "no need to repeat yourself".
    (
        "repeat",
        "first|repeat|repeating",
        r"\bi (?:heard|read|got|understood) (?:you|it|that|this)(?: perfectly| fine)? the first"
        r" time\b|\bno need to (?:repeat|keep repeating) yourself\b",
        None,
    ),
    # The blame turned back with a question: "you never put the flat number, then blame us?",
    # "and now you're blaming the driver".
    (
        "blame",
        "blame|blaming",
        r"(?:,|\band|\bbut) (?:then |now )?(?:you )?(?:blame|blaming) (?:us|me|the driver|the"
        r" courier|our \w+)\?"
        r"|\band (?:now |then )?(?:you're|you are) blaming (?:us|me|the driver|the courier|our"
        r" \w+)\b",
        None,
    ),
    # A customer called a pain to a colleague: "customer's being a right pain", "ugh, this
    # client again".
    (
        "condescension",
        "pain|nightmare|diva|pest|again",
        r"\b(?:customer|client|guest|member|caller|he|she|they|this (?:one|guy|woman|man|lady"
        r"|bloke))(?:'s| is|'re| are) being (?:a |an |such a |so )?(?:right |real |total |proper"
        r" |complete |massive |absolute )?(?:pain|nightmare|diva|pest)\b"
        r"|\b(?:ugh|urgh|groan),? (?:this|that) (?:\w+ )?(?:customer|client|guy|woman|man|lady"
        r"|bloke) again\b",
        None,
    ),
    # A demand mocked as a question: "I suppose you'd like the fitter to make you a tea too?"
    (
        "sarcasm",
        "suppose|guess|expect|imagine|presumably&too|well|while",
        r"\b(?:i suppose|i guess|i expect|i imagine|presumably) you(?:'d| would|'ll| will)?"
        r" (?:also )?(?:like|want|expect|be wanting|be expecting)\b[^.!?\n]{0,80}?\b(?:too|as"
        r" well|while (?:we're|they're|i'm|he's|she's) at it)\?",
        None,
    ),
    # Blame dressed as a bright idea: "or, and hear me out, you could have read the label".
    (
        "blame",
        "hear me out|radical|wild|novel",
        r"\b(?:and )?hear me out,? you could(?:'ve| have)\b[^.!?\n]{0,60}"
        r"|\b(?:radical|wild|novel) (?:idea|thought|suggestion)[:,]? (?:you could(?:'ve| have)"
        r"|maybe|how about|what if you)\b[^.!?\n]{0,60}",
        None,
    ),
    # --- Session 16 (tone-v11): speech acts of the misses, each a family of its own --------
    # The reader's thing named bare, then the reader: "It's a kettle, Brenda.", "It's pixels,
    # buddy."
    (
        "condescension",
        "it's|it",
        r"\bit(?:'s| is) (?:(?:just|only|literally) )?(?:(?:a|an) )?[\w'-]+(?: [\w'-]+){0,2},"
        r" [a-z]+\.",
        _named_belittling,
    ),
    # A flaw of character put on the reader: "maybe you're just a fussy sleeper", "you're being
    # picky".
    (
        "blame",
        "fussy|picky|clumsy|careless|lazy|dramatic|precious|paranoid|needy|impatient"
        "|oversensitive|over-sensitive|hysterical|melodramatic|heavy-handed|clueless|gullible"
        "|incompetent",
        r"\byou(?:'re| are)(?: (?:just|simply|probably|clearly|obviously|a bit|being|a little"
        r"|maybe|perhaps|really|so|quite|very|too))* (?:(?:a|an) )?(?:bit |little )?(?:fussy"
        r"|picky|clumsy|careless|lazy|dramatic|precious|paranoid|needy|impatient|oversensitive|over-sensitive"
        r"|hysterical|melodramatic|heavy-handed|clueless|gullible|incompetent)\b",
        _not_denied,
    ),
    # "It says 'preview' for a reason.": the reason left for the reader to work out.
    (
        "condescension",
        "reason",
        r"\bfor a reason\b",
        _jab_after,
    ),
    # Counting the places the reader posted, and "we saw it the first time".
    (
        "repeat",
        "first|threads|places|boards|channels|forums|posts|tickets",
        r"\b(?:we|i) (?:heard|saw|read|got|understood|saw it|have seen it) (?:you|it|that|this)?"
        r" ?the first time\b"
        r"|\b(?:posted|asked|written|sent|raised|put|shared)(?: (?:this|that|it|the same \w+))?"
        r" (?:in|on|to|across) (?:two|three|four|five|six|\d+|multiple|several|many|different)"
        r"(?: different| separate)? (?:threads|places|boards|channels|forums|posts|tickets)\b",
        _unkind_count,
    ),
    # The writer's retort: "I'm not blind", "we're not mind readers".
    (
        "dismissive",
        "blind|deaf|stupid|daft|thick|idiot|idiots|mind|psychic|psychics|money",
        r"\b(?:i'm|i am|we're|we are) not (?:blind|deaf|stupid|daft|thick|an idiot|idiots|a mind"
        r"[- ]?reader|mind[- ]?readers|psychic|psychics|made of money)\b(?! to\b)",
        _statement,
    ),
    # Told to stop raising it: "Stop opening new tickets about it", "I'd appreciate it if you
    # stopped messaging the team".
    (
        "dismissive",
        "stop|stopped",
        r"\bstop (?:posting|opening"
        r"|starting|creating|sending|raising|filing|submitting) (?:new |more |the same |duplicate"
        r" |extra )?(?:[\w-]+ )?(?:threads?|tickets?|posts?|photos|complaints?|topics?|cases"
        r"|messages|emails|reviews)\b"
        r"|\bi(?:'d| would) appreciate (?:it )?if you (?:stopped|would stop|could stop|stop)\b",
        _opens_or_polite,
    ),
    # The reader's complaint called moaning: "DM us instead of moaning publicly".
    (
        "dismissive",
        "moaning|whining|whinging|ranting|bleating",
        r"\b(?:instead of|rather than|stop|quit|enough|all (?:this|the|your)|your|less|keep"
        r"|without) (?:\w+ )?(?:moaning|whining|whinging|ranting|bleating)\b",
        _not_ours,
    ),
    # "it's not complicated" closing a paragraph after an instruction; "Not complicated." alone.
    (
        "condescension",
        "complicated|hard|difficult|rocket",
        r"\bit(?:'s| is)(?: really)? not (?:that )?(?:hard|difficult|complicated)(?=[.!]|$)"
        r"|\bnot (?:that )?(?:hard|difficult|complicated)[.!]",
        _closing_unreassured,
    ),
    # A question answered for the reader with a verdict: "Did anyone read it? No? Shocking.";
    # "Again, for the people in the back".
    (
        "sarcasm",
        "no|nope|thought|think|back",
        r"\? (?:no|nope)\? (?:shocking|what a surprise|figures|thought not|of course not|quelle"
        r" surprise|surprise,? surprise)\b[.!]?"
        r"|\? (?:thought not|didn't think so|i thought not)[.!]"
        r"|\bfor the (?:people|folks|ones) (?:in|at) the back\b",
        None,
    ),
    # Advice as a jab before the reader's complaint: "maybe read the email before blaming us",
    # "maybe have a look next time".
    (
        "condescension",
        "maybe|perhaps&before|next",
        r"\b(?:maybe|perhaps)(?: next time)?,? (?:(?:try|just|first) )?(?:\w+ )?(?:read\w*"
        r"|check\w*|look\w*|learn\w*|have a look|measure|google|ask|think\w*|breathe)\b"
        r"[^.!?\n]{0,60}?\bbefore (?:blaming|complaining|tooting about|tweeting about|posting"
        r" about|wasting|moaning|whining|ranting|opening a (?:chat|ticket)|kicking off|leaving"
        r" (?:a|that) review|shouting|having a go|going off)\b"
        r"|\b(?:maybe|perhaps) (?:have a look|look|check|read|measure)(?: \w+){0,3} next time\b",
        None,
    ),
    # The fault put on the reader: "that's kind of on you", "maybe the problem is on your end".
    (
        "blame",
        "on you|your side|your end|problem|issue",
        r"\b(?:that's|that is|it's|it is|this is)(?: (?:kind of|sort of|a bit|really|honestly"
        r"|entirely|all|totally|squarely|100%))? on you\b(?! (?:to|both|two)\b)"
        r"|\b(?:maybe|perhaps),? the (?:problem|issue) (?:is|'s) (?:on your (?:side|end)|you\b"
        r"|your \w+)",
        _not_denied,
    ),
    # Blame after frankness: "to be honest you bought the wrong car for you".
    (
        "blame",
        "honest|honestly|frankly|tbh|truth&wrong",
        r"\b(?:to be honest|honestly|frankly|let's be honest|tbh|truth is),? you (?:just |simply"
        r" )?(?:bought|chose|picked|ordered|booked|went for) the wrong\b[^.!?\n]{0,40}",
        None,
    ),
    # Telling the reader to get a life: "get a grip", "touch grass", "some of you need hobbies".
    (
        "dismissive",
        "grip|life|grass|hobby|hobbies",
        r"\bget a (?:grip|life)\b(?! (?:on|of|for|with|in|insurance|policy|cover)\b)"
        r"|\btouch (?:some )?grass\b|\bneeds? (?:a )?(?:new )?hobb(?:y|ies)\b",
        None,
    ),
    # Can't do a simple thing, so stick to a simpler one: "if you can't work the app, maybe
    # stick to the phone", "…, don't be surprised when…".
    (
        "condescension",
        "can't|cannot|couldn't|won't&stick|surprised|problem|least|shouldn't",
        r"\bif you (?:can't|cannot|can not|couldn't|won't)(?: even)? [^.!?\n]{2,60}?,? (?:then )?"
        r"(?:(?:maybe|perhaps)(?: just)? stick (?:to|with)|don't be surprised (?:when|if)"
        r"|the(?: [\w-]+){1,2} (?:is|are) the least of|that's not (?:a|an|our) [\w-]+ problem"
        r"|you probably shouldn't)\b",
        None,
    ),
    # "You do realise plants need light, right?": the obvious put to the reader as news.
    (
        "condescension",
        "realise|realize|know|understand&right",
        r"\byou do (?:realise|realize|know|understand) (?:that )?[^.!?\n]{3,60}?,? right\?",
        _no_tip,
    ),
    # Other customers held up to the reader: "every other customer manages to find the link".
    (
        "condescension",
        "manage|manages|managed|trouble|problem|problems|cope|copes|fine",
        r"\b(?:every (?:other )?(?:customer|user|member|guest|client|rider|driver|owner)|everyone"
        r" else|everybody else|the other (?:[\w-]+ ){0,2}(?:customers|users|members|guests"
        r"|clients|owners)) (?:seems? to |somehow )?(?:manages?|managed|copes?|ha(?:s|ve) no"
        r" (?:trouble|problems?))\b"
        r"|\bworks? (?:fine|perfectly|just fine) for (?:the other|everyone else|every other"
        r"|everybody else)\b",
        _compared,
    ),
    # A veiled threat to end the service over the reader's manner: "If you're going to be rude
    # I'll just end the chat.", "I'm going to stop replying if you keep typing in capitals."
    (
        "dismissive",
        "rude|shout|shouting|swear|swearing|capitals|caps|tone|language|keep|carry",
        r"\b(?:i'm going to|i am going to|i'll|i will|we'll|we will|i'm|we're)(?: just| have to)?"
        r" (?:stop replying|stop responding|end(?:ing)? (?:the|this|our) (?:chat|call|conversation)"
        r"|clos(?:e|ing) (?:the|this|your) (?:chat|ticket)|block(?:ing)? you|hang(?:ing)? up)\b",
        _over_manner,
    ),
    # "Lol another one who didn't read the terms", "thanks for the lecture nobody asked for".
    (
        "sarcasm",
        "who|asked",
        r"\banother one who (?:didn't|doesn't|can't|cannot|thinks|expects|wants|forgot|never)\b"
        r"|\b(?:lecture|essay|opinion|advice|input|speech|rant|life story|critique|review)"
        r" (?:that )?(?:nobody|no one|no-one) asked (?:for|you for)\b",
        None,
    ),
    # "if you cared about it that much, you'd have…", "if you think you can do better…".
    (
        "blame",
        "cared|better",
        r"\bif you (?:really )?cared (?:about [^.!?\n,]{1,30} )?(?:that|so) much,? (?:then )?you"
        r"(?:'d| would)\b"
        r"|\bif you think you (?:can|could) do (?:it |a )?better\b",
        None,
    ),
    # The reader's own feeling in scare quotes: 'Sorry you're "devastated"'.
    (
        "sarcasm",
        "you're|you|feel|felt",
        r"\b(?:you're|you are|you were|you feel|you felt|you're so|you're feeling|you were so)"
        r" [\"\u201c][a-z][^\"\u201d\n]{1,24}[\"\u201d](?=[.,!?\u2026]| (?:about|by|over|with|after"
        r"|at|because|every|again|apparently|that|when)\b|$)",
        _mocking,
    ),
    # "Sure it was.", "Sure you did.": agreement as disbelief.
    (
        "sarcasm",
        "sure",
        r"\bsure (?:it|you|he|she|they) (?:was|were|did|does|is|are|have|had)\.",
        _opens_sentence,
    ),
    # Counting the reader's calls and emails: "you've emailed us nine times".
    (
        "repeat",
        "times|twice",
        rf"\byou(?:'ve| have)?(?: already)? (?:emailed|e-mailed|messaged|called|rung|phoned|rang"
        rf"|contacted|chased|dm'd"
        rf"|tagged)(?: (?:us|me|the team|our team))?(?: (?:about (?:this|it|the same thing)|today"
        rf"|this week))? {_TIMES}\b",
        _unkind_count,
    ),
    # "Not sure what you want us to do about that", "not sure how that's our fault".
    (
        "dismissive",
        "sure&want|fault|problem",
        r"\bnot sure what (?:else )?you want (?:us|me) to do(?: about [^.!?\n,]{1,30})?(?=[.!]"
        r"|$)"
        r"|\bnot sure how (?:that's|that is|this is|it's|it is) (?:our|my) (?:fault|problem)\b",
        None,
    ),
    # Session 18 (wording-v13); each family finds clauses in two or more writers' drafts that
    # no rule found, and nothing in their clean drafts (bench/README.md, "Session 18,
    # wording-v13"). A simple act told to be done "this time" or "for once": "maybe try
    # reading it this time", "Read the paperwork for once." Not our own try ("we'll try
    # delivering it this time"), not "just checking this time suits you".
    (
        "condescension",
        "this time|for once",
        r"(?<!we'll )(?<!we will )(?<!i'll )(?<!i will )(?<!let's )(?<!we )(?<!i )(?<!to )"
        r"\b(?:try|maybe|perhaps)(?: to)? (?:\w+ing|read|write|check|look|listen|scroll|open)"
        r"(?: [\w'-]+){1,6} this time\b"
        r"|\b(?:read|check|look at|open|listen to)(?: [\w'-]+){1,4} for once\b(?![\w-])",
        None,
    ),
    # The reader's choice thrown back: "nobody's forcing you to take the cheapest coach";
    # asking again called useless: "It's not going to change however many times you ask.";
    # the reader's reading of a plain word questioned: 'what did you think "no service" meant?';
    # the writer's patience at its end: "Not sure how many more ways I can explain…", "I'm
    # not sure which part is unclear."
    (
        "dismissive",
        "forces|forcing|however many|what did you|how many more|part",
        r"\b(?:nobody|no one|no-one)(?:'s| is)? forc(?:es|ing) you\b"
        r"|\b(?:not going to|won't|will not|isn't going to) change (?:however|no matter how)"
        r" many times you\b"
        r"|\bwhat did you (?:think|expect) [\"\u201c'][^\"\u201d\n]{1,30}[\"\u201d'] (?:meant|means"
        r"|would mean)\b"
        r"|\bnot sure how many more (?:ways|times|places) (?:i|we) (?:can|could|have to|need to)\b"
        r"|\bnot sure (?:which|what) part (?:of (?:it|this|that) )?(?:is|was)"
        r" (?:unclear|confusing)\b",
        None,
    ),
    # Too hard for the reader, so not for them: "if the GPS is too complicated for you there's
    # always…", "if a 3-hour limit is too complicated, co-working may not be for you", "if you
    # can't handle the editor maybe photo books aren't for you". Advice alone ("the lighter
    # model may not be for you") is not a put-down: the condition makes it one.
    (
        "condescension",
        "for you",
        r"\bif\b[^.!?\n]{0,60}? (?:is|are|'s|'re) (?:a bit |just )?too (?:complicated|hard"
        r"|difficult|complex|confusing|technical) for you\b"
        r"|\bif\b[^.!?\n]{0,60}?\b(?:too (?:complicated|hard|difficult|complex|confusing|much)"
        r"|can't|cannot|can not)\b[^.!?\n]{0,40}?\b(?:(?:may|might) not be for you"
        r"|(?:maybe|perhaps) [^.!?\n]{1,30} (?:aren't|isn't|are not|is not) for you)\b",
        None,
    ),
    # --- Session 19 (wording-v14) -------------------------------------------------------
    # The obvious suggested as a habit: "maybe look up once in a while", "Maybe try opening a
    # window once in a while?" (holdout12's writers a and c); customers blamed for the
    # writer's drinking: "Couples like OP are why planners drink" (holdout11, holdout13).
    (
        "condescension",
        "once in a while|drink",
        r"\b(?:maybe|perhaps|try)\b(?: (?:try|just))? (?!(?:we|i|us|our|i'll|we'll|we'd|i'd)\b)"
        r"[\w'-]+\b[^.!?\n]{0,50}? once in a while\b"
        r"|\b(?:are|is) (?:exactly |precisely |the reason |basically |literally )?why (?:i|we"
        r"|[\w-]+s) (?:drink|need a drink|day-?drink)\b(?= *(?:[.!?,;:]|$))",
        None,
    ),
    # --- Session 22 (wording-v17) -------------------------------------------------------
    # Surprise mocked at a result the reader is told they caused: "… don't act shocked when it
    # rusts", "then act all surprised" (holdout15's writer b, holdout16's writer a, as speech
    # acts); mock sympathy for failing to grasp a rule: "sorry you're struggling with the
    # concept of a deadline".
    (
        "condescension",
        "act surprised|act shocked|act so surprised|act so shocked|act all surprised"
        "|act all shocked|act amazed|concept of",
        r"\b(?:don't|do not|then|and|now) act (?:so |all |remotely |that )?(?:surprised|shocked"
        r"|amazed)\b"
        r"|\b(?:struggl\w+|trouble|difficult\w*|hard time) (?:with|grasping|understanding)"
        r" (?:the )?concept of\b",
        _at_reader,
    ),
    # --- Session 37 (en-hostile-v32): shapes by grammar, not by any writer's words ----------
    # The writer's patience spent, with any comparative of plainness: "Not sure how much
    # bigger we can make it.", "I'm not sure how to make \"enter the PIN\" any simpler".
    (
        "repeat",
        "sure|know|idea",
        rf"\b(?:not sure|don't know|do not know|no idea) how (?:much {_PLAINER} (?:we|i)"
        r" (?:can|could) (?:make (?:it|this|that)|put it|say it|be)\b"
        rf"|to make\b[^.!?\n]{{1,60}}? any {_PLAINER}\b)",
        None,
    ),
    # A mock honorific for the reader: "Anything else, your majesty?"
    (
        "sarcasm",
        "majesty|highness|lordship|ladyship|excellency",
        r"\byour (?:royal )?(?:majesty|highness|lordship|ladyship|excellency)\b",
        None,
    ),
    # Our time set above the reader's: "We have better things to do than argue with you."
    (
        "dismissive",
        "better",
        r"\b(?:we|i)(?:'ve| have)?(?: got)? (?:much |far |way )?better things to do\b",
        None,
    ),
    # How the reader should spend their time: "If your team spent less time arguing with the
    # host and more time on the questions, …".
    (
        "condescension",
        "less",
        r"\bless time \w+ing\b[^.!?\n]{0,80}?\bmore time\b",
        _at_reader,
    ),
    # The reader as "a piece of work".
    (
        "condescension",
        "piece of work",
        r"\byou(?:'re| are) (?:a real|quite a|such a|a right|a proper) piece of work\b",
        None,
    ),
    # The reader's omission, had they done it as told: "if you'd measured your room like we
    # asked, the table would fit".
    (
        "blame",
        "asked|said|told|suggested|recommended|advised",
        r"\bif you(?:'d| had)\b(?! (?:like|prefer|rather|want|care|love|be|need)\b)"
        r"[^.!?\n]{1,60}?\b(?:like|as) (?:we|i) (?:asked|said|told you"
        r"|suggested|recommended|advised)\b",
        None,
    ),
    # The reader's omission, a gerund subject with its verdict: "Reading it before signing
    # would have helped.", "Perhaps reading the terms would have saved us both some time."
    (
        "blame",
        "helped|saved",
        r"(?:^|(?<=[.!?:\n] )|(?<=\n))(?:perhaps |maybe )?(?!\w*thing\b)[a-z]+ing\b"
        r"(?! (?:us|our|we)\b)"
        r"[^.!?\n]{0,60}?\bwould(?:'ve| have) (?:helped|saved (?:us|you|everyone|both))\b",
        None,
    ),
    # The obvious, said to exist: "Calendars exist.", "Search exists. Use it."
    (
        "condescension",
        "exist|exists",
        r"(?:^|(?<=[.!?:\n] )|(?<=\n))(?!(?:it|this|that|he|she|they|one|which|there|what)\b)"
        r"[a-z]+ exists?(?=[.!])",
        None,
    ),
    # People mocked in the third person with a verdict: "people who call us useless after … are
    # a pain in the arse", "People who run third-party firmware … are the worst kind of
    # customer."
    (
        "condescension",
        "who",
        r"\b(?:people|parents|customers|guests|clients|users|guys?|folks|those|ones|anyone"
        r"|drivers|owners|members|riders|players|kids)\s+who\b[^.!?\n]{0,100}? (?:are|is)"
        r" (?:a (?:real |total |right |massive |royal )?pain\b|the worst\b|exhausting\b"
        r"|a nightmare\b)",
        None,
    ),
    # Sarcastic help offered at any cost: "Sure, let me just drop the whole election to reset
    # your password.", "Sure, we'll drop everything for your one trolley."
    (
        "sarcasm",
        "sure",
        r"\b(?:oh )?sure,? (?:\w+, )?let me just\b[^.!?\n]{0,60}?\b(?:whole|entire|everything)\b"
        r"|\bsure,? (?:we'll|i'll|let me|let's) (?:just )?drop everything\b",
        None,
    ),
)
# Families whose own words say "not": the negation guard does not apply to them.
_OWN_NEGATION = frozenset(("condescension", "dismissive", "repeat"))


Family = tuple[str, str, tuple["_Clause", ...], tuple[re.Pattern[str], ...], Guard | None]


@functools.lru_cache(maxsize=8)
def _compiled(names: str) -> tuple[Family, ...]:
    """The families with the company's own names as a possible subject ("<name> will cover"),
    each split into its alternatives: a 2 KB draft holds some trigger word of most families,
    and one alternation of thirty shapes costs a scan per shape, so each alternative is scanned
    only when the literals it needs are in the text (`gates`)."""
    who = names or "(?!)"
    table = []
    for kind, rows, by_word in (
        ("legal_risk", LEGAL, False),
        ("legal_risk", LEGAL_BY_WORD, True),
        ("hostile_tone", HOSTILE, False),
        ("hostile_tone", HOSTILE_BY_WORD, True),
    ):
        for key, triggers, pattern, guard in rows:
            alternatives = tuple(
                re.compile(starts.literal_start(alternative))
                for alternative in starts.alternatives(pattern.replace("{names}", who))
            )
            clauses = tuple(_clause(clause, by_word) for clause in triggers.split("&"))
            table.append((kind, key, clauses, alternatives, guard))
    return tuple(table)


_WORD = re.compile(r"[\w'%-]+")


@dataclass(frozen=True, slots=True)
class _Clause:
    """Trigger literals, one of which must be in the text: whole words (a set look-up) and
    substrings (phrases, prefixes, punctuation)."""

    words: frozenset[str]
    substrings: tuple[str, ...]

    def held(self, searched: str, words: frozenset[str], tested: dict[str, bool]) -> bool:
        """`tested`: the substrings' answers so far, for this text."""
        if not self.words.isdisjoint(words):
            return True
        for substring in self.substrings:
            found = tested.get(substring)
            if found is None:
                found = tested[substring] = substring in searched
            if found:
                return True
        return False


def _clause(triggers: str, by_word: bool) -> _Clause:
    literals = triggers.split("|")
    if not by_word:
        return _Clause(frozenset(), tuple(literals))
    return _Clause(
        frozenset(t for t in literals if _WORD.fullmatch(t)),
        tuple(t for t in literals if not _WORD.fullmatch(t)),
    )


def _names_pattern(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n.lower()) for n in names if len(n) >= 3)


def _inside_quotes(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _QUOTED.finditer(text))


def _quoted_line(text: str, start: int) -> bool:
    return text[text.rfind("\n", 0, start) + 1 :].lstrip().startswith(">")


def wording(text: str, names: tuple[str, ...] = ()) -> list[Match]:
    """English legal-risk and hostile-tone families in `text`; `names` are the company's own."""
    searched = text.lower().replace("\u2019", "'")
    if len(searched) != len(text):
        return []  # offsets would shift; language.py's case-insensitive tables cover this text
    found: list[Match] = []
    quotes = '"' in text or "“" in text
    words = frozenset(_WORD.findall(searched))
    held: dict[str, bool] = {}  # substrings tested so far: many families share theirs
    for kind, key, triggers, alternatives, guard in _compiled(_names_pattern(names)):
        if not all(clause.held(searched, words, held) for clause in triggers):
            continue
        matches = [m for pattern in alternatives for m in gates.finditer(pattern, searched)]
        for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
            start, end = m.start(), m.end()
            while end > start and searched[end - 1] in " ,":
                end -= 1
            if end <= start:
                continue
            if key not in _OWN_NEGATION and _NEGATION_BEFORE.search(
                searched, max(0, start - 30), start
            ):
                continue
            if kind == "legal_risk" and _ASKED_BEFORE.search(searched, max(0, start - 65), start):
                continue
            if key == "beyond_policy" and _REFUSED_BEFORE.search(
                searched, max(0, start - 40), start
            ):
                continue
            if guard is not None and not guard(searched, start, end):
                continue
            if _quoted_line(searched, start) or (quotes and _inside_quotes(text, start, end)):
                continue
            if any(f.kind == kind and start < f.end and f.start < end for f in found):
                continue  # one finding per stretch of text and kind
            found.append(Match(kind, key, start, end))
    found += _eye_rolls(searched, found)
    return found


# An eye roll, a manicure or a clown after a remark: the remark is sarcasm.
_EYE_ROLLS = "\U0001f485\U0001f644\U0001f921"


def _eye_rolls(searched: str, found: list[Match]) -> list[Match]:
    marked = []
    for emoji in _EYE_ROLLS:
        at = searched.find(emoji)
        while at >= 0:
            start = max(0, at - 100)
            start = max(
                (m.end() for m in _SENTENCE_END.finditer(searched, start, at)), default=start
            )
            start += len(searched[start:at]) - len(searched[start:at].lstrip())
            taken = any(f.kind == "hostile_tone" and f.start <= at < f.end + 3 for f in found)
            if not taken and not _quoted_line(searched, at):
                marked.append(Match("hostile_tone", "sarcasm", start, at + 1))
            at = searched.find(emoji, at + 1)
    return marked

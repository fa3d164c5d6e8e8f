"""Cues of a hostile tone in an English sentence, by grammar and everyday wording rather than by
any one writer's phrases (session 23, wording-v18, issue 13): the reader blamed for what they
did, lectured ("next time", "maybe try", "please read"), told it is not our problem, reminded
how often they were told, asked a question that expects no answer ("You can read, can't
you?"), someone mocked in the third person ("people who …", "to the … who"), sarcasm's markers
("wow", "congrats", "good luck with that"), "it's an X, not a Y" and "that's called …", a
counterfactual about the reader ("if you'd …"), an emoji that comments (🙄, 🙃, 👏), and, only
with the reader named, a belittling particle ("just", "obviously") or a word in scare quotes.

`cued(sentence)` says whether a sentence holds one: the wording head's hostile-tone threshold
is lower for such a sentence (detectors/wording.py, TONE_CUED_THRESHOLD). Alone a cue proves
nothing ("Read the pinned post." is often friendly); the head's score decides, and a cue only
lets a lower score count. Measured leave-one-writer-out on the writers the head never saw
(bench/wording_concepts.py; bench/README.md, "Session 23, wording-v18")."""

import re


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


_YOU = frozenset(("you", "your", "you're", "you've", "you'd", "yourself", "u", "op"))
_PARTICLE = frozenset((
    "just", "simply", "obviously", "literally", "clearly", "actually", "seriously", "honestly",
    "even", "somehow",
))  # fmt: skip
_SCARE_QUOTES = re.compile(
    r"[\"\u201c'\u2018][^\"\u201d'\u2019\s]{2,20}(?: [^\"\u201d'\u2019\s]{1,20}){0,2}"
    r"[\"\u201d'\u2019]"
)
_U = r"(?:you|u|ya)"
# The reader named in an English sentence, in any case ("You", "ya", "u"): the one pattern the
# detectors ask whether a sentence speaks to the reader (english.py's "like everyone" that is
# about us, wording.py's own slip, tone_threshold's second-person count). CUES' "op" is not
# here: the original poster named is a cue of mockery, not the sentence's addressee.
READER = re.compile(r"(?i)\b(?:you|your|you're|you've|you'd|yourself|ya|u)\b")
# Each of these leans hostile by itself (over every read writer, at least three times as common
# in a hostile sentence no phrase pattern marks as in a clean draft's sentence).
CUES: dict[str, re.Pattern[str]] = {
    # someone mocked in the third person (session 24: not "some people" alone, a plain
    # statement about users as often; without it leave one writer out finds the same)
    "them": _words(
        "people who", "people like", "this guy", "whoever", "folks who",
        r"to the \w+ who", "anyone who", "those who",
    ),
    # what the reader did wrong, said of them
    "blame": re.compile(
        rf"\b(?:{_U} (?:forgot|failed|didn't|did not|ignored|missed|chose|decided|signed"
        r"|agreed|broke|dropped|lost|never|couldn't be bothered|can't be bothered|clearly"
        r"|obviously|apparently)|because you|your (?:own )?(?:fault|mistake|problem|choice)"
        r"|user error|on you\b)"
    ),
    # what the reader should have done
    "counterfactual": re.compile(
        r"\b(?:if you'd|if you had|had you|you should(?:n't|'ve| not)? have|you should've"
        r"|you could(?:'ve| have)|you would(?:'ve| have) known|if you (?:actually|just|bothered"
        r"|read|looked|checked))"
    ),
    # telling the reader how to behave
    "lecture": re.compile(
        r"\b(?:next time|maybe try|try (?:to|being|reading|not)|please read|read the"
        r"|learn to|before (?:posting|clicking|complaining|asking|replying)|(?:it's|it is) not"
        r" (?:that )?hard|basic stuff|in bold|try again|pay attention|keep up)\b"
    ),
    # none of our business
    "not_ours": re.compile(
        r"\b(?:not (?:our|my) (?:problem|job|fault|concern|responsibility)|take it up with"
        r"|tough luck|deal with it|sort (?:it|your own)|your problem|not your \w+"
        r"|somewhere else|elsewhere)\b"
    ),
    # a question that expects no answer
    "rhetorical": re.compile(
        r"(?:\b(?:did you|do you|have you|are you|were you) (?:actually|even|really|honestly"
        r"|seriously|not)\b[^?]*\?|\b(?:you do realis|you do realiz|what did you (?:think"
        r"|expect)|how hard (?:is|was|can)|why would you)|,\s*(?:right|can't you|don't you"
        r"|didn't you|won't you|isn't it|aren't you|can you|do you)\?|\?\?|^\W*\w+\?\s*$)"
    ),
    # sarcasm's usual markers
    "sarcasm": re.compile(
        r"(?:\b(?:wow|congrats|congratulations|riveting|ah yes|oh (?:great|sure|wow|look|no)"
        r"|lol|lmao|good luck with that|shocking|what a surprise|bless|genius|never gets old"
        r"|thanks for the|how (?:nice|lovely|cute)|sure,|imagine|cool story|noted)\b)"
    ),
    # "it's a wetsuit, not a spacesuit", "that's called weather"; since session 37 the thing
    # named in up to three words ("it's a cargo bike, not a tank", "we're a bow shop, not …")
    "contrast": re.compile(
        r"\b(?:(?:it's|it is|we're|we are|this is|that's) (?:a |an |the )?(?:[\w-]+ ){0,2}\w+,"
        r" not"
        r"|(?:it's|that's|this is) called)\b"
    ),
    # an emoji that comments: eye roll, upside-down face, rolling on the floor, shrug, smirk,
    # nail polish, clown, clapping, unamused, expressionless (session 24: not the wink or tears
    # of laughter, over every read writer the two least telling, 3.8x and 3.2x as common in a
    # hostile sentence as in a clean draft's against 27x-445x for the others, and the two
    # common in clean drafts, 21 and 104 sentences)
    "emoji": re.compile(
        "[\U0001f644\U0001f643\U0001f923\U0001f937\U0001f60f\U0001f485"
        "\U0001f921\U0001f44f\U0001f612\U0001f611]"
    ),
}  # fmt: skip


# Having said it before, with the writer or the reader in the sentence ("Lovely lady, explained
# everything twice" praises a third person).
_REPEAT = re.compile(
    r"\b(?:already|twice|three times|(?:second|third|fourth|fifth|last|umpteenth|nth)"
    r" time|again|repeat(?:ing)? myself|same question|told you|explained)\b"
)
_PERSON = frozenset(("i", "we", "us", "me", "i've", "we've", "i'm", "we're", "i'll", "we'll"))
# A cue's pattern runs only when the sentence holds one of its words (or, for "rhetorical", a
# question mark; for "emoji", a character of its own), as the phrase families' triggers do.
TRIGGERS: dict[str, frozenset[str]] = {
    "them": frozenset(("people", "guy", "whoever", "folks", "who", "anyone", "those")),
    "blame": frozenset(("you", "u", "ya", "your", "error")),
    "counterfactual": frozenset(("you", "you'd")),
    "lecture": frozenset((
        "next", "maybe", "try", "please", "read", "learn", "before", "it's", "it", "basic",
        "bold", "pay", "keep",
    )),
    "not_ours": frozenset((
        "not", "take", "tough", "deal", "sort", "your", "somewhere", "elsewhere",
    )),
    "sarcasm": frozenset((
        "wow", "congrats", "congratulations", "riveting", "ah", "oh", "lol", "lmao", "good",
        "shocking", "what", "bless", "genius", "never", "thanks", "how", "sure", "imagine", "cool",
        "noted",
    )),
    "contrast": frozenset(("not", "called")),
}  # fmt: skip
_EMOJI = frozenset(
    "\U0001f644\U0001f643\U0001f923\U0001f937\U0001f60f\U0001f485"
    "\U0001f921\U0001f44f\U0001f612\U0001f611"
)
_REPEAT_WORDS = frozenset((
    "already", "twice", "three", "time", "again", "repeat", "repeating", "same", "told",
    "explained",
))  # fmt: skip
_TOKEN = re.compile(r"[a-z']+")


def cues(sentence: str) -> list[str]:
    """The cues of a hostile tone the sentence holds, by name ("particle" and "scare_quotes"
    only where the reader is named, "repeat" where the writer or the reader is)."""
    lowered = sentence.lower().replace("\u2019", "'")
    words = frozenset(_TOKEN.findall(lowered))
    named = [
        name
        for name, pattern in CUES.items()
        if (
            "?" in lowered
            if name == "rhetorical"
            else not _EMOJI.isdisjoint(lowered)
            if name == "emoji"
            else not TRIGGERS[name].isdisjoint(words)
        )
        and pattern.search(lowered)
    ]
    you = not _YOU.isdisjoint(words)
    if (
        not _REPEAT_WORDS.isdisjoint(words)
        and (you or not _PERSON.isdisjoint(words))
        and _REPEAT.search(lowered)
    ):
        named.append("repeat")
    if you and not _PARTICLE.isdisjoint(words):
        named.append("particle")
    if you and _SCARE_QUOTES.search(sentence):
        named.append("scare_quotes")
    return named


# Cues that misread a friendly sentence (session 36, en-tone-clean-v31): "next time" in the
# writer's own promise with no reader ("We'll add more parking next time."), and "just" said
# of time, not to belittle ("If you're just starting: …", "you've just joined"). They stay
# features of the learnt threshold (tone_threshold.features reads cues() unchanged); only the
# lower cued threshold is not given for them, so a sentence can only be reported less often.
_OWN_NEXT_TIME = re.compile(
    r"\b(?:we|i)(?:'ll| will| shall| can| could|'d| would| are going to| am going to|'m going to"
    r"| plan to| hope to| aim to| want to| promise to)?\b[^.!?]{0,60}?\bnext time\b"
)
_LECTURES = re.compile(CUES["lecture"].pattern)
_JUST_IN_TIME = re.compile(
    r"\bjust (?:start\w*|begun|beginning|began|join\w*|arriv\w*|bought|got|moved|sign\w* up"
    r"|land\w*|finish\w*|received|order\w*|book\w*|now|come|came|return\w*|open\w*"
    r"|launch\w*|set up|had|become|became|turned|gone live|released|renewed|upgraded|paid)\b"
)


def _own_next_time(lowered: str, words: frozenset[str]) -> bool:
    """Every lecture the sentence holds is "next time", said of what we will do, and no reader
    is named."""
    return (
        _YOU.isdisjoint(words)
        and all(m.group() == "next time" for m in _LECTURES.finditer(lowered))
        and bool(_OWN_NEXT_TIME.search(lowered))
    )


def _particle_of_time(lowered: str, words: frozenset[str]) -> bool:
    """The only belittling particle is "just", and every "just" says when ("just started")."""
    particles = _PARTICLE & words
    return particles == {"just"} and all(
        _JUST_IN_TIME.match(lowered, m.start()) for m in re.finditer(r"\bjust\b", lowered)
    )


def cued(sentence: str) -> bool:
    """Whether the sentence holds a cue the lower threshold is given for: cues() but a
    lecture that is only our own "next time" and a particle that is only "just" of time."""
    named = cues(sentence)
    if not named or not {"lecture", "particle"} & set(named):
        return bool(named)
    lowered = sentence.lower().replace("\u2019", "'")
    words = frozenset(_TOKEN.findall(lowered))
    if "lecture" in named and _own_next_time(lowered, words):
        named.remove("lecture")
    if "particle" in named and _particle_of_time(lowered, words):
        named.remove("particle")
    return bool(named)

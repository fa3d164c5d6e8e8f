"""Wording: legal risk, hostile tone and profanity. Phrase patterns where they are precise: each
such finding says exactly which words are the problem. For legal risk and hostile tone the
trained wording head (wording.py) also scores each sentence, for the paraphrases no pattern
knows. Negated forms ("I can't promise a date", "this isn't user error") are not findings.

The patterns are general English; the company's own name and products come from configuration
(`Company`, built from settings.OPENLINE), so "Acme's fault" or "all our Tea Tins are
unsafe" are read for whichever company runs Openline."""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.translation import gettext_noop

import openline.guidance.detectors.english as english
import openline.guidance.detectors.gates as gates
import openline.guidance.detectors.german as german
import openline.guidance.detectors.starts as starts
from openline.language.spans import STOPS, sentence_around

from .base import Hit, Phrase
from .wording import Budget, german_enabled
from .wording import ahead as run_ahead
from .wording import detect as detect_sentences
from .wording import detect_german as detect_german_sentences
from .wording import enabled as model_enabled

if TYPE_CHECKING:
    from openline.language.wording import Ahead

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_WHEN = (
    rf"(?:(?:on|by|before|until|in)\s+)?(?:{_DAY}|{_MONTH}|tomorrow|tonight|next (?:week|month)"
    rf"|this (?:week|month|weekend)|the end of (?:the |this |next )?(?:week|month|year)"
    rf"|the \d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,2}}/\d{{1,2}}"
    rf"|within \d+ (?:days|weeks)|Q[1-4]|\d+ (?:days|weeks))"
    # A whole word: "Dec" is December, not the start of "customs decide" (session 23).
    r"(?!\w)"
)
_PRODUCTS = (
    r"(?:units?|devices?|products?|models?|items?|batch(?:es)?|bags?|boxes|packs?|tins?|cans?"
    r"|aircraft|planes?|jets?|vehicles?|machines?|tablets?|bottles?|versions?|builds?)"
)
_GAP = r"[^.!?\n]{0,60}?"

LEGAL: tuple[tuple[str, str, str], ...] = (
    (
        rf"\b(?:I|we)(?:'ll| will| can| do| shall)?(?: absolutely| definitely| personally)?"
        rf" (?:guarantee|promise)\b{_GAP}\b(?:refund|compensat\w*|reimburs\w*|money back"
        rf"|replacement|pay (?:for|you))"
        r"|\bguaranteed? (?:you )?(?:a |your )?(?:full )?(?:refund|compensation|reimbursement"
        r"|payout)"
        r"|\b(?:we|I)(?:'ll| will)(?: definitely| certainly| of course)? (?:compensate|reimburse"
        r"|refund) you(?: in full| for (?:all|any|every|the)\b)"
        r"|\b(?:we|I)(?:'ll| will)(?: definitely| certainly| of course)? (?:pay|cover)(?: for)?"
        r"(?: all| any| the| your)?(?: the cost of)?(?: the| your| any)?"
        r" (?:damage|repairs?|losses|(?:energy|heating|gas) bills?|plumber|compensation)"
        r"|\byou(?:'ll| will| are|'re) (?:definitely|certainly|guaranteed to|100%)"
        r"(?: get| receive| be entitled to| entitled to)(?: a)?(?: full)? (?:refund|compensation)",
        gettext_noop(
            "This promises money (a refund or compensation). A public promise can bind the company "
            "and sets what everyone reading will expect."
        ),
        gettext_noop(
            "Describe the process instead of the outcome: 'I've passed this to Billing, who will "
            "look at a refund under our returns policy.'"
        ),
    ),
    (
        r"\b(?:this|it|that|the (?:damage|leak|fault|flood|fire|problem))(?:'s| is| was)"
        r"(?: entirely| completely| totally| all| 100%)? our fault"
        r"|\bwe(?:'re| are| were) (?:fully |entirely |completely |totally )?(?:liable|responsible"
        r"|to blame) for (?:the |your |any |all )?(?:damage|leak|flood|fire|loss|losses|injur\w*"
        r"|harm|burst)"
        r"|\bwe (?:accept|admit|take) (?:full |all |complete )?(?:liability|responsibility"
        r"|the blame|blame)"
        r"|\b(?:we|our \w+s?) (?:was|were|have been|has been|acted) negligent"
        r"|\bnegligen(?:ce|t) on our (?:part|side)|\bour negligence"
        r"|\bour (?:firmware|update|product|engineer|installer|staff|crew|driver|pilot|loader"
        r"|courier|food|formula|recipe|medicine|device|unit)s? (?:caused|damaged|flooded|burst"
        r"|broke|made|injured|poisoned) (?:the |your )?(?:damage|leak|flood|fire|boiler|pipes?"
        r"|burst|ceiling|floor|injur\w*|illness|\w+ sick|ill)"
        r"|\bwe(?:'re| are)? (?:legally|fully|entirely|completely)? ?liable\b"
        r"|\bwe(?:'re| are) legally responsible\b"
        r"|\b(?:is|are|was|were) (?:entirely |fully |completely )?(?:our|the company's)"
        r" (?:responsibility|liability|fault)\b"
        r"|\b(?:caused by|due to|down to) (?:pilot|crew|driver|staff|human|our) (?:error|negligence"
        r"|carelessness|mistake)\b|\bpilot error\b"
        r"|\b(?:have|has) been (?:careless|negligent|reckless|sloppy)\b",
        gettext_noop(
            "This admits fault or negligence. In a dispute it can be read as the company accepting "
            "liability."
        ),
        gettext_noop(
            "Show regret without admitting fault: 'I'm sorry this happened; let's find out what "
            "went "
            "wrong' — and pass the case to the team that handles claims."
        ),
    ),
    (
        r"\b(?:lawsuits?|class[ -]action|legal action|litigation|sue us|suing|sued|court case"
        r"|take us to court|in court|tribunal|our lawyers|our solicitors|legal proceedings"
        r"|small claims)\b",
        gettext_noop(
            "This comments on legal action. Anything said in public about a dispute or lawsuit can "
            "be used in it."
        ),
        gettext_noop(
            "Do not comment: say 'I can't comment on legal matters' and refer the person to our "
            "complaints or legal team."
        ),
    ),
    (
        rf"\b(?:all|every(?: single)?|each)(?: of)?(?: (?:our|the|these|those))?"
        rf"(?:(?: [\w+-]+)? {_PRODUCTS}|(?: [\w+-]+){{1,2}}?(?=s? (?:we|you|from|in|made|sold"
        rf"|shipped|are|is|were|was|has|have)\b)s?)"
        rf"(?: (?:units?|thermostats?|valves?))?(?: (?:from|in|made|sold|shipped|we (?:sell|sold|"
        rf"make|made))[^.!?\n]{{0,30}}?)? (?:are|is|were|was|has|have)(?: all)?"
        rf" (?:faulty|defective|unsafe|dangerous|a fire (?:risk|hazard)|flawed|the (?:same )?"
        rf"(?:fault|defect))"
        rf"|\b(?:the|our|this|these|they|it)(?: \w+)?(?:'re|'s| is| are) (?:frankly |really |simply"
        rf" |actually |just )?(?:not safe|unsafe|dangerous|contaminated|toxic"
        rf"|a (?:fire|safety|health)"
        rf" (?:hazard|risk))"
        rf"|\b(?:design|manufacturing|production|formulation|safety|structural)"
        rf" (?:defect|flaw|fault)s?\b|\b(?:manufacturing|formulation|design) errors?\b"
        rf"|\b(?:across|affecting|throughout) (?:the (?:whole|entire) (?:line|range|batch|fleet"
        rf"|production|board)|the board|all (?:our|the) {_PRODUCTS})"
        rf"|\b(?:known|recurring|systemic) (?:issue|problem|fault|defect) with (?:the |our )"
        rf"[^.!?\n]{{0,40}}?(?:on|in|across) (?:our|all|the whole)"
        rf"|\bfailed (?:their |its |the |safety )?inspections?\b|\bwas(?:n't| not) a one-off\b",
        gettext_noop(
            "This declares products faulty or unsafe across the board. Safety and defect "
            "statements "
            "are made by the product-safety team, and can trigger recalls and claims."
        ),
        gettext_noop(
            "Speak about this person's unit only ('your device isn't working as it should') "
            "and pass safety concerns to the product-safety team."
        ),
    ),
    (
        rf"\b(?:I|we)(?:'ll| will| can| do)?(?: absolutely| definitely)? (?:promise|guarantee)\b"
        rf"{_GAP}\b{_WHEN}"
        rf"|\b(?:the |this |that |our )?(?:fix|update|firmware(?: update)?|patch|feature|release"
        rf"|version [\d.]+|app update|new (?:app|version|model|thermostat))\b"
        rf"(?:[^.!?\n]|\.(?=\d)){{0,40}}?"
        rf"\bwill (?:definitely |certainly |100% )?(?:be (?:released|out|available|live|shipped"
        rf"|fixed|rolled out)|ship|land|roll out|go live|come out)\b(?: to \w+)?\s+{_WHEN}",
        gettext_noop(
            "This promises a date. A date in public becomes a commitment people hold us to, and "
            "release plans change."
        ),
        gettext_noop(
            "Say what you know without a date: 'The fix is in testing; we'll post here as soon as "
            "it's released.'"
        ),
    ),
    (
        r"\b(?:we|i)(?:'ll| will| are going to| can| would| shall|'d)(?: \w+)?(?: happily| gladly"
        r"| definitely| personally| also)? (?:pay|cover|reimburse|refund|compensate|foot)\b"
        r"[^.!?\n]{0,80}?\b(?:vets?|vet's|medical|hospital|doctor|dental|hotel|taxi|bills?|costs?"
        r"|expenses|damages?|loss(?:es)?|lost|replacement value|contents|whatever|no limit"
        r"|no questions asked|every|all of|income|wages|earnings|tickets?"
        r"|clothes|treatment)\b"
        r"|\b(?:we|i)(?:'ll| will| are going to)(?: \w+)? pay (?:for )?(?:the |your |any |all )?"
        r"(?:vet|doctor|hospital|medical|repair|damage)"
        r"|\bwhatever it costs\b|\bname your price\b"
        r"|\byou(?:'ll| will) (?:get|receive|be paid)[^.!?\n]{0,50}?\b(?:plus|on top|for sure"
        r"|guaranteed|definitely|100%)"
        r"|\b(?:i'll|i will|we'll|we will) make sure you get\b[^.!?\n]{0,40}?(?:plus|\d)"
        r"|\b[£€$]\s?\d[\d,.]*\s+(?:for the (?:trouble|inconvenience|hassle|stress)|on top)",
        gettext_noop(
            "This promises money beyond what the policy grants (or open-ended costs). A written "
            "promise can bind the company, and everyone reading will expect the same."
        ),
        gettext_noop(
            "Offer what the policy allows and describe the claims process for anything else: 'You "
            "can claim other costs through the claims form; the team will review them.'"
        ),
    ),
    (
        r"\b(?:legal|our lawyers?|management|the company|head office)(?: team)? (?:told|said|wants"
        r"|asked|prefers?|advised)\b[^.!?\n]{0,40}?\bsettle"
        r"|\bsettl(?:e|ing) (?:these|this|them|it|claims?|the claims?|quietly|out of court"
        r"|privately)\b|\b(?:quietly|privately) settl\w*"
        r"|\b(?:the )?(?:regulators?|authorit(?:y|ies)|ombudsman|trading standards|inspectors?)"
        r"(?:'ll| will| is going to| are going to| might| may| could)(?: probably| likely"
        r"| definitely| surely| soon)? (?:fine|step in|investigate|sanction|penali[sz]e|prosecute"
        r"|shut us down|come after)\b"
        r"|\b(?!(?:we|you|they|he|she|it|who|that|this|team|staff)\b)[a-z]{2,5}(?:'ll| will"
        r"| is going to| are going to| might| may| could)(?: probably| likely| definitely"
        r"| surely| soon)? (?:fine us|step in|shut us down|come after us|sanction us)\b",
        gettext_noop(
            "This speaks for the company about claims, settlements or regulators. Such remarks are "
            "evidence in a dispute and are made by the legal team, not in a reply."
        ),
        gettext_noop(
            "Leave it out: point the person to the claims or complaints process and let the legal "
            "team speak for the company."
        ),
    ),
)

_BLAME_SUGGESTION = gettext_noop(
    "Describe what happened without blame and say what to do now: 'The schedule was set to "
    "Away, which is why the heating stayed off. Switching it to Home will fix it.'"
)
_REPEAT_SUGGESTION = gettext_noop(
    "Give the information again as if for the first time; if it keeps getting lost, add a "
    "link or a screenshot."
)
_CALM_SUGGESTION = gettext_noop(
    "Acknowledge the frustration instead: 'I understand this is frustrating, and I want to get "
    "it fixed.'"
)
_RESPECT_SUGGESTION = gettext_noop(
    "Assume good faith and explain the step plainly; drop the comment about the person."
)
HOSTILE: tuple[tuple[str, str, str], ...] = (
    (
        r"\bas I (?:have )?(?:already (?:told|said|explained|mentioned|stated)(?: to)?(?: you)?"
        r"|told you(?: before| already| earlier)?|(?:explained|mentioned|said|stated)"
        r"(?: to you)? (?:before|several times|multiple times|repeatedly|twice|already))"
        r"|\blike I (?:already )?(?:said|told you)\b"
        r"|\bI(?:'ve| have)? already (?:explained|told you|said this)\b"
        r"|\bfor the (?:last|third|fourth|fifth|hundredth|umpteenth|nth) time\b"
        r"|\bI'?m not (?:going to|gonna) (?:repeat|explain) (?:myself|this|it) again\b",
        gettext_noop(
            "This points out that the person has been told before. It reads as impatient and makes "
            "them feel stupid, in front of everyone."
        ),
        _REPEAT_SUGGESTION,
    ),
    (
        r"\bobviously,? you\b|\byou obviously\b|\b(?:clearly,? you|you clearly) (?:didn't|don't"
        r"|haven't|did not|do not|have not|can't|cannot)\b|\bdid you (?:even|actually|ever)"
        r" (?:bother to )?(?:read|look|check|try|bother)\b|\bdid you bother\b|\bwhat part of\b"
        r"[^.!?\n]{0,40}\bdon'?t you understand\b|\bas (?:you should|everyone|anyone) (?:know"
        r"|knows)\b|\b(?:it'?s|it is|this is|that'?s|that is) (?:really |quite |pretty )?"
        r"(?:not rocket science|not that (?:hard|difficult|complicated)|common sense|basic stuff)"
        r"|\bany (?:idiot|child|fool|beginner) (?:can|could)\b|\bare you (?:even|serious|kidding)\b"
        r"|\byou (?:must|need to) learn (?:to|how)\b|\bread the (?:manual|instructions|docs|guide)"
        r" (?:first|properly|next time|before (?:posting|asking|complaining|contacting|messaging"
        r"|emailing|calling|replying|commenting|blaming))\b|\bRTFM\b",
        gettext_noop(
            "This talks down to the person. Condescension in a public reply makes them, and "
            "everyone "
            "reading, less likely to trust the answer."
        ),
        _RESPECT_SUGGESTION,
    ),
    (
        r"\b(?:please )?calm down\b|\bchill out\b|\bstop (?:complaining|whining|moaning|shouting"
        r"|yelling)\b|\bdeal with it\b|\bgood luck with that\b|\bthanks for nothing\b"
        r"|\bI don'?t know what else to tell you\b|\byou people\b|\bwith all due respect\b"
        r"|\bno offen[cs]e,? but\b|\b(?:oh|wow),? (?:great|brilliant|fantastic|wonderful"
        r"|congratulations|well done)\b|\bseriously\?|\bsigh\*",
        gettext_noop(
            "This is dismissive or sarcastic. It escalates the conversation and looks bad in "
            "public."
        ),
        _CALM_SUGGESTION,
    ),
    (
        r"\bnot (?:our|my) (?:problem|fault|job|concern|responsibility)\b|\buser error\b"
        r"|\b(?:your|your own) fault\b|\byou should(?:'ve| have) (?:read|checked|followed|asked"
        r"|known|done|called|bought|looked|installed|contacted|thought|listened|updated|paid "
        r"attention|registered|kept|noticed|tried|used|realised|realized|waited|been more careful)"
        r"\b|\bif you (?:had|would have|'d) (?:bothered|read|listened|followed|paid attention)\b"
        r"|\bnobody else (?:has|is having|complains?|seems to have) (?:this|that|the same) "
        r"(?:problem|issue)\b",
        gettext_noop(
            "This blames the person. Even when they made a mistake, blame in public puts them on "
            "the "
            "defensive and others off asking."
        ),
        _BLAME_SUGGESTION,
    ),
    (
        r"\byou(?:'re| are)? (?:an? )?(?:idiot|moron|stupid|dumb|clueless|incompetent|lazy"
        r"|pathetic|ridiculous|fool|muppet|clown|numpty|imbecile|halfwit|dimwit)\b"
        # the reader called one or many, a swear word between ("Sit down, you f*cking clown",
        # "Listen, you muppets"; session 37)
        r"|\byou (?:(?:f[^\w\s]{0,2}\w{0,3}king|effing|bloody) )?(?:idiot|moron|fool|muppet|clown"
        r"|numpty|imbecile|halfwit|dimwit|numpties)s?\b|\bwhat an? "
        r"(?:idiot|moron|muppet|clown|numpty)\b|\b(?:idiot|moron)s?\b|\b(?:stupid|dumb|silly|ridiculous)"
        r" (?:question|complaint|request|idea)\b",
        gettext_noop(
            "This insults the person: it is reported as profanity too, so the policy for profanity "
            "applies to it."
        ),
        _RESPECT_SUGGESTION,
    ),
    (
        r"\bnext time,? (?:maybe |perhaps |please |just |you might |you could |try to )*"
        r"(?:try |check"
        r"|read|look|arrive|pay attention|remember|think|make sure|double-check|book|plan)"
        r"|\bmaybe (?:try|check|read|look|consider|think)\w*\b[^.!?\n]{0,60}\bnext time\b"
        r"|\bi would(?:'ve| have) (?:checked|read|looked)\b[^.!?\n]{0,60}\bbefore\b"
        r"|\bif you(?:'d| had| would have) (?:\w+ )?(?:bothered|read|checked|looked|listened"
        r"|followed|paid attention)\b"
        r"|\bbefore (?:complaining|calling us|accusing us|moaning|ranting|kicking off|shouting)"
        r"|\b(?:could|can|would) you (?:maybe |perhaps |please |just |kindly )*(?:read|try reading"
        r"|scroll up|look)\b[^.!?\n]{0,40}\bbefore\b"
        r"|\byou (?:did|do|have) (?:read|check|look)\w*[^.!?\n]{0,30}, right\?"
        r"|\b(?:go|shut up and) read the\b"
        r"|\bread the (?:bloody|damn|effing|fine|f\w*ing)"
        r" (?:manual|instructions|rules|label|terms)",
        gettext_noop(
            "This blames the person or tells them off. Even when they made a mistake, blame in "
            "public "
            "puts them on the defensive and others off asking."
        ),
        _BLAME_SUGGESTION,
    ),
    (
        r"\bas i(?:'ve| have)? (?:now |already |clearly )*(?:explained|said|told you|mentioned"
        r"|stated|pointed out)\b"
        r"|\bi(?:'ve| have) (?:now |already )?(?:told|explained|said)(?: (?:you|this|it))?"
        r" (?:\w+ times|twice|again|before|already)\b"
        r"|\bper my (?:last|previous|earlier)(?: \w+)?"
        r" (?:emails?|messages?|replies|posts?|comments?)"
        r"|\bas (?:clearly )?(?:stated|written|shown|explained) (?:on|in) (?:literally |clearly )?"
        r"every\b|\bliterally every (?:page|screen|email|step)\b"
        r"|\bnot sure how (?:to make (?:that|this|it) (?:any )?clearer|else to (?:say|explain))"
        r"|\bnot sure what else (?:we|i) could have done\b|\bi don'?t know (?:how|what) else to\b",
        gettext_noop(
            "This points out that the person has been told before. It reads as impatient and makes "
            "them feel stupid, in front of everyone."
        ),
        _REPEAT_SUGGESTION,
    ),
    (
        r"\bi'?m sure you'?ll (?:manage|cope|survive|figure it out)\b"
        r"|\b(?:truly|what) a tragedy\b|\bhow will you (?:ever )?(?:recover|survive|cope)\b"
        r"|\b(?:oh no|wow|gosh),? (?:a|an|the) (?:whole|entire|massive|huge|terrible)\b"
        r"|\boh no,? (?:a|an) \d[\w-]*"
        r"|\bsome people (?:really |actually |honestly )?(?:do |just )?expect\b"
        r"|\bok(?:ay)?,? karen\b|\bsorry,? not sorry\b|\bkeep (?:downvoting|complaining|"
        r"moaning|whining)\b|\b(?:screaming|shouting|yelling|typing)(?: in (?:all )?"
        r"caps)? (?:won'?t|will not|doesn'?t)\b|\bshut up\b"
        r"|\b(?:it'?s|it is|this is|that'?s) (?:a|an|just a|only a) [^.!?\n,]{1,30},"
        r" not (?:a |an )?"
        r"(?:rocket science|brain surgery|hotel|luxury|five-star|private jet|magic|mind reader)"
        r"|\bexpect us to read minds\b"
        r"|\bnot (?:really )?(?:our|my) (?:problem|fault|job|concern)\b",
        gettext_noop(
            "This is sarcastic or dismissive. It escalates the conversation and looks bad in "
            "public."
        ),
        _CALM_SUGGESTION,
    ),
)
NEGATION_BEFORE = re.compile(
    r"(?i)(?:\bnot|n't|\bno(?: such thing as)?|\bnever|\bnothing to do with|\bnor)"
    r"(?:\s+(?:a|an|the|at all|really|"
    r"just|simply|your|any))*\s*$"
)
REFUSAL_TO_COMMENT = re.compile(
    r"(?i)\b(?:can(?:'t|not| not)|unable to|not able to|won't|will not|don't|do not|mustn't"
    r"|not going to|aren't going to)"
    # "Can't say much, but legal expect a class action" is a leak that opens with a refusal.
    r" (?:comment|discuss|speak|talk|say)(?! much,? but)|\brefer you to\b|\blegal team\b"
)
SENTENCE_END = STOPS

PROFANITY_SUGGESTION = Phrase(
    gettext_noop("Use neutral words. Frustration can be said plainly: 'This is annoying.'")
)
PROFANITY_MESSAGE = gettext_noop(
    "“%(word)s” is a swear word. Profanity in a company reply is unprofessional."
)
PROFANE = re.compile(
    r"(?:cluster|dumb|mind|brain|holy|bat|ape|dip|chicken|dog|jack)?"
    r"(?:f+u+c+k+|f+c+k+|f+u+k+|ph+u+c+k+)(?:s|ed|er|ers|in|ing|ings|ingly|tard|wit|face|head|off"
    r"|up|ups|wad|stick|load|ton)?"
    r"|motherf\w*|fcking|effing|frigg?in[g']?|wtf|ffs|stfu|omfg|gtfo|fml|jfc|lmfao"
    r"|(?:dip|bat|ape|chicken|dog|holy|jack|bull)sh+i+t+(?:s|ter|ters)?"
    r"|sh+i+t+(?:load|loads|storm|stain|fest|bag|bags|face|ton)|(?:dumb|smart|fat|hard|lame|kiss)ass(?:es)?"
    r"|sh+i+t+(?:s|ty|tier|ter|head|hole|show|e|ting)?|bullsh+i+t+|horseshit|crap(?:s|py|pier)?"
    r"|damn(?:ed|it)?|goddamn\w*|dammit|bastards?|bitch(?:es|y|ing)?|bollocks|bugger(?:ed|s)?"
    r"|arse(?:holes?|d)?|ass(?:holes?|hat|wipe)?|jackass|dickheads?|piss(?:ed|ing|es)?"
    r"|wank(?:ers?|ing)?|twats?|cunts?|bloody|feck(?:ing)?"
    r"|idiots?|morons?|muppets?|imbeciles?|numpt(?:y|ies)|dimwits?|halfwits?|nitwits?|dumbass\w*"
    r"|kut|klote|godverdomme|tering|kanker|scheiße|scheisse|scheiss|scheiß|verdammt|arschloch"
    r"|motherfuck\w*|wankers?|tossers?|bellends?|knobheads?|douchebags?|sluts?|whores?"
    # French, Spanish, Italian, Portuguese
    r"|merde|putain|connard(?:e|s)?|conasse|salaud|salope|encul[ée]s?|ta gueule"
    r"|mierda|joder|jodid[oa]s?|coño|cabr[oó]n(?:es)?|gilipollas|pendej[oa]s?|puta|putas"
    r"|cazzo|cazzi|vaffanculo|fanculo|stronz[oi]|stronza|merda|minchia|porca miseria|coglion[ei]"
    r"|caralho|foda-se|filho da puta|buceta"
    # German, Dutch, Nordic, Polish, Czech, Turkish, Russian, South Asian (romanised)
    r"|wichser|hurensohn|fotze|mistkerl|drecksau|klootzak"
    r"|helvete|jävla|javla|jävlar|faen|faan|fanden|forbanna|perkele|vittu|paska"
    r"|kurwa|kurwy|pierdol\w*|spierdalaj|chuj|jebać|kurva|piča|hovno"
    r"|siktir|orospu\w*|blyat|bljad|сука|блять|бля|хуй\w*|пизд\w*"
    r"|chutiya|bhenchod|madarchod|behenchod"
)
# Profanity in scripts without spaces between words: matched anywhere in the text.
PROFANE_UNSPACED = re.compile(
    r"他妈的|他媽的|操你|肏|傻逼|傻屄|妈的|クソ|くそったれ|ちくしょう|畜生|씨발|시발|병신|개새끼|좆"
)
# Letters spaced or dotted out: "f u c k", "F.U.C.K", "s-h-i-t".
SPACED_OUT = re.compile(r"(?<![\w.])(?:[^\W\d_](?:[ ._*-]|\. )){2,}[^\W\d_](?![\w])")
PROFANE_PHRASES = re.compile(
    r"(?i)\b(?:what the hell|the hell\b(?![-\u2011])|go to hell|bloody hell|hell no|piss off"
    r"|sod off|sod it|screw (?:you|this|that|it)|(?:a|you|such a|what a|total|little|bunch of)"
    r" (?-i:prick|dick|knob)s?|(?:absolute|utter|complete|right|proper) (?-i:prick|dick|knob)s?"
    r"|fy fan|va te faire foutre|hijo de puta|me cago en"
    r"|leck mich|halt'?s maul|verpiss dich)\b"
)
MASKABLE = (
    "fuck",
    "fucking",
    "shit",
    "bullshit",
    "bitch",
    "bastard",
    "bollocks",
    "arsehole",
    "asshole",
    "cunt",
    "crap",
    "damn",
    "wanker",
    "twat",
    "dickhead",
    "piss",
    "motherfucker",
    "fucker",
    "dick",
    "prick",
    "cow",
    "wank",
    "merde",
    "mierda",
    "putain",
    "cazzo",
    "scheisse",
)
MASKED_SUFFIXES = ("", "s", "ed", "er", "ers", "in", "ing")
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                      "$": "s", "!": "i", "|": "i", "€": "e"})  # fmt: skip
WORD = re.compile(r"(?<![\w@$*])[\w@$*!|€]+")
MASKS = str.maketrans({"#": "*"})  # "f#ck" is masked the way "f*ck" is
SUSPECT_WORD = re.compile(r"(?<![\w@$*])(?=[\w@$*!|€]*(?:[0-9@$*!|€]|(\w)\1\1))[\w@$*!|€]+")
# The words by their first letter, the look-behind after it: `re` skips to a letter that opens
# one (a leading look-behind made it try every word at every position).
_PLAIN_WORDS = starts.by_first_letter(PROFANE.pattern, r"[\w@$*]")
PLAIN_PROFANE = re.compile(rf"{_PLAIN_WORDS or rf'(?<![\w@$*])(?:{PROFANE.pattern})'}(?![\w@$*|])")
REPEATS = re.compile(r"(\w)\1{2,}")


Patterns = list[tuple[re.Pattern[str], str, str]]


def _compile(table: tuple[tuple[str, str, str], ...], *, lowered: bool) -> Patterns:
    """Case-insensitive matching is about twice as slow in `re`, so the patterns normally run
    lower-cased on the lower-cased text; the IGNORECASE set is for the rare text whose length
    changes when lower-cased (offsets would shift)."""
    if lowered:
        assert not any(re.search(r"\\[SWDBAZ]", p) for p, _, _ in table)
        return [(re.compile(p.lower()), m, s) for p, m, s in table]
    return [(re.compile(p, re.IGNORECASE), m, s) for p, m, s in table]


LEGAL_PATTERNS = _compile(LEGAL, lowered=True)
HOSTILE_PATTERNS = _compile(HOSTILE, lowered=True)
LEGAL_PATTERNS_ANY_CASE = _compile(LEGAL, lowered=False)
HOSTILE_PATTERNS_ANY_CASE = _compile(HOSTILE, lowered=False)
LAWSUIT_PATTERNS = {LEGAL_PATTERNS[2][0], LEGAL_PATTERNS_ANY_CASE[2][0]}
FAULT_PATTERNS = {LEGAL_PATTERNS[1][0], LEGAL_PATTERNS_ANY_CASE[1][0]}
DEFECT_PATTERNS = {LEGAL_PATTERNS[3][0], LEGAL_PATTERNS_ANY_CASE[3][0]}
BEYOND_PATTERNS = {LEGAL_PATTERNS[5][0], LEGAL_PATTERNS_ANY_CASE[5][0]}
INSULT_PATTERNS = {HOSTILE_PATTERNS[4][0], HOSTILE_PATTERNS_ANY_CASE[4][0]}
# An insult word aimed at no reader: the writer's own ("I'm an idiot about shelves", "we felt
# like idiots"), the word named ("please don't use the word "idiot"") or someone's insult
# reported ("he keeps calling people idiots"). Still profanity, where the word is one.
NOT_AT_READER_BEFORE = re.compile(
    r"(?i)(?:\b(?:i|we)(?:'m|'re| am| are| was| were| feel| felt| look| looked)(?: (?:such|a bit"
    r"|a total|a complete|like|totally|completely|an absolute|a right|an utter))*(?: an?)?"
    r"|\b(?:call|calls|called|calling) (?:me|us|myself|ourselves|people|others|each other"
    r"|other (?:members|people|users|customers)|someone|anyone|them|him|her)(?: an?)?"
    r"|\b(?:the|that) (?:word|words|term)|\bwords like) [\"“']?$"
)
# A payment bounded by the cap it is paid under is the policy at work: "you'll get the fee plus
# the declared value (up to £100) back".
CAPPED = re.compile(
    r"(?i)\bup to (?:[£€$]\s?\d|the (?:[\w-]+ )?(?:limit|value|maximum|cap|amount))"
    r"|\bcapped at\b|\bpolicy limit\b"
)
# A fault the warranty covers is the policy at work: "a manufacturing fault, covered under
# warranty, so we'll replace it".
UNDER_WARRANTY = re.compile(
    r"(?i)\b(?:warranty|guarantee|covered|covers|within \d+ (?:days|weeks|months|years))\b"
)
# Owning a slip ("the menu is a maze, that's our fault") is clean; owning harm or loss, or the
# whole blame ("this is entirely our fault"), is not.
SLIP_WORDS = re.compile(r"(?i)\b(?:fault|mistake|error)\b")
WHOLE_BLAME = re.compile(r"(?i)\b(?:entirely|completely|totally|wholly|squarely|all|100\s?%)\b")
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def _quoted(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in QUOTED.finditer(text))


# Fault put as a question for others or a condition, not admitted: "whether we are liable is for
# our legal team to decide", "if we're responsible for the leak, the claims team will pay".
EMBEDDED_IF_BEFORE = re.compile(r"(?i)\b(?:whether|if|unless) $")


def _legal_guarded(text: str, pattern: re.Pattern[str], start: int, end: int) -> bool:
    """Whether a legal-risk phrase is not one after all: a lawsuit denied or quoted, a fault
    the warranty covers, or an operational slip owned without harm or loss."""
    if pattern in LAWSUIT_PATTERNS:
        return _negated(text, start) or _quoted(text, start, end) or _readers_own(text, start)
    if pattern in BEYOND_PATTERNS:
        return bool(CAPPED.search(_sentence(text, start, end)))
    if pattern in FAULT_PATTERNS and EMBEDDED_IF_BEFORE.search(text, max(0, start - 12), start):
        return True
    if pattern in DEFECT_PATTERNS and english.danger_supposed(text, start):
        return True  # "if the ladder is unsafe, …", "you feel the drone is unsafe"
    if pattern in FAULT_PATTERNS or pattern in DEFECT_PATTERNS:
        sentence = _sentence(text, start, end)
        if UNDER_WARRANTY.search(sentence):
            return True
        if pattern in FAULT_PATTERNS and SLIP_WORDS.search(text[start:end]):
            if WHOLE_BLAME.search(sentence):
                return False
            return not english.danger_in_sentence(text, start, end)
    return False


# The reader's own intention or right to go to law, answered neutrally ("I understand you're
# thinking about legal action; I've passed this to…", "you're entitled to take us to small
# claims"): the writer says nothing about the dispute.
READERS_OWN_BEFORE = re.compile(
    r"(?i)\b(?:you(?:'re| are|'ve| have)? (?:thinking (?:about|of)|considering|mentioned|mention"
    r"|said|say|want to|wish to|plan(?:ning)? to|intend\w* to|entitled to|free to|(?:have|has)"
    r" the right to|decide to|choose to|may|can)|if you (?:wish|want|decide|choose|would like)"
    r"|your (?:right|decision|choice) to)\b[^.!?\n;]{0,40}$"
)


def _readers_own(text: str, start: int) -> bool:
    return bool(READERS_OWN_BEFORE.search(text, max(0, start - 80), start))


def _sentence(text: str, start: int, end: int) -> str:
    return sentence_around(text, start, end, stops=SENTENCE_END, lookback=300)


def _quoted_line(text: str, start: int) -> bool:
    """Whether the match is in a line quoted with ">" (an earlier e-mail, not the writer's)."""
    return text[text.rfind("\n", 0, start) + 1 :].lstrip().startswith(">")


# A promise the customer asked about, not one made: "you asked whether we'd reimburse the …".
REPORTED_QUESTION_BEFORE = re.compile(
    r"(?i)\b(?:asked|ask|asking|wondered|wondering|wonder|question|know|sure)"
    r"(?: (?:me|us|them|him|her))? (?:whether|if) $"
)


def _reported_question(text: str, start: int) -> bool:
    return bool(REPORTED_QUESTION_BEFORE.search(text, max(0, start - 30), start))


def _negated(text: str, start: int) -> bool:
    return bool(NEGATION_BEFORE.search(text[max(0, start - 30) : start]))


# "Calm down r/leeds 😂", "Calm down everyone 😂": a crowd teased with a laugh, not the reader
# told off (session 36, en-tone-clean-v31; every labelled "calm down" of the read sets is said
# to one person).
_CALMING = re.compile(r"(?i)(?:please )?(?:calm down|chill out)\b")
_CROWD_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:r/\w+|everyone|everybody|folks|y'all|guys|internet|all)\b"
)
_LAUGH = re.compile(
    r"[\U0001F602\U0001F923\U0001F604\U0001F606\U0001F605]|(?i:\b(?:lol|haha\w*)\b)"
)


def _calming_a_crowd_in_jest(text: str, start: int, end: int) -> bool:
    if not _CALMING.match(text, start) or not _CROWD_AFTER.match(text, end):
        return False
    return bool(_LAUGH.search(_sentence(text, start, end)) or _LAUGH.search(text, end, end + 40))


def _phrases(text: str, searched: str, kind: str, patterns: Patterns) -> Iterable[Hit]:
    for pattern, message, suggestion in patterns:
        for match in gates.finditer(pattern, searched):
            if pattern in LAWSUIT_PATTERNS and REFUSAL_TO_COMMENT.search(
                _sentence(text, match.start(), match.end())
            ):
                continue
            if kind == "hostile_tone" and (
                _negated(text, match.start())
                or english.unworried(text, match.start())
                or _calming_a_crowd_in_jest(text, match.start(), match.end())
            ):
                continue
            if pattern in INSULT_PATTERNS and NOT_AT_READER_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue
            if kind == "legal_risk" and _reported_question(text, match.start()):
                continue
            if kind == "legal_risk" and _legal_guarded(text, pattern, match.start(), match.end()):
                continue
            if _quoted_line(text, match.start()):
                continue
            yield Hit(kind, match.start(), match.end(), Phrase(message), Phrase(suggestion))


def _normalised(word: str) -> str | None:
    """The word with leetspeak undone ("sh1t" → "shit"), or None when it is not a word at all:
    model numbers such as "A55" or "T2" keep their digits."""
    letters = sum(c.isalpha() for c in word)
    symbols_only = letters and not any(c.isdigit() for c in word)  # "a$$", "@$$hole"
    if not symbols_only and (letters < 2 or letters < len(word) - letters):
        return None
    return word.casefold().translate(LEET)


def _profanity(text: str, lowered: str | None) -> Iterable[Hit]:
    # Plain words in one pass; only words with digits, symbols or stretched letters ("sh1t",
    # "f*ck", "shiiit") go through the slower word-by-word normalisation.
    if lowered is not None:
        for match in gates.finditer(PLAIN_PROFANE, lowered):
            if lowered[max(0, match.start() - 5) : match.start()] in ("kick-", "bad-"):
                continue  # "kick-ass" and "bad-ass" are informal, not profane
            yield Hit("profanity", match.start(), match.end(),
                      Phrase(PROFANITY_MESSAGE, word=text[match.start() : match.end()]),
                      PROFANITY_SUGGESTION)  # fmt: skip
    yield from _profanity_more(text, lowered)
    masked = text.translate(MASKS) if "#" in text else text
    for match in (WORD if lowered is None else SUSPECT_WORD).finditer(masked):
        word, start = match.group(), match.start()
        if word.startswith("*"):  # Markdown emphasis, not a masked word
            stripped = word.strip("*")
            start += word.index(stripped[:1]) if stripped else 0
            word = stripped
        word = word.rstrip("!|")
        if "*" in word.strip("*") or (word.endswith("*") and len(word.rstrip("*")) >= 1):
            shape = re.compile(re.escape(word.lower()).replace(r"\*", "[a-z]") + "$")
            if any(c.isalpha() for c in word) and any(
                shape.match(prefix + w + suffix)
                for prefix in MASKED_PREFIXES
                for w in MASKABLE
                for suffix in MASKED_SUFFIXES
            ):
                yield Hit("profanity", start, start + len(word),
                          Phrase(PROFANITY_MESSAGE, word=word), PROFANITY_SUGGESTION)  # fmt: skip
            continue
        normalised = _normalised(word)
        if normalised is None:
            continue
        if PROFANE.fullmatch(normalised) or PROFANE.fullmatch(REPEATS.sub(r"\1", normalised)):
            yield Hit("profanity", start, start + len(word), Phrase(PROFANITY_MESSAGE, word=word),
                      PROFANITY_SUGGESTION)  # fmt: skip
    for match in gates.finditer(PROFANE_PHRASES, text):
        yield Hit("profanity", match.start(), match.end(),
                  Phrase(PROFANITY_MESSAGE, word=match.group()), PROFANITY_SUGGESTION)  # fmt: skip
    for match in PROFANE_UNSPACED.finditer(text):
        yield Hit("profanity", match.start(), match.end(),
                  Phrase(PROFANITY_MESSAGE, word=match.group()), PROFANITY_SUGGESTION)  # fmt: skip
    for match in SPACED_OUT.finditer(text):
        letters = "".join(c for c in match.group() if c.isalpha()).casefold()
        if PROFANE.fullmatch(letters):
            word = match.group()
            yield Hit("profanity", match.start(), match.end(),
                      Phrase(PROFANITY_MESSAGE, word=word), PROFANITY_SUGGESTION)  # fmt: skip


# More English profanity, kept apart from the table above: vulgar idioms ("went tits up", "a
# total balls-up"), swearing around "hell" ("hell yeah", "broken as hell"), chat acronyms
# ("lmao"), insults that are ordinary words only when aimed at someone ("you absolute clown"),
# and more forms of the words above ("crapped out", "scumbags").
PROFANE_MORE_ANY_CASE = re.compile(
    r"(?i)\b(?:(?:gone|went|go|going|goes|all|totally|completely)\s+tits[ -]up|tits[ -]up\b"
    r"|balls[ -]up|cock[ -]up|cockup|arse[ -]about[ -]face|piss[ -]take|pissed off"
    r"|hell (?:yeah|yes|yea)|as hell\b|like hell\b|(?:what|why|how|who|where) in"
    r" (?:the )?hell|give (?:them|him|her|you|us) hell|scum ?bags?|scumbuckets?|dirtbags?"
    r"|lmao+|lmfao+|wtaf|crap(?:ped|ping)|shat|pillocks?|plonkers?|wazzocks?|tosspots?"
    r"|(?:you|such an?|what an?|total|absolute|complete|utter|bunch of|pack of|you're an?"
    r"|you are an?|you(?: absolute| total| complete| utter)?)\s+"
    r"(?:clowns?|prats?|jerks?|losers?))\b"
)
# Case-insensitive matching is slow in `re`: the lower-cased text is searched without the flag.
PROFANE_MORE = re.compile(PROFANE_MORE_ANY_CASE.pattern.removeprefix("(?i)"))
# Masked words with a prefix: "clusterf*ck", "motherf**ker", "bullsh*t".
MASKED_PREFIXES = ("", "cluster", "mother", "bull", "horse", "dumb", "jack", "dip", "holy")


def _profanity_more(text: str, lowered: str | None) -> Iterable[Hit]:
    pattern = PROFANE_MORE if lowered is not None else PROFANE_MORE_ANY_CASE
    for match in gates.finditer(pattern, text if lowered is None else lowered):
        yield Hit("profanity", match.start(), match.end(),
                  Phrase(PROFANITY_MESSAGE, word=text[match.start() : match.end()]),
                  PROFANITY_SUGGESTION)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Company:
    """The company's name and product names, from settings.OPENLINE["COMPANY_NAME"] and
    ["COMPANY_PRODUCTS"]: "Acme Daily (tea subscription)" is read as "Acme Daily"."""

    name: str = ""
    products: tuple[str, ...] = ()

    @classmethod
    def build(cls, name: str, products: Iterable[str]) -> "Company":
        names = []
        for product in products:
            bare = re.sub(r"\([^)]*\)", "", product).strip()
            names += [part.strip() for part in bare.split("/") if len(part.strip()) >= 2]
        return cls(name.strip(), tuple(names))


@functools.lru_cache(maxsize=8)
def _company_patterns(company: Company) -> Patterns:
    """Admissions and safety statements that name the company or one of its products."""
    if not company.name and not company.products:
        return []
    names = "|".join(re.escape(n.lower()) for n in (company.name, company.name.split()[0]) if n)
    products = "|".join(re.escape(p.lower()) for p in company.products) or "(?!)"
    table = []
    if names:
        table.append((
            rf"\b(?:this|it|that)(?:'s| is| was)(?: entirely| completely| totally| all)?"
            rf" (?:{names})(?:'s|\u2019s) fault|\b(?:{names}) (?:is|are|was|were) (?:fully |legally"
            rf" |entirely )?(?:liable|responsible for|to blame|at fault|negligent)",
            LEGAL[1][1], LEGAL[1][2],
        ))  # fmt: skip
    table.append((
        rf"\b(?:all|every(?: single)?|each)(?: of)?(?: (?:our|the|these|those))? (?:{products})"
        rf"s?\b[^.!?\n]{{0,30}}? (?:are|is|were|was)(?: all)? (?:faulty|defective|unsafe"
        rf"|dangerous|contaminated|a (?:fire|health|safety) (?:risk|hazard))"
        rf"|\b(?:the|our|this|these) (?:{products})s? (?:is|are) (?:not safe|unsafe|dangerous"
        rf"|contaminated)",
        LEGAL[3][1], LEGAL[3][2],
    ))  # fmt: skip
    return [(re.compile(p), m, sug) for p, m, sug in table]


def detect(
    text: str, company: Company | None = None, *, model: bool = True, budget: Budget | None = None
) -> list[Hit]:
    """Phrase patterns, and with `model` the trained wording head per sentence (wording.py),
    within the live check's `budget` when there is one."""
    lowered = text.lower()
    if len(lowered) == len(text):
        legal, hostile, searched = LEGAL_PATTERNS, HOSTILE_PATTERNS, lowered
        if company is not None:
            legal = legal + _company_patterns(company)
    else:
        legal, hostile, searched = LEGAL_PATTERNS_ANY_CASE, HOSTILE_PATTERNS_ANY_CASE, text
    phrases = [
        *_phrases(text, searched, "legal_risk", legal),
        *_phrases(text, searched, "hostile_tone", hostile),
    ]
    phrases += _german_wording(text, company)
    phrases += _english_families(text, company, phrases)
    sentences = model_hits(text, phrases, budget) if model else []
    profane = list(_profanity(text, lowered if searched is lowered else None))
    if profane and german.looks_german(text):
        profane = [h for h in profane if text[h.start : h.end].lower() not in GERMAN_HOMOGRAPHS]
    return [*phrases, *sentences, *profane, *_german_profanity(text, profane)]


# Words of the general list that are plain German: "fanden" (Norwegian "the devil", German "they
# found": "Die Kinder fanden's super") and "ass" (Swiss spelling of "aß": "Er ass alles auf").
GERMAN_HOMOGRAPHS = frozenset({"fanden", "ass"})


def model_hits(text: str, phrases: list[Hit], budget: Budget | None = None) -> list[Hit]:
    """The wording head's sentences, where no phrase pattern already marks words of the kind."""
    # The head was trained on English sentences; on German text it reads noise, and the German
    # reader (trained on German sentences, no embedding) reads the sentences instead.
    if german.looks_german(text):
        return detect_german_sentences(text, phrases) if german_enabled() else []
    if not model_enabled():
        return []
    return detect_sentences(text, phrases, budget)


def model_ahead(text: str) -> "Ahead | None":
    """The wording head's model runs started ahead of a check that reads every sentence
    (wording.ahead), where model_hits() will read the draft with the head and
    OPENLINE["GUIDANCE_MODEL_AHEAD"] is on (the default)."""
    if not settings.OPENLINE.get("GUIDANCE_MODEL_AHEAD", False):
        return None
    if german.looks_german(text) or not model_enabled():
        return None
    return run_ahead(text)


# --- English families (english.py) -----------------------------------------------------------
OUTCOME_MESSAGES = (
    gettext_noop(
        "This guarantees the outcome of a claim, appeal or decision. The process decides it, and "
        "a written guarantee is read as a promise the company has to keep."
    ),
    gettext_noop(
        "Describe the process instead of the outcome: 'I've passed your claim to the team; they "
        "decide within ten working days and will write to you.'"
    ),
)
ADVICE_MESSAGES = (
    gettext_noop(
        "This gives medical or safety advice (a diagnosis, a dose, a warning to ignore) that "
        "support can't stand behind. If it turns out wrong, the reply is the company's advice."
    ),
    gettext_noop(
        "Point to the right expert instead: 'Please check this with your doctor or pharmacist; "
        "if the alarm sounds again, follow the safety instructions and contact us.'"
    ),
)
THREAT_MESSAGES = (
    gettext_noop(
        "This threatens the person (consequences, 'you will regret this', 'think carefully about "
        "what you post'). A threat in writing escalates the conversation and can be quoted "
        "against the company."
    ),
    gettext_noop(
        "Say what happens next and why, without a warning: 'We have removed the post because it "
        "names a member of staff; you can read the community rules here.'"
    ),
)
PATRONISING_MESSAGES = (
    gettext_noop(
        "This talks down to the person through how it addresses them ('young man', 'sweetie', "
        "'listen here'). Readers take it as contempt, whatever follows."
    ),
    gettext_noop(
        "Address the person as you would any customer (their name, or the usual polite form) and "
        "keep to the matter."
    ),
)
ENGLISH_MESSAGES: dict[str, tuple[str, str]] = {
    "outcome": OUTCOME_MESSAGES,
    "advice": ADVICE_MESSAGES,
    "beyond_policy": LEGAL[5][1:],
    "fault": LEGAL[1][1:],
    "unsafe": LEGAL[3][1:],
    "claims": LEGAL[6][1:],
    "repeat": HOSTILE[0][1:],
    "condescension": HOSTILE[1][1:],
    "dismissive": HOSTILE[2][1:],
    "blame": HOSTILE[3][1:],
    "sarcasm": HOSTILE[7][1:],
}


def _english_families(text: str, company: Company | None, found: list[Hit]) -> list[Hit]:
    """The shape families (english.py), where no phrase above already marks words of the kind."""
    if german.looks_german(text):
        return []
    names = (company.name, company.name.split()[0]) if company is not None and company.name else ()
    return [
        Hit(m.kind, m.start, m.end, Phrase(ENGLISH_MESSAGES[m.key][0]),
            Phrase(ENGLISH_MESSAGES[m.key][1]))
        for m in english.wording(text, names)
        if not any(h.kind == m.kind and m.start < h.end and h.start < m.end for h in found)
    ]  # fmt: skip


# --- German (german.py) ---------------------------------------------------------------------
# German phrase rules are reported with the messages above: the same kinds, explained in the
# reader's language.
GERMAN_MESSAGES: dict[str, tuple[str, str]] = {
    "outcome": OUTCOME_MESSAGES,
    "advice": ADVICE_MESSAGES,
    "promise_money": LEGAL[0][1:],
    "fault": LEGAL[1][1:],
    "lawsuit": LEGAL[2][1:],
    "unsafe": LEGAL[3][1:],
    "date": LEGAL[4][1:],
    "beyond_policy": LEGAL[5][1:],
    "claims": LEGAL[6][1:],
    "inside": LEGAL[6][1:],
    "repeat": HOSTILE[0][1:],
    "condescension": HOSTILE[1][1:],
    "dismissive": HOSTILE[2][1:],
    "blame": HOSTILE[3][1:],
    "insult": HOSTILE[4][1:],
    "sarcasm": HOSTILE[7][1:],
    "threat": THREAT_MESSAGES,
    "patronising": PATRONISING_MESSAGES,
}


@functools.lru_cache(maxsize=8)
def _german_company_pattern(company: Company) -> re.Pattern[str] | None:
    """ "Acme haftet für …", "die Schuld liegt bei Acme": the company named as liable."""
    names = "|".join(re.escape(n) for n in {company.name, company.name.split()[0]} if n)
    if not names:
        return None
    return re.compile(
        rf"\b(?:{names})\s+(?:\w+\s+)?(?:haftet|ist\s+(?:\w+\s+)?(?:schuld|haftbar"
        rf"|verantwortlich für (?:den|die|das) (?:schaden|unfall|verletzung\w*))|trägt\s+"
        rf"(?:die\s+)?(?:volle\s+)?(?:schuld|haftung))\b"
        rf"|\b(?:schuld|haftung|verantwortung)\s+liegt\s+(?:\w+\s+){{0,2}}?bei\s+(?:{names})\b",
        re.IGNORECASE,
    )


def _german_wording(text: str, company: Company | None) -> list[Hit]:
    found = german.wording(text)
    pattern = _german_company_pattern(company) if company is not None else None
    if pattern is not None and german.looks_german(text):
        found += [
            german.Match("legal_risk", "fault", m.start(), m.end())
            for m in pattern.finditer(text)
            if not german.negated(text, m.start(), m.end())
        ]
    return [
        Hit(m.kind, m.start, m.end, Phrase(GERMAN_MESSAGES[m.key][0]),
            Phrase(GERMAN_MESSAGES[m.key][1]))
        for m in found
    ]  # fmt: skip


def _german_profanity(text: str, found: list[Hit]) -> list[Hit]:
    """German swear words the general list does not have, once each."""
    return [
        Hit("profanity", m.start, m.end, Phrase(PROFANITY_MESSAGE, word=text[m.start : m.end]),
            PROFANITY_SUGGESTION)
        for m in german.profanity(text)
        if not any(m.start < hit.end and hit.start < m.end for hit in found)
    ]  # fmt: skip


UNKIND = {"hostile_tone", "profanity"}


def is_unkind(text: str) -> bool:
    """Whether the text has hostile wording or profanity (the tone of super-user candidates).
    Phrase patterns only: this runs over a candidate's whole history at once."""
    return any(hit.kind in UNKIND for hit in detect(text, model=False))

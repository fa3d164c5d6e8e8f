"""Issue 13, session 15: legal risk and hostile tone by speech act (english.py), and the rewrite
that makes their patterns cheap (starts.py).

Legal risk: paying to keep a dispute away from a lawyer or a regulator, harm foretold from a
fault we know of, a whole line known to be faulty, cover without end, a blank cheque, a limit
set aside to pay past it, liability asserted outright. Hostile tone: a person called a liar or
mad, a grown-up told they are one, "It's not hard." closing a paragraph, not having read said
as a fact, "I heard you the first time", the blame turned back with a question, a customer
called a pain to a colleague, a demand mocked as a question, blame dressed as a bright idea.
Every family has paraphrases from several trades and the clean look-alikes it must leave
alone. The sentences are written for these tests, not taken from an evaluation set; the phrase
rules are tested alone (`model=False`)."""

import json
import re
from pathlib import Path

import pytest

from openline.guidance.detectors import english, language, starts

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {h.kind for h in language.detect(text, model=False)} & WORDING


LEGAL_RISK = [
    # Paying to keep a dispute away.
    "Refund her the lot and a bit more so she doesn't go to the ombudsman.",
    "Give him the £200 credit before he calls a solicitor about the boiler.",
    "Comp the whole stay so they don't run to the press with it.",
    "Offer them a voucher in case they take it to the regulator.",
    "We settle the flood cases quietly, that's how it's done here.",
    "Pay off the neighbours quietly and the complaint goes away.",
    # Harm foretold from a fault we know of.
    "The lift door sticks every week, and someone's going to get hurt.",
    "Honestly that scaffold is an accident waiting to happen.",
    "The loose railing on deck two? Somebody will get seriously injured.",
    "It's only a matter of time before somebody trips on those cables in the depot.",
    "Those heaters overheat all the time, a child is going to get burned.",
    # A whole line known to be faulty.
    "Between us, the older harnesses are known to be faulty at the buckle.",
    "Those scooter batteries are known to be dodgy in the cold.",
    "The cheap chargers we stocked were known to spark.",
    "That model of pressure cooker is known to blow if the seal is worn.",
    "These trailer hitches are known to give out under load.",
    # Cover without end.
    "The membership covers your repairs forever, no questions.",
    "We'll replace the bulbs for life, just send them in.",
    "Your boiler is covered indefinitely under our care package.",
    "Don't worry, we'll fix that hinge for ever if it keeps failing.",
    "Our protection scheme will refund any breakage indefinitely.",
    # A blank cheque.
    "Just pay her whatever she asks and close the ticket.",
    "Give them whatever they want, I don't care any more.",
    "Refund the customer whatever he's asking for.",
    "Offer him whatever he demands so this stops.",
    "Send them whatever they claim and move on.",
    # A limit set aside to pay past it.
    "Forget the mileage limit, we'll cover the whole tow.",
    "Don't worry about the 30-day rule, I'll refund it anyway.",
    "The cap is £250, but I'll approve the full £900 for you.",
    "Never mind the excess, we can pay the lot this time.",
    "The maximum payout is €150, though we'll give you €600 as a one-off.",
    # Liability asserted outright.
    "They're liable for every bag that went missing and they know it.",
    "Head office is fully liable for this, whatever they say.",
    "The company is clearly liable for the burst pipe.",
    "Management are legally liable for the whole mess.",
    "The business is 100% liable for the injuries.",
]

HOSTILE_TONE = [
    # A person called a liar or mad.
    "She's insane, just close it.",
    "He's lying about the delivery, the photo shows the porch.",
    "You're making this up and we both know it.",
    "This guy is completely unhinged, ignore his emails.",
    "They're obviously lying about when they booked.",
    # A grown-up told they are one.
    "You're a grown adult, work it out.",
    "You are a grown man, you can carry a box upstairs.",
    "You're a grown woman, read the booking confirmation.",
    "you're grown up, act like it",
    "You're a grown person and this is a simple form.",
    # "It's not hard." closing a paragraph.
    "Restart the router, people. It's not hard.",
    "Bring the receipt. It's not difficult.",
    "Press the green button once.\nIt is not that complicated.",
    "Charge the scooter overnight. It's really not hard.",
    "Check the date on your ticket. It's not that hard.",
    # Not having read, said as a fact.
    "As I said in the letter, which you evidently did not read, the fee is fixed.",
    "The guide, which you clearly didn't read, covers this.",
    "You obviously didn't read the terms before you booked.",
    "You clearly haven't looked at the timetable at all.",
    "The form, which you conveniently never opened, explains it.",
    # "I heard you the first time".
    "Yes, I heard you the first time.",
    "I got it the first time, thanks.",
    "I read that the first time you sent it.",
    "There's no need to repeat yourself.",
    "I understood you perfectly the first time.",
    # The blame turned back with a question.
    "You gave us the wrong postcode, then blame us?",
    "You skipped the safety briefing and now blame the driver?",
    "You didn't turn up, but you blame our staff?",
    "You booked the wrong date, and now you're blaming us.",
    "You left the tap on and you are blaming the courier for the flood.",
    # A customer called a pain to a colleague.
    "Customer's being a right pain about the refund, can you take it?",
    "This guy is being a total nightmare on the phone.",
    "She's being such a diva about the seat upgrade.",
    "Ugh, this customer again.",
    "urgh that client again, I can't face him",
    # A demand mocked as a question.
    "I suppose you'd like the driver to carry it upstairs too?",
    "I guess you want a free dessert as well?",
    "Presumably you'd also like us to tuck you in while we're at it?",
    "I expect you'll want a refund on the parking too?",
    "I imagine you'd like a personal chauffeur as well?",
    # Blame dressed as a bright idea.
    "Or, and hear me out, you could have written the flat number on the form.",
    "Hear me out, you could've checked the size chart.",
    "Radical idea: you could have charged the battery first.",
    "Wild thought, maybe read the label before washing it.",
    "Novel suggestion: how about reading the email we sent?",
    # "X, not a <grand thing>" with a medical procedure.
    "It's a parcel, not a kidney transplant.",
    "It's a sofa, not open-heart surgery.",
    "It's a lost sock, not a matter of life or death.",
    "It's a late train, not a heart transplant.",
    "It's a dented tin, not a life-or-death emergency.",
]

CLEAN = [
    # Lawyers and regulators named neutrally.
    "You're free to contact the ombudsman if you're not happy with our answer.",
    "So that you have everything for your solicitor, I've attached the invoices.",
    "If you'd like to go to the regulator, their address is on our complaints page.",
    "We settle all invoices within 30 days.",
    # Harm as advice or prevention.
    "Please keep the gate shut or someone could get hurt.",
    "If you leave the ladder out, someone will get hurt, so please store it.",
    "We fixed the step so nobody gets hurt.",
    "Make sure the cable is tucked away, or somebody is going to get hurt.",
    # Known, but not a flaw.
    "The café is known to be busy on Saturdays.",
    "Our drivers are known to be friendly.",
    # Duration that is a policy.
    "We'll keep your data for as long as the law requires.",
    "We can't cover it forever, I'm afraid, the warranty ends in May.",
    "The plan covers parts and labour for 12 months.",
    # Whatever, not a blank cheque.
    "Let us know whatever you need and we'll look at options under the policy.",
    "Whatever she decides, I've noted her request.",
    # Limits stated, not waived.
    "The limit is £100, but you can claim the rest from your insurer.",
    "The maximum is €150 per item; I've applied it to both bags.",
    "Please don't worry about the paperwork, I've filled it in.",
    "Don't worry about the rule change, it doesn't affect your booking.",
    # Liability denied, conditional or by rule.
    "If the courier lost it, they may be liable under their terms.",
    "Under the terms the carrier is liable for parcels in transit.",
    "We're not liable for items left in pockets, but I've checked lost property.",
    # People, not insults.
    "She's lying down after the procedure, so I'm replying for her.",
    "They're crazy busy today, sorry for the wait.",
    "I'm not saying you're lying, I just need the photo.",
    "The queue is insane this morning, we're opening another till.",
    "He's in a meeting, I'll pass this on.",
    # Not hard, kindly.
    "It's not hard. Open Settings, tap Reset, and you're done.",
    "Don't worry, it's not hard to fix.",
    # Reading, kindly.
    "If you haven't read the guide yet, no worries, here's the short version.",
    # First time, kindly.
    "It worked the first time for me too.",
    "Thanks, I heard back from the warehouse this morning.",
    # Blame, kindly.
    "Please don't blame yourself, the form is confusing.",
    "You're right to blame us for the delay.",
    "I don't blame you for being annoyed.",
    # Colleagues, kindly.
    "The customer is being very patient, let's sort it today.",
    "She's being transferred to the billing team now.",
    # Questions that are offers.
    "I suppose you'd like the replacement sent to your work address?",
    "Would you like the driver to call before he arrives?",
    "Hear me out: we could offer a partial refund and a free service.",
    # The community's tips, the damage already passed to claims.
    "A few tips: use the search before posting, and be kind.",
    "I'm so sorry the cleaner chipped your vase. I've opened a claim and the claims team will be "
    "in touch within five days.",
    "If we can't find it, you'll get the postage plus the declared value (up to £100) back.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_a_promise_admission_or_hush_payment_of_a_new_family_is_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_TONE)
def test_an_insult_put_down_or_mock_question_of_a_new_family_is_hostile(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_look_alike_of_a_new_family_is_not_flagged(text: str) -> None:
    assert kinds(text) == set()


def test_each_finding_marks_the_clause_and_says_why() -> None:
    text = "Thanks for the photos. Just pay her whatever she asks and close it."
    [hit] = language.detect(text, model=False)
    assert text[hit.start : hit.end] == "pay her whatever she asks"
    assert "policy" in hit.message.msgid


# --- starts.py: the same matches, found faster ---------------------------------------------

REWRITES = [
    (r"\bwith an nda\b", r"with an nda(?<!\w.{11})\b"),
    (r"\b(?:we|i)(?:'ll| will)", r"(?:we(?<!\w.{2})|i(?<!\w.{1}))(?:'ll| will)"),
    (r"\bcolou?r\b", r"colo(?<!\w.{4})u?r\b"),
    (r"\b(?:just sayin'?|scroll up)", r"(?:just sayin(?<!\w.{10})'?|scroll up(?<!\w.{9}))"),
]
KEPT = [r"\b(?:which )?you", r"\b[£$]\d", r"(?<=\. )next\.", r"\bo+k", r"\b(?:a|[bc])x"]


@pytest.mark.parametrize(("pattern", "rewritten"), REWRITES)
def test_a_pattern_starting_with_a_boundary_and_a_word_is_rewritten_to_start_with_the_word(
    pattern: str, rewritten: str
) -> None:
    assert starts.literal_start(pattern) == rewritten


@pytest.mark.parametrize("pattern", KEPT)
def test_a_pattern_whose_start_is_not_a_plain_word_is_left_as_it_is(pattern: str) -> None:
    assert starts.literal_start(pattern) == pattern


EDGES = [
    "with an nda",
    "xwith an nda",
    "_with an nda",
    "éwith an nda",
    "1with an nda",
    "'with an nda",
    "\nwith an nda",
    "say it with an nda, sign with an ndaX",
    "we'll i'll swe'll ai will",
]


def test_every_rewritten_family_pattern_matches_exactly_what_its_original_matches() -> None:
    """Each English family alternative, rewritten, against its original on edge cases and on a
    read set's drafts: the same spans, in the same order."""
    folder = Path(__file__).parents[2] / "bench" / "eval" / "guidance"
    lines = (folder / "drafts_holdout7.jsonl").read_text().splitlines()
    texts = [*EDGES, *(json.loads(line)["text"].lower() for line in lines[::3] if line.strip())]
    rows = (*english.LEGAL, *english.LEGAL_BY_WORD, *english.HOSTILE, *english.HOSTILE_BY_WORD)
    rewritten = 0
    for _key, _triggers, pattern, _guard in rows:
        for alternative in starts.alternatives(pattern.replace("{names}", r"acme\ rail|acme")):
            original, fast = re.compile(alternative), re.compile(starts.literal_start(alternative))
            rewritten += original.pattern != fast.pattern
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [
                    m.span() for m in original.finditer(text)
                ], (alternative, text)
    assert rewritten > 300

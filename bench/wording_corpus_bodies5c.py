"""Batch 5c of hand-written sentences for the wording head (branch guidance-v5, issue 13), read
by wording_corpus.py. Written by the tuner AFTER reading the legal-risk and hostile-tone misses
and false alarms of drafts_valid5.jsonl (its blind figure had been taken first, bench/README.md
"guidance-v5"): the kinds of wording missed, in new words about other companies, never a copy of
a draft. valid5's figures after this batch are therefore not unseen.

HOSTILE_5C: exasperation ("it really isn't complicated", "I don't know how else to say it");
insults with letters starred out; mock agreement ("sure, we'll just …, shall we?"); pet names
used to talk down; "come on" and "read the rules" tails; "nobody owes you …"; telling someone
to stop writing; "too lazy to …"; "try Google"; brushing off feelings ("yes, yes, you're upset");
thanks that mean the opposite; blaming the customer's child or habits; a curt "Goodbye."

LEGAL_5C: paying beyond the cover or policy; refunding every month ever paid; head office knowing
of a safety fault; a safety failure owned; a regulator or authority predicted to shut something;
costs covered "however much it comes to"; parts failing for weeks, said in passing.

CLOSE_5C: the causes of a fault found and fixed (a blocked drain, a tripped switch) said plainly;
a scheme's fixed payments quoted; claims passed to an insurer; "that's on us" for staffing or a
queue; advice to buy your own insurance; upcoming launches hinted at warmly; puzzlement shared
with a customer about a third party; a council's or landlord's decision reported with humour;
"it's not a secret, it's how …" explanations; "if it's a manufacturing fault, the warranty
applies" said as policy."""

HOSTILE_5C = [
    # exasperation
    "It really isn't complicated, you press the green button.",
    "I genuinely don't know how else to explain it to you.",
    "I'm running out of ways to say the same thing.",
    "How many more times do I need to spell this out?",
    # starred-out insults
    "Honestly, you absolute d*ckhead.",
    "What a complete a**hole move that was from you.",
    "You utter tw@t, the shop was closed.",
    "Stop being such a b*tch about the postage.",
    "you lot are muppets, honestly",
    "What a bunch of clowns you are.",
    "Idiots, the lot of you.",
    # mock agreement and pet names
    "Sure, we'll just move the whole warehouse to your street, shall we?",
    "Of course, we'll rewrite the timetable just for you, no problem at all 🙄",
    "Right, and I suppose you'd like it delivered by unicorn as well?",
    "OK darling, let's go through it very slowly.",
    "Listen, sweetheart, the offer ended yesterday.",
    "Bless, you tried your best with the form.",
    "Aww, did the big scary app confuse you?",
    # tails and verdicts
    "You booked the smallest van for a full house move and you're surprised? Come on.",
    "Nobody tosses a lit barbecue in a skip by accident. Read the rules.",
    "Nobody here owes you a free upgrade because your flight was cancelled.",
    "The world doesn't revolve around your delivery slot.",
    "Kindly stop phoning the helpline every hour.",
    "Sending us twenty emails a day won't make the engineer arrive sooner.",
    "If you can't be bothered to read the terms, don't moan when they apply.",
    "Third time you've asked, still no. Try a search engine.",
    "Google is free, you know.",
    "It's a gym membership, not a prison sentence.",
    "Have you tried charging it before tweeting at us? Just wondering 🙃",
    "Fine. Do whatever you want, I've wasted enough time on this.",
    "Yes, yes, you're very angry, we heard. Next question?",
    "The sense of entitlement in these comments is something else.",
    "Maybe try closing the lid properly next time.",
    "Thanks for the lovely review, really made our day 🙃",
    "Perhaps fewer cocktails and more skiing next time.",
    "If the blue run is too scary, there's always the café.",
    "Maybe if your daughter had worn the wrist guards like we told her, she'd be fine.",
    "I'm not debating the rain with you. We don't make the weather. Goodbye.",
    "Noted. Goodbye.",
    "As I've told you already, no.",
]

LEGAL_5C = [
    "I'll make sure the insurer pays the full £8,000 even though your policy limit is £3,000.",
    "We'll pay out above the cover limit on this one, leave it with me.",
    "We'll refund every month you've paid since you signed up.",
    "Head office has known for ages that the lift doors at the Leeds site don't close properly.",
    "The alarms at our Bristol branch haven't worked since spring and management knows.",
    "The calls to emergency services dropped during the outage, that's a safety failure on us.",
    "Our smoke detectors failed on that floor, and that's a safety failing we own.",
    "The inspectors will close the climbing wall as soon as they see the accident log.",
    "I'd expect the regulator to suspend our licence once this comes out.",
    "We'll cover your hospital bills and the flights home, however much it all adds up to.",
    "Whatever the physio ends up costing, we'll pay every penny.",
    "Apparently the brakes on the gondola have been slipping for weeks.",
    "The boiler in block C has been leaking gas for a fortnight, between you and me.",
    "The backup generator was broken, which is why the freezer thawed and your stock was ruined.",
    "Our cleaner used the wrong chemical, which is what bleached your carpet, so we'll pay for it.",
    "The slide was never properly inspected, and that's how your son got hurt.",
    "We'll pay your excess and the difference in premium for the next five years.",
    "Legal says we'll lose if this goes to court, so let's agree a figure.",
]

CLOSE_5C = [
    # causes found and fixed, said plainly
    "We've found the leak in the corridor was a blocked drain, and it's been cleared.",
    "The power cut on floor two was a tripped switch, which the caretaker has reset.",
    "The smell turned out to be a dead battery in the smoke alarm; it's been replaced.",
    "The outage was caused by a cut cable outside the exchange, repaired this morning.",
    # scheme payments, insurers, policy quoted
    "Under the industry scheme we pay £25 automatically for each missed appointment.",
    "Yes, the automatic compensation scheme applies: £10 for every day the line is down.",
    "Your injury claim goes to our insurer, who will contact you within five working days.",
    "Claims for damage are handled by our insurer under reference CL-204; they'll be in touch.",
    "If it turns out to be a manufacturing fault, the two-year warranty covers it.",
    "Whether we're liable is for the claims team to decide, and they'll explain their reasoning.",
    "We're required by law to keep the records for six years.",
    "Get your own travel insurance before the trip, it's cheap and worth it.",
    "It's worth having your own contents cover, as ours doesn't include personal belongings.",
    # operational ownership
    "That's on us, we were short-staffed on Saturday and the queue was far too long.",
    "That one's our fault, the rota had a gap; we've added a second person for weekends.",
    "Our mistake, the sign was in the wrong place, and it's moved now.",
    # warm hints, shared puzzlement, humour about third parties
    "Between us, there's something new coming in spring, so maybe hold off for a few weeks 😉",
    "Can't say much yet, but keep an eye on our page next month!",
    "We're as baffled as you by whoever parked a canoe in the bike shed.",
    "The council says the sign has to stay up, so it's staying 😂",
    "Our landlord won't let us paint the front, believe us, we've asked.",
    "Someone ordered forty rubber plants to one flat last week, which made our day.",
    # explanations of why we ask
    "It's not a secret, it's just how we match the booking to your account.",
    "We ask for the postcode only so we can find your order faster.",
    "It isn't complicated once you've done it once, and I've added screenshots below.",
    "I know it's a lot of steps; I'll go through them one at a time with you.",
    "Sure, we can move the appointment to a time that suits you better.",
    "Of course, we'll send it to your work address instead.",
    "Yes, I understand you're upset, and I'd like to fix this today.",
    "Thanks for the review, and sorry we didn't get it right this time.",
    "If the red run feels too steep, the blue run next to it is lovely.",
    "Nobody's to blame for the weather; we'll refund the cancelled lessons as usual.",
    "Please don't worry about emailing several times, we have all your messages.",
    "You can check the fair use limit any time in the app, under Usage.",
    "Happy to help again if anything else comes up. Goodbye for now!",
]

"""Writes src/openline/language/data/wording_train.jsonl: the training corpus of the wording
head (legal risk, hostile tone, neither) read by the guidance engine.

Every sentence below was written by hand for this corpus, about invented companies
(COMPANIES: none of them is an evaluation company or the demo company), from what support
agents write on e-mail, X, Mastodon and community forums. No evaluation draft was read to write
them. Labels are per sentence: "legal_risk" (admits fault or liability, promises money or
compensation beyond a process, declares products defective or unsafe across the board, comments
on lawsuits, settlements or regulators), "hostile_tone" (sarcasm, blame, condescension,
impatience, dismissal), or "none" (including the hard negatives: sincere apologies, empathy,
refusals to comment on legal matters, policy statements, quoted customer anger).

Each body with {company} or {product} is written out for several companies, so the head learns
the wording, not a name. The second batch (wording_corpus_bodies.py) adds sentences, hostile
lead-ins and tails joined to plain facts (mixed_sentences), and the clauses of every clean
sentence are added as clean (clause_negatives). The third batch (wording_corpus_bodies3.py)
adds routine steps and greetings (unframed, as ROUTINE) and more sentences of each label; the
fourth (wording_corpus_bodies4.py) twelve more sectors. The fifth (wording_corpus_bodies5.py)
was written blind by another helper; 5b (from the kinds of misses of the development sets) and
5c (after reading valid5's misses) by the tuner, each saying what was read first. The
customers' sentences (clean) are the 900 that guidance-v4 drew from voice_train.jsonl, frozen in
wording_corpus_customers.txt so that a change of the voice corpus does not change this one.
Since wording-v6 the read English evaluation sets' own sentences are added too, labelled and with
the companies renamed (wording_corpus_drafts.jsonl, written by wording_corpus_drafts.py); since
wording-v7 holdout6's too, since wording-v8 holdout7's, since wording-v9 holdout8a's (holdout8's
first writer's three companies). The ninth batch (wording_corpus_bodies9.py, wording-v9) names
groups of people and limits, neutrally and as a put-down. The tenth (wording_corpus_bodies10.py,
wording-v10) the clean-but-tricky shapes the head misread on holdout9a (agreeing with the
customer, incidents told as news, banter, firm refusals, in-policy refunds, steps) and hostile
and legal sentences of the same shapes; since wording-v10 holdout9a's sentences are in too
(holdout9's first writer's three companies). Batch 20 (wording_corpus_bodies20.py, wording-v15:
clean twins — firm refusals, mistakes explained neutrally, kind corrections, refunds the policy
grants, empathy, irony at the company's own expense, banter, and the common words of hostile
replies in plain sentences) and the English writers read since holdout9a (holdout8b, 9b, 10 …
13, 14a, frozen in wording_corpus_drafts.jsonl) were measured in session 20 and are in the
shipped corpus since session 21 (WORDING_CORPUS_BATCH20=0 and WORDING_CORPUS_SETS20=0 leave them
out), and so are batch 21 (wording_corpus_bodies21.py, wording-v16: clean twins of curt, informal
replies) and holdout14's writers b and c and holdout15's writer a (WORDING_CORPUS_BATCH21=0 and
WORDING_CORPUS_SETS21=0 leave them out). Batch 22 (wording_corpus_bodies22.py, wording-v17: legal
and hostile speech acts of the writers read in session 22, and clean twins) and those writers
(holdout15b, 15c, 16a) were measured in session 22 and are not shipped (WORDING_CORPUS_BATCH22=1
and WORDING_CORPUS_SETS22=1 put them in). Session 24 (wording-v19) adds batch blind24
(wording_corpus_blind24.jsonl: 1,044 sentences over 31 sectors written blind by the helper
corpus-en24, commit dfd0b295, three company names it shared with evaluation companies renamed;
WORDING_CORPUS_BLIND24=1) and the writers read since session 22 (holdout16b, 16c, 17a, 17b,
17c, 18a; WORDING_CORPUS_SETS24=1). The build is deterministic
(a fixed seed): tests/language/test_wording.py checks that it writes the shipped file byte for
byte. Run from the repository root:

    python bench/wording_corpus.py            # writes the corpus
    python bench/wording_corpus.py --check    # exit 1 if the shipped corpus is not what it writes
"""

import json
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording_corpus_bodies as more  # the second batch (branch heads-v2)
import wording_corpus_bodies3 as third  # the third batch (branch wording-v3)
import wording_corpus_bodies4 as fourth  # the fourth batch (branch guidance-v4)
import wording_corpus_bodies5 as fifth  # the fifth batch (branch corpus5, written blind)
import wording_corpus_bodies5b as fifth_b  # the tuner's batch 5b (branch guidance-v5)
import wording_corpus_bodies5c as fifth_c  # 5c, after reading valid5 (branch guidance-v5)
import wording_corpus_bodies6 as sixth  # slang admissions and their clean kin (wording-v6)
import wording_corpus_bodies7 as seventh  # measured by wording-v7, not shipped (see rows)
import wording_corpus_bodies9 as ninth  # groups of people, neutral and mocked (wording-v9)
import wording_corpus_bodies10 as tenth  # clean-but-tricky shapes and their kin (wording-v10)
import wording_corpus_bodies17 as seventeenth  # measured by embed-head, not shipped (see BATCH_17)
import wording_corpus_bodies20 as twentieth  # clean twins (session 20, wording-v15)
import wording_corpus_bodies21 as twentyfirst  # clean twins (session 21, wording-v16)
import wording_corpus_bodies22 as twentysecond  # speech acts and twins (session 22, wording-v17)

OUT = Path(__file__).resolve().parent.parent / "src/openline/language/data/wording_train.jsonl"
CUSTOMERS = Path(__file__).resolve().parent / "wording_corpus_customers.txt"
DRAFTS = Path(__file__).resolve().parent / "wording_corpus_drafts.jsonl"
BLIND24 = Path(__file__).resolve().parent / "wording_corpus_blind24.jsonl"
BLIND25 = {  # session 25's blind batches, by wave (WORDING_CORPUS_BLIND25A=1, …B=1)
    wave: Path(__file__).resolve().parent / f"wording_corpus_blind25{wave}.jsonl"
    for wave in ("a", "b")
}
BLIND26 = Path(__file__).resolve().parent / "wording_corpus_blind26.jsonl"
BLIND28 = Path(__file__).resolve().parent / "wording_corpus_blind28.jsonl"
BLIND29 = Path(__file__).resolve().parent / "wording_corpus_blind29.jsonl"
BLIND30 = Path(__file__).resolve().parent / "wording_corpus_blind30.jsonl"

COMPANIES = [
    ("Vellico", ["scooter", "Vellico Glide", "helmet"]),
    ("Brambleway Insurance", ["policy", "home cover", "claim"]),
    ("Oxtide Broadband", ["router", "Oxtide Hub", "line"]),
    ("Nuvarra", ["serum", "night cream", "cleanser"]),
    ("Tollan", ["washing machine", "Tollan W7", "dryer"]),
    ("Grellis Gym", ["membership", "class pass", "locker"]),
    ("Papermoth", ["notebook", "planner", "pen set"]),
    ("Quayline Ferries", ["crossing", "cabin", "vehicle booking"]),
    ("Sorrelby Bank", ["card", "current account", "transfer"]),
    ("Driftmark Games", ["game", "season pass", "console bundle"]),
    ("Hollowpine", ["sofa", "dining table", "bed frame"]),
    ("Cobaltic Solar", ["inverter", "panel", "battery"]),
    ("Wrenfield Energy", ["meter", "tariff", "boiler cover"]),
    ("Tumblekin", ["toy kitchen", "play tent", "stacking set"]),
    ("Mossgate Pharmacy", ["prescription", "delivery", "vitamin pack"]),
    ("Ferrowe Cycles", ["e-bike", "frame", "battery pack"]),
    *more.MORE_COMPANIES,
    *third.MORE_COMPANIES_3,
    *fourth.MORE_COMPANIES_4,
    *fifth.MORE_COMPANIES_5,
]

LEGAL = [
    # admitting fault, liability, negligence
    "We are fully liable for the damage to your kitchen.",
    "This is entirely our fault and we accept that.",
    "Our technician clearly made a mistake and caused the leak.",
    "We're legally responsible for what happened here.",
    "The fire was caused by a fault in our {product}.",
    "Our installer didn't tighten the fitting, which is what flooded your floor.",
    "We messed up and we'll take full responsibility for the water damage.",
    "Honestly, our staff were negligent that day.",
    "Our driver was at fault for the collision, no question.",
    "{company} accepts liability for the injury you suffered.",
    "It was our engineer's error that broke your boiler.",
    "The rash you got is down to our new formula, I'm afraid.",
    "Yes, our {product} was the cause of the short circuit.",
    "We dropped the ball and that's on us legally as well.",
    "That outage was caused by our own carelessness.",
    "The crew should never have let that happen, it's our liability.",
    "I'll admit it: our app wiped your savings pot because of our bug, so the loss is ours.",
    "We were careless with your data and that's on us.",
    "Our warehouse team damaged it and we are the ones responsible for the loss.",
    "Between us, the courier we use is known to be reckless and we knew it.",
    "We should have recalled that batch weeks ago.",
    "We knew about the fault before we sold it to you.",
    "Your injury happened because our equipment wasn't maintained.",
    "The staff member broke the law by refusing you entry, and we own that.",
    "Our mistake caused the whole thing, so we're on the hook for it.",
    "The breach happened because we hadn't patched the server, which we should have done.",
    "Yep, we leaked your details, sorry about that.",
    "That's a breach of contract on our side.",
    "Our terms probably aren't even legal, to be honest.",
    "We clearly broke consumer law with that charge.",
    # promising money
    "We will reimburse the full cost of the repairs.",
    "I'll make sure we cover every penny of the plumber's bill.",
    "We'll pay for the hotel, the taxis and anything else you spent.",
    "You'll get compensation for the lost wages, I promise.",
    "Send me the vet bills and we'll cover them all.",
    "We will refund you twice what you paid for the trouble.",
    "Don't worry about the cost, {company} will pay for a new {product}.",
    "I can promise you a full refund plus a goodwill payment.",
    "We'll compensate you for the ruined holiday in full.",
    "Whatever the damage comes to, we'll pay it.",
    "I'll personally see to it that you get £500 for this.",
    "We'll cover the replacement of the flooring and the skirting boards.",
    "Expect a cheque for the full amount of your losses this week.",
    "We're happy to pay for your medical treatment.",
    "We'll refund every customer who bought one, no questions asked.",
    "You are entitled to compensation and you will get it.",
    "We'll cover the cost of the new phone the charger fried.",
    "I guarantee you'll be paid back for the missed flight.",
    "We'll reimburse your dentist's invoice in full.",
    "Send us the receipts for the spoiled food and we'll pay you back.",
    "Everyone affected will get a €200 payout from us.",
    "We'll happily foot the bill for the electrician.",
    # safety / defects across the board
    "There's a manufacturing defect across the board on this model.",
    "Every {product} from that batch is faulty.",
    "All our chargers from last year are a fire risk.",
    "The whole range has the same design flaw.",
    "Honestly the {product} isn't safe to use.",
    "That batch failed its safety inspection but was shipped anyway.",
    "This isn't a one-off, every unit we sold has the problem.",
    "The helmets are dangerous and shouldn't be sold.",
    "It's a known defect in all of them, we just haven't announced it.",
    "The serum batch was contaminated, so don't use any of it.",
    "We're quietly pulling the affected stock from shelves.",
    "The cables overheat on every unit, it's a systemic problem.",
    "Our whole fleet has brakes that wear out too quickly.",
    "The batteries can swell and catch fire, and we've known since spring.",
    "Internally we call it the exploding hinge problem.",
    # lawsuits, settlements, regulators
    "Our lawyers think your claim won't stand up in court.",
    "Legal told us to settle these complaints quietly.",
    "We usually settle these claims before they reach court.",
    "The class action against us is nonsense.",
    "If you sue us you will lose.",
    "The regulator is going to fine us for this, probably.",
    "We've already had three lawsuits over the same issue.",
    "Between you and me, legal wants to pay people off before the ombudsman gets involved.",
    "Trading standards are investigating us, but don't spread that around.",
    "Go ahead and take us to the small claims court, it won't get you anywhere.",
    "Our solicitors are handling the other cases like yours.",
    "Management prefers to settle out of court to keep it quiet.",
    "The data protection authority will probably sanction us.",
    "We expect the tribunal to rule against us.",
    "Let's keep this off the record so it doesn't end up in the lawsuit.",
    # dates and guarantees that bind
    "I guarantee the fix will be live by Friday.",
    "I promise the refund will be in your account tomorrow.",
    "You will definitely get your money back, 100%.",
    "We guarantee it will never happen again.",
]

HOSTILE = [
    # condescension
    "It's a router, not rocket science.",
    "Maybe read the instructions before posting next time.",
    "This is all covered in the FAQ, which you clearly didn't read.",
    "Honestly, a child could set this up.",
    "Did you even try turning it off and on?",
    "I'm not sure how much simpler I can make this for you.",
    "Let me explain this slowly.",
    "Most people manage to figure this out on their own.",
    "It's literally one button.",
    "You do know the charger has to be plugged in, right?",
    "I'd have thought that was obvious.",
    "Perhaps ask someone more tech-savvy to help you.",
    "It says so in big letters on the box.",
    "That's what the manual is for.",
    "Not sure what part of 'non-refundable' was unclear.",
    "We can't fix it if you won't follow simple steps.",
    "Some of us read the terms before agreeing to them.",
    "This isn't hard, you just have to pay attention.",
    "With respect, you're overcomplicating something very basic.",
    "Try reading the email we sent you, it answers everything.",
    # blame
    "Next time maybe check compatibility before buying.",
    "Well, that's what happens when you ignore the warning.",
    "You broke it, so you'll have to live with it.",
    "The problem is on your end, not ours.",
    "If you'd kept the receipt we wouldn't be having this conversation.",
    "You chose the cheapest option, so what did you expect?",
    "This only happened because you overloaded the drum.",
    "You should have booked earlier like everyone else.",
    "That's on you for missing the deadline.",
    "You clicked the link, so the loss is really your responsibility.",
    "You didn't register the warranty, so tough luck.",
    "It's your router settings that are the problem, sort them out.",
    "Had you bothered to update the app, none of this would have happened.",
    "It's not our job to babysit your account.",
    "Frankly you brought this on yourself.",
    "You were told twice and still did it.",
    "Customers who can't read the size chart shouldn't order online.",
    # sarcasm, dismissal, impatience
    "Oh, what a surprise, another complaint from you.",
    "Congratulations, you've found the one button that deletes everything 🙄",
    "Wow, a whole two days late, how will you ever cope? 🙃",
    "Sure, we'll drop everything just for you.",
    "Great, another person who didn't read the pinned post.",
    "Thanks for the essay.",
    "Oh no, the ferry left on time, what a scandal.",
    "Must be nice to have so much time to complain.",
    "Shocking, I know, but the sale had an end date.",
    "I've answered this three times now.",
    "Once again, for the people at the back: the offer has ended.",
    "Not sure why this is so hard to understand.",
    "We've been over this already.",
    "Take it or leave it.",
    "Feel free to shop elsewhere if you don't like it.",
    "Nobody else seems to have a problem with it, just saying.",
    "If it's that bad, cancel your membership.",
    "Yeah, not our problem, mate.",
    "Whatever you say.",
    "Cry me a river.",
    "Bless your heart, you really thought that would work.",
    "Posting in capitals won't make it ship faster.",
    "Ranting on here won't get you a refund any quicker.",
    "Here we go again 🙄",
    "Lol, no.",
    "Good luck getting anyone to agree with you.",
    "Let me guess, you didn't charge it.",
    "Did you seriously expect a free upgrade?",
    "Maybe a little patience would help.",
    "Some people will complain about anything.",
    "I'm sure your review will change the world.",
    "Sounds like a you problem.",
    "Nice try, but the warranty doesn't cover dropping it in the bath.",
    "Pro tip: reading the description helps.",
    "Imagine being this upset about a notebook.",
    "Again: the app does not do that.",
    "Please stop wasting our time with this.",
    "We're not a charity.",
    "We're a ferry company, not a babysitting service.",
    "I really don't have time to walk you through this again.",
    "Obviously the planner doesn't come with the pens, it says planner.",
    "That's a pretty entitled thing to ask for.",
    "Honestly, I don't know what you expected for that price.",
    "You can keep tagging us, the answer won't change.",
]

NONE = [
    # sincere apologies and empathy
    "I'm really sorry this happened, that sounds stressful.",
    "I'm so sorry your {product} stopped working right before your trip.",
    "Thank you for your patience while we look into this.",
    "I understand how frustrating it is to wait this long.",
    "Sorry for the trouble, and thanks for letting us know.",
    "I can see why you're upset, and I want to help put this right.",
    "That's not the experience we want anyone to have.",
    "I'm sorry the delivery was late; I know you were counting on it.",
    "We apologise for the inconvenience this has caused.",
    "I hear you, and I've passed this on to the team.",
    "Thanks for sticking with us while we sort this out.",
    "Sorry you've had to chase us about this.",
    "I'm sorry the instructions weren't clearer.",
    "It's completely understandable that you're annoyed.",
    "I'd be frustrated too if that happened to me.",
    "Thank you for taking the time to write such a detailed message.",
    "I'm sorry for the delay in getting back to you.",
    "We're sorry to hear about the damage and want to understand what happened.",
    "I'm sorry to hear the {product} arrived damaged.",
    "No need to apologise, that's what we're here for.",
    "Thanks for flagging this, it helps us a lot.",
    "You've done nothing wrong by asking.",
    "That's a great question, and a common one.",
    "Glad to hear it's working again!",
    "We really appreciate the kind words.",
    "Happy to help any time.",
    # refusals to comment on legal matters, process descriptions
    "I can't comment on legal matters, but I can point you to our complaints team.",
    "I'm not able to discuss ongoing legal cases here.",
    "For anything legal, please contact our legal team at the address on our website.",
    "I can't speak about the lawsuit mentioned in the news.",
    "I've passed your claim to the team that handles damage claims; they'll contact you.",
    "Our claims team will review the photos and the invoice.",
    "You can submit a claim through the form on our website and the team will assess it.",
    "Refunds are handled under our returns policy, which you can read here.",
    "I've asked Billing to look at whether a refund applies in your case.",
    "I can't promise an outcome, but I'll make sure the right team sees it.",
    "Any compensation is decided by the claims team after they review the case.",
    "I'm not in a position to say what caused it until the engineers have looked at it.",
    "We're investigating what went wrong and will update you when we know more.",
    "Please don't use the {product} until our technician has checked it.",
    "If you ever smell burning, unplug the {product} and contact us straight away.",
    "Our safety team would like to inspect the unit; may we collect it?",
    "I can't comment on other customers' cases, but I'm happy to look at yours.",
    "If you're unhappy with our final response, you can refer your complaint to the ombudsman.",
    "You have the right to escalate this, and here is how to do it.",
    "That's a question for our legal team, so I've forwarded it to them.",
    "We're not able to comment on regulatory matters on social media.",
    "A refund has been issued to your original payment method.",
    "Your replacement is on its way and should arrive within five working days.",
    "We'll review your case and reply by e-mail within two working days.",
    "I've credited the delivery fee back to your account as our policy allows.",
    # neutral policy, steps, information
    "The warranty covers manufacturing faults for two years from purchase.",
    "Returns are accepted within 30 days if the item is unused.",
    "To reset the {product}, hold the power button for ten seconds.",
    "You can change your booking in the app under My Trips.",
    "Our opening hours are nine to five, Monday to Friday.",
    "The update adds dark mode and fixes the login bug.",
    "The setting you need is under Preferences, then Notifications.",
    "Could you send me a photo of the label on the back?",
    "Which version of the app are you using?",
    "Let me check that for you now.",
    "The schedule was set to Away, which is why the heating stayed off.",
    "Switching it back to Home will fix it.",
    "That model needs the USB-C charger rather than the older one.",
    "This size runs small, so many people order one size up.",
    "The sale ended on Sunday, but I can tell you when the next one starts.",
    "Membership fees are taken on the first of each month.",
    "The card will be blocked as soon as you report it lost in the app.",
    "Delivery to islands takes two extra days.",
    "I've updated the address on your order.",
    "Your ticket number is in the confirmation e-mail.",
    "The fix is in testing; we'll post here as soon as it's released.",
    "We don't have a release date yet, but I'll share it when we do.",
    "It looks like the filter needs cleaning, which is a quick job.",
    "The error usually means the Wi-Fi password was typed wrong, which is easy to do.",
    "That happens when the drum is too full, so try a smaller load next wash.",
    "Many people miss that step, it's not very visible in the app.",
    "Don't worry, it's an easy mistake and it's fixable.",
    "The instructions for that are on page 12 of the manual, and I've copied them below.",
    "Here's the link to the setup guide in case it helps.",
    "The crossing was cancelled because of high winds.",
    "Our team is working on the outage and service should be back soon.",
    "There's a known issue with notifications on older phones, and a fix is in testing.",
    "Your plan includes unlimited data at up to 100 Mbps.",
    "The return label is attached to this e-mail.",
    "Please keep the packaging until the engineer has visited.",
    "I've booked an engineer for Thursday morning.",
    "The battery should last about eight hours on a full charge.",
    "We're rolling out the new timetable next month.",
    "That's not something the app can do yet, but I've passed the idea on.",
    "Thank you for the feedback about the checkout.",
    "Have a lovely weekend!",
    "Cheers, and enjoy the new {product}!",
    "Hope this helps!",
    "Let us know how you get on.",
    "Best wishes, the {company} team",
    "Kind regards, Priya from {company} support",
    # quoted customer anger, reported speech, discussion of tone
    "You wrote that our service is a joke, and I understand why it felt that way.",
    "You said \"this is your fault and you'll pay for it\" — I've passed that to the claims team.",
    "> You people are useless and I want my money back",
    'Quoting your message: "your product is dangerous". Our safety team will look into it.',
    "A customer asked whether we were liable; I referred them to the claims team.",
    'The thread title says "worst company ever", so I wanted to reply here.',
    "I saw your post calling the app a disaster, and I'm sorry it let you down.",
    "Several people mentioned a lawsuit in the comments; we can't discuss that here.",
    "Your review said the delivery driver was rude, which isn't acceptable and I've reported it.",
    "You mentioned you're thinking of taking legal advice, which is your right.",
    "You asked if the recall affects your model: it doesn't, and here's how to check.",
    "You're right that we should have told you sooner.",
    "You're right, the page was misleading, and we've changed it.",
    "Fair point, that was confusing.",
    "We got this wrong in the reply yesterday and I've corrected it.",
    "I made a typo in my last message, sorry: the code is on the back.",
    "We're sorry the appointment was missed; I've rebooked it for you.",
    "Thanks for your patience, I know you've explained this several times already.",
    "Sorry you've had to repeat yourself.",
    "I'll take ownership of this and keep you updated myself.",
    "Nobody should have to wait three weeks for a reply.",
    "It's not your fault at all, the app didn't save the setting.",
    "This isn't user error, the update changed the default.",
    "No, you didn't miss anything, the e-mail never went out.",
    "Don't worry, you haven't broken anything.",
    "It's definitely not rocket science to us either, so I've written the steps below.",
    "Next time you book, the app will remember your preferences.",
    "Next week we'll publish the new timetable.",
    "If the light stays red, check that the cable is pushed all the way in.",
    "Before buying, you can check compatibility on our website's lookup page.",
    "Make sure the app is updated, as older versions can't connect.",
    "Feel free to reach out again if anything else comes up.",
    "We're here seven days a week if you need us.",
    "I've escalated this to a supervisor who will call you today.",
]


# Short and routine sentences: greetings, sign-offs, confirmations, routine refunds and credits
# under a policy, and other languages. Without them the head reads any short line as curt.
ROUTINE = [
    "Hi {name},",
    "Hello {name},",
    "Dear {name},",
    "Dear Mr Novak,",
    "Dear Ms Adeyemi,",
    "Hello there!",
    "Hi all,",
    "Morning {name}!",
    "Thanks {name}!",
    "Thanks again,",
    "Best wishes,",
    "Kind regards,",
    "Many thanks,",
    "Speak soon,",
    "Take care!",
    "Cheers!",
    "All the best,",
    "Warm regards, the {company} team",
    "Agent {name}, {company} support",
    "Yes!",
    "Done!",
    "Sorted!",
    "Shipped!",
    "All fixed now.",
    "Good news!",
    "Great question!",
    "Yes, that's right.",
    "No problem at all.",
    "Sure thing.",
    "Of course.",
    "Fair enough.",
    "Got it, thanks.",
    "Will do.",
    "On it!",
    "Noted, thanks.",
    "Ah, that's annoying!",
    "Oh no, sorry to hear that!",
    "Ugh, sorry about that.",
    "Your order is on its way.",
    "No news yet, sorry.",
    "More soon.",
    "Moderator note: please keep it friendly.",
    "Pinned for visibility.",
    "Please don't share your password with anyone, including us.",
    "Please don't post your account number here; send it by private message.",
    "Never paste your card details in a public post.",
    "Could you check whether the light is blinking?",
    "I've refunded the difference to your original payment method.",
    "As a goodwill gesture I've waived this month's fee.",
    "Your refund of €35 was processed today and can take 3–5 working days to show.",  # noqa: RUF001 - a range, written as people write it
    "Your replacement {product} ships tomorrow.",
    "I've sent a prepaid return label to your e-mail.",
    "We can refund the booking fee as the crossing was cancelled.",
    "The cancellation is free within 24 hours of booking.",
    "Sorry, but that's outside what the warranty covers.",
    "Unfortunately we can't offer a refund after 30 days, but a repair is free.",
    "I'm sorry, we can't change the policy, but I can explain the options.",
    "The {product} is safe to use once it has been reset.",
    "If the label shows that batch number, please contact us for a replacement.",
    "We've recalled one batch, and the notice on our website lists the codes.",
    "I've passed your details to the safety team.",
    "The login problem was on our side and is fixed now.",
    "That was a mistake in our system, and we've corrected your bill.",
    "Sorry, that's my mistake, I sent the wrong link.",
    "Hallo {name}, die Erstattung ist unterwegs.",
    "Bitte rechnen Sie mit 3–5 Werktagen.",  # noqa: RUF001
    "Vielen Dank für Ihre Geduld.",
    "Mit freundlichen Grüßen, Ihr {company} Team",
    "Bonjour {name}, votre remboursement a été effectué.",
    "Merci pour votre message !",
    "Nous sommes désolés pour le retard.",
    "Cordialement, l'équipe {company}",
    "Hola {name}, tu pedido ya está en camino.",
    "Gracias por tu paciencia.",
    "Hoi {name}, je terugbetaling is verwerkt.",
    "Bedankt voor je geduld!",
    "Ciao {name}, il rimborso è stato emesso.",
    "Grazie mille!",
]

# Channel framing: greetings and sign-offs that carry no label, and are stripped or kept at
# random, as drafts in the inbox come with them.
PREFIXES = [
    "",
    "",
    "",
    "Hi {name}, ",
    "Hello {name}! ",
    "@{handle} ",
    "Hey {name}, ",
    "Dear {name}, ",
]
SUFFIXES = ["", "", "", " 🙂", " — {agent}", " ^{initials}", " #help", " 👍"]
NAMES = ["Sam", "Ana", "Tomasz", "Leila", "Marcus", "Yuki", "Fatou", "Declan", "Ines", "Ravi"]
AGENTS = ["Jo", "Kai", "Mira", "Ben", "Noor"]


def _fill(text: str, rng: random.Random, framed: bool = True, companies: list | None = None) -> str:
    company, products = rng.choice(companies or COMPANIES)
    name = rng.choice(NAMES)
    agent = rng.choice(AGENTS)
    filled = text.format(company=company, product=rng.choice(products), name=name)
    if not framed:
        return filled
    prefix = rng.choice(PREFIXES).format(
        name=name, handle=name.lower() + "_" + str(rng.randint(1, 99))
    )
    suffix = rng.choice(SUFFIXES).format(agent=agent, initials=agent[0])
    if filled.startswith(">"):
        return filled
    if prefix and rng.random() < 0.5:
        filled = filled[0].lower() + filled[1:] if not filled.startswith(("I ", "I'")) else filled
    return prefix + filled + suffix


# Batch 7 (wording-v7): many industries and registers, written without reading a set. By
# leave-one-set-out over eight sets it moved nothing beyond the noise (bench/README.md, "Wording
# head v7"), so the shipped corpus leaves it out; WORDING_CORPUS_BATCH7=1 puts it in, for the bench.
BATCH_7 = (
    [("hostile_tone", seventh.HOSTILE_7, 3), ("legal_risk", seventh.LEGAL_7, 3),
     ("none", seventh.CLOSE_7, 3)]
    if os.environ.get("WORDING_CORPUS_BATCH7") == "1" else []
)  # fmt: skip


# Batch 9 (wording-v9): shipped; WORDING_CORPUS_BATCH9=0 leaves it out, for the bench's before.
BATCH_9 = (
    [("none", ninth.GROUPS_CLEAN_9, 3), ("none", ninth.DIRECTIONS_CLEAN_9, 3),
     ("hostile_tone", ninth.GROUPS_HOSTILE_9, 3)]
    if os.environ.get("WORDING_CORPUS_BATCH9") != "0" else []
)  # fmt: skip


# Batch 10 (wording-v10): shipped; WORDING_CORPUS_BATCH10=0 leaves it out, for the bench's before.
BATCH_10 = (
    [("none", tenth.CLEAN_10, 3), ("hostile_tone", tenth.HOSTILE_10, 3),
     ("legal_risk", tenth.LEGAL_10, 3)]
    if os.environ.get("WORDING_CORPUS_BATCH10") != "0" else []
)  # fmt: skip


def batch_10() -> list[dict[str, str]]:
    """Batch 10, filled from its own companies with its own seed, so that every row of the
    batches before it is written exactly as before (the shared generator is not drawn from)."""
    rng = random.Random(10)
    out = []
    for label, bodies, copies in BATCH_10:
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, companies=tenth.COMPANIES_10)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    return out


# Batch 17 (session 17, embed-head): the third label, insider disclosure, and legal and tone
# shapes with their clean kin. Measured by leave-one-writer-out (bench/wording_lowo.py), not
# shipped: the head retrained with it read clean test sentences as hostile (docs/decisions.md,
# "Session 17, embed-head"); WORDING_CORPUS_BATCH17=1 puts it in, for the bench.
BATCH_17 = (
    [("insider_disclosure", seventeenth.INSIDER_17, 3), ("none", seventeenth.INSIDER_CLEAN_17, 3),
     ("legal_risk", seventeenth.LEGAL_17, 3), ("none", seventeenth.LEGAL_CLEAN_17, 3),
     ("hostile_tone", seventeenth.HOSTILE_17, 3), ("none", seventeenth.HOSTILE_CLEAN_17, 3)]
    if os.environ.get("WORDING_CORPUS_BATCH17") == "1" else []
)  # fmt: skip


def batch_17() -> list[dict[str, str]]:
    """Batch 17, filled from its own companies with its own seed, as batch_10."""
    rng = random.Random(17)
    out = []
    for label, bodies, copies in BATCH_17:
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, companies=seventeenth.COMPANIES_17)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    return out


# Batch 20 (session 20, wording-v15): clean twins of the shapes and words a head retrained on
# the newer writers read as hostile. Measured by leave-one-writer-out with the writers read
# since holdout9a (SETS_20); not shipped in session 20 (the check of then flagged two more clean
# drafts), shipped in session 21 (wording-v16) after holdout15's check (docs/decisions.md,
# "Session 21, wording-v16"). WORDING_CORPUS_BATCH20=0 leaves it out, for the bench.
BATCH_20 = (
    [("none", twentieth.CLEAN_20, 3)] if os.environ.get("WORDING_CORPUS_BATCH20") != "0" else []
)
# The read sets' sentences added to bench/wording_corpus_drafts.jsonl in session 20 (the writers
# read since holdout9a: wording_corpus_drafts.SETS_20); in the corpus since session 21
# (WORDING_CORPUS_SETS20=0 leaves them out).
SETS_20 = os.environ.get("WORDING_CORPUS_SETS20") != "0"
# The writers read since (session 21, wording-v16: holdout14b, 14c, 15a;
# wording_corpus_drafts.SETS_21); WORDING_CORPUS_SETS21=0 leaves them out.
SETS_21 = os.environ.get("WORDING_CORPUS_SETS21") != "0"
# The writers read since (session 22, wording-v17: holdout15b, 15c, 16a;
# wording_corpus_drafts.SETS_22): measured by leave-one-writer-out and not shipped (the head
# they train finds no more on the writers it never saw, docs/decisions.md "Session 22,
# wording-v17"); WORDING_CORPUS_SETS22=1 puts them in, for the bench.
SETS_22 = os.environ.get("WORDING_CORPUS_SETS22") != "0"
# The writers read since (session 24, wording-v19: holdout16b, 16c, 17a, 17b, 17c, 18a;
# wording_corpus_drafts.SETS_24); WORDING_CORPUS_SETS24=1 puts them in, for the bench.
SETS_24 = os.environ.get("WORDING_CORPUS_SETS24") != "0"
# The writers read since (session 25, wording-v20: holdout18b, 18c, 19a;
# wording_corpus_drafts.SETS_25); WORDING_CORPUS_SETS25=1 puts them in.
SETS_25 = os.environ.get("WORDING_CORPUS_SETS25") != "0"
# Session 25 (wording-v20) ships the head trained with batch 22, blind24, blind25a and b and every
# read writer (SETS_22, SETS_24, SETS_25): chosen leave three writers out on the twelve writers
# the session-24 head never saw (bench/README.md, "Session 25, wording-v20"). Each flag's =0
# leaves its part out, for the bench.
# The writers read since session 26 (holdout19b, 19c, 20a; wording_corpus_drafts.SETS_26): out of
# the shipped corpus unless WORDING_CORPUS_SETS26=1 puts them in.
SETS_26 = os.environ.get("WORDING_CORPUS_SETS26") != "0"
# The writers read since session 27 (holdout20b, 20c, 21a; wording_corpus_drafts.SETS_27): out of
# the shipped corpus unless WORDING_CORPUS_SETS27=1 puts them in.
SETS_27 = os.environ.get("WORDING_CORPUS_SETS27") != "0"
# The writers read since session 28 (holdout21b, 21c, 22a; wording_corpus_drafts.SETS_28): out of
# the shipped corpus unless WORDING_CORPUS_SETS28=1 puts them in.
SETS_28 = os.environ.get("WORDING_CORPUS_SETS28") != "0"
# The writers read since session 29 (holdout22b, 22c, 23a; wording_corpus_drafts.SETS_29): out of
# the shipped corpus unless WORDING_CORPUS_SETS29=1 puts them in.
SETS_29 = os.environ.get("WORDING_CORPUS_SETS29") == "1"
# The writers read since session 30 (holdout23b, 23c, 24a; wording_corpus_drafts.SETS_30): out of
# the shipped corpus unless WORDING_CORPUS_SETS30=1 puts them in.
SETS_30 = os.environ.get("WORDING_CORPUS_SETS30") == "1"


def batch_20() -> list[dict[str, str]]:
    """Batch 20, filled from its own companies with its own seed, as batch_10."""
    rng = random.Random(20)
    out = []
    for label, bodies, copies in BATCH_20:
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, companies=twentieth.COMPANIES_20)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    return out


def rows(*, drafts: bool = True) -> list[dict[str, str]]:
    """The corpus; without the evaluation sets' sentences when `drafts` is false (what
    leave-one-set-out fits on before adding the sets it does not hold out)."""
    rng = random.Random(13)
    out = []
    for label, bodies, copies in [("legal_risk", LEGAL, 3), ("hostile_tone", HOSTILE, 3),
                                  ("none", NONE, 3), ("none", ROUTINE, 2),
                                  ("legal_risk", more.LEGAL, 3), ("hostile_tone", more.HOSTILE, 3),
                                  ("none", more.CLOSE, 3), ("none", third.ROUTINE_STEPS, 2),
                                  ("none", third.CLOSE_3, 3), ("hostile_tone", third.HOSTILE_3, 3),
                                  ("legal_risk", third.LEGAL_3, 3), ("none", fourth.CLOSE_4, 3),
                                  ("hostile_tone", fourth.HOSTILE_4, 3),
                                  ("legal_risk", fourth.LEGAL_4, 3),
                                  ("none", fifth.CLOSE_5, 3),
                                  ("hostile_tone", fifth.HOSTILE_5, 3),
                                  ("legal_risk", fifth.LEGAL_5, 3),
                                  ("none", fifth_b.CLOSE_5B, 3),
                                  ("hostile_tone", fifth_b.HOSTILE_5B, 3),
                                  ("legal_risk", fifth_b.LEGAL_5B, 3),
                                  ("none", fifth_c.CLOSE_5C, 3),
                                  ("hostile_tone", fifth_c.HOSTILE_5C, 3),
                                  ("legal_risk", fifth_c.LEGAL_5C, 3),
                                  ("legal_risk", sixth.LEGAL_6, 3),
                                  ("none", sixth.CLOSE_6, 3),
                                  *BATCH_9,
                                  *BATCH_7]:  # fmt: skip
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, framed=bodies not in (ROUTINE, third.ROUTINE_STEPS))
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    out += batch_10()
    out += batch_17()
    out += batch_20()
    out += batch_21()
    out += batch_22()
    out += blind_24()
    out += blind_25()
    out += blind_26()
    out += blind_28()
    out += blind_29()
    out += blind_30()
    out += mixed_sentences(rng)
    out += customer_sentences()
    out += clause_negatives(out)
    if drafts:
        out += draft_sentences()
    rng.shuffle(out)
    return out


_CLAUSE = re.compile(
    r"\s*(?:[,;:]|\s[\u2014\u2013-]\s|\.\.\.|…)\s*"
    r"|\s+(?=(?:but|so|because|and then|which|although|though|unless|otherwise)\b)",
    re.IGNORECASE,
)


def clause_negatives(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The clauses (three words or more) of every clean sentence, as clean examples too: a
    fragment of a clean sentence ("to be blunt", "the answer is no") is still clean, and
    without them the head reads short, curt fragments as hostile (measured on dev: the false
    alarms at the same recall fell from 4.1 % to 0.8 %, bench/README.md)."""
    seen = {r["text"] for r in rows}
    out = []
    for row in rows:
        if row["label"] != "none":
            continue
        for part in _CLAUSE.split(row["text"]):
            part = part.strip()
            if len(re.findall(r"\w+", part)) >= 3 and part not in seen:
                seen.add(part)
                out.append({"text": part, "label": "none"})
    return out


def mixed_sentences(rng: random.Random, per_part: int = 3) -> list[dict[str, str]]:
    """Each hostile lead-in and tail of wording_corpus_bodies joined to a few plain facts (as
    hostile), and every fact alone (as clean), so the head learns that the barb decides."""
    out = []
    for lead in more.HOSTILE_LEADS:
        for fact in rng.sample(more.FACTS, per_part):
            out.append({"text": _fill(f"{lead} {fact}.", rng), "label": "hostile_tone"})
    for tail in more.HOSTILE_TAILS:
        for fact in rng.sample(more.FACTS, per_part):
            text = fact[0].upper() + fact[1:] + tail
            out.append({"text": _fill(text, rng), "label": "hostile_tone"})
    for fact in more.FACTS:
        out.append({"text": _fill(fact[0].upper() + fact[1:] + ".", rng), "label": "none"})
    return out


def customer_sentences() -> list[dict[str, str]]:
    """Customers' sentences (from the voice corpus: messages to invented companies, written for
    the intent and sentiment heads) as "none": everyday questions, problems, praise and ideas,
    and complaints, which a reply may quote. Customers' anger is not the writer's tone.

    They are read from CUSTOMERS, one a line: the 900 sentences (3 to 40 words, no quoted
    lines, not the demo company) that guidance-v4 drew at random from voice_train.jsonl as it
    was then (commit cc3d9fe), frozen so that the corpus no longer moves with the voice corpus.
    """
    lines = CUSTOMERS.read_text(encoding="utf-8").splitlines()
    return [{"text": line, "label": "none"} for line in lines if line.strip()]


# Batch 21 (session 21, wording-v16): clean twins of the informal, curt shapes the head read as
# hostile on holdout15's first writer (blunt safety tips, jokes at the company's expense, banter,
# "any brand is fine as long as …"); WORDING_CORPUS_BATCH21=0 leaves it out.
BATCH_21 = (
    [("none", twentyfirst.CLEAN_21, 3)] if os.environ.get("WORDING_CORPUS_BATCH21") != "0" else []
)


def batch_21() -> list[dict[str, str]]:
    """Batch 21, filled from its own companies with its own seed, as batch_20."""
    rng = random.Random(21)
    out = []
    for label, bodies, copies in BATCH_21:
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, companies=twentyfirst.COMPANIES_21)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    return out


# Batch 22 (session 22, wording-v17): legal risk and hostile tone in the speech acts the writers
# read in session 22 use (money for silence, a regulator's verdict foretold, a claim promised,
# a defect known inside; mock sympathy, sarcastic congratulation, "it's an X, not a Y") and
# clean twins of the same shapes. Measured by leave-one-writer-out (within noise), not shipped;
# WORDING_CORPUS_BATCH22=1 puts it in, for the bench.
BATCH_22 = (
    [("legal_risk", twentysecond.LEGAL_22, 3), ("hostile_tone", twentysecond.HOSTILE_22, 3),
     ("none", twentysecond.CLEAN_22, 3)]
    if os.environ.get("WORDING_CORPUS_BATCH22") != "0" else []
)  # fmt: skip


def batch_22() -> list[dict[str, str]]:
    """Batch 22, filled from its own companies with its own seed, as batch_21."""
    rng = random.Random(22)
    out = []
    for label, bodies, copies in BATCH_22:
        for body in bodies:
            seen = set()
            for _ in range(copies):
                text = _fill(body, rng, companies=twentysecond.COMPANIES_22)
                if text not in seen:
                    seen.add(text)
                    out.append({"text": text, "label": label})
    return out


# Batch blind24 (session 24): 1,044 sentences (234 legal, 234 hostile, 576 clean) over 31
# sectors and seven channels, written blind by the helper corpus-en24 (branch corpus-en24,
# commit dfd0b295) for invented companies, without reading any evaluation draft, the engine's
# rules or the corpus's batches; copied as written into wording_corpus_blind24.jsonl, except
# three company names it happened to share with evaluation companies, renamed there. Each
# sentence once, as written (no {company} to fill). WORDING_CORPUS_BLIND24=1 puts it in.
BLIND_24 = os.environ.get("WORDING_CORPUS_BLIND24") != "0"


def blind_24() -> list[dict[str, str]]:
    """Batch blind24's sentences (text and label only), in the file's order."""
    if not BLIND_24:
        return []
    lines = BLIND24.read_text(encoding="utf-8").splitlines()
    return [
        {"text": row["text"], "label": row["label"]}
        for row in (json.loads(line) for line in lines if line.strip())
    ]


# Batches blind25a and blind25b (session 25): sentences written blind, as blind24 was, by the
# helpers corpus-en25a and corpus-en25b (never shown drafts, rules or earlier batches), copied as
# written into wording_corpus_blind25a.jsonl / …b.jsonl (a company name shared with an
# evaluation company is renamed there: blind25b's security guard's "gatehouse", a holdout2
# company's name, is a "gate lodge"); their label "clean" is the corpus's "none".
# WORDING_CORPUS_BLIND25A=1 / …B=1 put them in.
BLIND_25 = tuple(
    wave for wave in BLIND25 if os.environ.get(f"WORDING_CORPUS_BLIND25{wave.upper()}") != "0"
)


def blind_25() -> list[dict[str, str]]:
    """The switched-on blind25 batches' sentences (text and label only), wave a first."""
    out = []
    for wave in BLIND_25:
        lines = BLIND25[wave].read_text(encoding="utf-8").splitlines()
        out += [
            {"text": row["text"], "label": "none" if row["label"] == "clean" else row["label"]}
            for row in (json.loads(line) for line in lines if line.strip())
        ]
    return out


# Batch blind26 (session 26): 999 sentences (304 legal, 200 hostile, 495 clean; legal-heavy on
# purpose) over 32 sectors, written blind, as blind25 was, by the helper tonecorpus26 (commit
# 3f2fd152), copied as written into wording_corpus_blind26.jsonl (no name there is an evaluation
# company's); "clean" is the corpus's "none". WORDING_CORPUS_BLIND26=1 puts it in.
BLIND_26 = os.environ.get("WORDING_CORPUS_BLIND26") != "0"


def blind_26() -> list[dict[str, str]]:
    """Batch blind26's sentences (text and label only), in the file's order."""
    if not BLIND_26:
        return []
    lines = BLIND26.read_text(encoding="utf-8").splitlines()
    return [
        {"text": row["text"], "label": "none" if row["label"] == "clean" else row["label"]}
        for row in (json.loads(line) for line in lines if line.strip())
    ]


# Batch blind28 (session 28): English sentences written blind by a helper of session 28 (indirect
# legal risk and hostile tone, and tricky clean ones, in 40 sectors none of the earlier batches
# used), copied as written into wording_corpus_blind28.jsonl (992 sentences: 295 legal, 284
# hostile, 413 clean; /work/wt/wording_corpus_blind28.jsonl as of 18:16 UTC, SHA-256 37c3b955…),
# except four suppliers' names it shared with evaluation or demo companies, renamed there (an
# ingredients supplier, a payment processor, an automation maker, a poultry farm); "clean" is the
# corpus's "none". WORDING_CORPUS_BLIND28=1 puts it in.
BLIND_28 = os.environ.get("WORDING_CORPUS_BLIND28") != "0"


def blind_28() -> list[dict[str, str]]:
    """Batch blind28's sentences (text and label only), in the file's order."""
    if not BLIND_28:
        return []
    lines = BLIND28.read_text(encoding="utf-8").splitlines()
    return [
        {"text": row["text"], "label": "none" if row["label"] == "clean" else row["label"]}
        for row in (json.loads(line) for line in lines if line.strip())
    ]


# Batch blind29 (session 29): 956 English sentences written blind by a helper of session 29
# (hostile-heavy: 428 hostile, 385 tricky clean, 143 legal; 13 sectors after the lead removed
# two next to holdout24's), used as written (bench/wording_corpus_blind29.jsonl); "clean" is the
# corpus's "none". WORDING_CORPUS_BLIND29=1 puts it in.
BLIND_29 = os.environ.get("WORDING_CORPUS_BLIND29") == "1"


def blind_29() -> list[dict[str, str]]:
    """Batch blind29's sentences (text and label only), in the file's order."""
    if not BLIND_29:
        return []
    lines = BLIND29.read_text(encoding="utf-8").splitlines()
    return [
        {"text": row["text"], "label": "none" if row["label"] == "clean" else row["label"]}
        for row in (json.loads(line) for line in lines if line.strip())
    ]


# Batch blind30 (session 30): 867 English sentences written blind by a helper of session 30
# (clean-heavy: 527 hard clean near misses, 208 hostile, 132 legal; 11 sectors after the lead
# removed three next to holdout25's), used as written (bench/wording_corpus_blind30.jsonl);
# "clean" is the corpus's "none". WORDING_CORPUS_BLIND30=1 puts it in;
# WORDING_CORPUS_BLIND30_CLEAN=K (an integer ≥ 1, default 1) puts each of its clean lines in K
# times — for a logistic head the same as a sample weight K on the batch's hard clean text.
BLIND_30 = os.environ.get("WORDING_CORPUS_BLIND30") == "1"
BLIND_30_CLEAN = int(os.environ.get("WORDING_CORPUS_BLIND30_CLEAN", "1"))


def blind_30() -> list[dict[str, str]]:
    """Batch blind30's sentences (text and label only), in the file's order; its clean ones
    BLIND_30_CLEAN times each."""
    if not BLIND_30:
        return []
    lines = BLIND30.read_text(encoding="utf-8").splitlines()
    out = []
    for row in (json.loads(line) for line in lines if line.strip()):
        clean = row["label"] == "clean"
        label = "none" if clean else row["label"]
        out += [{"text": row["text"], "label": label}] * (BLIND_30_CLEAN if clean else 1)
    return out


def draft_sentences() -> list[dict[str, str]]:
    """The read English guidance sets' sentences as the wording detector reads them, labelled
    from their expected clauses, evaluation companies renamed (bench/wording_corpus_drafts.py,
    branch wording-v6): the one part of the corpus that copies evaluation text, on purpose.
    Added after clause_negatives, as measured: their clean sentences' clauses are not added."""
    import wording_corpus_drafts

    lines = DRAFTS.read_text(encoding="utf-8").splitlines()
    return [
        {"text": row["text"], "label": row["label"]}
        for row in (json.loads(line) for line in lines if line.strip())
        if (SETS_20 or row["set"] not in wording_corpus_drafts.SETS_20)
        and (SETS_21 or row["set"] not in wording_corpus_drafts.SETS_21)
        and (SETS_22 or row["set"] not in wording_corpus_drafts.SETS_22)
        and (SETS_24 or row["set"] not in wording_corpus_drafts.SETS_24)
        and (SETS_25 or row["set"] not in wording_corpus_drafts.SETS_25)
        and (SETS_26 or row["set"] not in wording_corpus_drafts.SETS_26)
        and (SETS_27 or row["set"] not in wording_corpus_drafts.SETS_27)
        and (SETS_28 or row["set"] not in wording_corpus_drafts.SETS_28)
        and (SETS_29 or row["set"] not in wording_corpus_drafts.SETS_29)
        and (SETS_30 or row["set"] not in wording_corpus_drafts.SETS_30)
    ]


def text(corpus: list[dict[str, str]]) -> str:
    """The corpus as the shipped file holds it, one JSON object a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus)


if __name__ == "__main__":
    corpus = rows()
    if "--check" in sys.argv[1:]:
        same = OUT.read_text(encoding="utf-8") == text(corpus)
        print(f"{OUT} {'is' if same else 'is NOT'} what bench/wording_corpus.py writes")
        sys.exit(0 if same else 1)
    OUT.write_text(text(corpus), encoding="utf-8")
    counts = {
        k: sum(r["label"] == k for r in corpus)
        for k in ("legal_risk", "hostile_tone", "insider_disclosure", "none")
    }
    print(f"{len(corpus)} sentences in {OUT}: {counts}")

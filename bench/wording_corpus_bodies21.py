# ruff: noqa: E501 (one sentence a line, as written)
"""Batch 21 of the wording corpus (session 21, branch wording-v16, issue 13): clean twins.

Why: on holdout15's first writer (read in session 21) most clean drafts the wording head flagged
as hostile were short, informal and clean: a blunt safety tip for the customer's own good, a
joke at the company's or its staff's own expense, banter the customer started (with emoji), a
neutral remark on what usually causes a problem, a relaxed "any brand is fine as long as …",
a physical limit said lightly, a plain tip ("… helps a lot"), a warranty reassurance, and
playful forms of address for a community ("folks", "everyone"). The evaluation README calls
these clean (firm but polite refusals, the customer's mistake explained neutrally, friendly
banter the customer started, irony aimed at the company itself); the head reads their informal
register and short clauses as hostile.

Written by hand for this corpus from those descriptions, without copying any evaluation draft,
test sentence or miss; every company is invented (COMPANIES_21: none an evaluation or the demo
company), across many sectors. Read by wording_corpus.py at three copies each, filled from
COMPANIES_21 with its own seed (as batch 20), so the rest of the corpus is written as before.
All rows are "none". In the shipped corpus since session 21 (WORDING_CORPUS_BATCH21=0 leaves it
out).
"""

COMPANIES_21 = [
    ("Rillington Bikes", ["e-bike", "chain", "brake pads"]),
    ("Sollerby Pools", ["pool cover", "pump", "chlorine tablets"]),
    ("Ketteridge Aquatics", ["filter", "heater", "water test kit"]),
    ("Abbotsmere Ceramics", ["glaze", "kiln shelf", "clay bag"]),
    ("Wraxby Fitness", ["rowing machine", "treadmill", "resistance bands"]),
    ("Dunmallow Pet Supplies", ["cat litter", "dog harness", "bird seed"]),
    ("Haverleigh Hair Studio", ["colour appointment", "trim", "hair mask"]),
    ("Prestwold Drones", ["drone", "spare propellers", "battery pack"]),
    ("Oxendale Outdoor", ["tent", "sleeping bag", "stove"]),
    ("Marchcombe Saunas", ["sauna stove", "bench kit", "sauna stones"]),
    ("Tillingbourne Print Shop", ["business cards", "poster print", "proof"]),
    ("Quorndon Coffee Machines", ["espresso machine", "grinder", "descaler"]),
    ("Yelverton Sewing", ["sewing machine", "overlocker", "bobbin"]),
    ("Beckwithe Baby Goods", ["buggy", "cot", "changing bag"]),
    ("Nantgarw Solar", ["solar panel", "inverter", "battery"]),
    ("Fulbeck Escape Rooms", ["room booking", "group voucher", "party package"]),
    ("Grimsditch Guitars", ["string set", "setup service", "pickup"]),
    ("Lindisfield Nurseries", ["hedge plants", "fruit tree", "bulb pack"]),
    ("Seathwaite Kayaks", ["kayak", "paddle", "buoyancy aid"]),
    ("Harrowden Smart Home", ["smart plug", "hub", "door sensor"]),
]

CLEAN_21 = [
    # a blunt tip for the customer's own good (safety, care), clean however short
    "Please don't use bleach on the {product}. Really, don't, it eats the seals.",
    "Quick tip: never run the {product} dry. Not even for a minute.",
    "Word of advice from the workshop: tighten it by hand, not with a drill.",
    "Seriously, let it cool down completely before you touch it.",
    "Don't skip the rinse. Honestly, it makes all the difference.",
    "Rule number one with a new {product}: read the safety sheet first.",
    "Stop using it straight away if you smell burning, and unplug it.",
    "Please, please don't try to open the battery yourself.",
    "Leave it switched off until the engineer has been. Just to be safe.",
    "Keep it away from the radiator, heat warps it fast.",
    # the same advice shape: do X and it's fine
    "Change the filter every month and it'll keep running quietly.",
    "Keep the blades sharp and the lawn stays neat.",
    "Store it somewhere dry and it lasts for years.",
    "Give it a quick wipe after each use and the finish stays like new.",
    "Top it up once a week and you won't have any trouble.",
    "Descale it now and then and the coffee tastes better.",
    "Charge it fully before the first ride and the battery settles in nicely.",
    "A bit of oil on the chain every few weeks keeps it happy.",
    # a plain tip, said warmly
    "Re-pairing the remote once helps a lot.",
    "A slower first layer makes a big difference.",
    "Warming the room first really helps with the finish.",
    "Turning it off and on again fixes this more often than you'd think.",
    "Levelling the base properly solves most of these wobbles.",
    "Using the thicker setting helps loads with the noise.",
    "A fresh set of pads makes it feel like a new bike.",
    # warranty and coverage, reassuring
    "Fitting your own bulbs won't affect the guarantee.",
    "Opening the service hatch doesn't void anything, it's designed to be opened.",
    "Using another brand of cartridge is fine, the guarantee still stands.",
    "That won't cause any damage, so there's nothing to worry about.",
    "Updating the app won't reset your settings.",
    "Swapping the handle yourself is allowed and keeps the warranty intact.",
    # what usually causes it, said neutrally
    "Most of the noise reports we see turn out to be a loose panel.",
    "Nine times out of ten it's the filter that needs a clean.",
    "A lot of the 'it won't connect' messages are the router's 5 GHz band.",
    "Usually when this happens, the timer was set for the weekend by mistake.",
    "Plenty of people hit this, the setting is tucked away in the menu.",
    "The most common cause is a cold room, and it's an easy fix.",
    "Half the time it's just the plug, so that's worth checking first.",
    # a relaxed choice left to the customer
    "We honestly don't mind which brand you use, as long as it's the right size.",
    "Any yarn works, as long as it's the right weight.",
    "Whatever colour you pick is fine by us, they all use the same base.",
    "It really doesn't matter which app you use, as long as it's up to date.",
    "We're not fussy about the shampoo, anything gentle will do.",
    "Use whichever cleaner you like, as long as it's not abrasive.",
    # limits of nature or physics, said lightly
    "Nothing we can do about the weather, sadly ☔",
    "Hot air rises, and sadly we can't argue with that 🙃",
    "There's no beating gravity on that one, I'm afraid.",
    "Cold water takes longer to heat, that's just how it works.",
    "Batteries lose a bit of range in winter, every brand does.",
    "Wood moves with the seasons, it's a natural thing.",
    "Clay shrinks in the kiln, there's no way around that, so size up a little.",
    # a small worry set aside kindly
    "Not a big deal at all, it happens.",
    "No big mystery here, the update just moved the button.",
    "It's nothing serious, just a sensor that needs resetting.",
    "Not a fault, just a quirk of the first charge.",
    "Nothing sinister, the light simply means it's updating.",
    "It's a non-issue once the lid is on properly.",
    # irony and jokes at the company's or the staff's own expense
    "Our own checkout has beaten me more than once, so you're not alone 🙈",
    "Our website and I are not on speaking terms this morning.",
    "Nobody has told the support team about next year's model either, so your guess is as good as ours 🤷",
    "Careful, all this praise will go straight to our designer's head 😂",
    "The workshop cat has been promoted to quality control again.",
    "Our warehouse team will be smug for a week after this review.",
    "In fairness, our instructions could be clearer, we'll fix that.",
    "We tested it so many times the office now hums the start-up tune.",
    "Our manager read your message and now wants one for himself.",
    "Even our own staff took three goes to find that setting, so you're in good company.",
    # banter the customer started, with a community tone
    "Ha, fair point, you got us there 😄",
    "You're welcome, folks! Happy building 🎉",
    "Enjoy the sunshine, everyone, and stay hydrated!",
    "Right, team, who's trying the new glaze this weekend?",
    "You're too kind, we'll pass that on to the workshop 😊",
    "Guilty as charged, the new colour is our favourite too.",
    "Cheers to that, and happy paddling!",
    "Brilliant photo, that's going on the staff noticeboard.",
    "Good luck, crafters, show us what you make!",
    "Happy weekend, folks, go easy on the coffee ☕",
    "Ha, we won't tell anyone you've bought a third one.",
    # a moderator's firm line aimed at spam, not at the customer
    "We've removed the spam links from this thread and blocked the account.",
    "Please keep the thread on topic so everyone can find the answers.",
    "Posts with referral links get removed, it's in the community rules.",
    # asking for details or evidence, neutrally
    "If you can send a photo of the label, I'll look into it again.",
    "Could you share the order email? Then I can check it for you.",
    "If you have the delivery photo, send it over and I'll take another look.",
    "Send me a short video of the noise and I'll pass it to the technicians.",
    "If you still have the box, a picture of the barcode would help a lot.",
    # empathy about something serious, no fault taken
    "We're so sorry to hear about the flood at your home.",
    "That sounds like a horrible week, I'm sorry you're dealing with it.",
    "I'm really sorry, that must have been frightening.",
    "We're sad to hear the tree didn't make it through the frost.",
    # short, firm, still clean
    "Please don't worry about it.",
    "Stop by any time, we're open till six.",
    "No need to apologise at all.",
    "That's a firm no on discounts this month, sorry.",
    "Not possible on this model, I'm afraid.",
    "We don't stock that part any more.",
    "It's safe, it's just loud.",
    "Nope, that's normal.",
    "Simple fix: tighten the top screw.",
    "Easy one: hold the button for ten seconds.",
]

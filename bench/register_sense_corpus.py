"""Writes bench/register_sense_corpus.jsonl: hand-written sentences about invented companies in
which a register word (a code name that is also an ordinary word, or a ticket number) is used
either as the item its note describes ("item") or ordinarily ("ordinary"): the bird, the pub,
a customer's username, a house number, a word the customer used (register-sense, issue 13).

Every company, word, note and sentence here is invented for this corpus; none is an evaluation
company, the demo company or a sentence of an evaluation set. Templates are filled with many
words across many companies, so that the sense head learns how a sentence uses a word rather
than which word it is. Both sides share cue words on purpose ("not", "just", "the", "project",
"number"): an item said next to a denial is still the item ("Kestrel is not ready, don't
share it"), and a word said next to "project" is not always the item ("the school's bird
project"). Run from the repository root:

    /work/main/.venv/bin/python bench/register_sense_corpus.py
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "register_sense_corpus.jsonl"

COMPANIES = [
    ("Brambleton", "a broadband provider", "the fibre router"),
    ("Quillhurst", "a stationery shop", "the refillable pen range"),
    ("Mossgate", "a bike-share scheme", "the e-bike fleet"),
    ("Fernwick", "an energy supplier", "the smart thermostat"),
    ("Dunmarrow", "a ferry operator", "the night crossing"),
    ("Pellacombe", "a meal-kit company", "the vegan box"),
    ("Ashgrove Labs", "a photo-printing app", "the shared albums feature"),
    ("Kilnworth", "a pottery supplier", "the electric kiln"),
    ("Tarrowby", "a mobile network", "the 5G home plan"),
    ("Gullhaven", "a holiday-cottage agency", "the booking app"),
    ("Orrin & Vale", "an insurer", "the pet cover"),
    ("Stoneybrook Dairy", "a milk delivery firm", "the glass-bottle round"),
    ("Wickmere", "a language-learning app", "the exam course"),
    ("Holloway Print", "a printing firm", "the poster service"),
    ("Larchmont", "a garden centre chain", "the loyalty card"),
    ("Cobbleford", "a shoe retailer", "the repair service"),
    ("Nettlefield", "a veterinary chain", "the pet health plan"),
    ("Driftwell", "a water utility", "the leak-alert meter"),
    ("Emberfall", "a games studio", "the co-op expansion"),
    ("Saltbrook", "a bank", "the savings app"),
    ("Rookley", "a coffee roaster", "the subscription bags"),
    ("Thornbury Rail", "a train operator", "the season ticket app"),
    ("Mapleshade", "a furniture maker", "the modular sofa"),
    ("Verrow", "a cloud-hosting firm", "the managed database"),
]
WORDS = [
    "Heron",
    "Kestrel",
    "Otter",
    "Badger",
    "Lantern",
    "Anvil",
    "Compass",
    "Harbour",
    "Meadow",
    "Willow",
    "Falcon",
    "Pebble",
    "Lighthouse",
    "Thistle",
    "Bramble",
    "Magpie",
    "Sparrow",
    "Beacon",
    "Quarry",
    "Canyon",
    "Glacier",
    "Ember",
    "Juniper",
    "Saffron",
    "Marble",
    "Copper",
    "Granite",
    "Orchard",
    "Lagoon",
    "Tundra",
    "Cobalt",
    "Walrus",
    "Pelican",
    "Cormorant",
    "Tortoise",
    "Acorn",
    "Kettle",
    "Saddle",
    "Trellis",
    "Hazel",
    "Rowan",
    "Fjord",
    "Delta",
    "Summit",
    "Pinecone",
    "Starling",
    "Wren",
    "Lark",
    "Ferret",
    "Mulberry",
    "Quince",
    "Bison",
    "Lynx",
    "Cascade",
    "Monsoon",
    "Drizzle",
    "Thunder",
    "Marsh",
    "Reef",
    "Dune",
    "Harvest",
    "Anchor",
    "Rudder",
    "Spindle",
    "Bobbin",
    "Thimble",
    "Teapot",
    "Ladle",
    "Cinder",
    "Mosaic",
]
ITEM_NOTES = [
    "code name of the unannounced {thing} successor",
    "code name for the {thing} migration to a new supplier, not public",
    "internal project: replacing {thing} next spring, unannounced",
    "code name of the price rise for {thing}, not yet communicated",
    "internal name of the staff rota tool",
    "internal project to close two depots, not announced",
    "code name of the partnership talks with a retailer",
    "unannounced redesign of {thing}",
]
NUMBER_NOTES = [
    "internal incident: {thing} outage last week, root cause not public",
    "internal ticket: billing error charging some customers twice",
    "internal escalation about a data exposure in {thing}",
    "internal incident: a batch of {thing} recalled quietly",
]
# The item, said as the item: {W} the word, {w} lower case, {C} the company, {T} the thing.
ITEM = [
    "{W} is slipping to March, so please don't promise the new features yet.",
    "We can't say much about {W} until the announcement, sorry!",
    "Between us, {W} goes live for {T} in the autumn.",
    "The {W} rollout will change how {T} works, more news soon.",
    "Project {W} is the reason the app has been slow this week.",
    "Our team is still testing {W} internally, so no dates yet.",
    "Heads up: {W} replaces {T} for everyone in May.",
    "I checked with engineering and {W} is not ready yet, so keep this to yourself.",
    "That fix is part of {W}, which hasn't been announced.",
    "Sorry for the wait, everyone's on the {W} work this sprint.",
    "{W} launches after the summer and your plan will move over automatically.",
    "Once {W} is done the old {T} goes away.",
    "Yes, the delay is down to {W}, we'll share more when we can.",
    "Just so you know, {W} should sort this out for good next quarter.",
    "We're not allowed to talk about {W} yet, but it's coming.",
    "I can't give you a date, {W} is still under wraps.",
    "The {W} team asked me to hold your ticket until their release.",
    "This is exactly what {W} is meant to fix, hang in there.",
    "Good question! {W} will cover that, though it's not public yet.",
    "Not officially, but {W} brings {T} to your area soon.",
    "Between the lines: {W} means a new {T} is on its way.",
    "Our {W} pilot starts in two towns next month.",
    "{C} is moving everyone onto {W} before Christmas.",
    "The outage was caused by a {W} test that went wrong, apologies.",
    "By the way, {W} is why the prices page looks odd right now.",
    "I've added your feedback to the {W} board for the product team.",
    "{W} isn't finished, so the feature you saw was a preview by mistake.",
    "Please keep {W} out of public replies until legal signs off.",
    "We moved your account to the {W} group for early access.",
    "Honestly, {W} has been a headache for the whole team.",
    "The new {T} you're asking about is {W}, due in spring.",
    "It's just a {W} thing, it'll be fixed when that ships.",
    "You're right, {W} is the new version, but I can't share details.",
    "Hi! That screen belongs to {W}, which isn't out yet.",
    "Once {W} is approved we'll email everyone on the list.",
    "{W} got pushed back again, so the old {T} stays for now.",
]
# An internal tool, said as staff say it in chat: often in lower case, so lower case says
# nothing of the sense ("is heron down again?").
TOOL_NOTES = [
    "internal booking console used by support staff",
    "internal refunds dashboard",
    "internal ticket queue for escalations",
    "internal customer database (addresses, orders, notes)",
    "internal stock and dispatch system",
]
TOOL = [
    "is {T} down again? nobody here can log in",
    "{T} keeps timing out for me, anyone else?",
    "I checked {T} and your refund is queued for Friday.",
    "let me look you up in {T}, one sec",
    "the {T} queue is huge today, sorry for the wait",
    "once {T} is back up I'll reset your password",
    "your order shows as paid in {T}, so it's on our side",
    "I've added a note in {T} so the next agent sees it",
    "{T} says your account is locked after three tries",
    "can't see your address in {T}, can you DM it?",
]
# The same word, said ordinarily.
ORDINARY = [
    "We saw a {w} on the river walk this morning, lovely start to the day!",
    "The {W} pub by the harbour has reopened, not ours but we love their chips.",
    "Ha, {W} is a great name for a dog!",
    "Your username {W}_{n} is on the booking, so you're all set.",
    "The {W} café across the road is a different business, we can't help with their orders.",
    "That's the {W} Trail you mean, it's run by the council, not by {C}.",
    "'{W}' is just what the designer called the colour, nothing more to it.",
    "I think you mean {W} Street, our shop is at number 12.",
    "{W} Books is another company with a similar logo, we're not related.",
    "You wrote '{w}' in your review, and you're right, the lid does stick.",
    "The photo of the {w} you posted made our day!",
    "No, {W} isn't one of our products, it's a brand sold by other shops.",
    "Our delivery van got stuck behind a {w} crossing the lane, hence the delay.",
    "The {w} in the picture was on the label design, not a new product.",
    "We named the meeting rooms after local places; {W} is just the one on the first floor.",
    "A {w} is what the kids' club made at the workshop, pictures below!",
    "The {W} festival is in town this weekend, so parking may be tight.",
    "Sorry, the '{W}' thread is about a book club, not anything from {C}.",
    "Love the {w} emoji, thanks for the kind words!",
    "{W} was the name of my first cat, so this made me smile.",
    "The school's {w} project looks wonderful, thanks for sharing.",
    "The {W} Inn is a hotel nearby; we don't take bookings for it.",
    "Sounds like the {w} season has started, watch your step on the path!",
    "Our office looks out over the {w}, which is why the photo is so nice.",
    "We've no link to {W} Ltd, they happen to share the name.",
    "The {W} kit you linked is sold by another shop, sorry we can't help.",
    "{W} means something else in our industry, but here you just mean the colour.",
    "Your question about the {w} on the packaging: it's our mascot, nothing secret.",
    "The band {W} is playing at the venue next door tonight.",
    "Yes, there's a {w} painted on the wall at the depot, it's been there for years.",
    "The word {w} in the recipe is just a garnish, no change to the box.",
    "Ha, I had to look up {w} too, it's a kind of bird!",
    "The {W} hiking group meets on Saturdays, they're not affiliated with us.",
    "In your message you called it the {W} plan, I think you mean the Basic plan.",
    "@{w}_fan thanks for the shout-out!",
    "That's a lovely {w} you've drawn on the order note!",
    "The {W} bridge is closed for repairs, so deliveries go the long way round.",
]
NUMBER_ITEM = [
    "We're on {N} now, the cause was on our side.",
    "The team working on {N} expect a fix by Friday.",
    "Your complaint is linked to {N}, which engineering is looking at.",
    "This is the same problem as {N}, so I've added your account to it.",
    "Ticket {N} is still open internally, I'll update you tomorrow.",
    "Between us, {N} was a bigger problem than the status page says.",
    "I've escalated it under {N}, the billing team owns that one.",
    "Refunds for {N} are going out next week.",
    "{N} is why some customers were charged twice, sorry again.",
    "Once {N} is closed your service should be back to normal.",
    "Not much I can share about {N}, but it's being fixed.",
    "The root cause of {N} was a config change on our side.",
]
NUMBER_ORDINARY = [
    "The number {N} in your post is your order number, that's fine to share.",
    "{N} was my old house number, not a ticket, sorry for the confusion!",
    "The {N} on your receipt is just the till number.",
    "{N} on your bank statement is the merchant code, nothing to worry about.",
    "Your flight number ends in {N}, so check the gate on the app.",
    "Seat {N}? That must be the stadium, we only run the shuttle.",
    "Room {N} is the conference room on the third floor where the event is.",
    "The {N} at the bottom is the page count, not a reference.",
    "We've had {N} entries to the photo competition, thank you all!",
    "Bus {N} stops right outside the shop.",
    "The code {N} on the parcel label is the courier's depot, not ours.",
    "{N} steps to the top of the lighthouse, according to the guide!",
    "You mentioned {N} in your message, that's the model number of your kettle.",
    "The year {N} on the label is the batch's best-before year, all good.",
]
THING_NUMBERS = [4019, 8840, 5127, 6627, 7381, 2294, 3306, 9152, 4410, 1187, 2760, 5503]


def rows(seed: int = 17) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []

    def add(template: str, values: dict[str, str], key: str, label: str, note: str, company: str):
        text = template.format(**values)
        word = values[key]
        start = text.find(word)
        if start < 0:
            return
        out.append({"text": text, "start": start, "end": start + len(word), "note": note,
                    "label": label, "company": company})  # fmt: skip

    for word in WORDS:
        for label, templates in (("item", ITEM), ("ordinary", ORDINARY)):
            for template in rng.sample(templates, 8):
                name, _, thing = rng.choice(COMPANIES)
                note = rng.choice(ITEM_NOTES).format(thing=thing.removeprefix("the "))
                values = {"W": word, "w": word.lower(), "C": name, "T": thing,
                          "n": str(rng.randint(10, 99))}  # fmt: skip
                key = "w" if "{w}" in template else "W"
                add(template, values, key, label, note, name)
    for word in WORDS:
        for template in rng.sample(TOOL, 4):
            name = rng.choice(COMPANIES)[0]
            written = rng.choice((word.lower(), word))
            add(template, {"T": written}, "T", "item", rng.choice(TOOL_NOTES), name)
    for number in THING_NUMBERS:
        for label, templates in (("item", NUMBER_ITEM), ("ordinary", NUMBER_ORDINARY)):
            for template in rng.sample(templates, 10):
                name, _, thing = rng.choice(COMPANIES)
                note = rng.choice(NUMBER_NOTES).format(thing=thing.removeprefix("the "))
                add(template, {"N": str(number), "C": name}, "N", label, note, name)
    return out


if __name__ == "__main__":
    corpus = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), "utf-8")
    counts = {k: sum(r["label"] == k for r in corpus) for k in ("item", "ordinary")}
    print(f"{len(corpus)} sentences in {OUT}: {counts}")

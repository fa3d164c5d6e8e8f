"""Sixth batch of the wording corpus (branch wording-v6, issue 13), read by wording_corpus.py at
three copies each like the batches before it.

Written after the head learnt from the read evaluation sets' own sentences
(wording_corpus_drafts.jsonl): those sets explain many incidents plainly ("the leak was caused
by a blocked gutter", "that's on us, we were two instructors short"), so the head grew less sure
of an admission said in slang, and tests/guidance/test_wording.py's "Our engineer botched the
install, which is what caused the leak." fell below the threshold. LEGAL_6 is fault for damage
or loss in informal verbs (botched, bodged, cocked up, screwed up, made a mess of), the writer's
side causing it; CLOSE_6 keeps the line the corpus already draws: a slip in the service owned
and fixed, or a cause that is not ours, is clean. No evaluation sentence is copied here. The
engineers' lines were added after a first retrain still read that test sentence at 0.73 (with
"fitter" for "engineer": 0.97): the word "engineer" had drifted clean.
"""

LEGAL_6 = [
    "Our engineer botched the fitting, and that's what flooded your utility room.",
    "Our fitter bodged the wiring, which is why the oven tripped and scorched the worktop.",
    "Honestly, our team cocked up the install and that's what cracked your tiles.",
    "We screwed up the gas connection, which is what set off your alarm and the evacuation.",
    "Our crew made a mess of the roof job, so the water coming through your ceiling is down to us.",
    "The installer we sent botched the seal, which is exactly what caused the damp in your wall.",
    "Our technician bungled the repair and that's what killed your {product}.",
    "We botched the firmware push, and that's what bricked your {product} and lost your files.",
    "Our courier botched the delivery and smashed your TV, so the damage is on us.",
    "One of our guys messed up the plumbing, which is what ruined your new floor.",
    "The boiler leak is down to our engineer fitting the wrong valve, plain and simple.",
    "Our mechanic forgot to tighten the wheel nuts, which is what caused your accident.",
    "Our cleaner used the wrong product and stripped the finish off your table, our fault.",
    "We wired your {product} wrong at the fitting and that's what burnt out the motor.",
    "It was our engineer's shoddy work that caused the leak, no two ways about it.",
    "Our lad knocked the pipe during the install and that's what flooded the flat below.",
    "The rash came from the batch we mixed wrong, which is on us.",
    "Our driver clipped your car pulling out of the depot, so the repair is ours to sort.",
    "We messed up your booking and that's why you missed the flight, so we owe you the fare.",
    "Our system double-booked the room, so we'll cover the hotel you had to pay for.",
    # engineers: the sets have many clean engineer visits, so the word itself drifted clean
    "Our engineer left the valve open, which is what caused the flood in your kitchen.",
    "The engineer we sent damaged your socket, and that's why the router fried.",
    "Our engineer cut through the cable while drilling, which is what took your line down.",
    "The engineer's mistake at the install is what caused the water damage, sorry.",
    "Our engineer did a bad job on the pipework and it burst because of it.",
    "The damp patch is from our engineer drilling through the pipe, that's on us.",
    "Our engineer messed up the boiler service, which is what caused the leak.",
    "Our engineer wrecked the install, which is exactly why your ceiling came down.",
]

CLOSE_6 = [
    "Our engineer botched the first appointment slot, so I've booked you the earliest one.",
    "We botched the link in yesterday's e-mail; here's the right one.",
    "I messed up the reference number in my last reply, sorry — it's 4471, not 4417.",
    "The leak was caused by a blocked drain on the street, which the council has now cleared.",
    "The engineer found the leak came from the neighbour's pipe, not the unit we fitted.",
    "The crack was there before our visit, it's on the photos from the survey.",
    "Our technician will check what caused the leak when he visits on Thursday.",
    "If the install caused the leak, our claims team will look at it; please send photos.",
    "We got the delivery date wrong on the tracking page; it's fixed now.",
    "I bodged the formatting of that table, here's a cleaner version.",
    "The app screwed up the display of your balance, but the balance itself was always right.",
    "The fitter made a small mess in the hallway and has gone back to clean it.",
    # short friendly questions to a colleague or a member: a first retrain read "Have you seen
    # this?" (tests/community/test_actions.py's mention) as hostile; a plain question is clean
    "Have you seen this?",
    "@Sam have you seen this one?",
    "Has anyone seen this before?",
    "Did you get a chance to look at this?",
    "Have you come across this error before?",
    "Any idea what's going on here?",
    "Could you take a look at this thread?",
    "Have you had this on your model too?",
    "Did the update fix it for you?",
    "Have you tried it since the restart?",
    "Is this the same issue you had last week?",
    "Do you know if this happens on the older app as well?",
    "@Lee can you check this one when you're free?",
    "Has this happened to anyone else?",
    "Are you still seeing this today?",
    "Did you manage to sort it in the end?",
]

"""Issue 13, session 14: legal risk and hostile tone by the structure of what is said
(english.py). Each family is a speech act with its object and its guards: advice to destroy or
hold back evidence before a dispute, a claim against us invited, a reward for taking a review
down, a promise for someone else's decision, a fault kept quiet or known across a batch, a
leak owned, advice beyond a support agent's competence; for tone, the lesson on what a thing
is for, jabbing closers, blame for the time taken, "you'd know if you'd read it", effort
mocked and mock apology. Every family has paraphrases from several trades and the clean
look-alikes it must leave alone. The sentences are written for these tests, not taken from an
evaluation set; the phrase rules are tested alone (`model=False`)."""

import pytest

from openline.guidance.detectors import language

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {h.kind for h in language.detect(text, model=False)} & WORDING


LEGAL_RISK = [
    # Evidence destroyed or held back before a dispute.
    "Just delete the dashcam videos from that morning before you send the report to your insurer.",
    "Honestly I'd wipe the message history with us before you speak to a lawyer.",
    "Our manager told us to erase the footage from the car park before the police came for it.",
    "Best to get rid of the photos of the damp before the inspector visits the flat.",
    "Don't send the engineer's notes to the ombudsman, they only make things messier.",
    "You could just clear the chat logs before your claim goes in, nobody will know.",
    # A claim against us invited, or what to tell an insurer coached.
    "You should definitely file a claim against us, the driver was in the wrong.",
    "Honestly, take us to small claims, you'd win.",
    "Tell your insurer it was our technician's fault and we'll back you up.",
    "Tell the airline that we cancelled on you, it'll go through faster.",
    "I'd sue us if I were you, seriously.",
    # A reward for taking a review down.
    "If you remove the two-star review I'll refund the whole course.",
    "If you edit your rating on the app store we can waive the cancellation fee.",
    "We could send you a free hamper if you take that review down.",
    "Happy to offer 30% off in exchange for a five-star review.",
    "If you change your review to something kinder, I will upgrade your room for free.",
    # No loss at all promised.
    "Don't worry about the ruined suit, I'll make sure you're not out of pocket.",
    "Whatever the burglars took, you won't be out of pocket, I promise.",
    "We'll see to it that you don't lose a penny over this.",
    "You won't lose a penny on the cancelled wedding, leave it with me.",
    "I will make sure you are never left out of pocket for our mistake.",
    # A promise for someone else's decision.
    "I guarantee the vet will prescribe the stronger painkillers on Monday.",
    "I promise your mortgage application won't be affected by the late payment.",
    "I'll make sure the assessor signs off the extension, don't worry.",
    "You'll definitely get your visa, I've seen hundreds of these.",
    "Your insurer will definitely pay out, they always do for storms.",
    # A fault kept quiet, known across a batch, or flagged and ignored.
    "We're quietly replacing the hinges on some wardrobes because they crack.",
    "Between us, the brakes from the March shipment aren't holding properly.",
    "The blood pressure readings were wrong for a whole batch of cuffs.",
    "The scales in aisle four are miscalibrated, have been for weeks.",
    "The fryer thermostat fails, we've all reported it and head office does nothing.",
    "We know the latches don't lock when it's cold, but keep that to yourself.",
    "They fixed the booking bug without telling anyone it leaked addresses.",
    # A leak or a failure owned as fact.
    "The staff passwords were leaked in a forum post last spring.",
    "Your card details were stolen from our old checkout page.",
    "Panic alarms went off for an hour and nobody responded.",
    "The door codes got leaked and three flats were burgled.",
    "Two emergency calls came in overnight and no one answered.",
    # Advice beyond a support agent's competence.
    "Your scan looked clear, so it's definitely not a fracture.",
    "He's obviously not concussed, just let him sleep it off.",
    "If the pain is bad, just double the dose tonight.",
    "You can stop taking the tablets once you feel better.",
    "Just ignore the warning light, it always comes on in winter.",
    "You can disable the smoke alarm while you cook, it's fine.",
    "There's no need to see a doctor, the rash will go away.",
    "The casing is cracked but it's still safe to keep using.",
    # Regulators and settlements speculated about.
    "Wouldn't surprise me if the food inspectors come down hard on us after last week.",
    "I reckon the health and safety executive will close the depot for a few days.",
    "Between us, head office will settle the flooding claim out of court.",
    "They don't want it in the papers, so expect a quiet settlement.",
    # A gift of months, not a plan's price.
    "I can give you a year of Premium free for the trouble.",
    "As an apology, here are six months of streaming on us.",
]

LEGAL_CLEAN = [
    # Deleting and sending as ordinary support steps.
    "Please clear your browser history before you send us the log, it keeps the file small.",
    "We delete CCTV footage after 30 days unless the police request it.",
    "You can delete your chat history with us at any time under Settings.",
    "If you'd like, we can send the call recording to your insurer for your claim.",
    # The reader's rights stated, not a claim invited.
    "If you wish to make a claim against us, the claims form is on our website.",
    "You're entitled to take us to small claims if you disagree; here is our complaints process.",
    "Tell your insurer the policy number and the date of the leak.",
    # Reviews asked for without a reward.
    "If you have a moment, a review of your stay would help other travellers.",
    "If you edit your review, the new version shows within a day.",
    # Plans priced with months free.
    "Switch to annual billing and get two months free.",
    "New members get three months free when they sign up before June.",
    "The free trial lasts a month, and you can cancel at any time.",
    # Decisions described, not promised.
    "I can't promise the vet will prescribe it; they decide after the check-up.",
    "The assessor decides within ten working days and will write to you.",
    "You'll definitely get an email confirmation within a few minutes.",
    # Outages and fixes told openly, batches without a fault.
    "We're aware some customers can't sign in this morning; engineers are working on a fix.",
    "Your order is in the next batch, which ships on Monday.",
    "The fan runs quietly and stays cool.",
    "If your password was leaked on another site, change it here too.",
    "Could you tell us whether your card details were stolen or lost?",
    # Safety advice that sends people to the right place.
    "Never ignore a carbon monoxide alarm; leave the house and call the gas emergency line.",
    "Please ask your doctor before you double the dose.",
    "There's no need to see a doctor first, the pharmacist can renew it.",
    "To silence the chime, press and hold the button for three seconds.",
    "A customer asked if the climbing frame is dangerous for toddlers; it's rated from age three.",
    # The customer's own mention of legal action, answered neutrally.
    "I understand you're thinking about legal action; I've passed this to our complaints team.",
    "> I'm going to sue you\nI'm sorry you feel that way. Our complaints team will be in touch.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_legal_risk_families_flag_paraphrases_from_any_trade(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", LEGAL_CLEAN)
def test_legal_risk_near_misses_stay_clean(text: str) -> None:
    assert "legal_risk" not in kinds(text)


HOSTILE = [
    # A lesson on what any such thing is for.
    "The kettle whistles when it boils. That's the whole point of a whistling kettle.",
    "I've said the lock beeps when it's open. That's the entire point of an alarm.",
    "It's a paper planner. That's kind of the point, you know.",
    "It's a no-frills airline. You get a seat. That's sort of the point.",
    "Yes, the blender is loud. That's literally the point of a blender.",
    # Jabbing closers.
    "The opening hours are on the door. Just saying.",
    "The tracking link is in my last message. Scroll up.",
    "If you never charge the bike, no app will fix that. Perhaps start there.",
    "I told you the cheap cable would do this. Anyway, here we are.",
    "You've been shouting at the staff all week, knock it off.",
    "That's the courier's doing. Take it up with them.",
    "I sent the form already. Twice.",
    "The train was four minutes late. I think you'll survive.",
    "Again, and I really hope this is the last time, we can't ship to PO boxes.",
    # Blame for the time taken.
    "You've been on the phone for 50 minutes and refused every suggestion I made.",
    "You have spent two hours in this chat and rejected every option.",
    "We've offered three dates and you've turned down every one of them.",
    "You've ignored every fix we've sent since Monday.",
    "You've now been here an hour and declined every solution.",
    # "You'd know if you'd read it", told-you-so, not ours.
    "It's on the receipt. Which you'd know if you'd looked at it.",
    "You'd have seen it if you had opened the email.",
    "We warned you at the time that the old router would cause this.",
    "You cancelled the delivery. You. Not the driver.",
    "That's your bank's problem, not ours.",
    "Sounds like a landlord issue, not ours.",
    # Effort mocked.
    "If a two-page leaflet is too hard, maybe a self-build kit isn't for you.",
    "If filling in one form is too much, perhaps online banking isn't for you.",
    "Did you... try plugging it in?",
    "What on earth are you on about, the kit never came with batteries.",
    "Read the pinned post, it's right there.",
    "Check the manual, it's literally on the first page.",
    # Mock apology and mock agreement.
    "Oh we're so sorry the complimentary biscuits aren't fancy enough for you.",
    "Oh, I'm terribly sorry our free parking isn't close enough for you.",
    "Sure, we'll get right on rebuilding the website because you can't find the login button.",
    "Sure. Because the other forty guests are the problem, not you.",
    "Okay, you're the expert. Why ask us then?",
    "You're the expert, apparently.",
    "You do know our drivers sleep too, right?",
    "Fifth complaint about the parking this month. Noted. Again.",
    "As stated in the terms you agreed to (and presumably read?), refunds take a week.",
    'Another "urgent" request at midnight about a font size?',
    "You're being a complete jackass to the other parents.",
]

HOSTILE_CLEAN = [
    # Purposes explained, friendly.
    "You only pay for what you use, which is kind of the point of the plan.",
    "That's the whole point of the warranty: you're covered for two years.",
    "We wanted it to be simple. That's the point.",
    "We tried to keep the app small, that's kind of the point 😅",
    # Closers in a friendly reply.
    "Thanks again for your patience!",
    "Let us know if anything else comes up. Anyway, enjoy the weekend!",
    "Just asking, do you still have the box?",
    "Honest question, why do hotels ask for ID at check-in?",
    "If the courier lost it, you can take it up with them or we can chase it for you.",
    "I really hope this is the last time you have to deal with a broken lock.",
    # Time taken, with empathy.
    "You've been waiting 40 minutes, I'm so sorry for the delay.",
    "You've spent hours on this and I appreciate your patience.",
    # Informative "X, not Y" and ordinary explanations.
    "It's a coating, not a tint, so it won't darken the glass.",
    "The charge is from your bank, not ours, so please check with them.",
    "If the monthly fee is too much, we can pause your plan for three months.",
    "Did you try the new recipe? It's lovely.",
    "Oh no, I'm so sorry the parcel arrived damaged.",
    "Sorry the jacket wasn't warm enough for you; we'll exchange it for the winter one.",
    "Sure, we'll get right on it and call you tomorrow.",
    "You're the expert on your own garden, so tell us what works for you.",
    'Press the "Save" button at the bottom.',
    'Our "Quiet Hours" setting mutes notifications overnight.',
    # Friendly jokes with emoji.
    "Six minutes late and still the best pizza in town 😂",
    "We all know the feeling, you'll survive the Monday meetings too 😄 Let us know how it goes!",
    # Moderation notes.
    "Mod note: this thread is locked because the question has been answered.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_tone_families_flag_paraphrases_from_any_trade(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_CLEAN)
def test_hostile_tone_near_misses_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)


def test_a_closer_before_a_friendly_emoji_is_a_joke() -> None:
    assert "hostile_tone" not in kinds("The new lemon tart is seriously good, just saying 🍋")
    assert "hostile_tone" in kinds("You could have read the sign, just saying 🙄")


# --- German: the same structures in German words ----------------------------------------------

GERMAN_LEGAL_RISK = [
    # Someone else's decision promised.
    "Keine Sorge, die Versicherung wird den Schaden ganz sicher übernehmen.",
    "Der Sachbearbeiter der Krankenkasse wird Ihren Antrag bestimmt genehmigen.",
    "Ich garantiere Ihnen, dass die Bank den Kredit bewilligt.",
    # Someone else's bill sent to us.
    "Die Rechnung Ihrer Werkstatt schicken Sie bitte direkt an uns, wir kümmern uns darum.",
    "Schicken Sie mir einfach die Rechnung Ihres Tierarztes, dann ist das erledigt.",
    # A fault named as ours.
    "Das war ganz klar ein Montagefehler von uns.",
    "Das ist ein Beratungsfehler unsererseits, das gebe ich zu.",
    # Kept going although it failed, or a known problem.
    "Die Kühlung war drei Tage aus, und wir haben einfach weiter verkauft.",
    "Die Helme aus der letzten Lieferung können beim Aufprall brechen.",
    "Eigentlich dürften wir die Leitern gar nicht mehr vermieten.",
    "Wir tauschen die Akkus stillschweigend aus, ohne es zu melden.",
    # Evidence destroyed, a reason left unwritten, a claim invited.
    "Löschen Sie die Fotos am besten, bevor Sie mit der Versicherung sprechen.",
    "Die Aufnahmen würde ich vorher löschen, bevor der Gutachter kommt.",
    "Bitte nicht schriftlich begründen, einfach absagen.",
    "Sie sollten uns wirklich verklagen, ehrlich.",
    "Sie würden vor Gericht garantiert gewinnen.",
    # Regulators speculated about.
    "Wenn das Gesundheitsamt davon erfährt, sind wir dran.",
    "Die Gewerbeaufsicht wird uns nach dem Vorfall wohl eine saftige Strafe aufbrummen.",
]

GERMAN_LEGAL_CLEAN = [
    "Die Versicherung entscheidet über Ihren Antrag innerhalb von zehn Arbeitstagen.",
    "Schicken Sie uns bitte die Rechnung, damit wir den Kaufpreis erstatten können.",
    "Sie können Ihre Fotos jederzeit in der App löschen.",
    "Wir tauschen defekte Geräte innerhalb der Garantie kostenlos aus.",
    "Ihre Bestellung kommt aus der nächsten Lieferung am Montag.",
    "Wenn Sie rechtliche Schritte erwägen, wenden Sie sich bitte an unsere Rechtsabteilung.",
]

GERMAN_HOSTILE = [
    "Schön, dass Sie nach drei Wochen auch noch Zeit zum Antworten gefunden haben.",
    "Ah ja, der Router ist also schuld.",
    "Sie sind ja hier der Experte.",
    "Sie haben eine Füllung bekommen, keine Herzoperation.",
    "Das Drama ist etwas übertrieben.",
    "Genau dafür ist eine Alarmanlage ja da.",
    "Wie in meiner vorletzten Nachricht geschrieben, ist das nicht möglich.",
    "Ein viertes Mal wird es nicht verständlicher.",
    "Damit ist das Thema für uns erledigt.",
    "Niemand hält Sie auf.",
    "Es gibt ja genug andere Anbieter.",
    "Wenn Sie schon eine Stunde zu spät kommen, dann bitte nicht auch noch beschweren.",
    "Was Sie wüssten, wenn Sie die E-Mail gelesen hätten.",
    "Das ist Ihr Problem, nicht unseres.",
    "Sie lehnen seit vierzig Minuten jede Lösung ab.",
]

GERMAN_HOSTILE_CLEAN = [
    "Schön, dass Sie sich melden, wir helfen gern.",
    "Die Alarmanlage schlägt an, wenn ein Fenster offen ist.",
    "Wir haben Ihnen gestern eine Nachricht geschickt, bitte schauen Sie in den Spam-Ordner.",
    "Es gibt auch andere Tarife, die besser passen könnten, soll ich sie Ihnen zeigen?",
    "Ich verstehe, dass Sie keine der Lösungen passend fanden; ich habe noch eine Idee.",
]


@pytest.mark.parametrize("text", GERMAN_LEGAL_RISK)
def test_german_legal_risk_structures_are_flagged(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", GERMAN_LEGAL_CLEAN)
def test_german_legal_near_misses_stay_clean(text: str) -> None:
    assert "legal_risk" not in kinds(text)


@pytest.mark.parametrize("text", GERMAN_HOSTILE)
def test_german_hostile_structures_are_flagged(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", GERMAN_HOSTILE_CLEAN)
def test_german_hostile_near_misses_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)


LEGAL_RISK_MORE = [
    # Damage by our own people owned, a duty missed before a harm.
    "Our glazier chipped the sill while fitting the pane, sorry about that.",
    "The movers scratched your piano, we'll sort it.",
    "The technician forgot to reconnect the earth wire, which is why you got a shock.",
    "We should have warned you the ladder can slip on wet tiles.",
    "Legally we're responsible for the flood since our pipe burst.",
    # Flaws of a line, recalls.
    "Those brackets are known to snap under a heavy TV.",
    "That padlock can be opened with a hairpin, to be honest.",
    "The heaters failed the fire test but we still sell them.",
    "The recall is coming, they just haven't said when.",
    # Coaching a claim, waivers, silence paid for.
    "Don't tell your insurer the window was left open.",
    "Just say the car was locked when you file the claim.",
    "The insurance company won't find out, don't worry.",
    "Sign the form and you can't sue us later.",
    "We'll send you a £100 voucher, just don't post about it.",
    # A lawyer urged, a payout promised.
    "Honestly, get a lawyer, they owe you.",
    "I'll make sure you get compensation for the ruined holiday.",
    # Warnings to be ignored in other words.
    "Tape over the warning light, it's just a sensor fault.",
    "Keep using it even if it smells a bit, that's normal.",
    "Take three tablets instead of two if it still hurts.",
]

LEGAL_CLEAN_MORE = [
    "We're not liable for items left in the corridor, as the rental terms say.",
    "Our driver delivered the parcel at 10:02 and left it with your neighbour.",
    "We should have told you about the delay sooner, sorry.",
    "If you wish, you can get a lawyer to review the contract before you sign.",
    "The recall notice for the kettles is on our website with the batch numbers.",
    "Please tell your insurer the claim number we gave you.",
]


@pytest.mark.parametrize("text", LEGAL_RISK_MORE)
def test_more_legal_risk_shapes_are_flagged(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", LEGAL_CLEAN_MORE)
def test_more_legal_near_misses_stay_clean(text: str) -> None:
    assert "legal_risk" not in kinds(text)


HOSTILE_MORE = [
    "I'll explain it one more time: the voucher expires in March.",
    "Let me spell it out for you once more.",
    "I'm not going to keep repeating myself.",
    "If that's a problem, feel free to take your business elsewhere.",
    "We do have other customers, you know.",
    "That's what happens when you skip the annual service.",
    "You get what you pay for.",
    "It's literally on the label.",
    "Not sure which part of 'no pets' was difficult.",
]

HOSTILE_CLEAN_MORE = [
    "If the price is too high for you, you're welcome to compare; we'll match any quote.",
    "Here's what happens when you book: we confirm by email within an hour.",
    "The allergen list is on the label and on the website.",
    "We'll explain the options once more on the call, whichever suits you.",
]


@pytest.mark.parametrize("text", HOSTILE_MORE)
def test_more_hostile_shapes_are_flagged(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_CLEAN_MORE)
def test_more_hostile_near_misses_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)

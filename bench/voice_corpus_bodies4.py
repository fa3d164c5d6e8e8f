# ruff: noqa: E501, E741 - one message per line reads better than wrapped strings
"""Ninth batch of training bodies (branch voice-v4), over invented companies in sectors no
evaluation set uses (a ferry line, a cinema chain, a vet practice, a plant nursery, a
coworking space, a bakery chain, a car wash, a museum, a podcast app, a bike-repair shop, a
car-sharing club, a climbing hall, a pharmacy delivery service, a tax app). Written for the
kinds of misses found on holdout3, described in general terms (bench/README.md, voice-v4),
not copied from any set: praise that tells of a bad time first, sarcasm in warm words,
complaints asked as questions, worried or excited questions, ideas said as "would be
helpful if", thanks that only close an exchange, community chatter.

GERMAN holds German bodies: the embedding model reads English, so German cue terms ("bitte",
"leider", "schon wieder", "danke") reach the heads through the bag of terms. Labels follow
bench/eval/README.md's guide (sections 3 and 4)."""

# fmt: off
Q, P, C, PR, I, O = "question", "problem", "complaint", "praise", "idea", "other"
NEG, NEU, POS = "negative", "neutral", "positive"

BODIES: list[tuple[str, str, str]] = [
    # praise that first tells of a bad time, an injury, an outage or a loss
    (PR, POS, "After my dog's surgery I was a wreck, but the night nurse at the vet practice called me twice with updates. I'll never forget that kindness."),
    (PR, POS, "The ferry was cancelled because of the storm and I expected chaos. Instead we got hotel vouchers and seats on the first boat. Impressed."),
    (PR, POS, "I broke my wrist last spring and thought climbing was over for me. The coaches at the hall built me a rehab plan and I topped my first 6a today."),
    (PR, POS, "The app was down all Saturday, but you refunded every booking and added a free wash. That's how you handle a bad day."),
    (PR, POS, "My late father's old bike had been sitting in the shed for ten years. The repair shop brought it back to life and even kept his bell."),
    (PR, POS, "I'm blind in one eye and the large-text mode in the tax app meant I filed my return alone for the first time. Means a lot."),
    (PR, POS, "Grief makes everything hard, and the pharmacy driver who noticed I was struggling and carried the box inside made my week."),
    (PR, POS, "Unpopular opinion: the cinema on Mill Road has the comfiest seats in the country. Staff cleaned between every showing too. Respect."),
    (PR, POS, "whoever designed the new booking screen: i owe you a coffee. two taps and done"),
    (PR, POS, "the car-sharing app unlocked the car even with zero signal in the underground garage. genius. no more running up the ramp"),
    (PR, POS, "Kudos to the museum team: the new audio guide works offline and my kids actually listened to all of it 👏"),
    (PR, POS, "huge respect to the coworking staff, power cut for three hours and they had coffee and candles going in ten minutes 🫡"),
    (PR, POS, "that worked! the plants arrived today in perfect shape, thanks for sending the replacement so fast"),
    (PR, POS, "fixed, it's syncing again. thank you, you saved my evening"),
    (PR, POS, "[Trustpilot 5 stars] Ordered a fig tree, it came wrapped like a newborn and is already putting out leaves. Gorgeous plants."),
    (PR, POS, "I'm 78 and don't get on with apps, but the podcast app's big play button and simple menus mean I listen every morning now. Very pleased."),
    # sarcasm in warm words: complaint, negative
    (C, NEG, "oh brilliant, the ferry app cancelled my booking and kept the money. love that for me 🙃"),
    (C, NEG, "amazing service as always: waited 40 minutes at the car wash, machine broken, nobody told us. truly world class"),
    (C, NEG, "Thanks for nothing. My prescription was 'out for delivery' for three days and never came."),
    (C, NEG, "cool cool cool, the cinema now charges a 'booking convenience fee' for booking online. so convenient"),
    (C, NEG, "Love how the new app update removed the one feature I used. Really thoughtful, thanks for asking us first."),
    (C, NEG, "Patch 2.1: fixes one bug, adds four. At this rate the release notes should just say 'good luck'."),
    (C, NEG, "ah yes, the 'satisfaction promise': send photos, wait two weeks, get a 5% voucher. I'm thrilled. Overjoyed even."),
    (C, NEG, "great, the bakery 'loyalty card' now expires after 3 months. really rewarding my loyalty there 👏"),
    # complaints asked as questions: the grievance is the point
    (C, NEG, "Why does the car-sharing club charge a cleaning fee for sand in the footwell? It's a beach town. Ridiculous."),
    (C, NEG, "Does anyone at the vet practice actually read the notes? Third time I've had to explain my cat's allergy. Unbelievable."),
    (C, NEG, "Who decided that the climbing hall should close at 8pm on weekdays now? Half of us work until 6. Terrible decision."),
    (C, NEG, "Is quality control at the nursery just a guess? Two of my three hedges arrived dead. For £60. Not good enough."),
    (C, NEG, "why do I need an account, an app AND a text code just to buy one cinema ticket? gave up and went elsewhere"),
    (C, NEG, "How is it acceptable that the ferry sells more car spaces than the boat has? We were left on the quay with two kids."),
    # complaints told calmly, a policy or repeated failure, no swearing
    (C, NEG, "This is the fourth time I've contacted you about the same double charge. I would like it refunded and an explanation."),
    (C, NEG, "The 'open 24 hours' car wash was locked at 10pm again. No notice on the website. I'll take my money elsewhere."),
    (C, NEG, "You removed the evening showings at the small cinema without telling members. We paid for a year expecting them."),
    (C, NEG, "I cancelled in January and you've taken my fee twice since. I want both payments back."),
    # worried questions: question, negative
    (Q, NEG, "I'm really nervous: my dog has his operation tomorrow. Does he need to fast overnight, and can I stay with him before?"),
    (Q, NEG, "If I cancel the tax app now, will I lose access to last year's return?? I need it for a mortgage and I'm panicking a bit"),
    (Q, NEG, "got an email from 'the pharmacy' asking me to confirm my card details by link. is this real? it looks off and I'm worried"),
    (Q, NEG, "My ferry leaves in two hours and the booking still says 'pending'. Will I be allowed on board?? so stressed"),
    (Q, NEG, "I'm scared I'll do it wrong: how do I report a change of address in the tax app without messing up my return?"),
    # excited questions: question, positive
    (Q, POS, "Just did my first bouldering session and I'm hooked 😍 how often should a beginner climb per week?"),
    (Q, POS, "ok I'm obsessed with this podcast app now 😂 can I make a playlist for my commute?"),
    (Q, POS, "Loved the museum late so much! Do you do these every month? Can't wait to bring friends 🎉"),
    (Q, POS, "our puppy's first vet visit went so well, everyone was lovely 🐶 when should we book his next jabs?"),
    # problems told with distress, no blame: problem, negative
    (P, NEG, "The tax app deleted my draft return, three evenings of work, and the deadline is Friday. I'm really upset. Can it be restored?"),
    (P, NEG, "i can't log in since i changed my phone and the code goes to the old number 😰 my prescriptions are in there, please help"),
    (P, NEG, "My car-share booking vanished and I'm stuck at the station with my luggage and no way home. Please help, I'm quite desperate."),
    (P, NEG, "The plant order for my mum's memorial garden says 'delivery exception' and the service is on Saturday. I'm so worried it won't arrive."),
    # calm fault reports: problem, neutral
    (P, NEU, "The lockers at the climbing hall don't take the new coins, two of us tried this morning. Just letting you know."),
    (P, NEU, "the podcast app skips the last minute of every episode since yesterday. android 14"),
    (P, NEU, "Cinema screen 3 has a flickering bulb on the left side, it was there on Tuesday and Friday."),
    (P, NEU, "I booked a wash for 9:00 and the code you sent doesn't open the gate. Could you send a new one?"),
    # praise wrapping a fault: problem, positive
    (P, POS, "Love the new bakery app, ordering is so quick! One thing: my pickup time always shows an hour off. Could you check?"),
    (P, POS, "The new cinema seats are fantastic!! only thing, my booking shows row F but the ticket scanner says row G. which is right?"),
    # ideas said as "would be helpful", "suggestion", "could you", with feeling
    (I, NEU, "Would be helpful if the ferry app showed the deck plan when you pick a cabin."),
    (I, NEU, "Suggestion: a reminder the day before my vet appointment, by text, not only e-mail."),
    (I, NEU, "could you make the timer visible on the car wash screen? I never know how long is left"),
    (I, NEU, "It would be nice to have a calmer range of cards for sympathy bouquets. The current ones are all very bright."),
    (I, NEU, "[App Store review 3 stars] Works fine. Please add fingerprint login, typing the password every time is a pain."),
    (I, NEG, "So fed up of losing my place when the app crashes mid-episode. Add a 'resume where I was' button please, this is getting old."),
    (I, NEG, "It's disheartening to miss every late opening because they're always on Thursdays and I work shifts. Could some be on weekends?"),
    (I, POS, "Best climbing hall in town! Only wish: a kids' corner so parents can climb too. Would be perfect."),
    (I, POS, "ok hear me out: a cinema night where they show the film with the director's commentary 🍿 I'd go every month"),
    (I, POS, "your Christmas market stall was the best thing in town. you should do a spring one with plants and pastries 🌸"),
    # thanks and acknowledgements that close an exchange: other, neutral
    (O, NEU, "ok cheers, that's all I needed"),
    (O, NEU, "thanks for getting back to me, I'll try again tonight"),
    (O, NEU, "alright, that's everything, bye"),
    (O, NEU, "great, will give that a go after work"),
    (O, NEU, "Understood, thank you. I'll wait for the e-mail then."),
    # community chatter, jokes, show-and-tell, polls: other
    (O, NEU, "Poll: which is worse at the climbing hall, the chalk dust or the music? I say tie."),
    (O, NEU, "me: I'll just pick one podcast episode\nme 2 hours later: still scrolling the list"),
    (O, NEU, "LF a climbing partner for Thursday evenings, intermediate, happy to belay."),
    (O, NEU, "ferry day tomorrow, see you all on the 7am crossing I guess"),
    (O, POS, "Rainy Sunday, blanket, and a three-hour film at the little cinema. Perfect day honestly ☕"),
    (O, POS, "Finally finished repotting all 40 of my houseplants. My living room is a jungle now and I love it 🌿"),
    (O, POS, "My daughter just climbed her first wall all the way to the top and rang the bell. Proud dad moment."),
    (O, NEG, "Heads up: someone is selling fake ferry tickets on a marketplace group. My neighbour lost £80. Please share."),
    (O, NEG, "ngl the film breaking down right at the final scene is the most me thing ever 😩"),
    (O, NEU, "Hello, we make eco-friendly packaging and would love to talk about supplying your bakeries. Who handles purchasing?"),
    (O, NEU, "Do you have a creator programme? I review podcasts on my channel and would like early access to new features."),
    # questions that only look like faults or ideas
    (Q, NEU, "What size should photos be for the big museum print? The upload shows a warning but they look fine to me."),
    (Q, NEU, "Could you send me an invoice for last year's membership? My employer pays half and needs the VAT number."),
    (Q, NEU, "Are the car wash brushes safe for matte paint?"),
    (Q, NEU, "Do you offer organic or peat-free compost?"),
]

GERMAN: list[tuple[str, str, str]] = [
    # Frage
    (Q, NEU, "Wie kann ich meine Lieferadresse ändern, bevor die Bestellung verschickt wird?"),
    (Q, NEU, "Gibt es einen Studentenrabatt für die Jahreskarte?"),
    (Q, NEU, "Ab wann kann ich online einchecken?"),
    (Q, NEU, "kann man die Mitgliedschaft auch für zwei Monate pausieren?"),
    (Q, NEU, "Welche Unterlagen brauche ich für die Anmeldung?"),
    (Q, NEU, "Habt ihr am Feiertag geöffnet?"),
    (Q, NEU, "Wo finde ich meine Rechnung in der App?"),
    (Q, NEG, "Ich mache mir echt Sorgen: wird mein Paket noch vor Samstag ankommen? Es ist ein Geburtstagsgeschenk."),
    (Q, POS, "Bin total begeistert von der App 😍 kann ich meine Playlist auch mit Freunden teilen?"),
    (Q, NEU, "Sind die Kurse auch für Anfänger geeignet?"),
    (Q, NEU, "Wie lange dauert eine Erstattung normalerweise?"),
    (Q, NEU, "Könnt ihr mir sagen, ob der Tarif auch im Ausland gilt?"),
    # Problem
    (P, NEU, "Die App stürzt seit dem letzten Update beim Öffnen ab. Android 14."),
    (P, NEU, "Mein Code für das Tor funktioniert nicht, könnt ihr mir einen neuen schicken?"),
    (P, NEU, "Die Bestellung ist seit fünf Tagen unterwegs und die Sendungsverfolgung zeigt nichts Neues."),
    (P, NEU, "Ich kann mich nicht mehr einloggen, das Passwort wird nicht angenommen."),
    (P, NEU, "Bei mir wurde der Betrag doppelt abgebucht. Könnt ihr das bitte prüfen?"),
    (P, NEU, "Der Spind 12 lässt sich nicht mehr abschließen, das Schloss klemmt. Nur zur Info."),
    (P, NEG, "Mein Entwurf ist weg, drei Abende Arbeit, und die Frist ist Freitag. Ich bin echt verzweifelt. Kann man das wiederherstellen?"),
    (P, NEG, "ich komme nicht mehr in mein konto und alle meine fotos sind da drin 😰 bitte helft mir"),
    (P, POS, "Die neue App ist super! Nur eine Sache: die Abholzeit wird immer eine Stunde falsch angezeigt."),
    (P, NEU, "In der Umkleide ist die Dusche seit Montag kalt."),
    (P, NEU, "Der Gutscheincode wird an der Kasse nicht akzeptiert, obwohl er noch gültig ist."),
    (P, NEU, "das video bleibt nach 10 sekunden immer hängen, egal welches"),
    # Beschwerde
    (C, NEG, "Das ist jetzt das dritte Mal, dass ich mich melde. Niemand antwortet. Absolut inakzeptabel."),
    (C, NEG, "Ihr habt mir nach der Kündigung schon wieder Geld abgebucht. Ich will das sofort zurück, sonst gehe ich zum Anwalt."),
    (C, NEG, "Super Service mal wieder 🙄 40 Minuten in der Warteschleife und dann aufgelegt."),
    (C, NEG, "Frechheit! Die Preise einfach um 20 % erhöhen, ohne uns vorher zu informieren."),
    (C, NEG, "Warum muss ich für eine einzige Bestellung ein Konto anlegen UND eine SMS bestätigen? Lächerlich."),
    (C, NEG, "Nie wieder. Lieferung zwei Wochen zu spät, Ware kaputt und der Kundendienst ist eine Katastrophe."),
    (C, NEG, "Danke für nichts. Der Techniker ist wieder nicht gekommen und ich habe mir extra freigenommen."),
    (C, NEG, "Wer hat sich diese neue Regel ausgedacht? Abends nur noch bis 20 Uhr offen, obwohl alle bis 18 Uhr arbeiten. Unfassbar."),
    (C, NEG, "Ich bin seit Jahren Kunde und so werde ich behandelt? Enttäuschend, ich kündige."),
    (C, NEG, "Toll, die App hat mich schon wieder ausgeloggt. Genau das, was man morgens um 7 braucht 🙃"),
    (C, NEG, "Schlechtester Kundenservice, den ich je erlebt habe. Keine Antwort auf drei E-Mails."),
    (C, NEG, "[Trustpilot 1 Stern] Dreckig, laut und überteuert. Personal zuckt nur mit den Schultern. Nicht zu empfehlen."),
    # Lob
    (PR, POS, "Vielen Dank für die schnelle Hilfe, jetzt funktioniert alles wieder!"),
    (PR, POS, "Ganz großes Lob an das Team, super freundlich und kompetent."),
    (PR, POS, "Die Lieferung kam einen Tag früher als angekündigt, perfekt verpackt. Top!"),
    (PR, POS, "Nach meiner Verletzung hatte ich Angst vor dem Training, aber mein Trainer war unglaublich geduldig. Danke!"),
    (PR, POS, "Kündigung ging ohne Diskussion durch, sogar mit guten Wünschen. Das sieht man selten. Respekt."),
    (PR, POS, "Beste Entscheidung dieses Jahr, ich liebe es ❤️"),
    (PR, POS, "Hat geklappt, das Tor geht wieder! Danke, ihr habt meinen Morgen gerettet."),
    (PR, POS, "Seit zwei Jahren nicht ein einziges Problem. Kann ich nur empfehlen."),
    (PR, POS, "Die neue Funktion ist genial, endlich muss ich nicht mehr mein Handy suchen 👏"),
    (PR, POS, "Ich bin 72 und nicht gut mit Technik, aber mit eurer App komme ich super zurecht. Sehr zufrieden."),
    (PR, POS, "Was für ein toller Kurs gestern, die Trainerin war der Hammer! 💪"),
    (PR, POS, "[App Store Bewertung 5 Sterne] Schnell, übersichtlich, macht einfach Spaß."),
    # Idee
    (I, NEU, "Es wäre super, wenn man in der App auch die Auslastung sehen könnte."),
    (I, NEU, "Vorschlag: eine Erinnerung per SMS einen Tag vor dem Termin."),
    (I, NEU, "Könntet ihr bitte einen Dunkelmodus einbauen?"),
    (I, NEU, "Wäre schön, wenn es auch eine vegane Variante gäbe."),
    (I, POS, "Ich liebe euren Laden! Eine Kinderecke wäre noch das i-Tüpfelchen 😊"),
    (I, POS, "Die App ist klasse. Toll wäre noch eine Funktion zum Teilen von Listen mit Freunden."),
    (I, NEG, "Echt nervig, dass man die Kurse nur eine Woche im Voraus buchen kann. Bitte auf zwei Wochen erweitern."),
    (I, NEU, "Plant ihr, auch Sonntags zu öffnen? Würde mich sehr freuen."),
    (I, NEU, "Bitte fügt Apple Pay als Zahlungsmethode hinzu."),
    (I, NEU, "Eine Warteliste für ausgebuchte Kurse wäre hilfreich."),
    (I, NEG, "Ich finde es frustrierend, dass es keine Monatsrechnung als PDF gibt. Könnt ihr das bitte ergänzen?"),
    (I, NEU, "Wie wäre es mit einem Familientarif für drei Personen?"),
    # Sonstiges
    (O, NEU, "Ok danke, das war alles."),
    (O, NEU, "Alles klar, ich probiere es heute Abend nochmal."),
    (O, NEU, "Ich bin bis zum 14. April nicht im Büro und habe nur eingeschränkt Zugriff auf E-Mails."),
    (O, NEU, "Hallo, wir sind eine kleine Agentur und würden gern über eine Kooperation sprechen. Wer ist zuständig?"),
    (O, NEU, "Sucht noch jemand einen Trainingspartner für Dienstagabend?"),
    (O, NEU, "👍"),
    (O, NEU, "💰 Verdiene 300 € am Tag von zu Hause!! Schreib mir jetzt 🤑"),
    (O, NEG, "Achtung: Es gehen gefälschte E-Mails im Namen des Anbieters rum. Nicht auf den Link klicken! Meine Nachbarin hat 200 € verloren."),
    (O, POS, "Endlich meinen ersten Halbmarathon geschafft!! Beine sind Pudding, aber ich bin so glücklich 🏅"),
    (O, POS, "Regnerischer Sonntag, Tee und ein gutes Buch. Perfekt ☕"),
    (O, NEU, "Umfrage: Was ist schlimmer, die Musik oder die Temperatur in der Halle?"),
    (O, NEG, "Was für eine Woche. Job verloren, Auto kaputt. Musste das mal loswerden."),
]

"""Demo threads for the "Getting started & installation" space: unboxing, wiring, pairing, first days."""

# fmt: off
THREADS = [
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_jen",
        "title": "No neutral wire at my old thermostat: can I still fit the T2?",
        "body": "Took the old Honeywell off the wall and there are only two wires behind it, a brown and "
                "a black (black has a bit of brown sleeve on it). The T2 wall plate has L, N, 1, 2, 3.\n\n"
                "Is this a dead end or is there a way round it without chasing a new cable through the wall?",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 212,
        "views": 1840,
        "votes": 24,
        "status": "solved",
        "replies": [
            {"author": "olu_a",
             "body": "Very common in UK houses, you've got a switched-live pair: permanent live in, switched "
                     "live back to the boiler. The T2 needs a neutral at the wall because it runs Wi-Fi all "
                     "day, so you have two options:\n\n"
                     "1. Run a 3-core cable to the thermostat position (the proper fix, but plaster work).\n"
                     "2. Get the **T2 wireless kit**: the T2 sits on its desk stand with the USB power "
                     "supply, and the R2 receiver goes at the boiler where it switches the same two wires.\n\n"
                     "If you go for option 2, put a blank plate over the old back box and **isolate the "
                     "cable at both ends** so nobody finds a live pair behind it in ten years.",
             "votes": 15, "accepted": True, "hours_later": 2},
            {"author": "agent_ciaran",
             "body": "Olu's spot on. If you already bought the wall-mount T2 you can swap it for the wireless "
                     "kit within 30 days, just message us with the order number and we'll do an exchange "
                     "rather than a refund so you don't pay twice.",
             "votes": 4, "hours_later": 5},
            {"author": "c_jen",
             "body": "Exchange done, R2 is in and the boiler clicks on when I turn the T2 up. Thank you both!",
             "votes": 2, "hours_later": 76},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_aisha",
        "title": "Setup stuck at 'Connecting to Wi-Fi' with a BT Smart Hub 2",
        "body": "T2 finds my network in the list, I type the password (triple checked), and then it sits "
                "on *Connecting to Wi-Fi...* for about two minutes before showing **E03**.\n\n"
                "Phone and laptop are fine on the same network. Router is a BT Smart Hub 2.",
        "tags": ["wifi", "t2-thermostat", "pairing"],
        "days_ago": 167,
        "views": 2410,
        "votes": 31,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "The Smart Hub 2 broadcasts 2.4 and 5 GHz under one name ('Smart Wireless') and it "
                     "sometimes steers the thermostat onto a band it can't actually use. The T2 is 2.4 GHz only.\n\n"
                     "Log into the hub (192.168.1.254) > Advanced settings > Wireless > turn **Sync with 2.4 GHz** "
                     "off and give the 2.4 GHz band its own name, e.g. `BT-XXXX-2G`. Join the T2 to that one. "
                     "Your other devices won't care.",
             "votes": 12, "accepted": True, "hours_later": 1},
            {"author": "c_aisha",
             "body": "That was it. Connected in about ten seconds on the separate network. Why doesn't the "
                     "setup guide mention this?",
             "votes": 3, "hours_later": 3},
            {"author": "agent",
             "body": "Fair question. It's in the troubleshooting article but not in the printed guide, and "
                     "the Smart Hub 2 is probably the single most common router we see. I've passed this "
                     "thread to the docs folks so the app shows a hint after an E03.",
             "votes": 5, "hours_later": 20},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "customer",
        "title": "Will the V1 fit the old Drayton valve bodies in my flat?",
        "body": "Just got the T2 + four V1 starter pack. The radiators in my flat have old Drayton TRV "
                "heads (the white ones with numbers 0-5). Unscrewed one and the thread on the valve "
                "body looks smaller than the M30 adapter in the box.\n\n"
                "Do I need new valve bodies? I'd rather not drain the system in a rented flat.",
        "tags": ["v1-valve"],
        "days_ago": 391,
        "views": 960,
        "votes": 11,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "No need to drain anything. Older Drayton bodies (RT212 and friends) use their own "
                     "M28 thread, which is why the M30 adapter wobbles. Halden makes a Drayton adapter "
                     "ring for exactly this; it's just not in the standard box.\n\n"
                     "Screw the adapter on by hand only, then the V1, then let it calibrate. Don't use pliers "
                     "on the adapter, the plastic cracks.",
             "votes": 9, "accepted": True, "hours_later": 4},
            {"author": "agent_ciaran",
             "body": "Chris, I've sent you a DM. We post Drayton adapters free of charge if you bought a "
                     "starter pack, four are on the way to Leeds.",
             "votes": 3, "hours_later": 7},
            {"author": "customer",
             "body": "Adapters arrived Thursday, all four valves calibrated first time. Brilliant service.",
             "votes": 2, "hours_later": 70},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_mark",
        "title": "E14 straight after installing the T3 on a Vaillant ecoTEC plus",
        "body": "Wired the T3 to the boiler with two wires like the video shows, set it to OpenTherm in "
                "the setup, and within a minute it says **E14 No boiler connection**. Boiler is a "
                "Vaillant ecoTEC plus 832, about six years old.\n\n"
                "Swapped the wires round in case it was polarity, same result.",
        "tags": ["t3-thermostat", "opentherm", "wiring"],
        "days_ago": 143,
        "views": 1320,
        "votes": 17,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Polarity doesn't matter for OpenTherm, so don't worry about that. The catch is that "
                     "Vaillant boilers don't speak OpenTherm: they use their own **eBUS**. Plugging an "
                     "OpenTherm thermostat straight into the eBUS terminals gives you exactly this E14.\n\n"
                     "Two options:\n"
                     "- fit Vaillant's OpenTherm adapter module in the boiler (**VR 33** on most ecoTEC plus, "
                     "VR 34 on some newer models; check the manual), then the T3 can modulate "
                     "the flow temperature;\n"
                     "- or wire the T3 as a simple on/off switch to the 24V room thermostat terminals "
                     "(3-4-5 on most ecoTECs) and choose *Relay* in the T3 setup.\n\n"
                     "The adapter route is nicer for efficiency but costs about the same as a night out.",
             "votes": 14, "accepted": True, "hours_later": 3},
            {"author": "agent_ciaran",
             "body": "Thanks Ingrid. Mark, for what it's worth our compatibility checker listed your boiler "
                     "as 'OpenTherm with adapter' but the wording is easy to miss. We're making that "
                     "warning louder in the checker.",
             "votes": 4, "hours_later": 9},
            {"author": "c_mark",
             "body": "Installer fitted the VR 33 this morning. No E14 since and the boiler is running at "
                     "lower flow temps than it ever did before. Cheers.",
             "votes": 5, "hours_later": 190},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_kwame",
        "title": "Best way to set up six rented flats under one account?",
        "body": "I own six flats in one building and I'm putting a T2 in each. Questions before I start:\n\n"
                "- Can I have all six under my account as separate homes?\n"
                "- Can each tenant control their own flat without seeing the others?\n"
                "- When a tenant leaves, how do I remove their access without resetting the thermostat?\n\n"
                "Don't want to get this wrong six times.",
        "tags": ["t2-thermostat", "installers", "web-dashboard"],
        "days_ago": 301,
        "views": 740,
        "votes": 9,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "Hi Kwame, yes to all three with one caveat.\n\n"
                     "1. In the app, *Settings > Homes > Add home*, create one home per flat and pair each "
                     "T2 into its own home.\n"
                     "2. Invite each tenant from that home's *Members* screen as a **Guest**. Guests can "
                     "change temperatures and schedules for that home only.\n"
                     "3. Removing a guest is one tap; the thermostat keeps its schedule.\n\n"
                     "The caveat: as the owner you'll see every flat's temperature history. Worth mentioning "
                     "that in the tenancy agreement.",
             "votes": 6, "hours_later": 5},
            {"author": "c_kwame",
             "body": "Helpful. Is there a way to stop a guest setting 28 degrees all winter? I include heating "
                     "in the rent for two of the flats.",
             "votes": 1, "hours_later": 9},
            {"author": "pm_sophie",
             "body": "On the T3 you can: *Settings > Heating > Allowed range*, e.g. 16-21 °C. The T2 doesn't "
                     "have that yet. It's a fair ask for rentals, so I've added your case to our list.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_emma",
        "title": "Where is the pairing code if the sticker has peeled off the back?",
        "body": "The sticker on the back of my T2 came off with the packaging foam and went in the recycling "
                "before I noticed. App is asking for the 6-digit code. Any way to get it?",
        "tags": ["pairing", "t2-thermostat"],
        "days_ago": 88,
        "views": 530,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "No panic. On the T2 itself: hold both buttons for 10 seconds until the screen shows `INFO`, "
                     "then press up until you see `CODE`. It scrolls the same six digits as the sticker.\n\n"
                     "(For V1 valves the code is also printed inside the battery cover, so that one is harder "
                     "to lose.)",
             "votes": 7, "accepted": True, "hours_later": 1},
            {"author": "c_emma",
             "body": "Found it, thank you! Paired.",
             "votes": 0, "hours_later": 2},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_luca",
        "title": "V1 calibration never finishes, display keeps flashing CAL",
        "body": "Fitted my third V1 tonight. The first two calibrated in under a minute. This one has been "
                "flashing `CAL` for 25 minutes and I can hear the motor going back and forth every so often.\n\n"
                "Radiator is in the hallway, old valve body, no idea what make. Should I just leave it overnight?",
        "tags": ["v1-valve"],
        "days_ago": 0,
        "views": 28,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_pieter",
        "title": "Remeha Tzerra Ace: connect the T3 as OpenTherm or on/off?",
        "body": "We have a Remeha Tzerra Ace 28c (2021). The old thermostat was an on/off one. I read the T3 "
                "can do OpenTherm. Is it worth it, and do I connect it to the same two wires?",
        "tags": ["opentherm", "t3-thermostat", "wiring"],
        "days_ago": 256,
        "views": 1150,
        "votes": 12,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Definitely use OpenTherm with a Tzerra. It has R-Bus, which accepts OpenTherm "
                     "thermostats on the same two terminals your on/off thermostat used. No bridge to change, "
                     "polarity doesn't matter.\n\n"
                     "Is it worth it? Yes. With on/off the boiler runs at whatever flow temperature is set on "
                     "the boiler (often 70+ °C). With OpenTherm the T3 asks for only as much as the house "
                     "needs, so the boiler condenses far more of the time. In our house in Utrecht that was "
                     "roughly 8-10% less gas over a winter.\n\n"
                     "After connecting, set *Max flow temperature* in the T3 to 60 °C to start with.",
             "votes": 11, "accepted": True, "hours_later": 6},
            {"author": "c_pieter",
             "body": "Bedankt Ingrid. Connected, T3 shows the boiler's flow temperature and the OpenTherm "
                     "icon. Very happy.",
             "votes": 1, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_george",
        "title": "Do I legally need an electrician to fit a T2 in England?",
        "body": "Straight swap of an old mains thermostat for a T2, same wires, same position. I'm "
                "reasonably handy. Is this notifiable work under Part P or can I just do it?",
        "tags": ["wiring", "installers", "t2-thermostat"],
        "days_ago": 320,
        "views": 1490,
        "votes": 14,
        "status": "answered",
        "replies": [
            {"author": "olu_a",
             "body": "Not legal advice, but from the sparky side: replacing an accessory like-for-like on an "
                     "existing circuit isn't notifiable under Part P in England. Adding a new circuit, or "
                     "anything in a bathroom zone, is a different story.\n\n"
                     "What catches people is not the law, it's isolation. The thermostat is fed from the "
                     "boiler's fused spur, so switching off the boiler on its front panel is **not** enough. "
                     "Turn off the spur and check dead with a proper tester, not a screwdriver with a neon.",
             "votes": 13, "hours_later": 3},
            {"author": "agent",
             "body": "From our side: self-install doesn't affect your warranty. If you'd rather not, there's "
                     "a list of Halden-trained installers on the website, search by postcode.",
             "votes": 2, "hours_later": 8},
            {"author": "c_george",
             "body": "Thanks both. Bought a voltage tester, will report back.",
             "votes": 1, "hours_later": 11},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_zofia",
        "title": "'Device already registered' when adding a second-hand T2",
        "body": "Bought a T2 from a neighbour who moved to a heat pump. When I scan the code the app says "
                "**This device is already registered to another account**. He factory reset it before giving "
                "it to me (held both buttons for 30 seconds). What now?",
        "tags": ["pairing", "t2-thermostat"],
        "days_ago": 134,
        "views": 680,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "A factory reset wipes the thermostat but not the link in our cloud, that's deliberate "
                     "so stolen thermostats can't simply be re-registered.\n\n"
                     "Easiest: ask your neighbour to open the app and remove the T2 under "
                     "*Settings > Devices > T2 > Remove device*. That frees it instantly. If he's already "
                     "deleted his account or can't get in, message us the serial number and a short note "
                     "from him and we'll release it manually.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "c_zofia",
             "body": "He had it still in his app under an old home. Removed, paired, done. Thanks Lena.",
             "votes": 1, "hours_later": 22},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_rob",
        "title": "Include a Danfoss RAS-C adapter in the V1 four-pack",
        "body": "Every radiator in our 1990s house has Danfoss RAS-C bodies. The box has adapters for Danfoss "
                "RA, RAV and RAVL but not RAS-C, so I had to wait a week for a bag of adapters before I could fit anything.\n\n"
                "RAS-C is really common in the UK and Ireland. Please just put one in the box.",
        "tags": ["v1-valve"],
        "days_ago": 229,
        "views": 610,
        "votes": 27,
        "status": "planned",
        "status_reason": "Agreed. From the next production run the V1 four-pack also includes a RAS-C "
                         "adapter; until then support sends them free on request.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "c_mark",
             "body": "+1, same in our house in Cork. A week with the valves sitting in a box on the table.",
             "votes": 6, "hours_later": 12},
            {"author": "pm_sophie",
             "body": "You're right, and the return data backs you up: 'wrong adapter' is the top reason for "
                     "valve support contacts in the UK and IE. We've changed the four-pack bill of materials; "
                     "new boxes should reach the shop in about two months. I'll update this thread when they do.",
             "votes": 11, "hours_later": 50},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_sarah",
        "title": "Combi boiler: do I connect anything to the hot-water terminals on the T3?",
        "body": "The T3 has a second set of terminals marked HW. We have a Baxi 600 combi, so no hot-water "
                "tank. Do I leave them empty? And will the app still show a hot water section?",
        "tags": ["t3-thermostat", "wiring", "opentherm"],
        "days_ago": 97,
        "views": 720,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "olu_a",
             "body": "Leave HW empty. With a combi the boiler makes hot water on demand when a tap opens, the "
                     "thermostat has nothing to switch.\n\n"
                     "In the setup wizard answer *No* to 'Do you have a hot water cylinder?' and the hot water "
                     "tab disappears from the app. If you're on OpenTherm (the Baxi 600 supports it) you can "
                     "still set the combi's hot water temperature from the T3, which is a nice bonus.",
             "votes": 6, "hours_later": 2},
            {"author": "c_sarah",
             "body": "Perfect, exactly what I needed.",
             "votes": 0, "hours_later": 4},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_ahmed",
        "title": "Is it OK to mount the T2 in a bathroom?",
        "body": "The only wall with the old thermostat cable is in the bathroom, next to the door, well away "
                "from the shower. Is the T2 rated for that? What IP rating does it have?",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 6,
        "views": 74,
        "votes": 1,
        "status": "open",
        "replies": [
            {"author": "c_noor",
             "body": "Following, the previous owners of our house did the same thing and I've always wondered.",
             "votes": 0, "hours_later": 15},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_dan",
        "title": "T2 reads 3 degrees higher than my other thermometers since mounting it",
        "body": "Before mounting, sitting on the table, the T2 agreed with my two cheap thermometers within "
                "half a degree. Since I put it on the wall in the hall it reads **21.5** when the hall is "
                "18.5. House is cold and the heating never comes on.\n\n"
                "Wall is an internal one, no radiator nearby.",
        "tags": ["t2-thermostat"],
        "days_ago": 58,
        "views": 890,
        "votes": 13,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "When it reads *higher* on the wall, the culprit is nearly always warm air coming up "
                     "through the back box. Hall wall, old cable, probably a cavity running up from a warm "
                     "boiler cupboard or the floor void under the kitchen.\n\n"
                     "Pop the T2 off, push a bit of decorator's putty or a foam plug into the cable hole "
                     "behind the wall plate, put it back and give it an hour. The *Temperature offset* "
                     "setting exists but fix the draught first, otherwise the error changes with the seasons.",
             "votes": 10, "accepted": True, "hours_later": 5},
            {"author": "olu_a",
             "body": "Seconding Ingrid. I carry a tub of putty for this exact reason, I'd guess one in five "
                     "UK installs needs it.",
             "votes": 4, "hours_later": 7},
            {"author": "c_dan",
             "body": "Unbelievable. Putty in the hole and it's reading 18.9 now, right in line. Heating "
                     "came on for the first time in two days.",
             "votes": 3, "hours_later": 29},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_hannah",
        "title": "Viessmann Vitodens 200-W: how do I connect the T3?",
        "body": "Wir haben eine Vitodens 200-W (2017) mit einer alten Vitotrol 100. I'd like to connect the "
                "T3 with OpenTherm if possible. The wiring diagram in the T3 box doesn't mention Viessmann. "
                "Which terminals?",
        "tags": ["opentherm", "t3-thermostat", "wiring"],
        "days_ago": 180,
        "views": 810,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "Hallo Hannah! The Vitodens 200-W doesn't speak OpenTherm by itself. You have two ways:\n\n"
                     "1. **OpenTherm:** add Viessmann's OpenTherm extension module in the boiler, then connect "
                     "the T3's OT terminals to it. Full modulation, best efficiency.\n"
                     "2. **On/off:** connect the T3 relay (COM/NO) to the same input the Vitotrol 100 uses "
                     "and choose *Relay* during setup.\n\n"
                     "Because it's inside the boiler, please have a heating installer do option 1. I've sent "
                     "you the German wiring sheet by message.",
             "votes": 6, "accepted": True, "hours_later": 3},
            {"author": "superuser",
             "body": "If you go on/off for now, set the boiler's heating curve sensibly low. On/off with a "
                     "Vitodens left at the factory curve is noticeably wasteful.",
             "votes": 3, "hours_later": 8},
            {"author": "c_hannah",
             "body": "Danke! Our Heizungsbauer comes next week with the module.",
             "votes": 0, "hours_later": 26},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_felix",
        "title": "Please add 5 GHz Wi-Fi support to the T3",
        "body": "My router has a 2.4 GHz band but it's absolutely full of neighbours' networks in our "
                "apartment block. Everything else in my home is on 5 GHz. A 5 GHz option would make the T3 "
                "much more reliable here.",
        "tags": ["t3-thermostat", "wifi"],
        "days_ago": 276,
        "views": 430,
        "votes": 19,
        "status": "wont_fix",
        "status_reason": "The radio in the T2 and T3 is 2.4 GHz only and that can't be changed by firmware. "
                         "The thermostat only sends a few kilobytes a minute, so 2.4 GHz range matters more "
                         "than bandwidth.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "I understand the frustration in a crowded block. The Wi-Fi chip we use is 2.4 GHz only, "
                     "so this isn't something a firmware update can add, and for the next hardware generation "
                     "we're sticking with 2.4 because it goes through walls much better.\n\n"
                     "What helps in crowded spots: pin your router's 2.4 GHz band to channel 1, 6 or 11 "
                     "(whichever is emptiest) and use 20 MHz channel width. The T3 copes fine with a "
                     "busy band as long as it isn't hopping channels every hour.",
             "votes": 9, "hours_later": 40},
            {"author": "c_felix",
             "body": "OK, fixed channel 11 / 20 MHz. Two weeks without an E05 so far. Still would prefer 5 GHz.",
             "votes": 2, "hours_later": 360},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_yuki",
        "title": "Setup fails at 'Registering device' on a TP-Link Deco mesh",
        "body": "Three Deco X20 units. The T3 joins the Wi-Fi (I can see it in the Deco client list) but the "
                "app sits at *Registering device* and then says `E05 cannot reach Halden servers`.\n\n"
                "Tried four times, rebooted the Decos, same thing.",
        "tags": ["wifi", "pairing", "t3-thermostat"],
        "days_ago": 119,
        "views": 1270,
        "votes": 16,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Had the same with my Decos. Two things to check in the Deco app:\n\n"
                     "1. *More > Security > HomeShield / Parental controls*: if IoT devices are being "
                     "filtered, the thermostat gets a connection but no internet. Whitelist it.\n"
                     "2. *More > Advanced > IoT Network*: turn it on. It creates a 2.4 GHz-only SSID "
                     "without fast roaming, which a lot of smart-home kit prefers. Put the T3 on that.\n\n"
                     "For me it was number 2. The T3 was getting bounced between nodes mid-registration.",
             "votes": 11, "accepted": True, "hours_later": 2},
            {"author": "c_yuki",
             "body": "IoT network did it. Registered on the first attempt. Thanks Dave!",
             "votes": 2, "hours_later": 5},
            {"author": "c_grace",
             "body": "Same fix worked on Deco M5, for anyone searching later.",
             "votes": 4, "hours_later": 400},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_claire",
        "title": "How many V1 valves can one T2 handle?",
        "body": "Planning a whole-house setup: 11 radiators over three floors. Can one T2 run all of them or "
                "do I need the T3? And is there a limit on rooms?",
        "tags": ["v1-valve", "t2-thermostat", "t3-thermostat"],
        "days_ago": 73,
        "views": 640,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "eng_maya",
             "body": "Both the T2 and T3 can pair up to **20 V1 valves**. The difference is rooms: the T2 "
                     "supports up to 6 rooms with their own schedules, the T3 up to 16.\n\n"
                     "With 11 radiators you might have fewer than 6 rooms if some rooms have two radiators "
                     "(both valves go in the same room). Over three floors, range is the thing to watch, "
                     "so put the thermostat on the middle floor if you can.",
             "votes": 7, "hours_later": 6},
            {"author": "c_claire",
             "body": "Eight rooms, so T3 it is. Thanks for the tip on the middle floor.",
             "votes": 0, "hours_later": 10},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_steve",
        "title": "Mounting the T2 on a dry-lined wall with no back box",
        "body": "Old thermostat was screwed straight to the plasterboard with the cable coming through a hole. "
                "The T2 wall plate looks like it wants a back box. What's the neatest way?",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 205,
        "views": 410,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "olu_a",
             "body": "Cut in a 25 mm or 35 mm **dry-lining box** (the ones with the flip-out lugs) over the "
                     "existing hole. The T2 plate uses standard UK single-gang fixings, 60.3 mm centres, so it "
                     "screws straight on. Ten minutes with a padsaw.\n\n"
                     "If you can't cut the wall, a 16 mm surface box works too, it just stands proud a bit.",
             "votes": 5, "accepted": True, "hours_later": 3},
            {"author": "c_steve",
             "body": "35 mm box fitted, looks factory. Cheers Olu.",
             "votes": 1, "hours_later": 52},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_nina",
        "title": "Bluetooth doesn't find the T3 during setup on a Pixel 8",
        "body": "Step 3 of setup (*Searching for your thermostat...*) never finds anything. T3 shows the "
                "blue pairing animation. Bluetooth is on, Nearby devices permission granted, app is 5.13.2.",
        "tags": ["pairing", "app-android", "t3-thermostat"],
        "days_ago": 2,
        "views": 61,
        "votes": 3,
        "status": "open",
        "replies": [
            {"author": "c_maria",
             "body": "Same on my Galaxy A54 last night. Gave up and will try again with my partner's iPhone.",
             "votes": 1, "hours_later": 6},
            {"author": "c_nina",
             "body": "Also tried clearing the app cache and rebooting the phone. No luck.",
             "votes": 0, "hours_later": 9},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "customer",
        "title": "First week with the T2: is the boiler meant to click on and off every few minutes?",
        "body": "Installed the T2 last weekend. When the heating is on, the boiler fires for a few minutes, "
                "stops, fires again, over and over. My old thermostat just turned it on until the room was "
                "warm. Is something wrong or is this how it works?",
        "tags": ["t2-thermostat", "schedules"],
        "days_ago": 384,
        "views": 1530,
        "votes": 18,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "That's intended. The T2 uses **TPI** (time proportional control) instead of a simple "
                     "on/off switch: as the room gets close to the target it runs the boiler in shorter "
                     "bursts so it doesn't overshoot. Your old one probably overshot by a degree and then "
                     "let the room cool for half an hour.\n\n"
                     "The default is 6 cycles per hour, which suits system boilers and radiators. For a combi "
                     "you can lower it: *Settings > Heating > Control > Cycles per hour* and try **3**. "
                     "Fewer starts, same comfort.",
             "votes": 12, "accepted": True, "hours_later": 2},
            {"author": "customer",
             "body": "Set it to 3, much calmer, and the flat still holds 20 within a couple of tenths. Thanks "
                     "Ingrid, I was about to ring someone.",
             "votes": 2, "hours_later": 27},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_ollie",
        "title": "Boiler won't fire at all after swapping the old Honeywell for a T2",
        "body": "T2 is on, connected, app works, shows *Heating* with the flame icon. Boiler does nothing. "
                "Put the old Honeywell back and the boiler fires straight away, so the boiler is fine.\n\n"
                "Wired: brown to L, blue to N, grey to 1, black to 3.",
        "tags": ["wiring", "t2-thermostat"],
        "days_ago": 152,
        "views": 980,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "olu_a",
             "body": "There it is: black to **3**. On the T2, 1 is COM, 2 is NO (closes on a call for heat), "
                     "3 is NC (open on a call for heat). You've wired it so the contact opens exactly when "
                     "you want heat.\n\n"
                     "Move black from 3 to 2. Isolate first!",
             "votes": 9, "accepted": True, "hours_later": 1},
            {"author": "c_ollie",
             "body": "Embarrassing. Moved it, boiler fires. The old Honeywell had the same numbers in a "
                     "different order, which is what threw me.",
             "votes": 3, "hours_later": 3},
            {"author": "c_joe",
             "body": "To be fair the printed guide had 2 and 3 swapped in the diagram for a while, see the "
                     "other thread. Not entirely your fault.",
             "votes": 5, "hours_later": 20},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_ben",
        "title": "Setup wizard crashes on my old Android 9 tablet",
        "body": "Wanted to use a spare Samsung Tab A (Android 9) as the wall control. The app installs from "
                "an APK site but crashes as soon as I tap *Set up a device*.",
        "tags": ["app-android", "pairing"],
        "days_ago": 244,
        "views": 350,
        "votes": 2,
        "status": "wont_fix",
        "status_reason": "Since version 5.0 the Halden app needs Android 10 or newer, and we won't backport the "
                         "new pairing flow. Older tablets can use the web dashboard in a browser instead.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "Hi Ben, the Play Store wouldn't have offered you 5.x on Android 9 for a reason: the "
                     "pairing flow relies on Bluetooth APIs that arrived in Android 10, so on 9 it crashes "
                     "when it tries to scan. Please don't sideload APKs from third-party sites, we can't "
                     "vouch for what's in them.\n\n"
                     "Set up with your phone, then use the tablet's browser with the web dashboard as a "
                     "wall panel. It works well in kiosk mode.",
             "votes": 6, "hours_later": 7},
            {"author": "c_ben",
             "body": "Fair enough. Web dashboard on the tablet is actually fine for what I wanted.",
             "votes": 1, "hours_later": 31},
        ],
    },
    {
        "space": "getting-started",
        "kind": "discussion",
        "author": "marieke",
        "title": "What I wish I'd known before installing the H1 with my Ecodan",
        "body": "Five winters on a heat pump, four of them with the H1. Notes for anyone about to fit "
                "one:\n\n"
                "- Check your heat pump's Modbus settings **before** the installer leaves. On my Ecodan the "
                "Modbus address and baud rate had to match the H1 (address 1, 9600).\n"
                "- Use shielded twisted pair for the RS-485 run. Mine is 12 m and picked up noise with "
                "bell wire (random E40s).\n"
                "- Start with the installer's preset curve and change it one step at a time, a week apart.\n"
                "- Turn off the heat pump's own room thermostat function or they'll fight.\n\n"
                "What else would you add?",
        "tags": ["h1-heat-pump", "installers"],
        "days_ago": 165,
        "views": 2230,
        "votes": 38,
        "status": "answered",
        "replies": [
            {"author": "c_paul",
             "body": "The shielded cable point cost me two weekends. Wish I'd read this first. I'd add: ground "
                     "the shield at **one** end only.",
             "votes": 9, "hours_later": 8},
            {"author": "superuser",
             "body": "Good list. I'd add: before you touch the curve, make sure the system is balanced. A "
                     "heat pump with one radiator hogging the flow will look like a bad curve, and you'll "
                     "end up running everything warmer than needed.",
             "votes": 12, "hours_later": 14},
            {"author": "c_sven",
             "body": "And write down the heat pump's original settings with photos before anyone changes "
                     "anything. Saved me when I wanted to go back.",
             "votes": 6, "hours_later": 40},
            {"author": "moderator",
             "body": "Pinning this one, thanks Marieke. If anyone wants to turn it into a proper guide for "
                     "the help centre, give me a shout.",
             "votes": 4, "hours_later": 52},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_grace",
        "title": "V1 on the return side of the radiator: will it work?",
        "body": "On two of our radiators the old TRV is on the pipe that comes *out* of the radiator, not "
                "the one going in (I checked with my hand after the heating had been on). Can I put V1s "
                "there or will it cause problems?",
        "tags": ["v1-valve"],
        "days_ago": 196,
        "views": 560,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "It will work, but whether it's quiet depends on the valve body. Most modern TRV bodies "
                     "are bidirectional and don't care. Older one-way bodies on the return can knock or "
                     "'hammer' as the valve gets close to closed, because the water pushes the pin shut.\n\n"
                     "Fit the V1 and run the radiator for a day. If you hear knocking near the valve as it "
                     "throttles, the body needs swapping for a bidirectional one, or swap the flow and return "
                     "(a job for a plumber). Also: V1 *Valve direction* setting doesn't exist, it's purely "
                     "mechanical.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "c_grace",
             "body": "One is silent, one taps a bit at night. I'll get the plumber to swap that body when he "
                     "services the boiler.",
             "votes": 1, "hours_later": 60},
        ],
    },
    {
        "space": "getting-started",
        "kind": "feedback",
        "author": "c_joe",
        "title": "Quick-start guide shows the T2 terminals 2 and 3 swapped",
        "body": "The printed quick-start guide that came with my T2 (says *Rev C* on the back) shows NO on "
                "terminal 3 and NC on terminal 2. The label on the actual wall plate says the opposite. "
                "I followed the guide and the boiler wouldn't fire.",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 160,
        "views": 890,
        "votes": 22,
        "status": "planned",
        "status_reason": "Confirmed: the Rev C guide swaps terminals 2 and 3. The PDF is already corrected and "
                         "Rev D goes into boxes from the next batch. The label on the wall plate is correct.",
        "status_by": "agent",
        "replies": [
            {"author": "agent",
             "body": "Thanks Joe, you're right and I'm sorry it cost you an evening. The wall plate label is "
                     "correct: **1 = COM, 2 = NO, 3 = NC**. We've fixed the PDF today and the corrected "
                     "printed guide is in the next production batch. I'll pin a note at the top of this space.",
             "votes": 10, "hours_later": 4},
            {"author": "c_ollie",
             "body": "So that's what happened to me. Good to know it wasn't just me being thick.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_anouk",
        "title": "T3 sees my Ziggo network but won't connect to it",
        "body": "Ziggo Connectbox. The T3 lists my network, I enter the password, and it fails with **E03**. "
                "It connects fine to my phone's hotspot. The password is right (copied from the sticker on "
                "the modem).",
        "tags": ["wifi", "t3-thermostat"],
        "days_ago": 331,
        "views": 1110,
        "votes": 10,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Check which channel the 2.4 GHz band is on in the Connectbox admin page. If it's on "
                     "**12 or 13**, that's your problem: thermostat firmware before 3.8 only joined channels "
                     "1-11, even on EU units. Ziggo's auto-channel loves 13.\n\n"
                     "Quick fix: set the channel to 1, 6 or 11. Proper fix: once it's connected it will update "
                     "itself to current firmware, which handles 12 and 13.",
             "votes": 9, "accepted": True, "hours_later": 3},
            {"author": "c_anouk",
             "body": "Channel 13! Set it to 6, connected, updated to 3.8.0 overnight. Dank je wel.",
             "votes": 2, "hours_later": 9},
            {"author": "eng_maya",
             "body": "Confirming Ingrid's diagnosis: 3.8.0 enabled channels 12-13 for EU units. Units leaving "
                     "the warehouse now ship with 4.x so this should be rare going forward.",
             "votes": 5, "hours_later": 22},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_katie",
        "title": "Can the T3 go where my old Hive receiver was?",
        "body": "Replacing Hive with Halden. The Hive receiver is on the wall next to the boiler in the "
                "kitchen and the Hive thermostat was on a stand in the living room. Can the T3 wire into "
                "the receiver's spot, or does the thermostat need to be in the living room? Sorry if this "
                "is a basic question.",
        "tags": ["t3-thermostat", "wiring"],
        "days_ago": 4,
        "views": 39,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_frank",
        "title": "V1 shows E32 on older Heimeier valve bodies",
        "body": "Four of five valves went on fine. The fifth, on an older Heimeier body in the bathroom, "
                "shows **E32** right after calibration. I used the M30 adapter. What does E32 mean?",
        "tags": ["v1-valve"],
        "days_ago": 121,
        "views": 470,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "E32 means the V1 couldn't feel the valve pin: the motor travelled its full stroke without "
                     "touching anything. Older Heimeier bodies are M30 but the pin sits about 1.5 mm lower.\n\n"
                     "In the adapter bag there's a thin grey ring marked **H**. Put it on the M30 adapter "
                     "before the V1, then re-run calibration (*remove batteries, wait 10 seconds, put them "
                     "back*). Also check the pin moves freely: press it in with your thumb a few times. After "
                     "a summer without use they can stick.",
             "votes": 7, "accepted": True, "hours_later": 2},
            {"author": "c_frank",
             "body": "The H ring was still in the bag. With it: calibrated, no E32. Danke Lena.",
             "votes": 1, "hours_later": 21},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_noor",
        "title": "Renting: can I fit a T2 and take it with me when I move out?",
        "body": "I rent a house and the landlord is fine with me swapping the thermostat as long as the old "
                "one goes back when I leave. Any gotchas with moving a T2 to a new house?",
        "tags": ["t2-thermostat", "installers"],
        "days_ago": 282,
        "views": 520,
        "votes": 8,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "Very doable. Keep the old thermostat and its screws in a labelled bag, and take a photo "
                     "of the wiring before you touch anything. When you leave, put the old one back exactly "
                     "as the photo shows.",
             "votes": 5, "hours_later": 6},
            {"author": "agent_ciaran",
             "body": "On the account side: in the app go to *Settings > Homes > Move devices to another "
                     "home*. It keeps your schedules and history, you just pair it again at the new place. "
                     "Don't delete the home first or the history goes with it.",
             "votes": 6, "hours_later": 10},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_tim",
        "title": "Intergas Kombi Kompakt HRE: which terminals for the T3?",
        "body": "Intergas Kombi Kompakt HRE 36/30 from 2016. The old thermostat was a Honeywell Chronotherm "
                "on two wires. Do I use the same terminals for OpenTherm, and is there a setting on the "
                "boiler I need to change?",
        "tags": ["opentherm", "t3-thermostat", "wiring"],
        "days_ago": 210,
        "views": 650,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "Same two terminals. Intergas accepts either on/off or OpenTherm on the room thermostat "
                     "pair and detects OpenTherm by itself, no setting needed. If you had a Chronotherm Vision "
                     "it was probably already OpenTherm.\n\n"
                     "After connecting, wait a minute: the boiler display briefly shows the OpenTherm symbol "
                     "and the T3 shows the boiler's flow temperature under *Info*.",
             "votes": 6, "hours_later": 5},
            {"author": "c_tim",
             "body": "Yep, Chronotherm Vision, and it just worked. Easiest install ever.",
             "votes": 1, "hours_later": 20},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_rachel",
        "title": "Heating came on at 5:40 am on the first day and I never set a schedule",
        "body": "Installed yesterday afternoon, skipped the schedule step because I wanted to think about "
                "it. This morning the boiler woke me up before six. Is it on some default programme?",
        "tags": ["schedules", "t2-thermostat"],
        "days_ago": 46,
        "views": 700,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "Yes, sorry about the early wake-up. If you skip the step the T2 uses the default "
                     "schedule: **20 °C from 06:30 to 22:30** on every day, 16 °C otherwise. On top of that "
                     "*Early start* is on by default, so it starts heating ahead of time to reach 20 °C at "
                     "06:30. On a cold night that can mean 5:40.\n\n"
                     "Change it under *Schedule*, and if you'd rather it starts exactly at the set time, "
                     "turn off *Settings > Heating > Early start*.",
             "votes": 8, "accepted": True, "hours_later": 2},
            {"author": "c_rachel",
             "body": "Makes sense now. Set it to 7 and turned early start off.",
             "votes": 0, "hours_later": 6},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_kwame",
        "title": "Tenant handover: reset a flat for the next tenant in one step",
        "body": "When a tenant moves out I currently remove their guest access, delete their schedules one "
                "by one, rename rooms back, and hope I didn't miss anything. The next tenant can still scroll "
                "back through the previous tenant's temperature history.\n\n"
                "A single *Hand over home* button that removes guests, resets schedules to a template I "
                "choose and hides history from before the handover date would save me an hour per flat.",
        "tags": ["installers", "web-dashboard"],
        "days_ago": 200,
        "views": 880,
        "votes": 23,
        "status": "planned",
        "status_reason": "Tenant handover (remove guests, reset schedules to a template, hide earlier history) "
                         "is part of the property-manager role we're designing; see the Landlord view thread "
                         "in Ideas.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "Thanks Kwame, that's a clear spec. It fits the property-manager role we're designing "
                     "(your Landlord view thread in Ideas), and handover is in the first version: guests "
                     "removed, schedules reset to a template, and history before the handover date hidden "
                     "from the new tenant. We'll pilot it with a few landlords first; I assume you're still in?",
             "votes": 12, "hours_later": 30},
            {"author": "c_kwame",
             "body": "Still in.",
             "votes": 2, "hours_later": 33},
            {"author": "c_steve",
             "body": "Small landlord here too (two houses). Would use this.",
             "votes": 4, "hours_later": 90},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_lisa",
        "title": "Does the T3 need a separate hub or does it go straight on Wi-Fi?",
        "body": "Comparing with another brand that needs an internet bridge plugged into the router. Does "
                "Halden need anything like that for the T3 and the valves?",
        "tags": ["t3-thermostat", "wifi", "v1-valve"],
        "days_ago": 355,
        "views": 1020,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "No hub. The T3 joins your 2.4 GHz Wi-Fi directly and **is** the hub for the V1 valves: "
                     "they talk to it over Halden Link (868 MHz radio), not Wi-Fi, which is why the valve "
                     "batteries last so long. One less box on the router shelf.",
             "votes": 6, "hours_later": 3},
            {"author": "c_lisa",
             "body": "Good to know, that makes the choice easier.",
             "votes": 0, "hours_later": 11},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_paul",
        "title": "New T2 reboots every time the boiler fires",
        "body": "Every time the T2 calls for heat I hear the boiler relay click, and a second later the T2 "
                "screen goes black and it boots up again (Halden logo). Then it calls for heat again and "
                "the loop repeats. Older combi, Potterton Promax.",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 12,
        "views": 140,
        "votes": 2,
        "status": "open",
        "replies": [
            {"author": "olu_a",
             "body": "Couple of questions before anyone guesses: where are L and N for the T2 coming from, "
                     "the boiler's own terminal strip or a separate supply? And is the switched-live from "
                     "terminal 2 going back to the boiler on the same cable? A photo of the wall plate "
                     "wiring and the boiler end would help a lot.",
             "votes": 3, "hours_later": 4},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_sven",
        "title": "Lithium or alkaline batteries in the V1 valves?",
        "body": "The V1 came with alkaline AAs. I have a drawer of Energizer lithium and some Eneloop "
                "rechargeables. Which should I use?",
        "tags": ["v1-valve", "batteries"],
        "days_ago": 237,
        "views": 1680,
        "votes": 21,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Short version:\n\n"
                     "- **Alkaline**: what the valve is tuned for; *Battery: Low* shows up with a few weeks "
                     "to spare.\n"
                     "- **Lithium (1.5 V primary)**: lasts longer, especially in cold rooms, but the voltage "
                     "stays flat and then falls off a cliff, so *Low* can arrive only a week or so before the "
                     "valve gives up.\n"
                     "- **NiMH rechargeables (Eneloop)**: they work, but at 1.2 V per cell the valve reports "
                     "*Low* much earlier. I find that annoying; others here don't mind.\n\n"
                     "I run lithium in the two unheated bedrooms and alkaline everywhere else.",
             "votes": 14, "accepted": True, "hours_later": 2},
            {"author": "superuser",
             "body": "I'm one of the 'others': low-self-discharge NiMH in all my valves for two winters. "
                     "You get *Low* after roughly half a season, you swap, you recharge. No waste.",
             "votes": 7, "hours_later": 9},
            {"author": "eng_maya",
             "body": "That matches our testing. Because voltage is such a poor guide with lithium, we're "
                     "working on a better estimate that also counts how much the motor has run.",
             "votes": 6, "hours_later": 19},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_george",
        "title": "Let me set up the T3 without creating a cloud account",
        "body": "I'd like to run the T3 entirely locally, no account, no cloud. I'm happy controlling it from "
                "the device and Home Assistant. Forcing an account at setup feels unnecessary.",
        "tags": ["t3-thermostat", "api", "home-assistant"],
        "days_ago": 100,
        "views": 1260,
        "votes": 26,
        "status": "wont_fix",
        "status_reason": "Setup needs a Halden account to register the device and deliver security updates. "
                         "After setup the T3 keeps running its schedule offline; local control is being "
                         "handled separately through the planned local API.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "I'll be straight: we're not going to offer account-free setup. Registration is how we "
                     "deliver security fixes and how stolen units get blocked, and we don't want devices out "
                     "there that can never be updated.\n\n"
                     "What works today: once set up, the T3 keeps running its schedules with no internet at "
                     "all; you only lose remote control. Local control for Home Assistant is a separate piece "
                     "of work, and it's planned: see the Local API thread in Ideas.",
             "votes": 14, "hours_later": 20},
            {"author": "dave_h",
             "body": "For what it's worth: my T3 sits on an IoT VLAN that can only reach the Halden cloud. When "
                     "my broadband died for two days last winter the heating didn't notice; I just couldn't "
                     "change anything from Home Assistant.",
             "votes": 9, "hours_later": 26},
            {"author": "c_george",
             "body": "Not what I hoped, but the honest answer is appreciated. Following the Local API thread.",
             "votes": 3, "hours_later": 48},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_maria",
        "title": "QR code scanner in the app just shows a black screen",
        "body": "iPhone 13, iOS 18.3, Halden app 5.12.0. When I tap *Scan code* during setup I get a black "
                "rectangle. The normal camera app works fine.",
        "tags": ["pairing", "app-ios"],
        "days_ago": 101,
        "views": 590,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "eng_raj",
             "body": "Almost certainly the camera permission. If you tapped *Don't allow* once, iOS never asks "
                     "again and 5.12.0 just shows black instead of telling you, which is our bug.\n\n"
                     "Fix: iPhone *Settings > Halden > Camera* > on. Or tap *Enter code manually* under the "
                     "scanner and type the six digits. 5.12.1 shows a proper message with a button to "
                     "open Settings.",
             "votes": 8, "accepted": True, "hours_later": 3},
            {"author": "c_maria",
             "body": "Camera was off. Working now, thanks Raj.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_rob",
        "title": "Ideal Logic+ combi: does it support OpenTherm?",
        "body": "Ideal Logic+ C30, fitted 2019. Trying to work out whether to buy the T2 or the T3. If the "
                "boiler doesn't do OpenTherm there's no point paying extra for the T3, right?",
        "tags": ["opentherm", "t3-thermostat", "t2-thermostat"],
        "days_ago": 188,
        "views": 770,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "olu_a",
             "body": "The Logic+ does OpenTherm on the low-voltage terminals, I've fitted a few T3s to them. "
                     "Your installer needs to remove the link on the 230 V thermostat terminals when switching "
                     "to OpenTherm, otherwise the boiler keeps firing regardless.",
             "votes": 5, "hours_later": 7},
            {"author": "agent",
             "body": "Agree with Olu. On the 'no point paying extra' bit: even without OpenTherm the T3 adds "
                     "hot-water control, humidity and 16 rooms instead of 6. But for a combi in a smaller "
                     "house with OpenTherm not used, the T2 is usually the better buy.",
             "votes": 3, "hours_later": 10},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_felix",
        "title": "Old German 230 V two-wire thermostat: same as 'no neutral'?",
        "body": "My old thermostat is a simple Heimeier 230 V with two wires (brown and black) going to the "
                "boiler. The T2 needs L and N. Is this the same problem people describe in the UK, or is "
                "there usually a neutral in the wall in Germany?",
        "tags": ["wiring", "t2-thermostat"],
        "days_ago": 146,
        "views": 430,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "Same situation, different country. Many German 2-point thermostats only switch the live "
                     "and have no neutral, although some have a thermal feedback (*thermische Rückführung*) "
                     "wire with an N. With two wires only you have no neutral.\n\n"
                     "So: either the T2 wireless kit (T2 on a stand, R2 receiver at the boiler) or a new "
                     "3-core cable. And please let an *Elektrofachkraft* do the 230 V side in Germany.",
             "votes": 5, "accepted": True, "hours_later": 4},
            {"author": "c_felix",
             "body": "Only two wires, so wireless kit. Danke.",
             "votes": 0, "hours_later": 8},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_dan",
        "title": "Box says 'update firmware before pairing valves': how do I do that?",
        "body": "There's a little orange card in the T3 box that says to update the firmware before adding "
                "V1 valves. The app didn't offer me any update. Do I need to do something?",
        "tags": ["firmware", "t3-thermostat", "v1-valve"],
        "days_ago": 1,
        "views": 22,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "customer",
        "title": "Adding a fifth V1 valve to an existing T2 setup",
        "body": "Bought one more V1 for the box room now that it's a home office. The app's add-device flow "
                "seems to want a thermostat first. How do I add just a valve to my existing T2?",
        "tags": ["v1-valve", "pairing"],
        "days_ago": 64,
        "views": 310,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Hi Chris! In the app: *Rooms > + > Add a room* (call it Office), then inside the room "
                     "tap *Add device > V1 valve*. The app puts your T2 in pairing mode for you. Then hold "
                     "the button on the V1 for 3 seconds until the LED blinks blue.\n\n"
                     "Fit it on the radiator *after* it's paired, so calibration happens on the right body.",
             "votes": 5, "accepted": True, "hours_later": 2},
            {"author": "customer",
             "body": "Done in five minutes. The office is finally warmer than the fridge.",
             "votes": 1, "hours_later": 20},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_paul",
        "title": "Installer says I don't need the H1 with my Daikin Altherma. Is he right?",
        "body": "Got a Daikin Altherma 3 fitted last month. I bought an H1 because I want everything in the "
                "Halden app with my V1 valves. Installer says the Daikin has its own controller and the H1 "
                "is pointless. Who's right?",
        "tags": ["h1-heat-pump", "installers"],
        "days_ago": 92,
        "views": 960,
        "votes": 11,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "You're both a bit right. The Daikin controller runs the heat pump perfectly well on its "
                     "own. What the H1 adds: room-by-room control with V1 valves feeding back demand, "
                     "schedules in one app, and adjusting the flow temperature based on how warm rooms "
                     "actually are instead of only outdoor temperature.\n\n"
                     "If you have V1s everywhere and care about the app, it's worth it. If you'd leave it "
                     "on weather compensation 24/7 (which is honestly how heat pumps like it), less so.",
             "votes": 10, "hours_later": 5},
            {"author": "eng_maya",
             "body": "Technical note: the H1 talks to the Altherma 3 over Modbus and takes over setpoint "
                     "control, but the Daikin still handles defrost, legionella cycles and its own safety "
                     "limits. Nothing is lost by adding the H1.",
             "votes": 6, "hours_later": 12},
            {"author": "c_paul",
             "body": "Useful, thank you. Keeping it, will ask the installer to wire the Modbus.",
             "votes": 1, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_ahmed",
        "title": "Wi-Fi password with a double quote in it breaks setup",
        "body": "My Wi-Fi password has a `\"` in it (don't ask, it was generated). The T3 fails with E03 every "
                "time. Tried typing it on the T3 itself and through the app. Everything else connects.",
        "tags": ["wifi", "firmware", "t3-thermostat"],
        "days_ago": 127,
        "views": 540,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "eng_maya",
             "body": "That's our bug, sorry. Firmware up to 4.1.2 mangles `\"` and `\\` in the passphrase "
                     "when it's passed from the app. Fixed in **4.2.0**.\n\n"
                     "Catch-22 is that you need to be online to get 4.2.0. Workaround: set up on a phone "
                     "hotspot with a simple password, let it update (about 10 minutes), then change Wi-Fi "
                     "under *Settings > Wi-Fi* on the T3.",
             "votes": 9, "accepted": True, "hours_later": 5},
            {"author": "c_ahmed",
             "body": "Hotspot, update, switched networks. All fine. Thanks for owning it.",
             "votes": 2, "hours_later": 26},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_sarah",
        "title": "Short wiring videos for the common UK and Irish combi boilers",
        "body": "The generic wiring diagram is fine if you know what you're doing. A two-minute video for "
                "the top ten boilers (Worcester Greenstar, Vaillant ecoTEC, Baxi, Ideal Logic, Glow-worm) "
                "showing exactly which terminals would save so many forum threads.",
        "tags": ["wiring", "installers"],
        "days_ago": 131,
        "views": 470,
        "votes": 24,
        "status": "planned",
        "status_reason": "We're filming wiring videos for the ten most common boilers in our markets, UK and "
                         "Ireland first, then NL and DE. First batch due in the help centre this quarter.",
        "status_by": "agent_ciaran",
        "replies": [
            {"author": "olu_a",
             "body": "Happy to help with this. I have most of these boilers on my van list every month.",
             "votes": 8, "hours_later": 10},
            {"author": "agent_ciaran",
             "body": "Olu, I'll take you up on that, DM on the way. Sarah, great idea: we're doing the top ten "
                     "boilers by installs, UK/IE first. Worcester Greenstar i and Vaillant ecoTEC (with the "
                     "VR 33 caveat) are first on the list.",
             "votes": 7, "hours_later": 28},
        ],
    },
    {
        "space": "getting-started",
        "kind": "feedback",
        "author": "c_frank",
        "title": "Why does the Android app want my location just to pair a thermostat?",
        "body": "The setup asks for location permission before it will search for the T3. I don't use "
                "geofencing and I don't want to give location to a thermostat app. Please remove this.",
        "tags": ["app-android", "pairing"],
        "days_ago": 259,
        "views": 690,
        "votes": 12,
        "status": "wont_fix",
        "status_reason": "On Android 10 and 11 the system only allows Bluetooth scanning with location "
                         "permission. On Android 12+ we ask only for Nearby devices. You can revoke location "
                         "after setup.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "I get it, it looks shady. The reason is Android itself: on Android 10 and 11, apps "
                     "can't scan for Bluetooth devices without location permission, because Bluetooth scans "
                     "can be used to locate you. We don't read your location during setup.\n\n"
                     "On Android 12 and newer we only ask for *Nearby devices*. Which Android version are you "
                     "on? Either way you can revoke location right after setup and only geofencing stops "
                     "working.",
             "votes": 9, "hours_later": 6},
            {"author": "c_frank",
             "body": "Android 11, an old Xperia. OK, understood, I'll revoke it afterwards.",
             "votes": 1, "hours_later": 14},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_jen",
        "title": "Can I leave the old timer/programmer in place and just add the T2?",
        "body": "We have a Drayton LifeStyle programmer in the airing cupboard that does heating and hot "
                "water times, and a separate dial thermostat in the hall. I'm replacing the hall one with "
                "the T2. Do I need to remove the programmer?",
        "tags": ["wiring", "t2-thermostat", "schedules"],
        "days_ago": 305,
        "views": 660,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "olu_a",
             "body": "You can leave it, and lots of people do because it also does the hot water. Just set the "
                     "programmer's **heating** channel to *constant on* (or 'always') so the T2 is the only "
                     "thing deciding when the heating runs. Otherwise you have two schedules fighting and "
                     "the T2 will say it's heating when the programmer has cut it off.\n\n"
                     "Leave the hot water channel on its timer as before.",
             "votes": 7, "accepted": True, "hours_later": 3},
            {"author": "c_jen",
             "body": "Set to constant, works a treat. Thank you again Olu!",
             "votes": 0, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_rob",
        "title": "S-plan with two heating zone valves: one T3 or two?",
        "body": "Our house has an S-plan: one zone valve for downstairs heating, one for upstairs heating, "
                "one for the cylinder. Currently two dial thermostats and a 3-channel programmer. What's the "
                "right Halden setup?",
        "tags": ["t3-thermostat", "wiring", "installers"],
        "days_ago": 174,
        "views": 880,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "One T3 switches one heating channel and one hot water channel. With two heating zone "
                     "valves you want **one T3 (downstairs heating + hot water) and one T2 (upstairs "
                     "heating)**, both in the same home in the app. Each thermostat drives its own zone "
                     "valve; the zone valves' end switches fire the boiler as before.\n\n"
                     "The programmer goes, its job is done by the T3 and T2 schedules.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "olu_a",
             "body": "Wiring-wise, the wiring centre stays exactly as is; the T3 HW output replaces the "
                     "programmer's HW output, and each thermostat's NO terminal feeds its zone valve's "
                     "brown. Label everything before you start, S-plan wiring centres are spaghetti.",
             "votes": 5, "hours_later": 6},
            {"author": "c_rob",
             "body": "Perfect. Ordered a T2 to go with the T3.",
             "votes": 0, "hours_later": 28},
        ],
    },
    {
        "space": "getting-started",
        "kind": "discussion",
        "author": "c_ollie",
        "title": "Post your tidiest (or worst) install photos",
        "body": "Redemption after my NC/NO mistake: the T2 is now on a freshly painted wall with a proper "
                "dry-lining box and not a wire in sight. What do your installs look like? Bonus points for "
                "horror stories from behind the old thermostat.",
        "tags": ["installers", "wiring"],
        "days_ago": 90,
        "views": 1440,
        "votes": 15,
        "status": "open",
        "replies": [
            {"author": "olu_a",
             "body": "Worst I've seen this year: thermostat cable joined behind the plaster with insulation "
                     "tape and a chocolate-block, no box. Still working after 30 years, somehow.",
             "votes": 11, "hours_later": 5},
            {"author": "c_steve",
             "body": "Mine is in a 35 mm box thanks to Olu's advice in another thread. Boring but tidy.",
             "votes": 3, "hours_later": 20},
            {"author": "marieke",
             "body": "H1 on a DIN rail next to the heat pump's controller, labelled cables, RS-485 in shielded "
                     "cable. My husband says it looks like a server room.",
             "votes": 7, "hours_later": 34},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_claire",
        "title": "Can the T2 control electric underfloor heating directly?",
        "body": "Bathroom has electric underfloor heating, 1.6 kW mat, currently on a basic dial thermostat "
                "with a floor probe. Could a T2 replace that?",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 3,
        "views": 55,
        "votes": 1,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "Not directly, I'm afraid. The T2's relay is volt-free and rated at 3 A, which is for "
                     "signalling a boiler, not carrying a 1.6 kW load (about 7 A). It also has no input for a "
                     "floor probe, so you'd lose the floor-temperature limit that protects the floor.\n\n"
                     "It can be done with a contactor and a separate floor limiter, but that's an "
                     "electrician's design job. Honestly, a dedicated UFH thermostat is the safer choice here.",
             "votes": 4, "hours_later": 3},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_noor",
        "title": "All valves paired but the app says 'No room assigned' and they ignore the schedule",
        "body": "Paired four V1s to the T3, each one shows a green tick. But in the app they're listed under "
                "*Unassigned devices* and they just sit at 20 degrees no matter what the schedule says.",
        "tags": ["v1-valve", "schedules", "pairing"],
        "days_ago": 76,
        "views": 380,
        "votes": 5,
        "status": "planned",
        "status_reason": "Workaround is in the thread. From app 5.14 the pairing flow asks for the room straight away, so valves no longer land in Unassigned.",
        "status_by": "agent_ciaran",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Valves that aren't in a room follow a fixed 20 °C, that's the safe default. Tap each "
                     "one under *Unassigned devices > Move to room*, pick the room, and it takes that room's "
                     "schedule within a minute.\n\n"
                     "(If you pair from inside a room, it skips this step. We're making the pairing flow ask "
                     "for the room straight away.)",
             "votes": 5, "hours_later": 3},
            {"author": "c_noor",
             "body": "Easy once you know. All four following the schedule now.",
             "votes": 0, "hours_later": 8},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_tim",
        "title": "T3 screen went blank in the middle of setup and won't come back",
        "body": "Was on step 5 (Wi-Fi) and the screen just went off. No backlight, nothing on the dial. "
                "OpenTherm connection to an Intergas. Switched the boiler off and on, no change.",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 0,
        "views": 24,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_mark",
        "title": "Address lookup in setup should accept Irish Eircodes",
        "body": "Setup asks for my address for weather data. It only accepts a postcode in the UK format and "
                "then falls back to a map pin. Eircodes (e.g. T12 XXXX) would be nicer and more accurate "
                "for rural addresses.",
        "tags": ["app-ios", "app-android"],
        "days_ago": 114,
        "views": 240,
        "votes": 16,
        "status": "shipped",
        "status_reason": "Eircode lookup is done and shipping in app 5.14 for iOS and Android. The map pin "
                         "keeps working as a fallback.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "agent_ciaran",
             "body": "As a Dubliner I'm embarrassed we don't support this yet. Passing to the app team.",
             "votes": 5, "hours_later": 3},
            {"author": "eng_raj",
             "body": "Done and merged, it'll be in 5.14. The lookup also handles Dutch postcodes with the house "
                     "number, which was broken in a similar way.",
             "votes": 9, "hours_later": 120},
        ],
    },
    {
        "space": "getting-started",
        "kind": "idea",
        "author": "c_ben",
        "title": "Wired Ethernet option for the T3",
        "body": "My Wi-Fi at the thermostat spot is weak, but there's an Ethernet port in the wall right "
                "next to it (old office). Any chance of an Ethernet T3 or a PoE version?",
        "tags": ["t3-thermostat", "wifi"],
        "days_ago": 350,
        "views": 300,
        "votes": 9,
        "status": "wont_fix",
        "status_reason": "We won't make a wired-Ethernet T3: very few homes have a network port at the "
                         "thermostat. A small access point or mesh node near the thermostat solves weak Wi-Fi.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "We looked at this for the T3 design. Fewer than 1% of installs we surveyed had a network "
                     "port anywhere near the thermostat, and PoE adds cost and heat next to the temperature "
                     "sensor, which is the last thing you want.\n\n"
                     "Since you have the port: a cheap access point plugged into it solves the problem.",
             "votes": 4, "hours_later": 28},
            {"author": "dave_h",
             "body": "A travel router in AP mode behind the sofa did it for me. Cost less than a takeaway.",
             "votes": 5, "hours_later": 33},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_zofia",
        "title": "With OpenTherm, should I turn the boiler's own heating dial down?",
        "body": "T3 on OpenTherm with a Worcester Bosch Greenstar 4000. The boiler has its own radiator "
                "temperature dial, currently at about 70. Does that still matter now the T3 controls it?",
        "tags": ["opentherm", "t3-thermostat"],
        "days_ago": 68,
        "views": 820,
        "votes": 10,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "It still matters, but as a ceiling rather than a setpoint. With OpenTherm the T3 asks for "
                     "a flow temperature, and the boiler won't go above its own dial. So:\n\n"
                     "- leave the boiler dial at or near max, and\n"
                     "- set the limit where it belongs: T3 *Settings > Heating > Max flow temperature*. "
                     "**55-60 °C** is a good start for radiators; the lower it can be while the house still "
                     "gets warm, the more the boiler condenses.\n\n"
                     "If the house struggles on the coldest days, raise it by 5 at a time.",
             "votes": 11, "accepted": True, "hours_later": 5},
            {"author": "superuser",
             "body": "Agree. And watch the return temperature in the T3 *Info* screen: below about 53 °C the "
                     "boiler is condensing.",
             "votes": 6, "hours_later": 8},
            {"author": "c_zofia",
             "body": "Set max flow to 55, house is fine so far at 3 degrees outside. Will see how it goes in "
                     "January.",
             "votes": 1, "hours_later": 50},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_emma",
        "title": "First firmware update stuck at 62% for over an hour",
        "body": "The T2 started updating right after setup, *Updating 62%*, and it has not moved in over an "
                "hour. I'm scared to unplug it. Is this normal?",
        "tags": ["firmware", "t2-thermostat"],
        "days_ago": 22,
        "views": 260,
        "votes": 4,
        "status": "open",
        "replies": [
            {"author": "c_luca",
             "body": "Did it ever finish? Mine sat on 62% for ages as well last week, I ended up going to bed.",
             "votes": 2, "hours_later": 3},
        ],
    },
    {
        "space": "getting-started",
        "kind": "feedback",
        "author": "c_grace",
        "title": "Lovely unboxing, but the wall plugs are useless in old lime plaster",
        "body": "Really nice packaging and the guide is clear (apart from the terminal thing others "
                "mentioned). One gripe: the included screws and plugs just spun in our Victorian lime "
                "plaster. Ended up buying plasterboard fixings.",
        "tags": ["t2-thermostat", "installers"],
        "days_ago": 53,
        "views": 180,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "Thanks Grace, kind words and a fair gripe. I've logged it with the product team together "
                     "with two similar reports from older houses. In the meantime, if anyone needs longer "
                     "screws (the wall plate takes standard M3.5) we're happy to post a set.",
             "votes": 3, "hours_later": 6},
            {"author": "olu_a",
             "body": "For lime plaster, into the back box is always better than into the wall. If there's a "
                     "back box, use its screw lugs and skip the plugs entirely.",
             "votes": 4, "hours_later": 9},
        ],
    },
    {
        "space": "getting-started",
        "kind": "praise",
        "author": "c_katie",
        "title": "Thank you to whoever answers the phones on Saturday mornings",
        "body": "Got stuck at 8 am on a Saturday with the wrong valve adapter and a cold house. Sam on the "
                "support line walked me through fitting the valve body adapter that *was* in the box (I "
                "had missed it). Twenty minutes, no script, very patient.",
        "tags": ["v1-valve"],
        "days_ago": 39,
        "views": 210,
        "votes": 14,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "That was me, glad the house warmed up! The adapter bag hides under the cardboard insert, "
                     "you're far from the first.",
             "votes": 6, "hours_later": 5},
            {"author": "moderator",
             "body": "Love seeing these. Passed it on to the Customer Care leads.",
             "votes": 2, "hours_later": 7},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_luca",
        "title": "Do the V1 valves work with microbore radiator pipes?",
        "body": "Our 1970s house has 8 mm microbore pipework to every radiator. The existing TRVs are "
                "screwed onto the microbore valve bodies. Anything special about fitting V1s here?",
        "tags": ["v1-valve"],
        "days_ago": 286,
        "views": 360,
        "votes": 3,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "The pipe size doesn't matter to the V1, only the valve body's thread does. Most microbore "
                     "TRV bodies from that era are standard M30 or Danfoss RA, so the adapters in the box "
                     "usually cover it.\n\n"
                     "What's different with microbore is flow: the pipes are easily blocked by sludge, so if "
                     "a radiator stays cold with the V1 fully open, it's the pipe, not the valve.",
             "votes": 4, "hours_later": 8},
            {"author": "c_luca",
             "body": "M30 on all of them. Thanks.",
             "votes": 0, "hours_later": 20},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_hannah",
        "title": "Changing the Wi-Fi network after the router was replaced",
        "body": "Our provider sent a new FRITZ!Box 7590 and now the T3 shows **E05** and the app says "
                "offline. How do I tell the thermostat about the new network without doing the whole setup?",
        "tags": ["wifi", "t3-thermostat"],
        "days_ago": 27,
        "views": 450,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "On the T3 itself: *Menu > Settings > Wi-Fi > Change network*, pick the new one, type the "
                     "key. Schedules, rooms and valves all stay as they are, it's just the Wi-Fi.\n\n"
                     "Tip for next time: if you give the new router the **same SSID and password** as the old "
                     "one, every device in the house reconnects on its own. FRITZ!Box lets you change both "
                     "under *WLAN > Funknetz*.",
             "votes": 7, "accepted": True, "hours_later": 2},
            {"author": "c_hannah",
             "body": "Done on the thermostat, 30 seconds. Should have just asked earlier.",
             "votes": 0, "hours_later": 4},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_joe",
        "title": "Worcester Bosch Greenstar 30i: where does the R2 receiver connect?",
        "body": "Going with the T2 wireless kit because there's no neutral at the thermostat. The R2 "
                "instructions say 'connect to the boiler's room thermostat terminals'. On the Greenstar "
                "I see L, N, LS, LR, SL. Which is which?",
        "tags": ["wiring", "t2-thermostat"],
        "days_ago": 48,
        "views": 930,
        "votes": 12,
        "status": "answered",
        "replies": [
            {"author": "olu_a",
             "body": "On the Greenstar 230 V strip: the room thermostat goes across **LS** (live supply out "
                     "to the stat) and **LR** (live return from the stat), with the factory link between them "
                     "removed. On the R2 that's COM to LS and NO to LR. The R2 also needs its own L and N "
                     "for power, taken from the boiler's L and N.\n\n"
                     "Boiler's fused spur **off** before the cover comes off. If you're not comfortable "
                     "inside a boiler, this is the bit to hand over.",
             "votes": 10, "hours_later": 3},
            {"author": "c_joe",
             "body": "Going to get a Gas Safe engineer to do the boiler side at the next service. Thanks for "
                     "making me confident enough to at least know what to ask.",
             "votes": 2, "hours_later": 15},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_sarah",
        "title": "How far can the V1 valves be from the thermostat?",
        "body": "Two-storey house, the T2 is downstairs in the hall, and the bedrooms upstairs at the far end "
                "are about 12 metres away through two walls and a floor. Will the valves reach, and how do "
                "I tell if the signal's weak?",
        "tags": ["v1-valve", "t2-thermostat"],
        "days_ago": 137,
        "views": 570,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Halden Link on 868 MHz goes a lot further than Wi-Fi, 12 m through two walls and a floor "
                     "is usually fine. Check each valve in the app under *Devices > V1 > Link strength*: "
                     "3-5 bars is good, 1-2 bars means you'll see occasional 'valve not responding'.\n\n"
                     "Things that hurt most: foil-backed plasterboard, mirrors and big metal radiator covers. "
                     "Concrete floors more than walls.",
             "votes": 6, "accepted": True, "hours_later": 6},
            {"author": "c_sarah",
             "body": "All four bars or better, even the back bedroom. Thanks Marieke.",
             "votes": 0, "hours_later": 30},
        ],
    },
    {
        "space": "getting-started",
        "kind": "problem",
        "author": "c_steve",
        "title": "Pairing a V1 times out with E09 every time",
        "body": "Second V1 for the same room. Hold button 3 s, LED blinks blue, app says *Looking for valve* "
                "and after 60 s the valve shows **E09**. The first valve in the room paired fine. Valve is "
                "two metres from the T2.",
        "tags": ["v1-valve", "pairing"],
        "days_ago": 16,
        "views": 120,
        "votes": 2,
        "status": "open",
        "replies": [
            {"author": "superuser",
             "body": "Is the valve's firmware very old? If it's been in a box for a while it might be on 2.5.x, "
                     "which pairs badly with thermostats on 4.2. Try with fresh batteries first; pairing "
                     "is the most power-hungry thing a V1 does and a weak battery gives E09 too.",
             "votes": 3, "hours_later": 5},
            {"author": "agent_ciaran",
             "body": "Steve, if new batteries don't do it, send me the valve's serial (inside the battery "
                     "cover) and I'll check its firmware from here.",
             "votes": 1, "hours_later": 8},
        ],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_mia",
        "title": "H1 install: can the RS-485 cable share a conduit with mains cables?",
        "body": "Our heat pump installer wants to run the Modbus cable for the H1 in the same trunking as the "
                "230 V supply to the outdoor unit, about 8 m. I've read about noise on RS-485. Is that "
                "acceptable if it's shielded cable, or should I insist on separate trunking?",
        "tags": ["h1-heat-pump", "wiring", "installers"],
        "days_ago": 5,
        "views": 88,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "getting-started",
        "kind": "question",
        "author": "c_sven",
        "title": "Replacing a Nest 3rd gen and Heat Link E with a T3 on OpenTherm",
        "body": "Moving from Nest to Halden. The Nest Heat Link E is wired at the boiler (Baxi 800) using "
                "OpenTherm terminals T1/T2. Can I just connect the T3's OT terminals to the same two wires "
                "at the boiler end and remove the Heat Link, or do I need the wireless kit?",
        "tags": ["opentherm", "t3-thermostat", "wiring"],
        "days_ago": 9,
        "views": 134,
        "votes": 3,
        "status": "open",
        "replies": [
            {"author": "c_rachel",
             "body": "Interested in this too, exact same setup here except a Baxi 600.",
             "votes": 1, "hours_later": 11},
        ],
    },
]
# fmt: on

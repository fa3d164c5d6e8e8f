"""Demo threads for the "Thermostats & valves" space: T2, T3, V1 and H1 in daily use."""

# fmt: off
THREADS = [
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_jen",
        "title": "E14 every morning since firmware 4.2.0 on a Baxi 600",
        "body": "T3 on OpenTherm with a Baxi 600 combi. Since the update to **4.2.0** last week, every "
                "morning around 6 the T3 shows `E14 No boiler connection` for a few minutes, then it clears "
                "by itself. Heating does come on eventually but the house is cold when we get up.\n\n"
                "Never saw E14 on 4.1.2. Wiring untouched.",
        "tags": ["t3-thermostat", "firmware", "opentherm"],
        "days_ago": 118,
        "views": 2870,
        "votes": 36,
        "status": "solved",
        "replies": [
            {"author": "c_rachel",
             "body": "Same here with a Baxi 800. Exactly at the first heating block of the day.",
             "votes": 8, "hours_later": 3},
            {"author": "eng_maya",
             "body": "Thanks both, this is a bug on our side. In 4.2.0 we changed the OpenTherm message timing "
                     "to read more boiler data, and some Baxi boards take longer than the spec allows to "
                     "answer the first message after a long idle period. The T3 gives up too early and raises "
                     "E14 until the boiler catches up.\n\n"
                     "**4.2.1** restores the old timeout for slow boards. It's rolling out now; you can pull "
                     "it early with *Settings > Firmware > Check for update* on the T3. Sorry for the cold "
                     "mornings.",
             "votes": 15, "accepted": True, "hours_later": 20},
            {"author": "c_jen",
             "body": "On 4.2.1 since Tuesday, three mornings without an E14. Thank you for the proper "
                     "explanation.",
             "votes": 4, "hours_later": 90},
            {"author": "c_rachel",
             "body": "Confirmed fixed on the 800 too.",
             "votes": 2, "hours_later": 100},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "customer",
        "title": "Bedroom V1 eats batteries in four months, the other valves are fine",
        "body": "All my valves went low together in the autumn and got fresh lithium AAs. Three of them and the "
                "new office valve still say *Battery: OK*. The bedroom one is asking for new batteries again, "
                "after about four months. Same pack of batteries in all of them.\n\n"
                "Is that valve faulty?",
        "tags": ["v1-valve", "batteries"],
        "days_ago": 31,
        "views": 1190,
        "votes": 19,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Probably not faulty, probably busy. Open the valve in the app and look at "
                     "*Device info > Motor movements (24 h)*. A happy valve moves 20-60 times a day. If the "
                     "bedroom one says 300+, it's hunting: opening a little, overshooting, closing, repeat.\n\n"
                     "Usual causes:\n"
                     "- the radiator gets hot water too fast (lockshield wide open, it's the first radiator "
                     "on the circuit), so every tiny opening overshoots;\n"
                     "- the valve sits in a draught or behind a curtain.\n\n"
                     "Close the lockshield on the other end of that radiator about half a turn at a time "
                     "and watch the movement count drop.",
             "votes": 14, "accepted": True, "hours_later": 5},
            {"author": "customer",
             "body": "412 movements in 24 hours! Lockshield was wide open. Closed it down to about a quarter "
                     "turn open, now it's at 45. Thanks Ingrid, I'd never have found that counter.",
             "votes": 6, "hours_later": 48},
            {"author": "eng_maya",
             "body": "Nice diagnosis. V1 firmware 2.8.1 also added a night-time 'deadband' so valves ignore tiny changes, "
                     "which helps with exactly this. Your valves should already be on it.",
             "votes": 5, "hours_later": 60},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "customer",
        "title": "Frost protection while I'm away for two weeks over Christmas",
        "body": "Going to my parents' for two weeks. I don't want to pay to heat an empty flat but I'm "
                "nervous about pipes. What's the right setting: Away, Holiday, or just turning it off?",
        "tags": ["schedules", "t2-thermostat", "v1-valve"],
        "days_ago": 112,
        "views": 880,
        "votes": 12,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Use **Holiday mode** (*Home > ... > Holiday*): pick the dates and a temperature, and it "
                     "switches back to the normal schedule on the day you return, even warming the flat up "
                     "before you get there.\n\n"
                     "Don't use 'Off'. Off still has frost protection at 5 °C, but in a flat I'd pick 12 °C "
                     "for the holiday temperature: keeps the damp away and costs little because your "
                     "neighbours' heating does half the work.",
             "votes": 9, "accepted": True, "hours_later": 2},
            {"author": "customer",
             "body": "Holiday mode set for 22nd to 5th at 12 degrees. Nice that it warms up before I get home.",
             "votes": 1, "hours_later": 6},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "customer",
        "title": "Bedroom V1 always reads about 2 degrees warmer than the T2",
        "body": "My T2 is in the living room. The bedroom has only a V1, and it always shows ~2 °C more than "
                "my little thermometer on the bedside table. So the bedroom ends up colder than I set it. "
                "Is there a fix?",
        "tags": ["v1-valve", "t2-thermostat"],
        "days_ago": 205,
        "views": 940,
        "votes": 14,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "The V1 measures temperature right next to a hot radiator, so it always reads a bit high "
                     "when heating. The valve corrects for this, but the correction assumes a 'typical' "
                     "radiator. Under a window with long curtains the error gets bigger.\n\n"
                     "Set *Temperature offset* on that valve to about -2 °C and check it again in a few days.",
             "votes": 8, "hours_later": 4},
            {"author": "agent",
             "body": "Ingrid's right. Also: if the curtain covers the valve at night, tuck it behind the "
                     "radiator or leave a gap. The valve then measures the air trapped behind the curtain, "
                     "which can be 4-5 degrees warmer than the room.",
             "votes": 5, "hours_later": 8},
            {"author": "customer",
             "body": "Offset -1.8 and the curtain tucked in. Much closer now, will keep an eye on it.",
             "votes": 1, "hours_later": 80},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_pieter",
        "title": "Open-window detection closes the valve when nobody opened a window",
        "body": "Living room V1 regularly shows the open-window symbol and shuts for 15 minutes. No window "
                "was opened. It seems to happen when the front door opens, which is in the same room (no hall "
                "in our house).",
        "tags": ["v1-valve"],
        "days_ago": 64,
        "views": 720,
        "votes": 11,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "That's exactly what it's built to notice: a fast temperature drop near the valve. In a "
                     "Dutch house with the front door straight into the room, a gust of cold air across the "
                     "radiator looks just like an open window.\n\n"
                     "Set the sensitivity lower: *Room > Settings > Open window detection > Low*. Low needs "
                     "a bigger and longer drop. If it still triggers, you can switch it off just for that "
                     "room and keep it in the bedrooms.",
             "votes": 10, "accepted": True, "hours_later": 3},
            {"author": "c_pieter",
             "body": "Low works, no more false shut-offs this week. Bedankt.",
             "votes": 1, "hours_later": 170},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_hannah",
        "title": "Radiator stays cold after summer although the V1 shows 100% open",
        "body": "First cold day, heating on, every radiator warm except the Kinderzimmer. The V1 there says "
                "**100%** in the app and I hear it move, but the radiator is stone cold top and bottom.",
        "tags": ["v1-valve"],
        "days_ago": 47,
        "views": 1350,
        "votes": 17,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "Classic after-summer problem: the valve pin in the radiator body has stuck in the closed "
                     "position. The V1 pushes and pulls on it, but if the pin is stuck, nothing moves.\n\n"
                     "1. Take the V1 off (twist the ring, no tools needed).\n"
                     "2. Press the metal pin in the valve body with your thumb or tap it gently a few times "
                     "with the handle of a screwdriver until it springs back out freely.\n"
                     "3. Put the V1 back and let it recalibrate.\n\n"
                     "To prevent it: keep *Valve exercise* turned on (*Settings > Valves*). It opens and "
                     "closes every valve once a week in summer. Someone may have switched it off.",
             "votes": 12, "accepted": True, "hours_later": 2},
            {"author": "c_hannah",
             "body": "Pin was stuck, now free. Radiator hot in five minutes. Valve exercise was off, I think "
                     "I turned it off myself because of the noise in summer.",
             "votes": 3, "hours_later": 4},
            {"author": "superuser",
             "body": "Tip for the noise: exercise runs on Thursday 11:00 by default, nobody hears that.",
             "votes": 4, "hours_later": 9},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_mark",
        "title": "H1 weather compensation: house too cold when it drops below freezing",
        "body": "Vaillant aroTHERM plus 7 kW with the H1. Above about 3 °C outside the house holds 20.5 "
                "perfectly. Below zero it slides to 18.5 by the evening. The installer chose preset "
                "curve 2. Should I just raise the whole curve?",
        "tags": ["h1-heat-pump"],
        "days_ago": 79,
        "views": 1630,
        "votes": 22,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Don't raise the whole curve, you'll overheat (and pay for it) on the mild days that are "
                     "currently perfect. You want the **cold end** steeper, not a parallel shift.\n\n"
                     "The H1 presets get steeper as the number goes up, so try **curve 3** (*Heating > Heating "
                     "curve*). Compared with 2 it adds roughly 2 °C flow at -3 °C outside and almost nothing "
                     "at +10 °C. "
                     "Give it three or four cold days before changing again. Heat pumps are slow; change one "
                     "thing at a time.",
             "votes": 14, "accepted": True, "hours_later": 4},
            {"author": "c_mark",
             "body": "Curve 3 did it. -2 last night and it's 20.3 this evening. Thank you Marieke.",
             "votes": 3, "hours_later": 120},
            {"author": "c_sven",
             "body": "Saving this. Mine was the same story with a Mitsubishi Ecodan.",
             "votes": 2, "hours_later": 200},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_george",
        "title": "T3 humidity reading is 10% higher than my hygrometer",
        "body": "The T3 says 62% humidity in the living room. My digital hygrometer next to it says 52%. "
                "Which one's lying? I'm trying to work out whether we have a damp problem.",
        "tags": ["t3-thermostat"],
        "days_ago": 95,
        "views": 610,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Could be either! Consumer hygrometers are often 5-10% off. Test yours with the salt "
                     "test: a bit of table salt with a few drops of water in a sealed freezer bag with the "
                     "hygrometer, 8 hours. It should read **75%**.\n\n"
                     "If the T3 is the one that's off, firmware 4.2 added a *Humidity offset* under "
                     "*Settings > Sensors*.",
             "votes": 8, "accepted": True, "hours_later": 6},
            {"author": "c_george",
             "body": "Salt test: my hygrometer said 66%. So it reads 9% low, and the T3 was right. Damp "
                     "problem confirmed, dehumidifier ordered.",
             "votes": 4, "hours_later": 40},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_emma",
        "title": "Hot water boost button on the T3 does nothing",
        "body": "Pressing the little tap icon on the T3 screen just flashes and nothing happens. The hot water "
                "channel works on its schedule. System boiler with a cylinder, T3 firmware 4.1.2.",
        "tags": ["t3-thermostat", "schedules"],
        "days_ago": 170,
        "views": 520,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "On 4.1.x the hot water boost needs a **long press** (2 seconds) on the tap icon; a short "
                     "press just shows the current hot water status, which is the flash you're seeing. "
                     "After a long press you get *HW boost 1 h*, and turning the dial changes the duration.\n\n"
                     "In the next firmware a short press opens the boost menu, because everyone assumed what you did.",
             "votes": 6, "accepted": True, "hours_later": 2},
            {"author": "c_emma",
             "body": "Long press works. Bit hidden! Will update anyway.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_kwame",
        "title": "Lock the thermostat so tenants can't change it on the device",
        "body": "In one of my flats heating is included in the rent and it's always turned up to 25. I'm fine "
                "with tenants adjusting within reason. Can I lock the T2 or limit the range?",
        "tags": ["t2-thermostat", "t3-thermostat"],
        "days_ago": 232,
        "views": 990,
        "votes": 13,
        "status": "solved",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Two options, depending on the model:\n\n"
                     "- **Screen lock** (T2 and T3, some call it child lock): in the app under the device's *Settings > Screen lock*. "
                     "The buttons do nothing until you unlock it from the app. A bit blunt for tenants.\n"
                     "- **Temperature range** (T3 only today): *Settings > Heating > Allowed range*, e.g. "
                     "16-21 °C. Works on the device and in the app for guests.\n\n"
                     "For the T2 the range limit is on its way, there's an idea thread for it.",
             "votes": 7, "accepted": True, "hours_later": 4},
            {"author": "c_kwame",
             "body": "Screen lock for now on the T2. Looking forward to the range.",
             "votes": 1, "hours_later": 9},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_frank",
        "title": "V1 makes a loud whirring noise at 3 am",
        "body": "The V1 in our bedroom wakes me at night: a buzzing motor sound for maybe five seconds, every "
                "20-30 minutes. Schedule for the bedroom is a steady 17 °C all night.",
        "tags": ["v1-valve", "firmware"],
        "days_ago": 95,
        "views": 1020,
        "votes": 15,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Mine did the same. Even at a steady setpoint the valve keeps nudging to hold 17, and "
                     "at night you hear every nudge.",
             "votes": 4, "hours_later": 3},
            {"author": "eng_maya",
             "body": "Valve firmware **2.8.1** added a night quiet mode: between 23:00 and 07:00 the motor runs "
                     "at about half speed and the valve only moves when it's really needed (bigger deadband). "
                     "It's much quieter.\n\n"
                     "Check your valve version under *Device info*. If it's on 2.7.x or 2.8.0, leave it within range "
                     "of the thermostat overnight and it updates itself; then enable *Room > Settings > Quiet "
                     "at night*.",
             "votes": 10, "accepted": True, "hours_later": 9},
            {"author": "c_frank",
             "body": "Updated to 2.8.1, quiet mode on. Still hear it very occasionally, but it's a soft hum now, "
                     "not a drill. Good enough.",
             "votes": 2, "hours_later": 80},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_zofia",
        "title": "'Copy to all days' didn't change Saturday and Sunday",
        "body": "I made a new Monday schedule and used *Copy to all days*. Tuesday to Friday changed, but "
                "Saturday and Sunday kept the old times. Am I doing something wrong?",
        "tags": ["schedules"],
        "days_ago": 188,
        "views": 450,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Your schedule is probably in *Weekdays + weekend* mode. In that mode 'copy to all days' "
                     "means all **weekdays**, and the weekend is a separate block on purpose.\n\n"
                     "Switch to *Schedule > ... > Mode > Every day different*, then copy will hit all seven. "
                     "(Agree the wording is misleading.)",
             "votes": 7, "accepted": True, "hours_later": 1},
            {"author": "c_zofia",
             "body": "That was it, thank you.",
             "votes": 0, "hours_later": 3},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_aisha",
        "title": "T2 shows E21 and the temperature is just dashes",
        "body": "Came down this morning and the T2 shows **E21** and `--.-` where the temperature should be. "
                "Heating is off. Restarted it (pulled it off the wall plate and back), same thing. About "
                "14 months old.",
        "tags": ["t2-thermostat", "warranty"],
        "days_ago": 228,
        "views": 670,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "Sorry Aisha, E21 means the thermostat's internal temperature sensor has failed its self "
                     "test. If a restart doesn't clear it, it's a hardware fault and not something you can fix. "
                     "You're well within the 2-year warranty, so we'll send a replacement T2 by next-day "
                     "delivery; the old one goes back in the same box.\n\n"
                     "Meanwhile, your V1 valves keep heating rooms to their own schedules, and in the app you "
                     "can set the boiler to *Manual on* for a few hours if you need heat.",
             "votes": 6, "accepted": True, "hours_later": 1},
            {"author": "c_aisha",
             "body": "Replacement arrived next day as promised, swapped in ten minutes and it kept all my "
                     "schedules. Good service.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_tim",
        "title": "T3 with underfloor heating is slow and overshoots in the morning",
        "body": "Ground floor is vloerverwarming (wet UFH), Remeha boiler on OpenTherm. The T3 starts heating "
                "at 6, the floor gets warm by 9, and by noon the living room is 22.5 while set to 20.5. "
                "Am I missing a setting for underfloor?",
        "tags": ["t3-thermostat", "opentherm", "schedules"],
        "days_ago": 156,
        "views": 830,
        "votes": 10,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Yes: tell the T3 it's controlling a slow system. *Settings > Heating > Heat emitters > "
                     "Underfloor*. That changes three things: lower max flow temperature (default 40 °C), "
                     "longer early start, and it stops heating earlier because it expects the floor to keep "
                     "releasing heat for hours.\n\n"
                     "Also, with a heavy screed floor, a big night setback rarely pays off. Try 19 at night "
                     "instead of 16 and see if the overshoot disappears.",
             "votes": 9, "accepted": True, "hours_later": 5},
            {"author": "c_tim",
             "body": "Was set to 'Radiators'. Changed to Underfloor and night to 19. Holds 20.5 within a few "
                     "tenths now.",
             "votes": 2, "hours_later": 100},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_sarah",
        "title": "Two V1 valves in the same room disagree by two degrees",
        "body": "Big living room, two radiators, a V1 on each. One says 21.0, the other 19.2. Which does the "
                "room follow, and why are they so different?",
        "tags": ["v1-valve"],
        "days_ago": 126,
        "views": 560,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "They're both 'right' about their own corner: one is probably near the bay window, the "
                     "other near the warm internal wall. The room uses the **average** of all sensors in it, "
                     "and each valve opens or closes so the average hits the target.\n\n"
                     "If your T2/T3 is in the same room, it's better to use it as the only sensor: *Room > "
                     "Settings > Temperature source > Thermostat*. The valves then just follow the thermostat.",
             "votes": 7, "accepted": True, "hours_later": 4},
            {"author": "c_sarah",
             "body": "The T2 is in that room, switched the source. Makes more sense now.",
             "votes": 0, "hours_later": 12},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_luca",
        "title": "Where is the temperature offset setting and how far does it go?",
        "body": "My T3 reads about a degree high compared to two other thermometers. Someone mentioned an "
                "offset setting but I can't find it on the device.",
        "tags": ["t3-thermostat"],
        "days_ago": 222,
        "views": 740,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "On the T3: *Menu > Settings > Sensors > Temperature offset*. Range is **-3.0 to +3.0 °C** "
                     "in 0.1 steps. On the V1 it's in the app only (*Device > Settings*), range ±5.\n\n"
                     "Before using it, make sure the 'error' isn't a draught through the back box, that's "
                     "the usual culprit when a wall thermostat reads high.",
             "votes": 5, "accepted": True, "hours_later": 2},
            {"author": "c_luca",
             "body": "Found it, set -0.9. Thanks.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_steve",
        "title": "Boiler keeps running for a few minutes after the thermostat says target reached",
        "body": "The T2 shows the flame going off, but I can hear the boiler going for another 3-5 minutes. "
                "Is the T2 not switching it off properly?",
        "tags": ["t2-thermostat", "wiring"],
        "days_ago": 274,
        "views": 520,
        "votes": 4,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "What you hear is almost certainly the **pump overrun**, not the burner. When the burner "
                     "stops, the boiler keeps the pump (and often the fan) running for a few minutes to move "
                     "the heat out of the heat exchanger so it doesn't overheat. Completely normal, every "
                     "modern boiler does it.\n\n"
                     "Check the boiler display: burner off is usually shown by the flame symbol disappearing.",
             "votes": 5, "hours_later": 6},
            {"author": "c_steve",
             "body": "Flame symbol goes off straight away, so yes, overrun. Learned something.",
             "votes": 0, "hours_later": 10},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_paul",
        "title": "H1 shows E40 several times a day with a Daikin Altherma",
        "body": "H1 on firmware 2.3.0, Modbus to a Daikin Altherma 3. Several times a day the H1 shows "
                "`E40 heat pump not responding` for 1-2 minutes, then recovers. RS-485 run is about 15 m, "
                "shielded CAT6 pair.",
        "tags": ["h1-heat-pump", "wiring"],
        "days_ago": 86,
        "views": 1180,
        "votes": 13,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Check termination. RS-485 wants a 120 Ω terminator at **both** ends of the bus. The H1 "
                     "has a small DIP switch labelled *TERM* next to the A/B terminals, off by default. On the "
                     "Daikin Modbus interface there's usually a jumper for the same thing.\n\n"
                     "With 15 m you can get away without it on a quiet day, which is exactly why it fails "
                     "'sometimes'. Also make sure the shield is grounded at one end only.",
             "votes": 11, "accepted": True, "hours_later": 6},
            {"author": "c_paul",
             "body": "TERM was off on the H1 and the Daikin side had no terminator at all. Both on now. Zero "
                     "E40s in four days.",
             "votes": 3, "hours_later": 110},
            {"author": "eng_maya",
             "body": "Good call. We're adding a 'bus errors' counter to the H1 *Diagnostics* screen in 2.4.0 "
                     "so this is easier to spot.",
             "votes": 5, "hours_later": 130},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_nina",
        "title": "Who heats the hot water cylinder when I have both the H1 and a T3?",
        "body": "Heat pump with a cylinder, H1 controller, and I also bought a T3 for the living room. The T3 "
                "has a hot water section. Should I wire the cylinder to the T3 or let the H1 do it?",
        "tags": ["h1-heat-pump", "t3-thermostat"],
        "days_ago": 60,
        "views": 430,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "eng_maya",
             "body": "Let the **H1** do it. With a heat pump, hot water is a mode of the heat pump itself "
                     "(diverter valve, higher flow temperature, legionella cycle), and the H1 drives it over "
                     "Modbus. The T3's HW output is for boilers with a cylinder.\n\n"
                     "In the app, once the T3 is in the same home as the H1, its hot water section shows the "
                     "H1's schedule, so you still control it from one place. Leave the T3's HW terminals empty.",
             "votes": 6, "accepted": True, "hours_later": 5},
            {"author": "c_nina",
             "body": "Clear, thank you!",
             "votes": 0, "hours_later": 9},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_lisa",
        "title": "Firmware update failed with E52 and the T3 went back to the old version",
        "body": "App said update to 4.2.1 available, I tapped install, after 20 minutes the T3 showed **E52** "
                "and rebooted. Now it's on 4.1.2 again. Is it bricked, and should I try again?",
        "tags": ["firmware", "t3-thermostat", "wifi"],
        "days_ago": 105,
        "views": 620,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "eng_maya",
             "body": "Not bricked, E52 is the safe outcome. The T3 keeps two firmware slots and only switches "
                     "to the new one if it downloads and verifies completely. E52 means the download or check "
                     "failed, so it stayed on the old slot.\n\n"
                     "Nine times out of ten it's Wi-Fi dropping during the download. Try again at a quiet "
                     "time (*Settings > Firmware > Check for update*). From 4.2.1 onwards downloads resume "
                     "where they stopped, so this gets rarer.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "c_lisa",
             "body": "Second try at 11 pm went through. On 4.2.1 now.",
             "votes": 1, "hours_later": 16},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_joe",
        "title": "What does the little leaf icon on the T2 mean?",
        "body": "Sometimes there's a green leaf in the corner of the T2 display. Sometimes not. Manual doesn't "
                "say much. Is it telling me I'm saving money?",
        "tags": ["t2-thermostat"],
        "days_ago": 290,
        "views": 1410,
        "votes": 9,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "More or less! The leaf shows when the **current target is 18 °C or below**: night "
                     "temperatures, Away and Holiday. It's a gentle nudge that lower setpoints save energy. "
                     "On the T3 with OpenTherm it also appears when the boiler is running at a flow "
                     "temperature low enough to condense.",
             "votes": 7, "hours_later": 3},
            {"author": "c_joe",
             "body": "Ha, OK. Cheers Sam.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_rachel",
        "title": "V1 display is upside down on a vertical valve",
        "body": "One radiator has the valve pointing down (the valve body comes out of the floor "
                "vertically). The V1 display is upside down. Minor, but it's bugging me.",
        "tags": ["v1-valve"],
        "days_ago": 235,
        "views": 310,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "c_ben",
             "body": "Had the same. In the app: valve > *Settings > Display orientation > Flipped*. There's no "
                     "way to do it on the valve itself as far as I know.",
             "votes": 5, "accepted": True, "hours_later": 7},
            {"author": "c_rachel",
             "body": "Sorted, thanks Ben.",
             "votes": 0, "hours_later": 9},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_ollie",
        "title": "Early start now warms the house by 5 am for a 7 am schedule",
        "body": "Since we had cavity-wall insulation done in October, the house reaches 20 °C way before 7. "
                "The T2 still starts the boiler around 4:45. Wasteful.",
        "tags": ["t2-thermostat", "schedules"],
        "days_ago": 58,
        "views": 480,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Congratulations on the insulation! Early start learns how fast your house heats up, but "
                     "it averages over the last couple of weeks of data, and it learned from the draughty "
                     "house. It'll adjust by itself, just slowly.\n\n"
                     "To speed that up: *Settings > Heating > Early start > Reset learning*. It starts from a "
                     "conservative default and relearns in about a week.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "c_ollie",
             "body": "Reset it. First morning it started at 6:10, second 6:20. Much better.",
             "votes": 2, "hours_later": 56},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_claire",
        "title": "Warm bathroom in the morning only, without heating the whole house",
        "body": "I want the bathroom at 22 from 6:30 to 7:30 and the rest of the house at 18. I have a T2 in "
                "the hall and V1s on every radiator. Is that possible, or does the boiler heat everything?",
        "tags": ["schedules", "v1-valve"],
        "days_ago": 199,
        "views": 660,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "That's exactly what the V1s are for. Give the bathroom its own schedule (22 °C 06:30-07:30). "
                     "When any room with a V1 wants heat, the T2 fires the boiler, but only the bathroom "
                     "valve opens; the others stay closed because their rooms are already at 18.\n\n"
                     "Make sure *Room demand can fire boiler* is on under *Settings > Heating*. It's on by "
                     "default unless someone switched it off.",
             "votes": 8, "accepted": True, "hours_later": 3},
            {"author": "c_claire",
             "body": "Works! Warm bathroom, cold hallway. Perfect.",
             "votes": 1, "hours_later": 40},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_felix",
        "title": "Radiator stays lukewarm even though the V1 is 100% open",
        "body": "Heizkörper im Bad: the V1 is fully open, the T3 calls for heat, flow is hot. But the bathroom "
                "radiator is only lukewarm, top and bottom. All other radiators are fine. Pin moves freely, "
                "I checked.",
        "tags": ["v1-valve"],
        "days_ago": 138,
        "views": 790,
        "votes": 11,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "If the pin moves, look at the valve body itself: many German bodies (Heimeier, Oventrop, "
                     "Danfoss RA-N) are **presettable** (*voreinstellbar*). There's a ring with numbers 1-6 or "
                     "N under the head. If it's set to 1, the valve only lets a trickle through even at 100%.\n\n"
                     "Take the V1 off and look for the ring. For a bathroom radiator I'd start at 4-5. Don't "
                     "forget the lockshield on the return side too; if someone closed it during painting...",
             "votes": 11, "accepted": True, "hours_later": 4},
            {"author": "c_felix",
             "body": "Voreinstellung was on 2. Set to 5: radiator is hot. Danke Ingrid, you clearly know "
                     "your Heizungen.",
             "votes": 3, "hours_later": 28},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_grace",
        "title": "What happens to the T2 schedule during a power cut?",
        "body": "We get short power cuts a few times a year in our village. Does the T2 lose its clock or its "
                "schedule? No battery in it as far as I can see.",
        "tags": ["t2-thermostat", "schedules"],
        "days_ago": 315,
        "views": 350,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "Schedules are stored in flash memory, so they survive any power cut. The clock runs on a "
                     "small supercapacitor for about 48 hours without power; after a longer cut it gets the "
                     "time from the internet as soon as Wi-Fi is back.\n\n"
                     "The only thing you'll notice: if power and internet are both down for more than two "
                     "days, it'll show `--:--` and run at a safe 18 °C until it knows the time again.",
             "votes": 6, "accepted": True, "hours_later": 3},
            {"author": "c_grace",
             "body": "Reassuring, thanks.",
             "votes": 0, "hours_later": 6},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_ahmed",
        "title": "Boost the heating for an hour without messing up the schedule",
        "body": "Sometimes I'm home early and cold. I want an hour at 21 and then back to normal, without "
                "editing the schedule and forgetting to change it back.",
        "tags": ["t2-thermostat", "schedules"],
        "days_ago": 178,
        "views": 410,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "c_ollie",
             "body": "Hold the **up** button on the T2 for two seconds: that's **Boost**, 1 hour at the boost "
                     "temperature. Each extra long press adds an hour (up to 4). Hold **down** to cancel. In the app it's the "
                     "flame button on the room card.\n\n"
                     "The boost temperature itself is under *Settings > Heating > Boost temperature*.",
             "votes": 5, "accepted": True, "hours_later": 2},
            {"author": "c_ahmed",
             "body": "Simple, thanks Oliver.",
             "votes": 0, "hours_later": 4},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_maria",
        "title": "App says 'Valve not responding' every night around 23:00",
        "body": "Every night at roughly 23:00 the app shows *Valve not responding* for all three V1s. In the "
                "morning they're fine. Heating works fine as far as I can tell. T3 firmware 4.2.0, valves 2.8.1.",
        "tags": ["v1-valve", "firmware"],
        "days_ago": 110,
        "views": 540,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "23:00 is when quiet mode starts on 2.8.1 valves, I bet it's related. Mine did the same "
                     "on 4.2.0.",
             "votes": 3, "hours_later": 2},
            {"author": "eng_maya",
             "body": "Dave's right. In quiet mode the valves check in every 10 minutes instead of every 2 to "
                     "save battery, and the T3 on 4.2.0 marked a valve as 'not responding' after 5 minutes "
                     "of silence. The valves were working the whole time; only the status was wrong.\n\n"
                     "Fixed in **4.2.1** (the timeout now follows the valve's check-in interval). Update the "
                     "T3 and the warning goes away.",
             "votes": 9, "accepted": True, "hours_later": 8},
            {"author": "c_maria",
             "body": "Updated, no warnings last night. Thanks both.",
             "votes": 0, "hours_later": 34},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_kwame",
        "title": "T2 or T3 for rental flats: which is harder for tenants to break?",
        "body": "Replacing the last two thermostats in my building. I've had T2s in four flats for a year. "
                "Is the T3 worth it for rentals, or does the extra screen just give people more buttons to "
                "press?",
        "tags": ["t2-thermostat", "t3-thermostat"],
        "days_ago": 190,
        "views": 540,
        "votes": 7,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "For rentals I'd pick the T3 only for the temperature range limit, which the T2 doesn't "
                     "have yet. Otherwise the T2 is simpler: two buttons, one long press for boost. Fewer support "
                     "calls from tenants in my experience (I manage my daughter's flat).",
             "votes": 5, "hours_later": 5},
            {"author": "olu_a",
             "body": "From the install side: most landlords I work with go T2 + screen lock. The T3 colour "
                     "screen is nice but tenants ring up asking what the humidity number means.",
             "votes": 4, "hours_later": 8},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_dan",
        "title": "Do the V1 valves need recalibrating after bleeding the radiators?",
        "body": "Had the system drained and refilled for a new radiator. Do the V1s need anything doing? "
                "Nothing looks wrong but I don't want them thinking they're at a position they're not.",
        "tags": ["v1-valve"],
        "days_ago": 150,
        "views": 290,
        "votes": 3,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "Generally no. The V1 calibrates against the valve pin, not the water, so draining doesn't "
                     "change anything. The exception is if a valve was taken off the body (e.g. the plumber "
                     "removed it to fit a new radiator). Then take the batteries out for 10 seconds to force "
                     "a fresh calibration.",
             "votes": 4, "hours_later": 7},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_yuki",
        "title": "T3 flow temperature: 'Adaptive' vs 'Fixed' on OpenTherm",
        "body": "Under *Heating > Flow temperature* the T3 has *Adaptive* and *Fixed*. What's the difference, "
                "and which one saves more gas?",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 98,
        "views": 810,
        "votes": 12,
        "status": "answered",
        "replies": [
            {"author": "eng_maya",
             "body": "**Fixed**: the boiler always runs at the flow temperature you set, and the T3 just turns "
                     "it on and off (like on/off control, but over OpenTherm).\n\n"
                     "**Adaptive**: the T3 calculates the flow temperature it needs from how far the room is "
                     "from the target and how fast it's warming up. Close to target it asks for maybe 35-40 "
                     "°C instead of 60. Lower flow = more condensing = less gas. Adaptive also uses the "
                     "outdoor temperature from the weather service.\n\n"
                     "Adaptive is the default and what we recommend, with *Max flow temperature* as a ceiling.",
             "votes": 10, "hours_later": 8},
            {"author": "superuser",
             "body": "One caution: with very undersized radiators, Adaptive can take longer to recover from a "
                     "night setback. If mornings feel slow, raise the max or reduce the setback, don't go back "
                     "to Fixed.",
             "votes": 5, "hours_later": 12},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_sven",
        "title": "Using solar PV surplus with the H1: is anyone doing it?",
        "body": "We have 6 kWp of PV and a Samsung EHS Mono. The heat pump has SG Ready terminals. Can the H1 "
                "use them, or is anyone here running the heat pump harder on sunny days some other way?",
        "tags": ["h1-heat-pump", "home-assistant"],
        "days_ago": 45,
        "views": 760,
        "votes": 14,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "The H1 doesn't use SG Ready at all (it also doesn't block it, so your installer can still "
                     "wire it for the grid operator). I do it with a P1 dongle and Home Assistant: if export "
                     "is above 1.5 kW for 10 minutes, raise the room setpoint by 1 °C and the hot water target "
                     "to 55 °C. On a sunny March day that puts 4-6 kWh of PV into the house instead of the grid.\n\n"
                     "In mid-winter it barely triggers, of course.",
             "votes": 9, "hours_later": 6},
            {"author": "pm_sophie",
             "body": "Marieke describes it well. Solar surplus is on our list as the natural next step after "
                     "tariff-aware heating (there's a thread for it in Ideas); the hard part is getting a live "
                     "reading from dozens of inverter and meter brands. Until then, Home Assistant is the way.",
             "votes": 6, "hours_later": 26},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_anouk",
        "title": "T3 shows 'Boiler service required' and a spanner icon",
        "body": "Since yesterday a little spanner and *Boiler service required* on the T3 home screen. The "
                "heating works normally. Our Remeha was serviced in the spring. Can I clear this?",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 34,
        "views": 380,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "That message comes straight from the boiler over OpenTherm, the T3 is only the messenger. "
                     "Remeha boilers count burner hours and raise a service reminder (on the boiler display "
                     "it shows as a maintenance code). Your engineer needs to reset the counter in the "
                     "installer menu; if they didn't after the spring service, it pops up now.\n\n"
                     "Which exact Remeha model? On some you can acknowledge it from the boiler's own menu.",
             "votes": 5, "hours_later": 4},
            {"author": "c_anouk",
             "body": "Calenta Ace 28c. I'll ask the installer to reset it, thanks.",
             "votes": 0, "hours_later": 20},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "discussion",
        "author": "c_mia",
        "title": "Night setback with a heat pump and underfloor heating: worth it or not?",
        "body": "The internet is divided. Some say never set back a heat pump, others say 1-2 degrees at "
                "night saves money. We have UFH downstairs and radiators upstairs, an H1 with a Vaillant. "
                "What do you actually do?",
        "tags": ["h1-heat-pump", "schedules"],
        "days_ago": 72,
        "views": 1900,
        "votes": 25,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "Flat 20 °C day and night downstairs (UFH), 18 °C upstairs all the time. I tried a 2 °C "
                     "setback for a whole January and used **more** electricity: the recovery in the morning "
                     "needs a higher flow temperature, which kills the COP exactly when it's coldest outside.",
             "votes": 12, "hours_later": 4},
            {"author": "superuser",
             "body": "Physics agrees with Marieke for slow systems. The exception is a leaky house with fast "
                     "radiators, where a small setback can pay. With UFH, no.",
             "votes": 8, "hours_later": 9},
            {"author": "c_paul",
             "body": "I do 1 °C setback only upstairs, on radiators, because we sleep better cool. Costs nothing "
                     "measurable either way.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_rob",
        "title": "Can the T3 heat the hot water cylinder to 60 degrees once a week?",
        "body": "System boiler with a cylinder, T3 on relay control, cylinder has its own stat set to 50. I read "
                "you should go to 60 once a week against legionella. Can the T3 do that?",
        "tags": ["t3-thermostat", "schedules"],
        "days_ago": 245,
        "views": 500,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "olu_a",
             "body": "On relay control the T3 can only switch the hot water channel on and off; the temperature "
                     "is decided by the cylinder stat on the tank. So the T3 can't make it 60 unless the "
                     "cylinder stat is set to 60.\n\n"
                     "Honestly, with a stored cylinder the usual advice is to keep the stat at 60 all the time "
                     "and fit a thermostatic mixing valve if scalding is a worry.",
             "votes": 5, "hours_later": 6},
            {"author": "agent",
             "body": "To add: with OpenTherm and a boiler that supports cylinder temperature control, the T3 "
                     "gets a *Weekly hot water boost* option. That isn't available on relay control.",
             "votes": 2, "hours_later": 10},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_ben",
        "title": "What changed in thermostat firmware 4.2.1?",
        "body": "My T2 updated overnight to 4.2.1. Is there a changelog somewhere? The app just says "
                "'bug fixes and improvements', which tells me nothing.",
        "tags": ["firmware", "t2-thermostat", "t3-thermostat"],
        "days_ago": 115,
        "views": 1340,
        "votes": 18,
        "status": "answered",
        "replies": [
            {"author": "eng_maya",
             "body": "Fair complaint, the in-app notes are still far too vague. For 4.2.1:\n\n"
                     "- OpenTherm: longer first-message timeout for slow boiler boards (fixes morning E14 on "
                     "some Baxi and Potterton).\n"
                     "- V1: 'not responding' timeout follows the valve's check-in interval (no more false "
                     "warnings in quiet mode).\n"
                     "- Firmware downloads resume after a Wi-Fi drop instead of failing with E52.\n"
                     "- T3: hot water boost opens on a short press.\n"
                     "- T2: fixed the display freezing for ~2 s when changing Wi-Fi networks.\n\n"
                     "Full notes for every version will be in the help centre from now on.",
             "votes": 16, "hours_later": 7},
            {"author": "c_ben",
             "body": "Perfect, that's what I wanted. Thanks Maya.",
             "votes": 1, "hours_later": 10},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_katie",
        "title": "T3 screen is too bright at night in the upstairs landing",
        "body": "The T3 is on the landing outside our bedrooms and lights up the whole corridor at night. "
                "Any way to dim or turn off the screen at night?",
        "tags": ["t3-thermostat"],
        "days_ago": 20,
        "views": 230,
        "votes": 4,
        "status": "answered",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Yes: *Settings > Display > Night mode*. You can set hours, and choose *Dim* or *Off until "
                     "touched*. The T3 also has an ambient light sensor, so *Auto brightness* helps too, but "
                     "in a dark corridor it still glows a bit; *Off until touched* is the one for you.",
             "votes": 4, "hours_later": 2},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_noor",
        "title": "Lowest safe temperature for an unheated garage room with a V1",
        "body": "We have a converted garage used as storage, V1 on the one radiator. What's the lowest I can "
                "set it without risking frozen pipes or damp? Currently 12.",
        "tags": ["v1-valve", "schedules"],
        "days_ago": 82,
        "views": 260,
        "votes": 2,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "The V1's frost protection kicks in at 5 °C whatever you set, so frozen pipes are covered. "
                     "Damp is the bigger concern: below about 10-12 °C in a room with cold walls, "
                     "condensation and mould start. For storage with cardboard boxes I'd keep 10-12. If it's "
                     "tools and bikes, 8 is fine.",
             "votes": 3, "hours_later": 5},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_felix",
        "title": "Can the T3 use the boiler's own outdoor sensor instead of internet weather?",
        "body": "Unsere Viessmann hat einen Außenfühler. The T3 uses weather from the internet, which is for "
                "the nearest town, 8 km away and 200 m lower. Can it read the boiler's outdoor sensor?",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 66,
        "views": 290,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "agent_lena",
             "body": "If the boiler reports its outdoor sensor over OpenTherm, yes: the T3 uses it automatically "
                     "and shows *Outdoor: boiler sensor* under *Info*. Whether the Viessmann does depends on "
                     "the OpenTherm extension module and its settings. With your installer's module in place, "
                     "check the Info screen; if it says *Outdoor: weather service*, the boiler isn't sending it.",
             "votes": 4, "hours_later": 5},
            {"author": "c_felix",
             "body": "Says 'weather service'. I'll ask the installer at the next visit.",
             "votes": 0, "hours_later": 26},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "feedback",
        "author": "c_jen",
        "title": "The new menu layout in 4.2 is harder to navigate",
        "body": "After 4.2, the T3 menu moved *Holiday* into *Modes* and *Wi-Fi* into *Connectivity*. I "
                "spent five minutes looking for things I used to find in two clicks. Was this really "
                "necessary?",
        "tags": ["t3-thermostat", "firmware"],
        "days_ago": 121,
        "views": 470,
        "votes": 10,
        "status": "answered",
        "replies": [
            {"author": "eng_maya",
             "body": "Fair feedback, thanks. The reorganisation was to make room for the OpenTherm diagnostics and "
                     "new sensor settings without an endless list. We tested with new users but clearly under-weighted "
                     "people who had muscle memory. For 4.3 we're adding a *Recent* entry at the top of the "
                     "menu with your last five settings screens.",
             "votes": 7, "hours_later": 18},
            {"author": "c_jen",
             "body": "That would help a lot, thanks for listening.",
             "votes": 1, "hours_later": 22},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "praise",
        "author": "c_hannah",
        "title": "First full winter with V1 valves: 14% less gas",
        "body": "Compared our gas meter readings October to March with the previous winter, corrected for "
                "degree days: **14% less**, in a 1960s Doppelhaushälfte. Main change was heating only "
                "the rooms we use. Thank you to Lena and Ingrid for the help along the way.",
        "tags": ["v1-valve", "energy-reports"],
        "days_ago": 200,
        "views": 880,
        "votes": 29,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "Thank you for correcting for degree days, most people don't! 14% is a great result.",
             "votes": 6, "hours_later": 5},
            {"author": "agent_lena",
             "body": "Das freut mich sehr, Hannah. Thanks for sharing real numbers.",
             "votes": 3, "hours_later": 9},
            {"author": "pm_sophie",
             "body": "Would you mind if we quoted this (anonymously) in the next customer newsletter?",
             "votes": 2, "hours_later": 24},
            {"author": "c_hannah",
             "body": "Of course, go ahead.",
             "votes": 0, "hours_later": 30},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_george",
        "title": "T3 clock drifts about five minutes a week",
        "body": "My T3 runs about 5 minutes fast by the end of each week, then jumps back. So the heating "
                "sometimes starts at 6:25 instead of 6:30. Wi-Fi is connected the whole time. Firmware 4.2.3.",
        "tags": ["t3-thermostat", "firmware"],
        "days_ago": 8,
        "views": 95,
        "votes": 3,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_zofia",
        "title": "Can I rename rooms on the T3 itself rather than in the app?",
        "body": "My mum uses the T3 but not the app. The room names came out as 'Room 3', 'Room 4' because "
                "I paired the valves in a hurry. Can she rename them on the thermostat?",
        "tags": ["t3-thermostat"],
        "days_ago": 2,
        "views": 40,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_paul",
        "title": "Defrost cycles making the house cold in the morning",
        "body": "Damp mornings around 2 °C: the Altherma goes into defrost several times between 5 and 8 am "
                "and the H1 shows flow temperature dropping to 20 °C each time. By 8 the living room is "
                "a degree below target. Is there anything the H1 can do about this?",
        "tags": ["h1-heat-pump"],
        "days_ago": 11,
        "views": 180,
        "votes": 5,
        "status": "open",
        "replies": [
            {"author": "c_sven",
             "body": "Seeing the same with a Samsung. Mornings between 0 and 4 degrees with fog are the worst.",
             "votes": 2, "hours_later": 9},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_lisa",
        "title": "V1 shows E31 after the kids knocked it",
        "body": "My son kicked a football into the radiator and the V1 fell off its adapter. I put it back on, "
                "but it shows **E31** now and the motor tries and stops. Is it broken?",
        "tags": ["v1-valve"],
        "days_ago": 3,
        "views": 50,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_grace",
        "title": "Recommended temperature for a baby's nursery",
        "body": "Baby due next month. What are people setting for the nursery, day and night? And is a V1 "
                "accurate enough for this, or should I add a separate thermometer?",
        "tags": ["v1-valve", "schedules"],
        "days_ago": 1,
        "views": 34,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_tim",
        "title": "Hot water takes much longer since switching to OpenTherm",
        "body": "Intergas combi with the T3 on OpenTherm. Since the switch, it takes 20-30 seconds longer for "
                "hot water to arrive at the kitchen tap. Before, with on/off, it was almost instant. Is the "
                "T3 doing something to the combi's hot water?",
        "tags": ["opentherm", "t3-thermostat"],
        "days_ago": 19,
        "views": 210,
        "votes": 4,
        "status": "open",
        "replies": [
            {"author": "superuser",
             "body": "Quick check before theorising: under *Settings > Hot water* on the T3, is *Comfort / "
                     "preheat* set to Off or Eco? Intergas keeps the heat exchanger warm in comfort mode, and "
                     "some T3 setups send 'eco' by default over OpenTherm.",
             "votes": 3, "hours_later": 6},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_aisha",
        "title": "How long did the boiler run today? Can the T2 show it?",
        "body": "I'd like to see how many hours the boiler has run per day, to compare with our gas bill. Is "
                "that on the T2 screen anywhere?",
        "tags": ["t2-thermostat", "energy-reports"],
        "days_ago": 26,
        "views": 140,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_rachel",
        "title": "Boiler short-cycling on mild days with OpenTherm",
        "body": "When it's 10-12 °C outside, the boiler fires for two minutes, stops for five, fires again, all "
                "day. Baxi 800 with the T3 on OpenTherm, max flow set to 60. On cold days it's fine. Bad for "
                "the boiler, surely?",
        "tags": ["opentherm", "t3-thermostat"],
        "days_ago": 14,
        "views": 310,
        "votes": 6,
        "status": "open",
        "replies": [
            {"author": "marieke",
             "body": "Do you know your boiler's minimum output in kW? And roughly how many radiators have a V1 "
                     "that's mostly closed on mild days? If the minimum output is bigger than what the open "
                     "radiators can give off, it'll cycle no matter what the thermostat does.",
             "votes": 4, "hours_later": 5},
            {"author": "c_rachel",
             "body": "Baxi says minimum 3.6 kW for the 824. Three of seven radiators are usually closed.",
             "votes": 0, "hours_later": 20},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_ahmed",
        "title": "V1 LED blinks red three times every hour",
        "body": "No error on the display, heating works, but the little LED on the side of one V1 blinks red "
                "three times, roughly every hour. The others don't. Battery shows OK in the app.",
        "tags": ["v1-valve", "batteries"],
        "days_ago": 6,
        "views": 66,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_dan",
        "title": "Heat pump with V1s: should most valves just stay fully open?",
        "body": "New heat pump going in next month, and I already have V1s on every radiator from the boiler "
                "days. The installer says 'heat pumps hate TRVs'. Do I take the V1s off, leave them open, "
                "or let them work as before?",
        "tags": ["h1-heat-pump", "v1-valve"],
        "days_ago": 5,
        "views": 120,
        "votes": 4,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_sarah",
        "title": "T2 lost its Wi-Fi settings after a power cut",
        "body": "Power went off for about an hour last night. Since then the T2 shows **E03** and asks for "
                "the Wi-Fi password again, like it forgot. Schedules are still there. Before I re-enter it, "
                "is this a known thing?",
        "tags": ["t2-thermostat", "wifi"],
        "days_ago": 9,
        "views": 150,
        "votes": 3,
        "status": "open",
        "replies": [
            {"author": "c_joe",
             "body": "Had something similar in November. Is your router also one that takes ages to boot? Mine "
                     "was up after the T2 had already given up.",
             "votes": 1, "hours_later": 4},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "discussion",
        "author": "c_claire",
        "title": "What does your schedule look like on a work-from-home day?",
        "body": "Trying to get the balance right on WFH days. Mine: office 20 °C 8:30-17:30, rest of house "
                "17 °C, living room 20 from 18:00. Curious what others do, especially with V1s.",
        "tags": ["schedules", "v1-valve"],
        "days_ago": 40,
        "views": 690,
        "votes": 11,
        "status": "open",
        "replies": [
            {"author": "dave_h",
             "body": "Office 19.5 with a 30-minute pre-warm, everything else 17 with the living room to 20 at "
                     "17:30. On WFH days I also turn on a presence sensor in Home Assistant that bumps the "
                     "office only when I'm actually at the desk.",
             "votes": 5, "hours_later": 3},
            {"author": "customer",
             "body": "Box room office at 20 from 8 to 5, flat otherwise 18. The extra V1 was the best £55 I spent.",
             "votes": 3, "hours_later": 10},
            {"author": "c_katie",
             "body": "Fleece and 18 everywhere. I'm Irish, we suffer.",
             "votes": 9, "hours_later": 14},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_mark",
        "title": "Valves no longer follow Away mode since V1 firmware 2.8.3",
        "body": "Set the home to Away this morning. T3 went to the away temperature, but all five V1s stayed "
                "at their schedule temperatures (20-21). Worked fine before the valves updated to 2.8.3 last week.",
        "tags": ["v1-valve", "firmware", "geofencing"],
        "days_ago": 0,
        "views": 26,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_luca",
        "title": "H1 with Samsung EHS Mono: which Modbus address and baud rate?",
        "body": "The H1 manual lists settings for Vaillant, Daikin and Mitsubishi. Nothing for the Samsung "
                "EHS Mono (2023 model with the MIM-B19N Modbus interface). What do I set on both sides?",
        "tags": ["h1-heat-pump", "wiring"],
        "days_ago": 17,
        "views": 160,
        "votes": 3,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_kwame",
        "title": "Minimum and maximum temperature limits on the T2",
        "body": "The T3 has *Allowed range*. The T2 only has the all-or-nothing child lock. Please add the "
                "range to the T2 as well: for rentals it's the single most useful setting.",
        "tags": ["t2-thermostat", "firmware"],
        "days_ago": 240,
        "views": 720,
        "votes": 31,
        "status": "planned",
        "status_reason": "Allowed range is coming to the T2 in firmware 4.3, with the same behaviour as on "
                         "the T3 (device and app, owner-only setting).",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "The T2 hardware can do this; it was a matter of fitting it into the T2's two-button interface. "
                     "It's implemented for **4.3**, now in internal testing. Owners will set it in the app; "
                     "on the device the buttons simply stop at the limits.",
             "votes": 12, "hours_later": 50},
            {"author": "c_kwame",
             "body": "Excellent news.",
             "votes": 1, "hours_later": 52},
            {"author": "c_steve",
             "body": "Same need for our second house. Thanks.",
             "votes": 2, "hours_later": 140},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_pieter",
        "title": "A plug-in repeater for Halden Link to reach valves at the far end of the house",
        "body": "Our extension at the back has two V1s that drop to one bar of link strength and sometimes show "
                "'not responding'. A mains plug repeater for Halden Link would solve it. Wi-Fi mesh doesn't "
                "help here because the valves don't use Wi-Fi.",
        "tags": ["v1-valve"],
        "days_ago": 300,
        "views": 1250,
        "votes": 37,
        "status": "planned",
        "status_reason": "A mains-powered Halden Link repeater is in development and will work with all V1 "
                         "valves and existing T2/T3 thermostats.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "superuser",
             "body": "+1. In the meantime, moving the thermostat a couple of metres can make a surprising "
                     "difference if that's an option.",
             "votes": 6, "hours_later": 10},
            {"author": "pm_sophie",
             "body": "This is one of the most-voted ideas we have, and we agree. A plug-in Halden Link repeater "
                     "is in development; it'll work with existing thermostats after a firmware update. I "
                     "can't give a launch date yet, but it's funded and has a team.",
             "votes": 15, "hours_later": 70},
            {"author": "c_mark",
             "body": "Take my money. Old house, thick stone walls.",
             "votes": 7, "hours_later": 80},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_tim",
        "title": "Show the boiler's own fault codes on the T3",
        "body": "When our Intergas had a fault last winter, the T3 only said *Boiler fault*. The boiler "
                "display in the attic said F-code 28. OpenTherm can pass the fault code, so please show it "
                "on the T3 and in the app, then I know whether to ring the installer.",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 160,
        "views": 540,
        "votes": 22,
        "status": "planned",
        "status_reason": "T3 firmware 4.3 shows the boiler's OEM fault code and sends it to the app "
                         "notification, for boilers that report it over OpenTherm.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "Good idea and low effort on our side: the T3 already receives the OEM fault code, we just "
                     "weren't showing it. It'll be in **4.3** on the T3 screen and in the app notification. "
                     "We won't translate codes into text because they differ per manufacturer.",
             "votes": 9, "hours_later": 30},
            {"author": "superuser",
             "body": "Even the raw code is a big help. Installers will thank you.",
             "votes": 4, "hours_later": 34},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "feedback",
        "author": "c_emma",
        "title": "V1 motor louder during the day since 2.8.1",
        "body": "Quiet mode at night is great, but during the day the valves now seem to move faster and louder "
                "than before. Notice it in my home office in particular.",
        "tags": ["v1-valve", "firmware"],
        "days_ago": 52,
        "views": 330,
        "votes": 13,
        "status": "planned",
        "status_reason": "Confirmed: 2.8.1 uses a faster motor profile in daytime. V1 firmware 2.9 adds a "
                         "'quiet all day' option per room.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "You're hearing right. In 2.8.1 the day profile moves the motor faster so quiet mode can "
                     "be slower at night without the valve falling behind. For living spaces we should have "
                     "made it optional. **2.9** adds *Quiet all day* per room (slightly higher battery use).",
             "votes": 8, "hours_later": 24},
            {"author": "c_emma",
             "body": "Thanks, I'll turn that on for the office when it lands.",
             "votes": 0, "hours_later": 28},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "marieke",
        "title": "Let the H1 suggest heating-curve changes from a week of data",
        "body": "Tuning the curve is what every heat pump owner struggles with. The H1 already knows the "
                "outdoor temperature, the flow temperature and how warm every room actually got. After a "
                "week it could say: *rooms were 0.8 °C short below 0 °C outside, move from curve 2 to "
                "curve 3?* and let me accept or ignore it.\n\n"
                "I do this by hand with a spreadsheet every autumn.",
        "tags": ["h1-heat-pump"],
        "days_ago": 130,
        "views": 980,
        "votes": 34,
        "status": "planned",
        "status_reason": "Curve suggestions for the H1 are planned: after a week of data the app proposes a "
                         "different curve, and nothing changes until you accept it.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "c_sven",
             "body": "Yes please. Mine is still on the installer's default after two winters because I'm "
                     "scared to touch it.",
             "votes": 8, "hours_later": 6},
            {"author": "c_mark",
             "body": "This would have saved me a thread and a cold week.",
             "votes": 5, "hours_later": 15},
            {"author": "pm_sophie",
             "body": "We like this a lot because it's safe: suggestions only, you approve. First version: "
                     "a preset suggestion after at least 7 days including three cold ones, H1 only. If the "
                     "two-point curve from the Ideas thread goes ahead, suggestions can get finer.",
             "votes": 12, "hours_later": 40},
            {"author": "marieke",
             "body": "Happy to test. I have five years of spreadsheet data to compare against.",
             "votes": 5, "hours_later": 44},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_nina",
        "title": "Can the T3 warn me when a room's humidity stays high for hours?",
        "body": "The T3 measures humidity. Is there a way to get a notification when a room stays above 65% "
                "for many hours, especially bedrooms in winter? Our rented flat had mould last year and we "
                "only noticed when it was visible.",
        "tags": ["t3-thermostat"],
        "days_ago": 88,
        "views": 410,
        "votes": 9,
        "status": "answered",
        "replies": [
            {"author": "pm_sophie",
             "body": "Not yet, but it's planned: there's a mould-risk idea in Ideas & feedback that we've "
                     "marked planned, and it won't be locked behind Halden Plus. Please add your vote and "
                     "your use case there. Note only the T3 measures humidity, so rooms with only V1s won't "
                     "be covered.",
             "votes": 5, "hours_later": 20},
            {"author": "dave_h",
             "body": "Meanwhile, if you use Home Assistant: a numeric-state trigger on the T3 humidity sensor, "
                     "`above: 65` with `for: '06:00:00'`, and a notify action does exactly this.",
             "votes": 6, "hours_later": 24},
            {"author": "c_nina",
             "body": "Voted, and the HA trick will do until then. Thanks.",
             "votes": 0, "hours_later": 40},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_rob",
        "title": "Holiday mode should also handle the hot water",
        "body": "Holiday mode drops the heating, but the T3 keeps heating the cylinder on its schedule while "
                "we're away. It should pause hot water too and do one heat-up before we return.",
        "tags": ["t3-thermostat", "schedules"],
        "days_ago": 210,
        "views": 350,
        "votes": 15,
        "status": "planned",
        "status_reason": "Holiday mode will get a 'pause hot water' option with a heat-up before your return "
                         "date, in T3 firmware 4.3 with a matching app update.",
        "status_by": "agent",
        "replies": [
            {"author": "agent",
             "body": "Thanks Rob. I checked with the firmware team: this is in firmware 4.3 (plus an app update), as an "
                     "option under Holiday. It heats the cylinder once, two hours before the end date.",
             "votes": 6, "hours_later": 26},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_ben",
        "title": "Enable OpenTherm on the T2 with a firmware update",
        "body": "The T2 and T3 look very similar inside (I opened mine). Is OpenTherm just a software lock "
                "on the T2? Would be great to unlock it instead of buying a T3.",
        "tags": ["t2-thermostat", "opentherm", "firmware"],
        "days_ago": 265,
        "views": 920,
        "votes": 20,
        "status": "wont_fix",
        "status_reason": "The T2 has no OpenTherm interface circuit; it only has the relay. This can't be "
                         "added with firmware.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "I wish it were a software lock, it would make everyone's life easier! OpenTherm needs a "
                     "small current-loop interface circuit between the terminals and the processor. The T3 "
                     "has it, the T2 board has the space for it but the components aren't fitted. No firmware "
                     "update can add them.\n\n"
                     "(Also please don't open devices that are plugged into 230 V. Even the wall plate.)",
             "votes": 13, "hours_later": 12},
            {"author": "c_ben",
             "body": "Fair. And yes, it was off at the fuse, promise.",
             "votes": 2, "hours_later": 15},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_joe",
        "title": "USB-C power option for the V1 valves",
        "body": "One of my radiators is right next to a socket. I'd happily run a cable to avoid changing "
                "batteries. A USB-C port on the V1 would be nice.",
        "tags": ["v1-valve", "batteries"],
        "days_ago": 330,
        "views": 280,
        "votes": 6,
        "status": "wont_fix",
        "status_reason": "A wired V1 would need a different, larger housing and a cable near a hot radiator; "
                         "with a set of AAs lasting a heating season or more we don't plan it.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "We've considered it. A cable dangling from a hot radiator valve is a safety and tidiness "
                     "problem, and the V1 would need a bigger housing. With a set of lithium AAs lasting a heating season or more "
                     "we don't think it's worth it. Not planned.",
             "votes": 4, "hours_later": 30},
            {"author": "dave_h",
             "body": "Lithium AAs in the awkward ones, and you'll forget they exist.",
             "votes": 3, "hours_later": 36},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_steve",
        "title": "Let V1 valves work on their own without a thermostat",
        "body": "I want smart valves in a holiday cottage with a separate boiler that runs on its own timer. "
                "I don't need a thermostat there. Could the V1 work standalone with the app?",
        "tags": ["v1-valve"],
        "days_ago": 180,
        "views": 300,
        "votes": 11,
        "status": "wont_fix",
        "status_reason": "V1 valves need a T2 or T3 as their bridge to the app; there's no Wi-Fi in the valve. "
                         "A bridge-only product isn't planned.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "superuser",
             "body": "The valves have no Wi-Fi, they talk Halden Link to the thermostat. So something has to "
                     "bridge them. A T2 in the cottage without any boiler wiring works as that bridge, "
                     "though it's an expensive bridge.",
             "votes": 6, "hours_later": 8},
            {"author": "pm_sophie",
             "body": "Ingrid's workaround is what we'd suggest. We looked at a separate bridge product, but it "
                     "would cost nearly as much as a T2 and we'd rather put the effort into the repeater.",
             "votes": 4, "hours_later": 40},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_george",
        "title": "Support third-party Zigbee radiator valves on the T3",
        "body": "I already have four Zigbee TRVs from another brand. It would save money if the T3 could "
                "control them alongside the V1s.",
        "tags": ["t3-thermostat", "v1-valve"],
        "days_ago": 340,
        "views": 650,
        "votes": 16,
        "status": "wont_fix",
        "status_reason": "The T3 has no Zigbee radio, only Halden Link, so it can't talk to Zigbee valves. "
                         "Mixed setups are best handled through Home Assistant.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "Honest answer: the T3 has no Zigbee radio, so this isn't possible with current hardware, "
                     "and we won't promise it for future hardware either. If you want to mix brands, Home "
                     "Assistant is the place to do it: the Halden integration plus your Zigbee valves works "
                     "well for many people here.",
             "votes": 6, "hours_later": 22},
            {"author": "dave_h",
             "body": "Can confirm: I run two Zigbee TRVs in the loft next to V1s everywhere else, HA ties them "
                     "together. Happy to share the automation.",
             "votes": 5, "hours_later": 30},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_mia",
        "title": "T3 can't control my Vaillant over eBUS directly",
        "body": "Vaillant ecoTEC exclusive, eBUS. I understand I need the VR 33 to use OpenTherm. Why doesn't "
                "the T3 just support eBUS? Every Vaillant in Germany has it.",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 230,
        "views": 790,
        "votes": 14,
        "status": "wont_fix",
        "status_reason": "eBUS is a proprietary Vaillant protocol we can't license for the T3. The VR 33 "
                         "adapter or relay control are the supported options.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "We asked. eBUS is proprietary and Vaillant doesn't license it for third-party thermostats "
                     "in the way OpenTherm is open. (There's a longer thread on this in Ideas.) The community reverse-engineering is impressive, but we "
                     "can't ship a product that may break with a boiler software update and may void your "
                     "boiler warranty. So: VR 33 for modulation, or relay control.",
             "votes": 9, "hours_later": 16},
            {"author": "c_frank",
             "body": "Frustrating but understandable. VR 33 costs around 90 EUR here, for reference.",
             "votes": 3, "hours_later": 40},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "idea",
        "author": "c_anouk",
        "title": "Show the battery status on the V1 display at the press of a button",
        "body": "I don't always have my phone at hand. Could the V1 show how much battery is left on its own "
                "display when I press the button?",
        "tags": ["v1-valve", "batteries"],
        "days_ago": 115,
        "views": 220,
        "votes": 7,
        "status": "wont_fix",
        "status_reason": "The V1's segment display only shows two digits and fixed icons, and it already shows "
                         "the battery icon when batteries are low. Detailed estimates stay in the app.",
        "status_by": "eng_maya",
        "replies": [
            {"author": "eng_maya",
             "body": "The V1 display is a segment LCD: two digits and a few fixed icons. We tried a battery "
                     "number in testing and people read it as a temperature. The battery icon appears as soon "
                     "as the valve reports *Low*, which is what matters day to day; the 'weeks left' estimate "
                     "in the V1 2.9 beta will live in the app only. Not planned for the display, sorry.",
             "votes": 3, "hours_later": 20},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_joe",
        "title": "T2 says 'Heating' but the boiler is off: what does the flashing flame mean?",
        "body": "The flame icon on the T2 flashes instead of staying solid sometimes. Boiler is off at those "
                "times. What does flashing mean?",
        "tags": ["t2-thermostat"],
        "days_ago": 70,
        "views": 390,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Flashing flame = the T2 wants heat but is in the 'off' part of a TPI cycle. Solid flame = "
                     "relay closed, boiler should be firing. So if it's flashing and the boiler is off, "
                     "everything is working as intended.",
             "votes": 5, "accepted": True, "hours_later": 3},
            {"author": "c_joe",
             "body": "Makes sense, thanks Ingrid.",
             "votes": 0, "hours_later": 6},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_katie",
        "title": "Does the V1 need a thermostat in the same room to work properly?",
        "body": "Only the living room has the T3. Bedrooms have just a V1 each. Do the bedrooms work as well "
                "as the living room or are they 'second class'?",
        "tags": ["v1-valve", "t3-thermostat"],
        "days_ago": 260,
        "views": 370,
        "votes": 4,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "They work fine. Each V1 measures the temperature itself and controls its own radiator to "
                     "its room's schedule. When a bedroom wants heat, it asks the T3 to fire the boiler. The "
                     "only 'second class' part is that a valve measures next to the radiator, so an offset "
                     "sometimes helps. Plenty of homes only have V1s in most rooms.",
             "votes": 5, "hours_later": 4},
            {"author": "c_katie",
             "body": "Grand, thanks.",
             "votes": 0, "hours_later": 6},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_sven",
        "title": "H1 keeps the heat pump running in summer for no reason",
        "body": "It's 24 °C outside and the heat pump still starts now and then for heating, not hot water. "
                "H1 firmware 2.2.4. The house is warm; why is it heating?",
        "tags": ["h1-heat-pump", "firmware"],
        "days_ago": 290,
        "views": 520,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Check *Heating > Summer cut-off* on the H1. It stops all space heating above a set "
                     "outdoor temperature (I use 16 °C). If it's off, a room that cools a bit at night can "
                     "ask for heat in July. Also check the bathroom: a V1 set to 22 in a room with a window "
                     "open will keep asking forever.",
             "votes": 7, "accepted": True, "hours_later": 5},
            {"author": "c_sven",
             "body": "Summer cut-off was disabled, set it to 16. Quiet since.",
             "votes": 1, "hours_later": 50},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_yuki",
        "title": "Can I balance radiators using the V1 valves instead of the lockshields?",
        "body": "I read about balancing the system by adjusting the lockshields with a thermometer. Can the V1s "
                "do that automatically? Our radiators near the boiler are roasting and the far ones are weak.",
        "tags": ["v1-valve"],
        "days_ago": 185,
        "views": 1120,
        "votes": 16,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "Partly. The V1s do 'dynamic balancing' in the sense that a warm room closes its valve, "
                     "pushing more flow to the rest. That hides a lot of imbalance. What they can't fix is "
                     "warm-up time: while *every* valve is open in the morning, the near radiators still "
                     "steal the flow.\n\n"
                     "So do a rough lockshield balance once (near radiators: close the lockshield, then open "
                     "a quarter to half a turn; far radiators: fully open). Then let the V1s handle the rest. "
                     "Recent valve firmware also has *Limit max opening* per valve, which is a crude but effective "
                     "balancing tool for the worst offenders.",
             "votes": 13, "accepted": True, "hours_later": 6},
            {"author": "c_yuki",
             "body": "Did the rough balance on Saturday. Far bedroom now warm at the same time as the kitchen. "
                     "Thanks!",
             "votes": 2, "hours_later": 72},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_hannah",
        "title": "Is the T3 'Eco' flow limit different from the boiler's own heating curve?",
        "body": "Our Viessmann has its own Heizkennlinie (heating curve). Now with the T3 on OpenTherm there "
                "is also a max flow setting. Which one wins?",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 155,
        "views": 340,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "With OpenTherm, the T3 sends a flow setpoint and the boiler follows it, within its own "
                     "limits. So the boiler's curve is normally ignored (the boiler is in 'room thermostat "
                     "control') and the T3 decides, capped by the T3's max flow and by the boiler's maximum.\n\n"
                     "Some Viessmann setups let the boiler's own outdoor curve act as an extra upper limit. "
                     "If the house gets warm slowly on cold days, check that the boiler's curve isn't "
                     "quietly capping what the T3 asks for.",
             "votes": 6, "accepted": True, "hours_later": 7},
            {"author": "c_hannah",
             "body": "Verstanden, thank you.",
             "votes": 0, "hours_later": 12},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_noor",
        "title": "T3 reports the room at 19 but the V1s heat it to 23",
        "body": "The living room has the T3 and two V1s. Temperature source is set to *Thermostat*. The T3 "
                "shows 19, target 20, and the V1s are wide open. Meanwhile the sofa end of the room is "
                "properly hot. The T3 is on the wall next to the front door.",
        "tags": ["t3-thermostat", "v1-valve"],
        "days_ago": 37,
        "views": 240,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "That's the downside of 'Thermostat' as source when the thermostat sits in the coldest "
                     "corner: the valves keep pushing heat until the draughty spot by the door is happy. "
                     "Switch the source back to *Average of all sensors* for that room, or move the T3 "
                     "to an inside wall.",
             "votes": 5, "accepted": True, "hours_later": 3},
            {"author": "c_noor",
             "body": "Average fixed it. Room is 20.5 and the door area is 19. Good compromise.",
             "votes": 0, "hours_later": 30},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_rob",
        "title": "How do I tell which V1 is which when they all say 'V1 valve'?",
        "body": "Paired five valves in a row and forgot to name them. Now I have five 'V1 valve' entries. Is "
                "there a way to identify them without taking them all off?",
        "tags": ["v1-valve", "pairing"],
        "days_ago": 100,
        "views": 260,
        "votes": 3,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "In the app, open a valve and tap *Identify*. That valve's display blinks `88` for 30 "
                     "seconds. Walk around, rename as you go.",
             "votes": 4, "accepted": True, "hours_later": 1},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_ollie",
        "title": "T2 reboots when the Wi-Fi router restarts overnight",
        "body": "Our Virgin Media Hub 5 restarts itself at 3 am for updates sometimes. The T2 seems to reboot "
                "too and the heating doesn't come on at 6:30 until I press a button on it. Only happens after a "
                "router restart.",
        "tags": ["t2-thermostat", "wifi", "firmware"],
        "days_ago": 142,
        "views": 430,
        "votes": 7,
        "status": "answered",
        "replies": [
            {"author": "eng_maya",
             "body": "The T2 shouldn't need the internet to run its schedule, so this sounds like a bug in how "
                     "it handles reconnecting. Can you tell me your firmware version? We fixed a reconnect loop "
                     "in 4.1.2 that could make the display unresponsive until touched.",
             "votes": 3, "hours_later": 10},
            {"author": "c_ollie",
             "body": "4.1.0. It hasn't updated because... it keeps dropping off Wi-Fi, probably. Will force "
                     "it.",
             "votes": 1, "hours_later": 14},
        ],
    },
    {
        "space": "thermostats-valves",
        "kind": "question",
        "author": "c_frank",
        "title": "Can one room follow the schedule of another room?",
        "body": "Kitchen and dining room are open-plan but count as two rooms in the app because they have "
                "separate radiators. I keep editing both schedules. Is there a way to link them so one "
                "follows the other?",
        "tags": ["schedules", "v1-valve"],
        "days_ago": 13,
        "views": 90,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "thermostats-valves",
        "kind": "problem",
        "author": "c_emma",
        "title": "T3 shows 'OT' icon crossed out but the heating still works",
        "body": "Since yesterday the little OpenTherm symbol on my T3 has a line through it. No E14, the house "
                "is warm, the boiler fires when it should. Ideal Logic+ C24, firmware 4.2.3. Should I "
                "worry?",
        "tags": ["t3-thermostat", "opentherm"],
        "days_ago": 1,
        "views": 45,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
]
# fmt: on

"""Demo threads for the "App & integrations" space: Halden app, web dashboard, voice, Home Assistant, API."""

# fmt: off
THREADS = [
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "customer",
        "title": "Geofencing turns the heating off while my partner is still at home",
        "body": "I set up geofencing last week. Every morning when I leave for work the flat switches to Away, "
                "even though my partner works from home. She has the app on her phone and is logged into "
                "my account.\n\nWhat am I missing?",
        "tags": ["geofencing", "app-ios"],
        "days_ago": 152,
        "views": 1720,
        "votes": 21,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Two things, and the second one is the real problem:\n\n"
                     "1. Don't share one login. Invite her as her own member (*Settings > Home > Members > "
                     "Invite*). Geofencing counts **people**, and with a shared login the app sees one "
                     "person whose location jumps between two phones.\n"
                     "2. On her phone, the app needs location set to **Always**, not *While using*. "
                     "Otherwise iOS never tells the app she's home, and the home goes Away when the last "
                     "'known' person (you) leaves.",
             "votes": 13, "accepted": True, "hours_later": 2},
            {"author": "customer",
             "body": "Shared login was exactly what we did. She has her own account now with Always location. "
                     "Three days, no false Away. Thanks Dave.",
             "votes": 3, "hours_later": 75},
            {"author": "agent",
             "body": "Good catch Dave. We're adding a warning in the app when the same account is signed in on "
                     "two phones with geofencing on, because this comes up a lot.",
             "votes": 4, "hours_later": 80},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_aisha",
        "title": "Geofencing stopped working on my Galaxy S23 after a One UI update",
        "body": "Worked perfectly for months. After the One UI 6.1 update the heating doesn't switch to Away "
                "when I leave, and doesn't warm up when I come back unless I open the app. Location is set to "
                "*Allow all the time*.",
        "tags": ["geofencing", "app-android"],
        "days_ago": 137,
        "views": 1960,
        "votes": 26,
        "status": "solved",
        "replies": [
            {"author": "eng_raj",
             "body": "Samsung updates like to put apps back into battery restrictions. Check:\n\n"
                     "- *Settings > Battery > Background usage limits*: make sure Halden isn't in "
                     "**Sleeping apps** or **Deep sleeping apps**, and add it to *Never sleeping apps*.\n"
                     "- *Settings > Apps > Halden > Battery*: set to **Unrestricted**.\n\n"
                     "Geofencing on Android currently relies on the app checking your location in the "
                     "background. If the app is in deep sleep, those checks simply don't happen. There's not much we can "
                     "do from our side; dontkillmyapp.com has the gory details per manufacturer.",
             "votes": 16, "accepted": True, "hours_later": 3},
            {"author": "c_aisha",
             "body": "It was back in Deep sleeping apps. Moved it to Never sleeping. Working again.",
             "votes": 3, "hours_later": 30},
            {"author": "c_katie",
             "body": "Same on a Xiaomi: Settings > Apps > Halden > Autostart ON and Battery saver 'No "
                     "restrictions'. For the search engines.",
             "votes": 7, "hours_later": 200},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_george",
        "title": "Home Assistant integration goes 'unavailable' every few hours",
        "body": "Using the built-in Halden integration in HA 2025.1. Every few hours all climate entities go "
                "*unavailable* for 10-20 minutes. Log shows:\n\n"
                "`halden.api: Error fetching data: 429 Too Many Requests`\n\n"
                "I only have one home, a T3 and six V1s.",
        "tags": ["home-assistant", "api"],
        "days_ago": 96,
        "views": 2290,
        "votes": 24,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "429 is the cloud rate limit: **600 requests per hour per account**. The integration polls "
                     "every 30 s by default, which on its own is fine, but a couple of things push you over:\n\n"
                     "- automations calling `climate.set_temperature` in a loop (check your traces);\n"
                     "- the Halden app open on a wall tablet, which shares the same account budget;\n"
                     "- a second HA instance (test VM?) with the same login.\n\n"
                     "Quick fix: *Settings > Devices & services > Halden > Configure* and set the scan "
                     "interval to 60 s. And if you run other scripts against "
                     "the API, remember they all share that one budget.",
             "votes": 15, "accepted": True, "hours_later": 3},
            {"author": "c_george",
             "body": "Guilty of the test VM. Shut it down, set 60 s anyway. No unavailable since Friday.",
             "votes": 2, "hours_later": 70},
            {"author": "eng_raj",
             "body": "Dave's numbers are right. We're also going to make the integration back off more politely "
                     "on a 429 instead of marking everything unavailable: that change goes into the next HA "
                     "release.",
             "votes": 6, "hours_later": 90},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_yuki",
        "title": "Alexa says 'Halden Home is not responding' since I changed my password",
        "body": "Changed my Halden password last week for security reasons. Since then, any Alexa command "
                "gets *Sorry, Halden Home is not responding*. The app works fine.",
        "tags": ["voice-assistants"],
        "days_ago": 81,
        "views": 720,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Changing your password signs out every connected service, including the Alexa skill, "
                     "on purpose. Alexa doesn't handle that gracefully and just says 'not responding'.\n\n"
                     "In the Alexa app: *More > Skills & Games > Your Skills > Halden Home > Disable*, then "
                     "enable it again and sign in with the new password. Your devices and routines come back; "
                     "if a routine shows a device as missing, just reselect it.",
             "votes": 8, "accepted": True, "hours_later": 2},
            {"author": "c_yuki",
             "body": "Re-linked, everything back including routines. Thanks.",
             "votes": 0, "hours_later": 6},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_ben",
        "title": "Cloud API returns 401 Unauthorized with my personal access token",
        "body": "Created a token in the web dashboard, trying it with curl:\n\n"
                "```\ncurl -H \"Authorization: Token hk_live_3f...\" /v1/homes\n```\n\n"
                "Always `401 {\"error\": \"invalid_token\"}`. Token copied straight from the dashboard.",
        "tags": ["api"],
        "days_ago": 173,
        "views": 880,
        "votes": 12,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "It's `Bearer`, not `Token`:\n\n"
                     "```\ncurl -H \"Authorization: Bearer hk_live_3f...\" /v1/homes\n```\n\n"
                     "Also worth knowing: a token is shown only once, and if you ticked a home when creating "
                     "it, it only sees that home.",
             "votes": 10, "accepted": True, "hours_later": 1},
            {"author": "c_ben",
             "body": "Well that's embarrassing. Works. Thanks!",
             "votes": 1, "hours_later": 2},
            {"author": "eng_raj",
             "body": "We'll return a clearer error message for the wrong scheme, this trips up a lot of people.",
             "votes": 4, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_lisa",
        "title": "Google Home lists every V1 valve as a separate thermostat",
        "body": "After linking Halden to Google Home I have 11 thermostats: the T3 plus every single V1. "
                "'Hey Google, set the bedroom to 19' then asks me which of two devices I mean. I'd like one "
                "device per room.",
        "tags": ["voice-assistants", "v1-valve"],
        "days_ago": 63,
        "views": 640,
        "votes": 10,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "In the Halden app: *Settings > Integrations > Google Home > Exposed devices* and switch "
                     "from *Devices* to **Rooms**. Then ask Google to *sync my devices*. You get one thermostat "
                     "per room, named after the room, and Google's room assignment works properly.\n\n"
                     "Old devices sometimes linger in Google Home; remove them by hand afterwards.",
             "votes": 9, "accepted": True, "hours_later": 4},
            {"author": "c_lisa",
             "body": "Rooms mode, sync, deleted the leftovers. Perfect.",
             "votes": 1, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_emma",
        "title": "'Too many attempts' after resetting my password",
        "body": "Forgot my password, reset it, and now the app says *Too many sign-in attempts, try again later*. "
                "I've only tried twice with the new password. Is my account locked?",
        "tags": ["app-ios"],
        "days_ago": 44,
        "views": 330,
        "votes": 3,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "The failed attempts with the *old* password before the reset count too, so you hit the "
                     "limit (10 in 15 minutes). The lock lifts by itself after **30 minutes**; nothing else "
                     "to do. The reset itself worked, just wait it out and sign in with the new one.\n\n"
                     "If it's still locked after an hour, message us and I'll look at the account.",
             "votes": 5, "accepted": True, "hours_later": 1},
            {"author": "c_emma",
             "body": "Waited, signed in. Thanks Sam.",
             "votes": 0, "hours_later": 2},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_tim",
        "title": "Web dashboard charts are one hour off since the clocks changed",
        "body": "Since the switch to winter time, the temperature chart in the web dashboard shows the heating "
                "coming on at 5:30 when the schedule says 6:30. The app shows it correctly. Browser: Safari 18.",
        "tags": ["web-dashboard"],
        "days_ago": 26,
        "views": 260,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "eng_raj",
             "body": "Our bug: the chart used the UTC offset from when the page first loaded your home, cached "
                     "in the browser. We shipped a fix to the web dashboard on Wednesday; do a hard refresh "
                     "(Cmd+Shift+R) or clear the site data once and it'll use the right offset.",
             "votes": 6, "accepted": True, "hours_later": 5},
            {"author": "c_tim",
             "body": "Hard refresh fixed it.",
             "votes": 0, "hours_later": 9},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_sarah",
        "title": "How do I give my husband access without sharing my login?",
        "body": "Set up everything on my phone. Now my husband wants the app too. What's the right way?",
        "tags": ["app-ios", "app-android"],
        "days_ago": 222,
        "views": 410,
        "votes": 4,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "*Settings > Home > Members > Invite*, enter his email. He installs the app, creates his own "
                     "account with that email and the home appears. Roles:\n\n"
                     "- **Owner**: everything, including removing devices and billing.\n"
                     "- **Member**: full control of heating and schedules, can't remove devices or members.\n"
                     "- **Guest**: temperatures and schedules only, good for tenants or a house sitter.\n\n"
                     "Member is usually right for a partner. His phone then also counts for geofencing.",
             "votes": 5, "hours_later": 3},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_kwame",
        "title": "Stop getting low-battery notifications from every tenant's valves",
        "body": "Six homes in my account. I get a push notification for every V1 low battery in every flat, "
                "plus 'window open' alerts. The tenants change their own batteries. Can I mute notifications "
                "for specific homes?",
        "tags": ["app-android", "batteries"],
        "days_ago": 120,
        "views": 380,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "agent_ciaran",
             "body": "Yes, notifications are per home. Switch to the flat in the app, then *Settings > "
                     "Notifications* and turn off what you don't want (you can keep e.g. *Device offline* and "
                     "*Frost warning* and drop battery and window alerts). Your tenants, as guests, get their "
                     "own notifications for their flat.",
             "votes": 6, "accepted": True, "hours_later": 4},
            {"author": "c_kwame",
             "body": "Did that for all six. Peace at last.",
             "votes": 1, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_dan",
        "title": "Siri Shortcuts: can't find a 'Set room temperature' action",
        "body": "I want a Shortcut that sets the office to 21 when I start a Focus mode. The Shortcuts app "
                "shows Halden actions but only *Open app* and *Boost*. iPhone 15, app 5.12.1.",
        "tags": ["app-ios", "voice-assistants"],
        "days_ago": 88,
        "views": 560,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "The full set of actions appears only after you've opened each room once in the app since "
                     "installing 5.12 (iOS indexes them lazily). Open the office room card, close the app, then "
                     "look for **Set Room Temperature** in Shortcuts. If it's still missing, delete and re-add "
                     "the Halden actions in *Shortcuts > Apps*.\n\n"
                     "For your use case: *Automation > Focus > Work > When turning on > Set Room Temperature "
                     "(Office, 21)*, and turn off *Ask before running*.",
             "votes": 8, "accepted": True, "hours_later": 5},
            {"author": "c_dan",
             "body": "Opened the room, action appeared. Focus automation running nicely.",
             "votes": 1, "hours_later": 26},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_hannah",
        "title": "The app is in English although my phone is set to German",
        "body": "iPhone on German, the Halden app shows everything in English. My husband's Android phone shows "
                "it in German. Did I set something wrong?",
        "tags": ["app-ios"],
        "days_ago": 190,
        "views": 300,
        "votes": 3,
        "status": "solved",
        "replies": [
            {"author": "agent_lena",
             "body": "iOS lets every app have its own language, and sometimes it sticks to English after a "
                     "restore from backup. Open the iPhone *Einstellungen > Halden > Sprache* and choose "
                     "**Deutsch**. The app restarts in German.",
             "votes": 4, "accepted": True, "hours_later": 2},
            {"author": "c_hannah",
             "body": "Da war es! Danke.",
             "votes": 0, "hours_later": 4},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_paul",
        "title": "Which Home Assistant entities does the H1 expose?",
        "body": "I want to graph flow temperature, outdoor temperature and power for my Daikin in HA. The "
                "Halden integration found the H1, but I only see a climate entity and a couple of sensors. "
                "Am I missing something?",
        "tags": ["home-assistant", "h1-heat-pump"],
        "days_ago": 75,
        "views": 690,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Most H1 sensors are **disabled by default** in HA so they don't clutter new installs. Open "
                     "the H1 device page and look under *Sensors > '+N entities not shown'*. Enable:\n\n"
                     "- `sensor.h1_flow_temperature`\n"
                     "- `sensor.h1_return_temperature`\n"
                     "- `sensor.h1_outdoor_temperature`\n"
                     "- `sensor.h1_electrical_power` (only if your heat pump reports it over Modbus; the "
                     "Altherma 3 does)\n\n"
                     "I keep flow and outdoor on one graph, it's the best way to see your heating curve in "
                     "action.",
             "votes": 9, "accepted": True, "hours_later": 4},
            {"author": "c_paul",
             "body": "Hidden entities, of course. Graphs running. Thanks Marieke.",
             "votes": 1, "hours_later": 12},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_noor",
        "title": "Energy report says I used 0 kWh of gas in January",
        "body": "Halden Plus subscriber. The January energy report shows **0 kWh** and 'no estimate available'. "
                "The heating definitely ran all month. December looked normal.",
        "tags": ["energy-reports", "halden-plus"],
        "days_ago": 57,
        "views": 480,
        "votes": 8,
        "status": "solved",
        "replies": [
            {"author": "pm_sophie",
             "body": "I looked at your home (with your permission via support): the boiler model was cleared "
                     "when you changed the heating system type to *Combi* on 30 December. Without a boiler "
                     "model we don't know its output, so we can't estimate energy.\n\n"
                     "Set it again under *Settings > Energy > Boiler* and January will be recalculated "
                     "overnight. We're fixing the app so changing the system type doesn't wipe the boiler "
                     "model.",
             "votes": 7, "accepted": True, "hours_later": 20},
            {"author": "c_noor",
             "body": "January now shows 1,140 kWh. That sounds right. Thanks for digging in.",
             "votes": 1, "hours_later": 44},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_frank",
        "title": "Where are the API docs and what is the rate limit?",
        "body": "Planning to write a small script that logs temperatures to my own database. Is there "
                "documentation for the cloud API, and what are the limits so I don't get blocked?",
        "tags": ["api"],
        "days_ago": 244,
        "views": 1100,
        "votes": 11,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Docs live in the web dashboard: *Settings > Developer > API documentation* (OpenAPI "
                     "spec you can download, too). Limits:\n\n"
                     "- **600 requests per hour** per account, across all tokens and the app;\n"
                     "- a `429` comes with a `Retry-After` header, respect it;\n"
                     "- temperature data updates every 60 s on the cloud side, so polling faster than once "
                     "a minute gains nothing.\n\n"
                     "For logging, `GET /v1/homes/{home_id}/rooms` once a minute gives you every room in one "
                     "call.",
             "votes": 11, "accepted": True, "hours_later": 2},
            {"author": "c_frank",
             "body": "Exactly what I needed. Danke.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_luca",
        "title": "Home Assistant presets: what do 'away', 'eco' and 'boost' actually do?",
        "body": "The Halden climate entities in HA offer the presets `none`, `away`, `eco` and `boost`. Which "
                "Halden features do they map to? I set the spare room to `away` yesterday and the whole house "
                "went cold.",
        "tags": ["home-assistant", "schedules"],
        "days_ago": 102,
        "views": 1530,
        "votes": 17,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "That's the one that catches everyone:\n\n"
                     "- `away`: puts the **whole home** in Away, same as the app button, whichever room "
                     "entity you call it on.\n"
                     "- `eco`: that room's eco/night temperature until the next schedule change.\n"
                     "- `boost`: one-hour boost for that room, like the flame button in the app.\n"
                     "- `none`: back to the schedule.\n\n"
                     "For 'this room only, colder for a while', use `climate.set_temperature` instead; it "
                     "behaves like an app override and ends at the next schedule block.",
             "votes": 13, "accepted": True, "hours_later": 3},
            {"author": "eng_raj",
             "body": "All correct. The next integration release renames the preset to 'Away (whole home)' so "
                     "it stops surprising people.",
             "votes": 6, "hours_later": 8},
            {"author": "c_luca",
             "body": "Mystery solved. Using set_temperature for the spare room now.",
             "votes": 1, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_grace",
        "title": "Schedule changes made in the app never reach the T2",
        "body": "I changed the weekday schedule in the app yesterday. The app shows the new times but the T2 "
                "still follows the old ones this morning. There's a small clock icon with a dot next to the "
                "schedule in the app.",
        "tags": ["schedules", "t2-thermostat", "wifi"],
        "days_ago": 23,
        "views": 270,
        "votes": 4,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "That clock-with-dot icon means *pending*: the change is saved in the cloud and waiting for "
                     "the thermostat to collect it. So the T2 is most likely offline. Does it show **E05** or a "
                     "crossed-out Wi-Fi symbol? If so it's the Wi-Fi, not the schedule. Once it reconnects, "
                     "pending changes arrive within a minute.",
             "votes": 5, "accepted": True, "hours_later": 2},
            {"author": "c_grace",
             "body": "E05, yes. Router had switched to a new channel overnight. Rebooted it, T2 reconnected, "
                     "schedule updated. Thanks Ingrid.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_steve",
        "title": "Export temperature history to CSV",
        "body": "I'd like to compare room temperatures before and after our loft insulation. Is there a way "
                "to get the raw data out of the app as CSV?",
        "tags": ["web-dashboard", "energy-reports"],
        "days_ago": 168,
        "views": 590,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "pm_sophie",
             "body": "In the web dashboard (not the app): *History > choose room and dates > Export CSV*. One "
                     "row per hour with room temperature, setpoint and heating demand; with Halden Plus you "
                     "also get energy use. Free accounts keep 12 months of history, Plus keeps everything.",
             "votes": 7, "accepted": True, "hours_later": 6},
            {"author": "c_steve",
             "body": "Got 12 months out, perfect for the before/after. Cheers.",
             "votes": 1, "hours_later": 24},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_rachel",
        "title": "How big should the geofencing 'home' radius be?",
        "body": "Default radius is 500 m. I live in a village and work 6 km away. Heating warms up quite late "
                "when I come home. Should I make the circle bigger?",
        "tags": ["geofencing"],
        "days_ago": 209,
        "views": 770,
        "votes": 9,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "Radius decides when you're home or away; it's not really what warms the house up in "
                     "time. For that, use *Geofencing > Pre-heat when approaching* and set the approach "
                     "distance (e.g. 5 km). The house starts warming when you cross that outer ring.\n\n"
                     "I'd keep the home radius at 500 m-1 km in a village. Bigger and the house thinks you're "
                     "home when you're at the shop on the edge of the village.",
             "votes": 8, "accepted": True, "hours_later": 5},
            {"author": "c_rachel",
             "body": "Didn't know about pre-heat. Set 5 km, home is warm when I walk in.",
             "votes": 1, "hours_later": 50},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_ollie",
        "title": "Android app crashes when opening the Schedule tab",
        "body": "Pixel 7, Android 14, Halden 5.12.0. Tapping Schedule crashes the app immediately. Everything "
                "else works. Reinstalled, same.",
        "tags": ["app-android", "schedules"],
        "days_ago": 108,
        "views": 1480,
        "votes": 23,
        "status": "solved",
        "replies": [
            {"author": "c_zofia",
             "body": "Same here on a OnePlus 11.",
             "votes": 5, "hours_later": 2},
            {"author": "eng_raj",
             "body": "Found it, sorry everyone. 5.12.0 crashes on the schedule screen when the phone uses the "
                     "**12-hour clock** on Android 14. Workaround until the fix: *Settings > System > Date & "
                     "time > Use 24-hour format* on. Fixed build **5.12.2** is in review with Google and should "
                     "reach you within two days.",
             "votes": 14, "accepted": True, "hours_later": 6},
            {"author": "c_ollie",
             "body": "24-hour workaround works, and 5.12.2 arrived today. All good.",
             "votes": 2, "hours_later": 60},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_zofia",
        "title": "'Alexa, set the heating to 21' changes the wrong room",
        "body": "Echo Dot in the kitchen. When I say 'set the heating to 21' it changes the bedroom, every "
                "time. I want it to change the room the Echo is in.",
        "tags": ["voice-assistants"],
        "days_ago": 135,
        "views": 450,
        "votes": 6,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Alexa only knows which room you mean if the Echo and the thermostat are in the same "
                     "**Alexa group**. Alexa app > *Devices > Groups > Kitchen*, add the Echo Dot and the "
                     "Halden *Kitchen* device. Then 'set the heating to 21' in the kitchen targets the kitchen.\n\n"
                     "Without groups it picks the first thermostat it finds, which for you happens to be the "
                     "bedroom.",
             "votes": 7, "accepted": True, "hours_later": 3},
            {"author": "c_zofia",
             "body": "Groups made, works like magic. Thank you.",
             "votes": 0, "hours_later": 10},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_mia",
        "title": "Can the app show temperatures with one decimal instead of rounding?",
        "body": "The app rounds to half degrees (20.5), the T3 shows 20.3. I'd like to see the same number "
                "in both places.",
        "tags": ["app-android", "app-ios"],
        "days_ago": 214,
        "views": 240,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "agent_lena",
             "body": "Yes: *Settings > App > Display > Temperature precision > 0.1 °C*. It's per phone, so your "
                     "partner's app keeps half degrees unless they change it too.",
             "votes": 5, "hours_later": 3},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_claire",
        "title": "Lost my phone and my two-factor codes with it",
        "body": "New phone, old one was stolen. I had 2FA turned on with an authenticator app that was only on "
                "the old phone. Now I can't sign in. Heating still works on the schedule but I can't change "
                "anything remotely.",
        "tags": ["app-ios", "web-dashboard"],
        "days_ago": 66,
        "views": 350,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "agent",
             "body": "Sorry about the phone. If you saved the **backup codes** when you set up 2FA (PDF or "
                     "printout), use one of those on the sign-in screen under *Use a backup code*.\n\n"
                     "If not, contact us through the help form with the email on the account. We verify "
                     "ownership with the serial number of one of your devices (it's on the T2 under "
                     "*Menu > Info*) plus your order number, then reset 2FA. Usually within one working day.",
             "votes": 6, "accepted": True, "hours_later": 2},
            {"author": "c_claire",
             "body": "No backup codes, did the verification route. Reset the same afternoon. And this time I "
                     "printed the codes.",
             "votes": 2, "hours_later": 28},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_ahmed",
        "title": "Trigger a Node-RED flow when the boiler turns on",
        "body": "I'd like Node-RED to switch on a fan in the airing cupboard whenever the boiler is firing. "
                "Are there webhooks or do I have to poll?",
        "tags": ["api"],
        "days_ago": 93,
        "views": 510,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "No webhooks yet (there's an idea thread, vote for it), so polling for now. In Node-RED: "
                     "inject node every 60 s → http request with your token to `GET /v1/homes/{id}/state` → "
                     "switch on `payload.heating_active` → a filter (RBE) node so you only act on changes.\n\n"
                     "Worst case the fan starts a minute late, which for an airing cupboard doesn't matter. "
                     "That's 60 of your 600 requests an hour, so leave headroom if you also run Home Assistant.",
             "votes": 8, "accepted": True, "hours_later": 4},
            {"author": "c_ahmed",
             "body": "Built it exactly like that, fan comes on within a minute of the boiler. Good enough.",
             "votes": 1, "hours_later": 48},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_katie",
        "title": "Android home-screen widget stuck on 'Sign in required'",
        "body": "The Halden widget on my home screen says *Sign in required* although I'm signed in to the app "
                "and it works. Started after the last update.",
        "tags": ["app-android"],
        "days_ago": 99,
        "views": 620,
        "votes": 11,
        "status": "solved",
        "replies": [
            {"author": "eng_raj",
             "body": "That's a token refresh bug in 5.12.1: the widget kept an old sign-in token after the "
                     "app refreshed its own. Remove the widget and add it again and it picks up the current "
                     "session. 5.12.2 fixes it for good.",
             "votes": 9, "accepted": True, "hours_later": 4},
            {"author": "c_katie",
             "body": "Re-added it, working. Cheers Raj.",
             "votes": 0, "hours_later": 7},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_felix",
        "title": "Started the Halden Plus trial but energy reports are still locked",
        "body": "My wife set up the account and started the 30-day Halden Plus trial yesterday. On my phone "
                "(I'm a member of the home) energy reports still say *Available with Halden Plus*.",
        "tags": ["halden-plus", "energy-reports"],
        "days_ago": 38,
        "views": 290,
        "votes": 3,
        "status": "solved",
        "replies": [
            {"author": "billing_ana",
             "body": "Halden Plus is attached to the **home**, so members get it too, but the app only checks "
                     "the subscription when it starts. Close the app fully (swipe it away) and open it again; "
                     "the reports should unlock. If they don't, tell me and I'll look at the subscription.",
             "votes": 4, "accepted": True, "hours_later": 3},
            {"author": "c_felix",
             "body": "Restarted the app, reports are there. Danke.",
             "votes": 0, "hours_later": 5},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_mark",
        "title": "Official Home Assistant integration or the HACS one?",
        "body": "I see a 'Halden' integration in HA itself and a 'Halden Extras' one on HACS. Which one should "
                "I use? T3 and five V1s, no heat pump.",
        "tags": ["home-assistant", "api"],
        "days_ago": 70,
        "views": 1640,
        "votes": 19,
        "status": "answered",
        "replies": [
            {"author": "dave_h",
             "body": "Disclosure: I maintain Halden Extras.\n\n"
                     "- **Halden (core)**: official, maintained with Halden's app team. Climate entities, "
                     "sensors, presets. Start here.\n"
                     "- **Halden Extras (HACS)**: runs *alongside* core and adds what core doesn't have: "
                     "editing schedules from HA, energy-report sensors for Plus users, valve link strength.\n\n"
                     "Both use the cloud API and share the same 600 requests an hour, so let Extras poll "
                     "slowly (every 15 minutes is plenty). Neither works without the internet; for that "
                     "we're all waiting on the Local API (planned, see Ideas).",
             "votes": 14, "hours_later": 3},
            {"author": "eng_raj",
             "body": "From our side: core is the supported one, and Dave's add-on is well made. We give him a "
                     "heads-up before API changes that could affect it.",
             "votes": 8, "hours_later": 12},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_jen",
        "title": "Does the app work on a Huawei phone without Google services?",
        "body": "Getting a Huawei P60 for my mum. No Google Play services. Will the Halden app work?",
        "tags": ["app-android"],
        "days_ago": 262,
        "views": 340,
        "votes": 3,
        "status": "answered",
        "replies": [
            {"author": "eng_raj",
             "body": "Not properly, I'm afraid. The app relies on Google Play services for notifications and "
                     "geofencing, and it isn't in Huawei's AppGallery. The web dashboard works fine in the "
                     "phone's browser, and you can add it to the home screen so it feels like an app.",
             "votes": 4, "hours_later": 5},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_pieter",
        "title": "All rooms in one temperature chart on the web dashboard?",
        "body": "The dashboard shows one room per chart. I want all six rooms on one chart to see which ones "
                "lag behind in the morning. Possible?",
        "tags": ["web-dashboard"],
        "days_ago": 145,
        "views": 310,
        "votes": 8,
        "status": "answered",
        "replies": [
            {"author": "pm_sophie",
             "body": "Today you can compare two rooms (*History > Compare*). All rooms at once is on our list "
                     "for the dashboard refresh; a six-line chart gets messy fast, so we're experimenting with "
                     "a 'warm-up time per room' view instead, which is really what you're after, I think.",
             "votes": 5, "hours_later": 20},
            {"author": "dave_h",
             "body": "Meanwhile, the CSV export into a spreadsheet does it in two minutes, or HA's history graph "
                     "if you use that.",
             "votes": 3, "hours_later": 24},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_sven",
        "title": "Heat pump energy reports: electricity used or heat delivered?",
        "body": "The energy report for my H1 shows 'Heating: 1,820 kWh' for December. Is that electricity "
                "from the grid or heat into the house? It matters a lot with a COP of 3.",
        "tags": ["energy-reports", "h1-heat-pump", "halden-plus"],
        "days_ago": 28,
        "views": 420,
        "votes": 9,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "For me it matched the heat meter, not the electricity meter, so heat delivered. My "
                     "electricity for December was around 590 kWh.",
             "votes": 5, "hours_later": 4},
            {"author": "pm_sophie",
             "body": "Marieke's right: the report shows **heat delivered** when the heat pump reports it, "
                     "which is confusing next to gas-boiler homes. We're relabelling it and adding electricity "
                     "used alongside, plus COP (see the COP thread in Ideas).",
             "votes": 6, "hours_later": 26},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_nina",
        "title": "What location data does geofencing actually send to Halden?",
        "body": "Before I turn geofencing on: does the app track my location all the time and send it to "
                "your servers? Where is it stored?",
        "tags": ["geofencing"],
        "days_ago": 180,
        "views": 900,
        "votes": 15,
        "status": "answered",
        "replies": [
            {"author": "pm_sophie",
             "body": "Good question to ask. The geofence is evaluated **on your phone** by the operating system. "
                     "The app only sends us events: *left home*, *arrived home*, *approaching* (if pre-heat "
                     "is on), with a timestamp. No coordinates, no tracks. Events are kept for 30 days for "
                     "troubleshooting and then deleted. It's in the privacy notice under 'Geofencing'.",
             "votes": 11, "hours_later": 6},
            {"author": "c_nina",
             "body": "That's reassuring, thank you.",
             "votes": 0, "hours_later": 10},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_maria",
        "title": "'Hey Siri, turn on the heating' doesn't work, is there HomeKit support?",
        "body": "Siri says it can't find any devices. I don't see Halden in the Apple Home app. Is HomeKit "
                "supported?",
        "tags": ["voice-assistants", "app-ios"],
        "days_ago": 160,
        "views": 830,
        "votes": 13,
        "status": "answered",
        "replies": [
            {"author": "agent",
             "body": "No HomeKit today, so Siri can't control Halden directly. What works: Siri Shortcuts. "
                     "Create a Shortcut with the Halden *Set Room Temperature* or *Boost* action and name it "
                     "'turn on the heating'; Siri runs it by name. Not as nice as HomeKit, but it works.",
             "votes": 6, "hours_later": 3},
            {"author": "superuser",
             "body": "And the Matter thread in Ideas & feedback is where to add your vote: Matter would bring Apple Home with it.",
             "votes": 4, "hours_later": 7},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_joe",
        "title": "Why does the app need 'Always' location for geofencing?",
        "body": "I'm not keen on giving an app 'Always' location access. Is *While using* not enough?",
        "tags": ["geofencing", "app-ios"],
        "days_ago": 271,
        "views": 360,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "dave_h",
             "body": "With 'While using', iOS only tells the app where you are when it's open on screen. "
                     "Geofencing needs to know when you cross the boundary with the phone in your pocket, so "
                     "it needs 'Always'. The app asks iOS for fence crossings, not continuous GPS, so the "
                     "battery hit is negligible.",
             "votes": 5, "hours_later": 4},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_tim",
        "title": "429 errors with Home Assistant and three homes on one account",
        "body": "My own house, my parents' and the holiday home, all in one account, all in HA. Even at 60 s "
                "scan interval I get 429s in the evenings. Each home has a T3 and 4-8 valves.",
        "tags": ["home-assistant", "api"],
        "days_ago": 49,
        "views": 380,
        "votes": 6,
        "status": "answered",
        "replies": [
            {"author": "dave_h",
             "body": "The limit is per account, so three homes means three times the polling. The core "
                     "integration makes one call per home per update plus one per home for the valves, so "
                     "at 60 s that's 360/h before anyone opens the app. Evenings are when the family opens "
                     "the app. Options: 120 s scan interval for the two remote homes, or a separate account "
                     "for your parents' home, which then gets its own 600 an hour.",
             "votes": 6, "hours_later": 5},
            {"author": "eng_raj",
             "body": "We're looking at a per-home limit instead of per-account, which would be fairer for "
                     "setups like yours. Not committed yet.",
             "votes": 4, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_george",
        "title": "Reading V1 battery levels through the API",
        "body": "I want a weekly email listing valves with low batteries, so I can change them all in one go. "
                "Which endpoint has the battery state?",
        "tags": ["api", "batteries", "v1-valve"],
        "days_ago": 131,
        "views": 330,
        "votes": 5,
        "status": "answered",
        "replies": [
            {"author": "dave_h",
             "body": "`GET /v1/homes/{home_id}/devices` returns every device; valves have a `battery` object:\n\n"
                     "```\n{\"type\": \"v1\", \"name\": \"Bedroom\", \"battery\": {\"state\": \"ok\", "
                     "\"voltage_mv\": 2710}, \"link_strength\": 4}\n```\n\n"
                     "`state` is only `ok` or `low`, same as the app. With alkaline cells the voltage gives you "
                     "an early hint (below about 2,500 mV for the pair, expect `low` soon); with lithium it's "
                     "useless. One call a week is nothing against the rate limit.",
             "votes": 6, "hours_later": 3},
            {"author": "c_george",
             "body": "Voltage threshold it is. Thanks Dave.",
             "votes": 0, "hours_later": 9},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "feedback",
        "author": "c_lisa",
        "title": "Switching between homes in the app is too many taps",
        "body": "We have our flat and my mother's house in the app. To switch I have to go *Settings > Homes > "
                "tap home > back > back*. A dropdown at the top of the home screen would be so much quicker.",
        "tags": ["app-ios", "app-android"],
        "days_ago": 112,
        "views": 270,
        "votes": 12,
        "status": "answered",
        "replies": [
            {"author": "pm_sophie",
             "body": "Agreed, and it's worse for landlords with six homes. Quick tip for now: long-press the "
                     "app icon, the home switcher is in the shortcut menu (iOS and Android). A proper switcher "
                     "on the home screen is part of the multi-home work.",
             "votes": 6, "hours_later": 18},
            {"author": "c_lisa",
             "body": "Long-press! Never knew. That helps already.",
             "votes": 2, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "praise",
        "author": "c_emma",
        "title": "The new schedule editor in 5.12 is so much better",
        "body": "Dragging blocks instead of typing times, copying a day with one tap, seeing all rooms for a "
                "day at once. Whoever redesigned this: thank you. Took me 5 minutes to redo the whole "
                "house.",
        "tags": ["schedules", "app-ios"],
        "days_ago": 103,
        "views": 410,
        "votes": 18,
        "status": "answered",
        "replies": [
            {"author": "eng_raj",
             "body": "That made my week, I'll pass it to the designer (and to the iOS folks who did the "
                     "dragging, that was fiddly to get right).",
             "votes": 5, "hours_later": 6},
            {"author": "c_ollie",
             "body": "Agreed, once the Android crash got fixed it's lovely on Android too.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "discussion",
        "author": "dave_h",
        "title": "Show us your Home Assistant heating dashboards",
        "body": "I'll go first: one card per room with current/target, valve position as a bar, a history "
                "graph of flow vs outdoor temperature from the T3, and a 'who's home' strip from the "
                "geofencing events. Happy to share YAML.\n\n"
                "What do yours look like? Especially interested in heat-pump setups.",
        "tags": ["home-assistant"],
        "days_ago": 55,
        "views": 2480,
        "votes": 33,
        "status": "answered",
        "replies": [
            {"author": "marieke",
             "body": "Heat pump page: COP of the day (calculated from the H1 power and heat sensors), flow "
                     "temperature vs the curve target, and a defrost counter. The defrost counter taught me "
                     "more than any manual.",
             "votes": 12, "hours_later": 5},
            {"author": "c_george",
             "body": "Mine is one thermostat card for the T3 and a glance card with battery levels. Boring but "
                     "my wife can use it.",
             "votes": 6, "hours_later": 9},
            {"author": "c_luca",
             "body": "Dave, please share the valve-position bar YAML!",
             "votes": 4, "hours_later": 12},
            {"author": "dave_h",
             "body": "Posted it in the Halden Extras README under *Examples > dashboard*. Uses the standard "
                     "bar card, no custom JS.",
             "votes": 7, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_paul",
        "title": "Energy reports 20% lower than my smart meter readings",
        "body": "Halden Plus energy report: 1,050 kWh gas for November. Smart meter (Octopus app): 1,310 kWh. "
                "We don't have a gas hob. Where does the difference come from?",
        "tags": ["energy-reports", "halden-plus"],
        "days_ago": 85,
        "views": 550,
        "votes": 10,
        "status": "answered",
        "replies": [
            {"author": "superuser",
             "body": "Is your hot water from the boiler too (combi or cylinder)? If the report counts only "
                     "space heating, 20% for hot water in November is very plausible for a family.",
             "votes": 5, "hours_later": 3},
            {"author": "pm_sophie",
             "body": "Ingrid's probably right. On relay control we estimate heating from boiler run time and "
                     "the boiler's rated output, and hot water on a combi is invisible to us. With OpenTherm "
                     "we read modulation and the estimate is closer (typically within 5-10%). We're working on "
                     "importing smart-meter data in the UK so reports can use real numbers.",
             "votes": 7, "hours_later": 16},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "customer",
        "title": "iPhone widget shows a temperature from hours ago",
        "body": "The Halden widget on my lock screen says 17.2 °C in the living room, but opening the app shows "
                "20.1. Widget says 'updated 09:14', it's now 13:40. iPhone 14, iOS 18.5, app 5.13.2.",
        "tags": ["app-ios"],
        "days_ago": 5,
        "views": 92,
        "votes": 4,
        "status": "open",
        "replies": [
            {"author": "c_grace",
             "body": "Same on mine, the home-screen widget too. Low Power Mode was on for me, but not all day.",
             "votes": 2, "hours_later": 8},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_ben",
        "title": "API: GET /v1/homes/{id}/rooms returns one valve twice",
        "body": "After I moved a V1 from the bedroom to the office, the rooms endpoint lists it in **both** "
                "rooms (same `device_id`). The app shows it correctly only in the office.",
        "tags": ["api", "v1-valve"],
        "days_ago": 4,
        "views": 47,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_frank",
        "title": "Alexa routine can't switch the home to Away",
        "body": "I want an Alexa routine 'Alexa, I'm leaving' that sets Halden to Away. In the routine editor I "
                "can only set a temperature for a device, there's no Away mode. Am I missing something?",
        "tags": ["voice-assistants", "geofencing"],
        "days_ago": 10,
        "views": 80,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_yuki",
        "title": "Web dashboard shows a blank page in Firefox",
        "body": "Firefox 128 ESR on Debian. The dashboard loads the header and then nothing. Console says "
                "`TypeError: Intl.DurationFormat is not a constructor`. Works in Chromium.",
        "tags": ["web-dashboard"],
        "days_ago": 7,
        "views": 110,
        "votes": 3,
        "status": "open",
        "replies": [
            {"author": "c_luca",
             "body": "Works for me in Firefox 137 on Windows, so maybe it's the ESR version.",
             "votes": 1, "hours_later": 6},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_zofia",
        "title": "Android app logs me out every few days",
        "body": "Every three or four days the app asks me to sign in again. Android 13, Motorola. I don't use "
                "any cleaner apps. Annoying when I just want to turn the heating up quickly.",
        "tags": ["app-android"],
        "days_ago": 15,
        "views": 130,
        "votes": 5,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_hannah",
        "title": "Google Home shows the thermostat as offline but the Halden app works",
        "body": "In Google Home the T3 has been *Offline* since the weekend. The Halden app controls it fine. "
                "'Hey Google, wie warm ist es im Wohnzimmer' says the device is unavailable.",
        "tags": ["voice-assistants", "t3-thermostat"],
        "days_ago": 3,
        "views": 64,
        "votes": 2,
        "status": "open",
        "replies": [
            {"author": "dave_h",
             "body": "Did you change anything in Halden over the weekend: rename the room, change password, "
                     "switch Google exposure between Devices and Rooms? Any of those can leave a stale device "
                     "in Google. Also, does 'Hey Google, sync my devices' change anything?",
             "votes": 2, "hours_later": 5},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "feedback",
        "author": "c_dan",
        "title": "The Halden Plus banner on the home screen every single day",
        "body": "I get that you want to sell the subscription, but the 'Try Halden Plus' banner comes back "
                "every day after I close it. Once a month would be plenty.",
        "tags": ["halden-plus", "app-ios"],
        "days_ago": 12,
        "views": 190,
        "votes": 16,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_noor",
        "title": "Geofencing with a work phone and a personal phone",
        "body": "I carry two phones. Only my personal phone has the Halden app. Is there any issue if the "
                "personal phone stays at home on some days? Can I use both phones for geofencing?",
        "tags": ["geofencing"],
        "days_ago": 18,
        "views": 70,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_sarah",
        "title": "Home Assistant climate entity won't go below 5 degrees",
        "body": "Trying to set a room to 'off' from HA. The climate entity's min_temp is 5 and there's no off "
                "HVAC mode for V1 rooms, only heat. In the Halden app I can switch a room off. How do I do "
                "that from HA?",
        "tags": ["home-assistant", "v1-valve"],
        "days_ago": 21,
        "views": 150,
        "votes": 3,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_steve",
        "title": "If I change the temperature in Home Assistant, does it stick or revert at the next schedule?",
        "body": "When I set 21 in HA at 14:00 and the schedule has a change at 17:00, what happens? Same as "
                "turning the dial on the T3, or a permanent override?",
        "tags": ["home-assistant", "schedules"],
        "days_ago": 8,
        "views": 76,
        "votes": 2,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_ollie",
        "title": "'Update available' in the app but the Install button does nothing",
        "body": "App shows *T2 update available: 4.1.2* with an Install button. Tapping it shows a spinner for a "
                "second and then nothing. T2 still on 4.1.0 after two days.",
        "tags": ["firmware", "app-android", "t2-thermostat"],
        "days_ago": 140,
        "views": 300,
        "votes": 6,
        "status": "open",
        "replies": [
            {"author": "c_sarah",
             "body": "Same here, been like that for a week. Following.",
             "votes": 2, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "discussion",
        "author": "c_mia",
        "title": "Logging Halden data to InfluxDB and Grafana: what's your setup?",
        "body": "I'm polling the cloud API every minute into InfluxDB with a small Python script and graphing "
                "in Grafana. Works, but I'm wondering if anyone does it differently, for "
                "example through Home Assistant.",
        "tags": ["api", "home-assistant"],
        "days_ago": 30,
        "views": 420,
        "votes": 7,
        "status": "open",
        "replies": [
            {"author": "dave_h",
             "body": "I go via HA's InfluxDB integration, so there's no second poller eating into the "
                     "rate limit. HA already fetches everything once a minute anyway.",
             "votes": 4, "hours_later": 6},
            {"author": "c_frank",
             "body": "Python script on a Pi here too, cloud API, once a minute. No problems in six months.",
             "votes": 2, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_luca",
        "title": "Push notifications arrive 20 minutes late on iOS",
        "body": "Got the *Window open in Bedroom* notification at 19:42; the window was opened at 19:20. Same "
                "with *Device offline*. Focus modes are off. iPhone 12, iOS 18.5.",
        "tags": ["app-ios"],
        "days_ago": 1,
        "views": 30,
        "votes": 0,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_grace",
        "title": "Time-limited access for a cleaner or dog sitter?",
        "body": "Our dog sitter comes Tuesdays and Fridays. I'd like her to be able to turn the heating up "
                "while she's here, but not have access the rest of the week. Guest access seems to be "
                "permanent. Any way to limit it?",
        "tags": ["app-ios", "app-android"],
        "days_ago": 2,
        "views": 38,
        "votes": 1,
        "status": "open",
        "replies": [],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_george",
        "title": "Show a running boost as a Live Activity on the iPhone lock screen",
        "body": "When I start a one-hour boost I'd like to see the countdown on the lock screen and in the "
                "Dynamic Island, with a button to cancel it. Same for the hot water boost.",
        "tags": ["app-ios"],
        "days_ago": 70,
        "views": 520,
        "votes": 17,
        "status": "planned",
        "status_reason": "Live Activities for heating and hot water boosts are planned for the iOS app, with a "
                         "cancel button. Android gets an ongoing notification with the same information.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "Nice one, and fairly cheap for us because the boost timer already lives in the app. "
                     "Planned for iOS; on Android we'll do the equivalent as an ongoing notification with a "
                     "cancel action.",
             "votes": 7, "hours_later": 16},
            {"author": "c_dan",
             "body": "Yes! I always forget a boost is running.",
             "votes": 4, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "dave_h",
        "title": "Webhooks from the cloud API instead of polling",
        "body": "Polling every minute is wasteful for you and for us. Please add webhooks for: "
                "room temperature changes, heating on/off, device offline, low battery. Signed payloads, retries, the usual.",
        "tags": ["api"],
        "days_ago": 200,
        "views": 1150,
        "votes": 29,
        "status": "planned",
        "status_reason": "Cloud webhooks are planned for the API v1.3 release: signed payloads, retries with "
                         "backoff, and events for temperature, heating state, offline and battery.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "Agreed, and it would take a lot of load off our API. It's planned for API **v1.3**: "
                     "HMAC-signed payloads, retries with exponential backoff, the events you listed plus "
                     "'schedule changed'. Your list matches our draft almost exactly, which is reassuring.",
             "votes": 12, "hours_later": 40},
            {"author": "c_ahmed",
             "body": "Would make my Node-RED setup much simpler. Voted.",
             "votes": 3, "hours_later": 90},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_tim",
        "title": "Use real meter readings in the energy reports (UK smart meters, Dutch P1 port)",
        "body": "The energy reports estimate gas use from boiler run time. In the Netherlands nearly every "
                "house has a smart meter with a P1 port, and lots of us already read it with a HomeWizard "
                "or a P1 dongle. Please let the reports use real readings instead of estimates.",
        "tags": ["energy-reports", "halden-plus"],
        "days_ago": 150,
        "views": 1340,
        "votes": 35,
        "status": "planned",
        "status_reason": "Real meter data for energy reports is planned: UK smart meters first (with your "
                         "consent, no extra hardware), then a P1 route for the Netherlands.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "marieke",
             "body": "Yes please, and for heat pumps the electricity meter too.",
             "votes": 9, "hours_later": 7},
            {"author": "pm_sophie",
             "body": "Planned. UK first, because smart-meter data can be fetched with your consent without "
                     "any extra hardware. For the Netherlands we're looking at reading P1 data through the "
                     "HomeWizard API rather than making our own dongle. I'll update here when the UK beta "
                     "starts.",
             "votes": 11, "hours_later": 30},
            {"author": "c_pieter",
             "body": "The HomeWizard route would be perfect, I already have one in the meter cupboard.",
             "votes": 5, "hours_later": 44},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_claire",
        "title": "Outdoor temperature line on the web dashboard charts",
        "body": "The room charts on the web dashboard would make much more sense with the outdoor temperature "
                "underneath. Right now I have to look up the weather history to understand why Tuesday used "
                "so much more heating than Monday.",
        "tags": ["web-dashboard"],
        "days_ago": 77,
        "views": 260,
        "votes": 14,
        "status": "planned",
        "status_reason": "An outdoor-temperature line (weather service, or the boiler's own sensor when it "
                         "reports one) is coming to the web dashboard charts in the next dashboard release.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "We already store outdoor temperature for the energy estimates, so this is mostly "
                     "front-end work. It'll be a toggle on each chart in the next dashboard release.",
             "votes": 6, "hours_later": 22},
            {"author": "marieke",
             "body": "With a heat pump that's the one line I always want next to the room temperature. "
                     "Thank you.",
             "votes": 4, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_kwame",
        "title": "Bulk actions across homes in the web dashboard",
        "body": "Before a cold snap I want to set frost protection to 10 °C in all six flats, or push a "
                "firmware update to all T2s. Right now it's six times the same clicks.",
        "tags": ["web-dashboard", "installers"],
        "days_ago": 95,
        "views": 230,
        "votes": 11,
        "status": "planned",
        "status_reason": "Bulk actions (frost protection, holiday mode, firmware) are part of the upcoming "
                         "property-manager accounts in the web dashboard.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "Part of the property-manager work, Kwame, and you're on the early-access list already. "
                     "Bulk frost protection and holiday mode are in the first version; bulk firmware "
                     "right after.",
             "votes": 4, "hours_later": 20},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_lisa",
        "title": "German energy report PDF still has English headings",
        "body": "The monthly energy report PDF (Halden Plus) is in German except the section headings: "
                "*Heating summary*, *Room breakdown*, *Tips*. Looks unprofessional when I forward it to our "
                "Hausverwaltung.",
        "tags": ["energy-reports", "halden-plus"],
        "days_ago": 42,
        "views": 150,
        "votes": 5,
        "status": "planned",
        "status_reason": "Known: the PDF template headings weren't translated. Fixed translations go out with "
                         "next month's reports for German and Dutch.",
        "status_by": "agent_lena",
        "replies": [
            {"author": "agent_lena",
             "body": "Danke Lisa, confirmed, and the Dutch PDF has the same problem. The translations are done "
                     "and the fixed template goes live before next month's reports.",
             "votes": 3, "hours_later": 6},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_rachel",
        "title": "Per-person geofencing: pre-heat only the rooms of whoever is coming home",
        "body": "When my son comes home from uni on Fridays, the whole house pre-heats. It would be great if "
                "each person could have 'their' rooms, so his arrival warms his room and the kitchen, and "
                "mine warms the study.",
        "tags": ["geofencing", "schedules"],
        "days_ago": 60,
        "views": 300,
        "votes": 13,
        "status": "planned",
        "status_reason": "Room assignments per household member for geofencing are planned in app 5.16, "
                         "including pre-heat of those rooms on approach.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "Nice idea, and it fits with the per-member geofencing we're reworking anyway. Planned for "
                     "app 5.16: each member can be linked to rooms, and approach pre-heat warms those rooms "
                     "plus shared rooms you pick.",
             "votes": 5, "hours_later": 28},
            {"author": "customer",
             "body": "Would love this too, my partner's office vs mine.",
             "votes": 2, "hours_later": 40},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_ben",
        "title": "Bring back the IFTTT integration",
        "body": "IFTTT used to work with Halden and it was the easiest way to do things like 'turn heating "
                "down when the last person's phone leaves WiFi'. Why was it removed?",
        "tags": ["api", "voice-assistants"],
        "days_ago": 330,
        "views": 620,
        "votes": 12,
        "status": "wont_fix",
        "status_reason": "We retired IFTTT because few people used it and IFTTT's pricing changes made it "
                         "costly to keep. The cloud API and the Home Assistant integration replace it.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "I'll give you the real reason: about 0.5% of homes used it, and IFTTT's partner pricing "
                     "changed so it would have cost more than the rest of our integrations together. We'd "
                     "rather spend that on Matter and webhooks. The API with a personal token covers "
                     "everything the IFTTT applets did.",
             "votes": 7, "hours_later": 24},
            {"author": "dave_h",
             "body": "If you want the 'no-code' feel, Home Assistant's automation editor does 'last person "
                     "leaves' out of the box with the Halden integration.",
             "votes": 4, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_jen",
        "title": "Allow SMS codes for two-factor sign-in",
        "body": "My mum doesn't get on with authenticator apps at all. Could two-factor sign-in offer SMS "
                "codes as an option? Her bank does it.",
        "tags": ["app-ios", "app-android"],
        "days_ago": 250,
        "views": 210,
        "votes": 4,
        "status": "wont_fix",
        "status_reason": "We won't add SMS codes because SIM-swap fraud makes them the weakest option. Passkeys "
                         "are coming as the easier alternative to authenticator apps.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "We've decided against SMS: SIM-swap fraud makes it the weakest second factor, and a "
                     "heating account is a surprisingly juicy target (it tells you when people are away). "
                     "What we're doing instead is passkeys, which for most people are easier than both SMS "
                     "and authenticator apps: Face ID or fingerprint and you're in.",
             "votes": 3, "hours_later": 30},
            {"author": "c_jen",
             "body": "Passkeys would work for her, she already uses them for her email.",
             "votes": 1, "hours_later": 36},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "feedback",
        "author": "c_steve",
        "title": "API tokens expiring after a year broke my logging script",
        "body": "My logging script stopped working after exactly a year: token expired. Please allow tokens "
                "without expiry for home use, or at least email me before it happens.",
        "tags": ["api"],
        "days_ago": 35,
        "views": 260,
        "votes": 9,
        "status": "wont_fix",
        "status_reason": "Tokens keep a maximum lifetime of one year for security. We now email you 30 and 7 "
                         "days before a token expires.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "We'll keep the one-year maximum: a token that never expires and ends up in a public Git "
                     "repo is a key to someone's heating forever. But the second part is fair and done: "
                     "from this week you get an email 30 days and 7 days before any token expires, and the "
                     "dashboard shows the expiry date next to each token.",
             "votes": 6, "hours_later": 10},
            {"author": "c_steve",
             "body": "The reminder is good enough for me.",
             "votes": 1, "hours_later": 14},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_pieter",
        "title": "Native Samsung SmartThings integration",
        "body": "Half of my house is on SmartThings. A native Halden integration there would be very welcome.",
        "tags": ["voice-assistants"],
        "days_ago": 190,
        "views": 280,
        "votes": 8,
        "status": "wont_fix",
        "status_reason": "We won't build a separate SmartThings integration. SmartThings supports Matter, so "
                         "the T3 will work with it once Matter support ships.",
        "status_by": "pm_sophie",
        "replies": [
            {"author": "pm_sophie",
             "body": "Rather than another cloud-to-cloud integration, SmartThings will get the T3 via Matter "
                     "(see the Matter thread in Ideas). It's a better result for you: local control, no account "
                     "linking.",
             "votes": 5, "hours_later": 36},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "idea",
        "author": "c_anouk",
        "title": "A Windows desktop app",
        "body": "I spend all day at my PC. A small desktop app showing room temperatures in the tray would be "
                "handy.",
        "tags": ["web-dashboard"],
        "days_ago": 300,
        "views": 180,
        "votes": 3,
        "status": "wont_fix",
        "status_reason": "No desktop app is planned. The web dashboard can be installed as an app from Edge or "
                         "Chrome and runs in its own window.",
        "status_by": "eng_raj",
        "replies": [
            {"author": "eng_raj",
             "body": "Not planned, but try this: open the web dashboard in Edge or Chrome, menu > *Apps > "
                     "Install this site as an app*. It gets its own window and taskbar icon. Not quite a tray "
                     "icon, but close.",
             "votes": 3, "hours_later": 20},
            {"author": "c_anouk",
             "body": "Ah, that's nice enough. Thanks.",
             "votes": 0, "hours_later": 26},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_katie",
        "title": "Can I see who changed the temperature?",
        "body": "Someone in this house keeps turning the living room up to 24. Everyone denies it. Does the app "
                "keep a log of changes and who made them?",
        "tags": ["app-android", "schedules"],
        "days_ago": 33,
        "views": 480,
        "votes": 14,
        "status": "solved",
        "replies": [
            {"author": "superuser",
             "body": "It does: *Room > History > Activity*. Each change shows the source: the person's name "
                     "(app), *Device* (someone used the buttons on the thermostat), *Schedule*, *Geofencing*, *Alexa/Google* or "
                     "*API*. If it says *Device*, the culprit is physically at the thermostat.",
             "votes": 9, "accepted": True, "hours_later": 2},
            {"author": "c_katie",
             "body": "It was 'Alexa' at 16:05 every day. The teenager. Case closed.",
             "votes": 12, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "problem",
        "author": "c_mark",
        "title": "Web dashboard login loops back to the sign-in page",
        "body": "Sign in on the web dashboard, it briefly shows my home and then throws me back to the sign-in "
                "page. Over and over. Chrome on a work laptop. Works on my phone.",
        "tags": ["web-dashboard"],
        "days_ago": 126,
        "views": 340,
        "votes": 5,
        "status": "solved",
        "replies": [
            {"author": "dave_h",
             "body": "Work laptop = probably third-party cookies blocked by company policy. The dashboard signs "
                     "in via the account domain and then sets a session on the dashboard domain; if the "
                     "second cookie is blocked you get exactly this loop. Try allowing cookies for the "
                     "Halden domains, or an incognito window to test.",
             "votes": 6, "accepted": True, "hours_later": 3},
            {"author": "c_mark",
             "body": "Incognito works, so it's the policy. IT has allowed the domain. Thanks.",
             "votes": 0, "hours_later": 26},
            {"author": "eng_raj",
             "body": "We're moving sign-in to the same domain as the dashboard later this year, which ends "
                     "this problem for good.",
             "votes": 3, "hours_later": 30},
        ],
    },
    {
        "space": "app-integrations",
        "kind": "question",
        "author": "c_sven",
        "title": "Can geofencing control the H1 heat pump, or only boiler setups?",
        "body": "I'd like Away mode when we leave, but I'm wary of a heat pump dropping 4 degrees and then "
                "running flat out to recover. How does geofencing behave with the H1?",
        "tags": ["geofencing", "h1-heat-pump"],
        "days_ago": 240,
        "views": 520,
        "votes": 7,
        "status": "solved",
        "replies": [
            {"author": "marieke",
             "body": "It works with the H1, and it's smarter than with a boiler: the H1 has its own *Away "
                     "setback* (default 2 °C, I use 1 °C) instead of the home's Away temperature, and it "
                     "recovers slowly on the curve instead of running flat out. Set it under *H1 > Heating > "
                     "Away behaviour*.\n\n"
                     "For short absences (a day out) I'd barely bother; for a weekend away, 2 °C is fine.",
             "votes": 7, "accepted": True, "hours_later": 5},
            {"author": "c_sven",
             "body": "Found the setting, went with 1.5. Thanks Marieke.",
             "votes": 0, "hours_later": 20},
        ],
    },
]
# fmt: on

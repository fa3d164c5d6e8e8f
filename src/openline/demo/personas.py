"""The people and places of the demo company, Halden Home.

Halden Home makes smart heating for homes: the T2 and T3 thermostats, the V1 smart radiator
valves, the H1 heat-pump controller, the Halden app (iOS, Android, web) and the optional
"Halden Plus" subscription (energy reports, extended warranty, priority support). It sells
through its own web shop and through installers, in the UK, Ireland, the Netherlands and Germany.

Content modules (`content_*.py`) refer to people by the `key` of a persona and to spaces by
their `slug`; the seeding code turns both into real rows.
"""

from typing import Any

# The five demo sign-ins printed by `openline demo` come first; all use the demo password.
DEMO_LOGINS = ["customer", "superuser", "agent", "moderator", "admin"]

# role: customer | superuser | agent | moderator | admin
PERSONAS = [
    # --- demo sign-ins ---
    {
        "key": "customer",
        "name": "Chris Palmer",
        "role": "customer",
        "team": "",
        "bio": "Two-bed flat in Leeds, T2 thermostat and four V1 valves since last winter.",
    },
    {
        "key": "superuser",
        "name": "Ingrid Vos",
        "role": "superuser",
        "team": "",
        "bio": "Retired heating engineer in Utrecht. I answer what I can; ask me about hydronic balancing.",
    },
    {
        "key": "agent",
        "name": "Sam Okafor",
        "role": "agent",
        "team": "Customer Care",
        "bio": "Customer Care, Manchester. Usually on the early shift.",
    },
    {
        "key": "moderator",
        "name": "Priya Raman",
        "role": "moderator",
        "team": "Community",
        "bio": "Community manager. Tell me what would make this place better.",
    },
    {
        "key": "admin",
        "name": "Tom Becker",
        "role": "admin",
        "team": "IT",
        "bio": "Runs the community platform.",
    },
    # --- super-users (the obvious 1 %) ---
    {
        "key": "dave_h",
        "name": "Dave Hughes",
        "role": "superuser",
        "team": "",
        "bio": "Home-automation tinkerer. Home Assistant, MQTT, too many sensors.",
    },
    {
        "key": "marieke",
        "name": "Marieke de Boer",
        "role": "superuser",
        "team": "",
        "bio": "Heat pump owner since 2019, happy to share my settings.",
    },
    {
        "key": "olu_a",
        "name": "Olu Adeyemi",
        "role": "customer",
        "team": "",
        "bio": "Electrician in Bristol; I fit a lot of these.",
    },
    # --- staff ---
    {
        "key": "agent_lena",
        "name": "Lena Fischer",
        "role": "agent",
        "team": "Customer Care",
        "bio": "Customer Care, Hamburg. Deutsch, English.",
    },
    {
        "key": "agent_ciaran",
        "name": "Ciarán Walsh",
        "role": "agent",
        "team": "Customer Care",
        "bio": "Customer Care, Dublin.",
    },
    {
        "key": "eng_maya",
        "name": "Maya Lindqvist",
        "role": "agent",
        "team": "Firmware Engineering",
        "bio": "I work on the thermostat firmware. I read this forum more than I admit.",
    },
    {
        "key": "eng_raj",
        "name": "Raj Patel",
        "role": "agent",
        "team": "App Team",
        "bio": "Android and web app.",
    },
    {
        "key": "pm_sophie",
        "name": "Sophie Laurent",
        "role": "agent",
        "team": "Product",
        "bio": "Product manager for the app and Halden Plus.",
    },
    {
        "key": "billing_ana",
        "name": "Ana Costa",
        "role": "agent",
        "team": "Billing & Orders",
        "bio": "Orders, refunds, subscriptions.",
    },
    # --- customers ---
    {"key": "c_jen", "name": "Jennifer Moss", "role": "customer", "team": "", "bio": ""},
    {
        "key": "c_pieter",
        "name": "Pieter Jansen",
        "role": "customer",
        "team": "",
        "bio": "Amersfoort.",
    },
    {"key": "c_aisha", "name": "Aisha Khan", "role": "customer", "team": "", "bio": ""},
    {
        "key": "c_mark",
        "name": "Mark Doyle",
        "role": "customer",
        "team": "",
        "bio": "Cork. Old house, new heating.",
    },
    {"key": "c_frank", "name": "Frank Weber", "role": "customer", "team": "", "bio": ""},
    {"key": "c_emma", "name": "Emma Clarke", "role": "customer", "team": "", "bio": ""},
    {"key": "c_luca", "name": "Luca Bianchi", "role": "customer", "team": "", "bio": ""},
    {"key": "c_sarah", "name": "Sarah O'Neill", "role": "customer", "team": "", "bio": ""},
    {
        "key": "c_kwame",
        "name": "Kwame Mensah",
        "role": "customer",
        "team": "",
        "bio": "Landlord, six flats.",
    },
    {"key": "c_hannah", "name": "Hannah Schulz", "role": "customer", "team": "", "bio": ""},
    {"key": "c_george", "name": "George Baker", "role": "customer", "team": "", "bio": ""},
    {"key": "c_noor", "name": "Noor Haddad", "role": "customer", "team": "", "bio": ""},
    {"key": "c_tim", "name": "Tim van Dijk", "role": "customer", "team": "", "bio": ""},
    {"key": "c_rachel", "name": "Rachel Green", "role": "customer", "team": "", "bio": ""},
    {"key": "c_ollie", "name": "Oliver Brooks", "role": "customer", "team": "", "bio": ""},
    {"key": "c_zofia", "name": "Zofia Nowak", "role": "customer", "team": "", "bio": ""},
    {"key": "c_ben", "name": "Ben Carter", "role": "customer", "team": "", "bio": ""},
    {"key": "c_lisa", "name": "Lisa Hoffmann", "role": "customer", "team": "", "bio": ""},
    {"key": "c_dan", "name": "Daniel Murphy", "role": "customer", "team": "", "bio": ""},
    {"key": "c_yuki", "name": "Yuki Tanaka", "role": "customer", "team": "", "bio": ""},
    {"key": "c_ahmed", "name": "Ahmed Farouk", "role": "customer", "team": "", "bio": ""},
    {"key": "c_claire", "name": "Claire Dubois", "role": "customer", "team": "", "bio": ""},
    {"key": "c_steve", "name": "Steve Robinson", "role": "customer", "team": "", "bio": ""},
    {"key": "c_mia", "name": "Mia Koch", "role": "customer", "team": "", "bio": ""},
    {"key": "c_joe", "name": "Joe Fletcher", "role": "customer", "team": "", "bio": ""},
    {"key": "c_anouk", "name": "Anouk Smit", "role": "customer", "team": "", "bio": ""},
    {"key": "c_rob", "name": "Rob Turner", "role": "customer", "team": "", "bio": ""},
    {"key": "c_katie", "name": "Katie Walsh", "role": "customer", "team": "", "bio": ""},
    {"key": "c_felix", "name": "Felix Braun", "role": "customer", "team": "", "bio": ""},
    {"key": "c_grace", "name": "Grace Lee", "role": "customer", "team": "", "bio": ""},
    {"key": "c_sven", "name": "Sven Ek", "role": "customer", "team": "", "bio": ""},
    {"key": "c_maria", "name": "María López", "role": "customer", "team": "", "bio": ""},
    {"key": "c_paul", "name": "Paul Hendricks", "role": "customer", "team": "", "bio": ""},
    {"key": "c_nina", "name": "Nina Petrova", "role": "customer", "team": "", "bio": ""},
]

# Private spaces are visible only to their members (the VIP space: super-users and staff).
SPACES: list[dict[str, Any]] = [
    {
        "slug": "getting-started",
        "name": "Getting started & installation",
        "private": False,
        "description": "Unboxing, wiring, pairing and first-day questions.",
    },
    {
        "slug": "thermostats-valves",
        "name": "Thermostats & valves",
        "private": False,
        "description": "T2, T3, V1 valves and the H1 heat-pump controller: schedules, sensors, firmware.",
    },
    {
        "slug": "app-integrations",
        "name": "App & integrations",
        "private": False,
        "description": "The Halden app, web dashboard, voice assistants, Home Assistant and the API.",
    },
    {
        "slug": "orders-billing",
        "name": "Orders, billing & delivery",
        "private": False,
        "description": "Web-shop orders, deliveries, returns, warranty and Halden Plus billing.",
    },
    {
        "slug": "ideas",
        "name": "Ideas & feedback",
        "private": False,
        "description": "Tell the product team what to build next and what to fix.",
    },
    {
        "slug": "lounge",
        "name": "Community lounge",
        "private": False,
        "description": "Show your setup, share savings, say thanks, chat about heating.",
    },
    {
        "slug": "champions",
        "name": "Champions' lounge",
        "private": True,
        "description": "Private space for super-users and staff: early builds, tricky cases, feedback.",
    },
]

# Tags name product areas.
TAGS = [
    "t2-thermostat",
    "t3-thermostat",
    "v1-valve",
    "h1-heat-pump",
    "app-ios",
    "app-android",
    "web-dashboard",
    "firmware",
    "wiring",
    "pairing",
    "schedules",
    "geofencing",
    "energy-reports",
    "halden-plus",
    "billing",
    "delivery",
    "returns",
    "warranty",
    "home-assistant",
    "voice-assistants",
    "api",
    "batteries",
    "installers",
    "opentherm",
    "wifi",
]

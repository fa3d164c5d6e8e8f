"""Build drafts_{dev,holdout,holdout2,de,holdout3,de3,holdout4,de4,valid5,valid5_de,holdout5,de5,
holdout6,de6}.jsonl
from the hand-written source/*.txt.

Source DSL (one file per company, file name = company key):
    ### <channel>            (or "### <channel> [de]" for a German draft)
    <draft text, may span lines>
    !! <kind> | <match>          (zero or more; none = clean)
Placeholders {{TYPE}} / {{TYPE#n}} are filled with generated values, the same
placeholder string within one draft gets the same value (so it can be used in
the text and in a match). Fixed seed -> deterministic output.
"""

import hashlib
import json
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).parent
PREFIX = {
    "pawfold": "pw",
    "corvia": "co",
    "mirefox": "mf",
    "brightwell": "bw",
    "tandemly": "tl",
    "larkspur": "lk",
    "gatehouse": "gt",
    "spokewright": "sw",
    "hearthline": "hl",
    "fernbank": "fb",
    "quillmoor": "qm",
    "helioform": "hf",
    "crumbhaven": "ch",
    "deskwarren": "dw",
    "stowbridge": "sb",
    "cinderwave": "cw",
    "alpenrook": "ar",
    "saltmere": "sm",
    "auralis": "ah",
    "steadyplate": "sp",
    "parlowe": "pa",
    "kettlewick": "kw",
    "moorgate": "mg",
    "fennick": "fn",
    "oakhollow": "oh",
    "rootmere": "rt",
    "nimbrel": "nb",
    "wanderloft": "wl",
    "lumadent": "yl",
    "vantwell": "yv",
    "wardenbell": "ja",
    "ironquay": "jb",
    "halvora": "jc",
    "glasmond": "zd",
    "latchwell": "ze",
    "tapwright": "ka",
    "quenmarsh": "kb",
    "foldbrook": "kc",
    "thistlemarch": "kd",
    "zwirnhaus": "ke",
    "settlewood": "la",
    "inkhollow": "lb",
    "carrowby": "lc",
    "pagewell": "ld",
    "saitenhof": "le",
    "larchpeak": "ma",
    "tidewell": "mb",
    "skyhollow": "mc",
    "kindlewood": "md",
    "talwind": "me",
    "bramblegate": "na",
    "ashgrove": "nc",
    "furrowline": "nd",
    "kurvenfeld": "ne",
    "ledgerfern": "nf",
    "lenkwerk": "ng",
    "hofmark": "nh",
    "mossgrove": "oa",
    "burrowell": "ob",
    "puzzlekeep": "oc",
    "stitchmoor": "od",
    "wellenkamm": "oe",
    "tretwerk": "of",
    "lindenquell": "og",
    "rubicorn": "oi",
    "chalkfen": "oj",
    "chattercove": "ok",
    "kelterhaus": "ol",
    "glutstein": "om",
    "hopfenkiste": "on",
    "schlotwacht": "oo",
    "inkveil": "pb",
    "tubwarden": "pc",
    "layerforge": "pd",
    "reedwater": "pe",
    "wiegenwerk": "pf",
    "hubwerk": "pg",
    "sattelgrund": "ph",
    "reelhaven": "qb",
    "cartwheel": "qc",
    "fixfinch": "qd",
    "grindwell": "qe",
    "pfotenhain": "qf",
    "kieselweg": "qg",
    "lichtmuehle": "qh",
    "brinewick": "qi",
    "kestrune": "qj",
    "cobblewren": "qk",
    "schaumwerk": "ql",
    "riffkante": "qn",
    "scherenwerk": "qo",
    "morgenkurier": "qp",
    "ketchmoor": "qq",
    "tuftwell": "qr",
    "carrymere": "qs",
    "klangwart": "qt",
    "wabenhof": "qu",
    "kesselkraft": "qv",
    "tellerwerk": "qw",
    "cragmoth": "qx",
    "pledgewick": "qy",
    "wirebarrow": "qz",
    "teewald": "ra",
    "sanguell": "rb",
    "wischgut": "rc",
    "lodenkranz": "rd",
    "hoverwick": "re",
    "lanternly": "rf",
    "tallyquill": "rg",
    "brettlund": "rh",
    "lauschwerk": "ri",
    "walzerhof": "rj",
    "federwerk": "rk",
    "posyridge": "rl",
    "voltcairn": "rm",
    "quadlark": "rn",
    "auenkiel": "ro",
    "schrittmass": "rp",
    "donaufunk": "rq",
    "brunnmatt": "rr",
    "slabcrest": "rs",
    "burnhollow": "ru",
    "apexmoor": "rv",
    "feinmark": "rw",
    "gripstone": "rx",
    "lagerfunke": "ry",
    "losfink": "rz",
    "aldernib": "sa",
    "chordvale": "sc",
    "dawnloop": "sd",
    "plumeway": "se",
    "kerbforge": "sf",
    "tilgwerk": "sg",
    "wehrfeld": "sh",
    "dapplefield": "si",
    "abelune": "sj",
    "eavesong": "sk",
    "oculane": "sl",
    "lirafort": "sn",
    "stubenrecht": "so",
    "querruder": "sq",
    "cometry": "sr",
    "gavelridge": "ss",
    "foxglass": "st",
    "pinlark": "su",
    "jahrbogen": "sv",
    "schnittfest": "sx",
    "traglast": "sy",
    "fairmark": "ta",
    "gillbrook": "tb",
    "corbelle": "tc",
    "rochadia": "td",
    "tastlicht": "te",
    "zapfwerk": "tf",
    "loetfeld": "tg",
    "wickenlow": "th",
    "skerrywave": "ti",
    "hollinsby": "tj",
    "kreisgut": "tk",
    "nebelgard": "tm",
    "kiekwind": "tn",
    "stollmatt": "tp",
    "gantrell": "tq",
    "stillwick": "tr",
    "pennyfern": "ts",
    "sheenwick": "tt",
    "swirlmere": "tu",
    "zielkerbe": "tv",
    "firnwacht": "tw",
    "bladeholm": "tx",
    "dinkwell": "ty",
    "southcross": "tz",
    "haulwick": "ua",
    "kinloom": "ub",
    "sennrueti": "uc",
    "gamsleiten": "ud",
    "wheelback": "ue",
    "ridingpost": "uf",
    "brolga": "ug",
    "combwell": "uh",
    "ploverly": "ui",
    "deichselhof": "uj",
    "bandenhaus": "uk",
    "swathline": "ul",
    "keelmere": "um",
    "canefell": "un",
    "tiltyard": "uo",
    "thistlecombe": "up",
    "saalebogen": "uq",
    "fundhafen": "ur",
    "dryvale": "us",
    "scribeholm": "ut",
    "benchwick": "uv",
    "flaskwright": "uw",
    "ardlinn": "ux",
    "kaolinda": "uy",
    "dengelstatt": "uz",
}
SPLIT = {
    "pawfold": "dev",
    "corvia": "dev",
    "mirefox": "holdout",
    "brightwell": "holdout",
    "tandemly": "holdout2",
    "larkspur": "holdout2",
    "gatehouse": "holdout2",
    "spokewright": "holdout3",
    "hearthline": "holdout3",
    "fernbank": "holdout3",
    "quillmoor": "holdout4",
    "helioform": "holdout4",
    "crumbhaven": "holdout4",
    "deskwarren": "holdout4",
    "stowbridge": "valid5",
    "cinderwave": "valid5",
    "alpenrook": "valid5",
    "saltmere": "holdout5",
    "auralis": "holdout5",
    "steadyplate": "holdout5",
    "parlowe": "holdout5",
    "kettlewick": "holdout6",
    "moorgate": "holdout6",
    "fennick": "holdout6",
    "oakhollow": "holdout6",
    "rootmere": "holdout7",
    "nimbrel": "holdout7",
    "wanderloft": "holdout7",
    "lumadent": "holdout7",
    "vantwell": "holdout7",
    "wardenbell": "holdout8",
    "ironquay": "holdout8",
    "halvora": "holdout8",
    "glasmond": "holdout8",
    "latchwell": "holdout8",
    "tapwright": "holdout9",
    "quenmarsh": "holdout9",
    "foldbrook": "holdout9",
    "thistlemarch": "holdout9",
    "zwirnhaus": "holdout9",
    "settlewood": "holdout10",
    "inkhollow": "holdout10",
    "carrowby": "holdout10",
    "pagewell": "holdout10",
    "saitenhof": "holdout10",
    "larchpeak": "holdout11",
    "tidewell": "holdout11",
    "skyhollow": "holdout11",
    "kindlewood": "holdout11",
    "talwind": "holdout11",
    "bramblegate": "holdout12",
    "ashgrove": "holdout12",
    "furrowline": "holdout12",
    "kurvenfeld": "holdout12",
    "ledgerfern": "holdout12",
    "lenkwerk": "holdout12",
    "hofmark": "holdout12",
    "mossgrove": "holdout13",
    "burrowell": "holdout13",
    "puzzlekeep": "holdout13",
    "stitchmoor": "holdout13",
    "wellenkamm": "holdout13",
    "tretwerk": "holdout13",
    "lindenquell": "holdout13",
    "rubicorn": "holdout14",
    "chalkfen": "holdout14",
    "chattercove": "holdout14",
    "kelterhaus": "holdout14",
    "glutstein": "holdout14",
    "hopfenkiste": "holdout14",
    "schlotwacht": "holdout14",
    "inkveil": "holdout15",
    "tubwarden": "holdout15",
    "layerforge": "holdout15",
    "reedwater": "holdout15",
    "wiegenwerk": "holdout15",
    "hubwerk": "holdout15",
    "sattelgrund": "holdout15",
    "reelhaven": "holdout16",
    "cartwheel": "holdout16",
    "fixfinch": "holdout16",
    "grindwell": "holdout16",
    "pfotenhain": "holdout16",
    "kieselweg": "holdout16",
    "lichtmuehle": "holdout16",
    "brinewick": "holdout17",
    "kestrune": "holdout17",
    "cobblewren": "holdout17",
    "schaumwerk": "holdout17",
    "riffkante": "holdout17",
    "scherenwerk": "holdout17",
    "morgenkurier": "holdout17",
    "ketchmoor": "holdout18",
    "tuftwell": "holdout18",
    "carrymere": "holdout18",
    "klangwart": "holdout18",
    "wabenhof": "holdout18",
    "kesselkraft": "holdout18",
    "tellerwerk": "holdout18",
    "cragmoth": "holdout19",
    "pledgewick": "holdout19",
    "wirebarrow": "holdout19",
    "teewald": "holdout19",
    "sanguell": "holdout19",
    "wischgut": "holdout19",
    "lodenkranz": "holdout19",
    "hoverwick": "holdout20",
    "lanternly": "holdout20",
    "tallyquill": "holdout20",
    "brettlund": "holdout20",
    "lauschwerk": "holdout20",
    "walzerhof": "holdout20",
    "federwerk": "holdout20",
    "posyridge": "holdout21",
    "voltcairn": "holdout21",
    "quadlark": "holdout21",
    "auenkiel": "holdout21",
    "schrittmass": "holdout21",
    "donaufunk": "holdout21",
    "brunnmatt": "holdout21",
    "slabcrest": "holdout22",
    "burnhollow": "holdout22",
    "apexmoor": "holdout22",
    "feinmark": "holdout22",
    "gripstone": "holdout22",
    "lagerfunke": "holdout22",
    "losfink": "holdout22",
    "aldernib": "holdout23",
    "chordvale": "holdout23",
    "dawnloop": "holdout23",
    "plumeway": "holdout23",
    "kerbforge": "holdout23",
    "tilgwerk": "holdout23",
    "wehrfeld": "holdout23",
    "dapplefield": "holdout24",
    "abelune": "holdout24",
    "eavesong": "holdout24",
    "oculane": "holdout24",
    "lirafort": "holdout24",
    "stubenrecht": "holdout24",
    "querruder": "holdout24",
    "cometry": "holdout25",
    "gavelridge": "holdout25",
    "foxglass": "holdout25",
    "pinlark": "holdout25",
    "jahrbogen": "holdout25",
    "schnittfest": "holdout25",
    "traglast": "holdout25",
    "fairmark": "holdout26",
    "gillbrook": "holdout26",
    "corbelle": "holdout26",
    "rochadia": "holdout26",
    "tastlicht": "holdout26",
    "zapfwerk": "holdout26",
    "loetfeld": "holdout26",
    "wickenlow": "holdout27",
    "skerrywave": "holdout27",
    "hollinsby": "holdout27",
    "kreisgut": "holdout27",
    "nebelgard": "holdout27",
    "kiekwind": "holdout27",
    "stollmatt": "holdout27",
    "gantrell": "holdout28",
    "stillwick": "holdout28",
    "pennyfern": "holdout28",
    "sheenwick": "holdout28",
    "swirlmere": "holdout28",
    "zielkerbe": "holdout28",
    "firnwacht": "holdout28",
    "bladeholm": "holdout29",
    "dinkwell": "holdout29",
    "southcross": "holdout29",
    "haulwick": "holdout29",
    "kinloom": "holdout29",
    "sennrueti": "holdout29",
    "gamsleiten": "holdout29",
    "wheelback": "holdout30",
    "ridingpost": "holdout30",
    "brolga": "holdout30",
    "combwell": "holdout30",
    "ploverly": "holdout30",
    "deichselhof": "holdout30",
    "bandenhaus": "holdout30",
    "swathline": "holdout31",
    "keelmere": "holdout31",
    "canefell": "holdout31",
    "tiltyard": "holdout31",
    "thistlecombe": "holdout31",
    "saalebogen": "holdout31",
    "fundhafen": "holdout31",
    "dryvale": "holdout32",
    "scribeholm": "holdout32",
    "benchwick": "holdout32",
    "flaskwright": "holdout32",
    "ardlinn": "holdout32",
    "kaolinda": "holdout32",
    "dengelstatt": "holdout32",
}
# A channel line ending in " [de]" marks a German draft: it goes to drafts_de.jsonl
# (ids <prefix>-de-NNN, numbered and shuffled separately from the English drafts).
# German drafts of holdout3 companies go to drafts_de3.jsonl instead, those of
# holdout4 companies to drafts_de4.jsonl, those of valid5 companies to drafts_valid5_de.jsonl,
# those of holdout5 companies to drafts_de5.jsonl, those of holdout6 companies to drafts_de6.jsonl.
# holdout6 was written by two helpers in parallel: the second one's companies may sit in
# companies_holdout6b.json (a fragment, same schema) until it is merged into companies.json
# (see merge_fragment()); a source file that does not exist yet is skipped.
DE_MARK = "[de]"
DE_SPLIT = {
    "holdout3": "de3",
    "holdout4": "de4",
    "valid5": "valid5_de",
    "holdout5": "de5",
    "holdout6": "de6",
    "holdout7": "de7",
    "holdout8": "de8",
    "holdout9": "de9",
    "holdout10": "de10",
    "holdout11": "de11",
    "holdout12": "de12",
    "holdout13": "de13",
    "holdout14": "de14",
    "holdout15": "de15",
    "holdout16": "de16",
    "holdout17": "de17",
    "holdout18": "de18",
    "holdout19": "de19",
    "holdout20": "de20",
    "holdout21": "de21",
    "holdout22": "de22",
    "holdout23": "de23",
    "holdout24": "de24",
    "holdout25": "de25",
    "holdout26": "de26",
    "holdout27": "de27",
    "holdout28": "de28",
    "holdout29": "de29",
    "holdout30": "de30",
    "holdout31": "de31",
    "holdout32": "de32",
}
# holdout7 (session 12) was written by two helpers in parallel, each into its own fragment
# (companies_holdout7a.json, companies_holdout7b.json) until merged into companies.json.
# holdout8 (session 13): the same, companies_holdout8a.json and companies_holdout8b.json.
# holdout9 (session 14): the same, companies_holdout9a.json and companies_holdout9b.json.
FRAGMENTS = (
    "companies_holdout6b.json",
    "companies_holdout7a.json",
    "companies_holdout7b.json",
    "companies_holdout8a.json",
    "companies_holdout8b.json",
    "companies_holdout9a.json",
    "companies_holdout9b.json",
    "companies_holdout10a.json",
    "companies_holdout10b.json",
    "companies_holdout11a.json",
    "companies_holdout11b.json",
    "companies_holdout12a.json",
    "companies_holdout12b.json",
    "companies_holdout12c.json",
    "companies_holdout13a.json",
    "companies_holdout13b.json",
    "companies_holdout13c.json",
    "companies_holdout14a.json",
    "companies_holdout14b.json",
    "companies_holdout14c.json",
    "companies_holdout15a.json",
    "companies_holdout15b.json",
    "companies_holdout15c.json",
    "companies_holdout16a.json",
    "companies_holdout16b.json",
    "companies_holdout16c.json",
    "companies_holdout17a.json",
    "companies_holdout17b.json",
    "companies_holdout17c.json",
    "companies_holdout18a.json",
    "companies_holdout18b.json",
    "companies_holdout18c.json",
    "companies_holdout19a.json",
    "companies_holdout19b.json",
    "companies_holdout19c.json",
    "companies_holdout20a.json",
    "companies_holdout20b.json",
    "companies_holdout20c.json",
    "companies_holdout21a.json",
    "companies_holdout21b.json",
    "companies_holdout21c.json",
    "companies_holdout22a.json",
    "companies_holdout22b.json",
    "companies_holdout22c.json",
    "companies_holdout23a.json",
    "companies_holdout23b.json",
    "companies_holdout23c.json",
    "companies_holdout24a.json",
    "companies_holdout24b.json",
    "companies_holdout24c.json",
    "companies_holdout25a.json",
    "companies_holdout25b.json",
    "companies_holdout25c.json",
    "companies_holdout26a.json",
    "companies_holdout26b.json",
    "companies_holdout26c.json",
    "companies_holdout27a.json",
    "companies_holdout27b.json",
    "companies_holdout27c.json",
    "companies_holdout28a.json",
    "companies_holdout28b.json",
    "companies_holdout28c.json",
    "companies_holdout29a.json",
    "companies_holdout29b.json",
    "companies_holdout29c.json",
    "companies_holdout30a.json",
    "companies_holdout30b.json",
    "companies_holdout30c.json",
    "companies_holdout31a.json",
    "companies_holdout31b.json",
    "companies_holdout31c.json",
    "companies_holdout32a.json",
    "companies_holdout32b.json",
    "companies_holdout32c.json",
)


def luhn_complete(body):
    digits = [int(c) for c in body]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num][::-1]
    return (
        sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10
        == 0
    )


CARD = {
    "VISA": (["4"], 16),
    "MC": (["51", "53", "55", "2221", "2720"], 16),
    "AMEX": (["34", "37"], 15),
    "DISC": (["6011", "65"], 16),
    "MAESTRO": (["6759", "5018"], 19),
    "JCB": (["3528", "3589"], 16),
    "DINERS": (["36"], 14),
    "UNION": (["62"], 16),
}


def gen_card(r, typ):
    pfx, n = CARD[typ]
    p = r.choice(pfx)
    body = p + "".join(r.choice(string.digits) for _ in range(n - 1 - len(p)))
    return luhn_complete(body)


def group_card(num, sep):
    if len(num) == 15 or len(num) == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


# country: (length of BBAN, pattern) n=digit a=upper letter c=alnum
IBAN_FMT = {
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "GB": "aaaa" + "n" * 14,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "IE": "aaaa" + "n" * 14,
    "PT": "n" * 21,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "LU": "nnn" + "c" * 13,
    "CZ": "n" * 20,
    "GR": "n" * 23,
    "HR": "n" * 17,
    "LT": "n" * 16,
    "EE": "n" * 16,
    "SK": "n" * 20,
    "RO": "aaaa" + "c" * 16,
    "HU": "n" * 24,
    "SI": "n" * 15,
    "MT": "aaaa" + "n" * 5 + "c" * 18,
    "CY": "n" * 8 + "c" * 16,
    "TR": "n" * 6 + "c" * 16,
    "SA": "nn" + "c" * 18,
    "AE": "n" * 19,
    "BR": "n" * 23 + "a" + "c",
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(r, country, bad=False):
    pat = IBAN_FMT[country]
    alph = {
        "n": string.digits,
        "a": string.ascii_uppercase,
        "c": string.digits + string.ascii_uppercase,
    }
    bban = "".join(r.choice(alph[c]) for c in pat)
    chk = iban_check(country, bban)
    if bad:
        chk = "%02d" % ((int(chk) + r.randint(1, 90) - 2) % 97 + 2)
        if chk == iban_check(country, bban):
            chk = "%02d" % ((int(chk) + 1 - 2) % 97 + 2)
    return country + chk + bban


def rnd(r, n, alph=string.ascii_letters + string.digits):
    return "".join(r.choice(alph) for _ in range(n))


def b64url(r, n):
    return rnd(r, n, string.ascii_letters + string.digits + "-_")


def gen_token(r, typ):
    U, _L, D = string.ascii_uppercase, string.ascii_lowercase, string.digits
    if typ == "SKPROJ":
        return "sk-proj-" + b64url(r, 74) + "T3BlbkFJ" + b64url(r, 74)
    if typ == "SKOPENAI":
        return "sk-" + rnd(r, 20) + "T3BlbkFJ" + rnd(r, 20)
    if typ == "SKANT":
        return "sk-ant-api03-" + b64url(r, 93) + "AA"
    if typ == "GHP":
        return "ghp_" + rnd(r, 36)
    if typ == "GHO":
        return "gho_" + rnd(r, 36)
    if typ == "GHPAT":
        return "github_pat_11" + rnd(r, 20, U + D) + "_" + rnd(r, 59)
    if typ == "GLPAT":
        return "glpat-" + b64url(r, 20)
    if typ == "XOXB":
        return f"xoxb-{rnd(r, 12, D)}-{rnd(r, 13, D)}-{rnd(r, 24)}"
    if typ == "XOXP":
        return "xoxp-{}-{}-{}-{}".format(
            rnd(r, 12, D),
            rnd(r, 12, D),
            rnd(r, 13, D),
            rnd(r, 32, "abcdef" + D),
        )
    if typ == "SLACKHOOK":
        return f"https://hooks.slack.com/services/T{rnd(r, 8, U + D)}/B{rnd(r, 10, U + D)}/{rnd(r, 24)}"
    if typ == "AKIA":
        return "AKIA" + rnd(r, 16, U + "234567")
    if typ == "AWSSECRET":
        return rnd(r, 40, string.ascii_letters + D + "/+")
    if typ == "SKLIVE":
        return "sk_live_51" + rnd(r, 97)
    if typ == "RKLIVE":
        return "rk_live_51" + rnd(r, 97)
    if typ == "PKLIVE":
        return "pk_live_51" + rnd(r, 97)
    if typ == "WHSEC":
        return "whsec_" + rnd(r, 32)
    if typ == "AIZA":
        return "AIza" + b64url(r, 35)
    if typ == "SGKEY":
        return "SG." + b64url(r, 22) + "." + b64url(r, 43)
    if typ == "TWILIO":
        return "SK" + rnd(r, 32, "abcdef" + D)
    if typ == "NPM":
        return "npm_" + rnd(r, 36)
    if typ == "HF":
        return "hf_" + rnd(r, 34)
    if typ == "SHOPIFY":
        return "shpat_" + rnd(r, 32, "abcdef" + D)
    if typ == "DISCORDBOT":
        return "M" + rnd(r, 23) + "." + b64url(r, 6) + "." + b64url(r, 38)
    if typ == "JWT":
        import base64

        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = (
            base64.urlsafe_b64encode(
                json.dumps(
                    {"sub": rnd(r, 8, D), "role": "admin", "iat": 1764700000 + r.randint(0, 9999)}
                ).encode()
            )
            .decode()
            .rstrip("=")
        )
        return h + "." + p + "." + b64url(r, 43)
    if typ == "PEM":
        lines = [rnd(r, 64, string.ascii_letters + D + "+/") for _ in range(6)] + [
            rnd(r, 24, string.ascii_letters + D + "+/") + "=="
        ]
        return (
            "-----BEGIN RSA PRIVATE KEY-----\n"
            + "\n".join(["MIIEpAIBAAKCAQEA" + lines[0][16:], *lines[1:]])
            + "\n-----END RSA PRIVATE KEY-----"
        )
    if typ == "OPENSSH":
        lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [
            rnd(r, 70, string.ascii_letters + D + "+/") for _ in range(3)
        ]
        return (
            "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "\n".join(lines)
            + "\n-----END OPENSSH PRIVATE KEY-----"
        )
    if typ == "HEX32":
        return rnd(r, 32, "abcdef" + D)
    if typ == "SHA":
        return rnd(r, 40, "abcdef" + D)
    raise KeyError(typ)


PH = re.compile(r"\{\{([A-Z0-9_]+)(?:#\d+)?\}\}")


def fill(ph, typ, r):
    parts = typ.split("_")
    base, fmt = parts[0], (parts[1] if len(parts) > 1 else "")
    if base in CARD:
        num = gen_card(r, base)
        assert luhn_ok(num)
        return {"": num, "SP": group_card(num, " "), "DASH": group_card(num, "-")}[fmt]
    if base == "BADCARD":
        num = gen_card(r, "VISA")
        num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
        assert not luhn_ok(num)
        return {"": num, "SP": group_card(num, " "), "DASH": group_card(num, "-")}[fmt]
    if base in ("IBAN", "BADIBAN"):
        country = parts[1]
        fmt = parts[2] if len(parts) > 2 else ""
        ib = gen_iban(r, country, bad=(base == "BADIBAN"))
        assert iban_ok(ib) == (base == "IBAN")
        if fmt == "SP":
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if fmt == "LOW":
            return ib.lower()
        return ib
    return gen_token(r, typ)


def parse(path):
    recs, cur = [], None
    for line in path.read_text().split("\n"):
        if line.startswith("### "):
            if cur:
                recs.append(cur)
            chan = line[4:].strip()
            lang = "en"
            if chan.endswith(DE_MARK):
                chan, lang = chan[: -len(DE_MARK)].strip(), "de"
            cur = {"channel": chan, "lang": lang, "lines": [], "labels": []}
        elif line.startswith("!! "):
            kind, _, match = line[3:].partition(" | ")
            cur["labels"].append((kind.strip(), match))
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        recs.append(cur)
    return recs


def emit(company, lang, recs, out):
    """Shuffle, number and fill one company's drafts of one language; return the error count."""
    if lang == "en":
        # source files are grouped by theme (clean first, then by kind); shuffle
        # deterministically so ids and file order carry no label information
        random.Random("order:" + company).shuffle(recs)
        seed_key, id_prefix, split = company, PREFIX[company], SPLIT[company]
    else:
        random.Random("order-de:" + company).shuffle(recs)
        seed_key, id_prefix = company + ":de", PREFIX[company] + "-de"
        split = DE_SPLIT.get(SPLIT[company], "de")
    errors = 0
    for i, rec in enumerate(recs, 1):
        text = "\n".join(rec["lines"]).strip("\n").rstrip()
        seed = int(hashlib.sha256(f"{seed_key}:{i}".encode()).hexdigest()[:12], 16)
        r = random.Random(seed)
        vals = {}

        def sub(m):
            key = m.group(0)
            if key not in vals:
                vals[key] = fill(key, m.group(1), r)
            return vals[key]

        text = PH.sub(sub, text)
        exp = []
        for kind, match in rec["labels"]:
            match = PH.sub(sub, match)
            if match not in text:
                print(f"MATCH NOT IN TEXT {id_prefix}#{i}: {match!r}", file=sys.stderr)
                errors += 1
            exp.append({"kind": kind, "match": match})
        out[split].append(
            {
                "id": f"{id_prefix}-{i:03d}",
                "company": company,
                "channel": rec["channel"],
                "text": text,
                "expected": exp,
            }
        )
    return errors


def load_fragments():
    """Companies from fragment files not yet merged into companies.json: {key: entry}."""
    extra = {}
    for name in FRAGMENTS:
        path = HERE / name
        if path.exists():
            extra.update(json.loads(path.read_text()))
    return extra


def register_fragment_companies():
    """Give fragment companies an id prefix / split if build.py does not know them yet
    (an entry may carry "prefix"; otherwise the first two letters of its key)."""
    for key, entry in load_fragments().items():
        if key not in PREFIX:
            PREFIX[key] = entry.get("prefix", key[:2])
            SPLIT[key] = entry["split"]


def merge_fragment():
    """`build.py --merge-companies`: append fragment companies to companies.json (keys
    already there are left alone) so the bench sees every company in one file; the
    fragment file can then be deleted."""
    path = HERE / "companies.json"
    src = path.read_text().rstrip()
    companies = json.loads(src)
    new = {}
    for key, entry in load_fragments().items():
        entry = {k: v for k, v in entry.items() if k != "prefix"}
        if key not in companies:
            new[key] = entry
        elif companies[key] != entry:
            print(f"WARNING: {key} in companies.json differs from the fragment; edit it by hand")
    added = list(new)
    if new:
        # append as text (the rest of the file keeps its hand formatting)
        body = json.dumps(new, indent=2, ensure_ascii=False).strip()[1:-1].strip("\n")
        path.write_text(src[:-1].rstrip() + ",\n" + body + "\n}\n")
        json.loads(path.read_text())
    print("merged into companies.json:", added or "nothing")
    return 0


def main():
    if "--merge-companies" in sys.argv[1:]:
        return merge_fragment()
    register_fragment_companies()
    out = {
        "dev": [],
        "holdout": [],
        "holdout2": [],
        "de": [],
        "holdout3": [],
        "de3": [],
        "holdout4": [],
        "de4": [],
        "valid5": [],
        "valid5_de": [],
        "holdout5": [],
        "de5": [],
        "holdout6": [],
        "de6": [],
        "holdout7": [],
        "de7": [],
        "holdout8": [],
        "de8": [],
        "holdout9": [],
        "de9": [],
        "holdout10": [],
        "de10": [],
        "holdout11": [],
        "de11": [],
        "holdout12": [],
        "de12": [],
        "holdout13": [],
        "de13": [],
        "holdout14": [],
        "de14": [],
        "holdout15": [],
        "de15": [],
        "holdout16": [],
        "de16": [],
        "holdout17": [],
        "de17": [],
        "holdout18": [],
        "de18": [],
        "holdout19": [],
        "de19": [],
        "holdout20": [],
        "de20": [],
        "holdout21": [],
        "de21": [],
        "holdout22": [],
        "de22": [],
        "holdout23": [],
        "de23": [],
        "holdout24": [],
        "de24": [],
        "holdout25": [],
        "de25": [],
        "holdout26": [],
        "de26": [],
        "holdout27": [],
        "de27": [],
        "holdout28": [],
        "de28": [],
        "holdout29": [],
        "de29": [],
        "holdout30": [],
        "de30": [],
        "holdout31": [],
        "de31": [],
        "holdout32": [],
        "de32": [],
    }
    errors = 0
    for company in PREFIX:
        path = HERE / "source" / f"{company}.txt"
        if not path.exists():
            continue
        recs = parse(path)
        for lang in ("en", "de"):
            errors += emit(company, lang, [x for x in recs if x["lang"] == lang], out)
    for split, rows in out.items():
        with open(HERE / f"drafts_{split}.jsonl", "w") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print({k: len(v) for k, v in out.items()}, "errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

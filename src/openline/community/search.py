"""Search over threads and replies: the database's own full-text engine, forgiving about wording,
optionally fused with a provider of semantic candidates. Results only ever include threads the
person may see.

How a query is read (`_plan`):
- words are folded (NFKC, lower case, control characters dropped); question words and
  contractions ("how do i", "wont", "cant") are left out unless nothing else remains (then
  SQLite searches them; PostgreSQL's english configuration does not index them);
- any word may match: threads are ranked by *coverage* (how many of the query's words they
  contain, across the thread and its replies), then by bm25 (SQLite) or ts_rank_cd (PostgreSQL);
- spelling variants meet on both sides: hyphenated compounds are also indexed joined
  ("Wi-Fi" → "wifi", `SearchEntry.variants`), a hyphenated or spaced query compound also looks
  for its joined form ("wi fi" → "wifi") and a word also for its split form when that phrase
  occurs in the index ("login" → "log in"); on PostgreSQL, whose english configuration
  indexes no stop word, a split with a stop-word half ("update" → "up date", which it would
  read as "date") is not read, and a typed phrase keeps only its indexed words ("log in" →
  "log" or "login"); SQLite indexes every word and reads both as written;
- a word also looks for the words that mean the same (language/synonyms.py: a shipped list of
  general words, "wlan" = "wifi", and the operator's OPENLINE["SEARCH_SYNONYMS"]), so a German
  question about the "WLAN" finds the answers about the "Wi-Fi" and the other way round; so
  does each part of a compound ("WLAN-Router" also looks for "wifi router" and "Wi-Fi router");
- a word found in at most `RARE` entries is also looked up as the closest words of the index's
  vocabulary (`SearchWord`, same first letter, Damerau-Levenshtein distance 1, or 2 from 6
  letters), so "thermostt" finds "thermostat";
- a word found in more than `COMMON` entries only ranks the threads the rarer words found (the
  "common terms" rule), so one frequent word cannot make a query read the whole index.

SQLite: an FTS5 table over SearchEntry kept in step by triggers (migrations 0002, 0006).
PostgreSQL: a stored weighted tsvector (title A, body B, variants C) with a GIN index, and the
entries holding each lexeme (and each registered phrase) kept by triggers (searchcounts.py).
`mode="strict"` keeps the former behaviour (every word must match, the last also as a prefix,
no variants or typos) for comparison (bench/search_eval.py)."""

import hashlib
import json
import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.module_loading import import_string
from django.utils.safestring import SafeString, mark_safe
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from openline.accounts.models import User
from openline.core import counters
from openline.core.db import is_postgres, placeholders
from openline.core.markdown import plain_text
from openline.language.synonyms import equivalents

from . import searchcounts
from .models import LISTS_COUNTER, Reply, SearchEntry, SearchWord, Thread
from .selectors import visible_threads

log = logging.getLogger(__name__)

# Markers that cannot occur in text, swapped for <mark> after escaping.
_START, _END = "\x02", "\x03"
MAX_RESULTS = 200
MAX_QUERY_CHARS = 500  # longer input is cut, not refused
MAX_TOKENS = 32  # words read from a query
MAX_GROUPS = 12  # words (after folding) that count
RARE = 2  # a word in at most this many entries is also looked up as its closest spellings
COMMON = 1000  # a word in more entries ranks, but does not by itself find, results
PREFIX_WORDS = 5  # words a last, unfinished query word may be the start of
WINDOW = 2000  # the newest entries found that are ranked (all of them, when fewer)
COMMON_WINDOW = 500  # the same, when one word or only common words find the entries
RECENT = 100_000  # only common words: the newest entries searched (their AND reads long lists)
# PostgreSQL: the GIN index holds each entry's block of ids (id / BLOCK) beside its words, so a
# search of the newest RECENT entries reads the words' posting lists for those blocks only.
BLOCK = 16_384
PROBE = 1_000  # only common words: the newest entries counted to choose how to search the rest
DENSE = 36  # matches among them from which walking back through the newest entries is cheaper
NEAR_MARGIN = 1.5  # the newest entries read first hold this many times the matches needed
PG_INDEX = "community_search_block_gin"
PG_INDEX_SQL = (
    f"CREATE INDEX {PG_INDEX} ON community_searchentry"
    f" USING GIN ((ARRAY[id / {BLOCK}]), search_vector)"
)
UNCOUNTED = -1  # a compound's count not asked for: its joined form is common (see _plan)
COMMON_KNOWN_SECONDS = 600  # a phrase found common is not counted again for this long
CACHE_SECONDS = 60  # ranked ids kept for the next pages (search(…, cached=True))
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al. 2009)
# A result's thread as the results page shows it; other fields load when read.
RESULT_FIELDS = ("id", "title", "slug", "status", "reply_count", "space__name", "space__slug")

# A semantic provider: (reader, query, how many) → [(thread id, similarity)], best first.
SemanticProvider = Callable[[User | None, str, int], list[tuple[int, float]]]
Mode = Literal["any", "strict"]

_TOKEN = re.compile(r"\w+(?:['\u2019\-\u2010\u2011]\w+)*")
_HYPHENS = re.compile(r"[\-\u2010\u2011]")
_APOSTROPHES = re.compile(r"['\u2019]")
_COMPOUND = re.compile(r"\w+(?:[\-\u2010\u2011]\w+)+")
FTS = "community_search_fts"
_WORD = re.compile(r"\w+")

# Function words of English questions, and contractions written without their apostrophe.
_STOP_TEXT = """a about above after again against all am an and any are as at be because been before
    being below between both but by can cannot could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just me more most my myself no nor not of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves also anyone anything someone something please hi hello thanks thank
    aint arent cant couldnt didnt doesnt dont hadnt hasnt havent hed hell hes id ill im isnt
    ive lets mightnt mustnt neednt shant shed shell shes shouldnt thats theres theyd theyll
    theyre theyve wasnt wed well were weve werent whats whos wont wouldnt youd youll youre
    youve"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
# The stop words of PostgreSQL's english configuration (tsearch_data/english.stop), which it
# leaves out of the index and of every tsquery: a phrase with one ("up <-> date") is its other
# words there ("date"), so on PostgreSQL phrases are built without them. SQLite's index holds
# every word: there "log in" is the phrase itself, and "login" still finds it.
_INDEX_STOP_TEXT = """a about above after again against all am an and any are as at be because
    been before being below between both but by can did do does doing don down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own s same she should so some such t than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with you your yours yourself
    yourselves"""
INDEX_STOP_WORDS = frozenset(_INDEX_STOP_TEXT.split())


@dataclass
class Hit:
    thread_id: int
    reply_id: int | None
    snippet: SafeString | None  # None until fill_snippets() (search(…, snippets=False))
    rank: float  # higher is better: the fused score
    coverage: int = 0  # query words the thread contains (0: found by meaning only)
    entry_id: int | None = None  # the entry the snippet comes from (None: found by meaning)
    groups: list["Group"] = field(default_factory=list, repr=False)
    visible: "QuerySet[Thread] | None" = field(default=None, repr=False)  # the reader's threads
    loaded: Thread | None = field(default=None, repr=False)  # set by fill_snippets()

    @property
    def thread(self) -> Thread:
        """The thread as a result line shows it; loaded for a page by fill_snippets()."""
        if self.loaded is None:
            raise LookupError("search(…, snippets=False): fill_snippets() loads a page's threads")
        return self.loaded


# --- indexing ---------------------------------------------------------------------------------


def compound_variants(text: str) -> str:
    """The joined forms of the hyphenated compounds in `text`: "Wi-Fi, e-mail" → "email wifi"."""
    joined = {_HYPHENS.sub("", m).lower() for m in _COMPOUND.findall(text)}
    return " ".join(sorted(joined))


def words_of(text: str) -> set[str]:
    """The words a misspelling may be corrected to: letters only, 3 to 40 characters."""
    return {w for w in _WORD.findall(text.lower()) if 3 <= len(w) <= 40 and w.isalpha()}


def entry(thread: Thread, reply: Reply | None = None) -> SearchEntry:
    """An unsaved entry for a thread (reply=None) or one of its replies, variants filled in."""
    title = thread.title if reply is None else ""
    body = plain_text(thread.body if reply is None else reply.body)
    return SearchEntry(
        thread_id=thread.pk,
        reply=reply,
        title=title,
        body=body,
        variants=compound_variants(f"{title}\n{body}"),
    )


def add_entries(entries: list[SearchEntry]) -> None:
    """Bulk indexing (seeding, imports): the entries and their words, two statements."""
    SearchEntry.objects.bulk_create(entries, batch_size=2000)
    _add_words(entries)


def index_thread(thread: Thread) -> None:
    new = entry(thread)
    SearchEntry.objects.update_or_create(
        thread=thread,
        reply=None,
        defaults={"title": new.title, "body": new.body, "variants": new.variants},
    )
    _add_words([new])


def index_reply(reply: Reply) -> None:
    new = entry(reply.thread, reply)
    SearchEntry.objects.update_or_create(
        reply=reply, defaults={"thread": reply.thread, "body": new.body, "variants": new.variants}
    )
    _add_words([new])


def remove_reply(reply: Reply) -> None:
    # Its words stay in the vocabulary: a correction towards a word no entry has finds nothing.
    SearchEntry.objects.filter(reply=reply).delete()


def forget_unused_words(words: Iterable[str]) -> int:
    """Drops from the vocabulary those of `words` that no entry holds any more (after a text
    was erased, so a correction cannot spell it back); a word inside another entry's text stays.
    One scan per word: for erasures, not the hot path."""
    unused = [
        w
        for w in sorted(set(words))
        if not SearchEntry.objects.filter(
            Q(title__icontains=w) | Q(body__icontains=w) | Q(variants__icontains=w)
        ).exists()
    ]
    return SearchWord.objects.filter(word__in=unused).delete()[0]


def _add_words(entries: Iterable[SearchEntry]) -> None:
    words: set[str] = set()
    for e in entries:
        words |= words_of(f"{e.title}\n{e.body}\n{e.variants}")
    SearchWord.objects.bulk_create(
        [SearchWord(word=w, head=w[0], length=len(w)) for w in sorted(words)],
        batch_size=2000,
        ignore_conflicts=True,
    )


# --- reading a query --------------------------------------------------------------------------


@dataclass
class Group:
    """One word of the query (or a compound), as the alternatives that count as finding it.
    An alternative is a phrase: a tuple of words; `prefix` also accepts longer words."""

    alternatives: list[tuple[str, ...]]
    prefix: bool = False
    df: int = 0  # entries found, counted up to COMMON + 1


@dataclass
class _Token:
    parts: tuple[str, ...]  # ("wi", "fi") for "wi-fi"
    stop: bool = False

    @property
    def joined(self) -> str:
        return "".join(self.parts)


@dataclass
class Plan:
    groups: list[Group] = field(default_factory=list)


def _normalise(query: str) -> str:
    query = unicodedata.normalize("NFKC", query[:MAX_QUERY_CHARS])
    return "".join(c for c in query if unicodedata.category(c)[0] != "C" or c.isspace()).lower()


def _tokens(query: str) -> list[_Token]:
    tokens = []
    for raw in _TOKEN.findall(_normalise(query))[:MAX_TOKENS]:
        bare = _APOSTROPHES.sub("", raw)
        if bare in STOP_WORDS:  # "won't", "i'm"
            tokens.append(_Token((bare,), stop=True))
            continue
        for piece in _APOSTROPHES.split(raw):  # "customer's" → "customer" (and "s", dropped)
            parts = tuple(p for p in _HYPHENS.split(piece) if p)
            if len(parts) == 1 and len(parts[0]) == 1 and not parts[0].isdigit():
                continue
            if parts:
                tokens.append(_Token(parts, stop=len(parts) == 1 and parts[0] in STOP_WORDS))
    return tokens


def _left_out() -> frozenset[str]:
    """The words this database's index leaves out: PostgreSQL's english stop words; none on
    SQLite."""
    return INDEX_STOP_WORDS if connection.vendor == "postgresql" else frozenset()


def _splits(word: str) -> list[tuple[str, str]]:
    """ "login" → ("lo", "gin"), ("log", "in"), ("logi", "n") minus halves under 2 letters and,
    on PostgreSQL, splits with a half its index leaves out (("log", "in") would be "log")."""
    if not word.isalpha() or not 4 <= len(word) <= 16:
        return []
    left_out = _left_out()
    halves = ((word[:i], word[i:]) for i in range(2, len(word) - 1))
    return [h for h in halves if not left_out.intersection(h)]


def _indexed(words: tuple[str, ...]) -> tuple[str, ...]:
    """A typed phrase as the index holds it: on PostgreSQL "log in" → "log" (its tsquery reads
    it so); on SQLite, which indexes every word, the phrase as typed."""
    left_out = _left_out()
    return tuple(w for w in words if w not in left_out)


def _plan(query: str, *, mode: Mode, trailing_space: bool, version: int | None = None) -> Plan:
    tokens = _tokens(query)
    if not tokens:
        return Plan()
    if mode == "strict":
        every = [p for t in tokens for p in t.parts]
        each = [Group([(w,)]) for w in every[:MAX_GROUPS]]
        each[-1].prefix = True
        return Plan(each)
    if all(t.stop for t in tokens):
        tokens = [_Token(t.parts) for t in tokens]
    # Everything whose frequency decides the plan is counted in one statement. A compound's
    # phrase ("wi fi") is not counted when its joined form ("wifi") is common by PostgreSQL's
    # statistics (its guard): its group is common whatever the phrase counts (UNCOUNTED adds
    # nothing), its alternatives are the same either way, and counting it to the cap read
    # every entry holding both words (50-70 ms at 1 M posts). A split of a word ("wi fi" for
    # "wifi") is still counted: whether any entry holds it decides whether it is searched.
    checks: list[tuple[str, ...]] = []
    guards: dict[tuple[str, ...], tuple[str, ...]] = {}
    for i, t in enumerate(tokens):
        checks += _synonym_checks(t.joined)
        if len(t.parts) > 1:
            checks += _part_synonym_checks(t.parts)
            phrase = _indexed(t.parts)
            checks += [p for p in (phrase, (t.joined,)) if p]
            if len(phrase) > 1:  # a word left of a phrase ("check" of "check-in") is counted
                guards[phrase] = (t.joined,)
        else:
            checks.append(t.parts)
            if not t.stop:
                checks.extend(_splits(t.parts[0]))
                for halves in _closed_compound(t.parts[0]):  # "wlanrouter"
                    checks += _part_synonym_checks(halves)
        if i + 1 < len(tokens):
            after = tokens[i + 1]
            if len(t.parts) == len(after.parts) == 1 and not (t.stop and after.stop):
                checks.append((t.joined + after.joined,))
                checks += _synonym_checks(t.joined + after.joined)
                checks += _part_synonym_checks((*t.parts, *after.parts))
    splits = {s for t in tokens if len(t.parts) == 1 for s in _splits(t.parts[0])}
    guards = {p: g for p, g in guards.items() if p not in splits}
    counts = dict(zip(checks, _counts(checks, version, guards), strict=True))

    groups: list[Group] = []
    words: list[tuple[Group, str, int, bool]] = []  # one-word groups a misspelling may be
    synonymous: list[tuple[Group, list[tuple[str, ...]]]] = []
    i = 0
    while i < len(tokens) and len(groups) < MAX_GROUPS:
        t = tokens[i]
        n = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            n is not None
            and len(t.parts) == len(n.parts) == 1
            and not (t.stop and n.stop)
            and counts.get((t.joined + n.joined,), 0)
        ):  # "wi fi", "log in": the joined form is a word of the index
            alts = [p for p in (_indexed((*t.parts, *n.parts)), (t.joined + n.joined,)) if p]
            alts += _synonyms(t.joined + n.joined, alts, counts)
            alts += _part_synonyms((*t.parts, *n.parts), alts, counts)
            groups.append(Group(alts, df=_found_in(counts, alts)))
            i += 2
            continue
        i += 1
        if t.stop:
            continue
        if len(t.parts) > 1:  # "wi-fi": the phrase or the joined word
            alts = [p for p in (_indexed(t.parts), (t.joined,)) if p]
            alts += _synonyms(t.joined, alts, counts)
            alts += _part_synonyms(t.parts, alts, counts)  # "wlan-router": "wifi router"
            groups.append(Group(alts, df=_found_in(counts, alts)))
            continue
        word = t.parts[0]
        alts = [(word,)] + [s for s in _splits(word) if counts.get(s, 0)]
        same = _synonyms(word, alts, counts)  # "wlan": also "wifi", after the corrections' count
        for halves in _closed_compound(word):  # "wlanrouter": also "wifi router"
            same += [p for p in _part_synonyms(halves, alts, counts) if p not in same]
        group = Group(alts, df=_found_in(counts, alts))
        groups.append(group)
        synonymous.append((group, same))
        found = counts.get((word,), 0) + _found_in(counts, same)
        if found <= RARE and len(word) >= 3 and word.isalpha():
            typing = i == len(tokens) and not trailing_space  # may be the start of a word
            words.append((group, word, counts.get((word,), 0), typing))
    if words:
        _add_corrections(words, counts, version)
    for group, same in synonymous:
        group.alternatives += [s for s in same if s not in group.alternatives]
        group.df += _found_in(counts, same)
    return Plan(groups)


def _synonyms(
    word: str,
    besides: Iterable[tuple[str, ...]] = (),
    counts: dict[tuple[str, ...], int] | None = None,
) -> list[tuple[str, ...]]:
    """The phrases meaning what `word` means (language/synonyms.py: the shipped general list
    and OPENLINE["SEARCH_SYNONYMS"]) as the index holds them, but for those in `besides`; with
    `counts`, also a one-word synonym's splits that the index holds ("wlan": "wifi" and "wi fi",
    so that a "Wi-Fi" in the text is marked as found)."""
    same = equivalents(word, settings.OPENLINE.get("SEARCH_SYNONYMS", ()))
    phrases = [p for p in (_indexed(s) for s in same) if p]
    if counts is not None:
        phrases += [s for p in phrases if len(p) == 1 for s in _splits(p[0]) if counts.get(s, 0)]
    known = set(besides)
    return [p for p in dict.fromkeys(phrases) if p not in known]


def _synonym_checks(word: str) -> list[tuple[str, ...]]:
    """What `_synonyms` needs counted: the synonyms and their splits."""
    same = _synonyms(word)
    return same + [s for p in same if len(p) == 1 for s in _splits(p[0])]


def _closed_compound(word: str) -> list[tuple[str, ...]]:
    """A compound written as one word ("wlanrouter", "routerpasswort") as the halves of which
    one has synonyms (`_synonyms`) and the other is three letters or more: [("wlan", "router")].
    Its halves then look for their synonyms as a hyphenated compound's parts do."""
    return [
        halves
        for halves in _splits(word)
        if min(map(len, halves)) >= 3 and any(_synonyms(half) for half in halves)
    ]


def _runs(parts: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The runs of a compound's parts short of the whole, joined: ("wi", "fi", "router") →
    (0, 1, "wi"), (0, 2, "wifi"), (1, 2, "fi"), (1, 3, "firouter"), (2, 3, "router")."""
    n = len(parts)
    return [(i, j, "".join(parts[i:j])) for i in range(n) for j in range(i + 1, n + 1) if j - i < n]


def _part_synonyms(
    parts: tuple[str, ...],
    besides: Iterable[tuple[str, ...]] = (),
    counts: dict[tuple[str, ...], int] | None = None,
) -> list[tuple[str, ...]]:
    """A compound ("wlan-router", "wi-fi-router", or "wlan router" where the index holds
    "wlanrouter") with one of its parts said the other way (`_synonyms`; a part may be a run
    of its pieces, the "wifi" of "wi-fi-router"): the phrase ("wifi", "router"), its joined
    form ("wifirouter", as a hyphenated "Wifi-Router" is indexed) and, with `counts`, the
    phrase with a one-word synonym's split the index holds ("wi", "fi", "router": the "Wi-Fi
    router" of a text, which a part with synonyms also finds split: "wifi-router"); and a run
    of pieces joined as it is, the "wifi router" of "wi-fi-router". One part at a time; but
    for those in `besides`."""
    phrases: list[tuple[str, ...]] = []
    for i, j, part in _runs(parts):
        joined = [(part,)] if j - i > 1 else []  # "wi-fi-router" is also "wifi router"
        same_words = _synonyms(part, (), counts)
        if same_words and counts is not None:  # "wifi-router" is also "wi fi router"
            same_words += [h for h in _splits(part) if counts.get(h, 0)]
        for same in joined + same_words:
            words = (*parts[:i], *same, *parts[j:])
            phrase = _indexed(words)
            if phrase:
                phrases.append(phrase)
            if len(same) == 1:
                phrases.append(("".join(words),))
    known = set(besides)
    return [p for p in dict.fromkeys(phrases) if p not in known]


def _part_synonym_checks(parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """What `_part_synonyms` needs counted: each part's synonyms and their splits (whether the
    index holds a split decides whether it is searched) and the phrases they make."""
    checks: list[tuple[str, ...]] = []
    for i, j, part in _runs(parts):
        joined = [(part,)] if j - i > 1 else []
        same_words = _synonym_checks(part)
        if same_words:
            same_words += _splits(part)
        for same in joined + same_words:
            words = (*parts[:i], *same, *parts[j:])
            checks.append(same)
            phrase = _indexed(words)
            if phrase:
                checks.append(phrase)
            if len(same) == 1:
                checks.append(("".join(words),))
    return checks


def _found_in(counts: dict[tuple[str, ...], int], alternatives: list[tuple[str, ...]]) -> int:
    """Entries the alternatives are found in, as counted (an uncounted phrase adds nothing)."""
    return sum(max(counts.get(a, 0), 0) for a in alternatives)


def _add_corrections(
    words: list[tuple[Group, str, int, bool]],
    counted: dict[tuple[str, ...], int],
    version: int | None = None,
) -> None:
    """Adds the closest words of the index's vocabulary to rare or unknown words, in one query:
    the candidates share the first letter and are within 2 letters of the length. An unknown
    word may be 1 edit away (2 from 6 letters); a rare one, which may be right, only 1. The
    last word, while typed, also gets the shortest words it begins (not FTS5's prefix
    queries, which merge the postings of every such word: 200 ms at 100,000 posts). `counted`:
    the phrases already counted for this query, not counted again."""
    buckets = {(w[0], len(w)) for _, w, _, _ in words if len(w) >= 4}
    starts = {w for _, w, _, typing in words if typing}
    where = ["(head = %s AND length BETWEEN %s AND %s)"] * len(buckets)
    where += ["(word > %s AND word < %s)"] * len(starts)
    params = [v for head, n in buckets for v in (head, n - 2, n + 2)]
    params += [v for w in starts for v in (w, w + "\uffff")]
    if not where:
        return
    table = SearchWord._meta.db_table
    sql = f"SELECT word FROM {table} WHERE {' OR '.join(where)} LIMIT 50000"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # In one order whatever the table's: corrections at an equal distance are then the same
        # on every database and after every VACUUM (the first in the alphabet).
        vocabulary = sorted(row[0] for row in cursor.fetchall())
    for group, word, found, typing in words:
        if typing:
            begun = sorted((v for v in vocabulary if v.startswith(word) and v != word), key=len)
            group.alternatives += [(v,) for v in begun[:PREFIX_WORDS]]
        if len(word) < 4:
            continue
        allowed = 1 if found or len(word) <= 5 else 2
        choices = [v for v in vocabulary if v[0] == word[0] and abs(len(v) - len(word)) <= allowed]
        close = process.extract(
            word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=4
        )
        group.alternatives += [(v,) for v, _distance, _ in close if (v,) not in group.alternatives][
            :3
        ]
    # A correction may be a common word ("thermostt" → "thermostat"): the group then counts as
    # common, so that the word's long posting list ranks rather than finds (and bm25 skips it).
    added = [a for group, *_ in words for a in group.alternatives[1:] if a not in counted]
    counts = {**counted, **dict(zip(added, _counts(added, version), strict=True))}
    for group, *_ in words:
        group.df += _found_in(counts, group.alternatives[1:])


# --- backends ---------------------------------------------------------------------------------
# Each renders groups in its own query language and runs: _counts (capped entry counts of
# phrases), _rank (threads with their best entry, coverage and rank) and _snippets.


def _fts_phrase(words: tuple[str, ...], prefix: bool = False) -> str:
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _fts_group(group: Group) -> str:
    alts = [_fts_phrase(a) for a in group.alternatives]
    if group.prefix:
        alts.append(_fts_phrase(group.alternatives[0], prefix=True))
    return "(" + " OR ".join(alts) + ")"


def _ts_phrase(words: tuple[str, ...], prefix: bool = False, weights: str = "") -> str:
    # Words are \w+ only, so quoting them is enough; to_tsquery stems and drops stop words.
    suffix = (":*" if prefix else ":") + weights if (prefix or weights) else ""
    return "(" + " <-> ".join(f"'{w}'{suffix}" for w in words) + ")"


def _ts_alternatives(group: Group, weights: str = "") -> list[str]:
    alts = [_ts_phrase(a, weights=weights) for a in group.alternatives]
    if group.prefix:
        alts.append(_ts_phrase(group.alternatives[0], prefix=True, weights=weights))
    return alts


def _ts_group(group: Group, weights: str = "") -> str:
    return "(" + " | ".join(_ts_alternatives(group, weights)) + ")"


def _counts(
    phrases: list[tuple[str, ...]],
    version: int | None = None,
    guards: dict[tuple[str, ...], tuple[str, ...]] | None = None,
) -> list[int]:
    """How many entries contain each phrase, up to COMMON + 1, phrases known to be common
    for COMMON_KNOWN_SECONDS not asked again. SQLite counts through FTS5 (LIMIT); PostgreSQL
    reads the counts the triggers keep (_count_postgres, searchcounts). Rare counts decide
    typo corrections and splits: one is reused only under the same `version` of the
    community lists (LISTS_COUNTER, which every change to what search finds moves) and for
    CACHE_SECONDS, as the ranked ids are. On PostgreSQL a phrase whose guard (`guards`) is a
    common word is not counted: UNCOUNTED (not kept)."""
    now = time.monotonic()
    known = {p: COMMON + 1 for p in phrases if _common_until.get(p, 0.0) > now}
    if version is not None:
        for p in phrases:
            seen = _rare_counts.get(p)
            if seen is not None and seen[0] == version and seen[2] > now:
                known[p] = seen[1]
    todo = [p for p in phrases if p not in known]
    counted = dict(zip(todo, _count(todo, guards or {}), strict=True))
    if len(_common_until) > 20_000:
        _common_until.clear()
    if len(_rare_counts) > 20_000:
        _rare_counts.clear()
    for p, n in counted.items():
        if n == UNCOUNTED:
            continue
        if n > COMMON:
            _common_until[p] = now + COMMON_KNOWN_SECONDS
        elif version is not None:
            _rare_counts[p] = (version, n, now + CACHE_SECONDS)
    return [known[p] if p in known else counted[p] for p in phrases]


_common_until: dict[tuple[str, ...], float] = {}  # phrase: until when it is known common
# phrase: (lists version, entries counted, until when) of phrases found in COMMON or fewer
_rare_counts: dict[tuple[str, ...], tuple[int, int, float]] = {}


def forget_counts() -> None:
    """Drops the counts kept per process (tests: each database starts again at version 0)."""
    _common_until.clear()
    _rare_counts.clear()


# PostgreSQL: a phrase whose every word is in more than this many entries is registered with
# the stored counts (searchcounts.register) the first time it is asked; counting it through the
# index read every entry holding all its words ("re set": 86,000 entries, 50-65 ms at 1 M).
REGISTER_ABOVE = COMMON
# Each phrase is parsed once (MATERIALIZED: inlined, `to_tsquery` ran once per use, four times
# a row), the registry is asked only about phrases of several words and the stored counts only
# for a lexeme or a registered phrase (the only counts _count_postgres reads). A six-word query
# asks ~75 phrases, most of them splits ("bu <-> zodubo"): 1.09 ms of server CPU, now 0.82.
_STORED_SQL = """
    WITH asked(n, q) AS (VALUES {rows}),
    parsed AS MATERIALIZED (SELECT n, to_tsquery('english', q) AS asked_query FROM asked),
    keyed AS MATERIALIZED (
        SELECT n, numnode(asked_query) AS nodes, asked_query::text AS asked_key FROM parsed),
    known AS MATERIALIZED (
        SELECT n, nodes, asked_key, nodes > 1 AND EXISTS (
            SELECT FROM community_searchphrase p WHERE p.key = asked_key) AS registered
        FROM keyed)
    SELECT n, nodes,
           CASE WHEN nodes = 1 OR registered THEN (
               SELECT coalesce(sum(c.entries), 0)::bigint FROM community_searchcount c
               WHERE c.key = asked_key) ELSE 0 END,
           registered
    FROM known ORDER BY n
"""
_INDEX_COUNT_SQL = """
    WITH asked(n, phrase) AS (VALUES {rows})
    SELECT (SELECT count(*) FROM (SELECT 1 FROM community_searchentry
            WHERE search_vector @@ to_tsquery('english', a.phrase) LIMIT %s) s)
    FROM asked a ORDER BY a.n
"""


def _count(
    phrases: list[tuple[str, ...]], guards: dict[tuple[str, ...], tuple[str, ...]]
) -> list[int]:
    if not phrases:
        return []
    cap = COMMON + 1
    if is_postgres():
        return _count_postgres(phrases, guards, cap)
    one = f"(SELECT count(*) FROM (SELECT 1 FROM {FTS} WHERE {FTS} MATCH %s LIMIT %s))"  # noqa: S608
    params = [v for p in phrases for v in (_fts_phrase(p), cap)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join([one] * len(phrases)), params)
        return list(cursor.fetchone())


def _count_postgres(
    phrases: list[tuple[str, ...]], guards: dict[tuple[str, ...], tuple[str, ...]], cap: int
) -> list[int]:
    """Counts from the stored counts (searchcounts), which the triggers keep exact: a phrase
    that is one lexeme, or a registered phrase, is read there; a phrase of several words is
    bounded by its rarest word's count (0 when one is in no entry, then nothing is read) and
    counted through the index below REGISTER_ABOVE, registered above it. A phrase whose guard
    (`guards`) is one lexeme in more than COMMON entries is not counted: UNCOUNTED. One
    statement reads every number; the index counts, when any are left, are a second one."""
    asked: dict[tuple[str, ...], int] = {}
    for p in phrases:
        for q in (p, *(((w,) for w in p) if len(p) > 1 else ()), guards.get(p)):
            if q is not None and q not in asked:
                asked[q] = len(asked)
    rows = ", ".join(["(%s, %s)"] * len(asked))
    with connection.cursor() as cursor:
        cursor.execute(
            _STORED_SQL.format(rows=rows),
            [v for q, n in asked.items() for v in (n, _ts_phrase(q))],
        )
        stored = {n: (nodes, entries, known) for n, nodes, entries, known in cursor.fetchall()}
    out: dict[tuple[str, ...], int] = {}
    todo: list[tuple[str, ...]] = []
    expensive: list[tuple[str, ...]] = []
    for p in phrases:
        guard = guards.get(p)
        if guard is not None and stored[asked[guard]][0] == 1 and stored[asked[guard]][1] > COMMON:
            out[p] = UNCOUNTED
            continue
        nodes, entries, known = stored[asked[p]]
        if nodes == 0:  # no lexeme (stop words only): finds nothing
            out[p] = 0
        elif nodes == 1 or known:
            out[p] = min(entries, cap)
        else:
            words = [stored[asked[(w,)]] for w in p] if len(p) > 1 else []
            bound = min((e for n, e, _ in words if n == 1), default=None)
            if bound == 0:
                out[p] = 0
            elif bound is not None and bound > REGISTER_ABOVE:
                expensive.append(p)
            else:
                todo.append(p)
    if expensive:
        added = searchcounts.register([_ts_phrase(p) for p in expensive])
        for p in expensive:
            entries = added.get(_ts_phrase(p))
            if entries is not None:
                out[p] = min(entries, cap)
            else:  # not registered now (a writer's transaction was open): counted as before
                todo.append(p)
    if todo:
        rows = ", ".join(["(%s, %s)"] * len(todo))
        params: list[str | int] = [v for n, p in enumerate(todo) for v in (n, _ts_phrase(p))]
        with connection.cursor() as cursor:
            cursor.execute(_INDEX_COUNT_SQL.format(rows=rows), [*params, cap])
            out.update(zip(todo, (row[0] for row in cursor.fetchall()), strict=True))
    return [out[p] for p in phrases]


def _finding(rendered: list[str], common: list[bool], both: str, either: str) -> str:
    """The expression that finds candidates: the rare words; every word when all are common.
    A word the query repeats is in it once: "a AND a" finds what "a" finds, and SQLite's FTS5
    reads its postings once more for each copy (18 ms, not 12, for a query of six common words
    with one twice)."""
    rare = [r for r, c in zip(rendered, common, strict=True) if not c]
    return (
        f" {either} ".join(dict.fromkeys(rare))
        if rare
        else f" {both} ".join(dict.fromkeys(rendered))
    )


def _coverage(rendered: list[str]) -> list[tuple[str, int]]:
    """The distinct group expressions with the bits they set in a coverage mask: a word asked
    twice ("thermostat … thermostat") is looked up once and sets both groups' bits."""
    bits: dict[str, int] = {}
    for i, r in enumerate(rendered):
        bits[r] = bits.get(r, 0) | 1 << i
    return list(bits.items())


def _rank_sqlite(
    groups: list[Group], strict: bool, window: int, newest: int
) -> list[tuple[Any, ...]]:
    """(entry id, thread id, reply id, rank — lower is better, covered groups as a bit mask) of
    the newest `window` entries the finding expression matches, whoever may see them (`newest`:
    the id of the newest entry of the index).

    The rank is bm25 over the rare words only: FTS5's bm25 counts, for every phrase of the
    expression, every entry holding it (its IDF), and for a word in most entries that is the
    whole cost (400 ms for one word at 1,000,000 posts, for an IDF that rounds to nothing).
    When only common words find the entries, they are ranked by where the words are instead:
    title (4 times, bm25's weights) and joined variants (twice) per word, then the shorter entry."""
    rendered = [_fts_group(g) for g in groups]
    common = [g.df > COMMON for g in groups]
    if strict:  # title and body only, as before the variants were indexed
        finding = "{title body} : (" + " AND ".join(rendered) + ")"
    else:
        finding = _finding(rendered, common, "AND", "OR")
    all_common = not strict and all(common)
    if all_common:  # where the words are is read from the rows below, not from FTS5
        rank = "e.title, e.variants, length(e.title) + length(e.body)"
    else:
        rank = f"bm25({FTS}, 4.0, 1.0, 2.0)"
    full = (1 << len(groups)) - 1
    if all_common:
        # Every entry found covers every group: the newest `window` matches among the newest
        # RECENT entries (their AND reads long lists), read in ascending order.
        newest_rows = _newest_sqlite(finding, rank, window, newest)
        heads = [{w[:5] for alternative in g.alternatives for w in alternative} for g in groups]
        return [(*row[:3], _placed(heads, *row[3:]), full) for row in newest_rows]
    if strict or len(groups) == 1:
        # Every entry found covers every group: one pass, the newest `window` matches.
        sql = f"""
            SELECT fts.rowid, e.thread_id, e.reply_id, {rank}
            FROM {FTS} fts JOIN community_searchentry e ON e.id = fts.rowid
            WHERE {FTS} MATCH %s ORDER BY fts.rowid DESC LIMIT %s
        """  # noqa: S608 - names only
        with connection.cursor() as cursor:
            cursor.execute(sql, [finding, window])
            rows: list[tuple[Any, ...]] = cursor.fetchall()
        rows.reverse()  # oldest first, as the entries are read otherwise (an entry wins ties)
        return [(*row, full) for row in rows]
    # Which groups an entry covers, asked together with the finding expression, so a common
    # word's postings are read only where the rarer words are (on its own it read every match
    # above the floor: ~1 s at 1,000,000 posts); the floor bounds each lookup.
    # A group that is the whole finding expression (one rare word, or the same one repeated)
    # covers every entry found: its bits are set without a lookup.
    asked = [(r, bits) for r, bits in _coverage(rendered) if r != finding]
    always = sum(bits for r, bits in _coverage(rendered) if r == finding)
    inside = (
        f"(fts.rowid IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s"  # noqa: S608
        " AND rowid >= (SELECT low FROM floor))) * %s"
    )
    mask = " + ".join(["%s"] + [inside] * len(asked))
    sql = f"""
        WITH floor AS (
            SELECT coalesce(min(rowid), 0) AS low FROM (
                SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s ORDER BY rowid DESC LIMIT %s))
        SELECT fts.rowid, e.thread_id, e.reply_id, {rank}, {mask}
        FROM {FTS} fts JOIN community_searchentry e ON e.id = fts.rowid
        WHERE {FTS} MATCH %s AND fts.rowid >= (SELECT low FROM floor)
    """  # noqa: S608 - names and placeholders only
    params = [v for r, bits in asked for v in (f"({finding}) AND {r}", bits)]
    with connection.cursor() as cursor:
        cursor.execute(sql, [finding, window, always, *params, finding])
        found: list[tuple[Any, ...]] = cursor.fetchall()
    return found


def _newest_sqlite(finding: str, columns: str, window: int, newest: int) -> list[tuple[Any, ...]]:
    """SQLite, only common words: (entry id, thread id, reply id, *`columns`) of the newest
    `window` entries the finding expression matches among the newest RECENT entries, oldest
    first (as FTS5 reads them: an entry found first wins ties).

    FTS5 reads an AND of long posting lists backwards at about half the speed it reads them
    forwards (`ORDER BY rowid DESC`: six common words over the newest 100,000 entries, none
    holding all of them, 18 ms; ascending, 9 ms). So the newest PROBE entries are counted
    first, in the same statement, and from their rate of matches the newest entries that
    should hold `window` matches, with a margin (NEAR_MARGIN), are read forwards; only when
    fewer match are the older ones (down to RECENT) read, backwards, for what is missing. When
    the newest PROBE entries hold no match, the matches are sparse: all RECENT are read forwards.
    Where the matches are denser than the probe said (more than `limit` rows), the entries
    are read backwards from the newest as before. The same entries either way."""
    low = newest - RECENT
    reach = int(window * PROBE * NEAR_MARGIN)  # entries holding `window` matches: / rate
    limit = 4 * window
    near = f"""
        WITH probe AS (
            SELECT count(*) AS found FROM {FTS} WHERE {FTS} MATCH %s AND rowid > %s),
        near AS (SELECT CASE WHEN found = 0 THEN %s
                             ELSE max(%s, min(%s, %s - %s / found)) END AS low FROM probe)
        SELECT fts.rowid, e.thread_id, e.reply_id, {columns}, (SELECT low FROM near)
        FROM {FTS} fts JOIN community_searchentry e ON e.id = fts.rowid
        WHERE {FTS} MATCH %s AND fts.rowid >= (SELECT low FROM near)
        ORDER BY fts.rowid LIMIT %s
    """  # noqa: S608 - names only
    back = f"""
        SELECT fts.rowid, e.thread_id, e.reply_id, {columns}, 0
        FROM {FTS} fts JOIN community_searchentry e ON e.id = fts.rowid
        WHERE {FTS} MATCH %s AND fts.rowid >= %s AND fts.rowid < %s
        ORDER BY fts.rowid DESC LIMIT %s
    """  # noqa: S608 - names only
    with connection.cursor() as cursor:
        cursor.execute(
            near, [finding, newest - PROBE, low, low, newest - PROBE, newest, reach, finding, limit]
        )
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        # Where the forwards read began: it holds the newest PROBE entries, so with no rows the
        # probe found nothing, and then it began at `low`.
        start = rows[0][-1] if rows else low
        if len(rows) == limit:  # denser than the probe said: backwards from the newest
            start, rows = newest + 1, []
        if len(rows) < window and start > low:
            cursor.execute(back, [finding, low, start, window - len(rows)])
            rows = cursor.fetchall()[::-1] + rows
    return [row[:-1] for row in rows[-window:]]


def _placed(heads: list[set[str]], title: str, variants: str, length: int) -> float:
    """A rank (lower is better) for an entry found by common words alone, bm25's shape with
    IDF taken as equal: 4 per word in the title, 2 per word among the joined variants (the
    body holds them all), the shorter entry first. Words compare by their first five letters,
    a stand-in for the porter stemming of the index: `heads` holds each group's (read once a
    query, not once an entry: up to COMMON_WINDOW entries are placed)."""
    in_title = {w[:5] for w in _WORD.findall(title.lower())}
    in_variants = {w[:5] for w in _WORD.findall(variants.lower())} if variants else set()
    score = 0
    for group in heads:
        score += 4 * (not group.isdisjoint(in_title)) + 2 * (not group.isdisjoint(in_variants))
    return length / 10000 - score


def _snippets_sqlite(groups: list[Group], entry_ids: list[int]) -> dict[int, str]:
    if not entry_ids:
        return {}
    match = " OR ".join(_fts_group(g) for g in groups)
    # One lookup per entry: FTS5 seeks to a `rowid =` but reads the whole match for `IN`.
    cols = f"rowid, snippet({FTS}, 0, %s, %s, '…', 24), snippet({FTS}, 1, %s, %s, '…', 24)"
    one = f"SELECT {cols} FROM {FTS} WHERE {FTS} MATCH %s AND rowid = %s"  # noqa: S608
    sql = " UNION ALL ".join([one] * len(entry_ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, [v for i in entry_ids for v in (_START, _END, _START, _END, match, i)])
        rows = cursor.fetchall()
    # The title leads when it matched, as on PostgreSQL; the variants column is never shown.
    return {
        rowid: f"{title} — {body}" if _START in title and title else body
        for rowid, title, body in rows
    }


def _rank_postgres(
    groups: list[Group], strict: bool, window: int, newest: int
) -> list[tuple[Any, ...]]:
    """As _rank_sqlite, with -ts_rank_cd as the rank. One statement finds the entries and ranks
    them (after the LIMIT: only the rows kept are ranked).

    Each entry is ranked by the alternatives it matches, not by the whole query, and where
    those are single words, by counting their positions (`_matched`): ts_rank_cd zeroes ~32 KB
    per node of its query for every entry it ranks (its QueryRepresentation holds a position
    array per node), so a query of six words with their splits and corrections (15-25 nodes)
    cost 7-15 µs an entry, most of a ranking statement. The rank is the same."""
    common = [g.df > COMMON for g in groups]
    weights = "AB" if strict else ""  # strict: title and body only
    rendered = [_ts_group(g, weights=weights) for g in groups]
    finding = " & ".join(rendered) if strict else _finding(rendered, common, "&", "|")
    if strict or not all(common):
        # Rarer words find the entries (a few thousand at most): the newest `window` matches.
        # `id + 0`: ordered by `id`, the planner walked the primary key backwards testing
        # every row's vector until it had `window` matches (1.8 s at 1 M posts for a word in
        # 444 entries).
        before, before_params = "", list[Any]()
        found = f"""
            SELECT id, thread_id, reply_id, search_vector FROM community_searchentry
            WHERE search_vector @@ to_tsquery('english', %s)
            ORDER BY id {"" if strict else "+ 0"} DESC LIMIT %s"""  # noqa: S608 - no values
        found_params: list[Any] = [finding, window]
    else:
        before, before_params, found, found_params = _newest_common(finding, window, newest)
    masked = not strict and not all(common) and len(groups) > 1
    # One alternative in all (one word): every entry found matches it, and its query is one
    # node, which ranks it as cheaply as counting would (without _matched's sorting step).
    single = len({a for g in groups for a in _ts_alternatives(g)}) == 1
    if strict or (single and not masked):
        sql = f"""{before}
            SELECT e.id, e.thread_id, e.reply_id,
                   -ts_rank_cd(e.search_vector, to_tsquery('english', %s))
            FROM ({found}) e ORDER BY e.id"""  # noqa: S608 - names and placeholders only
        params = [*before_params, " | ".join(rendered), *found_params]
    else:
        sql, params = _matched(groups, masked, before, before_params, found, found_params)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    if not masked:
        return [(*row, (1 << len(groups)) - 1) for row in rows]
    return rows


# ts_rank_cd's weights ({D, C, B, A}) under which it counts a word's positions (`_matched`):
# an A position counts 1, B, C and D ones 2^-15, 2^-16 and 2^-17.
COUNTING_WEIGHTS = "{0.00000762939453125, 0.0000152587890625, 0.000030517578125, 1}"
COUNTED_AT_MOST = 62  # alternatives a statement counts apart (bits of a bigint)
# What each alternative is (`kind`: 1 one lexeme, 2 two lexemes next to each other — a pair,
# 0 anything else), as bits: those counted apart (a lexeme the first time, a pair of two
# lexemes no other alternative holds) and those an entry matching them is ranked whole for;
# and for each pair, the other alternatives that share a lexeme with it.
_SHAPES_SQL = """
    alts AS MATERIALIZED (
        SELECT n, key, CASE WHEN numnode(q) = 1 AND NOT prefix THEN 1
                            WHEN pair AND numnode(q) = 3 AND strpos(key, ' <-> ') > 0 THEN 2
                            ELSE 0 END AS kind,
               ARRAY(SELECT m[1] FROM regexp_matches(key, '''([^'']*)''', 'g') m) AS lexemes
        FROM (VALUES {rows}) v(n, alt, prefix, pair), to_tsquery('english', alt) q,
             LATERAL (SELECT q::text AS key) k),
    shapes AS MATERIALIZED (
        SELECT coalesce(bit_or(1::bigint << n) FILTER (WHERE counted), 0) AS counted,
               coalesce(bit_or(1::bigint << n) FILTER (WHERE kind = 0 OR NOT counted AND kind = 2),
                        0) AS whole {pairs}
        FROM (SELECT a.n, a.kind, a.lexemes, CASE a.kind
                  WHEN 1 THEN row_number() OVER (PARTITION BY a.kind, a.key ORDER BY a.n) = 1
                  WHEN 2 THEN a.lexemes[1] <> a.lexemes[2] ELSE false END AS counted,
                  (SELECT coalesce(bit_or(1::bigint << o.n), 0) FROM alts o
                   WHERE o.n <> a.n AND o.lexemes && a.lexemes) AS sharing
              FROM alts a) b)
"""


def _pair_guard(words: tuple[str, str], others: list[str]) -> str:
    """A tsquery matched by an entry where the pair `words` is not counted apart: its words
    next to each other with different weights (a title's last word and the body's first),
    or its second word at the position of its first or of another alternative's word (only
    past PostgreSQL's last position, 16,383, where it clips them)."""
    first, second = words
    weights = [("A", "BCD"), ("BCD", "A"), ("B", "CD"), ("CD", "B"), ("C", "D"), ("D", "C")]
    parts = [f"('{first}':{x} <-> '{second}':{y})" for x, y in weights]
    if others:
        parts.append(f"('{second}' <0> (" + " | ".join(f"'{w}'" for w in others) + "))")
    return " | ".join(parts)


def _matched(
    groups: list[Group],
    masked: bool,
    before: str,
    before_params: list[Any],
    found: str,
    found_params: list[Any],
) -> tuple[str, list[Any]]:
    """The ranking statement of `_rank_postgres` (mode "any"): which of the query's distinct
    alternatives each entry found matches (`@@`, one test each), its rank by ts_rank_cd over
    those alternatives only, and (`masked`) the groups it covers — a group is covered when one
    of its alternatives matches, so the mask needs no test of its own.

    Why the rank is unchanged: ts_rank_cd sums the entry's covers, each the shortest run of
    the entry's positions from where the query is true. The query is an OR: a run satisfies it
    through some alternative the entry matches, so one it does not match (an absent word, or a
    phrase whose words are never next to each other) never ends a cover; its words' positions
    only lie between a cover's ends when two words share a position (entries over 16,383
    words, where PostgreSQL clips positions). The tree's shape and order do not matter (the
    covers depend on which alternatives are true, not on how the ORs nest).

    Counted apart, most entries: where each alternative an entry matches is one lexeme, or
    a pair of lexemes next to each other ("wi <-> fi"), and no two of them share a lexeme,
    each cover is one position of a lexeme, or one place of a pair whose two words have the
    same weight, and a cover of a pair of weight w scores 2 / (2 / w) = w exactly in double,
    as one position does. So the rank is the sum of those weights (1, 0.4, 0.2, 0.1 as float4
    for A, B, C, D: 0.4 and 0.2 are 0.1 times 4 and 2 exactly), summed exactly in double and
    rounded to float4: NA + 0.1f * (4 NB + 2 NC + ND), N counting each weight's positions and
    places. ts_rank_cd of one alternative alone (a query of one node, or three) with
    COUNTING_WEIGHTS returns its NA + (4 NB + 2 NC + ND) / 2^17 exactly (a lexeme has at most
    256 positions; it needs more than float4's 24 bits only with 128 A positions, more than a
    title of 200 characters holds, and D ones, which this vector never has); the sum over up
    to COUNTED_AT_MOST of them (each part under 2^10) splits back into NA and the rest
    exactly. The same rank bits, for a fraction of the server CPU: ts_rank_cd zeroes ~32 KB a
    node of its query for every entry, and one node costs a third of what three cost (500
    entries, six words: 4.3 ms, now 1.6 ms). Not counted apart (ranked whole, as before): an
    entry matching a prefix, a longer phrase, an alternative sharing a lexeme with a pair it
    also matches, or a pair whose words meet across weights or at a clipped position
    (`_pair_guard`). A lexeme written twice ("heating", "heat") is counted once, as
    ts_rank_cd merges its positions. The statement sorts the alternatives once (`_SHAPES_SQL`)."""
    alternatives: dict[str, int] = {}
    per_group: list[list[int]] = []
    words: dict[str, tuple[str, ...]] = {}
    for g in groups:
        rendered = _ts_alternatives(g)
        for a, w in zip(rendered, [*g.alternatives, g.alternatives[0]], strict=False):
            words.setdefault(a, w)
        per_group.append([alternatives.setdefault(a, len(alternatives)) for a in rendered])
    n = range(len(alternatives))
    tests = ", ".join(f"e.search_vector @@ to_tsquery('english', %s) AS a{i}" for i in n)
    # A row's query: the canonical text of each alternative it matches (to_tsquery(…)::text is
    # folded to a constant when the statement is planned), joined by "|" and read back.
    query = ", ".join(f"CASE WHEN a{i} THEN to_tsquery('english', %s)::text END" for i in n)
    rank = f"-ts_rank_cd(search_vector, concat_ws(' | ', {query})::tsquery)"
    mask = ""
    if masked:
        bits: dict[str, int] = {}  # a group asked twice sets both bits (_coverage)
        for i, alts in enumerate(per_group):
            covered = "(" + " OR ".join(f"a{j}" for j in alts) + ")" if alts else "false"
            bits[covered] = bits.get(covered, 0) | 1 << i
        mask = ", " + " + ".join(f"{c}::int * {b}" for c, b in bits.items())
    texts = list(alternatives)
    if len(texts) > COUNTED_AT_MOST:
        sql = f"""{before}
            SELECT id, thread_id, reply_id, {rank}{mask} FROM (
                SELECT e.id, e.thread_id, e.reply_id, e.search_vector, {tests}
                FROM ({found}) e OFFSET 0) e
            ORDER BY id"""  # noqa: S608 - names and placeholders only
        return sql, [*before_params, *texts, *texts, *found_params]
    prefixed = [":*" in a for a in texts]
    pairs = [i for i, a in enumerate(texts) if len(words[a]) == 2 and not prefixed[i]]
    shapes = _SHAPES_SQL.format(
        rows=", ".join(
            f"({i}, %s, {str(prefixed[i]).lower()}, {str(i in pairs).lower()})" for i in n
        ),
        pairs="".join(
            f", coalesce(bit_or(sharing) FILTER (WHERE n = {i}), 0) AS s{i}" for i in pairs
        ),
    )
    left_out = _left_out()
    guards = []
    for i in pairs:
        first, second = words[texts[i]]
        others = {w for j in n if j != i for w in words[texts[j]] if w not in left_out}
        guards.append(_pair_guard((first, second), sorted((others | {first}) - {second})))
    # Ranked whole: an alternative that is not counted apart, a pair sharing a lexeme with
    # another alternative the entry matches, or one whose words meet in a way not counted.
    whole = [f"(a{i} AND s.whole & {1 << i} <> 0)" for i in n]
    if pairs:
        matched = " + ".join(f"a{i}::int * {1 << i}::bigint" for i in n)
        whole += [
            f"(a{i} AND ((({matched}) & s.s{i}) <> 0"
            f" OR e.search_vector @@ to_tsquery('english', %s)))"
            for i in pairs
        ]
    counted = " + ".join(
        f"CASE WHEN a{i} AND counted & {1 << i} <> 0 THEN ts_rank_cd("
        f"'{COUNTING_WEIGHTS}', e.search_vector, to_tsquery('english', %s))::float8 ELSE 0 END"
        for i in n
    )
    apart = " OR ".join(whole)
    sql = f"""{f"{before}, " if before else "WITH "}{shapes}
        SELECT id, thread_id, reply_id,
               CASE WHEN whole THEN {rank}
                    ELSE -(floor(c) + (c - floor(c)) * 131072 * 0.1::real::float8)::real END
               {mask}
        FROM (
            SELECT e.*, CASE WHEN whole THEN NULL ELSE {counted} END AS c
            FROM (
                SELECT e.*, s.counted, {apart} AS whole
                FROM (SELECT e.id, e.thread_id, e.reply_id, e.search_vector, {tests}
                      FROM ({found}) e OFFSET 0) e, shapes s
                OFFSET 0) e
            OFFSET 0) e
        ORDER BY id"""  # noqa: S608 - names and placeholders only
    return sql, [*before_params, *texts, *texts, *texts, *guards, *texts, *found_params]


def _newest_common(finding: str, window: int, newest: int) -> tuple[str, list[Any], str, list[Any]]:
    """PostgreSQL, only common words: the newest `window` matches among the newest RECENT
    entries, as a `WITH` clause and a subquery (and their parameters).

    How depends on how often the words meet, which the planner cannot tell (it multiplies
    the words' frequencies, and the block and id bounds, as if independent): the newest PROBE
    entries are counted first, in the same statement. Where DENSE or more of them match, the
    primary key is walked backwards, each row's vector tested, until `window` matches (a few
    thousand rows); otherwise the GIN index gives the matches among the newest blocks of ids
    (BLOCK), which makes it skip the older entries of each word's posting list (six common
    words at 1 M posts: 20 ms of posting lists, now 3.5 ms), and they are sorted. The branch
    not taken is not run (a one-time filter). `coalesce(…)` keeps the walk and the probe off
    the GIN index; `id + 0` keeps the GIN branch off the primary key. Before, this was a
    floor statement and a ranking statement reading the same posting lists twice.

    The GIN branch reads the *near* entries first: from the probe's rate of matches, the
    newest entries that hold `window` matches, with a margin (NEAR_MARGIN), whole blocks of
    them; only when fewer match there are the older ones (down to RECENT) read, for what is
    missing. The same entries either way (the newest `window` matches above the bound), and
    the usual case reads a third to a half of the blocks and rows (pgsearch-v4: the matches
    of "heating boiler app check-in" among the newest 100,000 entries were 4,020 rows from
    7 blocks, now 2,021 from 4)."""
    low = newest - RECENT
    before = f"""
        WITH probe AS MATERIALIZED (
            SELECT count(*) AS found FROM community_searchentry
            WHERE id > %s AND coalesce(search_vector, ''::tsvector) @@ to_tsquery('english', %s)),
        bound AS MATERIALIZED (
            SELECT found, greatest(%s, %s - %s / greatest(found, 1)) AS near FROM probe),
        near AS MATERIALIZED (
            SELECT id, thread_id, reply_id, search_vector FROM community_searchentry
            WHERE (SELECT found FROM bound) < %s
              AND ARRAY[id / {BLOCK}] && (SELECT array_agg(b)::bigint[]
                                        FROM bound, generate_series(near / {BLOCK}, %s) b)
              AND search_vector @@ to_tsquery('english', %s) AND id + 0 > (SELECT near FROM bound)
            ORDER BY id + 0 DESC LIMIT %s)
    """  # noqa: S608 - a constant
    found = f"""
        (SELECT id, thread_id, reply_id, search_vector FROM community_searchentry
         WHERE (SELECT found FROM bound) >= %s AND id > %s
           AND coalesce(search_vector, ''::tsvector) @@ to_tsquery('english', %s)
         ORDER BY id DESC LIMIT %s)
        UNION ALL
        (SELECT * FROM near)
        UNION ALL
        (SELECT id, thread_id, reply_id, search_vector FROM community_searchentry
         WHERE (SELECT found FROM bound) < %s AND (SELECT count(*) FROM near) < %s
           AND ARRAY[id / {BLOCK}] && (SELECT array_agg(b)::bigint[]
                                     FROM bound, generate_series(%s, near / {BLOCK}) b)
           AND search_vector @@ to_tsquery('english', %s)
           AND id + 0 > %s AND id + 0 <= (SELECT near FROM bound)
         ORDER BY id + 0 DESC LIMIT %s - (SELECT count(*) FROM near))"""  # noqa: S608 - a constant
    reach = int(window * PROBE * NEAR_MARGIN)  # entries holding `window` matches: / rate
    return (
        before,
        [newest - PROBE, finding, low, newest, reach, DENSE, newest // BLOCK, finding, window],
        found,
        [DENSE, low, finding, window, DENSE, window, max(low, 0) // BLOCK, finding, low, window],
    )


def _by_thread(rows: list[tuple[Any, ...]]) -> list[tuple[int, int, int | None, int, float]]:
    """One line per thread — (thread id, best entry id, its reply id, coverage, rank) — most
    query words covered by any of its entries first, then best rank. Its best entry covers
    the most words itself, then ranks best. Rows carry the groups an entry covers as a mask."""
    # thread id: [entry id, reply id, its coverage, its rank, covered mask, best rank]
    threads: dict[int, list[Any]] = {}
    for entry_id, tid, reply_id, rank, mask in rows:
        seen = threads.get(tid)
        if seen is None:
            threads[tid] = [entry_id, reply_id, mask.bit_count(), rank, mask, rank]
            continue
        mine = mask.bit_count()
        if mine > seen[2] or (mine == seen[2] and rank < seen[3]):
            seen[:4] = entry_id, reply_id, mine, rank
        seen[4] |= mask
        if rank < seen[5]:
            seen[5] = rank
    lines = [(tid, v[0], v[1], v[4].bit_count(), v[5]) for tid, v in threads.items()]
    lines.sort(key=lambda line: (-line[3], line[4], line[0]))
    return lines


def _snippets_postgres(groups: list[Group], entry_ids: list[int]) -> dict[int, str]:
    if not entry_ids:
        return {}
    options = f"StartSel={_START}, StopSel={_END}, MaxWords=35, MinWords=15, MaxFragments=2"
    sql = f"""
        SELECT id, ts_headline('english', CASE WHEN reply_id IS NULL
                                               THEN title || ' — ' || body ELSE body END,
                               to_tsquery('english', %s), %s)
        FROM community_searchentry WHERE id IN ({placeholders(entry_ids)})
    """  # noqa: S608 - placeholders only
    params: list[str | int] = [" | ".join(_ts_group(g) for g in groups), options, *entry_ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return dict(cursor.fetchall())


# --- searching --------------------------------------------------------------------------------


def _highlight(raw: str) -> SafeString:
    return mark_safe(  # noqa: S308 - escaped first, only our own markers become tags
        escape(raw).replace(_START, "<mark>").replace(_END, "</mark>")
    )


def semantic_provider() -> SemanticProvider | None:
    """The provider named by `OPENLINE["SEARCH_SEMANTIC"]` (a dotted path), if any."""
    path = settings.OPENLINE.get("SEARCH_SEMANTIC")
    return import_string(path) if path else None


def search(
    user: User | None,
    query: str,
    *,
    limit: int = MAX_RESULTS,
    spaces: Iterable[int] | None = None,
    mode: Mode = "any",
    semantic: SemanticProvider | None = None,
    snippets: bool = True,
    cached: bool = False,
) -> list[Hit]:
    """Best matches first, one hit per thread (its best entry), among the threads `user` may
    see (and in `spaces`, when given). With a semantic provider (`semantic`, else the setting),
    its candidates and the lexical ranking are fused by reciprocal rank fusion. Without
    `snippets`, hits carry ids only: `fill_snippets()` loads a page of them (threads and
    snippets). `cached` keeps the ranked ids for CACHE_SECONDS, per reader and query, under
    the community lists' version: the next pages and a repeated query skip the ranking."""
    # Hidden and deleted threads are found by nobody (their replies leave the index).
    visible = visible_threads(user).filter(hidden_at__isnull=True, deleted_at__isnull=True)
    if spaces is not None:
        spaces = sorted(set(spaces))
        visible = visible.filter(space_id__in=spaces)
    version, newest = _state()
    key = (
        _cache_key(version, user, query, limit, spaces, mode)
        if cached and semantic is None
        else None
    )
    found = cache.get(key) if key else None
    if found is None:
        found = _ranked(
            visible,
            user,
            query,
            limit=limit,
            mode=mode,
            semantic=semantic,
            version=version,
            newest=newest,
        )
        if key:
            cache.set(key, found, CACHE_SECONDS)
    groups, ranked = found
    hits = [
        Hit(tid, reply_id, None, score, cov, entry_id, groups, visible=visible)
        for tid, entry_id, reply_id, cov, score in ranked
    ]
    if snippets:
        fill_snippets(hits)
        hits = [h for h in hits if h.loaded is not None]
    return hits


def _state() -> tuple[int, int]:
    """The community lists' version (LISTS_COUNTER) and the id of the newest search entry, in
    one statement: the bound of a search of the newest entries is a value the planner sees."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT coalesce(({counters.READ_SQL}), 0),"  # noqa: S608 - names only
            " (SELECT coalesce(max(id), 0) FROM community_searchentry)",
            [LISTS_COUNTER],
        )
        version, newest = cursor.fetchone()
    return version, newest


def _cache_key(
    version: int, user: User | None, query: str, limit: int, spaces: list[int] | None, mode: Mode
) -> str:
    reader = user.pk if user is not None and user.is_authenticated else 0
    raw = repr((reader, query, limit, spaces, mode, settings.OPENLINE.get("SEARCH_SEMANTIC")))
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    return f"search:{version}:{digest}"


Ranked = tuple[list[Group], list[tuple[int, int | None, int | None, int, float]]]


def _ranked(
    visible: QuerySet[Thread],
    user: User | None,
    query: str,
    *,
    limit: int,
    mode: Mode,
    semantic: SemanticProvider | None,
    version: int | None = None,
    newest: int,
) -> Ranked:
    """The plan's groups and (thread id, entry id, reply id, coverage, fused score) of the best
    `limit` threads `visible` holds, best first."""
    plan = _plan(query, mode=mode, trailing_space=query[-1:].isspace(), version=version)
    threads: list[tuple[int, int, int | None, int, float]] = []  # whoever may see them
    if plan.groups:
        rank = _rank_postgres if is_postgres() else _rank_sqlite
        window = _window(plan.groups)
        threads = _by_thread(rank(plan.groups, mode == "strict", window, newest))
    provider = semantic or (semantic_provider() if mode == "any" else None)
    meaning = _semantic(provider, user, query, limit) if provider and query.strip() else []
    # Visibility is a thread's, so the best `limit` visible threads are the first visible ones
    # of the ranking: only those are looked up (with a margin, and again if it was too small),
    # together with the semantic candidates.
    checked = limit + limit // 4 + 10
    allowed = _visible_ids(visible, {t[0] for t in threads[:checked]} | {t for t, _ in meaning})
    lexical = [t for t in threads[:checked] if t[0] in allowed][:limit]
    while len(lexical) < limit and checked < len(threads):
        more = threads[checked : checked + 2 * limit]
        allowed |= _visible_ids(visible, {t[0] for t in more})
        lexical += [t for t in more if t[0] in allowed][: limit - len(lexical)]
        checked += len(more)
    meaning = [(tid, similarity) for tid, similarity in meaning if tid in allowed]
    scores: dict[int, float] = {}
    for position, (tid, *_) in enumerate(lexical, start=1):
        scores[tid] = 1 / (RRF_K + position)
    for position, (tid, _similarity) in enumerate(meaning, start=1):
        scores[tid] = scores.get(tid, 0.0) + 1 / (RRF_K + position)
    order = sorted(scores, key=lambda tid: -scores[tid])[:limit]
    best = {tid: (entry_id, reply_id, cov) for tid, entry_id, reply_id, cov, _ in lexical}
    ranked = []
    for tid in order:
        entry_id, reply_id, cov = best.get(tid, (None, None, 0))
        ranked.append((tid, entry_id, reply_id, cov, scores[tid]))
    return plan.groups, ranked


def _window(groups: list[Group]) -> int:
    """How many of the newest matching entries are ranked: fewer when one word, or only
    common words, find them (their matches are many and alike; the newest stand in for all)."""
    if len(groups) == 1 or all(g.df > COMMON for g in groups):
        return COMMON_WINDOW
    return WINDOW


def _visible_ids(visible: QuerySet[Thread], ids: set[int]) -> set[int]:
    """Those of `ids` the reader may see: primary-key lookups, not the set of every visible
    thread (which the database built for each query: ~40 ms at 100,000 threads)."""
    if not ids:
        return set()
    # The ids as one parameter: Django renders a list as a placeholder each (~4 µs an id), and
    # psycopg quotes a list's items one by one (0.18 ms for 260 ids; as one text, 0.03 ms).
    if is_postgres():
        array = "{" + ",".join(map(str, sorted(ids))) + "}"
        listed = RawSQL("SELECT unnest(%s::bigint[])", [array])
    else:
        listed = RawSQL("SELECT value FROM json_each(%s)", [json.dumps(sorted(ids))])
    return set(visible.filter(pk__in=listed).values_list("pk", flat=True))


def fill_snippets(hits: list[Hit]) -> None:
    """Loads a page of hits: their threads (what a result line shows, through the reader's
    visibility filter again: a thread hidden since the ranking stays unloaded) and snippets,
    one query each."""
    todo_threads = [h for h in hits if h.loaded is None and h.visible is not None]
    if todo_threads:
        scope = todo_threads[0].visible
        assert scope is not None
        threads = (  # what a result line shows (community/search.html)
            scope.select_related("space")
            .only(*RESULT_FIELDS)
            .in_bulk([h.thread_id for h in todo_threads])
        )
        for hit in todo_threads:
            hit.loaded = threads.get(hit.thread_id)
    todo = [h for h in hits if h.snippet is None and h.entry_id is not None]
    if todo:
        snippet = _snippets_postgres if is_postgres() else _snippets_sqlite
        texts = snippet(todo[0].groups, [h.entry_id for h in todo if h.entry_id])
        for hit in todo:
            if hit.entry_id in texts:
                hit.snippet = _highlight(texts[hit.entry_id])
    rest = [h for h in hits if h.snippet is None]
    if rest:  # found by meaning only: the opening of the question
        bodies = dict(
            Thread.objects.filter(pk__in=[h.thread_id for h in rest]).values_list("pk", "body")
        )
        for hit in rest:
            hit.snippet = _highlight(plain_text(bodies.get(hit.thread_id, ""))[:200])


def _semantic(
    provider: SemanticProvider, user: User | None, query: str, limit: int
) -> list[tuple[int, float]]:
    try:
        return list(provider(user, query, limit))[:limit]
    except Exception:  # search by words still answers when the meaning side fails
        log.exception("semantic search provider failed")
        return []

"""The sentence around a match, as every detector asks for it (openline.language.spans)."""

from openline.language.spans import FULL_STOPS, sentence_around, sentence_bounds


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_the_sentence_is_the_one_holding_the_match_not_its_neighbours():
    text = "Thanks for waiting. The door code is 4471 for now! See you soon."
    assert sentence_around(text, *span_of(text, "4471")) == " The door code is 4471 for now"


def test_full_stops_keep_a_version_number_whole_where_any_stop_would_cut_it():
    text = "Update to v2.1 tonight, the lock then takes the new code.\nBye"
    assert sentence_around(text, *span_of(text, "code"), stops=FULL_STOPS) == (
        "Update to v2.1 tonight, the lock then takes the new code"
    )
    assert sentence_around(text, *span_of(text, "code")).startswith("1 tonight")


def test_a_line_break_ends_a_sentence_without_punctuation():
    text = "Hi Sam\nyour PIN is below\n1234"
    assert sentence_around(text, *span_of(text, "PIN")) == "your PIN is below"


def test_lookback_stops_at_the_limit_in_a_long_sentence_without_stops():
    text = "word " * 100 + "code 1234"
    start, end = span_of(text, "1234")
    assert sentence_bounds(text, start, end, lookback=20)[0] == start - 20
    assert sentence_bounds(text, start, end)[0] == 0


def test_with_stop_keeps_the_stop_and_trim_skips_leading_space():
    text = "First one.   Second one? Third."
    start, end = span_of(text, "Second")
    begin, finish = sentence_bounds(text, start, end, with_stop=True, trim=True)
    assert text[begin:finish] == "Second one?"
    begin, finish = sentence_bounds(text, start, end)
    assert text[begin:finish] == "   Second one"


def test_a_match_at_the_texts_end_runs_to_the_end():
    text = "No stop at all here"
    assert sentence_bounds(text, *span_of(text, "here")) == (0, len(text))

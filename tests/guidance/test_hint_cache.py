"""Session 36 (lead, issue 13): the register's hint check is cached per text again.

`internal._hinting` is asked about the same sentences many times while one draft is checked (the
readers of names, variants, paraphrases and notes each ask), and register-v9 cached it per text.
A refactor in session 35 put a new helper, `_said_start`, between that cache's decorator and
`_hinting`: the cache then wrapped `_said_start`, keyed by `re.Match` objects that are new on
every check (so it never hit, and it kept up to 2,048 matches — and the drafts they point into —
alive), while every hint question searched its patterns again. These tests hold the cache where
it belongs and the helper free of one."""

from openline.guidance.detectors import internal


def test_a_sentence_asked_about_twice_is_searched_for_hints_once() -> None:
    internal._hinting.cache_clear()
    sentence = "between us, the new batch is being quietly pulled"
    assert internal._hinting(sentence)
    assert internal._hinting(sentence)
    info = internal._hinting.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_the_sentence_start_helper_keeps_no_draft_alive() -> None:
    assert not hasattr(internal._said_start, "cache_info")

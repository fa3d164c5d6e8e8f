"""Splitting a long reply into numbered posts, for any network with a length limit."""

import pytest

from openline.channels.social.mastodon import count as mastodon_count
from openline.channels.social.mastodon import plain_text
from openline.channels.social.replies import MAX_PARTS, split_for_thread


def test_a_reply_that_fits_stays_one_unnumbered_post():
    assert split_for_thread("  Thanks, it is on its way.  ", 30) == ["Thanks, it is on its way."]


def test_a_long_reply_is_cut_between_words_into_numbered_posts_within_the_limit():
    text = " ".join(f"word{n}" for n in range(60))
    parts = split_for_thread(text, 50)
    assert all(len(p) <= 50 for p in parts)
    total = len(parts)
    assert total > 1
    assert [p.rsplit(" ", 1)[1] for p in parts] == [f"({n}/{total})" for n in range(1, total + 1)]
    words = [w for p in parts for w in p.rsplit(" ", 1)[0].split()]
    assert words == text.split()


def test_a_word_longer_than_a_post_is_cut_inside():
    parts = split_for_thread("see " + "x" * 70, 40)
    assert all(len(p) <= 40 for p in parts)
    assert parts[0].rsplit(" ", 1)[0] == "see"
    assert "".join(p.rsplit(" ", 1)[0] for p in parts) == "see" + "x" * 70


def test_ten_posts_or_more_keep_two_digits_of_room():
    parts = split_for_thread(" ".join(["abcdefghi"] * 60), 40)
    assert len(parts) >= 10
    assert all(len(p) <= 40 for p in parts)
    assert parts[-1].endswith(f"({len(parts)}/{len(parts)})")


def test_a_reply_needing_too_many_posts_is_refused():
    with pytest.raises(ValueError, match=f"keep it under {MAX_PARTS}"):
        split_for_thread("word " * 2000, 40)


def test_mastodon_counts_links_as_23_and_mentions_without_their_domain():
    text = "@ana@example.social see https://halden.example/support/articles/e14-error-code"
    assert mastodon_count(text) == len("@ana see ") + 23


def test_a_statuss_html_becomes_plain_text_without_markup():
    html = (
        '<p><span class="h-card"><a href="https://m.test/@halden" class="u-url mention">'
        "@<span>halden</span></a></span> E14 again &lt;script&gt;</p><p>line one<br>line two "
        '<a href="https://x.example/a/very/long"><span class="invisible">https://</span>'
        '<span class="ellipsis">x.example/a/ve</span><span class="invisible">ry/long</span></a></p>'
    )
    assert plain_text(html) == (
        "@halden E14 again <script>\n\nline one\nline two https://x.example/a/very/long"
    )

from openline.language.cleaning import clean_message


def test_an_email_keeps_only_the_new_text():
    text = (
        "Hi Pantry Box team,\n\nThe sauce was missing from my box.\n\nKind regards,\nAna Silva\n"
        "Sent from my iPhone\n\nOn Tue, 4 Mar 2025 at 09:12, Support <s@x.example> wrote:\n"
        "> Thank you for your order, we hope you love it!"
    )

    assert clean_message(text) == "The sauce was missing from my box."


def test_quoted_lines_and_an_original_message_block_are_dropped():
    text = "Still not fixed.\n> old reply\n-----Original Message-----\nFrom: us\nGreat news!"

    assert clean_message(text) == "Still not fixed."


def test_contact_form_fields_and_handles_go():
    text = "[Contact form] New submission\nName: Tom\nEmail: t@x.example\nMessage: Where is it?"

    assert clean_message(text) == "Where is it?"
    assert clean_message("@songbird_air lost my bag again #fail") == "lost my bag again fail"


def test_a_one_line_thank_you_is_kept_whole():
    assert clean_message("Thanks!") == "Thanks!"
    assert clean_message("Hello,\nThank you, all sorted.") == "Thank you, all sorted."


def test_a_line_that_merely_starts_like_a_field_is_kept():
    assert clean_message("Order arrived broken.\nDate on the box is wrong too.") == (
        "Order arrived broken.\nDate on the box is wrong too."
    )


def test_a_name_alone_after_a_blank_line_signs_the_mail():
    assert clean_message("Hi,\n\nMy card failed twice.\n\nR. Okafor") == "My card failed twice."
    assert clean_message("Hello,\n\nIt broke.\n\nCheers, Jonas") == "It broke."


def test_a_short_last_sentence_is_not_taken_for_a_name():
    assert clean_message("Order arrived broken.\n\nNo one answers.") == (
        "Order arrived broken.\n\nNo one answers."
    )


def test_german_greetings_closings_and_quoted_mail_go():
    text = (
        "Hallo,\n\nwäre eine Lieferung am Samstag möglich?\n\nViele Grüße\nNadine & Christian\n\n"
        "Von: Support <s@x.example>\nGesendet: Montag, 3. November\nBetreff: AW: Bestellung"
    )

    assert clean_message(text) == "wäre eine Lieferung am Samstag möglich?"


def test_the_greeting_left_by_a_removed_handle_goes():
    assert clean_message("Dear @pantrybox, a breakfast box would be great") == (
        "a breakfast box would be great"
    )


def test_a_review_rating_is_read_as_a_number_of_stars():
    assert clean_message("[Google Play review ★] Crashes daily.") == "1 star. Crashes daily."
    assert clean_message("⭐⭐⭐⭐⭐ love it") == "5 stars love it"


def test_an_integrations_frame_goes_and_its_rating_stays():
    assert clean_message("[Steam review — Not recommended, 12 h] Crashes.") == (
        "Not recommended. Crashes."
    )
    assert clean_message("[Discord bridge — general] user gull_77: anyone up for a raid?") == (
        "anyone up for a raid?"
    )
    assert clean_message("[Discord #help] #support: where is the map?") == "where is the map?"


def test_a_framed_forms_fields_go_and_its_message_stays():
    assert clean_message("[Contact form] Subject: Voucher | Message: The code is refused.") == (
        "The code is refused."
    )
    framed = "[Contact form — Technical]\nPlatform: PC (Steam)\nIt freezes.\nEvery time."
    assert clean_message(framed) == "It freezes.\nEvery time."


def test_a_bracket_inside_a_message_is_not_a_frame():
    assert clean_message("Order [BX-12] arrived broken. Status: still open") == (
        "Order [BX-12] arrived broken. Status: still open"
    )

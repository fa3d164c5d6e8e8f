ANALYSE = "/api/v1/analyse"


def test_staff_get_intent_sentiment_and_language_of_a_complaint(post_json, bearer, agent):
    text = ("@haldenhome third time this month the delivery never came. Useless, I'm "
            "cancelling and I want a refund.")  # fmt: skip

    answer = post_json(ANALYSE, {"text": text, "channel": "x"}, bearer(agent))

    body = answer.json()
    assert answer.status_code == 200
    assert (body["intent"], body["sentiment"], body["language"]) == ("complaint", "negative", "en")
    assert body["sentiment_score"] < 0
    assert body["product_area"] is None


def test_a_thank_you_email_is_praise(post_json, bearer, agent):
    text = ("Hi team,\n\nThank you so much for the quick replacement, it works perfectly "
            "and your agent was lovely.\n\nKind regards,\nMaria")  # fmt: skip

    body = post_json(ANALYSE, {"text": text, "channel": "email"}, bearer(agent)).json()

    assert (body["intent"], body["sentiment"]) == ("praise", "positive")
    assert body["sentiment_score"] > 0


def test_customers_may_not_analyse(post_json, bearer, customer):
    answer = post_json(ANALYSE, {"text": "Hello"}, bearer(customer))

    assert answer.status_code == 403
    assert answer.json() == {"detail": "Only staff can analyse messages."}


def test_anonymous_callers_must_sign_in(post_json, db):
    assert post_json(ANALYSE, {"text": "Hello"}).status_code == 401


def test_an_empty_text_is_refused_with_422(post_json, bearer, agent):
    answer = post_json(ANALYSE, {"text": "  \n "}, bearer(agent))

    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["text"]


def test_an_oversized_text_is_refused_with_422(post_json, bearer, agent):
    answer = post_json(ANALYSE, {"text": "a" * 20_001}, bearer(agent))

    assert answer.status_code == 422
    assert "20000" in answer.json()["detail"]


def test_the_product_area_is_the_configured_tag_nearest_in_meaning(post_json, bearer, agent, db):
    from openline.community.models import Tag

    Tag.objects.create(slug="mobile-app", name="Mobile app")
    Tag.objects.create(slug="billing", name="Billing & invoices")
    answer = post_json(ANALYSE, {"text": "Your app keeps crashing on my phone"}, bearer(agent))
    assert answer.json()["product_area"] == "mobile-app"

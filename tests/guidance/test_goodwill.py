"""The goodwill allowance (issue 13): an admin enters the most an agent may give ("£25", "1 free
month"); a draft that offers more is a legal risk that names the allowance, one within it is
not; without an allowance, drafts are checked as before. The settings page refuses a line that
is no limit and then keeps nothing."""

import pytest
from django.utils import translation

from openline.accounts.models import Role
from openline.core.models import SettingsChange
from openline.guidance.checks import check_text
from openline.guidance.models import GoodwillLimit

from ..factories import UserFactory

PAGE = "/settings/goodwill/"
TIMES = "\u00d7"  # the multiplication sign between a unit's count and its name
OVER = "I'm so sorry about the wait. I'll credit you £200 for the trouble."
OVER_DE = "Das tut mir leid. Sie bekommen 100 € Gutschrift für die lange Wartezeit."
OVER_MONTHS = "Sorry again, we'll add three free months of Plus to your account."
WITHIN = "Sorry about the wait: I've added a £10 credit to your account for the trouble."
WITHIN_DE = "Als Entschuldigung habe ich Ihnen 20 € gutgeschrieben."
POLICY_REFUND = "Your order was returned within 30 days, so we've refunded the £189 in full."
# Read as a legal risk before there was an allowance, though within a £100 one.
HUNDRED = "I've put a £100 goodwill credit on your account for the hassle."
FREE_MONTH = "Sorry! I'll add a free month for the trouble, that's on us."
# Not read as one before, though above a £25 one.
FIFTY = "I'll add £50 credit to your account as a goodwill gesture."


@pytest.fixture
def as_admin(client, db):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    return client


@pytest.fixture
def allowance(as_admin):
    response = as_admin.post(PAGE, {"allowance": "£25\n40 €\n1 free month"})
    assert response.status_code == 302


def legal(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == "legal_risk"]


# --- the settings page ----------------------------------------------------------------------------


def test_an_admin_enters_an_allowance_in_several_currencies_and_units(as_admin):
    response = as_admin.post(PAGE, {"allowance": "£25\nEUR 30\nUS$30\n1 free month\n15 credits"})
    assert response.status_code == 302
    stored = [limit.read_as for limit in GoodwillLimit.objects.all()]
    assert stored == ["GBP 25", "EUR 30", "USD 30", "1 free month", f"15 {TIMES} credit"]
    page = as_admin.get(PAGE).content.decode()
    assert "1 free month" in page and "Set the goodwill allowance to £25 / EUR 30" in page


def test_the_admin_reads_each_limit_in_words_in_english_and_in_german(as_admin):
    as_admin.post(PAGE, {"allowance": "£12.50\n3 free months\n1 free week\n15 credits"})
    english = as_admin.get(PAGE).content.decode()
    german = as_admin.get(PAGE, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "(read as GBP 12.50)" in english and "(read as 3 free months)" in english
    assert "(read as 1 free week)" in english and f"(read as 15 {TIMES} credit)" in english
    assert "(gelesen als 12.50 GBP)" in german and "(gelesen als 3 Monate gratis)" in german
    assert "(gelesen als 1 Woche gratis)" in german and f"(gelesen als 15 {TIMES} credit)" in german
    assert "month: " not in english + german and "credit: " not in english + german


def test_a_line_that_is_no_limit_is_refused_and_nothing_is_kept(as_admin, allowance):
    response = as_admin.post(PAGE, {"allowance": "£50\nas much as it takes"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Line 2, “as much as it takes”: write an amount with its currency" in page
    assert "as much as it takes</textarea>" in page  # what was typed is not lost
    assert [limit.written for limit in GoodwillLimit.objects.all()] == [
        "£25",
        "40 €",
        "1 free month",
    ]


def test_two_limits_of_one_currency_are_refused(as_admin):
    response = as_admin.post(PAGE, {"allowance": "£25\nGBP 40"})
    assert response.status_code == 400
    assert "a limit of the same currency or unit already" in response.content.decode()
    assert not GoodwillLimit.objects.exists()


def test_an_htmx_save_swaps_the_form_and_says_so(as_admin):
    response = as_admin.post(PAGE, {"allowance": "£25"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.startswith('<div id="goodwill">') and "Goodwill allowance saved" in page
    assert "Set the goodwill allowance to £25, was none" in page  # its history line, at once


def test_an_htmx_save_of_a_bad_line_shows_the_error_in_the_swapped_form(as_admin):
    response = as_admin.post(PAGE, {"allowance": "lots"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200  # htmx swaps 2xx answers only
    assert 'role="alert"' in page and "Line 1, “lots”" in page
    assert not GoodwillLimit.objects.exists()


def test_only_admins_set_the_allowance(client, db):
    client.force_login(UserFactory(username="max", role=Role.MODERATOR))
    assert client.post(PAGE, {"allowance": "£500"}).status_code == 403
    assert not GoodwillLimit.objects.exists()


def test_each_change_is_in_the_settings_history(as_admin, allowance):
    as_admin.post(PAGE, {"allowance": ""})
    lines = [c.summary for c in SettingsChange.objects.filter(section="goodwill")]
    assert lines[0] == "Set the goodwill allowance to none (goodwill is not measured), was " + (
        "£25 / 40 € / 1 free month"
    )


# --- the checks -----------------------------------------------------------------------------------


def test_an_offer_above_the_allowance_is_a_legal_risk_that_names_it(allowance):
    finding = next(f for f in check_text(OVER).findings if f.kind == "legal_risk")
    assert "£200" in OVER[finding.start : finding.end]
    assert "More than the goodwill allowance of £25 / 40 € / 1 free month" in str(finding.message)
    assert "Offer at most GBP 25, or ask a team lead" in str(finding.suggestion)


def test_an_offer_above_the_allowance_in_german_or_in_free_months_is_flagged(allowance):
    assert legal(OVER_DE) == ["Sie bekommen 100 € Gutschrift für die lange Wartezeit"]
    assert legal(OVER_MONTHS) == ["we'll add three free months of Plus to your account"]


def test_an_offer_of_more_free_months_suggests_the_limit_in_the_readers_words(allowance):
    finding = next(f for f in check_text(OVER_MONTHS).findings if f.kind == "legal_risk")
    assert "Offer at most 1 free month, or ask a team lead" in str(finding.suggestion)
    with translation.override("de"):
        assert "Bieten Sie höchstens 1 Monat gratis an" in str(finding.suggestion)


def test_an_offer_within_the_allowance_is_not_flagged(allowance):
    assert legal(WITHIN) == []
    assert legal(WITHIN_DE) == []
    assert legal(FREE_MONTH) == []


def test_goodwill_up_to_the_limit_is_not_a_legal_risk(as_admin):
    as_admin.post(PAGE, {"allowance": "£100"})
    assert legal(HUNDRED) == []


def test_a_refund_under_the_returns_policy_is_not_goodwill(allowance):
    assert legal(POLICY_REFUND) == []


def test_without_an_allowance_goodwill_is_read_as_before(db):
    assert legal(HUNDRED) == ["£100 goodwill credit on your account for the hassle"]
    assert legal(FREE_MONTH) == ["I'll add a free month for the trouble, that's on us."]
    assert legal(FIFTY) == []


def test_more_than_the_allowance_is_flagged_where_the_wording_alone_is_not(allowance):
    assert legal(FIFTY) == ["I'll add £50 credit to your account as a goodwill gesture"]


def test_a_bare_dollar_is_the_companys_own_dollar(as_admin):
    as_admin.post(PAGE, {"allowance": "A$30"})
    assert legal("Sorry about that! I've added $20 credit to your account.") == []
    assert legal("Sorry about that! I've added $80 credit to your account.") == [
        "I've added $80 credit to your account"
    ]

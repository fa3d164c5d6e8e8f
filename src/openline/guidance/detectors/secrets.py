"""Secrets: detect-secrets' precise plugins (their regular expressions, run here with offsets)
and our own patterns. The entropy and keyword plugins are left out: they flag ordinary words and
cost ~20 ms a line."""

import functools
import re
from collections.abc import Callable, Iterator

from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.base import RegexBasedDetector
from detect_secrets.plugins.basic_auth import BasicAuthDetector
from detect_secrets.plugins.cloudant import CloudantDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.ibm_cloud_iam import IbmCloudIamDetector
from detect_secrets.plugins.ibm_cos_hmac import IbmCosHmacDetector
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.private_key import PrivateKeyDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.softlayer import SoftlayerDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector
from django.utils.translation import gettext_noop

import openline.guidance.detectors.gates as gates
from openline.language.spans import FULL_STOPS, sentence_around

from .base import Hit, Phrase, trim_trailing
from .credentials_de import spans as credentials_de_spans
from .spoken_digits import (
    DIGITS_SAID,
    REPEATS,
    SAID_DIGIT,
    UNITS,
    german_digits,
    spoken_numbers,
)

KIND = "secret"
SUGGESTION = Phrase(
    gettext_noop(
        "Remove it. Never send credentials in a reply: if the person needs access, point them to "
        "the sign-in or reset page, and ask the owner to revoke this one now that it has been "
        "copied."
    )
)

PLUGINS: tuple[type[RegexBasedDetector], ...] = (
    ArtifactoryDetector, AWSKeyDetector, AzureStorageKeyDetector, BasicAuthDetector,
    CloudantDetector, DiscordBotTokenDetector, GitHubTokenDetector, GitLabTokenDetector,
    IbmCloudIamDetector, IbmCosHmacDetector, JwtTokenDetector, MailchimpDetector, NpmDetector,
    OpenAIDetector, PrivateKeyDetector, PypiTokenDetector, SendGridDetector, SlackDetector,
    SoftlayerDetector, SquareOAuthDetector, StripeDetector, TelegramBotTokenDetector,
    TwilioKeyDetector,
)  # fmt: skip

# (label, pattern); a pattern with a group flags the group (the value), otherwise the match.
OWN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        gettext_noop("a private key"),
        re.compile(
            r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----)?"
        ),
    ),
    (
        gettext_noop("an AWS access key"),
        re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b"),
    ),
    (
        gettext_noop("an AWS secret key"),
        # Named as one, or right after its access key id ("AKIA… / wJalr…", "AKIA…:wJalr…").
        # Named by the field AWS gives it ("SecretAccessKey: …", "aws_secret_access_key = …"),
        # or a few words after its key id in the same sentence ("AKIA… with b/Q8tN…"): forty
        # characters of capitals, small letters and digits (values-v16, session 29).
        re.compile(
            r"(?i:aws.{0,20}?secret.{0,20}?[\s:=\"'])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
            r"|\b(?:AKIA|ASIA)[A-Z0-9]{16}\s*[/:,|]?\s*([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
            r"|(?i:secret[ _]?access[ _]?key)\s*[:=]\s*[\"']?"
            r"((?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*\d)"
            r"[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
            r"|\b(?:AKIA|ASIA)[A-Z0-9]{16}\b[^.!?\n]{1,30}?(?<![A-Za-z0-9/+])"
            r"((?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*\d)"
            r"[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
        ),
    ),
    (
        gettext_noop("a GitHub token"),
        re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})"),
    ),
    (
        gettext_noop("an AI provider key"),
        re.compile(
            r"\bsk-(?:proj|ant|svcacct|admin|or-v1)-[A-Za-z0-9_-]{20,}|\bsk-[A-Za-z0-9]{32,}"
        ),
    ),
    (gettext_noop("a GitLab token"), re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}")),
    (gettext_noop("a Slack token"), re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    (
        gettext_noop("a Slack webhook"),
        re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"),
    ),
    (
        gettext_noop("a Stripe key"),
        re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|\bwhsec_[A-Za-z0-9]{24,}"),
    ),
    (gettext_noop("a Google API key"), re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    (gettext_noop("a Slack app token"), re.compile(r"\bxapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}")),
    (gettext_noop("a Hugging Face token"), re.compile(r"\bhf_[A-Za-z0-9]{30,}")),
    (gettext_noop("a PyPI token"), re.compile(r"\bpypi-AgE[A-Za-z0-9_-]{40,}")),
    (gettext_noop("a DigitalOcean token"), re.compile(r"\bdo[por]_v1_[a-f0-9]{64}\b")),
    (gettext_noop("a Shopify token"), re.compile(r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b")),
    (gettext_noop("a Square token"), re.compile(r"\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,}")),
    (gettext_noop("a Brevo key"), re.compile(r"\bxkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}")),
    (gettext_noop("a Mailgun key"), re.compile(r"\bkey-[a-f0-9]{32}\b")),
    (gettext_noop("a Grafana token"), re.compile(r"\bgl(?:c|sa)_[A-Za-z0-9_+/=-]{32,}")),
    (gettext_noop("a Twilio key"), re.compile(r"\b(?:SK|AC)[a-f0-9]{32}\b")),
    (
        gettext_noop("a SendGrid key"),
        re.compile(r"\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}"),
    ),
    (gettext_noop("an Azure or Atlassian token"), re.compile(r"\bATATT3[A-Za-z0-9_=-]{40,}")),
    (gettext_noop("an npm token"), re.compile(r"\bnpm_[A-Za-z0-9]{36}\b")),
    (gettext_noop("an Openline API token"), re.compile(r"\bol_[A-Za-z0-9_-]{40,}")),
    (
        gettext_noop("a JSON Web Token"),
        re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    ),
    (
        gettext_noop("a connection string with a password"),
        re.compile(r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]*:([^\s@/]+)@[^\s/]+", re.IGNORECASE),
    ),
)

# A keyword, up to three words, a separator and a value: "password: Summer2024!", "Wi-Fi
# password is hunter22", "Password=abc123;", "access token for you: …", "password 'Spring!24'".
# The value must look like a credential, so "the password is wrong" is not a finding.
_SEPARATOR = (
    r"[\"']?(?:\s*(?:[:=]|->|=>|\u2192)|\s+[-\u2013\u2014]\s"
    r"|\s+(?:is|was|set to|changed to|reset to|to|ist|lautet|est|es|era|\u00e8|\u00e9|\u00e4r|er"
    r"|wordt|blijft|sera|will be)\b(?:\s+(?:now|still|currently|nu|jetzt|immer noch|noch"
    r"|maintenant|ahora|ora|agora))?"
    r"|\s+(?=[\"'\u201c\u2018`]))\s*"
)
COMMON_WORDS = frozenset(
    (
        "wrong", "incorrect", "correct", "invalid", "expired", "required", "optional", "needed",
        "case-sensitive", "sensitive", "changed", "reset", "saved", "stored", "hidden", "shown",
        "masked", "encrypted", "hashed", "forgotten", "lost", "different", "same", "long",
        "short", "weak", "strong", "secure", "ignored", "accepted", "rejected", "missing",
        "empty", "blank", "unchanged", "not", "never", "still", "only", "what", "your", "the",
        "this", "that", "yours", "mine", "ours", "none", "null", "unknown", "too", "must",
        "should", "will", "can", "has", "have", "been", "being", "sent", "emailed", "e-mailed",
        "expiring", "personal", "private", "secret", "confidential", "valid", "active", "new",
        "temporary", "working", "incorrecte", "incorrect", "falsch", "incorrecta", "errato",
        "sbagliata", "fout", "onjuist", "korrekt", "richtig", "correcte", "correcta", "please",
        "bitte", "mindestens", "doit", "debe", "deve", "moet", "muss", "at", "least", "minimum",
    )
)  # fmt: skip
# The first word after a separator that is prose, not a value: "the password is wrong".
_NOT_A_VALUE = (
    r"(?!(?:"
    + "|".join(sorted(map(re.escape, COMMON_WORDS), key=len, reverse=True))
    + r")(?![\w-]))"
)


def _keyed(keywords: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\b(?:{keywords})\b(?:\s+[\w-]+){{0,12}}?{_SEPARATOR}"
        rf"(?P<q>[\"'\u201c\u2018`]?){_NOT_A_VALUE}(?P<value>[^\s\"'\u201d\u2019`]{{4,200}})"
    )


PASSWORD_PAIR = _keyed(
    r"password|passwd|pwd|pw|pass|passcode|passphrase|pass ?word|wachtwoord|passwort|kennwort"
    r"|mot de passe|mdp|contrase\u00f1a|contrasena|clave|senha|l\u00f6senord(?:et)?|salasana"
    r"|has\u0142o|haslo|adgangskode(?:n)?|passord(?:et)?|heslo|\u015fifre|sifre|parola|jelsz\u00f3"
    r"|m\u1eadt kh\u1ea9u|kata sandi|lozinka|geslo|\u043f\u0430\u0440\u043e\u043b\u044c"
)
# "the password Lagom2024", "pass Cactus#77": no separator, so the value must mix three kinds
# of character (letters of both cases, digits, symbols) and hold a digit.
PASSWORD_BARE = re.compile(
    r"(?i)\b(?:password|passwort|kennwort|wachtwoord|pass|pw|pwd|mot de passe|contrase\u00f1a"
    r"|senha)\s+(?P<value>[^\s\"'`]{6,60})"
)
# Environment and config assignments: "MAILER_PASSWORD=…", "export API_TOKEN=…", "DB_PASS: …".
ENV_SECRET = re.compile(
    r"\b[A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|ACCESS_KEY|PRIVATE_KEY"
    r"|AUTH|CREDENTIALS?)(?:_[A-Z0-9]+)*\s*[:=]\s*[\"']?(?P<value>[^\s\"']{6,200})"
)
# "Authorization: Basic YWRtaW46…", "curl -u admin:Sup3r…".
AUTH_HEADER = re.compile(
    r"(?i)\bauthorization\s*:\s*(?:basic|bearer|token|digest)\s+(?P<value>[A-Za-z0-9+/=._~-]{12,})"
    r"|(?:^|\s)(?:-u|--user)\s+[^\s:]+:(?P<value2>\S{4,})"
)
# A product, licence or activation key that anyone could redeem: "your Steam key is
# 7XK2P-QM4RT-9ZL3W", "licence key: ABCD-EFGH-1234-5678".
PRODUCT_KEY = re.compile(
    r"(?i)\b(?:(?:activation|licen[cs]e|redeem|redemption|cd|steam|game|unlock|beta|access"
    r"|recovery|backup)\s+(?:key|code)s?|(?:product|serial)\s+keys?)\b[^.\n]{0,30}?"
    r"(?P<value>\b[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,5}\b)"
)
# Passwords in scripts without spaces between words: "パスワードは Sakura2024!", "密码是 …".
CJK_PASSWORD = re.compile(
    r"(?:パスワード|密码|密碼|口令|비밀번호|暗証番号)\s*(?:は|是|为|為|는|은|:|\uff1a|=)?\s*"
    r"(?P<value>[!-~]{6,60})"
)
# "use P@ssw0rd-Blue to sign in", "sign in with Maple.Leaf.93": a value given for signing in.
SIGN_IN_WITH = re.compile(
    r"(?i)\b(?:use|enter|type|with)\s+(?P<value>[^\s\"'`]{6,60})\s+to\s+(?:sign|log)\s?(?:in|on)\b"
    r"|\b(?:sign|log)(?:ged|ging)?\s?(?:in|on)(?:\s+as\s+\S+)?\s+(?:with|using)\s+(?P<value2>[^\s\"'`]{6,60})"
)
_KEY_NAMES = (
    r"api[ _-]?key|api[ _-]?secret|access[ _-]?token|auth[ _-]?token|secret[ _-]?key|secret"
    r"|client[ _-]?secret|bearer|token|access[ _-]?key|api-schl\u00fcssel|schl\u00fcssel"
    r"|cl\u00e9(?: (?:api|d'api|secr\u00e8te))?|clave(?: (?:api|secreta))?|chiave(?: api)?"
    r"|api-sleutel|sleutel|chave(?: (?:api|secreta))?"
)
KEYED_TOKEN = _keyed(_KEY_NAMES)
# "secret QbUf6vUU…": no separator at all, so the value must be long and clearly random.
BARE_TOKEN = re.compile(rf"(?i)\b(?:{_KEY_NAMES})\s+(?P<value>[A-Za-z0-9_\-/+=]{{20,200}})")


# Codes and PINs said in prose: "the verification code you need is 728 114", "door code for
# the crew room is 8 4 1 7 #", "wifi key is Gr33nRunway!2025". Public codes (promo, booking,
# error, tracking) are not credentials.
CODE_PAIR = re.compile(
    r"(?i)\b(?:(?P<public>promo|promotional|discount|voucher|coupon|referral|booking|confirmation"
    r"|reference|tracking|error|status|order|gift|post|zip|area|country|dialling|dialing|sort|fare"
    r"|product|bar|qr|source|publishable|public|registration|warranty|serial"
    # German: "Gutschein-Code", "Aktionscode" stay public; "Die PIN ist 4711" does not.
    r"|gutschein|rabatt|aktions|bestell|buchungs|sendungs|fehler|post|l\u00e4nder|vorwahl)[\s-]+)?"
    r"(?P<noun>codes?|pin|passcode|otp|key|combination|combo|geheimzahl|zugangscode"
    r"|sicherheitscode)\b"
    r"(?:\s+[\w'-]+(?:\.[\w'-]+)*){0,10}?\s*(?::|=|\bis\b|\bwas\b|\bist\b|\blautet\b|\bwar\b"
    # "the PIN has been reset to 7720", "code changed to …"
    r"|\b(?:re)?set to\b|\bchanged to\b|\bupdated to\b)\s*(?:(?:now|currently|still)\s+)?"
    r"(?P<value>\d(?:[ -]?[\d#*]){3,9}(?![\w-]|\s\d)"
    # Letters and digits in groups, as read out: "CWN 482 993 1".
    r"|(?-i:[A-Z]{2,4}[ -]?\d{2,4}(?:[ -]\d{1,4}){1,3})(?![\w-])"
    # Digits and a letter, as keypads take them: "7714B".
    r"|\d{3,8}(?-i:[A-Z])(?![\w-])"
    r"|[A-Za-z0-9!@#$%^&*_+=-]{6,40}(?<![.,]))"
)
# "login: crewfeedback / W1ngs&Waves#7", "the build server login is tester / frost2025", "log
# into the panel with admin / S3cret!": a user name and a password after a slash.
LOGIN_PAIR = re.compile(
    r"(?i)\b(?:login|log-in|log(?:s|ging)? ?(?:in|into|on)(?: to)?|logged in|credentials|creds"
    r"|sign-in|sign(?:s|ing)? ?(?:in|on)(?: to)?|username and password|wi-?fi|wlan|hotspot)\b"
    # Said in any tense: "still logs in as tech / …", "the wifi was "guest" / …" (values-v13).
    r"[^\n]{0,40}?(?::|->|=>|\u2192|\bis\b|\bare\b|\bwas\b|\bwere\b|\bist\b|\blautet\b|\bsind\b"
    r"|\bwith\b|\busing\b|\bas\b|\bmit\b)\s*(?:(?:still|now|immer noch|noch|jetzt)\s+)?"
    r"[^\s/]+\s*/\s*(?P<value>\S{6,60})"
)
SECRET_NOUNS = frozenset(("pin", "passcode", "otp", "geheimzahl"))
# A code made private by what it does, even when a public word names it: "your transfer
# confirmation code", "the verification reference".
PRIVATE_CODE_BEFORE = re.compile(
    r"(?i)\b(?:transfer|verification|verify|security|one-time|one time|access|login|sign-in"
    r"|2fa|mfa|authori[sz]ation|authentication|unlock|reset|recovery|release|collection)[\s-]+$"
)
# A new password given a sentence after the reset: "I've reset your password. The new one is
# Lark!2049", "Ich habe ihr Passwort zurückgesetzt. Das neue lautet …".
NEW_ONE = re.compile(
    r"(?i)\b(?:password|passwort|kennwort|passcode|wachtwoord|mot de passe|contrase\u00f1a)\b"
    r"[^\n]{0,100}?\b(?:the new one|your new one|new one|the temporary one|das neue"
    r"|das tempor\u00e4re|le nouveau|la nueva|het nieuwe)\s+(?:is|was|'s|ist|lautet|est|es|wordt)"
    r"\s*:?\s*[\"'\u201c\u2018]?(?P<value>[^\s\"'\u201d\u2019`,]{6,60})"
)
# A numeric code given a clause or a sentence after what names it: "the override PIN. On mine
# it's 2580", "I've sent a code to your phone. If the SMS doesn't arrive, it's 739 104", "your
# TAN for the transfer is 620 415". Public codes (promo, order, tracking…) stay public.
_CODE_NOUN = (
    r"pin|pins|puk|pin2|combination|passcode|pass ?code|otp|one-time (?:code|password|passcode)"
    r"|tan|mtan|smstan"
    r"|pushtan|security code|verification (?:code|number)|confirmation code|access code"
    r"|unlock code|override(?: pin| code)?|master code|engineer(?:'s)? code|service code"
    r"|admin code|default code|default pin|default pass|code"
)
# Digits said as words: "eight-four-two-six", "null acht fünf", "double nine" (the words:
# detectors/spoken_digits.py).
_SPELLED_DIGIT = SAID_DIGIT
CODE_THEN_VALUE = re.compile(
    rf"(?i)\b(?P<noun>{_CODE_NOUN})\b(?P<between>[^\n]{{0,90}}?)"
    r"(?:\bit'?s|\bit\u2019s|\bit is|\bit was|\bthat'?s|(?<=\w)['\u2019]s|\bis|\bwas|\buse"
    r"|\btype|\benter"
    r"|\bkey in|\bpunch in|\btry|\bist|\blautet|\bwar|\best|\bes|:|,|\u2014|\u2013"
    # Read out digit by digit, a code needs no verb: "keypad code 5-0-2-1-8".
    r"|(?=\s\d[ -]\d[ -]\d[ -]\d))\s*"
    r"(?:(?:now|currently|still|jetzt|nun)\s+)?[\"'\u201c\u2018]?"
    rf"(?P<value>{_SPELLED_DIGIT}(?:[ -]+{_SPELLED_DIGIT}){{3,9}}\b"
    r"|\d{3}[ -]\d{3}(?![\w-]|[ -]\d)|\d(?:[ -]\d){3,7}(?![\w-]|[ -]\d)"
    # A count or a measure is not a code ("1500 people", "2000 m"); a code can be followed by
    # how it is used ("000000 followed by the hash key", "4821 to open the gate").
    r"|\d{4,8}(?![\w/:-]|[.,]\d|\s?(?:%|\d|(?!(?:followed|then|plus|hash|star|for|to|on|if|but"
    r"|so|when|until|now|und|dann|f\u00fcr|jetzt)\b)[a-z])))"
)
PUBLIC_CODE_BEFORE = re.compile(
    r"(?i)\b(?:promo|promotional|discount|voucher|coupon|referral|booking|reference|tracking"
    r"|error|status|order|gift|post|zip|area|country|dialling|dialing|sort|fare|product|bar|qr"
    r"|source|registration|warranty|serial|tax|billing|postal|model|part|colour|color|dress"
    r"|shipping|invoice|customer|account|member|ticket|case|claim|parcel)[\s-]+$"
)
# Words of a network whose key follows: "the wifi in the lounge: network Guest5, pass …".
NETWORK_BEFORE = re.compile(r"(?i)\b(?:wi-?fi|wlan|ssid|network|router|hotspot)\b")
# Between a plain "code" and a number, a word that names another number: "the code is on the
# parcel, order 55120".
OTHER_NUMBER = re.compile(
    r"(?i)\b(?:order|tracking|invoice|ticket|case|reference|booking|parcel|account|claim|policy"
    r"|serial|model|version|number)\b"
)
# The answer to a security question is a password: "the security answer you set was
# "Miezekatze"", "memorable word: tangerine".
SECURITY_ANSWER = re.compile(
    r"(?i)\b(?:security answer|secret answer"
    r"|answer to (?:your|the|his|her|their|my|our) (?:security|secret) question"
    r"|security question answer|memorable (?:word|answer|information|phrase)"
    r"|mother'?s maiden name|(?:first )?pet'?s name|secret word|passphrase)\b"
    r"(?:\s+[\w'-]+){0,4}?\s*(?:\b(?:is|was|has been)\s+(?:set|changed) to\b|\bset to\b|:|="
    r"|\bis\b|\bwas\b|\bremains\b|(?P<s>['\u2019]s\b))\s*"
    r"(?P<q>[\"'\u201c\u2018]?)(?P<value>[^\s\"'\u201d\u2019,.;!?]{3,40})"
)
SECURITY_ANSWER_PROSE = frozenset(
    ("the", "a", "an", "your", "not", "wrong", "correct", "case", "still", "what", "now", "set",
     "something", "anything", "whatever", "only", "twelve", "never")
)  # fmt: skip

# A network and its key: "Wifi for the hotspot: SSID HF-2293, key 7Kq4-mP2x-9Lw3".
NETWORK_KEY = re.compile(
    r"(?i)\b(?:wi-?fi|wlan|ssid|hotspot|router|network|netz|netzwerk)\b[^.\n]{0,60}?"
    r"\b(?:key|pass(?:word)?|pw"
    r"|psk|schl\u00fcssel|passwort|kennwort)\b\s*(?:[:=]|\bis\b|\bwas\b|\bist\b)?\s*"
    # "key is "BlueMarlin77"": the value may be said with "is" and quoted.
    r"[\"'\u201c\u2018\u201e`]?(?P<value>[^\s\"'`,;\u201c\u201d\u2018\u2019]{6,63})"
)
# A long hex or base64 string said to be a key: "our live key in it (60e9f34d…)".
NAMED_KEY = re.compile(r"(?i)\b(?:key|token|secret)\b[^.\n]{0,60}?(?P<value>\b[a-f0-9]{32,64}\b)")

PLACEHOLDER = re.compile(
    r"(?i)your[_-]|^your|[_-]here$|replace|xxxx|changeme|example|<|\.\.\.|…|^[A-Z_]+$"
    r"|^pk_(?:live|test)_"
    # Masked by the writer or the dashboard: "sk_live_••••••••a91c", "hunter****".
    r"|[•●∙·*]{4,}"
    # Said to be made up, or one character over and over: "zh_demo_0000000000" (precise-v11).
    r"|(?:^|[_-])(?:demo|sample|dummy|fake|placeholder)(?:[_-]|$)|(\w)\1{7,}"
)

TEMPLATE_VARIABLE = re.compile(
    r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|%[A-Za-z_]+%$|\{\{.*\}\}$"
    # Code that reads the secret from elsewhere: "process.env.API_KEY", "os.environ['TOKEN']".
    r"|(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|getenv|ENV"
    r"|secrets|vars|config|settings)[.\[(]"
    # A function that fetches it: "token = get_token(os.environ[…])".
    r"|[A-Za-z_][\w.]*\((?:[\w.]*[\[(\"']|\))"
)
# A key-shaped value that is a placeholder: "sk_test_XXXXXXXXXXXX", "ghp_yourtokenhere".
KEY_PLACEHOLDER = re.compile(r"(?i)x{6,}|\*{6,}|your_?(?:key|token|secret)|_here\b|changeme")

EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


# Literal text each pattern above needs: a pattern whose hints are all absent is not run (one
# substring search is ~100 times cheaper than a regular expression scan of a 2 KB draft).
OWN_PATTERN_HINTS: dict[str, tuple[str, ...]] = {
    "a private key": ("PRIVATE KEY",),
    "an AWS access key": ("AKIA", "ASIA", "ABIA", "ACCA", "A3T"),
    "an AWS secret key": (
        "aws",
        "AWS",
        "Aws",
        "AKIA",
        "ASIA",
        "ecretAccess",
        "ecret_access",
        "ECRET_ACCESS",
        "ecret access",
        "ecret Access",
    ),
    "a GitHub token": ("_",),
    "an AI provider key": ("sk-",),
    "a GitLab token": ("glpat-",),
    "a Slack token": ("xox",),
    "a Slack webhook": ("hooks.slack",),
    "a Stripe key": ("k_live_", "k_test_", "whsec_"),
    "a Google API key": ("AIza",),
    "a Slack app token": ("xapp-",),
    "a Hugging Face token": ("hf_",),
    "a PyPI token": ("pypi-",),
    "a DigitalOcean token": ("_v1_",),
    "a Shopify token": ("shp",),
    "a Square token": ("sq0",),
    "a Brevo key": ("xkeysib-",),
    "a Mailgun key": ("key-",),
    "a Grafana token": ("glc_", "glsa_"),
    "a Twilio key": ("SK", "AC"),
    "a SendGrid key": ("SG.",),
    "an Azure or Atlassian token": ("ATATT",),
    "an npm token": ("npm_",),
    "an Openline API token": ("ol_",),
    "a JSON Web Token": ("eyJ",),
    "a connection string with a password": ("://",),
}


# One word as prose writes it (a capital at its start at most) and the mark that ends an
# exclamation or a question: no password ("WoodsmokeTea!" has a capital inside; values-v17).
EXCLAIMED_WORD = re.compile(r"[A-Z\u00c4\u00d6\u00dc]?[a-z\u00e4\u00f6\u00fc\u00df]+[!?]+")


def _credential_like(value: str, *, classes: int = 2) -> bool:
    value = value.rstrip(".,;:!?)")
    if len(value) < 6 or value.lower() in COMMON_WORDS or set(value) <= {"*", "•", "x", "X"}:
        return False
    if "://" in value or value.startswith("//") or value.lower().startswith("www."):
        return False  # a link, not a credential
    if EMAIL_LIKE.match(value):
        return False  # a link or an address, not a credential
    if PRICE_OR_OWNER.fullmatch(value):
        return False  # "€49/year", "nginx:nginx"
    found = (
        any(c.islower() for c in value) + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value) + any(not c.isalnum() and c not in "-.'" for c in value)
    )  # fmt: skip
    return found >= classes


def _group_span(match: re.Match[str], *, shortest: int = 1) -> tuple[int, int]:
    """The first group that holds a value (the secret after `key=`), else the whole match."""
    for index in range(1, (match.re.groups or 0) + 1):
        if len(match.group(index) or "") >= shortest:
            return match.span(index)
    return match.span()


# "pass" that names a ticket, not a password: "Season Pass number is SP-299014", "your bus
# pass: 4411 2293", "pass no. SP-204411" (values-v13).
PASS_NUMBER = re.compile(r"(?i)pass\s*(?:number|no\.?|nr\.?|#|id)(?!\w)")
TICKET_BEFORE = re.compile(
    r"(?i)\b(?:season|boarding|bus|day|annual|travel|rail|train|parking|visitor|guest|weekly"
    r"|monthly|ski|festival|gym|museum)[ -]?$"
)


# What the sentence says a value is, when it is not a credential (values-v13): the network one
# connects to ("just connect to "Guest_Free""), a value the rules refuse (""Password123" won't
# work"), a code printed on a receipt or a label ("the code on your receipt, 7C2F-91AB, …").
NETWORK_NAME_BEFORE = re.compile(
    r"(?i)\b(?:connect(?:ed|ing)?|join(?:ed|ing)?)\s+(?:to\s+)?(?:the\s+|our\s+)?"
    r"(?:(?:guest\s+)?(?:network|wi-?fi|ssid|hotspot)\s+)?(?:called\s+|named\s+)?[\"'\u201c\u2018`]?$"
)
REFUSED_AFTER = re.compile(
    r"(?i)[\"'\u201d\u2019`]?\s+(?:"
    r"(?:won['\u2019]t|will not|wouldn['\u2019]t|would not|doesn['\u2019]t|does not|didn['\u2019]t"
    r"|can['\u2019]t|cannot)\s+(?:work|do|pass|count|be (?:accepted|allowed|used))"
    r"|(?:is|would be|will be|gets|get)\s+(?:too (?:weak|short|simple|common|easy|obvious)"
    r"|rejected|refused|not allowed|not accepted)"
    r"|(?:isn['\u2019]t|is not)\s+(?:allowed|accepted|strong enough))\b"
    # "won't work after Friday" is a live code's end, not a refusal.
    r"(?!\s+(?:after|from|once|until|till|any ?more|before|on|at|when|if|unless|for)\b)"
)
PRINTED_CODE_BEFORE = re.compile(
    r"(?i)\b(?:code|number|id)\s+(?:on|from|printed on|at the (?:top|bottom) of)\s+(?:your|the"
    r"|this)\s+(?:receipt|till receipt|invoice|packaging|box|label|order confirmation"
    r"|booking confirmation)\b[^.!?\n]{0,12}$"
)


# The value, then what the sentence says it is: "the code 4K7-P2R you mention is your booking
# reference", "… ist Ihre Buchungsreferenz", "that's no password" (values-v18).
RECORD_NAMED_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,50}?\b(?:is|ist|are|sind)\s+(?:(?:just|only|simply|nur|einfach|lediglich"
    r"|blo\u00df)\s+)?(?:your|the|a|an|ihre?|die|der|das|eine?|our|unsere?)\s+"
    r"(?:[\w-]+\s+)?(?:(?:booking|order|reservation|confirmation|tracking|invoice|ticket|case)"
    r"[ -]?(?:reference|number|ref|no\b)|(?:buchungs|bestell|auftrags|rechnungs|reservierungs"
    r"|sendungs|vorgangs|best\u00e4tigungs)(?:referenz|nummer|code))"
    # "der Code 7759 … ist die Nummer der Prüfstelle": the number of someone else
    r"|[^.!?\n]{0,50}?\b(?:is|ist)\s+(?:the|die|eine?|a)\s+(?:[\w-]+\s+)?(?:number|nummer)\s+"
    r"(?:of|der|des|von)\b"
    r"|[^.!?\n]{0,80}?\b(?:is|ist)\s+(?:not\s+an?|no|kein|keine)\s+(?:password|passwort|kennwort"
    r"|secret|geheimnis)\b"
)


def _said_to_be_no_secret(text: str, start: int, end: int) -> bool:
    return bool(
        NETWORK_NAME_BEFORE.search(text, max(0, start - 40), start)
        or REFUSED_AFTER.match(text, end)
        or PRINTED_CODE_BEFORE.search(text, max(0, start - 60), start)
        or RECORD_NAMED_AFTER.match(text, end)
    )


# "pass" as a verb, not a ticket or a password: "we'll pass it on", "please pass it to the
# temps" (values-v18).
PASS_VERB_AFTER = re.compile(
    r"(?i)pass\s+(?:it|this|that|these|those|them|him|her|me|us|on|along|over|back|round|around"
    r"|through)\b"
)
PASS_VERB_BEFORE = re.compile(
    r"(?i)(?:\b(?:will|would|can|could|should|shall|must|might|may|to|please|we|i|they|he|she"
    r"|let['\u2019]s|do|did|don['\u2019]t|not)|['\u2019]ll|['\u2019]d)\s+$"
)


def _pass_as_verb(text: str, start: int) -> bool:
    if text[start : start + 4].lower() != "pass" or text[start + 4 : start + 5].isalpha():
        return False
    return bool(
        PASS_VERB_AFTER.match(text, start)
        or PASS_VERB_BEFORE.search(text, max(0, start - 12), start)
    )


def _sign_kept(text: str, value: str, end: int) -> bool:
    """A word with its "!" or "?" and a comma right after: the mark is the value's, since no
    exclamation goes on after a comma ("password is solesurvivor!, don't …"; values-v18)."""
    word = value.rstrip("!?")
    return (
        text[end : end + 1] == ","
        and len(word) >= 6
        and len(value) - len(word) == 1
        and word.lower() not in COMMON_WORDS
    )


def _ticket_pass(text: str, start: int) -> bool:
    """Whether the word "pass" at `start` names a ticket."""
    return bool(
        PASS_NUMBER.match(text, start) or TICKET_BEFORE.search(text, max(0, start - 12), start)
    )


def _plugin_spans(text: str) -> Iterator[tuple[str | Phrase, int, int]]:
    for plugin in PLUGINS:
        # detect-secrets declares `denylist` an instance property; every detector sets it as a
        # class attribute, read here without making an instance.
        for regex in plugin.denylist:  # type: ignore[attr-defined]
            for match in gates.finditer(regex, text):
                # Plugins group prefixes too ("ghp"): only a value-sized group is the secret.
                start, end = _group_span(match, shortest=6)
                if plugin is JwtTokenDetector and not JwtTokenDetector.is_formally_valid(
                    text[start:end]
                ):
                    continue
                label = (
                    Phrase(gettext_noop("a private key"))
                    if plugin is PrivateKeyDetector
                    else Phrase(
                        gettext_noop("a credential (%(type)s)"), type=str(plugin.secret_type)
                    )
                )
                yield label, start, end


# Letters that a case-blind pattern reads as an ASCII letter though their lower case is not it
# (dotless i and dotted capital I are "i", long s is "s"): with one of them in the text, no word
# is ruled out by a substring test.
CASE_ODD = ("\u0130", "\u0131", "\u017f")
# Literal text CODE_PAIR and PRODUCT_KEY need (their nouns), for a substring test before a scan.
CODE_PAIR_HINTS = ("code", "pin", "otp", "key", "combo", "geheimzahl")
PRODUCT_KEY_HINTS = ("key", "code")


def _may_hold(lowered: str, hints: tuple[str, ...], odd: bool) -> bool:
    """Whether a case-blind pattern needing one of `hints` can match the text lowered."""
    return odd or any(hint in lowered for hint in hints)


def detect(text: str) -> list[Hit]:
    spans: list[tuple[str | Phrase, int, int]] = list(_plugin_spans(text))
    lowered = text.lower()
    odd = any(c in text for c in CASE_ODD)
    code_pair = _may_hold(lowered, CODE_PAIR_HINTS, odd)
    product_key = _may_hold(lowered, PRODUCT_KEY_HINTS, odd)
    for label, regex in OWN_PATTERNS:
        if not any(hint in text for hint in OWN_PATTERN_HINTS[label]):
            continue
        for match in regex.finditer(text):
            start, end = _group_span(match)
            if not KEY_PLACEHOLDER.search(text, start, end):
                spans.append((label, start, end))
    for label, regex, shortest, classes in (
        (gettext_noop("a password"), PASSWORD_PAIR, 6, 2),
        (gettext_noop("an API key or token"), KEYED_TOKEN, 16, 2),
        (gettext_noop("an API key or token"), BARE_TOKEN, 20, 3),
        (gettext_noop("a password"), LOGIN_PAIR, 6, 2),
        (gettext_noop("an API key or token"), NAMED_KEY, 32, 1),
        (gettext_noop("a password"), PASSWORD_BARE, 6, 3),
        (gettext_noop("a password"), SIGN_IN_WITH, 6, 3),
        (gettext_noop("a password or key"), ENV_SECRET, 6, 2),
        (gettext_noop("a credential in an authorisation header"), AUTH_HEADER, 4, 2),
        (gettext_noop("a password"), CJK_PASSWORD, 6, 2),
        (gettext_noop("a product or activation key"), PRODUCT_KEY, 14, 2),
        (gettext_noop("a password"), NEW_ONE, 6, 2),
        (gettext_noop("a password"), NETWORK_KEY, 6, 2),
    ):
        if regex is PRODUCT_KEY and not product_key:
            continue
        for match in gates.finditer(regex, text):
            group = "value" if match.group("value") else "value2"
            start = match.start(group)
            end = trim_trailing(text, start, match.end(group), chars=".,;:)\"'")
            value = text[start:end]
            if PLACEHOLDER.search(value) or TEMPLATE_VARIABLE.match(value):
                continue  # "Bearer $TOKEN", "password: <your password>"
            if (regex is PASSWORD_PAIR or regex is PASSWORD_BARE) and _ticket_pass(
                text, match.start()
            ):
                continue  # "your season pass: SP-2990": a ticket's number
            if (regex is PASSWORD_PAIR or regex is PASSWORD_BARE) and _pass_as_verb(
                text, match.start()
            ):
                continue  # "We'll pass it on to Ciarán": to pass, no pass (values-v18)
            if EXCLAIMED_WORD.fullmatch(value) and text[start - 1 : start] not in _QUOTES:
                if regex is PASSWORD_PAIR and _sign_kept(text, value, end):
                    spans.append((label, start, end))  # "password is solesurvivor!, don't …"
                continue  # "… ist Phishing!": a word that ends its sentence (values-v17)
            if regex is PRODUCT_KEY and REPEATED_GROUP.search(value):
                continue  # "licence key format: AAAA-1234-BBBB"
            if regex is NAMED_KEY and OTHER_HASH_BEFORE.search(lowered, max(0, start - 30), start):
                continue  # "the key fix is in commit 9f3c…": another string named (precise-v11)
            if regex is LOGIN_PAIR and "/" in value:
                continue  # "the Wi-Fi page is example.com/help/wifi": a link's path
            if (
                regex is PASSWORD_BARE or regex is SIGN_IN_WITH or regex is NETWORK_KEY
            ) and not any(c.isdigit() for c in value):
                continue  # "sign in with Google", "pass Customs"
            if regex is PASSWORD_PAIR and value.isdigit() and len(value) >= 6:
                spans.append((label, start, end))  # "password: 12345678"
                continue
            if regex is PASSWORD_BARE and NETWORK_BEFORE.search(text, max(0, start - 80), start):
                classes = 2  # "network Guest5, pass sunflower88": a network's key, plainly
            if end - start >= shortest and _credential_like(text[start:end], classes=classes):
                spans.append((label, start, end))
    for match in CODE_PAIR.finditer(text) if code_pair else ():
        # A public word makes a code public ("voucher code"), not a PIN: "your voucher PIN is
        # 3396-KT" opens the voucher (values-v13).
        if (
            match.group("public")
            and match.group("noun").lower() not in SECRET_NOUNS
            and not PRIVATE_CODE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            continue
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
        value = text[start:end]
        if PLACEHOLDER.search(value) or QUERY_PART.search(value):
            continue  # "key=blue&page=2": a link's search, not a key
        if REPEATED_GROUP.search(value):
            continue  # "key format: AAAA-1234-BBBB": a template
        if _offered_code(text, match.start()):
            continue  # "here's a 10% code for next time: BACK10": a promotion (precise-v11)
        numeric = value[0].isdigit() and sum(c.isdigit() for c in value) >= 4
        # A word value needs a digit too: "key: X-Api-Key" names a header, not a key.
        if numeric or (_credential_like(value) and any(c.isdigit() for c in value)):
            spans.append((gettext_noop("an access code or PIN"), start, end))
    for match in gates.finditer(CODE_THEN_VALUE, text):
        if PUBLIC_CODE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        if match.group("noun").lower() == "code" and OTHER_NUMBER.search(match.group("between")):
            continue  # "the code is on the parcel, order 55120": another number is given
        spans.append((gettext_noop("an access code or PIN"), *match.span("value")))
    for match in gates.finditer(SECURITY_ANSWER, text):
        value = match.group("value")
        if value.lower() in SECURITY_ANSWER_PROSE or (
            not match.group("q") and value.lower() in COMMON_WORDS
        ):
            continue
        if match.group("s") and not (match.group("q") or any(c.isdigit() for c in value)):
            continue  # "memorable word's first letter": only a quoted value or one with digits
        spans.append((gettext_noop("a password"), *match.span("value")))
    spans += _german(text)
    spans += _more(text)
    spans += _v7(text)
    spans += _v8(text, lowered)
    spans += _handed_over_codes(text, lowered)
    spans += _card_codes_described(text, lowered)
    spans += _quoted_phrases(text, lowered)
    spans += _signed_in_with_and(text, lowered)
    spans += _v11(text, lowered)
    spans += _v14(text, lowered)
    spans += credentials_de_spans(text, lowered)
    spans += _v16(text)
    spans += _v17(text, lowered)
    spans += _v18(text, lowered)
    spans += _v19(text, lowered)
    spans += _v19b(text, lowered)
    spans += _said_beside_a_lock(text, lowered)
    spans += _value_on_its_own_line(text, lowered)
    spans += _quoted_word_after_its_name(text, lowered)
    spans += _wifi_quoted_values(text)
    spans += _prose_values(text, lowered)
    spans += [
        (gettext_noop("an access code or PIN"), *match.span("value"))
        for match in gates.finditer(LOCK_SET_TO_DE, text)
    ]
    spans += _signed_in_with_strong_tokens(text, lowered)
    spans += _one_time_codes_told_later(text, lowered)
    spans += _digits_named_after_or_set(text, lowered)
    spans += _issued_codes(text, lowered)
    spans += _next_in_parallel(text, spans)
    spans = [
        span
        for span in map(_unquoted(text), spans)
        if span is not None
        and not _said_to_be_no_secret(text, span[1], span[2])
        and not _said_public_v32(text, lowered, span[1], span[2])
        and not IDENTITY_CODE_BEFORE.search(text, max(0, span[1] - 40), span[1])
    ]
    return [
        Hit(KIND, start, end, Phrase(gettext_noop("This looks like %(what)s. Anyone who reads the "
            "reply can use it."), what=label if isinstance(label, Phrase) else Phrase(label)),
            SUGGESTION)
        for label, start, end in spans
        if end > start
    ]  # fmt: skip


# --- German prose (issue 17) -----------------------------------------------------------------
# Kept apart from the patterns above so that English and German work merge cleanly.

# "das Admin-Passwort für X ist übers Wochenende Kotflügel#77": German puts a time between
# the verb and the value.
_WHILE_DE = (
    r"(?:jetzt|nun|ab sofort|vorerst|vorläufig|vorübergehend|übers wochenende|über das wochenende"
    r"|bis (?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|auf weiteres)|erst mal|erstmal"
    r"|weiterhin|momentan|aktuell|noch|wieder|heute|diese woche|bis dahin|solange)"
)
PASSWORD_DE = re.compile(
    r"(?i)\b(?:\w+-)?(?:passwort|kennwort|zugangscode|zugangsdaten|anmeldedaten|wlan-schlüssel)"
    r"\b[^.\n]{0,40}?\b(?:ist|lautet|heißt)\s+(?:" + _WHILE_DE + r"\s+)+"
    r"(?P<value>[^\s\"'`]{6,60})"
)
# Codes of locks and key safes: "der Schlüsseltresor geht mit 4 8 2 6 # auf", "Türcode: 4711",
# "die Kombination für den Spind ist 0815". Public codes ("Gutscheincode", "Fehlercode") are not
# credentials.
LOCK_CODE_DE = re.compile(
    r"(?i)\b(?:schlüssel\w*|tresor\w*|safe|zahlenschloss\w*|tür\w*|haustür\w*|tor|garagentor"
    r"|schranke|alarmanlage|spind|schließfach\w*|paketbox|keybox|kassette)\b[^.!?\n]{0,40}?"
    r"\b(?:geht|gehen|öffnet|öffnen|lässt sich|aufmachen|aufschließen)?\s*(?:\w+\s+){0,2}?mit\s+"
    r"(?:dem\s+code\s+|der\s+kombination\s+|der\s+pin\s+)?"
    r"(?P<value>\d(?:[ -]?[\d#*]){3,9})(?=\s+(?:auf|öffnen|entsperr\w*|freigeben)\b)"
    r"|\b(?P<word>\w+(?:code|pin|kombination))\b(?:\s+[\w'-]+){0,6}?\s*(?::|=|\bist\b|\blautet\b"
    r"|\bwar\b)\s*(?P<value2>\d(?:[ -]?[\d#*]){3,9})(?![\w-])"
)
PUBLIC_CODE_DE = re.compile(
    r"(?i)(?:gutschein|rabatt|aktions|promo|fehler|bestell|buchungs|sendungs|post|länder"
    r"|strich|bar|qr|quell|programm|dress|farb|status|tracking|referenz|produkt|artikel"
    r"|gutschrift|einlade|freundschafts|empfehlungs|bank|blz|iban|such|html|zip|vorwahl"
    r"|landes|area|steuer|kunden|rechnungs|vertrags)(?:-)?(?:code|pin|kombination)$"
)


# Literal text the two patterns above need (one substring search is far cheaper than a scan).
PASSWORD_DE_HINTS = ("passwort", "kennwort", "zugangs", "anmeldedaten", "wlan-schl")
LOCK_CODE_DE_HINTS = (
    "code",
    "pin",
    "kombination",
    "schlüssel",
    "tresor",
    "safe",
    "schloss",
    "tür",
    "tor",
    "schranke",
    "alarm",
    "spind",
    "fach",
    "box",
    "kassette",
)


def _german(text: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    lowered = text.lower()
    passwords = any(hint in lowered for hint in PASSWORD_DE_HINTS)
    for match in PASSWORD_DE.finditer(text) if passwords else ():
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
        value = text[start:end]
        if not PLACEHOLDER.search(value) and _credential_like(value, classes=3):
            spans.append((gettext_noop("a password"), start, end))
    locks = any(hint in lowered for hint in LOCK_CODE_DE_HINTS)
    for match in LOCK_CODE_DE.finditer(text) if locks else ():
        if match.group("word") and PUBLIC_CODE_DE.search(match.group("word")):
            continue
        group = "value" if match.group("value") else "value2"
        start, end = match.span(group)
        if sum(c.isdigit() for c in text[start:end]) >= 4:
            spans.append((gettext_noop("an access code or PIN"), start, end))
    return spans


# --- More kinds of text (precise-v6, issue 13) ----------------------------------------------

# Key formats with a fixed prefix, beyond detect-secrets' and the list above: (label, literal
# text the pattern needs, pattern). A pattern with a group flags the group.
MORE_KEYS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    (gettext_noop("an AI provider key"), ("xai-",), re.compile(r"\bxai-[A-Za-z0-9]{40,}")),
    (gettext_noop("an AI provider key"), ("gsk_",), re.compile(r"\bgsk_[A-Za-z0-9]{40,}")),
    (gettext_noop("an AI provider key"), ("r8_",), re.compile(r"\br8_[A-Za-z0-9]{30,}")),
    (gettext_noop("an AI provider key"), ("pplx-",), re.compile(r"\bpplx-[A-Za-z0-9]{40,}")),
    (gettext_noop("an AI provider key"), ("pcsk_",), re.compile(r"\bpcsk_[A-Za-z0-9_]{40,}")),
    (
        gettext_noop("an AI provider key"),
        ("lsv2_",),
        re.compile(r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"),
    ),
    (gettext_noop("an AI provider key"), ("sk_",), re.compile(r"\bsk_[a-f0-9]{40,}\b")),
    (
        gettext_noop("a Notion token"),
        ("ntn_", "secret_"),
        re.compile(r"\bntn_[A-Za-z0-9]{40,}|\bsecret_[A-Za-z0-9]{43}\b"),
    ),
    (gettext_noop("a Linear key"), ("lin_api_",), re.compile(r"\blin_api_[A-Za-z0-9]{40}")),
    (gettext_noop("a Figma token"), ("figd_",), re.compile(r"\bfigd_[A-Za-z0-9_-]{40,}")),
    (gettext_noop("a Databricks token"), ("dapi",), re.compile(r"\bdapi[a-f0-9]{32}\b")),
    (gettext_noop("a Vault token"), ("hvs.", "hvb."), re.compile(r"\bhv[sb]\.[A-Za-z0-9_-]{24,}")),
    (
        gettext_noop("a Tailscale key"),
        ("tskey-",),
        re.compile(r"\btskey-(?:auth|api|client|webhook)-[A-Za-z0-9-]{20,}"),
    ),
    (gettext_noop("a Sentry token"), ("sntry",), re.compile(r"\bsntry[su]_[A-Za-z0-9+/=_-]{40,}")),
    (
        gettext_noop("a PlanetScale token"),
        ("pscale_",),
        re.compile(r"\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{30,}"),
    ),
    (
        gettext_noop("a Doppler token"),
        ("dp.",),
        re.compile(r"\bdp\.(?:st|pt|ct|sa|scim|audit)\.[A-Za-z0-9_.-]{40,}"),
    ),
    (
        gettext_noop("a GitLab token"),
        ("gl",),
        re.compile(r"\bgl(?:ptt|dt|rt|soat|ft|imt|cbt|oas|agent)-[A-Za-z0-9_-]{20,}"),
    ),
    (
        gettext_noop("a Mapbox secret token"),
        ("sk.eyJ",),
        re.compile(r"\bsk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{16,}"),
    ),
    (gettext_noop("a Google access token"), ("ya29.",), re.compile(r"\bya29\.[A-Za-z0-9_-]{30,}")),
    (gettext_noop("a Facebook access token"), ("EAA",), re.compile(r"\bEAA[A-Za-z0-9]{60,}")),
    (
        gettext_noop("a private key"),
        ("AGE-SECRET-KEY-",),
        re.compile(r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b"),
    ),
    (gettext_noop("a cloud access key"), ("LTAI",), re.compile(r"\bLTAI[A-Za-z0-9]{12,20}\b")),
    (gettext_noop("a cloud access key"), ("AKID",), re.compile(r"\bAKID[A-Za-z0-9]{32}\b")),
    (
        gettext_noop("a Postman key"),
        ("PMAK-",),
        re.compile(r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b"),
    ),
    (gettext_noop("a Pulumi token"), ("pul-",), re.compile(r"\bpul-[a-f0-9]{40}\b")),
    (
        gettext_noop("a Terraform token"),
        (".atlasv1.",),
        re.compile(r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,}"),
    ),
    (
        gettext_noop("an Airtable token"),
        ("pat",),
        re.compile(r"\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b"),
    ),
    (
        gettext_noop("a Supabase key"),
        ("sbp_", "sb_secret_"),
        re.compile(r"\bsbp_[a-f0-9]{40}\b|\bsb_secret_[A-Za-z0-9_-]{20,}"),
    ),
    (gettext_noop("a Docker token"), ("dckr_pat_",), re.compile(r"\bdckr_pat_[A-Za-z0-9_-]{27,}")),
    (gettext_noop("a RubyGems key"), ("rubygems_",), re.compile(r"\brubygems_[a-f0-9]{48}\b")),
    (gettext_noop("a New Relic key"), ("NRAK-",), re.compile(r"\bNRAK-[A-Z0-9]{27}\b")),
    (gettext_noop("a Contentful token"), ("CFPAT-",), re.compile(r"\bCFPAT-[A-Za-z0-9_-]{43}\b")),
    (gettext_noop("a Resend key"), ("re_",), re.compile(r"\bre_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}\b")),
    (
        gettext_noop("a Fly.io token"),
        ("fm1_", "fm2_"),
        re.compile(r"\bfm[12]_[A-Za-z0-9+/=_-]{40,}"),
    ),
    (
        gettext_noop("a payment provider token"),
        ("access_token$",),
        re.compile(r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}"),
    ),
    (
        gettext_noop("a webhook address with its secret"),
        ("/api/webhooks/", "webhook.office.com"),
        re.compile(
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{40,}"
            r"|https://[\w.-]+\.webhook\.office\.com/\S{20,}"
        ),
    ),
    (
        gettext_noop("a signed access link or account key"),
        ("sig=", "AccountKey=", "SharedAccessKey="),
        re.compile(
            r"[?&]sig=(?P<sig>[A-Za-z0-9%/+=]{30,})"
            r"|(?:AccountKey|SharedAccessKey)=(?P<key>[A-Za-z0-9+/=]{30,})"
        ),
    ),
    (
        gettext_noop("a two-factor secret"),
        ("otpauth://",),
        re.compile(r"otpauth://\S*?[?&]secret=(?P<seed>[A-Z2-7]{16,})"),
    ),
    (
        gettext_noop("a push-messaging server key"),
        ("AAAA",),
        re.compile(r"\bAAAA[A-Za-z0-9_-]{7}:[A-Za-z0-9_-]{100,}"),
    ),
)

_QUOTES = "\"'\u201c\u2018\u201e\u00ab`"
_UNQUOTES = "\"'\u201c\u201d\u2018\u2019\u00bb`"
# Names of a password other than "password": "the unlock phrase cobalt-lantern-88", "the
# pre-shared key …", "Freischaltwort …", "the shared password …", "passcode kanji2026".
# The names of passwords, not one:
_PASS_NOUNS = (
    r"pass ?phrase|unlock (?:phrase|word|code)|code ?word|magic word|secret (?:phrase|word)"  # noqa: S105
    r"|safe ?word|pre-?shared key|psk|shared (?:key|secret)|recovery (?:phrase|key)"
    r"|seed phrase|freischalt(?:wort|code)|codewort|losungswort|temporary unlock"
    r"|password|passwort|kennwort|passcode|wachtwoord|mot de passe|contrase\u00f1a|senha"
)
# The noun, then the value right after it: "the shared password greenbeans4all". Without a
# verb the value must hold a letter and a digit (or be a long number after "passcode").
PASS_NOUN_BARE = re.compile(rf"(?i)\b(?:{_PASS_NOUNS})\s+(?P<value>[^\s{_QUOTES}]{{6,60}})")
# The noun, a few words, "is" or ":", and a quoted value, which may hold a space or be words
# joined by hyphens: "the residence wifi password is "paella-en-agosto"", "the temporary unlock
# for remote support is "orchid 5512"", "Freischaltwort in der App ist „Steigbuegel-Sommer-77“".
PASS_NOUN_QUOTED = re.compile(
    rf"(?i)\b(?:{_PASS_NOUNS}|unlock|pin)\b(?:\s+[\w'-]+){{0,6}}?\s*(?::|=|\bis\b|\bwas\b"
    rf"|\bist\b|\blautet\b|\bset to\b|\bchanged to\b)\s*[{_QUOTES}]"
    rf"(?P<value>[^{_UNQUOTES}\n]{{4,60}}?)[{_UNQUOTES}]"
)
# The same unquoted, for values of words joined by hyphens or underscores ("the password is
# paella-en-agosto"): two joins at least, so "case-sensitive" is prose.
PASS_NOUN_JOINED = re.compile(
    rf"(?i)\b(?:{_PASS_NOUNS})\b(?:\s+[\w'-]+){{0,6}}?\s*(?::|=|\bis\b|\bwas\b|\bist\b|\blautet\b)"
    r"\s*(?P<value>[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){2,6})(?![\w-])"
)
# "log into the portal as x, the word is Mistral88": "the word" said of a sign-in.
THE_WORD = re.compile(
    r"(?i)\b(?:the|a|magic|secret|code|pass|safe) ?word\s+(?:is|was|:)\s*"
    rf"[{_QUOTES}]?(?P<value>[^\s{_UNQUOTES},;]{{6,60}})"
)
# An account's address and its password after a slash: "teachers@… / Gerund!Verb7".
ADDRESS_AND_PASSWORD = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:/|\||\s-\s)\s*(?P<value>[^\s,;]{6,60})"
)
# The same three, in two steps and as fast: the nouns in lower-cased text (an alternation with
# re.IGNORECASE costs about twice as much), then each value right after its noun.
PASS_NOUN_LOWER = re.compile(rf"\b(?:(?P<noun>{_PASS_NOUNS})|unlock|pin)\b")
BARE_AFTER = re.compile(rf"\s+(?P<value>[^\s{_QUOTES}]{{6,60}})")
QUOTED_AFTER = re.compile(
    rf"(?i)(?:\s+[\w'-]+){{0,6}}?\s*(?::|=|\bis\b|\bwas\b|\bist\b|\blautet\b|\bset to\b"
    rf"|\bchanged to\b)\s*[{_QUOTES}](?P<value>[^{_UNQUOTES}\n]{{4,60}}?)[{_UNQUOTES}]"
)
JOINED_AFTER = re.compile(
    r"(?i)(?:\s+[\w'-]+){0,6}?\s*(?::|=|\bis\b|\bwas\b|\bist\b|\blautet\b)"
    r"\s*(?P<value>[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){2,6})(?![\w-])"
)
# A card's security code: "CVC 118", "the CVV on the back is 042".
_CARD_CODES = (
    r"(?:cvc2?|cvv2?|cv2|csc|card (?:security|verification) (?:code|value|number)"
    r"|security code|kartenpr\u00fcfnummer|pr\u00fcfnummer|pr\u00fcfziffer)\b"
)
_CARD_TAIL = (
    r"(?:\s*(?:is|was|number|code|on the back|ist|lautet|:|=|-))*\s*"
    r"(?P<value>\d{3,4})(?![\w.,-]\d|\w)"
)
CARD_SECURITY_CODE = re.compile(rf"(?i)\b{_CARD_CODES}{_CARD_TAIL}")
# A code named by what it is, the digits right after: "PIN 9031", "the combination 2-11-47-9",
# "die Kombination 2-11-47-9". ("PIN code 560001" is an Indian postcode.)
_NAMED_CODES = (
    r"(?:pin(?! code)|puk|tan|otp|passcode|combination|combo|kombination|zahlenkombination"
    r"|geheimzahl|t\u00fcrcode|(?:door|gate|keypad|alarm|lock|key ?safe|key ?box|padlock|locker"
    r"|safe) (?:code|pin|combination))"
)
_NAMED_TAIL = (
    r"\s+(?:(?:is|was|ist|now|number|no\.?|#|nr\.?)\s+)?"
    r"(?P<value>\d(?:[ -]?\d){3,9})(?![\w-]|\s\d|[.,]\d)"
)
NAMED_CODE_BARE = re.compile(rf"(?i)\b{_NAMED_CODES}{_NAMED_TAIL}")
# A lock, safe, gate or alarm that "is" a code: "the padlock on the dinghy locker is 0-8-0-4".
_LOCK_NOUNS = (
    r"(?:padlock|lock|keypad|key ?safe|key ?box|lock ?box|safe|locker|gate|door|alarm"
    r"|shutter|cabinet|tresor|schloss|zahlenschloss|spind)s?\b"
)
# "is the same as before, 7 7 0 3", "is unchanged: 4417": the value after a word of sameness.
_SAME_AS_BEFORE = (
    r"(?:(?:the same(?: as (?:always|before|ever|last time|usual))?|unchanged|as before|as usual)"
    r"\s*[,:\u2014\u2013-]?\s*)?"
)
_LOCK_TAIL = (
    r"(?:\s+[\w'-]+){0,6}?"
    r"\s*(?:\bis\b|\bwas\b|'s|\u2019s|\bist\b|:)\s*(?:(?:now|still|currently|jetzt|noch)\s+)?"
    + _SAME_AS_BEFORE
    + r"(?P<value>\d(?:[ -]?[\d#*]){3,9})"
    # A measure or a year is not a code: "1200 mm wide", "2024 compliant".
    # ("in case you need it" is not inches.)
    r"(?![\w/:-]|[.,]\d|\s?(?:%|\d)|\s?(?:mm|cm|m|km|kg|g|ft|feet|inch\w*|metres?|meters?"
    r"|in(?!\s(?:case|the|an?|your|my)\b)"
    r"|miles?|years?|people|euros?|pounds?|dollars?|compliant|model|series|edition|version"
    r"|square|sq|wide|high|tall|long|deep|litres?|liters?|kw|w|v)\b)"
)
LOCK_IS = re.compile(rf"(?i)\b{_LOCK_NOUNS}{_LOCK_TAIL}")
QUERY_PART = re.compile(r"&\w+=")
# A secret in a link: "…/login?token=Qm29xL…", "…&api_key=…", "?password=…".
URL_SECRET = re.compile(
    r"(?i)[?&;](?:token|access_token|auth_token|id_token|refresh_token|api_?key|apikey|key"
    r"|secret|client_secret|password|passwd|pwd|pass|auth|session|sessionid|code|signature"
    r"|x-amz-signature|x-goog-signature|x-amz-security-token|x-goog-credential|hmac)="
    r"(?P<value>[A-Za-z0-9._~%+/-]{8,})"
)
# A gift card's or gift voucher's code: whoever reads it can spend it.
GIFT_CODE = re.compile(
    r"(?i)\b(?:e-?)?gift[\s-]+(?:card|voucher|certificate|code|token)s?(?:\s+(?:code|number|pin))?"
    r"\b[^.\n]{0,40}?(?::|\bis\b|\bwas\b|=)\s*"
    r"(?P<value>(?-i:[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){7,30}))(?![\w-])"
)


def _more(text: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    for label, hints, regex in MORE_KEYS:
        if not any(hint in text for hint in hints):
            continue
        for match in regex.finditer(text):
            start, end = _group_span(match)
            if not KEY_PLACEHOLDER.search(text, start, end):
                spans.append((label, start, end))
    lowered = text.lower()
    found: list[tuple[re.Match[str], str]] = []
    if len(lowered) == len(text):
        for noun in gates.finditer(PASS_NOUN_LOWER, lowered):
            tails = [(QUOTED_AFTER, "quoted")]
            if noun.group("noun"):
                tails += [(BARE_AFTER, "bare"), (JOINED_AFTER, "joined")]
            for tail, check in tails:
                after = tail.match(text, noun.end())
                if after:
                    found.append((after, check))
    else:  # a letter whose lower case is longer ("İ"): the patterns in one step
        for regex, check in (
            (PASS_NOUN_BARE, "bare"),
            (PASS_NOUN_QUOTED, "quoted"),
            (PASS_NOUN_JOINED, "joined"),
        ):
            found += [(match, check) for match in regex.finditer(text)]
    if "word" in lowered:
        found += [(match, "word") for match in THE_WORD.finditer(text)]
    if "@" in text and ("/" in text or "|" in text or " - " in text):
        found += [(match, "address") for match in gates.finditer(ADDRESS_AND_PASSWORD, text)]
    for match, check in found:
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:!?)\"'")
        value = text[start:end]
        if _password_value(value, check):
            spans.append((gettext_noop("a password"), start, end))
    if "=" in text:
        for match in URL_SECRET.finditer(text):
            start, end = match.span("value")
            value = text[start:end]
            if any(c.isdigit() for c in value) and not KEY_PLACEHOLDER.search(value):
                spans.append((gettext_noop("a credential in a link"), start, end))
    for regex, hints in CODE_PATTERN_HINTS:
        if not any(hint in lowered for hint in hints):
            continue
        for begins, match in _code_matches(regex, text, lowered):
            if (
                regex is NAMED_CODE_BARE
                and PUBLIC_CODE_BEFORE.search(text, max(0, begins - 30), begins)
                and not _holders_pin(text, lowered, begins)
            ):
                continue
            if regex is GIFT_CODE and sum(c.isdigit() for c in match.group("value")) < 3:
                continue
            start, end = match.span("value")
            spans.append((gettext_noop("an access code or PIN"), start, end))
    return spans


# The nouns of three code patterns in lower-cased text, then the value after each (as fast as
# the password nouns above).
NOUN_THEN_TAIL: dict[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]]] = {
    LOCK_IS: (re.compile(rf"\b{_LOCK_NOUNS}"), re.compile(rf"(?i){_LOCK_TAIL}")),
    NAMED_CODE_BARE: (re.compile(rf"\b{_NAMED_CODES}"), re.compile(rf"(?i){_NAMED_TAIL}")),
    CARD_SECURITY_CODE: (re.compile(rf"\b{_CARD_CODES}"), re.compile(rf"(?i){_CARD_TAIL}")),
}


def _code_matches(
    regex: re.Pattern[str], text: str, lowered: str
) -> list[tuple[int, re.Match[str]]]:
    """(where the whole match starts, the match holding the value)."""
    split = NOUN_THEN_TAIL.get(regex)
    if split is None or len(lowered) != len(text):
        return [(match.start(), match) for match in regex.finditer(text)]
    nouns, tail = split
    found = []
    for noun in nouns.finditer(lowered):
        match = tail.match(text, noun.end())
        if match:
            found.append((noun.start(), match))
    return found


# Literal text (lower case) each code pattern needs.
CODE_PATTERN_HINTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        CARD_SECURITY_CODE,
        ("cvc", "cvv", "cv2", "csc", "security code", "verification", "pr\u00fcf"),
    ),
    (
        NAMED_CODE_BARE,
        (
            "pin",
            "puk",
            "tan",
            "otp",
            "passcode",
            "combination",
            "combo",
            "kombination",
            "geheimzahl",
            "code",
        ),
    ),
    (
        LOCK_IS,
        (
            "lock",
            "key",
            "safe",
            "locker",
            "gate",
            "door",
            "alarm",
            "shutter",
            "cabinet",
            "tresor",
            "schloss",
            "spind",
        ),
    ),
    (GIFT_CODE, ("gift",)),
)


def _password_value(value: str, check: str) -> bool:
    if len(value) < 6 or PLACEHOLDER.search(value) or TEMPLATE_VARIABLE.match(value):
        return False
    if value.lower() in COMMON_WORDS or EMAIL_LIKE.match(value) or "://" in value:
        return False
    letters = any(c.isalpha() for c in value)
    digits = any(c.isdigit() for c in value)
    if check == "quoted":
        # Said to be the password and quoted: a digit, a join or a capital inside tells a value
        # from a word of prose ("is "wrong"").
        return (
            digits
            or any(c in "-_." for c in value.strip("-_."))
            or any(c.isupper() for c in value[1:])
        ) and not all(w.lower() in COMMON_WORDS for w in value.split())
    if check == "joined":
        return True
    if check == "bare":
        return (letters and digits and _credential_like(value)) or (
            value.isdigit() and len(value) >= 6
        )
    return digits and letters and _credential_like(value)


# --- Credentials by clause (precise-v7, issue 13) --------------------------------------------
# The patterns above read a value in one fixed place after its name. People also give it later
# in the sentence or in the next one ("the default admin password is the last 6 of the serial
# + "kw". mine was 048812kw"), quote it after a verb of setting ("I've set your security answer
# to "Biscuit the beagle""), read a code out in groups or words ("Code's 55 09 13", "four one
# nine, two two six"), or give a user name and its password after a slash in brackets. These
# read the families by structure: the name of an access secret, then a value whose shape is a
# credential's, in the same clause or the next sentence.

# What names a password (not a code: codes are public too often to take any value after them).
_ACCESS_NOUN = (
    r"pass(?:word|wort|code|phrase)s?|passwd|pwd|kennw(?:ort|\u00f6rter)|login|log-in|credentials"
    r"|zugangsdaten|anmeldedaten|mot de passe|contrase\u00f1a|wachtwoord|senha"
    r"|(?:security|secret|memorable|sicherheits)[ -]?(?:word|answer|phrase|question|antwort|wort"
    r"|frage)"
)
# German compounds end in the noun: "Kundenkennwort", "Einmalpasswort", "WLAN-Passwort".
ACCESS_NOUN = re.compile(rf"(?i)\b(?:{_ACCESS_NOUN})\b|(?:passwort|kennwort)(?:e?s|er)?\b")
ACCESS_NOUN_LOWER = re.compile(  # the same in lower-cased text, twice as fast
    rf"\b(?:{_ACCESS_NOUN})\b|(?:passwort|kennwort)(?:e?s|er)?\b"
)
# Literal text (lower case) one of the names needs.
ACCESS_HINTS = (
    "pass", "pwd", "kennw", "login", "log-in", "credential", "zugangsdaten", "anmeldedaten",
    "contrase", "wachtwoord", "senha", "security", "secret", "memorable", "sicherheits",
)  # fmt: skip
# A token of a credential's length, up to the next space or bracket.
TOKEN = re.compile(r"(?<![\w@#/.-])[^\s\"'`()\[\]<>,;\u201c\u201d\u2018\u2019\u201e]{6,40}")
# Tokens that hold letters and digits without being credentials: units, times, ordinals,
# versions, sizes ("2.4GHz", "10am", "4.10", "v2.3.1", "1080p", "COVID-19").
NOT_A_CREDENTIAL = re.compile(
    r"(?i)\d{1,5}(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|h|hrs?|mins?|secs?|s|x|k|m|gb|mb|tb|ghz|mhz|kwh?"
    r"|w|v|mah|mm|cm|km|kg|g|ml|l|p|px|dpi|fps|mbps|gbps|\u00b0c|\u00b0f|c|f|eur|gbp|usd)"
    r"|v?\d+(?:\.\d+)+[a-z]?|[a-z]+-?\d|[a-z]{1,3}-\d+|\d+-?[a-z]"
)
# A value another noun names: "order KW-4821", "user jsmith88", "firmware 4.10b".
OTHER_VALUE_BEFORE = re.compile(
    r"(?i)\b(?:order|booking|reference|ref|tracking|ticket|case|invoice|model|serial|version"
    r"|firmware|sku|part|flight|room|seat|post ?code|zip|user(?:name)?|user id|handle|account"
    r"|e-?mail|ssid|network|router|device|product|item|article|artikel|bestellung|kunde\w*"
    r"|benutzer(?:name)?|nutzer(?:name)?)\b[\s:#.-]*(?:no\.?|number|nr\.?|id|is|was|ist|:)?"
    r"[\s:#]*$"
)
SENTENCE_END = FULL_STOPS


def _looks_like_password(value: str) -> bool:
    if not 6 <= len(value) <= 40 or "://" in value or "/" in value or "@" in value:
        return False
    if value.lower().startswith("www.") or NOT_A_CREDENTIAL.fullmatch(value):
        return False
    if PRICE_OR_OWNER.fullmatch(value.rstrip(".,;:!?")):
        return False  # "€49/year", "nginx:nginx"
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    # A mark at the end is the sentence's ("sorry!", "setting?"), or an assignment's ("KEY=").
    symbols = sum(not c.isalnum() and c not in "-._'" for c in value.rstrip("!?=:"))
    if value[-1] in "=:" or letters < 2 or not (digits >= 2 or symbols):
        return False
    # A reference in capitals ("FN-8ZP4QK", "KW48812") is an order's or a booking's.
    return any(c.islower() for c in value) or bool(symbols)


def _clause_window(text: str, start: int) -> int:
    """Where the window after a name ends: the end of the next sentence, 200 characters at most."""
    limit = min(len(text), start + 200)
    first = SENTENCE_END.search(text, start, limit)
    if first is None:
        return limit
    second = SENTENCE_END.search(text, first.end(), limit)
    return second.start() if second else limit


def _passwords_in_window(text: str) -> list[tuple[str, int, int]]:
    spans = []
    lowered = text.lower()
    nouns = (
        gates.finditer(ACCESS_NOUN_LOWER, lowered)
        if len(lowered) == len(text)
        else ACCESS_NOUN.finditer(text)
    )
    for noun in nouns:
        stop = _clause_window(text, noun.end())
        for token in TOKEN.finditer(text, noun.end(), stop):
            start = token.start()
            end = trim_trailing(text, start, token.end(), chars=".,;:)\"'")
            value = text[start:end]
            if not _looks_like_password(value) or PLACEHOLDER.search(value):
                continue
            if _user_name_of_login(lowered, noun, start, stop):
                continue
            if text[end : end + 1] in ("<", "$", "{"):
                continue  # "SMPP_PASSWORD=<your-password>": a template
            if OTHER_VALUE_BEFORE.search(text, max(noun.end(), start - 30), start):
                continue
            spans.append((gettext_noop("a password"), start, end))
    return spans


# A quoted value the secret is said to be or set to: "Your security answer is now "Kefalonia
# 2009"", "I've set your security answer to "Biscuit the beagle"".
QUOTED_VALUE = re.compile(
    rf"(?i)\b(?P<noun>{_ACCESS_NOUN}|pin|key)\b[^.!?\n{_QUOTES}]{{0,50}}?"
    r"(?:\b(?:is|was|to|as|ist|lautet|auf|now|reads|remains)|[:=])\s*"
    r"(?:(?:now|still|jetzt|noch|simply|just|literally|actually|really|currently|always"
    r"|basically|officially|eigentlich|immer)\s+)?"
    # Double quotes may hold an apostrophe ("Grandma's garden"); single ones may not.
    r"(?:[\"\u201c\u201e\u00ab](?P<value>[^\"\u201c\u201d\u201e\u00bb\n]{3,40}?)[\"\u201d\u201c\u00bb]"
    r"|['\u2018`](?P<value2>[^'\u2018\u2019`\n]{3,40}?)['\u2019`](?!\w))"
)
QUOTED_PLACEHOLDER = re.compile(
    r"(?i)your[ _]|x{4}|changeme|example|<|\.\.\.|\u2026|[\u2022\u25cf*]{4,}"
)
# What a quoted label in an interface starts with: "tap "Forgot password"", "press "Next"".
UI_LABEL = re.compile(
    r"(?i)(?:forgot|reset|change|sign|log|save|continue|submit|next|ok|cancel|settings|security"
    r"|show|hide|account|profile|update|confirm|back|done|send|verify|remember|use|create|new"
    r"|manage|edit|enter|passwor|kennwort|passwort|anmelden|weiter|abbrechen|speichern)\b"
)


def _quoted_values(text: str) -> list[tuple[str, int, int]]:
    spans = []
    for match in gates.finditer(QUOTED_VALUE, text):
        group = "value" if match.group("value") else "value2"
        value = match.group(group).strip()
        if UI_LABEL.match(value) or QUOTED_PLACEHOLDER.search(value) or value.endswith("?"):
            continue
        words = value.split()
        if all(w.lower().strip(".,!?") in COMMON_WORDS for w in words):
            continue
        noun = match.group("noun").lower()
        answer = any(w in noun for w in ("word", "answer", "phrase", "antwort", "wort", "frage"))
        shaped = (
            any(c.isdigit() for c in value)
            or any(c in "-_.!#$%&*+=?@" for c in value.strip(".!?"))
            or any(c.isupper() for c in value[1:])
            or (len(words) >= 2 and any(c.isupper() for c in value))
        )
        if noun in ("pin", "key") and not any(c.isdigit() for c in value):
            continue  # "the key is "patience"": a word of advice, not a key
        if shaped or (answer and value[:1].isalpha()):
            spans.append((gettext_noop("a password"), *match.span(group)))
    return spans


# A code read out: digits in pairs or fours ("55 09 13", "7759 0926"), three and three ("482
# 917"), a network's letters and digits ("MGT 482 917"), one digit at a time with a key after it
# ("1-9-6-5-star"), or digits in words, in groups ("four one nine, two two six") or joined with
# other words ("four-seven-tango-lemon-nine-nine").
_DIGIT_WORD_V7 = SAID_DIGIT
_GROUPED_CODE = (
    r"\d{2}(?:[ .-]\d{2}){2,4}|\d{4}[ -]\d{4}|\d{3}[ -]\d{3}(?:[ -]\d{3})?"
    r"|(?-i:[A-Z]{3})\s?\d{3}\s?\d{3}"
    r"|\d(?:[ -]\d){3,9}(?:[ -](?:star|hash|pound|#|\*))?"
    rf"|{_DIGIT_WORD_V7}(?:(?:\s*,\s*|[ -]+){_DIGIT_WORD_V7}){{3,11}}"
    rf"|[a-z]+(?:-[a-z]+){{3,8}}"
    # Whole: "PUK2 is 55102938"; a count or a measure is not a code ("2000 m", "1500 people").
    r"|\d{4,10}(?!\s?(?:%|(?!(?:to|and|then|for|on|if|but|so|when|until|now|und|dann|f\u00fcr)"
    r"\b)[a-z]))"
)
_CODE_NOUN_V7 = (
    r"codes?|pins?|pin2|puks?|puk2|pac|passcode|otp|tan|combination|kombination|geheimzahl|key"
    r"|[a-z\u00e4\u00f6\u00fc]+(?:code|pin)"
)
CODE_NOUN_FIND = re.compile(
    r"code|pin|puk|pac|passcode|otp|tan|key|combination|kombination|geheimzahl"
)
CODE_NOUN_WORD = re.compile(rf"(?:{_CODE_NOUN_V7})")
_CODE_TAIL = (
    r"(?P<between>[^.!?\n]{0,50}?)"
    # Read out digit by digit, a code needs no verb: "Abholcode 7 4 1 9 0 2".
    r"(?:['\u2019]s|\b(?:is|was|ist|lautet|war|are|now)\b|[:=\u2014\u2013]|,"
    r"|(?<=\w)(?=\s+\d[ -]\d[ -]\d[ -]\d))\s*"
    r"(?:(?:now|still|jetzt|noch|just)\s+)?"
    + _SAME_AS_BEFORE
    + rf"(?P<value>{_GROUPED_CODE})(?![\w-]|[ .-]\d)"
)
READ_OUT_CODE = re.compile(rf"(?i)\b(?P<noun>{_CODE_NOUN_V7})\b{_CODE_TAIL}")
CODE_TAIL = re.compile(rf"(?i){_CODE_TAIL}")
PUBLIC_CODE_NOUN = re.compile(
    r"(?i)^(?:gutschein|rabatt|aktions|promo|fehler|bestell|buchungs|sendungs|post|l\u00e4nder"
    r"|strich|bar|qr|quell|programm|dress|farb|status|tracking|referenz|produkt|artikel|such"
    r"|zip|vorwahl|landes|steuer|kunden|rechnungs|vertrags|discount|voucher|coupon|error|area"
    r"|country|source|post|zip|promo|bar|qr)(?:code|pin)"
)


def _code_nouns(text: str) -> list[tuple[str, int, re.Match[str]]]:
    """(the noun with what it is joined to, where it starts, the match after it). The nouns are
    found in lower-cased text without a character class in front (as fast as a word search)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [(m.group("noun").lower(), m.start(), m) for m in READ_OUT_CODE.finditer(text)]
    found = []
    for hit in CODE_NOUN_FIND.finditer(lowered):
        begins, ends = hit.start(), hit.end()
        while begins > 0 and lowered[begins - 1].isalpha():
            begins -= 1
        while ends < len(lowered) and lowered[ends].isalnum():
            ends += 1
        word = lowered[begins:ends]
        if not CODE_NOUN_WORD.fullmatch(word):
            continue
        joined = word
        if begins > 1 and lowered[begins - 1] == "-":  # "Gutschein-Code"
            start = begins - 1
            while start > 0 and lowered[start - 1].isalpha():
                start -= 1
            joined = lowered[start : begins - 1] + word
        tail = CODE_TAIL.match(text, ends)
        if tail:
            found.append((joined, begins, tail))
    return found


def _read_out_codes(text: str) -> list[tuple[str, int, int]]:
    spans = []
    for noun, begins, match in _code_nouns(text):
        value = match.group("value")
        if PUBLIC_CODE_NOUN.match(noun) or PUBLIC_CODE_BEFORE.search(
            text, max(0, begins - 30), begins
        ):
            continue
        between = re.sub(r"(?i)\bin case\b", "", match.group("between"))
        if noun in ("code", "codes") and OTHER_NUMBER.search(between):
            continue
        joined = "-" in value and value[:1].isalpha() and " " not in value
        if joined:  # words joined by hyphens: two of them digits, after a key or a password
            said = len(re.findall(rf"(?i)\b{_DIGIT_WORD_V7}\b", value))
            if said < 2 or noun in ("codes", "pins"):
                continue
        spans.append((gettext_noop("an access code or PIN"), *match.span("value")))
    return spans


# A user name and then its password, joined by "and", after signing in with them: "log in with
# marta.k and Sunflower!9", "sign on as dpatel and the password Rook#2291", "anmelden mit
# j.weber und Hafen!2024". (precise-v10)
SIGN_IN_AS_AND = re.compile(  # searched in lower-cased text
    r"\b(?:(?:sign|log)(?:ged|ging)?\s?(?:in|on)(?:\s+to\s+\S+)?|anmelden|einloggen"
    r"|(?:melden|loggen)\s+sie\s+sich|(?:melde|logge)\s+dich)\s+"
    r"(?:with|using|as|mit|als)\s+(?:the\s+user(?:name)?\s+)?[\w.@+-]{2,40}\s+(?:and|&|\+|und)\s+"
    r"(?:(?:the\s+|a\s+|das\s+)?(?:password|pw|pass|passwort|kennwort)\s+)?"
    r"(?P<value>[^\s\"'`]{6,60})"
)
# A user name and its password after a slash, where a sign-in is spoken of: "whoever posted the
# discount-tool login (admin / ferry2024!)", "credentials for the test box: qa-team / Lark!2049".
USER_SLASH_PASSWORD = re.compile(
    r"(?i)\b(?:login|log-in|log in|credentials|sign-in|sign in|account|user(?:name)?|zugang"
    r"|zugangsdaten|anmeldung|benutzer|admin|administrator|root|superuser)\b[^.!?\n]{0,60}?"
    # "… was literally crew/Harbour!2023", "… war immer noch empfang/Sommer#24" (values-v16)
    r"(?:[(:]|\b(?:is|are|was|were|ist|war|lautet|sind|waren)\b(?:\s+(?:literally|still|just"
    r"|always|simply|immer|noch|einfach|echt|wirklich|jahrelang)){0,2})\s*"
    r"[\w.@+-]{2,40}\s*/\s*(?P<value>[^\s)\]]{4,40})"
)
# An eSIM's activation code: whoever installs it first gets the line.
ESIM_CODE = re.compile(r"\bLPA:1\$[\w.-]+\$[\w-]{6,}")
# A card's security code said a few words after its name: "the security code you said was 902".
CARD_CODE_LATER = re.compile(
    r"(?i)\b(?:cvc2?|cvv2?|cv2|csc|security code|card (?:security|verification) (?:code|value))"
    r"\b(?:\s+[\w'\u2019]+){0,4}?\s*(?:\bis\b|\bwas\b|\bist\b|:|=)\s*(?P<value>\d{3,4})\b"
    r"(?![.,]?\d|\s*(?:-|\s)?(?:digits?|numbers?|characters?|stellig|ziffern))"
)


# The value first, then what it is: "use 'Marble!21' as the password", "she typed in 0000 as
# the PIN", "nimm Lerche#77 als Passwort".
VALUE_BEFORE = re.compile(
    r"(?:(?P<q>[\"'\u201c\u2018\u201e])(?P<quoted>[^\"'\u201c\u201d\u2018\u2019\u201e\n]{4,40})"
    r"[\"'\u201d\u2019\u201c]|(?<![\w.-])(?P<bare>[^\s\"'`()\[\],;]{4,40}))$"
)
AS_SECRET = re.compile(
    r"(?i)\s+(?:as|als|comme|como)\s+"
    r"(?:the|your|a|an|our|my|his|her|their|das|dein|ihr|ihre|sein|le|la|el|tu)?\s*(?:new\s+|neues\s+)?"
    r"(?P<noun>pass(?:word|wort|code|phrase)|kennwort|pin|pin code|code|security (?:answer|word)"
    r"|memorable word|mot de passe|contrase\u00f1a)\b"
)
NEXT_WORD = re.compile(r"\s+([A-Za-z\u00c0-\u00ff]+)")
CLAUSE_GOES_ON = frozenset(
    ("and", "for", "on", "to", "at", "in", "now", "from", "until", "so", "but", "then", "if",
     "when", "und", "f\u00fcr", "bis", "ab", "jetzt", "et", "y", "please", "bitte", "is", "was",
     "works", "worked", "will", "with", "mit", "it", "this", "that", "today", "tonight")
)  # fmt: skip
# A user and a password joined by a colon: "admin:Hunter2go! works on the test box".
USER_COLON_PASSWORD = re.compile(  # searched in lower-cased text
    r"(?<![\w/.@-])(?P<user>admin|administrator|root|user|guest|test|tester|demo|support"
    r"|service|operator|staff|manager|sa|pi|ubuntu|kunde|gast):(?P<value>[^\s:/]{6,40})"
)


PIN_OR_KEY = re.compile(r"\b(?:pin|key)\b")  # searched in lower-cased text


def _v7(text: str) -> list[tuple[str, int, int]]:
    spans = _read_out_codes(text)
    lowered = text.lower()
    same = len(lowered) == len(text)
    said_as = " as " in text or " als " in text or " com" in text
    if said_as and any(w in lowered for w in ("pass", "pin", "code", "kennw", "secur", "memor")):
        for said in gates.finditer(AS_SECRET, text):
            follows = NEXT_WORD.match(text, said.end())
            if follows and follows.group(1).lower() not in CLAUSE_GOES_ON:
                continue  # "2024 as the code year": the noun names something else
            lo = max(0, said.start() - 44)
            match = VALUE_BEFORE.search(text[lo : said.start()])
            if match is None:
                continue
            group = "quoted" if match.group("quoted") else "bare"
            value = match.group(group)
            span = (lo + match.start(group), lo + match.end(group))
            digits = sum(c.isdigit() for c in value)
            quoted = (
                group == "quoted"
                and not UI_LABEL.match(value)
                and (digits or any(c.isupper() for c in value[1:]) or not value.isalpha())
            )
            if quoted or _looks_like_password(value) or (value.isdigit() and 4 <= len(value) <= 8):
                spans.append((gettext_noop("a password"), *span))
    if ":" in text:
        for match in gates.finditer(USER_COLON_PASSWORD, lowered) if same else ():
            start = match.start("value")
            end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
            if _credential_like(text[start:end], classes=3):
                spans.append((gettext_noop("a password"), start, end))
    access = any(hint in lowered for hint in ACCESS_HINTS)
    if access:
        spans += _passwords_in_window(text)
    opening = ('"', "\u201c", "\u201e", "\u00ab", "\u2018", " '", "`")
    named = access or bool(PIN_OR_KEY.search(lowered))
    if named and any(q in text for q in opening):
        spans += _quoted_values(text)
    signs_in = (
        "log", "credential", "sign", "account", "user", "zugang", "anmeld", "benutzer", "admin",
        "root",
    )  # fmt: skip
    if "/" in text and any(w in lowered for w in signs_in):
        for match in gates.finditer(USER_SLASH_PASSWORD, text):
            start = match.start("value")
            end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
            if _looks_like_password(text[start:end]):
                spans.append((gettext_noop("a password"), start, end))
    if "LPA:" in text:
        spans += [
            (gettext_noop("an eSIM activation code"), *m.span()) for m in ESIM_CODE.finditer(text)
        ]
    cards = any(w in lowered for w in ("cv", "csc", "security code", "verification"))
    for match in gates.finditer(CARD_CODE_LATER, text) if cards else ():
        spans.append((gettext_noop("an access code or PIN"), *match.span("value")))
    return spans


# --- Families by structure, 2 (precise-v8, issue 13) ------------------------------------------
# Each family is gated by literal text it needs, so drafts without it pay a substring search.

# Not a secret whatever names it: a price ("€49/year", "$4.99/mo", "120 EUR") or a file's owner
# and group ("app-user:app-group", "nginx:nginx"): words joined by a colon, without a digit.
PRICE_OR_OWNER = re.compile(
    r"[£€$¥₹]\s?\d[\d.,]*(?:/[a-z]+)?|\d[\d.,]*\s?[£€$¥₹](?:/[a-z]+)?"
    r"|[A-Za-z][A-Za-z_-]*:[A-Za-z][A-Za-z_-]*"
)
# A PIN stays private whoever it belongs to: "your reservation PIN is 3 8 1 5", "the parcel PIN
# 4471", "account passcode 0934". Only a place's number ("postal PIN 560001") is public.
HOLDER_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:booking|order|account|customer|member|ticket|case|claim|billing|registration"
    r"|invoice|parcel|shipping|reservation|delivery|collection|card|tax)[\s-]+$"
)
PIN_NOUNS = ("pin", "puk", "tan", "otp", "passcode")


def _holders_pin(text: str, lowered: str, begins: int) -> bool:
    """A PIN named after the record it opens ("booking PIN"), not a public code."""
    return lowered.startswith(PIN_NOUNS, begins) and bool(
        HOLDER_NOUN_BEFORE.search(text, max(0, begins - 30), begins)
    )


# "login" names the user when a password follows: "Your login is qa_6150 and the password is
# …", "log-in: j.smith22, password …".
PASSWORD_AFTER = re.compile(r"\b(?:pass(?:word|wort|code|phrase)?|pwd|pin|kennwort)\b")


def _user_name_of_login(lowered: str, noun: re.Match[str], start: int, stop: int) -> bool:
    if noun.group().lower() not in ("login", "log-in"):
        return False
    return bool(PASSWORD_AFTER.search(lowered, start, stop))


CODE_LABEL = gettext_noop("an access code or PIN")


# The answer to a security question, quoted right after its name: "your security answer
# "Lake Bled" matches", "the memorable word 'tangerine' was accepted" (in lower-cased text).
ANSWER_QUOTED = re.compile(
    r"\b(?:security|secret|memorable)\s+(?:answer|word|phrase|antwort)"
    r"|\bmother'?s maiden name"
    r"|\banswer to (?:your|the|his|her|their|my|our) (?:security|secret) question"
)
ANSWER_VALUE = re.compile(
    r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:[\"\u201c\u201e\u00ab](?P<value>[^\"\u201c\u201d\n]{2,40})"
    r"[\"\u201d\u00bb]|['\u2018](?P<value2>[^'\u2018\u2019\n]{2,40})['\u2019](?!\w))"
)
# The value said after what it is made of: "the password is the postcode plus 2026, so
# Room412-2026", "the PIN is your birth year reversed, i.e. 8991".
SO_VALUE = re.compile(
    r"(?i)\b(?P<noun>pass(?:word|code|phrase)|pin|kennwort|passwort)\b[^.!?\n]{0,120}?"
    r"(?:,|;|\u2014|\u2013)?\s+(?:so|i\.e\.?|that is|that'?s|which (?:makes|gives)(?: it| you)?"
    r"|making it|giving(?: you)?|also)\s*:?\s*[\"'\u201c]?(?P<value>[A-Za-z0-9!@#$%&*_+=.-]{4,40})"
    r"(?![\w-])"
)
# A key named by its kind, given bare in capitals and digits: "access key QK7Z2M4XR8TW1LPB",
# "licence key 7XK2PQM4RT9ZL3WA", "API key: K9F2M7Q1X8B3Z". The name in lower-cased text,
# the value after it in the text as written.
KEY_ID_NAME = re.compile(
    r"\b(?:access[ _-]?key(?:[ _-]?id)?|key[ _-]?id|app[ _-]?key|licen[cs]e[ _-]?key"
    r"|api[ _-]?key|product[ _-]?key|activation[ _-]?key|secret[ _-]?key)\b"
)
KEY_ID_VALUE = re.compile(r"\s*(?:[:=]|is\b)?\s*(?P<value>[A-Z0-9]{12,64})(?![\w-])")
# An activation or licence code given further on in the sentence, after a colon: "Here's the
# activation code from the kit we sent, so you can register it early: QZ-4471-KP9T".
KEY_LATER_NAME = re.compile(
    r"\b(?:activation|licen[cs]e|redeem|redemption|unlock|product|install(?:ation)?|transfer"
    r"|auth(?:ori[sz]ation)?|epp)\s+(?:key|code)s?\b"
)
# A group of one character said again and again is a template's ("AAAA-1234-BBBB", "XXXX").
REPEATED_GROUP = re.compile(r"(?:^|-)([A-Z0-9])\1{2,}(?=-)|-([A-Z0-9])\2{2,}$")
KEY_LATER_VALUE = re.compile(
    r"(?P<between>[^.!?\n]{0,100}?)[:\u2014\u2013]"
    r"\s*(?P<value>[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,5})(?![\w-])"
)


def _v8(text: str, lowered: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    same = len(lowered) == len(text)
    if same and any(w in lowered for w in ("security", "secret", "memorable", "maiden")):
        spans += _quoted_answers(text, lowered)
    said_so = (" so ", "i.e", "that is", "that's", "making it", "giving", "which ", " also ")
    if any(w in lowered for w in said_so) and any(w in lowered for w in ("pass", "pin", "kennw")):
        for match in SO_VALUE.finditer(text):
            value = match.group("value").rstrip(".")
            digits = sum(c.isdigit() for c in value)
            if match.group("noun").lower() == "pin":
                shaped = value.isdigit() and 4 <= len(value) <= 8
            else:
                shaped = (
                    digits >= 2
                    and any(c.isalpha() for c in value)
                    and _credential_like(value)
                    and not NOT_A_CREDENTIAL.fullmatch(value)
                ) or (value.isdigit() and 6 <= len(value) <= 12)  # "…, also 14071988" (v30)
            if shaped:
                start = match.start("value")  # "…, also Minka1998.": not the full stop (v30)
                spans.append((gettext_noop("a password"), start, start + len(value)))
    if same and "key" in lowered:
        for name in KEY_ID_NAME.finditer(lowered):
            given = KEY_ID_VALUE.match(text, name.end())
            if given is None:
                continue
            value = given.group("value")
            digits = sum(c.isdigit() for c in value)
            if digits >= 3 and len(value) - digits >= 3 and not KEY_PLACEHOLDER.search(value):
                spans.append((gettext_noop("an API key or token"), *given.span("value")))
    if same and ("key" in lowered or "code" in lowered):
        for name in KEY_LATER_NAME.finditer(lowered):
            later = KEY_LATER_VALUE.match(text, name.end())
            if later is None or OTHER_NUMBER.search(later.group("between")):
                continue  # "… the code, order 4412-AB": another number is given
            value = later.group("value")
            if REPEATED_GROUP.search(value):
                continue  # "Licence key format: AAAA-1234-BBBB": a template
            if sum(c.isdigit() for c in value) >= 2 and sum(c.isalpha() for c in value) >= 2:
                spans.append((gettext_noop("a product or activation key"), *later.span("value")))
    return spans


def _quoted_answers(text: str, lowered: str) -> list[tuple[str, int, int]]:
    spans = []
    for noun in ANSWER_QUOTED.finditer(lowered):
        answer = ANSWER_VALUE.match(text, noun.end())
        if answer is None:
            continue
        group = "value" if answer.group("value") else "value2"
        value = answer.group(group)
        if value.endswith("?") or UI_LABEL.match(value) or QUOTED_PLACEHOLDER.search(value):
            continue
        if all(w.lower() in COMMON_WORDS for w in value.split()):
            continue
        spans.append((gettext_noop("a password"), *answer.span(group)))
    return spans


# --- Codes handed over, by structure (secrets-v9, issue 13) ----------------------------------
# One family for what the rules above read in fixed places: something that opens or proves
# access is named (a code, PIN, password, seed, door, gate, safe, alarm…), then a token of a
# code's shape is handed over in the same sentence or the next one, right after a word that
# hands it over ("is", ":", "it's", "use", "enter", "punch in", "set it to", "opens with") or
# right after the name itself. A code read out in a shape nobody writes otherwise (digit by
# digit, in words, on a keypad with * or #) needs only the verb. What says a number is public
# guards every token: the number's own name right before it (order 55120, call 0800…), a price,
# a date, a count or a measure after it, a placeholder or a masked value.

# The names, lower case, by what they hold. German compounds end in the noun ("Türcode").
_V9_CODE = (
    r"codes?|pins?|pin2|passcodes?|pass codes?|combinations?|combos?|otps?|tans?|puks?"
    r"|kombination(?:en)?|zahlenkombination|geheimzahl"
)
_V9_LOCK = (
    r"doors?|gates?|alarms?|lockers?|safe|lock ?box(?:es)?|key ?box(?:es)?|key ?safe|padlock"
    r"|keypad|shutter|barrier|t\u00fcr|tor|tresor|schlie\u00dffach|spind|alarmanlage"
    r"|schl\u00fcssel(?:kasten|box|tresor|safe)"
)
_V9_PASSWORD = (
    r"passwords?|passwd|pwd|pass ?phrases?|passphrase|seed phrase|recovery phrase|secret phrase"  # noqa: S105
    r"|passw\u00f6rter|passwort|kennwort"
)
_V9_SEED = (
    r"seeds?|secret(?: key)?|setup key|2fa|mfa|totp|authenticator|two-factor|zwei-faktor"
    r"|schl\u00fcssel"
)
ACCESS_NAME = re.compile(
    rf"\b(?:(?P<code>{_V9_CODE})|(?P<lock>{_V9_LOCK})|(?P<password>{_V9_PASSWORD})"
    rf"|(?P<seed>{_V9_SEED}))\b"
)
# German compounds end in the noun ("Türcode", "WLAN-Passwort"): the end first, then the word.
COMPOUND_NAME = re.compile(r"(?:(?P<code>codes?|pin)|(?P<password>passwort|kennwort))\b")
ACCESS_NAME_HINTS = (
    "code", "pin", "combination", "combo", "otp", "tan", "puk", "kombination", "geheimzahl",
    "door", "gate", "alarm", "locker", "safe", "box", "padlock", "keypad", "shutter", "barrier",
    "t\u00fcr", "tor", "tresor", "fach", "spind", "pass", "pwd", "kennw", "seed", "secret",
    "setup key", "schl\u00fcssel", "phrase", "2fa", "mfa", "totp", "authenticator", "factor",
    "faktor",
)  # fmt: skip
# A name that is a public code's ("promo code", "error code", "postcode", "Gutscheincode").
PUBLIC_NAME = re.compile(  # matched where the name starts
    r"(?:post|zip|bar|qr|area|country|dress|colour|color|source|error|status|fehler|zeitcode"
    r"|gutschein|rabatt|aktions|promo|bestell|buchungs|sendungs|l\u00e4nder|strich|quell|programm"
    r"|farb|tracking|referenz|produkt|artikel|such|vorwahl|landes|steuer|kunden|rechnungs"
    r"|vertrags|discount|voucher|coupon|unicode|encode|decode|barcode|qrcode|zipcode|postcode"
    r"|geo|shortcode|timecode|opcode|autotan|spin|hairpin|linchpin|lynchpin|pushpin|tiepin)"
)
# A word that hands a value over, right before it ("is", ":", "it's", "use", "punch in",
# "set it to", "opens with", "lautet", "gib … ein" has "gib"). Searched in the lowered text
# before a token.
HANDED_OVER = re.compile(
    r"(?:\b(?:is|was|are|were|reads|remains|becomes|stays|now|use|using|enter|entering|type"
    r"|typing|try|dial|with|ist|lautet|war|sind|bleibt|mit|nimm|nehmen sie|gib|geben sie|tippe"
    r"|tippen sie|w\u00e4hle|w\u00e4hlen sie|(?:old|new|previous|current|temporary|spare|other)"
    r" one)|(?:punch|key|tap|type|put)(?:ed|ing|ped|d)? in"
    r"|(?:set|changed?|reset|updated?|switched|moved|ge\u00e4ndert)(?: it| them| that| this)?"
    r" (?:to|as|auf)|['\u2019]s|[:=\u2014\u2013]|\s-|,)"
    r"\s*(?:(?:now|still|just|simply|currently|always|jetzt|nun|noch|immer noch|einfach)\s+)?"
    # When it holds: "ist ab heute 8315", "is from today 4471" (values-v14, session 27).
    r"(?:(?:ab|seit) (?:heute|sofort|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|jetzt)\s+|(?:from|as of) (?:today|tomorrow|now(?: on)?|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\s+)?"
    r"(?:(?:the\s+)?(?:digits|numbers|code|pin|ziffern|zahlen)\s*:?\s*)?[\"'\u201c\u2018\u201e(]?$"
)
# The same in the sentence after the name, where the value must be handed over plainly: "It's
# 4471.", "No worries: 2093.", "The new one is 7714.", "Use 0 4 1 9 on the dial."
NEXT_CUE = re.compile(
    r"(?:\b(?:it|that|this|one|which|code|pin|number|combination|password|passwort|kennwort)"
    r"\s+(?:is|was|ist|lautet)(?:\s+now|\s+jetzt)?|['\u2019]s|\b(?:use|using|enter|type|try"
    r"|dial|lautet|nimm|gib|geben sie|tippen sie|w\u00e4hlen sie|w\u00e4hle)"
    r"|(?:punch|key|tap|type|put)(?:ed|ing|ped|d)? in"
    r"|(?:set|changed?|reset|updated?|switched|moved|ge\u00e4ndert)(?: it| them| that| this)?"
    r" (?:to|as|auf)|(?:old|new|previous|current|temporary|spare|other) one(?:\s+(?:is|was))?"
    r"|[:=])\s*(?:(?:now|still|just|simply|jetzt|nun)\s+)?[\"'\u201c\u2018\u201e(]?$"
)
# The answer to a question about the code: "The staff room PIN? Treble two, eight, six."
ANSWER_START = re.compile(r"[?:]\s+$")
# A list's next line, a bullet or a number in front: the lead-in hands its items over.
LIST_ITEM = re.compile(r"\n[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*$")
# Tokens of a code's shape: keypad strings with * or #, digits (whole, in groups, one by one),
# digits in words (double/treble too), letters with digits, base32 seeds, and passwords.
_V9_SAID = SAID_DIGIT
CODE_TOKEN = re.compile(
    r"(?<![\w*#+/.,:-])(?:"
    r"(?P<keypad>[*#]{1,2}\d[\d*#]{2,12}|\d{3,8}[*#]{1,2}(?:\d[\d*#]*)?)"
    rf"|(?P<said>{_V9_SAID}(?:(?:\s*,\s*|[ -]+){_V9_SAID}){{2,11}})"
    # Digits one by one, perhaps ending in a key's letter ("4-7-1-8-Y"; values-v14, session 27).
    r"|(?P<spaced>\d(?:(?: | ?[-\u2013\u2014\u00b7/] ?)\d){3,9}(?:-(?-i:[A-Z]))?(?: ?[*#])?)"
    r"|(?P<grouped>\d{2,4}(?:[ -]\d{2,4}){1,3})"
    r"|(?P<plain>\d{4,8})"
    r"|(?P<base32>[A-Z2-7]{16,64}|[A-Za-z2-7]{4}(?: [A-Za-z2-7]{4}){3,15})"
    # A word of prose is not a value: a value holds a digit, a symbol or a join.
    r"|(?P<mixed>(?=[^\s\"'`()\[\]<>,;\u201c\u201d\u2018\u2019\u201e]*[\d!#$%&*+=?@^~_-])"
    r"[^\s\"'`()\[\]<>,;\u201c\u201d\u2018\u2019\u201e]{4,40})"
    # A group of three digits or more after it makes the token the head of a longer number:
    # "his number is 07911 123 884" is a phone number, not the code "07911" (values-v17).
    r")(?![\w*#-]|[.,]\d|\s\d{3})",
    re.IGNORECASE,
)
# After a number, what makes it a count, a measure, a price or a time ("2000 people", "1500
# mm", "2024 models", "1030 Uhr"); a code may be followed by how it is used ("4471 then hash").
COUNT_AFTER = re.compile(
    r"\s?(?:%|[\u00a3\u20ac$\u00a5]|(?!(?:followed|then|plus|hash|star|pound|and|or|for|to|on"
    r"|at|if|but|so|when|until|now|is|was|will|works|should|opens|unlocks|into|from|after"
    r"|before|as|by|und|oder|dann|f\u00fcr|jetzt|ein|eingeben|auf|ist|gilt|\u00f6ffnet|bei|zum"
    r"|zur|an|im|am(?= [A-Z\u00c4\u00d6\u00dc])|in(?= the| your| our| a| der| die| das| den))\b)"
    r"[a-z\u00e4\u00f6\u00fc]"
    r"|(?:Euro|EUR|USD|GBP|CHF|Uhr|Stück|Schritte?|Tage?n?|Minuten|Stunden|Jahre?n?|Monate?n?"
    r"|Wochen|Personen|Leute|Punkte?)\b)"
)
# Units, counts and times after digits in groups: "482 190 expires" is a code, "1 500 people"
# and "2 3 4 5 tickets" are not.
UNIT_AFTER = re.compile(
    r"(?i)\s?(?:%|[\u00a3\u20ac$\u00a5]|(?:digits?|numbers?|characters?|chars|times|minutes?"
    r"|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|persons|customers|users|members"
    r"|orders|tickets|steps|points|miles|km|m|mm|cm|kg|g|ft|feet|inch(?:es)?|metres?|meters?"
    r"|litres?|liters?|euros?|pounds?|dollars?|gb|mb|tb|w|kw|v|h|sq|square|models?|series"
    r"|edition|version|compliant|eur|usd|gbp|chf|uhr|st\u00fcck|schritte?|tagen?|minuten|stunden"
    r"|jahren?|monaten?|wochen|personen|leute|punkte?|cubic)\b"
    # "0930 am", but "4711 am Tastenfeld" is German.
    r"|(?-i:am|pm)\b(?! [A-Z\u00c4\u00d6\u00dc]))"
)
# A number's own name right before it: "order 55120", "call 0800 …", "Bestellnummer 4471".
PUBLIC_BEFORE = re.compile(
    r"(?i)(?:\b(?:order|booking|ticket|tracking|reference|ref|invoice|case|claim|policy|serial"
    r"|model|version|firmware|release|build|part|sku|flight|room|seat|phone|tel|telephone|call"
    r"|ring|text|sms|fax|whatsapp|extension|ext|postcode|zip|page|step|item|article|account"
    r"|member|membership|customer|parcel|shipment|consignment|unit|apartment|flat|suite|floor"
    r"|bus|route|platform|aisle|bay|row|block|house|street|year|years|since|v|nr|no|number"
    r"|hotline|helpline|freephone|mobile)|(?:nummer|nr\.|telefon|tel\.|rufnummer|durchwahl"
    r"|seite|schritt|modell|zimmer|raum|etage|hausnummer|jahr|bestellung|buchung|rechnung"
    r"|auftrag|vorgang|sendung))"
    r"[\s:#.\u00ba-]*(?:no\.?|number|nr\.?|id|ref\.?|#)?[\s:#.-]*[\"'\u201c\u2018(]?$"
)
MONTH_NEAR = re.compile(
    r"(?i)\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|m\u00e4rz|apr(?:il)?|may|mai"
    r"|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\b"
)
DATE_SHAPE = re.compile(
    r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.]\d{2,4}|\d{4}-(?P<month>\d\d)-(?P<day>\d\d)"
)


def _a_date(value: str) -> bool:
    """Whether digits in a date's shape can be a date: a day and a month in either order
    ("23-58-07" opens a safe; "03-11-24" may be a day; values-v14, session 27)."""
    match = DATE_SHAPE.fullmatch(value)
    if match is None:
        return False
    if match.group("month"):
        return 1 <= int(match.group("month")) <= 12 and 1 <= int(match.group("day")) <= 31
    a, b = int(match.group("a")), int(match.group("b"))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


# A year's preposition: "in 2024", "since 2019", "seit 2021".
YEAR_BEFORE = re.compile(r"\b(?:in|on|from|until|by|of|since|seit|bis|ab|im|von|vom)\s*$")
# A code given as an example or a template, or masked: "e.g. 1234", "ending in 4471".
EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:e\.g\.|i\.e\.|for example|for instance|such as|like|z\.\s?b\.|zum beispiel|etwa"
    r"|ending(?: in| with)?|ends(?: in| with)|last (?:four|4|few|digits?)|letzten (?:vier|4))"
    r"\s*:?\s*[\"'\u201c(]?$"
)
# Code nouns in an offer's sentence name a promotion: "use code SPRING20 for 20 % off".
PROMOTION = re.compile(
    r"(?i)%|\b(?:off|discount|promo\w*|voucher|coupon|checkout|sale|referral|rabatt|gutschein"
    r"|aktion\w*|prozent)\b"
)
FUNCTION_WORDS = frozenset(
    ("the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "with", "and", "or", "is",
     "are", "was", "be", "it", "you", "your", "we", "our", "my", "me", "us", "they", "them",
     "this", "that", "not", "no", "if", "as", "from", "up", "down", "out", "so", "but", "can",
     "will", "just", "all", "any", "der", "die", "das", "und", "oder", "ist", "mit", "zu", "im")
)  # fmt: skip
# A passphrase said as words: "the passphrase is maple river candle pebble".
PHRASE_NAMES = re.compile(r"pass ?phrase|seed phrase|recovery phrase|secret phrase")
_WORD = r"[a-z\u00e4\u00f6\u00fc\u00df]{3,12}"
WORDS_AFTER = re.compile(rf"\s*(?P<value>{_WORD}(?:[ -]{_WORD}){{2,23}})(?=\s*(?:[.!?\n]|$))")


def _handed_over_codes(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text):
        return []
    spans = _codes_said_to_type(text, lowered)
    if not any(h in lowered for h in ACCESS_NAME_HINTS):
        return spans
    names = {m.start(): (m.lastgroup or "code", m.end()) for m in ACCESS_NAME.finditer(lowered)}
    for m in COMPOUND_NAME.finditer(lowered):
        begins = m.start()
        if not begins or not (lowered[begins - 1].isalpha() or lowered[begins - 1] == "-"):
            continue  # a word of its own, found above
        while begins > 0 and (lowered[begins - 1].isalpha() or lowered[begins - 1] == "-"):
            begins -= 1
        names.setdefault(begins, (m.lastgroup or "code", m.end()))
    for begins, (kind, ends) in sorted(names.items()):
        if kind == "code" and PUBLIC_NAME.match(lowered, begins, ends):
            continue
        if PUBLIC_CODE_BEFORE.search(text, max(0, begins - 30), begins) and not (
            PRIVATE_CODE_BEFORE.search(text, max(0, begins - 30), begins)
            or _holders_pin(text, lowered, begins)
            or lowered[begins:ends] in SECRET_NOUNS  # "voucher PIN" (values-v13)
        ):
            continue
        spans += _handed_after(text, lowered, kind, begins, ends)
    return spans


def _handed_after(
    text: str, lowered: str, kind: str, begins: int, ends: int
) -> list[tuple[str, int, int]]:
    """The values handed over after one name, in its sentence and the next."""
    spans: list[tuple[str, int, int]] = []
    stop = _v9_window(text, ends)
    if kind == "password" and PHRASE_NAMES.search(lowered, begins, ends):
        said = _passphrase_words(lowered, ends, stop)
        if said:
            spans.append((gettext_noop("a password"), *said))
    first = SENTENCE_END.search(text, ends, stop)
    next_sentence = first.end() if first else stop
    promotion: bool | None = None
    last_shape, last_end = "", ends
    for token in CODE_TOKEN.finditer(text, ends, stop):
        shape = token.lastgroup or ""
        start = token.start()
        end = trim_trailing(text, start, token.end(), chars=".,;:!?)\"'")
        value = text[start:end]
        if shape == "mixed" and kind == "lock":
            continue  # a lock takes digits
        listed = bool(last_shape) and _same_shape(value) == last_shape
        later = start >= next_sentence
        cued = (listed and LISTED.fullmatch(lowered, last_end, start)) or _v9_cued(
            text, lowered, start, next_sentence if later else ends, later=later
        )
        # Digits one by one or with a key read as a code without a verb ("PIN? 4 4 0 1").
        if not cued and (shape not in ("keypad", "spaced") or kind == "seed"):
            continue
        if kind == "code" and promotion is None:
            sentence = text[_sentence_start(text, begins) : stop]
            # An offer's words make a code a promotion, not a PIN ("the voucher PIN to redeem
            # it at checkout is …" opens the voucher; values-v13).
            promotion = (
                PROMOTION.search(sentence) is not None and lowered[begins:ends] not in SECRET_NOUNS
            )
        if not _v9_shaped(kind, shape, value, bool(promotion)):
            continue
        if PUBLIC_AFTER.match(text, end) or (
            kind == "code" and _said_public(text, start, end, shape)
        ):
            continue
        if ALGORITHM.match(value):
            continue  # "signed with HMAC-SHA256": a method's name, public (precise-v11)
        if not _v9_public(text, lowered, start, end, shape, ends):
            spans.append((_V9_LABELS[kind], start, end))
            last_shape, last_end = _same_shape(value), end
    return spans


def _v9_cued(text: str, lowered: str, start: int, named_end: int, *, later: bool) -> bool:
    """Whether a token is handed over: right after its name, after a verb or a colon, on a
    list's line, or as the answer to a question. (The next one in a list of the same shape is
    handed over by the list.)"""
    before = lowered[max(named_end, start - 40) : start]
    if start - named_end <= 3 and not before.strip(" :=#\"'\u201c\u2018("):
        return True
    # In the sentence after the name, a plain "is" or a comma may speak of something else.
    cue = NEXT_CUE if later else HANDED_OVER
    return bool(
        cue.search(before)
        or LIST_ITEM.search(text, max(0, start - 8), start)
        or ANSWER_START.search(text, max(0, start - 4), start)
    )


LISTED = re.compile(r"[\s,;/&\u2013\u2014|-]*(?:and|or|und|oder)?\s*")


_V9_LABELS = {
    "code": CODE_LABEL,
    "lock": CODE_LABEL,
    "password": gettext_noop("a password"),
    "seed": gettext_noop("a two-factor secret"),
}


def _same_shape(value: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", value))


def _sentence_start(text: str, at: int) -> int:
    found = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return max(found + 1, text.rfind("\n", 0, at) + 1, 0)


def _v9_window(text: str, start: int) -> int:
    """The end of the next sentence (200 characters at most); a lead-in that ends in a colon
    takes the list of lines under it."""
    limit = min(len(text), start + 200)
    first = SENTENCE_END.search(text, start, limit)
    if first is None:
        return limit
    if text[first.start() - 1 : first.start()] == ":" or text.startswith(":\n", first.start() - 1):
        end = first.start()
        while end < len(text) and text[end] == "\n":
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - end > 60 or end + 1 == line_end:
                break
            end = line_end
        return max(end, min(limit, end))
    second = SENTENCE_END.search(text, first.end(), limit)
    return second.start() if second else limit


WORD_GROUP = re.compile(r"(?:^|-)[a-z]{4,}(?:-|$)")


def _v9_shaped(kind: str, shape: str, value: str, promotion: bool) -> bool:
    """Whether a handed-over token has the shape of what the name holds."""
    digits = sum(c.isdigit() for c in value)
    if shape == "said":
        said = len(DIGITS_SAID.findall(value.lower()))
        return kind != "seed" and said >= 4
    if shape in ("keypad", "spaced"):
        return 4 <= digits <= 8 and kind != "seed"
    if shape in ("grouped", "plain"):
        return kind != "seed" and 4 <= digits <= 8
    if shape == "base32":  # a seed has letters and digits 2-7: a word in capitals is not one
        grouped = " " in value and digits >= 1  # "gezd gnbv gy3t qojq": four-letter groups
        return kind in ("seed", "password") and (grouped or digits >= 2) and len(value) >= 16
    if kind == "seed" or NOT_A_CREDENTIAL.fullmatch(value) or PLACEHOLDER.search(value):
        return False
    letters = sum(c.isalpha() for c in value)
    if kind == "password":
        if _looks_like_password(value) or _joined_words(value):
            return True
        return 4 <= len(value) <= 5 and letters >= 1 and digits >= 2 and value.isalnum()
    if kind == "code" and not promotion:
        # Letters with digits in groups: "QX-55A7-PLM"; a word with a number ("Level3") or a
        # compound with a word in it ("SHA-256-pinned", "GPT-4o-mini") is not.
        return (
            not WORD_GROUP.search(value)
            and len(value) >= 6
            and digits >= 2
            and letters >= 2
            and "-" in value.strip("-")
            and value.replace("-", "").isalnum()
        )
    return False


# The sentence says the number is public: "…, QT-5521-8812, is just a quote number", "CW-4471
# on your screen is your order reference, not a password".
SAID_PUBLIC = re.compile(
    r"(?i)\bnot a (?:password|secret|pin|passcode)\b|\bkeep it secret\b|\bsafe to share\b"
    r"|\bfor reference\b|\b(?:order|quote|booking|ticket|tracking|case|invoice|claim|serial"
    r"|model|reservation|confirmation)\s+(?:number|reference|ref|id)\b"
)

# What the number is, said right after it: "55120 is the order number".
PUBLIC_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:is|was|are|=)\s+(?:just\s+|only\s+)?(?:the|your|our|a|an|my|his|her)?\s*"
    r"(?:[\w-]+\s+)?(?:order|quote|booking|ticket|tracking|case|invoice|claim|serial|model"
    r"|reservation|confirmation|phone|account|member|customer|parcel|reference|policy|flight)"
    r"\s+(?:number|reference|ref|id|no)\b"
)
SAID_NOT_SECRET = re.compile(r"(?i)\bnot a |keep it secret|safe to share")


def _said_public(text: str, start: int, end: int, shape: str) -> bool:
    stop = SENTENCE_END.search(text, end)
    after = text[end : stop.start() if stop else len(text)]
    if SAID_PUBLIC.search(after) is None:
        return False
    return shape == "mixed" or SAID_NOT_SECRET.search(after) is not None


def _joined_words(value: str) -> bool:
    """Words joined by hyphens, none of them prose: "violet-harbor-stone-lamp" ("up-to-date"
    and "state-of-the-art" are prose)."""
    parts = value.lower().split("-")
    return (
        len(parts) >= 3
        and all(p.isalnum() for p in parts)
        and not any(p in FUNCTION_WORDS for p in parts)
        and not all(p in COMMON_WORDS for p in parts)
    )


def _v9_public(text: str, lowered: str, start: int, end: int, shape: str, named_end: int) -> bool:
    """Whether a number's own words say it is public: its name before it, a count or a
    measure after it, a date around it, an example or a masked value."""
    if shape in ("said", "base32", "mixed") and shape != "mixed":
        return bool(EXAMPLE_BEFORE.search(lowered, max(0, start - 30), start))
    low = max(named_end, start - 30)
    if PUBLIC_BEFORE.search(text, low, start) or EXAMPLE_BEFORE.search(lowered, low, start):
        return True
    if shape == "mixed":
        return False
    if (
        shape == "plain"
        and POSTCODE_AROUND.search(text, max(0, start - 40), start)
        and TOWN_AFTER.match(text, end)
    ):
        return True  # "Masurenallee 4, 14057 Berlin": an address's postcode (values-v13)
    if text[start - 1 : start] in "\u00a3\u20ac$\u00a5" and start > 0:
        return True
    if UNIT_AFTER.match(text, end) or (shape == "plain" and COUNT_AFTER.match(text, end)):
        return True
    if MONTH_NEAR.search(text, max(0, start - 12), min(len(text), end + 12)):
        return True
    value = text[start:end]
    digits = re.sub(r"\D", "", value)
    if shape == "plain" and re.fullmatch(r"(?:19|20)\d\d", digits):
        # A year, unless handed over plainly ("the PIN is 2024"; ", 2024 was the year" is prose).
        before = lowered[max(0, start - 12) : start]
        return (
            YEAR_BEFORE.search(before) is not None
            or before.rstrip().endswith(",")
            or not HANDED_OVER.search(before)
        )
    return shape == "grouped" and _a_date(value)


POSTCODE_AROUND = re.compile(r"[A-Za-z\u00c0-\u00ff.-]{3,}\s\d{1,4}[a-zA-Z]?,\s*$")
TOWN_AFTER = re.compile(r"\s+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


PROSE_ENDS = ("ed", "ly", "ing")
PHRASE_CUE = re.compile(r"(?:\s+[\w'-]+){0,4}?\s*(?::|\bis\b|\bwas\b|\bist\b|\blautet\b)")


def _passphrase_words(lowered: str, begins: int, stop: int) -> tuple[int, int] | None:
    cue = PHRASE_CUE.match(lowered, begins, stop)
    if cue is None:
        return None
    said = WORDS_AFTER.match(lowered, cue.end(), stop)
    if said is None:
        return None
    words = re.split(r"[ -]", said.group("value"))
    prose = (w in FUNCTION_WORDS or w in COMMON_WORDS or w.endswith(PROSE_ENDS) for w in words)
    if any(prose):
        return None  # "stored securely", "is different for every account"
    return said.span("value")


# A code read out or keyed in with a verb and no name ("punch in 4 4 7 1", "dial *72*4471# to
# unlock", "it's eight-eight-zero-one"), or with what it opens after it ("use 8857 on the side
# door keypad", "geben Sie 4711 am Tastenfeld ein"). The digits first (a scan for a digit is
# cheap), then the words around them.
TYPED_DIGITS = re.compile(  # what may stand before it is checked after (a faster scan)
    r"(?:(?P<keypad>[*#]{1,2}\d[\d*#]{2,12}|\d{3,8}[*#]{1,2}(?:\d[\d*#]*)?)"
    r"|(?P<spaced>\d(?:(?: | ?[-\u2013\u2014\u00b7] ?)\d){3,7}(?: ?[*#])?)|(?P<plain>\d{4,8}))"
    r"(?![\w*#-]|[.,]\d|[ -]\d)"
)
TOKEN_JOINED = re.compile(r"[\w*#+/.,:-]")
# Where such digits may be: a run of digits, keys and separators (a cheap scan).
DIGIT_RUN = re.compile(r"[*#]*\d[\d*# \-\u2013\u2014\u00b7]{3,}")
SAID_DIGITS = re.compile(
    rf"(?<![\w-]){_V9_SAID}(?:(?:\s*[,\u2013\u2014]\s*|[ -]+){_V9_SAID}){{2,11}}(?![\w-])"
)
# A credential's name, then a colon, right before digits said in words: "Ihr Einmalpasswort
# f\u00fcr die App-Anmeldung: sieben acht zwei \u2013 vier null f\u00fcnf" (values-v17).
NAMED_THEN_COLON = re.compile(  # searched in lower-cased text
    r"(?:pass(?:word|wort|code|phrase)|kennwort|\bpin|\btan|\botp|\bcode)\b[^.!?\n:]{0,40}:\s*$"
)
SAID_WORD = DIGITS_SAID
DIGIT_WORDS = frozenset((*UNITS, *REPEATS))


def _reads_digits_out(lowered: str) -> bool:
    """Whether four digit words follow each other somewhere (a split is cheaper than a scan)."""
    run = 0
    for word in lowered.replace("-", " ").replace(",", " ").split():
        run = run + 1 if word in DIGIT_WORDS else 0
        if run >= 3:
            return True
    return False


VERB_BEFORE = re.compile(
    r"(?:\b(?:use|enter|type|try|dial|key|punch|tap|input|it's|it is|with|ist|lautet|mit|gib"
    r"|it['\u2019]ll be|it will be|will be"
    r"|geben sie|tippen sie|w\u00e4hlen sie)|it\u2019s|(?:punch|key|tap|type)(?:ed|ing)? in"
    r"|(?:set|changed?|reset)(?: it)? (?:to|as))\s*[\"'\u201c]?$"
)
TYPED_VERB_BEFORE = re.compile(
    r"\b(?:use|enter|type|try|dial|input|press|punch|key|tap|put|mit|gib|geben sie|tippen sie"
    r"|w\u00e4hlen sie)(?: in)?\s+[\"'\u201c]?$"
)
NAME_AFTER = re.compile(
    r"[\"'\u201d]?(?:\s+[\w'-]+){0,5}?\s+(?:door|gate|keypad|pad|panel|lock|padlock|safe|locker"
    r"|alarm|intercom|lock ?box|key ?box|key ?safe|shed|cage|entrance|barrier|shutter|t\u00fcr"
    r"|tor|tresor|spind|schlie\u00dffach|tastenfeld|tastatur|bedienfeld|zahlenfeld|prompt"
    r"|lock ?screen|code screen)s?\b"
)


def _said_count(words: str) -> int:
    """How many digits words say ("double five" says two)."""
    return sum(
        REPEATS[word] - 1 if word in REPEATS else 1
        for word in re.findall(r"[a-z\u00fc]+", words)
        if word in REPEATS or word in UNITS
    )


def _codes_said_to_type(text: str, lowered: str) -> list[tuple[str, int, int]]:
    tokens = []
    for run in DIGIT_RUN.finditer(text):
        at, stop = run.start(), run.end()
        while (m := TYPED_DIGITS.search(text, at, stop + 3)) is not None and m.start() < stop:
            if not (m.start() and TOKEN_JOINED.match(text, m.start() - 1)):
                tokens.append((m.lastgroup or "plain", *m.span()))
            at = max(m.end(), m.start() + 1)
    if _reads_digits_out(lowered):
        tokens += [("said", *m.span()) for m in SAID_DIGITS.finditer(lowered)]
    spans = []
    for shape, start, end in tokens:
        if shape == "said" and len(SAID_WORD.findall(lowered, start, end)) < 4:
            continue
        if shape == "said" and _said_count(lowered[start:end]) > 8:
            continue  # "her number, it's zero eight zero two, five five five, …": a phone's
            # length, as digits written out are held to eight below (personal-v15)
        if shape != "said" and not 4 <= sum(c.isdigit() for c in text[start:end]) <= 8:
            continue  # "*#06#" shows a phone's serial number; "*100#" its balance
        head = max(0, start - 24)
        if shape == "plain":
            typed = bool(TYPED_VERB_BEFORE.search(lowered, head, start)) and bool(
                NAME_AFTER.match(lowered, end, end + 60)
            )
        else:
            typed = bool(VERB_BEFORE.search(lowered, head, start)) or (
                shape == "said"
                and bool(NAMED_THEN_COLON.search(lowered, max(0, start - 70), start))
            )
        if typed and not _v9_public(text, lowered, start, end, shape, 0):
            spans.append((CODE_LABEL, start, end))
    return spans


# --- A card's security code by what it is (precise-v10, issue 13) ---------------------------
# Named by where it is printed or by a brand's own name for it, where a card is spoken of:
# "the 3 digits on the back are 552", "CID 1184" (American Express), "the four-digit code on
# the front: 0468". The name of the code's place, a handing-over word or none, the digits.
CARD_CODE_DESCRIBED = re.compile(  # searched in lower-cased text
    r"\b(?:cid|(?:the\s+)?(?:three|four|3|4)[- ]digits?(?:\s+(?:security\s+)?(?:code|number))?"
    r"\s+on\s+the\s+(?:back|front|reverse)(?:\s+of\s+(?:the|your|her|his|their|my)\s+card)?"
    r"|(?:the\s+)?digits\s+on\s+the\s+(?:back|front|reverse)"
    r"(?:\s+of\s+(?:the|your|her|his|their|my)\s+card)?)"
    r"(?:\s*(?:is|was|are|were|reads?|:|=|-|\u2014|\u2013))*\s*(?P<value>\d{3,4})(?![\w.,/-]?\d|\w)"
)
CARD_SPOKEN_OF = re.compile(
    r"\b(?:card|amex|american express|visa|mastercard|exp(?:iry|ires)?|valid thru)\b|\d{13,19}"
    r"|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3,4}"
)


def _card_codes_described(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if not ("cid" in lowered or "digit" in lowered) or len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in CARD_CODE_DESCRIBED.finditer(lowered):
        if CARD_SPOKEN_OF.search(lowered, max(0, match.start() - 200), match.end() + 100):
            spans.append((CODE_LABEL, *match.span("value")))
    return spans


# --- The next value said the same way (precise-v10, issue 13) -------------------------------
# A second value handed over in a clause of the same shape right after a secret: "staging was
# "tulip" and prod was "tulip2"", "the old one is 'Kestrel#4', the new one 'Kestrel#5'". The
# value is quoted as the first one was; a user name is not one.
NEXT_IN_PARALLEL = re.compile(
    r"[\"'\u201d\u2019]?\s*(?:,|;|\u2014|\u2013)?\s*(?:and|but|while|whereas|with)?\s*"
    r"(?P<between>(?:(?:the|for|on|in)\s+)?(?:[\w-]+\s+){0,3}?)"
    r"(?:is|was|were|one is|one was|['\u2019]s|:|=)?\s*"
    r"(?P<q>[\"'\u201c\u2018])(?P<value>[^\s\"'\u201c\u201d\u2018\u2019]{3,40})[\"'\u201d\u2019]"
)
USER_NAME_BETWEEN = re.compile(r"(?i)\b(?:user|login|e-?mail|account|name|handle|id)\b")


def _next_in_parallel(
    text: str, spans: list[tuple[str | Phrase, int, int]]
) -> list[tuple[str | Phrase, int, int]]:
    found: list[tuple[str | Phrase, int, int]] = []
    for label, _, end in spans:
        match = NEXT_IN_PARALLEL.match(text, end)
        if match is None or USER_NAME_BETWEEN.search(match.group("between")):
            continue
        value = match.group("value")
        if PLACEHOLDER.search(value) or TEMPLATE_VARIABLE.match(value):
            continue
        found.append((label, *match.span("value")))
    return found


# --- A passphrase of plain words, quoted (precise-v10, issue 13) ----------------------------
# "passphrase "orange kettle seventy"", "the Wi-Fi password is 'purple ladder in june'": words
# with spaces between them, in quotes, after what they open. Words of a screen or of advice
# ("Forgot your password?", "must be 12 characters") are no passphrase.
QUOTED_PHRASE = re.compile(  # searched in lower-cased text
    r"\b(?:pass ?phrase|password|passwort|kennwort|(?:seed|recovery|secret|memorable) phrase"
    # "the recovery words for your account are "…"" (precise-v11)
    r"|(?:seed|recovery|backup|secret|memorable|security) word)s?\b"
    r"(?:\s+[\w'-]+){0,3}?\s*(?:is|was|are|were|:|=|ist|lautet|set to|changed to|to)?\s*"
    r"[\"\u201c\u201e'\u2018](?P<value>[a-z0-9\u00e4\u00f6\u00fc\u00df!#&*+-]{2,20}"
    r"(?:\s[a-z0-9\u00e4\u00f6\u00fc\u00df!#&*+-]{1,20}){1,7})[\"\u201d\u201c'\u2019]"
)
PHRASE_NOT_SECRET = frozenset(
    ("your", "you", "click", "forgot", "reset", "here", "enter", "must", "should", "the", "is",
     "are", "not", "please", "change", "characters", "letters", "sie", "ihr", "bitte", "vergessen",
     "a", "an", "of", "this", "that", "my", "for", "use", "with")
)  # fmt: skip


def _quoted_phrases(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text) or not (
        "pass" in lowered or "phrase" in lowered or " word" in lowered
    ):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in gates.finditer(QUOTED_PHRASE, lowered):
        words = match.group("value").split()
        if any(word in PHRASE_NOT_SECRET for word in words):
            continue
        spans.append((gettext_noop("a password"), *match.span("value")))
    return spans


# What SIGN_IN_AS_AND needs around its verb (a substring test, cheaper than its scan).
SIGN_IN_CUES = ("in with ", "in using ", "in as ", "on with ", "on using ", "on as ", "in to ",
                "on to ", "anmelden", "einloggen", "sich mit ", "sich als ", "dich mit ",
                "dich als ")  # fmt: skip


def _signed_in_with_and(text: str, lowered: str) -> list[tuple[str, int, int]]:
    """SIGN_IN_AS_AND's passwords: a digit in them, and two kinds of character."""
    if len(lowered) != len(text) or not any(cue in lowered for cue in SIGN_IN_CUES):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in gates.finditer(SIGN_IN_AS_AND, lowered):
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
        value = text[start:end]
        if any(c.isdigit() for c in value) and _credential_like(value, classes=2):
            spans.append((gettext_noop("a password"), start, end))
    return spans


# --- Families by structure, precise-v11 (issue 13) --------------------------------------------
# Each family is gated by literal text it needs (a substring test before any scan).

# A default account and its password joined by a slash, with nothing before them: "the router
# still takes admin / Tulip!7788", "root / Hunter2go on the test box". The account names are the
# ones devices and servers ship with; the value must look like a password (letters and a digit
# or a mark), so "admin / owner roles" and "user / group" stay words.
DEFAULT_ACCOUNTS = ("admin", "administrator", "root", "superuser", "sysadmin", "guest", "pi",
                    "ubuntu", "operator", "supervisor", "sa")  # fmt: skip
ACCOUNT_SLASH = re.compile(rf"(?:{'|'.join(DEFAULT_ACCOUNTS)})\s*/")  # lowered; a cheap test
SLASH_VALUE = re.compile(r"\s*(?P<value>[^\s)\]/]{6,40})")
# A key named, then handed over a clause or a sentence later as a long random string: "your old
# API key … Here's your new one from the dashboard: 9f3c…". The string is long (24+), mixes
# letters and digits, and is not named as something else right before it (a commit, a hash, a
# checksum, an order or a file).
KEY_NAMES_V11 = re.compile(  # searched in lower-cased text
    r"\b(?:api[ -]?key|access key|secret key|private key|app key|client secret|secret|token"
    r"|api[ -]?token|bearer|key)s?\b"
)
# (Opening with a class lets the engine skip ahead; what may not come before it, and the mix of
# letters and digits, are checked after.)
LONG_RANDOM = re.compile(r"[a-z0-9_-]{24,128}(?![\w/@]|\.\w)")  # searched in lower-cased text
# The string handed over right before it: "…: 9f3c…", "is 9f3c…", "use 9f3c…", a line of its
# own, a bracket or a quote.
GIVEN_BEFORE = re.compile(  # searched in lower-cased text
    r"(?:[:=(\"'`\u201c\u2018\n]|\b(?:is|was|are|use|using|enter|paste|it['\u2019]s|here['\u2019]s"
    r"|one|new|replacement|token|key|secret))\s*$"
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
OTHER_HASH_BEFORE = re.compile(  # searched in lower-cased text
    r"\b(?:commit|sha(?:-?\d+)?|md5|hash|checksum|digest|fingerprint|order|tracking|file|id"
    r"|reference|ref|build|version|transaction|request|trace|uuid|guid|invoice)\b"
    r"(?:\s+(?:id|number|no\.?|hash))?\s*(?:[:#=(]|\bis\b|\bwas\b|\bof\b)?\s*$"
)


# The names of methods, which a sentence about a secret names without giving one.
ALGORITHM = re.compile(
    r"(?i)(?:hmac|sha|aes|rsa|md5|ecdsa|ed25519|pbkdf2|bcrypt|argon2|tls|ssl|x25519|chacha20|crc)"
    r"[\w-]*$"
)


def _offered_code(text: str, start: int) -> bool:
    """A code noun in a sentence that offers money off ("a 10% code", "coupon", "discount"),
    unless what the code does makes it private ("your verification code")."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start))
    finish = SENTENCE_END.search(text, start)
    sentence = text[begin + 1 : finish.start() if finish else len(text)]
    return bool(PROMOTION.search(sentence)) and not PRIVATE_CODE_BEFORE.search(
        text, max(0, start - 30), start
    )


def _v11(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    slash = lowered.find("/") if "/" in lowered and ACCOUNT_SLASH.search(lowered) else -1
    while slash >= 0:
        before = lowered[max(0, slash - 20) : slash].rstrip()
        words = before.split()
        after = SLASH_VALUE.match(text, slash + 1)
        if words and words[-1].lstrip("([{\"'\u201c") in DEFAULT_ACCOUNTS and after:
            start = after.start("value")
            end = trim_trailing(text, start, after.end("value"), chars=".,;:)\"'!?")
            value = text[start:end]
            if (
                any(c.isdigit() for c in value)
                and sum(c.isalpha() for c in value) >= 2
                and _credential_like(value, classes=2)
            ):
                spans.append((gettext_noop("a password"), start, end))
        slash = lowered.find("/", slash + 1)
    if "key" in lowered or "token" in lowered or "secret" in lowered or "bearer" in lowered:
        for match in LONG_RANDOM.finditer(lowered):
            value = match.group()
            if match.start() and lowered[match.start() - 1] in "/.@:=#+-_\\":
                continue  # a link's path, an address or an assignment's other half
            digits = sum(c.isdigit() for c in value)
            if digits < 4 or len(value) - digits - value.count("_") - value.count("-") < 4:
                continue
            if any(len(part) > 8 and part.isalpha() for part in re.split(r"[_-]", value)):
                continue  # "quarterly_report_2024_final_v2": words, a file's name
            before = lowered[max(0, match.start() - 160) : match.start()]
            if not KEY_NAMES_V11.search(before) or OTHER_HASH_BEFORE.search(before):
                continue
            if not GIVEN_BEFORE.search(before) or UUID.fullmatch(value):
                continue  # not handed over, or an identifier's standard shape
            if PLACEHOLDER.search(value):
                continue  # "tok_demo_…": made up for the documentation
            spans.append((gettext_noop("an API key or token"), *match.span()))
    return spans


# --- values-v14 (issue 13): codes by what the sentence says they open ------------------------

# "code 1122" alone may be an error's or a discount's; in a sentence about a lock, a door, a gate
# or an alarm it opens it: "the old code 1122 doesn't work any more" (after "the lockbox … is
# 7796"), "use code 4471 at the side gate" — the shape recurs in ten writers' drafts.
LOCK_CODE = re.compile(  # searched in lower-cased text
    r"\b(?:code|pin|combination|combo)\s+(?:(?:is|was|now|:)\s*)?(?P<value>\d{4,8})(?![\w/.,-]\d)"
)
LOCK_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:lock ?box|key ?safe|doors?|gates?|alarm|keypad|padlock|safe|lockers?|garage|shed"
    r"|entry|intercom|locks?)\b"
)
# Codes listed one to a line under their name: "Here are your backup codes …:\n\n  81624-09371
# \n  55820-31146" (h8a, h8b).
LISTED_CODES_NAME = re.compile(  # searched in lower-cased text
    r"\b(?:backup|back-up|recovery|one-time|2fa|two-factor|verification|login|sign-in|security"
    r"|emergency)\s+codes\b[^\n]{0,80}:[ \t]*\n"
)
LISTED_CODE = re.compile(
    r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*(?P<value>[A-Za-z0-9]{3,10}(?:[- ][A-Za-z0-9]{3,10})"
    r"{0,3})[ \t]*(?:\n|$)"
)
BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
# A token or key stated with letters and digits mixed, shorter than the key rules' twenty:
# "the reset token is a8f3-22kq-9zt1" (h9b); ten writers state keys so.
SHORT_TOKEN = re.compile(  # searched in lower-cased text
    r"\b(?:token|key)\s*(?:is|was|:|=)\s*[`\"']?(?P<value>(?=[a-z_-]*\d)(?=[0-9_-]*[a-z])"
    r"[a-z0-9][a-z0-9_-]{7,19})(?![\w-])"
)
# A credential named, then given as "it's …" in the same or the next sentence: "the password
# is on the sticky note... kidding. It's Heron#Q3_payroll" (holdout12), "the door code … changed
# on Monday, it's 1-9-6-5-star now" (holdout6).
NAMED_THEN_ITS = re.compile(  # searched in lower-cased text
    r"\b(?:password|passcode|passphrase|pin|wi-?fi key|network key|wpa key|door code|gate code"
    r"|alarm code|key code|lock code|access code)\b[^\n]{0,80}?\bit(?:['\u2019]s| is)\s+"
    r"[`\"'\u201c\u2018]?(?P<value>[^\s`\"'\u201c\u201d\u2018\u2019]{6,40})"
)

# A combination's groups joined by spaced (en) dashes, as word processors set them: "die
# Kombination 38 - 14 - 72" (de8; de7's "1 - 9 - 7 - 4" too).
SPACED_GROUPS = re.compile(  # searched in lower-cased text
    r"\b(?:combination|combo|kombination|zahlenkombination|code|pin|zahlencode)\b"
    r"[^.!?\n\d]{0,30}?(?P<value>\d{1,3}(?: [\u2013\u2014-] \d{1,3}){2,4})"
    r"(?! ?[\u2013\u2014-]? ?\d)"
)
# Digits one is told to key in, where the sentence speaks of access: "type 7355 at the prompt",
# "carers use 0704 to turn the alarm off", "use the code 392817 we just texted you to log in"
# (holdout3, holdout6, h10b, h11b). Digits that go on in groups are a phone number or a card.
ENTERED_DIGITS = re.compile(  # searched in lower-cased text
    r"\b(?:enter|type|use|key in|punch in|tap in)\s+(?:the\s+)?(?:(?:code|pin)\s+)?"
    r"(?P<value>\d{4,8})(?![\d%.,]|\s*[\d\u00a3\u20ac$%-]|\s+(?:euros?|pounds?|dollars?)\b)"
)
ACCESS_CUE = re.compile(  # searched in lower-cased text
    r"\b(?:code|pin|passcode|log(?:ging)? ?in|sign(?:ing)? ?in|unlock|prompt|keypad|verif\w*"
    r"|menu|disarm|turn (?:it|the alarm) off)\b"
)
YEAR = re.compile(r"(?:19|20)\d\d")
CODE_NOUN = re.compile(r"\b(?:code|pin)\b")
COUNTED_BEFORE = re.compile(r"\b(?:pages?|seiten?|steps?|schritte?|chapters?|kapitel)\b")
READY_WORD = re.compile(r"\d+(?:-[a-z]+)+")


def _sentence_around(lowered: str, start: int, end: int) -> str:
    return sentence_around(lowered, start, end, stops=SENTENCE_END)


def _v14(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    if "code" in lowered or "pin" in lowered or "combo" in lowered:
        for match in LOCK_CODE.finditer(lowered):
            if LOCK_WORD.search(_sentence_around(lowered, match.start(), match.end())):
                spans.append((CODE_LABEL, *match.span("value")))
    if " \u2013 " in text or " - " in text or " \u2014 " in text:
        for match in SPACED_GROUPS.finditer(lowered):
            if not COUNTED_BEFORE.search(lowered, match.start(), match.start("value")):
                spans.append((CODE_LABEL, *match.span("value")))
    if "enter" in lowered or "type" in lowered or "use" in lowered or " in " in lowered:
        for match in ENTERED_DIGITS.finditer(lowered):
            sentence = _sentence_around(lowered, match.start(), match.end())
            locked = LOCK_WORD.search(sentence)
            if YEAR.fullmatch(match.group("value")) and not (CODE_NOUN.search(match[0]) or locked):
                continue  # "we use 2024 as the code year": a year, unless it is what is keyed in
            if ACCESS_CUE.search(sentence) or locked:
                spans.append((CODE_LABEL, *match.span("value")))
    if "codes" in lowered:
        for named in LISTED_CODES_NAME.finditer(lowered):
            blank = BLANK_LINES.match(text, named.end())
            at = blank.end() if blank else named.end()
            while (line := LISTED_CODE.match(text, at)) is not None:
                value = line.group("value")
                if sum(c.isdigit() for c in value) < 4:
                    break
                spans.append((CODE_LABEL, *line.span("value")))
                at = line.end()
                if at >= len(text) or text[at - 1] != "\n":
                    break
    if "it" in lowered:
        for match in NAMED_THEN_ITS.finditer(lowered):
            start = match.start("value")
            end = trim_trailing(text, start, match.end("value"), chars=".,;:!?)")
            value = text[start:end]
            if READY_WORD.fullmatch(value):
                continue  # "it is 2024-ready": a word, not a value
            if any(c.isdigit() for c in value) and _credential_like(value, classes=2):
                spans.append((gettext_noop("a password"), start, end))
    if "token" in lowered or "key" in lowered:
        for match in SHORT_TOKEN.finditer(lowered):
            start, end = match.span("value")
            if not PLACEHOLDER.search(text[start:end]) and not KEY_PLACEHOLDER.search(
                lowered, start, end
            ):
                spans.append((gettext_noop("an API key or token"), start, end))
    return spans


# --- Structure, personal-v16 (issue 13) ---------------------------------------------------------
# A user name and a password side by side with a slash between, in any language and without a
# word for "login": "nimm vorerst monteur_ks / Schornstein77!". The name is written in lower case
# like an account's (letters, digits, "._@-"); the password has two letters and a sign, two
# digits, or mixed case with a digit. Over every read set the shape matches 50 labelled secrets
# and no clean draft.
BARE_LOGIN_PAIR = re.compile(
    r"(?<![\w/.@-])[a-z][\w.@-]{1,30} / (?P<value>(?=[^\s/]*[A-Za-z][^\s/]*[A-Za-z])"
    r"(?=[^\s/]*[\d!#$%&*?@])[^\s/]{6,40})(?=[\s.,;:)]|$)"
)
# A code that is a person's identity, not a way in: "your personal customs code: P1200…",
# "Zollnummer", a tax code. Personal data reads it (personal-v16).
IDENTITY_CODE_BEFORE = re.compile(
    r"(?i)\b(?:personal\s+)?(?:customs(?:\s+clearance)?|clearance|tax|zoll)[\s-]*"
    r"(?:code|number|no\.?|id|nummer)\s*[:#]?\s*(?:is\s+|ist\s+|lautet\s+)?$"
)


BOLD_QUESTION_END = re.compile(r"^[^\W\d_]+[?!][*_]+$")


def _pair_password(value: str) -> bool:
    """A sign, two digits or mixed case with a digit: "Kiefer88!", "frostbite2025", "Ab3cdef";
    not a word with one digit ("small / medium2")."""
    return bool(
        re.search(r"[!#$%&*?@]", value)
        or sum(c.isdigit() for c in value) >= 2
        or (re.search(r"[A-Z]", value) and re.search(r"[a-z]", value) and re.search(r"\d", value))
    )


def _v16(text: str) -> list[tuple[str, int, int]]:
    if " / " not in text:
        return []
    spans: list[tuple[str, int, int]] = []
    for match in BARE_LOGIN_PAIR.finditer(text):
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
        value = text[start:end]
        if BOLD_QUESTION_END.search(value):
            continue  # "carpet / desk / clothes?**": a bold heading's question (secrets-v32)
        if end - start >= 6 and _pair_password(value) and not PLACEHOLDER.search(value):
            spans.append((gettext_noop("a password"), start, end))
    return spans


# --- A code's kind named, or the code named as what it serves (values-v17, issue 13) ---------
# A code whose name says it lets someone in, with its digits right after the name and no verb:
# "a one-off login code 918273 over chat", "verification code 482913". A bare "code 4821" stays
# unread (error, discount and order codes are written so).
PRIVATE_CODE_THEN_DIGITS = re.compile(  # searched in lower-cased text
    r"\b(?:log-?in|sign-?in|verification|one-time|one-off|single-use|access|unlock|reset"
    r"|recovery|2fa|mfa|authenti[ck]ation|sms)[\s-]+(?:code|pin|passcode)\s+"
    r"(?P<value>\d{4,8})(?![\w/:-]|[.,]\d|\s?(?:%|\d|digits?\b|characters?\b|chars\b))"
)
# Digits, then the credential they serve as: "unlock with 1997 as the admin PIN", "set 4471 as
# the door code".
DIGITS_AS_THE = re.compile(  # searched in lower-cased text
    r"\b(?:with|use|using|set|sets|chose|picked|has|have|had|keep|kept)\s+(?P<value>\d{4,8})"
    r"\s+as\s+(?:the|your|its|their|his|her|my|our|a)\s+(?:[a-z-]+\s+){0,2}?"
    # The noun ends the phrase: "2024 as the code year on the labels" names a year.
    r"(?:pin|passcode|password|code|combination)(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:and|but|so|for"
    r"|on|at|to|that|which|in|of|since|because|until|by|with|from|if|when|while|who)\b)"
)
V17_HINTS = ("code", "pin", "pass", "combination")


def _v17(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text) or not any(hint in lowered for hint in V17_HINTS):
        return []
    spans: list[tuple[str, int, int]] = []
    for regex in (PRIVATE_CODE_THEN_DIGITS, DIGITS_AS_THE):
        for match in gates.finditer(regex, lowered):
            spans.append((CODE_LABEL, *match.span("value")))
    return spans


# --- Codes by their keys, their grouping and how they are said (values-v18, issue 13) ----------
# A keypad's sequence: digits that end with the hash or star key ("4471#", "3-9-0-4-hash", "2 5 8
# 0 star", "0815-Raute"). Every such sequence in the read sets is a door's, a gate's or an
# alarm's code; no other number is written so.
KEYPAD_SEQUENCE = re.compile(  # searched in lower-cased text
    r"(?=\d)(?<![\w*#+/.-])(?<!\d[ -])(?P<value>(?:\d{4,8}|\d(?:[ -]\d){3,7})"
    r"(?:[ -]?#|[ -](?:hash|raute|star|stern)|[ -](?:then|dann|and|und|plus) (?:the )?"
    r"(?:hash|raute|star|stern)(?: key| taste)?))(?![\w#*-])"
)
KEY_MARK = re.compile(r"#|\b(?:hash|raute|star|stern)\b(?:(?: key| taste)\b)?")
# A code's or PIN's name, the copula, a short adverbial (who it is for, when it holds), then its
# digits, perhaps in groups: "Der Einmal-PIN … ist bei Ihnen 77 41 09", "… code is for you today
# 4411".
_ADVERBIAL = (
    r"(?:(?:bei|f\u00fcr|an|for)\s+(?:ihnen|sie|dich|dir|euch|you|uns|him|her|them)"
    r"|heute|today|now|jetzt|diesmal|this time|ab sofort|aktuell|currently|still|noch"
    r"|\u00fcbrigens|by the way|nun)"
)
CODE_ADVERBIAL_DIGITS = re.compile(  # searched in lower-cased text
    r"(?:\bpin|\btan|code|passcode|kombination|combination)\b[^.!?\n]{0,50}?\b(?:ist|lautet"
    r"|is|war|was)\s+(?:" + _ADVERBIAL + r"\s+){1,2}(?P<value>(?<![\w-])\d{2,4}(?:[ .-]\d{2,4})"
    r"{0,3})(?![\w-]|[.,]\d|\s?(?:%|\u20ac|\$|\u00a3|digits?\b|stellen\b|ziffern\b|minut\w*|uhr\b))"
)
# A password described, then given after "so", "also", "i.e." or "→": "pass for the laptop is
# the boat's name with a capital K and 2024 at the end, so Kittiwake2024", "das Passwort ist der
# Name vom Hund plus Jahreszahl, also Krümel2026!". The value holds a letter and a digit.
DESCRIBED_THEN_SO = re.compile(
    r"(?i)\b(?:password|passcode|passphrase|pass|passwort|kennwort|login)\b[^.!?\n]{0,60}?"
    r"\b(?:is|ist|lautet|are)\b[^.!?\n]{4,120}?(?:,\s*|\s+|\s*[:\u2014\u2013-]\s*)"
    r"(?:so|also|i\.e\.|d\.h\.|=|\u2192)\s*[\"'\u201c\u201e]?"
    r"(?P<value>(?=[^\s\"'\u201c\u201d]*\d)(?=[^\s\"'\u201c\u201d]*[^\W\d_])"
    r"[^\s\"'\u201c\u201d]{6,40})"
)
# The same for a code's digits: "master PIN is the last four digits of your phone number
# reversed plus 88, so in your case 3017 88", "Die Kombi ist das Gründungsjahr rückwärts, also
# 7991".
DESCRIBED_CODE_THEN_SO = re.compile(  # searched in lower-cased text
    r"\b(?:pin|code|kombi|kombination|combination|passcode|tan)\b[^.!?\n]{0,60}?\b(?:is|ist"
    r"|lautet)\b[^.!?\n]{4,120}?(?:,\s*|\s+|\s*[:\u2014\u2013-]\s*)(?:so|also|i\.e\.|d\.h\.|="
    r"|\u2192)\s*(?:(?:in your case|in ihrem fall|bei ihnen|for you|f\u00fcr sie)\s+)?"
    # The digits end the clause: "so 2026 is fine" names a year.
    r"(?P<value>\d{2,4}(?:[ .-]?\d{2,4}){0,3})(?=\s*(?:[.,;:!?)\u2014\u2013]|-\s|$))(?![.,]\d)"
)
# A code said in German number words of two digits after its name: "mit dem Code
# siebenundvierzig-elf auf", "die PIN ist neunzehn vierundachtzig".
# A lock's compound names it too: "mit dem Zahlencode dreiundsechzig-vierzehn" (values-v14,
# session 27).
SAID_PAIRS_DE = re.compile(  # searched in lower-cased text
    r"(?:\b(?:zahlen|t\u00fcr|tor|tresor|zugangs|schloss|alarm|safe)?code|\bpin|\btan|kombination)"
    r"\b\s*(?::|ist|lautet|war)?\s*"
    r"(?P<value>[a-z\u00e4\u00f6\u00fc\u00df]+(?:[ -]+[a-z\u00e4\u00f6\u00fc\u00df]+){1,5})"
)
V18_HINTS = ("#", "hash", "raute", "star", "stern", "code", "pin", "tan", "kombi",
             "combination", "pass", "kennwort", "login")  # fmt: skip


def _v18(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text) or not any(hint in lowered for hint in V18_HINTS):
        return []
    spans: list[tuple[str, int, int]] = []
    if any(key in lowered for key in ("#", "hash", "raute", " star", " stern")):
        # From each key's mark back to its digits (a scan of the whole draft costs more).
        seen = -1
        for mark in KEY_MARK.finditer(lowered):
            match = KEYPAD_SEQUENCE.search(lowered, max(seen + 1, mark.start() - 32), mark.end())
            if match is not None and match.end() == mark.end():
                spans.append((CODE_LABEL, *match.span("value")))
                seen = match.end()
    for match in gates.finditer(CODE_ADVERBIAL_DIGITS, lowered):
        if PUBLIC_CODE_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
            continue  # "your booking code is now 4411": a public code
        if 4 <= sum(c.isdigit() for c in match.group("value")) <= 8:
            spans.append((CODE_LABEL, *match.span("value")))
    for match in gates.finditer(DESCRIBED_THEN_SO, text):
        if _pass_as_verb(text, match.start()) or not _credential_like(match.group("value")):
            continue
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'\u201c\u201d")
        spans.append((gettext_noop("a password"), start, end))
    for match in gates.finditer(DESCRIBED_CODE_THEN_SO, lowered):
        if PUBLIC_CODE_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
            continue  # "the discount code is …, so 2026": a public code
        if 4 <= sum(c.isdigit() for c in match.group("value")) <= 8:
            spans.append((CODE_LABEL, *match.span("value")))
    for match in gates.finditer(SAID_PAIRS_DE, lowered):
        said = []  # the digits of each number word, up to the first other word
        stop = match.start("value")
        for word in re.finditer(r"[^\s-]+", match.group("value")):
            digits = german_digits(word.group())
            if digits is None:
                break
            said.append(digits)
            stop = match.start("value") + word.end()
        # Digit words one by one are SAID_DIGITS' ("sieben vier eins eins"); here a pair.
        if 4 <= len("".join(said)) <= 8 and any(len(digits) == 2 for digits in said):
            spans.append((CODE_LABEL, match.start("value"), stop))
    return spans


# --- Values laid out: over lines, in parts, in a table's column, spaced (values-v19, issue 13) --
# New writers lay a credential out instead of writing it in a sentence: the name ends its line
# and the value follows on the next lines, sometimes broken over several ("password is" /
# "Marl-" / "brook-" / "2031!"; "Your PIN for the locker:" / "5 8" / "2 4"); a value given in
# named parts ("pw (first part): …", "zweite Hälfte: …"); a name with a bracket before its
# colon; a config line whose name ends in _KEY; a password spaced letter by letter; a table
# whose header names the column.
_LAID_LOGIN_WORDS = (
    r"password|passwd|passwort|kennwort|passcode|passphrase|pass|pw|pwd|creds|credentials"
    r"|zugangsdaten|login|log-in|anmeldung"
)
_LAID_CODE = (
    r"pin|pin-code|pincode|code|combination|combo|kombination|kombi|zahlencode|geheimzahl|tan"
    r"|otp|zugangscode|t\u00fcrcode|torcode"
)
_LAID_KEY = r"key|token|secret|schl\u00fcssel|api-key|api key"
# A line that names the value and stops: "Your PIN for the Quarrel Lane lockers:", "password
# is", "Der PIN lautet", "Kennwort (neu):". Searched in lower-cased text, one line at a time.
LAID_NAME_LINE = re.compile(
    rf"(?:^|[\s(*_-])(?:(?P<password>{_LAID_LOGIN_WORDS})|(?P<code>{_LAID_CODE})"
    rf"|(?P<key>{_LAID_KEY}))(?:\s*\([^()\n]{{1,30}}\))?"
    r"(?:\s+(?:for|of|to|f\u00fcr|f\u00fcrs|zum|zur|von|vom|am|an|at|on|in|im)\b[^:\n]{0,50})?"
    r"\s*(?:[:=\u2192]|->|\bis\b|\bare\b|\bist\b|\blautet\b|\blauten\b|\bsind\b|\bwill be\b)?"
    r"[*_\s]*$"
)
# A piece of a value on its own line: one token, or digits in groups ("3 3", "7 1 #").
LAID_PIECE = re.compile(r"[*_`\"']*(?P<value>[^\s`\"']{1,30}|\d[\d#*]*(?: [\d#*]+){1,5})[*_`\"']*")
LAID_HINTS = ("pass", "pw", "pin", "code", "kombi", "combo", "combination", "kennwort", "key",
              "token", "secret", "schl\u00fcssel", "creds", "credentials", "zugang", "login",
              "tan", "otp", "geheimzahl", "anmeldung", "left", "links")  # fmt: skip
# A value given in parts: "pw (first part): Tarn0ck", "the second half is !stone", "Teil 2:
# -Halle#9", "zweite Hälfte: …". Searched in lower-cased text.
PART_NAMED = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|other|1st|2nd|3rd|final)\s+(?:part|half|bit|piece"
    r"|chunk|line)|part\s+[1-4]|(?:erste|zweite|dritte|vierte|letzte|andere)[rn]?\s+(?:teil"
    r"|h\u00e4lfte)|teil\s+[1-4]|h\u00e4lfte\s+[1-4])\b\)?"
    r"(?:\s+(?:of\s+(?:the|it|your|my|our)|des|der|vom)\s*[\w-]*)?"
    r"\s*(?:[:=\u2192]|->|\bis\b|\bist\b|\blautet\b|\bwas\b|\bwar\b)\s*"
    r"[\"'\u201c\u201e`]?(?P<value>[^\s\"'\u201c\u201d`,;]{3,40})"
)
PART_NOUN = re.compile(rf"\b(?:{_LAID_LOGIN_WORDS}|{_LAID_CODE}|{_LAID_KEY})\b")
# A credential's name with a bracket before its colon: "pw (first part): …", "Code (nur
# heute): 4471". Searched in lower-cased text.
BRACKETED_NAME = re.compile(
    rf"\b(?:(?P<password>{_LAID_LOGIN_WORDS})|(?P<code>{_LAID_CODE}))\s*\([^()\n]{{1,30}}\)\s*"
    r"(?:[:=\u2192]|->)\s*[\"'\u201c\u201e`]?(?P<value>[^\s\"'\u201c\u201d`]{3,60})"
)
# A config line whose name ends in KEY: "WIDGET_KEY=5fd0…", "sendgrid_key: …"; a lower-case one
# that names a password: "db_password=…".
ENV_KEY_LINE = re.compile(
    r"(?<![\w.-])(?:[A-Za-z][A-Za-z0-9]*_)+(?:KEY|key|Key|PW|pw)\s*[:=]\s*[\"']?"
    r"(?P<value>[^\s\"']{16,200})"
    r"|(?<![\w.-])[a-z][a-z0-9_]*_(?:password|passwd|pass|pwd|secret|token)\s*[:=]\s*[\"']?"
    r"(?P<value2>[^\s\"']{6,200})"
)
# A password spaced letter by letter after its name: "Kennwort: K a i 7 ! s t e i n".
SPACED_VALUE = re.compile(
    rf"\b(?:{_LAID_LOGIN_WORDS})\b[^\n.]{{0,30}}?(?:[:=\u2192]|\bis\b|\bist\b|\blautet\b)\s*"
    r"(?P<value>(?:[^\s] ){5,39}[^\s])(?![^\s])"
)
# A user name shaped like an identifier (an underscore, a digit or an "@" in it, any case)
# before a slash and a password: "BW_CREW / t@rnside-41". The lower-case form is
# BARE_LOGIN_PAIR's.
ID_LOGIN_PAIR = re.compile(
    r"(?<![\w/.@-])(?=[\w.@-]*[_@\d])[A-Za-z][\w.@-]{1,30} / "
    r"(?P<value>(?=[^\s/]*[A-Za-z][^\s/]*[A-Za-z])(?=[^\s/]*[\d!#$%&*?@])[^\s/]{6,40})"
    r"(?=[\s.,;:)]|$)"
)
# A code named as private by its purpose, even when a public word names it: "den
# Gutschein-Code …, der zum Freischalten: 5847-RT". Searched in lower-cased text.
UNLOCKING_CODE = re.compile(
    r"\b(?:code|pin|kombination|schl\u00fcssel|key)\b[^.\n!?]{0,60}?\b(?:zum|zur|f\u00fcrs"
    r"|to|for)\s+(?:freischalten|entsperren|anmelden|einloggen|\u00f6ffnen|unlock(?:ing)?"
    r"|log(?:ging)?\s+in|sign(?:ing)?\s+in)\b\s*[:=\u2192]\s*(?P<value>[a-z0-9][a-z0-9-]{3,19})"
    r"(?![\w-])"
)
# A code's digits given in parts: "the first four digits are 4471 and the last two are 09",
# "die ersten vier Ziffern sind 4471, die letzten zwei 09". Searched in lower-cased text; a
# code's name must be in the sentence or just before.
DIGITS_PART = re.compile(
    r"\b(?:(?:first|last|next|remaining|final|other)\s+(?:two|three|four|five|six|[2-6])"
    r"(?:\s+(?:digits|numbers))?(?:\s+of\s+[^.,;:\n]{1,30}?)?\s*(?:are|is|:|=|\u2192)"
    r"|(?:ersten|letzten|n\u00e4chsten|restlichen|anderen)\s+(?:zwei|drei|vier|f\u00fcnf|sechs"
    r"|[2-6])(?:\s+(?:ziffern|stellen|zahlen))?(?:\s+(?:sind|lauten|hei\u00dfen)|\s*[:=\u2192])?)"
    r"\s*(?P<value>\d{2,6})(?![\w/:-]|[.,]\d|\s?(?:%|uhr|h\b|min|euro|eur|chf|\u20ac))"
)
DIGITS_PART_NOUN = re.compile(
    r"\b(?:code|pin|combination|combo|kombination|kombi|zahlencode|t\u00fcrcode|tresorcode"
    r"|geheimzahl|passcode)\b|(?:safe|tresor|schloss|lock)\w*\s+(?:code|pin)"
)
NOT_A_CODE_PART = re.compile(
    r"\b(?:card|karte|account|konto|iban|phone|telefon|mobile|handy|order|bestell|invoice"
    r"|rechnung|tracking|sendung|booking|buchung|reference|referenz)"
)
# A dial's combination, turn by turn: "left 12, right 40, left 7", "links 12, rechts 40,
# links 7". Searched in lower-cased text.
DIAL_TURNS = re.compile(
    r"\b(?P<value>(?:left|right|links|rechts)\s+(?:to\s+|auf\s+)?\d{1,2}(?:\s*[,;]?\s*(?:then\s+"
    r"|dann\s+|and\s+|und\s+)?(?:left|right|links|rechts)\s+(?:to\s+|auf\s+)?\d{1,2}){2,4})\b"
)
PART_HINTS = ("part", "half", "teil", "h\u00e4lfte", "piece", "chunk")
ENV_HINTS = ("_key", "_pw", "_pass", "_secret", "_token")
SPACED_RUN = re.compile(r"(?:[^\s] ){5}[^\s](?![^\s])")
DIGITS_PART_HINTS = ("digits", "ziffern", "stellen", "first", "last", "ersten", "letzten",
                     "next", "remaining", "final", "n\u00e4chsten", "restlichen")  # fmt: skip
DIAL_HINTS = ("combination", "combo", "kombination", "kombi", "safe", "tresor", "dial",
              "schloss", "lock")  # fmt: skip
UNLOCKING_HINTS = ("freischalten", "entsperren", "anmelden", "einloggen", "\u00f6ffnen",
                   "unlock", "log in", "logging in", "sign in", "signing in")  # fmt: skip
TABLE_HEADER = re.compile(rf"(?:{_LAID_LOGIN_WORDS}|{_LAID_CODE}|{_LAID_KEY})")


def _piece_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines after `start` that each hold one piece of a value, up to the first that is
    not one (a blank line, a sentence, a bracket)."""
    pieces: list[tuple[int, int]] = []
    at = start
    while len(pieces) < 6 and at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        match = LAID_PIECE.fullmatch(line.strip())
        if match is None:
            break
        offset = at + (len(line) - len(line.lstrip())) + match.start("value")
        pieces.append((offset, offset + len(match.group("value"))))
        at = stop + 1
    return pieces


def _laid_value(kind: str, value: str) -> bool:
    if PLACEHOLDER.search(value) or value.lower() in COMMON_WORDS:
        return False
    if kind == "code":
        digits = sum(c.isdigit() for c in value)
        return 4 <= digits <= 10 and digits >= len(value.replace(" ", "")) - 2
    if kind == "key":
        return len(value) >= 16 and _credential_like(value, classes=2)
    return (
        len(value) >= 6
        and _credential_like(value, classes=2)
        and any(not c.isalpha() for c in value)
    )


def _laid_over_lines(text: str, lowered: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    at = 0
    while (stop := text.find("\n", at)) >= 0:
        line = lowered[at:stop]
        at = stop + 1
        match = LAID_NAME_LINE.search(line) if len(line) <= 120 else None
        if match is None:
            continue
        kind = "password" if match.group("password") else "code" if match.group("code") else "key"
        if kind == "code" and PUBLIC_CODE_BEFORE.search(line, 0, match.start(kind) + 1):
            continue  # "Your booking code:" / "4471 2290": a public code
        if kind == "code" and PUBLIC_CODE_BEFORE.search(line[: match.start(kind)] + " "):
            continue
        pieces = _piece_lines(text, at)
        if not pieces:
            continue
        value = "".join(text[a:b] for a, b in pieces)
        if kind == "code":
            value = " ".join(text[a:b] for a, b in pieces)
        if _laid_value(kind, value):
            label = CODE_LABEL if kind == "code" else gettext_noop("a password")
            spans += [(label, a, b) for a, b in pieces]
    return spans


def _table_column(text: str, lowered: str) -> list[tuple[str, int, int]]:
    """A table whose header row names a credential's column: the cells under it."""
    spans: list[tuple[str, int, int]] = []
    column = -1
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group()
        if line.count("|") < 2:
            column = -1
            continue
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^|]+", line)]
        if column < 0:
            for index, (_, cell) in enumerate(cells):
                if TABLE_HEADER.fullmatch(cell.strip().lower().rstrip(":")):
                    column = index
            continue
        if column >= len(cells) or set(cells[column][1].strip()) <= set("-: "):
            continue
        offset, cell = cells[column]
        value = cell.strip()
        start = line_match.start() + offset + cell.index(value) if value else 0
        header_kind = "password"
        if value and _laid_value(header_kind, value):
            spans.append((gettext_noop("a password"), start, start + len(value)))
        elif value and _laid_value("code", value):
            spans.append((CODE_LABEL, start, start + len(value)))
    return spans


def _v19(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    slash = text.find(" / ")
    while slash >= 0:  # from each slash back to its user name (a scan of the draft costs more)
        match = ID_LOGIN_PAIR.search(text, max(0, slash - 32), slash + 44)
        slash = text.find(" / ", slash + 3)
        if match is not None:
            start = match.start("value")
            end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'")
            value = text[start:end]
            if end - start >= 6 and _pair_password(value) and not PLACEHOLDER.search(value):
                spans.append((gettext_noop("a password"), start, end))
    if not any(hint in lowered for hint in LAID_HINTS):
        return spans
    if "\n" in text:
        spans += _laid_over_lines(text, lowered)
        if "|" in text:
            spans += _table_column(text, lowered)
    parts = any(word in lowered for word in PART_HINTS)
    for match in PART_NAMED.finditer(lowered) if parts else ():
        before = lowered[max(0, match.start() - 160) : match.start()]
        value = text[match.start("value") : match.end("value")].rstrip(".!?)")
        if not PART_NOUN.search(before + lowered[match.start() : match.start("value")]):
            continue
        if value.lower() in COMMON_WORDS or KEY_PLACEHOLDER.search(value):
            continue
        mixed = value != value.lower() and value != value.upper()
        if mixed or any(not c.isalpha() for c in value):
            start = match.start("value")
            spans.append((gettext_noop("a password"), start, start + len(value)))
    bracketed = "):" in text or ") :" in text or ")=" in text
    for match in BRACKETED_NAME.finditer(lowered) if bracketed else ():
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)\"'\u201c\u201d")
        value = text[start:end]
        if PLACEHOLDER.search(value):
            continue
        if match.group("code"):
            if PUBLIC_CODE_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
                continue
            if 4 <= sum(c.isdigit() for c in value) <= 10:
                spans.append((CODE_LABEL, start, end))
        elif any(not c.isalpha() for c in value) and len(value) >= 4:
            spans.append((gettext_noop("a password"), start, end))
    env = "_" in text and any(word in lowered for word in ENV_HINTS)
    for match in ENV_KEY_LINE.finditer(text) if env else ():
        group = "value" if match.group("value") else "value2"
        start, end = match.span(group)
        value = text[start:end]
        if (
            not PLACEHOLDER.search(value)
            and not KEY_PLACEHOLDER.search(value)
            and (_credential_like(value, classes=2) and any(c.isdigit() for c in value))
        ):
            spans.append((gettext_noop("an API key or token"), start, end))
    spaced = SPACED_RUN.search(text) is not None
    for match in SPACED_VALUE.finditer(lowered) if spaced else ():
        value = text[match.start("value") : match.end("value")].replace(" ", "")
        if _credential_like(value, classes=2) and any(not c.isalpha() for c in value):
            spans.append((gettext_noop("a password"), *match.span("value")))
    digit_parts = any(word in lowered for word in DIGITS_PART_HINTS)
    for match in DIGITS_PART.finditer(lowered) if digit_parts else ():
        before = lowered[max(0, match.start() - 160) : match.end()]
        if NOT_A_CODE_PART.search(lowered, max(0, match.start() - 60), match.end()):
            continue  # "the last four digits of the card on file: 7714": a card's digits
        if DIGITS_PART_NOUN.search(before) or DIGITS_PART_NOUN.search(
            lowered, match.end(), match.end() + 60
        ):
            spans.append((CODE_LABEL, *match.span("value")))
    if any(word in lowered for word in DIAL_HINTS) and (
        "left" in lowered or "right" in lowered or "links" in lowered or "rechts" in lowered
    ):
        spans += [(CODE_LABEL, *match.span("value")) for match in DIAL_TURNS.finditer(lowered)]
    unlocking = any(word in lowered for word in UNLOCKING_HINTS)
    for match in UNLOCKING_CODE.finditer(lowered) if unlocking else ():
        value = match.group("value")
        if any(c.isdigit() for c in value):
            spans.append((CODE_LABEL, *match.span("value")))
    return spans


# --- The value said first, the noun's "'s", a password beside its user name (values-v19) ------
# The value as the subject, the credential's name after the copula: "Brackmoor!58 is the new
# admin password", "Marl!77 — that's the password for the till", "Die 4471 ist der Code fürs
# Tor". The value must look like a password (or a code's digits); the noun ends the phrase.
VALUE_THEN_NOUN = re.compile(
    r"(?<![\w@#/.:-])(?P<value>[^\s\"'`()\[\]<>,;]{4,40}?)[\"'\u201c\u201d]?\s+"
    r"(?:is|was|will be|ist|war|wird|(?:[-\u2013\u2014:]\s+)?(?:that's|that is|this is|das ist"
    r"|dies ist|it's|it is|das wird))\s+(?:(?:the|our|your|my|his|her|their|der|die|das|dein"
    r"|deine|ihr|ihre|unser|unsere|mein|meine)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>password|passwort|kennwort|passcode|pin|code|combination|combo|kombination)\b"
)
NOT_ONE_OF_OURS = re.compile(
    r"\b(?:just|only|simply|merely|nur|blo\u00df|einfach|not|kein|keine|manufacturing|production"
    r"|batch|date|serial|model|product|tracking|order|booking|reference|discount|promo|voucher"
    r"|error|postal|post|zip|area|country|colour|color|tax|herstell\w*|produktions\w*|fehler"
    r"|bestell\w*|buchungs\w*|rabatt\w*|gutschein\w*|post\w*)\b"
)
NOUN_AFTER_VALUE = re.compile(
    r"\b(?:password|passwort|kennwort|passcode|pin|code|combination|combo|kombination)\b"
)
# A credential's name contracted with "is": "the key's Moorlicht!58", "PIN's 4471".
NOUN_APOSTROPHE_S = re.compile(
    r"(?i)\b(?:password|passcode|pin|code|key|combo|combination)['\u2019]s\s+"
    r"(?:now\s+|still\s+)?(?P<value>[^\s\"'`,;]{4,40})"
)
# A password beside its user name, whatever its shape: "Username elna.dorr, password
# fennelgate, all lower case", "Login: elna.dorr" / "Pass: fennelgate", "Benutzername: … -
# Passwort: …". The user name is named first, in the same line or the line before, and is
# shaped like an account's (a dot, an underscore, an "@" or a digit in it) or follows a colon.
USER_THEN_PASSWORD = re.compile(
    r"(?i)\b(?:user(?:name)?|login|benutzer(?:name)?|nutzername|konto|account)"
    r"(?:\s*[:=]\s*|\s+(?=[\w+-]*[._@\d]))(?!(?:and|und|or|oder|is|ist)\b)"
    r"(?P<user>[\w.@+-]{3,40})\s*(?:[,;\n]|\s[-\u2013\u2014/]\s|\s+and\s+|\s+und\s+)\s*"
    r"(?:(?:the|your|das|ihr)\s+)?(?:password|passwort|kennwort|pass|pw|pwd)\s*(?:[:=]|\bis\b"
    r"|\bist\b|\blautet\b)?\s*[\"'\u201c\u201e]?(?P<value>[^\s\"'\u201c\u201d`,;()]{6,40})"
)
# A private code in groups of letters and digits: "Your one-time passcode: XK7 PQ9".
PRIVATE_CODE_GROUPS = re.compile(
    r"(?i)\b(?:one-time|one time|verification|login|sign-in|access|unlock|reset|recovery|backup"
    r"|einmal|best\u00e4tigungs|zugangs|anmelde)[\s-]*(?:pass)?(?:code|pin|kennwort|passwort)"
    r"\s*(?:[:=]|\bis\b|\bist\b|\blautet\b)\s*"
    r"(?P<value>(?-i:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,4}(?: [A-Z0-9]{3,4}){1,3}))"
    r"(?![\w-])"
)


APOSTROPHE_NOUNS = ("password", "passcode", "pin", "code", "key", "combo", "combination")
PRIVATE_GROUP_HINTS = ("one-time", "one time", "verification", "login", "sign-in", "access",
                       "unlock", "reset", "recovery", "backup", "einmal", "best\u00e4tigungs",
                       "zugangs", "anmelde")  # fmt: skip


def _v19b(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    nouns = ("password", "passwort", "kennwort", "passcode", "pin", "code", "combination",
             "combo", "kombination")  # fmt: skip
    for noun in NOUN_AFTER_VALUE.finditer(lowered) if any(n in lowered for n in nouns) else ():
        # From each noun back to the value before it (a scan of the draft costs more).
        match = VALUE_THEN_NOUN.search(lowered, max(0, noun.start() - 90), noun.end())
        if match is not None and match.start("noun") == noun.start():
            if NOT_ONE_OF_OURS.search(lowered, match.end("value"), match.start("noun")):
                continue  # "… is just the manufacturing code": explained as something else
            start, end = match.span("value")
            value = text[start:end].rstrip(".!?:")
            end = start + len(value)
            if match.group("noun") in ("pin", "code", "combination", "combo", "kombination"):
                digits = sum(c.isdigit() for c in value)
                if (
                    4 <= digits <= 8
                    and digits >= len(value) - 2
                    and not PUBLIC_CODE_BEFORE.search(
                        lowered[match.end("value") : match.start("noun")] + " "
                    )
                ):
                    spans.append((CODE_LABEL, start, end))
            elif (
                _credential_like(value, classes=3)
                and any(c.isdigit() for c in value)
                and not PLACEHOLDER.search(value)
                and not EMAIL_LIKE.match(value)
            ):
                spans.append((gettext_noop("a password"), start, end))
    if any(f"{noun}{mark}s" in lowered for noun in APOSTROPHE_NOUNS for mark in "'\u2019"):
        for match in NOUN_APOSTROPHE_S.finditer(text):
            start = match.start("value")
            end = trim_trailing(text, start, match.end("value"), chars=".,;:)!?\"'")
            value = text[start:end]
            if PUBLIC_CODE_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
                continue
            digits = sum(c.isdigit() for c in value)
            if (4 <= digits <= 8 and digits >= len(value) - 2) or (
                _credential_like(value, classes=3) and digits and not PLACEHOLDER.search(value)
            ):
                spans.append((gettext_noop("a password"), start, end))
    users = any(w in lowered for w in ("user", "login", "benutzer", "nutzername", "konto",
                                       "account"))  # fmt: skip
    passwords = users and any(w in lowered for w in ("pass", "pw", "kennwort"))
    for match in USER_THEN_PASSWORD.finditer(text) if passwords else ():
        start = match.start("value")
        end = trim_trailing(text, start, match.end("value"), chars=".,;:)!?\"'")
        value = text[start:end]
        if len(value) < 6 or value.lower() in COMMON_WORDS or EMAIL_LIKE.match(value):
            continue
        # Any shape, beside its user name; PLACEHOLDER would refuse a word of letters alone.
        if not KEY_PLACEHOLDER.search(value) and (value.isalpha() or not PLACEHOLDER.search(value)):
            spans.append((gettext_noop("a password"), start, end))
    if any(word in lowered for word in PRIVATE_GROUP_HINTS):
        spans += [(CODE_LABEL, *m.span("value")) for m in PRIVATE_CODE_GROUPS.finditer(text)]
    return spans


# --- Session 28, values-v15 (issue 13): codes said digit by digit beside a lock; a value on a
# line of its own under the line that names it; quotes of every European convention ---------

# Digit words joined by hyphens, one digit or (in German) a pair each: "two-zero-two-one",
# "zwo-null-zwo-eins", "neunzehn-dreiundfünfzig". Prose joins number words with hyphens only to
# read a number out; the words around it say what the number opens. Searched in lower-cased text.
_SAID_PART = rf"(?:{SAID_DIGIT}|[a-z\u00fc]*(?:zig|\u00dfig|ssig|zehn)|elf|zw\u00f6lf)"
HYPHENED_DIGITS = re.compile(rf"(?<![\w-]){_SAID_PART}(?:-{_SAID_PART}){{1,7}}(?![\w-])")
# What a said code opens, or the code's own name, anywhere in its sentence. German compounds end
# in the lock's word ("Zahlenschloss", "Schlüsseltresor"), so the German words are matched as
# a word's end. "Tor" and "Tür" are left out: "Motor", "Doktor" end the same way.
LOCK_IN_SENTENCE = re.compile(
    r"\b(?:padlock|lock|safe|keypad|key ?safe|lock ?box|combination|combo|code|pin|passcode"
    r"|alarm|locker|door|gate|kombination|pin|code)s?\b"
    r"|(?:schloss|schloß|tresor|kombination|code|pin|alarmanlage)(?:es|s|e)?\b"
)
# A number said in a sentence about calling or counting is no code ("call me on
# oh-seven-seven …", "seat one-two-three"); a phone's digits are personal data's.
NOT_A_CODE_IN_SENTENCE = re.compile(
    r"\b(?:phone|mobile|call|ring|number|tel|telefon|handy|nummer|anruf\w*|rufnummer|seat|sitz"
    r"\w*|room|zimmer|flat|wohnung|step|schritt)\b"
)


def _said_digit_count(words: str) -> int:
    digits = 0
    for word in re.split(r"-", words):
        said = german_digits(word) if word not in UNITS else UNITS[word]
        if said is None and word in REPEATS:
            digits += REPEATS[word] - 1
        elif said is not None:
            digits += len(said)
        else:
            said_english = [part for part in word.split() if part in UNITS]
            digits += len(said_english)
    return digits


def _said_beside_a_lock(text: str, lowered: str) -> list[tuple[str, int, int]]:
    """A code said in hyphen-joined digit words, 3 to 8 digits, in a sentence that names a lock
    or a code: "is the padlock on your gate still two-zero-two-one?", "das Schloss am Gartentor
    ist noch zwo-null-zwo-eins" (the particles "still/noch/doch" kept the verb rules from it)."""
    if "-" not in lowered or len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in HYPHENED_DIGITS.finditer(lowered):
        if not 3 <= _said_digit_count(match.group()) <= 8:
            continue
        sentence = sentence_around(lowered, match.start(), match.end())
        if LOCK_IN_SENTENCE.search(sentence) and not NOT_A_CODE_IN_SENTENCE.search(sentence):
            spans.append((CODE_LABEL, *match.span()))
    return spans


# A line that names a credential and ends with a colon, then the value alone on the next line
# that holds anything: "Your temporary password is below, valid 24 h:\n\n    Qz7!pedal-Rit".
# E-mails lay a value out so in every language; the value is one token of three kinds of
# character (as PASSWORD_BARE asks of a value without a separator). Lower-cased text.
NAMING_LINE = re.compile(
    r"(?m)^[^\n]*?(?:pass(?:word|wort|code|phrase)|kennwort|\bpin\b|zugangsdaten|credentials"
    r"|api[- ]?key|token|secret)[^\n]*:[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<value>[^\s]{6,80})[ \t]*$"
)


def _value_on_its_own_line(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if ":\n" not in lowered.replace(" \n", "\n") or len(lowered) != len(text):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in NAMING_LINE.finditer(lowered):
        start, end = match.span("value")
        value = text[start:end]
        if (
            _credential_like(value, classes=3)
            and any(c.isdigit() for c in value)
            and not PLACEHOLDER.search(value)
            and not EMAIL_LIKE.match(value)
            and ":" not in value
        ):
            spans.append((gettext_noop("a password"), start, end))
    return spans


# German, Swiss and French quotes ("„Passwort vergessen“", "«Passwort vergessen»") open and
# close a value as "…" does; a value that is the credential's own name is a button or a field.
OTHER_QUOTES = "\u201e\u201a\u00ab\u00bb\u2039\u203a\u201c\u201d\u2018\u2019"
CREDENTIAL_NAMES = frozenset(
    ("password", "passwort", "kennwort", "passcode", "pin", "code", "passwords", "passw\u00f6rter")
)


Span = tuple[str | Phrase, int, int]


def _unquoted(text: str) -> Callable[[Span], Span | None]:
    """The span without the quotes the patterns above did not know, or None where what is left
    is no value: a credential's own name ("„Passwort") or a word the quote made look like one
    (the "vergessen»" of "«Passwort vergessen»": » counted as a symbol)."""

    def trimmed(span: Span) -> Span | None:
        label, start, end = span
        while start < end and text[start] in OTHER_QUOTES:
            start += 1
        while end > start and text[end - 1] in OTHER_QUOTES:
            end -= 1
        if (start, end) == span[1:]:
            return span
        value = text[start:end]
        if value.lower().rstrip(".,;:!?") in CREDENTIAL_NAMES:
            return None
        if not any(c.isdigit() for c in value) and not _credential_like(value):
            return None
        return label, start, end

    return trimmed


# --- Values by form (values-v16, session 29) -------------------------------------------------

# A password given as one quoted word right after its name, or after its name, a few words and a
# colon or "is": "sagen Sie an der Pforte das Kennwort „Silberweide“", "das Abholpasswort
# für Ihren Sohn: „Wasserlilie“", "the gate password "bluefinch"". The quotes set the word
# apart as the value; the name (German compounds too: "Abholpasswort") says what it is. A word
# of prose ("wrong"), a button ("„Anmelden“") or the credential's own name is none.
QUOTED_WORD_AFTER_NAME = re.compile(  # searched in lower-cased text
    r"(?:pass(?:wort|word|phrase)|kennwort|codewort|losungswort|code ?word)\b"
    r"(?:\s*|(?:\s+[\w'\u2019-]+){0,5}?\s*(?::|\bist\b|\blautet\b|\bis\b|\bwas\b|\bwar\b)\s*)"
    r"[\"\u201e\u201c\u00ab](?P<value>[^\W\d_][\w-]{3,30})[\"\u201c\u201d\u00bb]"
)

# PLACEHOLDER takes every word of letters alone (its "^[A-Z_]+$" is case-blind): the
# placeholder words themselves here.
QUOTED_WORD_PLACEHOLDER = re.compile(
    r"(?i)example|sample|demo|dummy|placeholder|beispiel|muster|xxxx|changeme|geheim|secret"
)

# A button or a field is what a screen's words are: "Tippe im Feld Passwort „Anzeigen“ an",
# "unter Passwort „Ändern“ wählen", "click Password "Show"".
SCREEN_WORDS = re.compile(  # searched in lower-cased text
    r"klick|tipp|drück|wähl|schaltfläche|button|\bfeld|field|menü|menu|\btab\b|click|\btap"
    r"|press|select|\bunter\b|\bunder\b"
)

# A lock set to a code, as German says it: "das Schloss ist auf 4826 gestellt", "der Tresor
# wurde auf 2580 umgestellt".
LOCK_SET_TO_DE = re.compile(
    rf"(?i)\b{_LOCK_NOUNS}(?:\s+[\w'-]+){{0,6}}?\s*(?:ist|wurde|wird|sind|wurden)\s+"
    r"(?:(?:jetzt|noch|nun|seit \w+|ab \w+)\s+)?auf\s+(?P<value>\d(?:[ -]?\d){3,7})\s+"
    r"(?:ein|um)?gestellt\b"
)

# A Wi-Fi said to have been or to be called a quoted value of the password's shape: capitals,
# small letters, a digit and a sign ("das WLAN … war jahrelang „Hobel7_Span!“", "the old wifi
# was "Anvil7_Forge!""). A network's name is quoted the same way ("Unser WLAN heißt
# „Gast_Netz“"), but seldom holds a sign as "!" or "#" beside a digit (values-v16).
WIFI_QUOTED_VALUE = re.compile(
    r"(?i)\b(?:wi-?fi|wlan)\b[^.?\n]{0,60}?\b(?:was|were|is|war|ist|hie\u00df|hei\u00dft|hiess"
    r"|heisst)\b(?:\s+[\w'-]+){0,2}?\s*[\"\u201e\u201c\u00ab]"
    r"(?P<value>[^\s\"\u201c\u201d\u00bb]{6,40})[\"\u201c\u201d\u00bb]"
)
PASSWORD_SIGN = frozenset("!#$%&*?@+=~^")


def _wifi_quoted_values(text: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    for match in gates.finditer(WIFI_QUOTED_VALUE, text):
        value = match.group("value")
        if (
            any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)
            and not PASSWORD_SIGN.isdisjoint(value)
        ):
            spans.append((gettext_noop("a password"), *match.span("value")))
    return spans


def _quoted_word_after_its_name(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if len(lowered) != len(text) or not any(q in text for q in '"\u201e\u201c\u00ab'):
        return []
    spans: list[tuple[str, int, int]] = []
    for match in gates.finditer(QUOTED_WORD_AFTER_NAME, lowered):
        start, end = match.span("value")
        value = text[start:end]
        if (
            value.lower() in COMMON_WORDS
            or value.lower() in CREDENTIAL_NAMES
            or UI_LABEL.match(value)
            or QUOTED_WORD_PLACEHOLDER.search(value)
            or any(part in value.lower() for part in ("passw", "kennw", "login", "anmeld"))
            or SCREEN_WORDS.search(lowered, max(0, match.start() - 40), min(len(text), end + 20))
        ):
            continue
        spans.append((gettext_noop("a password"), start, end))
    return spans


# --- A password or a code stated in prose, by where the value stands (secrets-v30, session 35) --
# A password's name, then its value as the clause's last word: after "is", "ist", "lautet",
# "heißt", a colon or nothing ("Das Passwort lautet kaffeepause.", "password canoeandcocoa,
# everyone uses it", "Passwort Betatest-Juni, bitte …"). A word of prose stands there too ("the
# password is wrong.", "Passwort vergessen?"): an English word the sentence model's vocabulary
# holds whole, a German word shaped as an adjective, a participle or an infinitive, or one of
# the words below is not a value. Beside a network, "code" and "key" name its password too.
_PROSE_NAME = (
    r"(?:[\w\u00c0-\u00ff]+-)?(?:pass(?:word|wort|phrase)|kennwort|pwd|wlan-schl\u00fcssel"
    r"|wi-?fi[ -]key|wlan-key|netzwerkschl\u00fcssel)"
)
_PROSE_NETWORK_NAME = r"(?:code|key|schl\u00fcssel|pass)"
_PROSE_SEPARATOR = (
    r"(?:\s+(?:is|was|ist|war|lautet|hei(?:\u00df|ss)t)(?:\s+(?:now|still|jetzt|noch|nun"
    r"|immer noch))?\s*:?\s*|\s*[:=]\s*|\s+)"
)
_PROSE_VALUE = (
    r"[\"'\u201c\u201e\u2018\u201a]?(?P<value>[A-Za-z\u00c0-\u00ff][\w\u00c0-\u00ff!#$%&*+@?-]{4,39}"
    r"(?<![-_]))[\"'\u201d\u201c\u2019\u2018]?"
)
# The clause ends with the value: a mark, the end, a bracket or dash, or a word that starts
# the next clause ("… canoeandcocoa so …", "… Betatest-Juni bitte …").
_PROSE_END = (
    r"(?=\s*(?:[.,;!?)]|$|\(|[\u2014\u2013]|\s-\s)"
    r"|\s+(?:so|and|then|but|for|please|und|dann|aber|f\u00fcr|bitte|oder|or)\b)"
)
PROSE_PASSWORD = re.compile(
    rf"(?i)(?<![\w-])(?P<name>{_PROSE_NAME})\b{_PROSE_SEPARATOR}{_PROSE_VALUE}{_PROSE_END}"
)
PROSE_NETWORK_PASSWORD = re.compile(
    rf"(?i)(?<![\w-])(?P<name>{_PROSE_NETWORK_NAME})\b{_PROSE_SEPARATOR}{_PROSE_VALUE}{_PROSE_END}"
)
GERMAN_PROSE_WORD = re.compile(
    r"(?i)(?:lich|ig|isch|bar|los|haft|sam|iert|en|ern|eln|ert|elt|t\u00e4t|ung|heit|keit)$"
    r"|^(?:\w{0,6})ge\w{3,}(?:t|en)$"
)
ENGLISH_PROSE_END = re.compile(r"(?:ed|ing|ly)$")
PROSE_NOT_VALUES = frozenset(
    (
        "falsch", "korrekt", "richtig", "gleich", "anders", "neu", "weg", "sicher", "geheim",
        "privat", "pflicht", "privatsache", "sache", "leer", "hier", "dort", "unten", "oben",
        "folgendes", "dasselbe", "dieselbe", "gleiche", "tempor\u00e4r", "standard", "unsicher",
        "schwach", "stark", "lang", "kurz", "alt", "ihr", "ihres", "ihrem", "dein", "mein",
        "unser", "euer", "vorhanden", "nicht", "noch", "schon", "bekannt", "unbekannt",
        "changed", "manager", "protected", "protection", "reset", "recovery", "field",
        "geschützt", "schutz", "feld", "abfrage", "eingabe", "wechsel", "vergabe", "hinweis",
        "regeln", "richtlinie", "zurücksetzen", "vergessen", "below", "unten", "attached",
        "anbei", "beiliegend", "separat", "separately", "automatically", "automatisch",
    )
)  # fmt: skip
PROSE_CODE = re.compile(
    r"(?i)(?<![\w-])(?P<name>(?:[\w\u00c0-\u00ff]+-?)?(?:pin|passcode|code|combination"
    r"|kombination|zahlenschloss))\b"
    # "PIN to 5093", "PIN at 0000", "Admin-PIN für Sie 4096", "combination as last year (…)".
    r"(?:\s+(?:to|at|auf|f\u00fcr sie|for you)|(?:\s+[\w\u00c0-\u00ff'-]+){0,5}\s*\(|\s*:?)"
    r"\s*(?P<value>\d(?:[ -]?\d){3,7})(?![\w-]|[.,]\d)"
    r"(?=\s*(?:[.,;!?)]|$|[\u2014\u2013])|\s+(?:so|and|then|dann|und|bitte|please)\b)"
)

# A value said to stand for one: "password: yourpassword", "Kennwort: Beispiel123".
PROSE_PLACEHOLDER = re.compile(
    r"(?i)your|^ihr|^dein|[_-]here$|replace|xxxx|changeme|example|beispiel|muster"
    r"|(?:^|[_-])(?:sample|dummy|fake|placeholder)(?:[_-]|$)|(\w)\1{5,}"
)

# Whatever it is, it "opens with" a code: "the meeting room opens with 0707", "the service menu
# opens with 0000 then 4417", "the side gate opens with forty-one seventy", "öffnet mit 2417".
OPENS_WITH = re.compile(
    r"(?i)\b(?:opens|unlocks|\u00f6ffnet|\u00f6ffnen|entsperrt)(?:\s+(?:sich|it|up|still|only"
    r"|always|immer|noch|nur))*\s+(?:with|using|mit)\s+(?:(?:the|dem|der)\s+)?(?:(?:code|pin"
    r"|combination|kombination)\s+)?"
)
OPENS_WITH_DIGITS = re.compile(
    r"\d(?:[ -]?\d){3,7}(?:\s+(?:then|and then|dann|und dann|followed by)\s+\d(?:[ -]?\d){3,7})?"
    # The code ends its clause, or how it is used follows ("… 2580 then the key symbol"); a
    # number before a noun is a count ("opens with 1200 visitors").
    r"(?![\w-]|[.,]\d)(?=\s*(?:[.,;:!?)#*\u2014\u2013]|$)|\s+(?:then|and|so|on|after|but"
    r"|followed|plus|dann|und|danach|aber|bitte|please)\b)"
)
# A key of 32 to 64 hexadecimal characters given after a key was named in an earlier sentence
# ("The API key … is sk-ant-…. Wait, wrong one. Correct one below:\n8cf0167a…", "den
# API-Schlüssel … Zum Testen könnt ihr meinen nehmen: 4354600…"). A hash named just before it
# is another string ("commit 9f3c…", "SHA-256: …").
HEX_KEY = re.compile(
    r"(?<![\w/.=-])(?=[0-9a-fA-F]*[a-fA-F])(?=(?:[a-fA-F]*\d){4})[0-9a-fA-F]{32,64}(?![\w/-]|\.\w)"
)
KEY_NAMED = re.compile(r"\b(?:api|key|keys|token|secret|credentials?)\b|schl\u00fcssel")


@functools.cache
def _vocabulary() -> frozenset[str]:
    """The words the sentence model's tokenizer holds whole: ordinary English words (the
    tokenizer the wording stage has loaded already, hash-checked, not its file read again)."""
    from openline.language.embedders import word_pieces_tokenizer

    return frozenset(w for w in word_pieces_tokenizer().get_vocab() if w.isalpha())


def _prose_word(value: str) -> bool:
    """A word of prose, not a password: in the English vocabulary, shaped as a German
    adjective, participle or infinitive (lower case), or one of PROSE_NOT_VALUES."""
    lowered = value.lower()
    if any(c.isdigit() for c in value):
        return lowered in PROSE_NOT_VALUES
    parts = [part for part in lowered.split("-") if part]
    vocabulary = _vocabulary()
    if lowered in COMMON_WORDS or lowered in PROSE_NOT_VALUES or lowered in CREDENTIAL_NAMES:
        return True
    if all(
        part in vocabulary or part in PROSE_NOT_VALUES or re.sub(r"e?s$", "", part) in vocabulary
        for part in parts
    ):
        return True
    return value.islower() and bool(
        GERMAN_PROSE_WORD.search(lowered) or ENGLISH_PROSE_END.search(lowered)
    )


def _prose_span(text: str, match: re.Match[str]) -> tuple[str, int, int]:
    start = match.start("value")
    return gettext_noop("a password"), start, trim_trailing(text, start, match.end("value"))


def _prose_values(text: str, lowered: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    if any(word in lowered for word in ("pass", "kennw", "pwd", "schl\u00fcssel", "key")):
        for match in PROSE_PASSWORD.finditer(text):
            value = text[slice(*_prose_span(text, match)[1:])]
            if _prose_word(value) or PROSE_PLACEHOLDER.search(value):
                continue
            if _ticket_pass(text, match.start()) or _pass_as_verb(text, match.start()):
                continue
            spans.append(_prose_span(text, match))
    if NETWORK_BEFORE.search(text):
        for match in PROSE_NETWORK_PASSWORD.finditer(text):
            # "the wifi is AshgroveGuest, code stillwater2026": a network's code, with a digit.
            sentence = re.split(r"[.!?\n]\s", text[max(0, match.start() - 80) : match.start()])
            value = text[slice(*_prose_span(text, match)[1:])]
            if (
                not NETWORK_BEFORE.search(sentence[-1])
                or _prose_word(value)
                or PROSE_PLACEHOLDER.search(value)
                or not any(c.isdigit() for c in value)
            ):
                continue
            spans.append(_prose_span(text, match))
    if any(word in lowered for word in ("pin", "code", "combination", "kombination", "schloss")):
        for match in PROSE_CODE.finditer(text):
            name = match.group("name").lower()
            before = text[max(0, match.start() - 30) : match.start()]
            if PUBLIC_CODE_BEFORE.search(before) or PUBLIC_CODE_NOUN.match(name.replace("-", "")):
                continue  # "error code 4410", "Gutscheincode 2024"
            spans.append((gettext_noop("an access code or PIN"), *match.span("value")))
    if any(word in lowered for word in ("open", "\u00f6ffne", "entsperrt")):
        spans += _opens_with(text)
    if any(word in lowered for word in ("key", "token", "secret", "credential", "schl\u00fcssel")):
        for match in HEX_KEY.finditer(text):
            start = match.start()
            if KEY_NAMED.search(lowered, max(0, start - 300), start) and not (
                OTHER_HASH_BEFORE.search(lowered, max(0, start - 30), start)
            ):
                spans.append((gettext_noop("an API key or token"), start, match.end()))
    return spans


def _opens_with(text: str) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    said = {start: end for start, end, digits in spoken_numbers(text) if len(digits) >= 4}
    for match in OPENS_WITH.finditer(text):
        given = OPENS_WITH_DIGITS.match(text, match.end())
        if given is not None:
            spans.append((gettext_noop("an access code or PIN"), *given.span()))
        elif match.end() in said:
            spans.append((gettext_noop("an access code or PIN"), match.end(), said[match.end()]))
    return spans


# --- Values read by their shape and their place in the clause (secrets-v32) -------------------

# A password's shape: capitals, small letters, a digit and a sign inside the token, not at its
# end ("Gams-Rodel!44", "Gamsblitz#2026"). A sign-in in the same sentence makes it the password
# whatever the sentence calls it ("log into the app with … as a one-off password", "Zum
# Einloggen nehmen Sie vorerst …"). A hashtag, a handle, an address or a link is no token here.
STRONG_TOKEN = re.compile(
    r"(?<![\w@#/.:=-])(?P<value>[A-Za-z\u00c0-\u00ff][\w!#$%&*?+=~^.-]{5,38}[\w!#$%&*?+=~^])"
    r"(?![\w@/-]|\.\w)"
)
SIGN_IN_SENTENCE = re.compile(  # searched in lower-cased text
    r"\b(?:log(?:ged|ging)?[ -]?(?:in|into|on)|sign(?:ed|ing)?[ -]?(?:in|into|on)|login|password"
    r"|passcode|passwort|kennwort|einlogg\w*|eingeloggt|anmelde\w*|angemeldet|zugangsdaten)\b"
)


def _strong_shape(value: str) -> bool:
    inner = value[:-1]
    return (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and any(c in PASSWORD_SIGN for c in inner)
        and "://" not in value
    )


def _signed_in_with_strong_tokens(text: str, lowered: str) -> list[tuple[str, int, int]]:
    if not any(c in PASSWORD_SIGN for c in text):
        return []
    found = []
    for match in STRONG_TOKEN.finditer(text):
        start, end = match.span("value")
        if not _strong_shape(text[start:end]):
            continue
        sentence = _sentence_around(lowered, start, end)
        if SIGN_IN_SENTENCE.search(sentence):
            found.append((gettext_noop("a password"), start, end))
    return found


# A one-time code as an authenticator or a text message shows it, two groups of three digits
# ("662 914"), told some sentences after the code was named ("I've sent a one-time code … Our
# system shows it as 662 914", "Bestätigungscode per SMS … Bei mir steht er als 418 207").
OTP_GROUPS = re.compile(r"(?<![\d,.\u20ac$\u00a3+/-])(?<!\d )\d{3} \d{3}(?![\d/]|[.,]\d)(?! ?\d)")
OTP_NOUN = re.compile(  # searched in lower-cased text
    r"(?:one[- ]time|verification|confirmation|security|login|log-in|sign-in|2fa|two-factor|sms"
    r"|text|app|auth(?:entication|enticator)?|einmal|best\u00e4tigungs|sicherheits|anmelde"
    r"|verifizierungs|login-|sms-|app-)[ -]?(?:code|pin|passcode)s?\b|\b(?:otp|m?tan)\b"
)
NUMBER_NOUN_BEFORE = re.compile(  # searched in lower-cased text
    r"(?:order|invoice|account|customer|member|ticket|case|phone|tel|fax|reference|ref|number|no"
    r"|nr|nummer|bestellung|rechnung|konto|kunden\w*|telefon|tel\.)\W{0,3}"
    r"(?:(?:is|ist|lautet|was|war)\s+)?$"
)
AMOUNT_BEFORE = re.compile(r"(?:[\u20ac$\u00a3\u00a5]|\b(?:eur|usd|gbp|chf|jpy))\s?$")
# An amount, a unit or a counted noun after the digits: "120 450 JPY", "160 000 Kunden".
COUNTED_AFTER = re.compile(
    r"\s?(?:[\u20ac$\u00a3\u00a5%]|[A-Z]{3}\b|(?i:eur|euro|km|kg|mm|cm|m)\b)"
    r"|\s+(?:[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+"
    r"|(?!(?:is|was|has|as|its|this|us|yes)\b)[a-z]+s)\b"
)


def _one_time_codes_told_later(text: str, lowered: str) -> list[tuple[str, int, int]]:
    found = []
    for match in OTP_GROUPS.finditer(text):
        start, end = match.span()
        if not OTP_NOUN.search(lowered, max(0, start - 300), start):
            continue
        if NUMBER_NOUN_BEFORE.search(lowered, max(0, start - 20), start):
            continue
        if COUNTED_AFTER.match(text, end):
            continue
        if AMOUNT_BEFORE.search(lowered, max(0, start - 6), start):
            continue
        found.append((CODE_LABEL, start, end))
    return found


# Digits keyed in, then the clause that names them: "Ich hab 2580 eingegeben, das war immer meine
# PIN", "I typed 4711, which is my PIN".
DIGITS_THEN_NAMED = re.compile(  # searched in lower-cased text
    r"(?<![\w.,/-])(?P<value>\d{4,8})(?![\w.,/-]|,\d)[^.!?\n]{0,30}?,\s*(?:das|dies|which|that"
    r"|this)\s+(?:war|ist|is|was|were)\s+(?:\w+\s+){0,2}?(?:meine?|my|die|the|unsere?|our|ihre?"
    r"|your)\s+(?:[\w-]+-)?(?:pin|passwort|kennwort|password|passcode|geheimzahl)\b"
)
# A lock set to digits, the verb before the noun ("Ab sofort ist das Schloss am Rad auf 6 1 8 4
# umgestellt"); and a dial's combination, two-digit groups ("die Kombi 40-17-62").
LOCK_SET_INVERTED_DE = re.compile(
    rf"(?i)\b(?:ist|wurde|wird|sind|wurden)\s+(?:\w+\s+){{0,2}}?{_LOCK_NOUNS}(?:\s+[\w'-]+){{0,4}}?"
    r"\s+auf\s+(?P<value>\d(?:[ -]?\d){3,7})\s+(?:ein|um)?gestellt\b"
)
DIAL_COMBINATION = re.compile(  # searched in lower-cased text
    r"\b(?:kombi|kombination|zahlenkombination|combination|combo)\b\s*(?:ist|is|:|lautet)?\s*"
    r"(?P<value>\d{1,2}(?:[ \u2013/-]\d{1,2}){2,3})(?![\d/.-])"
)
DIAL_LOCK = re.compile(r"\b(?:tresor|safe|schloss|lock|padlock|spind|locker)", re.IGNORECASE)


def _digits_named_after_or_set(text: str, lowered: str) -> list[tuple[str, int, int]]:
    found = [(CODE_LABEL, *m.span("value")) for m in DIGITS_THEN_NAMED.finditer(lowered)]
    found += [(CODE_LABEL, *m.span("value")) for m in LOCK_SET_INVERTED_DE.finditer(text)]
    for match in DIAL_COMBINATION.finditer(lowered):
        sentence = _sentence_around(lowered, match.start(), match.end())
        if DIAL_LOCK.search(sentence):
            found.append((CODE_LABEL, *match.span("value")))
    return found


# A gift or voucher code issued to one person has random groups, letters and digits mixed in each
# ("LX7Q-PPR2-9MKW", "GL-7K3M-Q9"): whoever reads it redeems it. A shop's public code is a word
# with a number ("SPRING10") or groups of one kind each ("GC-0098-TT").
ISSUED_CODE_NOUN = re.compile(  # searched in lower-cased text
    r"(?:gift|voucher|redeem|redemption|claim)[ -]?(?:card |voucher )?code|gutscheincode"
    r"|einl\u00f6secode|geschenkcode"
)
GROUPED_TOKEN = re.compile(r"(?<![\w-])[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6}){1,4}(?![\w-])")


def _random_groups(value: str) -> bool:
    groups = value.split("-")
    mixed = [g for g in groups if re.search(r"[A-Z]", g) and re.search(r"\d", g)]
    return len(mixed) >= 2 and len(value.replace("-", "")) >= 8


def _issued_codes(text: str, lowered: str) -> list[tuple[str, int, int]]:
    found = []
    for noun in ISSUED_CODE_NOUN.finditer(lowered):
        stop = _sentence_end_at(lowered, noun.end())
        for match in GROUPED_TOKEN.finditer(text, noun.end(), stop):
            if _random_groups(match.group()):
                found.append((CODE_LABEL, *match.span()))
                break
    return found


def _sentence_end_at(lowered: str, at: int) -> int:
    ends = [i for i in (lowered.find(". ", at), lowered.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(lowered)


# What the clause after a value says it is, when that is an identifier: "…, LF-P4-0423, is just
# the panel ID", "That's just the inventory number", "ist nur die Torbezeichnung", "is the room
# number at …".
# An identifier's name with what it identifies, a word before it or a compound ("the panel ID",
# "the inventory number", "Nutzen-ID", "Torbezeichnung"); never "the number" alone, which may be
# the code itself ("That's just the number you type at the keypad").
_IDENTIFIER_NAMED = (
    r"(?:(?:(?!same\b|gleiche)[\w-]+\s+){1,2}?(?:id|number|nummer|bezeichnung|kennung|label"
    r"|serial)\b|\w+-?(?:id|nummer|bezeichnung|kennung)\b)"
)
IDENTIFIER_AFTER = re.compile(  # matched in lower-cased text where the value ends
    r"[^.!?\n]{0,60}?(?:[.!?]\s+(?:that|this|it|das|dies|er|es)(?:['\u2019]s|\s+is|\s+ist)"
    r"|\b(?:is|ist|are|sind)|['\u2019]s)\s+(?:(?:just|only|simply|merely|nur|lediglich|blo\u00df"
    r"|einfach)\s+(?:the|a|an|our|die|der|das|eine?|unsere?)\s+"
    # the bare noun only with whose it is: "just the number of the gate"
    r"(?:(?:number|nummer|id)\s+(?:of|der|des|von)\b|" + _IDENTIFIER_NAMED + r")"
    r"|(?:the|die|der|das)\s+" + _IDENTIFIER_NAMED + r")"
)
# A key the sentence calls a demonstration, and whose value says so too ("Example key in the
# docs is `vc_test_1234567890abcdef` — it's a demo key").
DEMO_KEY_SAID = re.compile(  # searched in lower-cased text
    r"\b(?:demo|example|sample|dummy|placeholder|beispiel|muster)[ -]?"
    r"(?:api[ -]?)?(?:key|token|schl\u00fcssel|keys)\b"
)
DEMO_VALUE = re.compile(
    r"(?i)(?:^|[_-])(?:test|demo|example|sample|dummy|fake|beispiel)(?:[_-]|$)|0123|1234|abcdef"
    r"|0000|xxxx"
)
# A header's name before its placeholder: "`X-Api-Key: YOUR_API_KEY`".
HEADER_THEN_PLACEHOLDER = re.compile(r":\s*(?:YOUR|MY|<)[\w<>-]*(?:KEY|TOKEN|SECRET)")
# A promotion's shape (a word and a number: "SPRING10", "ROOTS20") after a promotion was named.
PROMOTION_SHAPE = re.compile(r"([A-Z]{3,12})(\d{1,3})")
PROMOTION_NAMED = re.compile(  # searched in lower-cased text
    r"\b(?:promo|promotion|promotional|discount|coupon|voucher|sale|offer)\b|rabatt|aktions"
    r"|gutschein"
)
# The value called a code and nothing that opens something: "the current code on our website
# is …", not "the door code is …".
PLAIN_CODE_BEFORE = re.compile(  # searched in lower-cased text
    r"^(?!.*(?:pass|pin\b|kennwort|wlan|wi-?fi|door|t\u00fcr|\btor\b|lock|schloss|key"
    r"|schl\u00fcssel|login|anmelde)).*\bcode\b"
)
# A word in quotation marks used as a verb: 'asked for my login to "fast-track" my verification'.
QUOTED_VERB = re.compile(  # checked around the value in lower-cased text
    r"\bto\s+[\"'\u201c\u2018]$"
)
VERB_SHAPE = re.compile(r"[a-z]+(?:-[a-z]+)?")
DETERMINER_AFTER = re.compile(
    r"[\"'\u201d\u2019]\s+(?:my|your|the|his|her|our|their|a|an|it|them|this|that)\b"
)
# A code named by what it lists: "item code LT-DB500", "SKU …".
CATALOGUE_CODE_BEFORE = re.compile(  # searched in lower-cased text
    r"\b(?:item|article|product|part|model|sku|style|catalogue|catalog)\s+(?:code|number|no\.?|#)"
    r"\s*:?\s*$|\bsku\s*:?\s*$"
)


# A record's number named right before the value: "Your order number is 418 207".
RECORD_NUMBER_BEFORE = re.compile(  # searched in lower-cased text
    r"(?:\b(?:order|invoice|booking|reservation|tracking|customer|member(?:ship)?|ticket|case"
    r"|reference|parcel|shipment)\s+(?:number|no\.?|nr\.?|#|id)|(?:bestell|rechnungs|buchungs"
    r"|kunden|auftrags|sendungs|vorgangs|mitglieds|reservierungs)(?:nummer|nr\.?))\s*"
    r"(?:(?:is|ist|lautet|was|war)\s+|:\s*)?$"
)


def _said_public_v32(text: str, lowered: str, start: int, end: int) -> bool:
    value = text[start:end]
    if RECORD_NUMBER_BEFORE.search(lowered, max(0, start - 40), start):
        return True
    if IDENTIFIER_AFTER.match(lowered, end):
        return True
    if DEMO_VALUE.search(value) and DEMO_KEY_SAID.search(_sentence_around(lowered, start, end)):
        return True
    if HEADER_THEN_PLACEHOLDER.match(text, end):
        return True
    promotion = PROMOTION_SHAPE.fullmatch(value)
    if (
        promotion
        and promotion.group(1).lower() in _vocabulary()
        and PLAIN_CODE_BEFORE.search(lowered[max(0, start - 40) : start])
        and PROMOTION_NAMED.search(lowered, max(0, start - 300), start)
    ):
        return True
    if (
        VERB_SHAPE.fullmatch(value)
        and QUOTED_VERB.search(lowered, max(0, start - 6), start)
        and DETERMINER_AFTER.match(lowered, end)
    ):
        return True  # not 'changed the pass phrase to "copper heron 41" this morning'
    return bool(CATALOGUE_CODE_BEFORE.search(lowered, max(0, start - 20), start))

"""The words that introduce a secret ("Passwort", "PIN", "API key", …), how each is
judged (``Label``), their misspellings, the devices that have a code, the key emoji,
the words of a login, and the words before "code" that make it a one-time code or
no PIN at all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from delegator.domain.secrets.findings import SecretKind
from delegator.domain.secrets.text_scan import trie


@dataclass(frozen=True, slots=True)
class Label:
    kind: SecretKind
    weak: bool = False  # an everyday word: after a bare space only in capitals or before
    # a value that is clearly secret ("PIN 1234", "pw Sommer2024!"; not "pin the goals")
    evidence: bool = False  # the value must look secret even after ":" ("Schlüssel: …")
    compound: bool = False  # may end a German compound ("WLAN-Passwort", "Adminkennwort")
    shortest: int = 4  # the fewest characters of a value (a CVV has 3)
    device: bool = False  # a lock or alarm: its code follows "mit", "with" or ":"
    keyword: bool = False  # also the keyword of a contest or letter ("Kennwort 'Gewinnspiel'")


PASSWORD = Label(SecretKind.PASSWORD)
_PIN = Label(SecretKind.PIN)
_CHECK_NUMBER = Label(SecretKind.PIN, shortest=3)
_KEY = Label(SecretKind.API_KEY)
ONE_TIME_CODE = Label(SecretKind.PIN, compound=True)
_LABELS = {
    **dict.fromkeys(
        ("passwords", "password", "passwort", "passwörter"),
        Label(SecretKind.PASSWORD, compound=True),
    ),
    **dict.fromkeys(
        ("kennwort", "kennwörter"), Label(SecretKind.PASSWORD, compound=True, keyword=True)
    ),
    **dict.fromkeys(
        ("wpa", "wpa2", "wpa3", "wpa-psk", "wpa2-psk", "wpa3-sae", "psk"),
        Label(SecretKind.PASSWORD, evidence=True),
    ),
    **dict.fromkeys(
        ("passphrase", "passwd", "passcode", "pwd", "losungswort", "wlan-key", "wlan key",
         "wifi key", "wifi-key", "wi-fi key", "network key", "wpa key", "wpa2 key",
         "wpa-key", "wpa2-key", "wpa3 key", "wpa3-key", "wlan-passwort", "wlan passwort",
         "wlan-schlüssel", "wlan schlüssel", "wifi-schlüssel", "wpa-schlüssel",
         "wpa2-schlüssel", "netzwerkschlüssel", "netzwerk-schlüssel"),
        PASSWORD,
    ),
    "pass": Label(SecretKind.PASSWORD, weak=True),
    "pw": Label(SecretKind.PASSWORD, weak=True),
    "schlüssel": Label(SecretKind.PASSWORD, evidence=True, compound=True),
    **dict.fromkeys(
        ("pin-code", "pin code", "pincode", "pin-nummer", "pin number", "zugangscode",
         "türcode", "tuercode", "torcode", "alarmcode", "tresorcode", "safe code",
         "door code", "gate code", "entry code", "alarm code", "access code", "puk",
         "geheimnummer", "geheimcode"),
        _PIN,
    ),
    "geheimzahl": Label(SecretKind.PIN, compound=True),
    # One-time and recovery codes; "…code(s)" after a word of ONE_TIME_BEFORE too.
    **dict.fromkeys(
        ("einmalpasswort", "einmal-passwort", "one-time code", "one-time password", "2fa code",
         "2fa-code", "2fa codes", "2fa-codes", "otp", "mtan", "smstan", "sms-tan",
         "tan-nummer", "zahlenkombination"),
        ONE_TIME_CODE,
    ),
    "tan": Label(SecretKind.PIN, weak=True),
    "combination": Label(SecretKind.PIN, weak=True),  # of a lock
    "kombination": Label(SecretKind.PIN, weak=True),
    "pin": Label(SecretKind.PIN, weak=True),
    "code": Label(SecretKind.PIN, weak=True, compound=True),
    "codes": Label(SecretKind.PIN, weak=True, compound=True),
    **dict.fromkeys(
        ("cvc", "cvv", "cvc2", "cvv2", "cav2", "security code", "sicherheitscode",
         "kartenprüfnummer", "kartenprüfziffer", "prüfnummer", "prüfziffer"),
        _CHECK_NUMBER,
    ),
    "cid": Label(SecretKind.PIN, weak=True, shortest=3),
    **dict.fromkeys(
        ("api-key", "api key", "api_key", "apikey", "api-schlüssel", "api-token",
         "api token", "access key", "access token", "auth token", "bearer",
         "client secret", "secret key", "private key", "privater schlüssel",
         "geheimer schlüssel", "app-passwort", "app password"),
        _KEY,
    ),
    **dict.fromkeys(
        ("license key", "licence key", "lizenzschlüssel", "produktschlüssel",
         "product key", "key"),
        Label(SecretKind.API_KEY, evidence=True),
    ),
    "secret": Label(SecretKind.API_KEY, weak=True),
    "token": Label(SecretKind.API_KEY, weak=True),
}  # fmt: skip
# "promo code: SPRING" or "QR code" is not a PIN; a "Bank-PIN" or "Kunden-PIN" is.
NOT_A_PIN_BEFORE = {
    "promo", "discount", "coupon", "voucher", "gift", "qr", "source", "zip", "post",
    "postal", "area", "country", "dress", "color", "colour", "tax", "error", "status",
    "html", "css", "bar", "swift", "bic", "sort", "iso", "product", "article", "bank",
    "blz", "referral", "invite", "tracking", "gutschein", "rabatt", "aktions", "farb",
    "fehler", "steuer", "länder", "landes", "sendungs", "qr-", "artikel", "produkt",
    "kunden", "customer", "zip-", "postleit", "vorwahl", "dial", "shortcode", "short",
    "morse", "dress-", "booking", "buchungs", "reservation", "reservierungs", "event",
    "kurs", "course", "class", "klassen", "status-", "hs", "ean", "sku",
}  # fmt: skip

ONE_TIME_BEFORE = {
    "einmal", "bestätigungs", "bestaetigungs", "verifizierungs", "verifikations",
    "authentifizierungs", "sicherheits", "aktivierungs", "freischalt", "anmelde", "kenn",
    "schloss", "zahlen", "wiederherstellungs", "backup", "recovery", "verification",
    "confirmation", "login", "sms", "authenticator", "notfall", "emergency", "otp", "tan",
    "bestätigung", "verify", "security", "anmeldungs", "faktor",
    # Codes that open something: "Entsperrcode", "Tür-Code", "unlock code".
    "entsperr", "sperr", "unlock", "bildschirm", "screen", "geräte", "device", "tür",
    "haustür", "tor", "garagen", "alarm", "tresor", "safe", "öffnungs", "zutritts",
    "eingangs", "schliessfach", "schließfach",
}  # fmt: skip


def _one_typo_away(word: str) -> set[str]:
    """The misspellings of *word* by one letter (missing, extra, other; the first two
    kept, so the scan for labels stays fast) or by two neighbours swapped: "passwrod",
    "pasword", "passowrt", "kenwort"."""
    letters = "abcdefghijklmnopqrstuvwxyzäöü"
    head, tail = word[:2], word[2:]
    typos = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}
    typos |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}
    typos |= {head + tail[:i] + c + tail[i + 1 :] for i in range(len(tail)) for c in letters}
    typos |= {head + tail[:i] + c + tail[i:] for i in range(len(tail) + 1) for c in letters}
    return typos | {word.replace("ss", "ß")}  # the old spelling "Paßwort"


# A mistyped password label counts when the value looks secret ("passwrod: qwertz123");
# "passport" is a word of its own.
_TYPO_LABELS = dict.fromkeys(
    set().union(*(_one_typo_away(word) for word in ("password", "passwort", "kennwort")))
    - set(_LABELS)
    - {"passport", "passworte"},
    Label(SecretKind.PASSWORD, evidence=True),
)
# A security device, its code after it (devices.py, DEVICE_CODE).
_DEVICE_LABELS = dict.fromkeys(
    ("alarmanlage", "alarm system", "tresor", "safe", "schließfach", "schliessfach",
     "zahlenschloss", "codeschloss", "schlüsselkasten", "schlüsseltresor", "schlüsselbox",
     "keybox", "key box", "lockbox", "padlock", "combination lock"),
    Label(SecretKind.PIN, device=True),
)  # fmt: skip


# A key emoji stands for the word: "Portal 🔑 Stb2024Mai!" (looked for apart: in the
# one scan for labels, characters outside the BMP slow every position down).
_EMOJI_LABELS = dict.fromkeys(
    ("🔑", "🗝", "🗝\ufe0f", "🔐"), Label(SecretKind.PASSWORD, evidence=True)
)
# Both matched in the lower-cased text.
LABEL = re.compile(trie({**_TYPO_LABELS, **_DEVICE_LABELS, **_LABELS}) + r"(?!\w)")
EMOJI_LABEL = re.compile(trie(_EMOJI_LABELS))


def rule_of(label: str) -> Label:
    """How the value after *label* (found by ``LABEL`` or ``EMOJI_LABEL``) is judged."""
    return (
        _LABELS.get(label)
        or _TYPO_LABELS.get(label)
        or _DEVICE_LABELS.get(label)
        or _EMOJI_LABELS[label]
    )


# What introduces a user name and its password: "Login:", "Zugangsdaten Canva" (matched
# in the lower-cased text).
LOGIN_LABEL = re.compile(
    trie(
        ("login-daten", "logindaten", "login", "log-in", "logins", "zugangsdaten", "zugang",
         "zugänge", "anmeldedaten", "anmeldung", "credentials", "creds", "account",
         "benutzerkonto")
    )
    + r"(?![\w-])"
)  # fmt: skip

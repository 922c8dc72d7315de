# A third corpus written blind by another reviewer of issue 14 (after the detector had
# reached about 100 % / 0 % on secret_corpus.py, secret_corpus_blind.py and
# secret_corpus_blind2.py), without seeing the detector or the earlier corpora; kept
# below as it was written. Held out, it measured: before issue 14 65.2 % caught / 5.8 %
# false alarms; after the first round 84.1 % / 4.3 %; after the second 86.5 % (179/207)
# / 2.0 % (8/394). A secret counts as caught when a finding overlaps its value
# (SECRET_VALUES). tests/domain/test_secret_corpus.py asserts the figures,
# bench/secrets.py prints them.
# ruff: noqa: E501, B905, PT018
# mypy: ignore-errors
# fmt: off
# -*- coding: utf-8 -*-
"""Blind test corpus #3 for the Delegator secret detector.

Written blind (without looking at the detector or earlier corpora).

SECRETS        -- texts that contain a secret; a detector should warn.
SECRET_VALUES  -- parallel list: the exact core secret substring of each entry
                  (password / PIN / code / key / token; for webhook URLs the
                  whole URL, for PEM blocks the whole block).  A correct hit
                  should overlap (ideally cover) this substring.
HARMLESS       -- look-alikes that must NOT trigger a warning.
SECRET_CATEGORIES / HARMLESS_CATEGORIES -- parallel category labels.

Conventions:
* Every value is fake: test card numbers, documentation IBANs, random made-up
  keys that belong to nobody.
* A placeholder is harmless: "<Passwort>", "***", "•••", "XXXX", "[PIN]",
  "{{api_key}}", "dein-passwort-hier" etc. never count as secrets.
* Talking about a secret without giving its value is harmless (password
  manager references, "ask me", "comes by SMS").
* Public identifiers are harmless: publishable/public keys, SSH public keys,
  crypto addresses, analytics ids, UUIDs, hashes, booking/order numbers,
  discount codes, VAT/tax ids, share links without passcode.
"""

_S = []  # (category, text, secret value)
_H = []  # (category, text)


def s(cat, text, value):
    _S.append((cat, text, value))


def h(cat, text):
    _H.append((cat, text))


# ---------------------------------------------------------------------------
# SECRETS: passwords
# ---------------------------------------------------------------------------
P = "password"
s(P, "Login Canva: studio@koch-design.de / Passwort: Herbstlaub!27", "Herbstlaub!27")
s(P, "pw für wordpress ist sonnenblume", "sonnenblume")
s(P, "Das Passwort lautet „Mia2015Bella“ (Name + Geburtsjahr vom Hund 🙈)", "Mia2015Bella")
s(P, "Instagram\nUser: @lena.fotografiert\nPW: Lf#2023insta", "Lf#2023insta")
s(P, "passwort = Tz8$kLq2!vR9", "Tz8$kLq2!vR9")
s(P, "Shopify Admin -> inhaber@kerzenmanufaktur.at -> Kerzen4Ever", "Kerzen4Ever")
s(P, "Für Mailchimp nimm bitte die Passphrase blauer-tisch-regnet-morgen-7, die ist etwas länger.", "blauer-tisch-regnet-morgen-7")
s(P, "| Tool | Login | Passwort |\n|---|---|---|\n| Lexoffice | buchhaltung@praxis-weber.de | Praxis#Weber2024 |\n| Canva | siehe Bitwarden | – |", "Praxis#Weber2024")
s(P, "Hey! So the Squarespace password is MoonlightBakery88 — please don't change it, my husband uses it too 😅", "MoonlightBakery88")
s(P, "S Passwort vom Bexio isch Zueri2024! – bitte nöd wiitergäh", "Zueri2024!")
s(P, "Servus! Fürs Kassasystem: Benutzer kassa1, Kennwort Semmel123. Baba!", "Semmel123")
s(P, "---------- Forwarded message ---------\nVon: support@hostpoint.ch\nBetreff: Ihre Zugangsdaten\n\nGuten Tag\n\nBenutzername: atelier-graf\nInitialpasswort: hP7-wQ2z-Rk9m\n\nBitte ändern Sie das Passwort nach dem ersten Login.\nFreundliche Grüsse\nIhr Hostpoint-Team", "hP7-wQ2z-Rk9m")
s(P, "Pasword fürs Dropbox: Fotos!2022", "Fotos!2022")
s(P, "paswort vom router-admin: admin1234", "admin1234")
s(P, "Zugang Buchhaltungsordner (ZIP): das Kennwort ist Steuer2023", "Steuer2023")
s(P, "Wenn das Buchungstool beim Einloggen nach nem Passwort fragt: Gartenzwerg", "Gartenzwerg")
s(P, "E-Mail-Postfach info@ → IMAP-Passwort: 9xK!mP2#vL", "9xK!mP2#vL")
s(P, "Login Etsy\nmail: hello@papierliebe.de\npass: PapierLiebe_2019", "PapierLiebe_2019")
s(P, "🔑 Passwort: Kaffeebohne77", "Kaffeebohne77")
s(P, "Adobe CC – Passwort: Gr@fikDesign_01", "Gr@fikDesign_01")
s(P, "- Website (Wix): anna@annaschmid.com / wix-Anna-2024\n- Newsletter: gleiche Mail, Passwort kommt noch", "wix-Anna-2024")
s(P, "user: admin pass: Qwertz123", "Qwertz123")
s(P, "Der Zugang zum Kundenportal: Benutzername M.Huber, Passwort 'Fruehling#88'", "Fruehling#88")
s(P, "pwd: s3cr3tSauce!", "s3cr3tSauce!")
s(P, "The password for the client folder zip is: pineapple-Otter-93", "pineapple-Otter-93")
s(P, "Mein Passwort für PayPal ist leider immer noch Schatz1987, bitte nur zum Rechnungen runterladen benutzen.", "Schatz1987")
s(P, "Login für den Steuerberater-Upload (DATEV Unternehmen online) – Kennwort: D4tev!Upload", "D4tev!Upload")
s(P, "Zoom\tcoaching@mia-berger.com\tZoomCoach#55", "ZoomCoach#55")
s(P, "Calendly PW hab ich geändert auf LilaWolke42 (großes L und W)", "LilaWolke42")
s(P, "ach und das passwort vom shop backend ist einfach nur hundekuchen haha", "hundekuchen")
s(P, "Windows-Anmeldung am Praxis-PC: Passwort Praxis2020", "Praxis2020")
s(P, "Mac im Studio: Benutzer 'studio', Passwort 'fotostudio'", "fotostudio")
s(P, "Gmail: jonas.keller.photo@gmail.com | pw Jk!Photo#2023", "Jk!Photo#2023")
s(P, "Apple-ID Passwort → Berge&Seen2021", "Berge&Seen2021")
s(P, "Amazon Seller Central\nLogin: shop@holzwerk-maier.de\nPasswort: Holz!Werk-77\n2FA geht an mein Handy, ruf mich dann kurz an", "Holz!Werk-77")
s(P, "Mailbox-Passwort (Swisscom): Bärn2022", "Bärn2022")
s(P, "Passwort lautet: Sommer2024", "Sommer2024")
s(P, "Zugangsdaten WordPress:\nhttps://www.praxis-lindner.de/wp-admin\nBenutzer: praxisadmin\nPW: lindner!Physio9", "lindner!Physio9")
s(P, "Kannst du bitte in unser Projekttool einloggen? Creds: team@studio-nord.de / N0rdStudio!!", "N0rdStudio!!")
s(P, "FTP-Passwort: xY7#pQ2w", "xY7#pQ2w")
s(P, "Bitte das Passwort 'Blumenwiese' nicht ändern, das nutzen wir alle im Team.", "Blumenwiese")
s(P, "Kennwort für die Praxissoftware lautet Therapie-2023, Benutzername ist dein Vorname.", "Therapie-2023")
s(P, "Bitwarden Master-Passwort (nur für den Notfall!!):\nRegenbogen Schokolade Fahrrad Winter", "Regenbogen Schokolade Fahrrad Winter")
s(P, "Password: P@ssw0rd", "P@ssw0rd")
s(P, "Hi Sarah,\n\nyour temporary password is: Tmp-8842-kxq\n\nPlease log in and set a new one.\n\nBest,\nThe Pipedrive Team", "Tmp-8842-kxq")
s(P, "Hootsuite - hallo@bauer-coaching.at - pw: Coaching*Bauer", "Coaching*Bauer")
s(P, "Zugang Kundengalerie (Pixieset) Hochzeit Meier: Passwort meier0608 – den kannst du dem Brautpaar schicken", "meier0608")
s(P, "TeamViewer auf dem Laden-PC: ID 1 234 567 890, Kennwort 4xk9pq", "4xk9pq")
s(P, "Lieferantenportal Würth: Kd.-Login 5531207, PW = Schraube!21", "Schraube!21")
s(P, "LinkedIn (falls du Posts planen musst): m.schuster@beratung-schuster.de, passwort ist MSchuster_LI_2024", "MSchuster_LI_2024")
s(P, "Account: fotografie.weiss\nPasswort:\n  Schnee&Licht#5\n(Leerzeichen am Anfang nicht mitkopieren)", "Schnee&Licht#5")
s(P, "I changed the Shopify staff password to Candle-Light-2024 so you can use it from today.", "Candle-Light-2024")
s(P, "Zugangsdaten Praxis-Website (Jimdo)\n• E-Mail: kontakt@ergo-sonnenschein.de\n• Kennwort: ergo4you\n• 2FA: keine", "ergo4you")

# ---------------------------------------------------------------------------
# SECRETS: PINs
# ---------------------------------------------------------------------------
P = "pin"
s(P, "EC-Karte fürs Geschäftskonto, PIN 4827 – nur für den Einkauf bei Metro!", "4827")
s(P, "SIM-PIN vom Diensthandy: 1357", "1357")
s(P, "PUK falls das Diensthandy gesperrt ist: 84736251", "84736251")
s(P, "Entsperrcode iPad im Studio: 280615", "280615")
s(P, "Kartenterminal (SumUp) – Admin-PIN ist 9090", "9090")
s(P, "the PIN for the card reader is 2468", "2468")
s(P, "Bankomatkarte fürs Geschäft, PIN: 7391 (bitte nicht im Handy speichern)", "7391")
s(P, "Mailbox-PIN (Anrufbeantworter Praxis): 3344", "3344")
s(P, "pin kreditkarte 8156", "8156")
s(P, "Drucker im Flur (Secure Print) – dein PIN ist 0711", "0711")
s(P, "Banking-App Login-PIN: 739184", "739184")
s(P, "Signaturkarte für die Steuer: PIN lautet 123987", "123987")

# ---------------------------------------------------------------------------
# SECRETS: TAN / one-time / recovery codes, TOTP seeds
# ---------------------------------------------------------------------------
P = "otp_recovery"
s(P, "Die TAN für die Überweisung ist 482913, gilt nur 5 Minuten", "482913")
s(P, "Google Backup-Codes (Konto studio@):\n4829 1736\n9021 5573\n1184 6620\n3307 9145", "4829 1736")
s(P, "2FA recovery codes for Instagram: 7kq2-9xm4, 3hp8-2wz6, 5tn1-8vb3", "7kq2-9xm4")
s(P, "Wiederherstellungsschlüssel (Apple-ID): KQ7M-2XPL-9HRT-4WZN-6CVB-8DJF-3YGS", "KQ7M-2XPL-9HRT-4WZN-6CVB-8DJF-3YGS")
s(P, "GitHub recovery codes\n1f3c9-a27e4\n8b2d1-6f0c3\n4e7a0-92bd5", "1f3c9-a27e4")
s(P, "Der Einmalcode aus der SMS war 904512, schnell eingeben!", "904512")
s(P, "2FA-Secret (zum Einrichten im Authenticator): 6BJIKXYRNIW4TETT", "6BJIKXYRNIW4TETT")
s(P, "otpauth://totp/Shopify:shop%40kerzenmanufaktur.at?secret=K42PCHCL26WN74CCHVEXENFPF6KZXBX6&issuer=Shopify", "K42PCHCL26WN74CCHVEXENFPF6KZXBX6")
s(P, "Bestätigungscode von Microsoft: 338204", "338204")
s(P, "mTAN kam gerade: 771205 – kannst du die Zahlung damit freigeben?", "771205")
s(P, "Verifizierungscode WhatsApp Business: 418-702", "418-702")
s(P, "Notfall-Wiederherstellungscode Dropbox: xmu7 2kd9 pq4z 8rt1", "xmu7 2kd9 pq4z 8rt1")
s(P, "Bitwarden Recovery Code → 7F2K9X3M-1Q8Z5W4R-6T0Y2U1I", "7F2K9X3M-1Q8Z5W4R-6T0Y2U1I")

# ---------------------------------------------------------------------------
# SECRETS: Wi-Fi keys
# ---------------------------------------------------------------------------
P = "wifi"
s(P, "WLAN: Studio_Gast / Passwort: Fotografie2024!", "Fotografie2024!")
s(P, "Wifi pw for the workshop space is sunflower-field-88", "sunflower-field-88")
s(P, "WLAN-Schlüssel (steht hinten auf der Fritzbox): 4821 7730 1956 4408 2217", "4821 7730 1956 4408 2217")
s(P, "SSID: Praxis-Intern\nWPA2: Kx9!mQ2#Lp7z", "Kx9!mQ2#Lp7z")
s(P, "WIFI:T:WPA;S:Atelier;P:Leinwand#21;;", "Leinwand#21")
s(P, "Gäste-WLAN „Cafe Lotte“ – Kennwort: kuchenzeit", "kuchenzeit")
s(P, "Wlan-Key isch: Bergsee_1848", "Bergsee_1848")
s(P, "WiFi: network 'Coworking-3OG', key: Ideas&Coffee42", "Ideas&Coffee42")
s(P, "WPA-Key vom Router im Lager: 8f3a9c2e71b4", "8f3a9c2e71b4")
s(P, "Internet im Laden: Netzwerk Blumen_Huber, Passwort tulpe2023", "tulpe2023")

# ---------------------------------------------------------------------------
# SECRETS: door / alarm / safe / key-box codes
# ---------------------------------------------------------------------------
P = "door_alarm_safe"
s(P, "Türcode Hintereingang: 4711 dann #", "4711")
s(P, "Schlüsselsafe links neben der Tür, Code 0815", "0815")
s(P, "Alarmanlage scharf/unscharf: 2580 + OFF drücken", "2580")
s(P, "Safe im Büro: 17-34-09 (Drehrad, erst links)", "17-34-09")
s(P, "Garage door code is 6621", "6621")
s(P, "Die Tresor-Kombination lautet 3942.", "3942")
s(P, "Keybox code for the Airbnb studio: 1928", "1928")
s(P, "Zahlenschloss Fahrradkeller: 505", "505")
s(P, "Alarmcode: 7 3 1 9 – danach innerhalb 30 Sek. die Tür schliessen", "7 3 1 9")
s(P, "Haustür Praxis: am Tableau *2024# eintippen", "*2024#")
s(P, "s Türschloss vom Atelier hät en Code: 9176", "9176")
s(P, "Tor zum Innenhof öffnet mit Code 88 42", "88 42")
s(P, "Schlüsselbox beim Ferienhaus (Kunde Gruber): Kombination 3-1-4-1", "3-1-4-1")

# ---------------------------------------------------------------------------
# SECRETS: IBANs
# ---------------------------------------------------------------------------
P = "iban"
s(P, "Rechnungen bitte aufs Geschäftskonto: IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")
s(P, "Bank details for UK clients:\nAccount name: Harper Studio Ltd\nIBAN: GB82 WEST 1234 5698 7654 32\nBIC: WESTGB2L", "GB82 WEST 1234 5698 7654 32")
s(P, "Bankverbindung für Rückerstattungen: AT61 1904 3002 3457 3201 (Raiffeisen)", "AT61 1904 3002 3457 3201")
s(P, "Zahlungen Kunden CH → CH93 0076 2011 6238 5295 7", "CH93 0076 2011 6238 5295 7")
s(P, "iban privat (fürs gehalt der va): DE89370400440532013000", "DE89370400440532013000")
s(P, "Dutch client pays to NL91ABNA0417164300, reference = invoice no.", "NL91ABNA0417164300")
s(P, "Compte pour la filiale: FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189")
s(P, "Konto Liechtenstein: LI21 0881 0000 2324 013A A", "LI21 0881 0000 2324 013A A")
s(P, "Geschäftsprofil\nInhaberin: Sofie Peeters\nIBAN BE68 5390 0754 7034\nUSt-IdNr.: BE0123456749", "BE68 5390 0754 7034")
s(P, "Lastschrift für die Miete geht von DE75 5121 0800 1245 1261 99 ab", "DE75 5121 0800 1245 1261 99")
s(P, "Cuenta España (Ferienwohnung): ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332")
s(P, "Conto Italia IT60 X054 2811 1010 0000 0123 456 – nur für Lieferanten aus Südtirol", "IT60 X054 2811 1010 0000 0123 456")
s(P, "Kto. Österreich (Easybank): AT48 3200 0000 1234 5864", "AT48 3200 0000 1234 5864")

# ---------------------------------------------------------------------------
# SECRETS: payment cards
# ---------------------------------------------------------------------------
P = "card"
s(P, "Firmenkreditkarte: 4111 1111 1111 1111, gültig bis 12/27, CVC 123", "4111 1111 1111 1111")
s(P, "Visa 4242424242424242 exp 09/26 cvv 314", "4242424242424242")
s(P, "Mastercard für Tools: 5555-5555-5555-4444, Ablauf 03/28, Prüfziffer 987", "5555-5555-5555-4444")
s(P, "Amex 3782 822463 10005, 11/26, CID 1234", "3782 822463 10005")
s(P, "Kreditkarte (fürs Canva-Abo) 5105 1051 0510 5100 – 06/25 – 456", "5105 1051 0510 5100")
s(P, "| Karte | Nummer | Ablauf | CVC |\n|---|---|---|---|\n| Visa Business | 4012 8888 8888 1881 | 08/27 | 771 |", "4012 8888 8888 1881")
s(P, "Discover card on file: 6011111111111117", "6011111111111117")
s(P, "Debitkarte: 4000 0566 5566 5556 exp 10/29 CVC 221", "4000 0566 5566 5556")
s(P, "JCB (für japanische Lieferanten) 3530 1113 3330 0000", "3530 1113 3330 0000")
s(P, "Diners Club: 3056 9309 0259 04", "3056 9309 0259 04")
s(P, "MC 2223 0031 2200 3222 valid thru 01/30", "2223 0031 2200 3222")
s(P, "Karte zum Bezahlen von Google Ads:\n4000 0025 0000 3155\n02/27\n999", "4000 0025 0000 3155")

# ---------------------------------------------------------------------------
# SECRETS: API keys / tokens / webhook URLs
# ---------------------------------------------------------------------------
P = "api_token"
s(P, "Stripe Secret Key: sk_live_uCiLVkzytsssRy1Fj6OR9iJC", "sk_live_uCiLVkzytsssRy1Fj6OR9iJC")
s(P, "stripe restricted key (nur lesen): rk_live_aldzRR1WKsB6b32DoabmaKtulMkmRSjTeE", "rk_live_aldzRR1WKsB6b32DoabmaKtulMkmRSjTeE")
s(P, "OpenAI key for the caption generator: sk-proj-aK8t60_s2zYtgLdyp9v-GUXaLJ-BF50KNEH2xUjgnshVRPm31EwgAHvkcso6_3SAKmgtRK93Zm", "sk-proj-aK8t60_s2zYtgLdyp9v-GUXaLJ-BF50KNEH2xUjgnshVRPm31EwgAHvkcso6_3SAKmgtRK93Zm")
s(P, "Claude API: sk-ant-api03-cjRWy7Z1kNWuqKTGiOUEXm_NMik7Qlhg5x2_9gZ1Wg3R_oGFUD7em_hSXx2UmWeaukcA4G4gmZxKmHd9cf9QRgIPXZ6ej", "sk-ant-api03-cjRWy7Z1kNWuqKTGiOUEXm_NMik7Qlhg5x2_9gZ1Wg3R_oGFUD7em_hSXx2UmWeaukcA4G4gmZxKmHd9cf9QRgIPXZ6ej")
s(P, "github token ghp_niSo63tNDTx2ftjaYJYKDpcfqo8OEGDMmuA7 (für das Website-Repo)", "ghp_niSo63tNDTx2ftjaYJYKDpcfqo8OEGDMmuA7")
s(P, "Fine-grained PAT: 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OF", "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OF")
s(P, "GitLab deploy: glpat-y0lzgD4QQW_d68mMrT2B", "glpat-y0lzgD4QQW_d68mMrT2B")
s(P, "Slack-Bot für die Terminerinnerungen → xoxb-4829173650-5821937460183-b6ZpucE73HBMHSvIxj3HrRpz", "xoxb-4829173650-5821937460183-b6ZpucE73HBMHSvIxj3HrRpz")
s(P, "Neue Anfragen gehen per Webhook in Slack: https://hooks.slack.com/services/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", "https://hooks.slack.com/services/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")
s(P, "Discord webhook (Bestellungen-Kanal):\nhttps://discord.com/api/webhooks/1187342095518234624/qVPWLmI9hFDYakQO7-QERY7wUdpJLiIY4XeMjX8W71Hi2JPeqOwzO8cOdCen5PlkeRM6", "https://discord.com/api/webhooks/1187342095518234624/qVPWLmI9hFDYakQO7-QERY7wUdpJLiIY4XeMjX8W71Hi2JPeqOwzO8cOdCen5PlkeRM6")
s(P, "AWS (S3 Fotobackup)\nAccess Key ID: AKIAGASENUR4P3E3JZZV\nSecret Access Key: 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", "8nB9NMM7eqlqNtq7+Yib2UAbR/RG7O8O1GkSyUkB")
s(P, "aws key id AKIAGASENUR4P3E3JZZV – secret schick ich separat", "AKIAGASENUR4P3E3JZZV")
s(P, "Google Places API-Key: AIza0i_-G60nImf0bN80GGICSjzu1g2JusFOmb4", "AIza0i_-G60nImf0bN80GGICSjzu1g2JusFOmb4")
s(P, "SendGrid: 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", "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")
s(P, "Mailchimp API Key → 00cb5bb3eb041108bce130535f028522-us21", "00cb5bb3eb041108bce130535f028522-us21")
s(P, "Twilio\nAccount SID: AC8348ff24cb2dfe89bc31f4db2930491c\nAuth Token: 68097db40a0f5f7a58477b9957a4c225", "68097db40a0f5f7a58477b9957a4c225")
s(P, "Shopify Admin API access token: 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", "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")
s(P, "Notion-Integration „VA Sync“ – Internal Integration Secret: secret_fDljCJ3fsiTdOiOcVSLTIeqP74gyi3iuZaY9MGod1R4", "secret_fDljCJ3fsiTdOiOcVSLTIeqP74gyi3iuZaY9MGod1R4")
s(P, "Airtable PAT: patmo59dXJVEWFT2a.39d6fb33a7bd583f14c418d1495e23c2cc32e3072f18bb44722abff28e8519e9", "patmo59dXJVEWFT2a.39d6fb33a7bd583f14c418d1495e23c2cc32e3072f18bb44722abff28e8519e9")
s(P, "HubSpot private app token: pat-na1-7c1e4b2a-9d3f-4e8a-b6c5-2f1d0e9a8b7c", "pat-na1-7c1e4b2a-9d3f-4e8a-b6c5-2f1d0e9a8b7c")
s(P, "Zapier catch hook (Typeform → Google Sheets): https://hooks.zapier.com/hooks/catch/4815162/3kx9qzp/", "https://hooks.zapier.com/hooks/catch/4815162/3kx9qzp/")
s(P, "Make-Szenario Webhook: https://hook.eu1.make.com/p1eph3f3i8g0ndk248w57wp4pskl7ps1", "https://hook.eu1.make.com/p1eph3f3i8g0ndk248w57wp4pskl7ps1")
s(P, "Telegram-Bot für Buchungsbenachrichtigungen, Token: 7123456789:AAtI3a97HVc_yESR5ipJqngYA_nwHlRXRJY", "7123456789:AAtI3a97HVc_yESR5ipJqngYA_nwHlRXRJY")
s(P, "npm publish token npm_7rueltz497mGgj1lLGnKzlJSZyHJMhmswNZF", "npm_7rueltz497mGgj1lLGnKzlJSZyHJMhmswNZF")
s(P, "Mailgun private key: key-75d34f49e237f02667a9e2828f340723", "key-75d34f49e237f02667a9e2828f340723")
s(P, "Brevo (ex Sendinblue) API v3: 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", "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")
s(P, "hugging face read token hf_gNuacRAPTwpng3bvtmkuy5rtN5cOsyM1ku", "hf_gNuacRAPTwpng3bvtmkuy5rtN5cOsyM1ku")
s(P, "Google OAuth Client-Secret: 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", "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")
s(P, "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2YS1hc3Npc3RlbnQiLCJzY29wZSI6ImJvb2tpbmdzIn0.BkfhZbh3RoZEBe6CPYHIMfFZUQ5XcgNLkBgi63M7g_V", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2YS1hc3Npc3RlbnQiLCJzY29wZSI6ImJvb2tpbmdzIn0.BkfhZbh3RoZEBe6CPYHIMfFZUQ5XcgNLkBgi63M7g_V")
s(P, "Mollie Live-API-Key: live_Sw3dMf9do8M9akUxysy6VUnRykZMGB", "live_Sw3dMf9do8M9akUxysy6VUnRykZMGB")
s(P, "WooCommerce REST\nConsumer key: ck_d42b23fd57a93a15b37a0d1c7a00c0e36e7c2f27\nConsumer secret: cs_ca3f0fa7b31ee8ac42b108bcaf36bb78e6934051", "cs_ca3f0fa7b31ee8ac42b108bcaf36bb78e6934051")
s(P, "Dropbox App Token (für den Upload-Automatismus): sl.ujJYsqACqA7HylbGThRPqBw4jhwmD04C9s6BittQuUWmRmSGEC4XLBEmVogHInYWmvTht-ZC6WSqjgAoGkVWjeMF2tmVxZpCwAoYrsSRZbmAi6cehWvpHnZnX4JUELnG7J", "sl.ujJYsqACqA7HylbGThRPqBw4jhwmD04C9s6BittQuUWmRmSGEC4XLBEmVogHInYWmvTht-ZC6WSqjgAoGkVWjeMF2tmVxZpCwAoYrsSRZbmAi6cehWvpHnZnX4JUELnG7J")
s(P, "Square access token: EAAAam9gHpbQiLTM1HNbjdk1COKWUPF0Ymy4LiwjN1xqeEiQrBxbCWoY_Q4ZDagu", "EAAAam9gHpbQiLTM1HNbjdk1COKWUPF0Ymy4LiwjN1xqeEiQrBxbCWoY_Q4ZDagu")
s(P, "Figma personal access token = figd_mKhohSPn2OQjP0VSFAXYFkqGEMzVw4FvGSuabbb9", "figd_mKhohSPn2OQjP0VSFAXYFkqGEMzVw4FvGSuabbb9")
s(P, "Linear: lin_api_jhrZxFJ5623qlnbfwn1Z4tf3z35FHmjp0IQsJX5L", "lin_api_jhrZxFJ5623qlnbfwn1Z4tf3z35FHmjp0IQsJX5L")
s(P, "Postmark Server-Token (für die Buchungsbestätigungen): 4f1c2d3e-8a9b-4c7d-9e2f-1a0b3c4d5e6f", "4f1c2d3e-8a9b-4c7d-9e2f-1a0b3c4d5e6f")
s(P, "lexoffice Public-API-Schlüssel: lBEwLLKMeAUEFdt1qi4_1qiCmZH-mSk9gfkv5ULi", "lBEwLLKMeAUEFdt1qi4_1qiCmZH-mSk9gfkv5ULi")
s(P, "Cloudflare API token (DNS edit) 6y0ENRpBVzeGsQeN0_huNPCik4sB2mLahmXMkpq8", "6y0ENRpBVzeGsQeN0_huNPCik4sB2mLahmXMkpq8")
s(P, "PayPal REST App\nClient ID: AbCq9Lm2Xy7Tz4Rp0Wn5Ks8Jd3Hf6Gv1Qe\nSecret: E3vVyR0D5AgFwc6R-PkkqcbPdsY4KE1cy7GFlTEL-N5Pofusfewp90ixIANFr0IUmCQlW1LV0HmEfhn0y", "E3vVyR0D5AgFwc6R-PkkqcbPdsY4KE1cy7GFlTEL-N5Pofusfewp90ixIANFr0IUmCQlW1LV0HmEfhn0y")
s(P, "alter OpenAI key (noch aktiv?): sk-Yi1wGb5FOU6DTFUdrTrF4amZ4AO4lnn2SRig5FpYd7EIKLat", "sk-Yi1wGb5FOU6DTFUdrTrF4amZ4AO4lnn2SRig5FpYd7EIKLat")
s(P, "API-Key fürs Newsletter-Plugin: e901f539725e1f2ec22ee79648d0ed3b", "e901f539725e1f2ec22ee79648d0ed3b")
s(P, "DeepL Auth-Key: 9b3e7c1a-5d2f-4a8b-b1c6-3e0f9a7d2c54:fx", "9b3e7c1a-5d2f-4a8b-b1c6-3e0f9a7d2c54:fx")
s(P, "Google Chat Webhook fürs Team:\nhttps://chat.googleapis.com/v1/spaces/AAAAq7Xk2Lm/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=DDmLSPk1BGzqPIIJ6x3b4cCwyCz312lv6FTGWONQ5xM", "DDmLSPk1BGzqPIIJ6x3b4cCwyCz312lv6FTGWONQ5xM")
s(P, "Teams Incoming Webhook: https://praxisnetz.webhook.office.com/webhookb2/5c2e8f1a-3b4d-4e6f-9a7b-1c2d3e4f5a6b@7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a/IncomingWebhook/8348ff24cb2dfe89bc31f4db2930491c/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "https://praxisnetz.webhook.office.com/webhookb2/5c2e8f1a-3b4d-4e6f-9a7b-1c2d3e4f5a6b@7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a/IncomingWebhook/8348ff24cb2dfe89bc31f4db2930491c/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
s(P, "Calendly Personal Access Token:\neyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzAwMDAwMDAwfQ.egAxu8ztMOBgVJy6nynZa42CsCu6gJ7DF6R7zNMktyl", "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzAwMDAwMDAwfQ.egAxu8ztMOBgVJy6nynZa42CsCu6gJ7DF6R7zNMktyl")
s(P, "Twilio API Key SK8348ff24cb2dfe89bc31f4db2930491c / Secret: 00cb5bb3eb041108bce130535f028522", "00cb5bb3eb041108bce130535f028522")

# ---------------------------------------------------------------------------
# SECRETS: URLs with credentials or secret tokens
# ---------------------------------------------------------------------------
P = "secret_url"
s(P, "Fotos bitte hier hochladen: ftp://fotoupload:Bilder2024@ftp.studio-lenz.de/uploads", "Bilder2024")
s(P, "Backup-Ordner: https://admin:Praxis!2023@praxis-kern.de/backup/", "Praxis!2023")
s(P, "Zoom-Link für die Coaching-Gruppe (immer derselbe): https://us06web.zoom.us/j/81234567890?pwd=dimtrgh3RUCjKLbUbJcUJNzfkQKG7OEN.1", "dimtrgh3RUCjKLbUbJcUJNzfkQKG7OEN")
s(P, "Zoom\nMeeting-ID: 845 1234 5678\nKenncode: 7Qx2pL", "7Qx2pL")
s(P, "Privater iCal-Link von meinem Kalender (zum Abgleichen): https://calendar.google.com/calendar/ical/anna.studio%40gmail.com/private-68097db40a0f5f7a58477b9957a4c225/basic.ics", "private-68097db40a0f5f7a58477b9957a4c225")
s(P, "Falls du nicht reinkommst, über diesen Reset-Link: https://app.lexoffice.de/reset-password?token=sYfKsSey51HbHWcHd4xHotBCUDuavuPMxRLhm4JmkiygDPUw", "sYfKsSey51HbHWcHd4xHotBCUDuavuPMxRLhm4JmkiygDPUw")
s(P, "DB für den Shop: mongodb+srv://shopadmin:Mongo4Shop!@cluster0.ab1cd.mongodb.net/shop", "Mongo4Shop!")
s(P, "postgres://praxis:Pg_s3cret_88@db.praxis.local:5432/termine", "Pg_s3cret_88")
s(P, "Pipedrive Export-URL: https://api.pipedrive.com/v1/deals?api_token=75d34f49e237f02667a9e2828f340723e901f539", "75d34f49e237f02667a9e2828f340723e901f539")
s(P, "Wetter-Widget auf der Website ruft https://api.openweathermap.org/data/2.5/weather?q=Wien&appid=addcdfbdd00a963bea8547ed45e42b7d auf", "addcdfbdd00a963bea8547ed45e42b7d")
s(P, "Einloggen geht auch direkt über diesen Link (nicht weitergeben!): https://studio.pixieset.com/login/auto?auth=r634FsRveAiJa0hLKRqGgwF0afLPpoRB1Pn3dRBn", "r634FsRveAiJa0hLKRqGgwF0afLPpoRB1Pn3dRBn")
s(P, "Netzlaufwerk Büro: smb://buero:Akten2022@192.168.178.20/Kunden", "Akten2022")
s(P, "Nextcloud WebDAV: https://lea:Wolke77!@cloud.atelier-frei.ch/remote.php/dav/files/lea/", "Wolke77!")
s(P, "Airbnb-Kalender-Export für die Synchronisation: https://www.airbnb.de/calendar/ical/48151623.ics?s=8348ff24cb2dfe89bc31f4db2930491c", "8348ff24cb2dfe89bc31f4db2930491c")

# ---------------------------------------------------------------------------
# SECRETS: private keys
# ---------------------------------------------------------------------------
P = "private_key"
_rsa = ("-----BEGIN RSA PRIVATE KEY-----\n"
        "MIIEowIBAAKCAQEAdL/D1qGZt1A9tiQKhJm3I3l/yYv7t7ejqw4b7jMMS0wkP6tF\n"
        "RjOCc2YmqBrl7n+QgDYxz9IpM+zzFhfKUHs+Nc8sJtcvkQl5aiXYMx3z9NOAQ8Qz\n"
        "MBiC1LRTpA9HOlFwx+QBr9IMW1k6lNNF95shgRYFi3SbYUh9lchLTEKjVZiKnGg9\n"
        "-----END RSA PRIVATE KEY-----")
s(P, "Deploy-Key für den Webserver (bitte in den Server-Ordner legen):\n" + _rsa, _rsa)
_ossh = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
         "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
         "wiutJO3BKxOIW/drnZSjmNR6X6qPXnXtz125OV7M99FMljwdBIvOjAXrEClogYkf\n"
         "rfI/kCVfQUKG+7HC3TARV+vbMkzD0PBJQ22Zlp/1Pz0TRzpI0mwrZvb0kL9CJYFM\n"
         "-----END OPENSSH PRIVATE KEY-----")
s(P, "ssh key for the hosting (id_ed25519):\n\n" + _ossh + "\n\npassphrase none", _ossh)
_ec = ("-----BEGIN EC PRIVATE KEY-----\n"
       "MHcCAQEEIQ1Ypo3oAbU5muv+Xn4s5JXNV30sloa9dwnkkh56Kh/JpoAoGCCqGSM49\n"
       "Wz/TLTWSDavbN0q+BoeKWjLaJBabfNR2kStOE6J1bBYt8Fv2unnUshAMj0lvz7at\n"
       "-----END EC PRIVATE KEY-----")
s(P, "Apple Pay Merchant Key (von der Agentur bekommen):\n" + _ec, _ec)
_pgp = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        "lQdGBGVx2AMBEADw033VDX+yi5Pn4qu2pdxfrr6aQdGbskzKNgeOPFJ7r+P5qNWf\n"
        "175F6RNXOuspPPuUV7fyJ3Hy01/B0IQeJ2VNd/+A3AAojEejPXmhvrTb9RTv3qIE\n"
        "=Xk2b\n"
        "-----END PGP PRIVATE KEY BLOCK-----")
s(P, "Mein PGP-Schlüssel (privat) für verschlüsselte Patientenmails:\n" + _pgp, _pgp)
_p8 = ("-----BEGIN PRIVATE KEY-----\n"
       "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCGIwCGWDp1gwgq\n"
       "WOOl/KG1FAXBYVyoACHusKYZ21H7A9Ih3VTdtjYoDbfKQXSDO50rXom/iGef/Fgv\n"
       "-----END PRIVATE KEY-----")
s(P, "TLS-Zertifikat Shop – privater Schlüssel:\n" + _p8, _p8)

# ---------------------------------------------------------------------------
# SECRETS: .env / JSON / YAML / config credentials
# ---------------------------------------------------------------------------
P = "config"
s(P, "DB_HOST=localhost\nDB_USER=shop\nDB_PASSWORD=K9!xPz2#mWq4\nAPP_ENV=production", "K9!xPz2#mWq4")
s(P, '{"username": "api-user", "password": "Jz7$Lm2!Qp", "endpoint": "https://api.kassenbuch.at/v2"}', "Jz7$Lm2!Qp")
s(P, 'smtp:\n  host: mail.praxis-weber.de\n  port: 587\n  user: termine@praxis-weber.de\n  password: "Smtp#Praxis24"', "Smtp#Praxis24")
s(P, "Aus der wp-config.php:\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_PASSWORD', 'wP_c0nf!g_77' );", "wP_c0nf!g_77")
s(P, "//registry.npmjs.org/:_authToken=npm_lTyvjBd2qojIGRkF0K3S1Sd0RC2uNOb2USNg", "npm_lTyvjBd2qojIGRkF0K3S1Sd0RC2uNOb2USNg")
s(P, '{\n  "type": "service_account",\n  "project_id": "kalender-sync-4711",\n  "private_key_id": "e901f539725e1f2ec22ee79648d0ed3b75d34f49",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCpK34Rk1wML036\\ncW/Ld/gHryd+W6XwvpCO740vMOzc4aXSv3IsWd1NarxGe1hjZLBQzmHZmBtsL0dB\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "sync@kalender-sync-4711.iam.gserviceaccount.com"\n}', "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCpK34Rk1wML036")
s(P, "services:\n  db:\n    image: mariadb:11\n    environment:\n      - MYSQL_ROOT_PASSWORD=r00tPass!shop\n      - MYSQL_DATABASE=shop", "r00tPass!shop")
s(P, "~/.netrc:\nmachine ftp.studio-lenz.de login upload password Netrc#2023", "Netrc#2023")
s(P, "STRIPE_SECRET_KEY=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\nSTRIPE_PUBLISHABLE_KEY=pk_live_51NzQ8rKx7Vb2Lm4Pq9Wt3Yc6", "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")
s(P, 'MAIL_MAILER=smtp\nMAIL_HOST=smtp.office365.com\nMAIL_USERNAME=shop@holzwerk-maier.de\nMAIL_PASSWORD="Mailer!2024"', "Mailer!2024")
s(P, "newsletter:\n  provider: brevo\n  api_key: 8348ff24cb2dfe89bc31f4db2930491c\n  list_id: 7", "8348ff24cb2dfe89bc31f4db2930491c")
s(P, '{"web":{"client_id":"402187734556-q7k2l9m3n4p5r6s8t0v1w2x3y4z5a6b7.apps.googleusercontent.com","client_secret":"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","redirect_uris":["https://www.praxis-lindner.de/oauth"]}}', "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")
s(P, "[database]\nhost = 127.0.0.1\nuser = kasse\npassword = ini_Pass_55", "ini_Pass_55")
s(P, "~/.aws/credentials\n[default]\naws_access_key_id = AKIAGASENUR4P3E3JZZV\naws_secret_access_key = 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", "8nB9NMM7eqlqNtq7+Yib2UAbR/RG7O8O1GkSyUkB")
s(P, "SHOPIFY_API_SECRET: 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", "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")
s(P, "export OPENAI_API_KEY='sk-proj-Yi1wGb5FOU6DTFUdrTrF4amZ4AO4lnn2SRig5FpYd7EIKLat'", "sk-proj-Yi1wGb5FOU6DTFUdrTrF4amZ4AO4lnn2SRig5FpYd7EIKLat")

# ===========================================================================
# HARMLESS look-alikes
# ===========================================================================

# --- talking about passwords / password managers, no value -----------------
C = "password_talk"
h(C, "Passwort vergessen? Link unten")
h(C, "Alle Passwörter liegen in 1Password im Tresor „Studio“ – du bekommst eine Einladung.")
h(C, "Zugangsdaten: siehe Bitwarden, Ordner Kunden/Meier")
h(C, "Passwort: siehe 1Password")
h(C, "Login: anna@studio-koch.de (Passwort im Passwortmanager)")
h(C, "Bitte ändere das Passwort alle 90 Tage und nutze mindestens 12 Zeichen.")
h(C, "Password policy: at least 12 characters, one number, one symbol.")
h(C, "Das Passwort schick ich dir separat per Signal.")
h(C, "I'll share the password via LastPass, don't write it here.")
h(C, "Falls das Passwort nicht geht, klick auf „Passwort zurücksetzen“, der Link kommt an info@.")
h(C, "Kennwort ändern: Einstellungen → Sicherheit → Kennwort")
h(C, "Wir nutzen KeePassXC, die Datenbank liegt auf dem NAS. Das Masterpasswort bekommst du persönlich.")
h(C, "pw frag mich einfach per whatsapp")
h(C, "Never send passwords by e-mail. Use the shared vault instead.")
h(C, "Passwort-Reset für den Shop-Account angestossen, Mail sollte gleich kommen.")
h(C, "Bei Canva loggst du dich mit Google ein (Button „Mit Google fortfahren“), kein extra Passwort nötig.")
h(C, "Das WLAN-Passwort hängt in der Küche am Kühlschrank.")
h(C, "Ich hab das Passwort gestern geändert, das alte funktioniert nicht mehr.")
h(C, "Passwort: wird beim ersten Login selbst vergeben")
h(C, "Zwei-Faktor-Authentifizierung ist bei allen Konten aktiv, die Codes kommen auf mein Handy.")
h(C, "2FA: per Authenticator-App (auf meinem iPhone) – ruf mich kurz an, wenn du einen Code brauchst.")
h(C, "The password is the same as last time – ask me if you forgot.")
h(C, "Passwortmanager: Dashlane (Business-Lizenz läuft bis 03/2026)")
h(C, "Bitte keine Passwörter in Notion oder hier im Brief speichern!")
h(C, "Zugang Buchhaltung: Einladung als Benutzerin kommt per Mail, eigenes Passwort festlegen.")
h(C, "Passwort-Hinweis: steht im roten Notizbuch in der obersten Schublade")
h(C, "Kennwortlänge bei der Bank max. 20 Zeichen, Sonderzeichen erlaubt")
h(C, "Die Passwort-Regeln vom Kunden-Login findest du in der PDF „Sicherheitsrichtlinie_v2.pdf“.")
h(C, "Falls der Login nicht klappt: Cookies löschen, dann nochmal mit deinem eigenen Passwort.")
h(C, "Passwörter: keine! Du bekommst für alles eigene Benutzer.")
h(C, "Zugangsdaten für Lexoffice, Canva und Shopify bekommst du am Montag im Onboarding-Call.")
h(C, "password reset emails land in the spam folder sometimes, check there")
h(C, "Mein Passwort ist zu kurz, sagt Google. Muss ich die Tage ändern.")
h(C, "Passwort-Sharing über Bitwarden Send (Link läuft nach 24 h ab)")
h(C, "S Passwort findsch im KeePass, d Datei heisst Praxis.kdbx")
h(C, "Benutzername: va-lisa | Passwort: (hab ich dir am Telefon gesagt)")
h(C, "Für die WordPress-Seite bekommst du einen eigenen Redakteurs-Zugang, Passwort setzt du selbst.")
h(C, "Ich hab keine Ahnung mehr, wie das Passwort für den alten Blog war 🙈")
h(C, "Kennwort-geschützte PDFs bitte mit dem Kundennamen als Dateinamen ablegen.")
h(C, "Passwortgeschützt: ja (Passwort kennt nur die Kundin)")
h(C, "Secret Santa im Team am 18.12.! Budget 20 €")
h(C, "Magic Link: Du bekommst beim Einloggen einen Link per Mail, kein Passwort nötig.")

# --- placeholders ------------------------------------------------------------
C = "placeholder"
h(C, "Passwort: <Passwort>")
h(C, "Login: <E-Mail> / <Passwort>")
h(C, "PW: ***")
h(C, "Passwort: ••••••••")
h(C, "Kennwort: [wird nachgereicht]")
h(C, "API-Key: {{api_key}}")
h(C, "STRIPE_SECRET_KEY=<your-secret-key-here>")
h(C, "DB_PASSWORD=\nDB_USER=\nDB_HOST=localhost")
h(C, "IBAN: DE__ ____ ____ ____ ____ __")
h(C, "Kartennummer: XXXX XXXX XXXX 1111")
h(C, "PIN: ****")
h(C, "Türcode: (frag Frau Berger)")
h(C, "password: ${SMTP_PASSWORD}")
h(C, 'api_key: "YOUR_API_KEY"')
h(C, "Token: <paste token here>")
h(C, "Passwort: dein-passwort-hier")
h(C, "WLAN-Passwort: [siehe Aufkleber am Router]")
h(C, "Vorlage für Kund:innen:\nBenutzername: [Vorname.Nachname]\nPasswort: [bekommst du per SMS]")
h(C, "Authorization: Bearer <TOKEN>")
h(C, "Webhook-URL: https://hooks.zapier.com/hooks/catch/…/… (kommt noch)")
h(C, "password = os.environ[\"DB_PASSWORD\"]")
h(C, "Zugang: ________ / ________")
h(C, "CVC: ***  Ablauf: **/**")
h(C, "Code für die Schlüsselbox: XXXX (bekommst du am Vortag per SMS)")

# --- phone numbers / contact channels ---------------------------------------
C = "contact"
h(C, "Telefon: +49 171 2345678")
h(C, "Natel: +41 79 123 45 67")
h(C, "Handy 0664 1234567 (nur Mo–Do)")
h(C, "Büro: 030 / 123 456 78, Fax 030 / 123 456 79")
h(C, "WhatsApp Business: https://wa.me/4917612345678")
h(C, "Signal: @lena.foto.42")
h(C, "Threema-ID: 7XKP2M9Q")
h(C, "Telegram: @kerzenmanufaktur")
h(C, "Instagram @atelier.graf · TikTok @atelier_graf")
h(C, "E-Mail: hallo@bauer-coaching.at")
h(C, "Kontaktkanäle:\n- Mail: info@praxis-lindner.de\n- Tel: +49 (0)89 21 09 87 65\n- Notfall: 0800 111 0 111")
h(C, "Support-Hotline Shopify: +49 800 1824563")
h(C, "Call me on +44 20 7946 0958 if anything is urgent.")
h(C, "Rückruf bitte an 0043 1 5123456-12 (Durchwahl)")
h(C, "Skype: studio.nord.hamburg")
h(C, "LinkedIn: linkedin.com/in/mareike-schuster-beratung")
h(C, "Zoom-Raum: https://us06web.zoom.us/j/84512345678")
h(C, "Google Meet: https://meet.google.com/kqd-xhzp-rvm")
h(C, "Kundentelefon immer mit „Fotostudio Weiss, grüezi“ abnehmen.")
h(C, "Ansprechpartner bei der Druckerei: Herr Yilmaz, Tel. 0221 98765-43")
h(C, "Mobil +43 676 987 65 43")
h(C, "Festnetz Praxis 07071 / 55 66 77")

# --- dates, times, prices, quantities ---------------------------------------
C = "date_price"
h(C, "Termin: 14.03.2025, 09:30–11:00 Uhr")
h(C, "Deadline ist der 2024-11-30 23:59 CET")
h(C, "Preis: 1.250,00 € netto zzgl. 19 % USt.")
h(C, "Honorar CHF 95.– pro Stunde, Wochenende +25 %")
h(C, "Rechnungsbetrag: € 4.711,00 – fällig in 14 Tagen")
h(C, "Öffnungszeiten: Mo–Fr 8:00–12:00 und 14:00–18:30, Sa 9–13")
h(C, "Shooting am 12. Jänner um 10:15, Dauer ca. 2,5 h")
h(C, "Package prices: Mini 290 €, Classic 590 €, Full Day 1490 €")
h(C, "Lieferzeit 3–5 Werktage, ab 49 € versandkostenfrei")
h(C, "Kilometerpauschale 0,30 €/km ab 25 km")
h(C, "Zeitraum: 01.07.–15.08. Betriebsurlaub")
h(C, "Masse Leinwand: 120 x 80 cm, 2 cm Keilrahmen")
h(C, "Abo kostet 12,99 $/Monat, jährlich 119 $")
h(C, "Die Sitzung dauert 50 Minuten, Pause 10 Minuten, dann 2. Sitzung um 16:00")
h(C, "Budget Q3: 3500 EUR (Social Ads 2000, Druck 1500)")
h(C, "Am 24.12. und 31.12. nur bis 12:00 geöffnet.")
h(C, "Uhrzeit im Kalender immer in MEZ (UTC+1), im Sommer MESZ (UTC+2)")
h(C, "Stundenzettel bis zum 5. des Folgemonats, Auszahlung am 15.")
h(C, "Gewicht Paket: 2,4 kg, Masse 35 x 25 x 10 cm")
h(C, "Seminar 2025-04-05 bis 2025-04-06, 10 Plätze, 1.490,– pro Person")

# --- order / invoice / customer / tracking / booking numbers ----------------
C = "reference_number"
h(C, "Bestellnummer 302-4471923-8812045 (Amazon)")
h(C, "Rechnung RE-2024-0815 bitte bis Freitag verschicken")
h(C, "Kundennummer KD-10442")
h(C, "DHL Sendungsnummer 00340434161234567890")
h(C, "UPS tracking: 1Z999AA10123456784")
h(C, "Buchungscode Flug: X7K9PQ (Lufthansa, Name SCHMID)")
h(C, "Auftragsnummer 2024/118 – Hochzeit Meier/Gruber")
h(C, "Ticket #48213 im Support-Portal")
h(C, "Vertragsnummer Telekom: 1234567890")
h(C, "Order #1047 und #1048 sind noch offen")
h(C, "Etsy order 3187654290 shipped")
h(C, "Angebot Nr. AN-2025-017 vom 03.02.2025")
h(C, "Reservierungsnummer Hotel: 88412937 (Check-in 15:00)")
h(C, "Mitgliedsnummer Handwerkskammer: 0047-1123")
h(C, "Sendung Post CH: 99.00.123456.12345678")
h(C, "Paketnummer GLS: 51234567890")
h(C, "Hermes-Sendungsnummer H1004280012345678901")
h(C, "Rechnungsnummer: 2024-11-0042\nKundennummer: 10293\nLeistungszeitraum: November 2024")
h(C, "Mandatsreferenz M-2023-00017")
h(C, "Kassenbon Nr. 0042, Kasse 2, 14:32")
h(C, "Versicherungsschein-Nr. 12-3456789-01")
h(C, "Schadennummer SN 2024 7781 23")
h(C, "Booking.com Buchungsnummer 4187 226 159")
h(C, "Paypal-Transaktionscode 8RT12345AB6789012")
h(C, "Stripe payment pi_3OqK2xLm9RtYz0AB1c2D3e4F (Zahlung von Kundin Frey)")
h(C, "Rechnungs-ID bei Lexoffice: 5f0e8a3c-2d1b-4c6e-9f7a-8b9c0d1e2f3a")
h(C, "Shopify Bestellung #KM1087, Kundin hat Adresse geändert")
h(C, "Tracking: JJD000390007712345678")

# --- tax / VAT / registry ---------------------------------------------------
C = "tax_registry"
h(C, "USt-IdNr.: DE123456789")
h(C, "UID-Nummer: ATU12345678")
h(C, "MWST-Nr. CHE-123.456.789 MWST")
h(C, "Steuernummer 143/123/45678 (Finanzamt München)")
h(C, "Handelsregister: HRB 12345, Amtsgericht Köln")
h(C, "Firmenbuchnummer FN 123456a, Landesgericht Graz")
h(C, "Steuer-ID der Inhaberin liegt dem Steuerberater vor.")
h(C, "Gläubiger-ID: DE98ZZZ09999999999")
h(C, "EORI-Nummer DE1234567890123")
h(C, "Betriebsnummer 12345678 (Minijob)")
h(C, "Umsatzsteuer-Identifikationsnummer: DE 811 907 980")
h(C, "Impressum\nStudio Nord GmbH\nGeschäftsführerin: Jana Nord\nRegistergericht Hamburg HRB 987654\nUSt-IdNr. DE987654321")
h(C, "Kleinunternehmerin nach § 19 UStG – keine USt-ID")

# --- IBAN / card look-alikes that are not IBANs / cards ---------------------
C = "iban_card_lookalike"
h(C, "Referenz auf dem Lieferschein: DE12 3456 7890 1234 5678 90")
h(C, "Interne Projektnummer AT12 3456 7890 1234 5678 (nicht ändern)")
h(C, "Zahlungsreferenz RF18 5390 0754 7034")
h(C, "BIC: COBADEFFXXX, Bank: Commerzbank Köln")
h(C, "IBAN: siehe Rechnungsvorlage")
h(C, "Die IBAN steht auf jeder Rechnung unten rechts, die musst du nicht abtippen.")
h(C, "Die Kundin zahlt mit der Karte, die auf 4242 endet.")
h(C, "Kreditkarte endet auf …1881 (läuft 08/27 ab, bitte erinnern)")
h(C, "Gutscheinkarte Nr. 1234 5678 9012 3456 (Wert 50 €)")
h(C, "Mitgliedskarte Fitnessstudio: 4111 2222 3333 4445")
h(C, "Seriennummer Kamera: 5012 3456 7890 1234")
h(C, "Konto bei der Sparkasse ist gekündigt, neue Bankdaten kommen vom Steuerberater.")
h(C, "Zahlart: Kreditkarte (hinterlegt im Stripe-Konto), nichts weiter zu tun")
h(C, "Lastschriftmandat liegt vor, IBAN der Kundin ist in Lexoffice hinterlegt.")
h(C, "IBAN-Prüfung fehlgeschlagen → Kundin anrufen und Bankdaten erneut anfragen")
h(C, "Barcode auf dem Paket: 4006381333931")
h(C, "Seriennr. CH12 3456 7890 1234 5678 9 auf dem Typenschild")

# --- ISBN / EAN / product codes / SKU --------------------------------------
C = "product_code"
h(C, "ISBN 978-3-16-148410-0")
h(C, "EAN 4006381333931")
h(C, "Artikelnummer ART-4411-BLK-M")
h(C, "SKU: KERZE-SOJA-200-LAV")
h(C, "GTIN 04012345678901")
h(C, "Modell Canon EOS R6 Mark II, Objektiv RF 24-70mm F2.8")
h(C, "Farbe Pantone 186 C, Papier 300 g/m² Munken Pure")
h(C, "Ersatzteil Nr. 8-47-110-012")
h(C, "ASIN B0C1234XYZ")
h(C, "Produktcode PC-2025-LILA")
h(C, "Lieferantenartikel 0815-4711 (Würth Schrauben 4x40)")
h(C, "Druckdaten: 85 x 55 mm, 4/4-farbig, CMYK, 3 mm Beschnitt")
h(C, "HS-Code für den Zoll: 3406 00 11 (Kerzen)")

# --- postcodes / addresses ---------------------------------------------------
C = "address"
h(C, "Adresse: Musterstraße 12, 50667 Köln")
h(C, "Lieferadresse: Bahnhofstrasse 5, 8001 Zürich")
h(C, "Atelier: Mariahilfer Straße 88/3/12, 1070 Wien")
h(C, "Postleitzahl bitte immer fünfstellig eintragen (DE), vierstellig (AT/CH)")
h(C, "PLZ 80331 München, Stiege 2, Tür 14")
h(C, "Treffpunkt: Eingang B, 2. OG, Raum 2.14")
h(C, "Postfach 1234, 3001 Bern")
h(C, "Rechnungsadresse ≠ Lieferadresse! Bei Kundin #1087 bitte beachten.")
h(C, "Zustellung an Packstation 123, Postnummer beim Kunden erfragen")
h(C, "GPS für das Outdoor-Shooting: 47.3769° N, 8.5417° E")
h(C, "Ferienwohnung Top 7, Haus 3, 6020 Innsbruck")

# --- versions / file names ---------------------------------------------------
C = "version_file"
h(C, "Bitte die Datei Logo_final_v3.ai nehmen, nicht v2")
h(C, "macOS 14.5, Lightroom Classic 13.3, Photoshop 25.9.1")
h(C, "WordPress 6.5.2, Theme Astra 4.6.8")
h(C, "Passwoerter_alt.xlsx wurde gelöscht, bitte nicht wiederherstellen.")
h(C, "Ordner: /Kunden/2024/Meier_Hochzeit/RAW/IMG_4711.CR3")
h(C, "Rechnungsvorlage: Vorlage_Rechnung_2025.docx")
h(C, "Key-Visual_Herbst_1080x1350.png für Instagram")
h(C, "Export als PDF/X-4, Dateiname Flyer_A5_Druck.pdf")
h(C, "App-Version 2.14.0 (Build 7731)")
h(C, "Schrift: Inter v4.0, Gewicht 600")
h(C, "api-doku.pdf liegt im Ordner Technik")
h(C, "Lade bitte die .env.example hoch, nicht die echte .env")
h(C, "backup_2024-11-30_2359.zip (3,2 GB) liegt auf der externen Platte")
h(C, "Firmware Fritzbox 7.57 ist aktuell.")
h(C, "private_key.pem NICHT in den Drive-Ordner legen, bleibt auf meinem Laptop")
h(C, "Die Datei heisst token_anleitung.pdf – da steht drin, wie du dir selbst einen Token erstellst.")

# --- ordinary links ----------------------------------------------------------
C = "link"
h(C, "Drive-Ordner: https://drive.google.com/drive/folders/1amqD6-6IfQZWkNT5FDgdP6Vow31n0Vb-F")
h(C, "Briefing-Doc: https://docs.google.com/document/d/1xK9mP2qL7vR4tW8zN3bH6cJ5dS0gY2aQ4eFfUu/edit?usp=sharing")
h(C, "Dropbox-Link zu den Fotos: https://www.dropbox.com/sh/x7k2m9q4w1e5r8t/AABOcopgBKg7irZUbM6D535ja?dl=0")
h(C, "Notion Onboarding: https://www.notion.so/annadesign/Onboarding-VA-3f2a9c1e7b5d4e8f9a0b1c2d3e4f5a6b")
h(C, "Termine buchen: https://calendly.com/anna-design/30min")
h(C, "Kennenlerngespräch: https://calendly.com/bauer-coaching/kennenlernen?month=2025-03")
h(C, "Tutorial: https://youtu.be/aqz-KE-bpKQ?si=LqwwAfk8Ot_IoW7a")
h(C, "YouTube-Kanal: https://www.youtube.com/@fotografie.weiss")
h(C, "Loom-Erklärvideo: https://www.loom.com/share/4f8e2a1b9c7d4e3f8a2b1c9d7e4f3a2b")
h(C, "Canva-Vorlage: https://www.canva.com/design/DAF1a2B3c4D/edit")
h(C, "Miro-Board: https://miro.com/app/board/uXjVN1a2b3c=/")
h(C, "Figma: https://www.figma.com/file/Ab3dE5gH7jK9mN1pQ3sT5v/Website-Relaunch?node-id=0-1")
h(C, "Anmeldeformular: https://forms.gle/9xKpQ2mL7vR4tW8z6")
h(C, "Typeform: https://studionord.typeform.com/to/Kx9mP2qL")
h(C, "Newsletter-Link: https://www.studio-nord.de/?utm_source=newsletter&utm_medium=email&utm_campaign=herbst24")
h(C, "Shop: https://kerzenmanufaktur.at/products/soja-kerze-lavendel?variant=44112233445566")
h(C, "Bewertungen: https://g.page/r/CfX2kL9mP4qRdEAE/review")
h(C, "Google Maps: https://maps.app.goo.gl/Zx8KpQ2mL7vR4tW8A")
h(C, "Passwort vergessen? → https://www.etsy.com/forgot_password")
h(C, "Linktree: https://linktr.ee/atelier.graf")
h(C, "Pinterest-Board: https://www.pinterest.de/lenafotografiert/hochzeit-inspiration/")
h(C, "Spotify-Playlist fürs Studio: https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M")
h(C, "Onlinekurs: https://www.udemy.com/course/lightroom-basics/")
h(C, "OneDrive: https://1drv.ms/f/s!AqK9mP2qL7vR4tW8zN3bH6cJ5dS0")
h(C, "WeTransfer (läuft am Freitag ab): https://we.tl/t-Kx9mP2qL7v")
h(C, "Galerie zum Ansehen (öffentlich): https://lenafotografiert.pixieset.com/hochzeitmeier/")
h(C, "Teams-Besprechung beitreten: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk4%40thread.v2/0")
h(C, "Hilfe-Artikel: https://help.lexoffice.de/hc/de/articles/360012345678-API-Schlüssel-erstellen")
h(C, "Webinar-Aufzeichnung: https://vimeo.com/912345678/abcd1234ef")
h(C, "Website: www.praxis-lindner.de · Blog: blog.praxis-lindner.de")

# --- ids, hashes, UUIDs, public keys, crypto addresses, analytics ids ------
C = "id_hash_public"
h(C, "Auftrags-ID 3f2504e0-4f89-11d3-9a0c-0305e82c3301")
h(C, "SHA-256 der Backup-Datei: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
h(C, "Git-Commit a1b2c3d ist die Version, die gerade live ist.")
h(C, "MD5-Prüfsumme: 9e107d9d372bb6826bd81d3542a419d6")
h(C, "Mein öffentlicher SSH-Schlüssel:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG7x2Lm9Rt4Yz0Ab1c2D3e4F5g6H7i8J9k0L1m2N3o4P anna@macbook")
h(C, "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7kL2mX9vR4tK8wP1zN6bH3cJ5dS0gY2aQ4eF jonas@studio (public key, darf auf den Server)")
h(C, "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEdL/D1qGZt1A9tiQKhJm3I3l/yYv7\nt7ejqw4b7jMMS0wkP6tFMEdE8zxvSiZ4Wlq2RjOCc2YmqBrl7n+QgDYxz9IpMw==\n-----END PUBLIC KEY-----")
h(C, "PGP-Fingerprint (öffentlich): 4F2A 9C1E 7B5D 4E8F 9A0B  1C2D 3E4F 5A6B 7C8D 9E0F")
h(C, "Spenden in Bitcoin: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")
h(C, "ETH-Adresse für die NFT-Kunden: 0x742d35Cc6634C0532925a3b844Bc454e4438f44e")
h(C, "Google Analytics: G-0V8913S5LY")
h(C, "Google Tag Manager Container GTM-5K8P2QZ")
h(C, "Meta Pixel ID 123456789012345")
h(C, "Stripe Publishable Key (öffentlich, steht eh im Website-Code): pk_live_51NzQ8rKx7Vb2Lm4Pq9Wt3Yc6Hd0Jf5Sg1Ae8Ru2Tk7Mn4Xz")
h(C, "Google Ads Kunden-ID 123-456-7890")
h(C, "Mailchimp Audience ID: a1b2c3d4e5")
h(C, "Calendly event type UUID: 8d2f1c4e-3b7a-4e9f-a6c5-1d0b2e3f4a5b")
h(C, "Shopify Store-ID: 68097441985")
h(C, "YouTube-Video-ID dQw4w9WgXcQ")
h(C, "Zertifikat-Fingerprint SHA1: 5F:3A:9C:1E:7B:5D:4E:8F:9A:0B:1C:2D:3E:4F:5A:6B:7C:8D:9E:0F")
h(C, "Request-ID für den Support: req_7Kx9mP2qL7vR4t")
h(C, "Matomo Site ID 3, Tracking-URL https://stats.studio-nord.de/matomo.php")
h(C, "reCAPTCHA Site Key (öffentlich): 6LcK9mP2AAAAAKx9mP2qL7vR4tW8zN3bH6cJ5dS0")
h(C, "Session-ID im Fehlerlog: 7f3c9a2e-1b8d-4f60-a5c2-e9b7d1f4a8c3 → an den Support schicken")
h(C, "Dateihash (Blake2): 1a79a4d60de6718e8e5b326e338ae533")
h(C, "Lizenzschlüssel steht auf der Rechnung von Adobe, nicht nötig für dich.")

# --- hashtags / colours -------------------------------------------------------
C = "hashtag_colour"
h(C, "#fotografie #hochzeit #zürich #brautpaar")
h(C, "Primärfarbe #1A2B3C, Akzent #FF6600")
h(C, "Farben: rgb(12, 84, 200) und hsl(210, 50%, 40%)")
h(C, "RAL 9010 Reinweiss für die Wand im Laden")
h(C, "Hashtags für Posts: #coachingtipps #selbstständig #mindset #hamburg")
h(C, "Design Tokens (Figma): color.primary = #0A84FF, spacing.md = 16px")
h(C, "#werbung #anzeige immer kennzeichnen!")
h(C, "Hintergrund #F5F0E8, Text #2B2B2B, Links #B85C38")
h(C, "CMYK 0/60/100/0 für das Orange im Logo")
h(C, "#MondayMotivation Post bitte um 07:30 planen")

# --- German compounds & "code/key/pin/pass/token" words ---------------------
C = "compound_word"
h(C, "Passfoto für den Reisepass: biometrisch, 35 x 45 mm")
h(C, "Bitte die Termine an die Pinnwand im Flur hängen.")
h(C, "Dresscode beim Firmenevent: smart casual")
h(C, "Rabattcode für Newsletter-Abonnentinnen: HERBST15")
h(C, "Gutscheincode WELCOME10 gilt nur bei der ersten Bestellung.")
h(C, "Promo code SPRING20 gives 20 % off until 31 May.")
h(C, "QR-Code auf dem Flyer verlinkt auf die Buchungsseite.")
h(C, "Schlüsselübergabe mit dem Vermieter am Freitag um 17 Uhr.")
h(C, "Schlüsseldienst anrufen, falls wieder jemand ausgesperrt ist: 0800 123 4567")
h(C, "Schlüsselanhänger mit Logo – 200 Stück bestellen")
h(C, "Keyword-Recherche für den Blogartikel: „Hochzeitsfotograf Zürich“")
h(C, "Die Keynote für den Vortrag liegt im Ordner Präsentationen.")
h(C, "Passepartout weiss, Rahmen Eiche natur 40 x 50")
h(C, "Pinsel und Farben nachbestellen (Boesner)")
h(C, "Tanzkurs-Fotos vom Samstag bis Mittwoch bearbeiten")
h(C, "Tankquittungen bitte monatlich an den Steuerberater")
h(C, "Schlüsselkunden (Key Accounts) bekommen zu Weihnachten eine Karte.")
h(C, "Barcode-Scanner an der Kassa funktioniert wieder.")
h(C, "Zugang zur Praxis ist barrierefrei, Aufzug im Hof.")
h(C, "Safe Space: In der Gruppe gilt Vertraulichkeit.")
h(C, "Pinterest-Pins für den Blog planen (5 pro Woche)")
h(C, "Code of Conduct für die Community liegt im Notion.")
h(C, "Postleitzahlenbereich 8xxx = Zürich und Umgebung")
h(C, "Der Kompass auf der Website-Startseite soll kleiner werden.")
h(C, "Token-Ring aus Messing (Produkt für den Shop) – Fotos fehlen noch")
h(C, "Tresorraum der Bank: Termin für die Schliessfachauflösung am 3.4.")
h(C, "Alarmstufe Rot bei den Deadlines diese Woche 😅")
h(C, "Die Kundin hat den Passierschein für die Messe verloren – neuen anfordern.")
h(C, "PIN-Nadeln für die Korkwand sind aus.")
h(C, "Ländercode für Österreich: +43, Schweiz: +41")
h(C, "Statuscode 404 auf der Seite /kurse – bitte Link prüfen")
h(C, "Farbcode im Kalender: grün = Coaching, blau = Admin, rot = privat")
h(C, "Vorwahl Wien 01, Graz 0316")
h(C, "Aktionscode BLACKWEEK im Shop deaktivieren ab 2.12.")
h(C, "Kennwort „Gewinnspiel“ im Betreff der Einsendungen beachten – die kommen in den Ordner Gewinnspiel.")
h(C, "Stichwort für die Überweisung: Workshop Mai")
h(C, "Generalschlüssel hat nur der Hausmeister.")
h(C, "Postcode für UK-Kundin: SW1A 1AA")
h(C, "Zip-Code der US-Kundin: 10001")
h(C, "Der Zugangscode für den Onlinekurs wird automatisch nach dem Kauf verschickt.")
h(C, "Sicherheitsschlüssel (YubiKey) liegt im Schreibtisch, den brauchst du nicht.")
h(C, "Passwortgeschützte Seiten auf der Website: /kunden und /presse")
h(C, "Die Agentur fragt nach einem Access Token für Instagram – bitte nicht selbst erstellen, erst Rücksprache mit mir.")
h(C, "Key facts for the About page: 12 years experience, 400+ weddings")

# --- codes/PIN/TAN/door talk without a value ---------------------------------
C = "code_talk"
h(C, "Den Türcode schick ich dir per Signal.")
h(C, "Der Code für die Alarmanlage liegt im Tresor – frag mich persönlich.")
h(C, "PIN bekommst du telefonisch.")
h(C, "TAN kommt per pushTAN auf mein Handy, ruf mich kurz an.")
h(C, "Überweisungen gebe ich selbst frei, du bereitest nur vor (keine TAN nötig).")
h(C, "Schlüssel liegt beim Nachbarn, Klingel „Huber“.")
h(C, "Der Schlüsselsafe hat einen neuen Code, den sag ich dir vor Ort.")
h(C, "Die Bank schickt einen Einmalcode an mein Handy – bitte dann kurz melden.")
h(C, "Backup-Codes für Google sind ausgedruckt im Ordner „Sicherheit“.")
h(C, "Wiederherstellungscodes: im Safe, nicht digital!")
h(C, "Wenn Instagram einen Bestätigungscode will, schreib mir, ich leite ihn weiter.")
h(C, "Alarmanlage: bitte beim Verlassen scharf schalten (Taste ON), Code kennst du.")
h(C, "Die PIN vom Kartenterminal ist Standard geblieben? Bitte prüfen und ändern.")
h(C, "Geschäftskarte (Visa) ist in der Kasse, PIN kennt nur Frau Maier.")
h(C, "Einmal-Passwort kommt per SMS an die Praxisnummer.")
h(C, "Haustür hat kein Codeschloss, einfach klingeln.")
h(C, "Tresor bleibt zu, da brauchst du nicht ran.")
h(C, "Für den WLAN-Zugang scannst du den QR-Code an der Rezeption.")
h(C, "Gäste-WLAN ist offen (kein Passwort), einfach „Cafe-Lotte-Free“ wählen.")
h(C, "Der Code-Review der neuen Website ist am Dienstag.")
h(C, "Die SIM-Karte ist neu, PUK-Brief liegt im Ordner Verträge.")
h(C, "Lizenz-Key bitte nicht hier eintragen, der steht in der Adobe-Verwaltung.")
h(C, "API-Schlüssel erstellst du unter Einstellungen > Integrationen > Neuer Schlüssel (nicht hier reinkopieren!).")
h(C, "Webhook einrichten: in Zapier „Catch Hook“ wählen, die URL nicht weitergeben.")
h(C, "Der alte API-Token wurde am 12.03. widerrufen.")
h(C, "The API key is stored in the Netlify environment variables, you don't need it.")
h(C, "Tokens für die Instagram-API laufen alle 60 Tage ab – bitte Erinnerung setzen.")
h(C, "Private Keys liegen ausschliesslich auf dem Server, niemals im Drive.")
h(C, "Zahlungsdaten (IBAN/Kreditkarte) nie per Mail anfordern!")
h(C, "Kreditkarte: ja, die Firmenkarte – Daten sind im Browser gespeichert.")
h(C, "Bitte Kundinnen nie nach ihrer PIN oder TAN fragen, auch nicht am Telefon.")
h(C, "Schlüsselbox-Code ändert sich nach jedem Gast automatisch (Nuki).")
h(C, "Kenncode für das Zoom-Meeting ist deaktiviert, Warteraum ist an.")

# --- general instructions / business profiles / notes ----------------------
C = "general"
h(C, "Hallo Lisa,\n\nbitte beantworte jeden Morgen die Mails in info@ bis 10 Uhr. Anfragen für Hochzeiten bekommen die Vorlage „Erstantwort Hochzeit“. Preise nie selbst nennen.\n\nDanke dir!\nLena")
h(C, "Tools & Zugänge:\n- Canva (Team-Einladung kommt)\n- Lexoffice (Rolle: Buchhaltung, eingeschränkt)\n- Shopify (Staff-Account)\n- Google Workspace (eigene Adresse va@)")
h(C, "Geschäftsprofil\nName: Atelier Graf\nBranche: Grafikdesign\nStandort: Zürich\nSprachen: DE, EN\nTelefon: +41 44 123 45 67")
h(C, "Business profile\nCompany: Harper Studio Ltd\nServices: branding, web design\nTime zone: Europe/London\nWorking hours: 9–5")
h(C, "morgens: instagram stories checken, kommentare beantworten, dms nur mit ❤️ markieren wenn wichtig")
h(C, "Wenn eine Kundin absagt: Termin im Kalender löschen, Ausfallgebühr laut AGB § 5 (50 %) in Rechnung stellen.")
h(C, "Bitte jeden Freitag die offenen Posten in Lexoffice prüfen und Erinnerungen verschicken.")
h(C, "Schreib in Mails an Schweizer Kunden bitte „ss“ statt „ß“ und „Grüezi“ nur wenn die Kundin so angefangen hat.")
h(C, "Für Therapieanfragen: nie medizinische Auskünfte geben, nur Termine anbieten (Di/Do 14–18 Uhr).")
h(C, "Lieferanten:\n| Firma | Kontakt | Telefon |\n|---|---|---|\n| Boesner | Frau Kurz | 0221 123456 |\n| Druckerei Eder | Herr Eder | 0316 654321 |")
h(C, "Neue Kundin anlegen: Name, Adresse, E-Mail, Telefon, Geburtstag (optional). Keine Gesundheitsdaten ins CRM!")
h(C, "Post-Plan: Mo Tipp, Mi Behind the Scenes, Fr Kundenstimme. Immer mit 3–5 Hashtags.")
h(C, "Wenn das Kartenterminal spinnt: aus- und einschalten, dann Kassenabschluss machen.")
h(C, "Retouren: Kundin bekommt Retourenlabel per Mail, Erstattung erst nach Wareneingang.")
h(C, "Rechnungen an Firmenkunden in der EU: Reverse Charge, USt-IdNr. der Kundin prüfen (MIAS).")
h(C, "Ich bin vom 3. bis 17. August im Urlaub, Notfälle bitte an meinen Kollegen Tobias (tobias@studio-nord.de).")
h(C, "Steuerberater braucht bis 10. jeden Monats die Belege – Upload in DATEV Unternehmen online (eigener Zugang für dich folgt).")
h(C, "Dear Sarah,\n\nthanks for joining! Your first tasks: inbox zero, schedule 3 posts, update the pricing page.\n\nCheers,\nMia")
h(C, "To-do:\n[ ] Flyer an Druckerei\n[x] Rechnungen Oktober\n[ ] Google-Bewertungen beantworten")
h(C, "Kunden-Onboarding: Fragebogen schicken → Vertrag (DocuSign) → Anzahlung 30 % → Kick-off-Call")
h(C, "Wichtig: Patientendaten nur im Praxisprogramm, nie in WhatsApp.")
h(C, "Grüß Gott, bitte die Jänner-Rechnungen bis Mitte Feber fertig machen, danke vielmals!")
h(C, "Newsletter geht jeden 1. Donnerstag im Monat raus, 8:00 Uhr.")
h(C, "Bei Anfragen von Agenturen: Tagessatz 850 € netto, Nutzungsrechte extra.")
h(C, "Shooting-Checkliste: Akkus, Speicherkarten (2x 128 GB), Reflektor, Stativ, Model-Release")
h(C, "alle mails von ebay-kleinanzeigen ignorieren, sind meistens spam")
h(C, "Im Notfall (Wasserschaden o.ä.) Hausverwaltung anrufen: 089 4455 6677")
h(C, "Pro Woche max. 10 Stunden, Abrechnung über Stundenzettel in Clockify.")
h(C, "Gesprächsnotiz 12.02.: Kundin will Logo in Dunkelgrün, Schrift serifenlos, Budget ca. 1.200 €.")
h(C, "FAQ: „Kann ich den Termin verschieben?“ → Ja, bis 48 h vorher kostenlos.")
h(C, "Zugänge, die du bekommst: Gmail (Delegation), Kalender (bearbeiten), Drive-Ordner „VA“. Mehr nicht.")
h(C, "Mein Laptop-Login brauchst du nicht, du arbeitest nur im Browser.")
h(C, "Paketannahme: Pakete für den Laden beim Nachbarn (Blumen Huber) abholen.")
h(C, "Wenn jemand nach Gutscheinen fragt: Gutscheine gibt es im Shop ab 25 €, Versand als PDF.")
h(C, "Bitte Rechnungen immer als PDF anhängen, nie als Word-Datei.")
h(C, "Das Team-Meeting ist jeden Montag um 9:00 auf Zoom (Link im Kalender).")
h(C, "Schreib die Instagram-Captions gerne locker, mit Emojis 🌿✨, aber ohne Kraftausdrücke.")
h(C, "Kurzbeschreibung: Ich bin Coach für Selbstständige in der Gründungsphase, Sitz in Graz, online im ganzen DACH-Raum.")
h(C, "Ablage: Belege nach Monat, Dateiname JJJJ-MM-TT_Lieferant_Betrag.pdf")
h(C, "Wichtige Daten 2025: 14.02. Valentinsaktion, 11.05. Muttertag, 29.11. Black Friday")
h(C, "Bei Reklamationen: Foto anfordern, Ersatz schicken, keine Diskussion.")
h(C, "Kund*innen duzen wir auf Instagram, siezen per Mail.")
h(C, "Rückfragen bitte gesammelt einmal am Tag in Slack #va-fragen, nicht einzeln.")
h(C, "Sprachnachrichten bitte max. 2 Minuten 🙏")
h(C, "Handwerker-Termine: Montag 7 Uhr Fliesenleger, Mittwoch 13 Uhr Elektriker (Zähler tauschen).")


# ===========================================================================
# Exported lists
# ===========================================================================
SECRETS = [t for _c, t, _v in _S]
SECRET_VALUES = [v for _c, _t, v in _S]
SECRET_CATEGORIES = [c for c, _t, _v in _S]
HARMLESS = [t for _c, t in _H]
HARMLESS_CATEGORIES = [c for c, _t in _H]

assert len(SECRETS) == len(SECRET_VALUES) == len(SECRET_CATEGORIES)
assert len(HARMLESS) == len(HARMLESS_CATEGORIES)
for _t, _v in zip(SECRETS, SECRET_VALUES):
    assert _v and _v in _t, (_v, _t)
assert len(set(SECRETS)) == len(SECRETS), "duplicate secret entry"
assert len(set(HARMLESS)) == len(HARMLESS), "duplicate harmless entry"
assert not set(SECRETS) & set(HARMLESS)

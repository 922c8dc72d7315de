# A fourth corpus written blind by a fourth reviewer of issue 14, without seeing the
# detector or the other corpora, and HELD OUT: the detector was never changed to pass
# it. It measures how the rules do on text nobody tuned them for. Measured on
# 6 December 2026 (a finding overlapping SECRET_VALUES counts as caught): the detector
# before issue 14 caught 52.4 % with 6.0 % false alarms; after the first tuning round
# 83.8 % / 4.4 %; after the second 86.0 % / 2.5 %; after the third 89.5 % (205 of 229)
# / 1.4 % (6 of 432). tests/domain/test_secret_corpus.py keeps it from falling below
# that; bench/secrets.py prints it. Kept below as it was written.
# ruff: noqa: E501, B905, PT018
# mypy: ignore-errors
# fmt: off
# -*- coding: utf-8 -*-
"""Blind test corpus #4 for the Delegator secret detector.

SECRETS[i] contains the secret SECRET_VALUES[i]; HARMLESS entries contain no secret.
All values are fake / documented test values (example IBANs, test card numbers, made-up keys).
"""

_S = []  # (text, value, category)


def s(cat, text, value=None):
    _S.append((text, value, cat))


# ---------------------------------------------------------------- passwords
s("password", "Passwort für Shopify: Sonnenblume2024!", "Sonnenblume2024!")
s("password", "Login Canva: info@haarwerk-muenster.de / PW: Haarwerk#17", "Haarwerk#17")
s("password", "das passwort ist blumenwiese", "blumenwiese")
s("password", "Kennwort lautet 'Tulpe-Regen-Kaffee-42'", "Tulpe-Regen-Kaffee-42")
s("password", "pw = xK9#mQ2$vL7p", "xK9#mQ2$vL7p")
s("password", "Instagram -> pw: yogamitanna123", "yogamitanna123")
s("password", "Zugang Lexoffice → Passwort → Steuer!Buero2023", "Steuer!Buero2023")
s("password", "äh ja und das Passwort für den Mailchimp-Account, das ist, warte, hochzeit2025, alles klein, ja genau, und dann noch…", "hochzeit2025")
s("password", "Password for the WordPress admin is: correct horse battery staple", "correct horse battery staple")
s("password", "WordPress Login\nBenutzer: admin\nPasswort:\nB4ckstube!Mehl", "B4ckstube!Mehl")
s("password", "| Tool | User | Passwort |\n|---|---|---|\n| Etsy | atelier.mara | Wolle&Faden88 |", "Wolle&Faden88")
s("password", "S Passwort vom Bexio isch Zürisee_2023, gäll nöd wiitergäh", "Zürisee_2023")
s("password", "Des Passwort fürs Kassensystem is Semmel4711, host as?", "Semmel4711")
s("password", "hab dir das pw von nem alten account geschickt: hund123", "hund123")
s("password", "PW Dropbox: \"Fotografie!Licht#9\"", "Fotografie!Licht#9")
s("password", "Mein Passwort: 123456 (ja ich weiß… ändere ich nächste Woche)", "123456")
s("password", "Zugangsdaten Podcast-Hosting (Podigee): podcast@stimmenfang.de, Passwort Mikrofon-Welle-77", "Mikrofon-Welle-77")
s("password", "---------- Forwarded message ---------\nVon: support@webhoster-beispiel.de\nBetreff: Ihre Zugangsdaten\n\nSehr geehrte Kundin,\nIhr FTP-Passwort lautet: Tz8!pW3qRv\nBitte ändern Sie es nach dem ersten Login.", "Tz8!pW3qRv")
s("password", "### Website\n- **User:** `redaktion`\n- **Passwort:** `Kuchen&Kaffee2024`", "Kuchen&Kaffee2024")
s("password", "🔑 pw: sommer24 😅 nicht lachen", "sommer24")
s("password", "Passwort=Brautstrauss!", "Brautstrauss!")
s("password", "passwd: Uebersetzung#DE-EN", "Uebersetzung#DE-EN")
s("password", "user: studio_kern pass: kern2019", "kern2019")
s("password", "Login for Squarespace is anna@yogaflow.de and the password is Namaste2024", "Namaste2024")
s("password", "Fritzbox-Oberfläche Kennwort: 4711Kölsch", "4711Kölsch")
s("password", "Passwort (mit Leerzeichen!): mein kleiner grüner kaktus", "mein kleiner grüner kaktus")
s("password", "Pw für Amazon Seller Central ist Tm#55kLpq!z, 2FA geht an mein Handy", "Tm#55kLpq!z")
s("password", "Kennwort: Architektur_Plan3", "Architektur_Plan3")
s("password", "- Google Ads: marketing@feinbaeckerei.at / Brezel2022!", "Brezel2022!")
s("password", "pw lautet hallo1234", "hallo1234")
s("password", "The password? It's 'Lavender-Sky-19'.", "Lavender-Sky-19")
s("password", "DATEV Passwort: Dv$2023-Kanzlei", "Dv$2023-Kanzlei")
s("password", "Schick dem Kunden NICHT das Passwort (Marzipan99), nur den Link zur Galerie", "Marzipan99")
s("password", "passwort: qwertz", "qwertz")
s("password", "Login Zoom: yoga@flowstudio.at, Kennwort ist zoom4yoga", "zoom4yoga")
s("password", "Adobe-ID PW → Pixel!Perfekt2", "Pixel!Perfekt2")
s("password", "Your temporary password is: Xa7-Rt9-Kp2", "Xa7-Rt9-Kp2")
s("password", "Shop-Backend\nLogin: admin\nPW: Sh0p!Admin", "Sh0p!Admin")
s("password", "Pass: hairdesign_ms", "hairdesign_ms")
s("password", "Das neue Passwort fürs Kundenportal: Ks-2024-neu!", "Ks-2024-neu!")
s("password", "Kennwort der Buchhaltungs-Excel: Bilanz2023", "Bilanz2023")
s("password", "ZIP-Datei ist verschlüsselt, Passwort steht hier: Fotos_Hochzeit_Meier", "Fotos_Hochzeit_Meier")
s("password", "PDF-Passwort für die Lohnabrechnungen: 19840312", "19840312")
s("password", "Apple-ID: studio@lichtblick.de – Passwort: Apfelbaum#3", "Apfelbaum#3")
s("password", "the pw is literally just 'password1' lol", "password1")
s("password", "ich hab das Passwort geändert, neues ist: Regenbogen_77", "Regenbogen_77")
s("password", "Wix Login\nE-Mail: kontakt@tortenzauber.de\nKennwort: Torte+Zauber=Liebe", "Torte+Zauber=Liebe")
s("password", "Booking-Tool (Calendly) pw 'calendar2go'", "calendar2go")
s("password", "Login daten: benutzername tina.k passwort tinak1990", "tinak1990")
s("password", "Passwort für den Laptop im Büro: Buero$Laptop1", "Buero$Laptop1")
s("password", "Kennwort vom Lieferanten-Portal → Mehl&Hefe!", "Mehl&Hefe!")
s("password", "PayPal: zahlungen@atelier-nord.de, pw Nordlicht2023$", "Nordlicht2023$")
s("password", "Access to the Notion workspace: anna@brandpixel.io / p@ssw0rd!Notion", "p@ssw0rd!Notion")
s("password", "Passwort Website-Backend (Typo3): T3!Backend_2024", "T3!Backend_2024")
s("password", "pw fürs wlan? nee, ich mein pw fürs Spotify vom Salon: musik4salon", "musik4salon")
s("password", "Hier noch das Kennwort: Tannenbaum", "Tannenbaum")
s("password", "Pwd: 8hJ!2kLz", "8hJ!2kLz")
s("password", "ELSTER: Zertifikatsdatei liegt im Ordner Steuer, Passwort dazu: Elster#2024", "Elster#2024")
s("password", "Passwort vom Mitarbeiter-Account: Maria.Salon.1", "Maria.Salon.1")
s("password", "PW: Hochzeitstorte", "Hochzeitstorte")
s("password", "Facebook Business: Passwort ist Wir-Backen-Gern", "Wir-Backen-Gern")
s("password", "dein login für den shop: user vera, kennwort vera!shop", "vera!shop")
s("password", "Kennwort für den Wachdienst (Rückfrage bei Alarm): Pfefferminz", "Pfefferminz")
s("password", "Hi Jana! 👋 Kurz die Zugänge:\n• Later (Instagram-Planung) – jana@podcastkiste.de\n   PW: Kiste!Later24\n• Canva – läuft über mein Konto", "Kiste!Later24")
s("password", "Zugang Synology NAS:\nhttps://nas.fotostudio-beispiel.de:5001\nBenutzer: assistenz\nPasswort\nLichtUndSchatten2019", "LichtUndSchatten2019")
s("password", "Passwort vom Router-Admin isch admin1234, weiss nöd ob mer das sött ändere", "admin1234")
s("password", "Login: bestellung@baeckerei-huber.at | Passwort: Kaiser$emmel7", "Kaiser$emmel7")
s("password", "Voice memo: okay also Squarespace, E-Mail ist hallo at lena-design punkt de, und Passwort ist Lena großes L, dann design, dann 88, also Lenadesign88, ne", "Lenadesign88")
s("password", "Passwort für den Kundenbereich von Frau Schulz (Hochzeit 14.6.): Schulz-Hochzeit-1406", "Schulz-Hochzeit-1406")
s("password", "Account: webshop@teeladen.ch\nPW -> Gruentee!Matcha", "Gruentee!Matcha")
s("password", "Jimdo Kennwort = 'Atelier 2024 neu'", "Atelier 2024 neu")
s("password", "passwort lautet „Frühlingsrolle77“", "Frühlingsrolle77")
s("password", "Microsoft 365 Login: office@steuerkanzlei-beispiel.de, Kennwort Bü7o-Kanzlei!", "Bü7o-Kanzlei!")

# ---------------------------------------------------------------- PIN / PUK
s("pin", "PIN der Firmen-Kreditkarte: 4711", "4711")
s("pin", "Diensthandy: PUK 83749261 (falls die SIM gesperrt ist)", "83749261")
s("pin", "Handy-PIN ist 0815", "0815")
s("pin", "EC-Karten-PIN: 9382", "9382")
s("pin", "PIN fürs Kartenterminal (SumUp): 2468", "2468")
s("pin", "Entsperrcode Tablet an der Kasse: 147258", "147258")
s("pin", "Die PIN fürs Diensthandy lautet 5309, bitte nicht ändern", "5309")
s("pin", "SIM-Karte Salon-Handy\nPIN: 7766", "7766")
s("pin", "D PIN vo dr Postfinance-Karte isch 6021", "6021")
s("pin", "Handy entsperren: Code 280491", "280491")
s("pin", "pin 3344 für den Drucker (Secure Print)", "3344")
s("pin", "Laptop Windows Hello PIN → 159753", "159753")
s("pin", "Mailbox-Kennwort ist 8520", "8520")
s("pin", "Voicemail PIN: 6643", "6643")
s("pin", "Kassen-PIN für Aushilfe Lena: 2207", "2207")
s("pin", "the PIN for the card reader is 9071", "9071")
s("pin", "Bankkarte Geschäftskonto\nPIN\n3108", "3108")
s("pin", "Bildschirmsperre iPad (Kundenanmeldung): 9 2 7 4 1 0", "9 2 7 4 1 0")

# ---------------------------------------------------------------- TAN / OTP / recovery
s("tan_code", "TAN für die Überweisung: 482913", "482913")
s("tan_code", "Bestätigungscode von Google: G-583920", "G-583920")
s("tan_code", "Instagram Backup-Code: 8264 1937", "8264 1937")
s("tan_code", "Wiederherstellungscode Microsoft-Konto: X7K2M-9PQ4T-LW3RZ-8HN6D-FJ5VB", "X7K2M-9PQ4T-LW3RZ-8HN6D-FJ5VB")
s("tan_code", "Recovery codes GitHub (noch unbenutzt): a1b2c-3d4e5", "a1b2c-3d4e5")
s("tan_code", "einmal-code vom login: 739 104", "739 104")
s("tan_code", "Der Verifizierungscode ist 552019, gültig 10 Minuten", "552019")
s("tan_code", "SMS-TAN: 620 418", "620 418")
s("tan_code", "2FA-Secret (für die Authenticator-App): JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP")
s("tan_code", "otpauth://totp/Shopify:info@salon-beispiel.de?secret=KRUGS4ZANFZSAYJA&issuer=Shopify", "KRUGS4ZANFZSAYJA")
s("tan_code", "Apple Wiederherstellungsschlüssel: 4TQX-8HMK-2PZR-7WCN-9LDF-3BJY-6VKS", "4TQX-8HMK-2PZR-7WCN-9LDF-3BJY-6VKS")
s("tan_code", "Your one-time code: 093847", "093847")
s("tan_code", "mTAN fürs Steuerportal: 4471-9925", "4471-9925")
s("tan_code", "Seed phrase vom Spenden-Wallet (Podcast): abandon ability able about above absent absorb abstract absurd abuse access accident", "abandon ability able about above absent absorb abstract absurd abuse access accident")
s("tan_code", "Aktivierungscode ELSTER: K3M9-PX2T-7QWZ", "K3M9-PX2T-7QWZ")
s("tan_code", "Backup-Codes Google Workspace:\n1. 4829 5517\n(die anderen hab ich schon benutzt)", "4829 5517")
s("tan_code", "2fa code kam grad: 771 302 – schnell eingeben!", "771 302")

# ---------------------------------------------------------------- Wi-Fi
s("wifi", "WLAN: SalonGlanz, Passwort: Glanz2024!Haar", "Glanz2024!Haar")
s("wifi", "Wifi password is sunshine-yoga-77", "sunshine-yoga-77")
s("wifi", "WLAN-Schlüssel: 4829 1736 5520 9184 3361", "4829 1736 5520 9184 3361")
s("wifi", "WIFI:T:WPA;S:Backstube;P:Brot&Butter2023;;", "Brot&Butter2023")
s("wifi", "Gast-WLAN 'Cafe_Gast' – Key: kaffeeundkuchen", "kaffeeundkuchen")
s("wifi", "wlan pw: 74839201847362910384", "74839201847362910384")
s("wifi", "WPA2-Key vom Router: Kx8PqZ2mWn4R", "Kx8PqZ2mWn4R")
s("wifi", "S WLAN-Passwort isch Bergkäse_88", "Bergkäse_88")
s("wifi", "Netzwerkschlüssel (Büro): Plan-Bau-Werk-24", "Plan-Bau-Werk-24")
s("wifi", "For the studio wifi use network 'FlowStudio' and key Om-Shanti-2024", "Om-Shanti-2024")
s("wifi", "WLAN Kundenbereich\nSSID: Haarwerk-Gast\nPasswort: locken123", "locken123")
s("wifi", "| WLAN | Büro-5G | WPA-Key: Architekt!2023 |", "Architekt!2023")
s("wifi", "wlan im atelier heißt 'Farbklecks', code ist pinsel2020", "pinsel2020")

# ---------------------------------------------------------------- door / alarm / safe / lock
s("door_code", "Türcode Hauseingang: 2580", "2580")
s("door_code", "Alarmanlage: Code 7319, dann Taste 'Scharf'", "7319")
s("door_code", "Tresor-Kombination: 12-34-56", "12-34-56")
s("door_code", "Schlüsselsafe am Eingang, Code 0419", "0419")
s("door_code", "Keybox code for the Airbnb is 5832", "5832")
s("door_code", "Zahlenschloss vom Fahrradkeller: 472", "472")
s("door_code", "Tor-Code für die Einfahrt: *4455#", "*4455#")
s("door_code", "Alarm deaktivieren mit 9-1-8-3", "9-1-8-3")
s("door_code", "Haustür Backstube: Code 66 13 eintippen und dann grün drücken", "66 13")
s("door_code", "Safe im Büro: 271182", "271182")
s("door_code", "Der Code vom Schlüsselkasten isch 1291", "1291")
s("door_code", "Garagentor-Code 8834", "8834")
s("door_code", "Spind im Studio: Zahlenschloss 0-5-7", "0-5-7")
s("door_code", "Bügelschloss Lastenrad Code: 5071", "5071")
s("door_code", "Digitales Türschloss (Nuki) Keypad-Code: 481516", "481516")
s("door_code", "Alarmcode Atelier ist 2323", "2323")
s("door_code", "Wenn du morgens als Erste da bist: Alarm piept, einfach 6 0 9 1 eingeben und Raute", "6 0 9 1")

# ---------------------------------------------------------------- IBAN
s("iban", "IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")
s("iban", "Bitte die Kaution auf DE89370400440532013000 überweisen", "DE89370400440532013000")
s("iban", "Kontoverbindung: Raiffeisenbank, AT61 1904 3002 3457 3201", "AT61 1904 3002 3457 3201")
s("iban", "IBAN vom Geschäftskonto isch CH93 0076 2011 6238 5295 7", "CH93 0076 2011 6238 5295 7")
s("iban", "UK account for the London client: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32")
s("iban", "Lieferant Mehlmühle – IBAN DE02120300000000202051, BIC BYLADEM1001", "DE02120300000000202051")
s("iban", "Miete Atelier überweisen an\nDE02 5001 0517 0137 0750 30\nVerwendungszweck: Miete Juli", "DE02 5001 0517 0137 0750 30")
s("iban", "| Empfänger | IBAN |\n|---|---|\n| Druckerei Weber | DE75512108001245126199 |", "DE75512108001245126199")
s("iban", "Liechtenstein-Konto: LI21 0881 0000 2324 013A A", "LI21 0881 0000 2324 013A A")
s("iban", "Übersetzerin in Amsterdam, rekeningnummer NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00")
s("iban", "Honorar Fotografin Lyon: FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606")
s("iban", "iban von mir privat: de44 5001 0517 5407 3249 31", "de44 5001 0517 5407 3249 31")
s("iban", "Bankdaten für die Rechnung → DE77100100100123456789", "DE77100100100123456789")
s("iban", "Konto Sparkasse Wien AT24 2011 1822 2121 9800 (nur für Mietzahlungen)", "AT24 2011 1822 2121 9800")

# ---------------------------------------------------------------- payment cards
s("card", "Firmenkreditkarte: 4111 1111 1111 1111, gültig bis 12/27, CVC 123", "4111 1111 1111 1111")
s("card", "Mastercard für Werbeanzeigen 5555 5555 5555 4444 exp 08/26", "5555 5555 5555 4444")
s("card", "Karte: 4242424242424242", "4242424242424242")
s("card", "Amex (Reisen): 3782 822463 10005, Ablauf 11/28", "3782 822463 10005")
s("card", "Kreditkartennummer 5105-1051-0510-5100", "5105-1051-0510-5100")
s("card", "Discover card for the US supplier: 6011 1111 1111 1117", "6011 1111 1111 1117")
s("card", "Visa Debit\n4000 0566 5566 5556\n09/27\nCVV 321", "4000 0566 5566 5556")
s("card", "kk nummer 4012888888881881 ablauf 0326", "4012888888881881")
s("card", "JCB Karte für Japan-Bestellungen: 3530111333300000", "3530111333300000")
s("card", "Prüfziffer (CVC) der Firmenkarte: 737", "737")
s("card", "Zahlungsmittel für Canva Pro → Mastercard 2223 0031 2200 3222", "2223 0031 2200 3222")
s("card", "| Karte | Nummer | Ablauf |\n|---|---|---|\n| Visa Business | 4111-1111-1111-1111 | 05/29 |", "4111-1111-1111-1111")
s("card", "kreditkarte vom salon isch 5200 8282 8282 8210, läuft 2027 ab", "5200 8282 8282 8210")

# ---------------------------------------------------------------- API keys / tokens
s("api_key", "Stripe Secret Key: sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")
s("api_key", "Live-Key für Stripe (nur im Notfall): sk_live_FAKE51Hx9aBcDeFgHiJkLmNoPq", "sk_live_FAKE51Hx9aBcDeFgHiJkLmNoPq")
s("api_key", "OpenAI key for the newsletter bot: sk-proj-Abc123FakeKeyXyz789QwErTyUiOp456", "sk-proj-Abc123FakeKeyXyz789QwErTyUiOp456")
s("api_key", "GitHub token: ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU", "ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU")
s("api_key", "AWS Access Key ID AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE")
s("api_key", "Google Maps API-Key: AIzaSyDfake-KEY_1234567890abcdefghijk", "AIzaSyDfake-KEY_1234567890abcdefghijk")
s("api_key", "Mailchimp API Key → 3f2a9c8e7b6d5a4f3e2d1c0b9a8f7e6d-us21", "3f2a9c8e7b6d5a4f3e2d1c0b9a8f7e6d-us21")
s("api_key", "SendGrid: SG.FakeKey1234567890abc.defGHIjklMNOpqrSTUvwxYZ0123456789abcd", "SG.FakeKey1234567890abc.defGHIjklMNOpqrSTUvwxYZ0123456789abcd")
s("api_key", "Slack Bot Token xoxb-123456789012-1234567890123-FAKEfakeFAKEfake1234", "xoxb-123456789012-1234567890123-FAKEfakeFAKEfake1234")
s("api_key", "Telegram-Bot für Terminerinnerungen, Token: 123456789:AAHfakeFAKEfake_Token-1234567890abcd", "123456789:AAHfakeFAKEfake_Token-1234567890abcd")
s("api_key", "curl -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U\" https://api.example.com/v1/orders", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
s("api_key", "Shopify Admin API Access Token: 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", "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")
s("api_key", "API-Key vom Newsletter-Tool: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")
s("api_key", "DeepL API Schlüssel: 0a1b2c3d-4e5f-6789-abcd-ef0123456789:fx", "0a1b2c3d-4e5f-6789-abcd-ef0123456789:fx")
s("api_key", "Notion integration secret: secret_FakeNotion1234567890abcdefGHIJKLmnopQRST", "secret_FakeNotion1234567890abcdefGHIJKLmnopQRST")
s("api_key", "HubSpot Private-App-Token pat-eu1-12345678-abcd-1234-efab-1234567890ab", "pat-eu1-12345678-abcd-1234-efab-1234567890ab")
s("api_key", "Twilio Auth Token: 9c1f2e3d4b5a69788796a5b4c3d2e1f0", "9c1f2e3d4b5a69788796a5b4c3d2e1f0")
s("api_key", "GitLab: glpat-FAKExYz12345abcDEF67", "glpat-FAKExYz12345abcDEF67")
s("api_key", "npm token npm_FakeToken1234567890abcdefghijABCDEF12", "npm_FakeToken1234567890abcdefghijABCDEF12")
s("api_key", "Figma Personal Access Token figd_FakeToken_abc123XYZ789-qwertyuiop", "figd_FakeToken_abc123XYZ789-qwertyuiop")
s("api_key", "Airtable PAT für die Gästeliste: patAbC123dEf456gh.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "patAbC123dEf456gh.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
s("api_key", "der api schlüssel vom buchungssystem isch: bk_live_7Hk2Pq9Zx4LmW8vN", "bk_live_7Hk2Pq9Zx4LmW8vN")
s("api_key", "AWS secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

# ---------------------------------------------------------------- webhook URLs
s("webhook", "Slack-Webhook für neue Bestellungen: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
s("webhook", "Discord webhook: https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijkl", "https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijkl")
s("webhook", "Zapier Hook → https://hooks.zapier.com/hooks/catch/1234567/abcdefg/", "https://hooks.zapier.com/hooks/catch/1234567/abcdefg/")
s("webhook", "Make-Szenario Webhook-URL:\nhttps://hook.eu1.make.com/abc123def456ghi789jkl012mno345pq", "https://hook.eu1.make.com/abc123def456ghi789jkl012mno345pq")
s("webhook", "Teams Benachrichtigung: https://beispielfirma.webhook.office.com/webhookb2/1234abcd-12ab-34cd-56ef-1234567890ab@abcd1234-ab12-cd34-ef56-abcdef123456/IncomingWebhook/0123456789abcdef0123456789abcdef/fedcba98-7654-3210-fedc-ba9876543210", "https://beispielfirma.webhook.office.com/webhookb2/1234abcd-12ab-34cd-56ef-1234567890ab@abcd1234-ab12-cd34-ef56-abcdef123456/IncomingWebhook/0123456789abcdef0123456789abcdef/fedcba98-7654-3210-fedc-ba9876543210")
s("webhook", "IFTTT: https://maker.ifttt.com/trigger/neue_buchung/with/key/dFakeKey123abcXYZ789", "https://maker.ifttt.com/trigger/neue_buchung/with/key/dFakeKey123abcXYZ789")
s("webhook", "Google Chat Space Webhook https://chat.googleapis.com/v1/spaces/AAAAfake123/messages?key=AIzaSyFakeChatKey1234567890abcdefghi&token=FakeTokenAbC123dEf456", "https://chat.googleapis.com/v1/spaces/AAAAfake123/messages?key=AIzaSyFakeChatKey1234567890abcdefghi&token=FakeTokenAbC123dEf456")
s("webhook", "Benachrichtigung per Telegram: https://api.telegram.org/bot123456789:AAFakeTokenXYZabc123/sendMessage?chat_id=42", "https://api.telegram.org/bot123456789:AAFakeTokenXYZabc123/sendMessage?chat_id=42")

# ---------------------------------------------------------------- URLs with credentials / secret tokens
s("url_credentials", "FTP: ftp://webmaster:Sonne2024@ftp.meinshop-beispiel.de", "ftp://webmaster:Sonne2024@ftp.meinshop-beispiel.de")
s("url_credentials", "Nextcloud WebDAV: https://admin:geheim123@cloud.studio-nord.de/remote.php/dav", "https://admin:geheim123@cloud.studio-nord.de/remote.php/dav")
s("url_credentials", "DB: postgres://shopuser:Pg!Pass2024@db.example.com:5432/shop", "postgres://shopuser:Pg!Pass2024@db.example.com:5432/shop")
s("url_credentials", "mongodb+srv://admin:Mongo2024fake@cluster0.abcde.mongodb.net/hochzeiten", "mongodb+srv://admin:Mongo2024fake@cluster0.abcde.mongodb.net/hochzeiten")
s("url_credentials", "Privater Kalender-Link (nicht teilen!): https://calendar.google.com/calendar/ical/info%40salon-beispiel.de/private-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c/basic.ics", "https://calendar.google.com/calendar/ical/info%40salon-beispiel.de/private-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c/basic.ics")
s("url_credentials", "Reset-Link (gilt 24h): https://shop.example.de/account/reset?token=8f14e45fceea167a5a36dedd4bea2543", "https://shop.example.de/account/reset?token=8f14e45fceea167a5a36dedd4bea2543")
s("url_credentials", "Magic login: https://app.example.com/login?magic_token=Zx9Qw8Er7Ty6Ui5Op4As", "https://app.example.com/login?magic_token=Zx9Qw8Er7Ty6Ui5Op4As")
s("url_credentials", "Bestellungen abrufen: https://api.example-shop.de/v1/orders?api_key=ak_live_7Hk2Pq9Zx4LmQ", "https://api.example-shop.de/v1/orders?api_key=ak_live_7Hk2Pq9Zx4LmQ")
s("url_credentials", "smtp://newsletter%40yogaflow.de:Mail!Pass77@smtp.example.de:587", "smtp://newsletter%40yogaflow.de:Mail!Pass77@smtp.example.de:587")
s("url_credentials", "Zoom-Link mit Kennwort: https://us02web.zoom.us/j/81234567890?pwd=cFakeZm9vYmFyQmF6UXV4T2xsYQ09", "https://us02web.zoom.us/j/81234567890?pwd=cFakeZm9vYmFyQmF6UXV4T2xsYQ09")
s("url_credentials", "Webcam im Laden: http://kamera:Laden2023@192.168.178.44/video.cgi", "http://kamera:Laden2023@192.168.178.44/video.cgi")

# ---------------------------------------------------------------- private keys
_PK1 = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "QyNTUxOQAAACBGYWtlS2V5Rm9yVGVzdGluZ09ubHlOb3RSZWFsMTIzNDU2Nzg5MAAAAJh\n"
        "-----END OPENSSH PRIVATE KEY-----")
s("private_key", "SSH-Key für den Webserver (Deployment):\n" + _PK1, _PK1)
_PK2 = ("-----BEGIN RSA PRIVATE KEY-----\n"
        "MIIEowIBAAKCAQEAfakefakefakeFAKEFAKEkeyForTestingOnly0123456789abcdefgh\n"
        "ijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZfakefakefakefakefakefake==\n"
        "-----END RSA PRIVATE KEY-----")
s("private_key", _PK2, _PK2)
_PK3 = ("-----BEGIN PRIVATE KEY-----\n"
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCfakeKEYtestONLY1234\n"
        "-----END PRIVATE KEY-----")
s("private_key", "Zertifikat für die Website, privater Schlüssel dazu:\n```\n" + _PK3 + "\n```", _PK3)
_PK4 = ("-----BEGIN EC PRIVATE KEY-----\n"
        "MHcCAQEEIFakeEcKeyForTestsOnlyAbCdEfGhIjKlMnOpQrStUvWxYzoAoGCCqGSM49\n"
        "-----END EC PRIVATE KEY-----")
s("private_key", "Apple Push Key (.p8-Inhalt):\n" + _PK4, _PK4)
_PK5 = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        "lQOYBGFakeKeyBEADfakeFAKEfakeFAKEtestingONLYabcdefghijklmnopqrstuv\n"
        "=AbCd\n"
        "-----END PGP PRIVATE KEY BLOCK-----")
s("private_key", "Mein PGP-Schlüssel für verschlüsselte Mandantenmails:\n" + _PK5, _PK5)

# ---------------------------------------------------------------- config / .env / JSON / YAML
s("config", "DB_PASSWORD=Sup3rGeheim!", "Sup3rGeheim!")
s("config", ".env vom Shop:\nAPP_ENV=production\nSTRIPE_SECRET_KEY=sk_live_FAKE9zYxWvUtSrQpOnMlKj\nAPP_DEBUG=false", "sk_live_FAKE9zYxWvUtSrQpOnMlKj")
s("config", "{\"username\": \"shopbot\", \"password\": \"J5on!Pass\"}", "J5on!Pass")
s("config", "smtp:\n  host: smtp.example.de\n  user: info@atelier-beispiel.de\n  password: Yaml#Mail22", "Yaml#Mail22")
s("config", "MAIL_PASSWORD=\"newsletter2024\"", "newsletter2024")
s("config", "wp-config.php Zeile 32: define( 'DB_PASSWORD', 'wpDbPass!99' );", "wpDbPass!99")
s("config", "[ftp]\nhost=ftp.example.de\nuser=web123\npass=Ftp!Ini2024", "Ftp!Ini2024")
s("config", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: compose_pw_2024", "compose_pw_2024")
s("config", "\"client_secret\": \"GOCSPX-FakeClientSecret123abcXYZ\"", "GOCSPX-FakeClientSecret123abcXYZ")
s("config", "SECRET_KEY = 'django-insecure-fake$k3y!abc123xyz'", "django-insecure-fake$k3y!abc123xyz")
s("config", "JWT_SECRET=meinjwtgeheimnis2024", "meinjwtgeheimnis2024")
s("config", ".npmrc:\n//registry.npmjs.org/:_authToken=npm_FakeNpmrcToken0987654321zyxwvuTSRQ", "npm_FakeNpmrcToken0987654321zyxwvuTSRQ")
s("config", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzFAKEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzFAKEKEY")
s("config", "[database]\npassword = \"toml-Pass-1\"", "toml-Pass-1")
s("config", "api_secret: 'c2VjcmV0LWZha2Uta2V5LTEyMzQ1'", "c2VjcmV0LWZha2Uta2V5LTEyMzQ1")
s("config", "SMTP_PASS: Mailversand#2024", "Mailversand#2024")
s("config", "{\n  \"shop\": \"teeladen\",\n  \"api_token\": \"tk_9d8c7b6a5f4e3d2c1b0a\"\n}", "tk_9d8c7b6a5f4e3d2c1b0a")

SECRETS = [t for t, v, c in _S]
SECRET_VALUES = [v for t, v, c in _S]
SECRET_CATEGORIES = [c for t, v, c in _S]

# =================================================================== HARMLESS
_H = []


def h(cat, *texts):
    for t in texts:
        _H.append((t, cat))


h("talk_no_value",
  "Bitte das Passwort für Canva zurücksetzen, ich komme nicht mehr rein.",
  "Frag mich nach dem WLAN-Passwort, ich sag's dir am Telefon.",
  "Die TAN kommt per SMS auf mein Handy, ruf mich dann kurz an.",
  "Die IBAN steht auf der Rechnung unten rechts.",
  "Kreditkartendaten bitte NIE per Mail schicken.",
  "Passwort muss mindestens 12 Zeichen haben, eine Zahl und ein Sonderzeichen.",
  "Ich ändere die Passwörter jeden Monat.",
  "API-Key liegt bei mir, frag mich wenn du ihn brauchst.",
  "Türcode ändert sich jeden Montag, ich schick ihn dir separat per Signal.",
  "Alarmanlage ist ab 20 Uhr scharf, bitte vorher raus.",
  "PIN-Eingabe am Terminal macht die Kundin selbst.",
  "Den Schlüssel für den Keller hat Frau Berger.",
  "Zwei-Faktor-Authentifizierung ist aktiviert, Codes kommen an mich.",
  "If you get locked out, use 'Forgot password' and I'll approve the reset.",
  "password: (ask me)",
  "Passwort: bekommst du von mir persönlich",
  "The wifi is open, no password needed.",
  "WLAN ohne Passwort (Gastnetz mit Vorschaltseite).",
  "Passwortänderung erfolgt alle 90 Tage automatisch.",
  "Bitte kein Passwort in diese Liste schreiben!",
  "Der Webhook für Slack ist eingerichtet, läuft über Zapier.",
  "Privater Schlüssel bleibt auf meinem Laptop, nicht kopieren.",
  "Token läuft am 30.06. ab – dann neu generieren in den Einstellungen.",
  "Stripe-Key erneuern lassen (Dashboard → Entwickler → API-Schlüssel).",
  "Wer den Safe-Code braucht, meldet sich bei mir.",
  "Passwort: ist das gleiche wie letztes Jahr, weißt du ja",
  "PIN: wie immer",
  "Passwort geändert am 12.03.2024 – alte Zugangsdaten gelten nicht mehr.",
  "Der Türöffner summt, einfach drücken.",
  "Kreditkarte: Firmen-Visa, endet auf 1111",
  "Abbuchung per SEPA-Lastschrift, Mandat liegt vor.",
  "Generiert die Agentur einen neuen API-Token, schick ihn bitte nicht per WhatsApp.",
  "hab nen neuen passwortmanager, umzug dauert noch n bissl",
  "Das Passwort ist 3 Monate gültig, dann fragt das System nach einem neuen.",
  "Passwortlänge: 16 Zeichen, keine Wiederholungen",
  "PIN-Code-Länge: 4 Stellen",
  "TAN-Verfahren: pushTAN (seit 2023)",
  "Code-Schloss für die Hintertür wird nächste Woche eingebaut.",
  "Öffnungscode? Gibt's nicht, die Tür ist tagsüber offen.",
  "Kartenzahlung ab 10 € möglich, kein American Express.",
  "Gib niemandem am Telefon eine TAN oder PIN, auch nicht 'der Bank'.",
  "Das WLAN-Passwort steht auf der Rückseite des Routers.",
  "isch s passwort no s alte? weiss nöd, frog mal d Sandra",
  "Sag mal, hast du das Kennwort fürs Kassenbuch schon geändert? Ich komm nämlich nicht mehr rein 🙈",
  "Voice message: also wegen dem Passwort, da ruf ich dich nachher an, das schreib ich hier nicht rein, ja?",
  "Die neue IBAN vom Vermieter kommt per Brief, bis dahin nix überweisen.",
  "Kreditkarte läuft Ende des Monats ab, bitte neue Karte bei Canva hinterlegen (mach ich selbst).",
  "Backup-Codes hab ich ausgedruckt, liegen im Safe.",
  "I'll send you the door code by text on the day.",
  "Zugang zum Shop: Benutzername atelier.mara, Passwort sag ich dir mündlich.",
  "Login per Magic Link – du bekommst eine Mail an assistenz@brandpixel.io.",
  "Kein Passwort nötig, Gastzugang reicht.",
  "Bitte Passwort-Reset nur nach Rücksprache.",
  "PUK liegt im Ordner 'Verträge' beim Handyvertrag.",
  "Wiederherstellungscodes: nur ich, nicht an Dritte weitergeben.",
  "Der Private Key für das SSL-Zertifikat liegt beim Hoster, nicht bei uns.",
  "Alarmcode bekommst du beim Einarbeitungstag.",
  "webhook url ändert sich wenn wir zu make.com wechseln",
  "Tresor im Büro: nur für Bargeld und Verträge, Kombination weiß nur ich.",
  "Passwort-Regel bei uns: nie dasselbe zweimal verwenden.",
)

h("password_manager",
  "Passwort: siehe 1Password, Eintrag 'Shopify Salon'",
  "Alle Logins liegen im Bitwarden-Tresor 'Team', du bekommst eine Einladung.",
  "Zugang über KeePass-Datei auf dem NAS (Datenbank: buero.kdbx).",
  "pw → Bitwarden (Ordner Social Media)",
  "Kennwort im LastPass geteilt, Freigabe geht an deine Mail.",
  "Logins: siehe Dashlane-Freigabe vom 3.4.",
  "Passwort ist im Apple-Schlüsselbund gespeichert.",
  "Zugangsdaten findest du im Passwort-Manager unter 'Kanzlei > DATEV'.",
  "Die Passwörter stehen in 1Password, Vault 'VA-Zugang'.",
  "pw in keeper, ordner 'Hochzeiten 2025'",
  "Browser speichert das Kennwort, einfach auf 'Anmelden' klicken.",
  "Bitwarden-Send-Link kommt per Mail, läuft nach 24h ab.",
  "Proton Pass → Eintrag 'Podcast Hosting'",
  "Zugang per Google-Login (Mit Google anmelden), kein separates Passwort.",
  "SSO über Microsoft-Konto, Passwort bleibt bei mir.",
  "| Tool | Login | Passwort |\n|---|---|---|\n| Etsy | atelier.mara | in 1Password |\n| Canva | über Google | – |",
  "WLAN-Passwort: im Bitwarden unter 'Büro'",
  "Tools & Zugänge\n- Shopify: Einladung als Mitarbeiterin (eigenes Passwort)\n- Canva: Team-Einladung\n- Buchhaltung: kein Zugang",
)

h("placeholder",
  "Passwort: <Passwort>",
  "password: ***",
  "DB_PASSWORD=${DB_PASSWORD}",
  "pw: dein-passwort-hier",
  "admin / changeme (Platzhalter, wird beim ersten Login geändert)",
  "Passwort: ********",
  "API_KEY=<your-api-key>",
  "Kennwort: [wird nachgereicht]",
  "IBAN: DEXX XXXX XXXX XXXX XXXX XX",
  "Kartennummer: **** **** **** 1111",
  "password: \"{{ vault_smtp_password }}\"",
  "STRIPE_SECRET_KEY=sk_live_...",
  "PIN: ____",
  "Passwort: XXXXXXXX",
  "token: YOUR_TOKEN_HERE",
  "WLAN-Passwort: (steht auf dem Router)",
  "password = %(SMTP_PASSWORD)s",
  "Passwort: •••••••",
  "{\"user\": \"shopbot\", \"password\": \"\"}",
  "export API_TOKEN=$API_TOKEN",
  "client_secret: ${GOOGLE_CLIENT_SECRET}",
  "Passwort: dein Passwort",
  "Türcode: ????",
  "Benutzername: …\nPasswort: …",
  "MAIL_PASSWORD=",
  "password: <hier eintragen>",
  "IBAN: ____________________",
  "Kreditkarte: xxxx-xxxx-xxxx-xxxx",
)

h("phone",
  "Handy: +49 171 2345678",
  "Rückruf unter 0171/2345678",
  "Mobil +43 664 1234567",
  "Natel: +41 79 123 45 67",
  "Büro: 030 12345678",
  "Tel. 0221 9876543 (Mo–Fr 9–17 Uhr)",
  "WhatsApp: +49 (0)151 23456789",
  "Fax: 089 / 123 456-99",
  "Notfallnummer 112, Giftnotruf 030 19240",
  "Durchwahl Buchhaltung: -23",
  "Handy Chef: 0160 98765432",
  "Festnetz Salon 0251 48 29 17",
  "Call me at +1 (555) 012-3456",
  "Sipgate-Nummer: 0211 5489 3310",
  "Mailbox abhören: 3311 anrufen",
  "Hotline 0800 330 1000 (kostenlos)",
  "Telefonnummer der Braut: 0176-55512345",
  "tel:+4930123456789",
  "Kontakt Notar: +49 89 2123 4567-0",
  "Lieferant ruft an von 0049 6221 987654",
)

h("date_time",
  "Termin am 14.03.2025 um 10:30",
  "Öffnungszeiten Mo–Fr 08:00–18:00, Sa 08:00–13:00",
  "Lieferung KW 23",
  "Deadline: 2025-06-30",
  "Geburtstag Chefin 12.04.1987 – Blumen bestellen!",
  "Hochzeit am 21.6.2025, Trauung 14:00, Sektempfang 15:30",
  "Steuererklärung bis 31.07. abgeben",
  "Urlaub 02.08.–16.08.",
  "Zeitstempel 2024-11-05T14:32:10Z",
  "Backzeit 45 min bei 180 °C",
  "Yoga Mo 18:30 / Mi 07:15 / Fr 19:00",
  "Podcast-Aufnahme: Do, 9.1., 14–16 Uhr",
  "Frist: 14 Tage ab Rechnungsdatum (20240315)",
  "Dauer: 1:45 h",
  "Q3/2024 Umsatzsteuervoranmeldung",
)

h("price",
  "Preis 49,90 €",
  "Haarschnitt Damen 58 € / Herren 32 €",
  "CHF 1'250.00 pro Tag",
  "Stundensatz 85 €/h netto",
  "Total: EUR 2.380,00 inkl. 19 % MwSt.",
  "€ 1.299,-",
  "USD 19.99/month",
  "Hochzeitstorte 3 Stöcke: ab 389 €",
  "Anzahlung 30 % = 1.350,00 EUR",
  "Übersetzung 0,12 € pro Wort, Mindestpreis 45 €",
  "Brezel 0,95 / Semmel 0,45",
  "Honorar: 4.500 € zzgl. USt.",
  "Miete 1.180,00 € warm",
  "Rabatt 15 % ab 10 Stück",
  "Summe netto 12.345,67",
)

h("reference",
  "Bestellnummer 302-4829174-5520918",
  "Rechnung Nr. RE-2024-0815",
  "Kundennummer 100483726",
  "Sendungsnummer DHL 00340434161234567890",
  "Tracking: 1Z999AA10123456784",
  "Buchungsnummer 8H4K2P",
  "Vorgangsnummer 2024/11/0042",
  "Verwendungszweck: RF18 5390 0754 7034",
  "Strukturierte Referenz RF18539007547034",
  "Mandatsreferenz MNDT-2023-00017",
  "Gläubiger-ID DE98ZZZ09999999999",
  "Auftragsnummer 4500123456",
  "Ticket #48213",
  "Bestell-Nr. #1042 (Shopify)",
  "Etsy order 3185420973",
  "Aktenzeichen 3 O 123/24",
  "Paketnummer Hermes H1002345678901234567",
  "Flug LH 1234, Buchungscode XK7P2M",
  "Reservierungsnummer 7731-2290",
  "Zählernummer 1ESY1161234567",
  "PayPal-Transaktionscode 5TY05013RG002845M",
  "Kassenzeichen 5.0123.456789.1",
  "Bestellung 2024-000731 ist versandt",
  "Case ID 7-1234567890",
  "Mitgliedsnummer Handwerkskammer 123456",
  "Vertragsnummer 12345678901",
  "Lieferschein LS-88213 vom 04.06.",
  "Angebot AN-2025-017 an Familie Özdemir geschickt",
  "Referenznummer Ihrer Anfrage: 2024061412345",
  "Ihre Buchung ist bestätigt. Buchungsnummer: HTL-77421-B",
  "Kundennummer bei der Druckerei: KD-004711",
  "Sendungsverfolgung Post CH: 99.60.123456.12345678",
  "Rechnungsnummer 2024-0427 / Kunden-Nr. 20391",
  "Storno-Nr. ST-4410",
  "Versichertennummer A123456789",
)

h("vat_tax",
  "USt-IdNr. DE123456789",
  "UID ATU12345678",
  "UID: CHE-123.456.789 MWST",
  "Steuer-ID 12 345 678 901",
  "Steuernummer 21/815/08150",
  "Finanzamt Münster-Innenstadt, St.-Nr. 336/5012/3456",
  "VAT ID: GB123456789",
  "Wirtschafts-ID DE123456789-00001",
  "EORI DE1234567",
  "Handelsregister HRB 12345, Amtsgericht Köln",
  "Firmenbuchnummer FN 123456a, HG Wien",
)

h("invalid_iban",
  "Beispiel aus dem Formular: DE12 3456 7890 1234 5678 90 (ungültig)",
  "DE00 1234 5678 9012 3456 78",
  "Artikelreferenz AT12 3456 7890 1234 5678",
  "Lagerplatz CH00 1234 5678 9012 3456 7",
  "Tippfehler-IBAN aus alter Mail (DE89 3704 0044 0532 0130 01) – ist ungültig, hab ich geprüft",
  "BIC: COBADEFFXXX",
  "BLZ 370 400 44",
  "SWIFT-Code DEUTDEFF500",
)

h("isbn_ean",
  "ISBN 978-3-16-148410-0",
  "EAN 4006381333931",
  "GTIN 04012345678901",
  "ISBN-13: 9783161484100",
  "Artikel-EAN: 4 012345 678901",
  "Barcode auf dem Mehlsack: 4001234567892",
  "ISSN 0028-0836",
  "ASIN B08N5WRWNW",
)

h("postcode",
  "48143 Münster",
  "Stephansplatz 1, 1010 Wien",
  "Bahnhofstrasse 10, 8001 Zürich",
  "PLZ 80331",
  "Postleitzahl: 10115",
  "CH-3011 Bern",
  "A-5020 Salzburg",
  "D-50667 Köln",
  "Zip code 10001 (New York)",
)

h("version",
  "Version 2.4.1",
  "iOS 17.5.1",
  "WordPress 6.5.3",
  "v3.0.0-beta.2",
  "Build 20240612.3",
  "Firmware FRITZ!OS 7.57",
  "Python 3.12",
  "Shopify Theme Dawn 13.0.1",
  "macOS Sonoma 14.4",
  "Lightroom Classic 13.2",
)

h("filename",
  "Rechnung_2024-0815.pdf",
  "Passwort-Richtlinie.docx",
  "logo_final_v3.png",
  "backup_2024-06-01.zip",
  ".env.example",
  "id_rsa.pub",
  "Zugangsdaten_Vorlage.xlsx (leer)",
  "keys/README.md",
  "C:\\Users\\Kanzlei\\Dokumente\\Mandanten\\2024\\Liste.xlsx",
  "IMG_4821.HEIC",
  "Hochzeit_Meier_Ablaufplan_FINAL_final2.docx",
  "secrets.example.yaml",
)

h("link",
  "https://www.haarwerk-muenster.de/termine",
  "Buchung über https://calendly.com/yoga-anna/60min",
  "https://www.instagram.com/backstube.mehlwerk/",
  "Passwort vergessen? https://accounts.google.com/signin/recovery",
  "https://example.com/reset-password",
  "Shop-Admin: https://atelier-nord.myshopify.com/admin",
  "https://docs.stripe.com/keys",
  "Webinar: https://zoom.us/j/98765432100",
  "https://meet.google.com/abc-defg-hij",
  "https://github.com/brandpixel/website",
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://wa.me/491711234567",
  "https://shop-beispiel.de/?utm_source=newsletter&utm_campaign=sommer24",
  "Formular: https://forms.gle/AbCdEf123456",
  "Galerie für Gäste: https://www.pixieset.com/meier-hochzeit (öffentlich)",
  "Anfahrt: https://maps.google.com/?q=Domplatz+1,+48143+Münster",
  "https://www.elster.de/eportal/start",
  "https://www.bitwarden.com/help/",
  "Impressum: https://www.lena-design.de/impressum#kontakt",
  "https://de.wikipedia.org/wiki/Internationale_Bankkontonummer",
  "Podcast-Feed: https://feeds.example-podcast.de/stimmenfang.xml",
  "https://www.dropbox.com/home/Kunden/2025",
  "https://api.example.com/v1/orders?page=2&limit=50",
)

h("uuid_hash",
  "Kunden-UUID 550e8400-e29b-41d4-a716-446655440000",
  "SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "Commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
  "MD5 der Datei: d41d8cd98f00b204e9800998ecf8427e",
  "Request-ID 7f3c2a1b-9d8e-4f6a-b5c4-3e2d1f0a9b8c",
  "Git-Tag v1.2.0 (Commit 3f9a2c1)",
  "ETag: \"33a64df551425fcc55e4d42a148795d9f25f89d4\"",
  "Google Analytics ID G-ABC123XYZ9",
  "Meta Pixel ID 123456789012345",
  "Google Tag Manager GTM-5XK2P9L",
  "Instagram Post-ID 3312345678901234567",
  "Prüfsumme (SHA-1) vom Backup: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
  "Ordner-ID Google Drive: 1AbCdEfGhIjKlMnOpQrStUvWxYz0123456",
  "YouTube Kanal-ID UC_x5XG1OV2P6uZZ5FSM9Ttw",
  "Mailchimp List ID a1b2c3d4e5",
  "Stripe customer cus_NffrFeUfNV2Hib",
  "Rechnungs-ID in Stripe: in_1MtHbELkdIwHu7ixl4OzzPMv",
)

h("public_key",
  "Mein öffentlicher SSH-Key für den Server:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakePublicKeyOnlyForTesting1234567890ab anna@laptop",
  "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAfakePublicKeyOnly0123456789\n-----END PUBLIC KEY-----",
  "Stripe Publishable Key (darf ins Frontend): pk_test_TYooMQauvdEDq54NiTphI7jx",
  "reCAPTCHA Site Key: 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
  "PGP-Fingerprint: 3AA5 C343 7156 7BD2 A1B3 9C44 D5E6 F708 1234 ABCD",
  "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEFakeCertOnlyForTesting0123456789abcdefghij\n-----END CERTIFICATE-----",
  "hCaptcha sitekey 10000000-ffff-ffff-ffff-000000000001",
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCfakeFAKEpublicKEYonly0123456789 deploy@webserver",
  "Öffentlicher PGP-Schlüssel auf keys.openpgp.org, Key-ID 0x1234ABCD5678EF90",
  "DKIM-Eintrag: v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCfakeDKIMpublic",
)

h("crypto",
  "Spenden in BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
  "ETH-Adresse für Spenden: 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
  "Lightning-Adresse: podcast@getalby.com",
  "Bitcoin address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa (Genesis-Adresse, nur Beispiel)",
)

h("hashtag_color",
  "#hochzeitsplanerin #weddingplanner #münster",
  "Farbe #FF5733",
  "Brand colours: #1A2B3C, #F4E1D2",
  "#HaarWerk2024",
  "RGB 255, 87, 51",
  "Pantone 7621 C",
  "#yogamitanna #namaste 🧘‍♀️",
  "CSS: color: #333; background: #fafafa;",
  "hsl(210, 50%, 40%)",
  "#tbt #backstube #sauerteig",
  "Farbcode RAL 9010 reinweiß",
  "@backstube_mehlwerk auf Insta",
)

h("product_code",
  "Artikelnummer HW-4471-BL",
  "SKU: TORTE-3ST-VAN",
  "Modell FRITZ!Box 7590 AX",
  "Farbnummer 7.1 Aschblond",
  "Wella Koleston 8/0",
  "Seriennummer C02XK1ABJG5H",
  "IMEI 35 209900 176148 1",
  "Kaffeemaschine Typ EA8108",
  "Ersatzteil Nr. 00611472",
  "Canon EOS R6 Mark II, Objektiv RF 24-70mm F2.8 L IS USM",
  "Material-Nr. 1.4301 (Edelstahl)",
  "Glas: VSG 8.4 mm",
  "Druckerpatrone HP 305XL",
  "Mikrofon Shure SM7B",
  "Lizenz: Microsoft 365 Business Standard (5 Plätze)",
)

h("compound",
  "Bitte Passfoto für den Reisepass mitbringen.",
  "Pinnwand im Flur aufräumen",
  "Pinsel und Farben bestellen",
  "Dresscode: Black Tie",
  "Rabattcode SOMMER20 gibt 20 % auf alles",
  "QR-Code auf den Flyer drucken",
  "Postleitzahl fehlt in der Adresse",
  "Schlüsselübergabe am Freitag 16 Uhr",
  "Kennzeichen Firmenwagen MS-AB 123",
  "Codewort beim Kindergeburtstag-Spiel ist 'Banane'",
  "Passgenau zuschneiden",
  "Passat (Firmenwagen) muss zum TÜV",
  "Pinterest-Board aktualisieren",
  "Schlüsselanhänger mit Logo bestellen",
  "Keyword-Recherche für SEO: 'Brautfrisur Münster'",
  "Passepartout für die Bilder besorgen",
  "Passionsfrucht-Torte für Samstag",
  "Pinzette und Wimpernkleber nachbestellen",
  "Schlüsselbund liegt bei der Nachbarin",
  "Barcode-Scanner für die Kasse einrichten",
  "Promo code WELCOME10 for new clients",
  "HTML-Code für das Buchungs-Widget einbinden",
  "Gutscheincode HOCHZEIT15 im Newsletter erwähnen",
  "Zugangsweg für Rollstühle: Seiteneingang",
  "Schlüsseldienst anrufen, Schloss klemmt",
  "Reisepass-Nummer der Braut für die Flitterwochen-Buchung: liegt im Ordner",
  "Pinnadeln, Passepartouts, Pinsel – alles im Regal hinten",
  "Tokens für das Spiel (Jetons) für die Hochzeitsfeier besorgen",
  "Fehlercode E-102 beim Drucker → Papierstau",
  "HTTP-Code 404 auf der Seite /preise",
  "Zimmer 204, 2. OG",
  "Tisch 4 für 6 Personen",
  "Bus Linie 7 bis Haltestelle Ludgeriplatz",
  "Kompass-App für die Location-Suche",
  "Ticketcode fürs Konzert kommt per Mail an die Gäste",
  "Key Visual für die Kampagne fertigstellen",
  "Schlüsselwörter für den Blogartikel: Sauerteig, Roggen, Backstube",
  "Der Pass ist bis 2031 gültig",
  "Sicherheitsschuhe Größe 42 für die Baustelle",
  "Vorhängeschloss für den Spind kaufen",
  "Morsecode-Workshop für Kinder am Samstag",
  "Bitte Pinkies (Lockenwickler) nachbestellen",
  "Der Brautstrauß kommt um 11 Uhr",
  "Tresen abwischen, Safe-Space-Plakat aufhängen",
  "Türschild mit Öffnungszeiten neu drucken",
  "Alarmierungskette bei Krankheit: erst mich, dann Sandra",
)

h("notice",
  "Passwort vergessen? Link unten",
  "PIN-Brief kommt per Post",
  "Ihr Passwort wurde erfolgreich geändert.",
  "Neue Anmeldung bei Ihrem Konto von Chrome auf Windows",
  "Your verification code has expired. Request a new one.",
  "Wir senden Ihnen einen Bestätigungscode an +49 171 ****678",
  "Ihre neue Karte ist unterwegs. Die PIN erhalten Sie separat.",
  "Geben Sie niemals Ihre TAN am Telefon weiter.",
  "Für die Überweisung ist eine Freigabe in der App nötig.",
  "Die Bankverbindung wurde geändert – bitte prüfen Sie die Angaben im Kundenkonto.",
  "Click here to reset your password. If you didn't request this, ignore this email.",
  "Ihr Zugang wurde gesperrt. Bitte wenden Sie sich an den Support.",
  "Invalid password. 2 attempts remaining.",
  "Sicherheitshinweis: Wir fragen nie per E-Mail nach Ihrem Passwort.",
  "Der Login-Code wurde an Ihre E-Mail-Adresse gesendet.",
  "API key created successfully. Copy it now – you won't be able to see it again.",
  "Ihre IBAN wird nur für die Auszahlung verwendet.",
  "---------- Forwarded message ---------\nVon: noreply@shop-beispiel.de\nBetreff: Passwort zurücksetzen\n\nHallo,\nsie haben ein neues Passwort angefordert. Klicken Sie auf den Button unten.\nDer Link ist 60 Minuten gültig.",
  "Ihre Bestellung 4711-0815 wurde versandt. Sendungsnummer: 00340434161234567891",
  "Zahlung erhalten: 450,00 € von Familie Meier (Hochzeit 21.06.)",
)

h("profile",
  "Firmenname: Haarwerk Münster\nInhaberin: Lisa Kern\nAdresse: Ludgeristr. 12, 48143 Münster\nTelefon: 0251 48 29 17\nE-Mail: info@haarwerk-muenster.de",
  "Kontakt: hallo@lena-design.de · Insta @lena.design · Tel. 0176 55512345",
  "Benutzername: atelier.mara",
  "E-Mail für Rechnungen: buchhaltung@feinbaeckerei.at",
  "Bankverbindung siehe Rechnung / Impressum",
  "Zahlungsbedingungen: 14 Tage netto, Skonto 2 % bei Zahlung innerhalb 7 Tagen",
  "Berufsbezeichnung: Architektin (verliehen in Deutschland), Kammer-Nr. 12345",
  "Leistungen: Übersetzung DE↔EN, Lektorat, Untertitel",
  "Kanäle: WhatsApp Business, Instagram DM, E-Mail (Antwort innerhalb 24h)",
  "Bürozeiten Steuerkanzlei: Mo–Do 8–17 Uhr, Fr 8–13 Uhr",
  "Login-E-Mail: podcast@stimmenfang.de",
  "Sprache Kundenkommunikation: Sie-Form, auf Schweizerdeutsch nur wenn Kundin so schreibt",
  "Signal: @yoga_anna.42",
  "Social Media: Instagram (12,4k), TikTok (3k), Pinterest",
  "Bitte am Telefon melden mit: 'Backstube Mehlwerk, guten Tag, Sie sprechen mit …'",
  "Mitarbeiterinnen: Sandra (Mo–Mi), Lena (Do–Sa)",
)

h("instruction",
  "Jeden Montag: Termine der Woche prüfen, Erinnerungs-SMS rausschicken, Ausfälle in die Warteliste eintragen.",
  "Wenn eine Braut absagt: Anzahlung NICHT automatisch zurückerstatten, erst mit mir sprechen.",
  "Rechnungen bitte bis zum 5. des Monats an die Kanzlei schicken (Upload über DATEV, Zugang bekommst du von der Kanzlei selbst).",
  "hey, kannst du morgen die neuen Fotos hochladen? die liegen in dropbox unter /kunden/meier. danke dir!! 🙏",
  "1. Bestellungen im Shop prüfen\n2. Etiketten drucken (DHL)\n3. Pakete bis 15 Uhr zur Filiale\n4. Sendungsnummern in die Tabelle",
  "Newsletter: jeden 1. Donnerstag, Betreff max. 50 Zeichen, Rabattcode nur für Bestandskundinnen.",
  "Bei Fragen zum Login: nicht selbst das Passwort zurücksetzen, sondern mir schreiben.",
  "Sprachnachricht: Also äh, wegen morgen, die Lieferung vom Mehl kommt so um sieben, der Fahrer hat einen Schlüssel, du musst nur kurz unterschreiben, okay? Danke!",
  "Podcast-Workflow: Rohaufnahme → Auphonic → Schnitt → Shownotes → Upload Podigee → Social-Posts planen",
  "Bitte Angebot für die Hochzeit am 12.7. erstellen: 80 Gäste, Location Gut Havichhorst, Budget ca. 25.000 €",
  "Wenn jemand anruft und nach der Bankverbindung fragt: auf die Rechnung verweisen, keine Daten am Telefon.",
  "Buchungsbestätigungen per Mail an die Kundin, CC an mich. Vorlage: 'Bestätigung Termin'.",
  "Die Alarmanlage schaltet sich um 22 Uhr automatisch ein, wenn du später da bist, ruf mich an.",
  "Gäste-WLAN-Karte liegt am Empfang im Aufsteller, bitte nachdrucken wenn sie fehlt.",
  "Bei Kartenzahlung immer Beleg für uns und für die Kundin drucken.",
  "Grüezi Sandra, chönntsch du bitte morge d Rechnige für de Juni mache? Merci vielmal!",
  "Servus, kannst bitte de Semmeln für Samstag beim Huber bestellen? 200 Stück, danke dir!",
  "pls check if the API is working – wenn der Shop keine Bestellungen mehr zieht, bitte Support-Ticket bei Shopify aufmachen",
  "Use the template 'Welcome email' for new clients. Never include any login details in it.",
  "Schlüsselübergabe Ferienwohnung: Schlüssel im Briefkasten, Gast bekommt Info per Airbnb-Nachricht von mir.",
)


HARMLESS = [t for t, c in _H]
HARMLESS_CATEGORIES = [c for t, c in _H]


# =================================================================== checks
def _iban_ok(x):
    x = x.replace(" ", "").upper()
    r = x[4:] + x[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
    except ValueError:
        return False


def _luhn_ok(x):
    d = [int(ch) for ch in x if ch.isdigit()]
    tot = 0
    for i, n in enumerate(reversed(d)):
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


assert len(SECRETS) == len(SECRET_VALUES) == len(SECRET_CATEGORIES)
assert len(HARMLESS) == len(HARMLESS_CATEGORIES)
assert len(SECRETS) >= 180, len(SECRETS)
assert len(HARMLESS) >= 360, len(HARMLESS)
for _t, _v in zip(SECRETS, SECRET_VALUES):
    assert _v and _v in _t, (_t, _v)
for _t, _v, _c in _S:
    if _c == "iban":
        assert _iban_ok(_v), _v
    if _c == "card" and len([ch for ch in _v if ch.isdigit()]) >= 13:
        assert _luhn_ok(_v), _v
for _t in ["DE12 3456 7890 1234 5678 90", "DE00 1234 5678 9012 3456 78", "AT12 3456 7890 1234 5678",
           "CH00 1234 5678 9012 3456 7", "DE89 3704 0044 0532 0130 01"]:
    assert not _iban_ok(_t), _t
assert len(set(SECRETS)) == len(SECRETS), "duplicate secret entries"
assert len(set(HARMLESS)) == len(HARMLESS), "duplicate harmless entries"

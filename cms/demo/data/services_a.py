"""Demo data: services (block A) of the fictional town of Lindenfeld (NRW).

Registration, identity documents, certificates, lost property, parking and vehicle services.
See SCHEMA.md in this directory for the format.
"""

from __future__ import annotations

SERVICES: list[dict] = [
    # ------------------------------------------------------------ Wohnsitz anmelden
    {
        "key": "wohnsitz-anmelden",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/wohnsitz-anmelden",
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "free"},
        "video": {
            "url": "https://www.youtube.com/watch?v=Wm4nLdA7eQz",
            "de": {
                "title": "Umzug nach Lindenfeld: So melden Sie Ihren Wohnsitz an",
                "transcript": (
                    "Sie sind nach Lindenfeld gezogen oder innerhalb der Stadt umgezogen? Dann müssen Sie sich "
                    "innerhalb von zwei Wochen anmelden. Lassen Sie sich zuerst von Ihrer Vermieterin oder Ihrem "
                    "Vermieter die Wohnungsgeberbestätigung ausstellen. Mit Personalausweis und Online-Ausweisfunktion "
                    "können Sie sich bequem online über die BundID anmelden. Alternativ buchen Sie einen Termin im "
                    "Bürgerbüro und bringen Ihren Ausweis und die Wohnungsgeberbestätigung mit. Die Anmeldung ist "
                    "kostenlos, und Ihre alte Gemeinde wird automatisch informiert."
                ),
            },
            "en": {
                "title": "Moving to Lindenfeld: how to register your address",
                "transcript": (
                    "Have you moved to Lindenfeld or moved house within the town? Then you must register within "
                    "two weeks. First, ask your landlord for the landlord's confirmation of residence "
                    "(Wohnungsgeberbestätigung). If you have an ID card with the online ID function, you can "
                    "register conveniently online using your BundID account. Alternatively, book an appointment at "
                    "the Citizens' Office and bring your ID and the landlord's confirmation. Registration is free of "
                    "charge, and your previous municipality is informed automatically."
                ),
            },
        },
        "de": {
            "title": "Wohnsitz anmelden",
            "official_name": "Anmeldung einer Wohnung",
            "teaser": (
                "Wer nach Lindenfeld zieht oder innerhalb der Stadt umzieht, muss sich innerhalb von zwei Wochen "
                "nach dem Einzug anmelden – online oder im Bürgerbüro."
            ),
            "search_terms": (
                "ummelden, Umzug melden, Anmeldung, Einwohnermeldeamt, Meldeamt, Adresse ändern, Adressänderung, "
                "neue Wohnung, Zuzug, Ummeldung, Wohnungsgeberbestätigung, Hauptwohnsitz, Nebenwohnsitz"
            ),
            "description": (
                "Wenn Sie in eine Wohnung in Lindenfeld einziehen, müssen Sie sich innerhalb von zwei Wochen nach "
                "dem Einzug bei der Meldebehörde anmelden. Das gilt für den Zuzug aus einer anderen Gemeinde, aus "
                "dem Ausland und auch für einen Umzug innerhalb von Lindenfeld. Ziehen Sie aus einer anderen "
                "deutschen Gemeinde zu, werden Sie dort automatisch abgemeldet."
                "\n\n"
                "Mit einem Personalausweis oder elektronischen Aufenthaltstitel mit aktivierter "
                "Online-Ausweisfunktion können Sie sich online anmelden. Alternativ kommen Sie mit Termin ins "
                "Bürgerbüro. Dort wird auch die neue Anschrift in Ihrem Personalausweis und im Chip geändert. "
                "Personen, die gemeinsam einziehen, zum Beispiel Familien, können zusammen angemeldet werden."
            ),
            "requirements": (
                "Sie sind in eine Wohnung in Lindenfeld eingezogen. Meldepflichtig ist jede Person selbst; für "
                "Kinder unter 16 Jahren melden die Eltern an. Eine andere Person können Sie mit schriftlicher "
                "Vollmacht schicken."
            ),
            "documents": [
                "Personalausweis, Reisepass oder Passersatzpapier aller anzumeldenden Personen",
                "Wohnungsgeberbestätigung der Vermieterin oder des Vermieters (bei Eigentum: selbst ausgefüllt)",
                "Bei Kindern: Geburtsurkunde, falls das Kind zum ersten Mal in Deutschland angemeldet wird",
                "Bei Vertretung: schriftliche Vollmacht und Ausweis der bevollmächtigten Person",
            ],
            "steps": [
                "Wohnungsgeberbestätigung von der Vermieterin oder dem Vermieter ausfüllen lassen",
                "Online mit der Online-Ausweisfunktion anmelden oder einen Termin im Bürgerbüro buchen",
                "Beim Termin Ausweise und Wohnungsgeberbestätigung vorlegen",
                "Meldebestätigung und gegebenenfalls Adressaufkleber für den Ausweis erhalten",
            ],
            "fee_note": "Die Anmeldung und die Meldebestätigung sind kostenlos.",
            "processing_time": "Sofort beim Termin; online angemeldet in der Regel innerhalb weniger Werktage",
            "deadlines": (
                "Innerhalb von zwei Wochen nach dem Einzug. Wer sich nicht oder nicht rechtzeitig anmeldet, "
                "handelt ordnungswidrig; es droht ein Bußgeld."
            ),
            "legal_basis": [
                {
                    "title": "§ 17 Bundesmeldegesetz (BMG) – Anmeldung, Abmeldung",
                    "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
                },
                {
                    "title": "§ 19 BMG – Mitwirkung des Wohnungsgebers",
                    "url": "https://www.gesetze-im-internet.de/bmg/__19.html",
                },
                {
                    "title": "§ 54 BMG – Bußgeldvorschriften",
                    "url": "https://www.gesetze-im-internet.de/bmg/__54.html",
                },
            ],
            "notes": (
                "Wer erstmals in Deutschland angemeldet wird, bekommt vom Bundeszentralamt für Steuern automatisch "
                "seine steuerliche Identifikationsnummer per Post. Denken Sie nach der Anmeldung auch an Ihr "
                "Fahrzeug, Ihren Hund und Ihre Abfallbehälter."
            ),
            "other_ways": (
                "Eine Anmeldung per Post, E-Mail oder Telefon ist nicht möglich. Online geht es nur mit "
                "aktivierter Online-Ausweisfunktion und BundID-Konto."
            ),
            "faq": [
                {
                    "q": "Ich finde keinen Termin innerhalb von zwei Wochen. Was nun?",
                    "a": (
                        "Melden Sie sich online an oder buchen Sie den nächsten freien Termin. Maßgeblich ist, dass "
                        "Sie sich rechtzeitig um die Anmeldung bemüht haben; ein Bußgeld müssen Sie dann nicht "
                        "befürchten."
                    ),
                },
                {
                    "q": "Mein Vermieter stellt keine Wohnungsgeberbestätigung aus. Was kann ich tun?",
                    "a": (
                        "Der Wohnungsgeber ist gesetzlich dazu verpflichtet. Melden Sie sich trotzdem fristgerecht "
                        "an und teilen Sie uns mit, dass die Bestätigung fehlt; wir fordern sie dann an."
                    ),
                },
            ],
        },
        "en": {
            "title": "Registering your address",
            "official_name": "Registration of a residence (Anmeldung)",
            "teaser": (
                "If you move to Lindenfeld or move house within the town, you must register within two weeks of "
                "moving in – online or at the Citizens' Office."
            ),
            "search_terms": (
                "register address, Anmeldung, residence registration, moving house, change of address, "
                "registration office, new flat, moving to Germany, landlord confirmation, main residence, "
                "secondary residence"
            ),
            "description": (
                "When you move into a flat or house in Lindenfeld, you must register with the registration "
                "authority within two weeks of moving in. This applies if you move here from another municipality "
                "or from abroad, and also if you move within Lindenfeld. If you are moving from another German "
                "municipality, your registration there is cancelled automatically."
                "\n\n"
                "If you have a German ID card or an electronic residence permit with the online ID function "
                "activated, you can register online. Otherwise, come to the Citizens' Office with an appointment. "
                "We will also update the address on your ID card and its chip there. People who move in "
                "together, such as families, can be registered at the same time."
            ),
            "requirements": (
                "You have moved into a home in Lindenfeld. Every person is responsible for their own "
                "registration; parents register children under 16. You can send someone else with a written "
                "power of attorney."
            ),
            "documents": [
                "ID card, passport or substitute travel document of everyone being registered",
                "Landlord's confirmation of residence (Wohnungsgeberbestätigung); owners fill it in themselves",
                "For children: birth certificate if the child is being registered in Germany for the first time",
                "If someone acts on your behalf: written power of attorney and their ID",
            ],
            "steps": [
                "Ask your landlord to fill in the landlord's confirmation of residence",
                "Register online with the online ID function or book an appointment at the Citizens' Office",
                "Show your ID documents and the landlord's confirmation at your appointment",
                "Receive your confirmation of registration and, if needed, an address sticker for your ID card",
            ],
            "fee_note": "Registration and the confirmation of registration are free of charge.",
            "processing_time": (
                "Immediately at your appointment; online registrations are usually processed within a few "
                "working days"
            ),
            "deadlines": (
                "Within two weeks of moving in. Failing to register, or registering late, is an administrative "
                "offence and may result in a fine."
            ),
            "legal_basis": [
                {
                    "title": "Section 17 Federal Registration Act (BMG) – registration and deregistration",
                    "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
                },
                {
                    "title": "Section 19 BMG – landlord's duty to cooperate",
                    "url": "https://www.gesetze-im-internet.de/bmg/__19.html",
                },
                {
                    "title": "Section 54 BMG – provisions on fines",
                    "url": "https://www.gesetze-im-internet.de/bmg/__54.html",
                },
            ],
            "notes": (
                "If you are registering in Germany for the first time, the Federal Central Tax Office will "
                "automatically send you your tax identification number by post. After registering, remember to "
                "update your vehicle, your dog and your waste bins too."
            ),
            "other_ways": (
                "You cannot register by post, email or phone. Online registration is only possible with the "
                "online ID function activated and a BundID account (the federal government's citizen account)."
            ),
            "faq": [
                {
                    "q": "I can't find an appointment within two weeks. What should I do?",
                    "a": (
                        "Register online or book the next available appointment. What matters is that you made "
                        "an effort to register in time; in that case you need not worry about a fine."
                    ),
                },
                {
                    "q": "My landlord won't give me a confirmation of residence. What can I do?",
                    "a": (
                        "Landlords are legally required to provide it. Register on time anyway and tell us that "
                        "the confirmation is missing; we will then request it from your landlord."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Wohnsitz abmelden
    {
        "key": "wohnsitz-abmelden",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/wohnsitz-abmelden",
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Wohnsitz abmelden",
            "official_name": "Abmeldung einer Wohnung",
            "teaser": (
                "Wer ins Ausland zieht oder eine Nebenwohnung aufgibt, muss sich abmelden – bei einem Umzug "
                "innerhalb Deutschlands ist das nicht nötig."
            ),
            "search_terms": (
                "abmelden, Abmeldung, Wegzug, ins Ausland ziehen, Auswandern, Auslandsumzug, Nebenwohnsitz "
                "aufgeben, Zweitwohnsitz abmelden, Abmeldebestätigung, Einwohnermeldeamt"
            ),
            "description": (
                "Eine Abmeldung ist nur nötig, wenn Sie ins Ausland ziehen und in Deutschland keine Wohnung mehr "
                "behalten oder wenn Sie Ihre Nebenwohnung in Lindenfeld aufgeben. Ziehen Sie innerhalb Deutschlands "
                "um, melden Sie sich einfach am neuen Wohnort an; die Abmeldung in Lindenfeld erfolgt dann "
                "automatisch."
                "\n\n"
                "Sie können sich frühestens eine Woche vor dem Auszug und spätestens zwei Wochen danach abmelden. "
                "Mit der Online-Ausweisfunktion erledigen Sie die Abmeldung online, sonst im Bürgerbüro oder "
                "schriftlich. Sie erhalten eine Abmeldebestätigung, die Sie zum Beispiel für Banken, Versicherungen "
                "oder Behörden im Ausland brauchen können."
            ),
            "requirements": (
                "Sie ziehen ins Ausland und geben Ihre Wohnung in Deutschland auf, oder Sie geben eine "
                "Nebenwohnung in Lindenfeld auf."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Neue Anschrift im Ausland (falls schon bekannt)",
                "Bei schriftlicher Abmeldung: formloses Schreiben oder ausgefülltes Abmeldeformular mit Unterschrift und Ausweiskopie",
            ],
            "steps": [
                "Abmeldung online mit der Online-Ausweisfunktion starten, einen Termin buchen oder das Formular herunterladen",
                "Angaben zur aufgegebenen Wohnung und zur neuen Anschrift machen",
                "Abmeldebestätigung erhalten",
            ],
            "fee_note": "Die Abmeldung und die Abmeldebestätigung sind kostenlos.",
            "processing_time": "Sofort beim Termin; schriftlich oder online innerhalb weniger Werktage",
            "deadlines": "Frühestens eine Woche vor dem Auszug, spätestens zwei Wochen danach.",
            "legal_basis": [
                {
                    "title": "§ 17 Absatz 2 Bundesmeldegesetz (BMG) – Abmeldung",
                    "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
                },
            ],
            "notes": (
                "Nach einer Abmeldung ins Ausland bleiben Ihr Personalausweis und Reisepass gültig. Für neue "
                "Ausweise ist dann die deutsche Auslandsvertretung in Ihrem neuen Wohnland zuständig."
            ),
            "other_ways": (
                "Sie können sich auch schriftlich per Post abmelden. Legen Sie eine Kopie Ihres Ausweises bei."
            ),
            "faq": [
                {
                    "q": "Muss ich mich abmelden, wenn ich in eine andere deutsche Stadt ziehe?",
                    "a": (
                        "Nein. Sie melden sich nur am neuen Wohnort an. Die neue Meldebehörde informiert uns, und "
                        "wir melden Sie automatisch ab."
                    ),
                },
            ],
        },
        "en": {
            "title": "Deregistering your address",
            "official_name": "Deregistration of a residence (Abmeldung)",
            "teaser": (
                "If you are moving abroad or giving up a secondary residence, you must deregister – this is not "
                "necessary if you move within Germany."
            ),
            "search_terms": (
                "deregister, Abmeldung, deregistration, moving abroad, leaving Germany, emigrating, give up second "
                "home, secondary residence, deregistration certificate, registration office"
            ),
            "description": (
                "You only need to deregister if you are moving abroad and will no longer have a home in Germany, "
                "or if you are giving up a secondary residence in Lindenfeld. If you move within Germany, simply "
                "register at your new address; your registration in Lindenfeld is then cancelled automatically."
                "\n\n"
                "You can deregister no earlier than one week before moving out and no later than two weeks "
                "afterwards. With the online ID function you can deregister online; otherwise, do so at the "
                "Citizens' Office or in writing. You will receive a deregistration certificate, which you may "
                "need for banks, insurers or authorities abroad, for example."
            ),
            "requirements": (
                "You are moving abroad and giving up your home in Germany, or you are giving up a secondary "
                "residence in Lindenfeld."
            ),
            "documents": [
                "ID card or passport",
                "Your new address abroad (if already known)",
                "If deregistering in writing: an informal letter or the completed deregistration form with your signature and a copy of your ID",
            ],
            "steps": [
                "Start the deregistration online with the online ID function, book an appointment or download the form",
                "Give details of the home you are leaving and your new address",
                "Receive your deregistration certificate",
            ],
            "fee_note": "Deregistration and the deregistration certificate are free of charge.",
            "processing_time": "Immediately at your appointment; within a few working days in writing or online",
            "deadlines": "No earlier than one week before moving out and no later than two weeks afterwards.",
            "legal_basis": [
                {
                    "title": "Section 17(2) Federal Registration Act (BMG) – deregistration",
                    "url": "https://www.gesetze-im-internet.de/bmg/__17.html",
                },
            ],
            "notes": (
                "Your ID card and passport remain valid after you deregister to move abroad. For new documents, "
                "the German embassy or consulate in your new country of residence will then be responsible."
            ),
            "other_ways": (
                "You can also deregister in writing by post. Please enclose a copy of your ID."
            ),
            "faq": [
                {
                    "q": "Do I have to deregister if I move to another town in Germany?",
                    "a": (
                        "No. You only register at your new place of residence. The registration office there "
                        "informs us, and we cancel your registration automatically."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Meldebescheinigung
    {
        "key": "meldebescheinigung",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/meldebescheinigung",
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "fixed", "amount": "5.00"},
        "video": None,
        "de": {
            "title": "Meldebescheinigung beantragen",
            "official_name": "Meldebescheinigung Ausstellung",
            "teaser": (
                "Mit einer Meldebescheinigung weisen Sie nach, wo Sie gemeldet sind – zum Beispiel gegenüber "
                "Arbeitgebern, Banken oder Behörden."
            ),
            "search_terms": (
                "Wohnsitzbescheinigung, Meldenachweis, Aufenthaltsbescheinigung, Meldebestätigung, "
                "erweiterte Meldebescheinigung, Wohnortnachweis, Adressnachweis, Einwohnermeldeamt"
            ),
            "description": (
                "Die Meldebescheinigung bestätigt, dass Sie in Lindenfeld gemeldet sind. Die einfache "
                "Meldebescheinigung enthält Ihren Namen, Ihren Doktorgrad, Ihr Geburtsdatum und Ihre aktuelle "
                "Anschrift. Brauchen Sie weitere Angaben, etwa frühere Anschriften, den Familienstand oder die "
                "Staatsangehörigkeit, beantragen Sie eine erweiterte Meldebescheinigung."
                "\n\n"
                "Mit der Online-Ausweisfunktion erhalten Sie die Bescheinigung online als PDF-Dokument, das Sie "
                "direkt weitergeben können. Im Bürgerbüro wird sie sofort ausgedruckt und unterschrieben."
            ),
            "requirements": (
                "Sie sind in Lindenfeld gemeldet. Die Bescheinigung erhalten Sie nur über sich selbst; für eine "
                "andere Person brauchen Sie deren schriftliche Vollmacht."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Bei Vertretung: schriftliche Vollmacht und Ausweis der vertretenen Person (Original oder Kopie)",
            ],
            "steps": [
                "Online mit der Online-Ausweisfunktion beantragen oder einen Termin im Bürgerbüro buchen",
                "Art der Bescheinigung wählen: einfach oder erweitert",
                "Gebühr online oder vor Ort bezahlen",
                "Bescheinigung als PDF herunterladen oder vor Ort mitnehmen",
            ],
            "fee_note": (
                "5,00 EUR je Bescheinigung. Die Meldebestätigung, die Sie bei der Anmeldung erhalten, ist "
                "kostenlos."
            ),
            "processing_time": "Sofort",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 18 Bundesmeldegesetz (BMG) – Meldebescheinigung",
                    "url": "https://www.gesetze-im-internet.de/bmg/__18.html",
                },
                {
                    "title": "Verwaltungsgebührensatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "Lebensbescheinigungen für ausländische Rentenversicherungsträger stellen wir ebenfalls im "
                "Bürgerbüro aus; bringen Sie das Formular Ihres Rentenversicherungsträgers mit."
            ),
            "other_ways": (
                "Sie können die Meldebescheinigung auch schriftlich mit Ausweiskopie beantragen. Sie wird Ihnen "
                "dann nach Zahlungseingang per Post an Ihre Meldeanschrift geschickt."
            ),
            "faq": [
                {
                    "q": "Welche Meldebescheinigung brauche ich?",
                    "a": (
                        "Meist reicht die einfache Meldebescheinigung. Fragen Sie im Zweifel bei der Stelle nach, "
                        "die die Bescheinigung verlangt."
                    ),
                },
            ],
        },
        "en": {
            "title": "Getting a certificate of registration",
            "official_name": "Issue of a certificate of registration (Meldebescheinigung)",
            "teaser": (
                "A certificate of registration proves where you are registered as living – for employers, banks "
                "or authorities, for example."
            ),
            "search_terms": (
                "proof of address, certificate of residence, registration certificate, Meldebescheinigung, "
                "extended certificate of registration, proof of residence, confirmation of address, registration office"
            ),
            "description": (
                "A certificate of registration confirms that you are registered as resident in Lindenfeld. The "
                "simple certificate shows your name, any doctoral degree, your date of birth and your current "
                "address. If you need further details, such as previous addresses, your marital status or your "
                "nationality, apply for an extended certificate of registration."
                "\n\n"
                "With the online ID function you receive the certificate online as a PDF that you can pass on "
                "straight away. At the Citizens' Office it is printed and signed on the spot."
            ),
            "requirements": (
                "You are registered in Lindenfeld. You can only get a certificate about yourself; for another "
                "person you need their written power of attorney."
            ),
            "documents": [
                "ID card or passport",
                "If acting for someone else: written power of attorney and the ID of the person you represent (original or copy)",
            ],
            "steps": [
                "Apply online with the online ID function or book an appointment at the Citizens' Office",
                "Choose the type of certificate: simple or extended",
                "Pay the fee online or on site",
                "Download the certificate as a PDF or take it with you",
            ],
            "fee_note": (
                "EUR 5.00 per certificate. The confirmation of registration you receive when you register is "
                "free of charge."
            ),
            "processing_time": "Immediately",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 18 Federal Registration Act (BMG) – certificate of registration",
                    "url": "https://www.gesetze-im-internet.de/bmg/__18.html",
                },
                {
                    "title": "Administrative Fees Bylaw of the Town of Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "We also issue life certificates (proof of being alive) for foreign pension providers at the "
                "Citizens' Office; please bring the form from your pension provider."
            ),
            "other_ways": (
                "You can also apply for the certificate in writing, enclosing a copy of your ID. Once payment has "
                "been received, it will be posted to your registered address."
            ),
            "faq": [
                {
                    "q": "Which certificate of registration do I need?",
                    "a": (
                        "The simple certificate is usually enough. If in doubt, check with the organisation that "
                        "is asking for it."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Personalausweis
    {
        "key": "personalausweis-beantragen",
        "offices": ["buergerbuero"],
        "leika": "99102013104000",
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "fixed", "amount": "37.00"},
        "video": {
            "url": "https://www.youtube.com/watch?v=Pa8xTq3LmVc",
            "de": {
                "title": "Neuer Personalausweis in Lindenfeld – Schritt für Schritt",
                "transcript": (
                    "Ihr Personalausweis läuft bald ab? Buchen Sie online einen Termin im Bürgerbüro. Bringen Sie "
                    "Ihren alten Ausweis mit. Das biometrische Foto entsteht direkt bei uns am Fototerminal, oder "
                    "Sie lassen es bei einem zertifizierten Fotostudio digital aufnehmen; Papierfotos nehmen wir "
                    "nicht mehr an. Beim Termin scannen wir Ihre Fingerabdrücke und Sie unterschreiben auf einem "
                    "Unterschriftenpad. Nach etwa drei bis vier Wochen bekommen Sie den PIN-Brief per Post, und "
                    "Sie können Ihren neuen Ausweis abholen."
                ),
            },
            "en": {
                "title": "A new ID card in Lindenfeld – step by step",
                "transcript": (
                    "Is your ID card about to expire? Book an appointment at the Citizens' Office online. Bring "
                    "your old ID card with you. Your biometric photo can be taken right here at our photo "
                    "terminal, or you can have a digital photo taken by a certified photo studio; we no longer "
                    "accept paper photos. At the appointment we scan your fingerprints and you sign on a "
                    "signature pad. After about three to four weeks you will receive your PIN letter by post, and "
                    "you can collect your new ID card."
                ),
            },
        },
        "de": {
            "title": "Personalausweis beantragen",
            "official_name": "Personalausweis Ausstellung",
            "teaser": (
                "Ein neuer Personalausweis kostet 37,00 EUR, für unter 24-Jährige 22,80 EUR – beantragen Sie ihn "
                "rechtzeitig mit Termin im Bürgerbüro."
            ),
            "search_terms": (
                "Perso, Ausweis, Personalausweis verlängern, neuer Ausweis, ID-Karte, Identitätskarte, "
                "Ausweis abgelaufen, eID, Online-Ausweis, Biometrisches Passbild, Passfoto, Namensänderung Ausweis"
            ),
            "description": (
                "Alle Deutschen ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Der "
                "Personalausweis ist für Personen ab 24 Jahren zehn Jahre gültig, für jüngere sechs Jahre. Sie "
                "müssen ihn persönlich beantragen, weil Ihre Fingerabdrücke erfasst werden und Sie vor Ort "
                "unterschreiben. Mit dem Personalausweis reisen Sie in alle EU-Staaten und einige weitere Länder."
                "\n\n"
                "Seit Mai 2025 werden nur noch digitale Passbilder angenommen. Sie können das Foto direkt im "
                "Bürgerbüro am Fototerminal aufnehmen lassen oder es bei einem zertifizierten Fotostudio machen "
                "lassen, das es verschlüsselt an uns übermittelt. Der Ausweis wird von der Bundesdruckerei "
                "hergestellt; die Online-Ausweisfunktion ist immer eingeschaltet."
            ),
            "requirements": (
                "Sie sind deutsche Staatsangehörige oder deutscher Staatsangehöriger und in Lindenfeld mit "
                "Hauptwohnsitz gemeldet. Sie müssen persönlich erscheinen; bei Personen unter 16 Jahren müssen "
                "die Sorgeberechtigten zustimmen."
            ),
            "documents": [
                "Bisheriger Personalausweis oder Reisepass",
                "Digitales biometrisches Passbild (Code vom Fotostudio) oder Aufnahme am Fototerminal im Bürgerbüro",
                "Bei Erstausstellung oder Namensänderung: Geburtsurkunde oder Eheurkunde",
            ],
            "steps": [
                "Termin im Bürgerbüro online buchen",
                "Foto im Fotostudio machen lassen oder beim Termin am Fototerminal aufnehmen",
                "Beim Termin Fingerabdrücke abgeben, unterschreiben und die Gebühr bezahlen",
                "PIN-Brief per Post abwarten",
                "Neuen Ausweis im Bürgerbüro abholen und den alten abgeben – oder Direktversand wählen",
            ],
            "fee_note": (
                "22,80 EUR für Antragstellende unter 24 Jahren. Fotoaufnahme am Terminal im Bürgerbüro: "
                "6,00 EUR. Direktversand per Post nach Hause: zusätzlich 15,00 EUR."
            ),
            "processing_time": "Etwa 3 bis 4 Wochen",
            "deadlines": (
                "Beantragen Sie den neuen Ausweis einige Wochen vor Ablauf des alten. Wer keinen gültigen "
                "Ausweis besitzt, handelt ordnungswidrig."
            ),
            "legal_basis": [
                {
                    "title": "§ 9 Personalausweisgesetz (PAuswG) – Ausstellung des Ausweises",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__9.html",
                },
                {
                    "title": "§ 1 Personalausweisgebührenverordnung (PAuswGebV) – Gebühren",
                    "url": "https://www.gesetze-im-internet.de/pauswgebv/__1.html",
                },
            ],
            "notes": (
                "Den Ausweis kann auch eine andere Person mit schriftlicher Vollmacht und ihrem eigenen Ausweis "
                "abholen. Haben Sie den PIN-Brief verloren, können Sie im Bürgerbüro eine neue PIN setzen lassen."
            ),
            "other_ways": (
                "Per Post oder online ist ein Antrag nicht möglich. Wer wegen Krankheit oder Behinderung nicht "
                "ins Bürgerbüro kommen kann, kann einen Hausbesuch vereinbaren."
            ),
            "faq": [
                {
                    "q": "Kann ich mein eigenes Papierfoto mitbringen?",
                    "a": (
                        "Nein. Seit Mai 2025 sind nur noch digitale Passbilder zulässig – entweder von einem "
                        "zertifizierten Fotostudio oder aus dem Fototerminal im Bürgerbüro."
                    ),
                },
                {
                    "q": "Was kann ich tun, wenn der Ausweis nicht rechtzeitig vor meiner Reise fertig wird?",
                    "a": (
                        "Sie können zusätzlich einen vorläufigen Personalausweis für 10,00 EUR beantragen. Er wird "
                        "sofort ausgestellt, aber nicht von allen Ländern anerkannt."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for an identity card",
            "official_name": "Issue of an identity card (Personalausweis)",
            "teaser": (
                "A new identity card costs EUR 37.00, or EUR 22.80 if you are under 24 – apply in good time with "
                "an appointment at the Citizens' Office."
            ),
            "search_terms": (
                "ID card, identity card, Personalausweis, Perso, renew ID, new ID card, national ID, expired ID, "
                "eID, online ID function, biometric photo, passport photo, name change ID"
            ),
            "description": (
                "All German citizens aged 16 and over must have a valid identity card or passport. The identity "
                "card is valid for ten years if you are 24 or older, and for six years if you are younger. You "
                "must apply in person, because your fingerprints are taken and you sign on site. The identity "
                "card lets you travel to all EU countries and a number of others."
                "\n\n"
                "Since May 2025 only digital passport photos are accepted. You can have your photo taken at the "
                "photo terminal in the Citizens' Office or at a certified photo studio, which sends it to us in "
                "encrypted form. The card is produced by the Federal Printing Office (Bundesdruckerei); the "
                "online ID function is always switched on."
            ),
            "requirements": (
                "You are a German citizen and your main residence is registered in Lindenfeld. You must attend "
                "in person; for applicants under 16, the parents or legal guardians must give their consent."
            ),
            "documents": [
                "Your current identity card or passport",
                "Digital biometric photo (code from the photo studio) or a photo taken at the terminal in the Citizens' Office",
                "For a first card or after a change of name: birth certificate or marriage certificate",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office online",
                "Have your photo taken at a photo studio or at the photo terminal during your appointment",
                "At the appointment, give your fingerprints, sign and pay the fee",
                "Wait for your PIN letter to arrive by post",
                "Collect your new card at the Citizens' Office and hand in the old one – or choose direct delivery",
            ],
            "fee_note": (
                "EUR 22.80 for applicants under 24. Photo taken at the terminal in the Citizens' Office: "
                "EUR 6.00. Direct delivery to your home by post: an extra EUR 15.00."
            ),
            "processing_time": "About 3 to 4 weeks",
            "deadlines": (
                "Apply for your new card a few weeks before the old one expires. Not having a valid ID is an "
                "administrative offence."
            ),
            "legal_basis": [
                {
                    "title": "Section 9 Identity Card Act (PAuswG) – issue of the card",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__9.html",
                },
                {
                    "title": "Section 1 Identity Card Fees Ordinance (PAuswGebV) – fees",
                    "url": "https://www.gesetze-im-internet.de/pauswgebv/__1.html",
                },
            ],
            "notes": (
                "Someone else can collect the card for you with a written power of attorney and their own ID. If "
                "you have lost your PIN letter, you can set a new PIN at the Citizens' Office."
            ),
            "other_ways": (
                "You cannot apply by post or online. If illness or disability prevents you from coming to the "
                "Citizens' Office, you can arrange a home visit."
            ),
            "faq": [
                {
                    "q": "Can I bring my own paper photo?",
                    "a": (
                        "No. Since May 2025 only digital passport photos are permitted – either from a certified "
                        "photo studio or from the photo terminal in the Citizens' Office."
                    ),
                },
                {
                    "q": "What can I do if the card won't be ready before my trip?",
                    "a": (
                        "You can also apply for a temporary identity card for EUR 10.00. It is issued immediately, "
                        "but is not recognised by every country."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Reisepass
    {
        "key": "reisepass-beantragen",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "fixed", "amount": "70.00"},
        "video": None,
        "de": {
            "title": "Reisepass beantragen",
            "official_name": "Reisepass Ausstellung",
            "teaser": (
                "Für Reisen außerhalb Europas brauchen Sie meist einen Reisepass – er kostet 70,00 EUR, für unter "
                "24-Jährige 37,50 EUR."
            ),
            "search_terms": (
                "Pass, Reisepass verlängern, neuer Pass, Expresspass, Express-Reisepass, Pass abgelaufen, "
                "Urlaub, Fernreise, Visum, USA-Reise, Passfoto, biometrischer Pass, ePass"
            ),
            "description": (
                "Der Reisepass ist das Ausweisdokument für Reisen in Länder, die den Personalausweis nicht "
                "anerkennen, zum Beispiel die USA, Kanada oder Thailand. Er ist für Personen ab 24 Jahren zehn "
                "Jahre gültig, für jüngere sechs Jahre. Im Chip des Passes sind Ihr Foto und zwei "
                "Fingerabdrücke gespeichert; deshalb müssen Sie den Pass persönlich beantragen."
                "\n\n"
                "Wie beim Personalausweis werden seit Mai 2025 nur noch digitale Passbilder angenommen: aus "
                "einem zertifizierten Fotostudio oder vom Fototerminal im Bürgerbüro. Wenn es eilig ist, "
                "beantragen Sie einen Express-Reisepass, der in der Regel innerhalb von drei Werktagen bei uns "
                "ankommt."
            ),
            "requirements": (
                "Sie sind deutsche Staatsangehörige oder deutscher Staatsangehöriger und in Lindenfeld mit "
                "Hauptwohnsitz gemeldet. Sie müssen persönlich erscheinen."
            ),
            "documents": [
                "Bisheriger Reisepass und Personalausweis",
                "Digitales biometrisches Passbild (Code vom Fotostudio) oder Aufnahme am Fototerminal im Bürgerbüro",
                "Bei Erstausstellung oder Namensänderung: Geburtsurkunde oder Eheurkunde",
            ],
            "steps": [
                "Termin im Bürgerbüro online buchen",
                "Digitales Foto machen lassen oder beim Termin am Fototerminal aufnehmen",
                "Beim Termin Fingerabdrücke abgeben, unterschreiben und die Gebühr bezahlen",
                "Nach der Benachrichtigung den Pass abholen – oder Direktversand wählen",
            ],
            "fee_note": (
                "37,50 EUR für Antragstellende unter 24 Jahren. Expresszuschlag: 32,00 EUR. Fotoaufnahme am "
                "Terminal: 6,00 EUR. Direktversand nach Hause: zusätzlich 15,00 EUR."
            ),
            "processing_time": "Etwa 3 bis 4 Wochen, als Express-Reisepass etwa 3 Werktage",
            "deadlines": (
                "Viele Länder verlangen, dass der Pass noch mindestens sechs Monate über das Reiseende hinaus "
                "gültig ist. Prüfen Sie die Einreisebestimmungen beim Auswärtigen Amt."
            ),
            "legal_basis": [
                {
                    "title": "§ 6 Passgesetz (PassG) – Ausstellung eines Passes",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__6.html",
                },
                {
                    "title": "§ 15 Passverordnung (PassV) – Gebühren",
                    "url": "https://www.gesetze-im-internet.de/passv_2007/__15.html",
                },
            ],
            "notes": (
                "Wer seinen Pass kurzfristig braucht und die Expresszeit nicht abwarten kann, erhält in "
                "begründeten Fällen einen vorläufigen Reisepass für 26,00 EUR. Er wird jedoch nicht von allen "
                "Ländern anerkannt; die USA verlangen zum Beispiel ein Visum."
            ),
            "other_ways": "Per Post oder online ist ein Antrag nicht möglich.",
            "faq": [
                {
                    "q": "Brauche ich für den Urlaub in Europa einen Reisepass?",
                    "a": (
                        "Innerhalb der EU, in der Schweiz, in Norwegen und in einigen weiteren Ländern reicht der "
                        "Personalausweis. Für das Vereinigte Königreich brauchen Deutsche inzwischen in der Regel "
                        "einen Reisepass."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a passport",
            "official_name": "Issue of a passport (Reisepass)",
            "teaser": (
                "You will usually need a passport to travel outside Europe – it costs EUR 70.00, or EUR 37.50 if "
                "you are under 24."
            ),
            "search_terms": (
                "passport, Reisepass, renew passport, new passport, express passport, fast-track passport, "
                "expired passport, holiday, long-haul travel, visa, travel to the USA, passport photo, "
                "biometric passport, e-passport"
            ),
            "description": (
                "The passport is the travel document for countries that do not accept the German identity card, "
                "such as the USA, Canada or Thailand. It is valid for ten years if you are 24 or older, and for "
                "six years if you are younger. The passport chip stores your photo and two fingerprints, which is "
                "why you must apply in person."
                "\n\n"
                "As with the identity card, only digital passport photos have been accepted since May 2025: from "
                "a certified photo studio or from the photo terminal in the Citizens' Office. If you are in a "
                "hurry, apply for an express passport, which usually reaches us within three working days."
            ),
            "requirements": (
                "You are a German citizen and your main residence is registered in Lindenfeld. You must attend "
                "in person."
            ),
            "documents": [
                "Your current passport and identity card",
                "Digital biometric photo (code from the photo studio) or a photo taken at the terminal in the Citizens' Office",
                "For a first passport or after a change of name: birth certificate or marriage certificate",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office online",
                "Have a digital photo taken or use the photo terminal during your appointment",
                "At the appointment, give your fingerprints, sign and pay the fee",
                "Collect your passport once you have been notified – or choose direct delivery",
            ],
            "fee_note": (
                "EUR 37.50 for applicants under 24. Express surcharge: EUR 32.00. Photo taken at the terminal: "
                "EUR 6.00. Direct delivery to your home: an extra EUR 15.00."
            ),
            "processing_time": "About 3 to 4 weeks; about 3 working days for an express passport",
            "deadlines": (
                "Many countries require your passport to be valid for at least six months beyond the end of your "
                "trip. Check the entry requirements on the Federal Foreign Office website."
            ),
            "legal_basis": [
                {
                    "title": "Section 6 Passport Act (PassG) – issue of a passport",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__6.html",
                },
                {
                    "title": "Section 15 Passport Ordinance (PassV) – fees",
                    "url": "https://www.gesetze-im-internet.de/passv_2007/__15.html",
                },
            ],
            "notes": (
                "If you need a passport at very short notice and cannot wait for the express service, you can be "
                "issued a temporary passport for EUR 26.00 in justified cases. However, it is not recognised by "
                "every country; the USA, for example, requires a visa."
            ),
            "other_ways": "You cannot apply by post or online.",
            "faq": [
                {
                    "q": "Do I need a passport for a holiday in Europe?",
                    "a": (
                        "Within the EU, in Switzerland, Norway and some other countries, your identity card is "
                        "enough. For the United Kingdom, Germans now generally need a passport."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Ausweise für Kinder
    {
        "key": "kinderreisepass",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "range", "min": "22.80", "max": "37.50"},
        "video": None,
        "de": {
            "title": "Ausweisdokumente für Kinder",
            "official_name": "Personalausweis und Reisepass für Kinder Ausstellung",
            "teaser": (
                "Den Kinderreisepass gibt es seit 2024 nicht mehr – Kinder erhalten einen Personalausweis oder "
                "einen Reisepass."
            ),
            "search_terms": (
                "Kinderreisepass, Kinderpass, Kinderausweis, Ausweis für Kinder, Baby Ausweis, Pass für Kind, "
                "Perso für Kind, Reisedokument Kind, Urlaub mit Kind, Kinderreisepass verlängern"
            ),
            "description": (
                "Seit dem 1. Januar 2024 werden keine Kinderreisepässe mehr ausgestellt oder verlängert. Für "
                "Reisen ins Ausland braucht jedes Kind – auch ein Baby – ein eigenes Dokument: einen "
                "Personalausweis oder einen Reisepass. Beide gelten bei Kindern sechs Jahre und kosten so viel "
                "wie für alle unter 24-Jährigen. Bereits ausgestellte Kinderreisepässe bleiben bis zu ihrem "
                "Ablaufdatum gültig."
                "\n\n"
                "Für Reisen innerhalb der EU reicht meist der Personalausweis. Für viele Fernreiseziele braucht "
                "Ihr Kind einen Reisepass. Das Kind muss beim Antrag dabei sein; ab sechs Jahren werden "
                "Fingerabdrücke erfasst. Auch für Kinder gilt: nur digitale Passbilder, aufgenommen im "
                "Fotostudio oder am Fototerminal im Bürgerbüro."
            ),
            "requirements": (
                "Das Kind ist deutsche Staatsangehörige oder deutscher Staatsangehöriger und in Lindenfeld "
                "gemeldet. Bei gemeinsamem Sorgerecht müssen beide Eltern zustimmen: Sie kommen gemeinsam, oder "
                "der abwesende Elternteil gibt eine schriftliche Zustimmung mit einer Kopie seines Ausweises mit."
            ),
            "documents": [
                "Geburtsurkunde des Kindes (bei der ersten Ausstellung)",
                "Bisheriges Ausweisdokument des Kindes, falls vorhanden",
                "Ausweise der Eltern",
                "Digitales biometrisches Passbild des Kindes oder Aufnahme am Fototerminal",
                "Bei alleinigem Sorgerecht: Nachweis, zum Beispiel Negativbescheinigung des Jugendamts oder Gerichtsbeschluss",
            ],
            "steps": [
                "Termin im Bürgerbüro buchen und entscheiden, ob Personalausweis oder Reisepass",
                "Digitales Foto des Kindes machen lassen",
                "Gemeinsam mit dem Kind zum Termin kommen und den Antrag unterschreiben",
                "Dokument nach der Benachrichtigung abholen",
            ],
            "fee_note": (
                "Personalausweis: 22,80 EUR. Reisepass: 37,50 EUR, mit Expresszuschlag zusätzlich 32,00 EUR. "
                "Fotoaufnahme am Terminal: 6,00 EUR."
            ),
            "processing_time": "Etwa 3 bis 4 Wochen; Express-Reisepass etwa 3 Werktage",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 9 Personalausweisgesetz (PAuswG) – Ausstellung des Ausweises",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__9.html",
                },
                {
                    "title": "§ 6 Passgesetz (PassG) – Ausstellung eines Passes",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__6.html",
                },
            ],
            "notes": (
                "Bei Babys und kleinen Kindern gelten für das Foto erleichterte Anforderungen, zum Beispiel beim "
                "Gesichtsausdruck. Reist Ihr Kind ohne beide Eltern, empfehlen wir eine schriftliche "
                "Einverständniserklärung der Sorgeberechtigten."
            ),
            "other_ways": "Per Post oder online ist ein Antrag nicht möglich.",
            "faq": [
                {
                    "q": "Kann ich den Kinderreisepass meines Kindes noch verlängern?",
                    "a": (
                        "Nein. Kinderreisepässe können seit 2024 weder neu ausgestellt noch verlängert werden. "
                        "Ein vorhandener Kinderreisepass gilt bis zum eingetragenen Ablaufdatum."
                    ),
                },
                {
                    "q": "Reicht für den Urlaub in Europa ein Personalausweis?",
                    "a": (
                        "Ja, in der EU und vielen europäischen Ländern. Prüfen Sie vor der Reise die "
                        "Einreisebestimmungen beim Auswärtigen Amt."
                    ),
                },
            ],
        },
        "en": {
            "title": "ID documents for children",
            "official_name": "Issue of identity cards and passports for children",
            "teaser": (
                "The children's passport (Kinderreisepass) was abolished in 2024 – children now get an identity "
                "card or a passport."
            ),
            "search_terms": (
                "children's passport, Kinderreisepass, child passport, child ID card, ID for children, baby "
                "passport, passport for my child, ID card for my child, travel document child, travelling with "
                "children, renew children's passport"
            ),
            "description": (
                "Since 1 January 2024, children's passports have no longer been issued or extended. To travel "
                "abroad, every child – even a baby – needs their own document: an identity card or a passport. "
                "For children, both are valid for six years and cost the same as for everyone under 24. "
                "Children's passports that have already been issued remain valid until their expiry date."
                "\n\n"
                "For travel within the EU, an identity card is usually enough. For many long-haul destinations "
                "your child will need a passport. The child must be present when you apply; fingerprints are "
                "taken from the age of six. Children, too, need a digital passport photo, taken at a photo "
                "studio or at the photo terminal in the Citizens' Office."
            ),
            "requirements": (
                "The child is a German citizen and registered in Lindenfeld. If the parents have joint custody, "
                "both must consent: either you come together, or the absent parent provides written consent and "
                "a copy of their ID."
            ),
            "documents": [
                "The child's birth certificate (for the first document)",
                "The child's current ID document, if any",
                "The parents' ID documents",
                "Digital biometric photo of the child or a photo taken at the terminal",
                "If you have sole custody: proof, for example a certificate from the youth welfare office (Negativbescheinigung) or a court order",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office and decide between an identity card and a passport",
                "Have a digital photo of your child taken",
                "Come to the appointment with your child and sign the application",
                "Collect the document once you have been notified",
            ],
            "fee_note": (
                "Identity card: EUR 22.80. Passport: EUR 37.50, plus EUR 32.00 for the express service. Photo "
                "taken at the terminal: EUR 6.00."
            ),
            "processing_time": "About 3 to 4 weeks; about 3 working days for an express passport",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 9 Identity Card Act (PAuswG) – issue of the card",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__9.html",
                },
                {
                    "title": "Section 6 Passport Act (PassG) – issue of a passport",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__6.html",
                },
            ],
            "notes": (
                "For babies and young children the photo requirements are relaxed, for example regarding facial "
                "expression. If your child is travelling without both parents, we recommend a written letter of "
                "consent from the parents or guardians."
            ),
            "other_ways": "You cannot apply by post or online.",
            "faq": [
                {
                    "q": "Can I still extend my child's children's passport?",
                    "a": (
                        "No. Since 2024, children's passports can neither be issued nor extended. An existing "
                        "children's passport remains valid until the expiry date shown in it."
                    ),
                },
                {
                    "q": "Is an identity card enough for a holiday in Europe?",
                    "a": (
                        "Yes, in the EU and many other European countries. Check the entry requirements on the "
                        "Federal Foreign Office website before you travel."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Vorläufiger Personalausweis
    {
        "key": "vorlaeufiger-personalausweis",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 0,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "fixed", "amount": "10.00"},
        "video": None,
        "de": {
            "title": "Vorläufigen Personalausweis beantragen",
            "official_name": "Vorläufiger Personalausweis Ausstellung",
            "teaser": (
                "Reicht die Zeit bis zur Reise nicht mehr für einen neuen Personalausweis, stellt Ihnen das "
                "Bürgerbüro sofort einen vorläufigen Ausweis aus."
            ),
            "search_terms": (
                "Notausweis, Ersatzausweis, vorläufiger Perso, Papierausweis, Ausweis sofort, Ausweis Eilfall, "
                "Ausweis vergessen, Ausweis abgelaufen Reise, kurzfristig"
            ),
            "description": (
                "Der vorläufige Personalausweis ist ein Papierdokument, das bis zu drei Monate gültig ist. Er "
                "wird sofort im Bürgerbüro ausgestellt und überbrückt die Zeit, bis Ihr neuer Personalausweis "
                "fertig ist – zum Beispiel, wenn Ihr Ausweis verloren gegangen ist oder eine Reise kurz bevorsteht."
                "\n\n"
                "Sie erhalten ihn nur, wenn Sie gleichzeitig einen regulären Personalausweis beantragen oder schon "
                "beantragt haben und ein dringender Bedarf besteht. Der vorläufige Ausweis hat keinen Chip und "
                "keine Online-Ausweisfunktion. Innerhalb der EU wird er in der Regel anerkannt, in einigen anderen "
                "Ländern nicht."
            ),
            "requirements": (
                "Sie sind Deutsche oder Deutscher, in Lindenfeld gemeldet und haben einen regulären "
                "Personalausweis beantragt. Sie benötigen den Ausweis nachweislich kurzfristig und kommen "
                "persönlich."
            ),
            "documents": [
                "Bisheriger Personalausweis oder Reisepass, falls vorhanden",
                "Digitales biometrisches Passbild oder Aufnahme am Fototerminal im Bürgerbüro",
                "Nachweis der Dringlichkeit, zum Beispiel Reise- oder Buchungsbestätigung",
            ],
            "steps": [
                "Termin im Bürgerbüro buchen (in dringenden Fällen kurzfristige Notfalltermine)",
                "Regulären Personalausweis beantragen, falls noch nicht geschehen",
                "Vorläufigen Personalausweis direkt mitnehmen",
            ],
            "fee_note": (
                "Zusätzlich zur Gebühr für den regulären Personalausweis. Fotoaufnahme am Terminal: 6,00 EUR."
            ),
            "processing_time": "Sofort",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 3 Personalausweisgesetz (PAuswG) – Vorläufiger Personalausweis",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__3.html",
                },
                {
                    "title": "§ 1 Personalausweisgebührenverordnung (PAuswGebV) – Gebühren",
                    "url": "https://www.gesetze-im-internet.de/pauswgebv/__1.html",
                },
            ],
            "notes": (
                "Informieren Sie sich vor einer Reise beim Auswärtigen Amt, ob Ihr Reiseland den vorläufigen "
                "Personalausweis anerkennt. Für Flugreisen außerhalb der EU ist oft ein vorläufiger Reisepass "
                "die bessere Wahl."
            ),
            "other_ways": "",
            "faq": [],
        },
        "en": {
            "title": "Applying for a temporary identity card",
            "official_name": "Issue of a temporary identity card (vorläufiger Personalausweis)",
            "teaser": (
                "If there is not enough time for a new identity card before your trip, the Citizens' Office can "
                "issue a temporary card immediately."
            ),
            "search_terms": (
                "emergency ID, replacement ID, temporary ID card, paper ID, ID card same day, urgent ID, "
                "forgot ID, ID expired before trip, short notice"
            ),
            "description": (
                "The temporary identity card is a paper document valid for up to three months. It is issued on "
                "the spot at the Citizens' Office and bridges the time until your new identity card is ready – "
                "for example if you have lost your card or are about to travel."
                "\n\n"
                "You can only get one if you are applying for a regular identity card at the same time or have "
                "already done so, and there is an urgent need. The temporary card has no chip and no online ID "
                "function. It is generally recognised within the EU, but not in some other countries."
            ),
            "requirements": (
                "You are a German citizen, registered in Lindenfeld, and have applied for a regular identity "
                "card. You can show that you need the document at short notice, and you attend in person."
            ),
            "documents": [
                "Your current identity card or passport, if you have one",
                "Digital biometric photo or a photo taken at the terminal in the Citizens' Office",
                "Proof of urgency, for example a travel or booking confirmation",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office (short-notice emergency slots are available in urgent cases)",
                "Apply for a regular identity card if you have not already done so",
                "Take the temporary identity card with you straight away",
            ],
            "fee_note": (
                "Payable in addition to the fee for the regular identity card. Photo taken at the terminal: "
                "EUR 6.00."
            ),
            "processing_time": "Immediately",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 3 Identity Card Act (PAuswG) – temporary identity card",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__3.html",
                },
                {
                    "title": "Section 1 Identity Card Fees Ordinance (PAuswGebV) – fees",
                    "url": "https://www.gesetze-im-internet.de/pauswgebv/__1.html",
                },
            ],
            "notes": (
                "Before you travel, check with the Federal Foreign Office whether your destination recognises the "
                "temporary identity card. For flights outside the EU, a temporary passport is often the better "
                "choice."
            ),
            "other_ways": "",
            "faq": [],
        },
    },
    # ------------------------------------------------------------ Ausweisverlust
    {
        "key": "ausweisverlust-melden",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Verlust von Personalausweis oder Reisepass melden",
            "official_name": "Verlustanzeige Personalausweis und Reisepass",
            "teaser": (
                "Ausweis oder Pass verloren oder gestohlen? Melden Sie den Verlust sofort, damit das Dokument "
                "gesperrt wird und niemand es missbrauchen kann."
            ),
            "search_terms": (
                "Perso verloren, Ausweis verloren, Pass verloren, Ausweis gestohlen, Diebstahl, Verlustanzeige, "
                "Ausweis sperren, Sperrnotruf, 116 116, Online-Ausweis sperren, Ausweis wiedergefunden"
            ),
            "description": (
                "Wenn Ihr Personalausweis oder Reisepass verloren gegangen oder gestohlen worden ist, müssen Sie "
                "das unverzüglich dem Bürgerbüro melden. Wir tragen das Dokument in das polizeiliche "
                "Fahndungssystem ein, damit es nicht missbraucht werden kann, zum Beispiel für Vertragsabschlüsse "
                "oder Kontoeröffnungen. Bei einem Diebstahl erstatten Sie zusätzlich Anzeige bei der Polizei."
                "\n\n"
                "Die Online-Ausweisfunktion können Sie rund um die Uhr über den Sperr-Notruf 116 116 sperren "
                "lassen; dafür brauchen Sie das Sperrkennwort aus Ihrem PIN-Brief. Bei der Verlustanzeige im "
                "Bürgerbüro können Sie gleich einen neuen Ausweis und bei Bedarf einen vorläufigen Ausweis "
                "beantragen."
            ),
            "requirements": "Sie sind Inhaberin oder Inhaber eines verlorenen oder gestohlenen deutschen Ausweisdokuments.",
            "documents": [
                "Anderes Ausweisdokument, falls vorhanden (z. B. Reisepass oder Führerschein)",
                "Bei Diebstahl: Bestätigung der Anzeige bei der Polizei",
                "Für einen neuen Ausweis: digitales biometrisches Passbild",
            ],
            "steps": [
                "Online-Ausweisfunktion über den Sperr-Notruf 116 116 sperren lassen",
                "Bei Diebstahl Anzeige bei der Polizei erstatten",
                "Verlust im Bürgerbüro melden und einen neuen Ausweis beantragen",
                "Wiedergefundene Dokumente im Bürgerbüro abgeben",
            ],
            "fee_note": (
                "Die Verlustanzeige ist kostenlos. Für neue Dokumente zahlen Sie die regulären Gebühren."
            ),
            "processing_time": "Sofort",
            "deadlines": "Unverzüglich, sobald Sie den Verlust bemerken.",
            "legal_basis": [
                {
                    "title": "§ 27 Personalausweisgesetz (PAuswG) – Pflichten des Ausweisinhabers",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__27.html",
                },
                {
                    "title": "§ 15 Passgesetz (PassG) – Pflichten des Inhabers",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__15.html",
                },
            ],
            "notes": (
                "Ein als verloren gemeldeter Ausweis ist ungültig, auch wenn Sie ihn später wiederfinden. Haben "
                "Sie Ihren Ausweis im Ausland verloren, wenden Sie sich an die nächste deutsche Botschaft oder "
                "das nächste Konsulat."
            ),
            "other_ways": (
                "Außerhalb der Öffnungszeiten können Sie den Verlust auch bei jeder Polizeidienststelle melden."
            ),
            "faq": [
                {
                    "q": "Ich habe mein Sperrkennwort nicht mehr. Was nun?",
                    "a": (
                        "Dann sperrt das Bürgerbüro die Online-Ausweisfunktion bei Ihrer Verlustanzeige. Kommen "
                        "Sie dafür möglichst schnell vorbei."
                    ),
                },
            ],
        },
        "en": {
            "title": "Reporting a lost identity card or passport",
            "official_name": "Report of loss of an identity card or passport",
            "teaser": (
                "Lost your ID card or passport, or had it stolen? Report it immediately so that the document is "
                "blocked and nobody can misuse it."
            ),
            "search_terms": (
                "lost ID, lost identity card, lost passport, stolen ID, stolen passport, theft, report loss, "
                "block ID card, blocking hotline, 116 116, block online ID, found my ID again"
            ),
            "description": (
                "If your identity card or passport has been lost or stolen, you must report this to the "
                "Citizens' Office without delay. We enter the document in the police search system so that it "
                "cannot be misused, for example to sign contracts or open bank accounts. If it was stolen, you "
                "should also report the theft to the police."
                "\n\n"
                "You can have the online ID function blocked around the clock via the blocking hotline 116 116; "
                "you will need the blocking password from your PIN letter. When you report the loss at the "
                "Citizens' Office, you can apply for a new document straight away and, if needed, a temporary "
                "one."
            ),
            "requirements": "You hold a German ID document that has been lost or stolen.",
            "documents": [
                "Another ID document, if you have one (e.g. passport or driving licence)",
                "If stolen: confirmation of your report to the police",
                "For a new document: digital biometric photo",
            ],
            "steps": [
                "Have the online ID function blocked via the blocking hotline 116 116",
                "If the document was stolen, report the theft to the police",
                "Report the loss at the Citizens' Office and apply for a new document",
                "Hand in any documents you find again at the Citizens' Office",
            ],
            "fee_note": "Reporting the loss is free of charge. New documents cost the standard fees.",
            "processing_time": "Immediately",
            "deadlines": "Without delay, as soon as you notice the loss.",
            "legal_basis": [
                {
                    "title": "Section 27 Identity Card Act (PAuswG) – duties of the cardholder",
                    "url": "https://www.gesetze-im-internet.de/pauswg/__27.html",
                },
                {
                    "title": "Section 15 Passport Act (PassG) – duties of the holder",
                    "url": "https://www.gesetze-im-internet.de/pa_g_1986/__15.html",
                },
            ],
            "notes": (
                "A document reported as lost is invalid, even if you find it again later. If you lose your ID "
                "abroad, contact the nearest German embassy or consulate."
            ),
            "other_ways": (
                "Outside opening hours you can also report the loss at any police station."
            ),
            "faq": [
                {
                    "q": "I no longer have my blocking password. What now?",
                    "a": (
                        "In that case the Citizens' Office will block the online ID function when you report the "
                        "loss. Please come in as soon as possible."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Führungszeugnis
    {
        "key": "fuehrungszeugnis",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "fixed", "amount": "13.00"},
        "video": None,
        "de": {
            "title": "Führungszeugnis beantragen",
            "official_name": "Führungszeugnis Erteilung",
            "teaser": (
                "Ein Führungszeugnis brauchen Sie oft für einen neuen Job oder ein Ehrenamt – beantragen Sie es "
                "im Bürgerbüro oder online beim Bundesamt für Justiz."
            ),
            "search_terms": (
                "polizeiliches Führungszeugnis, erweitertes Führungszeugnis, Vorstrafen, Strafregister, "
                "Bundeszentralregister, Leumundszeugnis, Führungszeugnis Arbeitgeber, Ehrenamt, Kita, Jugendarbeit"
            ),
            "description": (
                "Das Führungszeugnis (umgangssprachlich „polizeiliches Führungszeugnis“) ist ein Auszug aus dem "
                "Bundeszentralregister. Es zeigt, ob Sie vorbestraft sind. Arbeitgeber verlangen es häufig, für "
                "Tätigkeiten mit Kindern und Jugendlichen brauchen Sie ein erweitertes Führungszeugnis. Ausgestellt "
                "wird es vom Bundesamt für Justiz in Bonn; das Bürgerbüro nimmt den Antrag entgegen."
                "\n\n"
                "Das private Führungszeugnis wird an Ihre Meldeanschrift geschickt. Ist es für eine Behörde "
                "bestimmt, geht es direkt dorthin; geben Sie dann die Anschrift und das Aktenzeichen der Behörde "
                "an. Für ein erweitertes Führungszeugnis benötigen Sie eine schriftliche Aufforderung der Stelle, "
                "die es verlangt."
            ),
            "requirements": (
                "Sie sind mindestens 14 Jahre alt und in Lindenfeld gemeldet. Das Führungszeugnis beantragen Sie "
                "persönlich; eine Vertretung ist nicht möglich."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Für ein erweitertes Führungszeugnis: schriftliche Bestätigung des Arbeitgebers oder Vereins",
                "Bei Gebührenbefreiung für ein Ehrenamt: Bestätigung der gemeinnützigen Einrichtung",
            ],
            "steps": [
                "Termin im Bürgerbüro buchen oder online beim Bundesamt für Justiz beantragen",
                "Art des Führungszeugnisses und Empfänger angeben",
                "Gebühr bezahlen",
                "Führungszeugnis per Post erhalten",
            ],
            "fee_note": (
                "Das Europäische Führungszeugnis für Staatsangehörige anderer EU-Staaten kostet 17,00 EUR. Für "
                "ehrenamtlich Tätige und Menschen mit sehr geringem Einkommen ist eine Gebührenbefreiung "
                "auf Antrag möglich."
            ),
            "processing_time": "Etwa 1 bis 2 Wochen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 30 Bundeszentralregistergesetz (BZRG) – Antrag",
                    "url": "https://www.gesetze-im-internet.de/bzrg/__30.html",
                },
                {
                    "title": "§ 30a BZRG – Antrag auf ein erweitertes Führungszeugnis",
                    "url": "https://www.gesetze-im-internet.de/bzrg/__30a.html",
                },
                {
                    "title": "Justizverwaltungskostengesetz (JVKostG) – Gebühren",
                    "url": "https://www.gesetze-im-internet.de/jvkostg/",
                },
            ],
            "notes": (
                "Fragen Sie vor dem Antrag nach, welche Art von Führungszeugnis verlangt wird. Viele Stellen "
                "akzeptieren nur Führungszeugnisse, die nicht älter als drei Monate sind."
            ),
            "other_ways": (
                "Mit der Online-Ausweisfunktion können Sie das Führungszeugnis direkt im Online-Portal des "
                "Bundesamts für Justiz beantragen und die Gebühr online bezahlen."
            ),
            "faq": [
                {
                    "q": "Kann jemand anderes das Führungszeugnis für mich beantragen?",
                    "a": (
                        "Nein, Sie müssen es persönlich oder online mit Ihrer Online-Ausweisfunktion beantragen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a certificate of good conduct",
            "official_name": "Issue of a certificate of good conduct (Führungszeugnis)",
            "teaser": (
                "You often need a certificate of good conduct for a new job or voluntary work – apply at the "
                "Citizens' Office or online with the Federal Office of Justice."
            ),
            "search_terms": (
                "certificate of good conduct, police certificate, criminal record certificate, Führungszeugnis, "
                "enhanced certificate, criminal record check, Federal Central Criminal Register, background check, "
                "volunteering, childcare, youth work"
            ),
            "description": (
                "The certificate of good conduct (often called a \"police certificate\") is an extract from the "
                "Federal Central Criminal Register. It shows whether you have a criminal record. Employers often "
                "ask for one, and for work with children and young people you need an enhanced certificate. It "
                "is issued by the Federal Office of Justice in Bonn; the Citizens' Office accepts your application."
                "\n\n"
                "The personal certificate is sent to your registered address. If it is intended for a public "
                "authority, it goes straight there; in that case, give the authority's address and reference "
                "number. For an enhanced certificate you need a written request from the organisation asking for "
                "it."
            ),
            "requirements": (
                "You are at least 14 years old and registered in Lindenfeld. You must apply in person; nobody "
                "else can apply on your behalf."
            ),
            "documents": [
                "ID card or passport",
                "For an enhanced certificate: written confirmation from the employer or club",
                "For a fee waiver for voluntary work: confirmation from the non-profit organisation",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office or apply online with the Federal Office of Justice",
                "State the type of certificate and who should receive it",
                "Pay the fee",
                "Receive the certificate by post",
            ],
            "fee_note": (
                "The European certificate of good conduct for nationals of other EU countries costs EUR 17.00. "
                "Volunteers and people on a very low income can apply for a fee waiver."
            ),
            "processing_time": "About 1 to 2 weeks",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 30 Federal Central Criminal Register Act (BZRG) – application",
                    "url": "https://www.gesetze-im-internet.de/bzrg/__30.html",
                },
                {
                    "title": "Section 30a BZRG – application for an enhanced certificate of good conduct",
                    "url": "https://www.gesetze-im-internet.de/bzrg/__30a.html",
                },
                {
                    "title": "Judicial Administration Costs Act (JVKostG) – fees",
                    "url": "https://www.gesetze-im-internet.de/jvkostg/",
                },
            ],
            "notes": (
                "Before applying, ask which type of certificate is required. Many organisations only accept "
                "certificates that are no more than three months old."
            ),
            "other_ways": (
                "With the online ID function you can apply directly on the Federal Office of Justice's online "
                "portal and pay the fee online."
            ),
            "faq": [
                {
                    "q": "Can someone else apply for my certificate for me?",
                    "a": (
                        "No, you must apply in person or online using your online ID function."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Auskunftssperre
    {
        "key": "auskunftssperre",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Auskunftssperre im Melderegister beantragen",
            "official_name": "Auskunftssperre im Melderegister Eintragung",
            "teaser": (
                "Wer bedroht oder verfolgt wird, kann seine Anschrift im Melderegister sperren lassen, damit "
                "niemand sie erfährt."
            ),
            "search_terms": (
                "Adresse sperren, Meldesperre, Datensperre, Auskunftssperre, Stalking, Bedrohung, häusliche "
                "Gewalt, Adresse geheim halten, Übermittlungssperre, Widerspruch Datenweitergabe, Datenschutz"
            ),
            "description": (
                "Grundsätzlich darf jeder eine einfache Auskunft über Name und Anschrift einer Person aus dem "
                "Melderegister erhalten. Wenn Ihnen oder einer anderen Person dadurch eine Gefahr für Leben, "
                "Gesundheit, persönliche Freiheit oder ähnliche schutzwürdige Interessen droht, können Sie eine "
                "Auskunftssperre eintragen lassen. Dann wird über Sie grundsätzlich keine Auskunft mehr erteilt."
                "\n\n"
                "Die Auskunftssperre gilt zwei Jahre und kann verlängert werden. Unabhängig davon können Sie ohne "
                "Begründung der Weitergabe Ihrer Daten zum Beispiel an Parteien vor Wahlen, an Adressbuchverlage, "
                "zu Alters- und Ehejubiläen oder an die Bundeswehr widersprechen (Übermittlungssperren)."
            ),
            "requirements": (
                "Sie sind in Lindenfeld gemeldet und können Tatsachen darlegen, die eine konkrete Gefährdung "
                "belegen, zum Beispiel Drohungen, eine Strafanzeige oder eine gerichtliche Schutzanordnung."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Nachweise der Gefährdung, z. B. Strafanzeige, Schutzanordnung nach dem Gewaltschutzgesetz oder Stellungnahme einer Beratungsstelle",
            ],
            "steps": [
                "Antrag persönlich im Bürgerbüro oder schriftlich stellen und die Gefährdung begründen",
                "Das Bürgerbüro prüft den Antrag und beteiligt bei Bedarf die Polizei",
                "Schriftlichen Bescheid erhalten",
                "Vor Ablauf von zwei Jahren Verlängerung beantragen",
            ],
            "fee_note": "Die Auskunftssperre und die Übermittlungssperren sind kostenlos.",
            "processing_time": "In der Regel wenige Tage; in dringenden Fällen sofort",
            "deadlines": "Die Sperre endet nach zwei Jahren, wenn Sie keine Verlängerung beantragen.",
            "legal_basis": [
                {
                    "title": "§ 51 Bundesmeldegesetz (BMG) – Auskunftssperren",
                    "url": "https://www.gesetze-im-internet.de/bmg/__51.html",
                },
                {
                    "title": "§ 50 BMG – Melderegisterauskünfte in besonderen Fällen",
                    "url": "https://www.gesetze-im-internet.de/bmg/__50.html",
                },
            ],
            "notes": (
                "Beratungsstellen für Opfer von Gewalt und Stalking unterstützen Sie bei der Antragstellung. "
                "Beantragen Sie die Sperre möglichst schon bei der Anmeldung an der neuen Anschrift."
            ),
            "other_ways": (
                "Übermittlungssperren können Sie auch formlos per Post oder E-Mail beantragen."
            ),
            "faq": [
                {
                    "q": "Erfährt die Person, vor der ich mich schütze, von der Sperre?",
                    "a": (
                        "Nein. Wer eine Auskunft beantragt, erhält eine neutrale Antwort, aus der nicht "
                        "hervorgeht, ob eine Auskunftssperre besteht."
                    ),
                },
            ],
        },
        "en": {
            "title": "Blocking disclosure of your address from the population register",
            "official_name": "Entry of a disclosure block in the population register (Auskunftssperre)",
            "teaser": (
                "If you are being threatened or stalked, you can have your address blocked in the population "
                "register so that nobody can find it out."
            ),
            "search_terms": (
                "block address, disclosure block, Auskunftssperre, data block, stalking, threats, domestic "
                "violence, keep address secret, objection to data transfer, data protection"
            ),
            "description": (
                "In principle, anyone can obtain basic information about a person's name and address from the "
                "population register. If this would put you or another person at risk to life, health, personal "
                "freedom or similar interests worthy of protection, you can have a disclosure block entered. No "
                "information will then generally be given out about you."
                "\n\n"
                "The block applies for two years and can be extended. Separately, and without giving reasons, you "
                "can object to your data being passed on, for example to political parties before elections, to "
                "address directory publishers, for birthday and wedding anniversary announcements or to the "
                "German armed forces (transfer blocks)."
            ),
            "requirements": (
                "You are registered in Lindenfeld and can present facts that show a specific risk, for example "
                "threats, a criminal complaint or a court protection order."
            ),
            "documents": [
                "ID card or passport",
                "Evidence of the risk, e.g. a criminal complaint, a protection order under the Violence Protection Act or a statement from a counselling service",
            ],
            "steps": [
                "Apply in person at the Citizens' Office or in writing, explaining the risk",
                "The Citizens' Office reviews your application and involves the police if necessary",
                "Receive a written decision",
                "Apply for an extension before the two years are up",
            ],
            "fee_note": "The disclosure block and the transfer blocks are free of charge.",
            "processing_time": "Usually a few days; immediately in urgent cases",
            "deadlines": "The block expires after two years unless you apply for an extension.",
            "legal_basis": [
                {
                    "title": "Section 51 Federal Registration Act (BMG) – disclosure blocks",
                    "url": "https://www.gesetze-im-internet.de/bmg/__51.html",
                },
                {
                    "title": "Section 50 BMG – information from the register in special cases",
                    "url": "https://www.gesetze-im-internet.de/bmg/__50.html",
                },
            ],
            "notes": (
                "Counselling services for victims of violence and stalking can help you with your application. "
                "If possible, apply for the block when you register at your new address."
            ),
            "other_ways": (
                "You can also request transfer blocks informally by post or email."
            ),
            "faq": [
                {
                    "q": "Will the person I am protecting myself from find out about the block?",
                    "a": (
                        "No. Anyone requesting information receives a neutral reply that does not reveal whether "
                        "a disclosure block exists."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Melderegisterauskunft
    {
        "key": "melderegisterauskunft",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/melderegisterauskunft",
        "appointment_url": None,
        "fee": {"kind": "range", "min": "7.00", "max": "15.00"},
        "video": None,
        "de": {
            "title": "Melderegisterauskunft beantragen",
            "official_name": "Melderegisterauskunft einfach und erweitert Erteilung",
            "teaser": (
                "Sie suchen die aktuelle Anschrift einer Person, zum Beispiel eines Schuldners oder alten "
                "Bekannten? Das Melderegister gibt Auskunft."
            ),
            "search_terms": (
                "Adresse herausfinden, Anschrift ermitteln, Adressermittlung, Einwohnermeldeamt Auskunft, "
                "Meldeauskunft, Aufenthaltsermittlung, Schuldner Adresse, Person suchen, einfache "
                "Melderegisterauskunft, erweiterte Melderegisterauskunft"
            ),
            "description": (
                "Aus dem Melderegister erhalten Sie auf Antrag Auskunft über Personen, die in Lindenfeld gemeldet "
                "sind oder waren. Die einfache Melderegisterauskunft nennt Vor- und Familiennamen, Doktorgrad und "
                "die aktuelle Anschrift sowie gegebenenfalls, dass die Person verstorben ist. Dafür müssen Sie "
                "kein besonderes Interesse nachweisen, die Person aber eindeutig bezeichnen, etwa mit Namen und "
                "Geburtsdatum oder letzter bekannter Anschrift."
                "\n\n"
                "Die erweiterte Melderegisterauskunft enthält weitere Daten wie frühere Anschriften, "
                "Familienstand oder Geburtsort. Sie erhalten sie nur, wenn Sie ein berechtigtes Interesse "
                "glaubhaft machen, zum Beispiel zur Durchsetzung einer Forderung. Verwenden Sie die Daten für "
                "Werbung oder Adresshandel, müssen Sie das angeben; dann ist eine Einwilligung der Person nötig."
            ),
            "requirements": (
                "Die gesuchte Person lässt sich anhand Ihrer Angaben eindeutig bestimmen. Für die erweiterte "
                "Auskunft brauchen Sie ein berechtigtes Interesse. Über Personen mit Auskunftssperre wird keine "
                "Auskunft erteilt."
            ),
            "documents": [
                "Angaben zur gesuchten Person: Name, Vorname, Geburtsdatum und/oder letzte bekannte Anschrift",
                "Für die erweiterte Auskunft: Nachweis des berechtigten Interesses, z. B. Vollstreckungstitel oder Rechnung",
            ],
            "steps": [
                "Antrag online stellen oder schriftlich an das Bürgerbüro schicken",
                "Gebühr online, per Überweisung oder Rechnung bezahlen",
                "Auskunft online, per Post oder per E-Mail erhalten",
            ],
            "fee_note": (
                "Einfache Auskunft online: 7,00 EUR, schriftlich: 10,00 EUR. Erweiterte Auskunft: 15,00 EUR. "
                "Die Gebühr fällt auch an, wenn die Person nicht gefunden wird."
            ),
            "processing_time": "Online meist sofort; schriftlich etwa 1 Woche",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 44 Bundesmeldegesetz (BMG) – Einfache Melderegisterauskunft",
                    "url": "https://www.gesetze-im-internet.de/bmg/__44.html",
                },
                {
                    "title": "§ 45 BMG – Erweiterte Melderegisterauskunft",
                    "url": "https://www.gesetze-im-internet.de/bmg/__45.html",
                },
                {
                    "title": "Verwaltungsgebührensatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "Unternehmen mit vielen Anfragen, zum Beispiel Inkassobüros oder Energieversorger, können sich "
                "für das automatisierte Abrufverfahren registrieren."
            ),
            "other_ways": "Telefonische Auskünfte sind aus Datenschutzgründen nicht möglich.",
            "faq": [
                {
                    "q": "Erfährt die gesuchte Person, dass ich nach ihr gefragt habe?",
                    "a": (
                        "Bei einer einfachen Auskunft nicht, außer Sie fragen für Werbung oder Adresshandel an. "
                        "Bei einer erweiterten Auskunft wird die Person informiert, es sei denn, Sie machen ein "
                        "rechtliches Interesse geltend, zum Beispiel bei einer Forderung."
                    ),
                },
            ],
        },
        "en": {
            "title": "Requesting information from the population register",
            "official_name": "Provision of simple and extended information from the population register",
            "teaser": (
                "Looking for someone's current address, for example a debtor or an old acquaintance? The "
                "population register can provide it."
            ),
            "search_terms": (
                "find address, trace address, address search, registration office information, register "
                "enquiry, trace a person, debtor address, search for a person, simple register information, "
                "extended register information"
            ),
            "description": (
                "On request, we provide information from the population register about people who are or were "
                "registered in Lindenfeld. Simple register information gives first name and surname, any "
                "doctoral degree and the current address, and, where applicable, the fact that the person has "
                "died. You do not need to show a particular interest, but you must identify the person clearly, "
                "for example by name and date of birth or last known address."
                "\n\n"
                "Extended register information includes further data such as previous addresses, marital status "
                "or place of birth. You will only receive it if you credibly show a legitimate interest, for "
                "example to enforce a claim. If you intend to use the data for advertising or address trading, "
                "you must say so; the person's consent is then required."
            ),
            "requirements": (
                "The person you are looking for can be clearly identified from the details you provide. For "
                "extended information you need a legitimate interest. No information is given about people with "
                "a disclosure block."
            ),
            "documents": [
                "Details of the person: surname, first name, date of birth and/or last known address",
                "For extended information: proof of your legitimate interest, e.g. an enforceable title or an invoice",
            ],
            "steps": [
                "Apply online or send a written request to the Citizens' Office",
                "Pay the fee online, by bank transfer or on invoice",
                "Receive the information online, by post or by email",
            ],
            "fee_note": (
                "Simple information online: EUR 7.00, in writing: EUR 10.00. Extended information: EUR 15.00. "
                "The fee is also charged if the person cannot be found."
            ),
            "processing_time": "Online usually immediately; in writing about 1 week",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 44 Federal Registration Act (BMG) – simple register information",
                    "url": "https://www.gesetze-im-internet.de/bmg/__44.html",
                },
                {
                    "title": "Section 45 BMG – extended register information",
                    "url": "https://www.gesetze-im-internet.de/bmg/__45.html",
                },
                {
                    "title": "Administrative Fees Bylaw of the Town of Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "Businesses with a large number of enquiries, such as debt collection agencies or energy "
                "suppliers, can register for the automated retrieval service."
            ),
            "other_ways": "For data protection reasons, we cannot give information over the phone.",
            "faq": [
                {
                    "q": "Will the person find out that I asked about them?",
                    "a": (
                        "Not for simple information, unless you are asking for advertising or address trading "
                        "purposes. For extended information the person is notified, unless you assert a legal "
                        "interest, for example a claim."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Beglaubigung
    {
        "key": "beglaubigung",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 0,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/buergerbuero",
        "fee": {"kind": "range", "min": "5.00", "max": "10.00"},
        "video": None,
        "de": {
            "title": "Kopien und Unterschriften beglaubigen lassen",
            "official_name": "Amtliche Beglaubigung von Abschriften und Unterschriften",
            "teaser": (
                "Im Bürgerbüro lassen Sie Kopien von Zeugnissen und anderen Dokumenten sowie Unterschriften "
                "amtlich beglaubigen."
            ),
            "search_terms": (
                "beglaubigte Kopie, Beglaubigung, Zeugnis beglaubigen, Kopie beglaubigen, Abschrift, "
                "Unterschrift beglaubigen, Unterschriftsbeglaubigung, amtliche Beglaubigung, Stempel"
            ),
            "description": (
                "Viele Behörden, Hochschulen oder Arbeitgeber verlangen beglaubigte Kopien, zum Beispiel von "
                "Schul- und Arbeitszeugnissen. Das Bürgerbüro bestätigt mit Stempel und Unterschrift, dass die "
                "Kopie mit dem Original übereinstimmt. Auch Ihre Unterschrift können Sie beglaubigen lassen, wenn "
                "das Schriftstück bei einer Behörde vorgelegt werden soll."
                "\n\n"
                "Amtliche Beglaubigungen sind nur für die Vorlage bei Behörden und öffentlichen Stellen gedacht. "
                "Wird eine öffentliche Beglaubigung verlangt, zum Beispiel für Grundbuch, Handelsregister oder "
                "Erbschaftsangelegenheiten, ist eine Notarin oder ein Notar zuständig. Personenstandsurkunden "
                "erhalten Sie beim Standesamt, das sie ausgestellt hat."
            ),
            "requirements": (
                "Sie legen das Original vor. Bei der Unterschriftsbeglaubigung unterschreiben Sie vor der "
                "Mitarbeiterin oder dem Mitarbeiter oder erkennen Ihre Unterschrift dort an."
            ),
            "documents": [
                "Originaldokument",
                "Kopien, die beglaubigt werden sollen (können auch vor Ort angefertigt werden)",
                "Bei Unterschriftsbeglaubigung: Personalausweis oder Reisepass",
            ],
            "steps": [
                "Termin im Bürgerbüro buchen",
                "Original und Kopien vorlegen oder vor Ort unterschreiben",
                "Gebühr bezahlen und Beglaubigungen mitnehmen",
            ],
            "fee_note": (
                "Beglaubigung einer Kopie: 5,00 EUR für die erste Seite, 2,00 EUR für jede weitere Seite "
                "desselben Dokuments. Unterschriftsbeglaubigung: 10,00 EUR. Für Unterlagen, die für "
                "Sozialleistungen oder Rentenangelegenheiten benötigt werden, sind Beglaubigungen kostenlos."
            ),
            "processing_time": "Sofort",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 33 Verwaltungsverfahrensgesetz NRW (VwVfG NRW) – Beglaubigung von Dokumenten",
                    "url": "",
                },
                {
                    "title": "§ 34 VwVfG NRW – Beglaubigung von Unterschriften",
                    "url": "",
                },
                {
                    "title": "Verwaltungsgebührensatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "Ausländische Urkunden und Dokumente in fremder Sprache können wir nur beglaubigen, wenn der "
                "Inhalt verständlich ist; oft ist zusätzlich eine Übersetzung durch eine vereidigte Übersetzerin "
                "oder einen vereidigten Übersetzer nötig."
            ),
            "other_ways": "",
            "faq": [
                {
                    "q": "Kann ich eine Kopie meines Personalausweises beglaubigen lassen?",
                    "a": (
                        "Ja, wenn sie bei einer Behörde vorgelegt werden soll. Für Banken oder andere private "
                        "Stellen genügt meist eine einfache Kopie."
                    ),
                },
            ],
        },
        "en": {
            "title": "Getting copies and signatures certified",
            "official_name": "Official certification of copies and signatures",
            "teaser": (
                "At the Citizens' Office you can have copies of certificates and other documents, as well as "
                "signatures, officially certified."
            ),
            "search_terms": (
                "certified copy, certification, certify certificate, certify a copy, true copy, certify "
                "signature, signature certification, official certification, official stamp"
            ),
            "description": (
                "Many authorities, universities and employers ask for certified copies, for example of school "
                "reports and job references. The Citizens' Office confirms with a stamp and signature that the "
                "copy matches the original. You can also have your signature certified if the document is to be "
                "submitted to a public authority."
                "\n\n"
                "Official certifications are only intended for submission to authorities and public bodies. If "
                "public certification is required, for example for the land register, the commercial register or "
                "inheritance matters, you need a notary. Civil status certificates are available from the "
                "register office (Standesamt) that issued them."
            ),
            "requirements": (
                "You present the original. For a signature certification, you sign in front of a member of staff "
                "or confirm there that the signature is yours."
            ),
            "documents": [
                "Original document",
                "Copies to be certified (these can also be made on site)",
                "For signature certification: ID card or passport",
            ],
            "steps": [
                "Book an appointment at the Citizens' Office",
                "Present the original and the copies, or sign on site",
                "Pay the fee and take your certified documents with you",
            ],
            "fee_note": (
                "Certified copy: EUR 5.00 for the first page, EUR 2.00 for each further page of the same "
                "document. Signature certification: EUR 10.00. Certifications are free of charge for documents "
                "needed for social benefits or pension matters."
            ),
            "processing_time": "Immediately",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 33 NRW Administrative Procedure Act (VwVfG NRW) – certification of documents",
                    "url": "",
                },
                {
                    "title": "Section 34 VwVfG NRW – certification of signatures",
                    "url": "",
                },
                {
                    "title": "Administrative Fees Bylaw of the Town of Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/verwaltungsgebuehrensatzung",
                },
            ],
            "notes": (
                "We can only certify foreign documents and documents in other languages if their content is "
                "comprehensible; often a translation by a sworn translator is also needed."
            ),
            "other_ways": "",
            "faq": [
                {
                    "q": "Can I have a copy of my ID card certified?",
                    "a": (
                        "Yes, if it is to be submitted to a public authority. For banks and other private "
                        "organisations a plain copy is usually enough."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Fundsachen
    {
        "key": "fundsachen",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": "https://service.lindenfeld.example/fundsachen",
        "appointment_url": None,
        "fee": {"kind": "range", "min": "5.00", "max": "25.00"},
        "video": None,
        "de": {
            "title": "Fundsache abgeben oder Verlorenes suchen",
            "official_name": "Fundsachen Entgegennahme und Herausgabe",
            "teaser": (
                "Etwas gefunden oder verloren? Das Fundbüro im Bürgerbüro nimmt Fundsachen an und gibt sie an "
                "ihre Eigentümer zurück."
            ),
            "search_terms": (
                "Fundbüro, Fundamt, verloren, gefunden, Fundsache, Schlüssel verloren, Geldbörse verloren, "
                "Portemonnaie, Handy verloren, Fahrrad gefunden, Finderlohn, Lost and Found"
            ),
            "description": (
                "Das Fundbüro der Stadt Lindenfeld befindet sich im Bürgerbüro. Hier können Sie Dinge abgeben, "
                "die Sie in Lindenfeld gefunden haben, und nach verlorenen Gegenständen fragen. In unserer "
                "Online-Fundsachensuche sehen Sie, welche Gegenstände in den letzten Monaten abgegeben wurden – "
                "aus Datenschutzgründen nur mit allgemeiner Beschreibung."
                "\n\n"
                "Wer etwas findet, das mehr als 10 Euro wert ist, muss den Fund melden. Wir bewahren Fundsachen "
                "sechs Monate auf. Meldet sich in dieser Zeit niemand, kann die Finderin oder der Finder die "
                "Sache erhalten, wenn sie oder er das bei der Abgabe gewünscht hat; andernfalls wird sie "
                "versteigert oder gespendet. Gefundene Ausweise, Bankkarten und Kfz-Kennzeichen geben wir an die "
                "ausstellende Stelle weiter."
            ),
            "requirements": (
                "Wer eine Fundsache abholen möchte, muss nachweisen oder glaubhaft machen, dass sie ihr oder ihm "
                "gehört, zum Beispiel durch eine genaue Beschreibung, einen Kaufbeleg oder einen passenden "
                "Schlüssel."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Eigentumsnachweis oder genaue Beschreibung des Gegenstands",
            ],
            "steps": [
                "Online-Fundsachensuche nutzen oder im Bürgerbüro nachfragen",
                "Fundsache mit Ausweis und Eigentumsnachweis abholen",
                "Gebühr bezahlen und gegebenenfalls den Finderlohn an die Finderin oder den Finder zahlen",
            ],
            "fee_note": (
                "Die Abgabe einer Fundsache ist kostenlos. Bei der Abholung zahlen Eigentümerinnen und Eigentümer "
                "je nach Wert der Sache 5,00 bis 25,00 EUR. Finderinnen und Finder haben Anspruch auf Finderlohn: "
                "5 Prozent des Werts bis 500 Euro, 3 Prozent vom Mehrwert, bei Tieren 3 Prozent."
            ),
            "processing_time": "Sofort",
            "deadlines": (
                "Fundsachen werden sechs Monate aufbewahrt. Funde müssen unverzüglich abgegeben oder gemeldet "
                "werden."
            ),
            "legal_basis": [
                {
                    "title": "§ 965 Bürgerliches Gesetzbuch (BGB) – Anzeigepflicht des Finders",
                    "url": "https://www.gesetze-im-internet.de/bgb/__965.html",
                },
                {
                    "title": "§ 971 BGB – Finderlohn",
                    "url": "https://www.gesetze-im-internet.de/bgb/__971.html",
                },
                {
                    "title": "§ 973 BGB – Eigentumserwerb des Finders",
                    "url": "https://www.gesetze-im-internet.de/bgb/__973.html",
                },
            ],
            "notes": (
                "Haben Sie etwas in Bus oder Bahn verloren, wenden Sie sich an das Fundbüro des "
                "Verkehrsunternehmens. Gefundene Tiere bringt das Ordnungsamt ins Tierheim; Hunde und Katzen mit "
                "Chip werden über die Haustierregister zugeordnet."
            ),
            "other_ways": (
                "Sie können telefonisch oder per E-Mail nach verlorenen Gegenständen fragen. Die Herausgabe "
                "erfolgt nur persönlich oder an eine bevollmächtigte Person."
            ),
            "faq": [
                {
                    "q": "Ich habe ein Fahrrad gefunden. Was soll ich tun?",
                    "a": (
                        "Melden Sie den Fund dem Fundbüro. Wirkt das Fahrrad gestohlen, informieren Sie die "
                        "Polizei; sie kann über die Rahmennummer prüfen, ob es als gestohlen gemeldet ist."
                    ),
                },
            ],
        },
        "en": {
            "title": "Handing in or looking for lost property",
            "official_name": "Receipt and return of lost property",
            "teaser": (
                "Found or lost something? The lost property office in the Citizens' Office takes in found items "
                "and returns them to their owners."
            ),
            "search_terms": (
                "lost property office, lost and found, lost, found, found item, lost keys, lost wallet, purse, "
                "lost phone, found bicycle, finder's reward, Fundbüro"
            ),
            "description": (
                "Lindenfeld's lost property office is located in the Citizens' Office. You can hand in items you "
                "have found in Lindenfeld here and ask about things you have lost. Our online lost property search "
                "shows which items have been handed in over the past few months – for data protection reasons, "
                "with a general description only."
                "\n\n"
                "Anyone who finds something worth more than EUR 10 must report it. We keep found items for six "
                "months. If nobody claims an item in that time, the finder can have it, provided they asked for "
                "this when handing it in; otherwise it is auctioned or donated. Found ID documents, bank cards "
                "and number plates are passed on to the issuing body."
            ),
            "requirements": (
                "If you want to collect an item, you must prove or credibly show that it belongs to you, for "
                "example with a precise description, a receipt or a matching key."
            ),
            "documents": [
                "ID card or passport",
                "Proof of ownership or a precise description of the item",
            ],
            "steps": [
                "Use the online lost property search or ask at the Citizens' Office",
                "Collect the item with your ID and proof of ownership",
                "Pay the fee and, if applicable, the finder's reward to the finder",
            ],
            "fee_note": (
                "Handing in a found item is free of charge. Owners collecting an item pay EUR 5.00 to EUR 25.00, "
                "depending on its value. Finders are entitled to a finder's reward: 5 per cent of the value up to "
                "EUR 500, 3 per cent of any amount above that, and 3 per cent for animals."
            ),
            "processing_time": "Immediately",
            "deadlines": (
                "Found items are kept for six months. Finds must be handed in or reported without delay."
            ),
            "legal_basis": [
                {
                    "title": "Section 965 German Civil Code (BGB) – finder's duty to report",
                    "url": "https://www.gesetze-im-internet.de/bgb/__965.html",
                },
                {
                    "title": "Section 971 BGB – finder's reward",
                    "url": "https://www.gesetze-im-internet.de/bgb/__971.html",
                },
                {
                    "title": "Section 973 BGB – acquisition of ownership by the finder",
                    "url": "https://www.gesetze-im-internet.de/bgb/__973.html",
                },
            ],
            "notes": (
                "If you lost something on a bus or train, contact the transport company's lost property office. "
                "The Public Order Office takes found animals to the animal shelter; microchipped dogs and cats "
                "are traced via the pet registers."
            ),
            "other_ways": (
                "You can ask about lost items by phone or email. Items are only handed over in person or to "
                "someone holding your power of attorney."
            ),
            "faq": [
                {
                    "q": "I have found a bicycle. What should I do?",
                    "a": (
                        "Report it to the lost property office. If the bicycle looks stolen, inform the police; "
                        "they can use the frame number to check whether it has been reported stolen."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Bewohnerparkausweis
    {
        "key": "bewohnerparkausweis",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/bewohnerparkausweis",
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "120.00"},
        "video": None,
        "de": {
            "title": "Bewohnerparkausweis beantragen",
            "official_name": "Bewohnerparkausweis Ausstellung",
            "teaser": (
                "Mit dem Bewohnerparkausweis parken Sie in Ihrer Bewohnerparkzone in der Innenstadt ohne "
                "Parkschein."
            ),
            "search_terms": (
                "Anwohnerparkausweis, Anwohnerparken, Bewohnerparken, Parkausweis, Parkvignette, Parkzone, "
                "Anwohnerparkplatz, Parkberechtigung, Innenstadt parken"
            ),
            "description": (
                "In der Lindenfelder Innenstadt gibt es vier Bewohnerparkzonen (A bis D). Wer dort wohnt und ein "
                "Auto hat, kann einen Bewohnerparkausweis beantragen. Damit dürfen Sie auf den gekennzeichneten "
                "Bewohnerparkplätzen und an Parkscheinautomaten in Ihrer Zone ohne Zeitbegrenzung parken. Einen "
                "Anspruch auf einen freien Parkplatz gibt der Ausweis nicht."
                "\n\n"
                "Der Ausweis gilt ein Jahr und ist an das Kennzeichen gebunden. Sie beantragen ihn online; nach "
                "der Prüfung schicken wir Ihnen den Ausweis per Post. Wechseln Sie das Fahrzeug, beantragen Sie "
                "eine Änderung des Kennzeichens."
            ),
            "requirements": (
                "Sie sind mit Haupt- oder Nebenwohnung in der Bewohnerparkzone gemeldet. Das Fahrzeug ist auf Sie "
                "zugelassen oder wird Ihnen dauerhaft zur Nutzung überlassen, zum Beispiel als Firmenwagen. Pro "
                "Person wird nur ein Ausweis ausgestellt."
            ),
            "documents": [
                "Zulassungsbescheinigung Teil I (Fahrzeugschein)",
                "Bei Firmen- oder Leihwagen: Nutzungsbestätigung der Halterin oder des Halters",
            ],
            "steps": [
                "Antrag online stellen und Unterlagen hochladen",
                "Gebühr online bezahlen",
                "Bewohnerparkausweis per Post erhalten und gut sichtbar hinter die Windschutzscheibe legen",
            ],
            "fee_note": (
                "120,00 EUR pro Jahr. Für eine Änderung des Kennzeichens während der Laufzeit fallen 10,00 EUR an."
            ),
            "processing_time": "Etwa 1 Woche",
            "deadlines": (
                "Beantragen Sie die Verlängerung rechtzeitig vor Ablauf; wir erinnern Sie per E-Mail."
            ),
            "legal_basis": [
                {
                    "title": "§ 45 Straßenverkehrs-Ordnung (StVO) – Verkehrszeichen und Verkehrseinrichtungen",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
                },
                {
                    "title": "§ 6a Straßenverkehrsgesetz (StVG) – Gebühren",
                    "url": "https://www.gesetze-im-internet.de/stvg/__6a.html",
                },
                {
                    "title": "Gebührenordnung für Bewohnerparkausweise der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/bewohnerparkgebuehren",
                },
            ],
            "notes": (
                "Handwerksbetriebe und soziale Dienste können für Einsätze in den Bewohnerparkzonen eine "
                "Ausnahmegenehmigung beantragen. Besucherinnen und Besucher parken mit Parkschein."
            ),
            "other_ways": (
                "Wenn Sie den Antrag nicht online stellen können, schicken Sie ihn mit Kopien der Unterlagen per "
                "Post an das Straßenverkehrsamt."
            ),
            "faq": [
                {
                    "q": "Darf ich mit dem Ausweis auch in anderen Zonen parken?",
                    "a": (
                        "Nein, der Ausweis gilt nur in der darauf angegebenen Zone. In anderen Zonen brauchen Sie "
                        "einen Parkschein."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a residents' parking permit",
            "official_name": "Issue of a residents' parking permit (Bewohnerparkausweis)",
            "teaser": (
                "With a residents' parking permit you can park in your residents' parking zone in the town centre "
                "without a ticket."
            ),
            "search_terms": (
                "residents' parking permit, resident parking, parking permit, parking badge, parking zone, "
                "Anwohnerparkausweis, residents' parking space, parking authorisation, parking in the town centre"
            ),
            "description": (
                "There are four residents' parking zones (A to D) in Lindenfeld town centre. If you live there "
                "and own a car, you can apply for a residents' parking permit. It allows you to park without time "
                "limit in the marked residents' spaces and at pay-and-display machines in your zone. It does not "
                "guarantee you a free space, however."
                "\n\n"
                "The permit is valid for one year and is linked to your registration number. You apply online; "
                "once your application has been checked, we send you the permit by post. If you change your "
                "vehicle, apply to have the registration number on the permit changed."
            ),
            "requirements": (
                "Your main or secondary residence is registered in the residents' parking zone. The vehicle is "
                "registered in your name or is permanently available for your use, for example as a company car. "
                "Only one permit is issued per person."
            ),
            "documents": [
                "Vehicle registration certificate Part I (Fahrzeugschein)",
                "For company or borrowed cars: confirmation of use from the registered keeper",
            ],
            "steps": [
                "Apply online and upload your documents",
                "Pay the fee online",
                "Receive the permit by post and display it clearly behind the windscreen",
            ],
            "fee_note": (
                "EUR 120.00 per year. Changing the registration number during the permit's validity costs EUR 10.00."
            ),
            "processing_time": "About 1 week",
            "deadlines": "Apply for renewal in good time before expiry; we will remind you by email.",
            "legal_basis": [
                {
                    "title": "Section 45 Road Traffic Regulations (StVO) – traffic signs and traffic control devices",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
                },
                {
                    "title": "Section 6a Road Traffic Act (StVG) – fees",
                    "url": "https://www.gesetze-im-internet.de/stvg/__6a.html",
                },
                {
                    "title": "Town of Lindenfeld Fee Schedule for Residents' Parking Permits",
                    "url": "https://www.lindenfeld.example/ortsrecht/bewohnerparkgebuehren",
                },
            ],
            "notes": (
                "Tradespeople and care services can apply for an exemption permit for work in the residents' "
                "parking zones. Visitors park with a ticket."
            ),
            "other_ways": (
                "If you cannot apply online, post your application with copies of the documents to the Vehicle "
                "Registration Office."
            ),
            "faq": [
                {
                    "q": "Can I use the permit to park in other zones?",
                    "a": (
                        "No, the permit is only valid in the zone shown on it. In other zones you need a "
                        "parking ticket."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Fahrzeug zulassen
    {
        "key": "fahrzeug-zulassen",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/kfz-zulassung",
        "appointment_url": "https://termine.lindenfeld.example/zulassung",
        "fee": {"kind": "range", "min": "27.00", "max": "45.00"},
        "video": None,
        "de": {
            "title": "Fahrzeug zulassen",
            "official_name": "Zulassung eines Fahrzeugs (Neuzulassung, Halterwechsel, Wiederzulassung)",
            "teaser": (
                "Neues oder gebrauchtes Auto gekauft? Lassen Sie es vor der ersten Fahrt zu – online oder mit "
                "Termin bei der Zulassungsstelle."
            ),
            "search_terms": (
                "Auto anmelden, Auto zulassen, Kfz-Zulassung, Kfz anmelden, Neuzulassung, Gebrauchtwagen "
                "anmelden, Halterwechsel, Umschreibung, Motorrad anmelden, Zulassungsstelle, Autoanmeldung, "
                "eVB-Nummer, i-Kfz"
            ),
            "description": (
                "Jedes Kraftfahrzeug und jeder Anhänger muss zugelassen sein, bevor Sie damit auf öffentlichen "
                "Straßen fahren. Das gilt für Neuwagen, für gebrauchte Fahrzeuge nach einem Kauf und für "
                "Fahrzeuge, die vorübergehend abgemeldet waren. Bei der Zulassung erhalten Sie die "
                "Zulassungsbescheinigung, Ihr Kennzeichen und die Stempelplaketten. Die Kennzeichenschilder "
                "kaufen Sie bei einer Prägestelle, zum Beispiel direkt neben der Zulassungsstelle."
                "\n\n"
                "Mit der Online-Ausweisfunktion können Sie Ihr Fahrzeug auch online zulassen (i-Kfz). Nach der "
                "Online-Zulassung dürfen Sie mit dem vorläufigen Zulassungsnachweis bis zu zehn Tage fahren; "
                "Zulassungsbescheinigung und Plaketten kommen per Post. Die Kfz-Steuer zieht das Hauptzollamt "
                "per Lastschrift ein."
            ),
            "requirements": (
                "Sie haben einen Wohnsitz oder Firmensitz im Kreis Rheinauen und eine gültige Kfz-"
                "Haftpflichtversicherung. Gebrauchte Fahrzeuge müssen eine gültige Hauptuntersuchung haben. "
                "Sie haben keine Kfz-Steuerrückstände."
            ),
            "documents": [
                "Personalausweis oder Reisepass mit Meldebescheinigung",
                "Elektronische Versicherungsbestätigung (eVB-Nummer) Ihrer Kfz-Versicherung",
                "Zulassungsbescheinigung Teil II (Fahrzeugbrief), bei Gebrauchtwagen auch Teil I",
                "Nachweis über die Hauptuntersuchung (bei Gebrauchtwagen)",
                "SEPA-Lastschriftmandat für die Kfz-Steuer",
                "Bei Unternehmen: Gewerbeanmeldung oder Handelsregisterauszug; bei Vertretung: Vollmacht",
            ],
            "steps": [
                "eVB-Nummer bei Ihrer Versicherung anfordern",
                "Online zulassen oder einen Termin bei der Zulassungsstelle buchen",
                "Unterlagen vorlegen und die Gebühr bezahlen",
                "Kennzeichenschilder bei einer Prägestelle kaufen und abstempeln lassen",
                "Schilder am Fahrzeug anbringen",
            ],
            "fee_note": (
                "Die Gebühr hängt vom Vorgang ab und liegt meist zwischen 27,00 und 45,00 EUR; online ist sie "
                "etwas günstiger. Hinzu kommen die Kennzeichenschilder (etwa 25 bis 40 EUR) und bei Bedarf ein "
                "Wunschkennzeichen (12,80 EUR)."
            ),
            "processing_time": "Sofort beim Termin; online in der Regel innerhalb von 1 bis 2 Werktagen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Fahrzeug-Zulassungsverordnung (FZV)",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Viele Autohäuser übernehmen die Zulassung für ihre Kundschaft. Für eine Probe- oder "
                "Überführungsfahrt erhalten Sie ein Kurzzeitkennzeichen."
            ),
            "other_ways": (
                "Sie können eine andere Person mit einer schriftlichen Vollmacht und Kopien Ihres Ausweises zur "
                "Zulassungsstelle schicken."
            ),
            "faq": [
                {
                    "q": "Kann ich das Kennzeichen des Vorbesitzers übernehmen?",
                    "a": (
                        "Ja, wenn das Fahrzeug noch zugelassen ist und der Vorbesitzer einverstanden ist. Sonst "
                        "erhalten Sie ein neues Kennzeichen oder reservieren ein Wunschkennzeichen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Registering a vehicle",
            "official_name": "Vehicle registration (new registration, change of keeper, re-registration)",
            "teaser": (
                "Bought a new or used car? Register it before you first drive it – online or with an appointment "
                "at the vehicle registration office."
            ),
            "search_terms": (
                "register car, car registration, vehicle registration, register a vehicle, new car registration, "
                "register used car, change of keeper, transfer of ownership, register motorbike, registration "
                "office, number plates, insurance number eVB, online registration i-Kfz"
            ),
            "description": (
                "Every motor vehicle and trailer must be registered before you drive it on public roads. This "
                "applies to new cars, to used vehicles after a purchase and to vehicles that have been "
                "temporarily taken off the road. When you register, you receive the registration certificate, "
                "your registration number and the official seal stickers. You buy the number plates from a "
                "plate maker, for example right next to the registration office."
                "\n\n"
                "With the online ID function you can also register your vehicle online (i-Kfz). After online "
                "registration you may drive for up to ten days using the provisional proof of registration; the "
                "registration certificate and stickers arrive by post. Vehicle tax is collected by direct debit "
                "by the main customs office (Hauptzollamt)."
            ),
            "requirements": (
                "You have a residence or business address in Rheinauen District and valid third-party motor "
                "insurance. Used vehicles must have a valid roadworthiness test (Hauptuntersuchung). You have "
                "no vehicle tax arrears."
            ),
            "documents": [
                "ID card, or passport with certificate of registration",
                "Electronic insurance confirmation (eVB number) from your motor insurer",
                "Registration certificate Part II (Fahrzeugbrief), and for used cars also Part I",
                "Proof of roadworthiness test (for used cars)",
                "SEPA direct debit mandate for vehicle tax",
                "For businesses: trade registration or commercial register extract; if acting for someone else: power of attorney",
            ],
            "steps": [
                "Request an eVB number from your insurer",
                "Register online or book an appointment at the vehicle registration office",
                "Present your documents and pay the fee",
                "Buy number plates from a plate maker and have them stamped",
                "Fit the plates to the vehicle",
            ],
            "fee_note": (
                "The fee depends on the procedure and is usually between EUR 27.00 and EUR 45.00; it is slightly "
                "lower online. Number plates (about EUR 25 to 40) and, if you wish, a personalised registration "
                "number (EUR 12.80) cost extra."
            ),
            "processing_time": "Immediately at your appointment; online usually within 1 to 2 working days",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Vehicle Registration Ordinance (FZV)",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Road Traffic Fees Ordinance (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Many car dealers handle the registration for their customers. For a test drive or a transfer "
                "journey you can get a short-term registration number."
            ),
            "other_ways": (
                "You can send someone else to the registration office with a written power of attorney and "
                "copies of your ID."
            ),
            "faq": [
                {
                    "q": "Can I keep the previous owner's registration number?",
                    "a": (
                        "Yes, if the vehicle is still registered and the previous owner agrees. Otherwise you will "
                        "be given a new number or can reserve a personalised one."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Fahrzeug ummelden
    {
        "key": "fahrzeug-ummelden",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/kfz-ummeldung",
        "appointment_url": "https://termine.lindenfeld.example/zulassung",
        "fee": {"kind": "range", "min": "11.00", "max": "30.00"},
        "video": None,
        "de": {
            "title": "Fahrzeug ummelden (neue Anschrift)",
            "official_name": "Änderung der Halteranschrift in den Fahrzeugpapieren",
            "teaser": (
                "Nach einem Umzug muss die neue Anschrift in den Fahrzeugschein eingetragen werden – Ihr "
                "bisheriges Kennzeichen dürfen Sie behalten."
            ),
            "search_terms": (
                "Auto ummelden, Kfz ummelden, Adressänderung Fahrzeugschein, Umzug Auto, Anschrift ändern "
                "Zulassung, Kennzeichen mitnehmen, Kennzeichenmitnahme, Namensänderung Fahrzeugschein, "
                "Zulassungsstelle"
            ),
            "description": (
                "Wenn Sie umziehen oder sich Ihr Name ändert, müssen Sie das unverzüglich der Zulassungsstelle "
                "melden. Die neue Anschrift wird in die Zulassungsbescheinigung Teil I eingetragen. Seit 2015 "
                "können Sie Ihr bisheriges Kennzeichen bei einem Umzug in einen anderen Zulassungsbezirk "
                "behalten; auf Wunsch bekommen Sie ein Kennzeichen des Kreises Rheinauen."
                "\n\n"
                "Melden Sie zuerst Ihren Wohnsitz im Bürgerbüro an. Danach können Sie die Adressänderung mit der "
                "Online-Ausweisfunktion online erledigen oder mit Termin bei der Zulassungsstelle. Wurde Ihr "
                "Fahrzeug verkauft, meldet die neue Halterin oder der neue Halter es auf sich um."
            ),
            "requirements": (
                "Sie sind Halterin oder Halter des Fahrzeugs und haben Ihren neuen Wohnsitz im Kreis Rheinauen "
                "bereits angemeldet."
            ),
            "documents": [
                "Personalausweis mit neuer Anschrift oder Reisepass mit Meldebescheinigung",
                "Zulassungsbescheinigung Teil I (Fahrzeugschein)",
                "Bei neuem Kennzeichen: die bisherigen Kennzeichenschilder",
                "Bei Vertretung: schriftliche Vollmacht und Ausweis der bevollmächtigten Person",
            ],
            "steps": [
                "Wohnsitz im Bürgerbüro anmelden",
                "Adressänderung online beantragen oder einen Termin bei der Zulassungsstelle buchen",
                "Neue Zulassungsbescheinigung Teil I erhalten",
                "Bei neuem Kennzeichen: neue Schilder prägen und abstempeln lassen",
            ],
            "fee_note": (
                "Adressänderung mit bisherigem Kennzeichen: etwa 11,00 EUR. Mit neuem Kennzeichen etwa 30,00 EUR "
                "zuzüglich der Kennzeichenschilder."
            ),
            "processing_time": "Sofort beim Termin; online innerhalb weniger Werktage",
            "deadlines": "Unverzüglich nach dem Umzug oder der Namensänderung.",
            "legal_basis": [
                {
                    "title": "Fahrzeug-Zulassungsverordnung (FZV) – Mitteilungspflichten bei Änderungen",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Informieren Sie auch Ihre Kfz-Versicherung über die neue Anschrift; der Tarif kann sich durch "
                "die andere Regionalklasse ändern."
            ),
            "other_ways": (
                "Sie können eine andere Person mit Vollmacht schicken. Per Post ist eine Ummeldung nicht möglich."
            ),
            "faq": [
                {
                    "q": "Ich habe ein gebrauchtes Auto gekauft. Ist das auch eine Ummeldung?",
                    "a": (
                        "Ein Halterwechsel ist eine Zulassung auf Ihren Namen. Die Unterlagen dafür finden Sie "
                        "bei der Leistung „Fahrzeug zulassen“."
                    ),
                },
            ],
        },
        "en": {
            "title": "Updating your vehicle registration (new address)",
            "official_name": "Change of the keeper's address in the vehicle documents",
            "teaser": (
                "After moving house, your new address must be entered in your vehicle registration certificate – "
                "you may keep your current registration number."
            ),
            "search_terms": (
                "change address car, update vehicle registration, change of address registration certificate, "
                "moving house car, change address registration, keep number plate, keep registration number, "
                "name change registration certificate, registration office"
            ),
            "description": (
                "If you move house or change your name, you must inform the vehicle registration office without "
                "delay. Your new address is entered in registration certificate Part I. Since 2015, you have been "
                "able to keep your current registration number when moving to another registration district; if "
                "you prefer, you can get a Rheinauen District number instead."
                "\n\n"
                "First register your new address at the Citizens' Office. You can then update your vehicle "
                "registration online using the online ID function or with an appointment at the registration "
                "office. If your vehicle has been sold, the new keeper registers it in their own name."
            ),
            "requirements": (
                "You are the vehicle's registered keeper and have already registered your new address in "
                "Rheinauen District."
            ),
            "documents": [
                "ID card showing your new address, or passport with certificate of registration",
                "Registration certificate Part I (Fahrzeugschein)",
                "For a new registration number: your current number plates",
                "If someone acts on your behalf: written power of attorney and their ID",
            ],
            "steps": [
                "Register your new address at the Citizens' Office",
                "Apply for the change online or book an appointment at the registration office",
                "Receive your new registration certificate Part I",
                "For a new registration number: have new plates made and stamped",
            ],
            "fee_note": (
                "Change of address keeping your current number: about EUR 11.00. With a new registration number: "
                "about EUR 30.00 plus the number plates."
            ),
            "processing_time": "Immediately at your appointment; online within a few working days",
            "deadlines": "Without delay after moving house or changing your name.",
            "legal_basis": [
                {
                    "title": "Vehicle Registration Ordinance (FZV) – duty to report changes",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Road Traffic Fees Ordinance (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Please also give your motor insurer your new address; your premium may change because of a "
                "different regional rating class."
            ),
            "other_ways": (
                "You can send someone else with a power of attorney. The change cannot be made by post."
            ),
            "faq": [
                {
                    "q": "I have bought a used car. Is that an update too?",
                    "a": (
                        "A change of keeper means registering the vehicle in your name. You will find the "
                        "documents you need under the service \"Registering a vehicle\"."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Fahrzeug abmelden
    {
        "key": "fahrzeug-abmelden",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/kfz-abmeldung",
        "appointment_url": "https://termine.lindenfeld.example/zulassung",
        "fee": {"kind": "range", "min": "5.70", "max": "12.00"},
        "video": None,
        "de": {
            "title": "Fahrzeug abmelden",
            "official_name": "Außerbetriebsetzung eines Fahrzeugs",
            "teaser": (
                "Sie verschrotten Ihr Auto oder brauchen es vorübergehend nicht? Melden Sie es online oder bei "
                "der Zulassungsstelle ab."
            ),
            "search_terms": (
                "Auto abmelden, Kfz abmelden, Abmeldung Auto, Außerbetriebsetzung, stilllegen, Auto stilllegen, "
                "Verschrottung, Saisonkennzeichen, Kennzeichen reservieren, Zulassungsstelle, Online-Abmeldung"
            ),
            "description": (
                "Wenn Sie Ihr Fahrzeug nicht mehr nutzen, verschrotten oder ins Ausland verkaufen, setzen Sie es "
                "außer Betrieb. Dabei werden die Stempelplaketten von den Kennzeichen entfernt und die "
                "Zulassungsbescheinigung Teil I entwertet. Kfz-Steuer und Versicherung enden automatisch, weil "
                "die Zulassungsstelle Hauptzollamt und Versicherung informiert."
                "\n\n"
                "Am schnellsten geht die Abmeldung online: Dafür legen Sie die verdeckten Sicherheitscodes auf "
                "der Zulassungsbescheinigung und den Plaketten frei. Eine Online-Ausweisfunktion brauchen Sie "
                "nicht. Ihr Kennzeichen können Sie für eine spätere Wiederzulassung reservieren lassen."
            ),
            "requirements": (
                "Das Fahrzeug ist im Kreis Rheinauen zugelassen. Die Abmeldung kann jede Person vornehmen, die "
                "die Unterlagen und Kennzeichen vorlegt."
            ),
            "documents": [
                "Zulassungsbescheinigung Teil I (Fahrzeugschein)",
                "Beide Kennzeichenschilder mit Plaketten",
                "Bei Verschrottung: Verwertungsnachweis des Entsorgungsbetriebs",
            ],
            "steps": [
                "Online abmelden oder einen Termin bei der Zulassungsstelle buchen",
                "Sicherheitscodes freilegen oder Fahrzeugschein und Kennzeichen vorlegen",
                "Gebühr bezahlen und Abmeldebestätigung erhalten",
            ],
            "fee_note": (
                "Online: 5,70 EUR. Bei der Zulassungsstelle: etwa 7,00 EUR. Reservierung des Kennzeichens: "
                "zusätzlich etwa 5,00 EUR."
            ),
            "processing_time": "Sofort",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Fahrzeug-Zulassungsverordnung (FZV) – Außerbetriebsetzung",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Ein abgemeldetes Fahrzeug darf nicht auf öffentlichen Straßen abgestellt werden. Für Fahrzeuge, "
                "die Sie nur einen Teil des Jahres nutzen, ist ein Saisonkennzeichen oft günstiger."
            ),
            "other_ways": (
                "Sie können die Unterlagen und Kennzeichen auch von einer anderen Person abgeben lassen; eine "
                "Vollmacht ist dafür nicht nötig."
            ),
            "faq": [
                {
                    "q": "Muss ich mein verkauftes Auto abmelden?",
                    "a": (
                        "Nein, die Käuferin oder der Käufer kann es direkt auf sich ummelden. Melden Sie den "
                        "Verkauf aber Ihrer Versicherung und heben Sie eine Kopie des Kaufvertrags auf."
                    ),
                },
            ],
        },
        "en": {
            "title": "Deregistering a vehicle",
            "official_name": "Taking a vehicle out of service (Außerbetriebsetzung)",
            "teaser": (
                "Scrapping your car or not needing it for a while? Deregister it online or at the vehicle "
                "registration office."
            ),
            "search_terms": (
                "deregister car, deregister vehicle, car deregistration, take off the road, SORN, lay up car, "
                "scrapping, seasonal number plate, reserve registration number, registration office, online "
                "deregistration"
            ),
            "description": (
                "If you are no longer using your vehicle, are scrapping it or selling it abroad, you take it out "
                "of service. The seal stickers are removed from the number plates and registration certificate "
                "Part I is cancelled. Vehicle tax and insurance end automatically, as the registration office "
                "informs the main customs office and your insurer."
                "\n\n"
                "The quickest way is to deregister online: uncover the hidden security codes on the registration "
                "certificate and on the stickers. You do not need the online ID function for this. You can "
                "reserve your registration number so that you can use it again later."
            ),
            "requirements": (
                "The vehicle is registered in Rheinauen District. Anyone who presents the documents and number "
                "plates can deregister it."
            ),
            "documents": [
                "Registration certificate Part I (Fahrzeugschein)",
                "Both number plates with their stickers",
                "If scrapping: certificate of destruction from the recycling company",
            ],
            "steps": [
                "Deregister online or book an appointment at the registration office",
                "Uncover the security codes, or present the registration certificate and number plates",
                "Pay the fee and receive your deregistration confirmation",
            ],
            "fee_note": (
                "Online: EUR 5.70. At the registration office: about EUR 7.00. Reserving the registration number: "
                "about EUR 5.00 extra."
            ),
            "processing_time": "Immediately",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Vehicle Registration Ordinance (FZV) – taking vehicles out of service",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Road Traffic Fees Ordinance (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "A deregistered vehicle must not be parked on public roads. For vehicles you only use for part "
                "of the year, a seasonal registration number is often cheaper."
            ),
            "other_ways": (
                "Someone else can hand in the documents and number plates for you; no power of attorney is needed."
            ),
            "faq": [
                {
                    "q": "Do I have to deregister a car I have sold?",
                    "a": (
                        "No, the buyer can register it directly in their own name. But do tell your insurer about "
                        "the sale and keep a copy of the sales contract."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Wunschkennzeichen
    {
        "key": "wunschkennzeichen",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/wunschkennzeichen",
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "12.80"},
        "video": None,
        "de": {
            "title": "Wunschkennzeichen reservieren",
            "official_name": "Wunschkennzeichen Reservierung und Zuteilung",
            "teaser": (
                "Ihre Initialen oder ein Geburtsdatum auf dem Nummernschild? Reservieren Sie Ihr "
                "Wunschkennzeichen online."
            ),
            "search_terms": (
                "Wunschnummer, Wunschkennzeichen, Nummernschild, Kennzeichen reservieren, persönliches "
                "Kennzeichen, Kennzeichen aussuchen, Autokennzeichen, Nummernschild Wunsch"
            ),
            "description": (
                "Bei der Zulassung können Sie statt eines zufälligen Kennzeichens ein Wunschkennzeichen wählen. "
                "Das Unterscheidungszeichen des Kreises ist vorgegeben; die Buchstaben (ein oder zwei) und "
                "Zahlen (eine bis vier) dahinter können Sie selbst aussuchen, soweit die Kombination noch frei "
                "ist. Über die Online-Reservierung sehen Sie sofort, welche Kennzeichen verfügbar sind."
                "\n\n"
                "Die Reservierung gilt drei Monate. In dieser Zeit lassen Sie das Fahrzeug online oder bei der "
                "Zulassungsstelle mit dem reservierten Kennzeichen zu; erst dann wird die Gebühr fällig. Auch "
                "E-Kennzeichen für Elektrofahrzeuge und H-Kennzeichen für Oldtimer können Sie mit Wunschnummer "
                "erhalten."
            ),
            "requirements": (
                "Das Kennzeichen ist noch frei und die Kombination ist zulässig. Buchstabenfolgen, die gegen die "
                "guten Sitten verstoßen, zum Beispiel NS-Abkürzungen, werden nicht vergeben."
            ),
            "documents": [
                "Reservierungsbestätigung (bei der Zulassung vorlegen)",
            ],
            "steps": [
                "Wunschkennzeichen online suchen und reservieren",
                "Reservierungsbestätigung speichern oder ausdrucken",
                "Innerhalb von drei Monaten das Fahrzeug mit dem Wunschkennzeichen zulassen",
            ],
            "fee_note": (
                "12,80 EUR für die Zuteilung, zusätzlich zur Zulassungsgebühr. Die Online-Reservierung selbst "
                "ist kostenlos."
            ),
            "processing_time": "Sofort",
            "deadlines": "Die Reservierung verfällt, wenn das Fahrzeug nicht innerhalb von drei Monaten zugelassen wird.",
            "legal_basis": [
                {
                    "title": "Fahrzeug-Zulassungsverordnung (FZV) – Zuteilung von Kennzeichen",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": "",
            "other_ways": "Sie können ein Wunschkennzeichen auch direkt bei Ihrem Zulassungstermin auswählen.",
            "faq": [],
        },
        "en": {
            "title": "Reserving a personalised registration number",
            "official_name": "Reservation and allocation of a personalised registration number (Wunschkennzeichen)",
            "teaser": (
                "Want your initials or a date of birth on your number plate? Reserve your personalised "
                "registration number online."
            ),
            "search_terms": (
                "personalised number, personalised registration number, number plate, reserve registration "
                "number, private plate, choose registration number, car registration number, custom number plate"
            ),
            "description": (
                "When you register a vehicle, you can choose a personalised registration number instead of a "
                "random one. The district code at the start is fixed; you can choose the letters (one or two) "
                "and numbers (one to four) after it, provided the combination is still available. The online "
                "reservation service shows you straight away which numbers are free."
                "\n\n"
                "A reservation is valid for three months. During that time, register the vehicle with the "
                "reserved number online or at the registration office; the fee is only due then. You can also "
                "get a personalised number on an E plate for electric vehicles or an H plate for classic cars."
            ),
            "requirements": (
                "The number is still available and the combination is permitted. Letter combinations that are "
                "offensive, such as Nazi abbreviations, are not issued."
            ),
            "documents": [
                "Reservation confirmation (present it when you register the vehicle)",
            ],
            "steps": [
                "Search for and reserve your personalised number online",
                "Save or print the reservation confirmation",
                "Register the vehicle with the personalised number within three months",
            ],
            "fee_note": (
                "EUR 12.80 for the allocation, in addition to the registration fee. The online reservation "
                "itself is free of charge."
            ),
            "processing_time": "Immediately",
            "deadlines": "The reservation expires if the vehicle is not registered within three months.",
            "legal_basis": [
                {
                    "title": "Vehicle Registration Ordinance (FZV) – allocation of registration numbers",
                    "url": "https://www.gesetze-im-internet.de/fzv_2023/",
                },
                {
                    "title": "Road Traffic Fees Ordinance (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": "",
            "other_ways": "You can also choose a personalised number directly at your registration appointment.",
            "faq": [],
        },
    },
    # ------------------------------------------------------------ Behindertenparkausweis
    {
        "key": "behindertenparkausweis",
        "offices": ["strassenverkehrsamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Parkausweis für Menschen mit Behinderung beantragen",
            "official_name": "Parkerleichterung für schwerbehinderte Menschen Ausnahmegenehmigung",
            "teaser": (
                "Mit dem blauen EU-Parkausweis oder dem orangefarbenen Parkausweis dürfen Menschen mit "
                "Behinderung an besonderen Stellen parken."
            ),
            "search_terms": (
                "Behindertenparkausweis, Schwerbehindertenparkausweis, blauer Parkausweis, EU-Parkausweis, "
                "orangener Parkausweis, Behindertenparkplatz, Parkerleichterung, Merkzeichen aG, Rollstuhl, "
                "Schwerbehindertenausweis"
            ),
            "description": (
                "Der blaue EU-Parkausweis erlaubt das Parken auf Behindertenparkplätzen mit Rollstuhlsymbol und "
                "weitere Parkerleichterungen, zum Beispiel im eingeschränkten Halteverbot bis zu drei Stunden. "
                "Er gilt in ganz Deutschland und in allen EU-Staaten. Ihn erhalten Menschen mit den "
                "Merkzeichen aG (außergewöhnliche Gehbehinderung), Bl (blind) oder TBl (taubblind) im "
                "Schwerbehindertenausweis."
                "\n\n"
                "Der orangefarbene Parkausweis gilt nur in Deutschland und nicht auf Behindertenparkplätzen. "
                "Er erlaubt aber die übrigen Parkerleichterungen, zum Beispiel gebührenfreies Parken an "
                "Parkscheinautomaten. Er ist für bestimmte Gruppen vorgesehen, etwa für Menschen mit den "
                "Merkzeichen G und B und einem hohen Grad der Behinderung durch Einschränkungen beim Gehen oder "
                "für Menschen mit Morbus Crohn oder Colitis ulcerosa."
            ),
            "requirements": (
                "Sie wohnen in Lindenfeld und haben einen Schwerbehindertenausweis mit den erforderlichen "
                "Merkzeichen beziehungsweise einen Feststellungsbescheid des Versorgungsamts. Der Parkausweis "
                "ist an die Person gebunden, nicht an ein bestimmtes Fahrzeug."
            ),
            "documents": [
                "Schwerbehindertenausweis",
                "Feststellungsbescheid des Versorgungsamts (für den orangefarbenen Parkausweis)",
                "Ein aktuelles Passfoto",
                "Personalausweis oder Reisepass",
            ],
            "steps": [
                "Antragsformular herunterladen oder im Straßenverkehrsamt abholen",
                "Antrag mit den Unterlagen per Post einreichen oder persönlich abgeben",
                "Parkausweis per Post erhalten",
            ],
            "fee_note": "Der Parkausweis ist kostenlos.",
            "processing_time": "Etwa 1 bis 2 Wochen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 46 Straßenverkehrs-Ordnung (StVO) – Ausnahmegenehmigung und Erlaubnis",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__46.html",
                },
                {
                    "title": "§ 229 Neuntes Buch Sozialgesetzbuch (SGB IX) – Persönliche Voraussetzungen",
                    "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__229.html",
                },
            ],
            "notes": (
                "Der Parkausweis gilt höchstens so lange wie Ihr Schwerbehindertenausweis, längstens fünf Jahre. "
                "Legen Sie ihn beim Parken gut lesbar hinter die Windschutzscheibe. Für einen persönlichen "
                "Behindertenparkplatz vor Ihrer Wohnung stellen Sie einen gesonderten Antrag."
            ),
            "other_ways": (
                "Angehörige oder Betreuerinnen und Betreuer können den Antrag für Sie stellen."
            ),
            "faq": [
                {
                    "q": "Darf auch jemand anderes mit meinem Parkausweis parken?",
                    "a": (
                        "Nur wenn er oder sie Sie befördert. Der Parkausweis darf nicht benutzt werden, wenn Sie "
                        "nicht mitfahren."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a disabled parking permit",
            "official_name": "Parking concessions for severely disabled people – exemption permit",
            "teaser": (
                "With the blue EU parking card or the orange parking card, people with disabilities may park in "
                "special places."
            ),
            "search_terms": (
                "disabled parking permit, blue badge, blue parking card, EU parking card, orange parking card, "
                "disabled parking space, parking concessions, aG marker, wheelchair, severely disabled person's "
                "ID card"
            ),
            "description": (
                "The blue EU parking card allows you to park in disabled parking spaces marked with the "
                "wheelchair symbol and grants other concessions, such as parking for up to three hours in "
                "restricted no-stopping zones. It is valid throughout Germany and in all EU countries. It is "
                "issued to people whose severely disabled person's ID card shows the marker aG (exceptional "
                "walking impairment), Bl (blind) or TBl (deafblind)."
                "\n\n"
                "The orange parking card is only valid in Germany and not in disabled parking spaces. It does, "
                "however, allow the other concessions, such as free parking at pay-and-display machines. It is "
                "intended for particular groups, such as people with the markers G and B and a high degree of "
                "disability due to walking impairments, or people with Crohn's disease or ulcerative colitis."
            ),
            "requirements": (
                "You live in Lindenfeld and have a severely disabled person's ID card with the required markers, "
                "or an assessment notice from the pensions and disability office (Versorgungsamt). The permit is "
                "issued to you personally, not to a particular vehicle."
            ),
            "documents": [
                "Severely disabled person's ID card (Schwerbehindertenausweis)",
                "Assessment notice from the Versorgungsamt (for the orange parking card)",
                "A recent passport photo",
                "ID card or passport",
            ],
            "steps": [
                "Download the application form or pick one up at the Vehicle Registration Office",
                "Send the application with your documents by post or hand it in in person",
                "Receive your parking card by post",
            ],
            "fee_note": "The parking card is free of charge.",
            "processing_time": "About 1 to 2 weeks",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 46 Road Traffic Regulations (StVO) – exemptions and permits",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__46.html",
                },
                {
                    "title": "Section 229 Social Code Book IX (SGB IX) – personal eligibility criteria",
                    "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__229.html",
                },
            ],
            "notes": (
                "The parking card is valid for no longer than your severely disabled person's ID card, and for a "
                "maximum of five years. Display it clearly behind the windscreen when you park. To have a "
                "personal disabled parking space outside your home, you need to make a separate application."
            ),
            "other_ways": (
                "Relatives or legal carers can apply on your behalf."
            ),
            "faq": [
                {
                    "q": "Can someone else park using my card?",
                    "a": (
                        "Only when they are driving you. The card must not be used if you are not travelling in "
                        "the vehicle."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Halteverbot für Umzug
    {
        "key": "halteverbot-umzug",
        "offices": ["ordnungsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/halteverbot",
        "appointment_url": None,
        "fee": {"kind": "range", "min": "35.00", "max": "70.00"},
        "video": None,
        "de": {
            "title": "Halteverbotszone für den Umzug beantragen",
            "official_name": "Verkehrsrechtliche Anordnung für eine temporäre Halteverbotszone",
            "teaser": (
                "Damit der Umzugswagen direkt vor der Tür halten kann, beantragen Sie rechtzeitig eine "
                "vorübergehende Halteverbotszone."
            ),
            "search_terms": (
                "Halteverbot Umzug, Halteverbotsschild, Parkverbot Umzug, Umzugsschild, Halteverbotszone, "
                "Umzugswagen, Möbelwagen, Container stellen, Parkplatz reservieren, Schilder aufstellen"
            ),
            "description": (
                "Für einen Umzug, eine Möbellieferung oder Handwerksarbeiten können Sie vor Ihrem Haus eine "
                "vorübergehende Halteverbotszone einrichten lassen. Das Ordnungsamt ordnet das Halteverbot an "
                "und legt fest, wo und wie lange die Schilder stehen dürfen. Die Schilder selbst mieten Sie bei "
                "einer Fachfirma, die sie auch aufstellt; manche Umzugsunternehmen übernehmen das für Sie."
                "\n\n"
                "Die Schilder müssen mindestens drei Tage (72 Stunden) vor Beginn des Halteverbots stehen. Erst "
                "dann dürfen Fahrzeuge, die trotzdem in der Zone parken, abgeschleppt werden. Die aufstellende "
                "Firma dokumentiert in einem Protokoll, welche Fahrzeuge beim Aufstellen bereits dort standen."
            ),
            "requirements": (
                "Die Zone ist in der Regel höchstens 15 Meter lang und gilt für bis zu zwei Tage. Soll ein "
                "Container oder Gerüst auf Gehweg oder Fahrbahn stehen, brauchen Sie zusätzlich eine "
                "Sondernutzungserlaubnis."
            ),
            "documents": [
                "Genaue Anschrift und Lage der gewünschten Zone (Hausnummer, Straßenseite, Länge)",
                "Datum und Uhrzeit des Halteverbots",
                "Bei Beauftragung durch Dritte: Name der Schilderfirma oder des Umzugsunternehmens",
            ],
            "steps": [
                "Halteverbot mindestens zwei Wochen vorher online beantragen",
                "Genehmigung mit den Auflagen des Ordnungsamts erhalten",
                "Schilder bei einer Fachfirma bestellen und mindestens 72 Stunden vorher aufstellen lassen",
                "Aufstellprotokoll an das Ordnungsamt senden",
            ],
            "fee_note": (
                "35,00 EUR für eine Zone bis 15 Meter an bis zu zwei Tagen, bis zu 70,00 EUR bei größeren oder "
                "längeren Zonen. Hinzu kommen die Kosten für das Aufstellen der Schilder durch die Fachfirma."
            ),
            "processing_time": "Etwa 1 Woche",
            "deadlines": "Antrag mindestens zwei Wochen vor dem Umzugstermin stellen.",
            "legal_basis": [
                {
                    "title": "§ 45 Straßenverkehrs-Ordnung (StVO) – Verkehrszeichen und Verkehrseinrichtungen",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
                },
                {
                    "title": "Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "Parkt trotz Halteverbot ein Fahrzeug in der Zone, rufen Sie das Ordnungsamt oder außerhalb der "
                "Dienstzeiten die Polizei an. Stellen Sie Schilder nicht selbst ohne Genehmigung auf – solche "
                "Schilder sind unwirksam."
            ),
            "other_ways": (
                "Sie können den Antrag auch per E-Mail an ordnungsamt@lindenfeld.example oder per Post stellen."
            ),
            "faq": [
                {
                    "q": "Darf ich einfach ein eigenes Halteverbotsschild aufstellen?",
                    "a": (
                        "Nein. Nur die vom Ordnungsamt angeordneten und von einer Fachfirma aufgestellten Schilder "
                        "sind verbindlich. Ohne Genehmigung darf kein Fahrzeug abgeschleppt werden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a no-parking zone for your move",
            "official_name": "Traffic order for a temporary no-parking zone",
            "teaser": (
                "So that the removal van can stop right outside your door, apply in good time for a temporary "
                "no-parking zone."
            ),
            "search_terms": (
                "no parking zone moving, no parking sign, parking ban for removal, removal sign, temporary "
                "no-parking zone, removal van, furniture van, skip placement, reserve parking space, put up signs"
            ),
            "description": (
                "For a house move, a furniture delivery or building work, you can have a temporary no-parking "
                "zone set up outside your home. The Public Order Office issues the order and specifies where and "
                "for how long the signs may be in place. You hire the signs from a specialist company, which "
                "also puts them up; some removal firms will take care of this for you."
                "\n\n"
                "The signs must be in place at least three days (72 hours) before the no-parking period begins. "
                "Only then may vehicles that still park in the zone be towed away. The company putting up the "
                "signs records which vehicles were already parked there at the time."
            ),
            "requirements": (
                "The zone is usually no longer than 15 metres and applies for up to two days. If a skip or "
                "scaffolding is to stand on the pavement or road, you also need a special use permit."
            ),
            "documents": [
                "Exact address and location of the zone you need (house number, side of the street, length)",
                "Date and time of the no-parking period",
                "If a third party is acting for you: name of the sign company or removal firm",
            ],
            "steps": [
                "Apply online at least two weeks in advance",
                "Receive the permit with the Public Order Office's conditions",
                "Order the signs from a specialist company and have them put up at least 72 hours in advance",
                "Send the set-up record to the Public Order Office",
            ],
            "fee_note": (
                "EUR 35.00 for a zone of up to 15 metres on up to two days, up to EUR 70.00 for larger or longer "
                "zones. The cost of having the signs put up by the specialist company comes on top."
            ),
            "processing_time": "About 1 week",
            "deadlines": "Apply at least two weeks before your moving date.",
            "legal_basis": [
                {
                    "title": "Section 45 Road Traffic Regulations (StVO) – traffic signs and traffic control devices",
                    "url": "https://www.gesetze-im-internet.de/stvo_2013/__45.html",
                },
                {
                    "title": "Road Traffic Fees Ordinance (GebOSt)",
                    "url": "https://www.gesetze-im-internet.de/stgebo_2011/",
                },
            ],
            "notes": (
                "If a vehicle is parked in the zone despite the ban, call the Public Order Office or, outside "
                "office hours, the police. Do not put up signs yourself without a permit – such signs have no "
                "legal effect."
            ),
            "other_ways": (
                "You can also apply by email to ordnungsamt@lindenfeld.example or by post."
            ),
            "faq": [
                {
                    "q": "Can I just put up my own no-parking sign?",
                    "a": (
                        "No. Only signs ordered by the Public Order Office and put up by a specialist company are "
                        "binding. Without a permit, no vehicle may be towed away."
                    ),
                },
            ],
        },
    },
]

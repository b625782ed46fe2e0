"""Demo content for Stadtportal (Lindenfeld, NRW): services, block B.

Family, civil status (Standesamt), school and social services.
Plain data module, see SCHEMA.md.
"""

from __future__ import annotations

SERVICES = [
    # ------------------------------------------------------------------
    # 1. Geburt beurkunden
    # ------------------------------------------------------------------
    {
        "key": "geburt-beurkunden",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/standesamt",
        "fee": {"kind": "fixed", "amount": "12.00"},
        "video": {
            "url": "https://www.youtube.com/watch?v=LfGeburt001",
            "de": {
                "title": "Geburt beurkunden in Lindenfeld – so geht's",
                "transcript": (
                    "Herzlichen Glückwunsch zur Geburt Ihres Kindes! In diesem Video zeigen wir Ihnen, "
                    "wie das Standesamt Lindenfeld die Geburt beurkundet. Kommt Ihr Kind im Klinikum "
                    "Lindenfeld zur Welt, füllen Sie dort die Geburtsanzeige aus und geben Ihre Ausweise "
                    "und Urkunden gleich mit. Bei einer Hausgeburt zeigen Sie die Geburt innerhalb einer "
                    "Woche selbst beim Standesamt an. Wir prüfen die Unterlagen, tragen Ihr Kind in das "
                    "Geburtenregister ein und schicken Ihnen die Geburtsurkunde zu. Die Bescheinigungen "
                    "für Elterngeld und Mutterschaftsgeld erhalten Sie kostenlos dazu. Bei Fragen "
                    "erreichen Sie das Standesamt telefonisch oder per E-Mail."
                ),
            },
            "en": {
                "title": "Registering a birth in Lindenfeld – how it works",
                "transcript": (
                    "Congratulations on the birth of your child! In this video we show you how the "
                    "Lindenfeld Register Office registers a birth. If your child is born at Klinikum "
                    "Lindenfeld, you fill in the birth notification form at the hospital and hand in your "
                    "ID and certificates at the same time. After a home birth, you notify the Register "
                    "Office yourself within one week. We check the documents, enter your child in the "
                    "register of births and send you the birth certificate. You also receive the "
                    "certificates for parental allowance and maternity pay free of charge. If you have "
                    "any questions, you can reach the Register Office by phone or email."
                ),
            },
        },
        "de": {
            "title": "Geburt beurkunden lassen",
            "official_name": "Beurkundung einer Geburt im Inland",
            "teaser": (
                "Jede Geburt in Lindenfeld wird vom Standesamt beurkundet – danach erhalten Sie die "
                "Geburtsurkunde und die Bescheinigungen für Elterngeld und Mutterschaftsgeld."
            ),
            "search_terms": (
                "Geburtsurkunde, Baby anmelden, Kind anmelden, Geburt melden, Geburtsanzeige, "
                "Geburtsbescheinigung, Neugeborenes, Namensgebung, Vorname, Hausgeburt"
            ),
            "description": (
                "Kommt Ihr Kind in Lindenfeld zur Welt, beurkundet das Standesamt Lindenfeld die Geburt im "
                "Geburtenregister – unabhängig davon, wo Sie wohnen. Maßgeblich ist immer der Geburtsort. "
                "Bei einer Geburt im Klinikum Lindenfeld zeigt die Klinik die Geburt an; Sie füllen dort "
                "nur das Formular zur Geburtsanzeige aus und geben die nötigen Unterlagen mit oder reichen "
                "sie nach.\n\n"
                "Bei einer Hausgeburt oder einer Geburt im Geburtshaus müssen die Eltern die Geburt selbst "
                "beim Standesamt anzeigen. Mit der Beurkundung werden die Vornamen und der Geburtsname Ihres "
                "Kindes festgehalten. Seit dem 1. Mai 2025 können Eltern ohne gemeinsamen Ehenamen ihrem "
                "Kind auch einen aus beiden Familiennamen gebildeten Doppelnamen geben.\n\n"
                "Nach der Beurkundung erhalten Sie die Geburtsurkunde sowie gebührenfreie "
                "Geburtsbescheinigungen für das Elterngeld und für das Mutterschaftsgeld der Krankenkasse. "
                "Das Standesamt informiert automatisch die Meldebehörde Ihres Wohnorts, sodass Ihr Kind im "
                "Melderegister eingetragen wird. Die steuerliche Identifikationsnummer schickt Ihnen das "
                "Bundeszentralamt für Steuern einige Wochen später per Post."
            ),
            "requirements": (
                "Die Geburt muss dem Standesamt innerhalb einer Woche angezeigt werden. Sind die Eltern "
                "nicht miteinander verheiratet und soll der Vater in die Geburtsurkunde eingetragen werden, "
                "muss die Vaterschaft anerkannt sein – am besten schon vor der Geburt."
            ),
            "documents": [
                "Geburtsanzeige der Klinik oder – bei einer Hausgeburt – Bescheinigung der Hebamme oder der Ärztin bzw. des Arztes",
                "Gültige Personalausweise oder Reisepässe beider Eltern",
                "Verheiratete Eltern: beglaubigter Ausdruck aus dem Eheregister oder Eheurkunde",
                "Nicht verheiratete Eltern: Geburtsurkunde der Mutter, bei einer Vaterschaftsanerkennung auch Geburtsurkunde des Vaters und Anerkennungsurkunde",
                "Geschiedene Mutter: Eheurkunde und Scheidungsurteil mit Rechtskraftvermerk",
                "Gegebenenfalls Sorgeerklärung und Erklärung zur Namensbestimmung",
                "Ausländische Urkunden im Original mit beglaubigter deutscher Übersetzung",
            ],
            "steps": [
                "Geburtsanzeige in der Klinik ausfüllen oder – bei einer Hausgeburt – Termin beim Standesamt vereinbaren",
                "Vornamen festlegen und Unterlagen zusammenstellen",
                "Unterlagen über die Klinik, per Post oder persönlich beim Standesamt einreichen",
                "Das Standesamt prüft die Angaben und beurkundet die Geburt",
                "Geburtsurkunde und Bescheinigungen per Post erhalten oder im Standesamt abholen",
            ],
            "fee_note": (
                "Die Beurkundung selbst ist gebührenfrei. Die Geburtsurkunde kostet 12,00 EUR, jede weitere "
                "Ausfertigung derselben Urkunde im selben Arbeitsgang 6,00 EUR. Die Bescheinigungen für "
                "Elterngeld und Mutterschaftsgeld sind kostenlos."
            ),
            "processing_time": (
                "In der Regel 1 bis 2 Wochen nach Eingang aller Unterlagen; bei ausländischen Urkunden kann "
                "es länger dauern."
            ),
            "deadlines": "Die Geburt muss spätestens eine Woche nach der Geburt beim Standesamt angezeigt werden (§ 18 PStG).",
            "legal_basis": [
                {"title": "§ 18 Personenstandsgesetz (PStG) – Anzeige der Geburt", "url": "https://www.gesetze-im-internet.de/pstg/__18.html"},
                {"title": "§ 21 PStG – Eintragung in das Geburtenregister", "url": "https://www.gesetze-im-internet.de/pstg/__21.html"},
                {"title": "§ 1617 Bürgerliches Gesetzbuch (BGB) – Geburtsname bei Eltern ohne Ehenamen und gemeinsamer Sorge", "url": "https://www.gesetze-im-internet.de/bgb/__1617.html"},
            ],
            "notes": (
                "Kindergeld beantragen Sie bei der Familienkasse der Bundesagentur für Arbeit, Elterngeld "
                "bei der Elterngeldstelle im Jugendamt Lindenfeld. Für einen Kinderreisepass oder "
                "Personalausweis Ihres Kindes ist das Bürgerbüro zuständig."
            ),
            "other_ways": (
                "Sie können die Unterlagen auch per Post an das Standesamt schicken. Eine vollständig "
                "digitale Geburtsanzeige ist noch nicht möglich, weil das Standesamt die Originalurkunden "
                "prüfen muss."
            ),
            "faq": [
                {
                    "q": "Bis wann muss der Vorname feststehen?",
                    "a": (
                        "Idealerweise steht der Vorname bei der Geburtsanzeige fest. Andernfalls müssen Sie "
                        "ihn spätestens einen Monat nach der Geburt beim Standesamt nachreichen; die "
                        "Beurkundung verzögert sich dann entsprechend."
                    ),
                },
                {
                    "q": "Wie viele Vornamen darf mein Kind bekommen?",
                    "a": (
                        "Das Gesetz nennt keine feste Höchstzahl. In der Praxis werden in der Regel bis zu "
                        "fünf Vornamen akzeptiert. Der Name darf dem Wohl des Kindes nicht widersprechen."
                    ),
                },
                {
                    "q": "Muss ich die Geburt selbst anzeigen, wenn mein Kind im Krankenhaus geboren wurde?",
                    "a": (
                        "Nein. Die Klinik zeigt die Geburt an. Sie müssen aber die Unterlagen und die Angaben "
                        "zum Namen liefern – am einfachsten direkt in der Klinik."
                    ),
                },
            ],
        },
        "en": {
            "title": "Registering a birth",
            "official_name": "Registration of a birth in Germany (Beurkundung einer Geburt)",
            "teaser": (
                "Every birth in Lindenfeld is registered by the Register Office – you then receive the birth "
                "certificate and the certificates for parental allowance and maternity pay."
            ),
            "search_terms": (
                "birth certificate, register baby, register newborn, report a birth, birth notification, "
                "Geburtsurkunde, newborn, naming a child, first name, home birth"
            ),
            "description": (
                "If your child is born in Lindenfeld, the Lindenfeld Register Office (Standesamt) registers "
                "the birth in the register of births – regardless of where you live. What counts is always "
                "the place of birth. If your baby is born at Klinikum Lindenfeld, the hospital notifies us of "
                "the birth; you simply fill in the birth notification form there and hand in the required "
                "documents at the same time or send them later.\n\n"
                "After a home birth or a birth in a birth centre, the parents must notify the Register Office "
                "of the birth themselves. The registration records your child's first names and surname at "
                "birth. Since 1 May 2025, parents without a shared married name can also give their child a "
                "double-barrelled surname made up of both their surnames.\n\n"
                "Once the birth has been registered, you receive the birth certificate and free birth "
                "certificates for parental allowance (Elterngeld) and for maternity pay from your health "
                "insurance fund. The Register Office automatically informs the residents' registration "
                "authority where you live, so your child is entered in the population register. The Federal "
                "Central Tax Office will send you your child's tax identification number by post a few weeks "
                "later."
            ),
            "requirements": (
                "The birth must be notified to the Register Office within one week. If the parents are not "
                "married to each other and the father is to be entered on the birth certificate, paternity "
                "must have been acknowledged – ideally before the birth."
            ),
            "documents": [
                "Birth notification from the hospital or – after a home birth – confirmation from the midwife or doctor",
                "Valid identity cards or passports of both parents",
                "Married parents: certified extract from the register of marriages or marriage certificate",
                "Unmarried parents: the mother's birth certificate and, if paternity has been acknowledged, the father's birth certificate and the acknowledgement document",
                "Divorced mother: marriage certificate and divorce decree marked as final (Rechtskraftvermerk)",
                "If applicable, declaration of joint custody and declaration on the child's surname",
                "Foreign documents in the original with a certified German translation",
            ],
            "steps": [
                "Fill in the birth notification at the hospital or – after a home birth – make an appointment at the Register Office",
                "Choose the first names and gather the documents",
                "Submit the documents via the hospital, by post or in person at the Register Office",
                "The Register Office checks the details and registers the birth",
                "Receive the birth certificate and other certificates by post or collect them from the Register Office",
            ],
            "fee_note": (
                "Registering the birth itself is free of charge. The birth certificate costs EUR 12.00, and "
                "each additional copy of the same certificate issued at the same time costs EUR 6.00. The "
                "certificates for parental allowance and maternity pay are free."
            ),
            "processing_time": (
                "Usually 1 to 2 weeks after all documents have been received; it may take longer if foreign "
                "documents are involved."
            ),
            "deadlines": "The birth must be notified to the Register Office no later than one week after the birth (section 18 PStG).",
            "legal_basis": [
                {"title": "Section 18 Civil Status Act (PStG) – notification of a birth", "url": "https://www.gesetze-im-internet.de/pstg/__18.html"},
                {"title": "Section 21 PStG – entry in the register of births", "url": "https://www.gesetze-im-internet.de/pstg/__21.html"},
                {"title": "Section 1617 German Civil Code (BGB) – surname of a child whose parents have no married name and share custody", "url": "https://www.gesetze-im-internet.de/bgb/__1617.html"},
            ],
            "notes": (
                "You apply for child benefit (Kindergeld) at the Family Benefits Office (Familienkasse) of the "
                "Federal Employment Agency, and for parental allowance at the parental allowance office in "
                "the Lindenfeld Youth Welfare Office. The Citizens' Office is responsible for your child's "
                "passport or identity card."
            ),
            "other_ways": (
                "You can also send the documents to the Register Office by post. A fully digital birth "
                "notification is not yet possible because the Register Office has to check the original "
                "documents."
            ),
            "faq": [
                {
                    "q": "By when do we have to decide on the first name?",
                    "a": (
                        "Ideally, the first name is decided when the birth is notified. Otherwise you must "
                        "tell the Register Office no later than one month after the birth; registration will "
                        "be delayed accordingly."
                    ),
                },
                {
                    "q": "How many first names can my child have?",
                    "a": (
                        "The law does not set a fixed maximum. In practice, up to five first names are "
                        "usually accepted. The name must not be contrary to the child's welfare."
                    ),
                },
                {
                    "q": "Do I have to notify the birth myself if my child was born in hospital?",
                    "a": (
                        "No. The hospital notifies the birth. However, you need to provide the documents and "
                        "the details of the name – this is easiest to do directly at the hospital."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 2. Vaterschaftsanerkennung
    # ------------------------------------------------------------------
    {
        "key": "vaterschaftsanerkennung",
        "offices": ["jugendamt", "standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/jugendamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Vaterschaft anerkennen",
            "official_name": "Beurkundung der Anerkennung der Vaterschaft",
            "teaser": (
                "Sind die Eltern nicht verheiratet, wird der Vater erst durch eine beurkundete "
                "Vaterschaftsanerkennung rechtlich zum Vater – das geht auch schon vor der Geburt."
            ),
            "search_terms": (
                "Vaterschaft, Vater eintragen, unverheiratet Kind, Vaterschaftsanerkennung vor Geburt, "
                "Sorgerecht, Sorgeerklärung, gemeinsames Sorgerecht, Urkundsperson, nicht verheiratet Baby"
            ),
            "description": (
                "Ist die Mutter bei der Geburt nicht verheiratet, hat das Kind rechtlich zunächst keinen "
                "Vater. Erst mit der Anerkennung der Vaterschaft wird der Vater in das Geburtenregister "
                "eingetragen. Damit entstehen unter anderem Unterhalts- und Erbansprüche des Kindes, und das "
                "Kind kann den Familiennamen des Vaters erhalten.\n\n"
                "Die Anerkennung muss öffentlich beurkundet werden. In Lindenfeld ist das kostenlos bei der "
                "Urkundsperson im Jugendamt oder beim Standesamt möglich. Die Mutter muss der Anerkennung "
                "zustimmen; auch ihre Zustimmung wird beurkundet. Die Anerkennung ist schon während der "
                "Schwangerschaft möglich – dann kann der Vater gleich bei der Beurkundung der Geburt "
                "eingetragen werden.\n\n"
                "Das gemeinsame Sorgerecht entsteht bei unverheirateten Eltern nicht automatisch mit der "
                "Vaterschaftsanerkennung. Dafür geben beide Eltern eine Sorgeerklärung ab, die ebenfalls "
                "kostenlos im Jugendamt beurkundet wird – auf Wunsch im selben Termin."
            ),
            "requirements": (
                "Das Kind darf noch keinen anderen rechtlichen Vater haben, etwa weil die Mutter bei der "
                "Geburt mit einem anderen Mann verheiratet ist. Beide Elternteile müssen persönlich "
                "erscheinen; bei minderjährigen Eltern ist zusätzlich die Zustimmung der gesetzlichen "
                "Vertretung nötig."
            ),
            "documents": [
                "Gültige Personalausweise oder Reisepässe beider Elternteile",
                "Geburtsurkunden beider Elternteile",
                "Vor der Geburt: Mutterpass mit dem errechneten Geburtstermin",
                "Nach der Geburt: Geburtsurkunde des Kindes",
                "War die Mutter verheiratet: Eheurkunde und Scheidungsurteil mit Rechtskraftvermerk oder Sterbeurkunde",
                "Bei ausländischer Staatsangehörigkeit: Aufenthaltstitel und gegebenenfalls weitere Nachweise",
            ],
            "steps": [
                "Termin bei der Urkundsperson im Jugendamt oder beim Standesamt vereinbaren",
                "Gemeinsam mit allen Unterlagen zum Termin kommen",
                "Anerkennung und Zustimmung der Mutter beurkunden lassen, auf Wunsch auch die Sorgeerklärung",
                "Das Jugendamt schickt beglaubigte Abschriften an die Eltern und an das Geburtsstandesamt",
            ],
            "fee_note": "Die Beurkundung im Jugendamt und im Standesamt ist gebührenfrei. Bei einem Notariat fallen Gebühren an.",
            "processing_time": "Die Beurkundung erfolgt direkt im Termin und dauert etwa 30 bis 45 Minuten.",
            "deadlines": (
                "Es gibt keine Frist. Am einfachsten ist die Anerkennung vor der Geburt, damit der Vater "
                "direkt in die Geburtsurkunde eingetragen wird."
            ),
            "legal_basis": [
                {"title": "§ 1592 Bürgerliches Gesetzbuch (BGB) – Vaterschaft", "url": "https://www.gesetze-im-internet.de/bgb/__1592.html"},
                {"title": "§ 1595 BGB – Zustimmungsbedürftigkeit der Anerkennung", "url": "https://www.gesetze-im-internet.de/bgb/__1595.html"},
                {"title": "§ 1626a BGB – Elterliche Sorge nicht miteinander verheirateter Eltern; Sorgeerklärungen", "url": "https://www.gesetze-im-internet.de/bgb/__1626a.html"},
                {"title": "§ 59 Achtes Buch Sozialgesetzbuch (SGB VIII) – Beurkundung", "url": "https://www.gesetze-im-internet.de/sgb_8/__59.html"},
            ],
            "notes": (
                "Haben Sie Zweifel an der Vaterschaft, klären Sie diese vor der Anerkennung, zum Beispiel mit "
                "einem Abstammungsgutachten. Eine wirksame Anerkennung lässt sich später nur durch ein "
                "gerichtliches Anfechtungsverfahren beseitigen. Bei Eltern ohne gesicherten Aufenthaltsstatus "
                "kann die Ausländerbehörde beteiligt werden (§ 1597a BGB)."
            ),
            "other_ways": (
                "Die Anerkennung kann auch bei einem Notariat, beim Amtsgericht oder bei jedem anderen "
                "Jugendamt oder Standesamt in Deutschland beurkundet werden. Im Ausland lebende Väter können "
                "sich an eine deutsche Auslandsvertretung wenden."
            ),
            "faq": [
                {
                    "q": "Kann der Vater die Vaterschaft ohne Zustimmung der Mutter anerkennen?",
                    "a": (
                        "Nein. Die Anerkennung wird erst wirksam, wenn die Mutter zustimmt. Verweigert sie "
                        "die Zustimmung, kann die Vaterschaft nur durch das Familiengericht festgestellt werden."
                    ),
                },
                {
                    "q": "Bekommt das Kind automatisch den Namen des Vaters?",
                    "a": (
                        "Nein. Ohne gemeinsames Sorgerecht erhält das Kind zunächst den Familiennamen der "
                        "Mutter. Die Eltern können den Namen durch eine Erklärung beim Standesamt neu "
                        "bestimmen; das Standesamt berät Sie zu den Möglichkeiten."
                    ),
                },
            ],
        },
        "en": {
            "title": "Acknowledging paternity",
            "official_name": "Notarisation of an acknowledgement of paternity (Vaterschaftsanerkennung)",
            "teaser": (
                "If the parents are not married, the father only becomes the legal father through an "
                "officially recorded acknowledgement of paternity – this can be done even before the birth."
            ),
            "search_terms": (
                "paternity, register father, unmarried parents child, acknowledge paternity before birth, "
                "custody, joint custody declaration, shared parental responsibility, Vaterschaftsanerkennung, "
                "unmarried baby"
            ),
            "description": (
                "If the mother is not married when the child is born, the child initially has no legal "
                "father. Only once paternity has been acknowledged is the father entered in the register of "
                "births. Among other things, this gives the child rights to maintenance and inheritance, and "
                "the child can take the father's surname.\n\n"
                "The acknowledgement must be formally recorded by a public official. In Lindenfeld this can "
                "be done free of charge by the certifying officer at the Youth Welfare Office (Jugendamt) or "
                "at the Register Office. The mother must consent to the acknowledgement, and her consent is "
                "recorded as well. Paternity can be acknowledged during pregnancy – the father can then be "
                "entered straight away when the birth is registered.\n\n"
                "For unmarried parents, joint custody does not arise automatically with the acknowledgement "
                "of paternity. For this, both parents make a declaration of joint custody (Sorgeerklärung), "
                "which is also recorded free of charge at the Youth Welfare Office – in the same appointment "
                "if you wish."
            ),
            "requirements": (
                "The child must not already have another legal father, for example because the mother was "
                "married to another man at the time of the birth. Both parents must attend in person; if a "
                "parent is under 18, the consent of their legal representative is also required."
            ),
            "documents": [
                "Valid identity cards or passports of both parents",
                "Birth certificates of both parents",
                "Before the birth: maternity record (Mutterpass) showing the expected date of delivery",
                "After the birth: the child's birth certificate",
                "If the mother was previously married: marriage certificate and divorce decree marked as final, or death certificate",
                "For foreign nationals: residence permit and any further documents required",
            ],
            "steps": [
                "Make an appointment with the certifying officer at the Youth Welfare Office or at the Register Office",
                "Attend the appointment together, bringing all documents",
                "Have the acknowledgement and the mother's consent recorded, and the custody declaration if desired",
                "The Youth Welfare Office sends certified copies to the parents and to the register office where the birth is registered",
            ],
            "fee_note": "Recording the acknowledgement at the Youth Welfare Office or the Register Office is free of charge. Notaries charge a fee.",
            "processing_time": "The acknowledgement is recorded during the appointment, which takes about 30 to 45 minutes.",
            "deadlines": (
                "There is no deadline. It is easiest to acknowledge paternity before the birth so that the "
                "father is entered directly on the birth certificate."
            ),
            "legal_basis": [
                {"title": "Section 1592 German Civil Code (BGB) – paternity", "url": "https://www.gesetze-im-internet.de/bgb/__1592.html"},
                {"title": "Section 1595 BGB – consent required for acknowledgement", "url": "https://www.gesetze-im-internet.de/bgb/__1595.html"},
                {"title": "Section 1626a BGB – parental custody of unmarried parents; declarations of custody", "url": "https://www.gesetze-im-internet.de/bgb/__1626a.html"},
                {"title": "Section 59 Social Code Book VIII (SGB VIII) – official recording of documents", "url": "https://www.gesetze-im-internet.de/sgb_8/__59.html"},
            ],
            "notes": (
                "If you have any doubts about paternity, resolve them before acknowledging it, for example "
                "with a DNA paternity test. A valid acknowledgement can later only be set aside by contesting "
                "it in court. If the parents do not have secure residence status, the immigration authority "
                "may be involved (section 1597a BGB)."
            ),
            "other_ways": (
                "Paternity can also be acknowledged before a notary, at the local court (Amtsgericht) or at "
                "any other youth welfare office or register office in Germany. Fathers living abroad can "
                "contact a German embassy or consulate."
            ),
            "faq": [
                {
                    "q": "Can the father acknowledge paternity without the mother's consent?",
                    "a": (
                        "No. The acknowledgement only becomes effective once the mother consents. If she "
                        "refuses, paternity can only be established by the family court."
                    ),
                },
                {
                    "q": "Does the child automatically get the father's surname?",
                    "a": (
                        "No. Without joint custody, the child initially takes the mother's surname. The "
                        "parents can change the surname by making a declaration at the Register Office, which "
                        "will advise you on the options."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 3. Elterngeld
    # ------------------------------------------------------------------
    {
        "key": "elterngeld",
        "offices": ["jugendamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/elterngeld",
        "appointment_url": "https://termine.lindenfeld.example/jugendamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Elterngeld beantragen",
            "official_name": "Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)",
            "teaser": (
                "Elterngeld ersetzt einen Teil des Einkommens, wenn Sie nach der Geburt weniger oder gar "
                "nicht arbeiten – die Elterngeldstelle Lindenfeld berät Sie und entscheidet über den Antrag."
            ),
            "search_terms": (
                "Elterngeld, Basiselterngeld, ElterngeldPlus, Partnerschaftsbonus, Elternzeit, "
                "Elterngeldantrag, ElterngeldDigital, Elterngeldstelle, Elterngeldrechner, Geld nach Geburt"
            ),
            "description": (
                "Elterngeld erhalten Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und "
                "höchstens 32 Stunden in der Woche arbeiten. Es beträgt in der Regel 65 bis 67 Prozent des "
                "Nettoeinkommens vor der Geburt, mindestens 300 EUR und höchstens 1.800 EUR im Monat. Auch "
                "Eltern, die vor der Geburt kein Einkommen hatten, erhalten den Mindestbetrag.\n\n"
                "Sie können zwischen Basiselterngeld und ElterngeldPlus wählen und beides kombinieren. "
                "Basiselterngeld gibt es für bis zu 14 Monate, wenn sich beide Eltern beteiligen; ein "
                "Elternteil allein kann höchstens 12 Monate beziehen. ElterngeldPlus ist halb so hoch, wird "
                "aber doppelt so lange gezahlt und eignet sich besonders, wenn Sie in Teilzeit arbeiten. "
                "Arbeiten beide Eltern gleichzeitig 24 bis 32 Wochenstunden, gibt es zusätzlich den "
                "Partnerschaftsbonus.\n\n"
                "Für Kinder, die ab dem 1. April 2025 geboren sind, besteht kein Anspruch, wenn das zu "
                "versteuernde Einkommen der Eltern im Kalenderjahr vor der Geburt zusammen mehr als "
                "175.000 EUR betragen hat. Die Elterngeldstelle im Jugendamt Lindenfeld ist für alle "
                "Familien mit Wohnsitz in Lindenfeld zuständig und berät Sie gern vor der Antragstellung."
            ),
            "requirements": (
                "Sie wohnen in Deutschland, leben mit Ihrem Kind in einem Haushalt, betreuen und erziehen es "
                "selbst und arbeiten nicht mehr als 32 Stunden pro Woche. Staatsangehörige von Ländern "
                "außerhalb der EU benötigen in der Regel einen Aufenthaltstitel, der zur Erwerbstätigkeit "
                "berechtigt."
            ),
            "documents": [
                "Geburtsbescheinigung für Elterngeld vom Standesamt (Original)",
                "Einkommensnachweise der letzten 12 Monate vor der Geburt bzw. vor dem Mutterschutz, bei Selbstständigen der Steuerbescheid des letzten Kalenderjahres",
                "Bescheinigung der Krankenkasse über das Mutterschaftsgeld und des Arbeitgebers über den Zuschuss zum Mutterschaftsgeld",
                "Bescheinigung des Arbeitgebers über die Arbeitszeit, wenn Sie während des Elterngeldbezugs in Teilzeit arbeiten",
                "Kopie des Personalausweises oder Aufenthaltstitels",
                "Bankverbindung (IBAN)",
            ],
            "steps": [
                "Bezugsmonate planen, zum Beispiel mit dem Elterngeldrechner des Bundesfamilienministeriums",
                "Antrag online über ElterngeldDigital ausfüllen oder den Papierantrag herunterladen",
                "Antrag mit allen Nachweisen an die Elterngeldstelle übermitteln",
                "Bescheid abwarten; das Elterngeld wird jeweils am Ende des Lebensmonats Ihres Kindes gezahlt",
            ],
            "fee_note": "",
            "processing_time": "In der Regel 4 bis 6 Wochen nach Eingang der vollständigen Unterlagen.",
            "deadlines": (
                "Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat gezahlt, in "
                "dem der Antrag eingeht. Stellen Sie den Antrag deshalb möglichst in den ersten Wochen nach "
                "der Geburt."
            ),
            "legal_basis": [
                {"title": "§ 1 Bundeselterngeld- und Elternzeitgesetz (BEEG) – Berechtigte", "url": "https://www.gesetze-im-internet.de/beeg/__1.html"},
                {"title": "§ 2 BEEG – Höhe des Elterngeldes", "url": "https://www.gesetze-im-internet.de/beeg/__2.html"},
                {"title": "§ 4 BEEG – Art und Dauer des Bezugs", "url": "https://www.gesetze-im-internet.de/beeg/__4.html"},
                {"title": "§ 7 BEEG – Antragstellung", "url": "https://www.gesetze-im-internet.de/beeg/__7.html"},
            ],
            "notes": (
                "Elternzeit ist etwas anderes als Elterngeld: Elternzeit beantragen Sie bei Ihrem "
                "Arbeitgeber, spätestens sieben Wochen vor Beginn. Geschwisterbonus und Mehrlingszuschlag "
                "werden automatisch geprüft, wenn Sie die entsprechenden Angaben im Antrag machen."
            ),
            "other_ways": (
                "Sie können den Antrag online über ElterngeldDigital (www.elterngeld-digital.de) stellen, "
                "per Post schicken oder nach Terminvereinbarung persönlich in der Elterngeldstelle abgeben."
            ),
            "faq": [
                {
                    "q": "Können beide Eltern gleichzeitig Elterngeld bekommen?",
                    "a": (
                        "Ja, ElterngeldPlus und den Partnerschaftsbonus können beide Eltern gleichzeitig "
                        "beziehen. Basiselterngeld gleichzeitig gibt es nur für höchstens einen Monat in den "
                        "ersten zwölf Lebensmonaten; Ausnahmen gelten etwa bei Mehrlingen und Frühgeburten."
                    ),
                },
                {
                    "q": "Wird das Mutterschaftsgeld angerechnet?",
                    "a": (
                        "Ja. Mutterschaftsgeld und der Arbeitgeberzuschuss werden voll auf das Elterngeld "
                        "angerechnet. Die Monate des Mutterschutzes nach der Geburt zählen deshalb als "
                        "Elterngeldmonate der Mutter."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for parental allowance",
            "official_name": "Parental allowance (Elterngeld) under the Federal Parental Allowance and Parental Leave Act (BEEG)",
            "teaser": (
                "Parental allowance replaces part of your income if you work less or not at all after the "
                "birth – the Lindenfeld parental allowance office advises you and decides on your application."
            ),
            "search_terms": (
                "parental allowance, Elterngeld, basic parental allowance, ElterngeldPlus, partnership bonus, "
                "parental leave, Elternzeit, ElterngeldDigital, parental allowance calculator, money after birth"
            ),
            "description": (
                "Parental allowance is paid to mothers and fathers who look after their child themselves "
                "after the birth and work no more than 32 hours a week. It usually amounts to 65 to 67 per "
                "cent of your net income before the birth, at least EUR 300 and at most EUR 1,800 a month. "
                "Parents who had no income before the birth receive the minimum amount.\n\n"
                "You can choose between basic parental allowance (Basiselterngeld) and ElterngeldPlus, and "
                "combine the two. Basic parental allowance is paid for up to 14 months if both parents take "
                "part; one parent alone can receive it for a maximum of 12 months. ElterngeldPlus is half as "
                "much but is paid for twice as long, which makes it particularly suitable if you work part "
                "time. If both parents work 24 to 32 hours a week at the same time, they also receive the "
                "partnership bonus.\n\n"
                "For children born on or after 1 April 2025, there is no entitlement if the parents' combined "
                "taxable income in the calendar year before the birth exceeded EUR 175,000. The parental "
                "allowance office at the Lindenfeld Youth Welfare Office is responsible for all families "
                "living in Lindenfeld and will be happy to advise you before you apply."
            ),
            "requirements": (
                "You live in Germany, live in the same household as your child, look after and bring up the "
                "child yourself and work no more than 32 hours a week. Nationals of non-EU countries usually "
                "need a residence permit that allows them to work."
            ),
            "documents": [
                "Birth certificate for parental allowance purposes from the Register Office (original)",
                "Proof of income for the 12 months before the birth or before maternity leave; for the self-employed, the tax assessment for the last calendar year",
                "Confirmation from the health insurance fund of maternity pay and from the employer of the employer's maternity pay supplement",
                "Confirmation from your employer of your working hours if you work part time while receiving parental allowance",
                "Copy of your identity card or residence permit",
                "Bank details (IBAN)",
            ],
            "steps": [
                "Plan the months you want to claim, for example with the Federal Family Ministry's parental allowance calculator",
                "Fill in the application online via ElterngeldDigital or download the paper form",
                "Submit the application with all supporting documents to the parental allowance office",
                "Wait for the decision; parental allowance is paid at the end of each month of your child's life",
            ],
            "fee_note": "",
            "processing_time": "Usually 4 to 6 weeks after the complete documents have been received.",
            "deadlines": (
                "Parental allowance is only paid retroactively for the last three months of your child's "
                "life before the month in which the application is received. You should therefore apply in "
                "the first few weeks after the birth."
            ),
            "legal_basis": [
                {"title": "Section 1 Federal Parental Allowance and Parental Leave Act (BEEG) – eligible persons", "url": "https://www.gesetze-im-internet.de/beeg/__1.html"},
                {"title": "Section 2 BEEG – amount of parental allowance", "url": "https://www.gesetze-im-internet.de/beeg/__2.html"},
                {"title": "Section 4 BEEG – type and duration of payment", "url": "https://www.gesetze-im-internet.de/beeg/__4.html"},
                {"title": "Section 7 BEEG – application", "url": "https://www.gesetze-im-internet.de/beeg/__7.html"},
            ],
            "notes": (
                "Parental leave (Elternzeit) is not the same as parental allowance: you request parental "
                "leave from your employer at least seven weeks before it starts. The sibling bonus and the "
                "supplement for multiple births are checked automatically if you provide the relevant "
                "information in the application."
            ),
            "other_ways": (
                "You can apply online via ElterngeldDigital (www.elterngeld-digital.de), send the application "
                "by post or hand it in in person at the parental allowance office by appointment."
            ),
            "faq": [
                {
                    "q": "Can both parents receive parental allowance at the same time?",
                    "a": (
                        "Yes, both parents can receive ElterngeldPlus and the partnership bonus at the same "
                        "time. Basic parental allowance can only be drawn simultaneously for a maximum of one "
                        "month within the first twelve months of the child's life; exceptions apply, for "
                        "example, for multiple and premature births."
                    ),
                },
                {
                    "q": "Is maternity pay deducted?",
                    "a": (
                        "Yes. Maternity pay and the employer's supplement are offset in full against parental "
                        "allowance. The months of maternity protection after the birth therefore count as the "
                        "mother's parental allowance months."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 4. Kita-Platz
    # ------------------------------------------------------------------
    {
        "key": "kita-platz",
        "offices": ["jugendamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/kita-portal",
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Kita-Platz oder Tagespflege anmelden",
            "official_name": "Anmeldung zur Betreuung in einer Kindertageseinrichtung oder in der Kindertagespflege",
            "teaser": (
                "Melden Sie Ihr Kind über das Kita-Portal Lindenfeld für einen Platz in einer Kita oder bei "
                "einer Tagesmutter bzw. einem Tagesvater an."
            ),
            "search_terms": (
                "Kita, Kindergarten, Krippe, U3, Ü3, Kitaplatz, Tagesmutter, Tagesvater, Kindertagespflege, "
                "Betreuungsplatz, Rechtsanspruch, Kita-Anmeldung, Kita-Navigator"
            ),
            "description": (
                "Jedes Kind hat ab dem vollendeten ersten Lebensjahr bis zum Schuleintritt einen "
                "Rechtsanspruch auf Förderung in einer Kindertageseinrichtung oder in der "
                "Kindertagespflege. In Lindenfeld gibt es rund 35 Kitas städtischer, kirchlicher und freier "
                "Träger sowie zahlreiche Tagesmütter und Tagesväter.\n\n"
                "Über das Kita-Portal Lindenfeld können Sie Ihr Kind bei bis zu fünf Wunsch-Kitas "
                "gleichzeitig vormerken und den gewünschten Betreuungsumfang von 25, 35 oder 45 "
                "Wochenstunden angeben. Die Kitas vergeben die Plätze für das neue Kita-Jahr, das jeweils am "
                "1. August beginnt, in der Regel bis Ende Februar. Zusage oder Absage erhalten Sie direkt über "
                "das Portal.\n\n"
                "Finden Sie keinen passenden Platz, hilft Ihnen die Fachberatung Kindertagesbetreuung im "
                "Jugendamt weiter. Sie vermittelt auch Plätze in der Kindertagespflege, die besonders für "
                "Kinder unter drei Jahren eine gute Alternative zur Kita ist."
            ),
            "requirements": (
                "Ihr Kind wohnt mit Hauptwohnsitz in Lindenfeld. Der Rechtsanspruch gilt ab dem ersten "
                "Geburtstag. Für jüngere Kinder besteht ein Anspruch, wenn die Eltern berufstätig sind, eine "
                "Ausbildung machen oder Arbeit suchen oder das Kind besondere Förderung braucht."
            ),
            "documents": [
                "Angaben zu Ihrem Kind und zu den Erziehungsberechtigten",
                "Gewünschter Betreuungsbeginn und Betreuungsumfang",
                "Für 45 Wochenstunden: Nachweis über Berufstätigkeit oder Ausbildung der Eltern (auf Anforderung der Kita)",
                "Bei Aufnahme: Nachweis über den Masernschutz (Impfpass oder ärztliches Zeugnis)",
            ],
            "steps": [
                "Kitas im Kita-Portal ansehen und Tage der offenen Tür besuchen",
                "Kind im Kita-Portal registrieren und bis zu fünf Wunsch-Kitas auswählen",
                "Zu- oder Absage im Portal abwarten und einen angebotenen Platz fristgerecht annehmen",
                "Betreuungsvertrag mit dem Träger der Kita abschließen",
                "Ohne Platzangebot: Fachberatung Kindertagesbetreuung im Jugendamt kontaktieren",
            ],
            "fee_note": (
                "Die Anmeldung ist kostenlos. Für die Betreuung erhebt das Jugendamt einkommensabhängige "
                "Elternbeiträge; die letzten beiden Kita-Jahre vor der Einschulung sind beitragsfrei."
            ),
            "processing_time": (
                "Die Hauptvergabe für das Kita-Jahr ab 1. August läuft von Januar bis Ende Februar; danach "
                "werden frei werdende Plätze laufend vergeben."
            ),
            "deadlines": (
                "Melden Sie den Betreuungsbedarf spätestens sechs Monate vor dem gewünschten Beginn an. Für "
                "einen Start zum 1. August sollte die Anmeldung bis zum 15. November des Vorjahres im Portal "
                "eingegangen sein."
            ),
            "legal_basis": [
                {"title": "§ 24 Achtes Buch Sozialgesetzbuch (SGB VIII) – Anspruch auf Förderung in Tageseinrichtungen und in Kindertagespflege", "url": "https://www.gesetze-im-internet.de/sgb_8/__24.html"},
                {"title": "Kinderbildungsgesetz NRW (KiBiz)", "url": "https://www.kita.nrw.de/rechtliches/kinderbildungsgesetz-kibiz"},
                {"title": "§ 20 Infektionsschutzgesetz (IfSG) – Schutzimpfungen, Masernschutz", "url": "https://www.gesetze-im-internet.de/ifsg/__20.html"},
            ],
            "notes": (
                "Kinder mit Behinderung oder erhöhtem Förderbedarf werden gemeinsam mit anderen Kindern "
                "gefördert; geben Sie einen besonderen Bedarf bitte schon bei der Anmeldung an. Wenn Sie nach "
                "Lindenfeld ziehen, können Sie Ihr Kind schon vor dem Umzug im Portal anmelden."
            ),
            "other_ways": (
                "Ohne Internetzugang können Sie die Anmeldung nach Terminvereinbarung im Jugendamt oder "
                "direkt in der Wunsch-Kita erfassen lassen."
            ),
            "faq": [
                {
                    "q": "Muss ich mein Kind auch für eine kirchliche Kita über das Portal anmelden?",
                    "a": (
                        "Ja. Alle Kitas in Lindenfeld – auch die der Kirchen und freien Träger – nutzen das "
                        "Kita-Portal. Eine zusätzliche Anmeldung direkt bei der Kita ist nicht nötig."
                    ),
                },
                {
                    "q": "Was passiert, wenn ich keinen Platz bekomme?",
                    "a": (
                        "Wenden Sie sich an die Fachberatung im Jugendamt. Sie sucht mit Ihnen nach freien "
                        "Plätzen in Kitas oder in der Kindertagespflege. Der Rechtsanspruch kann auch durch "
                        "einen Platz bei einer Tagesmutter oder einem Tagesvater erfüllt werden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Registering for a nursery place or childminder",
            "official_name": "Registration for care in a day-care centre (Kita) or with a childminder (Kindertagespflege)",
            "teaser": (
                "Use the Lindenfeld Kita portal to register your child for a place at a day-care centre or "
                "with a childminder."
            ),
            "search_terms": (
                "nursery, kindergarten, Kita, crèche, day care, childcare place, childminder, Tagesmutter, "
                "under-threes, legal right to childcare, nursery registration, Kita-Navigator"
            ),
            "description": (
                "From their first birthday until they start school, every child has a legal right to a place "
                "in a day-care centre (Kita) or with a childminder. Lindenfeld has around 35 day-care centres "
                "run by the town, the churches and independent providers, as well as many childminders.\n\n"
                "Through the Lindenfeld Kita portal you can put your child down for up to five preferred "
                "day-care centres at once and state the care hours you need: 25, 35 or 45 hours a week. The "
                "centres usually allocate places for the new Kita year, which always starts on 1 August, by "
                "the end of February. You receive an offer or a rejection directly through the portal.\n\n"
                "If you cannot find a suitable place, the childcare advisory service at the Youth Welfare "
                "Office (Jugendamt) can help. It also arranges places with childminders, which are a good "
                "alternative to a day-care centre, especially for children under three."
            ),
            "requirements": (
                "Your child's main residence is in Lindenfeld. The legal right applies from the first "
                "birthday. Younger children are entitled to a place if their parents work, are in education "
                "or training, or are looking for work, or if the child needs special support."
            ),
            "documents": [
                "Details of your child and of the parents or guardians",
                "Preferred start date and number of care hours",
                "For 45 hours a week: proof of the parents' employment or training (if requested by the centre)",
                "On admission: proof of measles protection (vaccination record or medical certificate)",
            ],
            "steps": [
                "Browse the day-care centres in the Kita portal and visit their open days",
                "Register your child in the Kita portal and select up to five preferred centres",
                "Wait for an offer or rejection in the portal and accept an offered place by the deadline",
                "Sign the childcare contract with the organisation running the centre",
                "If no place is offered: contact the childcare advisory service at the Youth Welfare Office",
            ],
            "fee_note": (
                "Registration is free of charge. The Youth Welfare Office charges income-related parental "
                "contributions for childcare; the last two Kita years before your child starts school are free."
            ),
            "processing_time": (
                "The main allocation round for the Kita year starting on 1 August runs from January to the "
                "end of February; places that become free later are allocated on an ongoing basis."
            ),
            "deadlines": (
                "Register your childcare needs at least six months before the desired start date. For a start "
                "on 1 August, your registration should be in the portal by 15 November of the previous year."
            ),
            "legal_basis": [
                {"title": "Section 24 Social Code Book VIII (SGB VIII) – right to a place in day care or with a childminder", "url": "https://www.gesetze-im-internet.de/sgb_8/__24.html"},
                {"title": "North Rhine-Westphalia Child Education Act (KiBiz)", "url": "https://www.kita.nrw.de/rechtliches/kinderbildungsgesetz-kibiz"},
                {"title": "Section 20 Infection Protection Act (IfSG) – vaccinations, measles protection", "url": "https://www.gesetze-im-internet.de/ifsg/__20.html"},
            ],
            "notes": (
                "Children with disabilities or additional needs are cared for together with other children; "
                "please mention any special needs when you register. If you are moving to Lindenfeld, you "
                "can register your child in the portal before you move."
            ),
            "other_ways": (
                "If you do not have internet access, the Youth Welfare Office (by appointment) or your "
                "preferred day-care centre can enter the registration for you."
            ),
            "faq": [
                {
                    "q": "Do I also have to use the portal for a church-run day-care centre?",
                    "a": (
                        "Yes. All day-care centres in Lindenfeld – including those run by the churches and "
                        "independent providers – use the Kita portal. You do not need to register separately "
                        "with the centre."
                    ),
                },
                {
                    "q": "What happens if I don't get a place?",
                    "a": (
                        "Contact the childcare advisory service at the Youth Welfare Office. It will help you "
                        "look for free places in day-care centres or with childminders. The legal right can "
                        "also be met by a place with a childminder."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 5. Kita-Beiträge
    # ------------------------------------------------------------------
    {
        "key": "kita-beitraege",
        "offices": ["jugendamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/kita-beitraege",
        "appointment_url": None,
        "fee": {"kind": "range", "min": "0.00", "max": "540.00"},
        "video": None,
        "de": {
            "title": "Kita-Beiträge: Einkommen erklären und Beitragsbefreiung",
            "official_name": "Festsetzung von Elternbeiträgen für Kindertageseinrichtungen und Kindertagespflege",
            "teaser": (
                "Die Höhe des monatlichen Elternbeitrags für Kita und Tagespflege richtet sich nach Ihrem "
                "Jahreseinkommen, dem Alter Ihres Kindes und dem Betreuungsumfang."
            ),
            "search_terms": (
                "Kitagebühren, Kindergartenbeitrag, Elternbeitrag, Kita-Kosten, Einkommenserklärung, "
                "Beitragsfreiheit, Geschwisterkind, Beitragsbescheid, Tagespflegebeitrag, Kita kostenlos"
            ),
            "description": (
                "Für die Betreuung in einer Kita oder in der Kindertagespflege erhebt das Jugendamt "
                "Lindenfeld einen monatlichen Elternbeitrag. Wie hoch er ist, hängt vom Jahreseinkommen der "
                "Eltern, vom Alter des Kindes und vom gebuchten Betreuungsumfang ab. Die Beiträge sind in der "
                "Elternbeitragssatzung der Stadt festgelegt und gelten für alle Kitas in Lindenfeld – "
                "unabhängig vom Träger.\n\n"
                "Nach der Aufnahme Ihres Kindes erhalten Sie vom Jugendamt die Aufforderung, Ihr Einkommen zu "
                "erklären. Auf dieser Grundlage wird der Beitrag mit einem Bescheid festgesetzt. Ändert sich "
                "Ihr Einkommen dauerhaft, teilen Sie das dem Jugendamt bitte mit; der Beitrag wird dann "
                "angepasst.\n\n"
                "Die letzten beiden Kita-Jahre vor der Einschulung sind in Nordrhein-Westfalen beitragsfrei. "
                "In Lindenfeld zahlen Familien mit einem Jahreseinkommen bis 30.000 EUR keinen Beitrag, und "
                "für Geschwisterkinder, die gleichzeitig betreut werden, wird nur ein Beitrag erhoben. Wer "
                "Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem "
                "Asylbewerberleistungsgesetz bezieht, ist auf Antrag vom Beitrag befreit."
            ),
            "requirements": (
                "Ihr Kind besucht eine Kita oder wird in der Kindertagespflege in Lindenfeld betreut. "
                "Beitragspflichtig sind die Eltern, mit denen das Kind zusammenlebt."
            ),
            "documents": [
                "Ausgefüllte Einkommenserklärung",
                "Nachweise über alle Einkünfte des Vorjahres, zum Beispiel Lohnsteuerbescheinigung oder Einkommensteuerbescheid",
                "Bei Leistungsbezug: aktueller Bescheid über Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen",
                "Gegebenenfalls Nachweise über Elterngeld oder Unterhaltszahlungen",
            ],
            "steps": [
                "Einkommenserklärung online ausfüllen oder den Vordruck des Jugendamts verwenden",
                "Nachweise hochladen oder per Post einreichen",
                "Beitragsbescheid des Jugendamts erhalten",
                "Beitrag monatlich per SEPA-Lastschrift oder Überweisung zahlen",
                "Einkommensänderungen unverzüglich mitteilen",
            ],
            "fee_note": (
                "Der monatliche Elternbeitrag liegt je nach Einkommen, Alter des Kindes und "
                "Betreuungsumfang zwischen 0 EUR und 540 EUR. Das Mittagessen rechnet die Kita zusätzlich "
                "direkt mit Ihnen ab."
            ),
            "processing_time": "Etwa 4 bis 8 Wochen nach Eingang der vollständigen Einkommenserklärung.",
            "deadlines": (
                "Die Einkommenserklärung soll innerhalb eines Monats nach Aufforderung beim Jugendamt "
                "eingehen. Ohne Erklärung wird der Höchstbeitrag festgesetzt."
            ),
            "legal_basis": [
                {"title": "§ 90 Achtes Buch Sozialgesetzbuch (SGB VIII) – Pauschalierte Kostenbeteiligung", "url": "https://www.gesetze-im-internet.de/sgb_8/__90.html"},
                {"title": "§§ 50 und 51 Kinderbildungsgesetz NRW (KiBiz) – Beitragsfreiheit und Elternbeiträge", "url": "https://www.kita.nrw.de/rechtliches/kinderbildungsgesetz-kibiz"},
                {"title": "Elternbeitragssatzung der Stadt Lindenfeld", "url": "https://www.lindenfeld.example/ortsrecht/elternbeitragssatzung"},
            ],
            "notes": (
                "Für die Offene Ganztagsschule (OGS) gilt eine eigene Beitragssatzung; die Einkommenserklärung "
                "für die Kita gilt dort nicht automatisch. Die gezahlten Beiträge können Sie als "
                "Kinderbetreuungskosten in der Einkommensteuererklärung geltend machen."
            ),
            "other_ways": "Sie können die Einkommenserklärung auch per Post schicken oder im Jugendamt abgeben.",
            "faq": [
                {
                    "q": "Welches Einkommen zählt?",
                    "a": (
                        "Maßgeblich ist die Summe der positiven Einkünfte beider Eltern im Sinne des "
                        "Einkommensteuergesetzes im Vorjahr, zuzüglich bestimmter steuerfreier Leistungen wie "
                        "des Elterngeldes, soweit es 300 EUR im Monat übersteigt. Kindergeld zählt nicht dazu."
                    ),
                },
                {
                    "q": "Muss ich für die beitragsfreien Jahre vor der Einschulung etwas beantragen?",
                    "a": (
                        "Nein. Die Beitragsfreiheit in den letzten beiden Kita-Jahren berücksichtigt das "
                        "Jugendamt automatisch. Die Kosten für das Mittagessen fallen weiterhin an."
                    ),
                },
            ],
        },
        "en": {
            "title": "Childcare fees: declaring your income and fee exemption",
            "official_name": "Assessment of parental contributions for day-care centres and childminders",
            "teaser": (
                "The monthly parental contribution for a day-care centre or childminder depends on your "
                "annual income, your child's age and the number of care hours."
            ),
            "search_terms": (
                "nursery fees, kindergarten fees, parental contribution, Elternbeitrag, childcare costs, "
                "income declaration, fee exemption, sibling discount, fee notice, free childcare"
            ),
            "description": (
                "The Lindenfeld Youth Welfare Office charges a monthly parental contribution (Elternbeitrag) "
                "for care in a day-care centre or with a childminder. The amount depends on the parents' "
                "annual income, the child's age and the number of care hours booked. The contributions are "
                "set out in the town's bylaw on parental contributions and apply to all day-care centres in "
                "Lindenfeld, whoever runs them.\n\n"
                "After your child has been admitted, the Youth Welfare Office will ask you to declare your "
                "income. The contribution is then set on this basis in a formal notice. If your income "
                "changes permanently, please let the Youth Welfare Office know; the contribution will then be "
                "adjusted.\n\n"
                "In North Rhine-Westphalia, the last two Kita years before a child starts school are free of "
                "charge. In Lindenfeld, families with an annual income of up to EUR 30,000 pay nothing, and "
                "only one contribution is charged for siblings in care at the same time. If you receive "
                "citizen's income (Bürgergeld), social assistance, housing benefit, the supplementary child "
                "allowance (Kinderzuschlag) or benefits under the Asylum Seekers' Benefits Act, you are "
                "exempt from the contribution on application."
            ),
            "requirements": (
                "Your child attends a day-care centre or is looked after by a childminder in Lindenfeld. The "
                "contribution is payable by the parents the child lives with."
            ),
            "documents": [
                "Completed income declaration",
                "Proof of all income in the previous year, for example the annual payroll tax certificate or the income tax assessment",
                "If you receive benefits: current notice of citizen's income, social assistance, housing benefit, supplementary child allowance or asylum seekers' benefits",
                "If applicable, proof of parental allowance or maintenance payments",
            ],
            "steps": [
                "Fill in the income declaration online or use the Youth Welfare Office's form",
                "Upload the supporting documents or send them by post",
                "Receive the contribution notice from the Youth Welfare Office",
                "Pay the contribution monthly by SEPA direct debit or bank transfer",
                "Report any changes in income without delay",
            ],
            "fee_note": (
                "Depending on income, the child's age and the number of care hours, the monthly parental "
                "contribution ranges from EUR 0 to EUR 540. Lunch is charged separately by the day-care centre."
            ),
            "processing_time": "About 4 to 8 weeks after the complete income declaration has been received.",
            "deadlines": (
                "The income declaration should reach the Youth Welfare Office within one month of the "
                "request. If you do not submit a declaration, the maximum contribution will be charged."
            ),
            "legal_basis": [
                {"title": "Section 90 Social Code Book VIII (SGB VIII) – flat-rate cost contributions", "url": "https://www.gesetze-im-internet.de/sgb_8/__90.html"},
                {"title": "Sections 50 and 51 North Rhine-Westphalia Child Education Act (KiBiz) – fee exemption and parental contributions", "url": "https://www.kita.nrw.de/rechtliches/kinderbildungsgesetz-kibiz"},
                {"title": "Town of Lindenfeld bylaw on parental contributions", "url": "https://www.lindenfeld.example/ortsrecht/elternbeitragssatzung"},
            ],
            "notes": (
                "A separate bylaw applies to after-school care at open all-day primary schools (OGS); the "
                "income declaration for the day-care centre does not automatically apply there. You can claim "
                "the contributions you pay as childcare costs in your income tax return."
            ),
            "other_ways": "You can also send the income declaration by post or hand it in at the Youth Welfare Office.",
            "faq": [
                {
                    "q": "Which income counts?",
                    "a": (
                        "What counts is the total positive income of both parents in the previous year as "
                        "defined in the Income Tax Act, plus certain tax-free benefits such as parental "
                        "allowance in excess of EUR 300 a month. Child benefit is not included."
                    ),
                },
                {
                    "q": "Do I need to apply for the free years before my child starts school?",
                    "a": (
                        "No. The Youth Welfare Office automatically applies the exemption for the last two "
                        "Kita years. You still have to pay for lunches."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 6. Schulanmeldung
    # ------------------------------------------------------------------
    {
        "key": "schulanmeldung",
        "offices": ["jugendamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Kind an der Schule anmelden",
            "official_name": "Aufnahme in die Grundschule und in weiterführende Schulen",
            "teaser": (
                "Schulpflichtige Kinder melden Sie im Herbst des Vorjahres direkt an der Grundschule an; für "
                "weiterführende Schulen gibt es im Februar einen gemeinsamen Anmeldezeitraum."
            ),
            "search_terms": (
                "Einschulung, Schulanmeldung, Grundschule anmelden, i-Dötzchen, Schulpflicht, "
                "Schuleingangsuntersuchung, weiterführende Schule, Gymnasium anmelden, Gesamtschule, "
                "Schulwechsel, Schulplatz"
            ),
            "description": (
                "Kinder, die bis zum 30. September das sechste Lebensjahr vollenden, werden zum 1. August "
                "desselben Jahres schulpflichtig. Die Stadt Lindenfeld als Schulträger schreibt die Eltern "
                "im Spätsommer des Vorjahres an und informiert über die Grundschulen und die Anmeldetermine. "
                "Sie können eine Grundschule frei wählen. Einen Anspruch auf Aufnahme hat Ihr Kind an der "
                "nächstgelegenen Grundschule der gewünschten Schulart, zum Beispiel Gemeinschaftsgrundschule "
                "oder katholische Bekenntnisschule; andere Schulen nehmen im Rahmen freier Plätze auf.\n\n"
                "Im Zusammenhang mit der Anmeldung lädt das Gesundheitsamt des Kreises Rheinauen zur "
                "Schuleingangsuntersuchung ein. Auf Antrag der Eltern können auch jüngere Kinder vorzeitig "
                "eingeschult werden, wenn sie die für den Schulbesuch nötige körperliche und geistige Reife "
                "haben.\n\n"
                "Für den Wechsel auf eine weiterführende Schule melden Sie Ihr Kind nach dem "
                "Halbjahreszeugnis der vierten Klasse direkt an der gewünschten Schule an. Die Grundschule "
                "gibt eine begründete Empfehlung für die Schulform; die Entscheidung treffen in "
                "Nordrhein-Westfalen die Eltern. Ziehen Sie während des Schuljahres zu, wenden Sie sich an die "
                "gewünschte Schule oder an die städtische Schulverwaltung im Jugendamt."
            ),
            "requirements": (
                "Ihr Kind wohnt in Lindenfeld und wird schulpflichtig oder wechselt die Schule. Für eine "
                "vorzeitige Einschulung ist ein Antrag der Eltern erforderlich."
            ),
            "documents": [
                "Geburtsurkunde des Kindes oder Stammbuch",
                "Personalausweis oder Reisepass eines Elternteils",
                "Anschreiben der Stadt Lindenfeld zur Einschulung",
                "Nachweis über den Masernschutz",
                "Für weiterführende Schulen: Halbjahreszeugnis der Klasse 4 mit der Empfehlung der Grundschule",
                "Bei getrennt lebenden Eltern: Nachweis über das Sorgerecht oder Einverständnis des anderen Elternteils",
            ],
            "steps": [
                "Anschreiben der Stadt mit den Anmeldeterminen abwarten",
                "Schulen kennenlernen, zum Beispiel beim Tag der offenen Tür",
                "Kind im Anmeldezeitraum persönlich mit den Unterlagen an der Wunschschule anmelden",
                "Termin zur Schuleingangsuntersuchung beim Gesundheitsamt wahrnehmen",
                "Aufnahmebescheid der Schule erhalten",
            ],
            "fee_note": "",
            "processing_time": (
                "Die Aufnahmebescheide der Grundschulen werden in der Regel bis Ende Januar verschickt, die "
                "der weiterführenden Schulen im April."
            ),
            "deadlines": (
                "Anmeldung an der Grundschule: in der Regel im Oktober und November des Vorjahres. Anmeldung "
                "an weiterführenden Schulen: Ende Februar nach Erhalt des Halbjahreszeugnisses. Die genauen "
                "Termine veröffentlicht die Stadt jedes Jahr im Amtsblatt."
            ),
            "legal_basis": [
                {"title": "§ 35 Schulgesetz NRW (SchulG) – Beginn der Schulpflicht", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
                {"title": "§ 46 SchulG – Aufnahme in die Schule, Schulwechsel", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
            ],
            "notes": (
                "Über den Förderort von Kindern mit Bedarf an sonderpädagogischer Unterstützung entscheidet "
                "das Schulamt für den Kreis Rheinauen. Informationen zur Offenen Ganztagsschule (OGS) "
                "erhalten Sie bei der Anmeldung an der Grundschule."
            ),
            "other_ways": (
                "Eine Online-Anmeldung ist nicht möglich, weil die Schule Ihr Kind im Anmeldegespräch "
                "kennenlernen möchte. Können Sie nicht persönlich kommen, sprechen Sie die Schule bitte direkt an."
            ),
            "faq": [
                {
                    "q": "Kann ich mein Kind vom Schulbesuch zurückstellen lassen?",
                    "a": (
                        "In Nordrhein-Westfalen ist eine Zurückstellung nur ausnahmsweise aus erheblichen "
                        "gesundheitlichen Gründen möglich. Darüber entscheidet die Schulleitung auf Grundlage "
                        "des schulärztlichen Gutachtens."
                    ),
                },
                {
                    "q": "Muss mein Kind die nächstgelegene Grundschule besuchen?",
                    "a": (
                        "Nein. Sie können Ihr Kind an jeder Grundschule anmelden. Einen Anspruch auf Aufnahme "
                        "hat es aber nur an der nächstgelegenen Schule der gewünschten Schulart. Gibt es mehr "
                        "Anmeldungen als Plätze, entscheidet die Schule nach festen Kriterien wie Schulweg und "
                        "Geschwisterkindern."
                    ),
                },
            ],
        },
        "en": {
            "title": "Enrolling your child at school",
            "official_name": "Admission to primary school and secondary school",
            "teaser": (
                "You enrol children of compulsory school age directly at the primary school in the autumn of "
                "the year before; for secondary schools there is a common enrolment period in February."
            ),
            "search_terms": (
                "starting school, school enrolment, primary school registration, school starter, compulsory "
                "schooling, school entry health check, secondary school, grammar school, Gymnasium, "
                "comprehensive school, changing schools, school place"
            ),
            "description": (
                "Children who turn six by 30 September must start school on 1 August of the same year. In the "
                "late summer of the previous year, the Town of Lindenfeld, which runs the schools, writes to "
                "parents with information about the primary schools and enrolment dates. You are free to "
                "choose a primary school. Your child is entitled to a place at the nearest primary school of "
                "the type you want, for example a non-denominational community school or a Catholic school; "
                "other schools admit children if they have places available.\n\n"
                "In connection with enrolment, the Rheinauen district health authority invites your child to "
                "the school entry health check. At the parents' request, younger children can start school "
                "early if they are physically and mentally ready.\n\n"
                "For the move to secondary school, you enrol your child directly at the school of your choice "
                "after the mid-year report in year 4. The primary school gives a reasoned recommendation on "
                "the type of school, but in North Rhine-Westphalia the final decision lies with the parents. "
                "If you move to Lindenfeld during the school year, contact your preferred school or the "
                "town's school administration at the Youth Welfare Office."
            ),
            "requirements": (
                "Your child lives in Lindenfeld and is reaching compulsory school age or changing schools. "
                "Early school entry requires an application from the parents."
            ),
            "documents": [
                "The child's birth certificate or family register book (Stammbuch)",
                "Identity card or passport of one parent",
                "Letter from the Town of Lindenfeld about starting school",
                "Proof of measles protection",
                "For secondary schools: mid-year report from year 4 with the primary school's recommendation",
                "If the parents live apart: proof of custody or the other parent's consent",
            ],
            "steps": [
                "Wait for the town's letter with the enrolment dates",
                "Get to know the schools, for example at their open days",
                "Enrol your child in person at your preferred school during the enrolment period, bringing the documents",
                "Attend the school entry health check at the health authority",
                "Receive the admission letter from the school",
            ],
            "fee_note": "",
            "processing_time": (
                "Primary schools usually send out admission letters by the end of January, secondary schools "
                "in April."
            ),
            "deadlines": (
                "Enrolment at primary schools: usually in October and November of the previous year. "
                "Enrolment at secondary schools: end of February, after the mid-year report. The town "
                "publishes the exact dates each year in its official gazette."
            ),
            "legal_basis": [
                {"title": "Section 35 North Rhine-Westphalia Schools Act (SchulG) – start of compulsory schooling", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
                {"title": "Section 46 SchulG – admission to school, changing schools", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
            ],
            "notes": (
                "For children with special educational needs, the school authority for the Rheinauen "
                "district decides where they will be taught. Information on after-school care at open all-day "
                "primary schools (OGS) is available when you enrol at the primary school."
            ),
            "other_ways": (
                "Online enrolment is not possible because the school would like to meet your child at the "
                "enrolment interview. If you cannot attend in person, please contact the school directly."
            ),
            "faq": [
                {
                    "q": "Can I have my child's school start deferred?",
                    "a": (
                        "In North Rhine-Westphalia, deferral is only possible in exceptional cases for serious "
                        "health reasons. The head teacher decides on the basis of the school doctor's report."
                    ),
                },
                {
                    "q": "Does my child have to attend the nearest primary school?",
                    "a": (
                        "No. You can enrol your child at any primary school. However, your child is only "
                        "entitled to a place at the nearest school of the type you want. If there are more "
                        "applications than places, the school decides according to fixed criteria such as "
                        "distance from home and siblings at the school."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 7. Schülerfahrkarte
    # ------------------------------------------------------------------
    {
        "key": "schuelerfahrkarte",
        "offices": ["jugendamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "range", "min": "0.00", "max": "12.00"},
        "video": None,
        "de": {
            "title": "Schülerfahrkarte (Deutschlandticket Schule) beantragen",
            "official_name": "Übernahme von Schülerfahrkosten nach der Schülerfahrkostenverordnung NRW",
            "teaser": (
                "Ist der Schulweg länger als die gesetzliche Mindestentfernung, übernimmt die Stadt die "
                "Fahrkosten – Ihr Kind erhält ein Deutschlandticket Schule."
            ),
            "search_terms": (
                "Schülerticket, Schokoticket, Deutschlandticket Schule, Schulweg, Fahrkosten Schule, "
                "Busfahrkarte Schule, Schülerbeförderung, Schulbus, Eigenanteil, Fahrtkostenerstattung"
            ),
            "description": (
                "Schülerinnen und Schüler der städtischen Schulen in Lindenfeld haben Anspruch auf Übernahme "
                "der notwendigen Fahrkosten, wenn der kürzeste Fußweg zur nächstgelegenen Schule der "
                "gewählten Schulform in der Primarstufe mehr als 2 km, in der Sekundarstufe I mehr als 3,5 km "
                "und in der Sekundarstufe II mehr als 5 km beträgt. Unabhängig von der Entfernung besteht ein "
                "Anspruch, wenn der Schulweg besonders gefährlich ist oder ein Kind ihn wegen einer "
                "Behinderung nicht zu Fuß zurücklegen kann.\n\n"
                "Anspruchsberechtigte Kinder erhalten von der Stadt Lindenfeld ein Deutschlandticket Schule. "
                "Es gilt nicht nur auf dem Schulweg, sondern rund um die Uhr in Bussen und Bahnen des "
                "Nahverkehrs in ganz Deutschland. Die Eltern zahlen dafür einen monatlichen Eigenanteil.\n\n"
                "Kinder ohne Anspruch können das Deutschlandticket Schule als Selbstzahlende über ihre Schule "
                "zu einem um 20 EUR ermäßigten Monatspreis beziehen. Besucht Ihr Kind nicht die "
                "nächstgelegene Schule der gewählten Schulform, übernimmt die Stadt höchstens die Kosten, die "
                "für den Weg zur nächstgelegenen Schule entstehen würden."
            ),
            "requirements": (
                "Ihr Kind besucht eine Schule in Trägerschaft der Stadt Lindenfeld, und der Schulweg "
                "überschreitet die Mindestentfernung oder ist besonders gefährlich bzw. wegen einer "
                "Behinderung nicht zu Fuß zu bewältigen."
            ),
            "documents": [
                "Antrag auf Übernahme der Schülerfahrkosten (im Sekretariat der Schule erhältlich)",
                "Bestätigung des Schulbesuchs durch die Schule auf dem Antrag",
                "Bei gefährlichem Schulweg oder Behinderung: Begründung bzw. ärztliches Attest",
                "SEPA-Lastschriftmandat für den Eigenanteil",
            ],
            "steps": [
                "Antrag im Schulsekretariat erhalten und ausfüllen",
                "Die Schule bestätigt den Schulbesuch und leitet den Antrag an die Stadt weiter",
                "Die Stadt prüft die Entfernung anhand des kürzesten Fußwegs",
                "Das Ticket wird über die Schule bzw. das Verkehrsunternehmen ausgegeben",
            ],
            "fee_note": (
                "Eigenanteil für anspruchsberechtigte Kinder: 12,00 EUR im Monat für das erste Kind, "
                "6,00 EUR für das zweite Kind; ab dem dritten Kind entfällt er. Für Familien mit Bürgergeld, "
                "Sozialhilfe, Wohngeld oder Kinderzuschlag kann der Eigenanteil über das Bildungs- und "
                "Teilhabepaket übernommen werden."
            ),
            "processing_time": (
                "In der Regel 2 bis 4 Wochen. Bei Antragstellung bis zum 15. Juni liegt das Ticket zum "
                "Beginn des Schuljahres vor."
            ),
            "deadlines": (
                "Für das neue Schuljahr sollte der Antrag bis zum 15. Juni bei der Schule vorliegen. Spätere "
                "Anträge werden laufend bearbeitet; eine rückwirkende Erstattung ist nicht möglich. Bleiben "
                "Schule und Wohnung gleich, verlängert die Stadt die Bewilligung automatisch für das nächste "
                "Schuljahr."
            ),
            "legal_basis": [
                {"title": "§ 97 Schulgesetz NRW (SchulG) – Schülerfahrkosten", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
                {"title": "Schülerfahrkostenverordnung NRW (SchfkVO)", "url": "https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=6&vd_id=3742&vd_back=N420&sg=0&menu=1"},
            ],
            "notes": (
                "Für Berufskollegs und Förderschulen in Trägerschaft des Kreises Rheinauen sowie für private "
                "Ersatzschulen ist der jeweilige Schulträger zuständig. Bei einem Umzug oder Schulwechsel "
                "müssen Sie das Ticket zurückgeben bzw. neu beantragen."
            ),
            "other_ways": (
                "Sie können den Antrag auch direkt bei der städtischen Schulverwaltung im Jugendamt "
                "einreichen, per Post oder persönlich."
            ),
            "faq": [
                {
                    "q": "Wie wird die Entfernung gemessen?",
                    "a": (
                        "Maßgeblich ist der kürzeste zumutbare Fußweg zwischen der Haustür und dem "
                        "nächstgelegenen Eingang des Schulgrundstücks. Die Stadt ermittelt ihn mit einem "
                        "digitalen Routenplaner."
                    ),
                },
                {
                    "q": "Gibt es ein Ticket, wenn der Schulweg kürzer ist?",
                    "a": (
                        "Ja, als Selbstzahlende. Ihr Kind kann das Deutschlandticket Schule über die Schule zum "
                        "ermäßigten Preis bestellen. Alle Lindenfelder Schulen nehmen an diesem Landesmodell teil."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a school travel pass (Deutschlandticket Schule)",
            "official_name": "Payment of school travel costs under the North Rhine-Westphalia School Travel Costs Regulation",
            "teaser": (
                "If the journey to school is longer than the legal minimum distance, the town pays the travel "
                "costs – your child receives a Deutschlandticket Schule travel pass."
            ),
            "search_terms": (
                "school ticket, student bus pass, Schokoticket, Deutschlandticket Schule, way to school, school "
                "travel costs, school bus, pupil transport, parental contribution, travel cost refund"
            ),
            "description": (
                "Pupils at the town's schools in Lindenfeld are entitled to have their necessary travel costs "
                "paid if the shortest walking route to the nearest school of the chosen type is more than "
                "2 km at primary level, more than 3.5 km at lower secondary level and more than 5 km at upper "
                "secondary level. Regardless of distance, children are also entitled if the route is "
                "particularly dangerous or if they cannot walk it because of a disability.\n\n"
                "Eligible children receive a Deutschlandticket Schule from the Town of Lindenfeld. It is valid "
                "not only for the journey to school but around the clock on buses and local trains throughout "
                "Germany. Parents pay a monthly contribution towards it.\n\n"
                "Children who are not eligible can buy the Deutschlandticket Schule through their school at a "
                "monthly price reduced by EUR 20. If your child does not attend the nearest school of the "
                "chosen type, the town pays no more than the cost of travelling to the nearest school."
            ),
            "requirements": (
                "Your child attends a school run by the Town of Lindenfeld, and the journey to school exceeds "
                "the minimum distance, is particularly dangerous or cannot be walked because of a disability."
            ),
            "documents": [
                "Application for payment of school travel costs (available from the school office)",
                "Confirmation of attendance from the school on the application form",
                "For a dangerous route or a disability: explanation or medical certificate",
                "SEPA direct debit mandate for the parental contribution",
            ],
            "steps": [
                "Get the application form from the school office and fill it in",
                "The school confirms attendance and forwards the application to the town",
                "The town checks the distance based on the shortest walking route",
                "The pass is issued via the school or the transport company",
            ],
            "fee_note": (
                "Parental contribution for eligible children: EUR 12.00 a month for the first child and "
                "EUR 6.00 for the second; there is no charge from the third child onwards. For families "
                "receiving citizen's income, social assistance, housing benefit or the supplementary child "
                "allowance, the contribution can be covered by the education and participation package."
            ),
            "processing_time": (
                "Usually 2 to 4 weeks. If you apply by 15 June, the pass will be ready for the start of the "
                "school year."
            ),
            "deadlines": (
                "For the new school year, the application should reach the school by 15 June. Later "
                "applications are processed on an ongoing basis, but costs cannot be refunded retroactively. "
                "If the school and address stay the same, the town automatically renews the pass for the "
                "next school year."
            ),
            "legal_basis": [
                {"title": "Section 97 North Rhine-Westphalia Schools Act (SchulG) – school travel costs", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=223&bes_id=7345&aufgehoben=N&menu=1"},
                {"title": "North Rhine-Westphalia School Travel Costs Regulation (SchfkVO)", "url": "https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=6&vd_id=3742&vd_back=N420&sg=0&menu=1"},
            ],
            "notes": (
                "For vocational colleges and special schools run by the Rheinauen district, and for private "
                "schools, the organisation running the school is responsible. If you move house or change "
                "schools, you must return the pass or apply again."
            ),
            "other_ways": (
                "You can also submit the application directly to the town's school administration at the "
                "Youth Welfare Office, by post or in person."
            ),
            "faq": [
                {
                    "q": "How is the distance measured?",
                    "a": (
                        "What counts is the shortest reasonable walking route between your front door and the "
                        "nearest entrance to the school grounds. The town calculates it with a digital route "
                        "planner."
                    ),
                },
                {
                    "q": "Is there a pass if the journey to school is shorter?",
                    "a": (
                        "Yes, if you pay for it yourself. Your child can order the Deutschlandticket Schule at "
                        "the reduced price through the school. All schools in Lindenfeld take part in this "
                        "state scheme."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 8. Bildung und Teilhabe
    # ------------------------------------------------------------------
    {
        "key": "bildung-teilhabe",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Bildung und Teilhabe (BuT) beantragen",
            "official_name": "Leistungen für Bildung und Teilhabe für Kinder, Jugendliche und junge Erwachsene",
            "teaser": (
                "Zuschüsse für Schulbedarf, Klassenfahrten, Mittagessen, Nachhilfe und Vereinsbeiträge für "
                "Kinder aus Familien mit geringem Einkommen."
            ),
            "search_terms": (
                "BuT, Bildungspaket, Bildungs- und Teilhabepaket, Schulbedarf, Klassenfahrt bezahlen, "
                "Mittagessen Schule, Nachhilfe, Lernförderung, Sportverein Zuschuss, Musikschule Zuschuss, "
                "Schulstarterpaket"
            ),
            "description": (
                "Kinder, Jugendliche und junge Erwachsene unter 25 Jahren, deren Familien Bürgergeld, "
                "Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem "
                "Asylbewerberleistungsgesetz erhalten, haben Anspruch auf Leistungen für Bildung und "
                "Teilhabe. In Lindenfeld bearbeitet das Sozialamt die Anträge für alle Leistungsbereiche "
                "zentral.\n\n"
                "Übernommen werden die tatsächlichen Kosten für Ausflüge und mehrtägige Klassenfahrten von "
                "Schule und Kita, ein Zuschuss für den persönlichen Schulbedarf von 130 EUR zum "
                "Schuljahresbeginn und 65 EUR zum zweiten Schulhalbjahr, die Kosten der Schülerbeförderung, "
                "soweit sie nicht anderweitig gedeckt sind, eine angemessene Lernförderung sowie das "
                "gemeinschaftliche Mittagessen in Kita, Schule und Hort ohne Eigenanteil.\n\n"
                "Kinder und Jugendliche unter 18 Jahren erhalten außerdem 15 EUR im Monat für die Teilhabe "
                "am sozialen und kulturellen Leben, zum Beispiel für den Sportverein, die Musikschule oder "
                "eine Ferienfreizeit. Die meisten Leistungen werden direkt an Schule, Caterer, Verein oder "
                "Anbieter gezahlt; den Zuschuss zum Schulbedarf erhalten Familien mit Bürgergeld oder "
                "Sozialhilfe automatisch mit der laufenden Leistung."
            ),
            "requirements": (
                "Ihre Familie erhält Bürgergeld, Hilfe zum Lebensunterhalt, Grundsicherung, Wohngeld, "
                "Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz. Schulbezogene "
                "Leistungen gibt es bis zum 25. Geburtstag, solange eine allgemein- oder berufsbildende "
                "Schule besucht und keine Ausbildungsvergütung bezogen wird."
            ),
            "documents": [
                "Aktueller Leistungsbescheid (Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen)",
                "Für Ausflüge und Klassenfahrten: Bestätigung der Schule oder Kita über die Kosten",
                "Für Lernförderung: Bestätigung der Schule über den Förderbedarf",
                "Für Vereine und Kurse: Bescheinigung des Anbieters über den Beitrag",
                "Für das Mittagessen: Bestätigung der Schule, der Kita oder des Caterers",
            ],
            "steps": [
                "Antrag ausfüllen (ein Formular für alle Leistungen) und die gewünschten Leistungen ankreuzen",
                "Bescheinigungen von Schule, Kita oder Verein einholen",
                "Antrag mit Nachweisen beim Sozialamt einreichen",
                "Bewilligungsbescheid erhalten; die Zahlung geht in der Regel direkt an den Anbieter",
            ],
            "fee_note": "",
            "processing_time": "In der Regel 2 bis 3 Wochen.",
            "deadlines": (
                "Stellen Sie den Antrag möglichst früh, am besten bevor die Kosten entstehen – zum Beispiel "
                "vor der Anmeldung zur Klassenfahrt oder zum Verein."
            ),
            "legal_basis": [
                {"title": "§ 28 Zweites Buch Sozialgesetzbuch (SGB II) – Bedarfe für Bildung und Teilhabe", "url": "https://www.gesetze-im-internet.de/sgb_2/__28.html"},
                {"title": "§ 34 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Bedarfe für Bildung und Teilhabe", "url": "https://www.gesetze-im-internet.de/sgb_12/__34.html"},
                {"title": "§ 6b Bundeskindergeldgesetz (BKGG) – Leistungen für Bildung und Teilhabe", "url": "https://www.gesetze-im-internet.de/bkgg_1996/__6b.html"},
            ],
            "notes": (
                "Wer Bürgergeld bezieht, muss nur die Lernförderung gesondert beantragen; die übrigen "
                "Leistungen sind vom Bürgergeldantrag umfasst. Mit dem Stadtpass Lindenfeld erhalten Sie "
                "zusätzliche Ermäßigungen, etwa im Schwimmbad und in der Musikschule."
            ),
            "other_ways": (
                "Sie können den Antrag per Post, per E-Mail mit eingescannten Unterlagen oder nach "
                "Terminvereinbarung persönlich einreichen."
            ),
            "faq": [
                {
                    "q": "Wird Nachhilfe nur bezahlt, wenn die Versetzung gefährdet ist?",
                    "a": (
                        "Nein. Lernförderung wird bezahlt, wenn sie zusätzlich erforderlich ist, um die "
                        "wesentlichen Lernziele zu erreichen. Eine Versetzungsgefährdung ist keine Voraussetzung."
                    ),
                },
                {
                    "q": "Bekomme ich das Geld für den Sportverein ausgezahlt?",
                    "a": (
                        "In der Regel nicht. Die 15 EUR im Monat werden direkt an den Verein oder Anbieter "
                        "gezahlt. Sie können den Betrag auch ansparen, zum Beispiel für eine Ferienfreizeit "
                        "oder einen Jahresbeitrag."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for education and participation benefits (BuT)",
            "official_name": "Education and participation benefits for children, young people and young adults (Bildung und Teilhabe)",
            "teaser": (
                "Grants for school supplies, school trips, lunches, tutoring and club fees for children from "
                "low-income families."
            ),
            "search_terms": (
                "BuT, education package, education and participation package, school supplies, pay for school "
                "trip, school lunch, tutoring, extra lessons, sports club grant, music school grant, school "
                "starter allowance"
            ),
            "description": (
                "Children, young people and young adults under 25 whose families receive citizen's income "
                "(Bürgergeld), social assistance, housing benefit, the supplementary child allowance "
                "(Kinderzuschlag) or benefits under the Asylum Seekers' Benefits Act are entitled to education "
                "and participation benefits. In Lindenfeld, the Social Welfare Office (Sozialamt) handles "
                "applications for all types of benefit centrally.\n\n"
                "The benefits cover the actual costs of outings and residential trips organised by schools and "
                "day-care centres, a grant for personal school supplies of EUR 130 at the start of the school "
                "year and EUR 65 for the second half of the year, the cost of travel to school where it is not "
                "covered elsewhere, appropriate tutoring, and lunches provided at day-care centres, schools "
                "and after-school clubs with no contribution from you.\n\n"
                "Children and young people under 18 also receive EUR 15 a month for taking part in social and "
                "cultural life, for example for a sports club, music school or holiday camp. Most benefits are "
                "paid directly to the school, caterer, club or provider; families receiving citizen's income "
                "or social assistance receive the school supplies grant automatically with their regular "
                "benefit."
            ),
            "requirements": (
                "Your family receives citizen's income, subsistence assistance, basic income support, housing "
                "benefit, the supplementary child allowance or benefits under the Asylum Seekers' Benefits "
                "Act. School-related benefits are available until the age of 25 as long as the young person "
                "attends a general or vocational school and does not receive a training allowance."
            ),
            "documents": [
                "Current benefit notice (citizen's income, social assistance, housing benefit, supplementary child allowance or asylum seekers' benefits)",
                "For outings and school trips: confirmation of the costs from the school or day-care centre",
                "For tutoring: confirmation from the school that support is needed",
                "For clubs and courses: confirmation of the fee from the provider",
                "For lunches: confirmation from the school, day-care centre or caterer",
            ],
            "steps": [
                "Fill in the application (one form for all benefits) and tick the benefits you need",
                "Obtain confirmations from the school, day-care centre or club",
                "Submit the application with the supporting documents to the Social Welfare Office",
                "Receive the approval notice; payment is usually made directly to the provider",
            ],
            "fee_note": "",
            "processing_time": "Usually 2 to 3 weeks.",
            "deadlines": (
                "Apply as early as possible, ideally before the costs arise – for example before signing up "
                "for the school trip or joining the club."
            ),
            "legal_basis": [
                {"title": "Section 28 Social Code Book II (SGB II) – education and participation needs", "url": "https://www.gesetze-im-internet.de/sgb_2/__28.html"},
                {"title": "Section 34 Social Code Book XII (SGB XII) – education and participation needs", "url": "https://www.gesetze-im-internet.de/sgb_12/__34.html"},
                {"title": "Section 6b Federal Child Benefit Act (BKGG) – education and participation benefits", "url": "https://www.gesetze-im-internet.de/bkgg_1996/__6b.html"},
            ],
            "notes": (
                "If you receive citizen's income, you only need to apply separately for tutoring; the other "
                "benefits are covered by your citizen's income application. The Lindenfeld town pass "
                "(Stadtpass) gives you further discounts, for example at the swimming pool and the music school."
            ),
            "other_ways": (
                "You can submit the application by post, by email with scanned documents, or in person by "
                "appointment."
            ),
            "faq": [
                {
                    "q": "Is tutoring only paid for if my child is at risk of having to repeat a year?",
                    "a": (
                        "No. Tutoring is paid for if it is additionally needed to reach the essential learning "
                        "objectives. Being at risk of repeating a year is not a requirement."
                    ),
                },
                {
                    "q": "Will the money for the sports club be paid to me?",
                    "a": (
                        "Usually not. The EUR 15 a month is paid directly to the club or provider. You can "
                        "also save it up, for example for a holiday camp or an annual membership fee."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 9. Eheschließung anmelden
    # ------------------------------------------------------------------
    {
        "key": "eheschliessung-anmelden",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/standesamt",
        "fee": {"kind": "range", "min": "60.00", "max": "120.00"},
        "video": None,
        "de": {
            "title": "Eheschließung anmelden",
            "official_name": "Anmeldung der Eheschließung",
            "teaser": (
                "Bevor Sie heiraten, melden Sie die Eheschließung beim Standesamt Ihres Wohnsitzes an – "
                "frühestens sechs Monate vor dem Hochzeitstermin."
            ),
            "search_terms": (
                "Heiraten, Aufgebot, Hochzeit anmelden, standesamtliche Trauung, Ehefähigkeit, "
                "Ehefähigkeitszeugnis, Ehename, Doppelname, Unterlagen Hochzeit, Standesamt heiraten"
            ),
            "description": (
                "Wer heiraten möchte, muss die Eheschließung vorher beim Standesamt anmelden – früher sprach "
                "man vom Aufgebot. Zuständig ist das Standesamt, in dessen Bezirk einer von Ihnen mit Haupt- "
                "oder Nebenwohnsitz gemeldet ist. Wohnt mindestens einer von Ihnen in Lindenfeld, melden Sie "
                "die Eheschließung beim Standesamt Lindenfeld an.\n\n"
                "Das Standesamt prüft, ob der Ehe rechtliche Hindernisse entgegenstehen. Beide müssen "
                "volljährig sein und dürfen nicht bereits verheiratet sein. Nach der Anmeldung können Sie "
                "bei jedem Standesamt in Deutschland heiraten; die Ehe muss innerhalb von sechs Monaten nach "
                "Abschluss der Prüfung geschlossen werden.\n\n"
                "Bei der Anmeldung klären wir auch Ihre künftige Namensführung. Sie können den Geburtsnamen "
                "oder den aktuellen Familiennamen eines Partners als gemeinsamen Ehenamen wählen oder Ihre "
                "bisherigen Namen behalten. Seit dem 1. Mai 2025 ist auch ein aus beiden Namen gebildeter "
                "Doppelname als Ehename möglich."
            ),
            "requirements": (
                "Beide Verlobte sind mindestens 18 Jahre alt, nicht verheiratet und weder in gerader Linie "
                "miteinander verwandt noch Geschwister. Mindestens einer von Ihnen ist in Lindenfeld "
                "gemeldet. Grundsätzlich melden Sie die Eheschließung gemeinsam an; ist einer von Ihnen "
                "verhindert, genügt eine schriftliche Beitrittserklärung."
            ),
            "documents": [
                "Gültige Personalausweise oder Reisepässe",
                "Beglaubigte Ausdrucke aus dem Geburtenregister, nicht älter als sechs Monate (beim Standesamt des Geburtsorts erhältlich)",
                "Aufenthaltsbescheinigung bzw. erweiterte Meldebescheinigung, wenn Sie nicht in Lindenfeld gemeldet sind",
                "Bei früheren Ehen: Eheurkunde oder Ausdruck aus dem Eheregister sowie Nachweis der Auflösung (Scheidungsurteil mit Rechtskraftvermerk oder Sterbeurkunde)",
                "Bei gemeinsamen Kindern: Geburtsurkunden der Kinder",
                "Bei ausländischer Staatsangehörigkeit: Ehefähigkeitszeugnis und weitere Urkunden mit beglaubigter Übersetzung – bitte vorher beraten lassen",
            ],
            "steps": [
                "Termin zur Beratung bzw. Anmeldung beim Standesamt buchen",
                "Unterlagen nach der Checkliste des Standesamts zusammenstellen",
                "Gemeinsam zur Anmeldung kommen, Angaben zur Namensführung machen und die Gebühr bezahlen",
                "Das Standesamt prüft die Ehevoraussetzungen und bestätigt die Anmeldung",
                "Trautermin in Lindenfeld oder bei einem anderen Standesamt festlegen",
            ],
            "fee_note": (
                "60,00 EUR, wenn nur deutsches Recht anzuwenden ist; 120,00 EUR, wenn ausländisches Recht zu "
                "prüfen ist. Eheurkunden kosten 12,00 EUR je Urkunde, jede weitere im selben Arbeitsgang "
                "6,00 EUR. Für die Befreiung von der Beibringung eines Ehefähigkeitszeugnisses durch das "
                "Oberlandesgericht fallen zusätzlich 15 bis 305 EUR an."
            ),
            "processing_time": (
                "Ohne Auslandsbezug meist 1 bis 2 Wochen; mit ausländischen Urkunden oder Beteiligung des "
                "Oberlandesgerichts mehrere Wochen bis Monate."
            ),
            "deadlines": (
                "Die Anmeldung ist frühestens sechs Monate vor dem gewünschten Trautermin sinnvoll, denn die "
                "Ehe muss innerhalb von sechs Monaten nach Abschluss der Prüfung geschlossen werden. Bei "
                "Auslandsbezug sollten Sie sich deutlich früher beraten lassen."
            ),
            "legal_basis": [
                {"title": "§ 12 Personenstandsgesetz (PStG) – Anmeldung der Eheschließung", "url": "https://www.gesetze-im-internet.de/pstg/__12.html"},
                {"title": "§ 13 PStG – Prüfung der Ehevoraussetzungen", "url": "https://www.gesetze-im-internet.de/pstg/__13.html"},
                {"title": "§ 1310 Bürgerliches Gesetzbuch (BGB) – Zuständigkeit des Standesbeamten, Wirksamkeit der Ehe", "url": "https://www.gesetze-im-internet.de/bgb/__1310.html"},
                {"title": "§ 1355 BGB – Ehename", "url": "https://www.gesetze-im-internet.de/bgb/__1355.html"},
            ],
            "notes": (
                "Seit Oktober 2017 können auch gleichgeschlechtliche Paare die Ehe schließen; eine "
                "eingetragene Lebenspartnerschaft kann beim Standesamt in eine Ehe umgewandelt werden. Auf "
                "Wunsch fordern wir die Ausdrucke aus dem Geburtenregister bei deutschen Standesämtern direkt "
                "für Sie an."
            ),
            "other_ways": (
                "Ist einer der Verlobten verhindert, kann der andere die Ehe mit einer schriftlichen "
                "Beitrittserklärung allein anmelden. Den Vordruck erhalten Sie beim Standesamt."
            ),
            "faq": [
                {
                    "q": "Brauchen wir Trauzeugen?",
                    "a": (
                        "Nein, Trauzeugen sind nicht vorgeschrieben. Auf Wunsch können Sie einen oder zwei "
                        "Trauzeugen benennen; sie sollten volljährig sein und einen gültigen Ausweis mitbringen."
                    ),
                },
                {
                    "q": "Können wir in einer anderen Stadt heiraten?",
                    "a": (
                        "Ja. Nach der Anmeldung in Lindenfeld können Sie bei jedem Standesamt in Deutschland "
                        "heiraten. Wir schicken die Unterlagen dann an das Standesamt des Trauorts."
                    ),
                },
            ],
        },
        "en": {
            "title": "Giving notice of marriage",
            "official_name": "Notice of intended marriage (Anmeldung der Eheschließung)",
            "teaser": (
                "Before you marry, you give notice of marriage at the register office where you live – no "
                "earlier than six months before the wedding date."
            ),
            "search_terms": (
                "getting married, marriage notice, banns, civil wedding, register office wedding, capacity to "
                "marry, certificate of no impediment, married name, double-barrelled name, wedding documents"
            ),
            "description": (
                "If you want to get married, you must first give notice of marriage at a register office "
                "(Standesamt) – this used to be called the banns (Aufgebot). The responsible register office "
                "is the one in whose area one of you is registered with a main or secondary residence. If at "
                "least one of you lives in Lindenfeld, you give notice at the Lindenfeld Register Office.\n\n"
                "The Register Office checks whether there are any legal impediments to the marriage. You must "
                "both be of age and must not already be married. Once notice has been given, you can marry at "
                "any register office in Germany; the marriage must take place within six months of the check "
                "being completed.\n\n"
                "When you give notice, we also clarify your future surnames. You can choose the birth name or "
                "current surname of one partner as your shared married name or keep your existing names. Since "
                "1 May 2025, a double-barrelled name made up of both names is also possible as a married name."
            ),
            "requirements": (
                "Both partners are at least 18 years old, not married, and neither directly related nor "
                "siblings. At least one of you is registered as living in Lindenfeld. In principle you give "
                "notice together; if one of you cannot attend, a written declaration of consent (Beitrittserklärung) "
                "is sufficient."
            ),
            "documents": [
                "Valid identity cards or passports",
                "Certified extracts from the register of births, not older than six months (available from the register office of the place of birth)",
                "Certificate of residence or extended registration certificate if you are not registered in Lindenfeld",
                "If previously married: marriage certificate or extract from the register of marriages and proof that the marriage ended (divorce decree marked as final or death certificate)",
                "If you have children together: the children's birth certificates",
                "For foreign nationals: certificate of no impediment and further documents with certified translations – please seek advice first",
            ],
            "steps": [
                "Book an appointment at the Register Office for advice or to give notice",
                "Gather the documents using the Register Office's checklist",
                "Attend together to give notice, state your choice of names and pay the fee",
                "The Register Office checks the requirements for marriage and confirms the notice",
                "Set the wedding date in Lindenfeld or at another register office",
            ],
            "fee_note": (
                "EUR 60.00 if only German law applies; EUR 120.00 if foreign law has to be examined. Marriage "
                "certificates cost EUR 12.00 each, and each additional copy issued at the same time costs "
                "EUR 6.00. An exemption from the requirement to produce a certificate of no impediment, granted "
                "by the Higher Regional Court, costs an additional EUR 15 to EUR 305."
            ),
            "processing_time": (
                "Usually 1 to 2 weeks if there is no foreign element; several weeks to months if foreign "
                "documents are involved or the Higher Regional Court has to be consulted."
            ),
            "deadlines": (
                "It makes sense to give notice no earlier than six months before the planned wedding date, as "
                "the marriage must take place within six months of the check being completed. If a foreign "
                "element is involved, you should seek advice much earlier."
            ),
            "legal_basis": [
                {"title": "Section 12 Civil Status Act (PStG) – notice of marriage", "url": "https://www.gesetze-im-internet.de/pstg/__12.html"},
                {"title": "Section 13 PStG – examination of the requirements for marriage", "url": "https://www.gesetze-im-internet.de/pstg/__13.html"},
                {"title": "Section 1310 German Civil Code (BGB) – competence of the registrar, validity of the marriage", "url": "https://www.gesetze-im-internet.de/bgb/__1310.html"},
                {"title": "Section 1355 BGB – married name", "url": "https://www.gesetze-im-internet.de/bgb/__1355.html"},
            ],
            "notes": (
                "Since October 2017, same-sex couples can also marry; a registered civil partnership can be "
                "converted into a marriage at the Register Office. If you wish, we can request the extracts "
                "from the register of births directly from German register offices on your behalf."
            ),
            "other_ways": (
                "If one partner cannot attend, the other can give notice alone with a written declaration of "
                "consent. The form is available from the Register Office."
            ),
            "faq": [
                {
                    "q": "Do we need witnesses?",
                    "a": (
                        "No, witnesses are not required. If you wish, you can have one or two witnesses; they "
                        "should be of age and bring valid ID."
                    ),
                },
                {
                    "q": "Can we get married in another town?",
                    "a": (
                        "Yes. After giving notice in Lindenfeld, you can marry at any register office in "
                        "Germany. We then send the documents to the register office where the wedding will "
                        "take place."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 10. Trautermin buchen
    # ------------------------------------------------------------------
    {
        "key": "trauung-buchen",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/trauung",
        "appointment_url": None,
        "fee": {"kind": "range", "min": "0.00", "max": "250.00"},
        "video": None,
        "de": {
            "title": "Trautermin reservieren",
            "official_name": "Reservierung eines Termins zur Eheschließung",
            "teaser": (
                "Reservieren Sie Ihren Wunschtermin für die standesamtliche Trauung im Trauzimmer des "
                "Alten Rathauses oder an einem der besonderen Trauorte in Lindenfeld."
            ),
            "search_terms": (
                "Trautermin, Hochzeitstermin, Standesamt Termin, Trauzimmer, Trauort, Heiraten im Schloss, "
                "Hochzeit Samstag, Hochzeitslocation, Ja-Wort, Trauung außerhalb"
            ),
            "description": (
                "Ihren Trautermin beim Standesamt Lindenfeld können Sie bis zu zwölf Monate im Voraus online "
                "reservieren – auch wenn Sie die Eheschließung noch nicht angemeldet haben. Die Reservierung "
                "wird verbindlich, sobald die Anmeldung der Eheschließung abgeschlossen ist.\n\n"
                "Zur Wahl stehen das Trauzimmer im Alten Rathaus von 1612 (bis 30 Gäste), die Orangerie im "
                "Stadtpark (bis 60 Gäste) und der Rittersaal von Haus Lindenhof (bis 80 Gäste). Trauungen "
                "finden montags bis freitags während der Öffnungszeiten des Standesamts statt, außerdem an "
                "ausgewählten Samstagen von April bis Oktober.\n\n"
                "Eine standesamtliche Trauung dauert etwa 20 bis 30 Minuten. Sie können die Zeremonie mit "
                "Musik und persönlichen Worten gestalten; besprechen Sie Ihre Wünsche einfach im Vorgespräch "
                "mit der Standesbeamtin oder dem Standesbeamten."
            ),
            "requirements": (
                "Ein verbindlicher Trautermin setzt eine abgeschlossene Anmeldung der Eheschließung voraus. "
                "Haben Sie die Eheschließung bei einem anderen Standesamt angemeldet, schickt dieses die "
                "Unterlagen an das Standesamt Lindenfeld."
            ),
            "documents": [
                "Bestätigung der Online-Reservierung",
                "Gültige Personalausweise oder Reisepässe der Eheschließenden und der Trauzeugen",
                "Bestätigung über die abgeschlossene Anmeldung, falls Sie bei einem anderen Standesamt angemeldet haben",
            ],
            "steps": [
                "Wunschtermin und Trauort im Online-Kalender auswählen und reservieren",
                "Eheschließung spätestens vier Wochen vor dem Termin anmelden",
                "Zuschlag für Samstagstermine oder besondere Trauorte überweisen",
                "Vorgespräch mit der Standesbeamtin oder dem Standesbeamten führen",
                "Mit Ausweisen pünktlich zur Trauung erscheinen",
            ],
            "fee_note": (
                "Trauungen im Trauzimmer während der Öffnungszeiten sind mit der Gebühr für die Anmeldung "
                "abgegolten. Zuschläge: 100,00 EUR für Trauungen außerhalb der Öffnungszeiten, zum Beispiel "
                "samstags; 150,00 EUR für Trauungen an einem besonderen Trauort; beides zusammen 250,00 EUR. "
                "Für die Orangerie und Haus Lindenhof kommt eine Raummiete des Betreibers hinzu."
            ),
            "processing_time": "Die Online-Reservierung wird sofort bestätigt.",
            "deadlines": (
                "Reservierungen sind bis zu zwölf Monate im Voraus möglich. Die Anmeldung der Eheschließung "
                "muss spätestens vier Wochen vor dem Trautermin abgeschlossen sein, sonst verfällt die "
                "Reservierung."
            ),
            "legal_basis": [
                {"title": "§ 11 Personenstandsgesetz (PStG) – Zuständigkeit", "url": "https://www.gesetze-im-internet.de/pstg/__11.html"},
                {"title": "§ 14 PStG – Eheschließung", "url": "https://www.gesetze-im-internet.de/pstg/__14.html"},
                {"title": "§ 1312 Bürgerliches Gesetzbuch (BGB) – Trauung", "url": "https://www.gesetze-im-internet.de/bgb/__1312.html"},
            ],
            "notes": (
                "Fotografieren ist während der Trauung erlaubt, solange der Ablauf nicht gestört wird. "
                "Konfetti, Reis und Blütenblätter sind im Alten Rathaus nicht gestattet."
            ),
            "other_ways": "Sie können einen Trautermin auch telefonisch oder persönlich beim Standesamt reservieren.",
            "faq": [
                {
                    "q": "Können wir an einem besonderen Datum heiraten?",
                    "a": (
                        "Ja, sofern an diesem Tag Trauungen stattfinden. Beliebte Daten sind schnell "
                        "ausgebucht; reservieren Sie am besten direkt, wenn der Kalender zwölf Monate vorher "
                        "freigeschaltet wird."
                    ),
                },
                {
                    "q": "Was passiert, wenn wir absagen müssen?",
                    "a": (
                        "Stornieren Sie den Termin bitte so früh wie möglich online oder telefonisch. Bereits "
                        "gezahlte Zuschläge werden erstattet, wenn Sie spätestens vier Wochen vorher absagen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Booking a wedding date",
            "official_name": "Reservation of a date for a civil marriage ceremony",
            "teaser": (
                "Reserve your preferred date for a civil wedding in the wedding room of the Old Town Hall or at one of "
                "Lindenfeld's special wedding venues."
            ),
            "search_terms": (
                "wedding date, book wedding, register office appointment, wedding room, wedding venue, "
                "castle wedding, Saturday wedding, civil ceremony, say I do, wedding outside the register office"
            ),
            "description": (
                "You can reserve your wedding date at the Lindenfeld Register Office online up to twelve "
                "months in advance – even if you have not yet given notice of marriage. The reservation "
                "becomes binding once the notice of marriage has been completed.\n\n"
                "You can choose between the wedding room in the Old Town Hall, built in 1612 (up to 30 guests), the "
                "Orangery in the town park (up to 60 guests) and the Knights' Hall at Haus Lindenhof (up to 80 "
                "guests). Weddings take place Monday to Friday during the Register Office's opening hours and "
                "on selected Saturdays from April to October.\n\n"
                "A civil wedding ceremony takes about 20 to 30 minutes. You can personalise it with music and "
                "your own words; simply discuss your wishes with the registrar at the preliminary meeting."
            ),
            "requirements": (
                "A binding wedding date requires a completed notice of marriage. If you gave notice at another "
                "register office, that office will send the documents to the Lindenfeld Register Office."
            ),
            "documents": [
                "Confirmation of your online reservation",
                "Valid identity cards or passports of the couple and the witnesses",
                "Confirmation that notice of marriage has been completed, if you gave notice at another register office",
            ],
            "steps": [
                "Choose and reserve your preferred date and venue in the online calendar",
                "Give notice of marriage no later than four weeks before the date",
                "Pay the surcharge for Saturday weddings or special venues",
                "Have a preliminary meeting with the registrar",
                "Arrive on time for the ceremony with your ID",
            ],
            "fee_note": (
                "Weddings in the wedding room during opening hours are covered by the fee for giving notice. "
                "Surcharges: EUR 100.00 for weddings outside opening hours, for example on Saturdays; "
                "EUR 150.00 for weddings at a special venue; EUR 250.00 for both. The Orangery and Haus "
                "Lindenhof also charge a venue hire fee."
            ),
            "processing_time": "Online reservations are confirmed immediately.",
            "deadlines": (
                "Reservations can be made up to twelve months in advance. Notice of marriage must be completed "
                "no later than four weeks before the wedding date, otherwise the reservation lapses."
            ),
            "legal_basis": [
                {"title": "Section 11 Civil Status Act (PStG) – competent register office", "url": "https://www.gesetze-im-internet.de/pstg/__11.html"},
                {"title": "Section 14 PStG – conclusion of marriage", "url": "https://www.gesetze-im-internet.de/pstg/__14.html"},
                {"title": "Section 1312 German Civil Code (BGB) – marriage ceremony", "url": "https://www.gesetze-im-internet.de/bgb/__1312.html"},
            ],
            "notes": (
                "Photography is allowed during the ceremony as long as it does not disrupt proceedings. "
                "Confetti, rice and petals are not permitted inside the Old Town Hall."
            ),
            "other_ways": "You can also reserve a wedding date by phone or in person at the Register Office.",
            "faq": [
                {
                    "q": "Can we get married on a special date?",
                    "a": (
                        "Yes, provided weddings are held on that day. Popular dates book up quickly, so it is "
                        "best to reserve as soon as the calendar opens twelve months in advance."
                    ),
                },
                {
                    "q": "What happens if we have to cancel?",
                    "a": (
                        "Please cancel the date online or by phone as early as possible. Any surcharges already "
                        "paid are refunded if you cancel at least four weeks in advance."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 11. Eheurkunde
    # ------------------------------------------------------------------
    {
        "key": "eheurkunde",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/urkunden",
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "12.00"},
        "video": None,
        "de": {
            "title": "Eheurkunde beantragen",
            "official_name": "Ausstellung einer Eheurkunde oder eines beglaubigten Registerausdrucks aus dem Eheregister",
            "teaser": (
                "Eheurkunden erhalten Sie beim Standesamt des Ortes, an dem Sie geheiratet haben – für Ehen in "
                "Lindenfeld auch online."
            ),
            "search_terms": (
                "Heiratsurkunde, Eheurkunde, Trauschein, Heiratsnachweis, Eheregister, internationale "
                "Eheurkunde, mehrsprachige Urkunde, Urkunde bestellen, beglaubigter Registerausdruck"
            ),
            "description": (
                "Eine Eheurkunde brauchen Sie zum Beispiel für die Rente, für Behörden im Ausland, für die "
                "Namensänderung bei Banken und Versicherungen oder für die Anmeldung einer späteren "
                "Eheschließung. Ausgestellt wird sie vom Standesamt, das die Ehe beurkundet hat. Für Ehen, die "
                "in Lindenfeld geschlossen wurden, ist das Standesamt Lindenfeld zuständig.\n\n"
                "Neben der Eheurkunde gibt es den beglaubigten Ausdruck aus dem Eheregister. Er enthält "
                "zusätzlich Hinweise auf spätere Änderungen, etwa eine Scheidung oder Namensänderung, und wird "
                "häufig für eine erneute Heirat verlangt. Für die Verwendung im Ausland erhalten Sie eine "
                "Urkunde mit mehrsprachigem Formular nach EU-Recht oder eine internationale Urkunde.\n\n"
                "Eheregister werden 80 Jahre beim Standesamt fortgeführt und danach an das Stadtarchiv "
                "abgegeben. Für ältere Ehen wenden Sie sich bitte an das Stadtarchiv Lindenfeld."
            ),
            "requirements": (
                "Urkunden erhalten die Ehegatten selbst sowie deren Vorfahren und Abkömmlinge, also etwa "
                "Eltern, Kinder und Enkel. Andere Personen – zum Beispiel Geschwister – müssen ein rechtliches "
                "Interesse glaubhaft machen. Bevollmächtigte benötigen eine schriftliche Vollmacht."
            ),
            "documents": [
                "Angaben zur Ehe: Namen der Ehegatten, Datum und Ort der Eheschließung",
                "Personalausweis oder Reisepass",
                "Bei Beantragung für andere Personen: schriftliche Vollmacht und Ausweiskopie der vollmachtgebenden Person",
                "Gegebenenfalls Nachweis des rechtlichen Interesses",
            ],
            "steps": [
                "Urkunde online, schriftlich oder persönlich beim Standesamt beantragen",
                "Art und Anzahl der gewünschten Urkunden angeben",
                "Gebühr online oder per Überweisung bezahlen",
                "Urkunde per Post erhalten oder im Standesamt abholen",
            ],
            "fee_note": (
                "12,00 EUR je Urkunde oder Registerausdruck; jede weitere gleiche Urkunde im selben "
                "Arbeitsgang 6,00 EUR. Urkunden für Zwecke der Rentenversicherung sind gebührenfrei."
            ),
            "processing_time": (
                "Bei Online-Bestellung in der Regel 3 bis 5 Werktage zuzüglich Postlaufzeit; bei "
                "persönlicher Vorsprache meist sofort."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "§ 55 Personenstandsgesetz (PStG) – Personenstandsurkunden", "url": "https://www.gesetze-im-internet.de/pstg/__55.html"},
                {"title": "§ 62 PStG – Urkundenerteilung, Auskunft, Einsicht", "url": "https://www.gesetze-im-internet.de/pstg/__62.html"},
                {"title": "Verordnung (EU) 2016/1191 – Vereinfachung der Vorlage öffentlicher Urkunden, mehrsprachige Formulare", "url": "https://eur-lex.europa.eu/eli/reg/2016/1191/oj"},
            ],
            "notes": (
                "Das Stammbuch ist keine amtliche Urkunde; Kopien daraus werden von Behörden in der Regel "
                "nicht anerkannt. Wurde die Ehe außerhalb von Lindenfeld geschlossen, wenden Sie sich an das "
                "dortige Standesamt."
            ),
            "other_ways": (
                "Sie können die Urkunde auch formlos per Brief oder E-Mail mit Ausweiskopie beantragen oder "
                "persönlich im Standesamt abholen."
            ),
            "faq": [
                {
                    "q": "Wir haben im Ausland geheiratet – wo bekommen wir eine deutsche Eheurkunde?",
                    "a": (
                        "Ist mindestens einer von Ihnen Deutsche oder Deutscher, kann eine im Ausland "
                        "geschlossene Ehe auf Antrag im deutschen Eheregister nachbeurkundet werden. "
                        "Zuständig ist das Standesamt Ihres Wohnsitzes. Danach erhalten Sie dort deutsche "
                        "Eheurkunden."
                    ),
                },
                {
                    "q": "Brauche ich für das Ausland eine Apostille?",
                    "a": (
                        "Das hängt vom Zielstaat ab. Innerhalb der EU genügt meist die Urkunde mit "
                        "mehrsprachigem Formular. Für andere Staaten stellt die zuständige Bezirksregierung auf "
                        "Antrag eine Apostille aus."
                    ),
                },
            ],
        },
        "en": {
            "title": "Ordering a marriage certificate",
            "official_name": "Issue of a marriage certificate or certified extract from the register of marriages",
            "teaser": (
                "Marriage certificates are issued by the register office of the place where you married – for "
                "marriages in Lindenfeld you can also order online."
            ),
            "search_terms": (
                "marriage certificate, wedding certificate, proof of marriage, Heiratsurkunde, register of "
                "marriages, international marriage certificate, multilingual certificate, order certificate, "
                "certified register extract"
            ),
            "description": (
                "You may need a marriage certificate for your pension, for authorities abroad, to change your "
                "name with banks and insurers, or to give notice of a later marriage. It is issued by the "
                "register office that registered the marriage. For marriages that took place in Lindenfeld, "
                "the Lindenfeld Register Office is responsible.\n\n"
                "As well as the marriage certificate, there is the certified extract from the register of "
                "marriages. It also shows later changes, such as a divorce or change of name, and is often "
                "required if you wish to remarry. For use abroad, you can obtain a certificate with a "
                "multilingual standard form under EU law or an international certificate.\n\n"
                "Registers of marriages are kept at the Register Office for 80 years and then passed to the "
                "town archive. For older marriages, please contact the Lindenfeld town archive."
            ),
            "requirements": (
                "Certificates are issued to the spouses themselves and to their ancestors and descendants, "
                "such as parents, children and grandchildren. Other people – siblings, for example – must show "
                "a legal interest. Authorised representatives need a written power of attorney."
            ),
            "documents": [
                "Details of the marriage: names of the spouses, date and place of the wedding",
                "Identity card or passport",
                "If applying for someone else: written power of attorney and a copy of that person's ID",
                "If applicable, proof of legal interest",
            ],
            "steps": [
                "Apply for the certificate online, in writing or in person at the Register Office",
                "State the type and number of certificates required",
                "Pay the fee online or by bank transfer",
                "Receive the certificate by post or collect it from the Register Office",
            ],
            "fee_note": (
                "EUR 12.00 per certificate or register extract; each additional identical certificate issued at "
                "the same time costs EUR 6.00. Certificates for pension insurance purposes are free of charge."
            ),
            "processing_time": (
                "If ordered online, usually 3 to 5 working days plus postal delivery; if you apply in person, "
                "usually immediately."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "Section 55 Civil Status Act (PStG) – civil status certificates", "url": "https://www.gesetze-im-internet.de/pstg/__55.html"},
                {"title": "Section 62 PStG – issue of certificates, information, inspection", "url": "https://www.gesetze-im-internet.de/pstg/__62.html"},
                {"title": "Regulation (EU) 2016/1191 – simplifying the presentation of public documents, multilingual standard forms", "url": "https://eur-lex.europa.eu/eli/reg/2016/1191/oj"},
            ],
            "notes": (
                "The family register book (Stammbuch) is not an official certificate; authorities generally do "
                "not accept copies from it. If you married outside Lindenfeld, please contact the register "
                "office there."
            ),
            "other_ways": (
                "You can also apply informally by letter or email with a copy of your ID, or collect the "
                "certificate in person at the Register Office."
            ),
            "faq": [
                {
                    "q": "We married abroad – where can we get a German marriage certificate?",
                    "a": (
                        "If at least one of you is a German national, a marriage concluded abroad can be "
                        "entered in the German register of marriages on application. The register office where you live is responsible; you can then obtain "
                        "German marriage certificates there."
                    ),
                },
                {
                    "q": "Do I need an apostille for use abroad?",
                    "a": (
                        "That depends on the country. Within the EU, a certificate with a multilingual standard "
                        "form is usually enough. For other countries, the competent regional government "
                        "(Bezirksregierung) issues an apostille on request."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 12. Sterbefall beurkunden
    # ------------------------------------------------------------------
    {
        "key": "sterbefall-beurkunden",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/standesamt",
        "fee": {"kind": "fixed", "amount": "12.00"},
        "video": None,
        "de": {
            "title": "Sterbefall anzeigen und beurkunden",
            "official_name": "Beurkundung eines Sterbefalls",
            "teaser": (
                "Ein Todesfall in Lindenfeld muss spätestens am dritten Werktag beim Standesamt angezeigt "
                "werden – meist übernimmt das ein Bestattungsunternehmen."
            ),
            "search_terms": (
                "Todesfall, Sterbefall melden, Tod melden, Sterbeurkunde, Todesbescheinigung, Totenschein, "
                "Bestatter, Angehöriger verstorben, Beerdigung, Beisetzung"
            ),
            "description": (
                "Stirbt ein Mensch in Lindenfeld, wird der Tod beim Standesamt Lindenfeld beurkundet – "
                "maßgeblich ist der Sterbeort, nicht der Wohnort. Die Anzeige übernimmt in aller Regel das "
                "beauftragte Bestattungsunternehmen oder, bei einem Tod im Krankenhaus oder Pflegeheim, die "
                "Einrichtung. Angehörige müssen dann nur die Unterlagen zur Verfügung stellen.\n\n"
                "Grundlage ist die Todesbescheinigung, die eine Ärztin oder ein Arzt nach der Leichenschau "
                "ausstellt. Das Standesamt trägt den Sterbefall in das Sterberegister ein und stellt die "
                "Sterbeurkunden aus. Es informiert außerdem die Meldebehörde und das Zentrale "
                "Testamentsregister, das gegebenenfalls das Nachlassgericht benachrichtigt.\n\n"
                "Nach dem Bestattungsgesetz NRW müssen Erdbestattungen und Einäscherungen innerhalb von zehn "
                "Tagen erfolgen; die Urne ist innerhalb von sechs Wochen beizusetzen. Eine Erdbestattung ist "
                "frühestens 24 Stunden nach dem Tod erlaubt. Zur Bestattung verpflichtet sind in dieser "
                "Reihenfolge Ehegatten, Lebenspartner, volljährige Kinder, Eltern, volljährige Geschwister, "
                "Großeltern und volljährige Enkelkinder."
            ),
            "requirements": (
                "Der Tod ist in Lindenfeld eingetreten. Zur Anzeige verpflichtet ist die Einrichtung, in der "
                "die Person gestorben ist, sonst jede Person, die mit ihr zusammengelebt hat oder beim Tod "
                "anwesend war. Ein Bestattungsunternehmen kann mit der Anzeige beauftragt werden."
            ),
            "documents": [
                "Todesbescheinigung (vertraulicher und nicht vertraulicher Teil) der Ärztin oder des Arztes",
                "Personalausweis oder Reisepass der verstorbenen Person",
                "Bei Ledigen: Geburtsurkunde oder beglaubigter Ausdruck aus dem Geburtenregister",
                "Bei Verheirateten: Eheurkunde oder Ausdruck aus dem Eheregister",
                "Bei Geschiedenen: zusätzlich Scheidungsurteil mit Rechtskraftvermerk",
                "Bei Verwitweten: zusätzlich Sterbeurkunde des verstorbenen Ehegatten",
            ],
            "steps": [
                "Ärztin oder Arzt zur Leichenschau rufen und Todesbescheinigung ausstellen lassen",
                "Bestattungsunternehmen beauftragen, das in der Regel die Anzeige übernimmt",
                "Unterlagen der verstorbenen Person an das Bestattungsunternehmen oder das Standesamt übergeben",
                "Das Standesamt beurkundet den Sterbefall und stellt die Sterbeurkunden aus",
                "Sterbeurkunden an Rentenversicherung, Krankenkasse, Versicherungen und Banken schicken",
            ],
            "fee_note": (
                "Die Beurkundung ist gebührenfrei. Jede Sterbeurkunde kostet 12,00 EUR, jede weitere im "
                "selben Arbeitsgang 6,00 EUR. Sterbeurkunden für die Rentenversicherung und andere "
                "Sozialleistungsträger sind kostenlos."
            ),
            "processing_time": (
                "In der Regel 2 bis 3 Werktage nach Eingang aller Unterlagen. Fehlen Unterlagen, stellt das "
                "Standesamt eine Bescheinigung über die Anzeige aus, damit sich die Bestattung nicht verzögert."
            ),
            "deadlines": "Der Sterbefall muss spätestens am dritten auf den Tod folgenden Werktag beim Standesamt angezeigt werden (§ 28 PStG).",
            "legal_basis": [
                {"title": "§ 28 Personenstandsgesetz (PStG) – Anzeige des Sterbefalls", "url": "https://www.gesetze-im-internet.de/pstg/__28.html"},
                {"title": "§ 29 PStG – Anzeige durch Personen", "url": "https://www.gesetze-im-internet.de/pstg/__29.html"},
                {"title": "§§ 8 und 13 Bestattungsgesetz NRW (BestG NRW) – Bestattungspflicht und Bestattungsfristen", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
            ],
            "notes": (
                "Stirbt ein Mensch zu Hause, rufen Sie zuerst die Hausärztin oder den Hausarzt bzw. außerhalb "
                "der Sprechzeiten den ärztlichen Bereitschaftsdienst unter 116 117. Können die "
                "Bestattungspflichtigen die Kosten nicht tragen, kann das Sozialamt die erforderlichen Kosten "
                "übernehmen (§ 74 SGB XII)."
            ),
            "other_ways": "Angehörige können den Sterbefall auch selbst nach Terminvereinbarung im Standesamt anzeigen.",
            "faq": [
                {
                    "q": "Wer erhält die Sterbeurkunden?",
                    "a": (
                        "Die Urkunden erhält, wer den Sterbefall angezeigt hat – meist das "
                        "Bestattungsunternehmen, das sie an die Angehörigen weitergibt. Weitere Urkunden können "
                        "Angehörige jederzeit beim Standesamt nachbestellen."
                    ),
                },
                {
                    "q": "Was passiert, wenn es keine Angehörigen gibt?",
                    "a": (
                        "Dann veranlasst die örtliche Ordnungsbehörde die Bestattung. Die Kosten können später "
                        "von bestattungspflichtigen Angehörigen oder Erben zurückgefordert werden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Reporting and registering a death",
            "official_name": "Registration of a death (Beurkundung eines Sterbefalls)",
            "teaser": (
                "A death in Lindenfeld must be reported to the Register Office by the third working day at the "
                "latest – this is usually done by a funeral director."
            ),
            "search_terms": (
                "death, report a death, register a death, death certificate, medical certificate of death, "
                "Totenschein, funeral director, undertaker, relative died, funeral, burial"
            ),
            "description": (
                "If someone dies in Lindenfeld, the death is registered at the Lindenfeld Register Office – "
                "what counts is the place of death, not the place of residence. The death is almost always "
                "reported by the funeral director you have engaged or, if the person died in hospital or a "
                "care home, by that institution. Relatives then only need to provide the documents.\n\n"
                "The registration is based on the medical certificate of death issued by a doctor after "
                "examining the body. The Register Office enters the death in the register of deaths and "
                "issues the death certificates. It also informs the residents' registration authority and "
                "the Central Register of Wills, which notifies the probate court where necessary.\n\n"
                "Under the North Rhine-Westphalia Burial Act, burials and cremations must take place within "
                "ten days, and the urn must be interred within six weeks. A burial is permitted no earlier than "
                "24 hours after death. The people responsible for arranging the funeral are, in this order: "
                "spouse, registered civil partner, adult children, parents, adult siblings, grandparents and "
                "adult grandchildren."
            ),
            "requirements": (
                "The death occurred in Lindenfeld. The institution where the person died is obliged to report "
                "the death; otherwise anyone who lived with the person or was present at the death must do so. "
                "A funeral director can be instructed to report the death."
            ),
            "documents": [
                "Medical certificate of death (confidential and non-confidential parts) issued by the doctor",
                "Identity card or passport of the deceased",
                "If single: birth certificate or certified extract from the register of births",
                "If married: marriage certificate or extract from the register of marriages",
                "If divorced: also the divorce decree marked as final",
                "If widowed: also the death certificate of the late spouse",
            ],
            "steps": [
                "Call a doctor to examine the body and issue the medical certificate of death",
                "Engage a funeral director, who will usually report the death",
                "Hand over the deceased's documents to the funeral director or the Register Office",
                "The Register Office registers the death and issues the death certificates",
                "Send death certificates to the pension insurance, health insurance fund, insurers and banks",
            ],
            "fee_note": (
                "Registration is free of charge. Each death certificate costs EUR 12.00, and each additional "
                "copy issued at the same time costs EUR 6.00. Death certificates for the pension insurance and "
                "other social security bodies are free."
            ),
            "processing_time": (
                "Usually 2 to 3 working days after all documents have been received. If documents are missing, "
                "the Register Office issues a certificate confirming that the death has been reported, so that "
                "the funeral is not delayed."
            ),
            "deadlines": "The death must be reported to the Register Office no later than the third working day after the death (section 28 PStG).",
            "legal_basis": [
                {"title": "Section 28 Civil Status Act (PStG) – reporting a death", "url": "https://www.gesetze-im-internet.de/pstg/__28.html"},
                {"title": "Section 29 PStG – reporting by individuals", "url": "https://www.gesetze-im-internet.de/pstg/__29.html"},
                {"title": "Sections 8 and 13 North Rhine-Westphalia Burial Act (BestG NRW) – duty to arrange burial and time limits", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
            ],
            "notes": (
                "If someone dies at home, first call their GP or, outside surgery hours, the out-of-hours "
                "medical service on 116 117. If the people responsible for the funeral cannot afford it, the "
                "Social Welfare Office can cover the necessary costs (section 74 SGB XII)."
            ),
            "other_ways": "Relatives can also report the death themselves at the Register Office by appointment.",
            "faq": [
                {
                    "q": "Who receives the death certificates?",
                    "a": (
                        "The certificates go to whoever reported the death – usually the funeral director, who "
                        "passes them on to the relatives. Relatives can order further certificates from the "
                        "Register Office at any time."
                    ),
                },
                {
                    "q": "What happens if there are no relatives?",
                    "a": (
                        "In that case, the local public order authority arranges the funeral. The costs can "
                        "later be reclaimed from relatives who were obliged to arrange the funeral or from the heirs."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 13. Sterbeurkunde
    # ------------------------------------------------------------------
    {
        "key": "sterbeurkunde",
        "offices": ["standesamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/urkunden",
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "12.00"},
        "video": None,
        "de": {
            "title": "Sterbeurkunde beantragen",
            "official_name": "Ausstellung einer Sterbeurkunde oder eines beglaubigten Registerausdrucks aus dem Sterberegister",
            "teaser": (
                "Weitere Sterbeurkunden – etwa für Banken, Versicherungen oder das Nachlassgericht – erhalten "
                "Sie beim Standesamt des Sterbeorts, für Sterbefälle in Lindenfeld auch online."
            ),
            "search_terms": (
                "Sterbeurkunde, Sterbenachweis, Todesnachweis, Sterberegister, Urkunde Todesfall, "
                "Sterbeurkunde nachbestellen, Erbschein Unterlagen, internationale Sterbeurkunde, Totenschein Kopie"
            ),
            "description": (
                "Sterbeurkunden werden nach einem Todesfall für viele Angelegenheiten gebraucht: für die "
                "Rentenversicherung, die Krankenkasse, Lebensversicherungen, Banken, den Vermieter oder den "
                "Antrag auf einen Erbschein. Ausgestellt werden sie vom Standesamt des Ortes, an dem die Person "
                "gestorben ist.\n\n"
                "Ist der Sterbefall in Lindenfeld beurkundet, können Sie beim Standesamt Lindenfeld jederzeit "
                "weitere Urkunden bestellen – online, schriftlich oder persönlich. Für die Verwendung im "
                "Ausland erhalten Sie auf Wunsch eine Urkunde mit mehrsprachigem Formular oder eine "
                "internationale Sterbeurkunde.\n\n"
                "Sterberegister werden 30 Jahre beim Standesamt fortgeführt und danach an das Stadtarchiv "
                "abgegeben. Für Familienforschung zu älteren Sterbefällen wenden Sie sich bitte an das "
                "Stadtarchiv Lindenfeld."
            ),
            "requirements": (
                "Urkunden erhalten Ehegatten oder Lebenspartner sowie Vorfahren und Abkömmlinge der "
                "verstorbenen Person. Geschwister müssen ein berechtigtes Interesse, andere Personen – etwa "
                "Erben oder Gläubiger – ein rechtliches Interesse glaubhaft machen. Antragstellende müssen "
                "mindestens 16 Jahre alt sein."
            ),
            "documents": [
                "Angaben zur verstorbenen Person: Name, Sterbedatum und Sterbeort",
                "Personalausweis oder Reisepass der antragstellenden Person",
                "Gegebenenfalls Nachweis des Verwandtschaftsverhältnisses oder des Interesses, zum Beispiel Schreiben des Nachlassgerichts",
                "Bei Beauftragung Dritter: schriftliche Vollmacht",
            ],
            "steps": [
                "Sterbeurkunde online, schriftlich oder persönlich beim Standesamt bestellen",
                "Anzahl und Verwendungszweck der Urkunden angeben",
                "Gebühr online oder per Überweisung bezahlen",
                "Urkunden per Post erhalten oder im Standesamt abholen",
            ],
            "fee_note": (
                "12,00 EUR je Urkunde; jede weitere gleiche Urkunde im selben Arbeitsgang 6,00 EUR. Für die "
                "Rentenversicherung und andere Sozialleistungsträger stellen wir die Urkunde kostenlos aus."
            ),
            "processing_time": (
                "Online-Bestellungen werden in der Regel innerhalb von 3 bis 5 Werktagen versandt; bei "
                "persönlicher Vorsprache erhalten Sie die Urkunde meist sofort."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "§ 55 Personenstandsgesetz (PStG) – Personenstandsurkunden", "url": "https://www.gesetze-im-internet.de/pstg/__55.html"},
                {"title": "§ 60 PStG – Sterbeurkunde", "url": "https://www.gesetze-im-internet.de/pstg/__60.html"},
                {"title": "§ 62 PStG – Urkundenerteilung, Auskunft, Einsicht", "url": "https://www.gesetze-im-internet.de/pstg/__62.html"},
            ],
            "notes": (
                "Für Erbschein und Nachlassverfahren ist das Amtsgericht (Nachlassgericht) am letzten Wohnsitz "
                "der verstorbenen Person zuständig. Bestellen Sie gleich mehrere Urkunden, wenn Sie viele "
                "Stellen benachrichtigen müssen – weitere Exemplare im selben Arbeitsgang sind günstiger."
            ),
            "other_ways": (
                "Sie können die Urkunde auch formlos per Brief oder E-Mail mit Ausweiskopie beantragen oder "
                "persönlich im Standesamt abholen."
            ),
            "faq": [
                {
                    "q": "Reicht eine Kopie der Sterbeurkunde?",
                    "a": (
                        "Viele Versicherungen und Banken akzeptieren eine Kopie, andere verlangen das Original. "
                        "Fragen Sie im Zweifel vorher nach; manche Stellen schicken das Original nach der "
                        "Prüfung zurück."
                    ),
                },
                {
                    "q": "Die Person ist im Ausland gestorben – was nun?",
                    "a": (
                        "War die verstorbene Person Deutsche oder Deutscher, kann der Sterbefall auf Antrag "
                        "im deutschen Sterberegister nachbeurkundet werden. Zuständig ist das Standesamt des "
                        "letzten Wohnsitzes in Deutschland."
                    ),
                },
            ],
        },
        "en": {
            "title": "Ordering a death certificate",
            "official_name": "Issue of a death certificate or certified extract from the register of deaths",
            "teaser": (
                "Additional death certificates – for banks, insurers or the probate court, for example – are "
                "issued by the register office of the place of death; for deaths in Lindenfeld you can also "
                "order online."
            ),
            "search_terms": (
                "death certificate, proof of death, register of deaths, certificate after a death, order more "
                "death certificates, documents for certificate of inheritance, international death "
                "certificate, Sterbeurkunde, copy of death certificate"
            ),
            "description": (
                "Death certificates are needed for many matters after a death: for the pension insurance, the "
                "health insurance fund, life insurers, banks, the landlord or an application for a certificate "
                "of inheritance. They are issued by the register office of the place where the person died.\n\n"
                "If the death was registered in Lindenfeld, you can order further certificates from the "
                "Lindenfeld Register Office at any time – online, in writing or in person. For use abroad, you "
                "can request a certificate with a multilingual standard form or an international death "
                "certificate.\n\n"
                "Registers of deaths are kept at the Register Office for 30 years and then passed to the town "
                "archive. For family history research into older deaths, please contact the Lindenfeld town "
                "archive."
            ),
            "requirements": (
                "Certificates are issued to the spouse or registered civil partner and to the ancestors and "
                "descendants of the deceased. Siblings must show a legitimate interest, and other people – "
                "such as heirs or creditors – a legal interest. Applicants must be at least 16 years old."
            ),
            "documents": [
                "Details of the deceased: name, date and place of death",
                "Identity card or passport of the applicant",
                "If applicable, proof of relationship or of your interest, for example a letter from the probate court",
                "If someone else applies on your behalf: written power of attorney",
            ],
            "steps": [
                "Order the death certificate online, in writing or in person at the Register Office",
                "State the number of certificates and what they are for",
                "Pay the fee online or by bank transfer",
                "Receive the certificates by post or collect them from the Register Office",
            ],
            "fee_note": (
                "EUR 12.00 per certificate; each additional identical certificate issued at the same time costs "
                "EUR 6.00. Certificates for the pension insurance and other social security bodies are issued "
                "free of charge."
            ),
            "processing_time": (
                "Online orders are usually dispatched within 3 to 5 working days; if you apply in person, you "
                "will usually receive the certificate straight away."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "Section 55 Civil Status Act (PStG) – civil status certificates", "url": "https://www.gesetze-im-internet.de/pstg/__55.html"},
                {"title": "Section 60 PStG – death certificate", "url": "https://www.gesetze-im-internet.de/pstg/__60.html"},
                {"title": "Section 62 PStG – issue of certificates, information, inspection", "url": "https://www.gesetze-im-internet.de/pstg/__62.html"},
            ],
            "notes": (
                "The local court (probate court) for the deceased's last place of residence is responsible for "
                "certificates of inheritance and probate matters. Order several certificates at once if you "
                "need to notify many organisations – additional copies issued at the same time are cheaper."
            ),
            "other_ways": (
                "You can also apply informally by letter or email with a copy of your ID, or collect the "
                "certificate in person at the Register Office."
            ),
            "faq": [
                {
                    "q": "Is a copy of the death certificate enough?",
                    "a": (
                        "Many insurers and banks accept a copy, but others require the original. If in doubt, "
                        "ask beforehand; some organisations return the original after checking it."
                    ),
                },
                {
                    "q": "The person died abroad – what now?",
                    "a": (
                        "If the deceased was a German national, the death can be entered in the German register "
                        "of deaths on application. The register office for their last place of residence in "
                        "Germany is responsible."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 14. Grabstätte
    # ------------------------------------------------------------------
    {
        "key": "grabstaette",
        "offices": ["ordnungsamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/ordnungsamt",
        "fee": {"kind": "range", "min": "650.00", "max": "4800.00"},
        "video": None,
        "de": {
            "title": "Grabstätte erwerben oder Nutzungsrecht verlängern",
            "official_name": "Vergabe und Verlängerung von Nutzungsrechten an Grabstätten auf städtischen Friedhöfen",
            "teaser": (
                "Die Friedhofsverwaltung vergibt Grabstätten auf den städtischen Friedhöfen, verlängert "
                "Nutzungsrechte und stimmt Bestattungstermine ab."
            ),
            "search_terms": (
                "Grab kaufen, Grabstelle, Wahlgrab, Reihengrab, Urnengrab, Baumbestattung, Friedhof, "
                "Nutzungsrecht verlängern, Friedhofsgebühren, anonyme Bestattung, Rasengrab, Friedhofsverwaltung"
            ),
            "description": (
                "Die Friedhofsverwaltung im Ordnungsamt betreut die drei städtischen Friedhöfe in Lindenfeld: "
                "den Hauptfriedhof, den Waldfriedhof Lindenfeld-Nord und den Friedhof Oberdorf. Sie vergibt "
                "die Nutzungsrechte an Grabstätten, legt gemeinsam mit dem Bestattungsunternehmen die "
                "Bestattungstermine fest und genehmigt Grabmale.\n\n"
                "Es stehen verschiedene Grabarten zur Verfügung: Reihengräber für Sarg oder Urne, deren "
                "Nutzungsrecht nur für die Ruhezeit von 25 Jahren (Sarg) bzw. 20 Jahren (Urne) vergeben wird; "
                "Wahlgräber für eine oder mehrere Personen, deren Nutzungsrecht verlängert werden kann; "
                "pflegefreie Rasengräber und Urnengemeinschaftsgräber sowie Baumgräber auf dem Waldfriedhof.\n\n"
                "Das Nutzungsrecht an einem Wahlgrab können Sie vor Ablauf verlängern, etwa wenn eine weitere "
                "Beisetzung geplant ist. Die Friedhofsverwaltung erinnert die Nutzungsberechtigten rechtzeitig "
                "an den Ablauf. Die Grabpflege obliegt – außer bei pflegefreien Gräbern – den "
                "Nutzungsberechtigten."
            ),
            "requirements": (
                "Ein Nutzungsrecht wird in der Regel aus Anlass eines Sterbefalls vergeben. Wahlgrabstätten "
                "können auf Antrag auch zu Lebzeiten erworben werden. Nutzungsberechtigt ist eine volljährige "
                "Person, die die Verantwortung für die Grabstätte übernimmt."
            ),
            "documents": [
                "Sterbeurkunde oder Bescheinigung des Standesamts über die Anzeige des Sterbefalls",
                "Personalausweis der künftigen nutzungsberechtigten Person",
                "Bei Verlängerung oder Umschreibung: Graburkunde bzw. bisheriger Nachweis über das Nutzungsrecht",
                "Bei Urnenbeisetzungen: Einäscherungsbescheinigung des Krematoriums",
            ],
            "steps": [
                "Beratungstermin bei der Friedhofsverwaltung vereinbaren – meist übernimmt das Bestattungsunternehmen die Abstimmung",
                "Friedhof, Grabart und Lage der Grabstätte auswählen",
                "Antrag auf Erwerb oder Verlängerung des Nutzungsrechts unterschreiben",
                "Gebührenbescheid erhalten und Gebühren bezahlen",
                "Graburkunde erhalten und später das Grabmal beantragen",
            ],
            "fee_note": (
                "Die Gebühren richten sich nach der Friedhofsgebührensatzung der Stadt Lindenfeld. Beispiele "
                "für das Nutzungsrecht: Urnengemeinschaftsgrab ab 650 EUR, Urnenwahlgrab etwa 1.400 EUR, "
                "Sargreihengrab etwa 1.900 EUR, zweistelliges Sargwahlgrab bis etwa 4.800 EUR. Hinzu kommen "
                "Gebühren für die Beisetzung und die Nutzung der Trauerhalle."
            ),
            "processing_time": (
                "Die Grabstätte wird im Beratungstermin vergeben; der Gebührenbescheid folgt innerhalb von "
                "etwa zwei Wochen."
            ),
            "deadlines": (
                "Erdbestattungen und Einäscherungen müssen nach dem Bestattungsgesetz NRW innerhalb von zehn "
                "Tagen erfolgen, Urnen innerhalb von sechs Wochen beigesetzt werden. Die Verlängerung eines "
                "Nutzungsrechts beantragen Sie vor dessen Ablauf."
            ),
            "legal_basis": [
                {"title": "§ 4 Bestattungsgesetz NRW (BestG NRW) – Satzungen", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
                {"title": "§ 13 BestG NRW – Bestattungsunterlagen, Bestattungsfristen", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
                {"title": "Friedhofssatzung und Friedhofsgebührensatzung der Stadt Lindenfeld", "url": "https://www.lindenfeld.example/ortsrecht/friedhofssatzung"},
                {"title": "§ 74 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Bestattungskosten", "url": "https://www.gesetze-im-internet.de/sgb_12/__74.html"},
            ],
            "notes": (
                "Für Friedhöfe der Kirchengemeinden sind deren eigene Friedhofsverwaltungen zuständig. Können "
                "die Bestattungspflichtigen die Kosten nicht tragen, kann beim Sozialamt die Übernahme der "
                "erforderlichen Bestattungskosten beantragt werden."
            ),
            "other_ways": "Anträge auf Verlängerung eines Nutzungsrechts können Sie auch schriftlich per Post oder E-Mail stellen.",
            "faq": [
                {
                    "q": "Kann ich eine Grabstätte schon zu Lebzeiten erwerben?",
                    "a": (
                        "Ja, Wahlgrabstätten können Sie auf dem Hauptfriedhof und dem Waldfriedhof zu "
                        "Lebzeiten erwerben. Reihengräber werden nur im Todesfall vergeben."
                    ),
                },
                {
                    "q": "Darf die Urne zu Hause aufbewahrt werden?",
                    "a": (
                        "Nein. In Nordrhein-Westfalen muss die Totenasche beigesetzt werden, zum Beispiel auf "
                        "einem Friedhof oder im Rahmen einer Seebestattung. Die Aufbewahrung zu Hause ist nicht "
                        "erlaubt."
                    ),
                },
            ],
        },
        "en": {
            "title": "Acquiring a grave or extending grave rights",
            "official_name": "Allocation and extension of rights of use for graves in municipal cemeteries",
            "teaser": (
                "The cemetery administration allocates graves in the town's cemeteries, extends rights of use "
                "and arranges burial dates."
            ),
            "search_terms": (
                "buy a grave, burial plot, family grave, single grave, urn grave, tree burial, woodland burial, "
                "cemetery, extend grave lease, cemetery fees, anonymous burial, lawn grave"
            ),
            "description": (
                "The cemetery administration, part of the Public Order Office (Ordnungsamt), manages the "
                "town's three cemeteries in Lindenfeld: the Main Cemetery, the Lindenfeld-Nord Woodland "
                "Cemetery and Oberdorf Cemetery. It allocates the rights of use for graves, sets burial dates "
                "together with the funeral director and approves headstones.\n\n"
                "Various types of grave are available: single-use graves for a coffin or urn, where the right "
                "of use is granted only for the rest period of 25 years (coffin) or 20 years (urn); family or "
                "chosen graves (Wahlgräber) for one or more people, whose right of use can be extended; "
                "maintenance-free lawn graves and communal urn graves; and tree graves in the Woodland "
                "Cemetery.\n\n"
                "You can extend the right of use for a chosen grave before it expires, for example if another "
                "burial is planned. The cemetery administration reminds rights holders in good time before "
                "expiry. Apart from maintenance-free graves, the rights holder is responsible for looking after "
                "the grave."
            ),
            "requirements": (
                "A right of use is normally granted when a death occurs. Chosen graves can also be acquired in "
                "advance on application. The rights holder must be an adult who takes responsibility for the grave."
            ),
            "documents": [
                "Death certificate or the Register Office's confirmation that the death has been reported",
                "Identity card of the future rights holder",
                "For extensions or transfers: grave certificate or existing proof of the right of use",
                "For urn burials: cremation certificate from the crematorium",
            ],
            "steps": [
                "Make an appointment with the cemetery administration – this is usually arranged by the funeral director",
                "Choose the cemetery, type of grave and location",
                "Sign the application to acquire or extend the right of use",
                "Receive the fee notice and pay the fees",
                "Receive the grave certificate and later apply for approval of the headstone",
            ],
            "fee_note": (
                "Fees are set by the Town of Lindenfeld's cemetery fees bylaw. Examples for the right of use: "
                "communal urn grave from EUR 650, chosen urn grave about EUR 1,400, single coffin grave about "
                "EUR 1,900, double chosen coffin grave up to about EUR 4,800. Fees for the burial and use of "
                "the chapel of rest are charged in addition."
            ),
            "processing_time": (
                "The grave is allocated at the appointment; the fee notice follows within about two weeks."
            ),
            "deadlines": (
                "Under the North Rhine-Westphalia Burial Act, burials and cremations must take place within ten "
                "days, and urns must be interred within six weeks. Apply to extend a right of use before it expires."
            ),
            "legal_basis": [
                {"title": "Section 4 North Rhine-Westphalia Burial Act (BestG NRW) – bylaws", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
                {"title": "Section 13 BestG NRW – burial documents, time limits for burial", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=2127&bes_id=5166&aufgehoben=N&menu=1"},
                {"title": "Town of Lindenfeld cemetery bylaw and cemetery fees bylaw", "url": "https://www.lindenfeld.example/ortsrecht/friedhofssatzung"},
                {"title": "Section 74 Social Code Book XII (SGB XII) – funeral costs", "url": "https://www.gesetze-im-internet.de/sgb_12/__74.html"},
            ],
            "notes": (
                "Church cemeteries are managed by the parishes' own cemetery administrations. If the people "
                "responsible for the funeral cannot afford it, they can apply to the Social Welfare Office to "
                "cover the necessary funeral costs."
            ),
            "other_ways": "You can also apply to extend a right of use in writing by post or email.",
            "faq": [
                {
                    "q": "Can I buy a grave in advance?",
                    "a": (
                        "Yes, you can acquire a chosen grave in the Main Cemetery and the Woodland Cemetery in "
                        "advance. Single-use graves are only allocated when a death occurs."
                    ),
                },
                {
                    "q": "Can the urn be kept at home?",
                    "a": (
                        "No. In North Rhine-Westphalia, ashes must be interred, for example in a cemetery or as "
                        "part of a burial at sea. Keeping the urn at home is not permitted."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 15. Wohngeld
    # ------------------------------------------------------------------
    {
        "key": "wohngeld",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/wohngeld",
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Wohngeld beantragen",
            "official_name": "Wohngeld als Mietzuschuss oder Lastenzuschuss",
            "teaser": (
                "Wohngeld ist ein staatlicher Zuschuss zur Miete oder zu den Wohnkosten im selbst genutzten "
                "Eigentum für Haushalte mit geringem Einkommen."
            ),
            "search_terms": (
                "Wohngeld Plus, Mietzuschuss, Lastenzuschuss, Zuschuss Miete, Wohngeldantrag, Wohngeldrechner, "
                "Mietbescheinigung, Weiterleistungsantrag, Wohngeldstelle, Miete zu hoch"
            ),
            "description": (
                "Wohngeld erhalten Haushalte, deren Einkommen zwar für den Lebensunterhalt reicht, aber nicht "
                "für die vollen Wohnkosten. Mieterinnen und Mieter bekommen einen Mietzuschuss, "
                "Eigentümerinnen und Eigentümer einer selbst genutzten Wohnung oder eines Hauses einen "
                "Lastenzuschuss. Heizkosten und Kosten für klimafreundliche Sanierungen fließen pauschal in die "
                "Berechnung ein.\n\n"
                "Die Höhe des Wohngeldes hängt von der Zahl der Haushaltsmitglieder, dem Gesamteinkommen und "
                "der Miete bzw. Belastung bis zu einem Höchstbetrag ab. Dieser richtet sich nach der "
                "Mietenstufe des Wohnorts; Lindenfeld gehört zur Mietenstufe III. Mit dem Wohngeldrechner des "
                "Bundesbauministeriums können Sie vorab prüfen, ob sich ein Antrag lohnt.\n\n"
                "Wohngeld wird in der Regel für zwölf Monate bewilligt und muss danach neu beantragt werden. "
                "Wer Bürgergeld, Sozialhilfe oder Grundsicherung bezieht, erhält kein Wohngeld, weil die "
                "Wohnkosten dort bereits berücksichtigt werden."
            ),
            "requirements": (
                "Sie wohnen in Lindenfeld und tragen die Miete oder die Belastung für selbst genutztes "
                "Wohneigentum. Das Haushaltseinkommen liegt innerhalb der Grenzen des Wohngeldgesetzes, es ist "
                "kein erhebliches Vermögen vorhanden, und Sie beziehen keine Leistungen wie Bürgergeld oder "
                "Grundsicherung, in denen die Wohnkosten enthalten sind."
            ),
            "documents": [
                "Vollständig ausgefüllter Wohngeldantrag",
                "Mietvertrag und aktuelle Mietbescheinigung des Vermieters",
                "Einkommensnachweise aller Haushaltsmitglieder, zum Beispiel Gehaltsabrechnungen der letzten zwölf Monate, Rentenbescheid oder Bescheid über Arbeitslosengeld",
                "Nachweise über Unterhalt und Kindergeld",
                "Bei Wohneigentum: Nachweise über Darlehen, Grundsteuer und Bewirtschaftungskosten",
                "Personalausweis oder Aufenthaltstitel",
            ],
            "steps": [
                "Anspruch vorab mit dem Wohngeldrechner prüfen",
                "Antrag online ausfüllen oder Vordruck herunterladen",
                "Nachweise hochladen oder beifügen und Antrag einreichen",
                "Rückfragen der Wohngeldstelle beantworten",
                "Bescheid erhalten; das Wohngeld wird monatlich im Voraus überwiesen",
            ],
            "fee_note": "",
            "processing_time": "Je nach Vollständigkeit der Unterlagen etwa 6 bis 8 Wochen.",
            "deadlines": (
                "Wohngeld wird ab dem Monat gezahlt, in dem der Antrag eingeht – nicht rückwirkend. Den "
                "Weiterleistungsantrag stellen Sie am besten zwei Monate vor Ablauf des Bewilligungszeitraums."
            ),
            "legal_basis": [
                {"title": "§ 1 Wohngeldgesetz (WoGG) – Zweck des Wohngeldes", "url": "https://www.gesetze-im-internet.de/wogg/__1.html"},
                {"title": "§ 7 WoGG – Ausschluss vom Wohngeld", "url": "https://www.gesetze-im-internet.de/wogg/__7.html"},
                {"title": "§ 25 WoGG – Bewilligungszeitraum", "url": "https://www.gesetze-im-internet.de/wogg/__25.html"},
            ],
            "notes": (
                "Teilen Sie Änderungen sofort mit, etwa wenn das Einkommen um mehr als 15 Prozent steigt, die "
                "Miete um mehr als 15 Prozent sinkt oder jemand aus- oder einzieht. Zu viel gezahltes Wohngeld "
                "muss zurückgezahlt werden."
            ),
            "other_ways": (
                "Den Antrag können Sie auch per Post schicken oder nach Terminvereinbarung persönlich beim "
                "Sozialamt abgeben. Ein formloser Antrag per E-Mail sichert den Antragsmonat; die Unterlagen "
                "reichen Sie dann nach."
            ),
            "faq": [
                {
                    "q": "Können Studierende Wohngeld bekommen?",
                    "a": (
                        "In der Regel nicht, wenn sie dem Grunde nach Anspruch auf BAföG haben. Leben sie mit "
                        "Personen zusammen, die nicht ausgeschlossen sind – etwa mit eigenen Kindern –, kann der "
                        "Haushalt trotzdem Wohngeld erhalten."
                    ),
                },
                {
                    "q": "Muss ich Wohngeld zurückzahlen?",
                    "a": (
                        "Nein, Wohngeld ist ein Zuschuss. Zurückzahlen müssen Sie nur Beträge, die wegen "
                        "fehlender oder falscher Angaben zu viel gezahlt wurden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for housing benefit",
            "official_name": "Housing benefit (Wohngeld) as a rent allowance or homeowner allowance",
            "teaser": (
                "Housing benefit is a state subsidy towards the rent or the housing costs of owner-occupied "
                "property for low-income households."
            ),
            "search_terms": (
                "housing benefit, Wohngeld Plus, rent allowance, rent subsidy, help with rent, housing benefit "
                "application, housing benefit calculator, landlord's rent certificate, renewal application, "
                "rent too high"
            ),
            "description": (
                "Housing benefit is for households whose income is enough to live on but not enough to cover "
                "their full housing costs. Tenants receive a rent allowance (Mietzuschuss); owners of a flat or "
                "house they live in themselves receive a homeowner allowance (Lastenzuschuss). Heating costs "
                "and the costs of climate-friendly renovations are included in the calculation as flat "
                "rates.\n\n"
                "The amount depends on the number of people in the household, the total household income and "
                "the rent or housing costs up to a maximum amount. This maximum depends on the rent level of "
                "the place where you live; Lindenfeld is in rent level III. You can use the Federal Building "
                "Ministry's housing benefit calculator to check in advance whether it is worth applying.\n\n"
                "Housing benefit is usually granted for twelve months, after which you must apply again. "
                "People who receive citizen's income (Bürgergeld), social assistance or basic income support "
                "do not receive housing benefit because their housing costs are already covered by those benefits."
            ),
            "requirements": (
                "You live in Lindenfeld and pay rent or the costs of owner-occupied property. Your household "
                "income is within the limits of the Housing Benefit Act, you have no substantial assets, and "
                "you do not receive benefits such as citizen's income or basic income support that already "
                "include housing costs."
            ),
            "documents": [
                "Fully completed housing benefit application",
                "Tenancy agreement and current rent certificate from your landlord",
                "Proof of income for all household members, for example payslips for the last twelve months, pension notice or unemployment benefit notice",
                "Proof of maintenance and child benefit",
                "For owner-occupiers: proof of loans, property tax and running costs",
                "Identity card or residence permit",
            ],
            "steps": [
                "Check your entitlement in advance with the housing benefit calculator",
                "Fill in the application online or download the form",
                "Upload or enclose the supporting documents and submit the application",
                "Answer any queries from the housing benefit office",
                "Receive the decision; housing benefit is paid monthly in advance",
            ],
            "fee_note": "",
            "processing_time": "About 6 to 8 weeks, depending on whether your documents are complete.",
            "deadlines": (
                "Housing benefit is paid from the month in which your application is received – not "
                "retroactively. It is best to submit your renewal application two months before the current "
                "award period ends."
            ),
            "legal_basis": [
                {"title": "Section 1 Housing Benefit Act (WoGG) – purpose of housing benefit", "url": "https://www.gesetze-im-internet.de/wogg/__1.html"},
                {"title": "Section 7 WoGG – exclusion from housing benefit", "url": "https://www.gesetze-im-internet.de/wogg/__7.html"},
                {"title": "Section 25 WoGG – award period", "url": "https://www.gesetze-im-internet.de/wogg/__25.html"},
            ],
            "notes": (
                "Report changes immediately, for example if your income rises by more than 15 per cent, your "
                "rent falls by more than 15 per cent, or someone moves in or out. Any housing benefit paid in "
                "excess must be repaid."
            ),
            "other_ways": (
                "You can also send the application by post or hand it in in person at the Social Welfare "
                "Office by appointment. An informal application by email secures the month of application; "
                "you can then send the documents later."
            ),
            "faq": [
                {
                    "q": "Can students get housing benefit?",
                    "a": (
                        "Usually not, if they are in principle eligible for student finance (BAföG). If they "
                        "live with people who are not excluded – their own children, for example – the "
                        "household can still receive housing benefit."
                    ),
                },
                {
                    "q": "Do I have to pay housing benefit back?",
                    "a": (
                        "No, housing benefit is a grant. You only have to repay amounts that were overpaid "
                        "because information was missing or incorrect."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 16. Grundsicherung im Alter und bei Erwerbsminderung
    # ------------------------------------------------------------------
    {
        "key": "grundsicherung",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Grundsicherung im Alter und bei Erwerbsminderung beantragen",
            "official_name": "Grundsicherung im Alter und bei Erwerbsminderung nach dem Vierten Kapitel SGB XII",
            "teaser": (
                "Reichen Rente und sonstiges Einkommen nicht zum Leben, sichert die Grundsicherung den "
                "Lebensunterhalt im Alter oder bei dauerhafter voller Erwerbsminderung."
            ),
            "search_terms": (
                "Grundsicherung, Altersarmut, Rente zu niedrig, Sozialhilfe Rentner, Erwerbsminderung, "
                "Erwerbsminderungsrente aufstocken, Regelsatz, Grundsicherung Rentner, Aufstockung, Sozialamt Antrag"
            ),
            "description": (
                "Grundsicherung im Alter und bei Erwerbsminderung erhalten Menschen, die die "
                "Regelaltersgrenze erreicht haben oder dauerhaft voll erwerbsgemindert sind und ihren "
                "Lebensunterhalt nicht aus eigenem Einkommen und Vermögen bestreiten können. Die "
                "Regelaltersgrenze hängt vom Geburtsjahr ab; sie liegt derzeit bei gut 66 Jahren und steigt "
                "schrittweise auf 67 Jahre. Voll erwerbsgemindert ist, wer auf nicht absehbare Zeit weniger "
                "als drei Stunden täglich arbeiten kann.\n\n"
                "Die Grundsicherung umfasst den Regelbedarf – für eine alleinstehende Person 563 EUR im "
                "Monat –, die angemessenen Kosten für Unterkunft und Heizung, Beiträge zur Kranken- und "
                "Pflegeversicherung sowie gegebenenfalls Mehrbedarfe, etwa bei Schwerbehinderung mit "
                "Merkzeichen G oder für eine kostenaufwändige Ernährung.\n\n"
                "Kinder oder Eltern werden nur zum Unterhalt herangezogen, wenn ihr Jahreseinkommen mehr als "
                "100.000 EUR beträgt. Eigenes Vermögen muss bis auf einen Schonbetrag von 10.000 EUR pro "
                "Person eingesetzt werden; eine angemessene selbst bewohnte Immobilie bleibt geschützt."
            ),
            "requirements": (
                "Sie haben Ihren gewöhnlichen Aufenthalt in Lindenfeld, haben die Regelaltersgrenze erreicht "
                "oder sind mindestens 18 Jahre alt und dauerhaft voll erwerbsgemindert, und Ihr Einkommen und "
                "Vermögen reichen nicht für den notwendigen Lebensunterhalt. Ob eine dauerhafte volle "
                "Erwerbsminderung vorliegt, stellt die Deutsche Rentenversicherung fest."
            ),
            "documents": [
                "Antrag auf Grundsicherung im Alter und bei Erwerbsminderung",
                "Personalausweis oder Reisepass, bei ausländischer Staatsangehörigkeit der Aufenthaltstitel",
                "Aktueller Rentenbescheid bzw. Bescheid über die Erwerbsminderung",
                "Mietvertrag und Nachweise über Neben- und Heizkosten",
                "Kontoauszüge aller Konten der letzten drei Monate",
                "Nachweise über Vermögen, zum Beispiel Sparbücher, Lebensversicherungen, Bausparverträge oder Fahrzeuge",
                "Nachweis der Kranken- und Pflegeversicherung",
            ],
            "steps": [
                "Beratung beim Sozialamt oder bei der Deutschen Rentenversicherung in Anspruch nehmen",
                "Antrag ausfüllen und Nachweise zusammenstellen",
                "Antrag beim Sozialamt einreichen – per Post, persönlich oder über die Rentenversicherung",
                "Rückfragen beantworten; bei Bedarf findet ein Gespräch oder Hausbesuch statt",
                "Bescheid erhalten; die Leistung wird monatlich im Voraus gezahlt",
            ],
            "fee_note": "",
            "processing_time": (
                "In der Regel 4 bis 6 Wochen nach Eingang der vollständigen Unterlagen. In dringenden Fällen "
                "ist ein Vorschuss möglich."
            ),
            "deadlines": (
                "Die Leistung wird ab dem Ersten des Monats gezahlt, in dem der Antrag gestellt wird. Stellen "
                "Sie den Antrag deshalb so früh wie möglich – auch wenn noch Unterlagen fehlen. Die "
                "Bewilligung gilt in der Regel für zwölf Monate und muss danach erneut beantragt werden."
            ),
            "legal_basis": [
                {"title": "§ 41 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Leistungsberechtigte", "url": "https://www.gesetze-im-internet.de/sgb_12/__41.html"},
                {"title": "§ 42 SGB XII – Bedarfe", "url": "https://www.gesetze-im-internet.de/sgb_12/__42.html"},
                {"title": "§ 44 SGB XII – Antrag und Bewilligungszeitraum", "url": "https://www.gesetze-im-internet.de/sgb_12/__44.html"},
                {"title": "§ 94 SGB XII – Übergang von Ansprüchen gegen Unterhaltspflichtige", "url": "https://www.gesetze-im-internet.de/sgb_12/__94.html"},
            ],
            "notes": (
                "Wer Grundsicherung erhält, kann unter anderem den Stadtpass Lindenfeld und eine Befreiung vom "
                "Rundfunkbeitrag beantragen. Sind Sie nur vorübergehend erwerbsunfähig, kommt stattdessen die "
                "Hilfe zum Lebensunterhalt in Betracht."
            ),
            "other_ways": (
                "Sie können den Antrag auch bei der Deutschen Rentenversicherung stellen; sie leitet ihn an das "
                "Sozialamt weiter. Ist Ihnen der Weg ins Stadthaus nicht möglich, kommen wir nach Absprache zu "
                "Ihnen nach Hause."
            ),
            "faq": [
                {
                    "q": "Muss ich mein Erspartes zuerst aufbrauchen?",
                    "a": (
                        "Vermögen muss grundsätzlich eingesetzt werden, bevor Grundsicherung gezahlt wird. "
                        "Geschützt sind aber ein Schonbetrag von 10.000 EUR pro Person, eine angemessene selbst "
                        "bewohnte Immobilie und eine staatlich geförderte Altersvorsorge wie die Riester-Rente."
                    ),
                },
                {
                    "q": "Muss die Grundsicherung später zurückgezahlt werden?",
                    "a": (
                        "Nein. Die Grundsicherung ist ein Zuschuss, und auch Ihre Erben müssen die Leistungen "
                        "nicht erstatten – es sei denn, sie wurden aufgrund falscher Angaben zu Unrecht bezogen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for basic income support in old age and for reduced earning capacity",
            "official_name": "Basic income support in old age and in the event of reduced earning capacity (Chapter 4 SGB XII)",
            "teaser": (
                "If your pension and other income are not enough to live on, basic income support "
                "(Grundsicherung) covers your living costs in old age or if you are permanently unable to work."
            ),
            "search_terms": (
                "basic income support, Grundsicherung, pensioner poverty, pension too low, social assistance "
                "for pensioners, reduced earning capacity, top up disability pension, standard rate, top-up "
                "benefit, Social Welfare Office application"
            ),
            "description": (
                "Basic income support in old age and for reduced earning capacity is paid to people who have "
                "reached the standard retirement age or are permanently and fully unable to work, and who "
                "cannot cover their living costs from their own income and assets. The standard retirement "
                "age depends on the year of birth; it is currently just over 66 and is rising gradually to 67. "
                "A person is fully unable to work if, for the foreseeable future, they can work less than "
                "three hours a day.\n\n"
                "Basic income support covers the standard needs rate – EUR 563 a month for a single person – "
                "reasonable costs for accommodation and heating, health and long-term care insurance "
                "contributions and, where applicable, additional needs, for example for a severe disability "
                "with the G marker (impaired mobility) or for a costly special diet.\n\n"
                "Children or parents are only required to pay maintenance if their annual income exceeds "
                "EUR 100,000. Your own assets must be used up to a protected amount of EUR 10,000 per person; "
                "a reasonable home that you live in yourself remains protected."
            ),
            "requirements": (
                "You are habitually resident in Lindenfeld, you have reached the standard retirement age or are "
                "at least 18 and permanently fully unable to work, and your income and assets are not enough to "
                "cover your basic living costs. Whether you are permanently fully unable to work is determined "
                "by the German Pension Insurance (Deutsche Rentenversicherung)."
            ),
            "documents": [
                "Application for basic income support in old age and for reduced earning capacity",
                "Identity card or passport; for foreign nationals, residence permit",
                "Current pension notice or decision on reduced earning capacity",
                "Tenancy agreement and proof of service charges and heating costs",
                "Bank statements for all accounts for the last three months",
                "Proof of assets, for example savings books, life insurance policies, building society savings contracts or vehicles",
                "Proof of health and long-term care insurance",
            ],
            "steps": [
                "Get advice from the Social Welfare Office or the German Pension Insurance",
                "Fill in the application and gather the supporting documents",
                "Submit the application to the Social Welfare Office – by post, in person or via the pension insurance",
                "Answer any queries; a meeting or home visit may take place if necessary",
                "Receive the decision; the benefit is paid monthly in advance",
            ],
            "fee_note": "",
            "processing_time": (
                "Usually 4 to 6 weeks after the complete documents have been received. An advance payment is "
                "possible in urgent cases."
            ),
            "deadlines": (
                "The benefit is paid from the first day of the month in which you apply. So apply as early as "
                "possible – even if some documents are still missing. The award is usually valid for twelve "
                "months, after which you must apply again."
            ),
            "legal_basis": [
                {"title": "Section 41 Social Code Book XII (SGB XII) – eligible persons", "url": "https://www.gesetze-im-internet.de/sgb_12/__41.html"},
                {"title": "Section 42 SGB XII – needs covered", "url": "https://www.gesetze-im-internet.de/sgb_12/__42.html"},
                {"title": "Section 44 SGB XII – application and award period", "url": "https://www.gesetze-im-internet.de/sgb_12/__44.html"},
                {"title": "Section 94 SGB XII – transfer of claims against relatives liable for maintenance", "url": "https://www.gesetze-im-internet.de/sgb_12/__94.html"},
            ],
            "notes": (
                "If you receive basic income support, you can also apply for the Lindenfeld town pass "
                "(Stadtpass) and an exemption from the broadcasting licence fee, among other things. If you "
                "are only temporarily unable to work, subsistence assistance (Hilfe zum Lebensunterhalt) may "
                "apply instead."
            ),
            "other_ways": (
                "You can also apply through the German Pension Insurance, which will forward your application "
                "to the Social Welfare Office. If you cannot get to the Stadthaus, we can visit you at home by "
                "arrangement."
            ),
            "faq": [
                {
                    "q": "Do I have to use up my savings first?",
                    "a": (
                        "In principle, assets must be used before basic income support is paid. However, a "
                        "protected amount of EUR 10,000 per person, a reasonable home that you live in and "
                        "state-subsidised private pension savings such as a Riester pension are protected."
                    ),
                },
                {
                    "q": "Does basic income support have to be paid back later?",
                    "a": (
                        "No. Basic income support is a grant, and your heirs do not have to repay it either – "
                        "unless it was received wrongly on the basis of incorrect information."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 17. Hilfe zum Lebensunterhalt
    # ------------------------------------------------------------------
    {
        "key": "hilfe-zum-lebensunterhalt",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Hilfe zum Lebensunterhalt (Sozialhilfe) beantragen",
            "official_name": "Hilfe zum Lebensunterhalt nach dem Dritten Kapitel SGB XII",
            "teaser": (
                "Sozialhilfe für Menschen, die vorübergehend nicht arbeiten können und weder Bürgergeld noch "
                "Grundsicherung im Alter erhalten."
            ),
            "search_terms": (
                "Sozialhilfe, Hilfe zum Lebensunterhalt, HLU, vorübergehend erwerbsunfähig, Zeitrente, "
                "Sozialamt Geld, kein Einkommen, Notlage, Regelsatz, Existenzminimum"
            ),
            "description": (
                "Hilfe zum Lebensunterhalt ist die Sozialhilfe für Menschen, die ihren Lebensunterhalt nicht "
                "selbst sichern können und keine vorrangige Leistung erhalten. Sie kommt vor allem für "
                "Personen in Betracht, die voraussichtlich länger als sechs Monate, aber nicht dauerhaft "
                "weniger als drei Stunden täglich arbeiten können – etwa mit einer befristeten "
                "Erwerbsminderungsrente –, sowie für Menschen, die vor Erreichen der Regelaltersgrenze eine "
                "vorgezogene Altersrente beziehen, und für Kinder, die mit ihnen zusammenleben.\n\n"
                "Erwerbsfähige Menschen und ihre Familien erhalten dagegen Bürgergeld vom Jobcenter. Wer die "
                "Regelaltersgrenze erreicht hat oder dauerhaft voll erwerbsgemindert ist, erhält Grundsicherung "
                "im Alter und bei Erwerbsminderung. Das Sozialamt prüft, welche Leistung für Sie die richtige "
                "ist, und leitet Ihren Antrag gegebenenfalls weiter.\n\n"
                "Die Hilfe umfasst den Regelbedarf, die angemessenen Kosten für Unterkunft und Heizung, "
                "Mehrbedarfe sowie Beiträge zur Kranken- und Pflegeversicherung. Eigenes Einkommen und "
                "Vermögen werden angerechnet; Eltern und Kinder werden nur bei einem Jahreseinkommen über "
                "100.000 EUR zum Unterhalt herangezogen."
            ),
            "requirements": (
                "Sie halten sich tatsächlich in Lindenfeld auf, können Ihren Lebensunterhalt nicht aus eigenen "
                "Mitteln decken und haben keinen vorrangigen Anspruch auf Bürgergeld, Grundsicherung im Alter "
                "und bei Erwerbsminderung oder andere Leistungen."
            ),
            "documents": [
                "Personalausweis oder Aufenthaltstitel",
                "Nachweise über alle Einkünfte, zum Beispiel Rentenbescheid, Krankengeld- oder Unterhaltsnachweis",
                "Ärztliche Unterlagen oder Bescheid der Rentenversicherung über die befristete Erwerbsminderung",
                "Mietvertrag und Nachweise über Heiz- und Nebenkosten",
                "Kontoauszüge der letzten drei Monate",
                "Nachweise über Vermögen und Versicherungen",
            ],
            "steps": [
                "Sozialamt über die Notlage informieren – telefonisch, schriftlich oder persönlich",
                "Antragsformular ausfüllen und Nachweise einreichen",
                "Persönliches Gespräch zur Klärung der Situation führen",
                "Bescheid erhalten; die Hilfe wird monatlich im Voraus gezahlt",
            ],
            "fee_note": "",
            "processing_time": (
                "In der Regel 3 bis 6 Wochen. In akuten Notlagen kann das Sozialamt kurzfristig einen Vorschuss "
                "oder Sachleistungen gewähren."
            ),
            "deadlines": (
                "Ein förmlicher Antrag ist nicht Voraussetzung: Die Sozialhilfe setzt ein, sobald das Sozialamt "
                "von der Notlage erfährt. Für Zeiten davor wird grundsätzlich keine Hilfe geleistet – melden Sie "
                "sich daher frühzeitig."
            ),
            "legal_basis": [
                {"title": "§ 18 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Einsetzen der Sozialhilfe", "url": "https://www.gesetze-im-internet.de/sgb_12/__18.html"},
                {"title": "§ 27 SGB XII – Leistungsberechtigte der Hilfe zum Lebensunterhalt", "url": "https://www.gesetze-im-internet.de/sgb_12/__27.html"},
                {"title": "§ 27a SGB XII – Notwendiger Lebensunterhalt, Regelbedarfe und Regelsätze", "url": "https://www.gesetze-im-internet.de/sgb_12/__27a.html"},
            ],
            "notes": (
                "Die Hilfe zum Lebensunterhalt ist nachrangig: Zuerst müssen andere Ansprüche – etwa auf Rente, "
                "Krankengeld oder Unterhalt – geltend gemacht werden. Das Sozialamt unterstützt Sie dabei."
            ),
            "other_ways": (
                "Sie können sich auch formlos per Brief oder E-Mail an das Sozialamt wenden; es schickt Ihnen "
                "dann die Antragsvordrucke zu."
            ),
            "faq": [
                {
                    "q": "Was ist der Unterschied zum Bürgergeld?",
                    "a": (
                        "Bürgergeld erhalten Menschen, die mindestens drei Stunden täglich arbeiten können, über "
                        "das Jobcenter. Hilfe zum Lebensunterhalt ist für Menschen gedacht, die das vorübergehend "
                        "nicht können und keine Grundsicherung im Alter oder bei Erwerbsminderung erhalten."
                    ),
                },
                {
                    "q": "Muss ich die Hilfe zurückzahlen?",
                    "a": (
                        "In der Regel nicht. Eine Rückzahlung kommt in Betracht, wenn die Hilfe als Darlehen "
                        "gewährt wurde, etwa bei vorübergehend nicht verwertbarem Vermögen, oder wenn Leistungen "
                        "durch falsche Angaben zu Unrecht bezogen wurden. Erben können unter bestimmten "
                        "Voraussetzungen zum Kostenersatz herangezogen werden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for subsistence assistance (social assistance)",
            "official_name": "Subsistence assistance (Hilfe zum Lebensunterhalt) under Chapter 3 SGB XII",
            "teaser": (
                "Social assistance for people who are temporarily unable to work and receive neither citizen's "
                "income nor basic income support in old age."
            ),
            "search_terms": (
                "social assistance, Sozialhilfe, subsistence assistance, HLU, temporarily unable to work, "
                "fixed-term disability pension, money from the Social Welfare Office, no income, emergency, "
                "standard rate, subsistence minimum"
            ),
            "description": (
                "Subsistence assistance is the form of social assistance for people who cannot support "
                "themselves and do not receive any higher-ranking benefit. It mainly applies to people who, for "
                "more than six months but not permanently, can work less than three hours a day – for example "
                "those on a fixed-term disability pension – as well as people who draw an early retirement "
                "pension before reaching the standard retirement age, and children living with them.\n\n"
                "People who are able to work, and their families, receive citizen's income (Bürgergeld) from "
                "the Jobcentre instead. Those who have reached the standard retirement age or are permanently "
                "and fully unable to work receive basic income support in old age and for reduced earning "
                "capacity. The Social Welfare Office checks which benefit is right for you and forwards your "
                "application if necessary.\n\n"
                "The assistance covers the standard needs rate, reasonable costs for accommodation and heating, "
                "additional needs and health and long-term care insurance contributions. Your own income and "
                "assets are taken into account; parents and children are only required to pay maintenance if "
                "their annual income exceeds EUR 100,000."
            ),
            "requirements": (
                "You are actually staying in Lindenfeld, cannot cover your living costs from your own means, "
                "and have no higher-ranking entitlement to citizen's income, basic income support in old age "
                "and for reduced earning capacity, or other benefits."
            ),
            "documents": [
                "Identity card or residence permit",
                "Proof of all income, for example pension notice, proof of sickness benefit or maintenance",
                "Medical documents or the pension insurance's decision on temporary reduced earning capacity",
                "Tenancy agreement and proof of heating costs and service charges",
                "Bank statements for the last three months",
                "Proof of assets and insurance policies",
            ],
            "steps": [
                "Tell the Social Welfare Office about your situation – by phone, in writing or in person",
                "Fill in the application form and submit the supporting documents",
                "Attend a personal interview to clarify your situation",
                "Receive the decision; the assistance is paid monthly in advance",
            ],
            "fee_note": "",
            "processing_time": (
                "Usually 3 to 6 weeks. In an acute emergency, the Social Welfare Office can provide an advance "
                "or benefits in kind at short notice."
            ),
            "deadlines": (
                "A formal application is not required: social assistance starts as soon as the Social Welfare "
                "Office learns of your situation. As a rule, no assistance is paid for any period before that – "
                "so contact us early."
            ),
            "legal_basis": [
                {"title": "Section 18 Social Code Book XII (SGB XII) – start of social assistance", "url": "https://www.gesetze-im-internet.de/sgb_12/__18.html"},
                {"title": "Section 27 SGB XII – persons eligible for subsistence assistance", "url": "https://www.gesetze-im-internet.de/sgb_12/__27.html"},
                {"title": "Section 27a SGB XII – necessary living costs, standard needs and standard rates", "url": "https://www.gesetze-im-internet.de/sgb_12/__27a.html"},
            ],
            "notes": (
                "Subsistence assistance is subsidiary: other entitlements – such as a pension, sickness benefit "
                "or maintenance – must be claimed first. The Social Welfare Office will help you with this."
            ),
            "other_ways": (
                "You can also contact the Social Welfare Office informally by letter or email; it will then "
                "send you the application forms."
            ),
            "faq": [
                {
                    "q": "How is this different from citizen's income?",
                    "a": (
                        "Citizen's income is paid by the Jobcentre to people who can work at least three hours a "
                        "day. Subsistence assistance is for people who temporarily cannot do so and do not "
                        "receive basic income support in old age or for reduced earning capacity."
                    ),
                },
                {
                    "q": "Do I have to pay the assistance back?",
                    "a": (
                        "Usually not. Repayment may be required if the assistance was granted as a loan, for "
                        "example because assets could not be realised straight away, or if benefits were "
                        "received wrongly on the basis of incorrect information. In certain circumstances, heirs "
                        "may be required to reimburse the costs."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 18. Wohnberechtigungsschein
    # ------------------------------------------------------------------
    {
        "key": "wohnberechtigungsschein",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/wbs",
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Wohnberechtigungsschein (WBS) beantragen",
            "official_name": "Erteilung eines Wohnberechtigungsscheins nach dem Wohnraumförderungs- und Nutzungsgesetz NRW",
            "teaser": (
                "Mit dem Wohnberechtigungsschein können Sie eine öffentlich geförderte Wohnung (Sozialwohnung) "
                "mieten, wenn Ihr Einkommen bestimmte Grenzen nicht überschreitet."
            ),
            "search_terms": (
                "WBS, Wohnberechtigungsschein, B-Schein, Sozialwohnung, geförderte Wohnung, Wohnungsamt, "
                "Einkommensgrenze WBS, günstige Wohnung, sozialer Wohnungsbau, Wohnungssuche"
            ),
            "description": (
                "Öffentlich geförderte Mietwohnungen – umgangssprachlich Sozialwohnungen – dürfen nur an "
                "Haushalte vermietet werden, die einen Wohnberechtigungsschein vorlegen. Der WBS bestätigt, "
                "dass Ihr Haushaltseinkommen die Einkommensgrenze des Landes Nordrhein-Westfalen nicht "
                "überschreitet, und legt fest, wie groß die Wohnung für Ihren Haushalt sein darf.\n\n"
                "Als Richtwert gelten in Nordrhein-Westfalen 50 Quadratmeter Wohnfläche für eine Person, "
                "65 Quadratmeter oder zwei Wohnräume für zwei Personen und für jede weitere Person zusätzlich "
                "15 Quadratmeter oder ein weiterer Raum. Der allgemeine WBS gilt ein Jahr in ganz "
                "Nordrhein-Westfalen. Die Wohnung suchen Sie selbst, zum Beispiel bei Wohnungsgesellschaften, "
                "Genossenschaften oder über Anzeigen mit dem Hinweis „WBS erforderlich“.\n\n"
                "Berücksichtigt werden die Bruttoeinkünfte aller Haushaltsmitglieder der letzten zwölf Monate. "
                "Davon werden pauschale Abzüge für Steuern und Sozialversicherung sowie Freibeträge, etwa für "
                "Kinder, Menschen mit Schwerbehinderung oder junge Ehepaare, abgezogen. Ob Sie die "
                "Einkommensgrenze einhalten, prüfen wir gern vorab in einem kurzen Beratungsgespräch."
            ),
            "requirements": (
                "Sie dürfen sich dauerhaft in Deutschland aufhalten, und das anrechenbare Gesamteinkommen Ihres "
                "Haushalts überschreitet die Einkommensgrenze nach dem Wohnraumförderungs- und "
                "Nutzungsgesetz NRW nicht. Den Antrag stellen Sie bei der Stadt, in der Sie wohnen."
            ),
            "documents": [
                "Antrag auf Erteilung eines Wohnberechtigungsscheins",
                "Einkommensnachweise aller Haushaltsmitglieder für die letzten zwölf Monate",
                "Personalausweise oder Reisepässe, bei ausländischer Staatsangehörigkeit mit Aufenthaltstitel",
                "Gegebenenfalls Schwerbehindertenausweis, Mutterpass oder Nachweis über Unterhaltszahlungen",
                "Bei Studierenden und Auszubildenden: Immatrikulations- oder Ausbildungsbescheinigung und BAföG-Bescheid",
            ],
            "steps": [
                "Einkommensgrenze anhand der Übersicht des Sozialamts oder im Beratungsgespräch prüfen",
                "Antrag online oder auf Papier ausfüllen",
                "Nachweise beifügen und Antrag einreichen",
                "WBS per Post erhalten und bei der Wohnungssuche vorlegen",
            ],
            "fee_note": "",
            "processing_time": "In der Regel 2 bis 4 Wochen nach Eingang der vollständigen Unterlagen.",
            "deadlines": "Der WBS ist ein Jahr gültig. Möchten Sie danach weitersuchen, stellen Sie rechtzeitig einen neuen Antrag.",
            "legal_basis": [
                {"title": "§ 13 Gesetz zur Förderung und Nutzung von Wohnraum für das Land Nordrhein-Westfalen (WFNG NRW) – Einkommensgrenze", "url": "https://recht.nrw.de/"},
            ],
            "notes": (
                "Haben Sie eine bestimmte geförderte Wohnung in Aussicht, kann auch ein WBS für genau diese "
                "Wohnung ausgestellt werden. Die Stadt Lindenfeld vermittelt keine Wohnungen; eine Liste der "
                "örtlichen Wohnungsunternehmen erhalten Sie beim Sozialamt."
            ),
            "other_ways": "Sie können den Antrag per Post schicken oder nach Terminvereinbarung persönlich abgeben.",
            "faq": [
                {
                    "q": "Wo finde ich Sozialwohnungen?",
                    "a": (
                        "Geförderte Wohnungen werden von Wohnungsunternehmen, Genossenschaften und privaten "
                        "Vermietern angeboten. Achten Sie in Inseraten auf den Hinweis „WBS erforderlich“. In "
                        "Lindenfeld vermieten unter anderem die Lindenfelder Wohnungsbaugesellschaft und der "
                        "Bauverein Lindenfeld eG geförderte Wohnungen."
                    ),
                },
                {
                    "q": "Darf ich in der Wohnung bleiben, wenn mein Einkommen später steigt?",
                    "a": (
                        "Ja. Der WBS wird nur beim Einzug geprüft. Steigt Ihr Einkommen später, dürfen Sie in der "
                        "Wohnung bleiben."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for a housing eligibility certificate (WBS)",
            "official_name": "Issue of a housing eligibility certificate (Wohnberechtigungsschein) under the North Rhine-Westphalia Housing Promotion and Use Act",
            "teaser": (
                "A housing eligibility certificate (WBS) allows you to rent publicly subsidised housing "
                "(social housing) if your income does not exceed certain limits."
            ),
            "search_terms": (
                "WBS, housing eligibility certificate, Wohnberechtigungsschein, B-Schein, social housing, "
                "council flat, subsidised flat, income limit, affordable flat, housing search"
            ),
            "description": (
                "Publicly subsidised rented flats – commonly known as social housing (Sozialwohnungen) – may "
                "only be let to households that present a housing eligibility certificate. The WBS confirms "
                "that your household income does not exceed the income limit set by the state of North "
                "Rhine-Westphalia and states how large a flat your household may have.\n\n"
                "As a guide, in North Rhine-Westphalia this is 50 square metres of living space for one person, "
                "65 square metres or two rooms for two people, and an additional 15 square metres or one "
                "additional room for each further person. The general WBS is valid for one year throughout "
                "North Rhine-Westphalia. You look for a flat yourself, for example through housing companies, "
                "housing cooperatives or adverts marked ‘WBS erforderlich’ (WBS required).\n\n"
                "The gross income of all household members over the last twelve months is taken into account. "
                "Flat-rate deductions for tax and social security and allowances, for example for children, "
                "people with severe disabilities or young married couples, are then subtracted. We are happy to "
                "check in a short advice session whether you are within the income limit."
            ),
            "requirements": (
                "You are entitled to stay in Germany permanently, and your household's countable total income "
                "does not exceed the income limit under the North Rhine-Westphalia Housing Promotion and Use "
                "Act. You apply to the town where you live."
            ),
            "documents": [
                "Application for a housing eligibility certificate",
                "Proof of income for all household members for the last twelve months",
                "Identity cards or passports; for foreign nationals, with residence permit",
                "If applicable, severely disabled person's ID card, maternity record or proof of maintenance payments",
                "For students and trainees: certificate of enrolment or training and BAföG notice",
            ],
            "steps": [
                "Check the income limit using the Social Welfare Office's overview or in an advice session",
                "Fill in the application online or on paper",
                "Enclose the supporting documents and submit the application",
                "Receive the WBS by post and show it when looking for a flat",
            ],
            "fee_note": "",
            "processing_time": "Usually 2 to 4 weeks after the complete documents have been received.",
            "deadlines": "The WBS is valid for one year. If you want to keep looking after that, apply for a new one in good time.",
            "legal_basis": [
                {"title": "Section 13 North Rhine-Westphalia Housing Promotion and Use Act (WFNG NRW) – income limit", "url": "https://recht.nrw.de/"},
            ],
            "notes": (
                "If you have a specific subsidised flat in view, a WBS can also be issued for that particular "
                "flat. The Town of Lindenfeld does not find flats for people; a list of local housing companies "
                "is available from the Social Welfare Office."
            ),
            "other_ways": "You can send the application by post or hand it in in person by appointment.",
            "faq": [
                {
                    "q": "Where can I find social housing?",
                    "a": (
                        "Subsidised flats are offered by housing companies, cooperatives and private landlords. "
                        "Look out for adverts marked ‘WBS erforderlich’ (WBS required). In Lindenfeld, subsidised flats are let "
                        "by the Lindenfelder Wohnungsbaugesellschaft and Bauverein Lindenfeld eG, among others."
                    ),
                },
                {
                    "q": "Can I stay in the flat if my income rises later?",
                    "a": (
                        "Yes. The WBS is only checked when you move in. If your income rises later, you can stay "
                        "in the flat."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 19. Stadtpass
    # ------------------------------------------------------------------
    {
        "key": "stadtpass",
        "offices": ["sozialamt", "buergerbuero"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Stadtpass Lindenfeld beantragen",
            "official_name": "Ausstellung des Lindenfeld-Passes für Menschen mit geringem Einkommen",
            "teaser": (
                "Mit dem Stadtpass erhalten Menschen mit geringem Einkommen Ermäßigungen für Schwimmbad, "
                "Bibliothek, Volkshochschule, Musikschule und Kultur sowie Zugang zum Deutschlandticket Sozial."
            ),
            "search_terms": (
                "Stadtpass, Lindenfeld-Pass, Sozialpass, Sozialticket, Deutschlandticket Sozial, Ermäßigung, "
                "Vergünstigung, Schwimmbad ermäßigt, Bürgergeld Vorteile, Familienpass"
            ),
            "description": (
                "Der Stadtpass Lindenfeld – auch Lindenfeld-Pass genannt – erleichtert Menschen mit geringem "
                "Einkommen die Teilhabe am gesellschaftlichen Leben. Er ist ein freiwilliges Angebot der Stadt "
                "Lindenfeld und ihrer Partner.\n\n"
                "Mit dem Stadtpass erhalten Sie unter anderem freien Eintritt ins Hallen- und Freibad "
                "Lindenfeld, einen kostenlosen Leseausweis der Stadtbibliothek, 50 Prozent Ermäßigung auf "
                "Kurse der Volkshochschule und den Unterricht der Musikschule sowie vergünstigte Karten für "
                "städtische Kulturveranstaltungen. Außerdem dient der Stadtpass als Nachweis für den Kauf des "
                "Deutschlandtickets Sozial zu einem ermäßigten Monatspreis.\n\n"
                "Der Stadtpass wird für jede berechtigte Person im Haushalt einzeln ausgestellt, auch für "
                "Kinder. Er gilt so lange wie der zugrunde liegende Leistungsbescheid, höchstens zwölf Monate."
            ),
            "requirements": (
                "Sie wohnen in Lindenfeld und beziehen Bürgergeld, Hilfe zum Lebensunterhalt, Grundsicherung im "
                "Alter und bei Erwerbsminderung, Leistungen nach dem Asylbewerberleistungsgesetz, Wohngeld oder "
                "Kinderzuschlag."
            ),
            "documents": [
                "Personalausweis oder anderes Ausweisdokument",
                "Aktueller Leistungsbescheid",
                "Ein aktuelles Passfoto für jede Person ab sechs Jahren",
            ],
            "steps": [
                "Stadtpass beim Sozialamt oder im Bürgerbüro beantragen",
                "Ausweis, Leistungsbescheid und Passfotos vorlegen",
                "Der Stadtpass wird in der Regel sofort ausgestellt",
                "Nach Verlängerung des Leistungsbescheids neuen Stadtpass abholen",
            ],
            "fee_note": "",
            "processing_time": "Sofort bei Vorlage aller Unterlagen.",
            "deadlines": "",
            "legal_basis": [
                {"title": "Richtlinie der Stadt Lindenfeld über die Ausgabe des Stadtpasses", "url": "https://www.lindenfeld.example/ortsrecht/stadtpass-richtlinie"},
            ],
            "notes": (
                "Der Stadtpass ist nicht übertragbar und nur zusammen mit einem Lichtbildausweis gültig. "
                "Leistungen für Kinder aus dem Bildungs- und Teilhabepaket, etwa für Vereinsbeiträge, beantragen "
                "Sie gesondert."
            ),
            "other_ways": (
                "Sie können den Antrag mit Kopien der Unterlagen und den Passfotos auch per Post an das "
                "Sozialamt schicken; der Stadtpass wird Ihnen dann zugesandt."
            ),
            "faq": [
                {
                    "q": "Gilt der Stadtpass auch für meine Kinder?",
                    "a": (
                        "Ja. Jedes Kind im Haushalt erhält einen eigenen Stadtpass. Für Kinder unter sechs "
                        "Jahren ist kein Foto nötig."
                    ),
                },
                {
                    "q": "Ich beziehe nur Wohngeld – bekomme ich trotzdem einen Stadtpass?",
                    "a": (
                        "Ja. Auch Haushalte mit Wohngeld oder Kinderzuschlag erhalten den Stadtpass. Legen Sie "
                        "einfach den aktuellen Bescheid vor."
                    ),
                },
            ],
        },
        "en": {
            "title": "Applying for the Lindenfeld town pass",
            "official_name": "Issue of the Lindenfeld Pass for people on low incomes",
            "teaser": (
                "The town pass gives people on low incomes discounts at the swimming pool, library, adult "
                "education centre, music school and cultural events, and access to the Deutschlandticket Sozial."
            ),
            "search_terms": (
                "town pass, Stadtpass, Lindenfeld Pass, social pass, concession card, discounted travel ticket, "
                "Deutschlandticket Sozial, discount, reduced price swimming, citizen's income benefits, family pass"
            ),
            "description": (
                "The Lindenfeld town pass (Stadtpass), also called the Lindenfeld Pass, makes it easier for "
                "people on low incomes to take part in community life. It is a voluntary scheme run by the "
                "Town of Lindenfeld and its partners.\n\n"
                "With the town pass you get, among other things, free entry to the Lindenfeld indoor and "
                "outdoor pools, a free library card for the town library, 50 per cent off courses at the adult "
                "education centre (Volkshochschule) and lessons at the music school, and reduced-price tickets "
                "for the town's cultural events. The town pass also serves as proof of eligibility to buy the "
                "Deutschlandticket Sozial at a reduced monthly price.\n\n"
                "A separate town pass is issued for each eligible person in the household, including children. "
                "It is valid for as long as the underlying benefit notice, up to a maximum of twelve months."
            ),
            "requirements": (
                "You live in Lindenfeld and receive citizen's income, subsistence assistance, basic income "
                "support in old age and for reduced earning capacity, benefits under the Asylum Seekers' "
                "Benefits Act, housing benefit or the supplementary child allowance."
            ),
            "documents": [
                "Identity card or other ID document",
                "Current benefit notice",
                "A recent passport photo for each person aged six or over",
            ],
            "steps": [
                "Apply for the town pass at the Social Welfare Office or the Citizens' Office",
                "Show your ID, benefit notice and passport photos",
                "The town pass is usually issued immediately",
                "Collect a new town pass when your benefit notice is renewed",
            ],
            "fee_note": "",
            "processing_time": "Immediately, if you bring all the documents.",
            "deadlines": "",
            "legal_basis": [
                {"title": "Town of Lindenfeld guidelines on issuing the town pass", "url": "https://www.lindenfeld.example/ortsrecht/stadtpass-richtlinie"},
            ],
            "notes": (
                "The town pass is non-transferable and only valid together with photo ID. Benefits for children "
                "from the education and participation package, for example for club fees, must be applied for "
                "separately."
            ),
            "other_ways": (
                "You can also send the application with copies of the documents and the passport photos to the "
                "Social Welfare Office by post; the town pass will then be sent to you."
            ),
            "faq": [
                {
                    "q": "Is the town pass also available for my children?",
                    "a": (
                        "Yes. Each child in the household receives their own town pass. No photo is needed for "
                        "children under six."
                    ),
                },
                {
                    "q": "I only receive housing benefit – can I still get a town pass?",
                    "a": (
                        "Yes. Households receiving housing benefit or the supplementary child allowance also get "
                        "the town pass. Just show your current notice."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # 20. Pflegeberatung
    # ------------------------------------------------------------------
    {
        "key": "pflegeberatung",
        "offices": ["sozialamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 0,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/sozialamt",
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Pflegeberatung und Wohnberatung",
            "official_name": "Trägerunabhängige Pflege- und Wohnberatung nach dem Alten- und Pflegegesetz NRW",
            "teaser": (
                "Kostenlose und neutrale Beratung für pflegebedürftige Menschen und ihre Angehörigen – im "
                "Stadthaus, am Telefon oder bei Ihnen zu Hause."
            ),
            "search_terms": (
                "Pflege, Pflegeberatung, Pflegegrad, Pflegegeld, Pflegeheim, Kurzzeitpflege, Tagespflege, "
                "Angehörige pflegen, Wohnraumanpassung, barrierefrei umbauen, Hilfe zur Pflege, Pflegestützpunkt, Demenz"
            ),
            "description": (
                "Wenn ein Mensch pflegebedürftig wird, stehen Betroffene und Angehörige vor vielen Fragen. Die "
                "Pflegeberatung der Stadt Lindenfeld informiert neutral und kostenlos über alle Hilfen: vom "
                "Antrag auf einen Pflegegrad bei der Pflegekasse über ambulante Pflegedienste, Tages- und "
                "Kurzzeitpflege bis zu Wohngemeinschaften und Pflegeheimen.\n\n"
                "Die Wohnberatung hilft dabei, die eigene Wohnung an die Bedürfnisse im Alter oder bei "
                "Behinderung anzupassen – etwa durch eine bodengleiche Dusche, Haltegriffe oder einen "
                "Treppenlift. Sie informiert auch über den Zuschuss der Pflegekasse von bis zu 4.180 EUR je "
                "Maßnahme für solche Umbauten.\n\n"
                "Reichen Einkommen und Vermögen nicht aus, um die Kosten der Pflege zu tragen, berät Sie das "
                "Sozialamt auch zur Hilfe zur Pflege und zum Pflegewohngeld, das Bewohnerinnen und Bewohner von "
                "Pflegeheimen in Nordrhein-Westfalen erhalten können. Auf Wunsch kommen die Beraterinnen und "
                "Berater zu Ihnen nach Hause."
            ),
            "requirements": (
                "Die Beratung steht allen Einwohnerinnen und Einwohnern von Lindenfeld offen – pflegebedürftigen "
                "Menschen, Angehörigen und allen, die vorsorgen möchten. Ein Pflegegrad ist nicht erforderlich."
            ),
            "documents": [
                "Falls vorhanden: Bescheid der Pflegekasse über den Pflegegrad",
                "Falls vorhanden: Gutachten des Medizinischen Dienstes",
                "Übersicht über bestehende Hilfen und Medikamente",
                "Für Fragen zur Hilfe zur Pflege: Nachweise über Einkommen und Vermögen",
            ],
            "steps": [
                "Termin telefonisch, per E-Mail oder online vereinbaren",
                "Beratung im Stadthaus, am Telefon oder als Hausbesuch wahrnehmen",
                "Gemeinsam einen individuellen Hilfeplan erstellen",
                "Bei Bedarf Unterstützung bei Anträgen an Pflegekasse oder Sozialamt erhalten",
            ],
            "fee_note": "",
            "processing_time": (
                "Beratungstermine in der Regel innerhalb einer Woche; in dringenden Fällen, etwa bei einer "
                "Entlassung aus dem Krankenhaus, auch kurzfristig."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "§ 6 Alten- und Pflegegesetz Nordrhein-Westfalen (APG NRW) – Beratung", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=8&ugl_nr=820&bes_id=28544&menu=0&sg=0&aufgehoben=N"},
                {"title": "§ 7a Elftes Buch Sozialgesetzbuch (SGB XI) – Pflegeberatung", "url": "https://www.gesetze-im-internet.de/sgb_11/__7a.html"},
                {"title": "§ 61 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Hilfe zur Pflege, Leistungsberechtigte", "url": "https://www.gesetze-im-internet.de/sgb_12/__61.html"},
            ],
            "notes": (
                "Wer einen Pflegegrad hat, hat zusätzlich Anspruch auf Pflegeberatung durch die eigene "
                "Pflegekasse. Pflegende Angehörige finden außerdem Unterstützung bei den Selbsthilfegruppen und "
                "der Angehörigenberatung der Wohlfahrtsverbände in Lindenfeld."
            ),
            "other_ways": "Die Beratung ist auch telefonisch oder per Videogespräch möglich.",
            "faq": [
                {
                    "q": "Wie beantrage ich einen Pflegegrad?",
                    "a": (
                        "Den Antrag stellen Sie bei der Pflegekasse, die zu Ihrer Krankenkasse gehört – ein "
                        "Anruf genügt. Die Pflegekasse beauftragt dann den Medizinischen Dienst mit einer "
                        "Begutachtung. Wir helfen Ihnen gern bei der Vorbereitung."
                    ),
                },
                {
                    "q": "Was kostet ein Platz im Pflegeheim?",
                    "a": (
                        "Der Eigenanteil in Pflegeheimen in Nordrhein-Westfalen liegt häufig bei mehr als "
                        "3.000 EUR im Monat. Die Pflegekasse zahlt einen Zuschuss, der mit der Dauer des "
                        "Heimaufenthalts steigt. Reicht das eigene Geld nicht, können Pflegewohngeld und Hilfe "
                        "zur Pflege beantragt werden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Care advice and home adaptation advice",
            "official_name": "Independent care and housing advice under the North Rhine-Westphalia Elderly and Long-Term Care Act",
            "teaser": (
                "Free, impartial advice for people in need of care and their relatives – at the Stadthaus, by "
                "phone or in your own home."
            ),
            "search_terms": (
                "care, long-term care advice, care grade, Pflegegrad, care allowance, care home, nursing home, "
                "short-term care, day care for older people, caring for relatives, home adaptation, accessible "
                "conversion, help with care costs, dementia"
            ),
            "description": (
                "When someone comes to need care, they and their relatives face many questions. The Town of "
                "Lindenfeld's care advice service provides impartial, free information on all forms of help: "
                "from applying to the long-term care insurance fund for a care grade (Pflegegrad) to home care "
                "services, day care and short-term care, shared housing and care homes.\n\n"
                "The home adaptation advice service helps you adapt your home to the needs of older age or "
                "disability – for example with a level-access shower, grab rails or a stairlift. It also "
                "explains the long-term care insurance grant of up to EUR 4,180 per measure for such "
                "alterations.\n\n"
                "If your income and assets are not enough to cover the cost of care, the Social Welfare Office "
                "can also advise you on help with care costs (Hilfe zur Pflege) and on care home housing "
                "allowance (Pflegewohngeld), which residents of care homes in North Rhine-Westphalia may "
                "receive. If you wish, the advisers will visit you at home."
            ),
            "requirements": (
                "The service is open to all residents of Lindenfeld – people in need of care, their relatives "
                "and anyone who wants to plan ahead. You do not need to have a care grade."
            ),
            "documents": [
                "If available: notice from the long-term care insurance fund on the care grade",
                "If available: assessment report from the Medical Service (Medizinischer Dienst)",
                "Overview of existing help and medication",
                "For questions about help with care costs: proof of income and assets",
            ],
            "steps": [
                "Make an appointment by phone, email or online",
                "Attend the advice session at the Stadthaus (municipal offices), by phone or as a home visit",
                "Draw up an individual care plan together",
                "Get help with applications to the long-term care insurance fund or the Social Welfare Office if needed",
            ],
            "fee_note": "",
            "processing_time": (
                "Appointments are usually available within a week; in urgent cases, for example when someone "
                "is being discharged from hospital, at short notice."
            ),
            "deadlines": "",
            "legal_basis": [
                {"title": "Section 6 North Rhine-Westphalia Elderly and Long-Term Care Act (APG NRW) – advice", "url": "https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=8&ugl_nr=820&bes_id=28544&menu=0&sg=0&aufgehoben=N"},
                {"title": "Section 7a Social Code Book XI (SGB XI) – care advice", "url": "https://www.gesetze-im-internet.de/sgb_11/__7a.html"},
                {"title": "Section 61 Social Code Book XII (SGB XII) – help with care costs, eligible persons", "url": "https://www.gesetze-im-internet.de/sgb_12/__61.html"},
            ],
            "notes": (
                "Anyone with a care grade is also entitled to care advice from their own long-term care "
                "insurance fund. Family carers can also find support from self-help groups and the carers' "
                "advice services of the welfare organisations in Lindenfeld."
            ),
            "other_ways": "Advice is also available by phone or video call.",
            "faq": [
                {
                    "q": "How do I apply for a care grade?",
                    "a": (
                        "You apply to the long-term care insurance fund attached to your health insurance fund – "
                        "a phone call is enough. The fund then asks the Medical Service to carry out an "
                        "assessment. We will be happy to help you prepare."
                    ),
                },
                {
                    "q": "How much does a care home place cost?",
                    "a": (
                        "The amount residents pay themselves in care homes in North Rhine-Westphalia is often "
                        "more than EUR 3,000 a month. The long-term care insurance fund pays a supplement that "
                        "increases the longer you stay in the home. If your own money is not enough, you can "
                        "apply for care home housing allowance and help with care costs."
                    ),
                },
            ],
        },
    },
]

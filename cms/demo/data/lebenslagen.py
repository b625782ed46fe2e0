"""Demo data: life situations (Lebenslagen) for the fictional town of Lindenfeld (NRW).

See SCHEMA.md in this directory for the format.
"""

from __future__ import annotations

LEBENSLAGEN: list[dict] = [
    # ------------------------------------------------------------------ Umzug
    {
        "key": "umzug",
        "icon": "move",
        "services": [
            "wohnsitz-anmelden",
            "fahrzeug-ummelden",
            "hund-anmelden",
            "halteverbot-umzug",
            "abfallbehaelter-aendern",
            "bewohnerparkausweis",
            "meldebescheinigung",
            "wohnsitz-abmelden",
            "hund-abmelden",
            "auskunftssperre",
            "sperrmuell-anmelden",
            "kita-platz",
            "schulanmeldung",
        ],
        "related": ["bauen-wohnen", "auto-verkehr", "hund-haustier"],
        "de": {
            "title": "Umzug",
            "intro": (
                "Sie ziehen nach Lindenfeld oder innerhalb der Stadt um? Herzlich willkommen! "
                "Hier finden Sie alles, was Sie rund um den Umzug erledigen müssen – von der Anmeldung "
                "Ihres Wohnsitzes bis zur Mülltonne. Denken Sie auch schon vor dem Umzugstag daran, "
                "rechtzeitig eine Halteverbotszone für den Umzugswagen zu beantragen."
            ),
            "guide": [
                {
                    "title": "Wohnsitz anmelden",
                    "text": (
                        "Melden Sie sich innerhalb von zwei Wochen nach dem Einzug im Bürgerbüro an. "
                        "Bringen Sie Ihren Personalausweis oder Reisepass und die Wohnungsgeberbestätigung "
                        "Ihrer Vermieterin oder Ihres Vermieters mit. Bei einem Zuzug aus einer anderen "
                        "deutschen Gemeinde werden Sie dort automatisch abgemeldet."
                    ),
                    "service": "wohnsitz-anmelden",
                },
                {
                    "title": "Fahrzeug ummelden",
                    "text": (
                        "Nach der Anmeldung lassen Sie die neue Anschrift in der Zulassungsbescheinigung "
                        "Teil I (Fahrzeugschein) eintragen. Ihr bisheriges Kennzeichen können Sie behalten, "
                        "auch wenn Sie aus einem anderen Kreis zuziehen."
                    ),
                    "service": "fahrzeug-ummelden",
                },
                {
                    "title": "Hund ummelden",
                    "text": (
                        "Wenn Sie mit Ihrem Hund nach Lindenfeld ziehen, melden Sie ihn hier zur Hundesteuer "
                        "an und am bisherigen Wohnort ab. Große Hunde müssen Sie zusätzlich beim Ordnungsamt "
                        "anzeigen. Bei einem Umzug innerhalb von Lindenfeld müssen Sie Ihren Hund nicht neu anmelden."
                    ),
                    "service": "hund-anmelden",
                },
                {
                    "title": "Abfallbehälter anmelden",
                    "text": (
                        "Wohnen Sie im eigenen Haus, melden Sie Ihre Abfallbehälter beim "
                        "Abfallwirtschaftsbetrieb an oder passen Sie die Tonnengröße an die Zahl der "
                        "Bewohnerinnen und Bewohner an. Wenn Sie zur Miete wohnen, kümmert sich in der Regel "
                        "Ihre Vermieterin oder Ihr Vermieter darum."
                    ),
                    "service": "abfallbehaelter-aendern",
                },
                {
                    "title": "Bewohnerparkausweis beantragen",
                    "text": (
                        "Wohnen Sie in der Innenstadt in einer Bewohnerparkzone und haben Sie ein eigenes Auto, "
                        "können Sie einen Bewohnerparkausweis beantragen. Damit parken Sie in Ihrer Zone "
                        "ohne Parkschein."
                    ),
                    "service": "bewohnerparkausweis",
                },
                {
                    "title": "Kita und Schule",
                    "text": (
                        "Ziehen Sie mit Kindern zu, melden Sie Ihr Kind möglichst früh für einen Kita-Platz an. "
                        "Schulpflichtige Kinder melden Sie direkt an der gewünschten Schule an; "
                        "bei Fragen hilft das Schulverwaltungsamt der Stadt."
                    ),
                    "service": "kita-platz",
                },
            ],
        },
        "en": {
            "title": "Moving house",
            "intro": (
                "Are you moving to Lindenfeld or within the town? Welcome! "
                "Here you will find everything you need to take care of when you move – from registering "
                "your address to your bins. Before moving day, remember to apply in good time for a "
                "temporary no-parking zone for your removal van."
            ),
            "guide": [
                {
                    "title": "Register your address",
                    "text": (
                        "Register your new address (Anmeldung) at the Citizens' Office within two weeks of "
                        "moving in. Bring your identity card or passport and the landlord's confirmation "
                        "(Wohnungsgeberbestätigung) from your landlord. If you are moving from another "
                        "municipality in Germany, you will be deregistered there automatically."
                    ),
                    "service": "wohnsitz-anmelden",
                },
                {
                    "title": "Update your vehicle registration",
                    "text": (
                        "Once you have registered, have your new address entered in your vehicle registration "
                        "certificate Part I (Fahrzeugschein). You can keep your current number plate, "
                        "even if you are moving from another district."
                    ),
                    "service": "fahrzeug-ummelden",
                },
                {
                    "title": "Re-register your dog",
                    "text": (
                        "If you are moving to Lindenfeld with your dog, register it here for dog tax and "
                        "deregister it at your previous place of residence. Large dogs must also be notified "
                        "to the Public Order Office. If you are moving within Lindenfeld, you do not need to "
                        "register your dog again."
                    ),
                    "service": "hund-anmelden",
                },
                {
                    "title": "Register your bins",
                    "text": (
                        "If you live in your own house, register your waste bins with Lindenfeld Waste "
                        "Management or adjust the bin size to the number of people in the household. "
                        "If you rent, your landlord usually takes care of this."
                    ),
                    "service": "abfallbehaelter-aendern",
                },
                {
                    "title": "Apply for a residents' parking permit",
                    "text": (
                        "If you live in a residents' parking zone in the town centre and have your own car, "
                        "you can apply for a residents' parking permit. It lets you park in your zone "
                        "without buying a ticket."
                    ),
                    "service": "bewohnerparkausweis",
                },
                {
                    "title": "Childcare and school",
                    "text": (
                        "If you are moving with children, register your child for a childcare place (Kita) "
                        "as early as possible. Children of school age are enrolled directly at the school "
                        "of your choice; the town's school administration office will be happy to answer any questions."
                    ),
                    "service": "kita-platz",
                },
            ],
        },
    },
    # ------------------------------------------------------- Geburt & Familie
    {
        "key": "geburt-familie",
        "icon": "baby",
        "services": [
            "geburt-beurkunden",
            "vaterschaftsanerkennung",
            "elterngeld",
            "kita-platz",
            "kita-beitraege",
            "personalausweis-beantragen",
            "kinderreisepass",
            "bildung-teilhabe",
            "stadtpass",
            "wohngeld",
        ],
        "related": ["kita-schule", "heirat", "soziale-hilfen"],
        "de": {
            "title": "Geburt & Familie",
            "intro": (
                "Herzlichen Glückwunsch zu Ihrem Kind! In den ersten Wochen nach der Geburt stehen einige "
                "Behördengänge an, die wir Ihnen so einfach wie möglich machen möchten. Hier sehen Sie, "
                "was in welcher Reihenfolge zu tun ist und welche Unterstützung Familien in Lindenfeld "
                "erhalten können."
            ),
            "guide": [
                {
                    "title": "Vaterschaft anerkennen",
                    "text": (
                        "Sind Sie nicht miteinander verheiratet, kann der Vater die Vaterschaft schon vor der "
                        "Geburt anerkennen; die Mutter muss zustimmen. So kann er gleich in der Geburtsurkunde "
                        "eingetragen werden. Beim Jugendamt können Sie zugleich das gemeinsame Sorgerecht "
                        "erklären."
                    ),
                    "service": "vaterschaftsanerkennung",
                },
                {
                    "title": "Geburt beurkunden lassen",
                    "text": (
                        "Die Geburt muss innerhalb einer Woche beim Standesamt angezeigt werden. Bei einer Geburt "
                        "im Krankenhaus übernimmt das die Klinik; Sie reichen die nötigen Unterlagen ein. "
                        "Das Standesamt stellt danach die Geburtsurkunden aus – dazu gebührenfreie Bescheinigungen "
                        "für das Elterngeld und das Mutterschaftsgeld."
                    ),
                    "service": "geburt-beurkunden",
                },
                {
                    "title": "Kindergeld beantragen",
                    "text": (
                        "Das Kindergeld beantragen Sie nicht bei der Stadt, sondern bei der Familienkasse der "
                        "Bundesagentur für Arbeit, am einfachsten online. Die steuerliche Identifikationsnummer "
                        "Ihres Kindes erhalten Sie wenige Wochen nach der Geburt automatisch per Post."
                    ),
                    "service": None,
                },
                {
                    "title": "Elterngeld beantragen",
                    "text": (
                        "Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat der "
                        "Antragstellung gezahlt. Stellen Sie den Antrag deshalb möglichst bald nach der Geburt. "
                        "Überlegen Sie vorher gemeinsam, wer wann in Elternzeit geht."
                    ),
                    "service": "elterngeld",
                },
                {
                    "title": "Kita-Platz suchen",
                    "text": (
                        "Ab dem ersten Geburtstag hat Ihr Kind einen Rechtsanspruch auf einen Betreuungsplatz. "
                        "Melden Sie Ihr Kind am besten schon im ersten Lebensjahr über das Kita-Portal an, "
                        "denn die meisten Plätze werden zum Kita-Jahr im August vergeben."
                    ),
                    "service": "kita-platz",
                },
                {
                    "title": "Ausweis für das Kind",
                    "text": (
                        "Für Reisen ins Ausland braucht auch ein Baby ein eigenes Ausweisdokument. Seit 2024 "
                        "werden keine Kinderreisepässe mehr ausgestellt; Kinder erhalten einen Personalausweis "
                        "oder einen Reisepass. Planen Sie vor dem ersten Urlaub einige Wochen Vorlauf ein."
                    ),
                    "service": "personalausweis-beantragen",
                },
            ],
        },
        "en": {
            "title": "Birth & family",
            "intro": (
                "Congratulations on your baby! In the first few weeks after the birth there are a few "
                "formalities to deal with, and we want to make them as easy as possible for you. Here you "
                "can see what needs doing and in what order, and what support families in Lindenfeld "
                "can receive."
            ),
            "guide": [
                {
                    "title": "Acknowledge paternity",
                    "text": (
                        "If you are not married to each other, the father can acknowledge paternity even before "
                        "the birth, with the mother's consent. This means he can be entered on the birth "
                        "certificate straight away. At the Youth Welfare Office you can also declare joint "
                        "parental responsibility at the same time."
                    ),
                    "service": "vaterschaftsanerkennung",
                },
                {
                    "title": "Register the birth",
                    "text": (
                        "A birth must be reported to the Register Office (Standesamt) within one week. If your "
                        "baby is born in hospital, the hospital does this for you; you just provide the required "
                        "documents. The Register Office then issues the birth certificates – plus free certificates "
                        "for parental allowance and maternity pay."
                    ),
                    "service": "geburt-beurkunden",
                },
                {
                    "title": "Apply for child benefit",
                    "text": (
                        "Child benefit (Kindergeld) is not paid by the town: you apply to the Family Benefits "
                        "Office (Familienkasse) of the Federal Employment Agency, most easily online. Your child's "
                        "tax identification number will be sent to you automatically by post a few weeks after "
                        "the birth."
                    ),
                    "service": None,
                },
                {
                    "title": "Apply for parental allowance",
                    "text": (
                        "Parental allowance (Elterngeld) is only paid retrospectively for the three months of "
                        "your child's life before the month in which you apply. So submit your application as "
                        "soon as possible after the birth. Decide together beforehand who will take parental "
                        "leave and when."
                    ),
                    "service": "elterngeld",
                },
                {
                    "title": "Find a childcare place",
                    "text": (
                        "From their first birthday, children have a legal right to a childcare place. It is "
                        "best to register your child on the Kita portal during their first year, as most places "
                        "are allocated for the start of the childcare year in August."
                    ),
                    "service": "kita-platz",
                },
                {
                    "title": "An identity document for your child",
                    "text": (
                        "Even a baby needs their own identity document to travel abroad. Children's passports "
                        "(Kinderreisepass) have not been issued since 2024; children now get an identity card "
                        "or a passport. Allow a few weeks before your first holiday."
                    ),
                    "service": "personalausweis-beantragen",
                },
            ],
        },
    },
    # --------------------------------------------- Heirat & Lebenspartnerschaft
    {
        "key": "heirat",
        "icon": "rings",
        "services": [
            "eheschliessung-anmelden",
            "trauung-buchen",
            "eheurkunde",
            "personalausweis-beantragen",
            "reisepass-beantragen",
            "wohnsitz-anmelden",
            "meldebescheinigung",
        ],
        "related": ["geburt-familie", "umzug", "ausweise-reisen"],
        "de": {
            "title": "Heirat & Lebenspartnerschaft",
            "intro": (
                "Sie möchten heiraten? Das Standesamt Lindenfeld begleitet Sie von der Anmeldung bis "
                "zur Trauung im historischen Alten Rathaus. Seit Oktober 2017 können auch gleichgeschlechtliche "
                "Paare die Ehe schließen; eine bestehende eingetragene Lebenspartnerschaft können Sie in eine "
                "Ehe umwandeln lassen."
            ),
            "guide": [
                {
                    "title": "Wunschtermin reservieren",
                    "text": (
                        "Beliebte Termine, besonders samstags im Sommer, sind schnell vergeben. Sie können Ihren "
                        "Trautermin im Standesamt Lindenfeld schon bis zu einem Jahr im Voraus vormerken lassen."
                    ),
                    "service": "trauung-buchen",
                },
                {
                    "title": "Eheschließung anmelden",
                    "text": (
                        "Melden Sie die Eheschließung gemeinsam beim Standesamt Ihres Wohnorts an – frühestens "
                        "sechs Monate vor der Trauung. Welche Unterlagen Sie brauchen, hängt von Ihrer "
                        "Lebenssituation ab, etwa bei früheren Ehen oder ausländischer Staatsangehörigkeit. "
                        "Lassen Sie sich im Zweifel vorher beraten."
                    ),
                    "service": "eheschliessung-anmelden",
                },
                {
                    "title": "Namen festlegen",
                    "text": (
                        "Überlegen Sie vorab, ob Sie einen gemeinsamen Ehenamen führen möchten und welchen. "
                        "Die Erklärung zum Ehenamen geben Sie in der Regel bei der Anmeldung oder bei der Trauung "
                        "gegenüber dem Standesamt ab."
                    ),
                    "service": None,
                },
                {
                    "title": "Trauung und Eheurkunde",
                    "text": (
                        "Nach der Trauung erhalten Sie Ihre Eheurkunde und auf Wunsch ein Stammbuch. Weitere "
                        "Urkunden, zum Beispiel für Arbeitgeber oder Versicherungen, können Sie jederzeit beim "
                        "Standesamt nachbestellen."
                    ),
                    "service": "eheurkunde",
                },
                {
                    "title": "Ausweise ändern",
                    "text": (
                        "Wenn sich Ihr Name geändert hat, beantragen Sie im Bürgerbüro einen neuen Personalausweis "
                        "und gegebenenfalls einen neuen Reisepass. Das Melderegister wird vom Standesamt "
                        "automatisch aktualisiert."
                    ),
                    "service": "personalausweis-beantragen",
                },
                {
                    "title": "Weitere Stellen informieren",
                    "text": (
                        "Die Steuerklasse ändert sich nach der Heirat automatisch. Informieren Sie aber selbst "
                        "Ihren Arbeitgeber, Ihre Krankenkasse, Ihre Bank und Ihre Versicherungen. Ziehen Sie "
                        "zusammen, denken Sie an die Anmeldung der neuen Wohnung."
                    ),
                    "service": "wohnsitz-anmelden",
                },
            ],
        },
        "en": {
            "title": "Marriage & civil partnership",
            "intro": (
                "Planning to get married? Lindenfeld Register Office (Standesamt) will guide you from giving "
                "notice of marriage through to the ceremony in the historic Old Town Hall. Since October 2017, "
                "same-sex couples have also been able to marry in Germany; an existing registered civil "
                "partnership can be converted into a marriage."
            ),
            "guide": [
                {
                    "title": "Reserve your preferred date",
                    "text": (
                        "Popular dates, especially summer Saturdays, are booked up quickly. You can provisionally "
                        "reserve your wedding date at Lindenfeld Register Office up to a year in advance."
                    ),
                    "service": "trauung-buchen",
                },
                {
                    "title": "Give notice of marriage",
                    "text": (
                        "Give notice of your marriage together at the Register Office where you live – no more "
                        "than six months before the wedding. The documents you need depend on your circumstances, "
                        "for example if you have been married before or are not a German national. If in doubt, "
                        "ask for advice beforehand."
                    ),
                    "service": "eheschliessung-anmelden",
                },
                {
                    "title": "Decide on your surname",
                    "text": (
                        "Think in advance about whether you want to use a shared married name, and which one. "
                        "You normally make the declaration on your married name to the Register Office when "
                        "giving notice or at the ceremony."
                    ),
                    "service": None,
                },
                {
                    "title": "Ceremony and marriage certificate",
                    "text": (
                        "After the ceremony you will receive your marriage certificate and, if you wish, a family "
                        "record book (Stammbuch). You can order additional certificates from the Register Office "
                        "at any time, for example for your employer or insurers."
                    ),
                    "service": "eheurkunde",
                },
                {
                    "title": "Update your ID documents",
                    "text": (
                        "If your name has changed, apply for a new identity card and, if necessary, a new passport "
                        "at the Citizens' Office. The Register Office updates the population register "
                        "automatically."
                    ),
                    "service": "personalausweis-beantragen",
                },
                {
                    "title": "Let others know",
                    "text": (
                        "Your tax class changes automatically after the wedding. However, you need to inform your "
                        "employer, health insurance fund, bank and insurers yourself. If you are moving in "
                        "together, remember to register your new address."
                    ),
                    "service": "wohnsitz-anmelden",
                },
            ],
        },
    },
    # ------------------------------------------------------- Ausweise & Reisen
    {
        "key": "ausweise-reisen",
        "icon": "passport",
        "services": [
            "personalausweis-beantragen",
            "reisepass-beantragen",
            "vorlaeufiger-personalausweis",
            "kinderreisepass",
            "ausweisverlust-melden",
            "fuehrungszeugnis",
            "meldebescheinigung",
            "beglaubigung",
            "melderegisterauskunft",
            "auskunftssperre",
            "fundsachen",
        ],
        "related": ["umzug", "heirat", "geburt-familie"],
        "de": {
            "title": "Ausweise & Reisen",
            "intro": (
                "Personalausweis, Reisepass oder ein Führungszeugnis für den neuen Job: Im Bürgerbüro "
                "erledigen Sie die meisten Dokumente an einem Termin. Prüfen Sie vor einer Reise rechtzeitig, "
                "ob Ihre Ausweise noch gültig sind – die Herstellung dauert mehrere Wochen."
            ),
            "guide": [
                {
                    "title": "Gültigkeit prüfen",
                    "text": (
                        "Schauen Sie einige Monate vor der Reise auf das Ablaufdatum Ihrer Dokumente. Manche "
                        "Länder verlangen, dass der Reisepass noch mindestens sechs Monate über das Reiseende "
                        "hinaus gültig ist. Die aktuellen Einreisebestimmungen finden Sie beim Auswärtigen Amt."
                    ),
                    "service": None,
                },
                {
                    "title": "Termin buchen und Antrag stellen",
                    "text": (
                        "Buchen Sie online einen Termin im Bürgerbüro und bringen Sie Ihr bisheriges Dokument mit. "
                        "Das biometrische Foto lassen Sie direkt vor Ort aufnehmen oder bringen es als digitales "
                        "Passbild aus dem Fotostudio mit; Papierfotos werden seit Mai 2025 nicht mehr angenommen. "
                        "Ihre Fingerabdrücke werden beim Termin erfasst."
                    ),
                    "service": "personalausweis-beantragen",
                },
                {
                    "title": "Reisepass für Fernreisen",
                    "text": (
                        "Für viele Länder außerhalb Europas brauchen Sie einen Reisepass. Ist es eilig, können "
                        "Sie einen Express-Reisepass gegen Aufpreis beantragen."
                    ),
                    "service": "reisepass-beantragen",
                },
                {
                    "title": "Kurzfristige Lösung",
                    "text": (
                        "Reicht die Zeit nicht mehr, stellt Ihnen das Bürgerbüro einen vorläufigen "
                        "Personalausweis aus. Er wird jedoch nicht in allen Ländern anerkannt."
                    ),
                    "service": "vorlaeufiger-personalausweis",
                },
                {
                    "title": "Ausweis verloren?",
                    "text": (
                        "Melden Sie den Verlust von Personalausweis oder Reisepass sofort, damit das Dokument "
                        "gesperrt wird. Außerhalb der Öffnungszeiten können Sie die Online-Ausweisfunktion über den "
                        "Sperr-Notruf 116 116 sperren lassen."
                    ),
                    "service": "ausweisverlust-melden",
                },
            ],
        },
        "en": {
            "title": "ID documents & travel",
            "intro": (
                "Identity card, passport or a certificate of good conduct for a new job: you can take care "
                "of most documents at the Citizens' Office in a single appointment. Before travelling, check "
                "in good time whether your documents are still valid – producing new ones takes several weeks."
            ),
            "guide": [
                {
                    "title": "Check validity",
                    "text": (
                        "Check the expiry date of your documents a few months before you travel. Some countries "
                        "require your passport to be valid for at least six months beyond the end of your trip. "
                        "You can find current entry requirements on the website of the German Federal Foreign "
                        "Office (Auswärtiges Amt)."
                    ),
                    "service": None,
                },
                {
                    "title": "Book an appointment and apply",
                    "text": (
                        "Book an appointment at the Citizens' Office online and bring your current document. "
                        "You can have your biometric photo taken on site or bring a digital passport photo from a "
                        "photo studio; paper photos have not been accepted since May 2025. "
                        "Your fingerprints will be taken at the appointment."
                    ),
                    "service": "personalausweis-beantragen",
                },
                {
                    "title": "A passport for long-haul travel",
                    "text": (
                        "You need a passport for many countries outside Europe. If you are in a hurry, you can "
                        "apply for an express passport for an additional fee."
                    ),
                    "service": "reisepass-beantragen",
                },
                {
                    "title": "A short-term solution",
                    "text": (
                        "If time is too short, the Citizens' Office can issue you with a temporary identity card. "
                        "However, it is not recognised in all countries."
                    ),
                    "service": "vorlaeufiger-personalausweis",
                },
                {
                    "title": "Lost your ID?",
                    "text": (
                        "Report the loss of your identity card or passport immediately so that the document can "
                        "be blocked. Outside opening hours, you can have the online ID function blocked by calling "
                        "the 116 116 emergency blocking line."
                    ),
                    "service": "ausweisverlust-melden",
                },
            ],
        },
    },
    # ---------------------------------------------------------- Kita & Schule
    {
        "key": "kita-schule",
        "icon": "school",
        "services": [
            "kita-platz",
            "kita-beitraege",
            "schulanmeldung",
            "schuelerfahrkarte",
            "bildung-teilhabe",
            "stadtpass",
        ],
        "related": ["geburt-familie", "soziale-hilfen", "umzug"],
        "de": {
            "title": "Kita & Schule",
            "intro": (
                "Von der Krippe bis zum Schulabschluss: Hier finden Sie Informationen zur Anmeldung in "
                "Kindertageseinrichtungen und Schulen, zu Elternbeiträgen und zum Schulweg. Familien mit "
                "geringem Einkommen können Unterstützung für Mittagessen, Ausflüge und Lernförderung erhalten."
            ),
            "guide": [],
        },
        "en": {
            "title": "Childcare & school",
            "intro": (
                "From nursery to school-leaving certificate: here you will find information on registering "
                "for childcare facilities (Kita) and schools, on parental fees and on getting to school. "
                "Families on a low income can receive support for lunches, school trips and extra tuition."
            ),
            "guide": [],
        },
    },
    # --------------------------------------------------------- Bauen & Wohnen
    {
        "key": "bauen-wohnen",
        "icon": "house",
        "services": [
            "bauvoranfrage",
            "baugenehmigung",
            "hausnummer",
            "grundsteuer",
            "abfallbehaelter-aendern",
            "wohnsitz-anmelden",
            "halteverbot-umzug",
            "wohngeld",
            "wohnberechtigungsschein",
            "allgemeine-anfrage",
        ],
        "related": ["umzug", "abfall", "gewerbe-arbeit"],
        "de": {
            "title": "Bauen & Wohnen",
            "intro": (
                "Sie möchten bauen, umbauen oder suchen eine bezahlbare Wohnung? Hier finden Sie den Weg "
                "von der ersten Idee über die Baugenehmigung bis zum Einzug. Mieterinnen und Mieter mit "
                "kleinem Einkommen erfahren, welche Hilfen beim Wohnen möglich sind."
            ),
            "guide": [
                {
                    "title": "Planungsrecht klären",
                    "text": (
                        "Informieren Sie sich zuerst, was auf Ihrem Grundstück erlaubt ist. Ob ein Bebauungsplan "
                        "gilt, sehen Sie im Geoportal der Stadt. Die Bauaufsicht berät Sie gerne, bevor Sie "
                        "Geld in eine Planung investieren."
                    ),
                    "service": None,
                },
                {
                    "title": "Bauvoranfrage stellen",
                    "text": (
                        "Bei offenen Fragen, etwa zur Größe oder Lage des Gebäudes, klären Sie diese verbindlich "
                        "mit einer Bauvoranfrage. Der Vorbescheid gibt Ihnen Planungssicherheit, bevor Sie den "
                        "vollständigen Bauantrag erarbeiten lassen."
                    ),
                    "service": "bauvoranfrage",
                },
                {
                    "title": "Bauantrag einreichen",
                    "text": (
                        "Den Bauantrag stellt für Sie eine bauvorlageberechtigte Person, zum Beispiel eine "
                        "Architektin oder ein Ingenieur. In Nordrhein-Westfalen können Bauanträge digital "
                        "eingereicht werden. Mit dem Bau dürfen Sie erst beginnen, wenn die Baugenehmigung vorliegt."
                    ),
                    "service": "baugenehmigung",
                },
                {
                    "title": "Baubeginn anzeigen",
                    "text": (
                        "Teilen Sie der Bauaufsicht den Baubeginn mindestens eine Woche vorher mit. Die Bauherrin "
                        "oder der Bauherr ist außerdem dafür verantwortlich, dass die Bauleitung benannt und die "
                        "Nachweise zur Standsicherheit vorliegen."
                    ),
                    "service": None,
                },
                {
                    "title": "Hausnummer beantragen",
                    "text": (
                        "Für ein neues Gebäude vergibt die Stadt eine Hausnummer. Beantragen Sie sie rechtzeitig, "
                        "damit Versorger, Post und Rettungsdienst Ihr Haus finden."
                    ),
                    "service": "hausnummer",
                },
                {
                    "title": "Grundsteuer und Abfallbehälter",
                    "text": (
                        "Zeigen Sie den Neubau dem Finanzamt an; auf dieser Grundlage erhalten Sie später den "
                        "Grundsteuerbescheid der Stadt. Melden Sie vor dem Einzug Ihre Abfallbehälter beim "
                        "Abfallwirtschaftsbetrieb an."
                    ),
                    "service": "grundsteuer",
                },
                {
                    "title": "Einziehen und anmelden",
                    "text": (
                        "Nach dem Einzug melden Sie sich innerhalb von zwei Wochen im Bürgerbüro an. Als "
                        "Eigentümerin oder Eigentümer stellen Sie sich die Wohnungsgeberbestätigung selbst aus."
                    ),
                    "service": "wohnsitz-anmelden",
                },
            ],
        },
        "en": {
            "title": "Building & housing",
            "intro": (
                "Are you planning to build or convert, or looking for affordable housing? Here you will find the way from "
                "your first idea through planning permission to moving in. Tenants on a low income can find "
                "out what help is available with housing costs."
            ),
            "guide": [
                {
                    "title": "Check the planning rules",
                    "text": (
                        "First find out what is permitted on your plot. The town's online map portal (Geoportal) "
                        "shows whether a local development plan (Bebauungsplan) applies. The Building Control "
                        "Authority will be happy to advise you before you invest money in plans."
                    ),
                    "service": None,
                },
                {
                    "title": "Submit a preliminary enquiry",
                    "text": (
                        "If questions remain open, for example about the size or position of the building, you "
                        "can get a binding answer with a preliminary building enquiry (Bauvoranfrage). The "
                        "preliminary decision gives you certainty before you have the full application drawn up."
                    ),
                    "service": "bauvoranfrage",
                },
                {
                    "title": "Submit the building application",
                    "text": (
                        "The building application must be submitted on your behalf by a qualified person entitled "
                        "to do so, such as an architect or engineer. In North Rhine-Westphalia, building "
                        "applications can be submitted digitally. You may only start building once planning "
                        "permission has been granted."
                    ),
                    "service": "baugenehmigung",
                },
                {
                    "title": "Notify the start of building work",
                    "text": (
                        "Inform the Building Control Authority at least one week before work begins. As the "
                        "client, you are also responsible for appointing a site manager and making sure the "
                        "structural safety certificates are in place."
                    ),
                    "service": None,
                },
                {
                    "title": "Apply for a house number",
                    "text": (
                        "The town assigns a house number to every new building. Apply in good time so that "
                        "utility companies, the post and the emergency services can find your home."
                    ),
                    "service": "hausnummer",
                },
                {
                    "title": "Property tax and bins",
                    "text": (
                        "Notify the tax office (Finanzamt) of the new building; on this basis the town will later "
                        "send you a property tax (Grundsteuer) assessment. Register your waste bins with "
                        "Lindenfeld Waste Management before you move in."
                    ),
                    "service": "grundsteuer",
                },
                {
                    "title": "Move in and register",
                    "text": (
                        "Once you have moved in, register your address at the Citizens' Office within two weeks. "
                        "As the owner, you issue the landlord's confirmation (Wohnungsgeberbestätigung) yourself."
                    ),
                    "service": "wohnsitz-anmelden",
                },
            ],
        },
    },
    # ------------------------------------------------------ Abfall & Sperrmüll
    {
        "key": "abfall",
        "icon": "bin",
        "services": [
            "abfallkalender",
            "sperrmuell-anmelden",
            "abfallbehaelter-aendern",
            "gruenabfall",
            "elektroaltgeraete",
            "schadstoffmobil",
            "maengelmelder",
        ],
        "related": ["umzug", "bauen-wohnen"],
        "de": {
            "title": "Abfall & Sperrmüll",
            "intro": (
                "Wann wird welche Tonne geleert, wohin mit dem alten Sofa und wo kann ich Farbreste abgeben? "
                "Der Abfallwirtschaftsbetrieb Lindenfeld hilft Ihnen, Abfälle richtig zu trennen und zu "
                "entsorgen. Illegal abgeladenen Müll können Sie uns einfach online melden."
            ),
            "guide": [],
        },
        "en": {
            "title": "Waste & bulky waste",
            "intro": (
                "When is each bin emptied, how do I get rid of my old sofa and where can I take leftover paint? "
                "Lindenfeld Waste Management helps you sort and dispose of your waste correctly. "
                "You can easily report illegally dumped rubbish to us online."
            ),
            "guide": [],
        },
    },
    # -------------------------------------------------------- Hund & Haustier
    {
        "key": "hund-haustier",
        "icon": "paw",
        "services": [
            "hund-anmelden",
            "grosser-hund-anzeigen",
            "hundesteuer-ermaessigung",
            "hund-abmelden",
            "fundsachen",
        ],
        "related": ["umzug", "soziale-hilfen"],
        "de": {
            "title": "Hund & Haustier",
            "intro": (
                "Ein Hund bringt Freude und einige Pflichten mit sich. In Lindenfeld ist jeder Hund "
                "steuerpflichtig; für große Hunde gelten nach dem Landeshundegesetz NRW zusätzliche Regeln. "
                "Hier erfahren Sie, was Sie beachten müssen."
            ),
            "guide": [
                {
                    "title": "Hund zur Hundesteuer anmelden",
                    "text": (
                        "Melden Sie Ihren Hund an, sobald er bei Ihnen einzieht oder Sie mit ihm nach Lindenfeld "
                        "ziehen. Sie erhalten dann eine Steuermarke, die Ihr Hund außerhalb der Wohnung sichtbar "
                        "tragen muss."
                    ),
                    "service": "hund-anmelden",
                },
                {
                    "title": "Großen Hund anzeigen",
                    "text": (
                        "Erreicht Ihr Hund ausgewachsen eine Schulterhöhe von mindestens 40 cm oder ein Gewicht von "
                        "mindestens 20 kg, müssen Sie ihn "
                        "zusätzlich beim Ordnungsamt anzeigen. Dafür brauchen Sie einen Sachkundenachweis, "
                        "eine Haftpflichtversicherung für den Hund und einen Mikrochip."
                    ),
                    "service": "grosser-hund-anzeigen",
                },
                {
                    "title": "Ermäßigung prüfen",
                    "text": (
                        "Für Assistenzhunde, für Hunde aus dem Tierheim und für Menschen mit geringem Einkommen "
                        "kann die Hundesteuer ermäßigt oder erlassen werden. Stellen Sie dafür einen Antrag."
                    ),
                    "service": "hundesteuer-ermaessigung",
                },
                {
                    "title": "Tier entlaufen oder gefunden?",
                    "text": (
                        "Melden Sie ein entlaufenes oder gefundenes Tier beim Fundbüro. Gefundene Tiere werden im "
                        "Tierheim versorgt. Ein registrierter Mikrochip hilft, die Halterin oder den Halter schnell zu finden."
                    ),
                    "service": "fundsachen",
                },
                {
                    "title": "Hund abmelden",
                    "text": (
                        "Wenn Ihr Hund verstorben ist, abgegeben wurde oder Sie wegziehen, melden Sie ihn ab "
                        "und geben die Steuermarke zurück. Die Steuerpflicht endet in der Regel mit Ablauf des Monats, in dem "
                        "sich die Änderung ergeben hat."
                    ),
                    "service": "hund-abmelden",
                },
            ],
        },
        "en": {
            "title": "Dogs & pets",
            "intro": (
                "A dog brings a lot of joy and a few obligations. In Lindenfeld, dog tax is payable for every "
                "dog, and additional rules apply to large dogs under the North Rhine-Westphalia Dog Act "
                "(Landeshundegesetz NRW). Here you can find out what you need to know."
            ),
            "guide": [
                {
                    "title": "Register your dog for dog tax",
                    "text": (
                        "Register your dog as soon as it comes to live with you or you move to Lindenfeld with it. "
                        "You will then receive a dog tax tag, which your dog must wear visibly whenever it is "
                        "outside your home."
                    ),
                    "service": "hund-anmelden",
                },
                {
                    "title": "Notify a large dog",
                    "text": (
                        "If your dog is, when fully grown, at least 40 cm tall at the shoulder or weighs at least "
                        "20 kg, you must also notify the Public Order Office. For this you need proof of "
                        "competence in handling dogs, liability insurance for the dog and a microchip."
                    ),
                    "service": "grosser-hund-anzeigen",
                },
                {
                    "title": "Check for a reduction",
                    "text": (
                        "Dog tax can be reduced or waived for assistance dogs, dogs adopted from an animal shelter "
                        "and owners on a low income. You need to apply for this."
                    ),
                    "service": "hundesteuer-ermaessigung",
                },
                {
                    "title": "Lost or found an animal?",
                    "text": (
                        "Report a lost or found animal to the Lost Property Office. Found animals are looked after "
                        "at the animal shelter. A registered microchip makes it much easier to trace the owner "
                        "quickly."
                    ),
                    "service": "fundsachen",
                },
                {
                    "title": "Deregister your dog",
                    "text": (
                        "If your dog has died or been given away, or you are moving away, deregister it and return "
                        "the tax tag. Dog tax normally ends at the end of the month in which the change occurred."
                    ),
                    "service": "hund-abmelden",
                },
            ],
        },
    },
    # --------------------------------------------------------- Auto & Verkehr
    {
        "key": "auto-verkehr",
        "icon": "car",
        "services": [
            "fahrzeug-zulassen",
            "fahrzeug-ummelden",
            "fahrzeug-abmelden",
            "wunschkennzeichen",
            "bewohnerparkausweis",
            "behindertenparkausweis",
            "halteverbot-umzug",
            "maengelmelder",
        ],
        "related": ["umzug", "ausweise-reisen"],
        "de": {
            "title": "Auto & Verkehr",
            "intro": (
                "Neues Auto, Umzug oder Abschied vom alten Wagen: Die Zulassungsstelle in Lindenfeld ist eine "
                "Außenstelle des Kreises Rheinauen. Viele Zulassungsvorgänge können Sie inzwischen auch online "
                "erledigen. Außerdem finden Sie hier Parkausweise und Halteverbotszonen."
            ),
            "guide": [],
        },
        "en": {
            "title": "Cars & traffic",
            "intro": (
                "A new car, a move or saying goodbye to your old one: the vehicle registration office in "
                "Lindenfeld is a branch of Rheinauen District (Kreis Rheinauen). Many registration procedures "
                "can now also be completed online. You will also find parking permits and temporary no-parking "
                "zones here."
            ),
            "guide": [],
        },
    },
    # -------------------------------------------------------- Gewerbe & Arbeit
    {
        "key": "gewerbe-arbeit",
        "icon": "briefcase",
        "services": [
            "gewerbe-anmelden",
            "gewerbe-abmelden",
            "gaststaette-anzeigen",
            "sondernutzung-aussengastronomie",
            "baugenehmigung",
            "fuehrungszeugnis",
            "beglaubigung",
            "allgemeine-anfrage",
        ],
        "related": ["bauen-wohnen", "ausweise-reisen"],
        "de": {
            "title": "Gewerbe & Arbeit",
            "intro": (
                "Sie machen sich selbstständig, eröffnen ein Café oder übernehmen einen Betrieb? Die "
                "Wirtschaftsförderung und das Gewerbeamt der Stadt Lindenfeld unterstützen Sie von der "
                "Gründungsidee bis zur Eröffnung. Hier finden Sie die wichtigsten Schritte."
            ),
            "guide": [
                {
                    "title": "Beratung nutzen",
                    "text": (
                        "Lassen Sie sich vor der Gründung kostenlos bei der Wirtschaftsförderung beraten – zu "
                        "Förderprogrammen, Gewerbeflächen und Netzwerken. Auch die Industrie- und Handelskammer "
                        "(IHK) und die Handwerkskammer bieten Gründungsberatung an."
                    ),
                    "service": None,
                },
                {
                    "title": "Gewerbe anmelden",
                    "text": (
                        "Melden Sie Ihr Gewerbe beim Gewerbeamt an, spätestens wenn Sie die Tätigkeit aufnehmen. "
                        "Das Gewerbeamt informiert unter anderem das Finanzamt, die IHK oder Handwerkskammer "
                        "und die Berufsgenossenschaft. Freiberufliche Tätigkeiten melden Sie nur beim Finanzamt."
                    ),
                    "service": "gewerbe-anmelden",
                },
                {
                    "title": "Steuerliche Erfassung",
                    "text": (
                        "Nach der Gewerbeanmeldung fordert Sie das Finanzamt auf, den Fragebogen zur steuerlichen "
                        "Erfassung auszufüllen. Diesen reichen Sie elektronisch über ELSTER ein; danach erhalten "
                        "Sie Ihre Steuernummer."
                    ),
                    "service": None,
                },
                {
                    "title": "Genehmigungen für die Gastronomie",
                    "text": (
                        "Für eine Gaststätte gelten zusätzliche Regeln: Schenken Sie Alkohol aus, brauchen Sie eine "
                        "Gaststättenerlaubnis; ohne Alkoholausschank genügt in der Regel die Gewerbeanmeldung. "
                        "Lassen Sie sich frühzeitig beraten, denn Hygiene-, Brandschutz- "
                        "und Lärmschutzauflagen hängen von den Räumen ab."
                    ),
                    "service": "gaststaette-anzeigen",
                },
                {
                    "title": "Außengastronomie beantragen",
                    "text": (
                        "Möchten Sie Tische und Stühle auf den Gehweg oder einen Platz stellen, benötigen Sie "
                        "eine Sondernutzungserlaubnis. Beantragen Sie sie möglichst vor Beginn der Saison."
                    ),
                    "service": "sondernutzung-aussengastronomie",
                },
                {
                    "title": "Räume prüfen lassen",
                    "text": (
                        "Wenn Sie Räume anders nutzen als bisher, etwa einen Laden als Restaurant, ist oft eine "
                        "Baugenehmigung für die Nutzungsänderung nötig. Klären Sie das mit der Bauaufsicht, "
                        "bevor Sie einen Mietvertrag unterschreiben."
                    ),
                    "service": "baugenehmigung",
                },
            ],
        },
        "en": {
            "title": "Business & work",
            "intro": (
                "Are you becoming self-employed, opening a café or taking over a business? Lindenfeld's "
                "Business Development Office and trade licensing office (Gewerbeamt) support you from your "
                "business idea to your opening day. Here you will find the most important steps."
            ),
            "guide": [
                {
                    "title": "Get advice",
                    "text": (
                        "Before starting up, get free advice from the Business Development Office on funding "
                        "programmes, commercial premises and networks. The Chamber of Industry and Commerce (IHK) "
                        "and the Chamber of Crafts (Handwerkskammer) also offer start-up advice."
                    ),
                    "service": None,
                },
                {
                    "title": "Register your business",
                    "text": (
                        "Register your trade or business (Gewerbeanmeldung) with the trade licensing office no "
                        "later than when you start trading. The office passes the information on to the tax office, "
                        "the IHK or Chamber of Crafts and the statutory accident insurance body, among others. "
                        "Freelance professionals (Freiberufler) only register with the tax office."
                    ),
                    "service": "gewerbe-anmelden",
                },
                {
                    "title": "Tax registration",
                    "text": (
                        "After you have registered your business, the tax office will ask you to complete the tax "
                        "registration questionnaire (Fragebogen zur steuerlichen Erfassung). You submit it "
                        "electronically via ELSTER, the tax authorities' online portal, and then receive your "
                        "tax number."
                    ),
                    "service": None,
                },
                {
                    "title": "Licences for restaurants and bars",
                    "text": (
                        "Additional rules apply to restaurants and bars: if you serve alcohol, you need a licence "
                        "(Gaststättenerlaubnis); if you do not, registering your business is usually enough. "
                        "Get advice early on, as hygiene, fire safety and noise protection "
                        "requirements depend on the premises."
                    ),
                    "service": "gaststaette-anzeigen",
                },
                {
                    "title": "Apply for outdoor seating",
                    "text": (
                        "If you want to put tables and chairs on the pavement or a public square, you need a "
                        "special use permit (Sondernutzungserlaubnis). Apply ideally before the season begins."
                    ),
                    "service": "sondernutzung-aussengastronomie",
                },
                {
                    "title": "Have your premises checked",
                    "text": (
                        "If you use premises differently from before, for example turning a shop into a restaurant, "
                        "you often need planning permission for the change of use. Clarify this with the Building "
                        "Control Authority before you sign a lease."
                    ),
                    "service": "baugenehmigung",
                },
            ],
        },
    },
    # --------------------------------------------------------------- Todesfall
    {
        "key": "todesfall",
        "icon": "candle",
        "services": [
            "sterbefall-beurkunden",
            "sterbeurkunde",
            "grabstaette",
            "fahrzeug-abmelden",
            "hund-abmelden",
        ],
        "related": ["soziale-hilfen", "auto-verkehr"],
        "de": {
            "title": "Todesfall",
            "intro": (
                "Der Tod eines nahestehenden Menschen ist eine schwere Zeit. Trotzdem müssen in den ersten "
                "Tagen einige Dinge geregelt werden. Wir möchten Ihnen dabei helfen, den Überblick zu behalten; "
                "viele Aufgaben kann auch ein Bestattungsunternehmen für Sie übernehmen."
            ),
            "guide": [
                {
                    "title": "Ärztin oder Arzt verständigen",
                    "text": (
                        "Stirbt ein Mensch zu Hause, rufen Sie die Hausarztpraxis oder außerhalb der Sprechzeiten "
                        "den ärztlichen Bereitschaftsdienst unter 116 117. Die Ärztin oder der Arzt stellt den Tod "
                        "fest und füllt die Todesbescheinigung aus. Im Krankenhaus oder Pflegeheim geschieht "
                        "dies dort."
                    ),
                    "service": None,
                },
                {
                    "title": "Bestattungsunternehmen beauftragen",
                    "text": (
                        "Ein Bestattungsunternehmen Ihrer Wahl überführt die verstorbene Person, berät zur Form "
                        "der Bestattung und übernimmt auf Wunsch viele Behördengänge. Bestattungsunternehmen sind "
                        "rund um die Uhr erreichbar."
                    ),
                    "service": None,
                },
                {
                    "title": "Sterbefall beurkunden lassen",
                    "text": (
                        "Der Tod muss spätestens am dritten Werktag danach beim Standesamt angezeigt werden, in "
                        "dessen Bezirk die Person gestorben ist. Das übernimmt meist das Bestattungsunternehmen. "
                        "Das Standesamt informiert das Melderegister automatisch; eine Abmeldung ist nicht nötig."
                    ),
                    "service": "sterbefall-beurkunden",
                },
                {
                    "title": "Sterbeurkunden bestellen",
                    "text": (
                        "Banken, Versicherungen, Rentenversicherung und Nachlassgericht verlangen eine "
                        "Sterbeurkunde. Bestellen Sie gleich mehrere Exemplare."
                    ),
                    "service": "sterbeurkunde",
                },
                {
                    "title": "Grabstätte wählen",
                    "text": (
                        "Auf den städtischen Friedhöfen in Lindenfeld gibt es Reihen-, Wahl-, Urnen- und "
                        "Baumgräber. Die Friedhofsverwaltung berät Sie zu Grabarten, Kosten und Ruhezeiten."
                    ),
                    "service": "grabstaette",
                },
                {
                    "title": "Renten und Verträge klären",
                    "text": (
                        "Einen Vorschuss auf die Hinterbliebenenrente können Sie innerhalb von 30 Tagen beim "
                        "Renten Service der Deutschen Post beantragen. Kündigen oder übertragen Sie außerdem "
                        "Verträge, Abonnements und Mitgliedschaften der verstorbenen Person."
                    ),
                    "service": None,
                },
                {
                    "title": "Fahrzeug und Hund abmelden",
                    "text": (
                        "Hinterlässt die verstorbene Person ein Auto oder einen Hund, müssen diese umgemeldet oder "
                        "abgemeldet werden. Wird das Fahrzeug nicht mehr genutzt, melden Sie es bei der "
                        "Zulassungsstelle ab."
                    ),
                    "service": "fahrzeug-abmelden",
                },
            ],
        },
        "en": {
            "title": "Bereavement",
            "intro": (
                "Losing someone close to you is a very hard time. Even so, a few things have to be arranged in "
                "the first few days. We want to help you keep track of everything; a funeral director can also "
                "take care of many of these tasks for you."
            ),
            "guide": [
                {
                    "title": "Call a doctor",
                    "text": (
                        "If someone dies at home, call their GP or, outside surgery hours, the medical on-call "
                        "service on 116 117. The doctor will confirm the death and complete the death "
                        "certificate (Todesbescheinigung). In a hospital or care home, this is done there."
                    ),
                    "service": None,
                },
                {
                    "title": "Contact a funeral director",
                    "text": (
                        "A funeral director of your choice will transfer the deceased, advise you on the type "
                        "of funeral and, if you wish, deal with many of the formalities. Funeral directors can be "
                        "reached around the clock."
                    ),
                    "service": None,
                },
                {
                    "title": "Register the death",
                    "text": (
                        "A death must be registered no later than the third working day afterwards at the Register "
                        "Office (Standesamt) for the district where the person died. The funeral director usually "
                        "does this. The Register Office informs the population register automatically, so there "
                        "is no need to deregister the person."
                    ),
                    "service": "sterbefall-beurkunden",
                },
                {
                    "title": "Order death certificates",
                    "text": (
                        "Banks, insurers, the pension insurance fund and the probate court will all ask for a "
                        "death certificate. Order several copies straight away."
                    ),
                    "service": "sterbeurkunde",
                },
                {
                    "title": "Choose a grave",
                    "text": (
                        "Lindenfeld's municipal cemeteries offer single graves, family plots, urn graves and "
                        "woodland-style tree graves. The cemetery administration can advise you on types of "
                        "grave, costs and rest periods."
                    ),
                    "service": "grabstaette",
                },
                {
                    "title": "Pensions and contracts",
                    "text": (
                        "You can apply to the pension service of Deutsche Post (Renten Service) within 30 days "
                        "for an advance on the survivor's pension. You should also cancel or transfer the "
                        "deceased's contracts, subscriptions and memberships."
                    ),
                    "service": None,
                },
                {
                    "title": "Deregister vehicle and dog",
                    "text": (
                        "If the deceased leaves a car or a dog, these must be transferred or deregistered. If the "
                        "vehicle is no longer going to be used, deregister it at the vehicle registration office."
                    ),
                    "service": "fahrzeug-abmelden",
                },
            ],
        },
    },
    # ---------------------------------------------------------- Soziale Hilfen
    {
        "key": "soziale-hilfen",
        "icon": "hands",
        "services": [
            "wohngeld",
            "grundsicherung",
            "hilfe-zum-lebensunterhalt",
            "bildung-teilhabe",
            "stadtpass",
            "wohnberechtigungsschein",
            "pflegeberatung",
            "behindertenparkausweis",
            "hundesteuer-ermaessigung",
            "allgemeine-anfrage",
        ],
        "related": ["kita-schule", "bauen-wohnen", "todesfall"],
        "de": {
            "title": "Soziale Hilfen",
            "intro": (
                "Wenn das Geld knapp wird, im Alter, bei Krankheit oder Pflegebedürftigkeit: Niemand muss "
                "das allein bewältigen. Das Sozialamt Lindenfeld berät Sie vertraulich, welche Leistungen "
                "Ihnen zustehen, und hilft beim Antrag. Scheuen Sie sich nicht, Ihren Anspruch prüfen zu lassen."
            ),
            "guide": [],
        },
        "en": {
            "title": "Social support",
            "intro": (
                "When money is tight, in old age, in illness or when you need care: nobody has to cope alone. "
                "Lindenfeld Social Welfare Office (Sozialamt) offers confidential advice on the benefits you are "
                "entitled to and helps you apply. Don't hesitate to have your entitlement checked."
            ),
            "guide": [],
        },
    },
]

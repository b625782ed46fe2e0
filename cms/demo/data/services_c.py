"""Demo data: services (block C) of the fictional town of Lindenfeld (NRW).

Waste, dogs, business, building and general services.
See SCHEMA.md in this directory for the format.
"""

from __future__ import annotations

SERVICES: list[dict] = [
    # ------------------------------------------------------------ Sperrmüll
    {
        "key": "sperrmuell-anmelden",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": {
            "url": "https://www.youtube.com/watch?v=Lf7sPm2QxRk",
            "de": {
                "title": "Sperrmüll anmelden in Lindenfeld – so geht's",
                "transcript": (
                    "Ihr altes Sofa muss raus? In Lindenfeld melden Sie Sperrmüll ganz einfach online beim "
                    "Abfallwirtschaftsbetrieb an. Tragen Sie Ihre Adresse ein und listen Sie die Gegenstände "
                    "auf, zum Beispiel Schrank, Matratze oder Teppich. Kühlschränke, Waschmaschinen und andere "
                    "Elektrogeräte geben Sie bitte gesondert an, denn sie werden mit einem eigenen Fahrzeug "
                    "abgeholt. Sie erhalten Ihren Abholtermin per E-Mail. Stellen Sie den Sperrmüll am Vorabend "
                    "ab 18 Uhr an den Straßenrand, ohne den Gehweg zu versperren. Zwei Abholungen im Jahr sind "
                    "für Ihren Haushalt kostenlos."
                ),
            },
            "en": {
                "title": "Booking a bulky waste collection in Lindenfeld – how it works",
                "transcript": (
                    "Does your old sofa need to go? In Lindenfeld you can simply book a bulky waste collection "
                    "online with Lindenfeld Waste Management. Enter your address and list the items, for example "
                    "a wardrobe, a mattress or a carpet. Please list fridges, washing machines and other "
                    "electrical appliances separately, as they are collected by a different vehicle. You will "
                    "receive your collection date by email. Put the items out at the kerbside from 6 pm on the "
                    "evening before, without blocking the pavement. Two collections a year are free of charge "
                    "for your household."
                ),
            },
        },
        "de": {
            "title": "Sperrmüll anmelden",
            "official_name": "Sperrmüllabfuhr Anmeldung",
            "teaser": (
                "Melden Sie alte Möbel und andere sperrige Gegenstände zur Abholung an – zweimal im Jahr "
                "ist die Abholung kostenlos."
            ),
            "search_terms": (
                "Sperrmuell, Sperrmüllabholung, Sperrmülltermin, Sperrgut, Möbel entsorgen, Sofa, Matratze, "
                "Schrank, Entrümpelung, Müllabfuhr, Expressabholung"
            ),
            "description": (
                "Sperrmüll sind Gegenstände aus dem Haushalt, die auch zerkleinert nicht in die Restmülltonne "
                "passen – zum Beispiel Schränke, Sofas, Matratzen, Teppiche oder Fahrräder. Der "
                "Abfallwirtschaftsbetrieb Lindenfeld (AWL) holt Ihren Sperrmüll nach Anmeldung direkt vor Ihrem "
                "Haus ab. Jeder Haushalt kann zwei reguläre Abholungen pro Kalenderjahr mit jeweils bis zu "
                "5 Kubikmetern kostenlos nutzen; die Kosten sind bereits in den Abfallgebühren enthalten."
                "\n\n"
                "Bei der Anmeldung listen Sie die Gegenstände auf und erhalten anschließend einen festen "
                "Abholtermin. Elektrogroßgeräte wie Kühlschränke oder Waschmaschinen werden mit einem eigenen "
                "Fahrzeug abgeholt; geben Sie diese bitte gesondert an. Wenn es schnell gehen muss, etwa bei "
                "einem Umzug, buchen Sie die kostenpflichtige Expressabholung innerhalb von drei Werktagen."
                "\n\n"
                "Sie können Sperrmüll auch selbst zum Wertstoffhof an der Hafenstraße 60 bringen. "
                "Haushaltsübliche Mengen bis zu 2 Kubikmetern pro Anlieferung nehmen wir dort kostenlos an."
            ),
            "requirements": (
                "Sie wohnen in Lindenfeld auf einem Grundstück, das an die städtische Abfallentsorgung "
                "angeschlossen ist. Die Abholung gilt nur für Sperrmüll aus privaten Haushalten; "
                "Gewerbebetriebe beauftragen ein Entsorgungsunternehmen. Auch Mieterinnen und Mieter können "
                "den Termin selbst anmelden."
            ),
            "documents": [
                "Liste der Gegenstände mit ungefährer Menge in Kubikmetern",
                "Telefonnummer oder E-Mail-Adresse für Rückfragen",
            ],
            "steps": [
                "Sperrmüll online, telefonisch oder per E-Mail beim AWL anmelden und die Gegenstände auflisten",
                "Abholtermin per E-Mail oder Brief erhalten",
                "Sperrmüll am Vorabend ab 18 Uhr oder bis spätestens 6 Uhr am Abholtag gut sichtbar an den Straßenrand stellen",
                "Geh- und Radwege frei lassen; nicht abgeholte Gegenstände bis zum folgenden Werktag beim AWL melden",
            ],
            "fee_note": (
                "Zwei reguläre Abholungen pro Haushalt und Kalenderjahr mit jeweils bis zu 5 m³ sind kostenlos. "
                "Jede weitere reguläre Abholung kostet 40,00 EUR. Die Expressabholung innerhalb von drei "
                "Werktagen kostet 50,00 EUR."
            ),
            "processing_time": (
                "Regulärer Abholtermin in der Regel innerhalb von zwei bis drei Wochen; Expressabholung "
                "innerhalb von drei Werktagen"
            ),
            "deadlines": "Termine können Sie bis 12 Uhr am Werktag vor der Abholung ändern oder absagen.",
            "legal_basis": [
                {
                    "title": "§ 17 Kreislaufwirtschaftsgesetz (KrWG) – Überlassungspflichten",
                    "url": "https://www.gesetze-im-internet.de/krwg/__17.html",
                },
                {
                    "title": "§ 20 KrWG – Pflichten der öffentlich-rechtlichen Entsorgungsträger",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Abfallsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
                {
                    "title": "Abfallgebührensatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallgebuehrensatzung",
                },
            ],
            "notes": (
                "Nicht zum Sperrmüll gehören unter anderem Bauschutt, Renovierungsabfälle wie Tapeten, Fenster "
                "und Türen, Sanitärkeramik, Autoreifen, Farben und andere Schadstoffe sowie Kleinteile in Säcken "
                "oder Kartons. Bereitgestellten Sperrmüll dürfen nur die Beschäftigten des AWL mitnehmen."
            ),
            "other_ways": (
                "Sie können Sperrmüll auch telefonisch unter +49 2345 6780-700, per E-Mail an "
                "abfallberatung@lindenfeld.example oder persönlich beim Kundenservice an der Hafenstraße 60 "
                "anmelden."
            ),
            "faq": [
                {
                    "q": "Was kann ich tun, wenn ich die zwei kostenlosen Abholungen schon genutzt habe?",
                    "a": (
                        "Sie können eine weitere Abholung für 40,00 EUR buchen oder den Sperrmüll kostenlos "
                        "zum Wertstoffhof bringen."
                    ),
                },
                {
                    "q": "Muss ich bei der Abholung zu Hause sein?",
                    "a": (
                        "Nein. Es genügt, wenn der Sperrmüll rechtzeitig und gut zugänglich am Straßenrand steht."
                    ),
                },
                {
                    "q": "Wohin mit Kleinteilen wie Geschirr oder Spielzeug?",
                    "a": (
                        "Kleinteile, die in die Tonne passen, gehören in den Restmüll. Gut erhaltene Sachen "
                        "nehmen auch das Sozialkaufhaus und die Tauschbörse des AWL gerne an."
                    ),
                },
            ],
        },
        "en": {
            "title": "Book a bulky waste collection",
            "official_name": "Bulky waste collection (Sperrmüllabfuhr) booking",
            "teaser": (
                "Book a collection for old furniture and other bulky items – two collections a year are free "
                "of charge."
            ),
            "search_terms": (
                "bulky waste, bulky rubbish, large item collection, furniture disposal, sofa, mattress, "
                "wardrobe, house clearance, rubbish collection, express collection"
            ),
            "description": (
                "Bulky waste (Sperrmüll) means household items that do not fit into the general waste bin, "
                "even when broken up – for example wardrobes, sofas, mattresses, carpets or bicycles. Once you "
                "have booked, Lindenfeld Waste Management (AWL) will collect your bulky waste from outside your "
                "home. Every household can have two standard collections of up to 5 cubic metres each per "
                "calendar year free of charge; the cost is already included in the waste charges."
                "\n\n"
                "When you book, you list the items and then receive a fixed collection date. Large electrical "
                "appliances such as fridges or washing machines are collected by a separate vehicle, so please "
                "list them separately. If you are in a hurry, for example because you are moving house, you "
                "can book the express collection within three working days for a fee."
                "\n\n"
                "You can also take bulky waste to the recycling centre at Hafenstraße 60 yourself. Normal "
                "household quantities of up to 2 cubic metres per visit are accepted there free of charge."
            ),
            "requirements": (
                "You live in Lindenfeld on a property that is connected to the municipal waste collection "
                "service. The collection is only for bulky waste from private households; businesses must hire "
                "a waste disposal company. Tenants can also book the collection themselves."
            ),
            "documents": [
                "List of the items with an approximate volume in cubic metres",
                "Phone number or email address in case we have any questions",
            ],
            "steps": [
                "Book the collection with AWL online, by phone or by email and list the items",
                "Receive your collection date by email or letter",
                "Put the items out clearly visible at the kerbside from 6 pm on the evening before or by 6 am on the collection day at the latest",
                "Keep pavements and cycle paths clear; report any items left behind to AWL by the next working day",
            ],
            "fee_note": (
                "Two standard collections of up to 5 m³ each per household and calendar year are free of charge. "
                "Each additional standard collection costs EUR 40.00. The express collection within three "
                "working days costs EUR 50.00."
            ),
            "processing_time": (
                "Standard collection usually within two to three weeks; express collection within three "
                "working days"
            ),
            "deadlines": "You can change or cancel your booking until 12 noon on the working day before the collection.",
            "legal_basis": [
                {
                    "title": "Section 17 Circular Economy Act (KrWG) – obligation to hand over waste",
                    "url": "https://www.gesetze-im-internet.de/krwg/__17.html",
                },
                {
                    "title": "Section 20 KrWG – obligations of the public waste management authorities",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Waste Management Bylaw of the Town of Lindenfeld (Abfallsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
                {
                    "title": "Waste Charges Bylaw of the Town of Lindenfeld (Abfallgebührensatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallgebuehrensatzung",
                },
            ],
            "notes": (
                "The following, among other things, do not count as bulky waste: rubble, renovation waste such "
                "as wallpaper, windows and doors, toilets and washbasins, car tyres, paint and other hazardous "
                "substances, and small items in bags or boxes. Only AWL staff are allowed to take away bulky "
                "waste that has been put out for collection."
            ),
            "other_ways": (
                "You can also book a bulky waste collection by phone on +49 2345 6780-700, by email to "
                "abfallberatung@lindenfeld.example or in person at the customer service desk at Hafenstraße 60."
            ),
            "faq": [
                {
                    "q": "What can I do if I have already used my two free collections?",
                    "a": (
                        "You can book an additional collection for EUR 40.00 or take the bulky waste to the "
                        "recycling centre free of charge."
                    ),
                },
                {
                    "q": "Do I have to be at home for the collection?",
                    "a": (
                        "No. It is enough for the items to be at the kerbside on time and easy to reach."
                    ),
                },
                {
                    "q": "What do I do with small items such as crockery or toys?",
                    "a": (
                        "Small items that fit into the bin go in the general waste. The charity shop "
                        "(Sozialkaufhaus) and AWL's swap exchange are also glad to take items in good condition."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------- Abfallbehälter
    {
        "key": "abfallbehaelter-aendern",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "20.00"},
        "video": None,
        "de": {
            "title": "Abfallbehälter anmelden, ändern oder abmelden",
            "official_name": "Abfallbehälter An-, Um- und Abmeldung",
            "teaser": (
                "Neue Mülltonne, andere Größe oder Tonne kaputt? Grundstückseigentümer melden Abfallbehälter "
                "beim Abfallwirtschaftsbetrieb an oder ändern sie."
            ),
            "search_terms": (
                "Mülltonne, Tonne bestellen, Restmülltonne, Biotonne, Papiertonne, blaue Tonne, größere Tonne, "
                "kleinere Tonne, Tonne kaputt, Tonne gestohlen, Müllabfuhr, Müllgebühren"
            ),
            "description": (
                "Jedes bewohnte Grundstück in Lindenfeld muss an die städtische Abfallentsorgung angeschlossen "
                "sein und mindestens eine Restmülltonne und eine Biotonne haben. Restmülltonnen gibt es mit 60, "
                "80, 120 und 240 Litern, für größere Wohnanlagen auch als Container mit 770 oder 1.100 Litern. "
                "Die blaue Papiertonne stellt der Abfallwirtschaftsbetrieb Lindenfeld (AWL) kostenlos zur "
                "Verfügung."
                "\n\n"
                "Melden Sie beim AWL, wenn Sie ein Grundstück neu bebaut oder gekauft haben, wenn sich die Zahl "
                "der Bewohnerinnen und Bewohner ändert oder wenn eine Tonne beschädigt oder verschwunden ist. "
                "Pro Person müssen mindestens 15 Liter Restmüllvolumen je Woche zur Verfügung stehen. Eine "
                "Änderung der Tonnengröße wirkt sich ab dem Folgemonat auf Ihre Abfallgebühren aus."
                "\n\n"
                "Die Gelbe Tonne für Verpackungen stellt nicht der AWL, sondern ein von den dualen Systemen "
                "beauftragtes Unternehmen. Dessen Kontaktdaten finden Sie im Abfallkalender."
            ),
            "requirements": (
                "Anmelden und ändern können nur Grundstückseigentümerinnen und -eigentümer oder die "
                "Hausverwaltung, weil sie die Abfallgebühren schulden. Mieterinnen und Mieter wenden sich an "
                "ihre Vermieterin oder ihren Vermieter."
            ),
            "documents": [
                "Anschrift des Grundstücks und Name der Eigentümerin oder des Eigentümers",
                "Zahl der auf dem Grundstück wohnenden Personen",
                "Bei beschädigten Tonnen: die Behälternummer auf dem Aufkleber an der Tonne",
                "Bei gestohlenen Tonnen: Aktenzeichen der Anzeige bei der Polizei",
            ],
            "steps": [
                "Formular des AWL ausfüllen oder den Kundenservice anrufen",
                "Bestätigung und bei Bedarf einen geänderten Gebührenbescheid erhalten",
                "Die neue Tonne wird geliefert und die alte gleichzeitig abgeholt",
            ],
            "fee_note": (
                "Für den Tausch einer Tonne gegen eine andere Größe berechnen wir 20,00 EUR. Die Erstausstattung "
                "bei einem Neubau, die Papiertonne und der Ersatz einer bei der Leerung beschädigten Tonne sind "
                "kostenlos. Die jährlichen Abfallgebühren richten sich nach dem Behältervolumen, zum Beispiel "
                "276,00 EUR für eine 120-Liter-Restmülltonne mit 14-täglicher Leerung."
            ),
            "processing_time": "In der Regel 10 Werktage",
            "deadlines": (
                "Eigentümerwechsel und Änderungen der Personenzahl müssen Sie innerhalb eines Monats melden."
            ),
            "legal_basis": [
                {
                    "title": "§ 17 Kreislaufwirtschaftsgesetz (KrWG) – Überlassungspflichten",
                    "url": "https://www.gesetze-im-internet.de/krwg/__17.html",
                },
                {
                    "title": "Abfallsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
                {
                    "title": "Abfallgebührensatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallgebuehrensatzung",
                },
            ],
            "notes": (
                "Wer alle Bioabfälle nachweislich auf dem eigenen Grundstück kompostiert, kann eine Befreiung "
                "von der Biotonne beantragen. Das gilt nicht für gekochte Speisereste, die nicht auf den "
                "Kompost gehören."
            ),
            "other_ways": (
                "Sie erreichen den Kundenservice des AWL telefonisch unter +49 2345 6780-700, per E-Mail an "
                "abfallberatung@lindenfeld.example oder persönlich an der Hafenstraße 60."
            ),
            "faq": [
                {
                    "q": "Meine Tonne wurde gestohlen. Was muss ich tun?",
                    "a": (
                        "Erstatten Sie Anzeige bei der Polizei und melden Sie den Verlust mit dem Aktenzeichen "
                        "beim AWL. Sie erhalten dann kostenlos eine neue Tonne."
                    ),
                },
                {
                    "q": "Kann ich mir eine Tonne mit meinen Nachbarn teilen?",
                    "a": (
                        "Ja, benachbarte Grundstücke können eine Abfallgemeinschaft bilden. Das müssen alle "
                        "beteiligten Eigentümerinnen und Eigentümer gemeinsam beim AWL beantragen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Register, change or cancel waste bins",
            "official_name": "Registration, change and cancellation of waste bins",
            "teaser": (
                "New bin, different size or broken bin? Property owners register or change their waste bins "
                "with Lindenfeld Waste Management."
            ),
            "search_terms": (
                "wheelie bin, order a bin, general waste bin, organic waste bin, brown bin, paper bin, blue bin, "
                "bigger bin, smaller bin, broken bin, stolen bin, rubbish collection, waste charges"
            ),
            "description": (
                "Every occupied property in Lindenfeld must be connected to the municipal waste collection "
                "service and have at least one general waste bin and one organic waste bin. General waste bins "
                "come in 60, 80, 120 and 240 litre sizes, and as 770 or 1,100 litre containers for larger "
                "residential complexes. Lindenfeld Waste Management (AWL) provides the blue paper bin free of "
                "charge."
                "\n\n"
                "Let AWL know if you have built on or bought a property, if the number of people living there "
                "changes or if a bin has been damaged or has gone missing. At least 15 litres of general waste "
                "capacity per person per week must be available. A change of bin size affects your waste "
                "charges from the following month."
                "\n\n"
                "The yellow bin for packaging (Gelbe Tonne) is not provided by AWL but by a company "
                "commissioned by the packaging recycling schemes (duale Systeme). You will find its contact "
                "details in the waste collection calendar."
            ),
            "requirements": (
                "Only property owners or the property management can register or change bins, because they "
                "are liable for the waste charges. Tenants should contact their landlord."
            ),
            "documents": [
                "Address of the property and name of the owner",
                "Number of people living on the property",
                "For damaged bins: the bin number on the sticker on the bin",
                "For stolen bins: the police reference number of your report",
            ],
            "steps": [
                "Fill in the AWL form or call customer service",
                "Receive a confirmation and, if necessary, an amended waste charges notice",
                "The new bin is delivered and the old one taken away at the same time",
            ],
            "fee_note": (
                "We charge EUR 20.00 for exchanging a bin for a different size. The first set of bins for a new "
                "building, the paper bin and replacing a bin damaged during emptying are free of charge. The "
                "annual waste charges depend on the bin volume, for example EUR 276.00 for a 120 litre general "
                "waste bin emptied every two weeks."
            ),
            "processing_time": "Usually 10 working days",
            "deadlines": (
                "You must report a change of ownership or a change in the number of occupants within one month."
            ),
            "legal_basis": [
                {
                    "title": "Section 17 Circular Economy Act (KrWG) – obligation to hand over waste",
                    "url": "https://www.gesetze-im-internet.de/krwg/__17.html",
                },
                {
                    "title": "Waste Management Bylaw of the Town of Lindenfeld (Abfallsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
                {
                    "title": "Waste Charges Bylaw of the Town of Lindenfeld (Abfallgebührensatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallgebuehrensatzung",
                },
            ],
            "notes": (
                "If you can show that you compost all your organic waste on your own property, you can apply "
                "to be exempted from the organic waste bin. This does not cover cooked food leftovers, which "
                "do not belong on the compost heap."
            ),
            "other_ways": (
                "You can reach AWL customer service by phone on +49 2345 6780-700, by email to "
                "abfallberatung@lindenfeld.example or in person at Hafenstraße 60."
            ),
            "faq": [
                {
                    "q": "My bin has been stolen. What do I need to do?",
                    "a": (
                        "Report the theft to the police and notify AWL of the loss, quoting the police reference "
                        "number. You will then receive a new bin free of charge."
                    ),
                },
                {
                    "q": "Can I share a bin with my neighbours?",
                    "a": (
                        "Yes, neighbouring properties can form a shared waste arrangement (Abfallgemeinschaft). "
                        "All the owners involved must apply for this together at AWL."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Grünabfall
    {
        "key": "gruenabfall",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Grünabfall und Gartenabfälle entsorgen",
            "official_name": "Grünabfallentsorgung",
            "teaser": (
                "Rasenschnitt, Laub und Strauchschnitt: Biotonne, Grünschnittsammlung oder Wertstoffhof – so "
                "werden Sie Ihre Gartenabfälle los."
            ),
            "search_terms": (
                "Grünschnitt, Gartenabfälle, Strauchschnitt, Baumschnitt, Rasenschnitt, Laub, Laubsack, Äste, "
                "Hecke, Kompost, Weihnachtsbaum, Tannenbaum, Biotonne"
            ),
            "description": (
                "Kleinere Mengen Gartenabfälle wie Rasenschnitt, Laub oder Blumen gehören in die Biotonne. "
                "Zweimal im Jahr, im März und im November, holt der Abfallwirtschaftsbetrieb Lindenfeld (AWL) "
                "außerdem gebündelten Strauch- und Baumschnitt an der Straße ab. Die Termine für Ihre Straße "
                "stehen im Abfallkalender. Im Herbst erhalten Sie beim AWL und in vielen Baumärkten Laubsäcke, "
                "die zusammen mit der Biotonne abgeholt werden."
                "\n\n"
                "Größere Mengen bringen Sie zum Wertstoffhof an der Hafenstraße 60. Bis zu 1 Kubikmeter "
                "Grünabfall pro Tag nehmen wir von privaten Haushalten kostenlos an. Dort erhalten Sie im "
                "Frühjahr auch fertigen Kompost für Ihren Garten. Weihnachtsbäume werden in der ersten und "
                "zweiten Januarwoche abgeholt, wenn sie ohne Schmuck am Straßenrand liegen."
            ),
            "requirements": (
                "Die kostenlosen Angebote gelten für Grünabfälle aus privaten Gärten in Lindenfeld. "
                "Garten- und Landschaftsbaubetriebe geben Grünabfälle gegen Gebühr am Wertstoffhof ab."
            ),
            "documents": [],
            "steps": [
                "Menge abschätzen: Biotonne, Laubsack, Straßensammlung oder Wertstoffhof wählen",
                "Strauchschnitt für die Straßensammlung in Bündeln von höchstens 1,5 m Länge und 25 kg mit Naturschnur binden",
                "Bündel am Abholtag bis 6 Uhr an den Straßenrand legen oder Grünabfall zum Wertstoffhof bringen",
            ],
            "fee_note": (
                "Biotonne, Straßensammlung und die Anlieferung bis 1 m³ pro Tag am Wertstoffhof sind in den "
                "Abfallgebühren enthalten. Jeder weitere Kubikmeter kostet 12,00 EUR. Ein Laubsack mit 100 Litern "
                "kostet 2,50 EUR."
            ),
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 20 Kreislaufwirtschaftsgesetz (KrWG) – Getrennte Sammlung von Bioabfällen",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Abfallsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "Das Verbrennen von Gartenabfällen ist in Lindenfeld grundsätzlich verboten. Baumstämme und "
                "Wurzelstöcke mit mehr als 15 cm Durchmesser nehmen wir nur am Wertstoffhof an."
            ),
            "other_ways": "",
            "faq": [
                {
                    "q": "Warum wurden meine Bündel bei der Straßensammlung nicht mitgenommen?",
                    "a": (
                        "Häufig waren die Bündel zu lang, zu schwer oder mit Draht oder Kunststoffband "
                        "gebunden. Lose Zweige und Säcke nehmen wir bei der Straßensammlung nicht mit."
                    ),
                },
            ],
        },
        "en": {
            "title": "Dispose of green and garden waste",
            "official_name": "Green waste disposal",
            "teaser": (
                "Grass cuttings, leaves and hedge trimmings: organic waste bin, green waste collection or "
                "recycling centre – this is how to get rid of your garden waste."
            ),
            "search_terms": (
                "green waste, garden waste, hedge trimmings, tree cuttings, grass cuttings, leaves, leaf sack, "
                "branches, hedge, compost, Christmas tree collection, fir tree, brown bin"
            ),
            "description": (
                "Small amounts of garden waste such as grass cuttings, leaves or flowers go in the organic waste "
                "bin. Twice a year, in March and November, Lindenfeld Waste Management (AWL) also collects "
                "bundled hedge and tree cuttings from the roadside. The dates for your street are in the waste "
                "collection calendar. In autumn you can buy leaf sacks from AWL and in many DIY stores; they are "
                "collected together with the organic waste bin."
                "\n\n"
                "Take larger amounts to the recycling centre at Hafenstraße 60. We accept up to 1 cubic metre "
                "of green waste per day from private households free of charge. In spring you can also pick up "
                "finished compost for your garden there. Christmas trees are collected in the first and second "
                "weeks of January if they are left at the roadside with all decorations removed."
            ),
            "requirements": (
                "The free services are for green waste from private gardens in Lindenfeld. Landscaping "
                "businesses can hand in green waste at the recycling centre for a fee."
            ),
            "documents": [],
            "steps": [
                "Estimate the amount and choose between the organic waste bin, leaf sacks, the roadside collection and the recycling centre",
                "For the roadside collection, tie cuttings with natural string into bundles no longer than 1.5 m and no heavier than 25 kg",
                "Put the bundles at the roadside by 6 am on the collection day or take the green waste to the recycling centre",
            ],
            "fee_note": (
                "The organic waste bin, the roadside collection and drop-offs of up to 1 m³ per day at the "
                "recycling centre are covered by the waste charges. Each additional cubic metre costs EUR 12.00. "
                "A 100 litre leaf sack costs EUR 2.50."
            ),
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 20 Circular Economy Act (KrWG) – separate collection of organic waste",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Waste Management Bylaw of the Town of Lindenfeld (Abfallsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "Burning garden waste is generally prohibited in Lindenfeld. Tree trunks and stumps more than "
                "15 cm in diameter are only accepted at the recycling centre."
            ),
            "other_ways": "",
            "faq": [
                {
                    "q": "Why were my bundles not taken at the roadside collection?",
                    "a": (
                        "Often the bundles were too long or too heavy, or tied with wire or plastic strapping. "
                        "Loose branches and sacks are not taken at the roadside collection."
                    ),
                },
            ],
        },
    },
    # ---------------------------------------------------- Elektroaltgeräte
    {
        "key": "elektroaltgeraete",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Elektroaltgeräte entsorgen",
            "official_name": "Entsorgung von Elektro- und Elektronikaltgeräten",
            "teaser": (
                "Alte Handys, Toaster oder Kühlschränke gehören nicht in den Hausmüll. Geben Sie sie kostenlos "
                "am Wertstoffhof oder im Handel ab."
            ),
            "search_terms": (
                "Elektroschrott, Elektromüll, E-Schrott, Kühlschrank entsorgen, Waschmaschine entsorgen, "
                "Fernseher, Handy, Computer, Laptop, Energiesparlampe, LED, Akku"
            ),
            "description": (
                "Alles, was mit Strom oder Batterie betrieben wird, ist ein Elektrogerät und darf nicht in die "
                "Restmülltonne. Das Symbol der durchgestrichenen Mülltonne auf dem Gerät weist darauf hin. "
                "Elektroaltgeräte enthalten wertvolle Rohstoffe, aber auch Schadstoffe, und werden deshalb "
                "getrennt gesammelt und verwertet."
                "\n\n"
                "Private Haushalte geben Elektroaltgeräte kostenlos am Wertstoffhof an der Hafenstraße 60 ab. "
                "Große Geräte wie Kühlschränke, Waschmaschinen, Herde oder Fernseher holt der "
                "Abfallwirtschaftsbetrieb Lindenfeld (AWL) nach Anmeldung kostenlos bei Ihnen ab; diese "
                "Abholung wird nicht auf Ihre beiden Sperrmülltermine angerechnet."
                "\n\n"
                "Auch der Handel nimmt Altgeräte zurück: Geschäfte mit mindestens 400 m² Verkaufsfläche für "
                "Elektrogeräte und Lebensmittelmärkte ab 800 m², die regelmäßig Elektrogeräte verkaufen, müssen "
                "kleine Geräte bis 25 cm Kantenlänge kostenlos annehmen, auch ohne dass Sie etwas kaufen. Beim "
                "Kauf eines neuen Geräts nehmen sie ein gleichartiges Altgerät zurück."
            ),
            "requirements": (
                "Die kostenlose Annahme gilt für haushaltsübliche Mengen aus privaten Haushalten. Entnehmen Sie "
                "vor der Abgabe Batterien und Akkus, die sich ohne Werkzeug herausnehmen lassen, und löschen Sie "
                "persönliche Daten auf Handys und Computern."
            ),
            "documents": [],
            "steps": [
                "Batterien und Akkus entnehmen und persönliche Daten löschen",
                "Kleingeräte zum Wertstoffhof oder in ein Geschäft bringen",
                "Für Großgeräte online oder telefonisch beim AWL einen Abholtermin vereinbaren",
                "Großgeräte am Abholtag bis 6 Uhr unbeschädigt an den Straßenrand stellen",
            ],
            "fee_note": "Die Abgabe und die Abholung von Elektroaltgeräten aus privaten Haushalten sind kostenlos.",
            "processing_time": "Abholung von Großgeräten in der Regel innerhalb von zwei Wochen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 10 Elektro- und Elektronikgerätegesetz (ElektroG) – Getrennte Erfassung",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__10.html",
                },
                {
                    "title": "§ 13 ElektroG – Sammlung durch die öffentlich-rechtlichen Entsorgungsträger",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__13.html",
                },
                {
                    "title": "§ 17 ElektroG – Rücknahmepflicht der Vertreiber",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__17.html",
                },
            ],
            "notes": (
                "Bauen Sie aus Kühlgeräten keine Teile aus und beschädigen Sie keine Kühlleitungen, weil sonst "
                "klimaschädliche Gase entweichen. Lithium-Akkus mit Beschädigungen geben Sie wegen der "
                "Brandgefahr bitte direkt beim Personal des Wertstoffhofs ab."
            ),
            "other_ways": (
                "Kleine Elektrogeräte und Energiesparlampen nimmt auch das Schadstoffmobil an."
            ),
            "faq": [
                {
                    "q": "Darf ich Elektrogeräte zum Sperrmüll stellen?",
                    "a": (
                        "Nein. Elektrogeräte werden getrennt abgeholt. Melden Sie sie bei der "
                        "Sperrmüllanmeldung gesondert an."
                    ),
                },
                {
                    "q": "Wohin mit alten Glühbirnen?",
                    "a": (
                        "Herkömmliche Glühbirnen und Halogenlampen gehören in den Restmüll. Energiesparlampen und "
                        "LED-Lampen sind Elektroschrott und werden am Wertstoffhof oder im Handel angenommen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Dispose of old electrical appliances",
            "official_name": "Disposal of waste electrical and electronic equipment",
            "teaser": (
                "Old mobile phones, toasters or fridges do not belong in household waste. Hand them in free of "
                "charge at the recycling centre or in shops."
            ),
            "search_terms": (
                "electrical waste, e-waste, electronic waste, WEEE, fridge disposal, washing machine disposal, "
                "television, mobile phone, computer, laptop, energy-saving bulb, LED, rechargeable battery"
            ),
            "description": (
                "Anything that runs on mains power or batteries is an electrical appliance and must not go in "
                "the general waste bin. The crossed-out wheelie bin symbol on the appliance indicates this. "
                "Old electrical appliances contain valuable raw materials but also hazardous substances, so "
                "they are collected and recycled separately."
                "\n\n"
                "Private households can hand in old electrical appliances free of charge at the recycling "
                "centre at Hafenstraße 60. Lindenfeld Waste Management (AWL) collects large appliances such as "
                "fridges, washing machines, cookers or televisions from your home free of charge if you book a "
                "collection; this does not count towards your two bulky waste collections."
                "\n\n"
                "Shops also take back old appliances: shops with at least 400 m² of sales space for electrical "
                "goods, and supermarkets of 800 m² or more that regularly sell electrical goods, must accept "
                "small appliances up to 25 cm in length free of charge, even if you do not buy anything. When "
                "you buy a new appliance, they will take back an old one of the same type."
            ),
            "requirements": (
                "Free acceptance applies to normal household quantities from private households. Before handing "
                "in an appliance, remove any batteries that can be taken out without tools and delete personal "
                "data from mobile phones and computers."
            ),
            "documents": [],
            "steps": [
                "Remove batteries and delete personal data",
                "Take small appliances to the recycling centre or a shop",
                "For large appliances, book a collection with AWL online or by phone",
                "Put large appliances out undamaged at the kerbside by 6 am on the collection day",
            ],
            "fee_note": "Handing in and collection of old electrical appliances from private households are free of charge.",
            "processing_time": "Large appliances are usually collected within two weeks",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 10 Electrical and Electronic Equipment Act (ElektroG) – separate collection",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__10.html",
                },
                {
                    "title": "Section 13 ElektroG – collection by the public waste management authorities",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__13.html",
                },
                {
                    "title": "Section 17 ElektroG – retailers' take-back obligation",
                    "url": "https://www.gesetze-im-internet.de/elektrog_2015/__17.html",
                },
            ],
            "notes": (
                "Do not remove any parts from fridges or freezers and do not damage the cooling pipes, as "
                "otherwise climate-damaging gases escape. Because of the fire risk, please hand damaged lithium "
                "batteries directly to the staff at the recycling centre."
            ),
            "other_ways": (
                "The mobile hazardous waste collection (Schadstoffmobil) also accepts small electrical "
                "appliances and energy-saving bulbs."
            ),
            "faq": [
                {
                    "q": "Can I put electrical appliances out with the bulky waste?",
                    "a": (
                        "No. Electrical appliances are collected separately. List them separately when you book "
                        "your bulky waste collection."
                    ),
                },
                {
                    "q": "What do I do with old light bulbs?",
                    "a": (
                        "Traditional incandescent and halogen bulbs go in the general waste. Energy-saving bulbs "
                        "and LED lamps count as electrical waste and are accepted at the recycling centre or in "
                        "shops."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------- Schadstoffmobil
    {
        "key": "schadstoffmobil",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 0,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Schadstoffe entsorgen – Schadstoffmobil",
            "official_name": "Sammlung schadstoffhaltiger Abfälle aus Haushalten",
            "teaser": (
                "Farben, Lacke, Chemikalien und Batterien nimmt das Schadstoffmobil kostenlos an. Die "
                "Haltestellen finden Sie im Abfallkalender."
            ),
            "search_terms": (
                "Sondermüll, Giftmüll, Problemabfall, Farbreste, Lack, Lösungsmittel, Chemikalien, "
                "Pflanzenschutzmittel, Batterien, Spraydosen, Schadstoffsammlung, Umweltmobil"
            ),
            "description": (
                "Schadstoffhaltige Abfälle aus dem Haushalt dürfen nicht in die Tonne oder in den Ausguss. Dazu "
                "gehören zum Beispiel lösemittelhaltige Farben und Lacke, Holzschutzmittel, Pflanzenschutz- und "
                "Schädlingsbekämpfungsmittel, Säuren und Laugen, Reinigungsmittel, Spraydosen mit Restinhalt, "
                "Batterien und quecksilberhaltige Thermometer."
                "\n\n"
                "Das Schadstoffmobil des Abfallwirtschaftsbetriebs Lindenfeld (AWL) hält viermal im Jahr in "
                "jedem Stadtteil. Ort und Uhrzeit stehen im Abfallkalender. Übergeben Sie die Abfälle "
                "persönlich an das Fachpersonal. Außerdem können Sie Schadstoffe jeden ersten und dritten "
                "Samstag im Monat von 8 bis 13 Uhr am Wertstoffhof an der Hafenstraße 60 abgeben."
            ),
            "requirements": (
                "Angenommen werden haushaltsübliche Mengen bis 20 Kilogramm oder 20 Liter je Anlieferung, "
                "möglichst in der verschlossenen Originalverpackung."
            ),
            "documents": [],
            "steps": [
                "Haltestelle und Termin im Abfallkalender oder in der Abfall-App nachsehen",
                "Schadstoffe gut verschlossen und möglichst in der Originalverpackung mitbringen",
                "Abfälle persönlich an das Personal des Schadstoffmobils übergeben",
            ],
            "fee_note": (
                "Für private Haushalte kostenlos. Betriebe können Kleinmengen nach Anmeldung gegen Gebühr am "
                "Wertstoffhof abgeben."
            ),
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 20 Kreislaufwirtschaftsgesetz (KrWG) – Pflichten der öffentlich-rechtlichen Entsorgungsträger",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Abfallsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "Stellen Sie Schadstoffe niemals unbeaufsichtigt an der Haltestelle ab. Eingetrocknete "
                "Dispersionsfarbe (Wandfarbe) gehört in den Restmüll. Nicht angenommen werden Asbest, "
                "Feuerwerkskörper, Munition und Gasflaschen; Gasflaschen und Altöl nimmt der Handel zurück."
            ),
            "other_ways": (
                "Batterien können Sie auch in allen Geschäften abgeben, die Batterien verkaufen. Alte Medikamente "
                "gehören in Lindenfeld in den Restmüll; viele Apotheken nehmen sie ebenfalls zurück."
            ),
            "faq": [
                {
                    "q": "Was mache ich mit Wandfarbe?",
                    "a": (
                        "Lassen Sie Reste von Dispersionsfarbe offen eintrocknen und geben Sie die Eimer dann "
                        "in den Restmüll. Flüssige Farbreste bringen Sie zum Schadstoffmobil."
                    ),
                },
            ],
        },
        "en": {
            "title": "Dispose of hazardous waste – mobile collection",
            "official_name": "Collection of hazardous household waste",
            "teaser": (
                "The mobile hazardous waste collection (Schadstoffmobil) accepts paint, varnish, chemicals and "
                "batteries free of charge. The stops are listed in the waste collection calendar."
            ),
            "search_terms": (
                "hazardous waste, toxic waste, special waste, leftover paint, varnish, solvents, chemicals, "
                "pesticides, batteries, aerosol cans, chemical collection, hazardous waste van"
            ),
            "description": (
                "Hazardous household waste must not go in any bin or down the drain. This includes, for "
                "example, solvent-based paints and varnishes, wood preservatives, pesticides and pest control "
                "products, acids and alkalis, cleaning agents, aerosol cans that are not empty, batteries and "
                "mercury thermometers."
                "\n\n"
                "The mobile hazardous waste collection van of Lindenfeld Waste Management (AWL) stops in each "
                "part of town four times a year. The place and time are listed in the waste collection "
                "calendar. Hand the waste over to the specialist staff in person. You can also hand in "
                "hazardous waste at the recycling centre at Hafenstraße 60 on the first and third Saturday of "
                "every month from 8 am to 1 pm."
            ),
            "requirements": (
                "Normal household quantities of up to 20 kilograms or 20 litres per visit are accepted, ideally "
                "in the closed original packaging."
            ),
            "documents": [],
            "steps": [
                "Check the stop and date in the waste collection calendar or the waste app",
                "Bring the hazardous waste tightly closed and, if possible, in its original packaging",
                "Hand the waste over to the staff at the collection van in person",
            ],
            "fee_note": (
                "Free of charge for private households. Businesses can hand in small quantities at the recycling "
                "centre for a fee if they register in advance."
            ),
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 20 Circular Economy Act (KrWG) – obligations of the public waste management authorities",
                    "url": "https://www.gesetze-im-internet.de/krwg/__20.html",
                },
                {
                    "title": "Waste Management Bylaw of the Town of Lindenfeld (Abfallsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "Never leave hazardous waste unattended at the stop. Dried-up emulsion paint (wall paint) goes "
                "in the general waste. Asbestos, fireworks, ammunition and gas bottles are not accepted; gas "
                "bottles and used engine oil are taken back by retailers."
            ),
            "other_ways": (
                "You can also hand in batteries at any shop that sells batteries. In Lindenfeld, old medicines "
                "go in the general waste; many pharmacies also take them back."
            ),
            "faq": [
                {
                    "q": "What do I do with wall paint?",
                    "a": (
                        "Leave leftover emulsion paint to dry out with the lid off and then put the tins in the "
                        "general waste. Take liquid paint residues to the mobile hazardous waste collection."
                    ),
                },
            ],
        },
    },
    # -------------------------------------------------------- Abfallkalender
    {
        "key": "abfallkalender",
        "offices": ["abfallwirtschaft"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 1,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Abfallkalender und Abfuhrtermine",
            "official_name": "Abfuhrkalender",
            "teaser": (
                "Wann wird welche Tonne geleert? Im Abfallkalender finden Sie alle Abfuhrtermine für Ihre "
                "Straße – gedruckt, online und in der Abfall-App."
            ),
            "search_terms": (
                "Müllabfuhr, Müllkalender, Abfuhrtermine, Abholtermine, Tonne rausstellen, Feiertag, "
                "Verschiebung, Tonne nicht geleert, Abfall-App, Erinnerung, Gelber Sack, Gelbe Tonne"
            ),
            "description": (
                "Der Abfallwirtschaftsbetrieb Lindenfeld (AWL) stellt für jede Straße einen eigenen "
                "Abfallkalender zusammen. Darin stehen die Leerungstage für Restmüll, Bioabfall, Papier und die "
                "Gelbe Tonne sowie die Termine der Grünschnittsammlung und die Haltestellen des "
                "Schadstoffmobils. Alle Haushalte erhalten den gedruckten Kalender im Dezember für das folgende "
                "Jahr mit der Post."
                "\n\n"
                "Online können Sie Ihren persönlichen Kalender nach Eingabe Ihrer Adresse ansehen, als PDF "
                "drucken oder in Ihren digitalen Kalender übernehmen. Die kostenlose Abfall-App erinnert Sie am "
                "Vorabend an die Leerung. Fällt ein Feiertag in die Woche, verschieben sich die folgenden "
                "Leerungen meist um einen Tag; die geänderten Termine sind im Kalender bereits berücksichtigt."
            ),
            "requirements": "",
            "documents": [],
            "steps": [
                "Straße und Hausnummer im Online-Abfallkalender oder in der Abfall-App eingeben",
                "Termine ansehen, als PDF drucken oder in den eigenen Kalender übernehmen",
                "Tonnen am Abfuhrtag bis 6 Uhr mit geschlossenem Deckel an den Straßenrand stellen",
            ],
            "fee_note": "",
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Abfallsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "Restmüll und Papier werden 14-täglich beziehungsweise alle vier Wochen geleert, die Biotonne "
                "von April bis Oktober wöchentlich und sonst 14-täglich. Überfüllte Tonnen oder Tonnen mit "
                "falschem Inhalt bleiben stehen."
            ),
            "other_ways": (
                "Wenn Sie keinen gedruckten Kalender erhalten haben, schickt Ihnen der Kundenservice des AWL "
                "unter +49 2345 6780-700 gerne ein Exemplar zu."
            ),
            "faq": [
                {
                    "q": "Meine Tonne wurde nicht geleert. Was kann ich tun?",
                    "a": (
                        "Melden Sie die vergessene Leerung noch am selben Tag bis 16 Uhr oder spätestens am "
                        "nächsten Werktag beim AWL. Lassen Sie die Tonne bis zur Nachleerung an der Straße stehen."
                    ),
                },
                {
                    "q": "Wer ist für die Gelbe Tonne zuständig?",
                    "a": (
                        "Die Gelbe Tonne leert ein von den dualen Systemen beauftragtes Unternehmen. Die "
                        "Termine stehen trotzdem im Abfallkalender der Stadt."
                    ),
                },
            ],
        },
        "en": {
            "title": "Waste collection calendar and dates",
            "official_name": "Waste collection calendar (Abfuhrkalender)",
            "teaser": (
                "When is each bin emptied? The waste collection calendar shows all collection dates for your "
                "street – in print, online and in the waste app."
            ),
            "search_terms": (
                "bin collection, bin day, rubbish collection, collection dates, putting bins out, public "
                "holiday, changed dates, bin not emptied, waste app, reminder, yellow bag, yellow bin"
            ),
            "description": (
                "Lindenfeld Waste Management (AWL) puts together a separate waste collection calendar for every "
                "street. It lists the collection days for general waste, organic waste, paper and the yellow "
                "packaging bin, as well as the dates of the green waste collection and the stops of the mobile "
                "hazardous waste collection. Every household receives the printed calendar for the following "
                "year by post in December."
                "\n\n"
                "Online, you can enter your address to view your personal calendar, print it as a PDF or add it "
                "to your digital calendar. The free waste app reminds you the evening before collection day. If "
                "there is a public holiday in the week, the following collections are usually moved back by one "
                "day; the changed dates are already shown in the calendar."
            ),
            "requirements": "",
            "documents": [],
            "steps": [
                "Enter your street and house number in the online waste calendar or the waste app",
                "View the dates, print them as a PDF or add them to your own calendar",
                "Put the bins out at the kerbside with the lid closed by 6 am on collection day",
            ],
            "fee_note": "",
            "processing_time": "",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Waste Management Bylaw of the Town of Lindenfeld (Abfallsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/abfallsatzung",
                },
            ],
            "notes": (
                "General waste is collected every two weeks and paper every four weeks; the organic waste bin is "
                "emptied weekly from April to October and every two weeks for the rest of the year. Overfilled "
                "bins or bins with the wrong contents are left unemptied."
            ),
            "other_ways": (
                "If you have not received a printed calendar, AWL customer service will be happy to send you a "
                "copy; call +49 2345 6780-700."
            ),
            "faq": [
                {
                    "q": "My bin was not emptied. What can I do?",
                    "a": (
                        "Report the missed collection to AWL by 4 pm on the same day or on the next working day "
                        "at the latest. Leave the bin at the roadside until it has been emptied."
                    ),
                },
                {
                    "q": "Who is responsible for the yellow bin?",
                    "a": (
                        "The yellow bin is emptied by a company commissioned by the packaging recycling schemes "
                        "(duale Systeme). Its dates are nevertheless included in the town's waste calendar."
                    ),
                },
            ],
        },
    },
    # --------------------------------------------------------- Hund anmelden
    {
        "key": "hund-anmelden",
        "offices": ["steueramt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 3,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Hund anmelden (Hundesteuer)",
            "official_name": "Hundesteuer Anmeldung",
            "teaser": (
                "Jeder Hund in Lindenfeld muss zur Hundesteuer angemeldet werden. Sie erhalten dann die "
                "Steuermarke für Ihren Hund."
            ),
            "search_terms": (
                "Hundemarke, Hundesteuermarke, Steuermarke, Hundesteuer, Hund ummelden, neuer Hund, Welpe, "
                "Zuzug mit Hund, Hund aus dem Tierheim"
            ),
            "description": (
                "Wer in Lindenfeld einen Hund hält, muss ihn beim Steueramt zur Hundesteuer anmelden. Das gilt, "
                "sobald Sie einen Hund aufnehmen oder mit Ihrem Hund nach Lindenfeld ziehen, und auch für Hunde, "
                "die Sie länger als zwei Monate in Pflege haben. Welpen melden Sie an, sobald sie drei Monate alt "
                "sind."
                "\n\n"
                "Nach der Anmeldung erhalten Sie einen Steuerbescheid und eine Hundesteuermarke. Ihr Hund muss "
                "die Marke außerhalb Ihrer Wohnung und Ihres umfriedeten Grundstücks gut sichtbar tragen. Die "
                "Steuer wird vierteljährlich fällig, auf Antrag auch einmal jährlich zum 1. Juli."
                "\n\n"
                "Hunde mit einer Schulterhöhe von mindestens 40 cm oder einem Gewicht von mindestens 20 kg müssen "
                "Sie nach dem Landeshundegesetz NRW zusätzlich beim Ordnungsamt anzeigen."
            ),
            "requirements": (
                "Sie halten einen Hund, der älter als drei Monate ist, und wohnen in Lindenfeld. Halten mehrere "
                "Personen in einem Haushalt gemeinsam Hunde, meldet eine Person alle Hunde an."
            ),
            "documents": [
                "Angaben zum Hund: Rasse oder Mischling, Farbe, Geburtsdatum und Beginn der Haltung",
                "Nummer des Mikrochips, falls vorhanden",
                "Bei Zuzug: Abmeldebestätigung der bisherigen Gemeinde",
                "Bankverbindung, wenn Sie am Lastschriftverfahren teilnehmen möchten",
            ],
            "steps": [
                "Anmeldeformular online ausfüllen oder beim Steueramt abgeben",
                "Steuerbescheid und Hundesteuermarke per Post erhalten",
                "Steuermarke am Halsband oder Geschirr des Hundes befestigen",
            ],
            "fee_note": (
                "Die Anmeldung und die erste Steuermarke sind kostenlos. Die Hundesteuer beträgt jährlich "
                "144,00 EUR für einen Hund, 180,00 EUR je Hund bei zwei Hunden und 216,00 EUR je Hund bei drei "
                "oder mehr Hunden. Für einen gefährlichen Hund im Sinne des Landeshundegesetzes NRW beträgt sie "
                "720,00 EUR. Eine Ersatzmarke kostet 5,00 EUR."
            ),
            "processing_time": "Etwa zwei Wochen",
            "deadlines": (
                "Innerhalb von zwei Wochen nach Beginn der Haltung oder nach dem Zuzug; Welpen innerhalb von "
                "zwei Wochen, nachdem sie drei Monate alt geworden sind."
            ),
            "legal_basis": [
                {
                    "title": "§ 3 Kommunalabgabengesetz für das Land Nordrhein-Westfalen (KAG NRW)",
                    "url": "",
                },
                {
                    "title": "Hundesteuersatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "Wer seinen Hund nicht anmeldet, begeht eine Ordnungswidrigkeit und muss die Steuer "
                "rückwirkend zahlen. Wenn Sie innerhalb von Lindenfeld umziehen, müssen Sie Ihren Hund nicht neu "
                "anmelden; teilen Sie dem Steueramt nur Ihre neue Anschrift mit."
            ),
            "other_ways": (
                "Sie können das Formular auch per Post oder E-Mail an steueramt@lindenfeld.example schicken oder "
                "persönlich im Steueramt im Rathaus abgeben."
            ),
            "faq": [
                {
                    "q": "Ich habe meinen Hund aus dem Tierheim. Muss ich trotzdem Hundesteuer zahlen?",
                    "a": (
                        "Sie müssen den Hund anmelden. Für Hunde aus einem Tierheim können Sie aber eine "
                        "Befreiung für die ersten zwölf Monate beantragen."
                    ),
                },
                {
                    "q": "Was mache ich, wenn die Steuermarke verloren gegangen ist?",
                    "a": "Melden Sie den Verlust beim Steueramt. Sie erhalten eine Ersatzmarke für 5,00 EUR.",
                },
            ],
        },
        "en": {
            "title": "Register a dog (dog tax)",
            "official_name": "Dog tax (Hundesteuer) registration",
            "teaser": (
                "Every dog in Lindenfeld must be registered for dog tax. You will then receive a tax tag for "
                "your dog."
            ),
            "search_terms": (
                "dog tag, dog tax tag, tax tag, dog tax, re-register dog, new dog, puppy, moving with a dog, "
                "rescue dog"
            ),
            "description": (
                "If you keep a dog in Lindenfeld, you must register it for dog tax (Hundesteuer) with the "
                "Municipal Tax Office. This applies as soon as you take in a dog or move to Lindenfeld with your "
                "dog, and also to dogs you foster for more than two months. Register puppies as soon as they "
                "are three months old."
                "\n\n"
                "After registering, you will receive a tax assessment and a dog tax tag. Your dog must wear the "
                "tag visibly whenever it is outside your home and your fenced property. The tax is due "
                "quarterly or, on request, once a year on 1 July."
                "\n\n"
                "Under the North Rhine-Westphalia Dog Act (Landeshundegesetz NRW), dogs with a shoulder height of "
                "at least 40 cm or a weight of at least 20 kg must also be notified to the Public Order Office."
            ),
            "requirements": (
                "You keep a dog that is more than three months old and you live in Lindenfeld. If several "
                "people in one household keep dogs together, one person registers all the dogs."
            ),
            "documents": [
                "Details of the dog: breed or crossbreed, colour, date of birth and date you started keeping it",
                "Microchip number, if available",
                "If you are moving here: confirmation of deregistration from your previous municipality",
                "Bank details if you would like to pay by direct debit",
            ],
            "steps": [
                "Fill in the registration form online or hand it in at the Municipal Tax Office",
                "Receive your tax assessment and dog tax tag by post",
                "Attach the tax tag to your dog's collar or harness",
            ],
            "fee_note": (
                "Registration and the first tax tag are free of charge. The annual dog tax is EUR 144.00 for one "
                "dog, EUR 180.00 per dog for two dogs and EUR 216.00 per dog for three or more dogs. For a "
                "dangerous dog as defined by the North Rhine-Westphalia Dog Act, it is EUR 720.00. A replacement "
                "tag costs EUR 5.00."
            ),
            "processing_time": "About two weeks",
            "deadlines": (
                "Within two weeks of starting to keep the dog or of moving here; for puppies, within two weeks "
                "of them turning three months old."
            ),
            "legal_basis": [
                {
                    "title": "Section 3 Municipal Charges Act of North Rhine-Westphalia (KAG NRW)",
                    "url": "",
                },
                {
                    "title": "Dog Tax Bylaw of the Town of Lindenfeld (Hundesteuersatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "Failing to register your dog is an administrative offence, and the tax will be charged "
                "retrospectively. If you move within Lindenfeld, you do not need to register your dog again; "
                "just let the Municipal Tax Office know your new address."
            ),
            "other_ways": (
                "You can also send the form by post or by email to steueramt@lindenfeld.example, or hand it in "
                "in person at the Municipal Tax Office in the town hall."
            ),
            "faq": [
                {
                    "q": "I adopted my dog from an animal shelter. Do I still have to pay dog tax?",
                    "a": (
                        "You must register the dog. However, you can apply for an exemption for the first twelve "
                        "months for dogs adopted from an animal shelter."
                    ),
                },
                {
                    "q": "What do I do if the tax tag has been lost?",
                    "a": "Report the loss to the Municipal Tax Office. You will receive a replacement tag for EUR 5.00.",
                },
            ],
        },
    },
    # ---------------------------------------------------------- Hund abmelden
    {
        "key": "hund-abmelden",
        "offices": ["steueramt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Hund abmelden (Hundesteuer)",
            "official_name": "Hundesteuer Abmeldung",
            "teaser": (
                "Ihr Hund ist verstorben, hat ein neues Zuhause gefunden oder Sie ziehen weg? Melden Sie ihn "
                "beim Steueramt ab."
            ),
            "search_terms": (
                "Hundemarke zurückgeben, Hundesteuer kündigen, Hund verstorben, Hund abgegeben, Hund verkauft, "
                "Wegzug mit Hund, Hund eingeschläfert"
            ),
            "description": (
                "Wenn Sie keinen Hund mehr halten oder aus Lindenfeld wegziehen, melden Sie Ihren Hund beim "
                "Steueramt ab. Die Steuerpflicht endet mit Ablauf des Monats, in dem der Hund verstorben ist, "
                "abgegeben wurde oder Sie weggezogen sind. Zu viel gezahlte Steuer erstatten wir Ihnen."
                "\n\n"
                "Geben Sie bei der Abmeldung bitte die Hundesteuermarke zurück. Haben Sie Ihren Hund an eine "
                "andere Person abgegeben, nennen Sie uns deren Namen und Anschrift. Bei einem Umzug in eine "
                "andere Gemeinde melden Sie Ihren Hund dort neu an."
            ),
            "requirements": "Sie haben Ihren Hund in Lindenfeld zur Hundesteuer angemeldet.",
            "documents": [
                "Hundesteuermarke",
                "Bei Tod des Hundes: Bescheinigung der Tierarztpraxis oder eine schriftliche Erklärung",
                "Bei Abgabe: Name und Anschrift der neuen Halterin oder des neuen Halters",
                "Bei Wegzug: Datum des Umzugs und die neue Anschrift",
            ],
            "steps": [
                "Abmeldeformular ausfüllen, online oder auf Papier",
                "Formular mit der Steuermarke an das Steueramt schicken oder dort abgeben",
                "Änderungsbescheid erhalten; zu viel gezahlte Steuer wird erstattet",
            ],
            "fee_note": "",
            "processing_time": "Etwa zwei Wochen",
            "deadlines": "Innerhalb von zwei Wochen nach dem Ende der Hundehaltung oder dem Wegzug.",
            "legal_basis": [
                {
                    "title": "Hundesteuersatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "Wenn Ihr Hund aus einem Tierheim stammte oder Sie eine Ermäßigung erhalten haben, müssen Sie "
                "nichts weiter beantragen; die Abmeldung beendet auch die Ermäßigung."
            ),
            "other_ways": (
                "Sie können die Abmeldung per Post oder E-Mail an steueramt@lindenfeld.example schicken. Die "
                "Steuermarke können Sie auch im Bürgerbüro abgeben."
            ),
            "faq": [
                {
                    "q": "Ich habe die Steuermarke nicht mehr. Kann ich den Hund trotzdem abmelden?",
                    "a": (
                        "Ja. Erklären Sie in der Abmeldung kurz, dass die Marke verloren gegangen ist."
                    ),
                },
            ],
        },
        "en": {
            "title": "Deregister a dog (dog tax)",
            "official_name": "Dog tax (Hundesteuer) deregistration",
            "teaser": (
                "Has your dog died or found a new home, or are you moving away? Deregister it with the "
                "Municipal Tax Office."
            ),
            "search_terms": (
                "return dog tag, cancel dog tax, dog died, dog rehomed, dog sold, moving away with a dog, "
                "dog put to sleep"
            ),
            "description": (
                "If you no longer keep a dog or are moving away from Lindenfeld, deregister your dog with the "
                "Municipal Tax Office. Your liability for dog tax ends at the end of the month in which the dog "
                "died or was given away, or in which you moved away. We will refund any tax you have overpaid."
                "\n\n"
                "Please return the dog tax tag when you deregister. If you have given your dog to someone else, "
                "tell us their name and address. If you move to another municipality, register your dog there."
            ),
            "requirements": "Your dog is registered for dog tax in Lindenfeld.",
            "documents": [
                "Dog tax tag",
                "If the dog has died: a certificate from the vet or a written statement",
                "If you have given the dog away: name and address of the new owner",
                "If you are moving away: the moving date and your new address",
            ],
            "steps": [
                "Fill in the deregistration form online or on paper",
                "Send the form with the tax tag to the Municipal Tax Office or hand it in there",
                "Receive an amended assessment; any tax overpaid will be refunded",
            ],
            "fee_note": "",
            "processing_time": "About two weeks",
            "deadlines": "Within two weeks of no longer keeping the dog or of moving away.",
            "legal_basis": [
                {
                    "title": "Dog Tax Bylaw of the Town of Lindenfeld (Hundesteuersatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "If your dog came from an animal shelter or you received a reduction, you do not need to apply "
                "for anything else; deregistration also ends the reduction."
            ),
            "other_ways": (
                "You can send the deregistration by post or by email to steueramt@lindenfeld.example. You can "
                "also hand in the tax tag at the Citizens' Office."
            ),
            "faq": [
                {
                    "q": "I no longer have the tax tag. Can I still deregister my dog?",
                    "a": "Yes. Simply explain in your deregistration that the tag has been lost.",
                },
            ],
        },
    },
    # -------------------------------------------------- Hundesteuer-Ermäßigung
    {
        "key": "hundesteuer-ermaessigung",
        "offices": ["steueramt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Hundesteuer ermäßigen oder erlassen lassen",
            "official_name": "Hundesteuer Ermäßigung und Befreiung",
            "teaser": (
                "Für Assistenzhunde, Hunde aus dem Tierheim und bei geringem Einkommen können Sie eine "
                "Befreiung oder Ermäßigung der Hundesteuer beantragen."
            ),
            "search_terms": (
                "Hundesteuerbefreiung, Hundesteuer sparen, Blindenhund, Assistenzhund, Rettungshund, "
                "Tierheimhund, Bürgergeld Hund, Schwerbehinderung Hund, Hundesteuer ermäßigt"
            ),
            "description": (
                "Die Hundesteuersatzung der Stadt Lindenfeld sieht in bestimmten Fällen eine Befreiung oder "
                "Ermäßigung vor. Steuerfrei sind Blindenführhunde und andere Assistenzhunde, Hunde von Menschen "
                "mit einem Schwerbehindertenausweis mit den Merkzeichen B, Bl, aG oder H sowie geprüfte "
                "Rettungshunde. Hunde, die Sie aus einem anerkannten Tierheim übernehmen, sind für die ersten "
                "zwölf Monate steuerfrei."
                "\n\n"
                "Um die Hälfte ermäßigt wird die Steuer für einen Hund, wenn Sie Bürgergeld beziehungsweise "
                "Grundsicherung für Arbeitsuchende, Sozialhilfe oder Leistungen nach dem "
                "Asylbewerberleistungsgesetz erhalten. Die Vergünstigung gilt ab dem Monat, in dem der Antrag "
                "beim Steueramt eingeht, und nicht rückwirkend."
            ),
            "requirements": (
                "Der Hund ist in Lindenfeld zur Hundesteuer angemeldet. Für gefährliche Hunde im Sinne des "
                "Landeshundegesetzes NRW gibt es keine Ermäßigung. Bei Sozialleistungen wird nur ein Hund je "
                "Haushalt ermäßigt."
            ),
            "documents": [
                "Schwerbehindertenausweis oder Nachweis über die Ausbildung als Assistenzhund",
                "Aktueller Leistungsbescheid, zum Beispiel des Jobcenters oder des Sozialamts",
                "Übernahmevertrag des Tierheims",
                "Prüfungszeugnis für Rettungshunde",
            ],
            "steps": [
                "Antrag mit den passenden Nachweisen beim Steueramt stellen",
                "Geänderten Steuerbescheid erhalten",
                "Bei befristeten Leistungsbescheiden den neuen Bescheid unaufgefordert nachreichen",
            ],
            "fee_note": "Der Antrag ist kostenlos.",
            "processing_time": "Etwa drei bis vier Wochen",
            "deadlines": (
                "Stellen Sie den Antrag möglichst gleich bei der Anmeldung des Hundes, da die Ermäßigung nicht "
                "rückwirkend gewährt wird."
            ),
            "legal_basis": [
                {
                    "title": "Hundesteuersatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "Fallen die Voraussetzungen weg, etwa weil Sie keine Sozialleistungen mehr erhalten, müssen Sie "
                "das dem Steueramt innerhalb von zwei Wochen mitteilen."
            ),
            "other_ways": (
                "Sie können den Antrag formlos per Post oder per E-Mail an steueramt@lindenfeld.example "
                "stellen."
            ),
            "faq": [
                {
                    "q": "Bekomme ich die Ermäßigung auch für meinen zweiten Hund?",
                    "a": (
                        "Die Ermäßigung wegen Sozialleistungen gilt nur für einen Hund. Assistenzhunde und "
                        "Tierheimhunde werden unabhängig von der Zahl der Hunde befreit."
                    ),
                },
            ],
        },
        "en": {
            "title": "Apply for a dog tax reduction or exemption",
            "official_name": "Dog tax reduction and exemption",
            "teaser": (
                "You can apply for a dog tax exemption or reduction for assistance dogs, dogs from animal "
                "shelters and if you are on a low income."
            ),
            "search_terms": (
                "dog tax exemption, save dog tax, guide dog, assistance dog, rescue dog, search and rescue dog, "
                "shelter dog, benefits dog tax, disability dog tax, reduced dog tax"
            ),
            "description": (
                "Lindenfeld's Dog Tax Bylaw provides for an exemption or reduction in certain cases. Guide dogs "
                "for blind people and other assistance dogs are exempt from tax, as are dogs belonging to "
                "people with a severe disability card (Schwerbehindertenausweis) with the markings B, Bl, aG "
                "or H, and certified search and rescue dogs. Dogs you adopt from a recognised animal shelter are "
                "tax-free for the first twelve months."
                "\n\n"
                "The tax for one dog is reduced by half if you receive citizen's income or basic income support "
                "for jobseekers (Bürgergeld/Grundsicherung für Arbeitsuchende), social assistance (Sozialhilfe) "
                "or benefits under the Asylum Seekers' Benefits Act. The reduction applies from the month in "
                "which the Municipal Tax Office receives your application and cannot be backdated."
            ),
            "requirements": (
                "The dog is registered for dog tax in Lindenfeld. There is no reduction for dangerous dogs as "
                "defined by the North Rhine-Westphalia Dog Act. The reduction for people receiving benefits "
                "applies to only one dog per household."
            ),
            "documents": [
                "Severe disability card or proof of training as an assistance dog",
                "Current benefit notice, for example from the Jobcentre or the Social Welfare Office",
                "Adoption contract from the animal shelter",
                "Test certificate for search and rescue dogs",
            ],
            "steps": [
                "Apply to the Municipal Tax Office with the relevant proof",
                "Receive an amended tax assessment",
                "If your benefit notice is time-limited, send in the new notice without being asked",
            ],
            "fee_note": "There is no charge for the application.",
            "processing_time": "About three to four weeks",
            "deadlines": (
                "It is best to apply when you register your dog, as the reduction cannot be granted "
                "retrospectively."
            ),
            "legal_basis": [
                {
                    "title": "Dog Tax Bylaw of the Town of Lindenfeld (Hundesteuersatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/hundesteuersatzung",
                },
            ],
            "notes": (
                "If you no longer meet the conditions, for example because you no longer receive benefits, you "
                "must inform the Municipal Tax Office within two weeks."
            ),
            "other_ways": (
                "You can apply informally by post or by email to steueramt@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "Do I also get the reduction for my second dog?",
                    "a": (
                        "The reduction for people receiving benefits only applies to one dog. Assistance dogs and "
                        "shelter dogs are exempt regardless of how many dogs you keep."
                    ),
                },
            ],
        },
    },
    # ---------------------------------------------------- Großer Hund (40/20)
    {
        "key": "grosser-hund-anzeigen",
        "offices": ["ordnungsamt"],
        "leika": None,
        "audience": ["citizens"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "30.00"},
        "video": None,
        "de": {
            "title": "Großen Hund anzeigen (40/20-Hund)",
            "official_name": "Haltung eines großen Hundes nach § 11 LHundG NRW Anzeige",
            "teaser": (
                "Hunde ab 40 cm Schulterhöhe oder 20 kg Gewicht müssen Sie beim Ordnungsamt anzeigen – mit "
                "Sachkundenachweis, Haftpflichtversicherung und Mikrochip."
            ),
            "search_terms": (
                "40/20 Hund, großer Hund, Landeshundegesetz, LHundG, Sachkundenachweis, Hundeführerschein, "
                "Hundehaftpflicht, Chip, Leinenpflicht, Listenhund, Kampfhund"
            ),
            "description": (
                "Nach dem Landeshundegesetz NRW gilt ein Hund als groß, wenn er ausgewachsen eine Schulterhöhe "
                "von mindestens 40 cm oder ein Gewicht von mindestens 20 kg erreicht. Wer einen solchen Hund "
                "halten will, muss dies vorher dem Ordnungsamt anzeigen und nachweisen, dass er die gesetzlichen "
                "Voraussetzungen erfüllt. Diese Anzeige ist unabhängig von der Anmeldung zur Hundesteuer."
                "\n\n"
                "Sie müssen mindestens 18 Jahre alt, sachkundig und zuverlässig sein. Der Hund muss mit einem "
                "Mikrochip gekennzeichnet und haftpflichtversichert sein. Den Sachkundenachweis erhalten Sie "
                "zum Beispiel bei einer Tierärztin oder einem Tierarzt oder bei einer anerkannten "
                "Hundetrainerin oder einem anerkannten Hundetrainer."
                "\n\n"
                "Große Hunde müssen innerhalb bebauter Ortsteile auf öffentlichen Straßen, Wegen und Plätzen "
                "an der Leine geführt werden."
            ),
            "requirements": (
                "Sie sind mindestens 18 Jahre alt und besitzen die erforderliche Sachkunde und Zuverlässigkeit. "
                "Für den Hund besteht eine Haftpflichtversicherung mit einer Mindestdeckung von 500.000 EUR für "
                "Personenschäden und 250.000 EUR für sonstige Schäden, und er ist mit einem Mikrochip "
                "gekennzeichnet."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Sachkundebescheinigung",
                "Nachweis der Haftpflichtversicherung für den Hund",
                "Nummer des Mikrochips, etwa im EU-Heimtierausweis oder in einer Bescheinigung der Tierarztpraxis",
            ],
            "steps": [
                "Sachkundeprüfung ablegen, Hund chippen lassen und Haftpflichtversicherung abschließen",
                "Anzeigeformular mit den Nachweisen beim Ordnungsamt einreichen",
                "Das Ordnungsamt prüft die Unterlagen und bestätigt die Anzeige schriftlich",
            ],
            "fee_note": (
                "Die Prüfung der Anzeige kostet 30,00 EUR. Kosten für Sachkundeprüfung, Mikrochip und "
                "Versicherung kommen hinzu."
            ),
            "processing_time": "Etwa zwei bis drei Wochen",
            "deadlines": (
                "Vor Beginn der Haltung; bei Welpen, sobald absehbar ist, dass der Hund die Größe oder das "
                "Gewicht erreicht."
            ),
            "legal_basis": [
                {
                    "title": "§ 11 Hundegesetz für das Land Nordrhein-Westfalen (LHundG NRW) – Große Hunde",
                    "url": "",
                },
            ],
            "notes": (
                "Bei begründeten Zweifeln an Ihrer Zuverlässigkeit kann das Ordnungsamt ein Führungszeugnis "
                "verlangen. Für gefährliche Hunde wie Pitbull-Terrier und für Hunde bestimmter Rassen wie "
                "Rottweiler brauchen Sie stattdessen eine Erlaubnis; sprechen Sie uns vorher an."
            ),
            "other_ways": (
                "Sie können die Anzeige mit allen Nachweisen per Post oder per E-Mail an "
                "ordnungsamt@lindenfeld.example schicken."
            ),
            "faq": [
                {
                    "q": "Gilt die Anzeigepflicht auch für Mischlinge?",
                    "a": (
                        "Ja. Es kommt allein auf die Größe oder das Gewicht des ausgewachsenen Hundes an, nicht "
                        "auf die Rasse."
                    ),
                },
                {
                    "q": "Ich ziehe mit meinem großen Hund nach Lindenfeld. Muss ich ihn neu anzeigen?",
                    "a": (
                        "Ja, zeigen Sie den Hund beim Ordnungsamt Lindenfeld an. Nachweise, die Sie bereits in "
                        "einer anderen Gemeinde in NRW vorgelegt haben, können Sie erneut verwenden."
                    ),
                },
            ],
        },
        "en": {
            "title": "Notify a large dog (40/20 dog)",
            "official_name": "Notification of keeping a large dog under Section 11 LHundG NRW",
            "teaser": (
                "Dogs at least 40 cm tall at the shoulder or weighing 20 kg or more must be notified to the "
                "Public Order Office – with proof of competence, liability insurance and a microchip."
            ),
            "search_terms": (
                "40/20 dog, large dog, big dog, NRW dog act, LHundG, proof of competence, dog licence, dog "
                "liability insurance, microchip, lead requirement, listed breed, fighting dog"
            ),
            "description": (
                "Under the North Rhine-Westphalia Dog Act (Landeshundegesetz NRW), a dog counts as large if, "
                "when fully grown, it is at least 40 cm tall at the shoulder or weighs at least 20 kg. Anyone "
                "wishing to keep such a dog must notify the Public Order Office in advance and show that they "
                "meet the legal requirements. This notification is separate from registering the dog for dog "
                "tax."
                "\n\n"
                "You must be at least 18 years old, competent in handling dogs and reliable. The dog must be "
                "microchipped and covered by liability insurance. You can obtain proof of competence "
                "(Sachkundenachweis) from a vet or a recognised dog trainer, for example."
                "\n\n"
                "In built-up areas, large dogs must be kept on a lead on public roads, paths and squares."
            ),
            "requirements": (
                "You are at least 18 years old and have the necessary competence and reliability. The dog is "
                "covered by liability insurance with minimum cover of EUR 500,000 for personal injury and "
                "EUR 250,000 for other damage, and it is microchipped."
            ),
            "documents": [
                "Identity card or passport",
                "Certificate of competence",
                "Proof of liability insurance for the dog",
                "Microchip number, for example in the EU pet passport or on a certificate from the vet",
            ],
            "steps": [
                "Pass the competence test, have the dog microchipped and take out liability insurance",
                "Submit the notification form with the supporting documents to the Public Order Office",
                "The Public Order Office checks the documents and confirms the notification in writing",
            ],
            "fee_note": (
                "Checking the notification costs EUR 30.00. The costs of the competence test, microchip and "
                "insurance come on top of this."
            ),
            "processing_time": "About two to three weeks",
            "deadlines": (
                "Before you start keeping the dog; for puppies, as soon as it is clear that the dog will reach "
                "the height or weight limit."
            ),
            "legal_basis": [
                {
                    "title": "Section 11 Dog Act of North Rhine-Westphalia (LHundG NRW) – large dogs",
                    "url": "",
                },
            ],
            "notes": (
                "If there are well-founded doubts about your reliability, the Public Order Office may ask for a "
                "certificate of good conduct (Führungszeugnis). For dangerous dogs such as pit bull terriers and "
                "for dogs of certain breeds such as Rottweilers, you need a permit instead; please talk to us "
                "beforehand."
            ),
            "other_ways": (
                "You can send the notification with all supporting documents by post or by email to "
                "ordnungsamt@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "Does the notification requirement also apply to crossbreeds?",
                    "a": (
                        "Yes. The only thing that matters is the height or weight of the fully grown dog, not "
                        "its breed."
                    ),
                },
                {
                    "q": "I am moving to Lindenfeld with my large dog. Do I have to notify it again?",
                    "a": (
                        "Yes, notify the dog to the Lindenfeld Public Order Office. You can reuse documents you "
                        "have already submitted to another municipality in North Rhine-Westphalia."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------ Gewerbe anmelden
    {
        "key": "gewerbe-anmelden",
        "offices": ["wirtschaftsfoerderung"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/gewerbe-anmelden",
        "appointment_url": "https://termine.lindenfeld.example/gewerbe",
        "fee": {"kind": "fixed", "amount": "26.00"},
        "video": {
            "url": "https://www.youtube.com/watch?v=Gw3nAm8RtQe",
            "de": {
                "title": "Gewerbe anmelden – in fünf Minuten erklärt",
                "transcript": (
                    "Sie wollen sich selbstständig machen? Dann brauchen Sie in den meisten Fällen eine "
                    "Gewerbeanmeldung. Diese erledigen Sie in Lindenfeld online oder mit Termin beim Gewerbeamt. "
                    "Halten Sie Ihren Personalausweis bereit und beschreiben Sie Ihre Tätigkeit möglichst genau, "
                    "zum Beispiel „Onlinehandel mit Kinderbekleidung“. Für manche Tätigkeiten brauchen Sie vorher "
                    "eine Erlaubnis, etwa als Immobilienmaklerin oder für eine Gaststätte mit Alkoholausschank. "
                    "Nach der Anmeldung erhalten Sie Ihren Gewerbeschein, und das Gewerbeamt informiert unter "
                    "anderem das Finanzamt und die Industrie- und Handelskammer. Die Anmeldung kostet 26 Euro."
                ),
            },
            "en": {
                "title": "Registering a business – explained in five minutes",
                "transcript": (
                    "Do you want to become self-employed? Then in most cases you need to register a business "
                    "(Gewerbeanmeldung). In Lindenfeld you can do this online or by appointment at the trade "
                    "licensing office. Have your identity card ready and describe your activity as precisely as "
                    "possible, for example “online retail of children's clothing”. Some activities need a permit "
                    "first, for example working as an estate agent or running a bar or restaurant that serves "
                    "alcohol. After registering, you receive your business registration certificate "
                    "(Gewerbeschein), and the trade licensing office informs the tax office and the Chamber of "
                    "Industry and Commerce, among others. Registration costs 26 euros."
                ),
            },
        },
        "de": {
            "title": "Gewerbe anmelden",
            "official_name": "Gewerbeanmeldung (Gewerbeanzeige nach § 14 GewO)",
            "teaser": (
                "Wer ein Gewerbe beginnt, übernimmt oder nach Lindenfeld verlegt, muss es beim Gewerbeamt "
                "anmelden – online oder persönlich."
            ),
            "search_terms": (
                "Gewerbeschein, Gewerbeanmeldung, Gewerbeanzeige, selbstständig machen, Existenzgründung, "
                "Firma gründen, Nebengewerbe, Kleingewerbe, Onlineshop, Gewerbeamt, Gewerbe ummelden"
            ),
            "description": (
                "Wer selbstständig, auf Dauer und mit Gewinnabsicht eine gewerbliche Tätigkeit ausübt, muss "
                "dies beim Gewerbeamt anzeigen. Das gilt für die Neugründung ebenso wie für ein Gewerbe im "
                "Nebenerwerb, einen Onlineshop, die Übernahme eines bestehenden Betriebs, eine Zweigstelle oder "
                "den Umzug eines Betriebs nach Lindenfeld. Ändert sich die Tätigkeit oder die Anschrift "
                "innerhalb der Stadt, melden Sie das Gewerbe um. Freie Berufe wie Ärztinnen, Anwälte oder "
                "Künstlerinnen sowie die Land- und Forstwirtschaft sind kein Gewerbe."
                "\n\n"
                "Die Gewerbeanmeldung ist eine Anzeige und keine Genehmigung. Sie erhalten eine "
                "Empfangsbescheinigung, umgangssprachlich „Gewerbeschein“ genannt. Für manche Tätigkeiten "
                "brauchen Sie zusätzlich eine Erlaubnis, etwa für Immobilienmakler, Versicherungsvermittlung, "
                "Bewachung, Gaststätten mit Alkoholausschank, oder eine Eintragung in die Handwerksrolle. Das "
                "Gewerbeamt leitet Ihre Angaben unter anderem an das Finanzamt, die Industrie- und "
                "Handelskammer oder Handwerkskammer, die Berufsgenossenschaft und das Statistische Landesamt "
                "weiter."
            ),
            "requirements": (
                "Sie sind volljährig; Minderjährige brauchen die Genehmigung des Familiengerichts. "
                "Staatsangehörige von Ländern außerhalb der EU und des EWR benötigen einen Aufenthaltstitel, "
                "der die selbstständige Tätigkeit erlaubt. Bei einer GbR meldet jede Gesellschafterin und jeder "
                "Gesellschafter separat an; juristische Personen wie eine GmbH melden über ihre gesetzliche "
                "Vertretung an."
            ),
            "documents": [
                "Personalausweis oder Reisepass mit Meldebescheinigung",
                "Bei eingetragenen Firmen: aktueller Auszug aus dem Handelsregister",
                "Erlaubnis, falls die Tätigkeit erlaubnispflichtig ist",
                "Handwerkskarte bei zulassungspflichtigen Handwerken",
                "Aufenthaltstitel bei Staatsangehörigen aus Nicht-EU-Staaten",
                "Vollmacht und Ausweiskopie, wenn eine andere Person die Anmeldung übernimmt",
            ],
            "steps": [
                "Klären, ob Ihre Tätigkeit ein Gewerbe ist und ob Sie eine Erlaubnis brauchen",
                "Gewerbe online anmelden oder einen Termin beim Gewerbeamt buchen",
                "Gebühr online oder vor Ort bezahlen",
                "Empfangsbescheinigung (Gewerbeschein) erhalten",
                "Fragebogen zur steuerlichen Erfassung über ELSTER an das Finanzamt schicken",
            ],
            "fee_note": (
                "Die Gewerbeanmeldung kostet 26,00 EUR. Bei einer GbR zahlt jede Gesellschafterin und jeder "
                "Gesellschafter die Gebühr für die eigene Anmeldung."
            ),
            "processing_time": (
                "Bei persönlicher Vorsprache sofort; online in der Regel innerhalb von drei Werktagen"
            ),
            "deadlines": "Die Anmeldung muss gleichzeitig mit dem Beginn der Tätigkeit erfolgen.",
            "legal_basis": [
                {
                    "title": "§ 14 Gewerbeordnung (GewO) – Anzeigepflicht",
                    "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
                },
                {
                    "title": "§ 15 GewO – Empfangsbescheinigung",
                    "url": "https://www.gesetze-im-internet.de/gewo/__15.html",
                },
            ],
            "notes": (
                "Die Gewerbeanmeldung ersetzt keine anderen Genehmigungen. Wenn Sie Räume anders nutzen als "
                "bisher, etwa eine Wohnung als Büro oder einen Laden als Imbiss, klären Sie vorher mit der "
                "Bauaufsicht, ob eine Baugenehmigung nötig ist. Die Wirtschaftsförderung berät Sie kostenlos zur "
                "Gründung."
            ),
            "other_ways": (
                "Sie können das ausgefüllte Formular mit einer Ausweiskopie auch per Post an das Gewerbeamt, "
                "Zechenstraße 7, 45999 Lindenfeld, schicken. Die Gebühr überweisen Sie nach Erhalt des "
                "Gebührenbescheids."
            ),
            "faq": [
                {
                    "q": "Muss ich auch für einen kleinen Nebenverdienst ein Gewerbe anmelden?",
                    "a": (
                        "Ja, wenn Sie regelmäßig und mit Gewinnabsicht etwas verkaufen oder Dienstleistungen "
                        "anbieten. Gelegentliche private Verkäufe, etwa auf dem Flohmarkt, sind kein Gewerbe."
                    ),
                },
                {
                    "q": "Bin ich mit der Gewerbeanmeldung auch beim Finanzamt angemeldet?",
                    "a": (
                        "Das Gewerbeamt informiert das Finanzamt. Ihre Steuernummer erhalten Sie aber erst, "
                        "wenn Sie den Fragebogen zur steuerlichen Erfassung über ELSTER eingereicht haben."
                    ),
                },
            ],
        },
        "en": {
            "title": "Register a business",
            "official_name": "Business registration (notification under Section 14 GewO)",
            "teaser": (
                "If you start, take over or move a business to Lindenfeld, you must register it with the trade "
                "licensing office – online or in person."
            ),
            "search_terms": (
                "business licence, business registration, trade registration, becoming self-employed, "
                "starting a business, setting up a company, side business, small business, online shop, trade "
                "licensing office, change business registration"
            ),
            "description": (
                "Anyone who carries on a commercial activity independently, on an ongoing basis and with the "
                "aim of making a profit must notify the trade licensing office (Gewerbeamt). This applies to "
                "new start-ups as well as to a business run on the side, an online shop, taking over an existing "
                "business, a branch or moving a business to Lindenfeld. If your activity or address changes "
                "within the town, you update the registration (Ummeldung). Liberal professions such as doctors, "
                "lawyers or artists, and agriculture and forestry, do not count as a trade (Gewerbe)."
                "\n\n"
                "Registering a business is a notification, not a permit. You receive a certificate of receipt, "
                "commonly known as a Gewerbeschein. Some activities also require a permit, for example for "
                "estate agents, insurance brokers, security services or bars and restaurants that serve "
                "alcohol, or entry in the register of craft businesses (Handwerksrolle). The trade licensing "
                "office passes your details on to the tax office, the Chamber of Industry and Commerce or "
                "Chamber of Crafts, the statutory accident insurance body and the state statistical office, "
                "among others."
            ),
            "requirements": (
                "You are of legal age; minors need the approval of the family court. Nationals of countries "
                "outside the EU and the EEA need a residence permit that allows self-employment. In a civil law "
                "partnership (GbR), each partner registers separately; legal entities such as a GmbH (limited "
                "company) register through their legal representatives."
            ),
            "documents": [
                "Identity card, or passport together with a certificate of registration (Meldebescheinigung)",
                "For registered companies: a current extract from the commercial register",
                "Permit, if the activity requires one",
                "Craftsman's card (Handwerkskarte) for regulated crafts",
                "Residence permit for nationals of non-EU countries",
                "Power of attorney and a copy of your ID if someone else registers on your behalf",
            ],
            "steps": [
                "Check whether your activity counts as a trade and whether you need a permit",
                "Register your business online or book an appointment at the trade licensing office",
                "Pay the fee online or on site",
                "Receive your certificate of receipt (Gewerbeschein)",
                "Send the tax registration questionnaire to the tax office via ELSTER",
            ],
            "fee_note": (
                "Registering a business costs EUR 26.00. In a civil law partnership (GbR), each partner pays the "
                "fee for their own registration."
            ),
            "processing_time": "Immediately if you come in person; online usually within three working days",
            "deadlines": "You must register at the same time as you start the activity.",
            "legal_basis": [
                {
                    "title": "Section 14 Trade, Commerce and Industry Regulation Act (GewO) – duty to notify",
                    "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
                },
                {
                    "title": "Section 15 GewO – certificate of receipt",
                    "url": "https://www.gesetze-im-internet.de/gewo/__15.html",
                },
            ],
            "notes": (
                "Registering a business does not replace any other permits. If you are going to use premises "
                "differently from before, for example a flat as an office or a shop as a takeaway, check with "
                "the Building Control Authority beforehand whether you need planning permission. The Business "
                "Development Office offers free advice on setting up a business."
            ),
            "other_ways": (
                "You can also send the completed form with a copy of your ID by post to the trade licensing "
                "office, Zechenstraße 7, 45999 Lindenfeld. You pay the fee by bank transfer once you receive "
                "the fee notice."
            ),
            "faq": [
                {
                    "q": "Do I have to register a business even for a small extra income?",
                    "a": (
                        "Yes, if you regularly sell goods or offer services with the aim of making a profit. "
                        "Occasional private sales, for example at a flea market, do not count as a business."
                    ),
                },
                {
                    "q": "Does registering my business also register me with the tax office?",
                    "a": (
                        "The trade licensing office informs the tax office. However, you will only receive your "
                        "tax number once you have submitted the tax registration questionnaire via ELSTER."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------ Gewerbe abmelden
    {
        "key": "gewerbe-abmelden",
        "offices": ["wirtschaftsfoerderung"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/gewerbe-abmelden",
        "appointment_url": "https://termine.lindenfeld.example/gewerbe",
        "fee": {"kind": "fixed", "amount": "15.00"},
        "video": None,
        "de": {
            "title": "Gewerbe abmelden",
            "official_name": "Gewerbeabmeldung (Gewerbeanzeige nach § 14 GewO)",
            "teaser": (
                "Sie geben Ihren Betrieb auf, verkaufen ihn oder verlegen ihn in eine andere Stadt? Dann melden "
                "Sie Ihr Gewerbe beim Gewerbeamt ab."
            ),
            "search_terms": (
                "Gewerbeabmeldung, Gewerbe aufgeben, Betriebsaufgabe, Geschäftsaufgabe, Firma schließen, "
                "Gewerbeschein abgeben, Betrieb verkaufen, Gewerbe verlegen, Nebengewerbe beenden"
            ),
            "description": (
                "Wenn Sie Ihr Gewerbe vollständig aufgeben, den Betrieb an eine andere Person übergeben oder ihn "
                "in eine andere Gemeinde verlegen, müssen Sie es beim Gewerbeamt abmelden. Das gilt auch für "
                "die Aufgabe einer Zweigstelle. Bei einem Umzug in eine andere Stadt melden Sie den Betrieb dort "
                "neu an."
                "\n\n"
                "Das Gewerbeamt informiert nach der Abmeldung unter anderem das Finanzamt, die Industrie- und "
                "Handelskammer oder Handwerkskammer und die Berufsgenossenschaft. Verbindlichkeiten wie offene "
                "Steuern oder Beiträge bleiben von der Abmeldung unberührt."
            ),
            "requirements": (
                "Das Gewerbe ist in Lindenfeld angemeldet. Abmelden muss die Gewerbetreibende oder der "
                "Gewerbetreibende selbst, bei Gesellschaften die gesetzliche Vertretung. Ist eine "
                "Gewerbetreibende oder ein Gewerbetreibender verstorben, können die Erben das Gewerbe abmelden."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Bei Gesellschaften: aktueller Auszug aus dem Handelsregister",
                "Bei Abmeldung durch eine andere Person: Vollmacht und Ausweiskopie der Gewerbetreibenden",
                "Bei Abmeldung durch Erben: Sterbeurkunde und Erbschein oder Testament",
            ],
            "steps": [
                "Gewerbe online abmelden oder einen Termin beim Gewerbeamt buchen",
                "Datum der Betriebsaufgabe und den Grund angeben",
                "Gebühr bezahlen und Empfangsbescheinigung erhalten",
            ],
            "fee_note": "Die Gewerbeabmeldung kostet 15,00 EUR. Bei Abmeldung durch Erben wird keine Gebühr erhoben.",
            "processing_time": (
                "Bei persönlicher Vorsprache sofort; online in der Regel innerhalb von drei Werktagen"
            ),
            "deadlines": "Die Abmeldung muss gleichzeitig mit der Aufgabe des Betriebs erfolgen.",
            "legal_basis": [
                {
                    "title": "§ 14 Gewerbeordnung (GewO) – Anzeigepflicht",
                    "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
                },
            ],
            "notes": (
                "Ist ein Betrieb erkennbar seit längerer Zeit aufgegeben und wurde er nicht abgemeldet, kann das "
                "Gewerbeamt ihn von Amts wegen abmelden. Die Pflicht zur Abmeldung bleibt davon unberührt."
            ),
            "other_ways": (
                "Sie können das ausgefüllte Abmeldeformular mit einer Ausweiskopie auch per Post an das "
                "Gewerbeamt schicken."
            ),
            "faq": [
                {
                    "q": "Ich ziehe mit meinem Betrieb innerhalb von Lindenfeld um. Muss ich abmelden?",
                    "a": (
                        "Nein. Bei einem Umzug innerhalb der Stadt melden Sie Ihr Gewerbe um; eine Abmeldung "
                        "ist nicht nötig."
                    ),
                },
            ],
        },
        "en": {
            "title": "Deregister a business",
            "official_name": "Business deregistration (notification under Section 14 GewO)",
            "teaser": (
                "Are you closing, selling or moving your business to another town? Then deregister it with the "
                "trade licensing office."
            ),
            "search_terms": (
                "business deregistration, closing a business, ceasing trading, shutting down a shop, close "
                "company, hand back business licence, sell business, relocate business, end side business"
            ),
            "description": (
                "If you close down your business completely, hand it over to someone else or move it to another "
                "municipality, you must deregister it with the trade licensing office (Gewerbeamt). This also "
                "applies if you close a branch. If you move to another town, register the business there."
                "\n\n"
                "After deregistration, the trade licensing office informs the tax office, the Chamber of "
                "Industry and Commerce or Chamber of Crafts and the statutory accident insurance body, among "
                "others. Deregistration does not affect any liabilities such as outstanding taxes or "
                "contributions."
            ),
            "requirements": (
                "The business is registered in Lindenfeld. The business owner must deregister it personally; for "
                "companies, this is done by their legal representatives. If a business owner has died, their "
                "heirs can deregister the business."
            ),
            "documents": [
                "Identity card or passport",
                "For companies: a current extract from the commercial register",
                "If someone else deregisters on your behalf: power of attorney and a copy of the owner's ID",
                "If heirs deregister: death certificate and certificate of inheritance or will",
            ],
            "steps": [
                "Deregister the business online or book an appointment at the trade licensing office",
                "State the date on which the business ceased and the reason",
                "Pay the fee and receive your certificate of receipt",
            ],
            "fee_note": "Deregistering a business costs EUR 15.00. No fee is charged if heirs deregister the business.",
            "processing_time": "Immediately if you come in person; online usually within three working days",
            "deadlines": "You must deregister at the same time as you close the business.",
            "legal_basis": [
                {
                    "title": "Section 14 Trade, Commerce and Industry Regulation Act (GewO) – duty to notify",
                    "url": "https://www.gesetze-im-internet.de/gewo/__14.html",
                },
            ],
            "notes": (
                "If a business has evidently been closed for some time without being deregistered, the trade "
                "licensing office can deregister it of its own accord. This does not release you from your "
                "duty to deregister."
            ),
            "other_ways": (
                "You can also send the completed deregistration form with a copy of your ID by post to the trade "
                "licensing office."
            ),
            "faq": [
                {
                    "q": "I am moving my business within Lindenfeld. Do I have to deregister?",
                    "a": (
                        "No. If you move within the town, you update your registration (Ummeldung); you do not "
                        "need to deregister."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Gaststätte
    {
        "key": "gaststaette-anzeigen",
        "offices": ["wirtschaftsfoerderung", "bauaufsicht"],
        "leika": None,
        "audience": ["businesses"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": "https://termine.lindenfeld.example/gewerbe",
        "fee": {"kind": "range", "min": "250.00", "max": "1500.00"},
        "video": None,
        "de": {
            "title": "Gaststätte eröffnen (Gaststättenerlaubnis)",
            "official_name": "Gaststättenerlaubnis Erteilung",
            "teaser": (
                "Sie möchten eine Kneipe, ein Restaurant oder eine Bar eröffnen und Alkohol ausschenken? Dafür "
                "brauchen Sie eine Gaststättenerlaubnis."
            ),
            "search_terms": (
                "Gaststättenkonzession, Konzession, Schankerlaubnis, Alkohollizenz, Restaurant eröffnen, "
                "Kneipe, Bar, Café, Imbiss, Gastronomie, Gestattung, Straßenfest, Ausschank"
            ),
            "description": (
                "Wer in Lindenfeld eine Gaststätte betreibt und dort alkoholische Getränke ausschenkt, braucht "
                "nach dem Gaststättengesetz eine Erlaubnis. Die Erlaubnis ist an Ihre Person und an bestimmte "
                "Räume gebunden. Geprüft werden Ihre Zuverlässigkeit, Ihre Kenntnisse im Lebensmittelrecht und "
                "ob die Räume für den Betrieb geeignet sind. Bauaufsicht, Feuerwehr und die "
                "Lebensmittelüberwachung des Kreises Rheinauen werden beteiligt."
                "\n\n"
                "Schenken Sie keinen Alkohol aus, etwa in einem Café, einer Eisdiele oder einem Imbiss, "
                "genügt in der Regel die Gewerbeanmeldung. Für den Ausschank bei einem Vereins- oder Straßenfest "
                "erhalten Sie eine vorübergehende Gestattung. Übernehmen Sie eine bestehende Gaststätte, kann "
                "Ihnen bis zur Entscheidung eine vorläufige Erlaubnis erteilt werden."
            ),
            "requirements": (
                "Sie sind zuverlässig und haben bei der Industrie- und Handelskammer an einer Unterrichtung über "
                "lebensmittelrechtliche Vorschriften teilgenommen. Die Räume sind baurechtlich als Gaststätte "
                "genehmigt und erfüllen die Anforderungen an Hygiene, Brandschutz und Lärmschutz."
            ),
            "documents": [
                "Personalausweis oder Reisepass",
                "Führungszeugnis zur Vorlage bei einer Behörde (Belegart O)",
                "Auskunft aus dem Gewerbezentralregister (Belegart 9)",
                "Unterrichtungsnachweis der Industrie- und Handelskammer",
                "Bescheinigung in Steuersachen des Finanzamts",
                "Grundriss der Räume im Maßstab 1:100 und Miet- oder Pachtvertrag",
            ],
            "steps": [
                "Beratungsgespräch beim Gewerbeamt führen und klären, ob die Räume baurechtlich genehmigt sind",
                "Nachweise beantragen, zum Beispiel Führungszeugnis und IHK-Unterrichtung",
                "Antrag mit allen Unterlagen beim Gewerbeamt einreichen",
                "Stellungnahmen von Bauaufsicht, Feuerwehr und Lebensmittelüberwachung abwarten",
                "Erlaubnis erhalten und das Gewerbe anmelden",
            ],
            "fee_note": (
                "Die Gebühr richtet sich nach dem Aufwand und der Größe des Betriebs und liegt zwischen 250,00 "
                "und 1.500,00 EUR. Eine Gestattung für ein einzelnes Fest kostet ab 50,00 EUR. Für Führungszeugnis "
                "und Registerauskunft fallen beim Bundesamt für Justiz jeweils 13,00 EUR an."
            ),
            "processing_time": "Etwa vier bis acht Wochen nach Eingang der vollständigen Unterlagen",
            "deadlines": (
                "Stellen Sie den Antrag mindestens zwei Monate vor der geplanten Eröffnung, eine Gestattung für "
                "Feste mindestens vier Wochen vorher."
            ),
            "legal_basis": [
                {
                    "title": "§ 2 Gaststättengesetz (GastG) – Erlaubnis",
                    "url": "https://www.gesetze-im-internet.de/gastg/__2.html",
                },
                {
                    "title": "§ 4 GastG – Versagungsgründe",
                    "url": "https://www.gesetze-im-internet.de/gastg/__4.html",
                },
                {
                    "title": "§ 12 GastG – Gestattung",
                    "url": "https://www.gesetze-im-internet.de/gastg/__12.html",
                },
            ],
            "notes": (
                "Beschäftigte, die mit Lebensmitteln arbeiten, brauchen vor Arbeitsbeginn eine Belehrung nach "
                "§ 43 Infektionsschutzgesetz beim Gesundheitsamt. In Gaststätten in Nordrhein-Westfalen gilt ein "
                "umfassendes Rauchverbot. Für Tische und Stühle im Freien beantragen Sie eine "
                "Sondernutzungserlaubnis."
            ),
            "other_ways": (
                "Sie können den Antrag auch per Post an das Gewerbeamt, Zechenstraße 7, 45999 Lindenfeld, "
                "schicken."
            ),
            "faq": [
                {
                    "q": "Gilt die Erlaubnis meines Vorgängers weiter, wenn ich eine Gaststätte übernehme?",
                    "a": (
                        "Nein. Die Erlaubnis gilt nur für die Person, der sie erteilt wurde. Sie brauchen eine "
                        "eigene Erlaubnis; für die Übergangszeit ist eine vorläufige Erlaubnis möglich."
                    ),
                },
                {
                    "q": "Brauche ich für den Getränkeverkauf bei unserem Vereinsfest eine Erlaubnis?",
                    "a": (
                        "Wenn Sie Alkohol ausschenken, ja: Beantragen Sie eine Gestattung mindestens vier Wochen "
                        "vor dem Fest."
                    ),
                },
            ],
        },
        "en": {
            "title": "Open a bar or restaurant (restaurant licence)",
            "official_name": "Grant of a licence to run licensed premises (Gaststättenerlaubnis)",
            "teaser": (
                "Would you like to open a pub, restaurant or bar and serve alcohol? For this you need a "
                "restaurant licence (Gaststättenerlaubnis)."
            ),
            "search_terms": (
                "restaurant licence, licence, liquor licence, alcohol licence, opening a restaurant, pub, bar, "
                "café, snack bar, catering, temporary event licence, street party, serving alcohol"
            ),
            "description": (
                "Anyone running licensed premises in Lindenfeld and serving alcoholic drinks there needs a "
                "licence under the Restaurants Act (Gaststättengesetz). The licence is tied to you personally "
                "and to specific premises. We check your reliability, your knowledge of food law and whether "
                "the premises are suitable. The Building Control Authority, the fire service and Rheinauen "
                "District's food safety inspectorate are involved in the process."
                "\n\n"
                "If you do not serve alcohol, for example in a café, an ice cream parlour or a snack bar, "
                "registering your business is usually enough. To serve alcohol at a club event or street party, "
                "you can get a temporary permit (Gestattung). If you take over existing licensed premises, you "
                "can be granted a provisional licence until a decision is made."
            ),
            "requirements": (
                "You are reliable and have attended a briefing on food law at the Chamber of Industry and "
                "Commerce (IHK). The premises have planning approval for use as a restaurant or bar and meet "
                "the requirements for hygiene, fire safety and noise protection."
            ),
            "documents": [
                "Identity card or passport",
                "Certificate of good conduct for submission to an authority (Führungszeugnis, type O)",
                "Extract from the central trade register (Gewerbezentralregister, type 9)",
                "Certificate of attendance from the Chamber of Industry and Commerce",
                "Tax clearance certificate from the tax office",
                "Floor plan of the premises at a scale of 1:100 and the rental or lease agreement",
            ],
            "steps": [
                "Have an advice meeting at the trade licensing office and check that the premises have planning approval",
                "Apply for the supporting documents, for example the certificate of good conduct and the IHK briefing",
                "Submit the application with all documents to the trade licensing office",
                "Wait for the statements of the Building Control Authority, the fire service and the food safety inspectorate",
                "Receive the licence and register your business",
            ],
            "fee_note": (
                "The fee depends on the work involved and the size of the business and is between EUR 250.00 "
                "and EUR 1,500.00. A temporary permit for a single event costs from EUR 50.00. The certificate of "
                "good conduct and the register extract each cost EUR 13.00 from the Federal Office of Justice."
            ),
            "processing_time": "About four to eight weeks after all documents have been received",
            "deadlines": (
                "Apply at least two months before your planned opening, and at least four weeks in advance for "
                "a temporary event permit."
            ),
            "legal_basis": [
                {
                    "title": "Section 2 Restaurants Act (GastG) – licence",
                    "url": "https://www.gesetze-im-internet.de/gastg/__2.html",
                },
                {
                    "title": "Section 4 GastG – grounds for refusal",
                    "url": "https://www.gesetze-im-internet.de/gastg/__4.html",
                },
                {
                    "title": "Section 12 GastG – temporary permit",
                    "url": "https://www.gesetze-im-internet.de/gastg/__12.html",
                },
            ],
            "notes": (
                "Staff who handle food need a briefing from the public health office under Section 43 of the "
                "Infection Protection Act before they start work. Smoking is banned in all bars and restaurants "
                "in North Rhine-Westphalia. For tables and chairs outdoors, apply for a special use permit "
                "(Sondernutzungserlaubnis)."
            ),
            "other_ways": (
                "You can also send the application by post to the trade licensing office, Zechenstraße 7, "
                "45999 Lindenfeld."
            ),
            "faq": [
                {
                    "q": "If I take over a restaurant, does my predecessor's licence still apply?",
                    "a": (
                        "No. The licence only applies to the person it was granted to. You need your own "
                        "licence; a provisional licence is possible for the transition period."
                    ),
                },
                {
                    "q": "Do we need a licence to sell drinks at our club party?",
                    "a": (
                        "If you serve alcohol, yes: apply for a temporary permit at least four weeks before the "
                        "event."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------- Sondernutzung Außengastronomie
    {
        "key": "sondernutzung-aussengastronomie",
        "offices": ["ordnungsamt"],
        "leika": None,
        "audience": ["businesses"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "range", "min": "50.00", "max": "2500.00"},
        "video": None,
        "de": {
            "title": "Außengastronomie beantragen (Sondernutzung)",
            "official_name": "Sondernutzungserlaubnis für Außengastronomie Erteilung",
            "teaser": (
                "Tische und Stühle auf dem Gehweg oder Marktplatz? Für Außengastronomie auf öffentlichen Flächen "
                "brauchen Sie eine Sondernutzungserlaubnis."
            ),
            "search_terms": (
                "Außengastronomie, Terrasse, Biergarten, Tische auf dem Gehweg, Freisitz, Straßencafé, "
                "Sondernutzung, Sondernutzungserlaubnis, Kundenstopper, Werbeaufsteller, Warenauslage"
            ),
            "description": (
                "Öffentliche Straßen, Gehwege und Plätze dienen in erster Linie dem Verkehr. Wer sie darüber "
                "hinaus nutzt, etwa mit Tischen, Stühlen, Sonnenschirmen und Pflanzkübeln vor einem Café, "
                "braucht eine Sondernutzungserlaubnis des Ordnungsamts. Die Erlaubnis wird für eine Saison vom "
                "1. März bis 31. Oktober oder für ein ganzes Jahr erteilt."
                "\n\n"
                "Damit Fußgängerinnen und Fußgänger, Menschen mit Rollstuhl oder Kinderwagen sowie Rettungskräfte "
                "gut durchkommen, muss eine Gehwegbreite von mindestens 1,50 m frei bleiben. Blindenleitstreifen, "
                "Hydranten, Einfahrten und Haltestellen dürfen nicht verstellt werden. Im Bereich des Marktes "
                "gelten zusätzlich Gestaltungsregeln für Möbel und Schirme."
            ),
            "requirements": (
                "Sie betreiben einen angemeldeten Gastronomiebetrieb, der an die beantragte Fläche angrenzt. Die "
                "Möbel dürfen nicht fest im Boden verankert werden. Heizstrahler sind auf öffentlichen Flächen "
                "nicht erlaubt."
            ),
            "documents": [
                "Lageplan mit Maßen der Fläche und der verbleibenden Gehwegbreite",
                "Beschreibung oder Fotos von Tischen, Stühlen, Schirmen und Abgrenzungen",
                "Gewerbeanmeldung oder Gaststättenerlaubnis",
                "Nachweis einer Betriebshaftpflichtversicherung",
            ],
            "steps": [
                "Fläche ausmessen und Lageplan erstellen",
                "Antrag mit Unterlagen beim Ordnungsamt einreichen",
                "Das Ordnungsamt prüft den Antrag vor Ort und beteiligt bei Bedarf das Tiefbauamt",
                "Erlaubnis mit Auflagen und Gebührenbescheid erhalten",
                "Fläche nach den Vorgaben der Erlaubnis einrichten",
            ],
            "fee_note": (
                "Die Verwaltungsgebühr für die Erlaubnis beträgt 50,00 EUR. Hinzu kommt die "
                "Sondernutzungsgebühr je Quadratmeter und angefangenem Monat: 3,00 EUR in der Innenstadt und "
                "1,50 EUR in den übrigen Stadtteilen."
            ),
            "processing_time": "Etwa zwei bis vier Wochen",
            "deadlines": (
                "Stellen Sie den Antrag mindestens vier Wochen vor der gewünschten Nutzung, für die Saison am "
                "besten bis Ende Januar."
            ),
            "legal_basis": [
                {
                    "title": "§ 18 Straßen- und Wegegesetz des Landes Nordrhein-Westfalen (StrWG NRW) – Sondernutzungen",
                    "url": "",
                },
                {
                    "title": "§ 8 Bundesfernstraßengesetz (FStrG) – Sondernutzungen an Ortsdurchfahrten",
                    "url": "https://www.gesetze-im-internet.de/fstrg/__8.html",
                },
                {
                    "title": "Sondernutzungssatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/sondernutzungssatzung",
                },
            ],
            "notes": (
                "Außengastronomie ist in Wohngebieten in der Regel bis 22 Uhr erlaubt. Für Werbeaufsteller, "
                "Warenauslagen vor Geschäften oder Baugerüste auf dem Gehweg brauchen Sie ebenfalls eine "
                "Sondernutzungserlaubnis."
            ),
            "other_ways": (
                "Sie können den Antrag per E-Mail an ordnungsamt@lindenfeld.example oder per Post an das "
                "Ordnungsamt schicken."
            ),
            "faq": [
                {
                    "q": "Brauche ich eine Erlaubnis, wenn die Fläche vor meinem Lokal mir gehört?",
                    "a": (
                        "Nein, eine Sondernutzungserlaubnis ist nur für öffentliche Flächen nötig. Auf privaten "
                        "Flächen kann aber eine Baugenehmigung für die Außengastronomie erforderlich sein."
                    ),
                },
            ],
        },
        "en": {
            "title": "Apply for outdoor seating (special use permit)",
            "official_name": "Grant of a special use permit for outdoor seating",
            "teaser": (
                "Tables and chairs on the pavement or market square? For outdoor seating on public land you need "
                "a special use permit (Sondernutzungserlaubnis)."
            ),
            "search_terms": (
                "outdoor seating, terrace, beer garden, tables on the pavement, pavement café, street café, "
                "special use, special use permit, A-board, advertising sign, goods display"
            ),
            "description": (
                "Public roads, pavements and squares are primarily for traffic. Anyone who wants to use them "
                "for other purposes, for example with tables, chairs, parasols and planters in front of a café, "
                "needs a special use permit from the Public Order Office. The permit is issued for a season from "
                "1 March to 31 October or for a whole year."
                "\n\n"
                "To make sure that pedestrians, wheelchair users, people with pushchairs and the emergency "
                "services can get through easily, at least 1.50 m of the pavement must be kept clear. Tactile "
                "paving for blind people, hydrants, driveways and bus stops must not be obstructed. Additional "
                "design rules for furniture and parasols apply around the market square."
            ),
            "requirements": (
                "You run a registered catering business adjacent to the area applied for. Furniture must not be "
                "fixed into the ground. Patio heaters are not permitted on public land."
            ),
            "documents": [
                "Site plan showing the dimensions of the area and the remaining pavement width",
                "Description or photos of the tables, chairs, parasols and barriers",
                "Business registration or restaurant licence",
                "Proof of public liability insurance",
            ],
            "steps": [
                "Measure the area and draw up a site plan",
                "Submit the application with the documents to the Public Order Office",
                "The Public Order Office inspects the site and involves the civil engineering department if necessary",
                "Receive the permit with its conditions and the fee notice",
                "Set up the area as specified in the permit",
            ],
            "fee_note": (
                "The administrative fee for the permit is EUR 50.00. In addition, there is a special use charge "
                "per square metre and per month or part of a month: EUR 3.00 in the town centre and EUR 1.50 in "
                "the other districts."
            ),
            "processing_time": "About two to four weeks",
            "deadlines": (
                "Apply at least four weeks before you want to use the area; for the season, ideally by the end "
                "of January."
            ),
            "legal_basis": [
                {
                    "title": "Section 18 Roads Act of North Rhine-Westphalia (StrWG NRW) – special use",
                    "url": "",
                },
                {
                    "title": "Section 8 Federal Trunk Roads Act (FStrG) – special use of through roads in towns",
                    "url": "https://www.gesetze-im-internet.de/fstrg/__8.html",
                },
                {
                    "title": "Special Use Bylaw of the Town of Lindenfeld (Sondernutzungssatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/sondernutzungssatzung",
                },
            ],
            "notes": (
                "In residential areas, outdoor seating is usually permitted until 10 pm. You also need a special "
                "use permit for A-boards, goods displayed in front of shops or scaffolding on the pavement."
            ),
            "other_ways": (
                "You can send the application by email to ordnungsamt@lindenfeld.example or by post to the "
                "Public Order Office."
            ),
            "faq": [
                {
                    "q": "Do I need a permit if I own the area in front of my restaurant?",
                    "a": (
                        "No, a special use permit is only needed for public land. However, planning permission "
                        "may be required for outdoor seating on private land."
                    ),
                },
            ],
        },
    },
    # --------------------------------------------------------- Baugenehmigung
    {
        "key": "baugenehmigung",
        "offices": ["bauaufsicht"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/bauantrag",
        "appointment_url": "https://termine.lindenfeld.example/bauaufsicht",
        "fee": {"kind": "range", "min": "150.00", "max": "30000.00"},
        "video": {
            "url": "https://vimeo.com/874512396",
            "de": {
                "title": "Vom Bauantrag zur Baugenehmigung",
                "transcript": (
                    "Sie planen ein Haus, einen Anbau oder wollen einen Laden in ein Café umbauen? Dann brauchen "
                    "Sie meist eine Baugenehmigung. Den Bauantrag erstellt eine bauvorlageberechtigte Person, zum "
                    "Beispiel Ihre Architektin oder Ihr Ingenieur, und reicht ihn digital bei der Bauaufsicht ein. "
                    "Wir prüfen zuerst, ob die Unterlagen vollständig sind, und beteiligen dann andere Stellen "
                    "wie die Feuerwehr. Im vereinfachten Verfahren dauert das bei vollständigen Unterlagen oft nur "
                    "wenige Wochen. Mit dem Bau beginnen dürfen Sie erst, wenn die Genehmigung vorliegt und Sie "
                    "den Baubeginn eine Woche vorher angezeigt haben. Unser Tipp: Nutzen Sie vorher unsere "
                    "kostenlose Bauberatung."
                ),
            },
            "en": {
                "title": "From building application to planning permission",
                "transcript": (
                    "Are you planning a house or an extension, or do you want to convert a shop into a café? Then "
                    "you usually need planning permission. The application is drawn up by a qualified person, for "
                    "example your architect or engineer, and submitted digitally to the Building Control "
                    "Authority. We first check whether the documents are complete and then consult other bodies "
                    "such as the fire service. In the simplified procedure this often takes only a few weeks if "
                    "the documents are complete. You may only start building once you have the permission and "
                    "have notified us of the start of work one week in advance. Our tip: make use of our free "
                    "building advice service beforehand."
                ),
            },
        },
        "de": {
            "title": "Baugenehmigung beantragen",
            "official_name": "Baugenehmigung Erteilung",
            "teaser": (
                "Für Neubau, Anbau, Umbau oder eine geänderte Nutzung brauchen Sie meist eine Baugenehmigung. "
                "Den Bauantrag reicht Ihre Architektin oder Ihr Architekt digital ein."
            ),
            "search_terms": (
                "Bauantrag, Baugenehmigung, Hausbau, Neubau, Anbau, Umbau, Nutzungsänderung, Carport, Garage, "
                "Dachgaube, Wintergarten, Bauamt, Bauportal, verfahrensfrei"
            ),
            "description": (
                "Wer ein Gebäude errichten, wesentlich ändern, anders nutzen oder abbrechen möchte, braucht nach "
                "der Landesbauordnung NRW in der Regel eine Baugenehmigung. Kleinere Vorhaben wie Gartenhäuser "
                "bis 75 Kubikmeter Brutto-Rauminhalt oder viele Carports sind verfahrensfrei; die Vorschriften, "
                "zum Beispiel zu Abstandsflächen, müssen Sie trotzdem einhalten. Wohngebäude im Bereich eines "
                "Bebauungsplans können unter Umständen ohne Genehmigung errichtet werden (Genehmigungsfreistellung)."
                "\n\n"
                "Für die meisten Vorhaben gilt das vereinfachte Baugenehmigungsverfahren. Die Bauaufsicht prüft "
                "dann vor allem, ob das Vorhaben nach dem Bauplanungsrecht zulässig ist, etwa nach dem "
                "Bebauungsplan oder nach der umgebenden Bebauung. Größere oder besondere Bauten wie "
                "Versammlungsstätten durchlaufen das umfassendere normale Verfahren. Den Antrag stellen Sie "
                "digital über das Bauportal; die Bauvorlagen erstellt eine bauvorlageberechtigte Person."
                "\n\n"
                "Die Baugenehmigung gilt drei Jahre und kann auf Antrag verlängert werden. Zeigen Sie den "
                "Baubeginn mindestens eine Woche vorher an und bringen Sie das Bauschild gut sichtbar an."
            ),
            "requirements": (
                "Sie sind Bauherrin oder Bauherr und Eigentümerin oder Eigentümer des Grundstücks oder haben "
                "deren Zustimmung. Die Bauvorlagen müssen von einer bauvorlageberechtigten Person erstellt "
                "werden, zum Beispiel von einer Architektin oder einem Bauingenieur. Die Erschließung des "
                "Grundstücks muss gesichert sein."
            ),
            "documents": [
                "Bauantragsformular, unterschrieben von Bauherrschaft und Entwurfsverfasserin oder Entwurfsverfasser",
                "Amtlicher Lageplan",
                "Bauzeichnungen mit Grundrissen, Schnitten und Ansichten im Maßstab 1:100",
                "Bau- und Betriebsbeschreibung",
                "Berechnungen von Brutto-Rauminhalt, Wohn- und Nutzfläche sowie Grund- und Geschossflächenzahl",
                "Nachweise zu Standsicherheit, Brandschutz und Wärmeschutz, soweit erforderlich",
            ],
            "steps": [
                "Bauberatung der Bauaufsicht nutzen und das Planungsrecht klären",
                "Bauvorlagen durch eine bauvorlageberechtigte Person erstellen lassen",
                "Bauantrag digital über das Bauportal einreichen",
                "Die Bauaufsicht prüft die Vollständigkeit und beteiligt andere Stellen",
                "Baugenehmigung und Gebührenbescheid erhalten",
                "Baubeginn mindestens eine Woche vorher anzeigen",
            ],
            "fee_note": (
                "Die Gebühr richtet sich nach der Allgemeinen Verwaltungsgebührenordnung NRW und wird vor allem "
                "aus den Rohbaukosten berechnet. Für ein typisches Einfamilienhaus fallen etwa 1.500 bis "
                "3.500 EUR an, für eine kleine Nutzungsänderung deutlich weniger. Auch bei Ablehnung oder "
                "Rücknahme des Antrags wird eine Gebühr fällig."
            ),
            "processing_time": (
                "Im vereinfachten Verfahren meist sechs bis zwölf Wochen ab Eingang der vollständigen "
                "Unterlagen, im normalen Verfahren länger"
            ),
            "deadlines": (
                "Die Genehmigung erlischt, wenn Sie nicht innerhalb von drei Jahren mit dem Bau beginnen oder "
                "die Arbeiten länger als ein Jahr unterbrechen."
            ),
            "legal_basis": [
                {
                    "title": "§§ 60 bis 75 Landesbauordnung 2018 NRW (BauO NRW 2018) – Genehmigungsverfahren",
                    "url": "",
                },
                {
                    "title": "§§ 29 bis 38 Baugesetzbuch (BauGB) – Zulässigkeit von Vorhaben",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__29.html",
                },
                {
                    "title": "Allgemeine Verwaltungsgebührenordnung NRW (AVerwGebO NRW)",
                    "url": "",
                },
            ],
            "notes": (
                "Beginnen Sie nie ohne Genehmigung mit dem Bau. Die Bauaufsicht kann sonst die Arbeiten "
                "stilllegen und ein Bußgeld verhängen. Bei denkmalgeschützten Gebäuden brauchen Sie zusätzlich "
                "eine denkmalrechtliche Erlaubnis."
            ),
            "other_ways": (
                "In Ausnahmefällen können Sie den Bauantrag in Papierform bei der Bauaufsicht, "
                "Friedrich-Ebert-Straße 42, einreichen."
            ),
            "faq": [
                {
                    "q": "Brauche ich für meinen Carport eine Baugenehmigung?",
                    "a": (
                        "Carports und Garagen bis 30 m² Grundfläche sind außerhalb des Außenbereichs meist "
                        "verfahrensfrei. Abstandsflächen und Festsetzungen des Bebauungsplans gelten trotzdem. "
                        "Fragen Sie im Zweifel bei der Bauaufsicht nach."
                    ),
                },
                {
                    "q": "Kann ich den Bauantrag selbst zeichnen?",
                    "a": (
                        "Nur in Ausnahmefällen. Die meisten Bauvorlagen müssen von einer bauvorlageberechtigten "
                        "Person erstellt werden, zum Beispiel von einer Architektin oder einem Bauingenieur."
                    ),
                },
                {
                    "q": "Was ist der Unterschied zur Bauvoranfrage?",
                    "a": (
                        "Mit einer Bauvoranfrage klären Sie einzelne Fragen vorab verbindlich. Bauen dürfen Sie "
                        "erst mit der Baugenehmigung."
                    ),
                },
            ],
        },
        "en": {
            "title": "Apply for planning permission",
            "official_name": "Grant of planning permission (Baugenehmigung)",
            "teaser": (
                "For a new building, extension, conversion or change of use you usually need planning "
                "permission. Your architect submits the application digitally."
            ),
            "search_terms": (
                "building application, planning permission, building permit, building a house, new build, "
                "extension, conversion, change of use, carport, garage, dormer window, conservatory, planning "
                "office, building portal, permitted development"
            ),
            "description": (
                "Under the North Rhine-Westphalia Building Code (Landesbauordnung NRW), you usually need "
                "planning permission (Baugenehmigung) if you want to build, substantially alter, change the use "
                "of or demolish a building. Smaller projects such as garden sheds of up to 75 cubic metres "
                "gross volume or many carports do not require a procedure; however, you must still comply with "
                "the rules, for example on minimum distances to boundaries. Residential buildings in an area "
                "covered by a local development plan can in some cases be built without permission "
                "(Genehmigungsfreistellung)."
                "\n\n"
                "Most projects go through the simplified planning procedure. The Building Control Authority then "
                "mainly checks whether the project is permissible under planning law, for example under the "
                "local development plan or in relation to the surrounding buildings. Larger or special buildings "
                "such as places of assembly go through the more comprehensive standard procedure. You submit the "
                "application digitally via the building portal (Bauportal); the plans must be drawn up by a "
                "qualified person entitled to submit them."
                "\n\n"
                "Planning permission is valid for three years and can be extended on request. Notify us of the "
                "start of building work at least one week in advance and put up the building site sign where it "
                "can be clearly seen."
            ),
            "requirements": (
                "You are the client and own the property, or you have the owner's consent. The plans must be "
                "drawn up by a person entitled to submit them (bauvorlageberechtigt), for example an architect "
                "or civil engineer. Access and utility connections for the plot must be secured."
            ),
            "documents": [
                "Building application form, signed by the client and the designer",
                "Official site plan",
                "Building drawings with floor plans, sections and elevations at a scale of 1:100",
                "Description of the building and how it will be used",
                "Calculations of gross volume, living and usable floor area, and site coverage and floor area ratios",
                "Proof of structural stability, fire safety and thermal insulation, where required",
            ],
            "steps": [
                "Use the Building Control Authority's advice service and clarify the planning rules",
                "Have the plans drawn up by a qualified person entitled to submit them",
                "Submit the building application digitally via the building portal",
                "The Building Control Authority checks the application is complete and consults other bodies",
                "Receive planning permission and the fee notice",
                "Notify the start of work at least one week in advance",
            ],
            "fee_note": (
                "The fee is set by the General Administrative Fees Ordinance of North Rhine-Westphalia and is "
                "calculated mainly from the cost of the building shell. For a typical detached house, fees are "
                "around EUR 1,500 to 3,500; for a minor change of use they are considerably lower. A fee is also "
                "charged if the application is refused or withdrawn."
            ),
            "processing_time": (
                "In the simplified procedure usually six to twelve weeks from receipt of the complete documents; "
                "longer in the standard procedure"
            ),
            "deadlines": (
                "The permission expires if you do not start building within three years or if work is "
                "interrupted for more than one year."
            ),
            "legal_basis": [
                {
                    "title": "Sections 60 to 75 North Rhine-Westphalia Building Code 2018 (BauO NRW 2018) – approval procedures",
                    "url": "",
                },
                {
                    "title": "Sections 29 to 38 Federal Building Code (BauGB) – permissibility of projects",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__29.html",
                },
                {
                    "title": "General Administrative Fees Ordinance of North Rhine-Westphalia (AVerwGebO NRW)",
                    "url": "",
                },
            ],
            "notes": (
                "Never start building without permission. Otherwise the Building Control Authority can stop the "
                "work and impose a fine. For listed buildings you also need consent under the monument "
                "protection law."
            ),
            "other_ways": (
                "In exceptional cases you can submit a paper application to the Building Control Authority at "
                "Friedrich-Ebert-Straße 42."
            ),
            "faq": [
                {
                    "q": "Do I need planning permission for my carport?",
                    "a": (
                        "Carports and garages with a floor area of up to 30 m² usually do not require a procedure "
                        "unless they are in undeveloped outlying areas. Minimum distances and the provisions of "
                        "the local development plan still apply. If in doubt, ask the Building Control Authority."
                    ),
                },
                {
                    "q": "Can I draw up the plans myself?",
                    "a": (
                        "Only in exceptional cases. Most plans must be drawn up by a person entitled to submit "
                        "them, for example an architect or civil engineer."
                    ),
                },
                {
                    "q": "What is the difference from a preliminary building enquiry?",
                    "a": (
                        "A preliminary building enquiry (Bauvoranfrage) gives you a binding answer to individual "
                        "questions in advance. You may only build once you have planning permission."
                    ),
                },
            ],
        },
    },
    # ---------------------------------------------------------- Bauvoranfrage
    {
        "key": "bauvoranfrage",
        "offices": ["bauaufsicht"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": "https://service.lindenfeld.example/bauvoranfrage",
        "appointment_url": "https://termine.lindenfeld.example/bauaufsicht",
        "fee": {"kind": "range", "min": "100.00", "max": "5000.00"},
        "video": None,
        "de": {
            "title": "Bauvoranfrage stellen (Vorbescheid)",
            "official_name": "Bauvorbescheid Erteilung",
            "teaser": (
                "Darf ich hier so bauen? Mit einer Bauvoranfrage klären Sie einzelne Fragen verbindlich, bevor "
                "Sie den vollständigen Bauantrag erarbeiten lassen."
            ),
            "search_terms": (
                "Bauvoranfrage, Vorbescheid, Bauvorbescheid, Bebaubarkeit, Grundstück bebaubar, "
                "Baugrundstück prüfen, Grundstückskauf, zweites Haus auf dem Grundstück, Hinterlandbebauung"
            ),
            "description": (
                "Mit einer Bauvoranfrage können Sie einzelne Fragen zu einem geplanten Bauvorhaben vorab "
                "verbindlich klären lassen, zum Beispiel ob ein Grundstück überhaupt bebaubar ist, wie groß ein "
                "Gebäude werden darf oder ob eine bestimmte Nutzung zulässig ist. Die Bauaufsicht antwortet mit "
                "einem schriftlichen Vorbescheid."
                "\n\n"
                "Der Vorbescheid ist drei Jahre lang bindend und kann auf Antrag verlängert werden. Er gibt "
                "Ihnen Planungssicherheit, etwa vor dem Kauf eines Grundstücks oder bevor Sie Geld in eine "
                "vollständige Planung investieren. Eine Baugenehmigung ersetzt er nicht: Bauen dürfen Sie erst, "
                "wenn diese vorliegt."
            ),
            "requirements": (
                "Sie sind Eigentümerin oder Eigentümer des Grundstücks, haben deren Zustimmung oder wollen das "
                "Grundstück erwerben. Formulieren Sie Ihre Fragen möglichst genau. Je nach Fragestellung müssen "
                "die Unterlagen von einer bauvorlageberechtigten Person erstellt werden."
            ),
            "documents": [
                "Antragsformular mit den konkreten Fragen",
                "Lageplan mit dem geplanten Gebäude",
                "Kurze Beschreibung des Vorhabens und seiner Nutzung",
                "Skizzen oder Bauzeichnungen, soweit sie zur Beantwortung der Fragen nötig sind",
            ],
            "steps": [
                "Bauberatung nutzen und Fragen klar formulieren",
                "Bauvoranfrage mit Unterlagen online oder schriftlich einreichen",
                "Die Bauaufsicht prüft die Fragen und beteiligt bei Bedarf andere Stellen",
                "Vorbescheid und Gebührenbescheid erhalten",
            ],
            "fee_note": (
                "Die Gebühr hängt von der Zahl und dem Umfang der Fragen sowie von den geplanten Baukosten ab. "
                "Für Fragen zu einem Einfamilienhaus liegt sie meist zwischen 200 und 1.000 EUR."
            ),
            "processing_time": "In der Regel sechs bis zehn Wochen ab Eingang der vollständigen Unterlagen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 77 Landesbauordnung 2018 NRW (BauO NRW 2018) – Vorbescheid",
                    "url": "",
                },
                {
                    "title": "§§ 29 bis 38 Baugesetzbuch (BauGB) – Zulässigkeit von Vorhaben",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__29.html",
                },
            ],
            "notes": (
                "Ob für Ihr Grundstück ein Bebauungsplan gilt, sehen Sie im Geoportal der Stadt. Eine "
                "kostenlose Bauberatung vor der Bauvoranfrage spart oft Zeit und Gebühren."
            ),
            "other_ways": (
                "Sie können die Bauvoranfrage auch schriftlich bei der Bauaufsicht, Friedrich-Ebert-Straße 42, "
                "45999 Lindenfeld, einreichen."
            ),
            "faq": [
                {
                    "q": "Reicht eine telefonische Auskunft der Bauaufsicht nicht aus?",
                    "a": (
                        "Eine Beratung gibt Ihnen eine erste Einschätzung, ist aber nicht verbindlich. "
                        "Rechtssicherheit bietet nur der schriftliche Vorbescheid."
                    ),
                },
            ],
        },
        "en": {
            "title": "Submit a preliminary building enquiry",
            "official_name": "Grant of a preliminary building decision (Vorbescheid)",
            "teaser": (
                "Can I build this here? A preliminary building enquiry gives you a binding answer to specific "
                "questions before you have the full building application drawn up."
            ),
            "search_terms": (
                "preliminary building enquiry, preliminary decision, outline permission, can I build, is the "
                "plot buildable, checking a building plot, buying land, second house on the plot, backland "
                "development"
            ),
            "description": (
                "With a preliminary building enquiry (Bauvoranfrage), you can get binding answers in advance to "
                "specific questions about a planned building project, for example whether a plot can be built "
                "on at all, how large a building may be or whether a particular use is permitted. The Building "
                "Control Authority replies with a written preliminary decision (Vorbescheid)."
                "\n\n"
                "The preliminary decision is binding for three years and can be extended on request. It gives "
                "you certainty for your plans, for example before you buy a plot or invest money in full plans. "
                "It does not replace planning permission: you may only start building once you have that."
            ),
            "requirements": (
                "You own the plot, have the owner's consent or intend to buy it. Phrase your questions as "
                "precisely as possible. Depending on the questions, the documents must be drawn up by a person "
                "entitled to submit building plans."
            ),
            "documents": [
                "Application form with your specific questions",
                "Site plan showing the planned building",
                "Brief description of the project and its use",
                "Sketches or building drawings, where needed to answer the questions",
            ],
            "steps": [
                "Use the building advice service and phrase your questions clearly",
                "Submit the enquiry with the documents online or in writing",
                "The Building Control Authority examines the questions and consults other bodies if necessary",
                "Receive the preliminary decision and the fee notice",
            ],
            "fee_note": (
                "The fee depends on the number and scope of the questions and on the planned building costs. "
                "For questions about a detached house, it is usually between EUR 200 and EUR 1,000."
            ),
            "processing_time": "Usually six to ten weeks from receipt of the complete documents",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 77 North Rhine-Westphalia Building Code 2018 (BauO NRW 2018) – preliminary decision",
                    "url": "",
                },
                {
                    "title": "Sections 29 to 38 Federal Building Code (BauGB) – permissibility of projects",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__29.html",
                },
            ],
            "notes": (
                "You can see in the town's online map portal (Geoportal) whether a local development plan "
                "applies to your plot. Free building advice before you submit an enquiry often saves time and "
                "fees."
            ),
            "other_ways": (
                "You can also submit the enquiry in writing to the Building Control Authority, "
                "Friedrich-Ebert-Straße 42, 45999 Lindenfeld."
            ),
            "faq": [
                {
                    "q": "Isn't information from the Building Control Authority over the phone enough?",
                    "a": (
                        "Advice gives you an initial assessment but is not binding. Only the written preliminary "
                        "decision gives you legal certainty."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Hausnummer
    {
        "key": "hausnummer",
        "offices": ["bauaufsicht"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "fixed", "amount": "25.00"},
        "video": None,
        "de": {
            "title": "Hausnummer beantragen",
            "official_name": "Hausnummer Zuteilung",
            "teaser": (
                "Für jedes neue Gebäude vergibt die Stadt eine Hausnummer. Beantragen Sie sie rechtzeitig vor "
                "dem Einzug."
            ),
            "search_terms": (
                "Hausnummer, Hausnummernvergabe, Hausnummer Neubau, neue Adresse, Adresse vergeben, "
                "Hausnummernschild, Umnummerierung, zweiter Hauseingang"
            ),
            "description": (
                "Die Stadt Lindenfeld legt für jedes Gebäude eine Hausnummer fest, damit Rettungsdienst, "
                "Feuerwehr, Post und Versorgungsunternehmen es schnell finden. Eine Hausnummer brauchen Sie bei "
                "einem Neubau, wenn ein Grundstück geteilt wird oder ein Gebäude einen weiteren Eingang "
                "erhält. Die Stadt meldet die neue Adresse an das Katasteramt und andere Stellen."
                "\n\n"
                "Als Eigentümerin oder Eigentümer sind Sie verpflichtet, die zugeteilte Nummer gut lesbar und "
                "von der Straße aus sichtbar anzubringen. Ist das Haus von der Straße zurückversetzt, bringen "
                "Sie die Nummer zusätzlich am Zugang zum Grundstück an."
            ),
            "requirements": (
                "Sie sind Eigentümerin oder Eigentümer des Grundstücks oder handeln in deren Auftrag, zum "
                "Beispiel als Architektin oder Bauträger."
            ),
            "documents": [
                "Lageplan mit Lage des Gebäudes und der Hauseingänge",
                "Aktenzeichen der Baugenehmigung, falls vorhanden",
                "Gemarkung, Flur und Flurstück",
            ],
            "steps": [
                "Antrag mit Lageplan bei der Bauaufsicht einreichen",
                "Bescheid über die zugeteilte Hausnummer erhalten",
                "Hausnummernschild gut sichtbar anbringen",
            ],
            "fee_note": "Die Zuteilung kostet 25,00 EUR je Hausnummer. Eine von der Stadt veranlasste Umnummerierung ist kostenlos.",
            "processing_time": "Etwa zwei Wochen",
            "deadlines": (
                "Beantragen Sie die Hausnummer spätestens mit dem Baubeginn. Das Schild muss angebracht sein, "
                "bevor das Gebäude bezogen wird."
            ),
            "legal_basis": [
                {
                    "title": "§ 126 Abs. 3 Baugesetzbuch (BauGB) – Pflicht zur Anbringung der Hausnummer",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__126.html",
                },
                {
                    "title": "Hausnummernsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/hausnummernsatzung",
                },
            ],
            "notes": (
                "Wünsche für bestimmte Hausnummern können wir nicht berücksichtigen, da die Nummern nach der "
                "Reihenfolge in der Straße vergeben werden."
            ),
            "other_ways": (
                "Sie können den Antrag per Post oder per E-Mail an bauaufsicht@lindenfeld.example schicken."
            ),
            "faq": [
                {
                    "q": "Die Stadt hat meine Hausnummer geändert. Muss ich mich ummelden?",
                    "a": (
                        "Nein. Das Melderegister wird von Amts wegen berichtigt. Ihren Personalausweis können "
                        "Sie im Bürgerbüro kostenlos mit der neuen Anschrift versehen lassen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Apply for a house number",
            "official_name": "Assignment of a house number",
            "teaser": (
                "The town assigns a house number to every new building. Apply in good time before you move in."
            ),
            "search_terms": (
                "house number, house number assignment, new build house number, new address, address "
                "allocation, house number sign, renumbering, second entrance"
            ),
            "description": (
                "The Town of Lindenfeld assigns a house number to every building so that the ambulance service, "
                "fire brigade, post and utility companies can find it quickly. You need a house number for a "
                "new building, if a plot is divided or if a building gets an additional entrance. The town "
                "passes the new address on to the land registry office (Katasteramt) and other bodies."
                "\n\n"
                "As the owner, you must display the assigned number so that it is easy to read and visible from "
                "the street. If the house is set back from the street, also display the number at the entrance "
                "to the property."
            ),
            "requirements": (
                "You own the property or are acting on the owner's behalf, for example as an architect or "
                "property developer."
            ),
            "documents": [
                "Site plan showing the position of the building and its entrances",
                "Reference number of the planning permission, if available",
                "Land registry details: district, section and plot number",
            ],
            "steps": [
                "Submit the application with the site plan to the Building Control Authority",
                "Receive the notice of the assigned house number",
                "Put up the house number sign where it can be clearly seen",
            ],
            "fee_note": "The assignment costs EUR 25.00 per house number. Renumbering initiated by the town is free of charge.",
            "processing_time": "About two weeks",
            "deadlines": (
                "Apply for the house number no later than when building work starts. The sign must be in place "
                "before anyone moves in."
            ),
            "legal_basis": [
                {
                    "title": "Section 126(3) Federal Building Code (BauGB) – obligation to display the house number",
                    "url": "https://www.gesetze-im-internet.de/bbaug/__126.html",
                },
                {
                    "title": "House Numbering Bylaw of the Town of Lindenfeld (Hausnummernsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/hausnummernsatzung",
                },
            ],
            "notes": (
                "We cannot accommodate requests for particular house numbers, as numbers are assigned according "
                "to their order along the street."
            ),
            "other_ways": (
                "You can send the application by post or by email to bauaufsicht@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "The town has changed my house number. Do I need to re-register my address?",
                    "a": (
                        "No. The population register is corrected automatically. You can have the new address "
                        "added to your identity card at the Citizens' Office free of charge."
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------ Grundsteuer
    {
        "key": "grundsteuer",
        "offices": ["steueramt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 2,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Grundsteuer",
            "official_name": "Grundsteuer Festsetzung",
            "teaser": (
                "Eigentümerinnen und Eigentümer von Grundstücken zahlen Grundsteuer. Hier erfahren Sie, wie "
                "sie berechnet wird, wann sie fällig ist und an wen Sie sich wenden."
            ),
            "search_terms": (
                "Grundsteuerbescheid, Grundsteuer B, Grundsteuer A, Hebesatz, Grundsteuerreform, "
                "Grundsteuermessbetrag, Grundsteuerwert, Lastschrift, Jahreszahlung, Grundbesitzabgaben, "
                "Eigentümerwechsel"
            ),
            "description": (
                "Die Grundsteuer wird für Grundstücke in Lindenfeld erhoben: Grundsteuer A für land- und "
                "forstwirtschaftliche Flächen, Grundsteuer B für alle anderen Grundstücke. Das Finanzamt stellt "
                "den Grundsteuerwert und den Grundsteuermessbetrag fest. Die Stadt multipliziert den Messbetrag "
                "mit dem vom Rat beschlossenen Hebesatz und schickt Ihnen den Grundsteuerbescheid."
                "\n\n"
                "Die Hebesätze für 2026 betragen für die Grundsteuer A 350 % und für die Grundsteuer B 620 % bei "
                "Wohngrundstücken und 1.150 % bei Nichtwohngrundstücken. Der Bescheid gilt so lange, bis sich "
                "etwas ändert. Bei einem Verkauf wechselt die Steuerpflicht erst zum 1. Januar des folgenden "
                "Jahres; eine anteilige Aufteilung regeln Käufer und Verkäufer im Kaufvertrag."
                "\n\n"
                "Fragen zum Grundsteuerwert, zur Fläche oder zum Messbetrag richten Sie bitte an das Finanzamt, "
                "Fragen zum Hebesatz, zur Zahlung und zum Bescheid an das Steueramt der Stadt."
            ),
            "requirements": (
                "Steuerpflichtig ist, wer am 1. Januar eines Jahres Eigentümerin oder Eigentümer des "
                "Grundstücks ist, bei Erbbaurechten die oder der Erbbauberechtigte."
            ),
            "documents": [
                "Kassenzeichen aus Ihrem Grundsteuerbescheid für Rückfragen",
                "SEPA-Lastschriftmandat, wenn die Stadt die Steuer abbuchen soll",
            ],
            "steps": [
                "Grundsteuerbescheid der Stadt prüfen",
                "SEPA-Lastschriftmandat erteilen oder die Beträge zu den Fälligkeitsterminen überweisen",
                "Fragen zum Messbetrag an das Finanzamt richten, Fragen zur Zahlung an das Steueramt",
            ],
            "fee_note": "",
            "processing_time": "",
            "deadlines": (
                "Die Grundsteuer ist am 15. Februar, 15. Mai, 15. August und 15. November fällig. Die "
                "Jahreszahlung zum 1. Juli beantragen Sie bis zum 30. September des Vorjahres."
            ),
            "legal_basis": [
                {
                    "title": "§ 25 Grundsteuergesetz (GrStG) – Festsetzung des Hebesatzes",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__25.html",
                },
                {
                    "title": "§ 27 GrStG – Festsetzung der Grundsteuer",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__27.html",
                },
                {
                    "title": "§ 28 GrStG – Fälligkeit",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__28.html",
                },
                {
                    "title": "Hebesatzsatzung der Stadt Lindenfeld",
                    "url": "https://www.lindenfeld.example/ortsrecht/hebesatzsatzung",
                },
            ],
            "notes": (
                "Gegen den Grundsteuerwert- und den Messbescheid legen Sie innerhalb eines Monats Einspruch "
                "beim Finanzamt ein. Gegen den Grundsteuerbescheid der Stadt können Sie innerhalb eines Monats "
                "Klage beim Verwaltungsgericht erheben. Beides entbindet nicht von der pünktlichen Zahlung. "
                "Beträgt die Jahressteuer höchstens 15,00 EUR, wird sie am 15. August in einem Betrag fällig."
            ),
            "other_ways": (
                "Sie erreichen das Steueramt telefonisch unter +49 2345 6780-210 oder per E-Mail an "
                "steueramt@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "Warum hat sich meine Grundsteuer seit 2025 geändert?",
                    "a": (
                        "Seit dem 1. Januar 2025 gelten nach der Grundsteuerreform neue Grundsteuerwerte. Die "
                        "Stadt hat zugleich neue Hebesätze festgelegt; dadurch zahlen manche Eigentümer mehr "
                        "und andere weniger als vorher."
                    ),
                },
                {
                    "q": "Meine Wohnung steht leer. Bekomme ich Grundsteuer erlassen?",
                    "a": (
                        "Ein teilweiser Erlass ist nur möglich, wenn der normale Rohertrag um mehr als die "
                        "Hälfte gemindert ist und Sie das nicht zu vertreten haben. Der Antrag muss bis zum "
                        "31. März des Folgejahres beim Steueramt eingehen."
                    ),
                },
            ],
        },
        "en": {
            "title": "Property tax (Grundsteuer)",
            "official_name": "Property tax assessment",
            "teaser": (
                "Property owners pay property tax (Grundsteuer). Find out how it is calculated, when it is due "
                "and who to contact."
            ),
            "search_terms": (
                "property tax notice, property tax B, property tax A, multiplier, collection rate, property "
                "tax reform, tax base amount, assessed value, direct debit, annual payment, property charges, "
                "change of ownership"
            ),
            "description": (
                "Property tax is levied on land and buildings in Lindenfeld: property tax A for agricultural "
                "and forestry land and property tax B for all other property. The tax office (Finanzamt) "
                "determines the assessed value (Grundsteuerwert) and the tax base amount (Messbetrag). The town "
                "multiplies the tax base amount by the local multiplier (Hebesatz) set by the town council and "
                "sends you the property tax notice."
                "\n\n"
                "For 2026 the multipliers are 350% for property tax A and, for property tax B, 620% for "
                "residential properties and 1,150% for non-residential properties. The notice remains valid "
                "until something changes. If a property is sold, liability for the tax only passes to the new "
                "owner on 1 January of the following year; buyer and seller agree on any apportionment in the "
                "purchase contract."
                "\n\n"
                "Please direct questions about the assessed value, the floor area or the tax base amount to the "
                "tax office, and questions about the multiplier, payment and the notice to the town's "
                "Municipal Tax Office."
            ),
            "requirements": (
                "The tax is payable by whoever owns the property on 1 January of a year; for hereditary building "
                "rights, it is the leaseholder."
            ),
            "documents": [
                "Payment reference number (Kassenzeichen) from your property tax notice for any queries",
                "SEPA direct debit mandate if you would like the town to collect the tax",
            ],
            "steps": [
                "Check the town's property tax notice",
                "Set up a SEPA direct debit mandate or transfer the amounts by the due dates",
                "Ask the tax office about the tax base amount and the Municipal Tax Office about payment",
            ],
            "fee_note": "",
            "processing_time": "",
            "deadlines": (
                "Property tax is due on 15 February, 15 May, 15 August and 15 November. To pay annually on "
                "1 July instead, apply by 30 September of the previous year."
            ),
            "legal_basis": [
                {
                    "title": "Section 25 Property Tax Act (GrStG) – setting the multiplier",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__25.html",
                },
                {
                    "title": "Section 27 GrStG – assessment of property tax",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__27.html",
                },
                {
                    "title": "Section 28 GrStG – due dates",
                    "url": "https://www.gesetze-im-internet.de/grstg_1973/__28.html",
                },
                {
                    "title": "Multiplier Bylaw of the Town of Lindenfeld (Hebesatzsatzung)",
                    "url": "https://www.lindenfeld.example/ortsrecht/hebesatzsatzung",
                },
            ],
            "notes": (
                "To challenge the assessed value notice or the tax base notice, lodge an objection (Einspruch) "
                "with the tax office within one month. To challenge the town's property tax notice, you can "
                "bring an action before the administrative court within one month. Neither releases you from "
                "paying on time. If the annual tax is no more than EUR 15.00, it is due in a single payment on "
                "15 August."
            ),
            "other_ways": (
                "You can reach the Municipal Tax Office by phone on +49 2345 6780-210 or by email to "
                "steueramt@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "Why has my property tax changed since 2025?",
                    "a": (
                        "Following the property tax reform, new assessed values have applied since 1 January "
                        "2025. At the same time the town set new multipliers, so some owners now pay more and "
                        "others less than before."
                    ),
                },
                {
                    "q": "My flat is empty. Can I have my property tax waived?",
                    "a": (
                        "Partial relief is only possible if the normal gross rental income has fallen by more "
                        "than half through no fault of your own. The Municipal Tax Office must receive your "
                        "application by 31 March of the following year."
                    ),
                },
            ],
        },
    },
    # ----------------------------------------------------------- Mängelmelder
    {
        "key": "maengelmelder",
        "offices": ["ordnungsamt"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Mängel melden (Mängelmelder)",
            "official_name": "Meldung von Mängeln im öffentlichen Raum",
            "teaser": (
                "Schlagloch, defekte Straßenlaterne oder wilder Müll? Melden Sie Schäden und Missstände im "
                "Stadtgebiet schnell und einfach online."
            ),
            "search_terms": (
                "Schlagloch, Straßenschaden, Laterne kaputt, Straßenbeleuchtung defekt, wilder Müll, illegale "
                "Müllablagerung, Graffiti, verstopfter Gully, Spielplatz kaputt, umgestürzter Baum, "
                "Schrottfahrrad, Schaden melden, Bürgermeldung"
            ),
            "description": (
                "Mit dem Mängelmelder weisen Sie die Stadt auf Probleme im öffentlichen Raum hin, zum Beispiel "
                "auf Schlaglöcher, defekte Straßenlaternen, illegal abgeladenen Müll, Graffiti, beschädigte "
                "Spielgeräte, verstopfte Gullys oder Schrottfahrräder. Markieren Sie den Ort auf der Karte, "
                "beschreiben Sie den Mangel kurz und fügen Sie, wenn möglich, ein Foto hinzu."
                "\n\n"
                "Das Ordnungsamt leitet Ihre Meldung an die zuständige Stelle weiter, etwa an das Tiefbauamt, "
                "die Grünflächenpflege oder den Abfallwirtschaftsbetrieb. Den Bearbeitungsstand können Sie "
                "online verfolgen; wenn Sie eine E-Mail-Adresse angeben, informieren wir Sie, sobald der Mangel "
                "behoben ist."
            ),
            "requirements": (
                "Der Mangel befindet sich auf einer öffentlichen Fläche in Lindenfeld. Schäden auf privaten "
                "Grundstücken oder an Fahrzeugen können wir nicht über den Mängelmelder bearbeiten."
            ),
            "documents": [
                "Foto des Mangels (freiwillig)",
            ],
            "steps": [
                "Ort auf der Karte markieren oder die Adresse eingeben",
                "Kategorie wählen und den Mangel kurz beschreiben",
                "Optional ein Foto hochladen und eine E-Mail-Adresse für Rückmeldungen angeben",
                "Meldung absenden und den Bearbeitungsstand online verfolgen",
            ],
            "fee_note": "",
            "processing_time": (
                "Erste Rückmeldung innerhalb von drei Werktagen; die Behebung hängt von der Art des Mangels ab"
            ),
            "deadlines": "",
            "legal_basis": [],
            "notes": (
                "Bei akuter Gefahr, etwa einem umgestürzten Baum auf der Fahrbahn oder einem offenen "
                "Kanaldeckel, rufen Sie bitte die Feuerwehr unter 112 oder die Polizei unter 110 an. Achten Sie "
                "darauf, dass auf Fotos keine Personen oder Kfz-Kennzeichen erkennbar sind."
            ),
            "other_ways": (
                "Sie können Mängel auch telefonisch beim Ordnungsamt unter +49 2345 6780-320 oder per E-Mail an "
                "ordnungsamt@lindenfeld.example melden."
            ),
            "faq": [
                {
                    "q": "Kann ich einen Mangel anonym melden?",
                    "a": (
                        "Ja. Ohne E-Mail-Adresse können wir Sie aber nicht bei Rückfragen erreichen und nicht "
                        "über die Erledigung informieren."
                    ),
                },
                {
                    "q": "Eine Ampel ist ausgefallen. Soll ich das hier melden?",
                    "a": (
                        "Rufen Sie bei ausgefallenen Ampeln an Kreuzungen bitte sofort die Polizei an, weil "
                        "eine Gefahr für den Verkehr besteht."
                    ),
                },
            ],
        },
        "en": {
            "title": "Report a problem (street defect reporting)",
            "official_name": "Reporting defects in public spaces",
            "teaser": (
                "Pothole, broken street light or fly-tipping? Report damage and problems in the town quickly "
                "and easily online."
            ),
            "search_terms": (
                "pothole, road damage, street light broken, street lighting fault, fly-tipping, illegal "
                "dumping, graffiti, blocked drain, broken playground, fallen tree, abandoned bicycle, report "
                "damage, report it"
            ),
            "description": (
                "With the defect reporting tool (Mängelmelder), you can tell the town about problems in public "
                "spaces, for example potholes, broken street lights, illegally dumped rubbish, graffiti, damaged "
                "play equipment, blocked drains or abandoned bicycles. Mark the location on the map, briefly "
                "describe the problem and add a photo if possible."
                "\n\n"
                "The Public Order Office forwards your report to the department responsible, such as civil "
                "engineering, parks maintenance or Lindenfeld Waste Management. You can follow the progress "
                "online; if you give us an email address, we will let you know as soon as the problem has been "
                "fixed."
            ),
            "requirements": (
                "The problem is on public land in Lindenfeld. We cannot deal with damage on private property or "
                "to vehicles through the reporting tool."
            ),
            "documents": [
                "Photo of the problem (optional)",
            ],
            "steps": [
                "Mark the location on the map or enter the address",
                "Choose a category and briefly describe the problem",
                "Upload a photo and give an email address for updates if you wish",
                "Send the report and follow its progress online",
            ],
            "fee_note": "",
            "processing_time": (
                "Initial response within three working days; how long it takes to fix depends on the type of "
                "problem"
            ),
            "deadlines": "",
            "legal_basis": [],
            "notes": (
                "If there is immediate danger, for example a fallen tree blocking the road or an open manhole, "
                "please call the fire brigade on 112 or the police on 110. Make sure that no people or vehicle "
                "number plates can be identified in your photos."
            ),
            "other_ways": (
                "You can also report problems to the Public Order Office by phone on +49 2345 6780-320 or by "
                "email to ordnungsamt@lindenfeld.example."
            ),
            "faq": [
                {
                    "q": "Can I report a problem anonymously?",
                    "a": (
                        "Yes. However, without an email address we cannot contact you if we have questions or "
                        "let you know when the problem has been dealt with."
                    ),
                },
                {
                    "q": "A traffic light is out of order. Should I report it here?",
                    "a": (
                        "If traffic lights at a junction have failed, please call the police immediately, as "
                        "this is a danger to traffic."
                    ),
                },
            ],
        },
    },
    # ----------------------------------------------------- Allgemeine Anfrage
    {
        "key": "allgemeine-anfrage",
        "offices": ["buergerbuero"],
        "leika": None,
        "audience": ["citizens", "businesses"],
        "ozg_level": 3,
        "online_url": None,
        "appointment_url": None,
        "fee": {"kind": "free"},
        "video": None,
        "de": {
            "title": "Allgemeine Anfrage an die Stadtverwaltung",
            "official_name": "Allgemeine Anfrage, Anregung und Beschwerde",
            "teaser": (
                "Sie haben eine Frage, eine Anregung oder eine Beschwerde und wissen nicht, wer zuständig ist? "
                "Schreiben Sie uns – wir leiten Ihr Anliegen weiter."
            ),
            "search_terms": (
                "Kontakt, Kontaktformular, Frage an die Stadt, Anfrage, Beschwerde, Anregung, Lob, Kritik, "
                "Ansprechpartner, Zuständigkeit, wer ist zuständig, E-Mail an die Stadt"
            ),
            "description": (
                "Über das Formular für allgemeine Anfragen erreichen Sie die Stadtverwaltung Lindenfeld mit allen "
                "Anliegen, für die es keinen eigenen Online-Dienst gibt, oder wenn Sie nicht wissen, welches Amt "
                "zuständig ist. Das Bürgerbüro beantwortet Ihre Frage selbst oder leitet sie an die zuständige "
                "Stelle weiter und teilt Ihnen mit, wer sich um Ihr Anliegen kümmert."
                "\n\n"
                "Auch Lob, Kritik und Anregungen sind willkommen. Anregungen und Beschwerden, über die der Rat "
                "der Stadt entscheiden soll, werden an den zuständigen Ausschuss weitergegeben."
            ),
            "requirements": "",
            "documents": [],
            "steps": [
                "Formular ausfüllen und Ihr Anliegen möglichst genau beschreiben",
                "Kontaktdaten für die Antwort angeben und bei Bedarf Dateien anhängen",
                "Eingangsbestätigung per E-Mail erhalten",
                "Antwort vom Bürgerbüro oder von der zuständigen Stelle erhalten",
            ],
            "fee_note": "",
            "processing_time": "In der Regel eine Antwort innerhalb von fünf Werktagen",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "§ 24 Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW) – Anregungen und Beschwerden",
                    "url": "",
                },
            ],
            "notes": (
                "Die allgemeine Anfrage ersetzt keinen förmlichen Antrag. Für Anträge, bei denen eine "
                "Unterschrift oder eine Frist vorgeschrieben ist, nutzen Sie bitte den jeweiligen Online-Dienst "
                "oder das passende Formular. Schreiben Sie keine sensiblen Gesundheits- oder Kontodaten in das "
                "Freitextfeld."
            ),
            "other_ways": (
                "Sie erreichen die Stadtverwaltung auch telefonisch unter +49 2345 6780-0, per E-Mail an "
                "info@lindenfeld.example oder persönlich im Bürgerbüro am Rathausplatz 1."
            ),
            "faq": [
                {
                    "q": "Kann ich meine Anfrage auch auf Englisch stellen?",
                    "a": (
                        "Ja, Sie können uns auf Deutsch oder Englisch schreiben. Für andere Sprachen helfen wir "
                        "Ihnen gerne, eine Lösung zu finden."
                    ),
                },
            ],
        },
        "en": {
            "title": "General enquiry to the town administration",
            "official_name": "General enquiry, suggestion and complaint",
            "teaser": (
                "Do you have a question, suggestion or complaint and don't know who is responsible? Write to us "
                "and we will pass your request on."
            ),
            "search_terms": (
                "contact, contact form, question for the town, enquiry, complaint, suggestion, praise, "
                "criticism, contact person, responsibility, who is responsible, email the town"
            ),
            "description": (
                "Using the general enquiry form, you can contact Lindenfeld's town administration about anything "
                "for which there is no specific online service, or if you do not know which office is "
                "responsible. The Citizens' Office will either answer your question itself or forward it to the "
                "right department and let you know who is dealing with your request."
                "\n\n"
                "Praise, criticism and suggestions are also welcome. Suggestions and complaints that need a "
                "decision by the town council are passed on to the relevant committee."
            ),
            "requirements": "",
            "documents": [],
            "steps": [
                "Fill in the form and describe your request as precisely as possible",
                "Give your contact details for the reply and attach files if needed",
                "Receive an acknowledgement by email",
                "Receive a reply from the Citizens' Office or the department responsible",
            ],
            "fee_note": "",
            "processing_time": "You will usually receive a reply within five working days",
            "deadlines": "",
            "legal_basis": [
                {
                    "title": "Section 24 Municipal Code of North Rhine-Westphalia (GO NRW) – suggestions and complaints",
                    "url": "",
                },
            ],
            "notes": (
                "A general enquiry does not replace a formal application. For applications that require a "
                "signature or have a deadline, please use the relevant online service or the appropriate form. "
                "Do not enter sensitive health or bank details in the free text field."
            ),
            "other_ways": (
                "You can also contact the town administration by phone on +49 2345 6780-0, by email to "
                "info@lindenfeld.example or in person at the Citizens' Office at Rathausplatz 1."
            ),
            "faq": [
                {
                    "q": "Can I send my enquiry in English?",
                    "a": (
                        "Yes, you can write to us in German or English. For other languages, we will be happy to "
                        "help you find a solution."
                    ),
                },
            ],
        },
    },
]

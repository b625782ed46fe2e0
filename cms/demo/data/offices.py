"""Demo data: municipal offices of the fictional town of Lindenfeld (NRW).

See SCHEMA.md in this directory for the format.
"""

from __future__ import annotations

OFFICES: list[dict] = [
    {
        "key": "buergerbuero",
        "street": "Rathausplatz 1",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-100",
        "email": "buergerbuero@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4512&mlon=7.0123#map=18/51.4512/7.0123",
        "hours": [
            [0, "08:00", "12:30"],
            [0, "14:00", "16:00"],
            [1, "08:00", "12:30"],
            [1, "14:00", "16:00"],
            [2, "07:30", "12:30"],
            [3, "08:00", "18:00"],
            [4, "08:00", "12:30"],
            [5, "09:00", "12:00"],
        ],
        "closures": [
            [
                "2026-12-02",
                "2026-12-02",
                {
                    "de": "Wegen einer Personalversammlung geschlossen",
                    "en": "Closed for a staff meeting",
                },
            ],
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": "Zwischen den Jahren geschlossen",
                    "en": "Closed over Christmas and New Year",
                },
            ],
        ],
        "de": {
            "name": "Bürgerbüro",
            "department": "Fachbereich Bürgerdienste",
            "accessibility": (
                "Stufenloser Zugang über den Haupteingang am Rathausplatz, automatische Türen. "
                "Das Bürgerbüro liegt im Erdgeschoss; ein Aufzug verbindet alle Etagen. "
                "Barrierefreies WC im Erdgeschoss, zwei Behindertenparkplätze direkt vor dem Rathaus. "
                "An den Servicetheken steht eine mobile Induktionsschleife für Hörgeräte bereit."
            ),
        },
        "en": {
            "name": "Citizens' Office (Bürgerbüro)",
            "department": "Citizens' Services Department",
            "accessibility": (
                "Step-free access through the main entrance on Rathausplatz, with automatic doors. "
                "The Citizens' Office is on the ground floor; a lift serves all floors. "
                "Accessible toilet on the ground floor, two disabled parking spaces directly in front of the town hall. "
                "A portable induction loop for hearing aids is available at the service counters."
            ),
        },
    },
    {
        "key": "standesamt",
        "street": "Markt 5",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-140",
        "email": "standesamt@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4521&mlon=7.0108#map=18/51.4521/7.0108",
        "hours": [
            [0, "08:30", "12:00"],
            [1, "08:30", "12:00"],
            [1, "14:00", "16:00"],
            [2, "08:30", "12:00"],
            [3, "08:30", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": (
                        "Zwischen den Jahren geschlossen. Sterbefälle können am 28. und 30. Dezember "
                        "von 9 bis 11 Uhr beurkundet werden."
                    ),
                    "en": (
                        "Closed between Christmas and New Year. Deaths can be registered on 28 and "
                        "30 December between 9 and 11 am."
                    ),
                },
            ],
        ],
        "de": {
            "name": "Standesamt",
            "department": "Fachbereich Bürgerdienste",
            "accessibility": (
                "Das Standesamt befindet sich im denkmalgeschützten Alten Rathaus von 1612. "
                "Der Haupteingang am Markt hat drei Stufen; ein stufenloser Seiteneingang mit Rampe "
                "und Klingel liegt in der Kirchgasse. Büros und Trauzimmer sind im Erdgeschoss, "
                "der Ratssaal im ersten Obergeschoss ist nur über eine Treppe erreichbar. "
                "Ein barrierefreies WC gibt es im Erdgeschoss."
            ),
        },
        "en": {
            "name": "Register Office (Standesamt)",
            "department": "Citizens' Services Department",
            "accessibility": (
                "The Register Office is housed in the listed Old Town Hall, built in 1612. "
                "The main entrance on the market square has three steps; a step-free side entrance "
                "with a ramp and a doorbell is in Kirchgasse. The offices and the wedding room are on "
                "the ground floor; the council chamber on the first floor can only be reached by stairs. "
                "There is an accessible toilet on the ground floor."
            ),
        },
    },
    {
        "key": "strassenverkehrsamt",
        "street": "Max-Planck-Straße 8",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-300",
        "email": "zulassung@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4436&mlon=7.0241#map=18/51.4436/7.0241",
        "hours": [
            [0, "07:30", "12:30"],
            [1, "07:30", "12:30"],
            [2, "07:30", "12:30"],
            [2, "13:30", "15:30"],
            [3, "07:30", "12:30"],
            [3, "13:30", "17:30"],
            [4, "07:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2026-12-24",
                {
                    "de": "An Heiligabend geschlossen",
                    "en": "Closed on Christmas Eve",
                },
            ],
            [
                "2026-12-31",
                "2026-12-31",
                {
                    "de": "An Silvester geschlossen",
                    "en": "Closed on New Year's Eve",
                },
            ],
        ],
        "de": {
            "name": "Straßenverkehrsamt – Zulassungsstelle",
            "department": "Kreis Rheinauen, Außenstelle Lindenfeld",
            "accessibility": (
                "Ebenerdiger Zugang vom Parkplatz, die Eingangstür öffnet automatisch. "
                "Alle Schalter liegen im Erdgeschoss, ein barrierefreies WC ist vorhanden. "
                "Behindertenparkplätze befinden sich neben dem Eingang; "
                "Kennzeichen-Prägestellen sind auf dem Gelände zu Fuß erreichbar."
            ),
        },
        "en": {
            "name": "Vehicle Registration Office (Straßenverkehrsamt – Zulassungsstelle)",
            "department": "Rheinauen District, Lindenfeld branch office",
            "accessibility": (
                "Level access from the car park, with an automatic entrance door. "
                "All counters are on the ground floor and there is an accessible toilet. "
                "Disabled parking spaces are next to the entrance; "
                "number plate makers are on the same site, within walking distance."
            ),
        },
    },
    {
        "key": "ordnungsamt",
        "street": "Rathausplatz 1",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-320",
        "email": "ordnungsamt@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4512&mlon=7.0123#map=18/51.4512/7.0123",
        "hours": [
            [0, "08:00", "12:00"],
            [1, "08:00", "12:00"],
            [1, "14:00", "16:00"],
            [2, "08:00", "12:00"],
            [3, "08:00", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:00", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": "Zwischen den Jahren kein Publikumsverkehr; der Kommunale Ordnungsdienst ist weiterhin im Einsatz",
                    "en": "No public opening between Christmas and New Year; the municipal enforcement service remains on duty",
                },
            ],
        ],
        "de": {
            "name": "Ordnungsamt",
            "department": "Fachbereich Ordnung und Verkehr",
            "accessibility": (
                "Stufenloser Zugang über den Haupteingang des Rathauses. "
                "Das Ordnungsamt befindet sich im zweiten Obergeschoss (Zimmer 201 bis 218) und ist mit dem Aufzug erreichbar. "
                "Barrierefreies WC im Erdgeschoss."
            ),
        },
        "en": {
            "name": "Public Order Office (Ordnungsamt)",
            "department": "Public Order and Traffic Department",
            "accessibility": (
                "Step-free access through the main entrance of the town hall. "
                "The Public Order Office is on the second floor (rooms 201 to 218) and can be reached by lift. "
                "Accessible toilet on the ground floor."
            ),
        },
    },
    {
        "key": "bauaufsicht",
        "street": "Friedrich-Ebert-Straße 42",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-610",
        "email": "bauaufsicht@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4498&mlon=7.0157#map=18/51.4498/7.0157",
        "hours": [
            [1, "08:30", "12:00"],
            [1, "14:00", "16:00"],
            [3, "08:30", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-21",
                "2027-01-01",
                {
                    "de": "Ab dem 21. Dezember keine Sprechzeiten; Bauanträge können weiterhin digital eingereicht werden",
                    "en": "No consultation hours from 21 December; building applications can still be submitted online",
                },
            ],
        ],
        "de": {
            "name": "Bauaufsicht",
            "department": "Fachbereich Planen und Bauen",
            "accessibility": (
                "Die Bauaufsicht sitzt im Technischen Rathaus, einem Bürogebäude aus den 1970er-Jahren. "
                "Der Zugang erfolgt stufenlos über eine Rampe an der Friedrich-Ebert-Straße. "
                "Die Bauaufsicht liegt im dritten Obergeschoss und ist mit dem Aufzug erreichbar. "
                "Ein barrierefreies WC befindet sich im Erdgeschoss neben dem Planarchiv."
            ),
        },
        "en": {
            "name": "Building Control Authority (Bauaufsicht)",
            "department": "Planning and Building Department",
            "accessibility": (
                "The Building Control Authority is located in the Technical Town Hall "
                "(Technisches Rathaus), an office building from the 1970s. "
                "There is step-free access via a ramp on Friedrich-Ebert-Straße. "
                "Building Control is on the third floor and can be reached by lift. "
                "An accessible toilet is on the ground floor next to the plans archive."
            ),
        },
    },
    {
        "key": "abfallwirtschaft",
        "street": "Hafenstraße 60",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-700",
        "email": "abfallberatung@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4573&mlon=6.9978#map=18/51.4573/6.9978",
        "hours": [
            [0, "07:30", "16:30"],
            [1, "07:30", "16:30"],
            [2, "07:30", "16:30"],
            [3, "07:30", "18:00"],
            [4, "07:30", "14:00"],
            [5, "08:00", "13:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2026-12-24",
                {
                    "de": "Kundenservice und Wertstoffhof an Heiligabend geschlossen",
                    "en": "Customer service and recycling centre closed on Christmas Eve",
                },
            ],
            [
                "2026-12-31",
                "2027-01-02",
                {
                    "de": "Geschlossen wegen Silvester, Neujahr und Jahresinventur",
                    "en": "Closed for New Year's Eve, New Year's Day and the annual stocktake",
                },
            ],
        ],
        "de": {
            "name": "Abfallwirtschaftsbetrieb Lindenfeld (AWL) – Kundenservice und Wertstoffhof",
            "department": "Abfallwirtschaftsbetrieb Lindenfeld, Eigenbetrieb der Stadt",
            "accessibility": (
                "Der Kundenservice befindet sich im Verwaltungsgebäude am Eingang des Betriebshofs "
                "und ist ebenerdig erreichbar; ein barrierefreies WC ist vorhanden. "
                "Behindertenparkplätze liegen direkt vor dem Verwaltungsgebäude. "
                "Auf dem Wertstoffhof ist mit Fahrzeugverkehr zu rechnen; "
                "unsere Mitarbeitenden helfen Ihnen gerne beim Entladen."
            ),
        },
        "en": {
            "name": "Lindenfeld Waste Management (AWL) – customer service and recycling centre",
            "department": "Lindenfeld Waste Management, a municipally owned company (Eigenbetrieb)",
            "accessibility": (
                "Customer service is in the administration building at the entrance to the depot "
                "and has level access; there is an accessible toilet. "
                "Disabled parking spaces are directly in front of the administration building. "
                "Please watch out for vehicles on the recycling centre site; "
                "our staff will be glad to help you unload."
            ),
        },
    },
    {
        "key": "steueramt",
        "street": "Rathausplatz 1",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-210",
        "email": "steueramt@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4512&mlon=7.0123#map=18/51.4512/7.0123",
        "hours": [
            [0, "08:30", "12:00"],
            [1, "08:30", "12:00"],
            [2, "08:30", "12:00"],
            [3, "08:30", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": "Zwischen den Jahren geschlossen; Zahlungen per Überweisung sind jederzeit möglich",
                    "en": "Closed over Christmas and New Year; payments by bank transfer can be made at any time",
                },
            ],
        ],
        "de": {
            "name": "Steueramt",
            "department": "Fachbereich Finanzen",
            "accessibility": (
                "Stufenloser Zugang über den Haupteingang des Rathauses. "
                "Das Steueramt befindet sich im ersten Obergeschoss (Zimmer 104 bis 112) und ist mit dem Aufzug erreichbar. "
                "Barrierefreies WC im Erdgeschoss."
            ),
        },
        "en": {
            "name": "Municipal Tax Office (Steueramt)",
            "department": "Finance Department",
            "accessibility": (
                "Step-free access through the main entrance of the town hall. "
                "The Municipal Tax Office is on the first floor (rooms 104 to 112) and can be reached by lift. "
                "Accessible toilet on the ground floor."
            ),
        },
    },
    {
        "key": "jugendamt",
        "street": "Bahnhofstraße 20",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-510",
        "email": "jugendamt@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4487&mlon=7.0096#map=18/51.4487/7.0096",
        "hours": [
            [0, "08:30", "12:00"],
            [1, "08:30", "12:00"],
            [2, "08:30", "12:00"],
            [3, "08:30", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2026-12-24",
                {
                    "de": "An Heiligabend geschlossen; in akuten Krisen erreichen Sie den Bereitschaftsdienst über die Polizei (110)",
                    "en": "Closed on Christmas Eve; in an acute crisis you can reach the on-call service via the police (110)",
                },
            ],
            [
                "2026-12-31",
                "2026-12-31",
                {
                    "de": "An Silvester geschlossen; der Bereitschaftsdienst ist über die Polizei (110) erreichbar",
                    "en": "Closed on New Year's Eve; the on-call service can be reached via the police (110)",
                },
            ],
        ],
        "de": {
            "name": "Jugendamt",
            "department": "Fachbereich Jugend, Schule und Familie",
            "accessibility": (
                "Das Jugendamt befindet sich im Stadthaus gegenüber dem Bahnhof. "
                "Stufenloser Zugang über den Haupteingang, Aufzug in alle Etagen, barrierefreies WC im Erdgeschoss. "
                "Im Wartebereich im ersten Obergeschoss gibt es eine Spielecke und einen Wickelraum."
            ),
        },
        "en": {
            "name": "Youth Welfare Office (Jugendamt)",
            "department": "Youth, Schools and Family Department",
            "accessibility": (
                "The Youth Welfare Office is in the Stadthaus (municipal office building) opposite the railway station. "
                "Step-free access through the main entrance, lift to all floors, accessible toilet on the ground floor. "
                "The waiting area on the first floor has a play corner and a baby-changing room."
            ),
        },
    },
    {
        "key": "sozialamt",
        "street": "Bahnhofstraße 20",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-500",
        "email": "sozialamt@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4487&mlon=7.0096#map=18/51.4487/7.0096",
        "hours": [
            [0, "08:30", "12:00"],
            [1, "08:30", "12:00"],
            [1, "14:00", "16:00"],
            [3, "08:30", "12:00"],
            [3, "14:00", "17:30"],
            [4, "08:30", "12:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": "Zwischen den Jahren geschlossen; in Notfällen ist am 28. und 30. Dezember von 9 bis 11 Uhr eine Notsprechstunde eingerichtet",
                    "en": "Closed between Christmas and New Year; emergency consultations are available on 28 and 30 December from 9 to 11 am",
                },
            ],
        ],
        "de": {
            "name": "Sozialamt",
            "department": "Fachbereich Soziales und Wohnen",
            "accessibility": (
                "Das Sozialamt befindet sich im zweiten Obergeschoss des Stadthauses. "
                "Stufenloser Zugang über den Haupteingang, Aufzug in alle Etagen, barrierefreies WC im Erdgeschoss. "
                "Wenn Sie das Stadthaus nicht aufsuchen können, vereinbaren Sie bitte einen Hausbesuch."
            ),
        },
        "en": {
            "name": "Social Welfare Office (Sozialamt)",
            "department": "Social Affairs and Housing Department",
            "accessibility": (
                "The Social Welfare Office is on the second floor of the Stadthaus (municipal office building). "
                "Step-free access through the main entrance, lift to all floors, accessible toilet on the ground floor. "
                "If you are unable to come to the Stadthaus, please arrange a home visit."
            ),
        },
    },
    {
        "key": "wirtschaftsfoerderung",
        "street": "Zechenstraße 7",
        "postcode": "45999",
        "city": "Lindenfeld",
        "phone": "+49 2345 6780-800",
        "email": "wirtschaft@lindenfeld.example",
        "map_url": "https://www.openstreetmap.org/?mlat=51.4462&mlon=7.0312#map=18/51.4462/7.0312",
        "hours": [
            [0, "08:00", "16:30"],
            [1, "08:00", "16:30"],
            [2, "08:00", "16:30"],
            [3, "08:00", "16:30"],
            [4, "08:00", "13:00"],
        ],
        "closures": [
            [
                "2026-12-24",
                "2027-01-01",
                {
                    "de": "Betriebsferien zwischen Weihnachten und Neujahr",
                    "en": "Office closed for the Christmas and New Year break",
                },
            ],
        ],
        "de": {
            "name": "Wirtschaftsförderung",
            "department": "Stabsstelle Wirtschaft und Stadtmarketing",
            "accessibility": (
                "Die Wirtschaftsförderung hat ihre Büros im Gründer- und Technologiezentrum LindenPark "
                "auf dem Gelände der ehemaligen Zeche Lindenfeld. "
                "Stufenloser Zugang, Aufzug, barrierefreies WC im Erdgeschoss, Behindertenparkplätze am Haupteingang."
            ),
        },
        "en": {
            "name": "Business Development Office (Wirtschaftsförderung)",
            "department": "Economic Development and City Marketing Unit",
            "accessibility": (
                "The Business Development Office is based in the LindenPark start-up and technology centre "
                "on the site of the former Lindenfeld colliery. "
                "Step-free access, lift, accessible toilet on the ground floor, disabled parking spaces at the main entrance."
            ),
        },
    },
]

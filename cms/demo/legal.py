"""Demo home page and legal pages, German with English translation."""

HOME = {
    "de": {
        "title": "Stadt Lindenfeld",
        "hero_title": "Willkommen in Lindenfeld",
        "hero_intro": "Alle Leistungen der Stadtverwaltung an einem Ort: finden, verstehen und online erledigen.",
        "search_placeholder": "Personalausweis, Sperrmüll, Hund anmelden",
    },
    "en": {
        "title": "Town of Lindenfeld",
        "hero_title": "Welcome to Lindenfeld",
        "hero_intro": "Every service of the town administration in one place: find it, understand it and get it done online.",
        "search_placeholder": "ID card, bulky waste, register a dog",
    },
}

# Each page: slug, title, intro and a body of ("heading", text) and ("paragraph", text) blocks.
LEGAL_PAGES = [
    {
        "key": "impressum",
        "de": {
            "slug": "impressum",
            "title": "Impressum",
            "intro": "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).",
            "body": [
                ("heading", "Herausgeberin"),
                (
                    "paragraph",
                    "Stadt Lindenfeld, Rathausplatz 1, 45999 Lindenfeld. Die Stadt Lindenfeld ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch die Bürgermeisterin Dr. Anna Berger.",
                ),
                ("heading", "Kontakt"),
                ("paragraph", "Telefon: +49 2345 6780-0, E-Mail: info@lindenfeld.example"),
                ("heading", "Umsatzsteuer-Identifikationsnummer"),
                ("paragraph", "DE 999 999 999 (Demo-Angabe)"),
                ("heading", "Aufsichtsbehörde"),
                ("paragraph", "Landrat des Kreises Rheinauen als untere staatliche Verwaltungsbehörde."),
                ("heading", "Verantwortlich für den Inhalt"),
                (
                    "paragraph",
                    "Presse- und Öffentlichkeitsarbeit der Stadt Lindenfeld, Rathausplatz 1, 45999 Lindenfeld.",
                ),
                ("heading", "Hinweis"),
                (
                    "paragraph",
                    "Lindenfeld ist eine erfundene Stadt. Diese Website zeigt die Software Stadtportal mit Beispielinhalten.",
                ),
            ],
        },
        "en": {
            "slug": "legal-notice",
            "title": "Legal notice",
            "intro": "Information under section 5 of the German Digital Services Act (DDG) and section 18 of the Interstate Media Treaty (MStV).",
            "body": [
                ("heading", "Publisher"),
                (
                    "paragraph",
                    "Town of Lindenfeld, Rathausplatz 1, 45999 Lindenfeld, Germany. The Town of Lindenfeld is a public-law corporation. It is represented by the Mayor, Dr Anna Berger.",
                ),
                ("heading", "Contact"),
                ("paragraph", "Phone: +49 2345 6780-0, email: info@lindenfeld.example"),
                ("heading", "VAT identification number"),
                ("paragraph", "DE 999 999 999 (demo value)"),
                ("heading", "Supervisory authority"),
                (
                    "paragraph",
                    "The District Administrator of the Rheinauen district, as lower state administrative authority.",
                ),
                ("heading", "Responsible for the content"),
                (
                    "paragraph",
                    "Press and Public Relations Office of the Town of Lindenfeld, Rathausplatz 1, 45999 Lindenfeld.",
                ),
                ("heading", "Please note"),
                (
                    "paragraph",
                    "Lindenfeld is a fictional town. This website demonstrates the Stadtportal software with sample content.",
                ),
            ],
        },
    },
    {
        "key": "datenschutz",
        "de": {
            "slug": "datenschutz",
            "title": "Datenschutzerklärung",
            "intro": "Wie die Stadt Lindenfeld personenbezogene Daten auf dieser Website verarbeitet (Art. 13 DSGVO).",
            "body": [
                ("heading", "Verantwortliche Stelle"),
                (
                    "paragraph",
                    "Stadt Lindenfeld, Rathausplatz 1, 45999 Lindenfeld, E-Mail: info@lindenfeld.example. Unsere behördliche Datenschutzbeauftragte erreichen Sie unter datenschutz@lindenfeld.example.",
                ),
                ("heading", "Besuch der Website"),
                (
                    "paragraph",
                    "Beim Aufruf einer Seite verarbeitet unser Server technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browserkennung), um die Seite auszuliefern und Angriffe abzuwehren. Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO. Die Protokolle werden nach sieben Tagen gelöscht.",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "Wir setzen nur technisch notwendige Cookies: eines merkt sich die gewählte Sprache, eines schützt Formulare vor Missbrauch. Es gibt keine Analyse- oder Werbe-Cookies.",
                ),
                ("heading", "Keine Inhalte von Dritten ohne Ihre Zustimmung"),
                (
                    "paragraph",
                    "Schriften, Bilder und Programme laden wir von unserem eigenen Server. Erklärvideos und Livestreams von YouTube oder Vimeo werden erst geladen, wenn Sie dem ausdrücklich per Klick zustimmen. Erst dann erhält der Anbieter Ihre IP-Adresse.",
                ),
                ("heading", "Online-Formulare"),
                (
                    "paragraph",
                    "Was Sie in ein Formular eingeben, verwenden wir nur zur Bearbeitung Ihres Anliegens. Die Daten werden nach Ablauf der für das Formular angegebenen Frist gelöscht.",
                ),
                ("heading", "Ihre Rechte"),
                (
                    "paragraph",
                    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch. Sie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen beschweren.",
                ),
            ],
        },
        "en": {
            "slug": "privacy",
            "title": "Privacy policy",
            "intro": "How the Town of Lindenfeld processes personal data on this website (Article 13 GDPR).",
            "body": [
                ("heading", "Controller"),
                (
                    "paragraph",
                    "Town of Lindenfeld, Rathausplatz 1, 45999 Lindenfeld, email: info@lindenfeld.example. You can reach our data protection officer at datenschutz@lindenfeld.example.",
                ),
                ("heading", "Visiting the website"),
                (
                    "paragraph",
                    "When you open a page, our server processes technically necessary data (IP address, time, requested address, browser identifier) to deliver the page and to fend off attacks. The legal basis is Article 6(1)(e) GDPR. The logs are deleted after seven days.",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "We only set technically necessary cookies: one remembers the language you chose, one protects forms against misuse. There are no analytics or advertising cookies.",
                ),
                ("heading", "No third-party content without your consent"),
                (
                    "paragraph",
                    "Fonts, images and scripts are loaded from our own server. Explainer videos and livestreams from YouTube or Vimeo are only loaded once you explicitly agree with a click. Only then does the provider receive your IP address.",
                ),
                ("heading", "Online forms"),
                (
                    "paragraph",
                    "What you enter into a form is used only to deal with your request. The data is deleted when the retention period stated for the form has passed.",
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    "You have the right to access, rectification, erasure, restriction of processing and to object. You can lodge a complaint with the State Commissioner for Data Protection and Freedom of Information of North Rhine-Westphalia.",
                ),
            ],
        },
    },
    {
        "key": "barrierefreiheit",
        "de": {
            "slug": "barrierefreiheit",
            "title": "Erklärung zur Barrierefreiheit",
            "intro": "Die Stadt Lindenfeld möchte ihre Website barrierefrei zugänglich machen, nach der Barrierefreie-Informationstechnik-Verordnung NRW (BITVNRW) und der BITV 2.0.",
            "body": [
                ("heading", "Stand der Vereinbarkeit"),
                (
                    "paragraph",
                    "Diese Website ist weitgehend mit den Anforderungen der WCAG 2.1 auf Stufe AA vereinbar. Jede Seite wird bei jeder Änderung der Software automatisch geprüft.",
                ),
                ("heading", "Nicht barrierefreie Inhalte"),
                (
                    "paragraph",
                    "Einige ältere PDF-Dokumente sind noch nicht vollständig barrierefrei. Wir ersetzen sie schrittweise.",
                ),
                ("heading", "Barriere melden"),
                (
                    "paragraph",
                    "Ist Ihnen eine Barriere aufgefallen? Schreiben Sie an barrierefreiheit@lindenfeld.example oder rufen Sie +49 2345 6780-0 an. Wir antworten innerhalb von zwei Wochen.",
                ),
                ("heading", "Durchsetzungsverfahren"),
                (
                    "paragraph",
                    "Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden.",
                ),
            ],
        },
        "en": {
            "slug": "accessibility",
            "title": "Accessibility statement",
            "intro": "The Town of Lindenfeld wants its website to be accessible, in line with the NRW accessible IT regulation (BITVNRW) and BITV 2.0.",
            "body": [
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    "This website is largely compliant with WCAG 2.1 level AA. Every page is tested automatically whenever the software changes.",
                ),
                ("heading", "Content that is not accessible"),
                (
                    "paragraph",
                    "Some older PDF documents are not yet fully accessible. We are replacing them step by step.",
                ),
                ("heading", "Report a barrier"),
                (
                    "paragraph",
                    "Have you come across a barrier? Write to barrierefreiheit@lindenfeld.example or call +49 2345 6780-0. We reply within two weeks.",
                ),
                ("heading", "Enforcement procedure"),
                (
                    "paragraph",
                    "If you are not satisfied with our answer, you can contact the Ombudsperson for Accessible Information Technology of the State of North Rhine-Westphalia.",
                ),
            ],
        },
    },
]

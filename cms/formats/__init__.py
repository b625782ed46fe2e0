"""One date, time and number format per language (settings.FORMAT_MODULE_PATH).

Templates and code use Django's named formats only (DATE_FORMAT, SHORT_DATE_FORMAT, TIME_FORMAT,
MONTH_DAY_FORMAT, YEAR_MONTH_FORMAT, DATETIME_FORMAT, SHORT_DATETIME_FORMAT) and `core.formats.money`,
never a pattern of their own, so a page shows one format per language:

    German   2. Dezember 2026 · 02.12.2026 · 14:30 · 1.234,50 €
    English  2 December 2026 · 2 Dec 2026 · 14:30 · €1,234.50

German is Django's own German locale; English is British usage with the 24-hour clock, as a German
town writes for its English-speaking residents (Django's default English is American: 12/02/2026 reads
as the 12th of February to most of them).
"""

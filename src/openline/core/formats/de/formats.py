"""German dates: an ordinal day with its full stop, abbreviated months with theirs ("Dez.",
Django's `N`, whose German catalog writes "März", "Mai", "Juni", "Juli" unabbreviated). A
no-break space (\u00a0) keeps "5." with its month, and a short date whole, at a line's end."""

DATE_FORMAT = "j.\u00a0F Y"  # 5. Dezember 2026
SHORT_DATE_FORMAT = "j.\u00a0N\u00a0Y"  # 5. Dez. 2026
DATETIME_FORMAT = "j.\u00a0F Y, H:i"
SHORT_DATETIME_FORMAT = "j.\u00a0N\u00a0Y, H:i"
MONTH_DAY_FORMAT = "j.\u00a0N"  # 5. Dez.
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"

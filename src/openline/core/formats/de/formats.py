"""German dates: an ordinal day with its full stop, abbreviated months with theirs ("Dez.",
Django's `N`, whose German catalog writes "März", "Mai", "Juni", "Juli" unabbreviated)."""

DATE_FORMAT = "j. F Y"  # 5. Dezember 2026
SHORT_DATE_FORMAT = "j. N Y"  # 5. Dez. 2026
DATETIME_FORMAT = "j. F Y, H:i"
SHORT_DATETIME_FORMAT = "j. N Y, H:i"
MONTH_DAY_FORMAT = "j. N"  # 5. Dez.
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"

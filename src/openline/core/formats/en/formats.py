"""English dates as the product has always written them: day first, 24-hour clock."""

DATE_FORMAT = "j F Y"  # 5 December 2026: prose
SHORT_DATE_FORMAT = "j M Y"  # 5 Dec 2026: lists and tables
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j M"  # 5 Dec: chart axes, this year's dates
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"

"""English dates as the product has always written them: day first, 24-hour clock. A no-break
space (\u00a0) keeps the day with its month, and a short date whole, at the end of a line."""

DATE_FORMAT = "j\u00a0F Y"  # 5 December 2026: prose
SHORT_DATE_FORMAT = "j\u00a0M\u00a0Y"  # 5 Dec 2026: lists and tables
DATETIME_FORMAT = "j\u00a0F Y, H:i"
SHORT_DATETIME_FORMAT = "j\u00a0M\u00a0Y, H:i"
MONTH_DAY_FORMAT = "j\u00a0M"  # 5 Dec: chart axes
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"

"""Date formats per language (settings FORMAT_MODULE_PATH), read by Django's `date` filter and
`date_format` through the format names: templates write `|date:"SHORT_DATE_FORMAT"`, never a
pattern, so a German reader sees "5. Dez. 2026" where an English one sees "5 Dec 2026". What a
module leaves out (input formats, separators) comes from Django's own locale files."""

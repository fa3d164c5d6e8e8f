"""The voice of the customer: every customer post and inbound message read in the background
for what it wants (intent) and how its author feels (sentiment), by the language layer's heads
(`language.voice`); the readings are stored (`language.TextLabel`), shown and filtered in the
inbox, and corrected by agents in one click."""

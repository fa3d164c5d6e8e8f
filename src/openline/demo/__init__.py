"""The demo company, Halden Home: its people, spaces and hand-written community threads, and the
`openline demo` and `openline seed` commands."""

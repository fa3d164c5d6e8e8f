"""A web process's start-up heap, out of the garbage collector's way (issue 19).

A web process holds ~200,000 objects once Django, the URLconf and the apps are loaded, nearly all
of them kept for the process's life. CPython's full collections walk all of them with the GIL
held: ~120 ms of CPU here, and 200 to 600 ms of wall time on a loaded machine, during which no
thread of the process answers anything (core.reqtrace saw one under page load, stalling every
open inbox's poll of that process). `settle` moves what start-up built into the permanent
generation (`gc.freeze`), which no collection walks; what requests allocate afterwards is
collected as before."""

import gc


def settle() -> None:
    """Once start-up is done: collect its garbage, then freeze what is left."""
    gc.collect()
    gc.freeze()

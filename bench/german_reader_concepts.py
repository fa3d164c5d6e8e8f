"""Writer-independent features for the German reader as one 0/1 vector per sentence, for
bench/german_reader_extra_lowo.py --concepts (session 22, german-v17; docs/decisions.md,
"Session 22, german-v17"). The flags themselves live once, in openline.language.german_concepts
(session 23, german-v18, moved them there and added tone families); this is their column view.
Session 22's figures were measured with the flags before that move (git show 0c1462c4:bench/...).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from openline.language import german_concepts
from openline.language.german_wording import normalise

NAMES = german_concepts.NAMES


def features(text: str) -> list[float]:
    on = set(german_concepts.flags(text, normalise(text)))
    return [float(name in on) for name in NAMES]

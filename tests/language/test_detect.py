from openline.language.detect import detect_language


def test_common_languages_are_told_apart():
    assert detect_language("Why is my parcel still not here? It was due on Monday.") == "en"
    assert (
        detect_language("Warum ist mein Paket noch nicht da? Es sollte am Montag kommen.") == "de"
    )
    assert detect_language("Pourquoi mon colis n'est pas encore arrivé ? Merci") == "fr"
    assert detect_language("Waarom is mijn pakket er nog niet? Het zou maandag komen.") == "nl"


def test_too_little_to_tell_is_undetermined():
    assert detect_language("🙃🙃") == "und"
    assert detect_language("Zzzxq brrr") == "und"

from cmer_desk.domain.text import (
    fold,
    french_sort_key,
    join_french,
    person_name,
    person_name_list_order,
    surname_caps,
)


def test_fold_ignores_accents_case_and_ligatures():
    assert fold("MAZIÈRES") == "mazieres"
    assert fold("Œuvre") == "oeuvre"
    assert fold("Łukasz Wałęsa") == "lukasz walesa"
    assert fold("Nguyễn") == "nguyen"
    assert fold(None) == ""


def test_french_sort_order_puts_accented_letters_with_their_base_letter():
    names = ["Zoé", "Émile", "Eric", "Œillet", "Olivier", "oeuf", "Ödön", "zèbre", "Éléonore"]
    ordered = sorted(names, key=french_sort_key)
    assert ordered == ["Éléonore", "Émile", "Eric", "Ödön", "Œillet", "oeuf", "Olivier", "zèbre", "Zoé"]


def test_sort_key_is_stable_on_ties_between_accented_and_plain_forms():
    assert french_sort_key("cote") < french_sort_key("côte")
    assert french_sort_key("Cote") != french_sort_key("côte")


def test_surnames_print_in_capitals_with_particles_kept():
    assert surname_caps("de Mazières") == "de MAZIÈRES"
    assert surname_caps("d'Arbaud") == "d'ARBAUD"
    assert surname_caps("Ben Saïd") == "BEN SAÏD"
    assert surname_caps("Le Pen") == "LE PEN"
    assert person_name("Olivier", "de Mazières") == "Olivier de MAZIÈRES"
    assert person_name_list_order("Katia", "Bertaud") == "BERTAUD Katia"
    assert person_name("", "Limousin") == "LIMOUSIN"


def test_join_french():
    assert join_french(["a"]) == "a"
    assert join_french(["a", "b"]) == "a et b"
    assert join_french(["a", "b", "c"]) == "a, b et c"


def test_fold_of_a_text_equals_folding_it_whole():
    """fold() translates character by character; it must agree with NFKD over the whole text."""
    import unicodedata

    def whole(text):
        from cmer_desk.domain.text import _SPECIAL_FOLDS

        decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_FOLDS))
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        return stripped.casefold().translate(_SPECIAL_FOLDS)

    for text in ["MAZIÈRES", "Œuvre d'ÉMILE", "Łukasz Wałęsa – Nguyễn", "ﬁn Straße", "e\u0301te\u0301", "ABC"]:
        assert fold(text) == whole(text)

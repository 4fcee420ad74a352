from cmer_desk.domain.body import BodyBullets, BodyParagraph, parse_body


def test_body_splits_paragraphs_and_bullet_lists():
    text = "Premier paragraphe\nsuite.\n\nL'objectif est triple :\n- un ;\n- deux ;\n• trois.\nFin."
    assert parse_body(text) == [
        BodyParagraph("Premier paragraphe suite."),
        BodyParagraph("L'objectif est triple :"),
        BodyBullets(("un ;", "deux ;", "trois.")),
        BodyParagraph("Fin."),
    ]


def test_empty_body():
    assert parse_body("") == []
    assert parse_body(None) == []

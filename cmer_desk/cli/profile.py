"""`cmer-desk profile`: the bureau profile printed, or one field changed with the settings dialog's checks."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from cmer_desk.cli.status import EXIT_OK
from cmer_desk.domain.enums import ApostropheStyle, TimeStyle
from cmer_desk.domain.errors import FieldError, ValidationError

# FIELD as typed on the command line -> the profile's field
FIELDS = {
    "full_name": "full_name",
    "default_issue_place": "default_issue_place",
    "shared_email": "shared_email",
    "website": "website",
    "social_accounts": "social_handles",
    "issuer_title": "issuer_title",
    "emblem": "logo_path",
    "motto": "motto",
    "font_regular": "font_regular",
    "font_bold": "font_bold",
    "font_italic": "font_italic",
    "time_style": "time_style",
    "apostrophe": "apostrophe",
}
PATH_FIELDS = {"logo_path", "font_regular", "font_bold", "font_italic"}
YES, NO = ("oui", "true", "1", "yes"), ("non", "false", "0", "no")


def register(command) -> None:
    p = command("profile", "affiche le profil du bureau, ou en change un champ (profile set CHAMP VALEUR)", cmd_profile)
    p.add_argument("--json", action="store_true", help="objet JSON de tous les champs")
    sub = p.add_subparsers(dest="profile_action", metavar="set", parser_class=type(p))
    s = sub.add_parser("set", help="change un champ du profil, avec les contrôles du dialogue Paramètres",
                       description="change un champ du profil, avec les contrôles du dialogue Paramètres. "
                                   "Champs : " + ", ".join(FIELDS) + ". Plusieurs lignes (intitulé, réseaux "
                                   "sociaux) : séparées par \\n. Fichiers (emblème, polices) : un chemin, "
                                   "ou une valeur vide pour l'enlever.")
    s.add_argument("field", choices=sorted(FIELDS), metavar="CHAMP")
    s.add_argument("value", metavar="VALEUR")


def _record(draft) -> dict:
    values = dataclasses.asdict(draft)
    record = {name: values[attr] for name, attr in FIELDS.items()}
    record["time_style"] = draft.time_style.value
    record["apostrophe"] = draft.apostrophe.value
    record["version"] = draft.version
    return record


def _value(attr: str, text: str):
    lines = [line for line in text.replace("\\n", "\n").splitlines() if line.strip()]
    if attr == "social_handles":
        return lines
    if attr == "issuer_title":
        return "\n".join(lines)
    if attr == "motto":
        if text.strip().lower() in YES:
            return True
        if text.strip().lower() in NO:
            return False
        raise ValidationError([FieldError("motto", f"« {text} » : répondez oui ou non pour la devise.")])
    if attr in ("time_style", "apostrophe"):
        kind = TimeStyle if attr == "time_style" else ApostropheStyle
        try:
            return kind(text.strip())
        except ValueError:
            choices = ", ".join(k.value for k in kind)
            raise ValidationError([FieldError(attr, f"« {text} » n'est pas un choix possible ({choices}).")]) from None
    if attr in PATH_FIELDS and text.strip():
        return str(Path(text.strip()).expanduser().resolve())
    return text


def cmd_profile(app, args) -> int:
    draft = app.profile.get()
    if getattr(args, "profile_action", None) == "set":
        attr = FIELDS[args.field]
        draft = app.profile.save(dataclasses.replace(draft, **{attr: _value(attr, args.value)}))
    record = _record(draft)
    if args.json:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif getattr(args, "profile_action", None) != "set":
        for name, value in record.items():
            shown = " | ".join(value) if isinstance(value, list) else str(value).replace("\n", " | ")
            print(f"{name}\t{shown}")
    return EXIT_OK




"""lupdate loses the context of `_t("...")` inside lambdas and list literals (it writes an empty context).
At run time `_t` translates in the context named after the page module: move those messages there.

Given the .ts as it was before lupdate ran, a message lupdate left unfinished (moved between contexts,
or a plural it guessed from the same text elsewhere) gets back the translation it had."""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXTS = {"accreditations_page.py": "AccreditationsPage", "contacts_page.py": "ContactsPage",
            "organisations_page.py": "OrganisationsPage", "events_page.py": "EventsPage",
            "door_panel.py": "DoorPanel", "failure_report.py": "FailureReport",
            "contact_points.py": "PointsEditor"}  # `tr = editor.tr`: the editor's class


def _key(context: str | None, message: ET.Element) -> tuple:
    return context, message.findtext("source"), message.findtext("comment"), message.get("numerus")


def restore(root: ET.Element, previous_path: str) -> None:
    """Unfinished messages take back the finished translation they had in ``previous_path``."""
    before = {}
    for context in ET.parse(previous_path).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                before[_key(context.findtext("name"), message)] = translation
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            old = before.get(_key(context.findtext("name"), message))
            if translation is not None and translation.get("type") == "unfinished" and old is not None:
                message.remove(translation)
                message.append(copy.deepcopy(old))


def main(ts_path: str, previous_path: str | None = None) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    empty = contexts.get("")
    if empty is None:
        if previous_path:
            restore(root, previous_path)
            _write(tree, ts_path)
        return
    for message in list(empty.findall("message")):
        for location in message.findall("location"):
            name = CONTEXTS.get(Path(location.get("filename", "")).name)
            if name is None:
                sys.exit(f"no context for {location.get('filename')}: {message.findtext('source')}")
            target = contexts.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                contexts[name] = target
            if message.findtext("source") not in {m.findtext("source") for m in target.findall("message")}:
                moved = copy.deepcopy(message)
                for other in moved.findall("location"):
                    if other is not None and Path(other.get("filename", "")).name not in (Path(location.get("filename")).name,):
                        moved.remove(other)
                target.append(moved)
    root.remove(empty)
    if previous_path:
        restore(root, previous_path)
    _write(tree, ts_path)


def _write(tree: ET.ElementTree, ts_path: str) -> None:
    ET.indent(tree, space="    ")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                             + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)

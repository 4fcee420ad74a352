"""Access keys (mnemonics, Alt+letter): every form label has one, and none is given twice where it is pressed.

Menus, buttons, check boxes and group titles carry theirs in their text ("&Enregistrer"), chosen by hand in
each language (the .ts); a form label written with "&" keeps its own. The labels without one get, when
their window is first shown (or a form is built later), a letter of their words (a word's start first, then
any ASCII letter or digit) that nothing else in their scope holds, as desktop toolkits do for labels; the
letters are matched so that as many labels as possible get one. The scope: in a dialog, the whole dialog;
in the main window, the menu bar's titles and the controls of the page, then each group of its form (a long
form has more fields than the alphabet has letters; a label whose letters are all taken has none).

``keys_of`` and ``clashes`` are what the tests use to check every window in every language."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)

_DONE = "cmer_access_keys"


def mnemonic(text: str) -> str | None:
    """The access key of a text ("&Fichier" -> "f"), None without one ("&&" is a plain ampersand)."""
    i = 0
    while True:
        i = text.find("&", i)
        if i < 0 or i + 1 >= len(text):
            return None
        if text[i + 1] == "&":
            i += 2
            continue
        return text[i + 1].casefold()


def _texts(widget: QWidget) -> list[str]:
    """The texts of a widget that may hold an access key."""
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible()]
    return []


def _own_widgets(root: QWidget, split_groups: bool) -> tuple[list[QWidget], list[QWidget]]:
    """The visible widgets of ``root``'s scope, and the nested scopes (stacked pages, group boxes)."""
    own: list[QWidget] = []
    nested: list[QWidget] = []
    stack = [c for c in root.children() if isinstance(c, QWidget)]
    while stack:
        widget = stack.pop(0)
        if widget.isWindow():
            continue
        if isinstance(widget.parentWidget(), QStackedWidget):  # a page, shown or not: a scope of its own
            nested.append(widget)
            continue
        # hidden or not: a widget shown later (a message, a choice offered when needed) must not take a
        # key another one holds
        if split_groups and isinstance(widget, QGroupBox):
            nested.append(widget)
            own.append(widget)  # its title belongs to the scope around it
            continue
        own.append(widget)
        stack.extend(c for c in widget.children() if isinstance(c, QWidget))
    return own, nested


def _candidates(text: str) -> list[int]:
    """The indexes of the letters of ``text`` that may be its key, best first: word starts, then any ASCII
    letter or digit (Alt+É cannot be typed on every keyboard)."""
    starts = [m.start() for m in re.finditer(r"(?<![^\W_])[A-Za-z0-9]", text)]
    return starts + [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum() and i not in starts]


def _match(texts: list[str], taken: set[str]) -> dict[int, int]:
    """For as many texts as possible, the index of a letter no other text and nothing in ``taken`` holds
    (a maximum matching, Kuhn's augmenting paths: the first text does not take the only letter of a later
    one); texts earlier in the list get their better letters."""
    owner: dict[str, int] = {}  # key -> text
    chosen: dict[int, int] = {}  # text -> index in it

    def place(t: int, seen: set[str]) -> bool:
        for index in _candidates(texts[t]):
            key = texts[t][index].casefold()
            if key in taken or key in seen:
                continue
            seen.add(key)
            if key not in owner or place(owner[key], seen):
                owner[key] = t
                chosen[t] = index
                return True
        return False

    for t in range(len(texts)):
        place(t, set())
    return chosen


def _fold(text: str) -> str:
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()


def _assign(root: QWidget, reserved: set[str], split_groups: bool) -> None:
    own, nested = _own_widgets(root, split_groups)
    taken = set(reserved)
    waiting: list[QLabel] = []
    for widget in own:
        for text in _texts(widget):
            key = mnemonic(text)
            if key is not None:
                taken.add(key)
            elif isinstance(widget, QLabel) and text.strip():
                waiting.append(widget)
    texts = [label.text() for label in waiting]
    for t, index in _match(texts, taken).items():
        taken.add(texts[t][index].casefold())
        waiting[t].setText(texts[t][:index] + "&" + texts[t][index:])
    for scope in nested:
        _assign(scope, taken, split_groups)


def assign(window: QWidget) -> None:
    """Give the labels of ``window`` their access keys (see the module's docstring); again after its
    widgets changed."""
    _assign(window, set(), split_groups=isinstance(window, QMainWindow))
    window.setProperty(_DONE, True)


class AccessKeys(QObject):
    """Installed on the application: each dialog gets its labels' access keys when first shown."""

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow()
                and not watched.property(_DONE)):
            assign(watched)
        return False


def install(app: QApplication) -> None:
    if app.property(_DONE):
        return
    keys = AccessKeys(app)
    app.installEventFilter(keys)
    app.setProperty(_DONE, True)


# --- what the tests check ---------------------------------------------------------------------------
def keys_of(root: QWidget, split_groups: bool = False) -> list[tuple[QWidget, str, list[tuple[str, str]]]]:
    """For each scope under ``root`` (the root, then its stacked pages and, with ``split_groups``, group
    boxes), outer scopes first: the scope, its name, and the (key, text) of every access key its widgets
    hold, with those of the scopes around it (a page's keys must differ from the menu bar's, not from
    another page's)."""
    out: list[tuple[QWidget, str, list[tuple[str, str]]]] = []

    def walk(scope: QWidget, inherited: list[tuple[str, str]], name: str) -> None:
        own, nested = _own_widgets(scope, split_groups)
        keys = list(inherited)
        for widget in own:
            for text in _texts(widget):
                key = mnemonic(text)
                if key is not None:
                    keys.append((key, text))
        out.append((scope, name, keys))
        for child in nested:
            walk(child, keys, f"{name} › {child.objectName() or type(child).__name__}"
                 + (f" « {child.title()} »" if isinstance(child, QGroupBox) else ""))

    walk(root, [], type(root).__name__)
    return out


def clashes(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The keys given more than once, with the texts that share them."""
    counts = Counter(_fold(k) for k, _ in keys)
    return {k: [t for key, t in keys if _fold(key) == k] for k, n in counts.items() if n > 1}

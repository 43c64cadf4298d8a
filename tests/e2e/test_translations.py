#!/usr/bin/python3
# test_translations.py: in French and in Spanish, Relay shows no English.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   test_translations.py LANGUAGE...    (such as: fr es)
#
# Relay is started in English, then with LANGUAGE=fr, then es (with the
# matching locale, as a French or Spanish desktop has). Each time the same
# walk: the Cases, Mandates and Calendar pages with a mandate open, the main
# menu, every page of the New Case wizard, and every page of Preferences.
# Every accessible name, description and label text on the way is kept
# (what a screen reader reads, and what is on screen).
#
# In French or Spanish, a text fails when
#   - it is a message of Relay's catalogue whose translation differs from
#     it (so it was left untranslated, or the translation did not load), or
#   - it was also shown, the same, in English, and is not one of the few
#     names that stay as they are (Relay, STARTTLS, e-mail addresses, the
#     names of languages…): an English string that is not even marked for
#     translation.

import gettext
import os
import re
import sys

from relay_e2e import (E2EError, Relay, Wizard, activate, check_no_warnings, children, clean,
                       click, find, find_all, log, main, name, role, text_of,
                       wait_for, walk)

LANGUAGES = sys.argv[1:] or ["fr", "es"]

# What may look the same in every language.
ALLOWED = {
    "Relay", "OHCHR", "STARTTLS", "TLS", "SMTP", "SSL", "PDF", "SHA-256", "UTC",
    # The submission language is offered by the name of each language in
    # that language.
    "English", "Français", "Español",
}
ALLOWED_PATTERNS = [
    re.compile(r"^[^A-Za-z]*$"),                       # numbers, punctuation
    re.compile(r"^(Gtk|Adw|Relay)[A-Z][A-Za-z]+$"),    # GTK names an unnamed widget by its type
    re.compile(r"^[\w.+-]+@[\w.-]+$"),                 # e-mail addresses
    re.compile(r"^https?://"),
    re.compile(r"^(Ctrl|Shift|Alt|Super)\+"),          # keyboard shortcuts
    re.compile(r"^\d+\.\d+\.\d+$"),                    # the version
]


class Catalogue:
    """Relay's messages in one language, from the build's .mo file."""

    def __init__(self, language):
        self.language = language
        path = os.path.join(os.environ["RELAY_TEST_LOCALEDIR"], language, "LC_MESSAGES", "relay.mo")
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        self.translations = {}
        for key, value in catalog.items():
            if isinstance(key, tuple):          # (msgid, plural index)
                key = key[0]
            if not key:
                continue                        # the header
            msgid = key.split("\x04", 1)[-1]    # without its context
            self.translations.setdefault(clean(msgid), set()).add(clean(value))

    def translate(self, msgid):
        """The translation of an English message, as a control shows it."""
        found = self.translations.get(clean(msgid))
        if not found:
            raise E2EError("%r is not in the %s catalogue" % (msgid, self.language))
        if len(found) > 1:
            raise E2EError("%r has several translations in %s: %r" % (msgid, self.language, found))
        return next(iter(found))

    def is_untranslated(self, text):
        return text in self.translations and text not in self.translations[text]

    def is_same_in_translation(self, text):
        return text in self.translations.get(text, ())


class English:
    """No catalogue: English messages stay as they are."""

    language = "en"

    def translate(self, msgid):
        return clean(msgid)


def gtk_translate(language, msgid):
    """A string of GTK's own (the window buttons), in language."""
    if language == "en":
        return msgid
    return gettext.translation("gtk40", languages=[language], fallback=True).gettext(msgid)


def texts_of(window):
    found = set()
    for node in walk(window):
        for text in (name(node), getattr(node, "description", "") or "",
                     text_of(node) if role(node) == "label" else ""):
            text = clean(text).strip()
            if text:
                found.add(text)
    return found


def visit(language):
    """Starts relay in language, goes everywhere, and returns all texts."""
    tr = (English() if language == "en" else Catalogue(language)).translate
    relay = Relay(language=language, log_name="relay-" + language).start()
    texts = set()
    window = relay.window

    log("%s: the main window" % language)
    for tab in ("Mandates", "Calendar", "Cases"):
        activate(find(window, "page tab", tr(tab)))
        if tab == "Mandates":
            mandates = find(window, "list", tr("Mandates"))
            wait_for("the mandates", lambda: len(children(mandates)) > 5)
            mandates.querySelection().selectChild(0)
            find(window, "push button", tr("Copy Address"))
        texts |= texts_of(window)

    log("%s: the main menu" % language)
    click(window, "push button", tr("Main Menu"))
    texts |= texts_of(find(window, "menu", None))
    click(window, "menu item", tr("_Preferences"))

    log("%s: Preferences" % language)
    prefs = relay.window_with(lambda w: find_all(w, "page tab", tr("Mandate Directory")),
                              "Preferences")
    for tab in ("Sender", "E-mail", "Mandate Directory"):
        activate(find(prefs, "page tab", tr(tab)))
        texts |= texts_of(prefs)
    click(prefs, "push button", gtk_translate(language, "Close"))
    wait_for("Preferences to close", lambda: prefs not in relay.windows())

    log("%s: the wizard" % language)
    click(window, "push button", tr("New Case"))
    wizard = Wizard(relay, next_label=tr("_Next"))
    for _ in range(9):          # ten pages: Next nine times, to the review
        texts |= texts_of(wizard.window)
        before = wizard.heading()
        click(wizard.window, "push button", tr("_Next"))
        wait_for("the next page", lambda: wizard.heading() != before)
    texts |= texts_of(wizard.window)
    click(wizard.window, "push button", gtk_translate(language, "Close"))

    relay.quit()
    check_no_warnings(relay)
    return texts


def allowed(text, catalogue):
    return (text in ALLOWED or any(p.search(text) for p in ALLOWED_PATTERNS) or
            catalogue.is_same_in_translation(text))


def scenario():
    english = visit("en")
    log("English: %d texts" % len(english))
    problems = []
    for language in LANGUAGES:
        catalogue = Catalogue(language)
        texts = visit(language)
        log("%s: %d texts" % (language, len(texts)))
        kept = []
        for text in sorted(texts):
            if catalogue.is_untranslated(text):
                problems.append("%s: untranslated: %r" % (language, text))
            elif text in english:
                if allowed(text, catalogue):
                    kept.append(text)
                else:
                    problems.append("%s: the same as in English: %r" % (language, text))
        log("%s: the same as in English, and allowed: %s" % (language, ", ".join(map(repr, kept))))
    if problems:
        raise E2EError("English in the translated interface:\n  " + "\n  ".join(problems))


if __name__ == "__main__":
    main(scenario)

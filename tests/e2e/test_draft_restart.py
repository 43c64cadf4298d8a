#!/usr/bin/python3
# test_draft_restart.py: nothing typed is lost when Relay is killed.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Twice: start a case in the wizard, type into two of its pages, and kill
# relay while the wizard is open, first with SIGTERM (as a logout does),
# then with SIGKILL (as a crash or a power cut does). Each time, on the
# next start the draft is in the list of cases, and "Continue Writing"
# reopens the wizard on the page where it was left, with everything typed.

import signal
import time

from relay_e2e import (E2EError, Relay, Wizard, check_no_warnings, children, click, fill,
                       find, find_all, log, main, name, starting_with, text_of, type_into,
                       wait_for)

CASES = [
    # the signal that ends relay, and what is typed on the first two pages
    (signal.SIGTERM, {
        "organisation": "Comité de Familias de Lomas del Sol",
        "title": "Eviction in Lomas del Sol",
        "why": "The bulldozers are due on 3 December 2026; 40 families have nowhere to go.",
    }),
    (signal.SIGKILL, {
        "organisation": "Radio Comunitaria Voz del Valle",
        "title": "Threats against Radio Voz del Valle",
        "why": "The journalists received death threats on 25 November 2026.",
    }),
]


def start_case(relay, typed):
    click(relay.window, "push button", "New Case")
    wizard = Wizard(relay)
    wizard.wait_for_page("Who Is Sending")
    fill(wizard.page("RelayWizardSenderPage"), "Organisation", typed["organisation"])
    wizard.next("Kind and Urgency")
    page = wizard.page("RelayWizardKindPage")
    fill(page, "A short title, for your list of cases", typed["title"])
    type_into(find(page, "text", None, match=starting_with("Why now")), typed["why"])
    # The draft is saved within a second of the last change (the README
    # promises it), and says so. The note is already there from the first
    # page, so give the last change its second, and a little more.
    time.sleep(2)
    find(wizard.window, "label", None, match=starting_with("Draft saved at"), timeout=10)
    return wizard


def find_draft(relay, typed):
    window = relay.main_window()
    cases = find(window, "list", "Cases")
    try:
        rows = wait_for("the draft in the list of cases",
                        lambda: [row for row in children(cases)
                                 if typed["title"] in [name(n) for n in find_all(row, "label")]])
    except E2EError:
        listed = [[name(n) for n in find_all(row, "label")] for row in children(cases)]
        raise E2EError("%r is not in the list of cases: %r" % (typed["title"], listed))
    labels = [name(n) for n in find_all(rows[0], "label")]
    if "Draft" not in labels:
        raise E2EError("the case is not shown as a draft: %r" % labels)
    return window, cases, rows[0]


def check_draft(relay, typed):
    log("the draft %r" % typed["title"])
    window, cases, row = find_draft(relay, typed)
    # Choose it in the list, as a screen reader user does.
    cases.querySelection().selectChild(children(cases).index(row))
    page = find(window, "filler", "RelayCasePage")
    find(page, "label", typed["title"])
    click(page, "push button", "Continue Writing")

    wizard = Wizard(relay)
    wizard.wait_for_page("Kind and Urgency")
    page = wizard.page("RelayWizardKindPage")
    title = find(page, "text", "A short title, for your list of cases")
    if text_of(title) != typed["title"]:
        raise E2EError("the title came back as %r" % text_of(title))
    why = find(page, "text", None, match=starting_with("Why now"))
    if text_of(why) != typed["why"]:
        raise E2EError("“why now” came back as %r" % text_of(why))

    click(wizard.window, "push button", "Back")
    wizard.wait_for_page("Who Is Sending")
    organisation = find(wizard.page("RelayWizardSenderPage"), "text", "Organisation")
    if text_of(organisation) != typed["organisation"]:
        raise E2EError("the organisation came back as %r" % text_of(organisation))
    click(wizard.window, "push button", "Close")
    wait_for("the wizard to close", lambda: wizard.window not in relay.windows())


def scenario():
    relay = Relay().start()
    runs = [relay]
    for run, (sig, typed) in enumerate(CASES):
        start_case(relay, typed)
        status = relay.stop(sig)
        if status != -sig:
            raise E2EError("relay ended with status %r, not by %s" % (status, sig.name))
        relay = Relay(log_name="relay-%d" % (run + 2)).start()
        runs.append(relay)
        check_draft(relay, typed)
        # The drafts of the runs before are still there too.
        for _, typed_before in CASES[:run]:
            find_draft(relay, typed_before)
    relay.quit()
    for each in runs:
        check_no_warnings(each)


if __name__ == "__main__":
    main(scenario)

# relay_e2e.py: what the end-to-end scenarios share: starting and stopping
# relay, and finding, clicking and typing into its controls through AT-SPI,
# as a screen reader or a person with a keyboard would.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs under tests/e2e/run-e2e.sh, with Debian's /usr/bin/python3 (pyatspi).
# Controls are found by their role and accessible name (what a screen
# reader says), never by coordinates: GTK 4 reports none.

import gettext
import os
import signal
import subprocess
import sys
import time

import pyatspi

APP_NAME = "relay"
DEFAULT_TIMEOUT = 20.0


class E2EError(AssertionError):
    pass


def log(message):
    print("# " + message, flush=True)


def wait_for(what, fn, timeout=DEFAULT_TIMEOUT, interval=0.1):
    """Calls fn until it returns something true; returns that, or fails."""
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = fn()
            if result:
                return result
        except Exception as error:  # a node that went away while we looked
            last_error = error
        if time.monotonic() > end:
            detail = " (last error: %s)" % last_error if last_error else ""
            raise E2EError("timed out waiting for %s%s" % (what, detail))
        time.sleep(interval)


# ---- The tree ----

def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def states(node):
    try:
        return node.getState()
    except Exception:
        return None


def is_showing(node):
    """Whether node is on screen. GTK 4.8 marks only windows "showing", and
    the hidden pages of a stack stay "visible"; but those have no size.
    (Window coordinates: GTK 4 knows no screen coordinates.)"""
    state = states(node)
    if state is None or not state.contains(pyatspi.STATE_VISIBLE):
        return False
    try:
        extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return True  # not a component: judged by its parent
    return extents.width > 0 and extents.height > 0


def is_visible(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_VISIBLE)


def is_sensitive(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_SENSITIVE)


def is_checked(node):
    state = states(node)
    return state is not None and (state.contains(pyatspi.STATE_CHECKED) or
                                  state.contains(pyatspi.STATE_PRESSED))


def children(node):
    try:
        count = node.childCount
    except Exception:
        return []
    result = []
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


def walk(node, depth=0, max_depth=60):
    """Every node under node (itself first), depth first, the ones on
    screen only (that includes what is scrolled out of view, but not the
    hidden pages of a stack)."""
    yield node
    if depth >= max_depth:
        return
    for child in children(node):
        if is_showing(child):
            yield from walk(child, depth + 1, max_depth)


def clean(text):
    """An accessible name as a person reads it. GTK 4.8 names a button with
    a mnemonic after both its raw label and its text ("_Next Next")."""
    text = text.replace("_", "")
    half = len(text) // 2
    if len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    return text


def find_all(root, role_name=None, label=None, match=None):
    found = []
    for node in walk(root):
        if role_name is not None and role(node) != role_name:
            continue
        if label is not None and clean(name(node)) != label:
            continue
        if match is not None and not match(node):
            continue
        found.append(node)
    return found


def find(root, role_name=None, label=None, match=None, timeout=DEFAULT_TIMEOUT):
    """The first control on screen with that role and accessible name
    (waits for it to appear)."""
    def look():
        found = find_all(root, role_name, label, match)
        return found[0] if found else None
    what = "%s %r" % (role_name or "node", label)
    return wait_for(what, look, timeout)


def text_of(node):
    """The text of a label or an entry (GTK 4.8 needs the character count)."""
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return name(node)


def dump(node, depth=0, max_depth=40, out=sys.stdout):
    """Prints the tree under node, as the scenarios see it: for writing
    and debugging them."""
    if node is None or depth > max_depth:
        return
    state = states(node)
    flags = []
    if state is not None:
        for flag, word in ((pyatspi.STATE_SHOWING, "showing"),
                           (pyatspi.STATE_FOCUSED, "focused"),
                           (pyatspi.STATE_CHECKED, "checked"),
                           (pyatspi.STATE_SENSITIVE, "")):
            if state.contains(flag) and word:
                flags.append(word)
        if not state.contains(pyatspi.STATE_SENSITIVE):
            flags.append("insensitive")
    out.write("%s[%s] %r %s\n" % ("  " * depth, role(node), name(node), " ".join(flags)))
    for child in children(node):
        if is_showing(child):
            dump(child, depth + 1, max_depth, out)


# ---- Acting as a person ----

def action_names(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def activate(node):
    """Runs the control's main action: click, press, activate or toggle."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("click", "press", "activate", "toggle", "select"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    if action.nActions > 0:
        action.doAction(0)
        return
    raise E2EError("%s %r has no action" % (role(node), name(node)))


def click(root, role_name, label, timeout=DEFAULT_TIMEOUT):
    """Clicks the control with that role and name. (A GtkMenuButton shows
    as a button without actions around the toggle button that has them.)"""
    node = find(root, role_name, label, match=lambda n: action_names(n), timeout=timeout)
    wait_for("%r to be sensitive" % label, lambda: is_sensitive(node), timeout)
    activate(node)
    return node


def type_into(node, text):
    """Replaces a field's text, as typing it would."""
    editable = node.queryEditableText()
    if not editable.setTextContents(text):
        raise E2EError("could not type into %s %r" % (role(node), name(node)))


def fill(root, label, text, role_name="text", timeout=DEFAULT_TIMEOUT):
    node = find(root, role_name, label, timeout=timeout)
    type_into(node, text)
    return node


# X keysyms of the keys the scenarios press.
KEYS = {"Tab": 0xff09, "Return": 0xff0d, "Escape": 0xff1b, "space": 0x20,
        "Down": 0xff54, "Up": 0xff52}


def press(key):
    """Presses and releases a key, in the window that has the keyboard."""
    pyatspi.Registry.generateKeyboardEvent(KEYS[key], None, pyatspi.KEY_SYM)
    time.sleep(0.05)


def is_focused(node):
    state = states(node)
    return state is not None and state.contains(pyatspi.STATE_FOCUSED)


def focused_within(root):
    for node in walk(root):
        if is_focused(node):
            return node
    return None


def keyboard_focus(target, scope, max_presses=60, arrows=True):
    """Moves the keyboard focus to target (a node, or a tuple of nodes any
    of which will do), which is inside scope (a list of rows): Tab until
    the focus is in scope, then the arrow keys down the list, as GTK lists
    are used from the keyboard. (Rows that only show text are skipped by
    Tab, and GTK 4.8 does not implement AT-SPI's grabFocus.) An entry row
    does not show its focus, so once inside the scope it keeps going
    down. With arrows=False, only Tab is used."""
    targets = target if isinstance(target, tuple) else (target,)
    inside = False
    last = None
    key = "Tab"
    for _ in range(max_presses):
        if any(is_focused(t) for t in targets):
            return
        focused = focused_within(scope) if arrows else None
        if focused is not None:
            inside = True
        if inside:
            # Down moves between rows, but not out of a check button in
            # a row: then Tab goes on.
            key = "Tab" if focused is not None and key == "Down" and focused == last else "Down"
        last = focused
        press(key)
        time.sleep(0.1)
    raise E2EError("the keyboard never reached %s %r" % (role(targets[0]), name(targets[0])))


def toggle(check, row, scope):
    """Ticks or unticks a check box in a row with the keyboard (GTK 4.8
    gives check buttons without a label no AT-SPI action): focus the row
    or the box, then Space."""
    before = is_checked(check)
    keyboard_focus((check, row), scope)
    press("space")
    wait_for("%r to change" % name(row), lambda: is_checked(check) != before)


def shown_value(combo):
    """What a combo row shows as chosen (not the labels of its list of
    choices, which stay in the tree once shown)."""
    labels = []

    def collect(node):
        for child in children(node):
            if role(child) == "filler" and name(child) == "GtkPopover":
                continue
            if role(child) == "label":
                labels.append(name(child))
            collect(child)
    collect(combo)
    return labels[-1] if len(labels) > 1 else ""


def choose(combo, option, scope):
    """Chooses option in a combo row with the keyboard: focus the row,
    Enter opens the list on the current choice, the arrow keys go to the
    option, Enter takes it."""
    current = shown_value(combo)
    if current == option:
        return
    keyboard_focus(combo, scope)
    press("Return")
    popover = find(combo, "filler", "GtkPopover")
    items = wait_for("the choices of %r" % name(combo),
                     lambda: find_all(popover, "list item"))
    labels = [" ".join(name(n) for n in find_all(item, "label")) for item in items]
    if option not in labels or current not in labels:
        raise E2EError("%r is not a choice of %r: %r" % (option, name(combo), labels))
    # The list opens with the keyboard on the current choice (GTK 4.8
    # does not always tell which item has the focus, but it does tell
    # which one is selected).
    time.sleep(0.3)
    steps = labels.index(option) - labels.index(current)
    for _ in range(abs(steps)):
        press("Down" if steps > 0 else "Up")
        time.sleep(0.1)
    press("Return")
    wait_for("%r to show %r" % (name(combo), option), lambda: shown_value(combo) == option)


def starting_with(prefix):
    """A match for find(): the accessible name starts with prefix (a text
    view is named after its own label and its heading, "What happened What
    Happened")."""
    return lambda node: clean(name(node)).startswith(prefix)


# ---- The wizard ----

class Wizard:
    """The New Case wizard: a window with Back and Next in its header bar,
    the page's title and "Step N of 10" in the middle."""

    def __init__(self, relay, next_label="Next", timeout=DEFAULT_TIMEOUT):
        self.relay = relay
        self.next_label = next_label
        self.window = relay.window_with(
            lambda w: find_all(w, "filler", "AdwWindowTitle") and
            find_all(w, "push button", next_label), "the wizard", timeout)

    def heading(self):
        """The page's title and step, as the header bar shows them."""
        title = find(self.window, "filler", "AdwWindowTitle")
        return [name(label) for label in find_all(title, "label")]

    def wait_for_page(self, title, timeout=DEFAULT_TIMEOUT):
        wait_for("the page %r" % title, lambda: self.heading()[:1] == [title], timeout)

    def next(self, title):
        click(self.window, "push button", self.next_label)
        self.wait_for_page(title)

    def page(self, class_name):
        """The page's widget: everything of a page is searched in it, since
        GTK 4.8 keeps the pages that were shown in the tree."""
        return find(self.window, "filler", class_name)

    def focused_text(self):
        """The text field that has the focus: each page puts it on its
        first field."""
        return wait_for("a focused text field",
                        lambda: next((n for n in find_all(self.window, "text")
                                      if is_focused(n)), None))


# ---- The application ----

class Relay:
    """One run of the relay program, seen through AT-SPI."""

    def __init__(self, language=None, log_name="relay"):
        self.language = language
        self.log_path = os.path.join(os.environ["RELAY_E2E_LOGS"], log_name + ".log")
        self.process = None
        self.app = None

    def environment(self):
        env = dict(os.environ)
        env.pop("GTK_A11Y", None)
        env.pop("NO_AT_BRIDGE", None)
        # Settings in a key file under the throwaway XDG_CONFIG_HOME: they
        # are kept when relay starts again, as with dconf.
        env["GSETTINGS_BACKEND"] = "keyfile"
        env["GSK_RENDERER"] = "cairo"
        env["TZ"] = "UTC"
        if os.environ.get("RELAY_E2E_APP_G_DEBUG"):
            env["G_DEBUG"] = os.environ["RELAY_E2E_APP_G_DEBUG"]
        else:
            env.pop("G_DEBUG", None)
        if self.language is None or self.language == "en":
            env["LANGUAGE"] = "en"
            env["LC_ALL"] = "C.UTF-8"
            env["LANG"] = "C.UTF-8"
        else:
            locale = {"fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8"}[self.language]
            available = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout
            if locale.replace("UTF-8", "utf8") not in available.split():
                raise E2EError("the locale %s is missing (build-aux/test.sh makes it)" % locale)
            env["LANGUAGE"] = self.language
            env["LC_ALL"] = locale
            env["LANG"] = locale
        return env

    def start(self):
        log("starting relay (%s)" % (self.language or "en"))
        self.log_file = open(self.log_path, "a")
        self.process = subprocess.Popen([os.environ["RELAY_E2E_RELAY"]],
                                        env=self.environment(),
                                        stdin=subprocess.DEVNULL,
                                        stdout=self.log_file, stderr=subprocess.STDOUT)
        pid = self.process.pid

        def on_desktop():
            if self.process.poll() is not None:
                raise E2EError("relay exited at start with status %d; see %s"
                               % (self.process.returncode, self.log_path))
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                try:
                    if name(app) == APP_NAME and app.get_process_id() == pid:
                        return app
                except Exception:
                    continue
            return None
        self.app = wait_for("relay on the accessibility bus", on_desktop, 30)
        self.window = self.main_window()
        return self

    def windows(self):
        # GTK 4.8 shows the wizard (an AdwWindow with a parent window) as a
        # "filler", not a "frame": every visible child of the app counts.
        return [w for w in children(self.app) if is_visible(w)]

    def main_window(self, timeout=DEFAULT_TIMEOUT):
        return self.window_with(lambda w: role(w) == "frame" and
                                find_all(w, "filler", "RelayCasesPage"),
                                "the main window", timeout)

    def window_named(self, title, timeout=DEFAULT_TIMEOUT):
        return wait_for("the window %r" % title,
                        lambda: next((w for w in self.windows() if name(w) == title), None),
                        timeout)

    def window_with(self, predicate, what, timeout=DEFAULT_TIMEOUT):
        return wait_for(what, lambda: next((w for w in self.windows() if predicate(w)), None),
                        timeout)

    def is_running(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=15):
        if not self.is_running():
            return None
        log("stopping relay with %s" % signal.Signals(sig).name)
        self.process.send_signal(sig)
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = self.process.wait()
            raise E2EError("relay did not stop after %s" % signal.Signals(sig).name)
        finally:
            self.log_file.close()
        self.app = None
        return status

    def quit(self):
        """Quits as a person would: closes the main window."""
        if not self.is_running():
            return None
        log("closing relay's window")
        close = "Close"
        if self.language not in (None, "en"):
            close = gettext.translation("gtk40", languages=[self.language],
                                        fallback=True).gettext(close)
        click(self.main_window(), "push button", close)
        try:
            return self.process.wait(15)
        finally:
            self.log_file.close()

    def warnings(self):
        """GLib warnings and criticals the app printed."""
        with open(self.log_path, errors="replace") as f:
            return [line.rstrip() for line in f
                    if "-WARNING **" in line or "-CRITICAL **" in line]


def check_no_warnings(relay, allowed=()):
    found = [w for w in relay.warnings() if not any(a in w for a in allowed)]
    if found:
        raise E2EError("relay printed warnings:\n" + "\n".join(found))


def main(scenario):
    """Runs scenario() and turns its outcome into an exit status."""
    try:
        scenario()
    except Exception as error:
        import traceback
        traceback.print_exc()
        print("FAIL: %s" % error, flush=True)
        sys.exit(1)
    print("PASS", flush=True)

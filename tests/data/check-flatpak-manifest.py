#!/usr/bin/python3
# check-flatpak-manifest.py: checks the Flatpak manifest of Relay.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-flatpak-manifest.py MANIFEST.json
#
# No runtime can be downloaded where the tests run, so the manifest is not
# built here; what can be checked without one is:
#   - the application ID, the runtime and SDK, and the command;
#   - the sandbox: exactly the permissions Relay needs, nothing more (no
#     file system, no talk-name: files go through the file chooser portal,
#     the password through the Secret portal);
#   - every module's sources: an archive pinned by URL and SHA-256, or the
#     source tree itself; Relay built with meson, without the test hooks;
#   - the cleanup of headers, pkg-config files and static libraries;
#   - and, where flatpak-builder is installed, that it reads the manifest
#     without a warning (an unknown key is only a warning to it).
# It prints one "ok"/"not ok" line per check (TAP).

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

APP_ID = "io.github.relayhr.Relay"
FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
    "--share=network",
}
CLEANUP = {"/include", "/lib/pkgconfig", "*.la", "*.a"}
# The oldest GNOME runtime the manifest may name: 50 is the newest stable
# one that maintained manifests built on when this was written (see the
# README); older ones reach their end of life on Flathub.
OLDEST_RUNTIME = 50

results = []


def check(what, ok, detail=""):
    results.append(ok)
    print("%s %d - %s%s" % ("ok" if ok else "not ok", len(results), what,
                            "" if ok or not detail else ": " + detail), flush=True)


def check_source(module, source, manifest_dir):
    kind = source.get("type")
    where = "%s: %s source" % (module["name"], kind)
    if kind == "dir":
        path = os.path.normpath(os.path.join(manifest_dir, source.get("path", "")))
        check(where + " is a folder with a meson project",
              os.path.isfile(os.path.join(path, "meson.build")), path)
    elif kind in ("archive", "file"):
        check(where + " has an https:// URL",
              str(source.get("url", "")).startswith("https://"), repr(source.get("url")))
        check(where + " is pinned by its SHA-256",
              re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))) is not None,
              repr(source.get("sha256")))
    else:
        # A git branch or an unpinned download would build something else
        # tomorrow.
        check(where + " is an archive with a checksum, or the source tree", False, repr(source))


def main():
    path = sys.argv[1]
    manifest_dir = os.path.dirname(os.path.abspath(path))
    with open(path) as f:
        manifest = json.load(f)

    check("the application ID is %s" % APP_ID,
          manifest.get("id", manifest.get("app-id")) == APP_ID, repr(manifest.get("id")))
    check("the runtime is org.gnome.Platform", manifest.get("runtime") == "org.gnome.Platform")
    check("the SDK is org.gnome.Sdk", manifest.get("sdk") == "org.gnome.Sdk")
    version = str(manifest.get("runtime-version", ""))
    check("the runtime is a stable GNOME %d or newer" % OLDEST_RUNTIME,
          version.isdigit() and int(version) >= OLDEST_RUNTIME, repr(version))
    check("the command is relay", manifest.get("command") == "relay")

    finish_args = manifest.get("finish-args", [])
    check("finish-args are exactly %s" % ", ".join(sorted(FINISH_ARGS)),
          sorted(finish_args) == sorted(FINISH_ARGS), repr(finish_args))

    cleanup = set(manifest.get("cleanup", []))
    check("cleanup removes headers, pkg-config files and static libraries",
          CLEANUP <= cleanup, repr(sorted(CLEANUP - cleanup)))

    modules = manifest.get("modules", [])
    check("every module is written in the manifest",
          modules and all(isinstance(m, dict) for m in modules), repr(modules))
    for module in modules:
        if not isinstance(module, dict):
            continue
        sources = module.get("sources", [])
        check("%s has sources" % module.get("name"), bool(sources))
        for source in sources:
            check_source(module, source, manifest_dir)

    names = [m.get("name") for m in modules if isinstance(m, dict)]
    check("libical is built (the GNOME runtime does not have it)", "libical" in names, repr(names))
    libical = next((m for m in modules if isinstance(m, dict) and m.get("name") == "libical"), {})
    check("libical is built without its GLib and introspection parts",
          "-DICAL_GLIB=false" in libical.get("config-opts", []) and
          "-DGOBJECT_INTROSPECTION=false" in libical.get("config-opts", []))

    relay = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    check("Relay is the last module", relay.get("name") == "relay", repr(relay.get("name")))
    check("Relay is built with meson", relay.get("buildsystem") == "meson")
    check("Relay is built without the test hooks",
          not any("test_hooks=true" in opt for opt in relay.get("config-opts", [])),
          repr(relay.get("config-opts")))

    flatpak_builder = shutil.which("flatpak-builder")
    if flatpak_builder is None:
        print("# flatpak-builder is not installed: the manifest was only read as JSON")
    else:
        # flatpak-builder may write under HOME: give it a throwaway one.
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, HOME=home, XDG_CACHE_HOME=home, XDG_DATA_HOME=home,
                       XDG_CONFIG_HOME=home)
            done = subprocess.run([flatpak_builder, "--show-manifest", path], env=env,
                                  capture_output=True, text=True)
        check("flatpak-builder --show-manifest reads it", done.returncode == 0,
              done.stderr.strip())
        check("flatpak-builder has no warning about it", "WARNING" not in done.stderr,
              done.stderr.strip())
        try:
            shown = json.loads(done.stdout)
        except ValueError:
            shown = {}
        check("flatpak-builder sees the application %s" % APP_ID, shown.get("id") == APP_ID)

    print("1..%d" % len(results))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

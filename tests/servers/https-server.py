#!/usr/bin/python3
# https-server.py: a scripted HTTPS server for Relay's tests.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (see stack-notes, gotcha 1). It binds
# 127.0.0.1 on a port chosen by the kernel, prints "PORT <n>" once it accepts
# connections, and serves canned answers by path (see ROUTES below).
#
# It stops when its standard input reaches end of file, which happens when
# the test closes the pipe or dies, even by a crash. With --cleanup-dir it
# then removes that folder (only a relay-test-* folder in the temp folder), so
# an aborted test leaves nothing behind.

import argparse
import hashlib
import http.server
import json
import os
import shutil
import socketserver
import ssl
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1024 * 1024
BIG_SIZE = 3 * MIB
CHUNK = 64 * 1024
SLOW_SECONDS = 20
OK_BODY = b"Hello from the Relay test server\n"
OK_ETAG = '"relay-ok-v1"'
FEED_MODES = ("valid", "changed", "html", "damaged", "big", "error")


def read_data(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


def etag_of(body):
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 60

    def version_string(self):
        return "RelayTestServer/1"

    def setup(self):
        # The TLS handshake happens here, in the request's own thread, so a
        # client that refuses our certificate cannot block the others.
        self.request.settimeout(self.timeout)
        self.request.do_handshake()
        super().setup()

    def log_message(self, format, *args):
        if self.server.verbose:
            sys.stderr.write("https-server: " + (format % args) + "\n")

    # Helpers

    def send_body(self, status, body, content_type="application/octet-stream",
                  etag=None, extra=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag is not None:
            self.send_header("ETag", etag)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_cached(self, body, etag, content_type):
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_body(200, body, content_type, etag=etag)

    def redirect(self, location):
        self.send_body(302, b"", "text/plain", extra={"Location": location})

    def base_url(self, scheme):
        return "%s://127.0.0.1:%d" % (scheme, self.server.server_address[1])

    # Routes

    def route_ok(self):
        self.send_cached(OK_BODY, OK_ETAG, "text/plain; charset=utf-8")

    def route_user_agent(self):
        agent = self.headers.get("User-Agent", "")
        self.send_body(200, agent.encode("utf-8"), "text/plain; charset=utf-8")

    def route_missing(self):
        self.send_body(404, b"<html><body>No such page here</body></html>",
                       "text/html")

    def route_server_error(self):
        self.send_body(503, b"Service Unavailable", "text/plain")

    def route_big(self):
        # Content-Length says 3 MiB: the client should give up on the headers.
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(BIG_SIZE))
        self.end_headers()
        self.write_slowly(BIG_SIZE, chunked=False)

    def route_big_stream(self):
        # No length announced: the client has to count and stop by itself.
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.write_slowly(BIG_SIZE, chunked=True)

    def write_slowly(self, size, chunked):
        chunk = b"x" * CHUNK
        sent = 0
        try:
            while sent < size:
                if chunked:
                    self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                else:
                    self.wfile.write(chunk)
                self.wfile.flush()
                sent += len(chunk)
                time.sleep(0.005)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (OSError, ssl.SSLError):
            # The client hung up, as it should.
            self.close_connection = True

    def route_slow(self):
        time.sleep(SLOW_SECONDS)
        self.send_body(200, b"too late\n", "text/plain")

    def route_invalid_json(self):
        self.send_body(200, b'{ "format": 1, "mandates": [ {', "application/json")

    def route_invalid_data(self):
        body = read_data("directory-invalid-data.json")
        self.send_body(200, body, "application/json", etag=etag_of(body))

    def route_too_new(self):
        doc = json.loads(read_data("directory-base.json"))
        doc["format"] = 2
        self.send_body(200, json.dumps(doc).encode("utf-8"), "application/json")

    def route_directory(self):
        body = read_data("directory-update.json")
        self.send_cached(body, etag_of(body), "application/json")

    def route_directory_base(self):
        body = read_data("directory-base.json")
        self.send_cached(body, etag_of(body), "application/json")

    def route_directory_reformatted(self):
        # Same content as the base, other bytes.
        doc = json.loads(read_data("directory-base.json"))
        body = json.dumps(doc, indent=None, ensure_ascii=True).encode("utf-8")
        self.send_cached(body, etag_of(body), "application/json")

    # A calendar feed whose answer the test chooses with /feed-mode?MODE,
    # so that one address can succeed, then fail in each way.
    def route_feed_mode(self):
        mode = self.path.split("?", 1)[1] if "?" in self.path else ""
        if mode not in FEED_MODES:
            self.send_body(400, b"unknown mode\n", "text/plain")
            return
        self.server.feed_mode = mode
        self.send_body(200, b"ok\n", "text/plain")

    def route_feed(self):
        mode = self.server.feed_mode
        if mode in ("valid", "changed"):
            body = read_data("feed-%s.ics" % mode)
            self.send_cached(body, etag_of(body), "text/calendar; charset=utf-8")
        elif mode == "html":
            self.send_body(200, b"<!DOCTYPE html><html><body>Sign in</body></html>",
                           "text/html")
        elif mode == "damaged":
            self.send_body(200, b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n",
                           "text/calendar")
        elif mode == "big":
            self.route_big()
        else:
            self.route_server_error()

    def route_redirect_http(self):
        self.redirect(self.base_url("http") + "/ok")

    def route_redirect_https(self):
        self.redirect(self.base_url("https") + "/ok")

    def route_redirect_loop(self):
        self.redirect(self.base_url("https") + "/redirect-loop")

    ROUTES = {
        "/ok": route_ok,
        "/user-agent": route_user_agent,
        "/missing": route_missing,
        "/server-error": route_server_error,
        "/big": route_big,
        "/big-stream": route_big_stream,
        "/slow": route_slow,
        "/invalid-json": route_invalid_json,
        "/invalid-data": route_invalid_data,
        "/too-new": route_too_new,
        "/directory": route_directory,
        "/directory-base": route_directory_base,
        "/directory-reformatted": route_directory_reformatted,
        "/redirect-http": route_redirect_http,
        "/redirect-https": route_redirect_https,
        "/redirect-loop": route_redirect_loop,
        "/feed-mode": route_feed_mode,
        "/feed.ics": route_feed,
    }

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        route = self.ROUTES.get(path)
        if route is None:
            self.route_missing()
        else:
            route(self)

    do_HEAD = do_GET


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, context, verbose):
        self.context = context
        self.verbose = verbose
        self.feed_mode = "valid"
        super().__init__(("127.0.0.1", 0), Handler)

    def get_request(self):
        sock, address = self.socket.accept()
        return (self.context.wrap_socket(sock, server_side=True,
                                         do_handshake_on_connect=False),
                address)

    def handle_error(self, request, client_address):
        # Refused certificates and clients that hang up are part of the tests.
        if self.verbose:
            sys.stderr.write("https-server: %s\n" % (sys.exc_info()[1],))


def safe_cleanup_dir(path):
    """Only a relay-test-* folder directly inside the temp folder."""
    if not path:
        return None
    real = os.path.realpath(path)
    tmp = os.path.realpath(tempfile.gettempdir())
    if (os.path.dirname(real) != tmp or
            not os.path.basename(real).startswith("relay-test-")):
        sys.stderr.write("https-server: refusing to clean up %s\n" % path)
        return None
    return real


def wait_for_eof(cleanup_dir):
    try:
        sys.stdin.buffer.read()
    except OSError:
        pass
    if cleanup_dir is not None:
        shutil.rmtree(cleanup_dir, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--cleanup-dir")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(args.cert, args.key)

    server = Server(context, args.verbose)
    cleanup_dir = safe_cleanup_dir(args.cleanup_dir)
    threading.Thread(target=wait_for_eof, args=(cleanup_dir,), daemon=True).start()

    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

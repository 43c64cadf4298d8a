#!/usr/bin/python3
# smtp-server.py: an SMTP server for Relay's tests (aiosmtpd).
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (see stack-notes, gotcha 1). It binds
# 127.0.0.1 on a port chosen by the kernel and prints "PORT <n>" once it
# accepts connections. Each message it accepts is written to --spool as
# <n>.eml (the bytes exactly as received) and <n>.json (the envelope, and
# whether TLS and sign-in were used). Everything the clients did is appended
# to <spool>/events.jsonl, one JSON object per line, so a test can check that
# no credentials were sent before TLS.
#
# Faults can be switched while it runs, by lines on standard input; it
# answers each with "OK" on standard output:
#   password <new>        the password it accepts from now on
#   size-limit <bytes>    the largest message it accepts (announced as SIZE)
#   drop-data <0|1>       close the connection in the middle of the next DATA
# It stops when its standard input reaches end of file.

import argparse
import asyncio
import json
import os
import ssl
import sys

import logging
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

# aiosmtpd warns about its own deprecated attribute on every sign-in, and
# logs the failed TLS handshakes that the tests cause on purpose.
logging.getLogger("mail.log").setLevel(logging.CRITICAL)
# A server without TLS that asks for a password is what the tests want.
warnings.filterwarnings("ignore", category=UserWarning)


class State:
    def __init__(self, args):
        self.user, self.password = (args.auth.split(":", 1) if args.auth else (None, None))
        self.size_limit = args.size_limit
        self.drop_data = False
        self.spool = args.spool
        self.count = 0

    def event(self, **fields):
        with open(os.path.join(self.spool, "events.jsonl"), "a") as f:
            f.write(json.dumps(fields) + "\n")


class Handler:
    def __init__(self, state):
        self.state = state

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.state.event(event="ehlo", tls=session.ssl is not None)
        session.host_name = hostname
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.state.event(event="mail", tls=session.ssl is not None, address=address)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.state.event(event="rcpt", tls=session.ssl is not None, address=address)
        if address.endswith("@refused.example.org"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.state.count += 1
        base = os.path.join(self.state.spool, "%d" % self.state.count)
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from,
                       "rcpt_tos": envelope.rcpt_tos,
                       "tls": session.ssl is not None,
                       "authenticated": session.authenticated}, f)
        self.state.event(event="data", tls=session.ssl is not None, n=self.state.count)
        return "250 Message accepted for delivery"


class FaultySMTP(SMTP):
    def __init__(self, state, *args, **kwargs):
        self.relay_state = state
        super().__init__(*args, **kwargs)

    async def smtp_DATA(self, arg):
        state = self.relay_state
        if state.drop_data and self.envelope.rcpt_tos:
            state.drop_data = False
            state.event(event="dropped")
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            try:
                await asyncio.wait_for(self._reader.read(1024), 10)
            except Exception:
                pass
            self.transport.abort()
            return
        return await super().smtp_DATA(arg)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tls", choices=["starttls", "implicit", "none"], default="starttls")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth", help="USER:PASSWORD")
    parser.add_argument("--size-limit", type=int, default=32 * 1024 * 1024)
    parser.add_argument("--spool", required=True)
    args = parser.parse_args()

    state = State(args)
    context = None
    if args.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and
              auth_data.login.decode() == state.user and
              auth_data.password.decode() == state.password)
        state.event(event="auth", tls=session.ssl is not None, success=ok)
        # handled=False: aiosmtpd answers 235 or 535 itself.
        return AuthResult(success=ok, handled=False)

    def factory():
        kwargs = dict(data_size_limit=state.size_limit, hostname="localhost",
                      decode_data=False, timeout=30)
        if args.auth:
            kwargs.update(authenticator=authenticator, auth_required=True)
        if args.tls == "starttls":
            kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
        else:
            # With implicit TLS aiosmtpd does not see the session as TLS
            # (stack-notes, §5); without TLS the client must refuse anyway.
            kwargs.update(auth_require_tls=False)
        return FaultySMTP(state, Handler(state), **kwargs)

    async def serve():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(factory, "127.0.0.1", 0,
                                          ssl=context if args.tls == "implicit" else None)
        port = server.sockets[0].getsockname()[1]
        print("PORT %d" % port, flush=True)

        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while True:
            line = await reader.readline()
            if not line:
                break
            words = line.decode().split()
            if len(words) == 2 and words[0] == "password":
                state.password = words[1]
            elif len(words) == 2 and words[0] == "size-limit":
                state.size_limit = int(words[1])
            elif len(words) == 2 and words[0] == "drop-data":
                state.drop_data = words[1] == "1"
            else:
                print("ERROR unknown command", flush=True)
                continue
            print("OK", flush=True)
        server.close()

    asyncio.run(serve())


if __name__ == "__main__":
    main()

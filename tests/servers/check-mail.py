#!/usr/bin/python3
# check-mail.py: reads a message the test SMTP server received, with
# Python's own e-mail parser, and prints what a mail program would show, as
# JSON, for Relay's tests to compare with what was meant to be sent.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-mail.py MESSAGE.eml
# PDF attachments are also converted to text with pdftotext (poppler-utils).

import email
import email.policy
import hashlib
import json
import subprocess
import sys
import tempfile


def addresses(message, name):
    header = message[name]
    if header is None:
        return []
    return [a.addr_spec for a in header.addresses]


def main():
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)

    result = {
        "from": addresses(message, "From"),
        "from_name": message["From"].addresses[0].display_name if message["From"] else "",
        "to": addresses(message, "To"),
        "cc": addresses(message, "Cc"),
        "subject": str(message["Subject"] or ""),
        "message_id": str(message["Message-ID"] or ""),
        "date": str(message["Date"] or ""),
        "content_language": str(message["Content-Language"] or ""),
        "defects": [type(d).__name__ for d in message.defects],
        "text": "",
        "attachments": [],
    }

    body = message.get_body(preferencelist=("plain",))
    if body is not None:
        # As a mail program shows it: lines end in "\n".
        result["text"] = body.get_content().replace("\r\n", "\n")

    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        item = {
            "filename": part.get_filename() or "",
            "content_type": part.get_content_type(),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "pdftext": "",
        }
        if part.get_content_type() == "application/pdf":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
                pdf.write(data)
                pdf.flush()
                done = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf.name, "-"],
                                      capture_output=True)
                # Not every test attachment is a real PDF.
                item["pdftext"] = done.stdout.decode() if done.returncode == 0 else ""
        result["attachments"].append(item)

    for part in message.walk():
        result["defects"] += [type(d).__name__ for d in part.defects]

    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

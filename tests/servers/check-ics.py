#!/usr/bin/python3
# check-ics.py: reads an iCalendar file with python3-icalendar, a parser
# independent of libical, and prints what it found as JSON, for Relay's
# export tests to compare.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (python3-icalendar). Exits with 1 and
# a message when the file cannot be parsed, or breaks a rule that calendar
# programs rely on: lines longer than 75 octets, lines not ending in CRLF.

import datetime
import json
import sys

import icalendar


def day(value):
    if isinstance(value, datetime.datetime):
        return {"date": value.isoformat(), "is_date": False}
    return {"date": value.isoformat(), "is_date": True}


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()

    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        sys.exit("the file does not end with CRLF")
    for number, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            sys.exit("line %d does not end with CRLF" % number)
        if len(line) > 75:
            sys.exit("line %d is longer than 75 octets" % number)

    calendar = icalendar.Calendar.from_ical(data)
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event.get("uid")),
            "summary": str(event.get("summary", "")),
            "description": str(event.get("description", "")),
            "url": str(event.get("url", "")),
            "status": str(event.get("status", "")),
            "dtstart": day(event.decoded("dtstart")),
            "dtend": day(event.decoded("dtend")),
            "has_dtstamp": "dtstamp" in event,
        })

    json.dump({
        "version": str(calendar.get("version")),
        "prodid": str(calendar.get("prodid")),
        "events": events,
    }, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()

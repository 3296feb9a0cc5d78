"""Expands an ICS feed (stdin) the way Python calendar tools do, with recurring-ical-events.

Usage: expand-ics.py FROM TO   (ISO dates). Prints a JSON list of {uid, start, end, summary,
status, sequence} with start and end as ISO instants in UTC, sorted by start.
"""
import json
import sys
from datetime import date, timezone

import icalendar
import recurring_ical_events

calendar = icalendar.Calendar.from_ical(sys.stdin.read())
events = recurring_ical_events.of(calendar).between(
    date.fromisoformat(sys.argv[1]), date.fromisoformat(sys.argv[2])
)
out = [
    {
        "uid": str(e["UID"]),
        "start": e["DTSTART"].dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": e["DTEND"].dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": str(e["SUMMARY"]),
        "status": str(e.get("STATUS", "")) or None,
        "sequence": int(e.get("SEQUENCE", 0)),
    }
    for e in events
]
print(json.dumps(sorted(out, key=lambda e: e["start"])))

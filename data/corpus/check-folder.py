#!/usr/bin/env python3
"""Checks the gold files of any corpus folder: python3 check-folder.py fresh holdout

For each NAME.json: the JSON parses; every statement span indexes its text
exactly and sits between quotation marks; speakers, call and meeting
participants and initiators are declared in people[]; aliases occur in the
article; dates are ISO or null; statuses, media and channels are known values.
Prints one line per problem; exits 1 if anything failed.
"""
import datetime as dt
import json
import os
import sys

CHANNELS = {"remarks_to_reporters", "press_statement", "social_media_post", "interview",
            "speech", "campaign_event", "press_conference", "phone_call", "unknown"}
MEDIA = {"phone", "video", "in_person", None}
STATUSES = {"held", "planned", "expected", "cancelled"}
OPEN_MARKS = set("“‘\"'")
CLOSE_MARKS = set("”’\"'")


def iso_or_none(value):
    if value is None:
        return True
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def utf16_slice(text, start, end):
    encoded = text.encode("utf-16-le")
    return encoded[start * 2:end * 2].decode("utf-16-le")


def check_file(path):
    problems = []
    gold = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(os.path.dirname(path), gold["article"]["file"]), encoding="utf-8").read()
    names = {person["name"] for person in gold["people"]}
    for person in gold["people"]:
        problems += [f"alias not in text: {alias}" for alias in person["aliases"] if alias not in text]
    if not iso_or_none(gold["article"]["publishedAt"]):
        problems.append("publishedAt is not an ISO date")
    for statement in gold["statements"]:
        span = statement.get("span")
        if span:
            if utf16_slice(text, span["start"], span["end"]) != statement["text"]:
                problems.append(f"span does not index the text: {statement['text']}")
            elif utf16_slice(text, span["start"] - 1, span["start"]) not in OPEN_MARKS or utf16_slice(text, span["end"], span["end"] + 1) not in CLOSE_MARKS:
                problems.append(f"span is not between quotation marks: {statement['text']}")
        if statement["speaker"] is not None and statement["speaker"] not in names:
            problems.append(f"undeclared speaker: {statement['speaker']}")
        if statement["channel"] not in CHANNELS:
            problems.append(f"unknown channel: {statement['channel']}")
        if not iso_or_none(statement["date"]):
            problems.append(f"bad date: {statement['date']}")
    for event in gold.get("calls", []) + gold.get("meetings", []):
        for person in event["participants"] + [event.get("initiator")]:
            if person is not None and person not in names:
                problems.append(f"{event['id']}: undeclared person {person}")
        if event.get("medium") not in MEDIA or event["status"] not in STATUSES:
            problems.append(f"{event['id']}: unknown medium or status")
        if not iso_or_none(event["date"]):
            problems.append(f"{event['id']}: bad date {event['date']}")
    return problems


def main(folders):
    here = os.path.dirname(os.path.abspath(__file__))
    failed = 0
    for folder in folders:
        directory = os.path.join(here, folder)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".json"):
                for problem in check_file(os.path.join(directory, name)):
                    failed += 1
                    print(f"{folder}/{name}: {problem}")
    print("ok" if not failed else f"{failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fresh", "holdout"]))

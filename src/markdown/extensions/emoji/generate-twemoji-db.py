"""Writes twemoji-db.json from PyMdown Extensions' Twemoji index (the reference's data).

    /usr/bin/python3 src/markdown/extensions/emoji/generate-twemoji-db.py

The shortcodes are EmojiOne's names as PyMdown 9.5 ships them (`:+1:` is an alias of
`:thumbsup:`); no JavaScript package carries this exact list, and a different list would turn
some `:name:` into text or into other emoji. PyMdown Extensions is MIT licensed.
Format: {"emoji": {name: "unicode" | "unicode|unicode_alt"}, "aliases": {alias: name}},
names without the colons.
"""
import json
import os
import pymdownx.twemoji_db as db


def strip(name):
    return name[1:-1]


emoji = {}
for name, info in db.emoji.items():
    value = info['unicode']
    if 'unicode_alt' in info and info['unicode_alt'] != value:
        value += '|' + info['unicode_alt']
    emoji[strip(name)] = value
aliases = {strip(a): strip(n) for a, n in db.aliases.items()}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'twemoji-db.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'version': db.version, 'emoji': emoji, 'aliases': aliases}, f, separators=(',', ':'), sort_keys=True)
    f.write('\n')

"""Writes keymap.json from PyMdown Extensions' key map (the reference's data, MIT licensed).

    /usr/bin/python3 src/markdown/extensions/keys/generate-keymap.py

Format: {"keymap": {canonical key: display name}, "aliases": {alias: canonical key}}.
"""
import json
import os
import pymdownx.keymap_db as db

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'keymap.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'keymap': db.keymap, 'aliases': db.aliases}, f, ensure_ascii=False, indent=0, sort_keys=True)
    f.write('\n')

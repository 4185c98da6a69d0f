"""Writes emoji-db/<index>.json from PyMdown Extensions' own indexes (the reference's data).

    /usr/bin/python3 src/markdown/extensions/emoji/generate-emoji-dbs.py [path/to/pystack]

The path defaults to ../shared/conformance/pystack next to the repository (PyMdown Extensions
10.21.3, MIT licensed); the script stops unless that is the version it finds.
Format: {"name": index name, "emoji": {short: [unicode, unicode_alt, category, long name]},
"aliases": {alias: short}}; names without colons, absent values as null.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, '../../../..'))
stack = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(repo), 'shared/conformance/pystack')
if not os.path.isdir(os.path.join(stack, 'pymdownx')):
    sys.exit(f'no pymdownx in {stack}: pass the pystack folder as the first argument')
sys.path.insert(0, stack)

import pymdownx  # noqa: E402
from pymdownx.__meta__ import __version__  # noqa: E402

if not __version__ == '10.21.3' or not os.path.dirname(pymdownx.__file__).startswith(os.path.abspath(stack)):
    sys.exit(f'expected PyMdown Extensions 10.21.3 from {stack}, found {__version__} at {pymdownx.__file__}')

import pymdownx.emoji1_db as emojione  # noqa: E402
import pymdownx.gemoji_db as gemoji  # noqa: E402
import pymdownx.twemoji_db as twemoji  # noqa: E402


def strip(name):
    return name[1:-1]


os.makedirs(os.path.join(here, 'emoji-db'), exist_ok=True)
for db in (emojione, gemoji, twemoji):
    emoji = {}
    for name, info in db.emoji.items():
        emoji[strip(name)] = [info.get('unicode'), info.get('unicode_alt'), info.get('category'), info.get('name')]
    aliases = {strip(a): strip(n) for a, n in db.aliases.items()}
    with open(os.path.join(here, 'emoji-db', db.name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'name': db.name, 'version': getattr(db, 'version', ''), 'emoji': emoji, 'aliases': aliases}, f, separators=(',', ':'), sort_keys=True)
        f.write('\n')

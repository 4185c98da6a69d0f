"""Writes lexer-names.json: every Pygments 2.20.0 lexer alias and the lexer's display name.

    /usr/bin/python3 src/markdown/extensions/superfences/generate-lexer-names.py [path/to/pystack]

The reference stack defaults to ../shared/conformance/pystack next to the repository.

pymdownx.highlight writes the lexer's name as the block title (`auto_title`) and the language as
a class (`pygments_lang_class`) even for languages whose token rules we have not ported, so the
names are needed for every lexer Pygments knows. Data from Pygments' lexers/_mapping.py
(BSD-2-Clause). Format: {alias: name}, aliases as Pygments matches them (lowercase).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STACK = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../../../shared/conformance/pystack')
sys.path.insert(0, os.path.abspath(STACK))

import pygments  # noqa: E402
from pygments.lexers._mapping import LEXERS  # noqa: E402

assert pygments.__version__ == '2.20.0', f'expected Pygments 2.20.0 from {STACK}, got {pygments.__version__}'

names = {}
for _module, name, aliases, _filenames, _mimetypes in LEXERS.values():
    for alias in aliases:
        names.setdefault(alias.lower(), name)

with open(os.path.join(HERE, 'lexer-names.json'), 'w', encoding='utf-8') as out:
    json.dump(dict(sorted(names.items())), out, ensure_ascii=False, separators=(',', ':'))
    out.write('\n')

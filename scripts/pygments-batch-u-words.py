"""Writes the long word lists of batch U's lexers from the vendored Pygments, one
src/markdown/extensions/superfences/pygments/lexers/<file>-words.ts per lexer, and FreeFemLexer's
name sets (Python sets, so written sorted) into freefem-words.ts.

A list is named after its state and token type, as the lexer module imports it:
`words(ROOT_FUNCTION, ...)` in mosel.ts is MoselLexer's `root` rule of `Name.Function` words.
Lists keep Pygments' order (`words()` sorts them longest first, as regex_opt matches).

    /usr/bin/python3 scripts/pygments-batch-u-words.py /work/shared/conformance/pystack
"""
import re
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import array, header, write  # noqa: E402
from pygments.lexer import words  # noqa: E402
from pygments.lexers import find_lexer_class_by_name  # noqa: E402
from pygments.token import _TokenType  # noqa: E402

# Lists this long go to a module of their own; shorter ones are written in the lexer's module.
LONG = 100
LEXERS = {
    'easytrieve': 'easytrieve', 'flatline': 'flatline', 'hsail': 'hsail',
    'hybris': 'hybris', 'mosel': 'mosel', 'phix': 'phix',
}


def lists(cls):
    """(name, words) of each words() rule, named `STATE_TOKEN` (`_2`... when repeated)."""
    seen = set()
    for state, rules in cls.__dict__['tokens'].items():
        for rule in rules:
            if not isinstance(rule, tuple) or not isinstance(rule[0], words):
                continue
            kind = str(rule[1]).split('.')[-1] if isinstance(rule[1], _TokenType) else 'words'
            base = re.sub(r'\W', '_', f'{state}_{kind}').upper()
            name, count = base, 2
            while name in seen:
                name, count = f'{base}_{count}', count + 1
            seen.add(name)
            yield name, list(rule[0].words)


for alias, file in LEXERS.items():
    cls = find_lexer_class_by_name(alias)
    module = cls.__module__.split('.')[-1]
    doc = [f"{cls.__name__}'s long word lists (pygments/lexers/{module}.py, Pygments 2.20.0), in Pygments' order."]
    body = [array(name, items, f'{cls.__name__} `{name.lower()}` words.') for name, items in lists(cls) if len(items) > LONG]
    write(f'{file}-words.ts', header(__file__, doc) + '\n'.join(body))


# FreeFemLexer retypes CppLexer's tokens by value, looking them up in these sets in this order.
freefem = find_lexer_class_by_name('freefem')
SETS = ['operators', 'types', 'fespaces', 'preprocessor', 'keywords', 'functions', 'parameters', 'suppress_highlight']
doc = ["FreeFemLexer's name sets (pygments/lexers/freefem.py, Pygments 2.20.0), sorted (they are Python sets)."]
body = [array(f'FREEFEM_{name.upper()}', sorted(getattr(freefem, name)), f'FreeFemLexer.{name}.') for name in SETS]
write('freefem-words.ts', header(__file__, doc) + '\n'.join(body))

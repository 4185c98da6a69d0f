"""Writes src/markdown/extensions/superfences/pygments/lexers/lasso-builtins.ts from the vendored
Pygments' Lasso lists (pygments/lexers/_lasso_builtins.py): the names LassoLexer retypes as
`Name.Builtin` when `builtinshighlighting` is on. Only membership matters (LassoLexer puts every
list in one set), so each set is written once, sorted, space-separated.

    /usr/bin/python3 scripts/pygments-lasso-builtins.py /work/shared/conformance/pystack
"""
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import header, write  # noqa: E402
from pygments.lexers._lasso_builtins import BUILTINS, MEMBERS  # noqa: E402


def words(name, lists, doc):
    names = sorted({word for values in lists.values() for word in values})
    chunks, line = [], ''
    for word in names:
        if line and len(line) + len(word) + 1 > 110:
            chunks.append(line)
            line = word
        else:
            line = f'{line} {word}' if line else word
    chunks.append(line)
    body = '\n'.join(f"  '{chunk} '," for chunk in chunks)
    return f'/** {doc} */\nexport const {name}: string = [\n{body}\n].join(\'\');\n'


text = header(__file__, [
    "Lasso's built-in types, traits, methods and tags (BUILTINS) and member methods and tags",
    '(MEMBERS), as LassoLexer gathers them into its two sets (pygments/lexers/_lasso_builtins.py,',
    'Pygments 2.20.0): space-separated, sorted, each ending with a space.',
])
text += '\n' + words('LASSO_BUILTINS', BUILTINS, 'Names a `Name.Other` token is retyped `Name.Builtin` for (lowercased).')
text += '\n' + words('LASSO_MEMBERS', MEMBERS, 'Names a `Name.Other.Member` token is retyped for (lowercased, `=` stripped).')
write('lasso-builtins.ts', text)

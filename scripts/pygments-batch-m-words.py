"""Writes the word lists of batch M's lexers from the vendored Pygments, into
src/markdown/extensions/superfences/pygments/lexers/:

    stata-builtins.ts   StataLexer's builtins_base and builtins_functions (_stata_builtins.py)

Lists keep Pygments' order (words() makes one alternation of each, longest match first).

    /usr/bin/python3 scripts/pygments-batch-m-words.py /work/shared/conformance/pystack
"""
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import array, header, write  # noqa: E402
from pygments.lexers import _stata_builtins  # noqa: E402


write('stata-builtins.ts', '\n'.join([
    header(__file__, ["StataLexer's word lists (pygments/lexers/_stata_builtins.py, Pygments 2.20.0), in Pygments' order:",
            '', "    STATA_BASE[0]   ->   'if'"]),
    array('STATA_BASE', _stata_builtins.builtins_base, 'Commands and their abbreviations: Keyword after a space or at a line start.'),
    array('STATA_FUNCTIONS', _stata_builtins.builtins_functions, 'Functions: Name.Function right before a `(`.'),
]))

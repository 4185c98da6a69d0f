"""Writes the long word lists and patterns of batch T's lexers from the vendored Pygments, one
module per lexer, into src/markdown/extensions/superfences/pygments/lexers/<lexer>-words.ts.

A `words()` list is written as an array in Pygments' order; a pattern exactly as Pygments has
it (a joined word list or an optimized alternation), cut at `|` into lines concatenated again:

    /usr/bin/python3 scripts/pygments-batch-t-words.py /work/shared/conformance/pystack
"""
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import array, header, write  # noqa: E402
from pygments.lexers import _mql_builtins  # noqa: E402
from pygments.lexers.apdlexer import apdlexer  # noqa: E402
from pygments.lexers.c_like import MqlLexer  # noqa: E402
from pygments.lexers.dotnet import XppLexer  # noqa: E402
from pygments.lexers.maple import MapleLexer  # noqa: E402
from pygments.lexers.ncl import NCLLexer  # noqa: E402
from pygments.lexers.scripting import LSLLexer  # noqa: E402
from pygments.lexers.teraterm import TeraTermLexer  # noqa: E402
from pygments.lexers.thingsdb import ThingsDBLexer  # noqa: E402

WIDTH = 110


def raw(text):
    """A String.raw literal (the patterns hold no backtick, `${` or final backslash)."""
    assert '`' not in text and '${' not in text and not text.endswith('\\'), text
    return 'String.raw`' + text + '`'


def pattern(name, text, doc):
    """`export const NAME = String.raw`...` + ...;`, cut after `|` so no line passes WIDTH."""
    pieces, line = [], ''
    for part in text.split('|'):
        piece = part if not line and not pieces else '|' + part
        if line and len(line) + len(piece) > WIDTH:
            pieces.append(line)
            line = piece
        else:
            line += piece
    pieces.append(line)
    # every piece after the first starts with its `|`
    body = ' +\n  '.join(raw(piece) for piece in pieces)
    assert ''.join(pieces) == text
    return f'/** {doc} */\nexport const {name} =\n  {body};\n'


def rule(lexer, state, index):
    return lexer.tokens[state][index][0]


def module(file, lexer, source, consts):
    lines = [f"{lexer.__name__}'s longest patterns (pygments/lexers/{source}.py, Pygments 2.20.0), as written there:",
             '', f'    {consts[0][0]}   ->   {consts[0][1][:60]}...']
    text = header(__file__, lines) + '\n'.join(pattern(*const) for const in consts)
    write(file, text)


def listed(state, index, lexer):
    """The words of a `words()` rule, in Pygments' order."""
    return list(lexer.tokens[state][index][0].words)


def lists(file, lexer, source, consts):
    lines = [f"{lexer.__name__}'s word lists (pygments/lexers/{source}.py, Pygments 2.20.0), in Pygments' order:",
             '', f"    {consts[0][0]}[0]   ->   '{consts[0][1][0]}'"]
    text = header(__file__, lines) + '\n'.join(array(name, items, doc) for name, items, doc in consts)
    write(file, text)


module('lsl-words.ts', LSLLexer, 'scripting', [
    ('LSL_FUNCTIONS_BUILTIN', LSLLexer.lsl_functions_builtin, 'The built-in `ll...` functions: Name.Function.'),
    ('LSL_CONSTANTS_INTEGER', LSLLexer.lsl_constants_integer, 'The integer constants: Name.Constant.'),
])
module('teraterm-words.ts', TeraTermLexer, 'teraterm', [
    ('TERATERM_COMMANDS', rule(TeraTermLexer, 'commands', 0),
     "The macro commands: Keyword (also TeraTermLexer's analyse_text, 0.01 when one is found)."),
])
module('thingsdb-words.ts', ThingsDBLexer, 'thingsdb', [
    ('THINGSDB_METHODS', rule(ThingsDBLexer, 'names', 0), 'Methods after a `.`: Name.Function.'),
    ('THINGSDB_FUNCTIONS', rule(ThingsDBLexer, 'names', 1), 'Built-in functions: Name.Builtin.'),
])
lists('apdl-words.ts', apdlexer, 'apdlexer', [
    ('APDL_COMMANDS', listed('root', 1, apdlexer), 'Commands that start a line: Keyword.'),
    ('APDL_FUNCTIONS', listed('non-keyword', 4, apdlexer), 'Get functions (`NX()`, `NSEL()`): Name.Builtin.'),
    ('APDL_ELEMENTS', listed('non-keyword', 5, apdlexer), 'Element type names: Name.Property.'),
])
lists('ncl-words.ts', NCLLexer, 'ncl', [
    ('NCL_BUILTINS', listed('core', 5, NCLLexer), 'Built-in functions and procedures: Name.Builtin.'),
    ('NCL_RESOURCES', listed('core', 6, NCLLexer), 'Graphics resource names: Name.Builtin.'),
])
lists('mql-words.ts', MqlLexer, '_mql_builtins', [
    ('MQL_KEYWORDS', _mql_builtins.keywords, 'Keyword.'),
    ('MQL_C_TYPES', _mql_builtins.c_types, 'Keyword.Type.'),
    ('MQL_TYPES', _mql_builtins.types, 'Built-in functions (Pygments calls them types): Name.Function.'),
    ('MQL_CONSTANTS', _mql_builtins.constants, 'Name.Constant.'),
    ('MQL_COLORS', _mql_builtins.colors, 'Color names, after an optional `clr`: Name.Constant.'),
])
lists('xpp-words.ts', XppLexer, 'dotnet', [
    ('XPP_KEYWORDS', XppLexer.KEYWORDS, 'Keyword.'),
    ('XPP_RUNTIME_FUNCTIONS', XppLexer.RUNTIME_FUNCTIONS, 'Run-time functions, before `(`: Name.Function.Magic.'),
    ('XPP_COMPILE_FUNCTIONS', XppLexer.COMPILE_FUNCTIONS, 'Compile-time functions, before `(`: Name.Function.Magic.'),
])
lists('maple-words.ts', MapleLexer, 'maple', [
    ('MAPLE_KEYWORDS', MapleLexer.keywords, 'Keyword.'),
    ('MAPLE_BUILTINS', MapleLexer.builtins, 'Name.Builtin.'),
])

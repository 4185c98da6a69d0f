"""Writes the long word lists of batch S's lexers from the vendored Pygments, into
src/markdown/extensions/superfences/pygments/lexers/<file>: each list is the `words(...)` of one
rule (state, index) of the lexer's token table, in Pygments' order (words() sorts nothing; our
`words` orders them longest first as regex_opt matches them).

    /usr/bin/python3 scripts/pygments-batch-s-words.py /work/shared/conformance/pystack
"""
import importlib
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import array, header, write  # noqa: E402

# file -> (what the header says, [(constant, 'module.Class', state, rule index, doc)])
FILES = {
    'idl-words.ts': ("IDLLexer's keywords and built-in routines (pygments/lexers/idl.py, Pygments 2.20.0).", [
        ('IDL_KEYWORDS', 'idl.IDLLexer', 'root', 1, 'Reserved words: Keyword.'),
        ('IDL_BUILTINS', 'idl.IDLLexer', 'root', 2, 'Built-in routines: Name.Builtin.'),
    ]),
    'scilab-words.ts': ("ScilabLexer's words (pygments/lexers/matlab.py and _scilab_builtins.py, Pygments 2.20.0).", [
        ('SCILAB_KEYWORDS', 'matlab.ScilabLexer', 'root', 2, 'Keywords: Keyword.'),
        ('SCILAB_BUILTINS', 'matlab.ScilabLexer', 'root', 3, 'Functions, commands and macros: Name.Builtin.'),
        ('SCILAB_VARIABLES', 'matlab.ScilabLexer', 'root', 4, 'Predefined variables: Name.Constant.'),
    ]),
    'isabelle-words.ts': ("IsabelleLexer's longest keyword groups (pygments/lexers/theorem.py, Pygments 2.20.0).", [
        ('ISABELLE_KEYWORD_TYPE', 'theorem.IsabelleLexer', 'root', 7, 'Theory-level commands: Keyword.Type.'),
        ('ISABELLE_KEYWORD', 'theorem.IsabelleLexer', 'root', 9, 'Diagnostic and theory commands: Keyword.'),
    ]),
    'macaulay2-words.ts': ("Macaulay2Lexer's builtins (pygments/lexers/macaulay2.py, Pygments 2.20.0).", [
        ('MACAULAY2_NAME_BUILTIN', 'macaulay2.Macaulay2Lexer', 'root', 5, 'Types: Name.Builtin.'),
        ('MACAULAY2_NAME_FUNCTION', 'macaulay2.Macaulay2Lexer', 'root', 6, 'Functions: Name.Function.'),
        ('MACAULAY2_NAME_CONSTANT', 'macaulay2.Macaulay2Lexer', 'root', 7, 'Constants: Name.Constant.'),
    ]),
    'igor-words.ts': ("IgorLexer's operations and functions (pygments/lexers/igor.py, Pygments 2.20.0).", [
        ('IGOR_NAME_CLASS', 'igor.IgorLexer', 'root', 5, 'Operations: Name.Class.'),
        ('IGOR_NAME_FUNCTION', 'igor.IgorLexer', 'root', 6, 'Built-in functions: Name.Function.'),
    ]),
    'openedge-words.ts': ("OpenEdgeLexer's keywords (pygments/lexers/_openedge_builtins.py, Pygments 2.20.0).", [
        ('OPENEDGE_KEYWORDS', 'business.OpenEdgeLexer', 'root', 6, 'Keywords and their abbreviations: Name.Builtin.'),
    ]),
    'sourcepawn-words.ts': ("SourcePawnLexer's SourceMod function names (pygments/lexers/_sourcemod_builtins.py, Pygments 2.20.0).", [
        ('SOURCEMOD_FUNCTIONS', '_sourcemod_builtins:FUNCTIONS', None, None, 'Functions SourcePawnLexer retypes as Name.Builtin.'),
    ]),
}


def rule_words(path, state, index):
    if ':' in path:
        # a module's own list (set lists sorted, their order being Python's hash order)
        module, name = path.split(':')
        value = getattr(importlib.import_module(f'pygments.lexers.{module}'), name)
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    module, name = path.split('.')
    lexer = getattr(importlib.import_module(f'pygments.lexers.{module}'), name)
    return list(lexer.tokens[state][index][0].words)


for file, (what, lists) in FILES.items():
    body = [header(__file__, [what, '', f'    {lists[0][0]}[0]   ->   {rule_words(*lists[0][1:4])[0]!r}'])]
    for constant, path, state, index, doc in lists:
        body.append(array(constant, rule_words(path, state, index), doc))
    write(file, '\n'.join(body))

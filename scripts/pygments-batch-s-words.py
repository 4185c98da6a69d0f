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
    'asymptote-words.ts': ("AsymptoteLexer's function and variable names (pygments/lexers/_asy_builtins.py, Pygments 2.20.0), sorted (Python sets).", [
        ('ASY_FUNCTION_NAMES', '_asy_builtins:ASYFUNCNAME', None, None, 'Names AsymptoteLexer retypes as Name.Function.'),
        ('ASY_VARIABLE_NAMES', '_asy_builtins:ASYVARNAME', None, None, 'Names AsymptoteLexer retypes as Name.Variable.'),
    ]),
    'lilypond-words.ts': ("LilyPondLexer's builtin lists (pygments/lexers/_lilypond_builtins.py, Pygments 2.20.0), in the module's order.", [
        ('LILYPOND_KEYWORDS', '_lilypond_builtins:keywords', None, None, 'keywords'),
        ('LILYPOND_PITCH_LANGUAGE_NAMES', '_lilypond_builtins:pitch_language_names', None, None, 'pitch_language_names'),
        ('LILYPOND_CLEFS', '_lilypond_builtins:clefs', None, None, 'clefs'),
        ('LILYPOND_SCALES', '_lilypond_builtins:scales', None, None, 'scales'),
        ('LILYPOND_REPEAT_TYPES', '_lilypond_builtins:repeat_types', None, None, 'repeat_types'),
        ('LILYPOND_UNITS', '_lilypond_builtins:units', None, None, 'units'),
        ('LILYPOND_CHORD_MODIFIERS', '_lilypond_builtins:chord_modifiers', None, None, 'chord_modifiers'),
        ('LILYPOND_PITCHES', '_lilypond_builtins:pitches', None, None, 'pitches'),
        ('LILYPOND_MUSIC_FUNCTIONS', '_lilypond_builtins:music_functions', None, None, 'music_functions'),
        ('LILYPOND_DYNAMICS', '_lilypond_builtins:dynamics', None, None, 'dynamics'),
        ('LILYPOND_ARTICULATIONS', '_lilypond_builtins:articulations', None, None, 'articulations'),
        ('LILYPOND_MUSIC_COMMANDS', '_lilypond_builtins:music_commands', None, None, 'music_commands'),
        ('LILYPOND_MARKUP_COMMANDS', '_lilypond_builtins:markup_commands', None, None, 'markup_commands'),
        ('LILYPOND_GROBS', '_lilypond_builtins:grobs', None, None, 'grobs'),
        ('LILYPOND_TRANSLATORS', '_lilypond_builtins:translators', None, None, 'translators'),
        ('LILYPOND_CONTEXTS', '_lilypond_builtins:contexts', None, None, 'contexts'),
        ('LILYPOND_CONTEXT_PROPERTIES', '_lilypond_builtins:context_properties', None, None, 'context_properties'),
        ('LILYPOND_GROB_PROPERTIES', '_lilypond_builtins:grob_properties', None, None, 'grob_properties'),
        ('LILYPOND_SCHEME_FUNCTIONS', '_lilypond_builtins:scheme_functions', None, None, 'scheme_functions'),
        ('LILYPOND_PAPER_VARIABLES', '_lilypond_builtins:paper_variables', None, None, 'paper_variables'),
        ('LILYPOND_HEADER_VARIABLES', '_lilypond_builtins:header_variables', None, None, 'header_variables'),
    ]),
    'csound-words.ts': ("CsoundOrchestraLexer's opcode names (pygments/lexers/_csound_builtins.py, Pygments 2.20.0), sorted (Python sets).", [
        ('CSOUND_OPCODES', '_csound_builtins:OPCODES', None, None, 'Opcodes: Name.Builtin.'),
        ('CSOUND_DEPRECATED_OPCODES', '_csound_builtins:DEPRECATED_OPCODES', None, None, 'Deprecated opcodes: Name.Builtin.'),
        ('CSOUND_REMOVED_OPCODES', '_csound_builtins:REMOVED_OPCODES', None, None, 'Removed opcodes: Name.Builtin.'),
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


def modula2():
    """Modula2Lexer's word sets for each dialect, as its set_dialect composes them (sorted)."""
    from pygments.lexers.modula2 import Modula2Lexer
    kinds = ['lexemes_to_reject', 'reserved_words', 'builtins', 'pseudo_builtins', 'adts', 'modules', 'types',
             'procedures', 'variables', 'constants']
    names = {'lexemes_to_reject': 'reject', 'reserved_words': 'reserved', 'pseudo_builtins': 'pseudoBuiltins'}
    body = [header(__file__, [
        "Modula2Lexer's word sets per dialect (pygments/lexers/modula2.py, Pygments 2.20.0), as its",
        'set_dialect composes them from the common and dialect lists, sorted.',
        '',
        "    MODULA2_DIALECTS['m2pim'].reserved[0]   ->   'AND'",
    ])]
    body.append('/** One dialect\'s sets: lexemes marked as errors, reserved words, builtins, then stdlib names. */')
    body.append('export interface Modula2Words {\n' + ''.join(f'  readonly {names.get(k, k)}: readonly string[];\n' for k in kinds) + '}\n')
    body.append('/** Every dialect Modula2Lexer knows, `unknown` (all dialects\' words) first. */')
    body.append('export const MODULA2_DIALECTS: Readonly<Record<string, Modula2Words>> = {')
    lexer = Modula2Lexer()
    for dialect in Modula2Lexer.dialects:
        lexer.set_dialect(dialect)
        body.append(f"  '{dialect}': {{")
        for kind in kinds:
            items = [line for line in array('X', sorted(getattr(lexer, kind)), exported=False).split('\n')[1:-2] if line.strip()]
            name = names.get(kind, kind)
            body.append(f'    {name}: [\n' + '\n'.join('    ' + line for line in items) + '\n    ],' if items else f'    {name}: [],')
        body.append('  },')
    body.append('};\n')
    write('modula2-words.ts', '\n'.join(body))


modula2()

"""Writes the word lists of batch L's lexers from the vendored Pygments, into
src/markdown/extensions/superfences/pygments/lexers/:

    delphi-words.ts          DelphiLexer's keyword, type, unit and asm sets (pascal.py)
    racket-builtins.ts       RacketLexer._keywords and _builtins (lisp.py)
    emacs-lisp-builtins.ts   the name sets EmacsLispLexer retypes by (lisp.py)
    applescript-words.ts     AppleScriptLexer's lists, in order: its rules join them with `|` (scripting.py)
    octave-builtins.ts       OctaveLexer's builtin and constant lists (matlab.py)

Lists that Pygments matches in order keep their order; sets (only membership counts) are sorted.

    /usr/bin/python3 scripts/pygments-batch-l-words.py /work/shared/conformance/pystack
"""
import re
import sys

sys.path.insert(0, sys.argv[1])
from ts_words import array, header, write  # noqa: E402
from pygments.lexers.lisp import EmacsLispLexer, RacketLexer  # noqa: E402
from pygments.lexers.matlab import OctaveLexer  # noqa: E402
from pygments.lexers.pascal import DelphiLexer  # noqa: E402
from pygments.lexers.scripting import AppleScriptLexer  # noqa: E402


D = DelphiLexer
units = ''.join(array(f'{unit.upper()}_UNIT', words, exported=False) + '\n' for unit, words in D.BUILTIN_UNITS.items())
write('delphi-words.ts', '\n'.join([
    header(__file__, ["DelphiLexer's word lists (pygments/lexers/pascal.py, Pygments 2.20.0), as written there (sets sorted):",
            '', "    TURBO_PASCAL_KEYWORDS[0]   ->   'absolute'"]),
    array('TURBO_PASCAL_KEYWORDS', D.TURBO_PASCAL_KEYWORDS),
    array('DELPHI_KEYWORDS', D.DELPHI_KEYWORDS),
    array('FREE_PASCAL_KEYWORDS', D.FREE_PASCAL_KEYWORDS),
    array('BLOCK_KEYWORDS', sorted(D.BLOCK_KEYWORDS)),
    array('FUNCTION_MODIFIERS', sorted(D.FUNCTION_MODIFIERS)),
    array('DIRECTIVES', sorted(D.DIRECTIVES), "Type-context directives, highlighted everywhere (Pygments' XXX comment)."),
    array('BUILTIN_TYPES', sorted(D.BUILTIN_TYPES)),
    units + '/** The built-in routines of each unit the `units` option can name. */\n'
    'export const BUILTIN_UNITS: Readonly<Record<string, readonly string[]>> = {\n'
    + ''.join(f'  {unit}: {unit.upper()}_UNIT,\n' for unit in D.BUILTIN_UNITS) + '};\n',
    array('ASM_REGISTERS', sorted(D.ASM_REGISTERS)),
    array('ASM_INSTRUCTIONS', sorted(D.ASM_INSTRUCTIONS)),
    array('PORTUGOL_KEYWORDS', D.PORTUGOL_KEYWORDS),
    array('PORTUGOL_BUILTIN_TYPES', sorted(D.PORTUGOL_BUILTIN_TYPES)),
]))

write('racket-builtins.ts', '\n'.join([
    header(__file__, ["RacketLexer's word lists (pygments/lexers/lisp.py, Pygments 2.20.0; generated there by example.rkt),",
            "in Pygments' order:", '', "    RACKET_KEYWORDS[0]   ->   '#%app'"]),
    array('RACKET_KEYWORDS', RacketLexer._keywords, 'Syntactic forms: Keyword.'),
    array('RACKET_BUILTINS', RacketLexer._builtins, 'Procedures and values: Name.Builtin.'),
]))

E = EmacsLispLexer
write('emacs-lisp-builtins.ts', '\n'.join([
    header(__file__, ["EmacsLispLexer's name sets (pygments/lexers/lisp.py, Pygments 2.20.0), sorted: the names its",
            'get_tokens_unprocessed retypes from Name.Variable.', '', "    ELISP_SPECIAL_FORMS includes 'setq'"]),
    array('ELISP_MACROS', sorted(E.macros), 'Macros: Name.Builtin.'),
    array('ELISP_SPECIAL_FORMS', sorted(E.special_forms), 'Special forms: Keyword.'),
    array('ELISP_BUILTIN_FUNCTION', sorted(E.builtin_function), 'Built-in functions: Name.Function.'),
    array('ELISP_BUILTIN_FUNCTION_HIGHLIGHTED', sorted(E.builtin_function_highlighted), 'Built-in functions Emacs highlights: Name.Builtin.'),
    array('ELISP_LAMBDA_LIST_KEYWORDS', sorted(E.lambda_list_keywords), 'Lambda list keywords: Keyword.Pseudo.'),
    array('ELISP_ERROR_KEYWORDS', sorted(E.error_keywords), 'Error functions: Name.Exception.'),
]))

APPLESCRIPT_LISTS = ['Literals', 'Classes', 'BuiltIn', 'HandlerParams', 'Commands', 'References', 'Operators', 'Control',
                     'Declarations', 'Reserved', 'StudioClasses', 'StudioEvents', 'StudioCommands', 'StudioProperties']
write('applescript-words.ts', '\n'.join([
    header(__file__, ["AppleScriptLexer's word lists (pygments/lexers/scripting.py, Pygments 2.20.0), in Pygments' order:",
            'its rules join them with `|` as written (some items are patterns, `visible( document rect)?`), so',
            'the first alternative that matches wins, not the longest.', '',
            "    APPLESCRIPT_LITERALS[0]   ->   'AppleScript'"]),
    *(array('APPLESCRIPT_' + re.sub(r'(?<=[a-z])(?=[A-Z])', '_', name).upper(), getattr(AppleScriptLexer, name))
      for name in APPLESCRIPT_LISTS),
]))

O = OctaveLexer
write('octave-builtins.ts', '\n'.join([
    header(__file__, ["OctaveLexer's name lists (pygments/lexers/matlab.py, Pygments 2.20.0; generated there from the",
            "Octave manual), in Pygments' order:", '', "    OCTAVE_BUILTINS[0]   ->   'addlistener'"]),
    array('OCTAVE_BUILTINS', O.builtin_kw + O.command_kw + O.function_kw + O.loadable_kw + O.mapping_kw,
          'builtin_kw + command_kw + function_kw + loadable_kw + mapping_kw: Name.Builtin.'),
    array('OCTAVE_CONSTANTS', O.builtin_consts, 'builtin_consts: Name.Constant.'),
]))

/**
 * Pygments' PhpLexer (pygments/lexers/php.py, Pygments 2.20.0), rule for rule. Outside
 * `<?php … ?>` the text is `Other`, unless the `startinline` option (set through
 * pymdownx.highlight's `extend_pygments_lang`) starts in PHP; a name that is one of PHP's
 * built-in functions becomes `Name.Builtin` (`funcnamehighlighting`, minus `disabledmodules`).
 *
 *     <?php echo strlen($a); ?>   ->   <cp><?php</cp> <k>echo</k> <nb>strlen</nb><p>(</p><nv>$a</nv><p>);</p> <cp>?></cp>
 */
import { bygroups, compileLexer, defaultState, include, usingThis, words, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { booleanOption, listOption } from './options.ts';
import { PHP_BUILTIN_MODULES } from './php-builtins.ts';

// A backslash is part of a name: PHP separates namespaces with it (but not inside strings).
const IDENT_INNER = String.raw`(?:[\\_a-z]|[^\x00-\x7f])(?:[\\\w]|[^\x00-\x7f])*`;
const IDENT_NONS = String.raw`(?:[_a-z]|[^\x00-\x7f])(?:\w|[^\x00-\x7f])*`;

const definition: LexerDefinition = {
  name: 'PHP',
  aliases: ['php', 'php3', 'php4', 'php5'],
  flags: 'ims',
  tokens: {
    root: [
      [String.raw`<\?(php)?`, 'Comment.Preproc', 'php'],
      ['[^<]+', 'Other'],
      ['<', 'Other'],
    ],
    php: [
      [String.raw`\?>`, 'Comment.Preproc', '#pop'],
      [String.raw`(<<<)(['"]?)(` + IDENT_NONS + String.raw`)(\2\n.*?\n\s*)(\3)(;?)(\n)`,
        bygroups('Literal.String', 'Literal.String', 'Literal.String.Delimiter', 'Literal.String', 'Literal.String.Delimiter', 'Punctuation', 'Text')],
      [String.raw`\s+`, 'Text'],
      [String.raw`#\[`, 'Punctuation', 'attribute'],
      [String.raw`#.*?\n`, 'Comment.Single'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      // the empty comment goes first: it would otherwise start a docstring
      [String.raw`/\*\*/`, 'Comment.Multiline'],
      [String.raw`/\*\*.*?\*/`, 'Literal.String.Doc'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`(->|::)(\s*)(` + IDENT_NONS + ')', bygroups('Operator', 'Text', 'Name.Attribute')],
      ['[~!%^&*+=|:.<>/@-]+', 'Operator'],
      [String.raw`\?`, 'Operator'], // not in the class above
      [String.raw`[\[\]{}();,]+`, 'Punctuation'],
      [String.raw`(new)(\s+)(class)\b`, bygroups('Keyword', 'Text', 'Keyword')],
      [String.raw`(class)(\s+)`, bygroups('Keyword', 'Text'), 'classname'],
      [String.raw`(function)(\s*)(?=\()`, bygroups('Keyword', 'Text')],
      [String.raw`(function)(\s+)(&?)(\s*)`, bygroups('Keyword', 'Text', 'Operator', 'Text'), 'functionname'],
      [String.raw`(const)(\s+)(` + IDENT_INNER + ')', bygroups('Keyword', 'Text', 'Name.Constant')],
      // https://www.php.net/manual/en/reserved.keywords.php
      [
        '(and|E_PARSE|old_function|E_ERROR|or|as|E_WARNING|parent|' +
          'eval|PHP_OS|break|exit|case|extends|PHP_VERSION|cfunction|' +
          'FALSE|print|for|require|continue|foreach|require_once|' +
          'declare|return|default|static|do|switch|die|stdClass|' +
          'echo|else|TRUE|elseif|var|empty|if|xor|enddeclare|include|' +
          'virtual|endfor|include_once|while|endforeach|global|' +
          'endif|list|endswitch|new|endwhile|not|' +
          'array|E_ALL|NULL|final|php_user_filter|interface|' +
          'implements|public|private|protected|abstract|clone|try|' +
          'catch|throw|this|use|namespace|trait|yield( from)?|' +
          String.raw`finally|match|readonly)\b`,
        'Keyword',
      ],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      include('magicconstants'),
      [String.raw`\$\{`, 'Name.Variable', 'variablevariable'],
      [String.raw`\$+` + IDENT_INNER, 'Name.Variable'],
      [IDENT_INNER, 'Name.Other'],
      [String.raw`(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+e[+-]?[0-9]+`, 'Literal.Number.Float'],
      ['0[0-7]+', 'Literal.Number.Oct'],
      ['0x[a-f0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['0b[01]+', 'Literal.Number.Bin'],
      [String.raw`'([^'\\]*(?:\\.[^'\\]*)*)'`, 'Literal.String.Single'],
      [String.raw`\`([^\`\\]*(?:\\.[^\`\\]*)*)\``, 'Literal.String.Backtick'],
      ['"', 'Literal.String.Double', 'string'],
    ],
    variablevariable: [
      [String.raw`\}`, 'Name.Variable', '#pop'],
      include('php'),
    ],
    magicfuncs: [
      // http://php.net/manual/en/language.oop5.magic.php
      [words(['__construct', '__destruct', '__call', '__callStatic', '__get', '__set', '__isset', '__unset', '__sleep', '__wakeup',
        '__toString', '__invoke', '__set_state', '__clone', '__debugInfo'], '', String.raw`\b`), 'Name.Function.Magic'],
    ],
    magicconstants: [
      // https://www.php.net/manual/en/language.constants.magic.php
      [words(['__LINE__', '__FILE__', '__DIR__', '__FUNCTION__', '__CLASS__', '__TRAIT__', '__METHOD__', '__NAMESPACE__', '__PROPERTY__'],
        '', String.raw`\b`), 'Name.Constant'],
    ],
    classname: [
      [IDENT_INNER, 'Name.Class', '#pop'],
    ],
    functionname: [
      include('magicfuncs'),
      [IDENT_INNER, 'Name.Function', '#pop'],
      defaultState('#pop'),
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^{$"\\]+`, 'Literal.String.Double'],
      [String.raw`\\([nrt"$\\]|[0-7]{1,3}|x[0-9a-f]{1,2})`, 'Literal.String.Escape'],
      [String.raw`\$` + IDENT_NONS + String.raw`(\[\S+?\]|->` + IDENT_NONS + ')?', 'Literal.String.Interpol'],
      // `using(this, _startinline=True)`: the interpolated code is lexed as PHP from its start.
      [String.raw`(\{\$\{)(.*?)(\}\})`, bygroups('Literal.String.Interpol', usingThis('php'), 'Literal.String.Interpol')],
      [String.raw`(\{)(\$.*?)(\})`, bygroups('Literal.String.Interpol', usingThis('php'), 'Literal.String.Interpol')],
      [String.raw`(\$\{)(\S+)(\})`, bygroups('Literal.String.Interpol', 'Name.Variable', 'Literal.String.Interpol')],
      [String.raw`[\${\\]`, 'Literal.String.Double'],
    ],
    attribute: [
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`\(`, 'Punctuation', 'attributeparams'],
      [IDENT_INNER, 'Name.Decorator'],
      include('php'),
    ],
    attributeparams: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('php'),
    ],
  },
};

/** The lexer options PhpLexer reads (get_bool_opt / get_list_opt). */
interface PhpOptions {
  readonly startinline?: unknown;
  readonly funcnamehighlighting?: unknown;
  readonly disabledmodules?: unknown;
}

/** PhpLexer with its options; `withOptions` makes another one (extend_pygments_lang's options). */
function createPhpLexer(byName: (alias: string) => Lexer | undefined, options: PhpOptions): Lexer {
  const lexer = compileLexer(definition, byName);
  const startinline = booleanOption(options.startinline, false);
  const disabled = listOption(options.disabledmodules, ['unknown']);
  const functions = new Set<string>();
  if (booleanOption(options.funcnamehighlighting, true)) {
    for (const [module, names] of PHP_BUILTIN_MODULES) if (!disabled.includes(module)) for (const name of names.split(' ')) functions.add(name);
  }
  return {
    ...lexer,
    *tokensUnprocessed(text, stack) {
      const initial = stack ?? (startinline ? ['root', 'php'] : ['root']);
      for (const [index, type, value] of lexer.tokensUnprocessed(text, initial)) {
        yield [index, type === 'Name.Other' && functions.has(value) ? 'Name.Builtin' : type, value];
      }
    },
    withOptions: (given) => createPhpLexer(byName, given),
  };
}

/** `php`, `php3`...: `<?php echo 1; ?>` -> `<cp><?php</cp> <k>echo</k> <mi>1</mi><p>;</p> <cp>?></cp>`. */
export const phpLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => createPhpLexer(byName, {}),
};

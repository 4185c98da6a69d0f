/**
 * Pygments' CheetahPythonLexer, CheetahLexer, CheetahHtmlLexer, CheetahXmlLexer and
 * CheetahJavascriptLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule for rule: Cheetah's
 * `#directive` lines, `##` comments and `$name` / `${...}` placeholders, the Python in them lexed
 * by PythonLexer with its `$` errors retyped; the rest is `Other`, which the DelegatingLexers
 * hand to HTML, XML or JavaScript.
 *
 *     #if $user   ->   <cp>#if</cp><w> </w><cp>$</cp><n>user</n>
 */
import { bygroups, type Callback, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';
import { textLexer } from './text.ts';

/** `using(CheetahPythonLexer)`: PythonLexer's tokens, its `$` Error tokens as Cheetah's markers. */
const cheetahPython: Callback = function* (lexer, match) {
  const python = lexer.byName('python') ?? textLexer(lexer.byName);
  for (const [index, type, value] of python.tokensUnprocessed(match.text)) {
    yield [index + match.start, type === 'Error' && value === '$' ? 'Comment.Preproc' : type, value];
  }
};

export const cheetahLexer: LexerDefinition = {
  name: 'Cheetah',
  aliases: ['cheetah', 'spitfire'],
  tokens: {
    root: [
      [String.raw`(##[^\n]*)$`, bygroups('Comment')],
      [String.raw`#[*](.|\n)*?[*]#`, 'Comment'],
      [String.raw`#end[^#\n]*(?:#|$)`, 'Comment.Preproc'],
      ['#slurp$', 'Comment.Preproc'],
      [String.raw`(#[a-zA-Z]+)([^#\n]*)(#|$)`, bygroups('Comment.Preproc', cheetahPython, 'Comment.Preproc')],
      // Pygments' TODO: other Python syntax such as $foo['bar']
      [String.raw`(\$)([a-zA-Z_][\w.]*\w)`, bygroups('Comment.Preproc', cheetahPython)],
      [String.raw`(?s)(\$\{!?)(.*?)(\})`, bygroups('Comment.Preproc', cheetahPython, 'Comment.Preproc')],
      [
        String.raw`(?sx)
                (.+?)               # anything, followed by:
                (?:
                 (?=\#[#a-zA-Z]*) | # an eval comment
                 (?=\$[a-zA-Z_{]) | # a substitution
                 \Z                 # end of string
                )
            `,
        'Other',
      ],
      [String.raw`\s+`, 'Text'],
    ],
  },
};

export const cheetahHtmlLexer = delegatingFactory('HTML+Cheetah', ['html+cheetah', 'html+spitfire', 'htmlcheetah'], 'html', 'cheetah');
export const cheetahXmlLexer = delegatingFactory('XML+Cheetah', ['xml+cheetah', 'xml+spitfire'], 'xml', 'cheetah');
export const cheetahJavascriptLexer = delegatingFactory(
  'JavaScript+Cheetah',
  ['javascript+cheetah', 'js+cheetah', 'javascript+spitfire', 'js+spitfire'],
  'javascript',
  'cheetah',
);

/**
 * Pygments' PostScriptLexer (pygments/lexers/graphics.py, Pygments 2.20.0), rule for rule: operators,
 * names, `/literals`, strings with nested parentheses, hex and base-85 strings and procedures.
 *
 *     /square { dup mul } def   ->   <nv>/square</nv><w> </w><p>{</p><w> </w><nf>dup</nf><w> </w><nf>mul</nf><w> ...
 */
import { defaultState, words, type LexerDefinition } from '../regex-lexer.ts';

export const postscriptLexer: LexerDefinition = {
  name: 'PostScript',
  aliases: ['postscript', 'postscr'],
  tokens: {
    root: [
      ['^%!.+$', 'Comment.Preproc'],
      ['%%.*$', 'Comment.Special'],
      [String.raw`(^%.*\n){2,}`, 'Comment.Multiline'],
      ['%.*$', 'Comment.Single'],
      [String.raw`\(`, 'Literal.String', 'stringliteral'],
      [String.raw`[{}<>\[\]]`, 'Punctuation'],
      [String.raw`<[0-9A-Fa-f]+>(?=[()<>\[\]{}/%\s])`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+\#(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[()<>\[\]{}/%\s])`, 'Literal.Number.Oct'],
      [String.raw`(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[()<>\[\]{}/%\s])`, 'Literal.Number.Float'],
      [String.raw`(\-|\+)?[0-9]+(?=[()<>\[\]{}/%\s])`, 'Literal.Number.Integer'],
      [String.raw`\/[^()<>\[\]{}/%\s]+(?=[()<>\[\]{}/%\s])`, 'Name.Variable'],
      [String.raw`[^()<>\[\]{}/%\s]+(?=[()<>\[\]{}/%\s])`, 'Name.Function'],
      [String.raw`(false|true)(?=[()<>\[\]{}/%\s])`, 'Keyword.Constant'],
      [String.raw`(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)(?=[()<>\[\]{}/%\s])`, 'Keyword.Reserved'],
      [
        words([
          'abs', 'add', 'aload', 'arc', 'arcn', 'array', 'atan', 'begin', 'bind', 'ceiling', 'charpath',
          'clip', 'closepath', 'concat', 'concatmatrix', 'copy', 'cos', 'currentlinewidth', 'currentmatrix',
          'currentpoint', 'curveto', 'cvi', 'cvs', 'def', 'defaultmatrix', 'dict', 'dictstackoverflow',
          'div', 'dtransform', 'dup', 'end', 'exch', 'exec', 'exit', 'exp', 'fill', 'findfont', 'floor',
          'get', 'getinterval', 'grestore', 'gsave', 'gt', 'identmatrix', 'idiv', 'idtransform', 'index',
          'invertmatrix', 'itransform', 'length', 'lineto', 'ln', 'load', 'log', 'loop', 'matrix', 'mod',
          'moveto', 'mul', 'neg', 'newpath', 'pathforall', 'pathbbox', 'pop', 'print', 'pstack', 'put',
          'quit', 'rand', 'rangecheck', 'rcurveto', 'repeat', 'restore', 'rlineto', 'rmoveto', 'roll',
          'rotate', 'round', 'run', 'save', 'scale', 'scalefont', 'setdash', 'setfont', 'setgray',
          'setlinecap', 'setlinejoin', 'setlinewidth', 'setmatrix', 'setrgbcolor', 'shfill', 'show',
          'showpage', 'sin', 'sqrt', 'stack', 'stringwidth', 'stroke', 'strokepath', 'sub', 'syntaxerror',
          'transform', 'translate', 'truncate', 'typecheck', 'undefined', 'undefinedfilename',
          'undefinedresult',
        ], '', String.raw`(?=[()<>\[\]{}/%\s])`),
        'Name.Builtin',
      ],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    stringliteral: [
      [String.raw`[^()\\]+`, 'Literal.String'],
      ["\\\\", 'Literal.String.Escape', 'escape'],
      [String.raw`\(`, 'Literal.String', '#push'],
      [String.raw`\)`, 'Literal.String', '#pop'],
    ],
    escape: [
      [String.raw`[0-8]{3}|n|r|t|b|f|\\|\(|\)`, 'Literal.String.Escape', '#pop'],
      defaultState('#pop'),
    ],
  },
};

/**
 * Pygments' GnuplotLexer (pygments/lexers/graphics.py, Pygments 2.20.0): gnuplot scripts, rule
 * for rule. Commands and options may be abbreviated: `_shortened('p$lot')` accepts `plot`,
 * `plo` and `p`.
 *
 *     set xrange [0:10]   ->   <k>set</k><w> </w><nb>xrange</nb><w> </w><p>[</p><mi>0</mi><o>:</o><mi>10</mi><p>]</p>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

/** `ab$cd` -> `abcd\b|abc\b|ab\b`: the word, shortened down to the part before `$`. */
function shortened(word: string): string {
  const dollar = word.indexOf('$');
  const forms: string[] = [];
  for (let end = word.length; end > dollar; end--) forms.push(`${word.slice(0, dollar)}${word.slice(dollar + 1, end)}\\b`);
  return forms.join('|');
}

const shortenedMany = (...list: string[]): string => list.map(shortened).join('|');

const OPTIONS = `a$ll an$gles ar$row au$toscale b$ars bor$der box$width cl$abel c$lip cn$trparam co$ntour da$ta
data$file dg$rid3d du$mmy enc$oding dec$imalsign fit$ font$path fo$rmat fu$nction fu$nctions g$rid
hid$den3d his$torysize is$osamples k$ey keyt$itle la$bel li$nestyle ls$ loa$dpath loc$ale log$scale
mac$ros map$ping map$ping3d mar$gin lmar$gin rmar$gin tmar$gin bmar$gin mo$use multi$plot mxt$ics
nomxt$ics mx2t$ics nomx2t$ics myt$ics nomyt$ics my2t$ics nomy2t$ics mzt$ics nomzt$ics mcbt$ics
nomcbt$ics of$fsets or$igin o$utput pa$rametric pm$3d pal$ette colorb$ox p$lot poi$ntsize pol$ar
pr$int obj$ect sa$mples si$ze st$yle su$rface table$ t$erminal termo$ptions ti$cs ticsc$ale
ticsl$evel timef$mt tim$estamp tit$le v$ariables ve$rsion vi$ew xyp$lane xda$ta x2da$ta yda$ta
y2da$ta zda$ta cbda$ta xl$abel x2l$abel yl$abel y2l$abel zl$abel cbl$abel xti$cs noxti$cs x2ti$cs
nox2ti$cs yti$cs noyti$cs y2ti$cs noy2ti$cs zti$cs nozti$cs cbti$cs nocbti$cs xdti$cs noxdti$cs
x2dti$cs nox2dti$cs ydti$cs noydti$cs y2dti$cs noy2dti$cs zdti$cs nozdti$cs cbdti$cs nocbdti$cs
xmti$cs noxmti$cs x2mti$cs nox2mti$cs ymti$cs noymti$cs y2mti$cs noy2mti$cs zmti$cs nozmti$cs
cbmti$cs nocbmti$cs xr$ange x2r$ange yr$ange y2r$ange zr$ange cbr$ange rr$ange tr$ange ur$ange
vr$ange xzeroa$xis x2zeroa$xis yzeroa$xis y2zeroa$xis zzeroa$xis zeroa$xis z$ero`.split(/\s+/);

export const gnuplotLexer: LexerDefinition = {
  name: 'Gnuplot',
  aliases: ['gnuplot'],
  tokens: {
    root: [
      include('whitespace'),
      [shortened('bi$nd'), 'Keyword', 'bind'],
      [shortenedMany('ex$it', 'q$uit'), 'Keyword', 'quit'],
      [shortened('f$it'), 'Keyword', 'fit'],
      [String.raw`(if)(\s*)(\()`, bygroups('Keyword', 'Text', 'Punctuation'), 'if'],
      [String.raw`else\b`, 'Keyword'],
      [shortened('pa$use'), 'Keyword', 'pause'],
      [shortenedMany('p$lot', 'rep$lot', 'sp$lot'), 'Keyword', 'plot'],
      [shortened('sa$ve'), 'Keyword', 'save'],
      [shortened('se$t'), 'Keyword', ['genericargs', 'optionarg']],
      [shortenedMany('sh$ow', 'uns$et'), 'Keyword', ['noargs', 'optionarg']],
      [
        shortenedMany('low$er', 'ra$ise', 'ca$ll', 'cd$', 'cl$ear', 'h$elp', '\\?$', 'hi$story', 'l$oad', 'pr$int', 'pwd$', 're$read', 'res$et', 'scr$eendump', 'she$ll', 'sy$stem', 'up$date'),
        'Keyword',
        'genericargs',
      ],
      [shortenedMany('pwd$', 're$read', 'res$et', 'scr$eendump', 'she$ll', 'test$'), 'Keyword', 'noargs'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(=)`, bygroups('Name.Variable', W, 'Operator'), 'genericargs'],
      [
        String.raw`([a-zA-Z_]\w*)(\s*)(\()(.*?)(\))(\s*)(=)`,
        bygroups('Name.Function', W, 'Punctuation', 'Text', 'Punctuation', W, 'Operator'),
        'genericargs',
      ],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Constant'], // macros
      [';', 'Keyword'],
    ],
    comment: [
      [String.raw`[^\\\n]+`, 'Comment'],
      [String.raw`\\\n`, 'Comment'],
      [String.raw`\\`, 'Comment'],
      // the newline is not the comment's
      defaultState('#pop'),
    ],
    whitespace: [
      ['#', 'Comment', 'comment'],
      [String.raw`[ \t\v\f]+`, W],
    ],
    noargs: [
      include('whitespace'),
      // a semicolon or a newline ends the arguments
      [';', 'Punctuation', '#pop'],
      [String.raw`\n`, W, '#pop'],
    ],
    dqstring: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'], // line continuation
      [String.raw`\\`, 'Literal.String'], // stray backslash
      [String.raw`\n`, W, '#pop'], // a newline ends the string too
    ],
    sqstring: [
      ["''", 'Literal.String'], // escaped single quote
      ["'", 'Literal.String', '#pop'],
      [String.raw`[^\\'\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
      [String.raw`\n`, W, '#pop'],
    ],
    genericargs: [
      include('noargs'),
      ['"', 'Literal.String', 'dqstring'],
      ["'", 'Literal.String', 'sqstring'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+)`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      ['[,.~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[{}()\[\]]`, 'Punctuation'],
      [String.raw`(eq|ne)\b`, 'Operator.Word'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(\()`, bygroups('Name.Function', 'Text', 'Punctuation')],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Constant'], // macros
      [String.raw`(\\)(\n)`, bygroups('Text', W)],
    ],
    optionarg: [include('whitespace'), [shortenedMany(...OPTIONS), 'Name.Builtin', '#pop']],
    bind: [['!', 'Keyword', '#pop'], [shortened('all$windows'), 'Name.Builtin'], include('genericargs')],
    quit: [[String.raw`gnuplot\b`, 'Keyword'], include('noargs')],
    fit: [[String.raw`via\b`, 'Name.Builtin'], include('plot')],
    if: [[String.raw`\)`, 'Punctuation', '#pop'], include('genericargs')],
    pause: [
      [String.raw`(mouse|any|button1|button2|button3)\b`, 'Name.Builtin'],
      [shortened('key$press'), 'Name.Builtin'],
      include('genericargs'),
    ],
    plot: [
      [shortenedMany('ax$es', 'axi$s', 'bin$ary', 'ev$ery', 'i$ndex', 'mat$rix', 's$mooth', 'thru$', 't$itle', 'not$itle', 'u$sing', 'w$ith'), 'Name.Builtin'],
      include('genericargs'),
    ],
    save: [[shortenedMany('f$unctions', 's$et', 't$erminal', 'v$ariables'), 'Name.Builtin'], include('genericargs')],
  },
};

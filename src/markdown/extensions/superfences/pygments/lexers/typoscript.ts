/**
 * Pygments' TypoScriptCssDataLexer, TypoScriptHtmlDataLexer and TypoScriptLexer
 * (pygments/lexers/typoscript.py, Pygments 2.20.0), rule for rule: TYPO3's configuration
 * language, its HTML tags lexed by the HTML data lexer and `_CSS_DEFAULT_STYLE (...)` blocks by
 * the CSS data lexer (markers, constants and registers in them).
 *
 *     page = PAGE   ->   <nb>page</nb> <o>=</o> <nc>PAGE</nc>
 */
import { using } from '../delegation.ts';
import { bygroups, include, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** `{$some.constant}`, as the three lexers read it. */
const CONSTANT: Rule = [
  String.raw`(\{)(\$)((?:[\w\-]+\.)*)([\w\-]+)(\})`,
  bygroups('Literal.String.Symbol', 'Operator', 'Name.Constant', 'Name.Constant', 'Literal.String.Symbol'),
];
/** `###MARK###` inside a line. */
const MARKER: Rule = [String.raw`(.*)(###\w+###)(.*)`, bygroups('Literal.String', 'Name.Constant', 'Literal.String')];
/** `{register:somevalue}` inside a line. */
const REGISTER_IN_LINE: Rule = [
  String.raw`(.*)(\{)([\w\-]+)(\s*:\s*)([\w\-]+)(\})(.*)`,
  bygroups('Literal.String', 'Literal.String.Symbol', 'Name.Constant', 'Operator', 'Name.Constant', 'Literal.String.Symbol', 'Literal.String'),
];
/** A `#` or `//` comment, not right after `#`, `'` or `"`, and not a hex color. */
const LINE_COMMENT: Rule = [String.raw`(?<!(#|\'|"))(?:#(?!(?:[a-fA-F0-9]{6}|[a-fA-F0-9]{3}))[^\n#]+|//[^\n]*)`, 'Comment'];

export const typoScriptCssDataLexer: LexerDefinition = {
  name: 'TypoScriptCssData',
  aliases: ['typoscriptcssdata'],
  tokens: {
    root: [
      MARKER,
      CONSTANT,
      REGISTER_IN_LINE,
      [String.raw`\s+`, 'Text'],
      [String.raw`/\*(?:(?!\*/).)*\*/`, 'Comment'],
      LINE_COMMENT,
      ['[<>,:=.*%+|]', 'Literal.String'],
      [String.raw`[\w"\-!/&;(){}]+`, 'Literal.String'],
    ],
  },
};

export const typoScriptHtmlDataLexer: LexerDefinition = {
  name: 'TypoScriptHtmlData',
  aliases: ['typoscripthtmldata'],
  tokens: {
    root: [
      ['(INCLUDE_TYPOSCRIPT)', 'Name.Class'],
      // a language label or extension resource: FILE:..., LLL:..., EXT:...
      ['(EXT|FILE|LLL):[^}\\n"]*', 'Literal.String'],
      MARKER,
      CONSTANT,
      REGISTER_IN_LINE,
      [String.raw`\s+`, 'Text'],
      ['[<>,:=.*%+|]', 'Literal.String'],
      [String.raw`[\w"\-!/&;(){}#]+`, 'Literal.String'],
    ],
  },
};

export const typoScriptLexer: LexerDefinition = {
  name: 'TypoScript',
  aliases: ['typoscript'],
  flags: 'ms',
  tokens: {
    root: [
      include('comment'),
      include('constant'),
      include('html'),
      include('label'),
      include('whitespace'),
      include('keywords'),
      include('punctuation'),
      include('operator'),
      include('structure'),
      include('literal'),
      include('other'),
    ],
    keywords: [
      // conditions
      [
        String.raw`(?i)(\[)(browser|compatVersion|dayofmonth|dayofweek|dayofyear|` +
          String.raw`device|ELSE|END|GLOBAL|globalString|globalVar|hostname|hour|IP|` +
          String.raw`language|loginUser|loginuser|minute|month|page|PIDinRootline|` +
          String.raw`PIDupinRootline|system|treeLevel|useragent|userFunc|usergroup|` +
          String.raw`version)([^\]]*)(\])`,
        bygroups('Literal.String.Symbol', 'Name.Constant', 'Text', 'Literal.String.Symbol'),
      ],
      // functions
      [
        String.raw`(?=[\w\-])(HTMLparser|HTMLparser_tags|addParams|cache|encapsLines|` +
          String.raw`filelink|if|imageLinkWrap|imgResource|makelinks|numRows|numberFormat|` +
          String.raw`parseFunc|replacement|round|select|split|stdWrap|strPad|tableStyle|` +
          String.raw`tags|textStyle|typolink)(?![\w\-])`,
        'Name.Function',
      ],
      // top-level objects and _*
      [
        String.raw`(?:(=?\s*<?\s+|^\s*))(cObj|field|config|content|constants|FEData|` +
          String.raw`file|frameset|includeLibs|lib|page|plugin|register|resources|sitemap|` +
          String.raw`sitetitle|styles|temp|tt_[^:.\s]*|types|xmlnews|INCLUDE_TYPOSCRIPT|` +
          String.raw`_CSS_DEFAULT_STYLE|_DEFAULT_PI_VARS|_LOCAL_LANG)(?![\w\-])`,
        bygroups('Operator', 'Name.Builtin'),
      ],
      // content objects
      [
        String.raw`(?=[\w\-])(CASE|CLEARGIF|COA|COA_INT|COBJ_ARRAY|COLUMNS|CONTENT|` +
          String.raw`CTABLE|EDITPANEL|FILE|FILES|FLUIDTEMPLATE|FORM|HMENU|HRULER|HTML|` +
          String.raw`IMAGE|IMGTEXT|IMG_RESOURCE|LOAD_REGISTER|MEDIA|MULTIMEDIA|OTABLE|` +
          String.raw`PAGE|QTOBJECT|RECORDS|RESTORE_REGISTER|SEARCHRESULT|SVG|SWFOBJECT|` +
          String.raw`TEMPLATE|TEXT|USER|USER_INT)(?![\w\-])`,
        'Name.Class',
      ],
      // menu states
      [
        String.raw`(?=[\w\-])(ACTIFSUBRO|ACTIFSUB|ACTRO|ACT|CURIFSUBRO|CURIFSUB|CURRO|` +
          String.raw`CUR|IFSUBRO|IFSUB|NO|SPC|USERDEF1RO|USERDEF1|USERDEF2RO|USERDEF2|` +
          String.raw`USRRO|USR)`,
        'Name.Class',
      ],
      // menu objects
      [
        String.raw`(?=[\w\-])(GMENU_FOLDOUT|GMENU_LAYERS|GMENU|IMGMENUITEM|IMGMENU|` +
          String.raw`JSMENUITEM|JSMENU|TMENUITEM|TMENU_LAYERS|TMENU)`,
        'Name.Class',
      ],
      // PHP objects
      [String.raw`(?=[\w\-])(PHP_SCRIPT(_EXT|_INT)?)`, 'Name.Class'],
      [String.raw`(?=[\w\-])(userFunc)(?![\w\-])`, 'Name.Function'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text'],
    ],
    html: [
      [String.raw`<\S[^\n>]*>`, using('typoscripthtmldata')],
      ['&[^;\\n]*;', 'Literal.String'],
      [String.raw`(?s)(_CSS_DEFAULT_STYLE)(\s*)(\()(.*(?=\n\)))`, bygroups('Name.Class', 'Text', 'Literal.String.Symbol', using('typoscriptcssdata'))],
    ],
    literal: [
      ['0x[0-9A-Fa-f]+t?', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`(###\w+###)`, 'Name.Constant'],
    ],
    label: [
      // a language label or extension resource: FILE:..., LLL:..., EXT:...
      ['(EXT|FILE|LLL):[^}\\n"]*', 'Literal.String'],
      // a path to a resource
      [String.raw`(?![^\w\-])([\w\-]+(?:/[\w\-]+)+/?)(\S*\n)`, bygroups('Literal.String', 'Literal.String')],
    ],
    punctuation: [
      ['[,.]', 'Punctuation'],
    ],
    operator: [
      ['[<>,:=.*%+|]', 'Operator'],
    ],
    structure: [
      // brackets and braces
      [String.raw`[{}()\[\]\\]`, 'Literal.String.Symbol'],
    ],
    constant: [
      // {$some.constant}
      CONSTANT,
      // {register:somevalue}
      [String.raw`(\{)([\w\-]+)(\s*:\s*)([\w\-]+)(\})`, bygroups('Literal.String.Symbol', 'Name.Constant', 'Operator', 'Name.Constant', 'Literal.String.Symbol')],
      // a hex color: #ff0077
      [String.raw`(#[a-fA-F0-9]{6}\b|#[a-fA-F0-9]{3}\b)`, 'Literal.String.Char'],
    ],
    comment: [
      LINE_COMMENT,
      [String.raw`/\*(?:(?!\*/).)*\*/`, 'Comment'],
      [String.raw`(\s*#\s*\n)`, 'Comment'],
    ],
    other: [
      [String.raw`[\w"\-!/&;]+`, 'Text'],
    ],
  },
};

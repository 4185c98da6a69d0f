/**
 * Pygments' WikitextLexer (pygments/lexers/markup.py, Pygments 2.20), rule for rule: MediaWiki
 * markup (headings, lists, bold and italic runs, links, templates, parameters, tables, tags).
 * `<syntaxhighlight lang=...>` bodies go to that language's lexer, `<math>` to TeX's math
 * state, `<templatedata>` to JSON, `<score>` to LilyPond.
 *
 *     == Title ==   ->   <gu>==</gu><gu> Title </gu><gu>==</gu><w>\n</w>
 */
import { bygroups, defaultState, include, words, type Callback, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { using } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';

// The sets Pygments joins with `|`: their order never changes a match (each alternative is
// followed by `\b`, `:` or `}}`), so they are written in the source's order.
const DOUBLE_SLASHES_I = ['__FORCETOC__', '__NOCONTENTCONVERT__', '__NOCC__', '__NOEDITSECTION__', '__NOGALLERY__', '__NOTITLECONVERT__', '__NOTC__', '__NOTOC__', '__TOC__'];
const DOUBLE_SLASHES = [
  '__EXPECTUNUSEDCATEGORY__', '__HIDDENCAT__', '__INDEX__', '__NEWSECTIONLINK__', '__NOINDEX__', '__NONEWSECTIONLINK__',
  '__STATICREDIRECT__', '__NOGLOBAL__', '__DISAMBIG__', '__EXPECTED_UNCONNECTED_PAGE__',
];
const PROTOCOLS = [
  'bitcoin:', 'ftp://', 'ftps://', 'geo:', 'git://', 'gopher://', 'http://', 'https://', 'irc://', 'ircs://', 'magnet:',
  'mailto:', 'mms://', 'news:', 'nntp://', 'redis://', 'sftp://', 'sip:', 'sips:', 'sms:', 'ssh://', 'svn://', 'tel:',
  'telnet://', 'urn:', 'worldwind://', 'xmpp:', '//',
];
const HTML_TAGS = [
  'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'data', 'dd', 'del', 'dfn',
  'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'link', 'mark',
  'meta', 'ol', 'p', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'table', 'td', 'th', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];
const PARSER_TAGS = [
  'graph', 'charinsert', 'rss', 'chem', 'categorytree', 'nowiki', 'inputbox', 'math', 'hiero', 'score', 'pre', 'ref',
  'translate', 'imagemap', 'templatestyles', 'languages', 'noinclude', 'mapframe', 'section', 'poem', 'syntaxhighlight',
  'includeonly', 'tvar', 'onlyinclude', 'templatedata', 'langconvert', 'timeline', 'dynamicpagelist', 'gallery',
  'maplink', 'ce', 'references',
];
/** LanguageConverter's variants (ZhConverter.php and the others). */
const VARIANT_LANGS = [
  'zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw', 'wuu', 'wuu-hans', 'wuu-hant', 'uz',
  'uz-latn', 'uz-cyrl', 'tly', 'tly-cyrl', 'tg', 'tg-latn', 'sr', 'sr-ec', 'sr-el', 'shi', 'shi-tfng', 'shi-latn',
  'sh-latn', 'sh-cyrl', 'ku', 'ku-arab', 'ku-latn', 'iu', 'ike-cans', 'ike-latn', 'gan', 'gan-hans', 'gan-hant', 'en',
  'en-x-piglatin', 'crh', 'crh-cyrl', 'crh-latn', 'ban', 'ban-bali', 'ban-x-dharma', 'ban-x-palmleaf', 'ban-x-pku',
];
const MAGIC_VARS_I = ['ARTICLEPATH', 'INT', 'PAGEID', 'SCRIPTPATH', 'SERVER', 'SERVERNAME', 'STYLEPATH'];
const MAGIC_VARS = [
  '!', '=', 'BASEPAGENAME', 'BASEPAGENAMEE', 'CASCADINGSOURCES', 'CONTENTLANGUAGE', 'CONTENTLANG', 'CURRENTDAY',
  'CURRENTDAY2', 'CURRENTDAYNAME', 'CURRENTDOW', 'CURRENTHOUR', 'CURRENTMONTH', 'CURRENTMONTH2', 'CURRENTMONTH1',
  'CURRENTMONTHABBREV', 'CURRENTMONTHNAME', 'CURRENTMONTHNAMEGEN', 'CURRENTTIME', 'CURRENTTIMESTAMP', 'CURRENTVERSION',
  'CURRENTWEEK', 'CURRENTYEAR', 'DIRECTIONMARK', 'DIRMARK', 'FULLPAGENAME', 'FULLPAGENAMEE', 'LOCALDAY', 'LOCALDAY2',
  'LOCALDAYNAME', 'LOCALDOW', 'LOCALHOUR', 'LOCALMONTH', 'LOCALMONTH2', 'LOCALMONTH1', 'LOCALMONTHABBREV',
  'LOCALMONTHNAME', 'LOCALMONTHNAMEGEN', 'LOCALTIME', 'LOCALTIMESTAMP', 'LOCALWEEK', 'LOCALYEAR', 'NAMESPACE',
  'NAMESPACEE', 'NAMESPACENUMBER', 'NUMBEROFACTIVEUSERS', 'NUMBEROFADMINS', 'NUMBEROFARTICLES', 'NUMBEROFEDITS',
  'NUMBEROFFILES', 'NUMBEROFPAGES', 'NUMBEROFUSERS', 'PAGELANGUAGE', 'PAGENAME', 'PAGENAMEE', 'REVISIONDAY',
  'REVISIONDAY2', 'REVISIONID', 'REVISIONMONTH', 'REVISIONMONTH1', 'REVISIONSIZE', 'REVISIONTIMESTAMP', 'REVISIONUSER',
  'REVISIONYEAR', 'ROOTPAGENAME', 'ROOTPAGENAMEE', 'SITENAME', 'SUBJECTPAGENAME', 'ARTICLEPAGENAME', 'SUBJECTPAGENAMEE',
  'ARTICLEPAGENAMEE', 'SUBJECTSPACE', 'ARTICLESPACE', 'SUBJECTSPACEE', 'ARTICLESPACEE', 'SUBPAGENAME', 'SUBPAGENAMEE',
  'TALKPAGENAME', 'TALKPAGENAMEE', 'TALKSPACE', 'TALKSPACEE',
];
/** Already regex pieces, as in Pygments (`\#LANGUAGE`). */
const PARSER_FUNCTIONS_I = [
  'ANCHORENCODE', 'BIDI', 'CANONICALURL', 'CANONICALURLE', 'FILEPATH', 'FORMATNUM', 'FULLURL', 'FULLURLE', 'GENDER',
  'GRAMMAR', 'INT', String.raw`\#LANGUAGE`, 'LC', 'LCFIRST', 'LOCALURL', 'LOCALURLE', 'NS', 'NSE', 'PADLEFT', 'PADRIGHT',
  'PAGEID', 'PLURAL', 'UC', 'UCFIRST', 'URLENCODE',
];
const PARSER_FUNCTIONS = [
  'BASEPAGENAME', 'BASEPAGENAMEE', 'CASCADINGSOURCES', 'DEFAULTSORT', 'DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT',
  'FULLPAGENAME', 'FULLPAGENAMEE', 'NAMESPACE', 'NAMESPACEE', 'NAMESPACENUMBER', 'NUMBERINGROUP', 'NUMINGROUP',
  'NUMBEROFACTIVEUSERS', 'NUMBEROFADMINS', 'NUMBEROFARTICLES', 'NUMBEROFEDITS', 'NUMBEROFFILES', 'NUMBEROFPAGES',
  'NUMBEROFUSERS', 'PAGENAME', 'PAGENAMEE', 'PAGESINCATEGORY', 'PAGESINCAT', 'PAGESIZE', 'PROTECTIONEXPIRY',
  'PROTECTIONLEVEL', 'REVISIONDAY', 'REVISIONDAY2', 'REVISIONID', 'REVISIONMONTH', 'REVISIONMONTH1',
  'REVISIONTIMESTAMP', 'REVISIONUSER', 'REVISIONYEAR', 'ROOTPAGENAME', 'ROOTPAGENAMEE', 'SUBJECTPAGENAME',
  'ARTICLEPAGENAME', 'SUBJECTPAGENAMEE', 'ARTICLEPAGENAMEE', 'SUBJECTSPACE', 'ARTICLESPACE', 'SUBJECTSPACEE',
  'ARTICLESPACEE', 'SUBPAGENAME', 'SUBPAGENAMEE', 'TALKPAGENAME', 'TALKPAGENAMEE', 'TALKSPACE', 'TALKSPACEE', 'INT',
  'DISPLAYTITLE', 'PAGESINNAMESPACE', 'PAGESINNS',
];

// Characters of a page title (a-z left out: the patterns using it are all case-insensitive).
const TITLE_CHAR = String.raw` %!"$&\'()*,\-./0-9:;=?@A-Z\\\^_` + '`' + String.raw`~+\u0080-\uFFFF`;
const NBSP_CHAR = String.raw`(?:\t|&nbsp;|&\#0*160;|&\#[Xx]0*[Aa]0;|[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000])`;
const LINK_ADDRESS = String.raw`(?:[0-9.]+|\[[0-9a-f:.]+\]|[^\x00-\x20"<>\[\]\x7F\xA0\u1680\u2000-\u200A\u202F\u205F\u3000\uFFFD])`;
const LINK_CHAR_CLASS = String.raw`[^\x00-\x20"<>\[\]\x7F\xA0\u1680\u2000-\u200A\u202F\u205F\u3000\uFFFD]`;
const PROTOCOL = PROTOCOLS.join('|');
const VARIANTS = VARIANT_LANGS.join('|');

/** `using(this, state=[...])`: the match lexed again from exactly this stack. */
function usingStack(...stack: string[]): Callback {
  return function* (lexer, match) {
    for (const [index, type, value] of lexer.tokensUnprocessed(match.text, stack)) yield [index + match.start, type, value];
  };
}
const ATTR = usingStack('root', 'attr');

/** Words, runs of blanks and any other character, all one token type. */
const textRules = (token: TokenType): Rule[] => [
  [String.raw`\w+`, token],
  [String.raw`[^\S\n]+`, token],
  ['(?s).', token],
];

/** Inside `<nowiki>` and `<pre>`: entities and text up to the closing tag. */
const nowikiTagRules = (tag: string): Rule[] => [
  [String.raw`(?i)(</)(${tag})(\s*)(>)`, bygroups('Punctuation', 'Name.Tag', 'Text.Whitespace', 'Punctuation'), '#pop'],
  include('entity'),
  include('text'),
];

/** Tags whose body is plain text up to the closing tag. */
const plaintextTagRules = (tag: string): Rule[] => [
  [String.raw`(?si)(.*?)(</)(${tag})(\s*)(>)`, bygroups('Text', 'Punctuation', 'Name.Tag', 'Text.Whitespace', 'Punctuation'), '#pop'],
];

/** Tags whose body another lexer reads (TeX's math, JSON). */
const delegateTagRules = (tag: string, alias: string, state?: string): Rule[] => [
  [String.raw`(?i)(</)(${tag})(\s*)(>)`, bygroups('Punctuation', 'Name.Tag', 'Text.Whitespace', 'Punctuation'), '#pop'],
  [String.raw`(?si).+?(?=</${tag}\s*>)`, using(alias, state)],
];

/** Python's `s[start:end]` for the small negative starts the tag-end search uses. */
function pySlice(text: string, start: number, end: number): string {
  const at = (index: number): number => (index < 0 ? Math.max(0, text.length + index) : Math.min(index, text.length));
  return text.slice(at(start), at(end));
}

/** Where the attributes end: the first `>` that does not close a `-->` comment (-1 if none). */
function tagEnd(content: string): number {
  let start = 0;
  for (;;) {
    const index = content.indexOf('>', start);
    // Pygments searches on forever when the text ends in `--` plus one character with no `>`
    // left (its loop never stops); here that case ends like any other with no `>`.
    if (index === -1 || pySlice(content, index - 2, index) !== '--') return index;
    start = index + 1;
  }
}

/** `re.findall(r'\blang=("|\'|)(\w+)(\1)', attr)`, with Python's Unicode `\b` and `\w`. */
const LANG = new RegExp(pythonRegExp(String.raw`\blang=("|'|)(\w+)(\1)`, '', false).source, 'gv');

/**
 * `handle_syntaxhighlight` and `handle_score`: a tag's attributes lexed in the `attr` state, its
 * `>`, then the body lexed by the lexer its last `lang=` names (`fallback` without one), as text
 * when there is no such lexer.
 */
function handleTagBody(fallback?: string): Callback {
  return function* (lexer, match) {
    const content = match.text;
    const index = tagEnd(content);
    if (index === -1) {
      yield* ATTR(lexer, match);
      return;
    }
    const attr = content.slice(0, index);
    yield* ATTR(lexer, { ...match, text: attr });
    yield [match.start + index, 'Punctuation', '>'];
    const body = content.slice(index + 1);
    const lang = [...attr.matchAll(LANG)].at(-1)?.[2] ?? fallback;
    // <score> takes only `lilypond` (case-sensitive); ABC has no lexer in Pygments either
    const other = lang === undefined || (fallback !== undefined && lang !== fallback) ? undefined : lexer.byName(lang);
    if (other === undefined) {
      if (body !== '') yield [match.start + index + 1, 'Text', body];
      return;
    }
    for (const [at, type, value] of other.tokensUnprocessed(body)) yield [match.start + index + 1 + at, type, value];
  };
}

/** `<tag ... />`, the self-closing form of the tags above. */
const selfClosing = (tag: string): Rule => [
  String.raw`(?i)(<)(${tag})\b(\s*?)((?:[^>]|-->)*?)(/\s*?(?<!--)>)`,
  bygroups('Punctuation', 'Name.Tag', 'Text.Whitespace', ATTR, 'Punctuation'),
];
const closingTag = (tag: string): Rule => [String.raw`(?i)(</)(${tag})\b(\s*)(>)`, bygroups('Punctuation', 'Name.Tag', 'Text.Whitespace', 'Punctuation')];
/** `<tag` of a tag with its own body state. */
const openingTag = (tag: string, state: string): Rule => [String.raw`(?i)(<)(${tag})\b`, bygroups('Punctuation', 'Name.Tag'), [state, 'tag-inner']];

/** What a `[[...]]` link holds before its `|` or `]]`, shared by the two wikilink rules. */
const WIKILINK = String.raw`
  (\[\[)(?!${PROTOCOL}) # Should not contain URLs
    (?: ([${TITLE_CHAR.replaceAll('/', '')}]*) (:))?
    ((?: [${TITLE_CHAR}] | \{{2,3}[^{}]*?\}{2,3} | <!--[\s\S]*?--> )*?)
    (?: (\#) ([${TITLE_CHAR}#]*?) )?
`;
const WIKILINK_NAME = usingStack('wikilink-name');
/** A quoted run's state and the kinds of text it may hold, for the four bold/italic states. */
const quoteEnd = (type: TokenType, state?: string): Rule => [`'''(?!')`, type, state === undefined ? '#pop' : ['#pop', state]];
/** Table cells and headers: attributes before a single `|` (no link, template or tag). */
const CELL_ATTRS = String.raw`(?: ( (?: (?! \[\[ | \{\{ )[^|\n<] )*? )(\|)(?!\|) )?`;

export const wikitextLexer: LexerDefinition = {
  name: 'Wikitext',
  aliases: ['wikitext', 'mediawiki'],
  tokens: {
    root: [
      // Redirects
      [
        String.raw`(?xi)
          (\A\s*?)(\#REDIRECT:?) # may contain a colon
          (\s+)(\[\[) (?=[^\]\n]* \]\]$)
        `,
        bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Punctuation'),
        'redirect-inner',
      ],
      // Subheadings
      [String.raw`^(={2,6})(.+?)(\1)(\s*$\n)`, bygroups('Generic.Subheading', 'Generic.Subheading', 'Generic.Subheading', 'Text.Whitespace')],
      // Headings
      [String.raw`^(=.+?=)(\s*$\n)`, bygroups('Generic.Heading', 'Text.Whitespace')],
      // Double-slashed magic words
      [words(DOUBLE_SLASHES_I, '(?i)'), 'Name.Function.Magic'],
      [words(DOUBLE_SLASHES), 'Name.Function.Magic'],
      // Raw URLs
      [String.raw`(?i)\b(?:${PROTOCOL})${LINK_ADDRESS}${LINK_CHAR_CLASS}*`, 'Name.Label'],
      // Magic links
      [String.raw`\b(?:RFC|PMID)${NBSP_CHAR}+[0-9]+\b`, 'Name.Function.Magic'],
      [
        String.raw`(?x)
          \bISBN ${NBSP_CHAR}
          (?: 97[89] (?:-|${NBSP_CHAR})? )?
          (?: [0-9] (?:-|${NBSP_CHAR})? ){9}
          [0-9Xx]\b
        `,
        'Name.Function.Magic',
      ],
      include('list'),
      include('inline'),
      include('text'),
    ],
    'redirect-inner': [
      [String.raw`(\]\])(\s*?\n)`, bygroups('Punctuation', 'Text.Whitespace'), '#pop'],
      [String.raw`(\#)([^#]*?)`, bygroups('Punctuation', 'Name.Label')],
      [`(?i)[${TITLE_CHAR}]+`, 'Name.Tag'],
    ],
    list: [
      // Description lists
      ['^;', 'Keyword', 'dt'],
      // Ordered lists, unordered lists and indents
      ['^[#:*]+', 'Keyword'],
      // Horizontal rules
      ['^-{4,}', 'Keyword'],
    ],
    inline: [
      // Signatures
      ['~{3,5}', 'Keyword'],
      include('entity'),
      // Bold & italic
      [`('')(''')(?!')`, bygroups('Generic.Emph', 'Generic.EmphStrong'), 'inline-italic-bold'],
      [`'''(?!')`, 'Generic.Strong', 'inline-bold'],
      [`''(?!')`, 'Generic.Emph', 'inline-italic'],
      // Comments & parameters & templates
      include('replaceable'),
      // Media links
      [
        String.raw`(?xi)
          (\[\[)
            (File|Image) (:)
            ((?: [${TITLE_CHAR}] | \{{2,3}[^{}]*?\}{2,3} | <!--[\s\S]*?--> )*)
            (?: (\#) ([${TITLE_CHAR}#]*?) )?
        `,
        bygroups('Punctuation', 'Name.Namespace', 'Punctuation', WIKILINK_NAME, 'Punctuation', 'Name.Label'),
        'medialink-inner',
      ],
      // Wikilinks
      [
        `(?xi)${WIKILINK}(\\]\\])`,
        bygroups('Punctuation', 'Name.Namespace', 'Punctuation', WIKILINK_NAME, 'Punctuation', 'Name.Label', 'Punctuation'),
      ],
      [
        `(?xi)${WIKILINK}(\\|)`,
        bygroups('Punctuation', 'Name.Namespace', 'Punctuation', WIKILINK_NAME, 'Punctuation', 'Name.Label', 'Punctuation'),
        'wikilink-inner',
      ],
      // External links
      [
        String.raw`(?xi)
          (\[)
            ((?:${PROTOCOL}) ${LINK_ADDRESS} ${LINK_CHAR_CLASS}*)
            (\s*)
        `,
        bygroups('Punctuation', 'Name.Label', 'Text.Whitespace'),
        'extlink-inner',
      ],
      // Tables
      [String.raw`^(:*)(\s*?)(\{\|)([^\n]*)$`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation', ATTR), 'table'],
      // HTML tags
      [String.raw`(?i)(<)(${HTML_TAGS.join('|')})\b`, bygroups('Punctuation', 'Name.Tag'), 'tag-inner-ordinary'],
      closingTag(HTML_TAGS.join('|')),
      openingTag('nowiki', 'tag-nowiki'),
      openingTag('pre', 'tag-pre'),
      openingTag('categorytree', 'tag-categorytree'),
      openingTag('hiero', 'tag-hiero'),
      openingTag('math', 'tag-math'),
      openingTag('chem', 'tag-chem'),
      openingTag('ce', 'tag-ce'),
      openingTag('charinsert', 'tag-charinsert'),
      openingTag('templatedata', 'tag-templatedata'),
      openingTag('gallery', 'tag-gallery'),
      // Pygments' <graph> rule matches `gallery` again (so never applies); kept as written
      openingTag('gallery', 'tag-graph'),
      openingTag('dynamicpagelist', 'tag-dynamicpagelist'),
      openingTag('inputbox', 'tag-inputbox'),
      openingTag('rss', 'tag-rss'),
      openingTag('imagemap', 'tag-imagemap'),
      // <syntaxhighlight>, then its self-closing form
      closingTag('syntaxhighlight'),
      [String.raw`(?si)(<)(syntaxhighlight)\b([^>]*?(?<!/)>.*?)(?=</\2\s*>)`, bygroups('Punctuation', 'Name.Tag', handleTagBody())],
      selfClosing('syntaxhighlight'),
      // <source>
      closingTag('source'),
      [String.raw`(?si)(<)(source)\b([^>]*?(?<!/)>.*?)(?=</\2\s*>)`, bygroups('Punctuation', 'Name.Tag', handleTagBody())],
      selfClosing('source'),
      // <score>
      closingTag('score'),
      [String.raw`(?si)(<)(score)\b([^>]*?(?<!/)>.*?)(?=</\2\s*>)`, bygroups('Punctuation', 'Name.Tag', handleTagBody('lilypond'))],
      selfClosing('score'),
      // Other parser tags
      [String.raw`(?i)(<)(${PARSER_TAGS.join('|')})\b`, bygroups('Punctuation', 'Name.Tag'), 'tag-inner-ordinary'],
      closingTag(PARSER_TAGS.join('|')),
      // LanguageConverter markups
      [
        String.raw`(?xi)
          (-\{)
            ([^|]) (\|)
            (?:
              (?: ([^;]*?) (=>))?
              (\s* (?:${VARIANTS}) \s*) (:)
            )?
        `,
        bygroups('Punctuation', 'Keyword', 'Punctuation', usingStack('root', 'lc-raw'), 'Operator', 'Name.Label', 'Punctuation'),
        'lc-inner',
      ],
      // LanguageConverter markups: composite conversion grammar
      [
        String.raw`(?xi)
          (-\{)
            ([a-z\s;-]*?) (\|)
        `,
        bygroups('Punctuation', usingStack('root', 'lc-flag'), 'Punctuation'),
        'lc-raw',
      ],
      // LanguageConverter markups: fallbacks
      [
        String.raw`(?xi)
          (-\{) (?!\{)
            (?: (\s* (?:${VARIANTS}) \s*) (:))?
        `,
        bygroups('Punctuation', 'Name.Label', 'Punctuation'),
        'lc-inner',
      ],
    ],
    'wikilink-name': [
      include('replaceable'),
      ['[^{<]+', 'Name.Tag'],
      ['(?s).', 'Name.Tag'],
    ],
    'wikilink-inner': [
      // Quit in case of another wikilink
      [String.raw`(?=\[\[)`, 'Punctuation', '#pop'],
      [String.raw`\]\]`, 'Punctuation', '#pop'],
      include('inline'),
      include('text'),
    ],
    'medialink-inner': [
      [String.raw`\]\]`, 'Punctuation', '#pop'],
      [String.raw`(\|)([^\n=|]*)(=)`, bygroups('Punctuation', 'Name.Attribute', 'Operator')],
      [String.raw`\|`, 'Punctuation'],
      include('inline'),
      include('text'),
    ],
    'quote-common': [
      // Quit in case of link/template endings
      [String.raw`(?=\]\]|\{\{|\}\})`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text', '#pop'],
    ],
    'inline-italic': [
      include('quote-common'),
      [`('')(''')(?!')`, bygroups('Generic.Emph', 'Generic.Strong'), ['#pop', 'inline-bold']],
      quoteEnd('Generic.EmphStrong', 'inline-italic-bold'),
      [`''(?!')`, 'Generic.Emph', '#pop'],
      include('inline'),
      include('text-italic'),
    ],
    'inline-bold': [
      include('quote-common'),
      [`(''')('')(?!')`, bygroups('Generic.Strong', 'Generic.Emph'), ['#pop', 'inline-italic']],
      quoteEnd('Generic.Strong'),
      [`''(?!')`, 'Generic.EmphStrong', ['#pop', 'inline-bold-italic']],
      include('inline'),
      include('text-bold'),
    ],
    'inline-bold-italic': [
      include('quote-common'),
      [`('')(''')(?!')`, bygroups('Generic.EmphStrong', 'Generic.Strong'), '#pop'],
      quoteEnd('Generic.EmphStrong', 'inline-italic'),
      [`''(?!')`, 'Generic.EmphStrong', ['#pop', 'inline-bold']],
      include('inline'),
      include('text-bold-italic'),
    ],
    'inline-italic-bold': [
      include('quote-common'),
      [`(''')('')(?!')`, bygroups('Generic.EmphStrong', 'Generic.Emph'), '#pop'],
      quoteEnd('Generic.EmphStrong', 'inline-italic'),
      [`''(?!')`, 'Generic.EmphStrong', ['#pop', 'inline-bold']],
      include('inline'),
      include('text-bold-italic'),
    ],
    'lc-flag': [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';', 'Punctuation'],
      ...textRules('Keyword'),
    ],
    'lc-inner': [
      [
        String.raw`(?xi)
          (;)
          (?: ([^;]*?) (=>))?
          (\s* (?:${VARIANTS}) \s*) (:)
        `,
        bygroups('Punctuation', usingStack('root', 'lc-raw'), 'Operator', 'Name.Label', 'Punctuation'),
      ],
      [String.raw`;?\s*?\}-`, 'Punctuation', '#pop'],
      include('inline'),
      include('text'),
    ],
    'lc-raw': [
      [String.raw`\}-`, 'Punctuation', '#pop'],
      include('inline'),
      include('text'),
    ],
    replaceable: [
      // Comments
      [String.raw`<!--[\s\S]*?(?:-->|\Z)`, 'Comment.Multiline'],
      // Parameters
      [
        String.raw`(?x)
          (\{{3})
            ([^|]*?)
            (?=\}{3}|\|)
        `,
        bygroups('Punctuation', 'Name.Variable'),
        'parameter-inner',
      ],
      // Magic variables
      [String.raw`(?i)(\{\{)(\s*)(${MAGIC_VARS_I.join('|')})(\s*)(\}\})`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Punctuation')],
      [String.raw`(\{\{)(\s*)(${MAGIC_VARS.join('|')})(\s*)(\}\})`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Punctuation')],
      // Parser functions & templates
      [String.raw`\{\{`, 'Punctuation', 'template-begin-space'],
      // <tvar> legacy syntax
      [String.raw`(?i)(<)(tvar)\b(\|)([^>]*?)(>)`, bygroups('Punctuation', 'Name.Tag', 'Punctuation', 'Literal.String', 'Punctuation')],
      ['</>', 'Punctuation', '#pop'],
      // <tvar>
      [String.raw`(?i)(<)(tvar)\b`, bygroups('Punctuation', 'Name.Tag'), 'tag-inner-ordinary'],
      closingTag('tvar'),
    ],
    'parameter-inner': [
      [String.raw`\}{3}`, 'Punctuation', '#pop'],
      [String.raw`\|`, 'Punctuation'],
      include('inline'),
      include('text'),
    ],
    'template-begin-space': [
      // Templates allow line breaks at the beginning, and due to how MediaWiki handles comments,
      // an extra state is required to handle things like {{\n<!---->\n name}}
      [String.raw`<!--[\s\S]*?(?:-->|\Z)`, 'Comment.Multiline'],
      [String.raw`\s+`, 'Text.Whitespace'],
      // Parser functions
      [String.raw`(?i)(\#[${TITLE_CHAR}]*?|${PARSER_FUNCTIONS_I.join('|')})(:)`, bygroups('Name.Function', 'Punctuation'), ['#pop', 'template-inner']],
      [`(${PARSER_FUNCTIONS.join('|')})(:)`, bygroups('Name.Function', 'Punctuation'), ['#pop', 'template-inner']],
      // Templates
      [`(?i)([${TITLE_CHAR}]*?)(:)`, bygroups('Name.Namespace', 'Punctuation'), ['#pop', 'template-name']],
      defaultState(['#pop', 'template-name']),
    ],
    'template-name': [
      [String.raw`(\s*?)(\|)`, bygroups('Text', 'Punctuation'), ['#pop', 'template-inner']],
      [String.raw`\}\}`, 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text', '#pop'],
      include('replaceable'),
      ...textRules('Name.Tag'),
    ],
    'template-inner': [
      [String.raw`\}\}`, 'Punctuation', '#pop'],
      [String.raw`\|`, 'Punctuation'],
      [
        String.raw`(?x)
          (?<=\|)
          ( (?: (?! \{\{ | \}\} )[^=\|<])*? ) # Exclude templates and tags
          (=)
        `,
        bygroups('Name.Label', 'Operator'),
      ],
      include('inline'),
      include('text'),
    ],
    table: [
      // [ \t\n\r\0\x0B] rather than \s: PHP trim()'s characters. Endings
      [String.raw`^([ \t\n\r\0\x0B]*?)(\|\})`, bygroups('Text.Whitespace', 'Punctuation'), '#pop'],
      // Table rows
      [String.raw`^([ \t\n\r\0\x0B]*?)(\|-+)(.*)$`, bygroups('Text.Whitespace', 'Punctuation', ATTR)],
      // Captions
      [
        String.raw`(?x)
          ^([ \t\n\r\0\x0B]*?)(\|\+)
          # Exclude links, template and tags
          (?: ( (?: (?! \[\[ | \{\{ )[^|\n<] )*? )(\|) )?
          (.*?)$
        `,
        bygroups('Text.Whitespace', 'Punctuation', ATTR, 'Punctuation', 'Generic.Heading'),
      ],
      // Table data
      [
        String.raw`(?x)
          ( ^(?:[ \t\n\r\0\x0B]*?)\| | \|\| )
          ${CELL_ATTRS}
        `,
        bygroups('Punctuation', ATTR, 'Punctuation'),
      ],
      // Table headers
      [
        String.raw`(?x)
          ( ^(?:[ \t\n\r\0\x0B]*?)!  )
          ${CELL_ATTRS}
        `,
        bygroups('Punctuation', ATTR, 'Punctuation'),
        'table-header',
      ],
      include('list'),
      include('inline'),
      include('text'),
    ],
    'table-header': [
      // Requires another state for || handling inside headers
      [String.raw`\n`, 'Text', '#pop'],
      [
        String.raw`(?x)
          (!!|\|\|)
          (?:
            ( (?: (?! \[\[ | \{\{ )[^|\n<] )*? )
            (\|)(?!\|)
          )?
        `,
        bygroups('Punctuation', ATTR, 'Punctuation'),
      ],
      ...textRules('Generic.Subheading'),
    ],
    entity: [[String.raw`&\S*?;`, 'Name.Entity']],
    dt: [
      [String.raw`\n`, 'Text', '#pop'],
      include('inline'),
      [':', 'Keyword', '#pop'],
      include('text'),
    ],
    'extlink-inner': [
      [String.raw`\]`, 'Punctuation', '#pop'],
      include('inline'),
      include('text'),
    ],
    'nowiki-ish': [include('entity'), include('text')],
    attr: [
      include('replaceable'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(=)(\s*)(")`, bygroups('Operator', 'Text.Whitespace', 'Literal.String.Double'), 'attr-val-2'],
      [String.raw`(=)(\s*)(')`, bygroups('Operator', 'Text.Whitespace', 'Literal.String.Single'), 'attr-val-1'],
      [String.raw`(=)(\s*)`, bygroups('Operator', 'Text.Whitespace'), 'attr-val-0'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
    ],
    'attr-val-0': [[String.raw`\s`, 'Text.Whitespace', '#pop'], include('replaceable'), ...textRules('Literal.String')],
    'attr-val-1': [["'", 'Literal.String.Single', '#pop'], include('replaceable'), ...textRules('Literal.String.Single')],
    'attr-val-2': [['"', 'Literal.String.Double', '#pop'], include('replaceable'), ...textRules('Literal.String.Double')],
    'tag-inner-ordinary': [
      [String.raw`/?\s*>`, 'Punctuation', '#pop'],
      include('tag-attr'),
    ],
    'tag-inner': [
      // Return to root state for self-closing tags
      [String.raw`/\s*>`, 'Punctuation', '#pop:2'],
      [String.raw`\s*>`, 'Punctuation', '#pop'],
      include('tag-attr'),
    ],
    // Like the attr states, but they quit at a tag's closing markup
    'tag-attr': [
      include('replaceable'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(=)(\s*)(")`, bygroups('Operator', 'Text.Whitespace', 'Literal.String.Double'), 'tag-attr-val-2'],
      [String.raw`(=)(\s*)(')`, bygroups('Operator', 'Text.Whitespace', 'Literal.String.Single'), 'tag-attr-val-1'],
      [String.raw`(=)(\s*)`, bygroups('Operator', 'Text.Whitespace'), 'tag-attr-val-0'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
    ],
    'tag-attr-val-0': [[String.raw`\s`, 'Text.Whitespace', '#pop'], ['/?>', 'Punctuation', '#pop:2'], include('replaceable'), ...textRules('Literal.String')],
    'tag-attr-val-1': [["'", 'Literal.String.Single', '#pop'], ['/?>', 'Punctuation', '#pop:2'], include('replaceable'), ...textRules('Literal.String.Single')],
    'tag-attr-val-2': [['"', 'Literal.String.Double', '#pop'], ['/?>', 'Punctuation', '#pop:2'], include('replaceable'), ...textRules('Literal.String.Double')],
    'tag-nowiki': nowikiTagRules('nowiki'),
    'tag-pre': nowikiTagRules('pre'),
    'tag-categorytree': plaintextTagRules('categorytree'),
    'tag-dynamicpagelist': plaintextTagRules('dynamicpagelist'),
    'tag-hiero': plaintextTagRules('hiero'),
    'tag-inputbox': plaintextTagRules('inputbox'),
    'tag-imagemap': plaintextTagRules('imagemap'),
    'tag-charinsert': plaintextTagRules('charinsert'),
    'tag-timeline': plaintextTagRules('timeline'),
    'tag-gallery': plaintextTagRules('gallery'),
    'tag-graph': plaintextTagRules('graph'),
    'tag-rss': plaintextTagRules('rss'),
    'tag-math': delegateTagRules('math', 'tex', 'math'),
    'tag-chem': delegateTagRules('chem', 'tex', 'math'),
    'tag-ce': delegateTagRules('ce', 'tex', 'math'),
    'tag-templatedata': delegateTagRules('templatedata', 'json'),
    'text-italic': textRules('Generic.Emph'),
    'text-bold': textRules('Generic.Strong'),
    'text-bold-italic': textRules('Generic.EmphStrong'),
    text: textRules('Text'),
  },
};

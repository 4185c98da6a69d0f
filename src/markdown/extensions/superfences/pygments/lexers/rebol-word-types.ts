/**
 * The `word_callback` of Pygments' RebolLexer and RedLexer (pygments/lexers/rebol.py, Pygments
 * 2.20): a word's type is that of the first pattern that matches it from its start (`re.match`,
 * case-sensitive: the lexers' re.IGNORECASE is not passed on), else `Name.Variable`.
 *
 *     REBOL_WORDS: `print` -> Name.Builtin, `to-string` -> Keyword, `x:` -> Generic.Subheading
 */
import { pythonRegExp } from '../python-regex.ts';
import type { Callback } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

type WordRule = readonly [pattern: string, type: TokenType];

/** The callback that types a word by the first of `rules` it matches. */
function wordCallback(rules: readonly WordRule[]): Callback {
  const compiled = rules.map(([pattern, type]) => [pythonRegExp(pattern, '', false), type] as const);
  return function* (_lexer, match) {
    const word = match.text;
    const found = compiled.find(([regex]) => {
      regex.lastIndex = 0;
      return regex.test(word);
    });
    yield [match.start, found?.[1] ?? 'Name.Variable', word];
  };
}

export const rebolWord = wordCallback([
  ['.*:$', 'Generic.Subheading'],
  [String.raw`(native|alias|all|any|as-string|as-binary|bind|bound\?|case|catch|checksum|comment|debase|dehex|exclude|difference|disarm|either|else|enbase|foreach|remove-each|form|free|get|get-env|if|in|intersect|loop|minimum-of|maximum-of|mold|new-line|new-line\?|not|now|prin|print|reduce|compose|construct|repeat|reverse|save|script\?|set|shift|switch|throw|to-hex|trace|try|type\?|union|unique|unless|unprotect|unset|until|use|value\?|while|compress|decompress|secure|open|close|read|read-io|write-io|write|update|query|wait|input\?|exp|log-10|log-2|log-e|square-root|cosine|sine|tangent|arccosine|arcsine|arctangent|protect|lowercase|uppercase|entab|detab|connected\?|browse|launch|stats|get-modes|set-modes|to-local-file|to-rebol-file|encloak|decloak|create-link|do-browser|bind\?|hide|draw|show|size-text|textinfo|offset-to-caret|caret-to-offset|local-request-file|rgb-to-hsv|hsv-to-rgb|crypt-strength\?|dh-make-key|dh-generate-key|dh-compute-key|dsa-make-key|dsa-generate-key|dsa-make-signature|dsa-verify-signature|rsa-make-key|rsa-generate-key|rsa-encrypt)$`, 'Name.Builtin'],
  [String.raw`(add|subtract|multiply|divide|remainder|power|and~|or~|xor~|minimum|maximum|negate|complement|absolute|random|head|tail|next|back|skip|at|pick|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|path|find|select|make|to|copy\*|insert|remove|change|poke|clear|trim|sort|min|max|abs|cp|copy)$`, 'Name.Function'],
  [String.raw`(error|source|input|license|help|install|echo|Usage|with|func|throw-on-error|function|does|has|context|probe|\?\?|as-pair|mod|modulo|round|repend|about|set-net|append|join|rejoin|reform|remold|charset|array|replace|move|extract|forskip|forall|alter|first+|also|take|for|forever|dispatch|attempt|what-dir|change-dir|clean-path|list-dir|dirize|rename|split-path|delete|make-dir|delete-dir|in-dir|confirm|dump-obj|upgrade|what|build-tag|process-source|build-markup|decode-cgi|read-cgi|write-user|save-user|set-user-name|protect-system|parse-xml|cvs-date|cvs-version|do-boot|get-net-info|desktop|layout|scroll-para|get-face|alert|set-face|uninstall|unfocus|request-dir|center-face|do-events|net-error|decode-url|parse-header|parse-header-date|parse-email-addrs|import-email|send|build-attach-body|resend|show-popup|hide-popup|open-events|find-key-face|do-face|viewtop|confine|find-window|insert-event-func|remove-event-func|inform|dump-pane|dump-face|flag-face|deflag-face|clear-fields|read-net|vbug|path-thru|read-thru|load-thru|do-thru|launch-thru|load-image|request-download|do-face-alt|set-font|set-para|get-style|set-style|make-face|stylize|choose|hilight-text|hilight-all|unlight-text|focus|scroll-drag|clear-face|reset-face|scroll-face|resize-face|load-stock|load-stock-block|notify|request|flash|request-color|request-pass|request-text|request-list|request-date|request-file|dbug|editor|link-relative-path|emailer|parse-error)$`, 'Keyword.Namespace'],
  ['(halt|quit|do|load|q|recycle|call|run|ask|parse|view|unview|return|exit|break)$', 'Name.Exception'],
  ['REBOL$', 'Generic.Heading'],
  ['to-.*', 'Keyword'],
  [String.raw`(\+|-|\*|/|//|\*\*|and|or|xor|=\?|=|==|<>|<|>|<=|>=)$`, 'Operator'],
  [String.raw`.*\?$`, 'Keyword'],
  [String.raw`.*\!$`, 'Keyword.Type'],
  ["'.*", 'Name.Variable.Instance'],
  ['#.*', 'Name.Label'],
  ['%.*', 'Name.Decorator'],
]);

export const redWord = wordCallback([
  ['.*:$', 'Generic.Subheading'],
  [String.raw`(if|unless|either|any|all|while|until|loop|repeat|foreach|forall|func|function|does|has|switch|case|reduce|compose|get|set|print|prin|equal\?|not-equal\?|strict-equal\?|lesser\?|greater\?|lesser-or-equal\?|greater-or-equal\?|same\?|not|type\?|stats|bind|union|replace|charset|routine)$`, 'Name.Builtin'],
  [String.raw`(make|random|reflect|to|form|mold|absolute|add|divide|multiply|negate|power|remainder|round|subtract|even\?|odd\?|and~|complement|or~|xor~|append|at|back|change|clear|copy|find|head|head\?|index\?|insert|length\?|next|pick|poke|remove|reverse|select|sort|skip|swap|tail|tail\?|take|trim|create|close|delete|modify|open|open\?|query|read|rename|update|write)$`, 'Name.Function'],
  ['(yes|on|no|off|true|false|tab|cr|lf|newline|escape|slash|sp|space|null|none|crlf|dot|null-byte)$', 'Name.Builtin.Pseudo'],
  ['(#system-global|#include|#enum|#define|#either|#if|#import|#export|#switch|#default|#get-definition)$', 'Keyword.Namespace'],
  [String.raw`(system|halt|quit|quit-return|do|load|q|recycle|call|run|ask|parse|raise-error|return|exit|break|alias|push|pop|probe|\?\?|spec-of|body-of|quote|forever)$`, 'Name.Exception'],
  [String.raw`(action\?|block\?|char\?|datatype\?|file\?|function\?|get-path\?|zero\?|get-word\?|integer\?|issue\?|lit-path\?|lit-word\?|logic\?|native\?|op\?|paren\?|path\?|refinement\?|set-path\?|set-word\?|string\?|unset\?|any-struct\?|none\?|word\?|any-series\?)$`, 'Keyword'],
  ['(JNICALL|stdcall|cdecl|infix)$', 'Keyword.Namespace'],
  ['to-.*', 'Keyword'],
  [String.raw`(\+|-\*\*|-|\*\*|//|/|\*|and|or|xor|=\?|===|==|=|<>|<=|>=|<<<|>>>|<<|>>|<|>%)$`, 'Operator'],
  [String.raw`.*\!$`, 'Keyword.Type'],
  ["'.*", 'Name.Variable.Instance'],
  ['#.*', 'Name.Label'],
  ['%.*', 'Name.Decorator'],
  [':.*', 'Generic.Subheading'],
]);

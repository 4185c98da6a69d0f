/**
 * Pygments' DevicetreeLexer (pygments/lexers/devicetree.py, Pygments 2.20.0): `.dts` and
 * `.dtsi` sources, rule for rule.
 *
 *     uart0: serial@1000 {   ->   <nl>uart0</nl><p>:</p> <nf>serial</nf><o>@</o><mi>1000</mi><cm> </cm><p>{</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
/** Optional whitespace or `/* ... *\/` comments. */
const WS = String.raw`\s*(?:/[*][^*/]*?[*]/\s*)*`;
const OVERLAY = String.raw`(&)(?:([A-Za-z_]\w*)|(\{)([^}]+)(\}))(${WS})(\{)`;
const OVERLAY_GROUPS = bygroups('Operator', 'Name.Function', 'Punctuation', 'Name.Namespace', 'Punctuation', 'Comment.Multiline', 'Punctuation');
const NODE = String.raw`([^/*@\s&]+|/)(@?)((?:0x)?[0-9a-fA-F,]*)(${WS})(\{)`;
const NODE_GROUPS = bygroups('Name.Function', 'Operator', 'Literal.Number.Integer', 'Comment.Multiline', 'Punctuation');
const RESERVED = ['compatible', 'model', 'phandle', 'status', '#address-cells', '#size-cells', 'reg', 'virtual-reg', 'ranges', 'dma-ranges', 'device_type', 'name'];

export const devicetreeLexer: LexerDefinition = {
  name: 'Devicetree',
  aliases: ['devicetree', 'dts'],
  tokens: {
    macro: [
      // C preprocessor directives
      [String.raw`(#include)(${WS})([^\n]+)`, bygroups('Comment.Preproc', 'Comment.Multiline', 'Comment.PreprocFile')],
      [String.raw`(#define)(${WS})([^\n]+)`, bygroups('Comment.Preproc', 'Comment.Multiline', 'Comment.Preproc')],
      // devicetree directives, with a file or with a property
      [String.raw`(/[^*/{]+/)(${WS})("[^\n{]+")`, bygroups('Comment.Preproc', 'Comment.Multiline', 'Comment.PreprocFile')],
      [String.raw`(/[^*/{]+/)(${WS})([^\n;{]*)([;]?)`, bygroups('Comment.Preproc', 'Comment.Multiline', 'Comment.Preproc', 'Punctuation')],
    ],
    whitespace: [
      [String.raw`\n`, W],
      [String.raw`\s+`, W],
      [String.raw`\\\n`, 'Text'], // line continuation
      [String.raw`//(\n|[\w\W]*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*][\w\W]*?[*](\\\n)?/`, 'Comment.Multiline'],
      // Open until the end of the text
      [String.raw`/(\\\n)?[*][\w\W]*`, 'Comment.Multiline'],
    ],
    statements: [
      ['(L?)(")', bygroups('Literal.String.Affix', 'Literal.String'), 'string'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`([^\s{}/*]*)(\s*)(:)`, bygroups('Name.Label', 'Text', 'Punctuation'), '#pop'],
      [words(RESERVED, '', String.raw`\b`), 'Keyword.Reserved'],
      ['([~!%^&*+=|?:<>/#-])', 'Operator'],
      [String.raw`[(){},.\]]`, 'Punctuation'],
      [String.raw`\[`, 'Punctuation', 'bytestring'],
      [String.raw`[a-zA-Z_][\w-]*(?=(?:\s*,${WS}[a-zA-Z_][\w-]*)*${WS}[=;])`, 'Name'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Attribute'],
    ],
    root: [
      include('whitespace'),
      include('macro'),
      // Overlay/fragment: &label { ... } or &{/path/to/node} { ... }
      [OVERLAY, OVERLAY_GROUPS, 'node'],
      [NODE, NODE_GROUPS, 'node'],
      defaultState('statement'),
    ],
    statement: [include('whitespace'), include('statements'), [';', 'Punctuation', '#pop']],
    node: [
      include('whitespace'),
      include('macro'),
      [OVERLAY, OVERLAY_GROUPS, '#push'],
      [NODE, NODE_GROUPS, '#push'],
      include('statements'),
      [String.raw`\};`, 'Punctuation', '#pop'],
      [';', 'Punctuation'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'], // all other characters
      [String.raw`\\\n`, 'Literal.String'], // line continuation
      [String.raw`\\`, 'Literal.String'], // stray backslash
    ],
    bytestring: [
      [String.raw`\]`, 'Punctuation', '#pop'],
      ['[0-9a-fA-F]{2}', 'Literal.Number.Hex'],
      [String.raw`\s+`, W],
    ],
  },
};

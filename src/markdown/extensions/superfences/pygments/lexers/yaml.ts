/**
 * Pygments' YamlLexer (pygments/lexers/data.py, Pygments 2.20.0), rule for rule; an
 * ExtendedRegexLexer whose indentation callbacks are in yaml-callbacks.ts.
 *
 *     site_name: Guide   ->   <nt>site_name</nt><p>:</p><w> </w><l l-Scalar l-Scalar-Plain>Guide</l>
 */
import { bygroupsInContext, type ExtendedLexerDefinition } from '../extended-lexer.ts';
import { include } from '../regex-lexer.ts';
import {
  parseBlockScalarEmptyLine, parseBlockScalarIndent, parsePlainScalarIndent, resetIndent, saveIndent,
  setBlockScalarIndent, setIndent, something, yamlContext, type YamlContext,
} from './yaml-callbacks.ts';

const W = 'Text.Whitespace';
const INDICATOR = 'Punctuation.Indicator';

export const yamlLexer: ExtendedLexerDefinition<YamlContext> = {
  name: 'YAML',
  aliases: ['yaml'],
  context: yamlContext,
  tokens: {
    // the root rules
    root: [
      [String.raw`[ ]+(?=#|$)`, W], // ignored whitespaces
      [String.raw`\n+`, W], // line breaks
      [String.raw`#[^\n]*`, 'Comment.Single'], // a comment
      [String.raw`^%YAML(?=[ ]|$)`, resetIndent('Name.Tag'), 'yaml-directive'],
      [String.raw`^%TAG(?=[ ]|$)`, resetIndent('Name.Tag'), 'tag-directive'],
      // document start and document end indicators
      [String.raw`^(?:---|\.\.\.)(?=[ ]|$)`, resetIndent('Name.Namespace'), 'block-line'],
      // indentation spaces
      [String.raw`[ ]*(?!\s|$)`, saveIndent(W, true), ['block-line', 'indentation']],
    ],
    // trailing whitespaces after directives or a block scalar indicator
    'ignored-line': [
      [String.raw`[ ]+(?=#|$)`, W],
      [String.raw`#[^\n]*`, 'Comment.Single'],
      [String.raw`\n`, W, '#pop:2'],
    ],
    'yaml-directive': [
      [String.raw`([ ]+)([0-9]+\.[0-9]+)`, bygroupsInContext(W, 'Literal.Number'), 'ignored-line'],
    ],
    'tag-directive': [
      [
        String.raw`([ ]+)(!|![\w-]*!)` + String.raw`([ ]+)(!|!?[\w;/?:@&=+$,.!~*\'()\[\]%-]+)`,
        bygroupsInContext(W, 'Keyword.Type', W, 'Keyword.Type'),
        'ignored-line',
      ],
    ],
    // block scalar indicators and indentation spaces
    indentation: [
      [String.raw`[ ]*$`, something(W), '#pop:2'], // trailing whitespaces are ignored
      [String.raw`[ ]+(?=[?:-](?:[ ]|$))`, saveIndent(W)], // whitespaces preceding block collection indicators
      [String.raw`[?:-](?=[ ]|$)`, setIndent(INDICATOR)], // block collection indicators
      [String.raw`[ ]*`, saveIndent(W), '#pop'], // the beginning a block line
    ],
    // an indented line in the block context
    'block-line': [
      [String.raw`[ ]*(?=#|$)`, something(W), '#pop'], // the line end
      [String.raw`[ ]+`, W], // whitespaces separating tokens
      // key with colon
      [String.raw`([^#,?\[\]{}"'\n]+)(:)(?=[ ]|$)`, bygroupsInContext('Name.Tag', setIndent('Punctuation', true))],
      include('descriptors'), // tags, anchors and aliases
      include('block-nodes'), // block collections and scalars
      include('flow-nodes'), // flow collections and quoted scalars
      // a plain scalar
      [String.raw`(?=[^\s?:,\[\]{}#&*!|>\'"%@` + '`' + String.raw`-]|[?:-]\S)`, something('Name.Variable'), 'plain-scalar-in-block-context'],
    ],
    // tags, anchors, aliases
    descriptors: [
      [String.raw`!<[\w#;/?:@&=+$,.!~*\'()\[\]%-]+>`, 'Keyword.Type'], // a full-form tag
      // a tag in the form '!', '!suffix' or '!handle!suffix'
      [String.raw`!(?:[\w-]+!)?` + String.raw`[\w#;/?:@&=+$,.!~*\'()\[\]%-]*`, 'Keyword.Type'],
      [String.raw`&[\w-]+`, 'Name.Label'], // an anchor
      [String.raw`\*[\w-]+`, 'Name.Variable'], // an alias
    ],
    // block collections and scalars
    'block-nodes': [
      [String.raw`:(?=[ ]|$)`, setIndent(INDICATOR, true)], // implicit key
      [String.raw`[|>]`, INDICATOR, ['block-scalar-content', 'block-scalar-header']], // literal and folded scalars
    ],
    // flow collections and quoted scalars
    'flow-nodes': [
      [String.raw`\[`, INDICATOR, 'flow-sequence'],
      [String.raw`\{`, INDICATOR, 'flow-mapping'],
      [String.raw`\'`, 'Literal.String', 'single-quoted-scalar'],
      [String.raw`\"`, 'Literal.String', 'double-quoted-scalar'],
    ],
    // the content of a flow collection
    'flow-collection': [
      [String.raw`[ ]+`, W],
      [String.raw`\n+`, W],
      [String.raw`#[^\n]*`, 'Comment.Single'],
      [String.raw`[?:,]`, INDICATOR], // simple indicators
      include('descriptors'),
      include('flow-nodes'),
      // a plain scalar
      [String.raw`(?=[^\s?:,\[\]{}#&*!|>\'"%@` + '`' + String.raw`])`, something('Name.Variable'), 'plain-scalar-in-flow-context'],
    ],
    'flow-sequence': [
      include('flow-collection'),
      [String.raw`\]`, INDICATOR, '#pop'],
    ],
    'flow-mapping': [
      [String.raw`([^,:?\[\]{}"'\n]+)(:)(?=[ ]|$)`, bygroupsInContext('Name.Tag', 'Punctuation')], // key with colon
      include('flow-collection'),
      [String.raw`\}`, INDICATOR, '#pop'],
    ],
    // block scalar lines
    'block-scalar-content': [
      [String.raw`\n`, W],
      [String.raw`^[ ]+$`, parseBlockScalarEmptyLine(W, 'Name.Constant')], // empty line
      [String.raw`^[ ]*`, parseBlockScalarIndent(W)], // indentation spaces (we may leave the state here)
      [String.raw`[\S\t ]+`, 'Name.Constant'], // line content
    ],
    'block-scalar-header': [
      // indentation indicator followed by chomping flag
      [String.raw`([1-9])?[+-]?(?=[ ]|$)`, setBlockScalarIndent(INDICATOR), 'ignored-line'],
      // chomping flag followed by indentation indicator
      [String.raw`[+-]?([1-9])?(?=[ ]|$)`, setBlockScalarIndent(INDICATOR), 'ignored-line'],
    ],
    // ignored and regular whitespaces in quoted scalars
    'quoted-scalar-whitespaces': [
      [String.raw`^[ ]+`, W],
      [String.raw`[ ]+$`, W],
      [String.raw`\n+`, W],
      [String.raw`[ ]+`, 'Name.Variable'],
    ],
    'single-quoted-scalar': [
      include('quoted-scalar-whitespaces'),
      [String.raw`\'\'`, 'Literal.String.Escape'],
      [String.raw`[^\s\']+`, 'Literal.String'],
      [String.raw`\'`, 'Literal.String', '#pop'],
    ],
    'double-quoted-scalar': [
      include('quoted-scalar-whitespaces'),
      [String.raw`\\[0abt\tn\nvfre "\\N_LP]`, 'Literal.String'], // escaping of special characters
      [String.raw`\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})`, 'Literal.String.Escape'],
      [String.raw`[^\s"\\]+`, 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
    // the beginning of a new line while scanning a plain scalar
    'plain-scalar-in-block-context-new-line': [
      [String.raw`^[ ]+$`, W],
      [String.raw`\n+`, W],
      [String.raw`^(?=---|\.\.\.)`, something('Name.Namespace'), '#pop:3'],
      [String.raw`^[ ]*`, parsePlainScalarIndent(W), '#pop'],
    ],
    'plain-scalar-in-block-context': [
      [String.raw`[ ]*(?=:[ ]|:$)`, something(W), '#pop'], // the scalar ends with the ':' indicator
      [String.raw`[ ]+(?=#)`, W, '#pop'], // ... with whitespaces followed by a comment
      [String.raw`[ ]+$`, W], // trailing whitespaces are ignored
      [String.raw`\n+`, W, 'plain-scalar-in-block-context-new-line'],
      [String.raw`[ ]+`, 'Literal.Scalar.Plain'],
      [String.raw`(?::(?!\s)|[^\s:])+`, 'Literal.Scalar.Plain'],
    ],
    'plain-scalar-in-flow-context': [
      [String.raw`[ ]*(?=[,:?\[\]{}])`, something(W), '#pop'],
      [String.raw`[ ]+(?=#)`, W, '#pop'],
      [String.raw`^[ ]+`, W],
      [String.raw`[ ]+$`, W],
      [String.raw`\n+`, W],
      [String.raw`[ ]+`, 'Name.Variable'],
      [String.raw`[^\s,:?\[\]{}]+`, 'Name.Variable'],
    ],
  },
};

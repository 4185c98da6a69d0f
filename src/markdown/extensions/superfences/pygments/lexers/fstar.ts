/**
 * Pygments' FStarLexer (pygments/lexers/ml.py, Pygments 2.20), rule for rule: F*: ML syntax with
 * effects, attributes and nested comments.
 *
 *     let x : int = 1   ->   <kd>let</kd> <n>x</n> <o>:</o> <kt>int</kt> <o>=</o> <mi>1</mi>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const fstarLexer: LexerDefinition = {
  name: 'FStar',
  aliases: ['fstar'],
  tokens: {
    'escape-sequence': [
      [String.raw`\\[\\"\'ntbr]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
    ],
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`false|true|False|True|\(\)|\[\]`, 'Name.Builtin.Pseudo'],
      [String.raw`\b([A-Z][\w\']*)(?=\s*\.)`, 'Name.Namespace', 'dotted'],
      [String.raw`\b([A-Z][\w\']*)`, 'Name.Class'],
      [String.raw`\(\*(?![)])`, 'Comment', 'comment'],
      [String.raw`\/\/.+$`, 'Comment'],
      [String.raw`\b(abstract|attributes|noeq|unopteq|andbegin|by|default|effect|else|end|ensures|exception|exists|false|forall|fun|function|if|in|include|inline|inline_for_extraction|irreducible|logic|match|module|mutable|new|new_effect|noextract|of|open|opaque|private|range_of|reifiable|reify|reflectable|requires|set_range_of|sub_effect|synth|then|total|true|try|type|unfold|unfoldable|val|when|with|not)\b`, 'Keyword'],
      [String.raw`\b(assume|admit|assert|calc)\b`, 'Name.Exception'],
      [String.raw`\b(let|rec)\b`, 'Keyword.Declaration'],
      [String.raw`(\$|\}|\||\{|\|\]|\]|\|>|\[\||\[@|\[|!\{|%\[|=|;;|;|:=|::|:|\{:pattern|\.\[\||\.\(\||\.\(|\.\[|\?\.|\?|\.|==>|<==>|<--|<-|->|~>|,|\(\)|\)|\(|&|u#|#|\|\)|\(\||<@|<:|\\/|/\\|-|~)`, 'Operator'],
      [String.raw`([=<>@^|&+\*/$%-]|[!?~])?[!$%&*+\./:<=>?@^|~-]`, 'Operator'],
      [String.raw`\b(unit|int|float|bool|string|char|list|array)\b`, 'Keyword.Type'],
      [String.raw`[^\W\d][\w']*`, 'Name'],
      [String.raw`-?\d[\d_]*(.[\d_]*)?([eE][+\-]?\d[\d_]*)`, 'Literal.Number.Float'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      ['0[oO][0-7][0-7_]*', 'Literal.Number.Oct'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],
      [String.raw`'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'`, 'Literal.String.Char'],
      [String.raw`'.'`, 'Literal.String.Char'],
      [String.raw`'`, 'Keyword'],
      ["\\`([\\w\\'.]+)\\`", 'Operator.Word'],
      ["\\`", 'Keyword'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`[~?][a-z][\w\']*:`, 'Name.Variable'],
    ],
    comment: [
      ['[^(*)]+', 'Comment'],
      [String.raw`\(\*`, 'Comment', '#push'],
      [String.raw`\*\)`, 'Comment', '#pop'],
      ['[(*)]', 'Comment'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      include('escape-sequence'),
      [String.raw`\\\n`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    dotted: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[A-Z][\w\']*(?=\s*\.)`, 'Name.Namespace'],
      [String.raw`[A-Z][\w\']*`, 'Name.Class', '#pop'],
      [String.raw`[a-z_][\w\']*`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
  },
};

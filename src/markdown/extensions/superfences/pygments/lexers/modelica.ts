/**
 * Pygments' ModelicaLexer (pygments/lexers/modeling.py, Pygments 2.20.0), rule for rule: the
 * `<html>` part of a documentation string is lexed as HTML.
 *
 *     model Ball Real h; end Ball;   ->   <kr>model</kr><w> </w><nc>Ball</nc>...
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';

export const modelicaLexer: LexerDefinition = {
  name: 'Modelica',
  aliases: ['modelica'],
  flags: 'ms',
  tokens: {
    whitespace: [
      [String.raw`[\s\ufeff]+`, 'Text'],
      [String.raw`//[^\n]*\n?`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    root: [
      include('whitespace'),
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`[()\[\]{},;]+`, 'Punctuation'],
      [String.raw`\.?[*^/+-]|\.|<>|[<>:=]=?`, 'Operator'],
      [String.raw`\d+(\.?\d*[eE][-+]?\d+|\.\d*)`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['(abs|acos|actualStream|array|asin|assert|AssertionLevel|atan|atan2|backSample|' +
        'Boolean|cardinality|cat|ceil|change|Clock|Connections|cos|cosh|cross|delay|' +
        'diagonal|div|edge|exp|ExternalObject|fill|floor|getInstanceName|hold|homotopy|' +
        'identity|inStream|integer|Integer|interval|inverse|isPresent|linspace|log|' +
        'log10|matrix|max|min|mod|ndims|noClock|noEvent|ones|outerProduct|pre|previous|' +
        'product|Real|reinit|rem|rooted|sample|scalar|semiLinear|shiftSample|sign|' +
        'sin|sinh|size|skew|smooth|spatialDistribution|sqrt|StateSelect|String|subSample|' +
        'sum|superSample|symmetric|tan|tanh|terminal|terminate|time|transpose|vector|' +
        String.raw`zeros)\b`, 'Name.Builtin'],
      ['(algorithm|annotation|break|connect|constant|constrainedby|der|discrete|' +
        'each|else|elseif|elsewhen|encapsulated|enumeration|equation|exit|expandable|' +
        'extends|external|firstTick|final|flow|for|if|import|impure|in|initial|inner|' +
        'input|interval|loop|nondiscrete|outer|output|parameter|partial|protected|' +
        String.raw`public|pure|redeclare|replaceable|return|stream|then|when|while)\b`, 'Keyword.Reserved'],
      [String.raw`(and|not|or)\b`, 'Operator.Word'],
      [String.raw`(block|class|connector|end|function|model|operator|package|record|type)\b`, 'Keyword.Reserved', 'class'],
      [String.raw`(false|true)\b`, 'Keyword.Constant'],
      [String.raw`within\b`, 'Keyword.Reserved', 'package-prefix'],
      [String.raw`(?:'(?:[^\\']|\\.)+'|[a-zA-Z_]\w*)`, 'Name'],
    ],
    class: [
      include('whitespace'),
      [String.raw`(function|record)\b`, 'Keyword.Reserved'],
      [String.raw`(if|for|when|while)\b`, 'Keyword.Reserved', '#pop'],
      [String.raw`(?:'(?:[^\\']|\\.)+'|[a-zA-Z_]\w*)`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    'package-prefix': [
      include('whitespace'),
      [String.raw`(?:'(?:[^\\']|\\.)+'|[a-zA-Z_]\w*)`, 'Name.Namespace', '#pop'],
      defaultState('#pop'),
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\\[\'"?\\abfnrtv]`, 'Literal.String.Escape'],
      [String.raw`(?i)<\s*html\s*>([^\\"]|\\.)+?(<\s*/\s*html\s*>|(?="))`, using('html')],
      [String.raw`<|\\?[^"\\<]+`, 'Literal.String.Double'],
    ],
  },
};

/**
 * Pygments' OpenScadLexer (pygments/lexers/openscad.py, Pygments 2.20.0), rule for rule: OpenSCAD
 * models (modules, functions, `$` special variables, transformations).
 *
 *     cube([10, 20, 5]);   ->   <nb>cube</nb><p>(</p><p>[</p><m>10</m><p>,</p><w> </w><m>20</m><p>,</p><w> ...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const openscadLexer: LexerDefinition = {
  name: 'OpenSCAD',
  aliases: ['openscad'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      ['//', 'Comment.Single', 'comment-single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment-multi'],
      [String.raw`[{}\[\]\(\),;:]`, 'Punctuation'],
      [String.raw`[*!#%\-+=?/]`, 'Operator'],
      [String.raw`<=|<|==|!=|>=|>|&&|\|\|`, 'Operator'],
      [String.raw`\$(f[asn]|t|vp[rtd]|children)`, 'Operator'],
      [String.raw`(undef|PI)\b`, 'Keyword.Constant'],
      [String.raw`(use|include)((?:\s|\\\\s)+)`, bygroups('Keyword.Namespace', 'Text'), 'includes'],
      [String.raw`(module)(\s*)([^\s\(]+)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`(function)(\s*)([^\s\(]+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function')],
      [words(['true', 'false'], String.raw`\b`, String.raw`\b`), 'Literal'],
      [
        words([
          'function', 'module', 'include', 'use', 'for', 'intersection_for', 'if', 'else', 'return',
        ], String.raw`\b`, String.raw`\b`),
        'Keyword',
      ],
      [
        words([
          'circle', 'square', 'polygon', 'text', 'sphere', 'cube', 'cylinder', 'polyhedron', 'translate',
          'rotate', 'scale', 'resize', 'mirror', 'multmatrix', 'color', 'offset', 'hull', 'minkowski',
          'union', 'difference', 'intersection', 'abs', 'sign', 'sin', 'cos', 'tan', 'acos', 'asin', 'atan',
          'atan2', 'floor', 'round', 'ceil', 'ln', 'log', 'pow', 'sqrt', 'exp', 'rands', 'min', 'max',
          'concat', 'lookup', 'str', 'chr', 'search', 'version', 'version_num', 'norm', 'cross',
          'parent_module', 'echo', 'import', 'import_dxf', 'dxf_linear_extrude', 'linear_extrude',
          'rotate_extrude', 'surface', 'projection', 'render', 'dxf_cross', 'dxf_dim', 'let', 'assign',
          'len',
        ], String.raw`\b`, String.raw`\b`),
        'Name.Builtin',
      ],
      [String.raw`\bchildren\b`, 'Name.Builtin.Pseudo'],
      ['""".*?"""', 'Literal.String.Double'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`-?\d+(\.\d+)?(e[+-]?\d+)?`, 'Literal.Number'],
      [String.raw`\w+`, 'Name'],
    ],
    includes: [
      ['(<)([^>]*)(>)', bygroups('Punctuation', 'Comment.PreprocFile', 'Punctuation')],
    ],
    comment: [
      [String.raw`:param: [a-zA-Z_]\w*|:returns?:|(FIXME|MARK|TODO):`, 'Comment.Special'],
    ],
    'comment-single': [
      [String.raw`\n`, 'Text', '#pop'],
      include('comment'),
      [String.raw`[^\n]+`, 'Comment.Single'],
    ],
    'comment-multi': [
      include('comment'),
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};

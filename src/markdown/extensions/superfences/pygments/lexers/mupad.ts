/**
 * Pygments' MuPADLexer (pygments/lexers/algebra.py, Pygments 2.20.0), rule for rule: MuPAD.
 *
 *     f := x -> x^2: f(3);
 *     ->   <nv>f</nv> <o>:</o><o>=</o> <nv>x</nv> <o>-</o><o>></o> <nv>x</nv><o>^</o><m>2</m><o>:</o> <nf>f</nf><p>(</p><m>3</m><p>)</p><o>;</o>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const mupadLexer: LexerDefinition = {
  name: 'MuPAD',
  aliases: ['mupad'],
  tokens: {
    root: [
      [String.raw`//.*?$`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`"(?:[^"\\]|\\.)*"`, 'Literal.String'],
      [String.raw`\(|\)|\[|\]|\{|\}`, 'Punctuation'],
      ["(?x)\\b(?:\n                next|break|end|\n                axiom|end_axiom|category|end_category|domain|end_domain|inherits|\n                if|%if|then|elif|else|end_if|\n                case|of|do|otherwise|end_case|\n                while|end_while|\n                repeat|until|end_repeat|\n                for|from|to|downto|step|end_for|\n                proc|local|option|save|begin|end_proc|\n                delete|frame\n              )\\b", 'Keyword'],
      ["(?x)\\b(?:\n                DOM_ARRAY|DOM_BOOL|DOM_COMPLEX|DOM_DOMAIN|DOM_EXEC|DOM_EXPR|\n                DOM_FAIL|DOM_FLOAT|DOM_FRAME|DOM_FUNC_ENV|DOM_HFARRAY|DOM_IDENT|\n                DOM_INT|DOM_INTERVAL|DOM_LIST|DOM_NIL|DOM_NULL|DOM_POLY|DOM_PROC|\n                DOM_PROC_ENV|DOM_RAT|DOM_SET|DOM_STRING|DOM_TABLE|DOM_VAR\n              )\\b", 'Name.Class'],
      ["(?x)\\b(?:\n                PI|EULER|E|CATALAN|\n                NIL|FAIL|undefined|infinity|\n                TRUE|FALSE|UNKNOWN\n              )\\b", 'Name.Constant'],
      [String.raw`\b(?:dom|procname)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`\.|,|:|;|=|\+|-|\*|/|\^|@|>|<|\$|\||!|\'|%|~=`, 'Operator'],
      ["(?x)\\b(?:\n                and|or|not|xor|\n                assuming|\n                div|mod|\n                union|minus|intersect|in|subset\n              )\\b", 'Operator.Word'],
      [String.raw`\b(?:I|RDN_INF|RD_NINF|RD_NAN)\b`, 'Literal.Number'],
      ["(?x)\n              ((?:[a-zA-Z_#][\\w#]*|`[^`]*`)\n              (?:::[a-zA-Z_#][\\w#]*|`[^`]*`)*)(\\s*)([(])", bygroups('Name.Function', 'Text', 'Punctuation')],
      ["(?x)\n              (?:[a-zA-Z_#][\\w#]*|`[^`]*`)\n              (?:::[a-zA-Z_#][\\w#]*|`[^`]*`)*", 'Name.Variable'],
      [String.raw`[0-9]+(?:\.[0-9]*)?(?:e[0-9]+)?`, 'Literal.Number'],
      [String.raw`\.[0-9]+(?:e[0-9]+)?`, 'Literal.Number'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`.`, 'Text'],
    ],
    comment: [
      [String.raw`[^/*]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
  },
};

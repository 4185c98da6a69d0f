/**
 * Pygments' Angular2Lexer and Angular2HtmlLexer (pygments/lexers/templates.py, Pygments 2.20.0),
 * rule for rule: the first lexes only `{{ }}` expressions and the binding attributes (`(click)=`,
 * `[value]=`, `*ngIf=`, `#ref`), leaving the rest `Other`; the second, a DelegatingLexer, hands
 * that rest to HtmlLexer.
 *
 *     {{ user.name }}   ->   <cp>{{</cp> <nv>user</nv><nv>.name</nv> <cp>}}</cp>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

export const angular2Lexer: LexerDefinition = {
  name: 'Angular2',
  aliases: ['ng2'],
  tokens: {
    root: [
      [String.raw`[^{([*#]+`, 'Other'],
      // {{meal.name}}
      [String.raw`(\{\{)(\s*)`, bygroups('Comment.Preproc', 'Text'), 'ngExpression'],
      // (click)="deleteOrder()"; [value]="test"; [(twoWayTest)]="foo.bar"
      [String.raw`([([]+)([\w:.-]+)([\])]+)(\s*)(=)(\s*)`, bygroups('Punctuation', 'Name.Attribute', 'Punctuation', 'Text', 'Operator', 'Text'), 'attr'],
      [String.raw`([([]+)([\w:.-]+)([\])]+)(\s*)`, bygroups('Punctuation', 'Name.Attribute', 'Punctuation', 'Text')],
      // *ngIf="..."; #f="ngForm"
      [String.raw`([*#])([\w:.-]+)(\s*)(=)(\s*)`, bygroups('Punctuation', 'Name.Attribute', 'Text', 'Operator', 'Text'), 'attr'],
      [String.raw`([*#])([\w:.-]+)(\s*)`, bygroups('Punctuation', 'Name.Attribute', 'Text')],
    ],
    ngExpression: [
      [String.raw`\s+(\|\s+)?`, 'Text'],
      [String.raw`\}\}`, 'Comment.Preproc', '#pop'],
      // literals
      [':?(true|false)', 'Literal.String.Boolean'],
      [String.raw`:?"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`:?'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
      // variables, calls and members
      [String.raw`[a-zA-Z][\w-]*(\(.*\))?`, 'Name.Variable'],
      [String.raw`\.[\w-]+(\(.*\))?`, 'Name.Variable'],
      // inline if
      [String.raw`(\?)(\s*)([^}\s]+)(\s*)(:)(\s*)([^}\s]+)(\s*)`, bygroups('Operator', 'Text', 'Literal.String', 'Text', 'Operator', 'Text', 'Literal.String', 'Text')],
    ],
    attr: [
      ['".*?"', 'Literal.String', '#pop'],
      ["'.*?'", 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};

export const angular2HtmlLexer = delegatingFactory('HTML + Angular2', ['html+ng2'], 'html', 'ng2');

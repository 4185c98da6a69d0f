/**
 * Pygments' JagsLexer (pygments/lexers/modeling.py, Pygments 2.20.0), rule for rule: JAGS models
 * (distributions, functions, `<-` and `~`).
 *
 *     y[i] ~ dnorm(mu, tau)   ->   <n>y</n><p>[</p><n>i</n><p>]</p> <o>~</o> <nb>dnorm</nb><p>(</p><n>mu</n>...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const jagsLexer: LexerDefinition = {
  name: 'JAGS',
  aliases: ['jags'],
  tokens: {
    whitespace: [
      [String.raw`\s+`, 'Text'],
    ],
    names: [
      [String.raw`[a-zA-Z][\w.]*\b`, 'Name'],
    ],
    comments: [
      [String.raw`(?s)/\*.*?\*/`, 'Comment.Multiline'],
      ['#.*$', 'Comment.Single'],
    ],
    root: [
      include('comments'),
      include('whitespace'),
      [String.raw`(model|data)(\s+)(\{)`, bygroups('Keyword.Namespace', 'Text', 'Punctuation')],
      [String.raw`var(?![\w.])`, 'Keyword.Declaration'],
      [String.raw`(for|in)(?![\w.])`, 'Keyword.Reserved'],
      [String.raw`(abs|arccos|arccosh|arcsin|arcsinh|arctan|arctanh|cos|cosh|cloglog|equals|exp|icloglog|ifelse|ilogit|log|logfact|loggam|logit|phi|pow|probit|round|sin|sinh|sqrt|step|tan|tanh|trunc|inprod|interp.lin|logdet|max|mean|min|prod|sum|sd|inverse|rank|sort|t|acos|acosh|asin|asinh|atan|T|I|[dpq]bern|[dpq]beta|[dpq]dchiqsqr|[dpq]ddexp|[dpq]dexp|[dpq]df|[dpq]gamma|[dpq]gen.gamma|[dpq]logis|[dpq]lnorm|[dpq]negbin|[dpq]nchisqr|[dpq]norm|[dpq]par|[dpq]pois|[dpq]weib|dt|dunif|dbetabin|dbern|dbin|dcat|dhyper|ddirch|dmnorm|dwish|dmt|dmulti|dbinom|dchisq|dnbinom|dweibull|ddirich)(?=\s*\()`, 'Name.Builtin'],
      include('names'),
      [String.raw`[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?`, 'Literal.Number'],
      [String.raw`\[|\]|\(|\)|:|,|;`, 'Punctuation'],
      ['<-|~', 'Operator'],
      [String.raw`\+|-|\*|\/|\|\|[&]{2}|[<>=]=?|\^|%.*?%`, 'Operator'],
      ['[{}]', 'Punctuation'],
    ],
  },
};

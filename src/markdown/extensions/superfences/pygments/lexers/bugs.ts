/**
 * Pygments' BugsLexer (pygments/lexers/modeling.py, Pygments 2.20.0), rule for rule: WinBUGS/OpenBUGS
 * models (distributions, functions, `<-` and `~`).
 *
 *     y[i] ~ dnorm(mu, tau)   ->   <n>y</n><p>[</p><n>i</n><p>]</p> <o>~</o> <nb>dnorm</nb><p>(</p><n>mu</n>...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const bugsLexer: LexerDefinition = {
  name: 'BUGS',
  aliases: ['bugs', 'winbugs', 'openbugs'],
  tokens: {
    whitespace: [
      [String.raw`\s+`, 'Text'],
    ],
    comments: [
      ['#.*$', 'Comment.Single'],
    ],
    root: [
      include('comments'),
      include('whitespace'),
      [String.raw`(model)(\s+)(\{)`, bygroups('Keyword.Namespace', 'Text', 'Punctuation')],
      [String.raw`(for|in)(?![\w.])`, 'Keyword.Reserved'],
      [String.raw`(abs|arccos|arccosh|arcsin|arcsinh|arctan|arctanh|cloglog|cos|cosh|cumulative|cut|density|deviance|equals|expr|gammap|ilogit|icloglog|integral|log|logfact|loggam|logit|max|min|phi|post.p.value|pow|prior.p.value|probit|replicate.post|replicate.prior|round|sin|sinh|solution|sqrt|step|tan|tanh|trunc|inprod|interp.lin|inverse|logdet|mean|eigen.vals|ode|prod|p.valueM|rank|ranked|replicate.postM|sd|sort|sum|D|I|F|T|C|dbern|dbin|dcat|dnegbin|dpois|dhyper|dbeta|dchisqr|ddexp|dexp|dflat|dgamma|dgev|df|dggamma|dgpar|dloglik|dlnorm|dlogis|dnorm|dpar|dt|dunif|dweib|dmulti|ddirch|dmnorm|dmt|dwish)(?=\s*\()`, 'Name.Builtin'],
      [String.raw`[A-Za-z][\w.]*`, 'Name'],
      [String.raw`[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?`, 'Literal.Number'],
      [String.raw`\[|\]|\(|\)|:|,|;`, 'Punctuation'],
      ['<-|~', 'Operator'],
      [String.raw`\+|-|\*|/`, 'Operator'],
      ['[{}]', 'Punctuation'],
    ],
  },
};

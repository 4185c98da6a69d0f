/**
 * Pygments' DockerLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule: instructions
 * are keywords, their shell commands are lexed by the Bash lexer, exec-form arrays by JSON.
 *
 *     RUN apt-get update   ->   <k>RUN</k><w> </w>apt-get<w> </w>update
 */
import { using } from '../delegation.ts';
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = '(?:MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)';
const BASH_KEYWORDS = '(?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY)';
/** A Dockerfile line break. */
const LB = String.raw`(?:\s*\\?\s*)`;
const W = 'Text.Whitespace';

export const dockerLexer: LexerDefinition = {
  name: 'Docker',
  aliases: ['docker', 'dockerfile'],
  flags: 'im',
  tokens: {
    root: [
      ['#.*', 'Comment'],
      [String.raw`(FROM)([ \t]*)(\S*)([ \t]*)(?:(AS)([ \t]*)(\S*))?`, bygroups('Keyword', W, 'Literal.String', W, 'Keyword', W, 'Literal.String')],
      [String.raw`(ONBUILD)(\s+)(${LB})`, bygroups('Keyword', W, using('bash'))],
      [String.raw`(HEALTHCHECK)(\s+)((${LB}--\w+=\w+${LB})*)`, bygroups('Keyword', W, using('bash'))],
      [String.raw`(VOLUME|ENTRYPOINT|CMD|SHELL)(\s+)(${LB})(\[.*?\])`, bygroups('Keyword', W, using('bash'), using('json'))],
      [String.raw`(LABEL|ENV|ARG)(\s+)((${LB}\w+=\w+${LB})*)`, bygroups('Keyword', W, using('bash'))],
      [String.raw`(${KEYWORDS}|VOLUME)\b(\s+)(.*)`, bygroups('Keyword', W, 'Literal.String')],
      [String.raw`(${BASH_KEYWORDS})(\s+)`, bygroups('Keyword', W)],
      [String.raw`(.*\\\n)*.+`, using('bash')],
    ],
  },
};

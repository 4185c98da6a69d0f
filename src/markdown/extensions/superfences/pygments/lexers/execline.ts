/**
 * Pygments' ExeclineLexer (pygments/lexers/shell.py, Pygments 2.20.0), rule for rule: execline scripts (s6).
 *
 *     foreground { echo "hi ${USER}" }
 *     ->   <nb>foreground</nb> <o>{</o> echo <s2>"</s2><s2>hi </s2><si>${</si><nv>USER</nv><si>}</si><s2>"</s2> <o>}</o>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const execlineLexer: LexerDefinition = {
  name: 'execline',
  aliases: ['execline'],
  tokens: {
    root: [
      include('basic'),
      include('data'),
      include('interp'),
    ],
    interp: [
      [String.raw`\$\{`, 'Literal.String.Interpol', 'curly'],
      [String.raw`\$[\w@#]+`, 'Name.Variable'],
      [String.raw`\$`, 'Text'],
    ],
    basic: [
      [String.raw`\b(background|backtick|cd|define|dollarat|elgetopt|elgetpositionals|elglob|emptyenv|envfile|exec|execlineb|exit|export|fdblock|fdclose|fdmove|fdreserve|fdswap|forbacktickx|foreground|forstdin|forx|getcwd|getpid|heredoc|homeof|if|ifelse|ifte|ifthenelse|importas|loopwhilex|multidefine|multisubstitute|pipeline|piperw|posix-cd|redirfd|runblock|shift|trap|tryexec|umask|unexport|wait|withstdinas)\b`, 'Name.Builtin'],
      [String.raw`\A#!.+\n`, 'Comment.Hashbang'],
      [String.raw`#.*\n`, 'Comment.Single'],
      [String.raw`[{}]`, 'Operator'],
    ],
    data: [
      [String.raw`(?s)"(\\.|[^"\\$])*"`, 'Literal.String.Double'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`\s+`, 'Text'],
      [String.raw`[^\s{}$"\\]+`, 'Text'],
    ],
    string: [
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`(?s)(\\\\|\\.|[^"\\$])+`, 'Literal.String.Double'],
      include('interp'),
    ],
    curly: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`[\w#@]+`, 'Name.Variable'],
      include('root'),
    ],
  },
};

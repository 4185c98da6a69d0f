/**
 * Pygments' PowerShellLexer (pygments/lexers/shell.py, Pygments 2.20.0), rule for rule.
 *
 *     Get-ChildItem $env:TEMP   ->   <nb>Get-ChildItem</nb> <nv>$env:TEMP</nv>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = (
  'while validateset validaterange validatepattern validatelength ' +
  'validatecount until trap switch return ref process param parameter in ' +
  'if global: local: function foreach for finally filter end elseif else ' +
  'dynamicparam do default continue cmdletbinding break begin alias \\? ' +
  '% #script #private #local #global mandatory parametersetname position ' +
  'valuefrompipeline valuefrompipelinebypropertyname ' +
  'valuefromremainingarguments helpmessage try catch throw'
).split(' ');

const OPERATORS = (
  'and as band bnot bor bxor casesensitive ccontains ceq cge cgt cle ' +
  'clike clt cmatch cne cnotcontains cnotlike cnotmatch contains ' +
  'creplace eq exact f file ge gt icontains ieq ige igt ile ilike ilt ' +
  'imatch ine inotcontains inotlike inotmatch ireplace is isnot le like ' +
  'lt match ne not notcontains notlike notmatch or regex replace ' +
  'wildcard'
).split(' ');

const VERBS = (
  'write where watch wait use update unregister unpublish unprotect ' +
  'unlock uninstall undo unblock trace test tee take sync switch ' +
  'suspend submit stop step start split sort skip show set send select ' +
  'search scroll save revoke resume restore restart resolve resize ' +
  'reset request repair rename remove register redo receive read push ' +
  'publish protect pop ping out optimize open new move mount merge ' +
  'measure lock limit join invoke install initialize import hide group ' +
  'grant get format foreach find export expand exit enter enable edit ' +
  'dismount disconnect disable deny debug cxnew copy convertto ' +
  'convertfrom convert connect confirm compress complete compare close ' +
  'clear checkpoint block backup assert approve aggregate add'
).split(' ');

const ALIASES = (
  'ac asnp cat cd cfs chdir clc clear clhy cli clp cls clv cnsn ' +
  'compare copy cp cpi cpp curl cvpa dbp del diff dir dnsn ebp echo epal ' +
  'epcsv epsn erase etsn exsn fc fhx fl foreach ft fw gal gbp gc gci gcm ' +
  'gcs gdr ghy gi gjb gl gm gmo gp gps gpv group gsn gsnp gsv gu gv gwmi ' +
  'h history icm iex ihy ii ipal ipcsv ipmo ipsn irm ise iwmi iwr kill lp ' +
  'ls man md measure mi mount move mp mv nal ndr ni nmo npssc nsn nv ogv ' +
  'oh popd ps pushd pwd r rbp rcjb rcsn rd rdr ren ri rjb rm rmdir rmo ' +
  'rni rnp rp rsn rsnp rujb rv rvpa rwmi sajb sal saps sasv sbp sc select ' +
  'set shcm si sl sleep sls sort sp spjb spps spsv start sujb sv swmi tee ' +
  'trcm type wget where wjb write'
).split(' ');

const COMMENT_HELP = (
  'component description example externalhelp forwardhelpcategory ' +
  'forwardhelptargetname functionality inputs link ' +
  'notes outputs parameter remotehelprunspace role synopsis'
).split(' ');

export const powershellLexer: LexerDefinition = {
  name: 'PowerShell',
  aliases: ['powershell', 'pwsh', 'posh', 'ps1', 'psm1'],
  flags: 'smi',
  tokens: {
    root: [
      // we need to count pairs of parentheses for correct highlight of '$(...)' blocks in strings
      [String.raw`\(`, 'Punctuation', 'child'],
      [String.raw`\s+`, 'Text'],
      [String.raw`^(\s*#[#\s]*)(\.(?:${COMMENT_HELP.join('|')}))([^\n]*$)`, bygroups('Comment', 'Literal.String.Doc', 'Comment')],
      [String.raw`#[^\n]*?$`, 'Comment'],
      [String.raw`(&lt;|<)#`, 'Comment.Multiline', 'multline'],
      [String.raw`@"\n`, 'Literal.String.Heredoc', 'heredoc-double'],
      [String.raw`@'\n.*?\n'@`, 'Literal.String.Heredoc'],
      // escaped syntax
      ['`' + String.raw`[\'"$@-]`, 'Punctuation'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`'([^']|'')*'`, 'Literal.String.Single'],
      [String.raw`(\$|@@|@)((global|script|private|env):)?\w+`, 'Name.Variable'],
      [String.raw`(${KEYWORDS.join('|')})\b`, 'Keyword'],
      [String.raw`-(${OPERATORS.join('|')})\b`, 'Operator'],
      [String.raw`(${VERBS.join('|')})-[a-z_]\w*\b`, 'Name.Builtin'],
      [String.raw`(${ALIASES.join('|')})\s`, 'Name.Builtin'],
      [String.raw`\[[a-z_\[][\w. ` + '`' + String.raw`,\[\]]*\]`, 'Name.Constant'], // .net [type]s
      [String.raw`-[a-z_]\w*`, 'Name'],
      [String.raw`\w+`, 'Name'],
      [String.raw`[.,;:@{}\[\]$()=+*/\\&%!~?^` + '`' + String.raw`|<>-]`, 'Punctuation'],
    ],
    child: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('root'),
    ],
    multline: [
      [String.raw`[^#&.]+`, 'Comment.Multiline'],
      [String.raw`#(>|&gt;)`, 'Comment.Multiline', '#pop'],
      [String.raw`\.(${COMMENT_HELP.join('|')})`, 'Literal.String.Doc'],
      [String.raw`[#&.]`, 'Comment.Multiline'],
    ],
    string: [
      ['`' + String.raw`[0abfnrtv'\"$` + '`]', 'Literal.String.Escape'],
      [String.raw`[^$` + '`' + String.raw`"]+`, 'Literal.String.Double'],
      [String.raw`\$\(`, 'Punctuation', 'child'],
      ['""', 'Literal.String.Double'],
      [String.raw`[` + '`' + String.raw`$]`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    'heredoc-double': [
      [String.raw`\n"@`, 'Literal.String.Heredoc', '#pop'],
      [String.raw`\$\(`, 'Punctuation', 'child'],
      [String.raw`[^@\n]+"]`, 'Literal.String.Heredoc'],
      ['.', 'Literal.String.Heredoc'],
    ],
  },
};

/**
 * Pygments' CrmshLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: Pacemaker cluster configurations in crm shell syntax.
 *
 *     primitive www ocf:heartbeat:apache params configfile="/etc/apache2.conf"
 *     ->   <k>primitive</k> <n>www</n> <n>ocf</n><p>:</p><n>heartbeat</n><p>:</p><n>apache</n> <k>params</k> <na>configfile</na><p>=</p><s>"/etc/apache2.conf"</s>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const crmshLexer: LexerDefinition = {
  name: 'Crmsh',
  aliases: ['crmsh', 'pcmk'],
  tokens: {
    root: [
      [String.raw`^(#.*)(\n)?`, bygroups('Comment', 'Text.Whitespace')],
      [String.raw`([\w#$-]+)(=)("(?:""|[^"])*"|\S+)`, bygroups('Name.Attribute', 'Punctuation', 'Literal.String')],
      [String.raw`(node)(\s+)([\w#$-]+)(:)`, bygroups('Keyword', 'Text.Whitespace', 'Name', 'Punctuation')],
      [String.raw`([+-]?([0-9]+|inf)):`, 'Literal.Number'],
      [words(['node', 'primitive', 'group', 'clone', 'ms', 'location', 'colocation', 'order', 'fencing_topology', 'rsc_ticket', 'rsc_template', 'property', 'rsc_defaults', 'op_defaults', 'acl_target', 'acl_group', 'user', 'role', 'tag'], '', String.raw`(?![\w#$-])`), 'Keyword'],
      [words(['params', 'meta', 'operations', 'op', 'rule', 'attributes', 'utilization'], '', String.raw`(?![\w#$-])`), 'Keyword'],
      [words(['read', 'write', 'deny'], '', String.raw`(?![\w#$-])`), 'Keyword'],
      [String.raw`(?:(?:string|version|number):)?((?:lt|gt|lte|gte|eq|ne))(?![\w#$-])`, 'Operator.Word'],
      [words(['and', 'or'], '', String.raw`(?![\w#$-])`), 'Operator.Word'],
      [words(['defined', 'not_defined'], '', String.raw`(?![\w#$-])`), 'Operator.Word'],
      [words(['in_range', 'date', 'spec', 'in'], '', String.raw`(?![\w#$-])`), 'Operator.Word'],
      [String.raw`#[a-z]+(?![\w#$-])`, 'Name.Builtin'],
      [String.raw`((?:tag|ref|reference|attribute|type|xpath))(:)("(?:""|[^"])*"|\S+)`, bygroups('Keyword', 'Punctuation', 'Name')],
      [String.raw`([\w#$-]+)(?:(:)((?:Master|Started|Slave|Stopped|start|promote|demote|stop)))?(?![\w#$-])`, bygroups('Name', 'Punctuation', 'Operator.Word')],
      [String.raw`(\\(?=\n)|[\[\](){}/:@])`, 'Punctuation'],
      [String.raw`\s+|\n`, 'Text.Whitespace'],
    ],
  },
};

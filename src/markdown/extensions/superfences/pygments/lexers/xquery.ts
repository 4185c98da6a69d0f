/**
 * Pygments' XQueryLexer (pygments/lexers/webmisc.py, Pygments 2.20.0), an ExtendedRegexLexer,
 * rule for rule (re.DOTALL | re.MULTILINE); its callbacks are in xquery-callbacks.ts.
 *
 *     for $b in //book return $b/title   ->   <k>for</k><w> </w><nv>$</nv><n>b</n><w> </w><ow>in</ow>...
 */
import { baseContext, bygroupsInContext as bygroups, compileExtendedLexer, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { defaultState, include, type LexerFactory } from '../regex-lexer.ts';
import { xqueryCallbacks, type XQueryCallbacks } from './xquery-callbacks.ts';

const W = 'Text.Whitespace';
const NCNAME_START = '(?:[A-Z]|_|[a-z])';
const NCNAME_CHAR = String.raw`(?:${NCNAME_START}|-|\.|[0-9])`;
const NCNAME = `(?:${NCNAME_START}+${NCNAME_CHAR}*)`;
const PITARGET_START = '(?:[A-KN-WYZ]|_|:|[a-kn-wyz])';
const PITARGET = String.raw`${PITARGET_START}+(?:${PITARGET_START}|-|\.|[0-9])*`;
const QNAME = `(?:${NCNAME}:${NCNAME}|${NCNAME})`;
const ENTITYREF = '(?:&(?:lt|gt|amp|quot|apos|nbsp);)';
const CHARREF = '(?:&#[0-9]+;|&#x[0-9a-fA-F]+;)';
const STRINGDOUBLE = `(?:"(?:${ENTITYREF}|${CHARREF}|""|[^&"])*")`;
const STRINGSINGLE = `(?:'(?:${ENTITYREF}|${CHARREF}|''|[^&'])*')`;
const ELEMENT_CONTENT_CHAR = String.raw`[A-Za-z]|\s|\d|[!"#$%()*+,\-./:;=?@\[\\\]^_\'` + '`' + '|~]';
const QUOT_ATTR_CONTENT_CHAR = String.raw`[A-Za-z]|\s|\d|[!#$%()*+,\-./:;=?@\[\\\]^_\'` + '`' + '|~]';
const APOS_ATTR_CONTENT_CHAR = String.raw`[A-Za-z]|\s|\d|[!"#$%()*+,\-./:;=?@\[\\\]^_` + '`' + '|~]';
/** XML's Char production (the ranges as characters: python-regex reads no `\U` escape). */
const XML_CHAR = String.raw`\t|\r|\n|` + '[\u0020-\uD7FF]|[\uE000-\uFFFD]|[\u{10000}-\u{10FFFF}]';

function definition(cb: XQueryCallbacks): ExtendedLexerDefinition<LexerContext> {
  return {
    name: 'XQuery',
    aliases: ['xquery', 'xqy', 'xq', 'xql', 'xqm'],
    flags: 'sm',
    context: baseContext,
    tokens: {
      comment: [
        ['[^:()]+', 'Comment'],
        [String.raw`\(:`, 'Comment', '#push'],
        [String.raw`:\)`, 'Comment', '#pop'],
        ['[:()]', 'Comment'],
      ],
      whitespace: [[String.raw`\s+`, W]],
      operator: [
        include('whitespace'),
        [String.raw`(\})`, cb.popstate],
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`(\{)`, cb.pushstateRoot],
        ['then|else|external|at|div|except', 'Keyword', 'root'],
        ['order by', 'Keyword', 'root'],
        ['group by', 'Keyword', 'root'],
        [String.raw`is|mod|order\s+by|stable\s+order\s+by`, 'Keyword', 'root'],
        ['and|or', 'Operator.Word', 'root'],
        [String.raw`(eq|ge|gt|le|lt|ne|idiv|intersect|in)(?=\b)`, 'Operator.Word', 'root'],
        [String.raw`return|satisfies|to|union|where|count|preserve\s+strip`, 'Keyword', 'root'],
        [String.raw`(>=|>>|>|<=|<<|<|-|\*|!=|\+|\|\||\||:=|=|!)`, cb.operatorRoot],
        [String.raw`(::|:|;|\[|//|/|,)`, cb.punctuationRoot],
        [String.raw`(castable|cast)(\s+)(as)\b`, bygroups('Keyword', W, 'Keyword'), 'singletype'],
        [String.raw`(instance)(\s+)(of)\b`, bygroups('Keyword', W, 'Keyword'), 'itemtype'],
        [String.raw`(treat)(\s+)(as)\b`, bygroups('Keyword', W, 'Keyword'), 'itemtype'],
        [String.raw`(case)(\s+)(${STRINGDOUBLE})`, bygroups('Keyword', W, 'Literal.String.Double'), 'itemtype'],
        [String.raw`(case)(\s+)(${STRINGSINGLE})`, bygroups('Keyword', W, 'Literal.String.Single'), 'itemtype'],
        [String.raw`(case|as)\b`, 'Keyword', 'itemtype'],
        [String.raw`(\))(\s*)(as)`, bygroups('Punctuation', W, 'Keyword'), 'itemtype'],
        [String.raw`\$`, 'Name.Variable', 'varname'],
        [String.raw`(for|let|previous|next)(\s+)(\$)`, bygroups('Keyword', W, 'Name.Variable'), 'varname'],
        [
          String.raw`(for)(\s+)(tumbling|sliding)(\s+)(window)(\s+)(\$)`,
          bygroups('Keyword', W, 'Keyword', W, 'Keyword', W, 'Name.Variable'),
          'varname',
        ],
        [String.raw`\)|\?|\]`, 'Punctuation'],
        [String.raw`(empty)(\s+)(greatest|least)`, bygroups('Keyword', W, 'Keyword')],
        ['ascending|descending|default', 'Keyword', '#push'],
        [String.raw`(allowing)(\s+)(empty)`, bygroups('Keyword', W, 'Keyword')],
        ['external', 'Keyword'],
        ['(start|when|end)', 'Keyword', 'root'],
        [String.raw`(only)(\s+)(end)`, bygroups('Keyword', W, 'Keyword'), 'root'],
        ['collation', 'Keyword', 'uritooperator'],
        // eXist specific XQUF
        ['(into|following|preceding|with)', 'Keyword', 'root'],
        // the current context on the right of the simple map operator
        [String.raw`\.`, 'Operator'],
        // string literals stay in operator state
        [STRINGDOUBLE, 'Literal.String.Double'],
        [STRINGSINGLE, 'Literal.String.Single'],
        [String.raw`(catch)(\s*)`, bygroups('Keyword', W), 'root'],
      ],
      uritooperator: [
        [STRINGDOUBLE, 'Literal.String.Double', '#pop'],
        [STRINGSINGLE, 'Literal.String.Single', '#pop'],
      ],
      namespacedecl: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`(at)(\s+)(${STRINGDOUBLE})`, bygroups('Keyword', W, 'Literal.String.Double')],
        [String.raw`(at)(\s+)(${STRINGSINGLE})`, bygroups('Keyword', W, 'Literal.String.Single')],
        [STRINGDOUBLE, 'Literal.String.Double'],
        [STRINGSINGLE, 'Literal.String.Single'],
        [',', 'Punctuation'],
        ['=', 'Operator'],
        [';', 'Punctuation', 'root'],
        [NCNAME, 'Name.Namespace'],
      ],
      namespacekeyword: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [STRINGDOUBLE, 'Literal.String.Double', 'namespacedecl'],
        [STRINGSINGLE, 'Literal.String.Single', 'namespacedecl'],
        ['inherit|no-inherit', 'Keyword', 'root'],
        ['namespace', 'Keyword', 'namespacedecl'],
        [String.raw`(default)(\s+)(element)`, bygroups('Keyword', 'Text', 'Keyword')],
        ['preserve|no-preserve', 'Keyword'],
        [',', 'Punctuation'],
      ],
      annotationname: [
        [String.raw`\(:`, 'Comment', 'comment'],
        [QNAME, 'Name.Decorator'],
        [String.raw`(\()(${STRINGDOUBLE})`, bygroups('Punctuation', 'Literal.String.Double')],
        [String.raw`(\()(${STRINGSINGLE})`, bygroups('Punctuation', 'Literal.String.Single')],
        [String.raw`(\,)(\s+)(${STRINGDOUBLE})`, bygroups('Punctuation', 'Text', 'Literal.String.Double')],
        [String.raw`(\,)(\s+)(${STRINGSINGLE})`, bygroups('Punctuation', 'Text', 'Literal.String.Single')],
        [String.raw`\)`, 'Punctuation'],
        [String.raw`(\s+)(\%)`, bygroups('Text', 'Name.Decorator'), 'annotationname'],
        [String.raw`(\s+)(variable)(\s+)(\$)`, bygroups('Text', 'Keyword.Declaration', 'Text', 'Name.Variable'), 'varname'],
        [String.raw`(\s+)(function)(\s+)`, bygroups('Text', 'Keyword.Declaration', 'Text'), 'root'],
      ],
      varname: [
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`(${QNAME})(\()?`, bygroups('Name', 'Punctuation'), 'operator'],
      ],
      singletype: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`${NCNAME}(:\*)`, 'Name.Variable', 'operator'],
        [QNAME, 'Name.Variable', 'operator'],
      ],
      itemtype: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`\$`, 'Name.Variable', 'varname'],
        [String.raw`(void)(\s*)(\()(\s*)(\))`, bygroups('Keyword', 'Text', 'Punctuation', 'Text', 'Punctuation'), 'operator'],
        [
          String.raw`(element|attribute|schema-element|schema-attribute|comment|text|node|binary|document-node|empty-sequence)(\s*)(\()`,
          cb.pushstateOccurrenceindicatorKindtest,
        ],
        // Marklogic specific type?
        [String.raw`(processing-instruction)(\s*)(\()`, bygroups('Keyword', 'Text', 'Punctuation'), ['occurrenceindicator', 'kindtestforpi']],
        [String.raw`(item)(\s*)(\()(\s*)(\))(?=[*+?])`, bygroups('Keyword', 'Text', 'Punctuation', 'Text', 'Punctuation'), 'occurrenceindicator'],
        [String.raw`(\(\#)(\s*)`, bygroups('Punctuation', 'Text'), 'pragma'],
        [';', 'Punctuation', '#pop'],
        ['then|else', 'Keyword', '#pop'],
        [String.raw`(at)(\s+)(${STRINGDOUBLE})`, bygroups('Keyword', 'Text', 'Literal.String.Double'), 'namespacedecl'],
        [String.raw`(at)(\s+)(${STRINGSINGLE})`, bygroups('Keyword', 'Text', 'Literal.String.Single'), 'namespacedecl'],
        ['except|intersect|in|is|return|satisfies|to|union|where|count', 'Keyword', 'root'],
        ['and|div|eq|ge|gt|le|lt|ne|idiv|mod|or', 'Operator.Word', 'root'],
        [String.raw`:=|=|,|>=|>>|>|\[|\(|<=|<<|<|-|!=|\|\||\|`, 'Operator', 'root'],
        ['external|at', 'Keyword', 'root'],
        [String.raw`(stable)(\s+)(order)(\s+)(by)`, bygroups('Keyword', 'Text', 'Keyword', 'Text', 'Keyword'), 'root'],
        [String.raw`(castable|cast)(\s+)(as)`, bygroups('Keyword', 'Text', 'Keyword'), 'singletype'],
        [String.raw`(treat)(\s+)(as)`, bygroups('Keyword', 'Text', 'Keyword')],
        [String.raw`(instance)(\s+)(of)`, bygroups('Keyword', 'Text', 'Keyword')],
        [String.raw`(case)(\s+)(${STRINGDOUBLE})`, bygroups('Keyword', 'Text', 'Literal.String.Double'), 'itemtype'],
        [String.raw`(case)(\s+)(${STRINGSINGLE})`, bygroups('Keyword', 'Text', 'Literal.String.Single'), 'itemtype'],
        ['case|as', 'Keyword', 'itemtype'],
        [String.raw`(\))(\s*)(as)`, bygroups('Operator', 'Text', 'Keyword'), 'itemtype'],
        [String.raw`${NCNAME}:\*`, 'Keyword.Type', 'operator'],
        [String.raw`(function|map|array)(\()`, bygroups('Keyword.Type', 'Punctuation')],
        [QNAME, 'Keyword.Type', 'occurrenceindicator'],
      ],
      kindtest: [
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`\{`, 'Punctuation', 'root'],
        [String.raw`(\))([*+?]?)`, cb.popstateKindtest],
        [String.raw`\*`, 'Name', 'closekindtest'],
        [QNAME, 'Name', 'closekindtest'],
        [String.raw`(element|schema-element)(\s*)(\()`, cb.pushstateKindtest],
      ],
      kindtestforpi: [
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`\)`, 'Punctuation', '#pop'],
        [NCNAME, 'Name.Variable'],
        [STRINGDOUBLE, 'Literal.String.Double'],
        [STRINGSINGLE, 'Literal.String.Single'],
      ],
      closekindtest: [
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`(\))`, cb.popstate],
        [',', 'Punctuation'],
        [String.raw`(\{)`, cb.pushstateOperatorRoot],
        [String.raw`\?`, 'Punctuation'],
      ],
      xml_comment: [
        ['(-->)', cb.popstateXmlcomment],
        ['[^-]{1,2}', 'Literal'],
        [XML_CHAR, 'Literal'],
      ],
      processing_instruction: [
        [String.raw`\s+`, 'Text', 'processing_instruction_content'],
        [String.raw`\?>`, 'Literal.String.Doc', '#pop'],
        [PITARGET, 'Name'],
      ],
      processing_instruction_content: [
        [String.raw`\?>`, 'Literal.String.Doc', '#pop'],
        [XML_CHAR, 'Literal'],
      ],
      cdata_section: [
        [']]>', 'Literal.String.Doc', '#pop'],
        [XML_CHAR, 'Literal'],
      ],
      start_tag: [
        include('whitespace'),
        ['(/>)', cb.popstateTag],
        ['>', 'Name.Tag', 'element_content'],
        ['"', 'Punctuation', 'quot_attribute_content'],
        ["'", 'Punctuation', 'apos_attribute_content'],
        ['=', 'Operator'],
        [QNAME, 'Name.Tag'],
      ],
      quot_attribute_content: [
        ['"', 'Punctuation', 'start_tag'],
        [String.raw`(\{)`, cb.pushstateRoot],
        ['""', 'Name.Attribute'],
        [QUOT_ATTR_CONTENT_CHAR, 'Name.Attribute'],
        [ENTITYREF, 'Name.Attribute'],
        [CHARREF, 'Name.Attribute'],
        [String.raw`\{\{|\}\}`, 'Name.Attribute'],
      ],
      apos_attribute_content: [
        ["'", 'Punctuation', 'start_tag'],
        [String.raw`\{`, 'Punctuation', 'root'],
        ["''", 'Name.Attribute'],
        [APOS_ATTR_CONTENT_CHAR, 'Name.Attribute'],
        [ENTITYREF, 'Name.Attribute'],
        [CHARREF, 'Name.Attribute'],
        [String.raw`\{\{|\}\}`, 'Name.Attribute'],
      ],
      element_content: [
        ['</', 'Name.Tag', 'end_tag'],
        [String.raw`(\{)`, cb.pushstateRoot],
        ['(<!--)', cb.pushstateElementContentXmlcomment],
        [String.raw`(<\?)`, cb.pushstateElementContentProcessingInstruction],
        [String.raw`(<!\[CDATA\[)`, cb.pushstateElementContentCdataSection],
        ['(<)', cb.pushstateElementContentStarttag],
        [ELEMENT_CONTENT_CHAR, 'Literal'],
        [ENTITYREF, 'Literal'],
        [CHARREF, 'Literal'],
        [String.raw`\{\{|\}\}`, 'Literal'],
      ],
      end_tag: [
        include('whitespace'),
        ['(>)', cb.popstateTag],
        [QNAME, 'Name.Tag'],
      ],
      xmlspace_decl: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        ['preserve|strip', 'Keyword', '#pop'],
      ],
      declareordering: [
        [String.raw`\(:`, 'Comment', 'comment'],
        include('whitespace'),
        ['ordered|unordered', 'Keyword', '#pop'],
      ],
      xqueryversion: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [STRINGDOUBLE, 'Literal.String.Double'],
        [STRINGSINGLE, 'Literal.String.Single'],
        ['encoding', 'Keyword'],
        [';', 'Punctuation', '#pop'],
      ],
      pragma: [[QNAME, 'Name.Variable', 'pragmacontents']],
      pragmacontents: [
        [String.raw`#\)`, 'Punctuation', 'operator'],
        [XML_CHAR, 'Literal'],
        [String.raw`(\s+)`, W],
      ],
      occurrenceindicator: [
        include('whitespace'),
        [String.raw`\(:`, 'Comment', 'comment'],
        [String.raw`\*|\?|\+`, 'Operator', 'operator'],
        [':=', 'Operator', 'root'],
        defaultState('operator'),
      ],
      option: [include('whitespace'), [QNAME, 'Name.Variable', '#pop']],
      qname_braren: [
        include('whitespace'),
        [String.raw`(\{)`, cb.pushstateOperatorRoot],
        [String.raw`(\()`, 'Punctuation', 'root'],
      ],
      element_qname: [[QNAME, 'Name.Variable', 'root']],
      attribute_qname: [[QNAME, 'Name.Variable', 'root']],
      root: xqueryRoot(cb),
    },
  };
}

/** The root state: numbers, names, declarations and constructors, most specific first. */
function xqueryRoot(cb: XQueryCallbacks): ExtendedLexerDefinition<LexerContext>['tokens'][string] {
  const D = 'Keyword.Declaration';
  return [
    include('whitespace'),
    [String.raw`\(:`, 'Comment', 'comment'],
    // to operator state; the most complex numbers first
    [String.raw`\d+(\.\d*)?[eE][+-]?\d+`, 'Literal.Number.Float', 'operator'],
    [String.raw`(\.\d+)[eE][+-]?\d+`, 'Literal.Number.Float', 'operator'],
    [String.raw`(\.\d+|\d+\.\d*)`, 'Literal.Number.Float', 'operator'],
    [String.raw`(\d+)`, 'Literal.Number.Integer', 'operator'],
    [String.raw`(\.\.|\.|\))`, 'Punctuation', 'operator'],
    [String.raw`(declare)(\s+)(construction)`, bygroups(D, 'Text', D), 'operator'],
    [String.raw`(declare)(\s+)(default)(\s+)(order)`, bygroups(D, 'Text', D, 'Text', D), 'operator'],
    [String.raw`(declare)(\s+)(context)(\s+)(item)`, bygroups(D, 'Text', D, 'Text', D), 'operator'],
    [String.raw`${NCNAME}:\*`, 'Name', 'operator'],
    [String.raw`\*:${NCNAME}`, 'Name.Tag', 'operator'],
    [String.raw`\*`, 'Name.Tag', 'operator'],
    [STRINGDOUBLE, 'Literal.String.Double', 'operator'],
    [STRINGSINGLE, 'Literal.String.Single', 'operator'],
    [String.raw`(\}|\])`, cb.popstate],
    // namespace declarations
    [String.raw`(declare)(\s+)(default)(\s+)(collation)`, bygroups(D, W, D, W, D)],
    [String.raw`(module|declare)(\s+)(namespace)`, bygroups(D, W, D), 'namespacedecl'],
    [String.raw`(declare)(\s+)(base-uri)`, bygroups(D, W, D), 'namespacedecl'],
    // namespace keywords
    [String.raw`(declare)(\s+)(default)(\s+)(element|function)`, bygroups(D, W, D, W, D), 'namespacekeyword'],
    [String.raw`(import)(\s+)(schema|module)`, bygroups('Keyword.Pseudo', W, 'Keyword.Pseudo'), 'namespacekeyword'],
    [String.raw`(declare)(\s+)(copy-namespaces)`, bygroups(D, W, D), 'namespacekeyword'],
    // variable names
    [String.raw`(for|let|some|every)(\s+)(\$)`, bygroups('Keyword', W, 'Name.Variable'), 'varname'],
    [String.raw`(for)(\s+)(tumbling|sliding)(\s+)(window)(\s+)(\$)`, bygroups('Keyword', W, 'Keyword', W, 'Keyword', W, 'Name.Variable'), 'varname'],
    [String.raw`\$`, 'Name.Variable', 'varname'],
    [String.raw`(declare)(\s+)(variable)(\s+)(\$)`, bygroups(D, W, D, W, 'Name.Variable'), 'varname'],
    // annotated global variables and functions
    [String.raw`(declare)(\s+)(\%)`, bygroups(D, W, 'Name.Decorator'), 'annotationname'],
    // item types
    [String.raw`(\))(\s+)(as)`, bygroups('Operator', W, 'Keyword'), 'itemtype'],
    [String.raw`(element|attribute|schema-element|schema-attribute|comment|text|node|document-node|empty-sequence)(\s+)(\()`, cb.pushstateOperatorKindtest],
    [String.raw`(processing-instruction)(\s+)(\()`, cb.pushstateOperatorKindtestforpi],
    ['(<!--)', cb.pushstateOperatorXmlcomment],
    [String.raw`(<\?)`, cb.pushstateOperatorProcessingInstruction],
    [String.raw`(<!\[CDATA\[)`, cb.pushstateOperatorCdataSection],
    ['(<)', cb.pushstateOperatorStarttag],
    [String.raw`(declare)(\s+)(boundary-space)`, bygroups(D, 'Text', D), 'xmlspace_decl'],
    [String.raw`(validate)(\s+)(lax|strict)`, cb.pushstateOperatorRootValidateWithmode],
    [String.raw`(validate)(\s*)(\{)`, cb.pushstateOperatorBrace],
    [String.raw`(typeswitch)(\s*)(\()`, bygroups('Keyword', W, 'Punctuation')],
    [String.raw`(switch)(\s*)(\()`, bygroups('Keyword', W, 'Punctuation')],
    [String.raw`(element|attribute|namespace)(\s*)(\{)`, cb.pushstateOperatorRootConstruct],
    [String.raw`(document|text|processing-instruction|comment)(\s*)(\{)`, cb.pushstateOperatorRootConstruct],
    // attribute, element, processing instruction constructors
    [String.raw`(attribute)(\s+)(?=${QNAME})`, bygroups('Keyword', W), 'attribute_qname'],
    [String.raw`(element)(\s+)(?=${QNAME})`, bygroups('Keyword', W), 'element_qname'],
    [String.raw`(processing-instruction|namespace)(\s+)(${NCNAME})(\s*)(\{)`, bygroups('Keyword', W, 'Name.Variable', W, 'Punctuation'), 'operator'],
    [String.raw`(declare|define)(\s+)(function)`, bygroups(D, W, D)],
    [String.raw`(\{|\[)`, cb.pushstateOperatorRoot],
    [String.raw`(unordered|ordered)(\s*)(\{)`, cb.pushstateOperatorBrace],
    [String.raw`(map|array)(\s*)(\{)`, cb.pushstateOperatorBrace],
    [String.raw`(declare)(\s+)(ordering)`, bygroups(D, W, D), 'declareordering'],
    [String.raw`(xquery)(\s+)(version)`, bygroups('Keyword.Pseudo', W, 'Keyword.Pseudo'), 'xqueryversion'],
    [String.raw`(\(#)(\s*)`, bygroups('Punctuation', W), 'pragma'],
    // `return` in root state too
    ['return', 'Keyword'],
    [String.raw`(declare)(\s+)(option)`, bygroups(D, W, D), 'option'],
    // URI literals
    [String.raw`(at)(\s+)(${STRINGDOUBLE})`, 'Literal.String.Double', 'namespacedecl'],
    [String.raw`(at)(\s+)(${STRINGSINGLE})`, 'Literal.String.Single', 'namespacedecl'],
    [String.raw`(ancestor-or-self|ancestor|attribute|child|descendant-or-self)(::)`, bygroups('Keyword', 'Punctuation')],
    [String.raw`(descendant|following-sibling|following|parent|preceding-sibling|preceding|self)(::)`, bygroups('Keyword', 'Punctuation')],
    [String.raw`(if)(\s*)(\()`, bygroups('Keyword', W, 'Punctuation')],
    ['then|else', 'Keyword'],
    // eXist specific XQUF
    [String.raw`(update)(\s*)(insert|delete|replace|value|rename)`, bygroups('Keyword', W, 'Keyword')],
    ['(into|following|preceding|with)', 'Keyword'],
    // Marklogic specific
    [String.raw`(try)(\s*)`, bygroups('Keyword', W), 'root'],
    [String.raw`(catch)(\s*)(\()(\$)`, bygroups('Keyword', W, 'Punctuation', 'Name.Variable'), 'varname'],
    [`(@${QNAME})`, 'Name.Attribute', 'operator'],
    [`(@${NCNAME})`, 'Name.Attribute', 'operator'],
    [String.raw`@\*:${NCNAME}`, 'Name.Attribute', 'operator'],
    [String.raw`@\*`, 'Name.Attribute', 'operator'],
    ['(@)', 'Name.Attribute', 'operator'],
    [String.raw`//|/|\+|-|;|,|\(|\)`, 'Punctuation'],
    // standalone qualified names
    [String.raw`${QNAME}(?=\s*\{)`, 'Name.Tag', 'qname_braren'],
    [String.raw`${QNAME}(?=\s*\([^:])`, 'Name.Function', 'qname_braren'],
    [`(${QNAME})(#)([0-9]+)`, bygroups('Name.Function', 'Keyword.Type', 'Literal.Number.Integer')],
    [QNAME, 'Name.Tag', 'operator'],
  ];
}

export const xqueryLexer: LexerFactory = {
  name: 'XQuery',
  aliases: ['xquery', 'xqy', 'xq', 'xql', 'xqm'],
  create: (byName) => compileExtendedLexer(definition(xqueryCallbacks([])), byName),
};

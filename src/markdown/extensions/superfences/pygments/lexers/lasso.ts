/**
 * Pygments' LassoLexer (pygments/lexers/javascript.py, Pygments 2.20.0) and its HtmlLasso,
 * XmlLasso, CssLasso and JavascriptLasso DelegatingLexers (pygments/lexers/templates.py), rule for
 * rule. Lasso code sits in `[...]`, `<?lasso ... ?>` or a whole file (a `#!...lasso9` line, or
 * text that starts with neither delimiter); the text outside the delimiters is `Other`. After
 * lexing, names in Lasso's builtin and member lists become `Name.Builtin` (option
 * `builtinshighlighting`, on by default); `requiredelimiters` lexes Lasso only between delimiters,
 * as the CSS and JavaScript variants always do.
 *
 *     [local(x = 1)]   ->   <cp>[</cp><kd>local</kd><p>(</p><nx>x</nx> <o>=</o> <mi>1</mi><p>)</p><cp>]</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, compileLexer, defaultState, include, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { LASSO_BUILTINS, LASSO_MEMBERS } from './lasso-builtins.ts';
import { lexerFrom } from './delegating-factory.ts';
import { booleanOption } from './options.ts';

const definition: LexerDefinition = {
  name: 'Lasso',
  aliases: ['lasso', 'lassoscript'],
  flags: 'ims',
  tokens: {
    root: [
      [String.raw`^#![ \S]+lasso9\b`, 'Comment.Preproc', 'lasso'],
      [String.raw`(?=\[|<)`, 'Other', 'delimiters'],
      [String.raw`\s+`, 'Text.Whitespace'],
      defaultState(['delimiters', 'lassofile']),
    ],
    delimiters: [
      [String.raw`\[no_square_brackets\]`, 'Comment.Preproc', 'nosquarebrackets'],
      [String.raw`\[noprocess\]`, 'Comment.Preproc', 'noprocess'],
      [String.raw`\[`, 'Comment.Preproc', 'squarebrackets'],
      [String.raw`<\?(lasso(script)?|=)`, 'Comment.Preproc', 'anglebrackets'],
      ['<(!--.*?-->)?', 'Other'],
      ['[^[<]+', 'Other'],
    ],
    nosquarebrackets: [
      [String.raw`\[noprocess\]`, 'Comment.Preproc', 'noprocess'],
      [String.raw`\[`, 'Other'],
      [String.raw`<\?(lasso(script)?|=)`, 'Comment.Preproc', 'anglebrackets'],
      ['<(!--.*?-->)?', 'Other'],
      ['[^[<]+', 'Other'],
    ],
    noprocess: [
      [String.raw`\[/noprocess\]`, 'Comment.Preproc', '#pop'],
      [String.raw`\[`, 'Other'],
      ['[^[]', 'Other'],
    ],
    squarebrackets: [
      [String.raw`\]`, 'Comment.Preproc', '#pop'],
      include('lasso'),
    ],
    anglebrackets: [
      [String.raw`\?>`, 'Comment.Preproc', '#pop'],
      include('lasso'),
    ],
    lassofile: [
      [String.raw`\]|\?>`, 'Comment.Preproc', '#pop'],
      include('lasso'),
    ],
    whitespacecomments: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\s*)$`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*\*!.*?\*/`, 'Literal.String.Doc'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
    ],
    lasso: [
      // whitespace and comments
      include('whitespacecomments'),
      // literals
      [String.raw`\d*\.\d+(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`0x[\da-f]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`(infinity|NaN)\b`, 'Literal.Number'],
      ["'", 'Literal.String.Single', 'singlestring'],
      ['"', 'Literal.String.Double', 'doublestring'],
      ['`[^`]*`', 'Literal.String.Backtick'],
      // names
      [String.raw`\$[a-z_][\w.]*`, 'Name.Variable'],
      [String.raw`#([a-z_][\w.]*|\d+\b)`, 'Name.Variable.Instance'],
      [String.raw`(\.)(\s*)('[a-z_][\w.]*')`, bygroups('Name.Builtin.Pseudo', 'Text.Whitespace', 'Name.Variable.Class')],
      [String.raw`(self)(\s*)(->)(\s*)('[a-z_][\w.]*')`, bygroups('Name.Builtin.Pseudo', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Name.Variable.Class')],
      [String.raw`(\.\.?)(\s*)([a-z_][\w.]*(=(?!=))?)`, bygroups('Name.Builtin.Pseudo', 'Text.Whitespace', 'Name.Other.Member')],
      [String.raw`(->\\?|&)(\s*)([a-z_][\w.]*(=(?!=))?)`, bygroups('Operator', 'Text.Whitespace', 'Name.Other.Member')],
      [String.raw`(?<!->)(self|inherited|currentcapture|givenblock)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`-(?!infinity)[a-z_][\w.]*`, 'Name.Attribute'],
      [String.raw`(::)(\s*)([a-z_][\w.]*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Label')],
      [
        String.raw`(error_(code|msg)_\w+|Error_AddError|Error_ColumnRestriction|` +
          String.raw`Error_DatabaseConnectionUnavailable|Error_DatabaseTimeout|` +
          String.raw`Error_DeleteError|Error_FieldRestriction|Error_FileNotFound|` +
          String.raw`Error_InvalidDatabase|Error_InvalidPassword|` +
          String.raw`Error_InvalidUsername|Error_ModuleNotFound|` +
          String.raw`Error_NoError|Error_NoPermission|Error_OutOfMemory|` +
          String.raw`Error_ReqColumnMissing|Error_ReqFieldMissing|` +
          String.raw`Error_RequiredColumnMissing|Error_RequiredFieldMissing|` +
          String.raw`Error_UpdateError)\b`,
        'Name.Exception',
      ],
      // definitions
      [
        String.raw`(define)(\s+)([a-z_][\w.]*)(\s*)(=>)(\s*)(type|trait|thread)\b`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword'),
      ],
      [
        String.raw`(define)(\s+)([a-z_][\w.]*)(\s*)(->)(\s*)([a-z_][\w.]*=?|[-+*/%])`,
        bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Name.Function'),
        'signature',
      ],
      [String.raw`(define)(\s+)([a-z_][\w.]*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function'), 'signature'],
      [
        String.raw`(public|protected|private|provide)(\s+)(([a-z_][\w.]*=?|[-+*/%])(?=\s*\())`,
        bygroups('Keyword', 'Text.Whitespace', 'Name.Function'),
        'signature',
      ],
      [String.raw`(public|protected|private|provide)(\s+)([a-z_][\w.]*)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function')],
      // keywords
      [String.raw`(true|false|none|minimal|full|all|void)\b`, 'Keyword.Constant'],
      [String.raw`(local|var|variable|global|data(?=\s))\b`, 'Keyword.Declaration'],
      [
        String.raw`(array|date|decimal|duration|integer|map|pair|string|tag|xml|null|boolean|bytes|keyword|list|locale|queue|set|stack|staticarray)\b`,
        'Keyword.Type',
      ],
      [String.raw`([a-z_][\w.]*)(\s+)(in)\b`, bygroups('Name', 'Text.Whitespace', 'Keyword')],
      [String.raw`(let|into)(\s+)([a-z_][\w.]*)`, bygroups('Keyword', 'Text.Whitespace', 'Name')],
      [String.raw`require\b`, 'Keyword', 'requiresection'],
      [String.raw`(/?)(Namespace_Using)\b`, bygroups('Punctuation', 'Keyword.Namespace')],
      [
        String.raw`(/?)(Cache|Database_Names|Database_SchemaNames|` +
          String.raw`Database_TableNames|Define_Tag|Define_Type|Email_Batch|` +
          String.raw`Encode_Set|HTML_Comment|Handle|Handle_Error|Header|If|Inline|` +
          String.raw`Iterate|LJAX_Target|Link|Link_CurrentAction|Link_CurrentGroup|` +
          String.raw`Link_CurrentRecord|Link_Detail|Link_FirstGroup|Link_FirstRecord|` +
          String.raw`Link_LastGroup|Link_LastRecord|Link_NextGroup|Link_NextRecord|` +
          String.raw`Link_PrevGroup|Link_PrevRecord|Log|Loop|Output_None|Portal|` +
          String.raw`Private|Protect|Records|Referer|Referrer|Repeating|ResultSet|` +
          String.raw`Rows|Search_Args|Search_Arguments|Select|Sort_Args|` +
          String.raw`Sort_Arguments|Thread_Atomic|Value_List|While|Abort|Case|Else|` +
          String.raw`Fail_If|Fail_IfNot|Fail|If_Empty|If_False|If_Null|If_True|` +
          String.raw`Loop_Abort|Loop_Continue|Loop_Count|Params|Params_Up|Return|` +
          String.raw`Return_Value|Run_Children|SOAP_DefineTag|SOAP_LastRequest|` +
          String.raw`SOAP_LastResponse|Tag_Name|ascending|average|by|define|` +
          String.raw`descending|do|equals|frozen|group|handle_failure|import|in|into|` +
          String.raw`join|let|match|max|min|on|order|parent|protected|provide|public|` +
          String.raw`require|returnhome|skip|split_thread|sum|take|thread|to|trait|` +
          String.raw`type|where|with|yield|yieldhome)\b`,
        bygroups('Punctuation', 'Keyword'),
      ],
      // other
      [',', 'Punctuation', 'commamember'],
      [String.raw`(and|or|not)\b`, 'Operator.Word'],
      [
        String.raw`([a-z_][\w.]*)(\s*)(::)(\s*)([a-z_][\w.]*)?(\s*=(?!=))`,
        bygroups('Name', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Name.Label', 'Operator'),
      ],
      [String.raw`(/?)([\w.]+)`, bygroups('Punctuation', 'Name.Other')],
      [String.raw`(=)(n?bw|n?ew|n?cn|lte?|gte?|n?eq|n?rx|ft)\b`, bygroups('Operator', 'Operator.Word')],
      [String.raw`:=|[-+*/%=<>&|!?\\]+`, 'Operator'],
      ['[{}():;,@^]', 'Punctuation'],
    ],
    singlestring: [
      ["'", 'Literal.String.Single', '#pop'],
      [String.raw`[^'\\]+`, 'Literal.String.Single'],
      include('escape'),
      [String.raw`\\`, 'Literal.String.Single'],
    ],
    doublestring: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
      include('escape'),
      [String.raw`\\`, 'Literal.String.Double'],
    ],
    escape: [
      [String.raw`\\(U[\da-f]{8}|u[\da-f]{4}|x[\da-f]{1,2}|[0-7]{1,3}|:[^:\n\r]+:|[abefnrtv?"\'\\]|$)`, 'Literal.String.Escape'],
    ],
    signature: [
      ['=>', 'Operator', '#pop'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      ['[(,]', 'Punctuation', 'parameter'],
      include('lasso'),
    ],
    parameter: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`-?[a-z_][\w.]*`, 'Name.Attribute', '#pop'],
      [String.raw`\.\.\.`, 'Name.Builtin.Pseudo'],
      include('lasso'),
    ],
    requiresection: [
      [String.raw`(([a-z_][\w.]*=?|[-+*/%])(?=\s*\())`, 'Name', 'requiresignature'],
      [String.raw`(([a-z_][\w.]*=?|[-+*/%])(?=(\s*::\s*[\w.]+)?\s*,))`, 'Name'],
      [String.raw`[a-z_][\w.]*=?|[-+*/%]`, 'Name', '#pop'],
      [String.raw`(::)(\s*)([a-z_][\w.]*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Label')],
      [',', 'Punctuation'],
      include('whitespacecomments'),
    ],
    requiresignature: [
      [String.raw`(\)(?=(\s*::\s*[\w.]+)?\s*,))`, 'Punctuation', '#pop'],
      [String.raw`\)`, 'Punctuation', '#pop:2'],
      [String.raw`-?[a-z_][\w.]*`, 'Name.Attribute'],
      [String.raw`(::)(\s*)([a-z_][\w.]*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Label')],
      [String.raw`\.\.\.`, 'Name.Builtin.Pseudo'],
      ['[(,]', 'Punctuation'],
      include('whitespacecomments'),
    ],
    commamember: [
      [String.raw`(([a-z_][\w.]*=?|[-+*/%])(?=\s*(\(([^()]*\([^()]*\))*[^)]*\)\s*)?(::[\w.\s]+)?=>))`, 'Name.Function', 'signature'],
      include('whitespacecomments'),
      defaultState('#pop'),
    ],
  },
};

/** The lexer options LassoLexer reads (get_bool_opt). */
export interface LassoOptions {
  readonly builtinshighlighting?: unknown;
  readonly requiredelimiters?: unknown;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter((word) => word !== ''));

export function createLassoLexer(byName: (alias: string) => Lexer | undefined, options: LassoOptions): Lexer {
  const lexer = compileLexer(definition, byName);
  const highlight = booleanOption(options.builtinshighlighting, true);
  const builtins = highlight ? words(LASSO_BUILTINS) : new Set<string>();
  const members = highlight ? words(LASSO_MEMBERS) : new Set<string>();
  // LassoLexer's get_tokens_unprocessed takes no stack: it always starts at root (and delimiters).
  const stack = booleanOption(options.requiredelimiters, false) ? ['root', 'delimiters'] : ['root'];
  return {
    ...lexer,
    *tokensUnprocessed(text) {
      for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
        const builtin =
          (type === 'Name.Other' && builtins.has(value.toLowerCase())) ||
          (type === 'Name.Other.Member' && members.has(value.toLowerCase().replace(/=+$/, '')));
        yield [index, builtin ? 'Name.Builtin' : type, value];
      }
    },
    withOptions: (given) => createLassoLexer(byName, given),
  };
}

export const lassoLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => createLassoLexer(byName, {}),
};

/**
 * A DelegatingLexer over LassoLexer, lexer options handed to both; the CSS and JavaScript ones
 * set `requiredelimiters` over whatever options they are given.
 */
function lassoIn(name: string, aliases: readonly string[], root: string, requireDelimiters: boolean): LexerFactory {
  const create = (byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer => {
    const host = lexerFrom(root, byName);
    return {
      ...delegatingLexer(name, host.withOptions?.(options) ?? host, createLassoLexer(byName, requireDelimiters ? { ...options, requiredelimiters: true } : options)),
      withOptions: (more) => create(byName, more),
    };
  };
  return { name, aliases, create: (byName) => create(byName, {}) };
}

export const lassoHtmlLexer = lassoIn('HTML+Lasso', ['html+lasso'], 'html', false);
export const lassoXmlLexer = lassoIn('XML+Lasso', ['xml+lasso'], 'xml', false);
export const lassoCssLexer = lassoIn('CSS+Lasso', ['css+lasso'], 'css', true);
export const lassoJavascriptLexer = lassoIn('JavaScript+Lasso', ['javascript+lasso', 'js+lasso'], 'javascript', true);

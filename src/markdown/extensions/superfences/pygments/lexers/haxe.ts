/**
 * Pygments' HaxeLexer (pygments/lexers/haxe.py, Pygments 2.20.0), rule for rule: an
 * ExtendedRegexLexer whose states follow Haxe's grammar (declarations, expressions, types), and
 * whose `#if` / `#else` / `#end` callback saves and restores the state stack around conditional
 * code. The rule table was transcribed from Pygments' by a script and checked against it.
 *
 *     var x:Int = 1;   ->   <kd>var</kd><w> </w>x<p>:</p><n>Int</n><w> </w><o>=</o><w> </w><mi>1</mi><p>;</p>
 */
import { baseContext, bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { defaultState, include, type LexerFactory } from '../regex-lexer.ts';
import { compileExtendedLexer } from '../extended-lexer.ts';

/** The keywords, from lexer.mll in the Haxe compiler. */
const KEYWORD = String.raw`(?:function|class|static|var|if|else|while|do|for|` +
  String.raw`break|return|continue|extends|implements|import|` +
  String.raw`switch|case|default|public|private|try|untyped|` +
  String.raw`catch|new|this|throw|extern|enum|in|interface|` +
  String.raw`cast|override|dynamic|typedef|package|` +
  String.raw`inline|using|null|true|false|abstract)\b`;
/** idtype in lexer.mll */
const TYPEID = String.raw`_*[A-Z]\w*`;
/** an identifier, a `$name` or a type name */
const IDENT = String.raw`(?:_*[a-z]\w*|_+[0-9]\w*|` + TYPEID + String.raw`|_+|\$\w+)`;
const BINOP = String.raw`(?:%=|&=|\|=|\^=|\+=|\-=|\*=|/=|<<=|>\s*>\s*=|>\s*>\s*>\s*=|==|` +
  String.raw`!=|<=|>\s*=|&&|\|\||<<|>>>|>\s*>|\.\.\.|<|>|%|&|\||\^|\+|\*|` +
  String.raw`/|\-|=>|=)`;
const IDENT_NO_KEYWORD = `(?!${KEYWORD})${IDENT}`;

/**
 * preproc_callback: `#if` saves the stack, `#else` / `#elseif` go back to it, `#end` drops it;
 * `#if` and `#elseif` take a condition, `#error` a message. Pygments keeps the saved stacks on
 * the lexer class, so they outlive one text; here they live as long as the renderer's lexer.
 */
function preprocCallback(saved: string[][]): ContextCallback<LexerContext> {
  return function* (_lexer, match, context) {
    const proc = match.group(2) ?? '';
    if (proc === 'if') saved.push([...context.stack]);
    else if (proc === 'else' || proc === 'elseif') {
      const last = saved.at(-1);
      if (last !== undefined) context.stack = [...last];
    } else if (proc === 'end') saved.pop();
    if (proc === 'if' || proc === 'elseif') context.stack.push('preproc-expr');
    if (proc === 'error') context.stack.push('preproc-error');
    yield [match.start, 'Comment.Preproc', `#${proc}`];
    context.pos = match.start + match.text.length;
  };
}

function haxeDefinition(preproc: ContextCallback<LexerContext>): ExtendedLexerDefinition<LexerContext> {
  return {
    name: 'Haxe',
    aliases: ['haxe', 'hxsl', 'hx'],
    flags: 'ms',
    context: baseContext,
    tokens: {
        root: [
          include('spaces'),
          include('meta'),
          [String.raw`(?:package)\b`, 'Keyword.Namespace', ['semicolon', 'package']],
          [String.raw`(?:import)\b`, 'Keyword.Namespace', ['semicolon', 'import']],
          [String.raw`(?:using)\b`, 'Keyword.Namespace', ['semicolon', 'using']],
          [String.raw`(?:extern|private)\b`, 'Keyword.Declaration'],
          [String.raw`(?:abstract)\b`, 'Keyword.Declaration', 'abstract'],
          [String.raw`(?:class|interface)\b`, 'Keyword.Declaration', 'class'],
          [String.raw`(?:enum)\b`, 'Keyword.Declaration', 'enum'],
          [String.raw`(?:typedef)\b`, 'Keyword.Declaration', 'typedef'],
          ['(?=.)', 'Text', 'expr-statement'],
        ],
        spaces: [
          [String.raw`\s+`, 'Text.Whitespace'],
          [String.raw`//[^\n\r]*`, 'Comment.Single'],
          [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
          [String.raw`(#)(if|elseif|else|end|error)\b`, preproc],
        ],
        'string-single-interpol': [
          [String.raw`\$\{`, 'Literal.String.Interpol', ['string-interpol-close', 'expr']],
          [String.raw`\$\$`, 'Literal.String.Escape'],
          [String.raw`\$(?=${IDENT})`, 'Literal.String.Interpol', 'ident'],
          include('string-single'),
        ],
        'string-single': [
          ["'", 'Literal.String.Single', '#pop'],
          [String.raw`\\.`, 'Literal.String.Escape'],
          ['.', 'Literal.String.Single'],
        ],
        'string-double': [
          ['"', 'Literal.String.Double', '#pop'],
          [String.raw`\\.`, 'Literal.String.Escape'],
          ['.', 'Literal.String.Double'],
        ],
        'string-interpol-close': [
          [String.raw`\$${IDENT}`, 'Literal.String.Interpol'],
          [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
        ],
        package: [
          include('spaces'),
          [IDENT, 'Name.Namespace'],
          [String.raw`\.`, 'Punctuation', 'import-ident'],
          defaultState('#pop'),
        ],
        import: [
          include('spaces'),
          [IDENT, 'Name.Namespace'],
          [String.raw`\*`, 'Keyword'],
          [String.raw`\.`, 'Punctuation', 'import-ident'],
          ['in', 'Keyword.Namespace', 'ident'],
          defaultState('#pop'),
        ],
        'import-ident': [
          include('spaces'),
          [String.raw`\*`, 'Keyword', '#pop'],
          [IDENT, 'Name.Namespace', '#pop'],
        ],
        using: [
          include('spaces'),
          [IDENT, 'Name.Namespace'],
          [String.raw`\.`, 'Punctuation', 'import-ident'],
          defaultState('#pop'),
        ],
        'preproc-error': [
          [String.raw`\s+`, 'Text.Whitespace'],
          ["'", 'Literal.String.Single', ['#pop', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'string-double']],
          defaultState('#pop'),
        ],
        'preproc-expr': [
          [String.raw`\s+`, 'Text.Whitespace'],
          [String.raw`\!`, 'Comment.Preproc'],
          [String.raw`\(`, 'Comment.Preproc', ['#pop', 'preproc-parenthesis']],
          [IDENT, 'Comment.Preproc', '#pop'],
          [String.raw`\.[0-9]+`, 'Literal.Number.Float'],
          [String.raw`[0-9]+[eE][+\-]?[0-9]+`, 'Literal.Number.Float'],
          [String.raw`[0-9]+\.[0-9]*[eE][+\-]?[0-9]+`, 'Literal.Number.Float'],
          [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float'],
          [String.raw`[0-9]+\.(?!${IDENT}|\.\.)`, 'Literal.Number.Float'],
          ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
          ['[0-9]+', 'Literal.Number.Integer'],
          ["'", 'Literal.String.Single', ['#pop', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'string-double']],
        ],
        'preproc-parenthesis': [
          [String.raw`\s+`, 'Text.Whitespace'],
          [String.raw`\)`, 'Comment.Preproc', '#pop'],
          defaultState('preproc-expr-in-parenthesis'),
        ],
        'preproc-expr-chain': [
          [String.raw`\s+`, 'Text.Whitespace'],
          [BINOP, 'Comment.Preproc', ['#pop', 'preproc-expr-in-parenthesis']],
          defaultState('#pop'),
        ],
        'preproc-expr-in-parenthesis': [
          [String.raw`\s+`, 'Text.Whitespace'],
          [String.raw`\!`, 'Comment.Preproc'],
          [String.raw`\(`, 'Comment.Preproc', ['#pop', 'preproc-expr-chain', 'preproc-parenthesis']],
          [IDENT, 'Comment.Preproc', ['#pop', 'preproc-expr-chain']],
          [String.raw`\.[0-9]+`, 'Literal.Number.Float', ['#pop', 'preproc-expr-chain']],
          [String.raw`[0-9]+[eE][+\-]?[0-9]+`, 'Literal.Number.Float', ['#pop', 'preproc-expr-chain']],
          [String.raw`[0-9]+\.[0-9]*[eE][+\-]?[0-9]+`, 'Literal.Number.Float', ['#pop', 'preproc-expr-chain']],
          [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float', ['#pop', 'preproc-expr-chain']],
          [String.raw`[0-9]+\.(?!${IDENT}|\.\.)`, 'Literal.Number.Float', ['#pop', 'preproc-expr-chain']],
          ['0x[0-9a-fA-F]+', 'Literal.Number.Hex', ['#pop', 'preproc-expr-chain']],
          ['[0-9]+', 'Literal.Number.Integer', ['#pop', 'preproc-expr-chain']],
          ["'", 'Literal.String.Single', ['#pop', 'preproc-expr-chain', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'preproc-expr-chain', 'string-double']],
        ],
        abstract: [
          include('spaces'),
          defaultState(['#pop', 'abstract-body', 'abstract-relation', 'abstract-opaque', 'type-param-constraint', 'type-name']),
        ],
        'abstract-body': [
          include('spaces'),
          [String.raw`\{`, 'Punctuation', ['#pop', 'class-body']],
        ],
        'abstract-opaque': [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'parenthesis-close', 'type']],
          defaultState('#pop'),
        ],
        'abstract-relation': [
          include('spaces'),
          ['(?:to|from)', 'Keyword.Declaration', 'type'],
          [',', 'Punctuation'],
          defaultState('#pop'),
        ],
        meta: [
          include('spaces'),
          ['@', 'Name.Decorator', ['meta-body', 'meta-ident', 'meta-colon']],
        ],
        'meta-colon': [
          include('spaces'),
          [':', 'Name.Decorator', '#pop'],
          defaultState('#pop'),
        ],
        'meta-ident': [
          include('spaces'),
          [IDENT, 'Name.Decorator', '#pop'],
        ],
        'meta-body': [
          include('spaces'),
          [String.raw`\(`, 'Name.Decorator', ['#pop', 'meta-call']],
          defaultState('#pop'),
        ],
        'meta-call': [
          include('spaces'),
          [String.raw`\)`, 'Name.Decorator', '#pop'],
          defaultState(['#pop', 'meta-call-sep', 'expr']),
        ],
        'meta-call-sep': [
          include('spaces'),
          [String.raw`\)`, 'Name.Decorator', '#pop'],
          [',', 'Punctuation', ['#pop', 'meta-call']],
        ],
        typedef: [
          include('spaces'),
          defaultState(['#pop', 'typedef-body', 'type-param-constraint', 'type-name']),
        ],
        'typedef-body': [
          include('spaces'),
          ['=', 'Operator', ['#pop', 'optional-semicolon', 'type']],
        ],
        enum: [
          include('spaces'),
          defaultState(['#pop', 'enum-body', 'bracket-open', 'type-param-constraint', 'type-name']),
        ],
        'enum-body': [
          include('spaces'),
          include('meta'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          [IDENT_NO_KEYWORD, 'Name', ['enum-member', 'type-param-constraint']],
        ],
        'enum-member': [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'semicolon', 'flag', 'function-param']],
          defaultState(['#pop', 'semicolon', 'flag']),
        ],
        class: [
          include('spaces'),
          defaultState(['#pop', 'class-body', 'bracket-open', 'extends', 'type-param-constraint', 'type-name']),
        ],
        extends: [
          include('spaces'),
          [String.raw`(?:extends|implements)\b`, 'Keyword.Declaration', 'type'],
          [',', 'Punctuation'],
          defaultState('#pop'),
        ],
        'bracket-open': [
          include('spaces'),
          [String.raw`\{`, 'Punctuation', '#pop'],
        ],
        'bracket-close': [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
        ],
        'class-body': [
          include('spaces'),
          include('meta'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          [String.raw`(?:static|public|private|override|dynamic|inline|macro)\b`, 'Keyword.Declaration'],
          defaultState('class-member'),
        ],
        'class-member': [
          include('spaces'),
          [String.raw`(var)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'var']],
          [String.raw`(function)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'class-method']],
        ],
        'function-local': [
          include('spaces'),
          [IDENT_NO_KEYWORD, 'Name.Function', ['#pop', 'optional-expr', 'flag', 'function-param', 'parenthesis-open', 'type-param-constraint']],
          defaultState(['#pop', 'optional-expr', 'flag', 'function-param', 'parenthesis-open', 'type-param-constraint']),
        ],
        'optional-expr': [
          include('spaces'),
          include('expr'),
          defaultState('#pop'),
        ],
        'class-method': [
          include('spaces'),
          [IDENT, 'Name.Function', ['#pop', 'optional-expr', 'flag', 'function-param', 'parenthesis-open', 'type-param-constraint']],
        ],
        'function-param': [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
          [String.raw`\?`, 'Punctuation'],
          [IDENT_NO_KEYWORD, 'Name', ['#pop', 'function-param-sep', 'assign', 'flag']],
        ],
        'function-param-sep': [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'function-param']],
        ],
        'prop-get-set': [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'parenthesis-close', 'prop-get-set-opt', 'comma', 'prop-get-set-opt']],
          defaultState('#pop'),
        ],
        'prop-get-set-opt': [
          include('spaces'),
          [String.raw`(?:default|null|never|dynamic|get|set)\b`, 'Keyword', '#pop'],
          [IDENT_NO_KEYWORD, 'Text', '#pop'],
        ],
        'expr-statement': [
          include('spaces'),
          defaultState(['#pop', 'optional-semicolon', 'expr']),
        ],
        expr: [
          include('spaces'),
          ['@', 'Name.Decorator', ['#pop', 'optional-expr', 'meta-body', 'meta-ident', 'meta-colon']],
          [String.raw`(?:\+\+|\-\-|~(?!/)|!|\-)`, 'Operator'],
          [String.raw`\(`, 'Punctuation', ['#pop', 'expr-chain', 'parenthesis']],
          [String.raw`(?:static|public|private|override|dynamic|inline)\b`, 'Keyword.Declaration'],
          [String.raw`(?:function)\b`, 'Keyword.Declaration', ['#pop', 'expr-chain', 'function-local']],
          [String.raw`\{`, 'Punctuation', ['#pop', 'expr-chain', 'bracket']],
          [String.raw`(?:true|false|null)\b`, 'Keyword.Constant', ['#pop', 'expr-chain']],
          [String.raw`(?:this)\b`, 'Keyword', ['#pop', 'expr-chain']],
          [String.raw`(?:cast)\b`, 'Keyword', ['#pop', 'expr-chain', 'cast']],
          [String.raw`(?:try)\b`, 'Keyword', ['#pop', 'catch', 'expr']],
          [String.raw`(?:var)\b`, 'Keyword.Declaration', ['#pop', 'var']],
          [String.raw`(?:new)\b`, 'Keyword', ['#pop', 'expr-chain', 'new']],
          [String.raw`(?:switch)\b`, 'Keyword', ['#pop', 'switch']],
          [String.raw`(?:if)\b`, 'Keyword', ['#pop', 'if']],
          [String.raw`(?:do)\b`, 'Keyword', ['#pop', 'do']],
          [String.raw`(?:while)\b`, 'Keyword', ['#pop', 'while']],
          [String.raw`(?:for)\b`, 'Keyword', ['#pop', 'for']],
          [String.raw`(?:untyped|throw)\b`, 'Keyword'],
          [String.raw`(?:return)\b`, 'Keyword', ['#pop', 'optional-expr']],
          [String.raw`(?:macro)\b`, 'Keyword', ['#pop', 'macro']],
          [String.raw`(?:continue|break)\b`, 'Keyword', '#pop'],
          [String.raw`(?:\$\s*[a-z]\b|\$(?!${IDENT}))`, 'Name', ['#pop', 'dollar']],
          [IDENT_NO_KEYWORD, 'Name', ['#pop', 'expr-chain']],
          [String.raw`\.[0-9]+`, 'Literal.Number.Float', ['#pop', 'expr-chain']],
          [String.raw`[0-9]+[eE][+\-]?[0-9]+`, 'Literal.Number.Float', ['#pop', 'expr-chain']],
          [String.raw`[0-9]+\.[0-9]*[eE][+\-]?[0-9]+`, 'Literal.Number.Float', ['#pop', 'expr-chain']],
          [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float', ['#pop', 'expr-chain']],
          [String.raw`[0-9]+\.(?!${IDENT}|\.\.)`, 'Literal.Number.Float', ['#pop', 'expr-chain']],
          ['0x[0-9a-fA-F]+', 'Literal.Number.Hex', ['#pop', 'expr-chain']],
          ['[0-9]+', 'Literal.Number.Integer', ['#pop', 'expr-chain']],
          ["'", 'Literal.String.Single', ['#pop', 'expr-chain', 'string-single-interpol']],
          ['"', 'Literal.String.Double', ['#pop', 'expr-chain', 'string-double']],
          [String.raw`~/(\\\\|\\[^\\]|[^/\\\n])*/[gimsu]*`, 'Literal.String.Regex', ['#pop', 'expr-chain']],
          [String.raw`\[`, 'Punctuation', ['#pop', 'expr-chain', 'array-decl']],
        ],
        'expr-chain': [
          include('spaces'),
          [String.raw`(?:\+\+|\-\-)`, 'Operator'],
          [BINOP, 'Operator', ['#pop', 'expr']],
          [String.raw`(?:in)\b`, 'Keyword', ['#pop', 'expr']],
          [String.raw`\?`, 'Operator', ['#pop', 'expr', 'ternary', 'expr']],
          [String.raw`(\.)(${IDENT_NO_KEYWORD})`, bygroupsInContext('Punctuation', 'Name')],
          [String.raw`\[`, 'Punctuation', 'array-access'],
          [String.raw`\(`, 'Punctuation', 'call'],
          defaultState('#pop'),
        ],
        macro: [
          include('spaces'),
          include('meta'),
          [':', 'Punctuation', ['#pop', 'type']],
          [String.raw`(?:extern|private)\b`, 'Keyword.Declaration'],
          [String.raw`(?:abstract)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'abstract']],
          [String.raw`(?:class|interface)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'macro-class']],
          [String.raw`(?:enum)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'enum']],
          [String.raw`(?:typedef)\b`, 'Keyword.Declaration', ['#pop', 'optional-semicolon', 'typedef']],
          defaultState(['#pop', 'expr']),
        ],
        'macro-class': [
          [String.raw`\{`, 'Punctuation', ['#pop', 'class-body']],
          include('class'),
        ],
        cast: [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'parenthesis-close', 'cast-type', 'expr']],
          defaultState(['#pop', 'expr']),
        ],
        'cast-type': [
          include('spaces'),
          [',', 'Punctuation', ['#pop', 'type']],
          defaultState('#pop'),
        ],
        catch: [
          include('spaces'),
          [String.raw`(?:catch)\b`, 'Keyword', ['expr', 'function-param', 'parenthesis-open']],
          defaultState('#pop'),
        ],
        do: [
          include('spaces'),
          defaultState(['#pop', 'do-while', 'expr']),
        ],
        'do-while': [
          include('spaces'),
          [String.raw`(?:while)\b`, 'Keyword', ['#pop', 'parenthesis', 'parenthesis-open']],
        ],
        while: [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'expr', 'parenthesis']],
        ],
        for: [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'expr', 'parenthesis']],
        ],
        if: [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'else', 'optional-semicolon', 'expr', 'parenthesis']],
        ],
        else: [
          include('spaces'),
          [String.raw`(?:else)\b`, 'Keyword', ['#pop', 'expr']],
          defaultState('#pop'),
        ],
        switch: [
          include('spaces'),
          defaultState(['#pop', 'switch-body', 'bracket-open', 'expr']),
        ],
        'switch-body': [
          include('spaces'),
          [String.raw`(?:case|default)\b`, 'Keyword', ['case-block', 'case']],
          [String.raw`\}`, 'Punctuation', '#pop'],
        ],
        case: [
          include('spaces'),
          [':', 'Punctuation', '#pop'],
          defaultState(['#pop', 'case-sep', 'case-guard', 'expr']),
        ],
        'case-sep': [
          include('spaces'),
          [':', 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'case']],
        ],
        'case-guard': [
          include('spaces'),
          [String.raw`(?:if)\b`, 'Keyword', ['#pop', 'parenthesis', 'parenthesis-open']],
          defaultState('#pop'),
        ],
        'case-block': [
          include('spaces'),
          [String.raw`(?!(?:case|default)\b|\})`, 'Keyword', 'expr-statement'],
          defaultState('#pop'),
        ],
        new: [
          include('spaces'),
          defaultState(['#pop', 'call', 'parenthesis-open', 'type']),
        ],
        'array-decl': [
          include('spaces'),
          [String.raw`\]`, 'Punctuation', '#pop'],
          defaultState(['#pop', 'array-decl-sep', 'expr']),
        ],
        'array-decl-sep': [
          include('spaces'),
          [String.raw`\]`, 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'array-decl']],
        ],
        'array-access': [
          include('spaces'),
          defaultState(['#pop', 'array-access-close', 'expr']),
        ],
        'array-access-close': [
          include('spaces'),
          [String.raw`\]`, 'Punctuation', '#pop'],
        ],
        comma: [
          include('spaces'),
          [',', 'Punctuation', '#pop'],
        ],
        colon: [
          include('spaces'),
          [':', 'Punctuation', '#pop'],
        ],
        semicolon: [
          include('spaces'),
          [';', 'Punctuation', '#pop'],
        ],
        'optional-semicolon': [
          include('spaces'),
          [';', 'Punctuation', '#pop'],
          defaultState('#pop'),
        ],
        ident: [
          include('spaces'),
          [IDENT, 'Name', '#pop'],
        ],
        dollar: [
          include('spaces'),
          [String.raw`\{`, 'Punctuation', ['#pop', 'expr-chain', 'bracket-close', 'expr']],
          defaultState(['#pop', 'expr-chain']),
        ],
        'type-name': [
          include('spaces'),
          [TYPEID, 'Name', '#pop'],
        ],
        'type-full-name': [
          include('spaces'),
          [String.raw`\.`, 'Punctuation', 'ident'],
          defaultState('#pop'),
        ],
        type: [
          include('spaces'),
          [String.raw`\?`, 'Punctuation'],
          [IDENT, 'Name', ['#pop', 'type-check', 'type-full-name']],
          [String.raw`\{`, 'Punctuation', ['#pop', 'type-check', 'type-struct']],
          [String.raw`\(`, 'Punctuation', ['#pop', 'type-check', 'type-parenthesis']],
        ],
        'type-parenthesis': [
          include('spaces'),
          defaultState(['#pop', 'parenthesis-close', 'type']),
        ],
        'type-check': [
          include('spaces'),
          ['->', 'Punctuation', ['#pop', 'type']],
          ['<(?!=)', 'Punctuation', 'type-param'],
          defaultState('#pop'),
        ],
        'type-struct': [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          [String.raw`\?`, 'Punctuation'],
          ['>', 'Punctuation', ['comma', 'type']],
          [IDENT_NO_KEYWORD, 'Name', ['#pop', 'type-struct-sep', 'type', 'colon']],
          include('class-body'),
        ],
        'type-struct-sep': [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'type-struct']],
        ],
        'type-param-type': [
          [String.raw`\.[0-9]+`, 'Literal.Number.Float', '#pop'],
          [String.raw`[0-9]+[eE][+\-]?[0-9]+`, 'Literal.Number.Float', '#pop'],
          [String.raw`[0-9]+\.[0-9]*[eE][+\-]?[0-9]+`, 'Literal.Number.Float', '#pop'],
          [String.raw`[0-9]+\.[0-9]+`, 'Literal.Number.Float', '#pop'],
          [String.raw`[0-9]+\.(?!${IDENT}|\.\.)`, 'Literal.Number.Float', '#pop'],
          ['0x[0-9a-fA-F]+', 'Literal.Number.Hex', '#pop'],
          ['[0-9]+', 'Literal.Number.Integer', '#pop'],
          ["'", 'Literal.String.Single', ['#pop', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'string-double']],
          [String.raw`~/(\\\\|\\[^\\]|[^/\\\n])*/[gim]*`, 'Literal.String.Regex', '#pop'],
          [String.raw`\[`, 'Operator', ['#pop', 'array-decl']],
          include('type'),
        ],
        'type-param': [
          include('spaces'),
          defaultState(['#pop', 'type-param-sep', 'type-param-type']),
        ],
        'type-param-sep': [
          include('spaces'),
          ['>', 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'type-param']],
        ],
        'type-param-constraint': [
          include('spaces'),
          ['<(?!=)', 'Punctuation', ['#pop', 'type-param-constraint-sep', 'type-param-constraint-flag', 'type-name']],
          defaultState('#pop'),
        ],
        'type-param-constraint-sep': [
          include('spaces'),
          ['>', 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'type-param-constraint-sep', 'type-param-constraint-flag', 'type-name']],
        ],
        'type-param-constraint-flag': [
          include('spaces'),
          [':', 'Punctuation', ['#pop', 'type-param-constraint-flag-type']],
          defaultState('#pop'),
        ],
        'type-param-constraint-flag-type': [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', ['#pop', 'type-param-constraint-flag-type-sep', 'type']],
          defaultState(['#pop', 'type']),
        ],
        'type-param-constraint-flag-type-sep': [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
          [',', 'Punctuation', 'type'],
        ],
        parenthesis: [
          include('spaces'),
          defaultState(['#pop', 'parenthesis-close', 'flag', 'expr']),
        ],
        'parenthesis-open': [
          include('spaces'),
          [String.raw`\(`, 'Punctuation', '#pop'],
        ],
        'parenthesis-close': [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
        ],
        var: [
          include('spaces'),
          [IDENT_NO_KEYWORD, 'Text', ['#pop', 'var-sep', 'assign', 'flag', 'prop-get-set']],
        ],
        'var-sep': [
          include('spaces'),
          [',', 'Punctuation', ['#pop', 'var']],
          defaultState('#pop'),
        ],
        assign: [
          include('spaces'),
          ['=', 'Operator', ['#pop', 'expr']],
          defaultState('#pop'),
        ],
        flag: [
          include('spaces'),
          [':', 'Punctuation', ['#pop', 'type']],
          defaultState('#pop'),
        ],
        ternary: [
          include('spaces'),
          [':', 'Operator', '#pop'],
        ],
        call: [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
          defaultState(['#pop', 'call-sep', 'expr']),
        ],
        'call-sep': [
          include('spaces'),
          [String.raw`\)`, 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'call']],
        ],
        bracket: [
          include('spaces'),
          [String.raw`(?!(?:\$\s*[a-z]\b|\$(?!${IDENT})))${IDENT_NO_KEYWORD}`, 'Name', ['#pop', 'bracket-check']],
          ["'", 'Literal.String.Single', ['#pop', 'bracket-check', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'bracket-check', 'string-double']],
          defaultState(['#pop', 'block']),
        ],
        'bracket-check': [
          include('spaces'),
          [':', 'Punctuation', ['#pop', 'object-sep', 'expr']],
          defaultState(['#pop', 'block', 'optional-semicolon', 'expr-chain']),
        ],
        block: [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          defaultState('expr-statement'),
        ],
        object: [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          defaultState(['#pop', 'object-sep', 'expr', 'colon', 'ident-or-string']),
        ],
        'ident-or-string': [
          include('spaces'),
          [IDENT_NO_KEYWORD, 'Name', '#pop'],
          ["'", 'Literal.String.Single', ['#pop', 'string-single']],
          ['"', 'Literal.String.Double', ['#pop', 'string-double']],
        ],
        'object-sep': [
          include('spaces'),
          [String.raw`\}`, 'Punctuation', '#pop'],
          [',', 'Punctuation', ['#pop', 'object']],
        ],
    },
  };
}

export const haxeLexer: LexerFactory = {
  name: 'Haxe',
  aliases: ['haxe', 'hxsl', 'hx'],
  create: (byName) => compileExtendedLexer(haxeDefinition(preprocCallback([])), byName),
};

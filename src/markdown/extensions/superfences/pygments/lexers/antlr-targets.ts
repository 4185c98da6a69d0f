/**
 * Pygments' AntlrCppLexer, AntlrObjectiveCLexer, AntlrCSharpLexer, AntlrPythonLexer,
 * AntlrJavaLexer, AntlrRubyLexer, AntlrPerlLexer and AntlrActionScriptLexer
 * (pygments/lexers/parsers.py, Pygments 2.20.0): DelegatingLexers. AntlrLexer lexes the grammar
 * and leaves its actions and arguments as `Other`; those, put together, are lexed by the
 * target language's lexer.
 *
 *     r : ID {count++;} ;   ->   <nl>r</nl> <p>:</p> <nc>ID</nc> <p>{</p><n>count</n><o>++</o><p>;</p><p>}</p> <p>;</p>
 */
import { delegatingFactory } from './delegating-factory.ts';

export const antlrCppLexer = delegatingFactory('ANTLR With CPP Target', ['antlr-cpp'], 'cpp', 'antlr');
export const antlrObjectiveCLexer = delegatingFactory('ANTLR With ObjectiveC Target', ['antlr-objc'], 'objective-c', 'antlr');
export const antlrCSharpLexer = delegatingFactory('ANTLR With C# Target', ['antlr-csharp', 'antlr-c#'], 'csharp', 'antlr');
export const antlrPythonLexer = delegatingFactory('ANTLR With Python Target', ['antlr-python'], 'python', 'antlr');
export const antlrJavaLexer = delegatingFactory('ANTLR With Java Target', ['antlr-java'], 'java', 'antlr');
export const antlrRubyLexer = delegatingFactory('ANTLR With Ruby Target', ['antlr-ruby', 'antlr-rb'], 'ruby', 'antlr');
export const antlrPerlLexer = delegatingFactory('ANTLR With Perl Target', ['antlr-perl'], 'perl', 'antlr');
// ActionScriptLexer (ActionScript 2), not ActionScript 3's.
export const antlrActionScriptLexer = delegatingFactory('ANTLR With ActionScript Target', ['antlr-actionscript', 'antlr-as'], 'actionscript', 'antlr');

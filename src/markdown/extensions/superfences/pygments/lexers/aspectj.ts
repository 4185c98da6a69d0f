/**
 * Pygments' AspectJLexer (pygments/lexers/jvm.py, Pygments 2.20.0): JavaLexer's tokens, with
 * AspectJ's words retyped afterwards as its get_tokens_unprocessed does. An inter-type label
 * (`parents:`) becomes the keyword and its colon an operator.
 *
 *     declare parents: Point implements Runnable;
 *     ->   <k>declare</k> <k>parents</k><o>:</o> <n>Point</n> <kd>implements</kd> <n>Runnable</n><p>;</p>
 */
import { compileLexer, type LexerFactory } from '../regex-lexer.ts';
import { javaLexer } from './java.ts';

const KEYWORDS = new Set([
  'aspect', 'pointcut', 'privileged', 'call', 'execution', 'initialization', 'preinitialization', 'handler', 'get',
  'set', 'staticinitialization', 'target', 'args', 'within', 'withincode', 'cflow', 'cflowbelow', 'annotation',
  'before', 'after', 'around', 'proceed', 'throwing', 'returning', 'adviceexecution', 'declare', 'parents', 'warning',
  'error', 'soft', 'precedence', 'thisJoinPoint', 'thisJoinPointStaticPart', 'thisEnclosingJoinPointStaticPart',
  'issingleton', 'perthis', 'pertarget', 'percflow', 'percflowbelow', 'pertypewithin', 'lock', 'unlock',
  'thisAspectInstance',
]);
const INTER_TYPE = new Set(['parents:', 'warning:', 'error:', 'soft:', 'precedence:']);
const INTER_TYPE_ANNOTATIONS = new Set(['@type', '@method', '@constructor', '@field']);

export const aspectjLexer: LexerFactory = {
  name: 'AspectJ',
  aliases: ['aspectj'],
  create(byName) {
    const java = compileLexer({ ...javaLexer, name: 'AspectJ', aliases: ['aspectj'] }, byName);
    return {
      ...java,
      *tokensUnprocessed(text, stack) {
        for (const token of java.tokensUnprocessed(text, stack)) {
          const [index, type, value] = token;
          if (type === 'Name' && KEYWORDS.has(value)) yield [index, 'Keyword', value];
          else if (type === 'Name.Label' && INTER_TYPE.has(value)) {
            // Pygments gives both parts the label's index.
            yield [index, 'Keyword', value.slice(0, -1)];
            yield [index, 'Operator', value.slice(-1)];
          } else if (type === 'Name.Decorator' && INTER_TYPE_ANNOTATIONS.has(value)) yield [index, 'Keyword', value];
          else yield token;
        }
      },
    };
  },
};

/** `defListDescription` tokens -> `defListDescription` nodes (grouped into lists by transform.ts). */
import type { Extension, Token } from 'mdast-util-from-markdown';
import type { CompileContext } from 'mdast-util-from-markdown';
import './mdast.ts';

export function defListFromMarkdown(): Extension {
  return {
    enter: {
      defListDescription(this: CompileContext, token: Token) {
        this.enter({ type: 'defListDescription', children: [] }, token);
      },
    },
    exit: {
      defListDescription(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}

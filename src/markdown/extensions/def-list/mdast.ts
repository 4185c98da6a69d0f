/** The mdast nodes of def_list: `defList` > (`defListTerm` | `defListDescription`)*. */
import type { BlockContent, DefinitionContent, PhrasingContent } from 'mdast';

declare module 'mdast' {
  interface DefList extends Parent {
    type: 'defList';
    children: Array<DefListTerm | DefListDescription>;
  }
  interface DefListTerm extends Parent {
    type: 'defListTerm';
    children: PhrasingContent[];
  }
  /** One `:` definition. `spread: false` renders its first paragraph without `<p>`. */
  interface DefListDescription extends Parent {
    type: 'defListDescription';
    spread?: boolean | undefined;
    children: Array<BlockContent | DefinitionContent>;
  }
  interface RootContentMap {
    defList: DefList;
    defListTerm: DefListTerm;
    defListDescription: DefListDescription;
  }
  interface BlockContentMap {
    defList: DefList;
    defListDescription: DefListDescription;
  }
}

export type { BlockContent, DefinitionContent, PhrasingContent };

/**
 * Pygments' RoboconfGraphLexer and RoboconfInstancesLexer (pygments/lexers/roboconf.py, Pygments 2.20.0), rule for rule.
 * Roboconf graph definitions: component and facet blocks of properties.
 * Roboconf instance definitions: nested `instance of` blocks.
 *
 *     Vm { installer: target; }   ->   Vm { <n>installer:</n> target; }
 *     instance of Vm {   ->   <k>instance of </k>Vm {
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'facet', 'import',
];
const ROOT_NAME = [
  'installer', 'extends', 'exports', 'imports', 'facets', 'children',
];

export const roboconfGraphLexer: LexerDefinition = {
  name: 'Roboconf Graph',
  aliases: ['roboconf-graph'],
  flags: 'mi',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      ['=', 'Operator'],
      [words(ROOT_KEYWORD, String.raw`\b`, String.raw`\s*\b`), 'Keyword'],
      [words(ROOT_NAME, String.raw`\b`, String.raw`\s*:?`), 'Name'],
      [String.raw`#.*\n`, 'Comment'],
      ['[^#]', 'Text'],
      [String.raw`.*\n`, 'Text'],
    ],
  },
};

const INSTANCES_KEYWORD = [
  'instance of', 'import',
];
const INSTANCES_NAME = [
  'name', 'count',
];

export const roboconfInstancesLexer: LexerDefinition = {
  name: 'Roboconf Instances',
  aliases: ['roboconf-instances'],
  flags: 'mi',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      [words(INSTANCES_KEYWORD, String.raw`\b`, String.raw`\s*\b`), 'Keyword'],
      [words(INSTANCES_NAME, String.raw`\b`, 's*:?'), 'Name'],
      [String.raw`\s*[\w.-]+\s*:`, 'Name'],
      [String.raw`#.*\n`, 'Comment'],
      ['[^#]', 'Text'],
      [String.raw`.*\n`, 'Text'],
    ],
  },
};

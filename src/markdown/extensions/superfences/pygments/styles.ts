/**
 * Pygments styles for `noclasses: true`: each token gets an inline `style` instead of a class.
 * Style tables are data from Pygments (pygments/styles/*.py), keyed by full token type path;
 * resolution follows pygments/style.py (a type inherits its parent's definition unless it says
 * `noinherit`) and the CSS text follows HtmlFormatter (`color`, `font-weight`, `font-style`,
 * `text-decoration`, `background-color`, `border`, colours upper-cased and shortened).
 *
 * ```
 * default, Comment.Single  ->  "color: #3D7B7B; font-style: italic"
 * ```
 * Only `default`, `native` and `nord` are ported; another `pygments_style` is reported and rendered
 * with classes. Shared by codehilite and pymdownx.highlight (superfences' blocks).
 */
import type { Element, ElementContent } from 'hast';
import { tokenTypeOfClass } from './token.ts';

export interface PygmentsStyle {
  readonly background: string;
  readonly highlight: string;
  readonly lineNumber: { readonly color: string; readonly background: string };
  readonly lineNumberSpecial: { readonly color: string; readonly background: string };
  /** Token type path (`Literal.String.Doc`, `` for the root) -> Pygments style words. */
  readonly styles: Readonly<Record<string, string>>;
}

const BASE = { highlight: '#ffffcc', lineNumber: { color: 'inherit', background: 'transparent' }, lineNumberSpecial: { color: '#000000', background: '#ffffc0' } };

export const STYLES: Readonly<Record<string, PygmentsStyle>> = {
  default: {
    ...BASE,
    background: '#f8f8f8',
    styles: {
      'Text.Whitespace': '#bbbbbb', Comment: 'italic #3D7B7B', 'Comment.Preproc': 'noitalic #9C6500',
      Keyword: 'bold #008000', 'Keyword.Pseudo': 'nobold', 'Keyword.Type': 'nobold #B00040',
      Operator: '#666666', 'Operator.Word': 'bold #AA22FF',
      'Name.Builtin': '#008000', 'Name.Function': '#0000FF', 'Name.Class': 'bold #0000FF', 'Name.Namespace': 'bold #0000FF',
      'Name.Exception': 'bold #CB3F38', 'Name.Variable': '#19177C', 'Name.Constant': '#880000', 'Name.Label': '#767600',
      'Name.Entity': 'bold #717171', 'Name.Attribute': '#687822', 'Name.Tag': 'bold #008000', 'Name.Decorator': '#AA22FF',
      'Literal.String': '#BA2121', 'Literal.String.Doc': 'italic', 'Literal.String.Interpol': 'bold #A45A77',
      'Literal.String.Escape': 'bold #AA5D1F', 'Literal.String.Regex': '#A45A77', 'Literal.String.Symbol': '#19177C',
      'Literal.String.Other': '#008000', 'Literal.Number': '#666666',
      'Generic.Heading': 'bold #000080', 'Generic.Subheading': 'bold #800080', 'Generic.Deleted': '#A00000',
      'Generic.Inserted': '#008400', 'Generic.Error': '#E40000', 'Generic.Emph': 'italic', 'Generic.Strong': 'bold',
      'Generic.Prompt': 'bold #000080', 'Generic.Output': '#717171', 'Generic.Traceback': '#04D', Error: 'border:#FF0000',
    },
  },
  native: {
    ...BASE,
    background: '#202020',
    highlight: '#404040',
    lineNumber: { color: '#aaaaaa', background: 'transparent' },
    styles: {
      '': '#d0d0d0', 'Text.Whitespace': '#666666', Comment: 'italic #ababab', 'Comment.Preproc': 'noitalic bold #ff3a3a',
      'Comment.Special': 'noitalic bold #e50808 bg:#520000', Keyword: 'bold #6ebf26', 'Keyword.Pseudo': 'nobold',
      'Operator.Word': 'bold #6ebf26', 'Literal.String': '#ed9d13', 'Literal.String.Other': '#ffa500', 'Literal.Number': '#51b2fd',
      'Name.Builtin': '#2fbccd', 'Name.Variable': '#40ffff', 'Name.Constant': '#40ffff', 'Name.Class': 'underline #71adff',
      'Name.Function': '#71adff', 'Name.Namespace': 'underline #71adff', 'Name.Exception': '#bbbbbb', 'Name.Tag': 'bold #6ebf26',
      'Name.Attribute': '#bbbbbb', 'Name.Decorator': '#ffa500', 'Generic.Heading': 'bold #ffffff',
      'Generic.Subheading': 'underline #ffffff', 'Generic.Deleted': '#ff3a3a', 'Generic.Inserted': '#589819',
      'Generic.Error': '#ff3a3a', 'Generic.Emph': 'italic', 'Generic.Strong': 'bold', 'Generic.Prompt': '#aaaaaa',
      'Generic.Output': '#cccccc', 'Generic.Traceback': '#ff3a3a', Error: 'bg:#e3d2d2 #a61717',
    },
  },
  nord: {
    background: '#2E3440',
    highlight: '#3B4252',
    lineNumber: { color: '#D8DEE9', background: '#242933' },
    lineNumberSpecial: { color: '#242933', background: '#D8DEE9' },
    styles: {
      '': '#d8dee9', 'Text.Whitespace': '#d8dee9', Punctuation: '#eceff4', Comment: 'italic #616e87', 'Comment.Preproc': '#5e81ac',
      Keyword: 'bold #81a1c1', 'Keyword.Pseudo': 'nobold #81a1c1', 'Keyword.Type': 'nobold #81a1c1',
      Operator: 'bold #81a1c1', 'Operator.Word': 'bold #81a1c1',
      Name: '#d8dee9', 'Name.Builtin': '#81a1c1', 'Name.Function': '#88c0d0', 'Name.Class': '#8fbcbb', 'Name.Namespace': '#8fbcbb',
      'Name.Exception': '#bf616a', 'Name.Variable': '#d8dee9', 'Name.Constant': '#8fbcbb', 'Name.Entity': '#d08770',
      'Name.Attribute': '#8fbcbb', 'Name.Tag': '#81a1c1', 'Name.Decorator': '#d08770',
      'Literal.String': '#a3be8c', 'Literal.String.Doc': '#616e87', 'Literal.String.Interpol': '#a3be8c', 'Literal.String.Escape': '#ebcb8b',
      'Literal.String.Regex': '#ebcb8b', 'Literal.String.Symbol': '#a3be8c', 'Literal.String.Other': '#a3be8c', 'Literal.Number': '#b48ead',
      'Generic.Heading': 'bold #88c0d0', 'Generic.Subheading': 'bold #88c0d0', 'Generic.Deleted': '#bf616a', 'Generic.Inserted': '#a3be8c',
      'Generic.Error': '#bf616a', 'Generic.Emph': 'italic', 'Generic.Strong': 'bold', 'Generic.EmphStrong': 'bold italic',
      'Generic.Prompt': 'bold #616e88', 'Generic.Output': '#d8dee9', 'Generic.Traceback': '#bf616a', Error: '#bf616a', Text: '#d8dee9',
    },
  },
};

interface Definition {
  color: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  background: string;
  border: string;
}

const EMPTY: Definition = { color: '', bold: false, italic: false, underline: false, background: '', border: '' };

/** The inline CSS of a token class (`c1`) in `style`; '' for none (then no span at all). */
export function inlineStyle(style: PygmentsStyle, className: string): string {
  const type = tokenTypeOfClass(className);
  return type === undefined ? '' : css(resolve(style, type));
}

function resolve(style: PygmentsStyle, path: string): Definition {
  const own = (style.styles[path] ?? '').split(/\s+/).filter(Boolean);
  let definition: Definition;
  if (path === '') definition = { ...EMPTY };
  else if (own.includes('noinherit')) definition = resolve(style, '');
  else definition = resolve(style, path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '');
  definition = { ...definition };
  for (const word of own) {
    if (word === 'bold' || word === 'nobold') definition.bold = word === 'bold';
    else if (word === 'italic' || word === 'noitalic') definition.italic = word === 'italic';
    else if (word === 'underline' || word === 'nounderline') definition.underline = word === 'underline';
    else if (word.startsWith('bg:')) definition.background = colour(word.slice(3));
    else if (word.startsWith('border:')) definition.border = colour(word.slice(7));
    else if (word !== 'noinherit' && word !== 'roman' && word !== 'sans' && word !== 'mono') definition.color = colour(word);
  }
  return definition;
}

/** Pygments' colorformat: `#abc` -> `aabbcc`, `#aabbcc` -> `aabbcc`. */
function colour(text: string): string {
  const hex = text.startsWith('#') ? text.slice(1) : text;
  return hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
}

/** HtmlFormatter's webify: upper-cased, `#AABBCC` shortened to `#ABC`. */
function webify(hex: string): string {
  const upper = hex.toUpperCase();
  return upper.length === 6 && upper[0] === upper[1] && upper[2] === upper[3] && upper[4] === upper[5] ? `#${upper[0]}${upper[2]}${upper[4]}` : `#${upper}`;
}

function css(definition: Definition): string {
  const parts: string[] = [];
  if (definition.color) parts.push(`color: ${webify(definition.color)}`);
  if (definition.bold) parts.push('font-weight: bold');
  if (definition.italic) parts.push('font-style: italic');
  if (definition.underline) parts.push('text-decoration: underline');
  if (definition.background) parts.push(`background-color: ${webify(definition.background)}`);
  if (definition.border) parts.push(`border: 1px solid ${webify(definition.border)}`);
  return parts.join('; ');
}

/**
 * Token spans with their inline style instead of a class (a token without one is plain text),
 * neighbours with the same style joined, as HtmlFormatter's `_format_lines` does with noclasses;
 * `span.hll` takes the style's highlight colour.
 */
export function restyle(nodes: readonly ElementContent[], style: PygmentsStyle): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    const className = node.properties['className'];
    const name = Array.isArray(className) ? String(className[0] ?? '') : '';
    if (name === 'hll') {
      out.push(span(`background-color: ${style.highlight}`, restyle(node.children, style)));
      continue;
    }
    const css = inlineStyle(style, name);
    const last = out.at(-1);
    if (css === '') out.push(...node.children);
    else if (last?.type === 'element' && last.properties['style'] === css && last.tagName === 'span') last.children.push(...node.children);
    else out.push(span(css, [...node.children]));
  }
  return joinText(out.map((node) => (node.type === 'element' && node.properties['style'] !== undefined ? { ...node, children: joinText(node.children) } : node)));
}

/** Neighbouring text nodes as one. */
export function joinText(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  }
  return out;
}

function span(style: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { style }, children };
}

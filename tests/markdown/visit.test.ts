/**
 * core/visit.ts keeps unist-util-visit's contract: the same nodes in the same order, and the
 * same answers to SKIP, EXIT and an index.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit as upstreamVisit } from 'unist-util-visit';
import { EXIT, SKIP, visit, visitHast } from '../../src/markdown/core/visit.ts';

const page = '# Title\n\nSome *em* and **strong `code`** [link](u).\n\n- one\n- two\n\n  > quoted *x*\n\n```\ncode\n```\n';

function label(node: Nodes): string {
  return 'value' in node ? `${node.type}:${node.value}` : node.type;
}

describe('visit', () => {
  test('it visits the nodes unist-util-visit visits, in the same order, with the same index and parent', () => {
    const tree = fromMarkdown(page);
    const ours: string[] = [];
    const theirs: string[] = [];
    visit(tree, (node, index, parent) => {
      ours.push(`${label(node)}@${index ?? '-'}<${parent?.type ?? '-'}`);
    });
    upstreamVisit(tree, (node: Nodes, index, parent) => {
      theirs.push(`${label(node)}@${index ?? '-'}<${parent?.type ?? '-'}`);
    });
    assert.deepEqual(ours, theirs);
    assert.ok(ours.length > 20);
  });

  test('a type visits only that type but still looks inside the others', () => {
    const seen: string[] = [];
    visit(fromMarkdown(page), 'emphasis', (node) => {
      seen.push(node.children.map(label).join());
    });
    assert.deepEqual(seen, ['text:em', 'text:x']);
  });

  test('SKIP leaves the children of a node out and EXIT stops the walk', () => {
    const tree = fromMarkdown(page);
    const skipped: string[] = [];
    visit(tree, (node) => {
      skipped.push(node.type);
      return node.type === 'list' ? SKIP : undefined;
    });
    assert.ok(skipped.includes('list') && !skipped.includes('listItem'));
    const untilList: string[] = [];
    visit(tree, (node) => {
      untilList.push(node.type);
      return node.type === 'list' ? EXIT : undefined;
    });
    assert.equal(untilList.at(-1), 'list');
    assert.ok(!untilList.includes('code'));
  });

  test('a returned index goes on there, so nodes spliced in are not visited again', () => {
    const tree = fromMarkdown('a b c');
    const texts: string[] = [];
    visit(tree, 'text', (node, index, parent) => {
      texts.push(node.value);
      if (!parent || index === undefined || node.value !== 'a b c') return undefined;
      const parts = node.value.split(' ').map((value): Text => ({ type: 'text', value }));
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    assert.deepEqual(texts, ['a b c']);
    const paragraph = tree.children[0];
    assert.ok(paragraph?.type === 'paragraph');
    assert.equal(paragraph.children.length, 3);
  });

  test('children a visitor replaces are the ones visited next', () => {
    const tree: Root = fromMarkdown('*old*');
    const seen: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'emphasis') node.children = [{ type: 'text', value: 'new' }];
      if (node.type === 'text') seen.push(node.value);
    });
    assert.deepEqual(seen, ['new']);
  });
});

describe('visitHast', () => {
  test('it visits hast elements parents first and hands over the direct parent', () => {
    const leaf: Element = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'x' }] };
    const tree: HastRoot = { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [leaf] }] };
    const seen: string[] = [];
    visitHast(tree, 'element', (element, index, parent) => {
      seen.push(`${element.tagName}@${index ?? '-'}<${parent?.type === 'element' ? parent.tagName : parent?.type ?? '-'}`);
    });
    assert.deepEqual(seen, ['pre@0<root', 'code@0<pre']);
  });
});

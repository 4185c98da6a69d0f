/**
 * src/python/docstrings: Google (the default), numpy and sphinx docstrings split into griffe's sections.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocstring } from '../../src/python/docstrings/index.ts';
import type { Parameter } from '../../src/python/model.ts';

const parameters: Parameter[] = [
  { name: 'a', kind: 'positional or keyword', annotation: 'int', default: undefined },
  { name: 'b', kind: 'positional or keyword', annotation: 'str', default: '"x"' },
  { name: 'rest', kind: 'variadic keyword', annotation: undefined, default: undefined },
];

describe('google style', () => {
  test('should split text, parameters, returns and raises, taking types and defaults from the signature', () => {
    const sections = parseDocstring('Do it.\n\nArgs:\n    a: First.\n        Continued.\n    b (bytes, optional): Second.\n    **rest: More.\n\nReturns:\n    The result.\n\nRaises:\n    ValueError: When bad.', 'google', { parameters, returns: 'bool' });
    assert.deepEqual(sections, [
      { kind: 'text', value: 'Do it.' },
      { kind: 'parameters', title: undefined, items: [
        { name: 'a', annotation: 'int', description: 'First.\nContinued.', default: undefined },
        { name: 'b', annotation: 'bytes', description: 'Second.', default: '"x"' },
        { name: '**rest', annotation: undefined, description: 'More.', default: undefined },
      ] },
      { kind: 'returns', title: undefined, items: [{ name: '', annotation: 'bool', description: 'The result.' }] },
      { kind: 'raises', title: undefined, items: [{ annotation: 'ValueError', description: 'When bad.' }] },
    ]);
  });

  test('should read `name: description` in Returns as a name (griffe returns_named_value), typed from a tuple annotation', () => {
    const sections = parseDocstring('Returns:\n    x: The x.\n    y (str): The y.', 'google', { returns: 'tuple[int, float]' });
    assert.deepEqual(sections, [{ kind: 'returns', title: undefined, items: [{ name: 'x', annotation: 'int', description: 'The x.' }, { name: 'y', annotation: 'str', description: 'The y.' }] }]);
  });

  test('should make an unknown titled block an admonition, its type slugged', () => {
    assert.deepEqual(parseDocstring('Text.\n\nSee Also:\n    Other things.\n\nNote: Custom title\n    Body.', 'google', {}), [
      { kind: 'text', value: 'Text.' },
      { kind: 'admonition', type: 'see-also', title: 'See Also', text: 'Other things.' },
      { kind: 'admonition', type: 'note', title: 'Custom title', text: 'Body.' },
    ]);
  });

  test('should not read a section without a blank line above it, with nothing indented below, or inside fenced code', () => {
    const text = 'Intro line\nArgs:\n    a: x\n\nWord: not a section\n\n```\nArgs:\n    a: y\n```';
    assert.deepEqual(parseDocstring(text, 'google', { parameters }), [{ kind: 'text', value: text }]);
  });

  test('should split Examples into text and pycon code, doctest flags trimmed', () => {
    const sections = parseDocstring('Examples:\n    Say hi:\n\n    >>> hi()  # doctest: +SKIP\n    \'hi\'\n\n    Done.', 'google', {});
    assert.deepEqual(sections, [{ kind: 'examples', title: undefined, items: [['text', 'Say hi:'], ['examples', ">>> hi()\n'hi'"], ['text', 'Done.']] }]);
  });

  test('should type Attributes items from the members and Yields from an Iterator return annotation', () => {
    const sections = parseDocstring('Attributes:\n    size: How big.\n\nYields:\n    Each line.', 'google', { returns: 'Iterator[str]', memberAnnotation: (name) => (name === 'size' ? 'int' : undefined) });
    assert.deepEqual(sections, [
      { kind: 'attributes', title: undefined, items: [{ name: 'size', annotation: 'int', description: 'How big.' }] },
      { kind: 'yields', title: undefined, items: [{ name: '', annotation: 'str', description: 'Each line.' }] },
    ]);
  });
});

describe('numpy and sphinx styles', () => {
  test('should read numpy sections under dashed titles, and an unknown title as an admonition', () => {
    const sections = parseDocstring('Summary.\n\nParameters\n----------\na : int\n    First.\nb\n    Second.\n\nReturns\n-------\nbool\n    Whether.\n\nNotes\n-----\nCareful.', 'numpy', { parameters });
    assert.deepEqual(sections, [
      { kind: 'text', value: 'Summary.' },
      { kind: 'parameters', title: undefined, items: [{ name: 'a', annotation: 'int', description: 'First.', default: undefined }, { name: 'b', annotation: 'str', description: 'Second.', default: '"x"' }] },
      { kind: 'returns', title: undefined, items: [{ name: '', annotation: 'bool', description: 'Whether.' }] },
      { kind: 'admonition', type: 'notes', title: 'Notes', text: 'Careful.' },
    ]);
  });

  test('should read sphinx fields: params with :type:, returns with :rtype:, raises', () => {
    const sections = parseDocstring('Summary.\n\n:param a: First,\n    continued.\n:type a: float\n:param b: Second.\n:returns: Whether.\n:rtype: bool\n:raises ValueError: When bad.', 'sphinx', { parameters });
    assert.deepEqual(sections, [
      { kind: 'text', value: 'Summary.' },
      { kind: 'parameters', title: undefined, items: [{ name: 'a', annotation: 'float', description: 'First,\ncontinued.', default: undefined }, { name: 'b', annotation: 'str', description: 'Second.', default: '"x"' }] },
      { kind: 'returns', title: undefined, items: [{ name: '', annotation: 'bool', description: 'Whether.' }] },
      { kind: 'raises', title: undefined, items: [{ annotation: 'ValueError', description: 'When bad.' }] },
    ]);
  });

  test('should keep the whole text as Markdown without a style', () => {
    assert.deepEqual(parseDocstring('Args:\n    a: b', undefined, {}), [{ kind: 'text', value: 'Args:\n    a: b' }]);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moveFocus, opensSearch, typesText, type KeyPress } from '../../src/components/search/keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

describe('opensSearch', () => {
  test('should open on / and s', () => {
    assert.equal(opensSearch(press('/')), true);
    assert.equal(opensSearch(press('s')), true);
  });
  test('should open on Ctrl-K and Cmd-K', () => {
    assert.equal(opensSearch(press('k', { ctrlKey: true })), true);
    assert.equal(opensSearch(press('K', { metaKey: true })), true);
  });
  test('should not open while typing in a field', () => {
    assert.equal(opensSearch(press('/', { typing: true })), false);
    assert.equal(opensSearch(press('s', { typing: true })), false);
    assert.equal(opensSearch(press('k', { ctrlKey: true, typing: true })), false);
  });
  test('should not open on other keys or with other modifiers', () => {
    assert.equal(opensSearch(press('k')), false);
    assert.equal(opensSearch(press('S')), false);
    assert.equal(opensSearch(press('s', { ctrlKey: true })), false);
    assert.equal(opensSearch(press('/', { altKey: true })), false);
  });
});

describe('moveFocus', () => {
  test('should go from the input to the first result and down the list', () => {
    assert.equal(moveFocus(-1, 3, 'ArrowDown'), 0);
    assert.equal(moveFocus(0, 3, 'ArrowDown'), 1);
  });
  test('should stop at the last result', () => {
    assert.equal(moveFocus(2, 3, 'ArrowDown'), 2);
  });
  test('should go back up to the input and stay there', () => {
    assert.equal(moveFocus(0, 3, 'ArrowUp'), -1);
    assert.equal(moveFocus(-1, 3, 'ArrowUp'), -1);
  });
  test('should jump to the ends with Home and End, but not from the input', () => {
    assert.equal(moveFocus(1, 3, 'Home'), 0);
    assert.equal(moveFocus(1, 3, 'End'), 2);
    assert.equal(moveFocus(-1, 3, 'End'), -1);
  });
  test('should stay on the input when there are no results', () => {
    assert.equal(moveFocus(-1, 0, 'ArrowDown'), -1);
  });
});

describe('typesText', () => {
  test('should be true for a printable character and false for keys and shortcuts', () => {
    assert.equal(typesText(press('a')), true);
    assert.equal(typesText(press('ArrowDown')), false);
    assert.equal(typesText(press('c', { ctrlKey: true })), false);
  });
});

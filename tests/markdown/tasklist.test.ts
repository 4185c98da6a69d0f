/** pymdownx.tasklist: PyMdown's checkbox markup. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ext, renderNormalized } from '../helpers/render.ts';

const render = (value: string, options: Record<string, unknown> = { custom_checkbox: true }) => renderNormalized(value, [ext('pymdownx.tasklist', options)]);

describe('pymdownx.tasklist', () => {
  test('should wrap checked and unchecked boxes for custom_checkbox', () => {
    assert.equal(
      render('- [x] done\n- [ ] todo'),
      '<ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input checked disabled type="checkbox"><span class="task-list-indicator"></span></label> done</li>' +
        '<li class="task-list-item"><label class="task-list-control"><input disabled type="checkbox"><span class="task-list-indicator"></span></label> todo</li></ul>',
    );
  });

  test('should render a bare disabled input without custom_checkbox', () => {
    assert.equal(render('- [X] done', {}), '<ul class="task-list"><li class="task-list-item"><input checked disabled type="checkbox"> done</li></ul>');
  });

  test('should not disable the input with clickable_checkbox', () => {
    assert.doesNotMatch(render('- [x] done', { clickable_checkbox: true }), /disabled/);
  });

  test('should put the box inside the paragraph of a loose item', () => {
    assert.match(render('- [x] a\n\n- [ ] b', {}), /<li class="task-list-item"><p><input checked disabled type="checkbox"> a<\/p><\/li>/);
  });

  test('should not make a task of brackets later in the text or without a space', () => {
    assert.equal(render('- text [x]\n- [x]no'), '<ul><li>text [x]</li><li>[x]no</li></ul>');
  });
});

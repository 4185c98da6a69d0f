/**
 * The macros plugin's undefined modes (`on_undefined`) and pages it cannot render: each kept as
 * written, with a warning at its line (in the page or the included file), an error with
 * `on_error_fail`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { project, render } from '../helpers/macros-project.ts';

describe('on_undefined', () => {
  const markdown = 'a {{ missing }} b {{ page.missing }} c';

  test('keep (the default) should print an undefined variable as written', () => {
    assert.equal(render(project(), markdown).markdown, 'a {{ missing }} b {{ page.missing }} c');
  });

  test('keep should not touch a defined variable, a loop variable or a set variable', () => {
    const out = render(project(), '{% set s = "set" %}{{ s }} {% for i in [1] %}{{ i }}{% endfor %} {{ v }}', { extra: { v: 'v' } }).markdown;
    assert.equal(out, 'set 1 v');
  });

  test('silent and lax should print nothing', () => {
    assert.equal(render(project(), markdown, { options: { on_undefined: 'silent' } }).markdown, 'a  b  c');
    assert.equal(render(project(), markdown, { options: { on_undefined: 'lax' } }).markdown, 'a  b  c');
  });

  test('lax should make a call to an undefined macro blank; keep should fail the page at its line', () => {
    const dir = project();
    assert.equal(render(dir, 'x {{ python_macro(1) }} y', { options: { on_undefined: 'lax' } }).markdown, 'x  y');
    const kept = render(dir, 'line 1\nx {{ python_macro(1) }} y');
    assert.equal(kept.markdown, 'line 1\nx {{ python_macro(1) }} y');
    assert.equal(kept.messages.length, 1);
    assert.equal(kept.messages[0]?.line, 2);
    assert.equal(kept.messages[0]?.file, path.join(dir, 'docs/guide/install.md'));
    assert.match(kept.messages[0]?.message ?? '', /^macros plugin: 'python_macro' is undefined: no variable or macro has that name; the page/);
    const withPython = project({ 'main.py': 'def define_env(env): pass\n' });
    assert.match(render(withPython, '{{ python_macro(1) }}').messages[0]?.message ?? '', /'python_macro' is undefined: no variable or macro has that name \(a macro of main\.py\? Python cannot run here\)/);
  });

  test('strict should fail the page at the undefined variable', () => {
    const dir = project();
    const outcome = render(dir, 'fine\n\n{{ missing }}', { options: { on_undefined: 'strict' } });
    assert.equal(outcome.markdown, 'fine\n\n{{ missing }}');
    assert.equal(outcome.messages[0]?.line, 3);
    assert.match(outcome.messages[0]?.message ?? '', /'missing' is undefined \(on_undefined: strict\)/);
  });

  test('keep should leave a variable written inside a string of a block tag to that tag', () => {
    assert.equal(render(project(), '{% set s = "{{ x }}" %}{{ s }}').markdown, '{{ x }}');
  });
});

describe('a page the macros plugin cannot render', () => {
  test('should keep its Markdown as written, with a warning at the line of a syntax error', () => {
    const dir = project();
    const outcome = render(dir, '# Title\n\ntext\n{% if x %}\nno end');
    assert.equal(outcome.markdown, '# Title\n\ntext\n{% if x %}\nno end');
    assert.equal(outcome.messages.length, 1);
    const [message] = outcome.messages;
    assert.equal(message?.severity, 'warning');
    assert.equal(message?.file, path.join(dir, 'docs/guide/install.md'));
    assert.ok(message?.line !== undefined && message.line >= 4, `line ${String(message?.line)}`);
    assert.match(message?.message ?? '', /^macros plugin: .*; the page is kept as written, its macros not rendered$/);
    assert.doesNotMatch(message?.message ?? '', /\n\s+at /);
  });

  test('should point into an included file that fails, naming the page it was included from', () => {
    const dir = project({ 'docs/inc/bad.md': 'ok\n{% endfor %}\n' });
    const outcome = render(dir, 'one\n{% include "inc/bad.md" %}');
    assert.equal(outcome.messages[0]?.file, path.join(dir, 'docs/inc/bad.md'));
    assert.equal(outcome.messages[0]?.line, 2);
  });

  test("should point at attr_list's {#id}, which opens a Jinja comment, and say what to do", () => {
    const outcome = render(project(), '# A {# closed #}\n\n## Heading {#custom-id}\n\ntext');
    assert.equal(outcome.messages[0]?.line, 3);
    assert.equal(outcome.messages[0]?.column, 12);
    assert.match(outcome.messages[0]?.message ?? '', /'\{#' opens a Jinja comment that is never closed; for attr_list's \{#id\}, set j2_comment_start_string/);
  });

  test('should report a missing include at its line', () => {
    const dir = project();
    const outcome = render(dir, 'one\ntwo\n{% include "nowhere.md" %}');
    assert.equal(outcome.messages[0]?.line, 3);
    assert.match(outcome.messages[0]?.message ?? '', /template not found: nowhere\.md/);
  });

  test('should be an error, failing the build, with on_error_fail: true', () => {
    const outcome = render(project(), '{% if %}', { options: { on_error_fail: true } });
    assert.equal(outcome.messages[0]?.severity, 'error');
  });
});

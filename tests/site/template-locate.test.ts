import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import nunjucks from 'nunjucks';
import { blockAt, locateError, withoutBlocks } from '../../src/site/templates/locate.ts';

/** The error nunjucks throws for `files[entry]`, with the files at `/t/<name>`. */
function failure(files: Record<string, string>, entry = 'main.html'): unknown {
  const loader: nunjucks.ILoader = {
    getSource(name) {
      const src = files[name];
      if (src === undefined) throw new Error(`template not found: ${name}`);
      return { src, path: `/t/${name}`, noCache: true };
    },
  };
  try {
    new nunjucks.Environment(loader, { autoescape: true }).render(entry, {});
  } catch (error) {
    return error;
  }
  assert.fail('the template rendered');
}

const read = (files: Record<string, string>) => (file: string) => files[file.replace('/t/', '')];
const BASE = '{% block a %}{% endblock %}{% block b %}{% endblock %}';

describe('locateError', () => {
  test('should place a missing filter at its line and column in the template', () => {
    const files = { 'base.html': BASE, 'main.html': '{% extends "base.html" %}\n\n{% block a %}\n  {{ x | markdownify }}\n{% endblock %}' };
    const problem = locateError(failure(files), read(files));
    assert.deepEqual({ file: problem.file, line: problem.line, column: problem.column, reason: problem.reason }, { file: '/t/main.html', line: 4, column: 8, reason: 'filter not found: markdownify' });
  });

  test('should find a missing filter in the template extended, not in the one named by nunjucks', () => {
    const files = { 'base.html': BASE, 'main.html': '{% extends "base.html" %}\n{% block a %}{{ 1 | nope }}{% endblock %}', 'page.html': '{% extends "main.html" %}\n{% block b %}B{% endblock %}' };
    const problem = locateError(failure(files, 'page.html'), read(files), ['/t/main.html']);
    assert.equal(problem.file, '/t/main.html');
    assert.equal(problem.line, 2);
  });

  test('should place an undefined function call at its line (nunjucks counts those from 0)', () => {
    const files = { 'base.html': BASE, 'main.html': '{% extends "base.html" %}\n{% block b %}\n\n{{ helper() }}{% endblock %}' };
    const problem = locateError(failure(files), read(files));
    assert.equal(problem.line, 4);
    assert.match(problem.reason, /Unable to call `helper`/);
  });

  test('should place a parse error (an unknown tag) at its line', () => {
    const files = { 'base.html': BASE, 'main.html': '{% extends "base.html" %}\n{% block a %}\n{% bogus %}{% endblock %}' };
    const problem = locateError(failure(files), read(files));
    assert.equal(problem.line, 3);
    assert.match(problem.reason, /unknown block tag: bogus/);
  });

  test('should place a missing include at the line that names it', () => {
    const files = { 'base.html': BASE, 'main.html': '{% extends "base.html" %}\n{% block a %}\n\n{% include "partials/gone.html" %}{% endblock %}' };
    const problem = locateError(failure(files), read(files));
    assert.equal(problem.line, 4);
    assert.equal(problem.reason, 'template not found: partials/gone.html');
  });

  test('should not throw on a value that is not an error', () => {
    assert.equal(locateError('odd', () => undefined).reason, 'odd');
  });
});

describe('blockAt and withoutBlocks', () => {
  const source = '{% extends "base.html" %}\n{% block a %}\n  A\n{% endblock %}\n{% block b %}\n  {% block inner %}I{% endblock %}\n{% endblock %}\n';

  test('should find the innermost block around a line, and none outside blocks', () => {
    assert.equal(blockAt(source, 3), 'a');
    assert.equal(blockAt(source, 6), 'inner');
    assert.equal(blockAt(source, 1), undefined);
  });

  test('should remove a block definition and keep the line count', () => {
    const stripped = withoutBlocks(source, new Set(['a']));
    assert.doesNotMatch(stripped, /block a/);
    assert.equal(stripped.split('\n').length, source.split('\n').length);
    assert.match(stripped, /block b/);
  });

  test('should remove an outer block together with the blocks inside it', () => {
    const stripped = withoutBlocks(source, new Set(['b', 'inner']));
    assert.doesNotMatch(stripped, /block (b|inner)/);
    assert.match(stripped, /block a/);
  });

  test('should leave the source alone when no block is named', () => {
    assert.equal(withoutBlocks(source, new Set()), source);
  });
});

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PythonValue } from '../../src/config/index.ts';
import { project } from './project.ts';

describe('!!python tags', () => {
  it('should keep !!python/name as an opaque value naming the object', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n');
    const emoji = p.load().config.markdown_extensions.find((spec) => spec.name === 'pymdownx.emoji');
    assert.deepEqual(emoji?.options['emoji_index'], new PythonValue('name', 'material.extensions.emoji.twemoji'));
    const value = emoji?.options['emoji_index'];
    assert.ok(value instanceof PythonValue);
    assert.equal(value.python, 'name');
    assert.equal(value.value, 'material.extensions.emoji.twemoji');
    assert.equal('args' in value, false);
  });

  it('should keep !!python/name with an explicit empty string the same way', () => {
    const p = project("site_name: x\nextra:\n  f: !!python/name:pymdownx.superfences.fence_code_format ''\n");
    assert.deepEqual(p.load().config.extra['f'], new PythonValue('name', 'pymdownx.superfences.fence_code_format'));
  });

  it('should keep !!python/object/apply with its arguments', () => {
    const p = project("site_name: x\nextra:\n  slug: !!python/object/apply:pymdownx.slugs.slugify\n    kwds:\n      case: lower\n  seq: !!python/object/apply:a.b [1, 'two']\n");
    const extra = p.load().config.extra;
    assert.deepEqual(extra['slug'], new PythonValue('object/apply', 'pymdownx.slugs.slugify', { args: [], kwds: { case: 'lower' } }));
    assert.deepEqual(extra['seq'], new PythonValue('object/apply', 'a.b', { args: [1, 'two'] }));
  });

  it('should not mistake a plain string that looks like a tag for one', () => {
    const p = project("site_name: x\nextra:\n  f: '!!python/name:x.y'\n");
    assert.equal(p.load().config.extra['f'], '!!python/name:x.y');
  });
});

describe('!relative', () => {
  it('should resolve $config_dir and $docs_dir paths to absolute ones', () => {
    const p = project(
      'site_name: x\ndocs_dir: content\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: [!relative $config_dir, !relative $config_dir/includes, !relative $docs_dir/snippets]\n',
      { 'content/': '' },
    );
    const snippets = p.load().config.markdown_extensions.find((spec) => spec.name === 'pymdownx.snippets');
    assert.deepEqual(snippets?.options['base_path'], [p.dir, path.join(p.dir, 'includes'), path.join(p.dir, 'content/snippets')]);
  });

  it('should read a bare !relative as the config folder and say that MkDocs differs', () => {
    const p = project('site_name: x\nextra:\n  here: !relative\n');
    const loaded = p.load();
    assert.equal(loaded.config.extra['here'], p.dir);
    assert.equal(loaded.messages.length, 1);
    assert.equal(loaded.messages[0]?.severity, 'info');
    assert.equal(loaded.messages[0]?.line, 3);
  });

  it('should accept docs_dir itself given as !relative $config_dir/...', () => {
    const p = project('site_name: x\ndocs_dir: !relative $config_dir/pages\n', { 'pages/': '' });
    assert.equal(p.load().config.docs_dir, path.join(p.dir, 'pages'));
  });
});

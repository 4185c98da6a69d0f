/** mkdocs.yml files that are wrong on purpose: each gets a located message, never a hang or a leak. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { project } from './project.ts';

describe('hostile mkdocs.yml', () => {
  it('should refuse a YAML alias bomb with a message instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 1 ? '*a' : `*l${i - 1}`)).join(', ')}]`);
    const p = project(`site_name: x\nextra:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    assert.match(p.error(), /^mkdocs\.yml: refusing this YAML: it expands to more than 1,000,000 values/);
  });

  it('should refuse an alias that contains itself', () => {
    const p = project('site_name: x\nextra: &loop\n  self: *loop\n');
    const message = (() => {
      try {
        p.load();
        return '';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    })();
    // js-yaml may reject the forward reference itself; either way it is a located message, not a hang.
    assert.match(message, /mkdocs\.yml/);
  });

  it('should accept aliases that stay small', () => {
    const p = project('site_name: x\nextra:\n  base: &base {a: 1, b: 2}\n  copy: *base\n');
    assert.deepEqual(p.load().config.extra['copy'], { a: 1, b: 2 });
  });

  it('should treat __proto__ and constructor as plain unknown keys', () => {
    const p = project('site_name: x\n__proto__:\n  polluted: true\nconstructor: 3\n');
    const loaded = p.load();
    const unknown = loaded.messages.filter((m) => /unknown|not a MkDocs setting|not recognised|unrecognised/i.test(m.message)).map((m) => m.message).join('\n');
    assert.match(unknown, /__proto__/);
    assert.match(unknown, /constructor/);
    assert.equal(Object.prototype.hasOwnProperty.call({}, 'polluted'), false);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('should read INHERIT given as an absolute path', () => {
    const base = project('site_name: From the parent\nsite_description: parent\n');
    const child = project(`INHERIT: ${base.configFile}\nsite_description: child\n`);
    const config = child.load().config;
    assert.equal(config.site_name, 'From the parent');
    assert.equal(config.site_description, 'child');
  });

  it('should not echo the content of an inherited file it cannot parse', () => {
    const secret = project('site_name: x\n');
    secret.write('secret.yml', 'password: "hunter2\n  token: [unclosed\n');
    const child = project(`INHERIT: ${path.join(secret.dir, 'secret.yml')}\n`);
    const message = child.error();
    assert.match(message, /secret\.yml:\d+:\d+: invalid YAML/);
    assert.doesNotMatch(message, /hunter2|unclosed/);
  });
});

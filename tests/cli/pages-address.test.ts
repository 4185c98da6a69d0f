/**
 * src/cli/pages-address.ts: where GitHub Pages serves a `gh-deploy`, from the remote's URL and
 * the CNAME file, as MkDocs' closing message names it; and which of those are served under a path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pagesAddress } from '../../src/cli/pages-address.ts';

describe('the GitHub Pages address of a deployment', () => {
  test('a project site is served under its repository\'s name, from an SSH or HTTPS remote, .git or not', () => {
    for (const remote of ['git@github.com:Owner/docs.git', 'https://github.com/Owner/docs', 'https://github.com/Owner/docs.git\n', 'ssh://git@github.com/Owner/docs/']) {
      assert.deepEqual(pagesAddress(remote, undefined), { url: 'https://Owner.github.io/docs/', kind: 'project' }, remote);
    }
  });

  test('a user or organisation site is served at its host\'s root, whatever the case of its name', () => {
    assert.deepEqual(pagesAddress('git@github.com:Owner/owner.GitHub.io.git', undefined), { url: 'https://Owner.github.io/', kind: 'user' });
  });

  test('a CNAME file names a custom domain, served at its root, whatever the remote', () => {
    assert.deepEqual(pagesAddress('git@github.com:owner/docs.git', 'docs.example.org\n'), { url: 'http://docs.example.org', kind: 'domain' });
    assert.deepEqual(pagesAddress('/srv/git/docs.git', ' docs.example.org '), { url: 'http://docs.example.org', kind: 'domain' });
  });

  test('another host, or an empty CNAME file, gives no address', () => {
    assert.equal(pagesAddress('https://gitlab.com/owner/docs.git', undefined), undefined);
    assert.equal(pagesAddress('/srv/git/docs.git', '\n'), undefined);
    assert.equal(pagesAddress('', undefined), undefined);
  });
});

/**
 * Pages in = pages out = search entries on real sites: every Markdown file of the guide and of
 * the Privacy Guides corpus becomes exactly one page and one search entry.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { assertEveryPageOnce, runBuildCommand } from '../helpers/cli-run.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';

const CORPUS = path.resolve(REPO, '../shared/corpus/privacyguides');

describe('pages in = pages out = search entries on real sites', () => {
  test('the guide', async () => {
    // The run's shared build of mkdocs.yml under /guide/ (the browser tests read it too); it rejects with the
    // CLI's output on a non-zero exit.
    const site = await sharedSite(GUIDE_UNDER_SUBPATH);
    assertEveryPageOnce(path.join(REPO, 'content'), site.dir, { code: 0, stdout: site.stdout, stderr: site.stderr });
  });

  test('the Privacy Guides corpus', { skip: existsSync(CORPUS) ? false : `${CORPUS} is not there` }, async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-corpus-'));
    const result = await runBuildCommand(['build', '-f', path.join(CORPUS, 'mkdocs.yml'), '-d', out], os.tmpdir());
    assert.equal(result.code, 0, result.stderr);
    assertEveryPageOnce(path.join(CORPUS, 'docs'), out, result);
  });
});

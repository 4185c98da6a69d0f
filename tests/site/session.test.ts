/**
 * The site session `serve` keeps (src/site/session.ts): told which files changed, it runs only
 * the stages that read them. For each kind of change, on a small project on disk: which stages
 * ran (through its onStage hook), which pages were rendered, and that what it made equals a
 * fresh prepareSite of the changed project, so that skipping is never wrong.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import { createSiteSession, type StageName } from '../../src/site/session.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const FILES: Record<string, string> = {
  'base.yml': 'site_description: Inherited one\n',
  'mkdocs.yml': [
    'INHERIT: base.yml',
    'site_name: Session',
    'theme:',
    '  name: material',
    '  custom_dir: overrides',
    'plugins:',
    '  - meta',
    '  - tags',
    'markdown_extensions:',
    '  - abbr',
    '  - pymdownx.snippets:',
    '      base_path: [snippets]',
    '  - pymdownx.emoji:',
    '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
    '      emoji_generator: !!python/name:material.extensions.emoji.to_svg',
    '      options:',
    '        custom_icons: [icons]',
    '',
  ].join('\n'),
  'docs/index.md': '# Home\n\nThe API is here. :brand-dot:\n\n[A](a.md) [B](b.md#bee)\n\n--8<-- "glossary.md"\n',
  'docs/a.md': '# Page A\n\nAn API page.\n\n--8<-- "glossary.md"\n',
  'docs/b.md': '# Page B\n\n## Bee\n\nNo glossary here.\n',
  'docs/sub/c.md': '# Page C\n\nIn a folder with defaults.\n',
  'docs/sub/.meta.yml': 'tags:\n  - folder-one\n',
  'docs/style.css': 'body { color: red; }\n',
  'snippets/glossary.md': '*[API]: Application one\n',
  'snippets/unused.md': 'Nobody includes this.\n',
  'overrides/main.html': '{% extends "base.html" %}\n{% block announce %}Announce one{% endblock %}\n',
  'icons/brand/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
};

function write(root: string, name: string, content: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** A fresh project, a session that has made its first update, and the stages each later update ran. */
async function started(): Promise<{ root: string; configFile: string; session: ReturnType<typeof createSiteSession>; ran: StageName[]; first: PreparedSite }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-session-'));
  for (const [name, content] of Object.entries(FILES)) write(root, name, content);
  const ran: StageName[] = [];
  const configFile = path.join(root, 'mkdocs.yml');
  const session = createSiteSession({ configFile, serve: true, threads: 1, onStage: (stage) => ran.push(stage) });
  const first = await session.update();
  assert.deepEqual(ran, ['load', 'discover', 'render', 'meta', 'nav', 'tags', 'blog', 'links', 'model'], 'the first update runs every stage');
  ran.length = 0;
  return { root, configFile, session, ran, first };
}

/** What a site is made of, minus how it was made (the render stage's note on reused pages). */
function made(site: PreparedSite): unknown {
  return {
    model: site.model,
    base: site.base,
    siteUrl: site.siteUrl,
    staticFiles: site.staticFiles,
    watch: [...site.watch].sort(),
    inputs: [...site.inputs].sort(),
    messages: site.messages.filter((m) => !/pages are unchanged since the last build/.test(m.message)),
  };
}

/** The session's site equals a fresh prepare of the project as it is now. */
async function assertFresh(site: PreparedSite, configFile: string): Promise<void> {
  const fresh = await prepareSite({ configFile, serve: true, threads: 1 });
  assert.deepEqual(made(site), made(fresh));
}

const AFTER_RENDER: StageName[] = ['render', 'meta', 'nav', 'tags', 'blog', 'links', 'model'];
const page = (site: PreparedSite, src: string) => site.model.pages.find((p) => p.src === src);

describe('site session', () => {
  test('should render only the edited page, then run the stages after render', async () => {
    const { root, configFile, session, ran } = await started();
    const file = write(root, 'docs/b.md', '# Page B edited\n\n## Bee\n');
    const site = await session.update([file]);
    assert.deepEqual(ran, AFTER_RENDER);
    assert.deepEqual(site.rendered, ['b.md']);
    assert.equal(site.change, 'pages', 'only what pages show changed: a browser may swap it in');
    assert.equal(page(site, 'b.md')?.title, 'Page B edited');
    await assertFresh(site, configFile);
  });

  test('should re-render exactly the pages that include the glossary when it changes', async () => {
    const { root, configFile, session, ran } = await started();
    const file = write(root, 'snippets/glossary.md', '*[API]: Application two\n');
    const site = await session.update([file]);
    assert.deepEqual(ran, AFTER_RENDER);
    assert.deepEqual(site.rendered, ['index.md', 'a.md']);
    assert.match(htmlText(page(site, 'a.md')?.html ?? ''), /Application two/);
    await assertFresh(site, configFile);
  });

  test('should render no page for a snippet no page includes, and not load or discover again', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'snippets/unused.md', 'Still nobody.\n')]);
    assert.deepEqual(ran, AFTER_RENDER);
    assert.deepEqual(site.rendered, []);
    await assertFresh(site, configFile);
  });

  test('should discover again when a page is added, removed or renamed', async () => {
    const { root, configFile, session, ran } = await started();
    const added = write(root, 'docs/new.md', '# New page\n');
    let site = await session.update([added]);
    assert.deepEqual(ran, ['discover', ...AFTER_RENDER]);
    assert.equal(site.change, 'site');
    assert.ok(page(site, 'new.md'));
    await assertFresh(site, configFile);

    ran.length = 0;
    rmSync(path.join(root, 'docs/b.md'));
    const renamed = write(root, 'docs/bee.md', '# Page B\n\n## Bee\n');
    site = await session.update([path.join(root, 'docs/b.md'), renamed]);
    assert.deepEqual(ran, ['discover', ...AFTER_RENDER]);
    assert.equal(page(site, 'b.md'), undefined);
    assert.ok(page(site, 'bee.md'));
    await assertFresh(site, configFile);

    ran.length = 0;
    rmSync(added);
    site = await session.update([added]);
    assert.deepEqual(ran, ['discover', ...AFTER_RENDER]);
    assert.equal(page(site, 'new.md'), undefined);
    await assertFresh(site, configFile);
  });

  test('should apply an edited .meta.yml without rendering a page', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'docs/sub/.meta.yml', 'tags:\n  - folder-two\n')]);
    assert.deepEqual(ran, ['meta', 'nav', 'tags', 'blog', 'links', 'model']);
    assert.equal(site.change, 'pages');
    assert.deepEqual(page(site, 'sub/c.md')?.meta['tags'], ['folder-two']);
    await assertFresh(site, configFile);
  });

  test('should run no stage when only the content of a static file changed, and return the same site', async () => {
    const { root, session, ran, first } = await started();
    const site = await session.update([write(root, 'docs/style.css', 'body { color: blue; }\n')]);
    assert.deepEqual(ran, []);
    assert.equal(site, first);
  });

  test('should discover again when a static file is added (links resolve against the file list)', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'docs/img/new.png', 'png')]);
    assert.deepEqual(ran, ['discover', ...AFTER_RENDER]);
    assert.ok(site.staticFiles.some((f) => f.to === 'img/new.png'));
    await assertFresh(site, configFile);
  });

  test('should run only the model stage when a custom_dir template changes', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'overrides/main.html', '{% extends "base.html" %}\n{% block announce %}Announce two{% endblock %}\n')]);
    assert.deepEqual(ran, ['model']);
    assert.equal(site.change, 'site', 'a template may draw outside the parts a browser swaps');
    assert.match(JSON.stringify(page(site, 'a.md')?.overrides), /Announce two/);
    await assertFresh(site, configFile);
  });

  test('should run every stage when mkdocs.yml or an INHERIT parent changes', async () => {
    const { root, configFile, session, ran } = await started();
    let site = await session.update([write(root, 'base.yml', 'site_description: Inherited two\n')]);
    assert.deepEqual(ran, ['load', 'discover', ...AFTER_RENDER]);
    assert.equal(site.config.site_description, 'Inherited two');
    await assertFresh(site, configFile);

    ran.length = 0;
    site = await session.update([write(root, 'mkdocs.yml', FILES['mkdocs.yml']?.replace('site_name: Session', 'site_name: Renamed') ?? '')]);
    assert.deepEqual(ran, ['load', 'discover', ...AFTER_RENDER]);
    assert.equal(site.model.site.name, 'Renamed');
    assert.deepEqual(site.rendered, [], 'the pages did not change: the cache still serves them');
    await assertFresh(site, configFile);
  });

  test('should render every page again with a new icon index when a custom icon changes', async () => {
    const { root, configFile, session, ran } = await started();
    const site = await session.update([write(root, 'icons/brand/dot.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="2"/></svg>')]);
    assert.deepEqual(ran, AFTER_RENDER);
    assert.deepEqual(site.rendered, ['index.md', 'a.md', 'b.md', 'sub/c.md']);
    assert.equal(site.change, 'site', 'the theme draws icons too');
    assert.match(htmlText(page(site, 'index.md')?.html ?? ''), /<rect/);
    await assertFresh(site, configFile);
  });

  test('should run every stage for a file it knows nothing about', async () => {
    const { root, session, ran } = await started();
    await session.update([write(root, 'elsewhere/notes.txt', 'x')]);
    assert.deepEqual(ran, ['load', 'discover', ...AFTER_RENDER]);
  });

  test('should run every stage after a failed update, whatever changed next', async () => {
    const { root, configFile, session, ran } = await started();
    write(root, 'mkdocs.yml', 'site_name: [unclosed\n');
    await assert.rejects(session.update([configFile]));
    write(root, 'mkdocs.yml', FILES['mkdocs.yml'] ?? '');
    ran.length = 0;
    const site = await session.update([write(root, 'docs/b.md', '# Page B after\n')]);
    assert.deepEqual(ran, ['load', 'discover', ...AFTER_RENDER]);
    await assertFresh(site, configFile);
  });
});

describe('site session with the git-revision-date-localized plugin', () => {
  /** `git args` in `cwd`, author and committer at `date`. */
  const git = (cwd: string, args: string[], date: string) => {
    execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  };
  const updated = (site: PreparedSite, src: string) => page(site, src)?.meta['git_revision_date_localized_raw_iso_date'];

  test('should keep the git history it read while only pages change (a save commits nothing), and read it again when pages are added', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-session-git-'));
    const configFile = write(root, 'mkdocs.yml', 'site_name: Dates\nplugins:\n  - git-revision-date-localized\n');
    write(root, 'docs/a.md', '# A\n');
    git(root, ['init', '-q'], '2024-01-02T10:00:00Z');
    git(root, ['add', '-A'], '2024-01-02T10:00:00Z');
    git(root, ['commit', '-qm', 'one'], '2024-01-02T10:00:00Z');
    const session = createSiteSession({ configFile, threads: 1 });
    const first = await session.update();
    assert.equal(updated(first, 'a.md'), '2024-01-02');
    assert.ok(first.inputs.includes(path.join(realpathSync(root), '.git', 'refs', 'heads')), 'a commit makes the next build no longer up to date');

    write(root, 'docs/a.md', '# A changed\n');
    git(root, ['commit', '-qam', 'two'], '2025-02-03T10:00:00Z');
    const saved = await session.update([path.join(root, 'docs/a.md')]);
    assert.equal(page(saved, 'a.md')?.title, 'A changed');
    assert.equal(updated(saved, 'a.md'), '2024-01-02', 'the history of the first update');

    const added = await session.update([write(root, 'docs/b.md', '# B\n')]);
    assert.equal(updated(added, 'a.md'), '2025-02-03', 'read again with the new page');
    assert.equal(updated(await prepareSite({ configFile, threads: 1 }), 'a.md'), '2025-02-03');
    rmSync(root, { recursive: true, force: true });
  });
});

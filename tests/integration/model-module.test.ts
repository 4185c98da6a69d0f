/**
 * The virtual module through which pages read the site model: each integration instance (one
 * build or serve session) sees its own model, the latest one, and nothing once it is disposed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { modelModule, type ModelModule } from '../../src/integration/model-module.ts';
interface Named {
  readonly name: string;
}

// The module hands over whatever object its source returns; a small one stands for the model.
function modelNamed(name: string): Named {
  return { name };
}

let imports = 0;
interface Exports {
  currentModel: () => unknown;
  pagesToRender: () => unknown;
  pageRendered: (route: string, html: string) => Promise<void> | undefined;
  readsRenderedFile: (route: string) => boolean;
  wantsRenderedPages: () => boolean;
}
async function importModel(module: ModelModule): Promise<Exports> {
  // A fresh URL each time: the same data: URL would return the module evaluated before.
  return import(`data:text/javascript,${encodeURIComponent(`${module.code}\n// ${imports++}`)}`);
}

describe('the model module', () => {
  test('should give each integration instance its own model', async () => {
    let first: Named | undefined = modelNamed('first');
    const second = modelNamed('second');
    const a = modelModule({ model: () => first });
    const b = modelModule({ model: () => second });
    try {
      const pagesOfA = await importModel(a);
      const pagesOfB = await importModel(b);
      assert.equal(pagesOfA.currentModel(), first);
      assert.equal(pagesOfB.currentModel(), second);
      // serve re-prepares the site: the pages read the new model, not a copy of the old one.
      first = modelNamed('first, edited');
      assert.equal(pagesOfA.currentModel(), first);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  test('should say the model is missing once the build is disposed, not render an empty site', async () => {
    const module = modelModule({ model: () => modelNamed('gone') });
    const pages = await importModel(module);
    module.dispose();
    const reimported = await importModel(module);
    assert.throws(() => reimported.currentModel(), /site model is missing/);
    // Code evaluated before dispose keeps the source it was given (the build that loaded it).
    assert.deepEqual(pages.currentModel(), { name: 'gone' });
  });

  test('should hand pages the subset to render and their HTML back to the build, and nothing to serve', async () => {
    const model = { pages: [{ route: 'p0' }, { route: 'p1' }] };
    const seen: string[] = [];
    // What the build answers: when it can take the next page (the search index's room).
    const room = Promise.resolve();
    const build = modelModule({ model: () => model, pagesToRender: () => model.pages.slice(1), wantsRenderedPages: () => true, pageRendered: (route, html) => {
      seen.push(`${route}:${html}`);
      return room;
    }, readsRenderedFile: (route) => route === 'p0' });
    const serve = modelModule({ model: () => model });
    try {
      const inBuild = await importModel(build);
      assert.deepEqual(inBuild.pagesToRender(), [{ route: 'p1' }]);
      assert.equal(inBuild.wantsRenderedPages(), true);
      assert.equal(inBuild.pageRendered('p1', '<html>'), room);
      assert.deepEqual(seen, ['p1:<html>']);
      assert.equal(inBuild.readsRenderedFile('p0'), true);
      assert.equal(inBuild.readsRenderedFile('p1'), false);
      const inServe = await importModel(serve);
      assert.equal(inServe.pagesToRender(), model.pages);
      assert.equal(inServe.wantsRenderedPages(), false);
      assert.equal(inServe.readsRenderedFile('p1'), false);
    } finally {
      build.dispose();
      serve.dispose();
    }
  });
});

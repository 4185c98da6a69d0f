import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import nunjucks from 'nunjucks';
import { baseTemplate, blockOverrides, BLOCKS, partialStub, segmentsOf } from '../../src/site/templates/markers.ts';

/** Renders `main` through our base.html with an in-memory loader, as the site's templates are. */
function render(main: string, partials: Record<string, string> = {}, entry = 'main.html'): string {
  const files: Record<string, string> = { 'base.html': baseTemplate(), 'main.html': main, ...partials };
  const loader: nunjucks.ILoader = {
    getSource(name) {
      const src = files[name] ?? (name.startsWith('partials/') ? partialStub(name.slice(9, -5)) : undefined);
      if (src === undefined) throw new Error(`template not found: ${name}`);
      return { src, path: name, noCache: true };
    },
  };
  return new nunjucks.Environment(loader, { autoescape: true }).render(entry, {});
}

describe('base.html markers', () => {
  test('should define every one of Material 9.7 base.html blocks named in the issue', () => {
    for (const name of ['announce', 'outdated', 'extrahead', 'htmltitle', 'site_meta', 'styles', 'libs', 'scripts', 'analytics', 'header', 'tabs', 'hero', 'content', 'footer', 'container', 'site_nav', 'config']) {
      assert.ok(BLOCKS.some((block) => block === name), name);
      assert.match(baseTemplate(), new RegExp(`\\{% block ${name} %\\}`));
    }
  });

  test('should report no block when main.html only extends base.html', () => {
    assert.deepEqual(blockOverrides(render('{% extends "base.html" %}')), {});
  });

  test('should give a replaced block the site HTML alone', () => {
    const blocks = blockOverrides(render('{% extends "base.html" %}{% block announce %}<b>New</b>{% endblock %}'));
    assert.deepEqual(blocks, { announce: [{ kind: 'html', html: '<b>New</b>' }] });
  });

  test('should put our default where super() stands, between the site HTML', () => {
    const blocks = blockOverrides(render('{% extends "base.html" %}{% block footer %}<p>before</p>{{ super() }}<p>after</p>{% endblock %}'));
    assert.deepEqual(blocks.footer, [
      { kind: 'html', html: '<p>before</p>' },
      { kind: 'slot', name: 'default' },
      { kind: 'html', html: '<p>after</p>' },
    ]);
  });

  test('should put our default where super() stands, in every block', () => {
    for (const name of BLOCKS) {
      const blocks = blockOverrides(render(`{% extends "base.html" %}{% block ${name} %}<i>{{ super() }}</i>{% endblock %}`));
      assert.deepEqual(blocks, { [name]: [{ kind: 'html', html: '<i>' }, { kind: 'slot', name: 'default' }, { kind: 'html', html: '</i>' }] }, name);
    }
  });

  test('should not count a block that only calls super() among white space as overridden', () => {
    assert.deepEqual(blockOverrides(render('{% extends "base.html" %}{% block extrahead %}\n  {{ super() }}\n{% endblock %}')), {});
  });

  test('should keep an empty override, which removes our default (as in Jinja)', () => {
    assert.deepEqual(blockOverrides(render('{% extends "base.html" %}{% block tabs %}{% endblock %}')), { tabs: [] });
  });

  test('should keep the blocks of main.html and of a page template that extends it', () => {
    const page = '{% extends "main.html" %}{% block hero %}A{% endblock %}';
    const blocks = blockOverrides(render('{% extends "base.html" %}{% block announce %}N{% endblock %}', { 'page.html': page }, 'page.html'));
    assert.deepEqual(blocks, { announce: [{ kind: 'html', html: 'N' }], hero: [{ kind: 'html', html: 'A' }] });
  });

  test('should name a stand-in partial included by a block, and say default for the block\'s own partial', () => {
    const blocks = blockOverrides(render('{% extends "base.html" %}{% block footer %}{% include "partials/footer.html" %}{% include "partials/copyright.html" %}{% endblock %}'));
    assert.deepEqual(blocks.footer, [{ kind: 'slot', name: 'default' }, { kind: 'slot', name: 'copyright' }]);
  });

  test('should drop the markers of a block the site nests inside another and keep its text', () => {
    const blocks = blockOverrides(render('{% extends "base.html" %}{% block container %}<div>{% block content %}C{% endblock %}</div>{% endblock %}'));
    assert.deepEqual(blocks.container, [{ kind: 'html', html: '<div>C</div>' }]);
  });

  test('should read a partial\'s output with its own default and the partials it includes', () => {
    assert.deepEqual(segmentsOf(`<x>${partialStub('social')}</x>`, 'footer'), [
      { kind: 'html', html: '<x>' },
      { kind: 'slot', name: 'social' },
      { kind: 'html', html: '</x>' },
    ]);
  });
});

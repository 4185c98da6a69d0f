import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/index.ts';
import { project } from './project.ts';

/** One broken mkdocs.yml -> the exact message (temp folder removed). */
const cases: Array<{ name: string; yml: string; message: string }> = [
  {
    name: 'should point at a wrong type two levels down',
    yml: 'site_name: x\ntheme:\n  name: material\n  font:\n    text: 3\n',
    message: "mkdocs.yml:5:11: invalid value for 'theme.font.text': found 3 (a number), expected a string",
  },
  {
    name: 'should point inside a list item',
    yml: 'site_name: x\ntheme:\n  name: material\n  palette:\n    - scheme: slate\n      primary: [a]\n',
    message: "mkdocs.yml:6:16: invalid value for 'theme.palette[0].primary': found a list of 1 item, expected a string",
  },
  {
    name: 'should name a missing site_name',
    yml: 'site_url: https://x.org/\n',
    message: "mkdocs.yml:1:1: missing required setting 'site_name': found nothing, expected a string",
  },
  {
    name: 'should refuse a list as site_name',
    yml: 'site_name: [a, b]\n',
    message: "mkdocs.yml:1:12: invalid value for 'site_name': found a list of 2 items, expected a string",
  },
  {
    name: 'should refuse a site_url without a scheme',
    yml: 'site_name: x\nsite_url: example.com\n',
    message: "mkdocs.yml:2:11: invalid value for 'site_url': found \"example.com\" (a string), expected a URL with a scheme and a host, like https://example.com/",
  },
  {
    name: 'should refuse a boolean written as a word PyYAML does not know',
    yml: 'site_name: x\nuse_directory_urls: maybe\n',
    message: "mkdocs.yml:2:21: invalid value for 'use_directory_urls': found \"maybe\" (a string), expected true or false",
  },
  {
    name: 'should refuse extension options that are not a mapping',
    yml: 'site_name: x\nmarkdown_extensions:\n  - toc: 3\n',
    message: "mkdocs.yml:3:10: invalid value for 'markdown_extensions[0].toc': found 3 (a number), expected a mapping of options",
  },
  {
    name: 'should refuse markdown_extensions given as a single string',
    yml: 'site_name: x\nmarkdown_extensions: toc\n',
    message: "mkdocs.yml:2:22: invalid value for 'markdown_extensions': found \"toc\" (a string), expected a list or a mapping of Markdown extensions",
  },
  {
    name: 'should refuse a number as a nav item',
    yml: 'site_name: x\nnav:\n  - index.md\n  - 3\n',
    message: "mkdocs.yml:4:5: invalid value for 'nav[1]': found 3 (a number), expected a page path, a URL, or a one-key mapping of a title to a path, URL or list",
  },
  {
    name: 'should refuse a nav item mapping with two keys',
    yml: 'site_name: x\nnav:\n  - Home: index.md\n    About: about.md\n',
    message: "mkdocs.yml:3:5: invalid value for 'nav[0]': found a mapping with keys 'Home', 'About', expected a page path, a URL, or a one-key mapping of a title to a path, URL or list",
  },
  {
    name: 'should point at the key of a nav title without a target',
    yml: 'site_name: x\nnav:\n  - Home:\n',
    message: "mkdocs.yml:3:5: invalid value for 'nav[0].Home': found an empty value (null), expected a page path, a URL or a list of nav items",
  },
  {
    name: 'should refuse a nav that is not a list',
    yml: 'site_name: x\nnav: index.md\n',
    message: "mkdocs.yml:2:6: invalid value for 'nav': found \"index.md\" (a string), expected a list of pages and sections",
  },
  {
    name: 'should refuse a script path that is not a string',
    yml: 'site_name: x\nextra_javascript:\n  - path: 3\n',
    message: "mkdocs.yml:3:11: invalid value for 'extra_javascript[0].path': found 3 (a number), expected a string",
  },
  {
    name: 'should refuse extra_css given as a single string',
    yml: 'site_name: x\nextra_css: a.css\n',
    message: "mkdocs.yml:2:12: invalid value for 'extra_css': found \"a.css\" (a string), expected a list of strings",
  },
  {
    name: 'should refuse an unknown validation level',
    yml: 'site_name: x\nvalidation:\n  nav:\n    not_found: loud\n',
    message: "mkdocs.yml:4:16: invalid value for 'validation.nav.not_found': found \"loud\" (a string), expected 'warn', 'info' or 'ignore'",
  },
  {
    name: 'should refuse theme features given as a single string',
    yml: 'site_name: x\ntheme:\n  name: material\n  features: navigation.tabs\n',
    message: "mkdocs.yml:4:13: invalid value for 'theme.features': found \"navigation.tabs\" (a string), expected a list of strings",
  },
  {
    name: 'should list every problem, in file order',
    yml: 'site_name: x\nuse_directory_urls: 2\nstrict: 1\n',
    message:
      "mkdocs.yml:2:21: invalid value for 'use_directory_urls': found 2 (a number), expected true or false\n"
      + "mkdocs.yml:3:9: invalid value for 'strict': found 1 (a number), expected true or false",
  },
  {
    name: 'should refuse a docs_dir that does not exist',
    yml: 'site_name: x\ndocs_dir: missing\n',
    message: "mkdocs.yml:2:11: invalid value for 'docs_dir': found 'missing' (no such folder), expected an existing folder",
  },
  {
    name: 'should refuse a site_dir inside docs_dir',
    yml: 'site_name: x\nsite_dir: docs/site\n',
    message: "mkdocs.yml:2:11: invalid value for 'site_dir': found 'docs/site' (inside docs_dir 'docs'), expected a folder outside docs_dir",
  },
  {
    name: 'should refuse a watch path that does not exist',
    yml: 'site_name: x\nwatch: [nope]\n',
    message: "mkdocs.yml:2:9: invalid value for 'watch[0]': found 'nope' (no such file or folder), expected an existing file or folder",
  },
  {
    name: 'should refuse a theme mapping without a name',
    yml: 'site_name: x\ntheme:\n  features: [navigation.tabs]\n',
    message: "mkdocs.yml:3:3: missing required setting 'theme.name': found nothing, expected a theme name, like 'name: material'",
  },
  {
    name: 'should refuse a null theme name without a custom_dir',
    yml: 'site_name: x\ntheme:\n  name: null\n',
    message: "mkdocs.yml:3:9: invalid value for 'theme.name': found an empty value (null), expected a theme name, or a custom_dir for a theme of your own",
  },
  {
    name: 'should describe a Python object where a string belongs',
    yml: 'site_name: !!python/name:os.getcwd\n',
    message: "mkdocs.yml:1:12: invalid value for 'site_name': found !!python/name:os.getcwd (a Python object), expected a string",
  },
  {
    name: 'should refuse a file that is a list',
    yml: '- a\n- b\n',
    message: "mkdocs.yml:1:1: the config file must be a mapping of settings: found a list of 2 items, expected a mapping such as 'site_name: My Docs'",
  },
  {
    name: 'should read an empty file as no settings, so site_name is missing',
    yml: '',
    message: "mkdocs.yml:1:1: missing required setting 'site_name': found nothing, expected a string",
  },
];

describe('loadConfig with a broken config', () => {
  for (const { name, yml, message } of cases) {
    it(name, () => {
      assert.equal(project(yml).error(), message);
    });
  }

  it('should throw a ConfigError carrying file, line and column', () => {
    const p = project('site_name: x\ntheme:\n  name: material\n  font:\n    text: 3\n');
    assert.throws(() => p.load(), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.file, p.configFile);
      assert.equal(error.line, 5);
      assert.equal(error.column, 11);
      return true;
    });
  });

  it('should name the file as the caller named it', () => {
    const p = project('site_name: [a]\n');
    const relative = `${p.dir.slice(1)}/mkdocs.yml`;
    const previous = process.cwd();
    process.chdir('/');
    try {
      assert.throws(() => loadConfig(relative, { env: {} }), { message: `${relative}:1:12: invalid value for 'site_name': found a list of 1 item, expected a string` });
    } finally {
      process.chdir(previous);
    }
  });

  it('should refuse docs_dir being the config file\'s own folder', () => {
    const p = project('site_name: x\ndocs_dir: .\n');
    assert.equal(p.error(), `mkdocs.yml:2:11: invalid value for 'docs_dir': found '${p.dir}' (the config file's own folder), expected a child folder next to the config file`);
  });

  it('should say when the config file cannot be read', () => {
    assert.throws(() => loadConfig('/nonexistent/mkdocs.yml', { env: {} }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /^\/nonexistent\/mkdocs\.yml: cannot read the config file: ENOENT/);
      return true;
    });
  });
});

describe('loadConfig with YAML syntax errors', () => {
  it('should point at a badly indented key', () => {
    assert.equal(project('site_name: x\n  bad: indent\n').error(), 'mkdocs.yml:2:6: invalid YAML: bad indentation of a mapping entry');
  });

  it('should point at an unclosed flow list', () => {
    assert.equal(project('site_name: x\nextra: [1\n').error(), 'mkdocs.yml:3:1: invalid YAML: deficient indentation');
  });

  it('should point at an unclosed quote', () => {
    assert.match(project('site_name: "unclosed\n').error(), /^mkdocs\.yml:2:1: invalid YAML: /);
  });

  it('should refuse !ENV on a mapping', () => {
    assert.equal(project('site_name: x\nextra: !ENV\n  a: 1\n').error(), 'mkdocs.yml:2:8: invalid YAML: unknown mapping tag !<!ENV>');
  });

  it('should refuse !relative with an argument MkDocs does not know', () => {
    assert.equal(
      project('site_name: x\nextra:\n  a: !relative somewhere\n').error(),
      'mkdocs.yml:3:6: invalid YAML: !relative takes nothing, $config_dir or $docs_dir, optionally followed by /sub/folder',
    );
  });

  it('should not fail on a key written twice, but warn and keep the last', () => {
    const p = project('site_name: x\nextra:\n  a: 1\n  a: 2\n');
    const loaded = p.load();
    assert.deepEqual(loaded.config.extra, { a: 2 });
    assert.equal(loaded.messages[0]?.message, "key 'a' is written twice; the last one wins");
    assert.equal(loaded.messages[0]?.line, 4);
  });
});

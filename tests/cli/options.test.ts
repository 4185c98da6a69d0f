/**
 * The command line read as MkDocs 1.6 reads its own (src/cli/options.ts): MkDocs' options are
 * accepted, paired flags follow click's last-one-wins rule, and what MkDocs refuses is refused.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readCommandLine, type CommandLine, type CommandOptions } from '../../src/cli/options.ts';

const CWD = '/projects/docs';

function options(argv: string[]): CommandOptions & { command: string } {
  const line: CommandLine = readCommandLine(argv, CWD);
  assert.equal(line.kind, 'run', JSON.stringify(line));
  return line.kind === 'run' ? { ...line.options, command: line.command } : assert.fail();
}

describe('the command line', () => {
  test('builds ./mkdocs.yml into site_dir with no arguments, like `mkdocs build`', () => {
    const read = options([]);
    assert.equal(read.command, 'build');
    assert.equal(read.configFile, path.join(CWD, 'mkdocs.yml'));
    assert.equal(read.siteDir, undefined);
    assert.deepEqual(Object.values(read.overrides).filter((value) => value !== undefined), []);
    assert.equal(read.cache, true);
  });

  test('accepts the options of `mkdocs build` that CI scripts pass', () => {
    const read = options(['build', '--clean', '--strict', '--verbose', '--no-color', '-d', 'out', '-f', 'other.yml']);
    assert.equal(read.overrides.strict, true);
    assert.equal(read.verbose, true);
    assert.equal(read.siteDir, path.join(CWD, 'out'));
    assert.equal(read.configFile, path.join(CWD, 'other.yml'));
    assert.equal(options(['build', '-q', '--dirty', '-c']).quiet, true);
  });

  test('reads -d from mkdocs.yml\'s folder, as MkDocs validates site_dir, and -w from the working folder', () => {
    assert.equal(options(['build', '-f', 'sub/mkdocs.yml', '-d', 'out']).siteDir, path.join(CWD, 'sub/out'));
    assert.equal(options(['build', '-f', 'sub/mkdocs.yml', '-d', '../public']).siteDir, path.join(CWD, 'public'));
    assert.equal(options(['build', '-f', 'sub/mkdocs.yml', '-d', '/abs/site']).siteDir, '/abs/site');
    assert.deepEqual(options(['serve', '-f', 'sub/mkdocs.yml', '-w', 'extra']).overrides.watch, [path.join(CWD, 'extra')]);
  });

  test('lets the last of a pair win, as click does, and leaves mkdocs.yml alone when neither is given', () => {
    assert.equal(options(['build', '--strict', '--no-strict']).overrides.strict, false);
    assert.equal(options(['build', '--no-strict', '-s']).overrides.strict, true);
    assert.equal(options(['build', '--no-directory-urls']).overrides.use_directory_urls, false);
    assert.equal(options(['build', '--no-directory-urls', '--use-directory-urls']).overrides.use_directory_urls, true);
    assert.equal(options(['build']).overrides.use_directory_urls, undefined);
  });

  test('finds the command wherever it stands, never taking an option\'s value for it', () => {
    assert.equal(options(['-f', 'build.yml', 'serve']).command, 'serve');
    assert.equal(options(['-f', 'build.yml', 'serve']).configFile, path.join(CWD, 'build.yml'));
    assert.equal(options(['dev']).command, 'serve');
  });

  test('reads serve\'s options: address, open, extra watched paths (absolute), and the reload switches MkDocs has', () => {
    const read = options(['serve', '-a', '0.0.0.0:9000', '-o', '-w', 'overrides', '--watch', '/abs/extra', '--watch-theme', '--no-livereload', '--dirty']);
    assert.deepEqual(read.address, { host: '0.0.0.0', port: 9000 });
    assert.equal(read.open, true);
    assert.deepEqual(read.overrides.watch, [path.join(CWD, 'overrides'), '/abs/extra']);
  });

  test('reads gh-deploy\'s options into the deploy request and the config overrides', () => {
    const read = options(['gh-deploy', '--force', '-m', 'Deploy {sha}', '-b', 'pages', '-r', 'upstream', '--no-history', '--ignore-version', '--shell']);
    assert.equal(read.command, 'gh-deploy');
    assert.deepEqual(read.deploy, { message: 'Deploy {sha}', force: true, noHistory: true, ignoreVersion: true });
    assert.equal(read.overrides.remote_branch, 'pages');
    assert.equal(read.overrides.remote_name, 'upstream');
  });

  test('answers -V and --help before or after a command', () => {
    assert.equal(readCommandLine(['-V'], CWD).kind, 'version');
    assert.equal(readCommandLine(['build', '--version'], CWD).kind, 'version');
    assert.equal(readCommandLine(['--help'], CWD).kind, 'help');
    assert.equal(readCommandLine(['gh-deploy', '-h'], CWD).kind, 'help');
  });

  test('refuses what MkDocs refuses: unknown commands and options, an option of another command, a theme it does not know, a bad address', () => {
    const error = (argv: string[]) => {
      const line = readCommandLine(argv, CWD);
      return line.kind === 'error' ? line.message : assert.fail(`${argv.join(' ')} was accepted`);
    };
    assert.match(error(['deploy']), /unknown command "deploy"/);
    assert.match(error(['build', '--bogus']), /--bogus/);
    assert.match(error(['build', '--force']), /--force/);
    assert.match(error(['serve', '-d', 'out']), /-d/);
    assert.match(error(['build', '-t', 'bootstrap']), /'bootstrap' is not one of 'material', 'mkdocs', 'readthedocs'/);
    assert.match(error(['serve', '-a', 'localhost']), /invalid address "localhost"/);
    assert.match(error(['build', 'extra']), /unexpected argument "extra"/);
  });
});

describe('new', () => {
  test('takes one folder, resolved against where the command runs', () => {
    assert.equal(options(['new', 'my-docs']).directory, path.join(CWD, 'my-docs'));
    const missing = readCommandLine(['new'], CWD);
    assert.match(missing.kind === 'error' ? missing.message : '', /which folder/);
    const two = readCommandLine(['new', 'a', 'b'], CWD);
    assert.match(two.kind === 'error' ? two.message : '', /unexpected argument "b"/);
  });
});

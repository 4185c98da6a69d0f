/**
 * src/python/collection.ts: dotted identifiers resolved through packages, submodules and imports,
 * over modules given in memory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PythonCollection, type ModuleFiles } from '../../src/python/collection.ts';

function files(modules: Record<string, string>): ModuleFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    find(parts) {
      const name = parts.join('.');
      const init = modules[`${name}/__init__`];
      if (init !== undefined) {
        reads.push(name);
        return { filepath: `/src/${parts.join('/')}/__init__.py`, source: init, isPackage: true };
      }
      const source = modules[name];
      if (source === undefined) return undefined;
      reads.push(name);
      return { filepath: `/src/${parts.join('/')}.py`, source, isPackage: false };
    },
  };
}

const PACKAGE = {
  'pkg/__init__': '"""Pkg."""\nfrom ._impl import Client\nfrom .broken import Nope\n__all__ = ["Client"]\n',
  'pkg._impl': 'class Client:\n    """A client."""\n    def get(self):\n        """Get."""\n',
  'pkg.util': 'def helper():\n    """Help."""\n',
  'pkg.loop': 'from .loop2 import A\n',
  'pkg.loop2': 'from .loop import A\n',
  'pkg.bad': 'def f(:\n',
};

describe('resolving identifiers', () => {
  test('should find a module, a submodule, and members down to a method', () => {
    const collection = new PythonCollection(files(PACKAGE));
    const lookup = collection.resolve('pkg._impl.Client.get');
    assert.equal(lookup.kind, 'found');
    if (lookup.kind !== 'found') return;
    assert.equal(lookup.object.kind, 'function');
    assert.equal(lookup.path, 'pkg._impl.Client.get');
    assert.equal(lookup.module.filepath, '/src/pkg/_impl.py');
    assert.deepEqual(lookup.files, ['/src/pkg/__init__.py', '/src/pkg/_impl.py']);
    assert.equal(collection.resolve('pkg.util.helper').kind, 'found');
  });

  test('should follow a re-export, keeping the path it was reached by', () => {
    const lookup = new PythonCollection(files(PACKAGE)).resolve('pkg.Client');
    assert.equal(lookup.kind === 'found' ? `${lookup.path} ${lookup.object.kind} ${lookup.module.filepath ?? ''}` : lookup.reason, 'pkg.Client class /src/pkg/_impl.py');
  });

  test('should read each module once per collection', () => {
    const source = files(PACKAGE);
    const collection = new PythonCollection(source);
    collection.resolve('pkg.Client');
    collection.resolve('pkg._impl.Client.get');
    assert.deepEqual(source.reads, ['pkg', 'pkg._impl']);
  });

  test('should say why an identifier is not found: no package, no member, an import that leads nowhere, a loop, a syntax error', () => {
    const collection = new PythonCollection(files(PACKAGE));
    const reason = (identifier: string) => {
      const lookup = collection.resolve(identifier);
      return lookup.kind === 'not-found' ? lookup.reason : 'found';
    };
    assert.match(reason('nothing.here'), /no module or package 'nothing' was found in the handler's paths/);
    assert.match(reason('pkg.Missing'), /'pkg' has no member 'Missing'/);
    assert.match(reason('pkg.Nope'), /'pkg\.Nope' is imported from 'pkg\.broken\.Nope', which could not be found/);
    assert.match(reason('pkg.loop.A'), /imported in a loop of imports/);
    assert.match(reason('pkg.bad.f'), /\/src\/pkg\/bad\.py:1:7: the Python parser could not read this module/);
    assert.match(reason('pkg..x'), /is not a dotted Python name/);
  });
});

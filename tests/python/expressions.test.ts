/**
 * src/python/expressions.ts and scopes.ts: an annotation's names apart from its text, and their
 * canonical paths as griffe's `ExprName.canonical_path` gives them in an object's scope.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PyClass, PyFunction, PyModule } from '../../src/python/model.ts';
import { splitExpression } from '../../src/python/expressions.ts';
import { Scope } from '../../src/python/scopes.ts';
import { memoryCollection } from '../helpers/python-modules.ts';

/** Names as `{a.b}`, a keyword as `<name of a.b>`, text as written. */
function shown(text: string, annotation = true): string {
  return splitExpression(text, annotation)
    .map((part) => (typeof part === 'string' ? part : 'names' in part ? `{${part.names.join('.')}}` : `<${part.keyword} of ${part.callee?.names.join('.') ?? '?'}>`))
    .join('');
}

describe('splitExpression', () => {
  test('should set names and dotted chains apart, the text between as written', () => {
    assert.equal(shown('Optional[typing.List[int]] | None'), '{Optional}[{typing.List}[{int}]] | None');
    assert.equal(shown('dict[str,  Any]'), '{dict}[{str},  {Any}]');
  });

  test("should set a call's keyword names apart with what is called, and leave the attribute of a call or subscript as text", () => {
    assert.equal(shown('field(default=x.y).z', false), '{field}(<default of field>={x.y}).z');
    assert.equal(shown('dataclasses.field(default_factory=list)', false), '{dataclasses.field}(<default_factory of dataclasses.field>={list})');
    assert.equal(shown('f()(k=1)', false), '{f}()(<k of ?>=1)');
    assert.equal(shown('a[b].c'), '{a}[{b}].c');
  });

  test('should read strings in an annotation as expressions, but not in Literal[...] nor in a value', () => {
    assert.equal(shown('list["Cart"]'), '{list}[{Cart}]');
    assert.equal(shown('Literal["a", "b"]'), '{Literal}["a", "b"]');
    assert.equal(shown('typing.Literal["a"]'), '{typing.Literal}["a"]');
    assert.equal(shown('"Cart"', false), '"Cart"');
    assert.equal(shown('"not an expression"'), '"not an expression"');
  });

  test('should keep text that is no Python expression as one piece, as griffe keeps a type it cannot compile', () => {
    assert.deepEqual(splitExpression('list of str', true), ['list of str']);
    assert.deepEqual(splitExpression('int; x', true), ['int; x']);
    assert.deepEqual(splitExpression('1', true), ['1']);
  });

  test('should read a bare (dotted) name without parsing, a keyword as text, and the same text again alike', () => {
    assert.deepEqual(splitExpression('pkg.User', true), [{ names: ['pkg', 'User'] }]);
    assert.deepEqual(splitExpression('None', true), ['None']);
    assert.deepEqual(splitExpression('pass', true), ['pass']);
    assert.equal(shown('list["A"]'), '{list}[{A}]');
    assert.equal(shown('list["A"]', false), '{list}["A"]');
  });
});

const MODULES = {
  'pkg/__init__': '',
  'pkg.models': 'class User:\n    """A user."""\n',
  'pkg.api': [
    'import os.path',
    'from typing import Optional as Opt',
    'from . import models',
    'from .models import User',
    'LIMIT = 1',
    'class Client:',
    '    timeout: int = 1',
    '    class Inner:',
    '        def meth(self): ...',
    '    def get(self): ...',
    'def top(): ...',
  ].join('\n'),
};

function api(): PyModule {
  const found = memoryCollection(MODULES).resolve('pkg.api');
  assert.equal(found.kind, 'found');
  return found.object as PyModule;
}

describe('Scope', () => {
  const module = api();
  const client = module.members.get('Client') as PyClass;
  const inner = client.members.get('Inner') as PyClass;
  const paths = (scope: Scope, dotted: string) => scope.canonicalPaths({ names: dotted.split('.') });

  test('should resolve an imported name to what it imports, a declared one to its path, anything else as written', () => {
    const scope = new Scope(module, module.members.get('top') as PyFunction);
    assert.deepEqual(paths(scope, 'User'), ['pkg.models.User']);
    assert.deepEqual(paths(scope, 'Opt'), ['typing.Optional']);
    assert.deepEqual(paths(scope, 'LIMIT'), ['pkg.api.LIMIT']);
    assert.deepEqual(paths(scope, 'Client'), ['pkg.api.Client']);
    assert.deepEqual(paths(scope, 'str'), ['str']);
    assert.deepEqual(paths(scope, 'Unknown.thing'), ['Unknown', 'Unknown.thing']);
  });

  test("should append a chain's other names to its first one's path", () => {
    const scope = new Scope(module, module);
    assert.deepEqual(paths(scope, 'models.User'), ['pkg.models', 'pkg.models.User']);
    assert.deepEqual(paths(scope, 'os.path.join'), ['os', 'os.path', 'os.path.join']);
  });

  test("should look in the class's members first, then the enclosing class's name, then the module", () => {
    const meth = new Scope(module, inner.members.get('meth') as PyFunction);
    assert.deepEqual(paths(meth, 'Inner'), ['pkg.api.Client.Inner']);
    // Client is no member of Inner: griffe climbs to Client's own members, then its module.
    assert.deepEqual(paths(meth, 'timeout'), ['pkg.api.Client.timeout']);
    assert.deepEqual(paths(meth, 'Client'), ['pkg.api.Client']);
    assert.deepEqual(paths(new Scope(module, client), 'Inner'), ['pkg.api.Client.Inner']);
    assert.deepEqual(paths(new Scope(module, client.members.get('get') as PyFunction), 'timeout'), ['pkg.api.Client.timeout']);
  });
});

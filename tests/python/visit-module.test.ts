/**
 * src/python/visit-module.ts: a module's source read as griffe's static visitor reads it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PyMember, PyModule } from '../../src/python/model.ts';
import { visitModule } from '../../src/python/visit-module.ts';

function visit(source: string, name = 'pkg.mod', isPackage = false): PyModule {
  const result = visitModule({ name, source, filepath: `/p/${name.replaceAll('.', '/')}.py`, isPackage });
  assert.equal(result.kind, 'ok');
  return result.module;
}

function member(scope: { members: Map<string, PyMember> }, name: string): PyMember {
  const found = scope.members.get(name);
  assert.ok(found, name);
  return found;
}

describe('modules', () => {
  test('should read the module docstring, cleaned as inspect.cleandoc does', () => {
    assert.equal(visit('"""Title.\n\n    Indented.\n    """\nx = 1\n').docstring?.value, 'Title.\n\nIndented.');
  });

  test('should not take an f-string, a bytes literal or a string after code as the docstring', () => {
    assert.equal(visit('f"""x"""\n').docstring, undefined);
    assert.equal(visit('b"""x"""\n').docstring, undefined);
    assert.equal(visit('x = 1\n"""Attribute doc, not the module\'s."""\n').docstring, undefined);
  });

  test('should read escapes in a docstring, and none in a raw one', () => {
    assert.equal(visit('"""a\\x41\\u00e9"""\n').docstring?.value, 'aAé');
    // Tabs are expanded, as inspect.cleandoc does.
    assert.equal(visit('"""a\\tb"""\n').docstring?.value, 'a       b');
    assert.equal(visit('r"""a\\d"""\n').docstring?.value, 'a\\d');
  });

  test('should read __all__, as a list or a tuple, extended with +=', () => {
    assert.deepEqual(visit('__all__ = ["a", \'b\']\n__all__ += ("c",)\n').exports, ['a', 'b', 'c']);
    assert.equal(visit('__all__ = names()\n').exports, undefined);
  });

  test('should report a syntax error at its line, as griffe fails on it', () => {
    const result = visitModule({ name: 'm', source: 'x = 1\ndef f(:\n', filepath: '/m.py', isPackage: false });
    assert.equal(result.kind, 'error');
    assert.equal(result.kind === 'error' ? result.line : 0, 2);
  });
});

describe('attributes', () => {
  test('should read annotated and plain assignments with the string right after them as docstring', () => {
    const module = visit('X: int = 1\n"""The X."""\nY = {\n  "a": 1,\n}\nZ: str\n');
    assert.deepEqual(member(module, 'X'), { kind: 'attribute', name: 'X', lineno: 1, endLineno: 1, docstring: { value: 'The X.', lineno: 2 }, labels: new Set(['module-attribute']), annotation: 'int', value: '1' });
    const y = member(module, 'Y');
    assert.equal(y.kind === 'attribute' ? y.value : '', '{"a": 1}');
    const z = member(module, 'Z');
    assert.equal(z.kind === 'attribute' ? z.value : 'set', undefined);
  });

  test('should give every target of a chained or tuple assignment, and skip subscripts', () => {
    const module = visit('a = b = 1\nc, d = 1, 2\nx[0] = 3\n');
    assert.deepEqual([...module.members.keys()], ['a', 'b', 'c', 'd']);
  });

  test('should label class attributes as griffe does, ClassVar and instance attributes from __init__', () => {
    const module = visit('from typing import ClassVar\nclass A:\n    x: int\n    y = 1\n    z: ClassVar[int] = 2\n    def __init__(self):\n        self.w = 3\n        """W."""\n        if True:\n            self.v: str = ""\n');
    const cls = member(module, 'A');
    assert.equal(cls.kind, 'class');
    if (cls.kind !== 'class') return;
    const labels = (name: string) => {
      const found = member(cls, name);
      return found.kind === 'attribute' ? [...found.labels].sort() : [];
    };
    assert.deepEqual(labels('x'), ['instance-attribute']);
    assert.deepEqual(labels('y'), ['class-attribute', 'instance-attribute']);
    assert.deepEqual(labels('z'), ['class-attribute']);
    const z = member(cls, 'z');
    assert.equal(z.kind === 'attribute' ? z.annotation : '', 'int');
    assert.deepEqual(labels('w'), ['instance-attribute']);
    const w = member(cls, 'w');
    assert.equal(w.kind === 'attribute' ? w.docstring?.value : '', 'W.');
    const v = member(cls, 'v');
    assert.equal(v.kind === 'attribute' ? v.annotation : '', 'str');
  });

  test('should keep the first definition when a name is assigned again inside an if or except', () => {
    const module = visit('X = 1\n"""Doc."""\ntry:\n    import y\nexcept ImportError:\n    X = 2\n');
    const x = member(module, 'X');
    assert.equal(x.kind === 'attribute' ? x.value : '', '1');
  });
});

describe('functions and classes', () => {
  test('should read parameters of every kind with annotations and defaults', () => {
    const module = visit('def f(a, b: int, /, c="x", *args: str, d, e: bool = (1,\n    2), **kw) -> "Out":\n    pass\n');
    const fn = member(module, 'f');
    assert.equal(fn.kind, 'function');
    if (fn.kind !== 'function') return;
    assert.deepEqual(
      fn.parameters.map((p) => [p.name, p.kind, p.annotation, p.default]),
      [
        ['a', 'positional-only', undefined, undefined],
        ['b', 'positional-only', 'int', undefined],
        ['c', 'positional or keyword', undefined, '"x"'],
        ['args', 'variadic positional', 'str', undefined],
        ['d', 'keyword-only', undefined, undefined],
        ['e', 'keyword-only', 'bool', '(1, 2)'],
        ['kw', 'variadic keyword', undefined, undefined],
      ],
    );
    assert.equal(fn.returns, 'Out');
  });

  test('should read a bare * as the start of keyword-only parameters', () => {
    const fn = member(visit('def f(a, *, b): ...\n'), 'f');
    assert.deepEqual(fn.kind === 'function' ? fn.parameters.map((p) => p.kind) : [], ['positional or keyword', 'keyword-only']);
  });

  test('should label decorators through the imports, and make a property an attribute', () => {
    const module = visit('import functools\nfrom dataclasses import dataclass\n@dataclass\nclass A(B, Generic[T], metaclass=M):\n    """A."""\n    @property\n    def p(self) -> int:\n        """P."""\n    @p.setter\n    def p(self, v): ...\n    @functools.cached_property\n    def c(self): ...\n    @classmethod\n    async def make(cls): ...\n');
    const cls = member(module, 'A');
    if (cls.kind !== 'class') return assert.fail('a class');
    assert.deepEqual([...cls.labels], ['dataclass']);
    assert.deepEqual(cls.bases, ['B', 'Generic[T]']);
    assert.equal(cls.lineno, 3);
    const p = member(cls, 'p');
    assert.equal(p.kind, 'attribute');
    assert.deepEqual(p.kind === 'attribute' ? [[...p.labels].sort(), p.annotation, p.docstring?.value] : [], [['property', 'writable'], 'int', 'P.']);
    const c = member(cls, 'c');
    assert.deepEqual(c.kind === 'attribute' ? [...c.labels].sort() : [], ['cached', 'property']);
    const make = member(cls, 'make');
    assert.deepEqual(make.kind === 'function' ? [...make.labels].sort() : [], ['async', 'classmethod']);
  });

  test('should keep @overload signatures on the implementation that follows them, and apart when none follows (a stub file)', () => {
    const module = visit('from typing import overload\n@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\ndef f(x):\n    """Impl."""\n@overload\ndef g(y: int) -> None: ...\n');
    const fn = member(module, 'f');
    assert.equal(fn.kind === 'function' ? fn.docstring?.value : '', 'Impl.');
    assert.deepEqual(fn.kind === 'function' ? fn.overloads.map((o) => `${o.parameters[0]?.annotation ?? ''} -> ${o.returns ?? ''}`) : [], ['int -> int', 'str -> str']);
    assert.equal(module.members.has('g'), false);
    assert.deepEqual(module.overloads.get('g')?.map((o) => o.returns), ['None']);
  });
});

describe('imports', () => {
  test('should make aliases with absolute targets, relative ones resolved against the module', () => {
    const module = visit('import os.path\nimport a.b as c\nfrom .sibling import X as Y\nfrom ..up import (Z,\n  W)\nfrom x import *\n', 'pkg.sub.mod');
    const targets = Object.fromEntries([...module.members].map(([name, alias]) => [name, alias.kind === 'alias' ? alias.target : alias.kind]));
    assert.deepEqual(targets, { os: 'os', c: 'a.b', Y: 'pkg.sub.sibling.X', Z: 'pkg.up.Z', W: 'pkg.up.W' });
  });

  test("should resolve a package's relative imports against the package itself, and skip `from . import sub`", () => {
    const module = visit('from . import sub\nfrom .core import Thing\n', 'pkg', true);
    assert.deepEqual([...module.members.keys()], ['Thing']);
    const thing = member(module, 'Thing');
    assert.equal(thing.kind === 'alias' ? thing.target : '', 'pkg.core.Thing');
  });
});

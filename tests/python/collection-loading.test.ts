/**
 * What src/python/collection.ts does once a module is read, as griffe does after loading:
 * wildcard imports expanded, stub files merged, dataclasses' `__init__` made, inherited members
 * and submodules found; over modules given in memory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PythonCollection, type ModuleFiles } from '../../src/python/collection.ts';
import type { PyClass, PyMember, PyObject } from '../../src/python/model.ts';

/** `name` → source; `name/__init__` a package; `name.pyi` a stub file beside `name`. */
function collection(modules: Record<string, string>): PythonCollection {
  const files: ModuleFiles = {
    find(parts) {
      const name = parts.join('.');
      const dir = `/src/${parts.join('/')}`;
      const init = modules[`${name}/__init__`];
      const stub = modules[`${name}.pyi`];
      const stubs = stub === undefined ? undefined : { filepath: `${dir}${init === undefined ? '' : '/__init__'}.pyi`, source: stub };
      if (init !== undefined) return { filepath: `${dir}/__init__.py`, source: init, isPackage: true, stubs };
      const source = modules[name];
      if (source !== undefined) return { filepath: `${dir}.py`, source, isPackage: false, stubs };
      return stub === undefined ? undefined : { filepath: `${dir}.pyi`, source: stub, isPackage: false };
    },
    submodules(parts) {
      const prefix = `${parts.join('.')}.`;
      return [...new Set(Object.keys(modules).filter((key) => key.startsWith(prefix) && !key.endsWith('.pyi')).map((key) => key.slice(prefix.length).split(/[./]/)[0] ?? ''))].sort();
    },
  };
  return new PythonCollection(files);
}

function object(found: ReturnType<PythonCollection['resolve']>): PyObject {
  if (found.kind !== 'found') throw new Error(found.reason);
  return found.object;
}

function classOf(found: ReturnType<PythonCollection['resolve']>): PyClass {
  const cls = object(found);
  if (cls.kind !== 'class') throw new Error(`${cls.name} is no class`);
  return cls;
}

function signature(fn: PyObject | PyMember | undefined): string {
  if (fn?.kind !== 'function') return String(fn?.kind);
  return fn.parameters.map((p) => `${p.kind === 'keyword-only' ? '*' : ''}${p.name}${p.annotation === undefined ? '' : `: ${p.annotation}`}${p.default === undefined ? '' : ` = ${p.default}`}`).join(', ') + ` -> ${fn.returns ?? ''}`;
}

describe('wildcard imports', () => {
  const modules = {
    'pkg/__init__': 'from ._a import *\nfrom ._b import *\n__all__ = ["Shown", "run"]\n',
    'pkg._a': '__all__ = ["Shown"]\nclass Shown:\n    """Shown."""\nclass NotListed:\n    """Not in __all__."""\n',
    'pkg._b': 'def run():\n    """Run."""\ndef _private():\n    """Private."""\n',
  };

  test("should bind the names of the module's __all__, or its public names, as imports", () => {
    const python = collection(modules);
    const pkg = object(python.resolve('pkg'));
    assert.ok(pkg.kind === 'module');
    assert.deepEqual([...pkg.members.keys()].sort(), ['Shown', '__all__', 'run']);
    assert.equal(object(python.resolve('pkg.Shown')).kind, 'class');
    assert.equal(object(python.resolve('pkg.run')).kind, 'function');
  });

  test('should not bind a name the module defines after the import', () => {
    const python = collection({ ...modules, 'pkg/__init__': 'from ._b import *\ndef run():\n    """Mine."""\n' });
    assert.equal(object(python.resolve('pkg.run')).docstring?.value, 'Mine.');
  });
});

describe('__all__ made of other modules', () => {
  const modules = {
    'pkg/__init__': 'from . import _a\nfrom ._a import *\nfrom ._b import run\n__all__ = ["run"] + _a.__all__\n',
    'pkg._a': '__all__ = ("Shown",)\nclass Shown:\n    """Shown."""\n',
    'pkg._b': 'def run():\n    """Run."""\n',
    'other/__init__': 'from pkg import _a\n__all__ = [*_a.__all__, "x"]\n__all__ += _a.__all__\n',
  };

  test("should add another module's __all__, summed or unpacked, as griffe does", () => {
    const python = collection(modules);
    const pkg = object(python.resolve('pkg'));
    assert.deepEqual(pkg.kind === 'module' ? pkg.exports : undefined, ['run', 'Shown']);
    const other = object(python.resolve('other'));
    assert.deepEqual(other.kind === 'module' ? other.exports : undefined, ['x', 'Shown', 'Shown']);
  });
});

describe('stub files', () => {
  test("should merge a .pyi beside a module: the stub's annotations, the source's docstrings, the stub's extra members", () => {
    const python = collection({
      mod: 'def f(x, y=1):\n    """Doc."""\nLIMIT = 3\n"""The limit."""\n',
      'mod.pyi': 'def f(x: int, y: int = ...) -> str: ...\nLIMIT: int\nclass OnlyHere:\n    """From the stub."""\n',
    });
    const found = python.resolve('mod.f');
    assert.equal(signature(object(found)), 'x: int, y: int = 1 -> str');
    assert.equal(object(found).docstring?.value, 'Doc.');
    const limit = object(python.resolve('mod.LIMIT'));
    assert.equal(limit.kind === 'attribute' ? `${limit.annotation ?? ''} ${limit.value ?? ''}` : '', 'int 3');
    assert.equal(object(python.resolve('mod.OnlyHere')).kind, 'class');
    assert.deepEqual(found.files, ['/src/mod.py', '/src/mod.pyi']);
  });

  test("should give the source's function the stub's @overload signatures", () => {
    const fn = object(collection({ mod: 'def f(x):\n    """Doc."""\n', 'mod.pyi': 'from typing import overload\n@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\n' }).resolve('mod.f'));
    assert.deepEqual(fn.kind === 'function' ? fn.overloads.map((o) => signature(o)) : [], ['x: int -> int', 'x: str -> str']);
  });

  test('should read a module that has only a stub file', () => {
    assert.equal(signature(object(collection({ 'only.pyi': 'def g(a: str) -> None: ...\n' }).resolve('only.g'))), 'a: str -> None');
  });
});

describe('dataclasses', () => {
  const modules = {
    'shapes/__init__': '',
    'shapes.base': 'from dataclasses import dataclass, field\n@dataclass\nclass Base:\n    name: str\n    tags: list = field(default_factory=list)\n',
    'shapes.point': [
      'import dataclasses',
      'from dataclasses import KW_ONLY, InitVar, field',
      'from typing import ClassVar',
      'from .base import Base',
      '@dataclasses.dataclass',
      'class Point(Base):',
      '    x: int',
      '    y: int = 0',
      '    count: ClassVar[int] = 0',
      '    hidden: int = field(init=False, default=1)',
      '    scale: InitVar[float] = 1.0',
      '    _: KW_ONLY',
      '    label: str = "p"',
      '    @property',
      '    def norm(self) -> float:',
      '        """Norm."""',
      'class Child(Point):',
      '    pass',
      '@dataclasses.dataclass(init=False)',
      'class NoInit:',
      '    a: int',
      '@dataclasses.dataclass(kw_only=True)',
      'class Keywords:',
      '    a: int',
      '    def __init__(self, a):',
      '        self.a = a',
    ].join('\n'),
  };

  test("should give a dataclass the __init__ of its fields, its dataclass ancestors' first", () => {
    const point = classOf(collection(modules).resolve('shapes.point.Point'));
    assert.equal(signature(point.members.get('__init__')), 'self, name: str, tags: list = list(), x: int, y: int = 0, scale: InitVar[float] = 1.0, *label: str = "p" -> None');
    assert.ok(!point.members.has('scale'), 'InitVar fields are no members');
  });

  test('should label a subclass of a dataclass, leave a class that defines __init__ alone, and give init=False no fields (as griffe)', () => {
    const python = collection(modules);
    const child = classOf(python.resolve('shapes.point.Child'));
    assert.ok(child.labels.has('dataclass'));
    assert.ok(!child.members.has('__init__'));
    assert.equal(signature(classOf(python.resolve('shapes.point.NoInit')).members.get('__init__')), 'self -> None');
    assert.equal(signature(classOf(python.resolve('shapes.point.Keywords')).members.get('__init__')), 'self, a -> ');
  });
});

describe('inheritance', () => {
  const modules = {
    'zoo/__init__': 'from .animals import Animal\n',
    'zoo.animals': 'class Animal:\n    """An animal."""\n    legs = 4\n    """Legs."""\n    def speak(self):\n        """Speak."""\n    def eat(self):\n        """Eat."""\n',
    'zoo.pets': 'from zoo import Animal\nfrom typing import Generic, TypeVar\nT = TypeVar("T")\nclass Pet(Animal):\n    def speak(self):\n        """Purr."""\nclass Mixin:\n    def eat(self):\n        """Nibble."""\nclass Cat(Pet, Mixin, Generic[T]):\n    """A cat."""\n',
  };

  test("should find inherited members through imports and re-exports, nearest class first, in C3 order", () => {
    const python = collection(modules);
    const cat = python.resolve('zoo.pets.Cat');
    if (cat.kind !== 'found' || cat.object.kind !== 'class') throw new Error('no Cat');
    const inherited = python.inheritedMembers({ object: cat.object, module: cat.module });
    const owners = [...inherited].map(([name, member]) => `${name}:${member.owner.object.name}:${member.module.path}`).sort();
    // C3 order: Pet, Animal, Mixin (Generic, from typing, is not on the search paths): Animal's eat wins over Mixin's.
    assert.deepEqual(owners, ['eat:Animal:zoo.animals', 'legs:Animal:zoo.animals', 'speak:Pet:zoo.pets']);
  });

  test('should list the submodules of a package', () => {
    const python = collection(modules);
    const zoo = object(python.resolve('zoo'));
    assert.ok(zoo.kind === 'module');
    assert.deepEqual(python.submodules(zoo).map((sub) => `${sub.name} ${sub.module.path}`), ['animals zoo.animals', 'pets zoo.pets']);
  });
});

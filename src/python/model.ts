/**
 * What static analysis of a Python module yields (griffe's models, the part mkdocstrings-python's
 * templates read): modules, classes, functions and attributes with their docstrings, and the
 * names a module imports (aliases), resolved later by the collection (collection.ts).
 *
 * Expressions (annotations, defaults, values, bases) are kept as source text, whitespace
 * collapsed: griffe keeps expression trees, whose names the renderer finds again when it
 * draws them as cross-references (expressions.ts, scopes.ts).
 */

/** A docstring as griffe keeps it: `inspect.cleandoc`'s text and the line it starts on. */
export interface Docstring {
  readonly value: string;
  readonly lineno: number;
}

/** griffe's ParameterKind values, as the templates compare them. */
export const PARAMETER_KINDS = ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword'] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

export interface Parameter {
  readonly name: string;
  readonly kind: ParameterKind;
  readonly annotation: string | undefined;
  readonly default: string | undefined;
}

interface Common {
  readonly name: string;
  /** First line (a decorated definition starts at its first decorator, as in griffe), 1-based. */
  readonly lineno: number;
  readonly endLineno: number;
  docstring: Docstring | undefined;
  /** griffe's labels: `property`, `classmethod`, `dataclass`, `module-attribute`... */
  readonly labels: Set<string>;
}

export interface PyModule extends Common {
  readonly kind: 'module';
  /** Its dotted path (`pkg.sub.mod`). */
  readonly path: string;
  /** The module's file (absolute); undefined for a namespace package (a folder without `__init__.py`). */
  readonly filepath: string | undefined;
  readonly isPackage: boolean;
  readonly members: Map<string, PyMember>;
  /** `@overload` signatures no implementation followed (a stub file's), by name; merged into the module's functions. */
  readonly overloads: Map<string, PyFunction[]>;
  /** `__all__`, when the module sets it to a list or tuple of strings (other modules' added by the collection). */
  exports: string[] | undefined;
  /** The modules whose `__all__` this one's adds (`__all__ = [...] + sub.__all__`), as the module names them (`sub`). */
  readonly exportsFrom: string[];
  /** The module's source, for show_source. */
  readonly source: string;
  /** Its `from x import *` statements (aliases named `*` to the module `x`), expanded by the collection once `x` is read. */
  readonly wildcards: PyAlias[];
}

export interface PyClass extends Common {
  readonly kind: 'class';
  readonly bases: readonly string[];
  readonly decorators: readonly string[];
  /** The keyword arguments of its `@dataclass(...)` decorator (`{ kw_only: 'True' }`), as written; undefined when it has none. */
  readonly dataclass: ReadonlyMap<string, string> | undefined;
  readonly members: Map<string, PyMember>;
  readonly overloads: Map<string, PyFunction[]>;
}

export interface PyFunction extends Common {
  readonly kind: 'function';
  /** Replaced when a stub file's annotations are merged in (collection.ts). */
  parameters: readonly Parameter[];
  returns: string | undefined;
  readonly decorators: readonly string[];
  /** Its `@typing.overload` signatures, written before it (or in its stub file). */
  overloads: readonly PyFunction[];
}

export interface PyAttribute extends Common {
  readonly kind: 'attribute';
  annotation: string | undefined;
  value: string | undefined;
}

/** An imported name (`from .a import B`, `import x.y as z`): `target` is the absolute dotted path. */
export interface PyAlias {
  readonly kind: 'alias';
  readonly name: string;
  readonly target: string;
  readonly lineno: number;
  /** Bound by a `from x import *` (griffe's `wildcard_imported`): not counted as imported, so public unless private or left out of `__all__`. */
  readonly wildcard?: true;
}

export type PyObject = PyModule | PyClass | PyFunction | PyAttribute;
export type PyMember = PyClass | PyFunction | PyAttribute | PyAlias;

/** griffe's `is_special`: `__name__`. */
export function isSpecial(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__') && name.length > 4;
}

/**
 * One module's source → its objects, as griffe's static visitor builds them (its default for
 * source files): docstrings, classes, functions (a property becomes an attribute labelled
 * `property`), attributes with the string literal right after them as their docstring,
 * instance attributes assigned in `__init__`, imports as aliases, and `__all__`.
 * Definitions inside `if`, `try` and `with` blocks count, as griffe visits them too.
 *
 * ```ts
 * visitModule({ name: 'pkg.mod', source: '"""Doc."""\nX = 1\n"""The X."""\n', filepath: '/p/pkg/mod.py', isPackage: false })
 * // { kind: 'ok', module: { docstring: { value: 'Doc.' }, members: Map { 'X' => { kind: 'attribute', value: '1', ... } } } }
 * ```
 *
 * A source the parser cannot read (outside function bodies, see syntax.ts firstError) is an
 * error at its first bad place: griffe fails on a syntax error too.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { callArguments, decoratorLabels, isOverload, propertyAccessor, readBases, readDecorators, readParameters } from './definitions.ts';
import { readImport } from './imports.ts';
import type { Docstring, PyAttribute, PyClass, PyFunction, PyModule } from './model.ts';
import { cleandoc } from './string-literal.ts';
import { children, constantString, docstringOf, expressionText, firstError, SourceText, splitAtCommas, typeDefText } from './syntax.ts';

export interface ModuleInput {
  /** The module's dotted path (`pkg.sub.mod`; a package's is the package's). */
  readonly name: string;
  readonly source: string;
  readonly filepath: string | undefined;
  readonly isPackage: boolean;
}

export type VisitResult = { readonly kind: 'ok'; readonly module: PyModule } | { readonly kind: 'error'; readonly line: number; readonly column: number };

type Scope = PyModule | PyClass;

const BLOCKS = new Set(['IfStatement', 'TryStatement', 'WithStatement']);

export function visitModule(input: ModuleInput): VisitResult {
  // A form feed at a line's start is whitespace to Python (it resets the indentation), not to the grammar.
  const text = input.source.includes('\f') ? input.source.replace(/^\f+/gm, '') : input.source;
  const source = new SourceText(text);
  const tree = parser.parse(text);
  const error = firstError(tree);
  if (error) return { kind: 'error', line: source.line(error.from), column: source.column(error.from) };
  const lines = source.line(text.length);
  const module: PyModule = { kind: 'module', path: input.name, name: input.name.split('.').at(-1) ?? input.name, lineno: 1, endLineno: lines, docstring: undefined, labels: new Set(), filepath: input.filepath, isPackage: input.isPackage, members: new Map(), exports: undefined, exportsFrom: [], source: text, wildcards: [], overloads: new Map() };
  const visitor = new Visitor(source, input);
  visitor.visitBody(tree.topNode, module, false);
  return { kind: 'ok', module };
}

class Visitor {
  /** Local name → absolute dotted path, for decorators (`dataclass` → `dataclasses.dataclass`). */
  private readonly imports = new Map<string, string>();

  private readonly source: SourceText;
  private readonly input: ModuleInput;

  constructor(source: SourceText, input: ModuleInput) {
    this.source = source;
    this.input = input;
  }

  /** The statements of a module or class body (or of a block inside one: `conditional`). */
  visitBody(body: SyntaxNode, scope: Scope, conditional: boolean): void {
    const statements = this.statements(body);
    if (!conditional && scope.docstring === undefined) scope.docstring = this.docstring(statements[0]);
    for (const [index, statement] of statements.entries()) {
      const next = statements[index + 1];
      if (statement.name === 'ClassDefinition' || statement.name === 'FunctionDefinition') this.definition(statement, [], scope);
      else if (statement.name === 'DecoratedStatement') {
        const decorators = statement.getChildren('Decorator');
        const definition = statement.getChild('ClassDefinition') ?? statement.getChild('FunctionDefinition');
        if (definition) this.definition(definition, decorators, scope, statement.from);
      } else if (statement.name === 'AssignStatement') this.assignment(statement, scope, next, conditional);
      else if (statement.name === 'UpdateStatement') this.extendAll(statement, scope);
      else if (statement.name === 'ImportStatement') {
        for (const alias of readImport(this.source, statement, this.input)) {
          if (alias.name === '*') {
            if (scope.kind === 'module') scope.wildcards.push(alias);
            continue;
          }
          this.imports.set(alias.name, alias.target);
          if (alias.target !== `${this.input.name}.${alias.name}`) scope.members.set(alias.name, alias);
        }
      } else if (BLOCKS.has(statement.name)) for (const block of statement.getChildren('Body')) this.visitBody(block, scope, true);
    }
  }

  /** A body's statements, statement groups (`a = 1; b = 2`) flattened, comments and punctuation left out. */
  private statements(body: SyntaxNode): SyntaxNode[] {
    return children(body).flatMap((child) => (child.name === 'StatementGroup' ? children(child).filter((part) => part.name !== ';') : [child])).filter((child) => child.name.endsWith('Statement') || child.name.endsWith('Definition'));
  }

  private docstring(statement: SyntaxNode | undefined): Docstring | undefined {
    const value = docstringOf(this.source, statement);
    return value === undefined || !statement ? undefined : { value: cleandoc(value), lineno: this.source.line(statement.from) };
  }

  private definition(node: SyntaxNode, decoratorNodes: readonly SyntaxNode[], scope: Scope, start = node.from): void {
    const nameNode = node.getChild('VariableName');
    const body = node.getChild('Body');
    if (!nameNode || !body) return;
    const name = this.source.slice(nameNode.from, nameNode.to);
    const decorators = readDecorators(this.source, decoratorNodes, this.imports);
    const labels = decoratorLabels(decorators);
    const lineno = this.source.line(start);
    const endLineno = this.source.line(Math.max(node.from, node.to - 1));
    const docstring = this.docstring(this.statements(body)[0]);
    if (node.name === 'ClassDefinition') {
      const dataclass = decorators.find((d) => d.callablePath === 'dataclasses.dataclass');
      const cls: PyClass = { kind: 'class', name, lineno, endLineno, docstring: undefined, labels, bases: readBases(this.source, node.getChild('ArgList') ?? undefined), decorators: decorators.map((d) => d.text), dataclass: dataclass && (callArguments(dataclass.text) ?? new Map()), members: new Map(), overloads: new Map() };
      scope.members.set(name, cls);
      this.visitBody(body, cls, false);
      return;
    }
    if (node.firstChild?.name === 'async') labels.add('async');
    const returnType = children(node).find((child) => child.name === 'TypeDef');
    const returns = returnType ? typeDefText(this.source, returnType) : undefined;
    const paramList = node.getChild('ParamList');
    const parameters = paramList ? readParameters(this.source, paramList) : [];
    if (isOverload(decorators)) {
      // Kept for the implementation that follows, as griffe keeps them (a stub file has none).
      const overload: PyFunction = { kind: 'function', name, lineno, endLineno, docstring, labels, parameters, returns, decorators: decorators.map((d) => d.text), overloads: [] };
      scope.overloads.set(name, [...(scope.overloads.get(name) ?? []), overload]);
      return;
    }
    const existing = scope.members.get(name);
    const accessor = propertyAccessor(decorators, name);
    if (accessor && existing?.kind === 'attribute' && existing.labels.has('property')) {
      existing.labels.add(accessor === 'setter' ? 'writable' : 'deletable');
      return;
    }
    if (labels.has('property')) {
      scope.members.set(name, { kind: 'attribute', name, lineno, endLineno, docstring, labels, annotation: returns, value: undefined });
      return;
    }
    const fn: PyFunction = { kind: 'function', name, lineno, endLineno, docstring, labels, parameters, returns, decorators: decorators.map((d) => d.text), overloads: scope.overloads.get(name) ?? [] };
    scope.overloads.delete(name);
    scope.members.set(name, fn);
    if (scope.kind === 'class' && name === '__init__') this.instanceAttributes(body, scope, fn.parameters[0]?.name ?? 'self');
  }

  /** `x = 1`, `x: int = 1`, `x: int`, `a = b = 1`, `a, b = 1, 2`; the string right after is the docstring. */
  private assignment(node: SyntaxNode, scope: Scope, next: SyntaxNode | undefined, conditional: boolean): void {
    const { targets, annotation, value } = this.splitAssignment(node);
    const docstring = this.docstring(next);
    for (const target of targets.flatMap((group) => this.targetNames(group))) {
      this.setAttribute(scope, target, { annotation, value: value && expressionText(this.source, value), docstring, lineno: this.source.line(node.from), endLineno: this.source.line(Math.max(node.from, node.to - 1)), conditional });
      if (target === '__all__' && scope.kind === 'module' && value) this.setAll(scope, value);
    }
  }

  private splitAssignment(node: SyntaxNode): { targets: SyntaxNode[][]; annotation: string | undefined; value: SyntaxNode[] | undefined } {
    const groups: SyntaxNode[][] = [[]];
    for (const child of children(node)) {
      if (child.name === 'AssignOp') groups.push([]);
      else groups.at(-1)?.push(child);
    }
    const typeDef = groups[0]?.find((child) => child.name === 'TypeDef');
    const annotation = typeDef ? typeDefText(this.source, typeDef) : undefined;
    const targets = (groups.length > 1 ? groups.slice(0, -1) : groups).map((group) => group.filter((child) => child.name !== 'TypeDef'));
    return { targets, annotation, value: groups.length > 1 ? groups.at(-1) : undefined };
  }

  /** The names a target assigns: `x`, `a, b`, `(a, b)`; anything else (`x[0]`, `obj.attr`) none. */
  private targetNames(group: readonly SyntaxNode[]): string[] {
    const only = group.length === 1 ? group[0] : undefined;
    if (only?.name === 'TupleExpression' || only?.name === 'ParenthesizedExpression' || only?.name === 'ArrayExpression') return this.targetNames(children(only).filter((child) => child.name !== '(' && child.name !== ')' && child.name !== '[' && child.name !== ']'));
    return splitAtCommas(group).flatMap((part) => (part.length === 1 && part[0]?.name === 'VariableName' ? [this.source.slice(part[0].from, part[0].to)] : []));
  }

  private setAttribute(scope: Scope, name: string, found: { annotation: string | undefined; value: string | undefined; docstring: Docstring | undefined; lineno: number; endLineno: number; conditional: boolean; instance?: boolean }): void {
    const labels = new Set<string>();
    let annotation = found.annotation;
    if (found.instance === true) labels.add('instance-attribute');
    else if (scope.kind === 'module') labels.add('module-attribute');
    else if (annotation !== undefined && /^(typing\.)?ClassVar\[/.test(annotation)) {
      annotation = annotation.replace(/^(typing\.)?ClassVar\[([^]*)\]$/, '$2');
      labels.add('class-attribute');
    } else if (found.value !== undefined) {
      labels.add('class-attribute');
      labels.add('instance-attribute');
    } else labels.add('instance-attribute');
    const existing = scope.members.get(name);
    let docstring = found.docstring;
    if (existing) {
      // Assigned again: griffe keeps the unconditional one, and carries labels, docstring and annotation over.
      if (found.conditional) return;
      if (existing.kind === 'attribute') {
        for (const label of existing.labels) labels.add(label);
        docstring ??= existing.docstring;
        annotation ??= existing.annotation;
      }
    }
    const attribute: PyAttribute = { kind: 'attribute', name, lineno: found.lineno, endLineno: found.endLineno, docstring, labels, annotation, value: found.value };
    scope.members.set(name, attribute);
  }

  /** `self.x = ...` in `__init__` (and the blocks in it): instance attributes of the class. */
  private instanceAttributes(body: SyntaxNode, cls: PyClass, self: string): void {
    const statements = this.statements(body);
    for (const [index, statement] of statements.entries()) {
      if (BLOCKS.has(statement.name) || statement.name === 'ForStatement' || statement.name === 'WhileStatement') {
        for (const block of statement.getChildren('Body')) this.instanceAttributes(block, cls, self);
        continue;
      }
      if (statement.name !== 'AssignStatement') continue;
      const { targets, annotation, value } = this.splitAssignment(statement);
      for (const group of targets) {
        const only = group.length === 1 ? group[0] : undefined;
        if (only?.name !== 'MemberExpression') continue;
        const [object, dot, property] = children(only);
        if (object?.name !== 'VariableName' || dot?.name !== '.' || property?.name !== 'PropertyName' || this.source.slice(object.from, object.to) !== self) continue;
        const name = this.source.slice(property.from, property.to);
        const existing = cls.members.get(name);
        if (existing && existing.kind !== 'attribute') continue;
        this.setAttribute(cls, name, { annotation, value: value && expressionText(this.source, value), docstring: this.docstring(statements[index + 1]), lineno: this.source.line(statement.from), endLineno: this.source.line(statement.to), conditional: false, instance: true });
      }
    }
  }

  /** `__all__ += [...]` (or `+= other.__all__`). */
  private extendAll(node: SyntaxNode, scope: Scope): void {
    const [target, op, ...value] = children(node);
    if (scope.kind !== 'module' || !target || this.source.slice(target.from, target.to) !== '__all__' || op?.name !== 'UpdateOp' || this.source.slice(op.from, op.to) !== '+=') return;
    const items = this.exportItems(value);
    scope.exports = [...(scope.exports ?? []), ...(items?.names ?? [])];
    scope.exportsFrom.push(...(items?.from ?? []));
  }

  /** `__all__ = ...`: string constants, and other modules' `__all__` added (`+ sub.__all__`, `*sub.__all__`), as griffe reads them. */
  private setAll(scope: PyModule, value: readonly SyntaxNode[]): void {
    const items = this.exportItems(value);
    scope.exports = items?.names;
    scope.exportsFrom.splice(0, scope.exportsFrom.length, ...(items?.from ?? []));
  }

  /** A list or tuple of string constants and `*x.__all__`, `x.__all__`, or a sum of those; undefined for anything else. */
  private exportItems(nodes: readonly SyntaxNode[]): { names: string[]; from: string[] } | undefined {
    const only = nodes.length === 1 ? nodes[0] : undefined;
    if (only?.name === 'BinaryExpression') {
      const [left, op, right] = children(only);
      if (!left || !right || op?.name !== 'ArithOp' || this.source.slice(op.from, op.to) !== '+') return undefined;
      const a = this.exportItems([left]);
      const b = this.exportItems([right]);
      return a && b ? { names: [...a.names, ...b.names], from: [...a.from, ...b.from] } : undefined;
    }
    const reference = only && this.allOf(only);
    if (reference !== undefined) return { names: [], from: [reference] };
    if (only?.name === 'ParenthesizedExpression') return this.exportItems(children(only).filter((child) => child.name !== '(' && child.name !== ')'));
    const items = only && (only.name === 'ArrayExpression' || only.name === 'TupleExpression') ? children(only).filter((child) => !['(', ')', '[', ']'].includes(child.name)) : nodes;
    const out = { names: [] as string[], from: [] as string[] };
    for (const group of splitAtCommas(items)) {
      const [first, second] = group;
      if (!first) continue;
      const name = group.length === 1 ? constantString(this.source, first) : undefined;
      const starred = first.name === '*' && group.length === 2 && second ? this.allOf(second) : undefined;
      if (name !== undefined) out.names.push(name);
      else if (starred !== undefined) out.from.push(starred);
      else return undefined;
    }
    return out;
  }

  /** `x.__all__` (or `x.y.__all__`) → `x` (`x.y`). */
  private allOf(node: SyntaxNode): string | undefined {
    if (node.name !== 'MemberExpression') return undefined;
    const text = this.source.slice(node.from, node.to).replace(/\s+/g, '');
    const match = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.__all__$/.exec(text);
    return match?.[1];
  }
}


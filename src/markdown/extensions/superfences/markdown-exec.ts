/**
 * markdown-exec's custom fence validator, ported from pawamoy/markdown-exec
 * (`src/markdown_exec/_internal/main.py`, `validator`; `src/markdown_exec/__init__.py` before 1.10).
 * The plugin registers one custom fence per language (`python`, `py`, `pycon`, `console`, `bash`,
 * `sh`, `md`, `markdown`, `tree`, `pyodide`; `_internal/mkdocs_plugin.py`, `on_config`).
 *
 * A fence is markdown-exec's only when `exec` is truthy (any value but `""`, `no`, `off`,
 * `false`, `0`, in any case; a bare `exec` is `exec="exec"`), or its language is `tree` or
 * `pyodide`. Otherwise the validator refuses it and PyMdown tries the next fence entry, usually
 * the highlighted default:
 *
 * ```` ```python ```` -> highlighted Python, as without markdown-exec
 * ```` ```python exec="on" ```` -> markdown-exec's (the code would run; here it is shown highlighted, see transform.ts)
 * ```` ```python exec="off" ```` -> highlighted: the validator has already taken `exec` out of the
 *      header, so the next entry does not see it (PyMdown passes one dictionary to every validator)
 *
 * `MARKDOWN_EXEC_AUTO` (languages run without `exec`, read from the environment) is not read:
 * the renderer takes no input from the environment.
 */

const FALSY = new Set(['', 'no', 'off', 'false', '0']);
/** Languages markdown-exec takes without `exec`. */
const ALWAYS = new Set(['tree', 'pyodide']);
/** What Python's `int()` accepts of a string (ASCII digits only). */
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;

/** The languages the markdown-exec MkDocs plugin registers (its `languages` option's default). */
export const MARKDOWN_EXEC_LANGUAGES = ['bash', 'console', 'md', 'markdown', 'py', 'python', 'pycon', 'pyodide', 'sh', 'tree'] as const;

/** True for `markdown_exec.validator` and its module paths (`markdown_exec._internal.main.validator`). */
export function isMarkdownExecName(name: string, member: 'validator' | 'formatter'): boolean {
  return name.startsWith('markdown_exec.') && name.endsWith(`.${member}`);
}

/**
 * markdown-exec's `validator(language, inputs, ...)`: whether its fence takes the block. Like
 * the Python function, it removes the keys it reads from `values`, also when it refuses (`exec`
 * first; a `returncode` or `width` that is not an integer raises in Python, which PyMdown
 * counts as a refusal after the keys read before it were removed). What is left is markdown-exec's
 * `extra`: never attributes, so any header of the options form passes.
 */
export function markdownExecValidator(lang: string, values: Map<string, string>): boolean {
  const take = (key: string, fallback: string): string => {
    const value = values.get(key);
    values.delete(key);
    return value ?? fallback;
  };
  const exec = !FALSY.has(take('exec', 'no').toLowerCase());
  if (!ALWAYS.has(lang) && !exec) return false;
  for (const key of ['id', 'idprefix', 'html', 'source', 'result']) take(key, '');
  if (!PYTHON_INT.test(take('returncode', '0'))) return false;
  for (const key of ['session', 'updatetoc', 'tabs', 'workdir']) take(key, '');
  if (!PYTHON_INT.test(take('width', '0'))) return false;
  take('cache', '');
  return true;
}

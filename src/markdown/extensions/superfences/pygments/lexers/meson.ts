/**
 * Pygments' MesonLexer (pygments/lexers/meson.py, Pygments 2.20.0), rule for rule: meson.build
 * files. A built-in function is Name.Builtin unless it follows a dot (a method).
 *
 *     project('demo', 'c')   ->   <nb>project</nb><p>(</p><s>'demo'</s><p>,</p> <s>'c'</s><p>)</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

/** The built-in functions of Meson's v0.58 reference manual. */
const BUILTINS = [
  'add_global_arguments', 'add_global_link_arguments', 'add_languages', 'add_project_arguments',
  'add_project_link_arguments', 'add_test_setup', 'assert', 'benchmark', 'both_libraries', 'build_target',
  'configuration_data', 'configure_file', 'custom_target', 'declare_dependency', 'dependency', 'disabler',
  'environment', 'error', 'executable', 'files', 'find_library', 'find_program', 'generator', 'get_option',
  'get_variable', 'include_directories', 'install_data', 'install_headers', 'install_man', 'install_subdir',
  'is_disabler', 'is_variable', 'jar', 'join_paths', 'library', 'message', 'project', 'range', 'run_command',
  'set_variable', 'shared_library', 'shared_module', 'static_library', 'subdir', 'subdir_done', 'subproject',
  'summary', 'test', 'vcs_tag', 'warning',
];

export const mesonLexer: LexerDefinition = {
  name: 'Meson',
  aliases: ['meson', 'meson.build'],
  tokens: {
    root: [
      [String.raw`#.*?$`, 'Comment'],
      [String.raw`'''.*'''`, 'Literal.String.Single'],
      [String.raw`[1-9][0-9]*`, 'Literal.Number.Integer'],
      [String.raw`0o[0-7]+`, 'Literal.Number.Oct'],
      [String.raw`0x[a-fA-F0-9]+`, 'Literal.Number.Hex'],
      include('string'),
      include('keywords'),
      include('expr'),
      [String.raw`[a-zA-Z_][a-zA-Z_0-9]*`, 'Name'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    string: [
      [String.raw`[']{3}([']{0,2}([^\\']|\\(.|\n)))*[']{3}`, 'Literal.String'],
      [String.raw`'.*?(?<!\\)(\\\\)*?'`, 'Literal.String'],
    ],
    keywords: [
      [words(['if', 'elif', 'else', 'endif', 'foreach', 'endforeach', 'break', 'continue'], '', String.raw`\b`), 'Keyword'],
    ],
    expr: [
      [String.raw`(in|and|or|not)\b`, 'Operator.Word'],
      [String.raw`([\*/%\+-]=?|==|!=|=)`, 'Operator'],
      [String.raw`[\[\]{}:().,?]`, 'Punctuation'],
      [words(['true', 'false'], '', String.raw`\b`), 'Keyword.Constant'],
      include('builtins'),
      [words(['meson', 'build_machine', 'host_machine', 'target_machine'], '', String.raw`\b`), 'Name.Variable.Magic'],
    ],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<!\.)import\b`, 'Name.Namespace'],
    ],
  },
};

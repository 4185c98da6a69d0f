import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (alias: string): boolean => ['python', 'bash', 'html'].includes(alias);

describe('Pygments guess_lexer over the ported lexers', () => {
  test('a shebang names the shell before any import line counts', () => {
    assert.equal(guessLanguage('#!/usr/bin/env bash\nimport x', known), 'bash');
  });

  test('an HTML doctype scores above the XML tags', () => {
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p>x</p>', known), 'html');
  });

  test('a `my $x` declaration is Perl, and a perl shebang is sure of it', () => {
    assert.equal(guessLanguage('my $x = 1;\nprint $x;\n', known), 'perl');
    assert.equal(guessLanguage('#!/usr/bin/perl -w\nprint 1;\n', known), 'perl');
  });

  test('should not let a Perl declaration outscore an import line (Python is sure)', () => {
    assert.equal(guessLanguage('my ($a, $b) = @_;\nimport x\n', known), 'python');
  });

  test('an `<-` assignment is R (SLexer, whose first alias is `splus`), but an `<--` arrow is not', () => {
    assert.equal(guessLanguage('x <- c(1, 2)\nmean(x)\n', known), 'splus');
    assert.equal(guessLanguage('x <-- 1\n', known), 'text');
  });

  test('a vim modeline names the language when Pygments knows it', () => {
    assert.equal(guessLanguage('x = 1\n# vim: ft=python', known), 'python');
  });

  test('a cmake_minimum_required line scores CMake (0.8), in any case, with a trailing comment', () => {
    assert.equal(guessLanguage('cmake_minimum_required(VERSION 3.10)\nproject(x)\n', known), 'cmake');
    assert.equal(guessLanguage('  CMAKE_MINIMUM_REQUIRED ( version 2.8.12 fatal_error ) # c\n', known), 'cmake');
  });

  test('a groovy shebang names Groovy', () => {
    assert.equal(guessLanguage('#!/usr/bin/env groovy\nprintln 1\n', known), 'groovy');
  });

  test('Nix scores its derivations, mkIf and argument sets, under its first alias nixos', () => {
    assert.equal(guessLanguage('stdenv.mkDerivation rec {\n  name = "x";\n}\n', known), 'nixos');
    assert.equal(guessLanguage('x = mkIf true;\n', known), 'nixos');
    assert.equal(guessLanguage('{ a, b }:\na\n', known), 'nixos');
  });

  test('should not guess Nix over Python when an import line gives Python 1.0', () => {
    assert.equal(guessLanguage('{ pkgs ? import <nixpkgs> {} }:\npkgs.hello\n', known), 'python');
  });

  test('a ruby shebang, versioned or not, is Ruby', () => {
    assert.equal(guessLanguage('#!/usr/bin/env ruby\nputs 1', known), 'ruby');
    assert.equal(guessLanguage('#!/usr/local/bin/ruby1.9 -w\nputs 1', known), 'ruby');
  });

  test('should not take a rubyist shebang or Ruby code without one for Ruby', () => {
    assert.equal(guessLanguage('#!/usr/bin/rubyist\nputs 1', known), 'text');
    assert.equal(guessLanguage('puts "hi"', known), 'text');
  });

  test('reStructuredText scores a leading `..` (0.3) and an underlined first line (0.5)', () => {
    assert.equal(guessLanguage('.. note:: x\n', known), 'restructuredtext');
    assert.equal(guessLanguage('Title\n=====\n\nText.\n', known), 'restructuredtext');
  });

  test('should not guess reStructuredText for `...`, or an underline of another length', () => {
    assert.equal(guessLanguage('... more\n', known), 'text');
    assert.equal(guessLanguage('Title\n===\n', known), 'text');
  });

  test('Objective-C scores its directives (1.0), @-strings (0.8), @-numbers (0.7) and message sends (0.8)', () => {
    assert.equal(guessLanguage('@interface Cat : NSObject\n@end\n', known), 'objective-c');
    assert.equal(guessLanguage('x = @"s";\n', known), 'objective-c');
    assert.equal(guessLanguage('n = @42;\n', known), 'objective-c');
    assert.equal(guessLanguage('[window makeKeyAndOrderFront:nil];\n', known), 'objective-c');
  });

  test('should not guess Objective-C for a C include with an array index', () => {
    assert.equal(guessLanguage('#include <stdio.h>\nint a[3];\n', known), 'c');
  });

  test('a julia shebang names Julia', () => {
    assert.equal(guessLanguage('#!/usr/bin/env julia\nprintln(1)\n', known), 'julia');
  });

  test('MATLAB scores a first line that declares a function (1.0), % comments and ! commands (0.2)', () => {
    assert.equal(guessLanguage('function y = f(x)\n  y = x;\nend\n', known), 'matlab');
    assert.equal(guessLanguage('x = 1;\n  % note\n', known), 'matlab');
    assert.equal(guessLanguage('!ls\n', known), 'matlab');
  });

  test('should not give MATLAB 1.0 for a function line with a brace, or one after a leading comment', () => {
    const cmake = 'cmake_minimum_required(VERSION 3.10)\n';
    assert.equal(guessLanguage('function f() {\n}\n', known), 'text');
    assert.equal(guessLanguage(`function y = f(x)\n${cmake}`, known), 'matlab');
    assert.equal(guessLanguage(`\tfunction y = f(x)\n${cmake}`, known), 'matlab');
    assert.equal(guessLanguage(`% c\nfunction y = f(x)\n${cmake}`, known), 'cmake');
  });

  test('should not take a modeline naming no lexer, and should fall back to text', () => {
    assert.equal(guessLanguage('words\n# vim: ft=nosuchlang', known), 'text');
  });

  test('batch J: a .text or .section line is sure GAS; any other leading directive scores 0.1', () => {
    assert.equal(guessLanguage('.section .text\nmovl $1, %eax\n', known), 'gas');
    assert.equal(guessLanguage('.globl main\nmain:\n  ret\n', known), 'gas');
  });

  test('batch J: a (defun at the very start is Common Lisp (0.8), not one later in the text', () => {
    assert.equal(guessLanguage('  (defun square (x)\n  (* x x))\n', known), 'common-lisp');
    assert.equal(guessLanguage('x (defun f () 1)', known), 'text');
  });

  test('batch J: a :- rule is cplint, whose class sorts before Prolog with the same 0.5, as in Pygments', () => {
    assert.equal(guessLanguage('app([], L, L).\nfoo(X) :- bar(X).\n', known), 'cplint');
  });

  test('batch J: reg, wire or assign anywhere scores Verilog 0.1 each, even inside other words', () => {
    assert.equal(guessLanguage('module m;\n  reg r;\n  wire w;\n  assign w = r;\nendmodule\n', known), 'verilog');
    assert.equal(guessLanguage('register this\n', known), 'verilog');
  });

  test('a `declare @` is T-SQL for sure; more [names] than `names` lean T-SQL, the reverse MySQL', () => {
    assert.equal(guessLanguage('DECLARE @n int;\nSELECT `a` FROM `b`;\n', known), 'tsql');
    assert.equal(guessLanguage('SELECT [a], [b] FROM [t]\n', known), 'tsql');
    assert.equal(guessLanguage('SELECT `a`, `b` FROM `t`;\n', known), 'mysql');
  });

  test('a tie between the dialects (one [name], one `name`: 0.1 each) goes to MySQL, which Pygments asks first; plain SQL is no dialect', () => {
    assert.equal(guessLanguage('SELECT [a] FROM `b`\n', known), 'mysql');
    assert.equal(guessLanguage('SELECT a FROM b\n', known), 'text');
  });

  test('ERB tags score ERB (0.4), and RHTML above it with an HTML doctype', () => {
    assert.equal(guessLanguage('Hello <%= name %>\n', known), 'erb');
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p><%= name %></p>\n', known), 'rhtml');
    assert.equal(guessLanguage('<?xml version="1.0"?>\n<a><%= x %></a>\n', known), 'xml+ruby');
  });

  test('should not take an opening tag alone for ERB, nor a doctype alone for RHTML', () => {
    assert.equal(guessLanguage('a <% b\n', known), 'text');
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p>x</p>\n', known), 'html');
  });

  test('a |> or <| pipe is a weak hint of F# (0.05 each), above plain text', () => {
    assert.equal(guessLanguage('xs |> List.map f\n', known), 'fsharp');
    assert.equal(guessLanguage('f <| x\n', known), 'fsharp');
  });

  test('should not take a lone | or > for F#', () => {
    assert.equal(guessLanguage('a | b > c\n', known), 'text');
  });

  test('a line starting with Module, Namespace or #If scores VB.NET (0.5)', () => {
    assert.equal(guessLanguage('Module Program\n  Sub Main()\n  End Sub\nEnd Module\n', known), 'vb.net');
    assert.equal(guessLanguage('  #If DEBUG Then\n', known), 'vb.net');
  });

  test('should not take a lowercase module line for VB.NET (the search is case-sensitive): the 0.05 Raku gives it wins, as in Pygments', () => {
    assert.equal(guessLanguage('module x\n', known), 'perl6');
  });

  test('ten GoogleSQL names (0.001 each, as whitespace-separated words) tie with plain text and win, coming first', () => {
    assert.equal(guessLanguage('SELECT a FROM b WHERE c AND d OR e GROUP BY f ORDER BY g LIMIT 1\n', known), 'googlesql');
  });

  test('should not take a few SQL words, or lowercase ones, for GoogleSQL', () => {
    assert.equal(guessLanguage('SELECT a FROM b WHERE c\n', known), 'text');
    assert.equal(guessLanguage('select a from b where c and d or e group by f order by g limit 1\n', known), 'text');
  });

  // batch K
  test('C++ with a `#include <vector>` is Arduino, as in Pygments (same score as C++, its class name sorts first)', () => {
    assert.equal(guessLanguage('#include <vector>\nint main() {}\n', known), 'arduino');
  });

  test('should not take C with a `#include <stdio.h>` for CUDA, which inherits the same C score', () => {
    assert.equal(guessLanguage('#include <stdio.h>\nint main(void) { return 0; }\n', known), 'c');
  });

  test('Smarty tags score Smarty, and an HTML doctype makes it HTML+Smarty', () => {
    assert.equal(guessLanguage('{foreach $items as $item}{$item}{/foreach}\n{include file="footer.tpl"}\n', known), 'smarty');
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p>{if $user}Hi {$user.name}{/if}</p>\n', known), 'html+smarty');
  });

  // batch L
  test('a #!/usr/bin/tcl (or tcl.exe) line is Tcl for sure', () => {
    assert.equal(guessLanguage('#!/usr/bin/tcl\nputs hi\n', known), 'tcl');
    assert.equal(guessLanguage('#!C:\\bin\\tcl.exe\nputs hi\n', known), 'tcl');
  });

  test('should not take a tclsh shebang for Tcl (its analyse_text matches the name tcl only)', () => {
    assert.equal(guessLanguage('#!/usr/bin/tclsh\nputs hi\n', known), 'text');
  });

  test('should not guess Octave for MATLAB-like text: OctaveLexer scores 0', () => {
    assert.equal(guessLanguage('function y = f(x)\n  y = x + 1;\nendfunction\n', known), 'matlab');
  });

  // batch O
  test('a [Desktop Entry] header is a desktop file, sure at the start, 0.9 on a later line', () => {
    assert.equal(guessLanguage('[Desktop Entry]\nName=x\n', known), 'desktop');
    assert.equal(guessLanguage('# c\n[Desktop Entry]  \nName=x\n', known), 'desktop');
  });

  test('a zone file starts with $ORIGIN', () => {
    assert.equal(guessLanguage('$ORIGIN example.com.\n@ IN A 192.0.2.1\n', known), 'zone');
  });

  test('a deb line, indented or not, is a sources.list; should not take a bare `deb ` (stripped to `deb`)', () => {
    assert.equal(guessLanguage('# x\n  deb http://a b c\n', known), 'debsources');
    assert.equal(guessLanguage('deb \n', known), 'text');
  });

  test('DTD declarations are a DTD (0.8), but not inside a text that looks like XML', () => {
    assert.equal(guessLanguage('<!ELEMENT note (to)>\n<!ATTLIST note a CDATA #IMPLIED>\n', known), 'dtd');
    assert.equal(guessLanguage('<!DOCTYPE x [\n<!ELEMENT x ANY>\n]>\n', known), 'xml');
  });

  test('XML with <xsl tags is XSLT (0.8 over XML\'s 0.45)', () => {
    assert.equal(guessLanguage('<?xml version="1.0"?>\n<xsl:stylesheet version="1.0"><xsl:template match="/"/></xsl:stylesheet>\n', known), 'xslt');
  });

  test('batch P: an `import flash.` split over lines is ActionScript 3 (0.2), as in Pygments', () => {
    assert.equal(guessLanguage('import\n  flash.display.Sprite;\nvar s:Sprite;\n', known), 'actionscript3');
  });

  test('batch P: should not let ActionScript 3 outscore Python when `import flash.` has its space (Python is sure)', () => {
    assert.equal(guessLanguage('import flash.display.Sprite;\nvar s:Sprite;\n', known), 'python');
  });

  test('batch P: a `(defn ` form is Hy (0.9), as in Pygments', () => {
    assert.equal(guessLanguage('(defn greet [name]\n  (print name))\n', known), 'hylang');
  });

  test('batch P: should not let Hy\'s `(import ` outscore Python, which is sure of `import `', () => {
    assert.equal(guessLanguage('(import os)\n(print 1)\n', known), 'python');
  });

  test('batch P: Carbon scores 0.1 per hint word (`package`, `choice`, even `type`), as in Pygments', () => {
    assert.equal(guessLanguage('package Geometry api;\nfn Main() -> i32 { return 0; }\nchoice Shape { A, B }\n', known), 'carbon');
    assert.equal(guessLanguage('type\n', known), 'carbon');
  });

  test('batch P: an `import x` line past Python\'s first 1000 characters is Lean 3 (0.1, before Lean 4)', () => {
    assert.equal(guessLanguage(`-- ${'x'.repeat(1000)}\nimport data.nat\n`, known), 'lean');
  });
});

/**
 * guess_lexer with batch T's analysers (ResourceBundle, RSL, Uxntal, execline, Visual Prolog and
 * its grammars, WoW TOC, Objective-J, Logos, TADS 3, GAP sessions, Maple, BBC BASIC, Jasmin, GAP, Tera Term, ucode); each expected
 * alias is what Pygments 2.20.0's guess_lexer gives for the same text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (): boolean => true;

describe('Pygments guess_lexer over batch T lexers', () => {
  test('a `root:table` start is a resource bundle; a `scheme ... = class type` is RSL', () => {
    assert.equal(guessLanguage('root:table {\n  hello:string { "hi" }\n}\n', known), 'resourcebundle');
    assert.equal(guessLanguage('scheme A = class type T = Int end\n', known), 'rsl');
  });

  test('`|0100` early is Uxntal; an execlineb shebang is execline; `10REM >` first is BBC BASIC', () => {
    assert.equal(guessLanguage('|0100 #01 BRK\n', known), 'tal');
    assert.equal(guessLanguage('#!/bin/execlineb -P\necho hi\n', known), 'execline');
    assert.equal(guessLanguage('10REM > hello\n20PRINT "HI"\n', known), 'bbcbasic');
  });

  test('Visual Prolog\'s section words count only at the very start (no re.MULTILINE)', () => {
    assert.equal(guessLanguage('end implement main\n', known), 'visualprolog');
    assert.equal(guessLanguage('end grammar\n', known), 'visualprologgrammar');
    // `clauses` alone on a first line that is not the whole text: the `:-` makes it Prolog's
    assert.notEqual(guessLanguage('clauses\n    run() :- succeed.\n', known), 'visualprolog');
  });

  test('a `## Interface:` tag line is a WoW TOC; an `@import <...>` line is Objective-J', () => {
    assert.equal(guessLanguage('## Interface: 100205\n', known), 'wowtoc');
    assert.equal(guessLanguage('@import <Foundation/CPObject.j>\n', known), 'objective-j');
  });

  test('`.class` with `.limit` is Jasmin; a GAP declaration is GAP; `endsuspend` is ucode', () => {
    assert.equal(guessLanguage('.class public Hello\n.super java/lang/Object\n.limit stack 2\n', known), 'jasmin');
    assert.equal(guessLanguage('DeclareGlobalFunction("f");\n', known), 'gap');
    assert.equal(guessLanguage('x := 1\nendsuspend\n', known), 'ucode');
  });

  test('a `%hook` is Logos for sure', () => {
    assert.equal(guessLanguage('%hook SpringBoard\n- (void)x { %orig; }\n%end\n', known), 'logos');
  });

  test('`GameMainDef` is TADS 3; a `gap>` prompt first is a GAP session; any `:=` is Maple (0.1)', () => {
    assert.equal(guessLanguage('gameMain: GameMainDef\n;\n', known), 'tads3');
    assert.equal(guessLanguage('gap> 1 + 1;\n2\n', known), 'gap-console');
    assert.equal(guessLanguage('x := 1\n', known), 'maple');
  });

  test('a Tera Term command word scores 0.01, ahead of plain text (same score, earlier name)', () => {
    assert.equal(guessLanguage('connect host\n', known), 'teratermmacro');
  });
});

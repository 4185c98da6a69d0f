import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iconSprite } from '../../src/theme/icon-sprite.ts';

const email = '<svg aria-hidden="true" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1"/></svg>';
const dns = '<svg aria-hidden="true" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 2"/></svg>';
const svgs = { 'material/email': email, 'material/dns': dns, 'custom/odd': '<!-- made by hand --><svg><path d="M3 3"/></svg>' };

describe('iconSprite', () => {
  it('should put a repeated icon in the sprite once and reference it from every place', () => {
    const sprite = iconSprite(svgs, new Map([['material/email', 3]]));
    assert.equal(sprite.symbols.match(/<symbol /g)?.length, 1);
    assert.match(sprite.symbols, /<symbol id="__nav_icon_material-email" viewBox="0 0 24 24"><path d="M1 1"\/><\/symbol>/);
    assert.equal(sprite.draw('material/email'), '<svg aria-hidden="true" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><use href="#__nav_icon_material-email"></use></svg>');
  });

  it('should keep an icon drawn once inline, as Material includes it', () => {
    const sprite = iconSprite(svgs, new Map([['material/email', 2], ['material/dns', 1]]));
    assert.equal(sprite.draw('material/dns'), dns);
    assert.doesNotMatch(sprite.symbols, /M2 2/);
  });

  it('should draw no sprite when no icon repeats', () => {
    assert.equal(iconSprite(svgs, new Map([['material/dns', 1]])).symbols, '');
  });

  it('should keep an icon it cannot split inline even when repeated', () => {
    const sprite = iconSprite(svgs, new Map([['custom/odd', 2]]));
    assert.equal(sprite.symbols, '');
    assert.equal(sprite.draw('custom/odd'), svgs['custom/odd']);
  });

  it('should give two names that clean up alike two ids', () => {
    const sprite = iconSprite({ 'a/b': email, 'a-b': dns }, new Map([['a/b', 2], ['a-b', 2]]));
    assert.match(sprite.symbols, /id="__nav_icon_a-b"/);
    assert.match(sprite.symbols, /id="__nav_icon_a-b_2"/);
  });

  it('should draw nothing for an unknown icon', () => {
    assert.equal(iconSprite(svgs, new Map([['material/none', 2]])).draw('material/none'), undefined);
  });
});

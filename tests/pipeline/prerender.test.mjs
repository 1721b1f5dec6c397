import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootTemplate, checkReplayable, mainWasmOf, withScreens } from '../../scripts/prerender.mjs';
import { namesVersionOf, trunkIndex } from './fixtures.mjs';

test("the main wasm module is the one Trunk's preload link names", () => {
  assert.equal(mainWasmOf(trunkIndex()), 'culture-check-1d2430b6f9e23394_bg.wasm');
});

test('a page without a preload link for the main module is an error naming Trunk', () => {
  assert.throws(() => mainWasmOf(trunkIndex().replace(/<link rel="preload"[^>]*>/, '')), namesVersionOf('trunk'));
});

test('a screen shown at exact fragments lists them in its template', () => {
  const template = bootTemplate({ key: 'home', matches: { exact: ['#/'] } }, '<main data-boot=""></main>', 'Culture Check');
  assert.equal(template, '<template data-boot-screen="home" data-fragments="#/" data-title="Culture Check"><main data-boot=""></main></template>');
});

test("a screen shown at every fragment with a prefix names the prefix, its title escaped", () => {
  const template = bootTemplate({ key: 'shared-result', matches: { prefix: '#/r/' } }, '', 'A "shared" result & more');
  assert.equal(template, '<template data-boot-screen="shared-result" data-fragment-prefix="#/r/" data-title="A &quot;shared&quot; result &amp; more"></template>');
});

test('the templates go where the slot was', () => {
  const html = withScreens(trunkIndex(), ['<template data-boot-screen="a"></template>', '<template data-boot-screen="b"></template>']);
  assert.match(html, /<p id="boot" class="boot">Loading Culture Check…<\/p>\n {4}<template data-boot-screen="a"><\/template>\n {4}<template data-boot-screen="b"><\/template>\n/);
});

test('markup holding a dollar sign is written as it is', () => {
  assert.ok(withScreens(trunkIndex(), ["<p>$& $' $1</p>"]).includes("<p>$& $' $1</p>"));
});

test('a page without the slot is an error that names it', () => {
  assert.throws(() => withScreens('<body></body>', []), /no "<!-- prerendered screens -->" slot/);
});

test('a screen whose buttons all carry a data-replay name can be replayed', () => {
  assert.doesNotThrow(() => checkReplayable('quiz', '<main><button type="button" data-replay="quiz-start">Start the quiz</button></main>'));
});

test('a button without a data-replay name fails the build, named by its text', () => {
  assert.throws(
    () => checkReplayable('assessment', '<main><button type="button" class="button">Skip this <b>question</b></button></main>'),
    /the assessment screen has a button without data-replay \("Skip this question"\)/,
  );
});

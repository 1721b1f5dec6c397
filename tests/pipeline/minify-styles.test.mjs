import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyInlineStyles } from '../../scripts/minify-styles.mjs';
import { namesVersionOf, trunkIndex } from './fixtures.mjs';

test("the stylesheet Trunk inlined loses its comments and the spaces nothing needs", () => {
  const html = minifyInlineStyles(trunkIndex());
  assert.ok(html.includes('<style>:root{--space-1: 0.25rem;--text: #1d2433}.card,.panel{padding : var(--space-1);color: var(--text)}</style>'));
});

test('only the stylesheets change', () => {
  const strip = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  assert.equal(strip(minifyInlineStyles(trunkIndex())), strip(trunkIndex()));
});

test('a selector and calc() read as written', () => {
  assert.equal(minifyCss('a > b:hover  { width: calc(100% - 2rem); }'), 'a > b:hover{width: calc(100% - 2rem)}');
});

test('a page without an inlined stylesheet is an error naming Trunk', () => {
  assert.throws(() => minifyInlineStyles('<link rel="stylesheet" href="style.css">'), namesVersionOf('trunk'));
});

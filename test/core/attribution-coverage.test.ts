import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cues} from '../helpers/attribution.js';

describe('what one attribution covers in its paragraph', () => {
  it('a paragraph-end `…, X said.` covers the sentences before it', () => {
    assert.deepEqual(cues('Ferry traffic rose 14 percent in June. Freight fell 3 percent, the port authority said.'), []);
  });

  it('a paragraph-end `…, he said in a statement.` covers them too', () => {
    assert.deepEqual(cues('The worst flooding hit the lower town. Water reached 40 inches there, he said in a statement.'), []);
  });

  it('a paragraph-end quotation with its speaker covers the paragraph', () => {
    assert.deepEqual(cues('The network seems willing to wait for profits. "We are in this for ten years, not ten weeks," Ada Kell said.'), []);
  });

  it('`According to X,` opening the paragraph covers it', () => {
    assert.deepEqual(cues('According to the ministry, exports rose 12 percent. Imports fell 4 percent.'), []);
  });

  it('an attribution that opens its own clause covers only its sentence', () => {
    assert.deepEqual(cues('Ferry traffic rose 14 percent in June. The port authority said freight would fall.'), ['statistic: rose 14 percent']);
  });

  it('a source named mid-paragraph covers nothing before it', () => {
    assert.deepEqual(cues('Ferry traffic rose 14 percent in June, the port authority said. Freight fell 3 percent.'), ['statistic: fell 3 percent']);
  });

  it('a vague source stays flagged in a covered paragraph', () => {
    assert.deepEqual(cues('Critics say the toll is too high. Traffic fell 3 percent, the port authority said.'), ['vague-source: Critics say']);
  });
});

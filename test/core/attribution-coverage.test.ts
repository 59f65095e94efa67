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

  it('a paragraph-end quotation its speaker introduces (`X said, "…"`) covers the paragraph', () => {
    assert.deepEqual(cues('The network seems willing to wait for profits. Asked about ratings, Ada Kell said, "We are in this for ten years, not ten weeks."'), []);
  });

  it('`According to X,` opening the paragraph covers it', () => {
    assert.deepEqual(cues('According to the ministry, exports rose 12 percent. Imports fell 4 percent.'), []);
  });

  it('an attribution that opens its own clause covers only its sentence', () => {
    assert.deepEqual(cues('Ferry traffic rose 14 percent in June. The port authority said freight would fall.'), ['statistic: rose 14 percent']);
  });

  it('a source named mid-paragraph covers nothing before it', () => {
    assert.deepEqual(cues('Ferry traffic rose 14 percent in June. Freight fell 3 percent, the port authority said. Cruise calls are up 9 percent.'), ['statistic: rose 14 percent', 'statistic: 9 percent']);
  });

  it('sentences after a speaker that keep the tense of the reporting verb go on reporting them', () => {
    assert.deepEqual(cues('Harbour master Ines Vale said the quay had been dredged. Freight rose 14 percent after the work. Costs would fall by a third, she added.'), []);
    assert.deepEqual(cues('Hydrologist Pia Moen notes that the aquifer is shrinking. It is down 12 percent since 1990.'), []);
  });

  it('a sentence that switches to the writer\'s own tense ends the run', () => {
    assert.deepEqual(cues('Mayor Ola Brandt said the tram lanes were working. Journey times have fallen 9 percent since they opened.'), ['statistic: fallen 9 percent']);
    assert.deepEqual(cues('Mayor Ola Brandt said the tram lanes were working. Fares are 8 percent lower. Ridership rose 20 percent.'), ['statistic: 8 percent lower', 'statistic: rose 20 percent']);
  });

  it('a verb of doing, not saying, reports nothing after it', () => {
    assert.deepEqual(cues('The harbour board agreed the plan on Monday. Sales fell 12 percent last spring.'), ['statistic: fell 12 percent']);
  });

  it('a vague source stays flagged in a covered paragraph', () => {
    assert.deepEqual(cues('Critics say the toll is too high. Traffic fell 3 percent, the port authority said.'), ['vague-source: Critics say']);
  });
});

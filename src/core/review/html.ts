import type {DraftReview} from './review.js';
import {countsLine, emptySections, kindLabels, quoteLabel, repeatLabels, reviewTitle} from './labels.js';

/**
 * The style of the HTML report: inline, with no fonts, images or anything
 * else fetched, and a print layout (no backgrounds needed, rows kept whole,
 * each draft on a new page).
 */
const style = `
body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d0d0d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.number { text-align: right; white-space: nowrap; }
.counts { font-weight: 600; }
.state { font-size: .85em; padding: .05rem .4rem; border-radius: .6rem; border: 1px solid currentColor; white-space: nowrap; }
.open { color: #a0380b; }
.marked { color: #6a5d00; }
.ignored { color: #555; }
ul.said { margin: 0; padding-left: 1.1rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  th { background: none; }
  tr { break-inside: avoid; }
  section + section { break-before: page; }
}
`;

/**
 * The review as one self-contained HTML page: inline CSS only, no script,
 * no remote asset, every word of the draft escaped. It prints cleanly.
 */
export function reviewToHtml(reviews: readonly DraftReview[]): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${reviewTitle}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<h1>${reviewTitle}</h1>`
  ];
  for (const review of reviews) parts.push(section(review));
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

function section(review: DraftReview): string {
  const parts = ['<section>', `<h2>${escapeHtml(review.path)}</h2>`, `<p class="counts">${escapeHtml(countsLine(review))}</p>`, '<h3>Sources</h3>'];
  if (review.sources.length === 0) parts.push(`<p>${emptySections.sources}</p>`);
  else {
    parts.push('<table>', '<thead><tr><th>Who</th><th>Kind</th><th>Times</th><th>What they said</th></tr></thead>', '<tbody>');
    for (const source of review.sources) {
      const said = source.quotes.map((quote) => {
        const {where, words, quoted} = quoteLabel(quote);
        return `<li>${escapeHtml(where)}: ${quoted ? `“${escapeHtml(words)}”` : escapeHtml(words)}</li>`;
      });
      parts.push(`<tr><td>${source.name ? escapeHtml(source.name) : '—'}</td><td>${kindLabels[source.kind]}</td><td class="number">${source.quotes.length}</td><td><ul class="said">${said.join('')}</ul></td></tr>`);
    }
    parts.push('</tbody>', '</table>');
  }
  parts.push('<h3>Claims to source</h3>');
  if (review.claims.length === 0) parts.push(`<p>${emptySections.claims}</p>`);
  else {
    parts.push('<table>', '<thead><tr><th>Line</th><th>State</th><th>Claim</th></tr></thead>', '<tbody>');
    for (const claim of review.claims) {
      parts.push(`<tr><td class="number">${claim.line}</td><td><span class="state ${claim.state}">${claim.state}</span></td><td>${escapeHtml(claim.message)}</td></tr>`);
    }
    parts.push('</tbody>', '</table>');
  }
  parts.push('<h3>Repeats</h3>');
  if (review.repeats.length === 0) parts.push(`<p>${emptySections.repeats}</p>`);
  else {
    parts.push('<table>', '<thead><tr><th>Line</th><th>Repeat</th><th>First copy</th><th>Differences</th></tr></thead>', '<tbody>');
    for (const repeat of review.repeats) {
      const first = repeat.firstLine === undefined ? '' : `line ${repeat.firstLine}`;
      parts.push(`<tr><td class="number">${repeat.line}</td><td>${repeatLabels[repeat.kind]}: ${escapeHtml(repeat.excerpt)}</td><td class="number">${first}</td><td>${escapeHtml(repeat.differences ?? '')}</td></tr>`);
    }
    parts.push('</tbody>', '</table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Text as HTML: `&`, `<`, `>` and both quotation marks escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

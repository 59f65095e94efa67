import type {DraftReview} from './review.js';
import {countsLine, emptySections, kindLabels, quoteLabel, repeatLabels, reviewTitle} from './labels.js';

/**
 * The review as Markdown to paste into a ticket: a heading per draft, the
 * counts, then tables of sources, claims to source and repeats. The
 * draft's words are escaped, so a `|` never splits a cell and nothing
 * in them becomes markup or a link.
 */
export function reviewToMarkdown(reviews: readonly DraftReview[]): string {
  const lines = [`# ${reviewTitle}`, ''];
  for (const review of reviews) {
    lines.push(`## ${escapeMarkdown(review.path)}`, '', countsLine(review), '', '### Sources', '');
    if (review.sources.length === 0) lines.push(emptySections.sources);
    else {
      lines.push('| Who | Kind | Times | What they said |', '| --- | --- | ---: | --- |');
      for (const source of review.sources) {
        const said = source.quotes.map((quote) => {
          const {where, words, quoted} = quoteLabel(quote);
          return `${where}: ${quoted ? `“${escapeMarkdown(words)}”` : escapeMarkdown(words)}`;
        });
        lines.push(row([source.name ? escapeMarkdown(source.name) : '—', kindLabels[source.kind], String(source.quotes.length), said.join('; ')]));
      }
    }
    lines.push('', '### Claims to source', '');
    if (review.claims.length === 0) lines.push(emptySections.claims);
    else {
      lines.push('| Line | State | Claim |', '| ---: | --- | --- |');
      for (const claim of review.claims) lines.push(row([String(claim.line), claim.state, escapeMarkdown(claim.message)]));
    }
    lines.push('', '### Repeats', '');
    if (review.repeats.length === 0) lines.push(emptySections.repeats);
    else {
      lines.push('| Line | Repeat | First copy | Differences |', '| ---: | --- | ---: | --- |');
      for (const repeat of review.repeats) {
        lines.push(row([String(repeat.line), `${repeatLabels[repeat.kind]}: ${escapeMarkdown(repeat.excerpt)}`, repeat.firstLine === undefined ? '' : String(repeat.firstLine), repeat.differences === undefined ? '' : escapeMarkdown(repeat.differences)]));
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * A draft's words as literal Markdown on one line, never at a line's start
 * (a table cell, a heading's text): every character that can start
 * emphasis, code, a link, an HTML tag or an entity is escaped, and `|`,
 * which would end a table cell; line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/**
 * The editor's review report (issue 14): the same report for the command
 * line's `copydesk report` and the editor's *Export Review*.
 */
export {reviewDraft, type ClaimState, type DraftReview, type ReviewClaim, type ReviewInput, type ReviewQuote, type ReviewRepeat, type ReviewSource} from './review.js';
export {reviewToHtml} from './html.js';
export {reviewToMarkdown} from './markdown.js';

/** The report's formats. */
export type ReviewFormat = 'markdown' | 'html';

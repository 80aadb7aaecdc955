// The trip report as one self-contained web page: it opens anywhere, makes no request and runs no
// script (its Content-Security-Policy allows only its own style, by hash), reads well on screen and
// prints to PDF with each day on a new page and no highlight cut in two. Everything the user typed
// is escaped, except notes and comments, which are their Markdown rendered by the sanitiser the
// caller passes in (the app's DOMPurify one).
import { nestedHtmlHeadings } from './nested-markdown';
import type { ReportAction, ReportHighlight, ReportNote, ReportTalk, TripReport } from './trip-report';

/** Markdown to HTML that is safe to put in the page. */
export type RenderMarkdown = (markdown: string) => string;

// Colours meet 4.5:1 on their backgrounds (text #1f2328, muted #57606a, links #0a55c4 on white;
// the same text on each highlight colour), so the page passes contrast checks in print too.
const css = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1f2328; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.25em; }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.05rem; }
h5, h6 { font-size: 1rem; }
a { color: #0a55c4; text-decoration: underline; }
a:focus-visible { outline: 2px solid #0a55c4; outline-offset: 2px; }
.byline, .facts, .footer { color: #57606a; }
.facts { margin: 0.25em 0; }
.links { display: flex; flex-wrap: wrap; gap: 0.25em 1em; list-style: none; padding: 0; margin: 0.5em 0; }
.marks { display: flex; flex-wrap: wrap; gap: 0.4em; list-style: none; padding: 0; margin: 0.5em 0; }
.marks li { border: 1px solid #8c959f; border-radius: 999px; padding: 0 0.6em; font-size: 0.875rem; }
.talk { margin: 0 0 2.5rem; }
.takeaway-title { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
.highlight { margin: 1rem 0; }
blockquote { margin: 0; padding: 0.5em 1em; border-left: 4px solid #8c959f; }
blockquote p { margin: 0; white-space: pre-line; }
mark { color: #1f2328; padding: 0 0.1em; }
.highlight-yellow mark { background: #fff1a8; }
.highlight-green mark { background: #c9f0c9; }
.highlight-blue mark { background: #cfe3ff; }
.highlight-pink mark { background: #ffd6e8; }
.highlight-yellow blockquote { border-left-color: #b08800; }
.highlight-green blockquote { border-left-color: #1a7f37; }
.highlight-blue blockquote { border-left-color: #0a55c4; }
.highlight-pink blockquote { border-left-color: #bf3989; }
figcaption { margin: 0.25em 0 0 1.25em; }
.colour, .private { font-size: 0.875rem; color: #57606a; }
.note { margin: 1rem 0; padding: 0.5em 1em; background: #f6f8fa; border-radius: 6px; }
.note > :first-child { margin-top: 0; }
.note > :last-child { margin-bottom: 0; }
pre { overflow-x: auto; white-space: pre-wrap; background: #f6f8fa; padding: 0.75em; border-radius: 6px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
img { max-width: 100%; }
.actions { padding-left: 0; list-style: none; }
.action { margin: 0.5em 0; padding-left: 1.75em; text-indent: -1.75em; }
.action .box { display: inline-block; width: 1.75em; text-indent: 0; }
.dropped .title { text-decoration: line-through; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.footer { margin-top: 3rem; font-size: 0.875rem; border-top: 1px solid #d0d7de; padding-top: 1em; }
@page { margin: 18mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  main > section.day { break-before: page; }
  main > section:first-of-type { break-before: auto; }
  h1, h2, h3, h4 { break-after: avoid; }
  .highlight, blockquote, .action, .note pre { break-inside: avoid; }
  a { color: #1f2328; }
}
`.trim();

/** Text the user typed, as HTML text or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The base64 SHA-256 of a text's UTF-8 bytes: what a CSP `'sha256-…'` source names. */
async function sha256Base64(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const colourNames: Record<string, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/** The page's writer: the sanitiser, and the heading level talks take where they are. */
interface Page {
  render: RenderMarkdown;
}

/** A note or comment rendered, with its headings moved under the heading it sits beneath. */
function markdown(page: Page, text: string, base: number): string {
  return nestedHtmlHeadings(page.render(text), base);
}

function highlight(page: Page, entry: ReportHighlight, base: number): string {
  const colour = entry.color in colourNames ? entry.color : 'yellow';
  const label = `${entry.private ? 'Private ' : ''}${colourNames[colour]} highlight`;
  const comment = entry.comment ? `<div class="comment">${markdown(page, entry.comment, base)}</div>` : '';
  return [
    `<figure class="highlight highlight-${colour}">`,
    `<blockquote><p><mark>${escapeHtml(entry.passage)}</mark></p></blockquote>`,
    `<figcaption><span class="colour">${escapeHtml(label)}</span>${comment}</figcaption>`,
    '</figure>',
  ].join('');
}

function note(page: Page, entry: ReportNote, base: number): string {
  const label = entry.from
    ? `<p class="facts">${escapeHtml(entry.from)}</p>`
    : entry.private
      ? '<p class="private">Private note</p>'
      : '';
  const tags = entry.tags.length > 0 ? `<p class="facts">Tags: ${entry.tags.map(escapeHtml).join(', ')}</p>` : '';
  return `<div class="note">${label}${markdown(page, entry.body, base)}${tags}</div>`;
}

function details(action: ReportAction, withOwner: boolean): string {
  return [
    action.status,
    withOwner && action.owner ? `owner ${action.owner}` : '',
    action.due ? `due ${action.due}` : '',
    action.priority ? `${action.priority} priority` : '',
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join(', ');
}

/** The talk's facts, marks, links, the user's words and actions; `level` is its heading's. */
function talkBody(page: Page, talk: ReportTalk, level: number): string {
  const sub = level + 1;
  const facts = [
    escapeHtml(talk.kindLabel),
    talk.speakers.length > 0 ? `by ${talk.speakers.map(escapeHtml).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const marks =
    talk.marks.length > 0
      ? `<ul class="marks" aria-label="Your marks">${talk.marks.map((mark) => `<li>${escapeHtml(mark)}</li>`).join('')}</ul>`
      : '';
  const links =
    talk.links.length > 0
      ? `<ul class="links" aria-label="Links">${talk.links
          .map((link) => `<li><a href="${escapeHtml(link.url)}">${link.label}</a></li>`)
          .join('')}</ul>`
      : '';
  const parts = [`<p class="facts">${facts}</p>`, marks, links];
  if (talk.highlights.length > 0) {
    parts.push(`<h${sub}>Highlights</h${sub}>`, ...talk.highlights.map((entry) => highlight(page, entry, sub + 1)));
  }
  if (talk.notes.length > 0) {
    parts.push(`<h${sub}>Notes</h${sub}>`, ...talk.notes.map((entry) => note(page, entry, sub + 1)));
  }
  if (talk.actions.length > 0) {
    const items = talk.actions.map((action) => `<li>${escapeHtml(action.title)} — ${details(action, true)}</li>`);
    parts.push(`<h${sub}>Action items</h${sub}>`, `<ul>${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

/**
 * A must-see talk in the takeaways: its title links to the talk's own section, and is no heading,
 * so the page has one heading per talk. Its notes' headings nest under "Top takeaways".
 */
function takeaway(page: Page, talk: ReportTalk, index: number): string {
  const id = `takeaway:${index + 1}`;
  const facts =
    talk.speakers.length > 0 ? ` <span class="facts">by ${talk.speakers.map(escapeHtml).join(', ')}</span>` : '';
  return [
    `<article class="talk" aria-labelledby="${id}">`,
    `<p class="takeaway-title" id="${id}"><strong><a href="#${escapeHtml(talk.anchor)}">${escapeHtml(talk.title)}</a></strong>${facts}</p>`,
    ...talk.highlights.map((entry) => highlight(page, entry, 3)),
    ...talk.notes.map((entry) => note(page, entry, 3)),
    '</article>',
  ].join('\n');
}

function talkSection(page: Page, talk: ReportTalk): string {
  return [
    `<article class="talk" id="${escapeHtml(talk.anchor)}">`,
    `<h3>${escapeHtml(talk.title)}</h3>`,
    talkBody(page, talk, 3),
    '</article>',
  ].join('\n');
}

function actionItem(action: ReportAction): string {
  const box = action.finished ? '☑' : '☐';
  const state = action.finished ? 'Done' : 'To do';
  return [
    `<li class="action${action.status === 'dropped' ? ' dropped' : ''}">`,
    `<span class="box" aria-hidden="true">${box}</span>`,
    `<span class="visually-hidden">${state}: </span>`,
    `<span class="title">${escapeHtml(action.title)}</span> — ${details(action, false)} · `,
    `<a href="#${escapeHtml(action.talk.anchor)}">${escapeHtml(action.talk.title)}</a>`,
    action.notes ? `<br><span class="facts">${escapeHtml(action.notes).replace(/\n/g, '<br>')}</span>` : '',
    '</li>',
  ].join('');
}

function body(report: TripReport, page: Page): string {
  const byline = [report.dates, report.place, report.people ? `Who went: ${report.people}` : '']
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const sections: string[] = [];
  if (report.takeaways.length > 0) {
    sections.push(
      [
        '<section class="takeaways" aria-labelledby="heading:takeaways">',
        '<h2 id="heading:takeaways">Top takeaways</h2>',
        ...report.takeaways.map((talk, index) => takeaway(page, talk, index)),
        '</section>',
      ].join('\n'),
    );
  }
  report.days.forEach((day, index) => {
    // Ids with a colon, which no talk's anchor (a slug) has, so the two never collide.
    const id = `heading:day-${index + 1}`;
    sections.push(
      [
        `<section class="day" aria-labelledby="${id}">`,
        `<h2 id="${id}">${escapeHtml(day.heading)}</h2>`,
        ...day.talks.map((talk) => talkSection(page, talk)),
        '</section>',
      ].join('\n'),
    );
  });
  if (report.owners.length > 0) {
    sections.push(
      [
        '<section class="owners" aria-labelledby="heading:actions">',
        '<h2 id="heading:actions">Action items</h2>',
        ...report.owners.map(
          (owner) =>
            `<h3>${escapeHtml(owner.owner)}</h3>\n<ul class="actions">${owner.actions.map(actionItem).join('\n')}</ul>`,
        ),
        '</section>',
      ].join('\n'),
    );
  }
  return [
    '<main>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    byline ? `<p class="byline">${byline}</p>` : '',
    report.talks.length === 0 ? '<p>No talk was chosen for this report.</p>' : '',
    ...sections,
    `<p class="footer">Written with Debrief on ${report.exportedAt.toISOString().slice(0, 10)}.</p>`,
    '</main>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Writes the trip report as one HTML5 document. */
export async function tripReportHtml(report: TripReport, renderMarkdown: RenderMarkdown): Promise<string> {
  const hash = await sha256Base64(css);
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    body(report, { render: renderMarkdown }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

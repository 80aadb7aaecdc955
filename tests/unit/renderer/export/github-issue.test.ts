// "Copy as GitHub issue", read back with the WHATWG URL parser: the form's fields decode to what
// was written, bad repositories are refused with a reason, and long notes are cut to fit 8,000 characters.
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { talkDeepLink, type ExportableAction } from '../../../../renderer/src/lib/export/exportable-action';
import {
  githubNewIssueUrl,
  maxGithubUrlLength,
  parseGithubRepo,
} from '../../../../renderer/src/lib/export/github-issue';
import { hostileActions, keynote } from '../../../fixtures/export/hostile-actions';

function linkFor(repo: string, exportable: ExportableAction) {
  const link = githubNewIssueUrl(repo, exportable);
  if (!link.ok) throw new Error(link.error);
  return { ...link, parsed: new URL(link.url) };
}

describe('githubNewIssueUrl', () => {
  it('opens the new-issue form of the repository with title, body and labels filled in', () => {
    const { parsed, truncated } = linkFor('debrief-team/platform', hostileActions[0]!);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://github.com/debrief-team/platform/issues/new');
    expect(parsed.searchParams.get('title')).toBe('Propose a deploy freeze switch, "big red button"; today');
    expect(parsed.searchParams.get('labels')).toBe('on call,sre ops,deploy@prod');
    expect(truncated).toBe(false);
    const body = parsed.searchParams.get('body')!;
    expect(body).toContain(hostileActions[0]!.action.notes.trim());
    expect(body).toContain('- **Owner:** Ana, "the" lead');
    expect(body).toContain('- **Due:** 2024-05-24');
    expect(body).toContain(`(<${keynote.url}>)`);
    expect(body).toContain(`\`${talkDeepLink(keynote.id)}\``);
  });

  it('encodes every reserved character, so &, #, + and = in the text cannot end a field early', () => {
    const tricky = {
      ...hostileActions[0]!,
      action: { ...hostileActions[0]!.action, title: 'a&b=c#d+e %20 ?x', tags: ['x&labels=evil'] },
    };
    const { parsed, url } = linkFor('o/r', tricky);
    expect(parsed.searchParams.get('title')).toBe('a&b=c#d+e %20 ?x');
    expect(parsed.searchParams.get('labels')).toBe('x&labels=evil');
    expect(parsed.hash).toBe('');
    expect([...parsed.searchParams.keys()]).toEqual(['title', 'body', 'labels']);
    expect(url).not.toMatch(/[\s"<>]/);
  });

  it('writes the source quote as a Markdown quotation that cannot turn into a list', () => {
    const quoted = {
      ...hostileActions[0]!,
      action: { ...hostileActions[0]!.action, notes: '', sourceQuote: '- first\n2. second' },
    };
    const body = linkFor('o/r', quoted).parsed.searchParams.get('body')!;
    const [quote] = Lexer.lex(body);
    expect(quote?.type).toBe('blockquote');
    expect(quote && 'tokens' in quote ? quote.tokens?.map((token) => token.type) : []).toEqual(['paragraph']);
  });

  it('cuts a 100 KB note to keep the link within 8,000 characters, says so, and keeps the talk link', () => {
    const { url, parsed, truncated } = linkFor('o/r', hostileActions[4]!);
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(maxGithubUrlLength);
    expect(url.length).toBeGreaterThan(maxGithubUrlLength - 200);
    const body = parsed.searchParams.get('body')!;
    expect(body.startsWith('Start of a long note.')).toBe(true);
    expect(body).toContain('Shortened to fit in a link: the full notes are in Debrief.');
    expect(body).toContain(talkDeepLink(hostileActions[4]!.item.id));
    // Cut between characters: no half of a surrogate pair is left behind.
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('names an untitled action and leaves labels out when there are no tags', () => {
    const { parsed } = linkFor('o/r', hostileActions[3]!);
    expect(parsed.searchParams.get('title')).toBe('(untitled action)');
    expect(parsed.searchParams.has('labels')).toBe(false);
    expect(parsed.searchParams.get('body')).toContain('- **Status in Debrief:** dropped');
  });

  it.each([
    ['', 'empty'],
    ['just-a-name', 'no owner'],
    ['owner/name/extra', 'too many parts'],
    ['-owner/name', 'owner starting with a hyphen'],
    ['own--er/name', 'double hyphen'],
    ['owner/na me', 'space in the name'],
    ['owner/..', 'dot-dot'],
    ['owner/name?x=1', 'query'],
    [`${'a'.repeat(40)}/name`, 'owner too long'],
    ['https://evil.example/owner/name', 'another host'],
  ])('refuses %j (%s) with a reason', (repo) => {
    const link = githubNewIssueUrl(repo, hostileActions[0]!);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.error).toMatch(/is not a GitHub repository: write it as owner\/name/);
  });
});

describe('parseGithubRepo', () => {
  it('takes owner/name, and a pasted repository link', () => {
    expect(parseGithubRepo(' kubernetes/website ')).toEqual({ owner: 'kubernetes', name: 'website' });
    expect(parseGithubRepo('https://github.com/cncf/landscape.git')).toEqual({ owner: 'cncf', name: 'landscape' });
    expect(parseGithubRepo('https://github.com/a-b/c.d_e/')).toEqual({ owner: 'a-b', name: 'c.d_e' });
  });
});

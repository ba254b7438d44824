import type { Attendee, DelegationId, ScenarioContent } from '../client';
import { clauseTitle, delegationName, pick, wordingShort } from '../i18n/content';
import { listText } from '../i18n/format';
import { el } from './dom';
import type { Shell } from './shell';
import { clockWords } from './words';

/** "Kazakhstan (host) — Kairat Abdrakhmanov, foreign minister. Read the statement." */
function attendeeLine(shell: Shell, a: Attendee): string {
  const { t, locale } = shell;
  const parts = [t(`roundContext.attendeeRole.${a.role}`, { name: pick(a.name, locale) })];
  if (a.head !== undefined) parts.push(` — ${pick(a.head, locale)}`);
  if (a.note !== undefined) parts.push(`. ${pick(a.note, locale)}`);
  return parts.join('');
}

function link(url: string): HTMLElement {
  return el('a', new URL(url).hostname.replace(/^www\./, ''), {
    href: url,
    rel: 'noopener noreferrer',
    target: '_blank',
  });
}

/** Who came to a historical round: at the table, watching, and named but not there (issue 6). */
export function attendance(shell: Shell, content: ScenarioContent): HTMLElement {
  const { t, locale } = shell;
  const name = (d: DelegationId): string => delegationName(content, d, locale);
  const seated = content.delegations.filter((d) => content.seats[d]?.role !== 'observer');
  const observers = content.delegations.filter((d) => !seated.includes(d));
  const away = content.expected.filter((d) => !content.delegations.includes(d));
  const late = (content.sources?.late ?? [])
    .filter((l) => content.delegations.includes(l.delegation))
    .map((l) =>
      el(
        'li',
        t('roundContext.late', {
          name: name(l.delegation),
          // Only the hour is shown, so the round's length does not matter here.
          clock: clockWords(t, l.at, l.at).clock,
          text: pick(l.text, locale),
        }),
      ),
    );
  return el('ul', null, { class: 'attendance' }, [
    el('li', t('roundContext.atTable', { list: listText(locale, seated.map(name)) })),
    observers.length === 0
      ? null
      : el('li', t('roundContext.observers', { list: listText(locale, observers.map(name)) })),
    ...late,
    ...(content.sources?.attendees ?? []).map((a) => el('li', attendeeLine(shell, a))),
    away.length === 0
      ? null
      : el(
          'li',
          t('roundContext.away', {
            list: listText(
              locale,
              away.map((d) => t(`roundContext.name.${d}`)),
            ),
          }),
        ),
  ]);
}

/** What earlier rounds settled, what lapsed, what was left on the table, and how the course was made (issue 18). */
function recordSections(
  shell: Shell,
  content: ScenarioContent,
  panel: NonNullable<ScenarioContent['sources']>,
): HTMLElement[] {
  const { t, locale } = shell;
  const out: HTMLElement[] = [];
  const list = (heading: string, items: HTMLElement[], intro?: string): void => {
    if (items.length === 0) return;
    out.push(el('h3', heading));
    if (intro !== undefined) out.push(el('p', intro, { class: 'meta' }));
    out.push(el('ul', null, {}, items));
  };
  list(
    t('roundContext.inForceHeading'),
    panel.inForce.map((f) =>
      el(
        'li',
        t('roundContext.inForceItem', {
          clause: clauseTitle(content, f.clause, locale),
          wording: wordingShort(content, f.clause, f.strength, locale, t),
        }),
      ),
    ),
    t('roundContext.inForceIntro'),
  );
  list(
    t('roundContext.lapsesHeading'),
    panel.lapses.map((l) => el('li', pick(l.text, locale))),
  );
  list(
    t('roundContext.notAgreedHeading'),
    panel.notAgreed.map((p) => el('li', pick(p.text, locale))),
  );
  out.push(el('h3', t('roundContext.courseHeading')), el('p', t('roundContext.courseNote')));
  list(
    t('roundContext.recordedHeading'),
    panel.recorded.map((m) => el('li', null, {}, [el('span', `${pick(m.text, locale)} `), link(m.source)])),
  );
  return out;
}

/** The Sources panel of a historical round's briefing: its sources, how sure they are, caveats and eras. */
export function sourcesSection(shell: Shell, content: ScenarioContent): HTMLElement | null {
  const panel = content.sources;
  if (panel === null) return null;
  const { t, locale } = shell;
  const links = el(
    'ul',
    null,
    { class: 'sources' },
    panel.sources.map((url) =>
      el('li', null, {}, [link(url), el('span', ` — ${decodeURI(url)}`, { class: 'meta url' })]),
    ),
  );
  const eras = panel.eras.map((e) =>
    el(
      'li',
      t('roundContext.era', {
        delegation: delegationName(content, e.delegation, locale),
        from: e.from,
        note: pick(e.note, locale),
      }),
    ),
  );
  return el('section', null, { class: 'sources-panel', 'aria-labelledby': 'sources-panel-title' }, [
    el('h2', t('roundContext.sourcesHeading'), { id: 'sources-panel-title' }),
    el('p', t('roundContext.sourcesIntro')),
    el('p', t('roundContext.confidence', { level: t(`roundContext.level.${panel.confidence}`) }), {
      class: `confidence confidence-${panel.confidence}`,
    }),
    panel.caveats.length === 0 ? null : el('h3', t('roundContext.caveats')),
    panel.caveats.length === 0
      ? null
      : el(
          'ul',
          null,
          { class: 'caveats' },
          panel.caveats.map((c) => el('li', pick(c, locale))),
        ),
    eras.length === 0 ? null : el('h3', t('roundContext.eras')),
    eras.length === 0 ? null : el('ul', null, {}, eras),
    ...recordSections(shell, content, panel),
    el('details', null, { class: 'source-list' }, [
      el('summary', t('roundContext.sourceCount', { count: panel.sources.length })),
      links,
    ]),
  ]);
}

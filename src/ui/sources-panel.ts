import type { DelegationId, ScenarioContent } from '../client';
import { delegationName, pick } from '../i18n/content';
import { el } from './dom';
import type { Shell } from './shell';

/** Who came to a historical round: at the table, watching, and named but not there (issue 6). */
export function attendance(shell: Shell, content: ScenarioContent): HTMLElement {
  const { t, locale } = shell;
  const name = (d: DelegationId): string => delegationName(content, d, locale);
  const seated = content.delegations.filter((d) => content.seats[d]?.role !== 'observer');
  const observers = content.delegations.filter((d) => !seated.includes(d));
  const away = content.expected.filter((d) => !content.delegations.includes(d));
  return el('ul', null, { class: 'attendance' }, [
    el('li', t('roundContext.atTable', { list: seated.map(name).join(', ') })),
    observers.length === 0 ? null : el('li', t('roundContext.observers', { list: observers.map(name).join(', ') })),
    away.length === 0
      ? null
      : el('li', t('roundContext.away', { list: away.map((d) => t(`roundContext.name.${d}`)).join(', ') })),
  ]);
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
    panel.sources.map((url) => {
      const host = new URL(url).hostname.replace(/^www\./, '');
      return el('li', null, {}, [
        el('a', host, { href: url, rel: 'noopener noreferrer', target: '_blank' }),
        el('span', ` — ${decodeURI(url)}`, { class: 'meta url' }),
      ]);
    }),
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
    el('details', null, { class: 'source-list' }, [
      el('summary', t('roundContext.sourceCount', { count: panel.sources.length })),
      links,
    ]),
  ]);
}

import { sourcesPanel } from '../engine/briefing';
import type { Scenario } from '../engine/scenario/build';
import { delegationName, pick } from '../i18n/content';
import { listText } from '../i18n/format';
import { el } from './dom';
import type { Shell } from './shell';

/** Who came to a historical round: at the table, watching, and named but not there (issue 6). */
export function attendance(shell: Shell, scenario: Scenario): HTMLElement {
  const { t, locale } = shell;
  const name = (d: Parameters<typeof delegationName>[1]): string => delegationName(scenario, d, locale);
  const seated = scenario.delegations.filter(
    (d) => (scenario.seats[d]?.role ?? scenario.profiles[d]?.role) !== 'observer',
  );
  const observers = scenario.delegations.filter((d) => !seated.includes(d));
  const away = (Object.keys(scenario.round.delegations) as (keyof typeof scenario.round.delegations)[]).filter(
    (d) => !scenario.delegations.includes(d),
  );
  return el('ul', null, { class: 'attendance' }, [
    el('li', t('roundContext.atTable', { list: listText(locale, seated.map(name)) })),
    observers.length === 0
      ? null
      : el('li', t('roundContext.observers', { list: listText(locale, observers.map(name)) })),
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

/** The Sources panel of a historical round's briefing: its sources, how sure they are, caveats and eras. */
export function sourcesSection(shell: Shell, scenario: Scenario): HTMLElement | null {
  const panel = sourcesPanel(scenario);
  if (panel === undefined) return null;
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
        delegation: delegationName(scenario, e.delegation, locale),
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

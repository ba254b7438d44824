import type { ScenarioContent } from '../client';
import { pick } from '../i18n/content';
import { button, el } from './dom';
import { show, type Shell } from './shell';

/** Where the round's facts come from: its own history sources when it has them, else the reports it was built from. */
export function showSources(shell: Shell, content: ScenarioContent, back: () => void): void {
  const { t, locale } = shell;
  const history = content.round.history?.sources;
  const urls = history ?? content.generalSources;
  const list = el('ul', null, { class: 'sources' });
  for (const url of urls) {
    const host = new URL(url).hostname.replace(/^www\./, '');
    list.append(
      el('li', null, {}, [
        el('a', host, { href: url, rel: 'noopener noreferrer', target: '_blank' }),
        el('span', ` — ${decodeURI(url)}`, { class: 'meta url' }),
      ]),
    );
  }
  show(
    shell,
    'sources',
    el('section', null, { class: 'screen narrow' }, [
      el('h1', t('ui.sources.heading')),
      el('p', t('ui.sources.intro')),
      el('h2', pick(content.round.title, locale)),
      el('p', t(history === undefined ? 'ui.sources.general' : 'ui.sources.history')),
      list,
      button(t('ui.back'), back, { class: 'primary' }),
    ]),
  );
}

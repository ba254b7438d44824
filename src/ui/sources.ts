import { GENERAL_SOURCES } from '../content/sources';
import { scenario, scenarioOf } from '../game/scenario';
import { pick } from '../i18n/content';
import { button, el } from './dom';
import { showMenu } from './menu';
import { show, type Shell } from './shell';

/** Where the round's facts come from: its own history sources when it has them, else the reports it was built from. */
export function showSources(shell: Shell, id?: string): void {
  const { t, locale } = shell;
  const s = (id === undefined ? undefined : scenarioOf(id)) ?? scenario();
  const history = s.round.history?.sources;
  const urls = history ?? GENERAL_SOURCES[s.id] ?? [];
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
      el('h2', pick(s.round.title, locale)),
      el('p', t(history === undefined ? 'ui.sources.general' : 'ui.sources.history')),
      list,
      button(t('ui.back'), () => showMenu(shell), { class: 'primary' }),
    ]),
  );
}

import { isDelegationId, type CampaignSave } from '../client';
import type { CampaignScreen } from '../game/screens';
import { pick } from '../i18n/content';
import { listText } from '../i18n/format';
import { campaignChart } from './campaign-chart';
import { button, el } from './dom';
import { show, type Shell } from './shell';

/** Between rounds of a campaign: how far it has come, what it carries, and its course against history's. */
export function showCampaignScreen(shell: Shell, view: CampaignScreen): void {
  const { t, locale } = shell;
  const { save } = view;
  const summary = (id: string) => view.catalogue.rounds.find((r) => r.id === id);
  const title = (id: string): string => {
    const r = summary(id);
    return r === undefined ? id : pick(r.title, locale);
  };
  const notice = el('p', shell.notice, { class: 'notice', role: 'alert', hidden: shell.notice === null });
  shell.notice = null;
  const body: (Node | null)[] = [];
  if (save === null) {
    body.push(
      el('p', t('campaign.none')),
      el('div', null, { class: 'actions-row' }, [
        button(t('campaign.start'), view.start, { class: 'primary' }),
        button(t('ui.back'), view.menu),
      ]),
    );
  } else {
    const next = save.rounds[save.played.length];
    const nextRoundInfo = next === undefined ? undefined : summary(next);
    body.push(
      el('p', t('campaign.progress', { played: save.played.length, total: save.rounds.length }), { class: 'verdict' }),
    );
    body.push(
      el(
        'p',
        next === undefined
          ? t('campaign.finished')
          : t('campaign.next', {
              title: title(next),
              start: nextRoundInfo?.dates.start ?? '',
              venue: nextRoundInfo === undefined ? '' : pick(nextRoundInfo.venue, locale),
            }),
      ),
    );
    const again = button(t('campaign.startOver'), () => {
      confirm.hidden = false;
      confirm.focus();
    });
    const confirm = button(t('campaign.confirmOver'), view.start, { hidden: true, class: 'danger' });
    body.push(
      el('div', null, { class: 'actions-row' }, [
        next === undefined ? null : button(t('campaign.play', { title: title(next) }), view.next, { class: 'primary' }),
        again,
        confirm,
        button(t('ui.back'), view.menu),
      ]),
    );
    body.push(...carried(shell, save, view));
    const played = el(
      'ol',
      null,
      { class: 'campaign-played' },
      save.played.map((p) =>
        el(
          'li',
          t(p.adopted ? 'campaign.playedAdopted' : 'campaign.playedNot', { title: title(p.round), score: p.score }),
        ),
      ),
    );
    if (save.played.length > 0) body.push(el('h2', t('campaign.playedHeading')), played);
    const slot = el('div', null, { class: 'chart-slot campaign-chart' });
    body.push(
      el('h2', t('campaign.chartHeading')),
      el('p', t(view.points.length === 0 ? 'campaign.chartEmpty' : 'campaign.chartIntro')),
      slot,
    );
    queueMicrotask(() => void campaignChart(shell, view.points, title, slot));
  }
  const page = el('section', null, { class: 'screen campaign', 'aria-labelledby': 'campaign-title' }, [
    el('h1', t('campaign.heading'), { id: 'campaign-title' }),
    notice,
    el('p', t('campaign.intro')),
    ...body,
  ]);
  show(shell, 'campaign', page);
}

/** What the campaign carries into the next round: trust, wary delegations, instruments agreed. */
function carried(shell: Shell, save: CampaignSave, view: CampaignScreen): Node[] {
  const { t, locale } = shell;
  if (save.played.length === 0) return [];
  const name = (d: string): string => {
    const names = isDelegationId(d) ? view.catalogue.names[d] : undefined;
    return names === undefined ? d : pick(names, locale);
  };
  const trust = el(
    'ul',
    null,
    { class: 'carried' },
    Object.entries(save.trust).map(([d, v]) => el('li', t('campaign.trustOf', { delegation: name(d), trust: v }))),
  );
  const flags =
    save.flags.length === 0 ? t('campaign.flagsNone') : save.flags.map((f) => t(`campaign.flag.${f}`)).join(' · ');
  const out: (HTMLElement | null)[] = [
    el('h2', t('campaign.carriedHeading')),
    el('p', t('campaign.flags', { list: flags })),
    save.wary.length === 0 ? null : el('p', t('campaign.wary', { list: listText(locale, save.wary.map(name)) })),
    trust,
  ];
  return out.filter((n): n is HTMLElement => n !== null);
}

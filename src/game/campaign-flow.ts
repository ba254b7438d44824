import type { CampaignState, RoundId } from '../client';
import { loadCampaign, writeCampaign } from './campaign-store';
import { randomSeed, type Flow } from './flow';

/** The campaign screen: progress, the trajectory against the real one, and the next round (issue 6). */
export async function showCampaign(flow: Flow, fresh?: CampaignState): Promise<void> {
  const { shell } = flow;
  const { client, t } = shell;
  const mine = flow.step();
  flow.leave(true);
  const check = fresh ?? (await loadCampaign(client));
  if (!check.ok && check.problem === 'corrupt') shell.notice = t('campaign.corrupt');
  const catalogue = await client.request('catalogue', {});
  if (!flow.current(mine)) return;
  if (!catalogue.ok) return flow.fail(catalogue.refusal);
  void flow.screens.campaign(shell, {
    save: check.ok ? check.save : null,
    points: check.ok ? check.points : [],
    catalogue: catalogue.value,
    start: () =>
      void client.request('newCampaign', { seed: randomSeed() }).then((reply) => {
        if (!reply.ok || !reply.value.ok) return;
        if (!writeCampaign(reply.value.text)) shell.notice = t('campaign.unsaved');
        void showCampaign(flow, reply.value);
      }),
    next: () => {
      if (check.ok && check.next !== null) startCampaignRound(flow, check.text, check.next);
    },
    menu: flow.menu,
  });
}

function startCampaignRound(flow: Flow, text: string, next: { round: RoundId; seed: string }): void {
  flow.whenRoom(() => {
    const mine = flow.step();
    const args = { round: next.round, seed: next.seed, difficulty: flow.shell.settings.difficulty, campaign: text };
    void flow.shell.client.request('start', args).then((reply) => {
      if (!flow.current(mine)) return;
      if (!reply.ok) return flow.fail(reply.refusal);
      void flow.begin(reply.value, 'briefing', { campaign: true });
    });
  });
}

import { botFor, playBot, POLICIES, type Policy } from '../engine/bots';
import { buildScenario } from '../engine/scenario/build';
import { formatProblem } from '../engine/scenario/problems';
import { startRound } from '../engine/session';
import { DECISIONS, DELEGATIONS } from '../engine/vocabulary';
import { loadBundledLibrary } from '../content/scenarios';
import { delegationName, translate } from '../i18n/content';
import { createI18n } from '../i18n';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

/**
 * A round of Astana-1 played by one of the engine's bots and told as text: the engine end to end in a
 * browser, until the table scene takes its place.
 */
export async function mountTextRound(root: HTMLElement): Promise<void> {
  const i18n = await createI18n('en');
  const library = loadBundledLibrary();
  root.replaceChildren(el('h1', 'Astana Format'));
  if (!library.ok) {
    root.append(el('p', 'The scenario files have problems:'), el('pre', library.error.map(formatProblem).join('\n')));
    return;
  }
  const built = buildScenario(library.value, 'astana-01');
  if (!built.ok) return;
  const scenario = built.value;
  root.append(el('p', 'Kazakhstan hosts the first round of the Astana talks on Syria. Pick a seed and a mediator, and watch the round unfold.'));
  const form = el('form', undefined, { 'aria-label': 'Round settings' });
  const seedLabel = el('label', 'Seed');
  const seed = el('input', undefined, { name: 'seed', value: '1', inputmode: 'numeric' });
  seedLabel.append(seed);
  const policyLabel = el('label', 'Mediator');
  const policy = el('select', undefined, { name: 'policy' });
  for (const p of POLICIES) policy.append(el('option', p, { value: p }));
  policy.value = 'greedy';
  policyLabel.append(policy);
  const play = el('button', 'Play a round', { type: 'submit' });
  form.append(seedLabel, policyLabel, play);
  const output = el('section', undefined, { 'aria-label': 'Round', 'aria-live': 'polite' });
  root.append(form, output);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const round = startRound(scenario, { seed: seed.value.trim() || '1' });
    playBot(round, botFor(policy.value as Policy, seed.value));
    const data = round.data();
    const log = el('ol', undefined, { 'aria-label': 'What happened' });
    for (const line of data.log) log.append(el('li', translate(line.message, scenario, i18n.t, 'en')));
    const outcome = el('div', undefined, { class: 'outcome', role: 'status', 'aria-label': 'Outcome' });
    if (data.outcome !== null) {
      const o = data.outcome;
      outcome.append(el('h2', o.adopted ? 'Communiqué adopted' : 'No communiqué'), el('p', `Score ${o.score.total} of 100 (signatures ${o.score.signatures.points}, substance ${o.score.substance.points}, credibility ${o.score.credibility.points}, time ${o.score.time.points}).`));
      const list = el('ul');
      for (const id of DELEGATIONS) {
        const decision = o.decisions[id];
        if (decision !== 'absent' && DECISIONS.includes(decision)) list.append(el('li', `${delegationName(scenario, id, 'en')}: ${i18n.t(`decisionWord.${decision}`)}`));
      }
      outcome.append(list);
    }
    output.replaceChildren(outcome, el('h2', 'The round'), log);
    round.stop();
  });
}

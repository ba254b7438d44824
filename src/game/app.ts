import { parseRecord } from '../engine/record';
import { replay } from '../engine/replay';
import { startRound, type Round } from '../engine/session';
import type { Scenario } from '../engine/scenario/build';
import { isDelegationId, type Difficulty, type RoundId } from '../engine/vocabulary';
import { roundIds, scenario, scenarioOf } from './scenario';
import { campaignFor, loadCampaign, writeCampaign } from './campaign-store';
import { campaignScenario, newCampaign, nextRound, roundSeed, trajectory, type CampaignSave } from '../engine/campaign';
import { showCampaignScreen } from '../ui/campaign-screen';
import { noteSeen, showContentNote } from '../ui/content-note';
import { pick } from '../i18n/content';
import { showBriefing } from '../ui/briefing';
import { showDebrief } from '../ui/debrief';
import { showMenu } from '../ui/menu';
import { showPlenary } from '../ui/plenary';
import { probe } from '../ui/probe';
import type { Shell } from '../ui/shell';
import { showSources } from '../ui/sources';
import { showTable } from '../ui/table-screen';
import type { Play } from './play';
import { DEFAULT_LESSON_MINUTES, newLesson, type Lesson } from './lesson';
import { showClassroomSetup, type LessonChoice } from '../ui/classroom-setup';
import { showHandover } from '../ui/classroom-handover';
import { checkSaved, savedBytes, saveAsCampaign, writeSave, ASIDE_KEY, type Restored, type SavedScreen } from './saves';

export { showSources };
export { roundIds, scenarioOf, useContentLocale } from './scenario';

probe.saveBytes = savedBytes;

let current: Play | null = null;
let restored: Restored | null = null;

function randomSeed(): string {
  const n = new Uint32Array(1);
  crypto.getRandomValues(n);
  return String((n[0] ?? 1) % 1_000_000);
}

type Opening = SavedScreen | 'briefing' | 'handover';

export function begin(
  shell: Shell,
  round: Round,
  screen: Opening,
  selected?: string,
  lesson?: Lesson | null,
  campaign = false,
): void {
  current?.round.stop();
  saveAsCampaign(campaign);
  const play: Play = {
    // A record with students' seats is a lesson even when it comes back from a file or a save.
    lesson:
      lesson ??
      (round.record().seats === undefined
        ? null
        : newLesson({}, shell.t('ui.classroom.teacher'), DEFAULT_LESSON_MINUTES)),
    shell,
    scenario: round.model.scenario,
    round,
    campaign,
    selected:
      isDelegationId(selected) && round.model.delegations.includes(selected)
        ? selected
        : (round.model.delegations[0] ?? 'russia'),
    shownLog: round.data().log.length,
    unsaved: false,
    nav: {
      table: () => showTable(play),
      plenary: () => showPlenary(play),
      debrief: () => showDebrief(play),
      menu: () => {
        current?.round.stop();
        current = null;
        showMenu(shell);
      },
      again: (seed, difficulty) => newRound(shell, seed, difficulty, round.model.scenario.id),
      campaign: () => showCampaign(shell),
      briefing: () => showBriefing(play),
      fork: (upTo) => {
        const record = round.record();
        // The fork replays on the round's own scenario (a later round, or a campaign's carried-over one).
        const forked = replay(round.model.scenario, { ...record, actions: record.actions.slice(0, upTo) });
        if (!forked.ok) return;
        const phase = forked.value.phase();
        begin(
          shell,
          forked.value,
          phase === 'briefing' ? 'briefing' : phase === 'outcome' ? 'debrief' : 'table',
          play.selected,
          play.lesson,
          campaign,
        );
      },
    },
  };
  current = play;
  probe.phase = () => current?.round.phase() ?? null;
  probe.stateId = () => current?.round.data().stateId ?? null;
  if (screen === 'briefing') showBriefing(play);
  else if (screen === 'handover') showHandover(play);
  else play.nav[screen]();
}

export function newRound(
  shell: Shell,
  seed = randomSeed(),
  difficulty: Difficulty = shell.settings.difficulty,
  id: RoundId = 'astana-01',
): void {
  const start = (): void => begin(shell, startRound(scenarioOf(id) ?? scenario(), { seed, difficulty }), 'briefing');
  // The content note comes before the first round a player starts (issue 6, Care).
  if (noteSeen()) start();
  else showContentNote(shell, () => showMenu(shell), start);
}

/** The classroom set-up's Start: a round with the students' seats, then each seat's role card. */
export function startLesson(shell: Shell, played: Scenario, choice: LessonChoice): void {
  const round = startRound(played, {
    seed: choice.seed,
    difficulty: choice.difficulty,
    controllers: choice.controllers,
  });
  begin(shell, round, 'handover', undefined, newLesson(choice.names, choice.mediator, choice.minutes));
}

/** The classroom set-up for the round chosen in the menu's picker. */
export function showClassroom(shell: Shell, id: RoundId = 'astana-01'): void {
  const played = scenarioOf(id) ?? scenario();
  showClassroomSetup(
    shell,
    played,
    randomSeed(),
    (choice) => startLesson(shell, played, choice),
    () => showMenu(shell),
  );
}

export { randomSeed };

/** The scenario a save's record replays on: its own round, with the campaign's carry-over for a campaign round. */
const scenarioForSave = (record: { scenario: string }, campaign: boolean) => {
  const base = scenarioOf(record.scenario);
  return base === undefined || !campaign ? base : campaignFor(base);
};

/** Called by the menu: is there a save to continue, and if one had to be set aside, what to say. */
export function checkSave(shell: Shell): { ok: true; summary: string } | { ok: false; message: string | null } {
  const { t } = shell;
  const check = checkSaved(scenarioForSave);
  if (!check.ok) {
    restored = null;
    if (check.problem === null) return { ok: false, message: null };
    if (typeof check.problem === 'object')
      return { ok: false, message: t('ui.save.newer', { format: check.problem.newer, key: ASIDE_KEY }) };
    return { ok: false, message: t(`ui.save.${check.problem}`, { key: ASIDE_KEY }) };
  }
  restored = check.restored;
  const r = check.restored.record;
  return {
    ok: true,
    summary: t('ui.menu.continueFrom', {
      scenario: pick(check.restored.round.model.scenario.round.title, shell.locale),
      seed: r.seed,
      moves: r.actions.length,
    }),
  };
}

export function continueRound(shell: Shell): void {
  if (restored === null) {
    const state = checkSave(shell);
    if (!state.ok || restored === null) {
      shell.notice = state.ok ? null : state.message;
      showMenu(shell);
      return;
    }
  }
  const { round, screen, selected, lesson, campaign } = restored;
  restored = null;
  begin(shell, round, round.phase() === 'briefing' ? 'briefing' : screen, selected, lesson, campaign);
}

/** Replays a downloaded record; a bad file gets a message on the menu and changes nothing. */
export function loadRecord(shell: Shell, text: string): void {
  const { t } = shell;
  const fail = (reason: string): void => {
    shell.notice = t('ui.record.bad', { reason });
    showMenu(shell);
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail(t('ui.recordError.notJson'));
    return;
  }
  const record = parseRecord(json);
  if (!record.ok) return fail(t(`ui.recordError.${record.error.code}`));
  const played = scenarioOf(record.value.scenario);
  if (played === undefined) return fail(t('ui.recordError.otherScenario'));
  const round = replay(played, record.value);
  if (!round.ok)
    return fail(t(`ui.recordError.${round.error.code}`, { index: 'index' in round.error ? round.error.index + 1 : 0 }));
  const phase = round.value.phase();
  const screen: SavedScreen = phase === 'outcome' ? 'debrief' : 'table';
  saveAsCampaign(false);
  writeSave(round.value, screen);
  begin(shell, round.value, phase === 'briefing' ? 'briefing' : screen);
}

/** The campaign screen: progress, the trajectory against the real one, and the next round (issue 6). */
export function showCampaign(shell: Shell, fresh?: CampaignSave): void {
  current?.round.stop();
  current = null;
  const check = fresh === undefined ? loadCampaign() : { ok: true as const, save: fresh };
  if (!check.ok && check.problem === 'corrupt') shell.notice = shell.t('campaign.corrupt');
  const save = check.ok ? check.save : null;
  showCampaignScreen(shell, {
    save,
    points: save === null ? [] : trajectory(save, scenarioOf),
    scenarioOf,
    start: () => {
      const made = newCampaign(randomSeed(), roundIds());
      if (!writeCampaign(made)) shell.notice = shell.t('campaign.unsaved');
      showCampaign(shell, made);
    },
    next: () => {
      if (save !== null) startCampaignRound(shell, save);
    },
    menu: () => showMenu(shell),
  });
}

export function startCampaignRound(shell: Shell, save: CampaignSave): void {
  const id = nextRound(save);
  const base = id === undefined ? undefined : scenarioOf(id);
  if (id === undefined || base === undefined) return showCampaign(shell, save);
  const start = (): void =>
    begin(
      shell,
      startRound(campaignScenario(save, base), { seed: roundSeed(save, id), difficulty: shell.settings.difficulty }),
      'briefing',
      undefined,
      null,
      true,
    );
  if (noteSeen()) start();
  else showContentNote(shell, () => showMenu(shell), start);
}

/** The menu's round picker: every historical round with its date; the hint under it gives date and venue. */
export function fillRoundPicker(shell: Shell, picker: HTMLSelectElement, hint: HTMLElement): void {
  const { t, locale } = shell;
  const ids = roundIds();
  const chosen = ids.includes(picker.value) ? picker.value : 'astana-01';
  picker.replaceChildren(
    ...ids.map((id) => {
      const r = scenarioOf(id)?.round;
      const option = document.createElement('option');
      option.value = id;
      option.textContent = r === undefined ? id : t('ui.menu.roundOption', { number: r.number, date: r.dates.start });
      return option;
    }),
  );
  picker.value = chosen;
  const say = (): void => {
    const r = scenarioOf(picker.value)?.round;
    hint.textContent =
      r === undefined
        ? ''
        : t('ui.menu.roundHint', {
            title: pick(r.title, locale),
            start: r.dates.start,
            end: r.dates.end,
            venue: pick(r.venue, locale),
          });
  };
  picker.addEventListener('change', say);
  say();
}

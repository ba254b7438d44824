import { parseRecord } from '../engine/record';
import { replay } from '../engine/replay';
import { startRound, type Round } from '../engine/session';
import { isDelegationId, type Difficulty } from '../engine/vocabulary';
import { scenario } from './scenario';
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
import { checkSaved, savedBytes, writeSave, ASIDE_KEY, type Restored, type SavedScreen } from './saves';

export { showSources };

probe.saveBytes = savedBytes;

let current: Play | null = null;
let restored: Restored | null = null;

function randomSeed(): string {
  const n = new Uint32Array(1);
  crypto.getRandomValues(n);
  return String((n[0] ?? 1) % 1_000_000);
}

type Opening = SavedScreen | 'briefing' | 'handover';

function begin(shell: Shell, round: Round, screen: Opening, selected?: string, lesson?: Lesson | null): void {
  current?.round.stop();
  const play: Play = {
    // A record with students' seats is a lesson even when it comes back from a file or a save.
    lesson: lesson ?? (round.record().seats === undefined ? null : newLesson({}, shell.t('ui.classroom.teacher'), DEFAULT_LESSON_MINUTES)),
    shell,
    scenario: scenario(),
    round,
    selected: isDelegationId(selected) && round.model.delegations.includes(selected) ? selected : (round.model.delegations[0] ?? 'russia'),
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
      again: (seed, difficulty) => newRound(shell, seed, difficulty),
      briefing: () => showBriefing(play),
      fork: (upTo) => {
        const record = round.record();
        const forked = replay(scenario(), { ...record, actions: record.actions.slice(0, upTo) });
        if (!forked.ok) return;
        const phase = forked.value.phase();
        begin(shell, forked.value, phase === 'briefing' ? 'briefing' : phase === 'outcome' ? 'debrief' : 'table', play.selected, play.lesson);
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

export function newRound(shell: Shell, seed = randomSeed(), difficulty: Difficulty = shell.settings.difficulty): void {
  begin(shell, startRound(scenario(), { seed, difficulty }), 'briefing');
}

/** The classroom set-up's Start: a round with the students' seats, then each seat's role card. */
export function startLesson(shell: Shell, choice: LessonChoice): void {
  const round = startRound(scenario(), { seed: choice.seed, difficulty: choice.difficulty, controllers: choice.controllers });
  begin(shell, round, 'handover', undefined, newLesson(choice.names, choice.mediator, choice.minutes));
}

export function showClassroom(shell: Shell): void {
  showClassroomSetup(shell, scenario(), randomSeed(), (choice) => startLesson(shell, choice), () => showMenu(shell));
}

/** Called by the menu: is there a save to continue, and if one had to be set aside, what to say. */
export function checkSave(shell: Shell): { ok: true; summary: string } | { ok: false; message: string | null } {
  const { t } = shell;
  const check = checkSaved(scenario());
  if (!check.ok) {
    restored = null;
    if (check.problem === null) return { ok: false, message: null };
    if (typeof check.problem === 'object') return { ok: false, message: t('ui.save.newer', { format: check.problem.newer, key: ASIDE_KEY }) };
    return { ok: false, message: t(`ui.save.${check.problem}`, { key: ASIDE_KEY }) };
  }
  restored = check.restored;
  const r = check.restored.record;
  return { ok: true, summary: t('ui.menu.continueFrom', { scenario: pick(scenario().round.title, shell.locale), seed: r.seed, moves: r.actions.length }) };
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
  const { round, screen, selected, lesson } = restored;
  restored = null;
  begin(shell, round, round.phase() === 'briefing' ? 'briefing' : screen, selected, lesson);
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
  const round = replay(scenario(), record.value);
  if (!round.ok) return fail(t(`ui.recordError.${round.error.code}`, { index: 'index' in round.error ? round.error.index + 1 : 0 }));
  const phase = round.value.phase();
  const screen: SavedScreen = phase === 'outcome' ? 'debrief' : 'table';
  writeSave(round.value, screen);
  begin(shell, round.value, phase === 'briefing' ? 'briefing' : screen);
}

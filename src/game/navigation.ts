import type { Difficulty, HostRefusal, Opened, RecordRefusal, RoundId, ViewSeat } from '../client';
import { pick } from '../i18n/content';
import { showCampaign } from './campaign-flow';
import { campaignText, recordCampaignRound } from './campaign-store';
import { randomSeed, type BeginOptions, type Flow, type Opening } from './flow';
import { loadRecord } from './record-flow';
import { refusalWords } from './refusal-words';
import { makeRoomForNewRound } from './replace-guard';
import { DEFAULT_LESSON_MINUTES, newLesson } from './lesson';
import { autosave, type Nav, type Play } from './play';
import { probe, track } from './probe';
import { checkSaved, dropSave, hasSave, saveAsCampaign, type Restored } from './saves';
import type { Dialogs, LazyScreens, LessonChoice, MenuActions } from './screens';
import { networkFlow } from './network-flow';
import { markNoteSeen, noteSeen } from './settings';
import { classroomServer } from '../client';
import type { Shell } from './shell';

/**
 * The one module that owns the order of screens (DESIGN §5): menu → content note → briefing → table →
 * plenary → debrief, the campaign and the classroom's hand-over. It asks the host through the client and
 * hands each screen what it shows; screens reach it back only through the `Nav` and `MenuActions` they get.
 */
export function createNavigation(
  shell: Shell,
  screens: LazyScreens,
  dialogs: Dialogs,
): { menu(): void; join(code: string): void } {
  const { client, t } = shell;
  let current: { play: Play; stop: () => void } | null = null;
  let restored: Restored | null = null;
  // A later click wins: an answer for an older one shows nothing.
  let generation = 0;

  const fail = (refusal: HostRefusal | RecordRefusal): void => {
    shell.notice = refusalWords(t, refusal);
    menu();
  };

  const leave = (close: boolean): void => {
    current?.stop();
    current = null;
    probe.phase = () => null;
    probe.stateId = () => null;
    probe.views = async () => null;
    if (close) void client.request('close', {});
  };

  function menu(): void {
    generation += 1;
    leave(true);
    void screens.menu(shell, menuActions);
  }

  async function begin(opened: Opened, screen: Opening, options: BeginOptions = {}): Promise<Play | null> {
    const mine = ++generation;
    leave(false);
    const campaign = options.campaign === true;
    saveAsCampaign(campaign);
    const seats = ['mediator', 'teacher'] as const;
    // The page is the device that runs the round: it holds the mediator's view for the table, and the
    // teacher's for a lesson's console. Other seats' views are asked for while they are shown.
    const stops = seats.map((seat) => client.watch(seat, () => undefined));
    const [view] = await track(Promise.all(seats.map((seat) => client.viewOf(seat, opened.epoch))));
    if (mine !== generation || view === undefined) {
      for (const stop of stops) stop();
      return null;
    }
    const record = view.record;
    const lesson =
      options.lesson ??
      // A record with students' seats is a lesson even when it comes back from a file or a save.
      (record?.seats === undefined ? null : newLesson({}, t('ui.classroom.teacher'), DEFAULT_LESSON_MINUTES));
    if (lesson === null) stops[1]?.();
    const { delegations } = opened.content;
    const chosen = delegations.find((d) => d === options.selected) ?? delegations[0] ?? 'russia';
    const nav: Nav = {
      table: () => void screens.table(play),
      plenary: () => {
        autosave(play, 'plenary');
        void screens.plenary(play);
      },
      debrief: () => void debrief(play),
      menu,
      again: (seed, difficulty) => newRound(opened.round, seed, difficulty),
      campaign: () => void showCampaign(flow),
      briefing: () => void screens.briefing(play),
      fork: (upTo) => void fork(play, upTo),
      handover: (at) => void screens.handover(play, at),
      printCards: (back) => void screens.printCards(play, back),
      reports: () => void screens.reports(play),
      room: () => undefined,
    };
    const play: Play = {
      shell,
      content: opened.content,
      epoch: opened.epoch,
      nav,
      campaign,
      campaignPlace: opened.campaign,
      lesson,
      selected: chosen,
      shownLog: 0,
      unsaved: null,
      recorded: null,
      network: null,
      provenance: options.provenance,
    };
    current = { play, stop: () => stops.forEach((stop) => stop()) };
    probe.phase = () => client.view('mediator')?.phase ?? null;
    probe.stateId = () => client.view('mediator')?.stateId ?? null;
    probe.views = async () => {
      const every: ViewSeat[] = [
        'mediator',
        'projector',
        'teacher',
        ...delegations.map((delegation) => ({ delegation })),
      ];
      const reply = await client.request('views', { seats: every });
      return reply.ok ? reply.value : null;
    };
    if (screen === 'briefing') void screens.briefing(play);
    else if (screen === 'handover') void screens.handover(play, 0);
    else if (screen === 'debrief') void debrief(play);
    else nav[screen]();
    return play;
  }

  /** The debrief: saved, and a campaign round recorded in the campaign (then its own autosave is done with). */
  async function debrief(play: Play): Promise<void> {
    autosave(play, 'debrief');
    play.recorded = play.campaign ? await recordCampaignRound(client) : null;
    if (play.recorded === true) dropSave();
    void screens.debrief(play);
  }

  async function fork(play: Play, upTo: number): Promise<void> {
    // The fork takes the autosave's place: over a round in progress it asks first, and keeps the old one.
    if (!(await makeRoomForNewRound(shell, dialogs))) return;
    const reply = await client.request('fork', { upTo });
    if (!reply.ok) return fail(reply.refusal);
    const { phase } = reply.value;
    await begin(reply.value, phase === 'briefing' ? 'briefing' : phase === 'outcome' ? 'debrief' : 'table', {
      selected: play.selected,
      lesson: play.lesson,
      campaign: play.campaign,
    });
  }

  /** The content note comes before the first round a player starts (issue 6, Care). */
  const afterNote = (start: () => void): void => {
    if (noteSeen()) start();
    else
      void screens.contentNote(shell, menu, () => {
        markNoteSeen();
        start();
      });
  };

  /** A round that takes the autosave's place asks first over one in progress, then comes the content note. */
  const whenRoom = (start: () => void): void =>
    void makeRoomForNewRound(shell, dialogs).then((go) => {
      if (go) afterNote(start);
    });

  function newRound(id: RoundId, seed = randomSeed(), difficulty: Difficulty = shell.settings.difficulty): void {
    whenRoom(() => {
      const mine = ++generation;
      void client.request('start', { round: id, seed, difficulty }).then((reply) => {
        if (mine !== generation) return;
        if (!reply.ok) return fail(reply.refusal);
        void begin(reply.value, 'briefing');
      });
    });
  }

  async function checkSave(): ReturnType<MenuActions['checkSave']> {
    const check = await checkSaved(client, campaignText());
    if (!check.ok) {
      restored = null;
      const { problem } = check;
      if (problem === null) return { ok: false, message: null };
      if (typeof problem === 'object') return { ok: false, message: t('ui.save.newer', { format: problem.newer }) };
      return { ok: false, message: t(`ui.save.${problem}`) };
    }
    restored = check.restored;
    const r = check.restored.record;
    return {
      ok: true,
      summary: t('ui.menu.continueFrom', {
        scenario: pick(check.restored.title, shell.locale),
        seed: r.seed,
        moves: r.actions.length,
      }),
    };
  }

  async function continueRound(): Promise<void> {
    if (restored === null) {
      const state = await checkSave();
      if (!state.ok || restored === null) {
        shell.notice = state.ok ? null : state.message;
        return menu();
      }
    }
    const { record, screen, selected, lesson, campaign, phase } = restored;
    restored = null;
    const reply = await client.request('replay', {
      record,
      ...(campaign ? { campaign: campaignText() ?? undefined } : {}),
    });
    if (!reply.ok) return fail(reply.refusal);
    await begin(reply.value, phase === 'briefing' ? 'briefing' : screen, { selected, lesson, campaign });
  }

  async function classroom(id: RoundId): Promise<void> {
    const mine = ++generation;
    const [content, server] = await Promise.all([client.request('content', { round: id }), classroomServer()]);
    if (mine !== generation) return;
    if (!content.ok) return fail(content.refusal);
    void screens.classroomSetup(
      shell,
      content.value,
      randomSeed(),
      (choice) => void startLesson(id, choice),
      menu,
      // Run on this network only when the page came from the classroom server.
      server !== null ? (choice, studentMediator) => network.teach(id, choice, studentMediator) : null,
    );
  }

  /** The classroom set-up's Start: a round with the students' seats, then each seat's role card. */
  async function startLesson(id: RoundId, choice: LessonChoice): Promise<void> {
    if (!(await makeRoomForNewRound(shell, dialogs))) return;
    const mine = ++generation;
    const args = { round: id, seed: choice.seed, difficulty: choice.difficulty, seats: choice.controllers };
    void client.request('start', args).then((reply) => {
      if (mine !== generation) return;
      if (!reply.ok) return fail(reply.refusal);
      const lesson = newLesson(choice.names, choice.mediator, choice.minutes);
      void begin(reply.value, 'handover', { lesson });
    });
  }

  async function sources(id: RoundId): Promise<void> {
    const mine = ++generation;
    const content = await client.request('content', { round: id });
    if (mine !== generation) return;
    if (!content.ok) return fail(content.refusal);
    void screens.sources(shell, content.value, menu);
  }

  const flow: Flow = {
    shell,
    screens,
    dialogs,
    step: () => ++generation,
    current: (step) => step === generation,
    fail,
    menu,
    leave,
    afterNote,
    whenRoom,
    begin,
  };

  const network = networkFlow(flow);
  const menuActions: MenuActions = {
    hasSave,
    catalogue: async () => {
      const reply = await client.request('catalogue', {});
      return reply.ok ? reply.value : null;
    },
    checkSave,
    newRound: (id) => newRound(id),
    campaign: () => void showCampaign(flow),
    continueRound: () => void continueRound(),
    classroom: (id) => void classroom(id),
    loadRecord: (text) => void loadRecord(flow, text),
    settings: () => void screens.settings(shell, menu),
    sources: (id) => void sources(id),
    contentNote: () => void screens.contentNote(shell, menu),
    joinClassroom: () => network.join(),
    networked: async () => (await classroomServer()) !== null,
  };

  return { menu, join: (code) => network.join(code) };
}

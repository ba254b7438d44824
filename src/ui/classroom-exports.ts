import type { SeatReportView } from '../client';
import { mediatorView, type Play } from '../game/play';
import { delegationName, goalTexts, pick, translate } from '../i18n/content';
import { namesOf, recordOfLesson } from '../game/lesson';
import { humanSeats } from './classroom-handover';
import { seatReportElement } from './classroom-reports';
import { button, el } from './dom';
import { download } from './download';
import { escapeHtml, exportPage } from './export-page';
import { show } from './shell';
import { clockWords } from './words';

/** Who took part and when: the mediator, each students' seat with its names, the date and the lesson's length. */
function lessonLines(play: Play): string[] {
  const { t, locale } = play.shell;
  const { lesson, content } = play;
  if (lesson === null) return [];
  const seats = humanSeats(play).map((id) => {
    const names = namesOf(lesson, id);
    return `${delegationName(content, id, locale)}: ${names === '' ? t('ui.classroom.noNames') : names}`;
  });
  return [
    t('ui.classroom.transcriptLesson', { date: lesson.date, minutes: Math.round(lesson.limitMs / 60_000) }),
    t('ui.classroom.transcriptMediator', { name: lesson.mediator }),
    ...seats,
  ];
}

/** Every log entry with its hour, translated, from the teacher's view: what was said, done and decided. */
function transcriptLines(play: Play): { title: string; people: string[]; lines: string[] } {
  const { t, locale, client } = play.shell;
  const { content } = play;
  const view = client.view('teacher') ?? mediatorView(play);
  const goals = goalTexts(content, view);
  const title = t('ui.classroom.transcriptTitle', {
    scenario: pick(content.round.title, locale),
    seed: view.record?.seed ?? '',
  });
  return {
    title,
    people: lessonLines(play),
    lines: view.log.map(
      (e) => `${clockWords(t, e.minute, view.limit).clock} — ${translate(e.message, content, t, locale, goals)}`,
    ),
  };
}

/** The seat reports, from the host. */
async function seatReports(play: Play): Promise<readonly SeatReportView[]> {
  const reply = await play.shell.client.request('seatReports', { delegations: reportSeats(play) });
  return reply.ok ? reply.value : [];
}

/** The debrief's classroom part: transcript downloads and the per-seat reports. */
export function classroomExports(play: Play, status: HTMLElement): HTMLElement {
  const { t, locale } = play.shell;
  const record = mediatorView(play).record;
  const base = `${record?.scenario ?? play.content.id}-seed-${record?.seed ?? ''}`;
  const done = (file: string): void => void (status.textContent = t('ui.classroom.downloaded', { file }));
  const text = (): void => {
    const { title, people, lines } = transcriptLines(play);
    const head = people.length === 0 ? '' : `${people.join('\n')}\n\n`;
    download(`${base}-transcript.txt`, 'text/plain', `${title}\n\n${head}${lines.join('\n')}\n`);
    done(`${base}-transcript.txt`);
  };
  const html = (): void => {
    const { title, people, lines } = transcriptLines(play);
    const head =
      people.length === 0 ? '' : `<ul>\n${people.map((p) => `<li>${escapeHtml(p)}</li>`).join('\n')}\n</ul>\n`;
    download(
      `${base}-transcript.html`,
      'text/html',
      exportPage(
        title,
        `<h1>${escapeHtml(title)}</h1>\n${head}<ol>\n${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}\n</ol>`,
        locale,
      ),
    );
    done(`${base}-transcript.html`);
  };
  // For sharing beyond the class: the same verified round, its names and the mediator's emptied.
  const anonymous = (): void => {
    if (record === null) return;
    const file = `${base}-without-names.json`;
    download(file, 'application/json', `${JSON.stringify(recordOfLesson(record, play.lesson, false), null, 2)}\n`);
    done(file);
  };
  const reports = async (): Promise<void> => {
    const title = t('ui.classroom.reportsHeading');
    const body = (await seatReports(play)).map((r) => seatReportElement(play, r).outerHTML).join('\n');
    download(`${base}-reports.html`, 'text/html', exportPage(title, `<h1>${escapeHtml(title)}</h1>\n${body}`, locale));
    done(`${base}-reports.html`);
  };
  return el('section', null, { class: 'panel classroom-exports', 'aria-labelledby': 'exports-title' }, [
    el('h2', t('ui.classroom.exportsHeading'), { id: 'exports-title' }),
    el('div', null, { class: 'actions-row' }, [
      button(t('ui.classroom.transcriptText'), text),
      button(t('ui.classroom.transcriptHtml'), html),
      button(t('ui.classroom.withoutNames'), anonymous, { disabled: record === null }),
      button(t('ui.classroom.reports'), () => play.nav.reports()),
      button(t('ui.classroom.reportsHtml'), () => void reports()),
      button(
        t('guide.open'),
        () => void import('./guide-view').then((m) => m.openGuide(play.shell, play.content.id, 'sheets')),
      ),
    ]),
  ]);
}

/** The students' seats, or every seat when students held none at the end. */
const reportSeats = (play: Play) => {
  const seats = humanSeats(play);
  const first = Object.keys(mediatorView(play).record?.seats ?? {});
  const all = play.content.delegations;
  const held = all.filter((d) => seats.includes(d) || first.includes(d));
  return held.length > 0 ? held : [...all];
};

/** The reports on screen, one a printed page. */
export function showReports(play: Play): void {
  const { shell } = play;
  const { t } = shell;
  const slot = el('p', t('ui.classroom.reportsLoading'), { class: 'hint no-print' });
  const page = el('section', null, { class: 'screen reports' }, [
    el('h1', t('ui.classroom.reportsHeading'), { class: 'no-print' }),
    el('p', t('ui.classroom.reportsIntro'), { class: 'no-print' }),
    el('div', null, { class: 'actions-row no-print' }, [
      button(t('ui.classroom.print'), () => window.print(), { class: 'primary' }),
      button(t('ui.classroom.backToDebrief'), () => play.nav.debrief()),
    ]),
    slot,
  ]);
  show(shell, 'reports', page);
  void seatReports(play).then((reports) =>
    slot.replaceWith(...reports.map((r) => el('div', null, { class: 'print-page' }, [seatReportElement(play, r)]))),
  );
}

import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { downloaded, hiddenGoalTexts, leaked, seatTurn, setUpLesson } from './classroom-flow';
import { onScreen, press, state, tableDrawn } from './flow';

const IRAN = 'Iran';
const OPPOSITION = 'Syrian armed opposition';
const logText = (page: Session['page']) => page.getByRole('list', { name: 'Table log' }).textContent();

describe('a classroom round (issue 7)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('never puts a seat’s hidden goals in the page while another seat or the projector is shown', async () => {
    const iranSecrets = hiddenGoalTexts('iran', ['opposition']);
    expect(iranSecrets.length).toBeGreaterThan(0);
    session = await openGame();
    const { page } = session;
    await setUpLesson(page, { [IRAN]: 'Ali, Sara', [OPPOSITION]: 'Nur' });
    // Before anyone reveals: the gate says whose turn it is and shows nothing private.
    await page.getByRole('heading', { name: /^Pass the device to Iran's delegation \(Ali, Sara\)/ }).waitFor();
    expect(await leaked(page, iranSecrets)).toEqual([]);
    await press(page, 'button', "Press to reveal Iran's role card");
    await page.getByRole('heading', { name: 'Confidential: Iran' }).waitFor();
    // Iran sees its own secrets, marked as such.
    expect(await leaked(page, iranSecrets)).toEqual(iranSecrets);
    expect(await page.locator('.role-card .goal.secret').count()).toBeGreaterThan(0);
    await press(page, 'button', 'Hide and pass on');
    await page.getByRole('heading', { name: /^Pass the device to Syrian armed opposition's delegation/ }).waitFor();
    expect(await leaked(page, iranSecrets)).toEqual([]);
    await press(page, 'button', `Press to reveal ${OPPOSITION}'s role card`);
    await page.getByRole('heading', { name: `Confidential: ${OPPOSITION}` }).waitFor();
    expect(await leaked(page, iranSecrets)).toEqual([]);
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', 'Go on to the briefing');
    await onScreen(page, 'briefing');
    expect(await leaked(page, iranSecrets)).toEqual([]);
    await press(page, 'button', 'Take your seat at the table');
    await onScreen(page, 'table');
    await press(page, 'button', 'Open the consultations');
    await page.getByRole('region', { name: "Teacher's console" }).waitFor();
    expect(await leaked(page, iranSecrets)).toEqual([]);
    // The opposition's turn at the table: its own card, never Iran's; hidden again afterwards.
    await seatTurn(page, OPPOSITION);
    expect(await leaked(page, iranSecrets)).toEqual([]);
    await press(page, 'button', 'Hide and pass the device back');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.locator('.role-card').count()).toBe(0);
    // Students may walk out during the talks; the console shows it at once.
    await seatTurn(page, OPPOSITION);
    await press(page, 'button', 'Walk out');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: "Teacher's console" })
      .locator('li', { hasText: OPPOSITION })
      .getByText(/walked out/)
      .waitFor();
    expect(session.errors).toEqual([]);
  });

  it('plays two students’ seats, the rest AI: pause, inject, fork, forced plenary, decisions, exports', async () => {
    session = await openGame();
    const { page } = session;
    await setUpLesson(page, { [IRAN]: 'Ali, Sara', [OPPOSITION]: 'Nur' });
    await press(page, 'button', "Press to reveal Iran's role card");
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', `Press to reveal ${OPPOSITION}'s role card`);
    await press(page, 'button', 'Hide and pass on');
    await press(page, 'button', 'Go on to the briefing');
    await press(page, 'button', 'Take your seat at the table');
    await onScreen(page, 'table');
    await press(page, 'button', 'Open the consultations');
    await tableDrawn(page);
    const panel = page.getByRole('region', { name: "Teacher's console" });
    await panel.getByText(/^Lesson time: \d\d:\d\d of 45:00/).waitFor();

    // Pause: no moves until the lesson resumes.
    await press(page, 'button', 'Pause the lesson');
    await panel.getByText('Paused: no moves until the lesson resumes.').waitFor();
    const paused = (await state(page)).stateId;
    await press(page, 'button', /^Consult/);
    await page.getByRole('status').filter({ hasText: 'The lesson is paused' }).waitFor();
    expect((await state(page)).stateId).toBe(paused);
    await press(page, 'button', 'Resume the lesson');

    // The mediator sounds out the opposition; its students answer and speak in a seat turn.
    await page.getByRole('combobox', { name: 'Delegation', exact: true }).selectOption('opposition');
    await press(page, 'button', /^Sound out/);
    await panel.locator('li', { hasText: OPPOSITION }).getByText('1 question').waitFor();
    await seatTurn(page, OPPOSITION);
    await press(page, 'button', 'Accept');
    await page.getByRole('dialog').getByText('No question waits for you.').waitFor();
    await page
      .getByRole('textbox', { name: 'A statement to the table (one line)' })
      .fill('We came to stop the bombing.');
    await press(page, 'button', 'Say it');
    await press(page, 'button', 'Hide and pass the device back');
    await expect
      .poll(() => logText(page))
      .toContain('Syrian armed opposition (students): “We came to stop the bombing.”');

    // The teacher injects an event from the deck and typed news, and extends the time.
    await press(page, 'button', 'Inject the event');
    await expect.poll(() => logText(page)).toContain('The teacher brings news to the table.');
    await page.getByRole('textbox', { name: 'Typed news (one line)' }).fill('A convoy reaches Wadi Barada.');
    await press(page, 'button', 'Send the news');
    await expect.poll(() => logText(page)).toContain('News reaches the talks: A convoy reaches Wadi Barada.');
    await page.getByRole('combobox', { name: 'Extend the talks by' }).selectOption('60');
    await press(page, 'button', 'Extend');
    await expect.poll(() => logText(page)).toContain('The talks are extended by 60 minutes.');

    // Fork from the record: the new round replays every move but the extension.
    const before = (await state(page)).stateId ?? 0;
    await press(page, 'button', 'Fork from here');
    // The lesson in progress is put aside, not lost: the game asks first (issue 20).
    await press(page, 'button', 'Put it aside and start');
    await expect.poll(async () => (await state(page)).stateId).toBeLessThan(before);
    await expect.poll(() => logText(page)).toContain('News reaches the talks');
    expect(await logText(page)).not.toContain('extended by 60');

    // Force the plenary: the students' seats decide in private, the AI at once.
    await press(page, 'button', 'Force the plenary now');
    await onScreen(page, 'plenary');
    await page.getByText(/^The plenary waits for the students of: /).waitFor();
    expect(await page.getByRole('button', { name: 'Read the debrief' }).isDisabled()).toBe(true);
    await seatTurn(page, IRAN);
    await press(page, 'button', 'Sign with reservations');
    await page.getByText(`The plenary waits for the students of: ${OPPOSITION}.`).waitFor();
    await seatTurn(page, OPPOSITION);
    await press(page, 'button', 'Refuse');
    await expect.poll(() => page.getByRole('button', { name: 'Read the debrief' }).isEnabled()).toBe(true);
    expect(await page.locator('.decisions').textContent()).toContain('Iran: signs with reservations');
    await press(page, 'button', 'Read the debrief');
    await onScreen(page, 'debrief');

    // The exports: transcript, record and seat reports, with what happened in them.
    const text = await downloaded(page, 'Download the transcript (text)');
    expect(text.file).toBe('astana-01-seed-7-transcript.txt');
    expect(text.text).toMatch(/^Transcript: .*, seed 7\n/);
    expect(text.text).toContain('Syrian armed opposition (students): “We came to stop the bombing.”');
    expect(text.text).toContain('News reaches the talks: A convoy reaches Wadi Barada.');
    expect(text.text).toMatch(/\n\S.* — Iran: signs with reservations|Iran.*reservations/);
    const html = await downloaded(page, 'Download the transcript (HTML)');
    expect(html.text).toContain('<li>');
    expect(html.text).toContain('A convoy reaches Wadi Barada.');
    const record = await downloaded(page, 'Download the record (JSON)');
    const parsed = JSON.parse(record.text) as { seats: unknown; actions: string[] };
    expect(parsed.seats).toEqual({ iran: 'human', opposition: 'human' });
    expect(parsed.actions).toEqual(
      expect.arrayContaining([
        'answer opposition accept',
        'say opposition We came to stop the bombing.',
        'decide iran reserves',
        'decide opposition refuses',
      ]),
    );
    const reports = await downloaded(page, 'Download the seat reports (HTML)');
    expect(reports.text).toContain('Report: Iran');
    expect(reports.text).toContain('Report: Syrian armed opposition');
    expect(reports.text).toContain('Participation — statements: 1, answers: 1, decisions: 1, questions put to it: 1');
    expect(reports.text).toContain('Rubric for Iran');
    // Each exported page carries a policy that lets nothing run (issue 20): a script slipped in does not,
    // and its own style still applies.
    for (const exported of [html.text, reports.text]) {
      expect(exported).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
      const doc = await page.context().newPage();
      await doc.setContent(exported.replace('</body>', '<script>window.__ran = true</script></body>'));
      expect(
        await doc.evaluate(() => [Reflect.get(window, '__ran'), getComputedStyle(document.body).fontSize]),
      ).toEqual([undefined, '14.6667px']);
      await doc.close();
    }
    await press(page, 'button', 'Seat reports for grading');
    await onScreen(page, 'reports');
    expect(await page.getByRole('table', { name: /^Rubric for / }).count()).toBe(2);

    // After a reload, Continue brings the lesson back with its students' names.
    await page.reload();
    await onScreen(page, 'menu');
    await expect.poll(() => page.getByRole('button', { name: 'Continue' }).isEnabled()).toBe(true);
    await press(page, 'button', 'Continue');
    await onScreen(page, 'debrief');
    await press(page, 'button', 'Seat reports for grading');
    await page.getByText('Students: Nur').waitFor();

    // The record loads again as a classroom round, with its reports.
    await press(page, 'button', 'Back to the debrief');
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await page
      .locator('#record-file')
      .setInputFiles({ name: record.file, mimeType: 'application/json', buffer: Buffer.from(record.text) });
    await onScreen(page, 'debrief');
    await page.getByRole('region', { name: 'Classroom exports' }).waitFor();
    await press(page, 'button', 'Seat reports for grading');
    await page.getByRole('heading', { name: 'Report: Syrian armed opposition' }).waitFor();
    expect(session.errors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cliLocale } from '../../src/cli/text';
import { ENGLISH_ENV, runCli } from '../support/cli';

const env = (vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...ENGLISH_ENV,
  LC_ALL: '',
  LC_MESSAGES: '',
  LANG: '',
  ...vars,
});

describe("the CLI speaks the terminal's language", () => {
  it('reads LC_ALL before LC_MESSAGES before LANG, and English for C or a language it does not speak', () => {
    expect(cliLocale({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(cliLocale({ LC_ALL: 'ar_EG.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('ar');
    expect(cliLocale({ LC_MESSAGES: 'ar', LANG: 'ru_RU.UTF-8' })).toBe('ar');
    expect(cliLocale({ LC_ALL: '', LANG: 'ru' })).toBe('ru');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({})).toBe('en');
  });

  it('says what is wrong in Russian or Arabic, keeping ids and flags as they are', async () => {
    const ru = await runCli('sim', ['--scenario', 'astana-77', '--seed', '1'], env({ LANG: 'ru_RU.UTF-8' }));
    expect(ru.code).toBe(1);
    expect(ru.stderr).toMatch(/^неизвестный сценарий «astana-77»: известные раунды — astana-01/);
    const ar = await runCli('balance', ['--scenario', 'astana-01', '--seeds', 'many'], env({ LC_ALL: 'ar_SY.UTF-8' }));
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain('يجب أن تكون قيمة --seeds عددًا صحيحًا');
  });

  it("counts files with the language's plural forms", async () => {
    const one = await runCli('validate', ['scenarios/rounds/astana-01.json'], env({ LANG: 'ru_RU.UTF-8' }));
    expect(one).toMatchObject({ code: 0, stdout: 'ок: 1 файл\n' });
    const two = await runCli(
      'validate',
      ['scenarios/rounds/astana-01.json', 'scenarios/rounds/astana-02.json'],
      env({ LANG: 'ar_EG.UTF-8' }),
    );
    expect(two).toMatchObject({ code: 0, stdout: 'تم: ملفان\n' });
  });

  it('prints the same JSON in any language: field names and values are an interface', async () => {
    const args = ['--scenario', 'astana-01', '--seed', '3'];
    const english = await runCli('sim', args);
    const russian = await runCli('sim', args, env({ LANG: 'ru_RU.UTF-8' }));
    expect(russian.stdout).toBe(english.stdout);
    expect(JSON.parse(english.stdout)).toHaveProperty('scenario', 'astana-01');
  });
});

import { describe, expect, it } from 'vitest';
import { sourcesPanel } from '../../src/engine/briefing';
import { scenario } from '../support/library';

describe('sources panel', () => {
  it('gives the real document, its sources with confidence, the caveats and the eras in force', () => {
    const panel = sourcesPanel(scenario('astana-14'));
    expect(panel?.confidence).toBe('high');
    expect(panel?.sources.every((s) => /^https?:\/\//.test(s))).toBe(true);
    expect(panel?.document.en).toMatch(/Joint statement/);
    // Iraq and Lebanon came from August 2019; Russia's separation goal moved into the zones in 2017.
    expect(panel?.eras.map((e) => `${e.delegation} ${e.from}`)).toEqual(
      expect.arrayContaining(['russia 2017-05-04', 'iraq 2019-08-01', 'lebanon 2019-08-01']),
    );
  });

  it('says why a delegation the round file names is no longer there', () => {
    const panel = sourcesPanel(scenario('astana-11'));
    expect(panel?.eras.find((e) => e.delegation === 'us')?.note.en).toMatch(/no one to the rounds/);
  });
});

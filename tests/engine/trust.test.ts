import { describe, expect, it } from 'vitest';
import { addTrust, decayed, GAIN_CAPS, newLedger, trustAt, trustBySource } from '../../src/engine/model/trust';

/**
 * Golden grid for trust decay: what an entry of +10 or −10 still weighs after a number of minutes.
 * Gains halve every 8 hours of talks, slights every 16 (grudges outlast favours). Keys read
 * "amount@elapsed"; values are rounded to 4 decimals.
 */
const GRID: Record<string, number> = {
  '10@0': 10,
  '10@60': 9.17,
  '10@240': 7.0711,
  '10@480': 5,
  '10@960': 2.5,
  '-10@0': -10,
  '-10@480': -7.0711,
  '-10@960': -5,
  '-10@1920': -2.5,
};

describe('trust ledger', () => {
  it.each(Object.entries(GRID))('an entry of %s weighs %f', (key, value) => {
    const [amount, elapsed] = key.split('@').map(Number) as [number, number];
    expect(Number(decayed(amount, elapsed).toFixed(4))).toBe(value);
  });

  it('caps the gains of each source over a round', () => {
    let ledger = newLedger(50);
    for (let i = 0; i < 10; i += 1) ledger = addTrust(ledger, 'consult', 4, 0);
    const gained = ledger.entries.filter((e) => e.source === 'consult').reduce((sum, e) => sum + e.amount, 0);
    expect(gained).toBe(GAIN_CAPS.consult);
    expect(addTrust(ledger, 'consult', 4, 0)).toBe(ledger);
  });

  it('never caps losses, and keeps trust within 0–100', () => {
    let ledger = newLedger(20);
    for (let i = 0; i < 10; i += 1) ledger = addTrust(ledger, 'recall', -5, 0);
    expect(ledger.entries).toHaveLength(10);
    expect(trustAt(ledger, 0)).toBe(0);
    expect(trustAt(addTrust(newLedger(98), 'event', 10, 0), 0)).toBe(100);
  });

  it('says where trust came from', () => {
    const ledger = addTrust(addTrust(newLedger(50), 'consult', 4, 0), 'assure', 6, 0);
    expect(trustBySource(ledger, 0)).toEqual({ consult: 4, assure: 6 });
    expect(trustAt(ledger, 0)).toBe(60);
  });
});

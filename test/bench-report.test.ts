import { parseOptions } from '../bench/options';
import { medusaTable, medusaTargetLines, totalCpuMs, type MedusaRun } from '../bench/report';
import { subgraphModules } from '../subgraphs';

/** The benchmark's option parsing and its tables beside Medusa (pure parts; `npm run bench` runs the rest). */
describe('npm run bench options', () => {
  it('runs every gateway and Medusa by default', () => {
    const options = parseOptions([]);
    expect(options.gateways).toEqual(['ours', 'stock', 'hive', 'hive-rust']);
    expect(options.medusa).toBe(true);
    expect(options.medusaCarts).toBe(40);
    expect(options.medusaDuration).toBe(10);
  });

  it('takes Medusa from --gateways, apart from the gateways, with its own settings', () => {
    const options = parseOptions(['--gateways', 'ours,medusa', '--medusa-carts', '20', '--medusa-duration', '4']);
    expect(options.gateways).toEqual(['ours']);
    expect(options.medusa).toBe(true);
    expect([options.medusaCarts, options.medusaDuration]).toEqual([20, 4]);
    expect(parseOptions(['--gateways', 'hive-rust']).medusa).toBe(false);
  });

  it('refuses an unknown gateway and fewer than two Medusa carts', () => {
    expect(() => parseOptions(['--gateways', 'ours,router'])).toThrow('"router" is not one of');
    expect(() => parseOptions(['--medusa-carts', '1'])).toThrow('--medusa-carts takes a whole number of at least 2');
  });
});

const load = (requestsPerSecond: number, p99 = 10) => ({
  requestsPerSecond,
  p50: p99 / 2,
  p95: p99,
  p99,
  responses: requestsPerSecond * 10,
  errors: 0,
  non2xx: 0,
  graphqlErrors: 0,
});

const run = (side: MedusaRun['side'], page: MedusaRun['page'], values: Partial<MedusaRun>): MedusaRun => ({
  round: 1,
  side,
  page,
  load: load(side === 'ours' ? 120 : 30),
  peakRssBytes: (side === 'ours' ? 200 : 600) * 2 ** 20,
  processCpuMs: side === 'ours' ? 2 : 30,
  subgraphsCpuMs: side === 'ours' ? 6 : undefined,
  postgresCpuMs: side === 'ours' ? 3 : 5,
  ...values,
});

describe('the tables beside Medusa', () => {
  it('adds up every process of a side: gateway, subgraphs and PostgreSQL for ours; Medusa and PostgreSQL for Medusa', () => {
    expect(totalCpuMs(run('ours', 'cart', {}))).toBe(11);
    expect(totalCpuMs(run('medusa', 'cart', {}))).toBe(35);
    expect(totalCpuMs(run('ours', 'cart', { postgresCpuMs: undefined }))).toBeNaN();
  });

  it('shows each side, the ratio ours ÷ Medusa, and no subgraphs for Medusa', () => {
    const table = medusaTable('cart', [run('ours', 'cart', {}), run('medusa', 'cart', {})]);
    expect(table).toContain('| | ours | Medusa | ours ÷ Medusa |');
    expect(table).toContain('| requests/s, median (min–max) | 120.0 | 30.0 | 4.00× |');
    expect(table).toContain(`| CPU per request: the ${subgraphModules.length} subgraphs, ms | 6.00 | — | — |`);
    expect(table).toContain('| **CPU per request: every process, ms** | 11.00 | 35.00 | 0.31× |');
    expect(table).toContain('| peak RSS: our gateway / the Medusa process, MB | 200 | 600 | 0.33× |');
    expect(table).toContain('| failed / all responses | 0 / 1200 | 0 / 300 | — |');
  });

  it('says each target met, or not met with the gap', () => {
    const met = medusaTargetLines([
      run('ours', 'cart', {}),
      run('medusa', 'cart', {}),
      run('ours', 'order', {}),
      run('medusa', 'order', {}),
    ]);
    expect(met).toEqual([
      expect.stringContaining('4.00× (target ≥ 3×: met)'),
      expect.stringContaining('cart page: CPU per request of every process 11.00 ms'),
      expect.stringContaining('order page: CPU per request of every process 11.00 ms'),
      expect.stringContaining("our gateway 200 MB vs the Medusa process 600 MB (target below Medusa's: met)"),
    ]);
    const missed = medusaTargetLines([
      run('ours', 'cart', { load: load(60), processCpuMs: 30, peakRssBytes: 700 * 2 ** 20 }),
      run('medusa', 'cart', {}),
    ]);
    expect(missed[0]).toContain('2.00× (target ≥ 3×: not met, 30.0 req/s short)');
    expect(missed[1]).toContain('39.00 ms');
    expect(missed[1]).toContain('not met, 4.00 ms over');
    expect(missed[2]).toContain('not met, 100 MB over');
  });
});

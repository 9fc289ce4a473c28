// Settings for the property and fuzz tests: fixed seeds and a few hundred runs in `npm test`,
// random seeds and many more runs in `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED).

export const FUZZ = {
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261130,
  runs: (n: number) => (process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : n),
};

/** Cases and failures run, for the fuzz script's summary. */
export function report(name: string, runs: number): void {
  if (process.env.FUZZ_REPORT) process.stdout.write(`FUZZ ${name}: ${runs} cases, seed ${FUZZ.seed}\n`);
}

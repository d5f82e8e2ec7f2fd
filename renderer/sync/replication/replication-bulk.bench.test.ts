// Not part of the suite: REPLICATION_BENCH=1 [REPLICATION_BENCH_PEOPLE=50000] npx vitest run <this>
// measures, in Node over fake-indexeddb, a device publishing a whole data set when it pairs (4
// interactions a person, the sample data's rows) and a fresh device taking it all in from the
// documents. Prints the figures; fake-indexeddb is slower than a browser's IndexedDB, so they are
// an upper bound of the replicator's own cost. CPU time (user + system) is steadier than wall time
// on a shared machine.
import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { replaceAllSources } from '../../data/writes/restore-writes';
import { closeDevices, TestDevice, TestRelay } from './replication-test-kit';

const people = Number(process.env.REPLICATION_BENCH_PEOPLE ?? 50_000);

describe.skipIf(!process.env.REPLICATION_BENCH)('replication in bulk', () => {
  it(`publishes ${people} people and takes them in on a fresh device`, async () => {
    const data = generateSampleData({ people });
    const relay = new TestRelay();
    const a = new TestDevice(relay, 'a');
    await replaceAllSources(a.db, new Map(Object.entries(data)));
    const interactions = await a.db.interactions.count();

    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    let started = performance.now();
    let cpuStarted = cpuMs();
    await a.replicator.start();
    const publishMs = performance.now() - started;
    const publishCpuMs = cpuMs() - cpuStarted;

    const b = new TestDevice(relay, 'b');
    started = performance.now();
    cpuStarted = cpuMs();
    await b.replicator.start();
    const applyMs = performance.now() - started;
    const applyCpuMs = cpuMs() - cpuStarted;

    expect(await b.db.people.count()).toBe(people);
    expect(await b.db.interactions.count()).toBe(interactions);
    console.log(
      JSON.stringify({
        people,
        interactions,
        publishMs: Math.round(publishMs),
        publishCpuMs: Math.round(publishCpuMs),
        applyMs: Math.round(applyMs),
        applyCpuMs: Math.round(applyCpuMs),
      }),
    );
    await closeDevices([a, b]);
  }, 3_600_000);
});

import { beforeEach, describe, expect, test } from 'vitest';
import { $offline, checkOffline, type OfflineState } from '../../src/stores/data/offline';

/** A worker as the browser reports it: its state, and a way to move it to another. */
function fakeWorker(state: ServiceWorkerState) {
  const worker = new EventTarget() as EventTarget & { state: ServiceWorkerState };
  worker.state = state;
  return {
    worker: worker as unknown as ServiceWorker,
    becomes: (next: ServiceWorkerState) => {
      worker.state = next;
      worker.dispatchEvent(new Event('statechange'));
    },
  };
}

/**
 * The browser's service workers, where registering gives (or refuses) a registration with these
 * workers, and `ready` settles when `activate` is called.
 */
function fakeWorkers(registration: Partial<ServiceWorkerRegistration> | Error | undefined) {
  let activate = () => {};
  const ready = new Promise<ServiceWorkerRegistration>((resolve) => {
    activate = () => resolve(registration as ServiceWorkerRegistration);
  });
  const registered: string[] = [];
  const workers = {
    register: async (url: string) => {
      registered.push(url);
      if (registration instanceof Error) throw registration;
      return registration;
    },
    ready,
  } as unknown as ServiceWorkerContainer;
  return { workers, activate, registered };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => $offline.set('unknown'));

describe('whether this browser keeps the site for use offline', () => {
  test.each<[string, Partial<ServiceWorkerRegistration> | Error | undefined, OfflineState]>([
    ['a worker already active', { active: fakeWorker('activated').worker }, 'saved'],
    ['a worker installing', { installing: fakeWorker('installing').worker }, 'saving'],
    [
      'a worker installed, waiting for this page',
      { waiting: fakeWorker('installed').worker },
      'saving',
    ],
    ['registering refused', new DOMException('blocked', 'SecurityError'), 'refused'],
    ['registering stubbed out, giving nothing', undefined, 'refused'],
  ])('%s: %s', async (_, registration, expected) => {
    const { workers } = fakeWorkers(registration);
    void checkOffline(workers, '/playbook/sw.js');
    await settle();
    expect($offline.get()).toBe(expected);
  });

  test('a browser without service workers keeps nothing', async () => {
    await checkOffline(undefined, '/sw.js');
    expect($offline.get()).toBe('unsupported');
  });

  test('registers the worker at the address it is given', async () => {
    const { workers, registered } = fakeWorkers({ active: fakeWorker('activated').worker });
    await checkOffline(workers, '/playbook/sw.js');
    expect(registered).toEqual(['/playbook/sw.js']);
  });

  test('saving, then saved once the worker is active', async () => {
    const { worker, becomes } = fakeWorker('installing');
    const { workers, activate } = fakeWorkers({ installing: worker });
    const done = checkOffline(workers, '/sw.js');
    await settle();
    expect($offline.get()).toBe('saving');
    becomes('installed');
    becomes('activating');
    activate();
    await done;
    expect($offline.get()).toBe('saved');
  });

  test('saving, then failed when the worker could not save every file', async () => {
    const { worker, becomes } = fakeWorker('installing');
    const { workers } = fakeWorkers({ installing: worker });
    void checkOffline(workers, '/sw.js');
    await settle();
    becomes('redundant');
    expect($offline.get()).toBe('failed');
  });
});

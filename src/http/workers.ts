/**
 * `serve --workers N`: N server processes sharing one port (node:cluster), each with its own
 * copy of the store in memory, for the cores of one machine. The primary process only starts
 * and stops the workers; each worker is a whole server (startServer) and follows the store
 * file on its own. A worker that dies is started again.
 */
import cluster from 'node:cluster';

/** True in a worker process started by {@link startWorkers}. */
export function isWorker(): boolean {
  return cluster.isWorker;
}

/** Leaves the cluster once the worker's server is closed, so that the process can end. */
export function leaveCluster(): void {
  if (cluster.isWorker && process.connected) process.disconnect();
}

/** Tells the primary that this worker listens on `url`. */
export function reportListening(url: string): void {
  process.send?.({ listening: url });
}

/**
 * Starts `count` workers (each runs this same program) and resolves with the URL they listen
 * on once the first is ready; `stop()` ends them all.
 */
export function startWorkers(count: number): Promise<{ url: string; stop: () => Promise<void> }> {
  let stopping = false;
  return new Promise((resolve, reject) => {
    let ready = false;
    const fork = (): void => {
      const worker = cluster.fork();
      worker.on('message', (message: unknown) => {
        const url = typeof message === 'object' && message !== null && 'listening' in message ? String(message.listening) : undefined;
        if (url === undefined || ready) return;
        ready = true;
        resolve({ url, stop });
      });
      worker.on('exit', (code) => {
        if (stopping) return;
        if (!ready) reject(new Error(`a server worker exited with code ${String(code)} before listening`));
        else fork();
      });
    };
    const stop = async (): Promise<void> => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      await Promise.all(workers.map((worker) => new Promise<void>((done) => {
        if (worker === undefined) return done();
        worker.once('exit', () => done());
        // The signal itself, not worker.kill(): that cuts the worker's channel first, and a
        // worker's server cannot close without it (the port belongs to the primary).
        worker.process.kill('SIGTERM');
      })));
    };
    for (let k = 0; k < count; k++) fork();
  });
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

/** bench/numpy_mlp.py, found from dist/bench.js or from the sources. */
export function numpyScript(): string {
  return path.join(__dirname, '..', 'bench', 'numpy_mlp.py');
}

/**
 * numpy single-threaded, with the machine's other OpenBLAS settings
 * (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE) passed through unchanged.
 */
export function numpyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
}

/**
 * A python3 process running `numpy_mlp.py --serve`: each request times one
 * numpy sample, so the benchmark can alternate numpy's samples with its own and
 * both see the same machine load.
 */
export class NumpyServer {
  private buffered = '';
  private readonly waiting: ((line: string) => void)[] = [];
  /** "python X, numpy Y", once started. */
  version = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.receive(chunk));
    child.stdin.on('error', () => undefined); // a missing python3 is reported through start()
  }

  /** Start the server (timing CPU time, or wall time); resolves to a reason string when python3 or numpy is missing. */
  static async start(wall: boolean): Promise<NumpyServer | string> {
    const child = spawn('python3', [numpyScript(), '--serve'], { env: numpyEnv() });
    const server = new NumpyServer(child);
    const exited = new Promise<string>((resolve) => {
      child.on('error', (e) => resolve(`numpy comparison skipped: ${e.message}`));
      child.on('exit', (code) => resolve(`numpy comparison skipped: python3 exited with code ${code}`));
    });
    const info = server.request('info').then((line) => JSON.parse(line) as { numpy: string; python: string });
    const first = await Promise.race([info, exited]);
    if (typeof first === 'string') {
      child.kill();
      return first;
    }
    server.version = `python ${first.python}, numpy ${first.numpy}`;
    if (wall) await server.request('wall');
    return server;
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let nl: number;
    while ((nl = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, nl);
      this.buffered = this.buffered.slice(nl + 1);
      this.waiting.shift()?.(line);
    }
  }

  private request(command: string): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${command}\n`);
    });
  }

  /** Milliseconds of one numpy sample: 'mlp', or 'gemm_f32 N' / 'gemm_f64 N' (per product, N in a row). */
  async time(command: string): Promise<number> {
    const reply = JSON.parse(await this.request(command)) as { ms?: number; error?: string };
    if (reply.ms === undefined) throw new Error(`numpy server: ${reply.error ?? 'no answer'}`);
    return reply.ms;
  }

  /** Stop the python process. */
  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}

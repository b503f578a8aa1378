import { connect } from 'node:net';

/**
 * Sends raw bytes to 127.0.0.1:`port` and resolves with everything the server wrote until it
 * closed the connection: for requests no HTTP client would send (no Host, oversized headers, garbage).
 */
export function rawExchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let answer = '';
    socket.on('data', (chunk: Buffer) => { answer += chunk.toString('utf8'); });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

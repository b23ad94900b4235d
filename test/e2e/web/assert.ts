// The few assertions the web suite needs: a web worker has no node:assert.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(text: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(text)) throw new AssertionError(`${message ? `${message}: ` : ''}${JSON.stringify(text)} does not match ${pattern}`);
}

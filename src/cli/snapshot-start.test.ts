/** A snapshot start restated as the plain start it stands for. */
import { describe, expect, it } from 'vitest';
import { plainStartOf } from './snapshot-start.js';

describe('plainStartOf', () => {
  it('finds the bundle beside the blob and the plain entry of the same package', () => {
    const start = plainStartOf(['--snapshot-blob', '/opt/mf/dist/startup/marketfacts.blob'], ['/usr/bin/node', 'check', 'story.txt'], '/home/desk');
    expect(start).toEqual({
      bundleUrl: 'file:///opt/mf/dist/startup/marketfacts.cjs',
      argv: ['/usr/bin/node', '/opt/mf/bin/marketfacts.js', 'check', 'story.txt'],
      execArgv: [],
      args: ['check', 'story.txt'],
    });
  });

  it('reads a relative blob from the working directory, the inline form, and keeps the other options', () => {
    const start = plainStartOf(['--no-warnings', '--snapshot-blob=pkg/dist/startup/marketfacts.blob'], ['/usr/bin/node', '--version'], '/home/desk');
    expect(start?.bundleUrl).toBe('file:///home/desk/pkg/dist/startup/marketfacts.cjs');
    expect(start?.argv[1]).toBe('/home/desk/pkg/bin/marketfacts.js');
    expect(start?.execArgv).toEqual(['--no-warnings']);
    expect(start?.args).toEqual(['--version']);
  });

  it('is undefined for a process started without a snapshot', () => {
    expect(plainStartOf([], ['/usr/bin/node', 'check'], '/')).toBeUndefined();
    expect(plainStartOf(['--snapshot-blob'], ['/usr/bin/node'], '/')).toBeUndefined();
  });
});

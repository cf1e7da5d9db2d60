import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main.ts';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('command line', () => {
  it('prints usage to stdout and exits 0 on --help', async () => {
    const { code, stdout, stderr } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: segmenta <command>/);
    expect(stderr).toBe('');
  });

  it('exits 2 with the problem and usage on stderr when no command is given', async () => {
    const { code, stdout, stderr } = await cli();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^segmenta: no command given\n\nUsage:/);
  });

  it('exits 2 naming an unknown command', async () => {
    const { code, stderr } = await cli('score');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "score"');
  });

  it('exits 2 when rfm is given no file', async () => {
    const { code, stderr } = await cli('rfm');
    expect(code).toBe(2);
    expect(stderr).toContain('rfm needs an orders file');
  });
});

// Small statistics for the benchmarks.

export function median(values: number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

export function ratio(a: number, b: number): string {
  return (a / b).toFixed(2);
}

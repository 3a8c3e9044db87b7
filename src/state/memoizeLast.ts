// The one memo helper of the store's derived values: a function that remembers its last
// arguments (compared by identity) and returns the same result object while they stay the
// same, so a selector's result keeps its identity and components re-render only on change.

export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

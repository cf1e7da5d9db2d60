// `npm run bench`: placeholder until the engine is wired in (the integrator adds import/scoring benchmarks here).
console.log('no benchmarks yet');
